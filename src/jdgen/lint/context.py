"""What every rule receives, and small helpers shared by the rule modules."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from jdgen.lint.config import LintConfig
from jdgen.lint.document import Block, Document
from jdgen.lint.facts import Facts, name_pattern
from jdgen.lint.findings import Finding
from jdgen.lint.rules import default_severity

WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z0-9])")
_SPACES = re.compile(r"\s+")


@dataclass
class Context:
    """A parsed posting plus the settings and facts known from outside the text."""

    doc: Document
    config: LintConfig
    today: dt.date
    employees: int | None = None
    location: str | None = None  # from the build request, when linting before rendering
    remote: bool | None = None
    has_pay: bool | None = None
    facts: Facts = field(default_factory=Facts)
    stats: dict[str, Any] = field(default_factory=dict)
    _names: dict[int, list[tuple[int, int]]] = field(default_factory=dict, repr=False)

    @property
    def locale(self) -> str | None:
        """The posting's locale (``en-GB``) from the build, front matter, ``<html lang>``
        or the JSON-LD, for rules whose advice depends on it; None when not given."""
        return self.facts.locale

    def in_name(self, block: Block, start: int, end: int) -> bool:
        """True when ``block.text[start:end]`` overlaps a proper name from the facts."""
        spans = self._names.get(id(block))
        if spans is None:
            pattern = name_pattern(self.facts.names)
            spans = [m.span() for m in pattern.finditer(block.text)] if pattern else []
            self._names[id(block)] = spans
        return any(s < end and start < e for s, e in spans)


def finding(rule: str, block: Block | None, offset: int, found: str, why: str,
            suggestion: str) -> Finding:
    """A finding at ``offset`` in ``block`` (or about the whole file when block is None)."""
    from jdgen.lint.findings import Position

    position = block.position(offset) if block is not None else Position()
    return Finding(rule, default_severity(rule), position, squash(found), why, suggestion)


def squash(text: str, limit: int = 160) -> str:
    """One line of text, whitespace collapsed, cut at ``limit`` characters."""
    text = _SPACES.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def sentences(block: Block) -> Iterator[tuple[int, str]]:
    """(offset, text) of each sentence in a block; a bullet or short line is one."""
    text = block.text
    start = len(text) - len(text.lstrip())
    for match in _SENTENCE_END.finditer(text):
        piece = text[start:match.start()]
        if WORD.search(piece):
            yield start, piece
        start = match.end()
    piece = text[start:]
    if WORD.search(piece):
        yield start, piece


def words(text: str) -> list[str]:
    """The words in ``text``; numbers count, punctuation does not."""
    return WORD.findall(text)


@cache
def load_data(name: str) -> Any:
    """A YAML file shipped in ``jdgen/lint/data`` (read once per process)."""
    import yaml

    text = resources.files("jdgen.lint").joinpath("data", name).read_text(encoding="utf-8")
    return yaml.safe_load(text)
