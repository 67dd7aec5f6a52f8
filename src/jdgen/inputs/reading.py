"""Read a user's file, never more than a cap, whatever the file claims to be.

Every input jdgen reads from a path (role, company and manifest YAML, reference
DOCX, HTML templates, lint inputs and settings, cache entries) comes through
:func:`read_limited`. It reads at most ``limit + 1`` bytes and refuses the file
if the extra byte arrives, so a device such as ``/dev/zero``, a pipe, or a file
that grows while it is read costs at most ``limit`` bytes of memory. The size
``stat()`` reports is only used to refuse a regular file early: a device or a
pipe reports 0 and is read to the cap instead.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import time
from pathlib import Path

from jdgen.errors import DataError

_CHUNK = 1 << 16

# The caps, one per kind of input (see SECURITY.md).
MAX_YAML_BYTES = 2_000_000  # role, company, manifest and settings files
MAX_TEMPLATE_BYTES = 2_000_000  # a template given by path (--html-template)
MAX_CACHE_BYTES = 64_000_000  # one cache entry
MAX_RECORD_BYTES = 64_000_000  # a batch's record of the files it wrote
FIFO_WAIT = 0.1  # seconds a FIFO with no writer is given for one to open it


class ReadFailure(Exception):
    """Why a file could not be read, in words for a user (the path not included)."""


def read_limited(path: Path, limit: int, *, what: str = "file",
                 folder_noun: str | None = None) -> bytes:
    """The bytes of ``path``, at most ``limit`` of them; :class:`ReadFailure` otherwise.

    ``what`` names the file in messages ("file", "reference DOCX" ...);
    ``folder_noun`` is what a folder was expected to be instead (default ``what``).
    """
    try:
        with _open(path) as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError(path)
            regular = stat.S_ISREG(info.st_mode)
            if regular and info.st_size > limit:
                raise ReadFailure(f"{what} is {info.st_size:,} bytes; "
                                  f"the limit is {limit:,} bytes")
            chunks: list[bytes] = []
            total = 0
            want = info.st_size + 1 if regular else _CHUNK  # a regular file: one read
            fifo = stat.S_ISFIFO(info.st_mode)
            waited = time.monotonic() + FIFO_WAIT
            while total <= limit:
                chunk = handle.read(min(max(want, _CHUNK), limit + 1 - total))
                if not chunk and fifo and not total and time.monotonic() < waited:
                    time.sleep(0.005)  # no writer yet: give one a moment to open it
                    continue
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
    except FileNotFoundError:
        raise ReadFailure(f"{what} not found") from None
    except IsADirectoryError:
        raise ReadFailure(f"is a folder, not a {folder_noun or what}") from None
    except PermissionError:
        raise ReadFailure("permission denied") from None
    except OSError as exc:
        raise ReadFailure(f"cannot read {what}: {exc.strerror or exc}") from None
    if total > limit:
        kind = "it grew while being read" if regular else "it is a device or pipe"
        raise ReadFailure(f"{what} is over the limit of {limit:,} bytes ({kind})")
    if not total and stat.S_ISFIFO(info.st_mode):
        raise ReadFailure(f"{what} is a pipe that nothing writes to")
    return b"".join(chunks)


def _open(path: Path) -> io.FileIO:
    """``path`` opened for reading without waiting for a writer to a FIFO.

    Opening a FIFO blocks until something opens it for writing; opened with
    ``O_NONBLOCK`` it does not, and reading then gives what a writer sends, or
    the end at once when there is none (:func:`read_limited` gives a writer
    :data:`FIFO_WAIT` seconds to appear). Blocking reads are switched back on
    after the open, so a slow writer is still read to the end (or the cap).
    """
    nonblock = getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, os.O_RDONLY | nonblock | getattr(os, "O_CLOEXEC", 0)
                 | getattr(os, "O_BINARY", 0))
    try:
        if nonblock:
            import fcntl

            fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~nonblock)
        return io.FileIO(fd, "rb", closefd=True)
    except BaseException:
        with contextlib.suppress(OSError):
            os.close(fd)
        raise


def read_capped(path: Path, limit: int, *, what: str = "file",
                folder_noun: str | None = None) -> bytes:
    """:func:`read_limited`, with a failure as a one-line :class:`DataError` naming ``path``."""
    try:
        return read_limited(path, limit, what=what, folder_noun=folder_noun)
    except ReadFailure as exc:
        raise DataError([f"{path}: {exc}"]) from None


def read_capped_text(path: Path, limit: int, *, what: str = "file") -> str:
    """:func:`read_capped` decoded as UTF-8 (a BOM allowed), naming the line of a bad byte."""
    raw = read_capped(path, limit, what=what)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError([f"{path}:{line}: not valid UTF-8 text"]) from None


def is_inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` is in ``folder`` or below, after symbolic links are followed."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError, ValueError):  # a link loop: outside by any measure
        return False
