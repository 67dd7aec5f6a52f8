"""Writing files safely: inside the output folder, atomically, never half-done."""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import secrets
import stat
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jdgen.errors import OutputError

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
            raise OutputError(f"cannot create output folder {folder}: {reason(exc)}") from None
    if not folder.exists():
        raise OutputError(f"output folder {folder} does not exist; create it first")
    if not folder.is_dir():
        raise OutputError(f"output path {folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"output folder {folder} is not writable")
    return folder


def target(folder: Path, name: str) -> Path:
    """``folder/name``, refusing any name that would land outside ``folder``.

    Also refused: a symbolic link, and a folder or other non-file in the way
    (found now, before any file of the build is written).
    """
    if not name or "/" in name or "\\" in name or name in {".", ".."} or "\x00" in name:
        raise OutputError(f"refusing unsafe output file name '{name}'")
    if name.split(".")[0].upper() in WINDOWS_RESERVED:
        raise OutputError(f"refusing output file name '{name}': Windows reserves that name")
    path = folder / name
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return path  # nothing there (or unreadable: the write itself will say so)
    if stat.S_ISLNK(mode):
        raise OutputError(f"refusing to write through the symbolic link {path}")
    if not stat.S_ISREG(mode):
        raise OutputError(f"cannot write {path}: a folder or other non-file is in the way")
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
        raise OutputError(f"cannot lock {folder}: {reason(exc)}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def write_files(files: dict[str, bytes], out_dir: Path) -> list[Path]:
    """Write the named files inside ``out_dir`` (made if missing): all of them, or none.

    Every name is checked before anything is written; the files are staged,
    flushed, then renamed into place together (see :meth:`StagedWrites.stage_together`).
    """
    folder = check_out_dir(out_dir, create=True)
    paths = [target(folder, name) for name in files]
    with StagedWrites() as staged:
        items = staged.stage_together(list(zip(paths, files.values(), strict=True)))
        staged.commit()
    for item in items:
        if item.error is not None:
            raise item.error
    return paths


class StagedWrites:
    """Atomic writes made durable together: a batch's files share one flush to the disk.

    Flushing a file to the disk costs more than writing it, and most of that
    cost is per flush, not per byte. :meth:`stage` writes a file under a
    temporary name at once; :meth:`commit` flushes every staged file together
    (one ``syncfs`` on Linux, then an ``fsync`` of each, now cheap, that also
    reports any write error) and then renames them into place in the order they
    were staged. As with :func:`write_atomic`, a file takes its real name only
    once it is safely on the disk, and a reader sees the old file or the new
    one, never part of one. Files staged with :meth:`stage_together` (one
    posting's formats) land together or not at all. Leaving the ``with`` block
    removes every file staged but not committed, so an interrupted build leaves
    nothing partial.
    """

    def __init__(self, limit: int = 64) -> None:
        self.limit = limit  # files to stage before committing (the caller decides)
        self._groups: list[list[Staged]] = []  # each lands whole or not at all
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def stage(self, path: Path, data: bytes) -> Staged:
        """Write ``data`` for ``path`` under a temporary name; :meth:`commit` finishes it."""
        with _signals_deferred():
            fd, tmp = _temporary(path)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
            except BaseException as exc:
                _discard(fd, tmp)
                if isinstance(exc, OSError):
                    raise OutputError(f"cannot write {path}: {reason(exc)}") from None
                raise
            staged = Staged(path, tmp, fd)
            self._groups.append([staged])
            self._count += 1
            return staged

    def stage_together(self, files: list[tuple[Path, bytes]]) -> list[Staged]:
        """Stage files that must land together: if one cannot be written, none is.

        A failure while staging removes the group's temporary files and raises;
        a failure while committing leaves every old file of the group as it was.
        """
        mark = len(self._groups)
        try:
            items = [self.stage(path, data) for path, data in files]
        except BaseException:
            for group in self._groups[mark:]:
                for item in group:
                    _discard(item.fd, item.tmp)
                    self._count -= 1
            del self._groups[mark:]
            raise
        self._groups[mark:] = [items] if items else []
        return items

    def commit(self) -> None:
        """Flush every staged file to the disk, then rename each group into place.

        A group that fails keeps its old files, and each of its files gets the
        :attr:`Staged.error`.
        """
        groups, self._groups, self._count = self._groups, [], 0
        with _signals_deferred():
            if groups:
                _sync_filesystem(groups[0][0].fd)
            for group in groups:
                _land(group)

    def __enter__(self) -> StagedWrites:
        return self

    def __exit__(self, *exc: object) -> None:
        groups, self._groups, self._count = self._groups, [], 0
        for group in groups:  # never committed: the build stopped
            for item in group:
                _discard(item.fd, item.tmp)


@dataclass
class Staged:
    """One file written under its temporary name, waiting for :meth:`StagedWrites.commit`."""

    path: Path
    tmp: str
    fd: int
    error: OutputError | None = None
    backup: str | None = None  # the old file, kept under a temporary name until all landed
    existed: bool = False

    def flush(self) -> None:
        """Make the temporary file durable; on failure remove it and set :attr:`error`."""
        try:
            os.fsync(self.fd)
            os.close(self.fd)
            self.fd = -1
            os.chmod(self.tmp, file_mode())
        except OSError as exc:
            self.discard()
            self.error = OutputError(f"cannot write {self.path}: {reason(exc)}")

    def discard(self) -> None:
        _discard(self.fd, self.tmp)
        self.fd = -1

    def keep_old(self) -> None:
        """Link the old file (if any) to a temporary name, so it can be put back."""
        self.existed = self.path.is_file()
        if not self.existed:
            return
        backup = str(self.path.with_name(f".{self.path.name}.{secrets.token_hex(4)}old.tmp"))
        try:
            os.link(self.path, backup)
        except OSError:
            return  # no hard links here: the group still lands whole unless a rename fails
        self.backup = backup

    def put_back(self) -> None:
        """Undo this file's rename: its old version (or nothing) is back in place."""
        with contextlib.suppress(OSError):
            if self.backup is not None:
                os.replace(self.backup, self.path)
                self.backup = None
            elif not self.existed:
                os.unlink(self.path)

    def drop_backup(self) -> None:
        if self.backup is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.backup)
            self.backup = None


def _land(group: list[Staged]) -> None:
    """Flush, then rename a group's files; any failure leaves all its old files in place."""
    for item in group:
        item.flush()
    failed = next((item.error for item in group if item.error is not None), None)
    if failed is None:
        done: list[Staged] = []
        try:
            for item in group:
                if len(group) > 1:
                    item.keep_old()
                os.replace(item.tmp, item.path)
                done.append(item)
        except OSError as exc:
            failed = OutputError(f"cannot write {item.path}: {reason(exc)}")
            for landed in reversed(done):
                landed.put_back()
        for item in group:
            item.drop_backup()
    if failed is not None:
        for item in group:
            item.discard()
            item.error = failed


def _sync_filesystem(fd: int) -> None:
    """Ask Linux to flush the whole file system holding ``fd`` at once (else do nothing).

    It only makes the ``fsync`` of each file that follows cheap; those are what
    guarantee, and report, that each file is on the disk.
    """
    syncfs = _syncfs()
    if syncfs is not None:
        syncfs(fd)


@functools.cache
def _syncfs() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None


@functools.cache
def file_mode() -> int:
    """The mode a file made the ordinary way gets here: ``0o666`` less the umask.

    Temporary files are made private (``0o600``) and renamed into place, so
    each written file is given this mode first. The umask is read once, on the
    first write: from ``/proc/self/status`` where Linux gives it, else by
    setting it and putting it back at once (the only portable way).
    """
    return 0o666 & ~_umask()


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _temporary(path: Path) -> tuple[int, str]:
    """A new, private temporary file next to ``path``: its descriptor and name."""
    try:
        return tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"cannot write to {path.parent}: {reason(exc)}") from None


def _discard(fd: int, tmp: str) -> None:
    if fd >= 0:
        with contextlib.suppress(OSError):
            os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(tmp)


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
    fd, tmp = _temporary(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, file_mode())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {reason(exc)}") from None
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


def reason(exc: OSError) -> str:
    """Why ``exc`` happened, in a few plain words."""
    if exc.errno == errno.ENOSPC:
        return "no space left on the device"
    if exc.errno in {errno.EACCES, errno.EPERM, errno.EROFS}:
        return "permission denied"
    return exc.strerror or str(exc)
