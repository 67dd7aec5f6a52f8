"""The pay-transparency table (``lint/data/pay_transparency.yaml``) and location matching.

It lives outside :mod:`jdgen.lint` because a build uses it too (to warn when a
pay law asks for benefits the inputs do not give), and a build should not load
the whole linter.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

COUNTRIES = {
    "US": {"united states", "united states of america", "usa", "us", "u.s.", "u.s.a.", "america"},
    "CA": {"canada"},
    "EU": {"european union", "eu"},
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Match(_Strict):
    """Names that place a posting in the jurisdiction."""

    cities: list[str] = Field(default_factory=list)
    regions: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)


class MaxWidth(_Strict):
    """Largest allowed spread between the top and bottom of a range."""

    amount: int
    unless_top_above: int | None = None


class Jurisdiction(_Strict):
    """One law that requires pay in job postings."""

    name: str
    law: str
    country: Literal["US", "CA", "EU"]
    effective: dt.date
    min_employees: int = Field(ge=1)
    disclose: str
    benefits: bool
    remote: bool
    disclosure: Literal["posting", "before-interview"]
    match: Match
    max_width: MaxWidth | None = None
    source: str = Field(pattern=r"^https://")

    def covers(self, parts: list[str], remote: bool) -> bool:
        """Whether a posting at ``parts`` (location split on commas) falls under this law."""
        folded = [p.casefold() for p in parts]
        if folded and folded[0] in {c.casefold() for c in self.match.cities}:
            return True
        regions = {r.casefold() for r in self.match.regions}
        # "City, Region" or "City, Region, Country": the last of three parts is a
        # country, so "Hamilton, ON, CA" is Canada and never California.
        middle = folded[1:-1] if len(folded) > 2 else folded[1:] if len(folded) > 1 else folded
        if any(p in regions for p in middle):
            return True
        if any(p in {c.casefold() for c in self.match.countries} for p in folded):
            return True
        if remote and self.remote:
            # Remote and open to the whole country (or nowhere named): the hire may live here.
            if not folded:
                return True
            return all(p in COUNTRIES[self.country] for p in folded) or (
                self.country == "EU" and any(p in COUNTRIES["EU"] for p in folded))
        return False


class PayTable(_Strict):
    """The whole table, with the date it was last checked."""

    reviewed: dt.date
    jurisdictions: list[Jurisdiction]


@cache
def pay_table() -> PayTable:
    """The shipped table, validated once per process, and kept in the per-user cache.

    Parsing the YAML and building the table's validators cost a single build
    more than the rest of tailoring; the cached entry is JSON data, named by
    the table's file and this module's source, and rebuilt without pydantic.
    """
    import pydantic

    from jdgen import cache
    from jdgen.inputs.modeldata import dump, rebuild

    source = cache.sources("jdgen.lint.context")[0].with_name("data") / "pay_transparency.yaml"
    name = cache.key_with_code([source, *cache.sources("jdgen.tailoring.paytable")], "pay-table",
                               pydantic.VERSION)
    stored = cache.load(_CACHE, name) if name else None
    if stored is not None:
        try:
            return rebuild(PayTable, stored)
        except ValueError:  # a damaged entry only means reading the table again
            pass
    import yaml

    table = PayTable.model_validate(yaml.safe_load(source.read_text(encoding="utf-8")))
    if name:
        cache.store(_CACHE, name, dump(table))
    return table


_CACHE = "tables"


_ARRANGEMENT = re.compile(r"\s*\((remote|hybrid|on-?site)\)\s*$", re.IGNORECASE)


def split_location(text: str) -> tuple[list[str], str | None]:
    """``'Denver, CO (hybrid)'`` -> (['Denver', 'CO'], 'hybrid')."""
    arrangement = None
    found = _ARRANGEMENT.search(text)
    if found:
        arrangement = found.group(1).lower()
        text = text[: found.start()]
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) == 1 and parts[0].casefold() in ("remote", "anywhere", "worldwide"):
        return [], "remote"
    return parts, arrangement
