"""Rendering one posting of a site with its dates and its open or closed state settled.

The batch's renderer calls :func:`dated_render` instead of rendering straight
away: the posting is tailored first, so its content can be compared with the
site's record (see :mod:`jdgen.site.incremental`) before its pages are made.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from jdgen.site.incremental import content_digest, is_closed, modified_on

if TYPE_CHECKING:
    from jdgen.render.pipeline import Pipeline, Rendered
    from jdgen.site.jobs import Job
    from jdgen.site.outcome import Outcome
    from jdgen.tailoring.tailor import Options


def dated_render(pipeline: Pipeline, job: Job, options: Options, outcome: Outcome) -> Rendered:
    """Render ``job`` (with ``options``), noting its dates and state on ``outcome``.

    Its ``dateModified`` is the day its content last changed: the recorded day
    while it says the same, the build's day once it says something else.
    """
    posting = pipeline.posting(job.role, job.company, options)
    content = content_digest(posting)
    today = job.today or posting.date_posted
    modified = modified_on(posting.date_posted, content, job.earlier, today)
    closed = is_closed(posting.valid_through, job.today)
    rendered = pipeline.render(job.role, job.company, options, job.formats,
                               front_matter=job.front_matter, posting=posting,
                               modified=modified, closed=closed)
    outcome.content, outcome.closed = content, closed
    outcome.date_modified = modified.isoformat()
    outcome.valid_through = posting.valid_through.isoformat() if posting.valid_through else None
    look = pipeline.look
    if look is not None and look.boards:
        from jdgen.render.jsonld import google_html
        from jdgen.site.boards import board_facts

        outcome.board = board_facts(posting, google_html(pipeline.html(rendered.markdown)))
    return rendered


def named_warnings(warnings: Iterable[str], slug: str, posting_id: str) -> list[str]:
    """``warnings`` with the posting's id in front instead of its default slug.

    Seven postings of one company share a slug; their ids tell them apart.
    """
    head = f"{slug}: "
    return [f"{posting_id}: {line[len(head):]}" if line.startswith(head) else line
            for line in warnings]
