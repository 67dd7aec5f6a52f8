"""PDFs typeset in worker processes, so that typst failing fails one PDF, never the build.

typst is native code: on a hostile picture it may ask for gigabytes, abort
the process or crash, and no Python ``try`` can catch that. Each PDF is
therefore typeset by a worker process (:mod:`jdgen.render.typstworker`) with
at most :data:`MEMORY_LIMIT` bytes of address space and :data:`TIME_LIMIT`
seconds per PDF. A worker that dies or runs late fails that PDF with one
clear error and is replaced for the next; what it printed goes to a
temporary file, never to the user's terminal.

Workers are kept between PDFs (starting one costs about a tenth of a second,
typesetting a posting a few milliseconds): a thread takes an idle worker or
starts one, so a batch typesetting on four threads runs four workers. They
stop when :func:`stop_idle` is called, when this process exits, and by
themselves when their input closes, so none outlives a process that is
killed. A forked child forgets its parent's workers.
"""

from __future__ import annotations

import atexit
import os
import signal
import struct
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import IO

from jdgen.errors import JdgenError

__all__ = ["MEMORY_LIMIT", "TIME_LIMIT", "stop_idle", "typeset"]

MEMORY_LIMIT = 1024 ** 3  # address space of a worker, in bytes: ten times a 16 MP logo's need
TIME_LIMIT = 120.0  # seconds for one PDF
_WORKER = Path(__file__).with_name("typstworker.py")

_LOCK = threading.Lock()
_IDLE: list[_Worker] = []
_ALL: set[_Worker] = set()
_FORGOTTEN: list[_Worker] = []  # a forked child's copies of its parent's workers, kept unclosed
_HOOKED = False


class _Worker:
    """One typesetting process and its pipes."""

    def __init__(self, layout: Path, memory: int, site: Path) -> None:
        self.log: IO[bytes] = tempfile.TemporaryFile(prefix="jdgen-typst-")
        here = str(site)  # where typst is installed, put first on the worker's path
        try:
            self.process = subprocess.Popen(  # -P: nothing from the working folder is imported
                [sys.executable, "-P", str(_WORKER), str(layout), str(memory), here],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log,
                close_fds=True)
        except BaseException:
            self.log.close()
            raise

    def typeset(self, source: bytes, limit: float) -> tuple[bytes, bytes]:
        """Send ``source``; the reply's kind (``P`` or ``E``) and bytes.

        OSError if the process died; TimeoutError if it ran past ``limit``
        seconds (it is killed then: a timer, which works on every system).
        """
        assert self.process.stdin is not None
        late = threading.Event()

        def kill() -> None:
            late.set()
            self.process.kill()

        timer = threading.Timer(limit, kill)
        timer.start()
        try:
            self.process.stdin.write(struct.pack(">I", len(source)) + source)
            self.process.stdin.flush()
            head = self._read(5)
            return head[:1], self._read(struct.unpack(">I", head[1:])[0])
        except OSError:
            if late.is_set():
                raise TimeoutError from None
            raise
        finally:
            timer.cancel()

    def _read(self, size: int) -> bytes:
        assert self.process.stdout is not None
        fd, chunks, left = self.process.stdout.fileno(), [], size
        while left:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                raise BrokenPipeError
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)

    def why(self) -> str:
        """Why the process ended (it is ended first): out of memory, a signal, a code."""
        if self.process.poll() is None:
            self.process.kill()
        code = self.process.wait()
        self.log.seek(0, os.SEEK_END)
        self.log.seek(max(0, self.log.tell() - 4096))
        said = self.log.read().decode("utf-8", "replace")
        if "memory allocation" in said or "MemoryError" in said or "out of memory" in said:
            return f"typst ran out of memory (the limit is {MEMORY_LIMIT // 1024 ** 2:,} MB)"
        if code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            return f"typst stopped ({name})"
        return f"typst stopped (exit code {code})"

    def stop(self) -> None:
        """Close its input (it then exits), and kill it if it does not."""
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
            self.process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            if self.process.stdout is not None:
                self.process.stdout.close()
            self.log.close()


def typeset(source: str, layout: Path, site: Path) -> bytes:
    """The PDF a worker typesets from ``source``; a JdgenError if typst fails or dies.

    ``layout`` is the typst file to typeset, ``site`` the folder typst is installed in.
    """
    worker = _take(layout, site)
    try:
        kind, data = worker.typeset(source.encode("utf-8"), TIME_LIMIT)
    except TimeoutError:
        worker.process.kill()
        _drop(worker)
        raise JdgenError(f"could not typeset the PDF: it took more than {TIME_LIMIT:.0f} "
                         "seconds") from None
    except (OSError, struct.error):
        why = worker.why()
        _drop(worker)
        raise JdgenError(f"could not typeset the PDF: {why}") from None
    except BaseException:  # Ctrl-C mid-request: the worker's state is unknown
        worker.process.kill()
        _drop(worker)
        raise
    with _LOCK:
        _IDLE.append(worker)
    if kind != b"P":
        raise JdgenError(f"could not typeset the PDF: {data.decode('utf-8', 'replace')}")
    return data


def _take(layout: Path, site: Path) -> _Worker:
    global _HOOKED
    while True:  # an idle worker may have died meanwhile (the kernel's OOM killer)
        with _LOCK:
            worker = _IDLE.pop() if _IDLE else None
        if worker is None or worker.process.poll() is None:
            break
        _drop(worker)
    if worker is not None:
        return worker
    with _LOCK:
        if not _HOOKED:
            os.register_at_fork(after_in_child=_forget)
            atexit.register(stop_idle)
            _HOOKED = True
    try:
        worker = _Worker(layout, MEMORY_LIMIT, site)
    except OSError as exc:  # no interpreter to run, no file descriptors left
        raise JdgenError(f"could not start the typesetting process: {exc.strerror or exc}"
                         ) from None
    with _LOCK:
        _ALL.add(worker)
    return worker


def _drop(worker: _Worker) -> None:
    with _LOCK:
        _ALL.discard(worker)
    worker.stop()


def stop_idle() -> None:
    """Stop every worker not typesetting now (the next PDF starts a new one)."""
    with _LOCK:
        idle = list(_IDLE)
        _IDLE.clear()
        _ALL.difference_update(idle)
    for worker in idle:
        worker.stop()


def _forget() -> None:
    """In a forked child: close the parent's pipes to its workers, and forget them.

    The objects are kept, never collected, so that their files are never closed
    a second time (by then another file may have the same descriptor).
    """
    _FORGOTTEN.extend(_ALL)
    for worker in _ALL:
        for pipe in (worker.process.stdin, worker.process.stdout, worker.log):
            if pipe is not None:
                try:
                    os.close(pipe.fileno())
                except (OSError, ValueError):
                    pass
    _ALL.clear()
    _IDLE.clear()
