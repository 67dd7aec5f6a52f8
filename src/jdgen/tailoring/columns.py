"""Text measured in terminal columns: wide East Asian characters take two, marks none.

``textwrap`` counts characters, so a line of Chinese or Japanese text it calls
80 wide fills 160 columns. These helpers wrap and pad by what a terminal shows.
"""

from __future__ import annotations

import unicodedata


def char_width(char: str) -> int:
    """Columns one character takes: 0 for combining marks, 2 for wide ones, else 1."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def width(text: str) -> int:
    """Columns ``text`` takes on one line."""
    return sum(char_width(char) for char in text)


def pad(text: str, columns: int) -> str:
    """``text`` with spaces after it up to ``columns``."""
    return text + " " * max(0, columns - width(text))


def wrap(text: str, columns: int, initial_indent: str = "",
         subsequent_indent: str = "") -> list[str]:
    """Lines of at most ``columns``, broken at spaces (inside a word only if it must)."""
    lines: list[str] = []
    line, indent = initial_indent, initial_indent
    for word in text.split():
        gap = "" if line == indent else " "
        if width(line) + len(gap) + width(word) <= columns:
            line += gap + word
            continue
        if line != indent:
            lines.append(line)
            line = indent = subsequent_indent
        while width(indent) + width(word) > columns:  # a word longer than a whole line
            room = max(1, columns - width(indent))
            head = _cut(word, room)
            lines.append(indent + head)
            word = word[len(head):]
            line = indent = subsequent_indent
        line += word
    if line != indent:
        lines.append(line)
    return lines


def _cut(word: str, columns: int) -> str:
    """The longest start of ``word`` that fits ``columns`` (at least one character)."""
    used = 0
    for index, char in enumerate(word):
        used += char_width(char)
        if used > columns:
            return word[:max(1, index)]
    return word
