"""What became of one posting in a batch: its files and listing, or why it failed.

The batch makes these and the site pages read them; the type lives on its
own so the pages need not import the batch that feeds them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from concurrent.futures import Future


@dataclass
class Outcome:
    """What became of one posting."""

    index: int
    where: str
    role: str
    stem: str | None = None
    title: str | None = None
    company: str | None = None
    location: str | None = None
    date_posted: str | None = None
    date_modified: str | None = None  # the day its content last changed (see site/record.py)
    files: dict[str, bytes] = field(default_factory=dict)
    listing: dict[str, Any] = field(default_factory=dict)  # what the index and feeds show
    warnings: list[str] = field(default_factory=list)
    lint: list[dict[str, Any]] = field(default_factory=list)  # --lint findings, located
    error: str | None = None
    located: bool = False  # the error lines name their own file:line:col
    pending: dict[str, Future[bytes]] = field(default_factory=dict)  # PDFs being typeset
    row: int | None = None  # its number in the manifest (1 is the first posting)
    closed: bool = False  # past its closing date: its page stays, out of the index and feeds
    valid_through: str | None = None
    content: str | None = None  # a digest of what it says (dates aside)
    inputs: str | None = None  # a digest of everything it is made from (site/incremental.py)
    board: dict[str, Any] = field(default_factory=dict)  # what job-board feeds show of it
    kept: bytes | None = None  # its earlier record line, when it was not rendered again

    @property
    def ok(self) -> bool:
        return self.error is None

    def problems(self) -> list[str]:
        """The failure as ``file:line:col: message`` lines (empty when it succeeded)."""
        if self.error is None:
            return []
        if self.located:
            return self.error.splitlines()
        return [f"{self.where}: {self.error}"]
