"""PDFs typeset on worker threads while a batch goes on with its next posting.

typst runs in typesetting processes of its own (see
:mod:`jdgen.render.typstproc`), and a thread waiting for one holds no GIL. A
:class:`Typesetter` hands that work to a few threads, each with its own
typesetting process, so the tailoring and templating of the next postings,
and the typesetting of several PDFs at once, use every CPU. The bytes are the
same as on one thread: each PDF depends on its own source only. A PDF typst
fails on, or dies on, fails its own posting only.

No thread is started until the first PDF is asked for, so a batch with no PDF
costs nothing.
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType

__all__ = ["Typesetter", "default_threads"]

MAX_THREADS = 4


def default_threads() -> int:
    """The CPUs this process may use, at most :data:`MAX_THREADS`."""
    try:
        usable = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on every system
        usable = os.cpu_count() or 1
    return max(1, min(MAX_THREADS, usable))


class Typesetter:
    """Typesets PDF sources on up to ``threads`` threads; use it as a context manager."""

    def __init__(self, threads: int | None = None) -> None:
        self.threads = threads or default_threads()
        self._pool: ThreadPoolExecutor | None = None

    def submit(self, source: str) -> Future[bytes]:
        """Start typesetting ``source``; the future gives the PDF or a ``JdgenError``."""
        from jdgen.render.pdf import typeset

        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=self.threads,
                                            thread_name_prefix="jdgen-pdf")
        return self._pool.submit(typeset, source)

    def close(self, cancel: bool = False) -> None:
        """Wait for the PDFs under way (or, with ``cancel``, drop those not started)."""
        if self._pool is not None:
            from jdgen.render.typstproc import stop_idle

            self._pool.shutdown(wait=True, cancel_futures=cancel)
            self._pool = None
            stop_idle()  # the typesetting processes end with the batch

    def __enter__(self) -> Typesetter:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close(cancel=kind is not None)
