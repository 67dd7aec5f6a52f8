"""Writing to standard output, which may be closed, full, a broken pipe or ASCII-only.

Whatever goes wrong becomes one ``Error: cannot write to standard output: ...``
line with exit code 1, never a traceback; afterwards standard output points at
the null device, so Python's own last flush at exit cannot fail again.
"""

from __future__ import annotations

import errno
import os
import sys
from types import TracebackType

from jdgen.errors import JdgenError


class StdoutError(JdgenError):
    """Standard output cannot take what a command prints."""


def write_out(text: str) -> None:
    """Print ``text`` (a whole document) to standard output, and flush it."""
    stream = sys.stdout
    if stream is None:  # started with stdout closed (>&-)
        raise StdoutError("cannot write to standard output: it is closed")
    try:
        stream.write(text)
        stream.flush()
    except (OSError, ValueError, UnicodeEncodeError) as exc:
        raise failure(exc) from None


def failure(exc: BaseException) -> StdoutError:
    """The error to report when writing to standard output raised ``exc``."""
    if isinstance(exc, UnicodeEncodeError):
        encoding = getattr(sys.stdout, "encoding", None) or exc.encoding
        return StdoutError(
            f"cannot write to standard output: its encoding ({encoding}) cannot show "
            f"U+{ord(exc.object[exc.start]):04X}; set PYTHONIOENCODING=utf-8 or write to a "
            "file with -o FILE")
    _silence()
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        reason = "no space left on the device"
    elif isinstance(exc, OSError) and exc.errno == errno.EPIPE:
        reason = "the program reading it stopped"
    elif isinstance(exc, ValueError) or (isinstance(exc, OSError) and exc.errno == errno.EBADF):
        reason = "it is closed"
    else:
        reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
    return StdoutError(f"cannot write to standard output: {reason}")


def from_echo(exc: BaseException, tb: TracebackType | None) -> bool:
    """Whether ``exc`` was raised by ``click.echo`` writing to standard output."""
    if not isinstance(exc, OSError | UnicodeEncodeError):
        return False
    while tb is not None:
        frame = tb.tb_frame
        if frame.f_code.co_name == "echo" and frame.f_globals.get("__name__") == "click.utils":
            return not frame.f_locals.get("err")
        tb = tb.tb_next
    return False


def _silence() -> None:
    """Point standard output at the null device (its buffer cannot be flushed anyway)."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)
