"""The preview: the posting's HTML with lint findings marked, and its plain text."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jdgen.lint import Finding

_TAG = re.compile(r"(<[^>]*>)")


@dataclass(frozen=True)
class Note:
    """A lint finding as the preview lists it; ``marked`` when it is shown in the text."""

    number: int
    severity: str
    rule: str
    found: str
    why: str
    suggestion: str
    marked: bool


def mark_findings(body: str, findings: Sequence[Finding]) -> tuple[str, list[Note]]:
    """``body`` (HTML) with each finding's words wrapped in a numbered ``<mark>``."""
    pieces = _TAG.split(body)
    marks: dict[int, list[tuple[int, int, int]]] = {}
    notes = []
    for number, finding in enumerate(findings, 1):
        where = _place(pieces, marks, html.escape(finding.found, quote=False)) \
            if finding.position.line and 0 < len(finding.found) <= 80 else None
        if where is not None:
            index, start = where
            marks.setdefault(index, []).append(
                (start, start + len(html.escape(finding.found, quote=False)), number))
        notes.append(Note(number, finding.severity.label, finding.rule, finding.found,
                          finding.why, finding.suggestion, where is not None))
    for index, spans in marks.items():
        text = pieces[index]
        out, last = [], 0
        for start, end, number in sorted(spans):
            out += [text[last:start], f'<mark id="found-{number}">', text[start:end],
                    f'<a class="note-ref" href="#note-{number}">[{number}]</a></mark>']
            last = end
        pieces[index] = "".join(out) + text[last:]
    return "".join(pieces), notes


def _place(pieces: list[str], marks: dict[int, list[tuple[int, int, int]]],
           found: str) -> tuple[int, int] | None:
    """The first text piece and offset holding ``found`` that no other mark covers."""
    pattern = re.compile(rf"(?<!\w){re.escape(found)}(?!\w)", re.IGNORECASE)
    for index, piece in enumerate(pieces):
        if index % 2:  # a tag
            continue
        for match in pattern.finditer(piece):
            taken = marks.get(index, [])
            if all(match.end() <= s or match.start() >= e for s, e, _ in taken):
                return index, match.start()
    return None


_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")


def plain_text(markdown: str) -> str:
    """The posting as plain text for a job board's text box: no Markdown marks."""
    lines = []
    for line in markdown.splitlines():
        text = re.sub(r"^#{1,6}\s+", "", line)
        text = re.sub(r"^(\s*)[-*+]\s+", lambda m: m.group(1) + "• ", text)
        text = _LINK.sub(lambda m: m.group(1) if m.group(2).rstrip("/").endswith(
            m.group(1).rstrip("/")) or m.group(2) in ("", m.group(1))
            else f"{m.group(1)} ({m.group(2)})", text)
        text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
        text = re.sub(r"(?<![\w*])[*_](\S(?:.*?\S)?)[*_](?![\w*])", r"\1", text)
        text = text.replace("\\", "") if "\\" in text else text
        lines.append(text.rstrip())
    return "\n".join(lines).strip() + "\n"
