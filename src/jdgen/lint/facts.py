"""The posting's facts (company, location, locale, people) and the proper names in them.

Facts come from, in order of trust: the build (a company file or options, when a
role is linted before rendering), then the posting itself: front matter, the
facts list (``- **Company:** Acme``), the HTML's JSON-LD JobPosting, or a
sibling ``.json`` JobPosting. The names in them are the employer's, not wording
it chose: "Young Harbor Logistics" is not age-coded and "Lead, SD" is not
masculine-coded, so every wording rule leaves them out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from jdgen.lint.document import Document

_COMPANY = ("company", "employer", "hiring organization", "organisation", "organization")
_LOCATION = ("location", "locations", "where", "office", "based in")
_PEOPLE = ("reports to", "manager", "hiring manager", "contact")
_LOCALE = ("locale", "lang", "language", "inlanguage")
MAX_NAME = 200
_LOCALE_SHAPE = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}|\d{3}))?$")


@dataclass(frozen=True)
class Facts:
    """What lint knows about the posting beyond its wording."""

    company: str | None = None
    location: str | None = None
    locale: str | None = None
    names: tuple[str, ...] = ()


def normal_locale(value: str | None) -> str | None:
    """``en_gb`` -> ``en-GB``; None for anything that is not a language tag."""
    if not value:
        return None
    found = _LOCALE_SHAPE.match(value.strip())
    if not found:
        return None
    language, region = found.group(1).lower(), found.group(2)
    return f"{language}-{region.upper()}" if region else language


def _first(facts: Mapping[str, str], keys: Iterable[str]) -> str | None:
    for key in keys:
        value = facts.get(key, "").strip()
        if value:
            return value
    return None


def _name_parts(value: str) -> list[str]:
    """Proper names in a fact's value: the whole value and each comma-separated part
    that starts with a capital letter (``Dana Young, CEO`` -> Dana Young, CEO)."""
    if len(value) > MAX_NAME:
        return []  # a paragraph, not a name
    value = re.sub(r"\s*\((?:remote|hybrid|on-?site)\)\s*$", "", value.strip().rstrip("."),
                   flags=re.IGNORECASE)
    parts = [value, *(p.strip() for p in re.split(r"[,;/]|\s+-\s+", value))]
    # Short codes (US, CO, NY) are left out: "US citizens only" must still be found.
    return [p for p in parts if len(p) >= 2 and p[0].isupper()
            and not (len(p) <= 3 and p.isupper())]


def collect(doc: Document, given: Mapping[str, str | None] | None = None) -> Facts:
    """The facts for ``doc``: values ``given`` by the build first, then the text's own."""
    given = given or {}
    facts = doc.facts
    company = given.get("company") or _first(facts, _COMPANY)
    location = given.get("location") or _first(facts, _LOCATION)
    locale = normal_locale(given.get("locale")) or normal_locale(_first(facts, _LOCALE))
    names: list[str] = []
    for value in (company, location, *(facts.get(k) for k in (*_COMPANY, *_LOCATION)),
                  *(facts.get(k) for k in _PEOPLE), *(given.get(k) for k in _PEOPLE)):
        if value:
            names += _name_parts(value)
    unique = sorted(set(names), key=lambda n: (-len(n), n))
    return Facts(company, location, locale, tuple(unique))


@cache
def name_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern matching any of ``names`` as whole words, exactly as written
    (a company called "Analytics" is a name; "analytics" in a sentence is a word)."""
    ordered = sorted(set(names), key=lambda n: (-len(n), n))
    if not ordered:
        return None
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in ordered)
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])")
