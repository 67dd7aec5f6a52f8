"""Measures of a posting's shape, used by the tests that hold built-in roles to guidance.

The *body* is everything but the title and the facts list at the top. Bullet share
is the part of the body's words that sit in bullets (guidance: about a third, at
most 45%). Line difference compares two postings line by line, as a reader would
notice it: 1 minus difflib's similarity of their non-blank lines.
"""

from __future__ import annotations

import difflib
import re

WORD = re.compile(r"[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*")


def body_lines(markdown: str) -> list[str]:
    """Non-blank lines after the title and the facts list."""
    lines = [line for line in markdown.splitlines() if line.strip()]
    i = 1 if lines and lines[0].startswith("# ") else 0
    while i < len(lines) and lines[i].startswith("- **"):
        i += 1
    return lines[i:]


def words(text: str) -> int:
    return len(WORD.findall(text))


def body_words(markdown: str) -> int:
    return sum(words(line) for line in body_lines(markdown) if not line.startswith("#"))


def bullet_share(markdown: str) -> float:
    lines = body_lines(markdown)
    bullets = sum(words(line) for line in lines if line.startswith("- "))
    total = sum(words(line) for line in lines if not line.startswith("#"))
    return bullets / total if total else 0.0


def section(markdown: str, heading: str) -> list[str]:
    """The lines of the ``## heading`` section, without the heading."""
    out: list[str] = []
    inside = False
    for line in markdown.splitlines():
        if line.startswith("## "):
            inside = line[3:].strip() == heading
            continue
        if inside and line.strip():
            out.append(line)
    return out


def responsibility_bullets(markdown: str) -> int:
    return sum(line.startswith("- ") for line in section(markdown, "What you will do"))


def line_difference(a: str, b: str) -> float:
    left = [line for line in a.splitlines() if line.strip()]
    right = [line for line in b.splitlines() if line.strip()]
    return 1 - difflib.SequenceMatcher(None, left, right, autojunk=False).ratio()
