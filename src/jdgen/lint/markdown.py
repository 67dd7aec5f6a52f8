"""Markdown -> :class:`Document`, keeping every character's line and column.

Markup is *masked* (replaced by spaces of the same length) instead of removed,
so a column in the masked line is the column in the file. Only the block
structure a posting uses is recognised: front matter, ATX headings, bullets,
paragraphs, tables and fenced code (skipped).
"""

from __future__ import annotations

import re

from jdgen.lint.document import Block, Document, Kind

_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_BULLET = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}[.)])[ \t]+")
_FENCE = re.compile(r"^ {0,3}(```+|~~~+)")
_RULE = re.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_INLINE = re.compile(
    r"\\[!-/:-@\[-`{-~]"          # backslash escape: keep the character, hide the backslash
    r"|\]\(<[^>\n]*>\)"            # link target in angle brackets
    r"|\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"  # link target (optional title)
    r"|<(?:https?|mailto):[^>\s]*>"  # autolink
    r"|</?(?!insert\b|add\b|enter\b|your\b)[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"  # HTML
    r"|(?<![^\W_])_+|_+(?![^\W_])"    # underscore emphasis (not snake_case)
    r"|[*`|]"                      # emphasis, code, table pipes
)


def _mask_match(match: re.Match[str]) -> str:
    text = match.group(0)
    if text.startswith("\\"):
        return " " + text[1]
    return " " * len(text)


def mask_inline(line: str) -> str:
    """Hide inline Markdown syntax, keeping the line's length and columns."""
    return _INLINE.sub(_mask_match, line)


def parse_markdown(text: str) -> Document:
    """Split Markdown into blocks with line/column anchors."""
    doc = Document()
    lines = text.splitlines()
    start = _front_matter(lines, doc)
    current: list[tuple[int, str]] = []  # (line number, masked text) of the open block
    kind: Kind = "paragraph"
    fence: str | None = None

    def flush() -> None:
        nonlocal current
        if current:
            doc.add(_block(kind, current))
        current = []

    for number, raw in enumerate(lines[start:], start=start + 1):
        if fence is not None:
            if raw.strip().startswith(fence):
                fence = None
            continue
        fenced = _FENCE.match(raw)
        if fenced:
            flush()
            fence = fenced.group(1)
            continue
        if not raw.strip() or _RULE.match(raw) or _TABLE_SEP.match(raw):
            flush()
            continue
        heading = _HEADING.match(raw)
        if heading:
            flush()
            masked = " " * heading.end() + mask_inline(raw[heading.end():].rstrip(" #"))
            doc.add(_block("heading", [(number, masked)], level=len(heading.group(1))))
            continue
        bullet = _BULLET.match(raw)
        if bullet:
            flush()
            kind = "bullet"
            current = [(number, " " * bullet.end() + mask_inline(raw[bullet.end():]))]
            continue
        if raw.lstrip().startswith("|"):
            flush()
            doc.add(_block("paragraph", [(number, mask_inline(raw))]))
            continue
        if not current:
            kind = "paragraph"
        current.append((number, mask_inline(raw)))
    flush()
    return doc


def _block(kind: Kind, lines: list[tuple[int, str]], level: int = 0) -> Block:
    parts: list[str] = []
    anchors: list[tuple[int, int, int]] = []
    offset = 0
    for number, masked in lines:
        stripped = masked.lstrip()
        col = len(masked) - len(stripped) + 1
        stripped = stripped.rstrip()
        anchors.append((offset, number, col))
        parts.append(stripped)
        offset += len(stripped) + 1
    return Block(kind, "\n".join(parts), tuple(anchors), level)


def _front_matter(lines: list[str], doc: Document) -> int:
    """Read ``key: value`` pairs from a leading ``---`` block; return lines consumed.

    A nested ``salary:`` mapping (as ``jdgen build --front-matter`` writes) becomes a
    ``salary`` fact from its ``text``, else its ``min`` and ``max``.
    """
    if not lines or lines[0].strip() != "---":
        return 0
    for end in range(1, min(len(lines), 500)):
        if lines[end].strip() in ("---", "..."):
            parent = ""
            pay: dict[str, str] = {}
            for line in lines[1:end]:
                key, sep, value = line.partition(":")
                value = value.strip().strip("'\"")
                if not line.startswith((" ", "\t", "-")):
                    parent = key.strip().lower()
                    if sep and value:
                        doc.facts.setdefault(parent, value)
                elif parent == "salary" and sep and value:
                    pay[key.strip().lower()] = value
            if pay:
                low_high = "–".join(pay[k] for k in ("min", "max") if k in pay)
                text = pay.get("text") or f"{low_high} {pay.get('currency', '')}".strip()
                doc.facts.setdefault("salary", text)
            return end + 1
    return 0
