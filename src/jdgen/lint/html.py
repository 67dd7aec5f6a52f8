"""HTML -> :class:`Document`, with the line and column of every text run.

Uses the standard library's tolerant parser, so broken markup never crashes
lint. A schema.org JobPosting in a JSON-LD script adds location, pay and date
facts; other scripts and styles are ignored.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from typing import Any

from jdgen.lint.document import Block, Document, Kind

_BLOCKS: dict[str, Kind] = {
    **{f"h{i}": "heading" for i in range(1, 7)},
    "p": "paragraph", "li": "bullet", "td": "paragraph", "th": "paragraph",
    "dt": "paragraph", "dd": "paragraph", "blockquote": "paragraph", "div": "paragraph",
    "section": "paragraph", "article": "paragraph", "main": "paragraph", "body": "paragraph",
}
_SKIP = {"script", "style", "template", "noscript", "head", "title"}


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.doc = Document()
        self.stack: list[tuple[Kind, int]] = []
        self.parts: list[str] = []
        self.anchors: list[tuple[int, int, int]] = []
        self.length = 0
        self.skip = 0
        self.json_ld: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            if tag == "script" and dict(attrs).get("type") == "application/ld+json":
                self.json_ld = []
            return
        if tag == "html" and dict(attrs).get("lang"):
            self.doc.facts.setdefault("locale", str(dict(attrs)["lang"]))
        if tag == "br":
            self._text(" ")
        if tag in _BLOCKS:
            self._flush()
            level = int(tag[1]) if _BLOCKS[tag] == "heading" else 0
            self.stack.append((_BLOCKS[tag], level))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(self.skip - 1, 0)
            if tag == "script" and self.json_ld is not None:
                _job_posting_facts("".join(self.json_ld), self.doc)
                self.json_ld = None
            return
        if tag in _BLOCKS:
            self._flush()
            if self.stack:
                self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.skip:
            if self.json_ld is not None:
                self.json_ld.append(data)
            return
        self._text(data)

    def _text(self, data: str) -> None:
        line, col = self.getpos()
        self.anchors.append((self.length, line, col + 1))
        self.parts.append(data)
        self.length += len(data)

    def _flush(self) -> None:
        text = "".join(self.parts)
        if text.strip():
            kind, level = self.stack[-1] if self.stack else ("paragraph", 0)
            self.doc.add(Block(kind, text, tuple(self.anchors), level))
        self.parts, self.anchors, self.length = [], [], 0

    def close(self) -> None:
        super().close()
        self._flush()


def parse_html(text: str) -> Document:
    """Split HTML into blocks located by line and column."""
    parser = _Parser()
    parser.feed(text)
    parser.close()
    return parser.doc


def _job_posting_facts(raw: str, doc: Document) -> None:
    """Copy location, remote, pay and date facts from a JSON-LD JobPosting."""
    try:
        data: Any = json.loads(raw)
    except (ValueError, RecursionError):  # not JSON, or nested past Python's stack
        return
    if not isinstance(data, dict) or data.get("@type") != "JobPosting":
        return
    places = data.get("jobLocation")
    place = places[0] if isinstance(places, list) and places else places
    address = place.get("address") if isinstance(place, dict) else None
    if isinstance(address, dict):
        parts = [address.get(k) for k in ("addressLocality", "addressRegion", "addressCountry")]
        where = ", ".join(str(p) for p in parts if isinstance(p, str) and p)
        if where:
            doc.facts.setdefault("location", where)
    if data.get("jobLocationType") == "TELECOMMUTE":
        doc.facts.setdefault("arrangement", "remote")
    if data.get("baseSalary"):
        doc.facts.setdefault("pay", json.dumps(data["baseSalary"], sort_keys=True))
    if isinstance(data.get("datePosted"), str):
        doc.facts.setdefault("posted", data["datePosted"])
