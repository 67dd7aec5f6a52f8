"""The batch index: one list of every posting built, as JSON, Markdown and HTML."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jdgen.batch import Outcome


def _entries(outcomes: Sequence[Outcome]) -> list[dict[str, Any]]:
    return [
        {
            "id": o.stem,
            "role": o.role,
            "title": o.title,
            "company": o.company,
            "location": o.location,
            "date_posted": o.date_posted,
            "files": {Path(name).suffix.lstrip("."): name for name in sorted(o.files)},
        }
        for o in outcomes
    ]


def index_json(outcomes: Sequence[Outcome]) -> bytes:
    """Machine-readable list of postings and their files."""
    data = {"generator": "jdgen", "jobs": _entries(outcomes)}
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def index_markdown(outcomes: Sequence[Outcome]) -> bytes:
    """A Markdown page linking every posting's Markdown file."""
    from jdgen.templating import link_target, markdown_escape

    lines = ["# Open positions", ""]
    for entry in _entries(outcomes):
        label = markdown_escape(f"{entry['title']} — {entry['company']}")
        where = f" ({markdown_escape(entry['location'])})" if entry["location"] else ""
        target = entry["files"].get("md") or next(iter(entry["files"].values()))
        lines.append(f"- [{label}]({link_target(target)}){where}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def index_html(outcomes: Sequence[Outcome]) -> bytes:
    """A small, accessible HTML page linking every posting's HTML page."""
    items = []
    for entry in _entries(outcomes):
        target = entry["files"].get("html") or next(iter(entry["files"].values()))
        where = f" <span class=\"where\">{html.escape(entry['location'])}</span>" \
            if entry["location"] else ""
        items.append(
            f'  <li><a href="{html.escape(target, quote=True)}">'
            f"{html.escape(entry['title'] or '')}</a> at {html.escape(entry['company'] or '')}"
            f"{where}</li>"
        )
    page = [
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
        *items,
        "</ul>",
        "</main>",
        "</body>",
        "</html>",
    ]
    return ("\n".join(page) + "\n").encode("utf-8")
