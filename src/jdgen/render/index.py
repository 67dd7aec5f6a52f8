"""The batch index: one list of every posting built, as JSON, Markdown and HTML.

A page is made from the postings' entries (:func:`entry`) read one at a time, so
while it is made nothing grows with the batch but the page itself.
"""

from __future__ import annotations

import html
import io
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from jdgen.sitefiles import suffix

if TYPE_CHECKING:
    from jdgen.batch import Outcome

Entry = dict[str, Any]

_PLAIN = (dict, list, tuple, str, int, float, type(None))  # values json.dumps writes itself


def entry(outcome: Outcome) -> Entry:
    """What the index says about one posting that was built."""
    return {
        "id": outcome.stem,
        "role": outcome.role,
        "title": outcome.title,
        "company": outcome.company,
        "location": outcome.location,
        "date_posted": outcome.date_posted,
        "files": {suffix(name).lstrip("."): name for name in sorted(outcome.files)},
    }


def json_pieces(data: dict[str, Any], *, ensure_ascii: bool = True) -> Iterator[str]:
    """The text of ``json.dumps(data, indent=2) + "\\n"``, in pieces.

    A value that is not itself a JSON value (an iterator, a spool of records)
    is written as a list, one item at a time, so a long list is never held
    whole, neither as data nor as text.
    """
    if not data:
        yield "{}\n"
        return
    for number, (key, value) in enumerate(data.items()):
        yield f"{',' if number else '{'}\n  {json.dumps(key, ensure_ascii=ensure_ascii)}: "
        if isinstance(value, _PLAIN):
            yield json.dumps(value, indent=2, ensure_ascii=ensure_ascii).replace("\n", "\n  ")
            continue
        opened = False
        for item in value:
            text = json.dumps(item, indent=2, ensure_ascii=ensure_ascii).replace("\n", "\n    ")
            yield f"{',' if opened else '['}\n    {text}"
            opened = True
        yield "\n  ]" if opened else "[]"
    yield "\n}\n"


def utf8(pieces: Iterable[str]) -> bytes:
    """``pieces`` joined as UTF-8, without first holding them all as text."""
    buffer = io.BytesIO()
    for piece in pieces:
        buffer.write(piece.encode("utf-8"))
    return buffer.getvalue()


def index_json(entries: Iterable[Entry]) -> bytes:
    """Machine-readable list of postings and their files."""
    return utf8(json_pieces({"generator": "jdgen", "jobs": iter(entries)}, ensure_ascii=False))


def index_markdown(entries: Iterable[Entry]) -> bytes:
    """A Markdown page linking every posting's Markdown file."""
    from jdgen.templating import link_target, markdown_escape

    def lines() -> Iterator[str]:
        yield "# Open positions\n\n"
        for item in entries:
            label = markdown_escape(f"{item['title']} — {item['company']}")
            where = f" ({markdown_escape(item['location'])})" if item["location"] else ""
            target = item["files"].get("md") or next(iter(item["files"].values()))
            yield f"- [{label}]({link_target(target)}){where}\n"

    return utf8(lines())


_HTML_HEAD = (
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>Open positions</title>",
    "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;"
    "padding:0 1rem;line-height:1.5}li{margin:.4rem 0}.where{color:#555}"
    ".where::before{content:' · '}</style>",
    "</head>",
    "<body>",
    "<main>",
    "<h1>Open positions</h1>",
    "<ul>",
)
_HTML_TAIL = ("</ul>", "</main>", "</body>", "</html>")


def index_html(entries: Iterable[Entry]) -> bytes:
    """A small, accessible HTML page linking every posting's HTML page."""

    def lines() -> Iterator[str]:
        yield from (f"{line}\n" for line in _HTML_HEAD)
        for item in entries:
            target = item["files"].get("html") or next(iter(item["files"].values()))
            where = f" <span class=\"where\">{html.escape(item['location'])}</span>" \
                if item["location"] else ""
            yield (f'  <li><a href="{html.escape(target, quote=True)}">'
                   f"{html.escape(item['title'] or '')}</a> at "
                   f"{html.escape(item['company'] or '')}{where}</li>\n")
        yield from (f"{line}\n" for line in _HTML_TAIL)

    return utf8(lines())
