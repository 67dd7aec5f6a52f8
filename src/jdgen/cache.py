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
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

ENV = "JDGEN_CACHE_DIR"
KEEP = 32  # entries kept per kind; the oldest beyond that are removed
_DIGEST = 32  # bytes of SHA-256 that start every entry


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


def path(kind: str, name: str) -> Path | None:
    """Where entry ``name`` of ``kind`` lives (it may not exist), or ``None``."""
    root = folder()
    return None if root is None else root / kind / name


def load(kind: str, name: str) -> bytes | None:
    """The stored bytes, or ``None`` if there are none, they are damaged, or caching is off.

    Every entry starts with the SHA-256 of the rest, so a torn or altered entry
    is never handed out.
    """
    where = path(kind, name)
    if where is None:
        return None
    try:
        stored = where.read_bytes()
    except (OSError, ValueError):
        return None
    digest, data = stored[:_DIGEST], stored[_DIGEST:]
    return data if hashlib.sha256(data).digest() == digest else None


def store(kind: str, name: str, data: bytes) -> None:
    """Keep ``data`` as entry ``name`` of ``kind``, atomically; failures are ignored."""
    where = path(kind, name)
    if where is None:
        return
    data = hashlib.sha256(data).digest() + data
    with contextlib.suppress(OSError, ValueError):
        where.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
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


def _trim(kind_folder: Path) -> None:
    """Remove the least recently written entries beyond :data:`KEEP`."""
    entries = [entry for entry in kind_folder.iterdir() if not entry.name.startswith(".")]
    if len(entries) <= KEEP:
        return
    entries.sort(key=lambda entry: entry.stat().st_mtime)
    for entry in entries[:-KEEP]:
        with contextlib.suppress(OSError):
            entry.unlink()
