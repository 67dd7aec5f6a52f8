"""A posting as plain text blocks that remember where each character came from.

Every input format (Markdown, DOCX, HTML) is turned into a :class:`Document`:
a list of blocks (headings, paragraphs, bullets) whose ``text`` is what a
reader sees, plus anchors that map an offset in that text back to a line and
column (or a DOCX paragraph). Rules only ever look at blocks, so they work the
same for every format.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from jdgen.lint.findings import Position

Kind = Literal["heading", "paragraph", "bullet"]


@dataclass(frozen=True)
class Block:
    """One heading, paragraph or bullet as a reader sees it."""

    kind: Kind
    text: str
    anchors: tuple[tuple[int, int, int], ...]  # (offset in text, line, column), sorted
    level: int = 0  # heading level, 1-6
    paragraph: bool = False  # True: lines are DOCX paragraph numbers

    @cached_property
    def _index(self) -> tuple[list[int], list[int]]:
        """Anchor offsets and newline offsets, for fast lookups in huge blocks."""
        newlines = [i for i, ch in enumerate(self.text) if ch == "\n"]
        return [a[0] for a in self.anchors], newlines

    def position(self, offset: int) -> Position:
        """The line (or paragraph) and column of ``offset`` within ``text``."""
        starts, newlines = self._index
        i = max(bisect.bisect_right(starts, offset) - 1, 0)
        start, line, col = self.anchors[i]
        first = bisect.bisect_left(newlines, start)
        last = bisect.bisect_left(newlines, offset)
        if last > first:
            line += last - first
            col = offset - newlines[last - 1]
        else:
            col += offset - start
        return Position(line, col, self.paragraph)

    @property
    def start(self) -> Position:
        """Where the block's first visible character is."""
        return self.position(len(self.text) - len(self.text.lstrip()))


@dataclass
class Document:
    """A posting's blocks plus the few facts rules need (location, pay, date)."""

    blocks: list[Block] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # lower-case label -> value
    fact_blocks: dict[str, Block] = field(default_factory=dict)

    def prose(self) -> Iterator[Block]:
        """Paragraphs and bullets: the text people read as sentences."""
        return (b for b in self.blocks if b.kind != "heading")

    def headings(self) -> Iterator[Block]:
        """Every heading, in order."""
        return (b for b in self.blocks if b.kind == "heading")

    def add(self, block: Block) -> None:
        """Append ``block``; a bullet like ``Location: Denver, CO`` is also a fact, and so
        is each ``Label: value.`` on a line (``Salary: competitive. Location: Brooklyn``)."""
        self.blocks.append(block)
        if block.kind not in ("bullet", "paragraph"):
            return
        for piece in _NEXT_FACT.split(block.text):
            label, sep, value = piece.partition(":")
            label = label.strip().lower()
            value = value.strip()
            if value.endswith(".") and not value.endswith(".."):
                value = value[:-1].rstrip()
            if sep and 0 < len(label) <= 20 and value and "\n" not in label:
                self.facts.setdefault(label, value)
                self.fact_blocks.setdefault(label, block)


# Where a second ``Label: value`` starts on the same line: after a full stop or
# semicolon, a capitalised label of at most three words, then a colon.
_NEXT_FACT = re.compile(r"(?<=[.;])\s+(?=[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}:\s)")


def make_block(kind: Kind, text: str, line: int, col: int = 1, *, level: int = 0,
               paragraph: bool = False) -> Block:
    """A block whose text starts at ``line``:``col`` and keeps its own newlines."""
    return Block(kind, text, ((0, line, col),), level, paragraph)
