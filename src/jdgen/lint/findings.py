"""What a lint finding is: a rule id, a severity, a place, and advice."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any


class Severity(IntEnum):
    """How serious a finding is; higher is worse, so thresholds compare with >=."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        """Lower-case name used in output and config: info, warning, error."""
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        """``'warning'`` -> ``Severity.WARNING``; ValueError for anything else."""
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"'{text}' is not a severity (use error, warning or info)") from None


@dataclass(frozen=True, order=True)
class Position:
    """Where a finding is: a line (text formats) or a paragraph (DOCX), and a column.

    Both are 1-based; ``line`` 0 means the finding is about the whole file.
    """

    line: int = 0
    col: int = 0
    paragraph: bool = False

    def describe(self) -> str:
        """``12:5``, ``paragraph 12, column 5``, or an empty string for a whole file."""
        if self.line == 0:
            return ""
        if self.paragraph:
            return f"paragraph {self.line}, column {self.col}"
        return f"{self.line}:{self.col}"


@dataclass(frozen=True)
class Finding:
    """One problem found in one posting."""

    rule: str
    severity: Severity
    position: Position
    found: str
    why: str
    suggestion: str

    def sort_key(self) -> tuple[int, int, str, str]:
        """Document order, then rule id, then the text found."""
        return (self.position.line, self.position.col, self.rule, self.found)


@dataclass(frozen=True)
class FileReport:
    """All findings for one file (or one posting built in memory)."""

    source: str
    findings: tuple[Finding, ...]
    kind: str = "md"
    stats: dict[str, Any] = field(default_factory=dict)
    also: tuple[str, ...] = ()  # other files holding the same posting (x.html, x.json)
