"""What a Word document is made from, shared by :mod:`docx` and :mod:`docxbase`.

The core properties a posting gives its document, and the one Markdown
parser every renderer of tokens uses. Both live here, below the two modules
that use them, so neither has to import the other to reach them.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

    from jdgen.inputs.logo import Logo


@dataclass(frozen=True)
class DocProperties:
    """What goes into the document's core properties."""

    title: str
    subject: str
    author: str
    keywords: list[str]
    date: dt.date
    logo: Logo | None = None  # at the right of the title block


@functools.cache
def markdown_parser() -> MarkdownIt:
    """CommonMark with tables; raw HTML off, so text can never inject markup (made once)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable("table")
