"""Posting Markdown -> PDF, typeset by typst from the same tokens as the Word file.

The Markdown tokens (parsed once by :func:`~jdgen.render.docx.markdown_parser`)
become a small JSON tree of blocks and runs; the layout is the static typst
file ``pdf.typ`` next to this module, which reads that tree from
``sys.inputs`` and only ever prints its strings as text, so nothing in a
posting can become typst markup or code. The PDF has the posting's title,
author (the company), subject and keywords, embedded font subsets, clickable
links, a bookmark per heading and "Page X of Y" footers; it is the same bytes
for the same input (the date comes from the posting, never the clock).

typst is an optional extra (``pip install 'jdgen[pdf]'``), imported only here
and only when a PDF is built. It typesets in worker processes kept for the
whole build (:mod:`jdgen.render.typstproc`), each loading the layout and the
fonts once, so that native code failing on a hostile input fails one PDF and
never the build; a batch typesets on a few threads, each with its own worker
(see :mod:`jdgen.render.typesetter`).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdgen.errors import JdgenError
from jdgen.render.docxbody import clean, fact_label, fact_value, facts_end, shown_address
from jdgen.render.paper import Paper

if TYPE_CHECKING:
    from markdown_it.token import Token

    from jdgen.render.docx import DocProperties

__all__ = ["INSTALL_HINT", "build_pdf", "engine", "pdf_source", "typeset"]

INSTALL_HINT = "PDF output needs the typst engine; install it with: pip install 'jdgen[pdf]'"
LAYOUT = Path(__file__).with_name("pdf.typ")
_TYPST_PAPER = {"letter": "us-letter", "a4": "a4"}
_TYPST_IMAGE = {"png": "png", "jpeg": "jpg"}  # typst's names for the logo's kinds
_LINKABLE = ("http://", "https://", "mailto:")
_EMU_PER_POINT = 12700

Block = dict[str, Any]
Run = dict[str, Any]


@functools.cache
def engine() -> Path:
    """The folder typst is imported from; a clear error naming the pip command if it is not
    installed. typst itself is imported only by the typesetting processes."""
    from importlib.util import find_spec

    try:
        spec = find_spec("typst")
    except (ImportError, ValueError):
        spec = None
    if spec is None or spec.origin is None:
        raise JdgenError(INSTALL_HINT)
    return Path(spec.origin).resolve().parent.parent


def build_pdf(tokens: list[Token], props: DocProperties, paper: Paper = "letter",
              lang: str = "en") -> bytes:
    """The PDF for Markdown ``tokens`` with document properties ``props``."""
    return typeset(pdf_source(tokens, props, paper, lang))


def pdf_source(tokens: list[Token], props: DocProperties, paper: Paper = "letter",
               lang: str = "en") -> str:
    """What :data:`LAYOUT` typesets for ``tokens``: the posting as one JSON text."""
    date = props.date
    posting: dict[str, Any] = {
        "title": clean(props.title), "subject": clean(props.subject),
        "author": clean(props.author), "keywords": [clean(word) for word in props.keywords],
        "date": [date.year, date.month, date.day], "paper": _TYPST_PAPER[paper],
        "lang": lang.split("-")[0].lower() or "en",
        "blocks": Blocks(clean(props.author), logo=props.logo is not None).write(tokens),
    }
    if props.logo is not None:  # the picture's bytes as numbers: JSON has no bytes
        from jdgen.render.docxlogo import GAP, size

        width, height = (round(emu / _EMU_PER_POINT, 2) for emu in size(props.logo))
        posting["logo"] = {"data": list(props.logo.data), "kind": _TYPST_IMAGE[props.logo.kind],
                           "width": width, "height": height,  # as in the Word file, in points
                           "gap": GAP / _EMU_PER_POINT, "alt": f"{posting['author']} logo"}
    return json.dumps(posting, ensure_ascii=True, separators=(",", ":"))


def typeset(source: str) -> bytes:
    """The PDF typst makes of ``source`` (from :func:`pdf_source`).

    typst runs in a worker process (see :mod:`jdgen.render.typstproc`): if it
    fails, runs out of memory or crashes, this PDF fails with a JdgenError and
    nothing else is touched.
    """
    from jdgen.render.typstproc import typeset as in_worker

    return in_worker(source, LAYOUT, engine())


def _runs(children: list[Token]) -> list[Run]:
    """Inline tokens -> runs of text with bold, italic, monospace and link flags."""
    out: list[Run] = []
    bold = italic = False
    link = ""
    link_text: list[str] = []
    for child in children:
        kind = child.type
        if kind in {"text", "softbreak", "hardbreak", "code_inline"}:
            text = clean({"softbreak": " ", "hardbreak": "\n"}.get(kind, child.content))
            if not text:
                continue
            if link:
                link_text.append(text)
            else:
                out.append({"t": text, "b": bold, "i": italic,
                            "m": kind == "code_inline", "u": ""})
        elif kind in {"strong_open", "strong_close"}:
            bold = kind == "strong_open"
        elif kind in {"em_open", "em_close"}:
            italic = kind == "em_open"
        elif kind == "link_open":
            link, link_text = clean(str(child.attrs.get("href", ""))) or " ", []
        elif kind == "link_close":
            shown = "".join(link_text) or link.strip()
            url = link if link.startswith(_LINKABLE) else ""
            address = shown_address(url, shown) if url else None
            if address is not None:
                shown = f"{shown} ({address})"
            out.append({"t": shown, "b": bold, "i": italic, "m": False, "u": url})
            link = ""
    return out


class Blocks:
    """Walks markdown-it block tokens and collects the block tree ``pdf.typ`` prints."""

    def __init__(self, company: str, logo: bool = False) -> None:
        self.company = company
        self.logo = logo  # the posting has a logo, placed at the right of the title block
        self.root: list[Block] = []
        self.containers: list[list[Block]] = [self.root]
        self.lists: list[Block] = []
        self.heading = 0
        self.seen_section = False
        self.table: list[list[list[Run]]] | None = None

    def write(self, tokens: list[Token]) -> list[Block]:
        skip_to = -1
        for index, token in enumerate(tokens):
            if index <= skip_to:
                continue
            kind = token.type
            here = self.containers[-1]
            if kind == "bullet_list_open" and not self.seen_section and not self.lists:
                end = facts_end(tokens, index)
                if end is not None:
                    here.append({"k": "facts", "rows": [
                        [clean(fact_label(tokens[i]) or ""),
                         _runs(fact_value(tokens[i].children or []))]
                        for i in range(index + 3, end, 5)]})
                    skip_to = end
                    continue
            if kind == "inline":
                self._inline(token)
            elif kind == "heading_open":
                self.heading = min(int(token.tag[1:]), 4)
                if self.heading == 1 and self.logo:
                    here.append({"k": "logo"})
                    self.logo = False
                if self.heading == 1 and self.company:
                    here.append({"k": "company", "t": self.company})
                    self.company = ""
                elif self.heading > 1:
                    self.seen_section = True
            elif kind == "heading_close":
                self.heading = 0
            elif kind in {"bullet_list_open", "ordered_list_open"}:
                block: Block = {"k": "list", "ordered": kind == "ordered_list_open",
                                "items": []}
                here.append(block)
                self.lists.append(block)
            elif kind in {"bullet_list_close", "ordered_list_close"}:
                self.lists.pop()
            elif kind == "list_item_open":
                item: list[Block] = []
                self.lists[-1]["items"].append(item)
                self.containers.append(item)
            elif kind in {"list_item_close", "blockquote_close"}:
                self.containers.pop()
            elif kind == "blockquote_open":
                quote: list[Block] = []
                here.append({"k": "quote", "blocks": quote})
                self.containers.append(quote)
            elif kind == "table_open":
                self.table = []
            elif kind == "tr_open" and self.table is not None:
                self.table.append([])
            elif kind == "table_close":
                self._table(here)
            elif kind in {"fence", "code_block"}:
                here.append({"k": "code", "t": clean(token.content.rstrip("\n"))})
            elif kind == "hr":
                here.append({"k": "hr"})
        return self.root

    def _inline(self, token: Token) -> None:
        runs = _runs(token.children or [])
        if self.table is not None:
            self.table[-1].append(runs)
        elif self.heading:
            self.containers[-1].append({"k": "h", "level": self.heading, "r": runs})
        else:
            self.containers[-1].append({"k": "p", "r": runs})

    def _table(self, here: list[Block]) -> None:
        rows, self.table = self.table or [], None
        if not rows:
            return
        columns = max(len(row) for row in rows)
        here.append({"k": "table", "columns": columns,
                     "rows": [row + [[]] * (columns - len(row)) for row in rows]})
