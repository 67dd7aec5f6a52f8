"""Posting -> Markdown, through the posting template."""

from __future__ import annotations

import jinja2

from jdgen.models import Posting
from jdgen.render.templating import render

POSTING_TEMPLATE = "posting.md.j2"


def render_markdown(env: jinja2.Environment, posting: Posting,
                    template: str = POSTING_TEMPLATE) -> str:
    """Render ``posting`` with ``template`` from ``env``."""
    return render(env, template, posting=posting)
