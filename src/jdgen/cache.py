"""A per-user cache for slow work whose result depends only on its inputs.

Preparing python-docx's template and compiling the posting templates take
longer than everything else in a single build, yet give the same result every
time for the same inputs. Their results are kept here, under a name derived
from every input, and reused only when all of them match exactly.

The cache can make jdgen faster, never different: anything missing, unreadable
or damaged is ignored and the work is done again, and a cache that cannot be
written is simply not written. It lives in ``$XDG_CACHE_HOME/jdgen`` (else
``~/.cache/jdgen``; ``%LOCALAPPDATA%\\jdgen\\cache`` on Windows).
``JDGEN_CACHE_DIR`` moves it; set to an empty value, it turns caching off.

What is read back is trusted only as far as the folder it sits in. Entries are
data (JSON), except compiled templates, which are Python code like
``__pycache__``. So the cache root and each kind's folder are created ``0700``,
and a folder or entry that is not owned by the current user, is writable by
group or others, or is not what it claims to be (a symbolic link, a device) is
never read and never written: jdgen says so once, on one line, and works
without the cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

ENV = "JDGEN_CACHE_DIR"
KEEP = 32  # entries kept per kind; the oldest beyond that are removed
_DIGEST = 32  # bytes of SHA-256 that start every entry
MAX_ENTRY_BYTES = 64_000_000  # an entry bigger than this is not ours
_warned: set[str] = set()  # folders and entries already warned about, once each


def folder() -> Path | None:
    """The cache folder, or ``None`` when caching is turned off."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "jdgen" / "cache"
    base = os.environ.get("XDG_CACHE_HOME") or ""
    root = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    return root / "jdgen"


def key(*parts: str | bytes) -> str:
    """A name for an entry, from every input its content depends on."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()[:40]


def key_with_code(code: Sequence[Path], *parts: str | bytes) -> str | None:
    """:func:`key` of ``parts`` and of the source files ``code`` (jdgen's own modules).

    ``None`` when caching is off or a source file cannot be read: then there
    is nothing to name, and the caller simply does the work.
    """
    if folder() is None:
        return None
    try:
        sources = [file.read_bytes() for file in code]
    except OSError:
        return None
    return key(*parts, *sources)


def sources(*modules: str) -> list[Path]:
    """The source files of jdgen's own ``modules``, named in full (``jdgen.models``).

    Named by module, not by a path beside the caller, so a cache key keeps
    covering the same code wherever in the package its module sits.
    """
    package = Path(__file__).parent
    return [package.joinpath(*name.split(".")[1:]).with_suffix(".py") for name in modules]


def path(kind: str, name: str) -> Path | None:
    """Where entry ``name`` of ``kind`` lives (it may not exist), or ``None``."""
    root = folder()
    return None if root is None else root / kind / name


def load(kind: str, name: str) -> bytes | None:
    """The stored bytes, or ``None`` if there are none, they are damaged, or caching is off.

    Every entry starts with the SHA-256 of the rest, so a torn or altered entry
    is never handed out; an entry in a folder that is not private to the user
    (see the module's help) is not even opened.
    """
    root = folder()
    if root is None:
        return None
    try:
        with _private(root) as root_fd, _private(Path(kind), root_fd, root) as kind_fd:
            stored = _read_entry(name, kind_fd, root / kind / name)
    except (OSError, ValueError):
        return None
    if stored is None:
        return None
    digest, data = stored[:_DIGEST], stored[_DIGEST:]
    return data if hashlib.sha256(data).digest() == digest else None


def store(kind: str, name: str, data: bytes) -> None:
    """Keep ``data`` as entry ``name`` of ``kind``, atomically; failures are ignored."""
    root = folder()
    if root is None:
        return
    where = root / kind / name
    data = hashlib.sha256(data).digest() + data
    with contextlib.suppress(OSError, ValueError):
        _make_private(root)
        with _private(root) as root_fd:  # checked before anything is made inside it
            _make_kind(kind, root_fd, root)
            with _private(Path(kind), root_fd, root):
                pass  # both folders are ours and private: safe to write into
        handle, temporary = tempfile.mkstemp(dir=where.parent, prefix=".tmp-")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, where)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        _trim(where.parent)


def _make_private(path: Path) -> None:
    """Create folder ``path`` (its parents as usual), itself readable by the user only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        path.mkdir(mode=0o700)


def _make_kind(kind: str, root_fd: int | None, root: Path) -> None:
    """Create the folder of ``kind`` (``0700``) in the root, once the root is known to be ours."""
    with contextlib.suppress(FileExistsError):
        if root_fd is None:
            (root / kind).mkdir(mode=0o700)
        else:
            os.mkdir(kind, mode=0o700, dir_fd=root_fd)


_CHECKS = os.name != "nt" and os.open in os.supports_dir_fd


@contextlib.contextmanager
def _private(path: Path, parent: int | None = None,
             base: Path | None = None) -> Iterator[int | None]:
    """An open handle on folder ``path`` (inside ``parent``), if it is the user's alone.

    ``OSError`` when it is missing, a symbolic link, or not private. Where the
    system cannot check (Windows), the handle is ``None`` and paths are used.
    """
    if not _CHECKS:
        yield None
        return
    shown = base / path if base is not None else path
    flags = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW
    fd = os.open(path, flags, dir_fd=parent) if parent is not None else os.open(path, flags)
    try:
        _check_owner(os.fstat(fd), shown, "folder")
        yield fd
    finally:
        os.close(fd)


def _check_owner(info: os.stat_result, shown: Path, what: str) -> None:
    problem = None
    if info.st_uid != os.getuid():
        problem = "is not owned by you"
    elif info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        problem = "can be written by other users"
    if problem is not None:
        _warn(f"jdgen: warning: not using the cache {what} {shown}: it {problem}")
        raise PermissionError(problem)


def _read_entry(name: str, kind_fd: int | None, shown: Path) -> bytes | None:
    """The bytes of one entry, if it is a regular file of the user's within the size cap."""
    if kind_fd is None:
        from jdgen.inputs.reading import ReadFailure, read_limited

        try:
            return read_limited(shown, MAX_ENTRY_BYTES)
        except ReadFailure:
            return None
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=kind_fd)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ENTRY_BYTES:
            return None
        _check_owner(info, shown, "entry")
        data = handle.read(MAX_ENTRY_BYTES + 1)
    return data if len(data) <= MAX_ENTRY_BYTES else None


def _warn(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        print(message, file=sys.stderr)


def _trim(kind_folder: Path) -> None:
    """Remove the least recently written entries beyond :data:`KEEP`."""
    entries = [entry for entry in kind_folder.iterdir() if not entry.name.startswith(".")]
    if len(entries) <= KEEP:
        return
    entries.sort(key=lambda entry: entry.stat().st_mtime)
    for entry in entries[:-KEEP]:
        with contextlib.suppress(OSError):
            entry.unlink()
