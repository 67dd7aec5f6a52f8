"""A batch's postings rendered in worker processes, where a dead worker fails one posting.

A worker process can die under a posting: native code aborting, the kernel
killing it for memory. :class:`concurrent.futures.ProcessPoolExecutor` then
fails every posting it holds with ``BrokenProcessPool``. :func:`pooled`
instead renders the postings that were in flight again, one at a time in a
pool of one process, so the posting that kills its process is known: it runs
once more in a process of its own and fails with one error saying how that
process died. Then a new pool takes the rest of the batch. Outcomes leave in
manifest order.

A worker never outlives the batch: if the batch is killed (``kill -9``), each
of its workers ends too (:func:`die_with_parent`).
"""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from jdgen.site.outcome import Outcome

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import BaseContext

__all__ = ["ALONE_TIME_LIMIT", "Posting", "pooled"]

ALONE_TIME_LIMIT = 600.0  # seconds a posting rendered alone may take


class Posting(Protocol):
    """What a job must tell to be failed in its own name."""

    @property
    def index(self) -> int: ...
    @property
    def where(self) -> str: ...
    @property
    def role(self) -> str: ...


J = TypeVar("J", bound=Posting)


def pooled(items: Iterable[J | Outcome], workers: int, context: BaseContext | None,
           setup: Callable[..., None], setup_args: tuple[Any, ...],
           render: Callable[[J], Outcome]) -> Iterator[Outcome]:
    """Render the jobs among ``items`` on ``workers`` processes; outcomes in order.

    Each process runs ``setup(*setup_args)`` once, then ``render`` per job;
    both must be module-level functions. At most ``8 * workers`` jobs are in
    flight at once, so memory does not grow with the manifest.
    """
    window: deque[list[Any]] = deque()  # [job or None, outcome or future]

    def start(size: int = workers) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=size, mp_context=context,
                                   initializer=_set_up,
                                   initargs=(os.getpid(), setup, setup_args))

    pool = start()

    def submit(job: J) -> Future[Outcome]:
        try:
            return pool.submit(render, job)
        except BrokenProcessPool as exc:  # it broke under another job: settled() sees to it
            failed: Future[Outcome] = Future()
            failed.set_exception(exc)
            return failed

    def settled(entry: list[Any]) -> Outcome:
        nonlocal pool
        item = entry[1]
        if isinstance(item, Outcome):
            return item
        try:
            return item.result()  # type: ignore[no-any-return]
        except BrokenProcessPool:
            pass
        pool.shutdown(wait=True, cancel_futures=True)
        _isolate([entry, *window], context, setup, setup_args, render, start)
        pool = start()
        return entry[1]  # type: ignore[no-any-return]

    try:
        for item in items:
            window.append([None, item] if isinstance(item, Outcome) else [item, submit(item)])
            while len(window) > workers * 8:
                yield settled(window.popleft())
        while window:
            yield settled(window.popleft())
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _isolate(entries: list[list[Any]], context: BaseContext | None,
             setup: Callable[..., None], setup_args: tuple[Any, ...],
             render: Callable[[Any], Outcome],
             start: Callable[[int], ProcessPoolExecutor]) -> None:
    """Settle every entry whose process died with the pool, one job at a time.

    The jobs run one after another in a pool of one process, so a job that
    kills it is known: it runs once more alone (:func:`_alone`), to fail with
    how its process died, and a new process takes the next job.
    """
    single = start(1)
    try:
        for entry in entries:
            job, item = entry
            if job is None or (item.done() and item.exception() is None):
                continue  # an outcome already, or a result that came before the pool broke
            try:
                entry[1] = single.submit(render, job).result()
            except BrokenProcessPool:
                single.shutdown(wait=True)
                entry[1] = _alone(job, context, setup, setup_args, render)
                single = start(1)
    finally:
        single.shutdown(wait=True)


def _alone(job: J, context: BaseContext | None, setup: Callable[..., None],
           setup_args: tuple[Any, ...], render: Callable[[J], Outcome]) -> Outcome:
    """Render ``job`` in a process of its own; its error if that process dies."""
    import multiprocessing

    ctx = context or multiprocessing.get_context()
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_render_alone,  # type: ignore[attr-defined]
                          args=(send, os.getpid(), setup, setup_args, render, job),
                          daemon=True)
    process.start()
    send.close()
    outcome: Outcome | None = None
    try:
        if receive.poll(ALONE_TIME_LIMIT):
            outcome = receive.recv()
    except (EOFError, OSError):
        outcome = None
    finally:
        receive.close()
    if outcome is None and process.is_alive():
        process.kill()
    process.join()
    if outcome is not None:
        return outcome
    code = process.exitcode or 0
    if code < 0:
        try:
            how = signal.Signals(-code).name
        except ValueError:
            how = f"signal {-code}"
    else:
        how = f"exit code {code}" if code else f"no answer within {ALONE_TIME_LIMIT:.0f} s"
    return Outcome(job.index, job.where, job.role,
                   error=f"the worker process building this posting stopped ({how})")


def _render_alone(send: Connection, parent: int, setup: Callable[..., None],
                  setup_args: tuple[Any, ...], render: Callable[[Any], Outcome],
                  job: Any) -> None:
    _set_up(parent, setup, setup_args)
    send.send(render(job))
    send.close()


def _set_up(parent: int, setup: Callable[..., None], setup_args: tuple[Any, ...]) -> None:
    """A worker's start: bound to live no longer than ``parent``, then ``setup``."""
    die_with_parent(parent)
    setup(*setup_args)


PR_SET_PDEATHSIG = 1  # linux/prctl.h
PARENT_CHECK_SECONDS = 0.5


def die_with_parent(parent: int) -> None:
    """End this process when ``parent`` (the batch that asked for it) ends, however it ends.

    A worker waits for jobs on a pipe its siblings also hold open, so it would
    never see the batch go: killed with ``kill -9``, the batch would leave its
    workers blocked for good. When the batch forked this process itself, Linux
    sends it SIGKILL as the batch dies (``prctl(PR_SET_PDEATHSIG)``); elsewhere,
    or if that cannot be set, a thread looks every half second whether the batch
    is still its parent. A process started some other way (through a fork
    server, whose child it is) has a thread that looks whether the batch still
    runs. A batch already gone ends the process at once.
    """
    import threading

    if os.getppid() == parent:
        if not _kernel_kills_orphan():
            threading.Thread(target=_watch_parent, args=(parent,), name="jdgen-parent-watch",
                             daemon=True).start()
        if os.getppid() == parent:
            return
        os._exit(1)  # it died before the watch was set
    if not _runs(parent):
        os._exit(1)
    threading.Thread(target=_watch_batch, args=(parent,), name="jdgen-batch-watch",
                     daemon=True).start()


def _kernel_kills_orphan() -> bool:
    """Ask Linux to SIGKILL this process when its parent dies; whether it agreed."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _runs(pid: int) -> bool:
    """Whether process ``pid`` exists (one that is not ours to signal still exists)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _watch_batch(parent: int) -> None:
    import time

    while _runs(parent):
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)
