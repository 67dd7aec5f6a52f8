"""Exclusionary and cliche wording: age-, ability- and gender-coded phrases, jargon.

The phrase list lives in ``data/wording.yaml`` so it can grow without code
changes; every entry says why it matters and what to write instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from jdgen.lint.context import Context, finding, load_data
from jdgen.lint.findings import Finding


@dataclass(frozen=True)
class Phrase:
    """One entry of the wording list, compiled."""

    rule: str
    pattern: re.Pattern[str]
    why: str
    suggest: str


@cache
def phrases() -> tuple[Phrase, ...]:
    """The wording list, one compiled pattern per entry."""
    out = []
    for entry in load_data("wording.yaml"):
        joined = "|".join(f"(?:{p})" for p in entry["patterns"])
        pattern = re.compile(rf"(?<![^\W_])(?:{joined})(?![^\W_])", re.IGNORECASE)
        out.append(Phrase(entry["rule"], pattern, entry["why"], entry["suggest"]))
    return tuple(out)


def check(ctx: Context) -> Iterator[Finding]:
    """One finding per phrase found, at the phrase; names from the facts are left out."""
    for block in ctx.doc.blocks:
        for phrase in phrases():
            for match in phrase.pattern.finditer(block.text):
                if ctx.in_name(block, *match.span()):
                    continue
                yield finding(phrase.rule, block, match.start(), match.group(0),
                              phrase.why, phrase.suggest)
