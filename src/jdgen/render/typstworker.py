"""The typesetting process: typst in a process of its own, under a memory limit.

Run as a script by :mod:`jdgen.render.typstproc`, never imported by jdgen
itself: ``python -P typstworker.py LAYOUT MEMORY_LIMIT [PATH...]``. It keeps
one typst compiler for ``LAYOUT``, and answers each request read from its
standard input with one reply on its standard output, until its input ends
(its parent has finished, or died). Whatever typst does on a hostile input —
run out of memory under the limit, abort, crash — ends this process only;
its parent fails that one PDF and starts another process for the next.

Frames: a request is a 4-byte big-endian length and the posting's JSON
(UTF-8); a reply is ``P`` (a PDF) or ``E`` (typst's message), then a 4-byte
length and the bytes. It imports only the standard library and typst.
"""

from __future__ import annotations

import os
import signal
import struct
import sys
from typing import Any


def _read(fd: int, size: int) -> bytes | None:
    """Exactly ``size`` bytes from ``fd``; None when the input ends first."""
    chunks, left = [], size
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _write(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def main(argv: list[str]) -> int:
    """Typeset requests until the input ends."""
    layout, limit, *paths = argv
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    try:
        import resource

        if int(limit) > 0:
            resource.setrlimit(resource.RLIMIT_AS, (int(limit), int(limit)))
    except (ImportError, ValueError, OSError):  # no such limit here (Windows, macOS)
        pass
    sys.path[:0] = paths
    import typst

    compiler = typst.Compiler(input=layout, root=os.path.dirname(layout))
    stdin, stdout = sys.stdin.fileno(), sys.stdout.fileno()
    while True:
        head = _read(stdin, 4)
        if head is None:
            return 0
        request = _read(stdin, struct.unpack(">I", head)[0])
        if request is None:
            return 0
        try:
            pdf: Any = compiler.compile(format="pdf",
                                        sys_inputs={"posting": request.decode("utf-8")})
            reply, kind = bytes(pdf), b"P"
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # typst's own errors, and its panics (a BaseException)
            reply, kind = (str(exc).splitlines() or [type(exc).__name__])[0].encode(), b"E"
        _write(stdout, kind + struct.pack(">I", len(reply)) + reply)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
