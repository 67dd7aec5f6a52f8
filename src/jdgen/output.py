"""Writing files safely: inside the output folder, atomically, never half-done."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from jdgen.errors import OutputError

if TYPE_CHECKING:
    from concurrent.futures import Future

WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
     *(f"LPT{i}" for i in range(1, 10))]
)


def check_out_dir(folder: Path, create: bool = False) -> Path:
    """Make sure ``folder`` exists and is a writable folder.

    With ``create``, a missing folder is made (with its parents), so
    ``--out site/jobs`` just works.
    """
    if create and not folder.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)  # another build may make it first
        except OSError as exc:
            raise OutputError(f"cannot create output folder {folder}: {_reason(exc)}") from None
    if not folder.exists():
        raise OutputError(f"output folder {folder} does not exist; create it first")
    if not folder.is_dir():
        raise OutputError(f"output path {folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"output folder {folder} is not writable")
    return folder


def target(folder: Path, name: str) -> Path:
    """``folder/name``, refusing any name that would land outside ``folder``."""
    if not name or "/" in name or "\\" in name or name in {".", ".."} or "\x00" in name:
        raise OutputError(f"refusing unsafe output file name '{name}'")
    if name.split(".")[0].upper() in WINDOWS_RESERVED:
        raise OutputError(f"refusing output file name '{name}': Windows reserves that name")
    path = folder / name
    if path.is_symlink():
        raise OutputError(f"refusing to write through the symbolic link {path}")
    return path


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` itself (POSIX); a second holder waits its turn.

    The lock is taken on the folder's own descriptor, so no lock file is left behind.
    """
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; builds simply do not share folders
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError as exc:
        raise OutputError(f"cannot lock {folder}: {_reason(exc)}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def write_files(files: dict[str, bytes], out_dir: Path) -> list[Path]:
    """Write each named file atomically inside ``out_dir`` (made if missing)."""
    folder = check_out_dir(out_dir, create=True)
    written = []
    for name, data in files.items():
        path = target(folder, name)
        write_atomic(path, data)
        written.append(path)
    return written


class BackgroundWriter:
    """Atomic writes finished by one background thread, one file at a time, in order.

    Flushing a file to the disk (``fsync``) takes about as long as rendering a
    small posting, but needs no Python; while this thread writes, flushes and
    renames one posting's files, the caller renders the next. Each write is
    exactly :func:`write_atomic`'s; its future says when the file is in place
    or raises what went wrong. Leaving the ``with`` block waits for every file
    handed over, so an interrupted batch still leaves only complete files.
    """

    def __init__(self) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="jdgen-write")

    def write(self, path: Path, data: bytes) -> Future[None]:
        return self._pool.submit(_write, path, data)

    def __enter__(self) -> BackgroundWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file and a rename.

    A reader sees either the old file or the complete new one; on any failure
    the temporary file is removed and the old file is left untouched. Ctrl-C
    and SIGTERM wait until the write is finished or undone, so a signal can
    never strand a temporary file between its creation and its cleanup.
    """
    with _signals_deferred():
        _write(path, data)


def _write(path: Path, data: bytes) -> None:
    folder = path.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write to {folder}: {_reason(exc)}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {_reason(exc)}") from None
        raise


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back for the duration of the block (POSIX, main thread)."""
    import signal
    import threading

    if not hasattr(signal, "pthread_sigmask") or \
            threading.current_thread() is not threading.main_thread():
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "no space left on the device"
    if exc.errno in {errno.EACCES, errno.EPERM, errno.EROFS}:
        return "permission denied"
    return exc.strerror or str(exc)
