"""Conditional texts: which items of a role apply to one posting, with placeholders filled.

A role file writes any list of texts as plain strings (always used) or as
``{text: ..., when: {size: [small], industry: [healthcare]}}`` (used when every
condition matches). Texts may name ``{placeholders}``: facts (``{company}``,
``{manager}``, ``{industry}``, ``{title}``) and the role's ``terms``, which an
industry may override (``site: plant``) and a focus after it (``area:
logistics``). A capitalised name (``{Manager}``, ``{Site}``) gives the value
with a capital first letter, for the start of a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from jdgen.models import LineVariant, Role, Size, TextVariant, When

Item = str | LineVariant | TextVariant

FACTS = ("company", "manager", "industry", "title")
PLACEHOLDER = re.compile(r"\{([A-Za-z][A-Za-z0-9_-]*)\}")
_FILLED = re.compile(r"\{([A-Za-z][A-Za-z0-9_-]*)\}('s\b)?")

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Context:
    """The facts conditions are tested against, and the values placeholders take."""

    size: Size
    stage: str | None
    industry: str
    focus: str
    reports_to: str
    values: Mapping[str, str]
    sites: str = "one"

    def matches(self, when: When | None) -> bool:
        """True when every condition of ``when`` holds for this posting."""
        if when is None:
            return True
        # Plain checks, not a loop: a batch asks this dozens of times per posting.
        return ((when.size is None or self.size in when.size)
                and (when.stage is None or self.stage in when.stage)
                and (when.industry is None or self.industry in when.industry)
                and (when.focus is None or self.focus in when.focus)
                and (when.reports_to is None or self.reports_to in when.reports_to)
                and (when.sites is None or self.sites in when.sites))

    def fill(self, text: str) -> str:
        """``text`` with its placeholders replaced; values are never scanned again.

        ``{company}'s`` reads "Northwind Traders'" for a name that ends in s.
        """
        return _FILLED.sub(self._value, text) if "{" in text else text

    def _value(self, match: re.Match[str]) -> str:
        name, possessive = match.group(1), match.group(2) or ""
        lowered = name[:1].lower() + name[1:]
        if name in self.values:
            value = self.values[name]
        elif lowered in self.values:
            value = self.values[lowered]
            value = value[:1].upper() + value[1:]
        else:
            return match.group(0)
        if possessive and value.endswith("s"):
            return value + "'"
        return value + possessive

    def pick(self, items: Sequence[Item]) -> list[str]:
        """Every item whose conditions match, filled."""
        return [self.fill(text) for text, when in _split(items)
                if when is None or self.matches(when)]

    def first(self, items: Sequence[Item]) -> str | None:
        """The first item whose conditions match, filled; None when none does."""
        for text, when in _split(items):
            if when is None or self.matches(when):
                return self.fill(text)
        return None


def conditions(when: When | None) -> str:
    """'size: small; industry: healthcare', or '' for a text that is always used."""
    if when is None:
        return ""
    parts = [f"{key}: {', '.join(values)}" for key, values in when.model_dump().items() if values]
    return "; ".join(parts)


def described(items: Iterable[Item]) -> list[str]:
    """Each item's text, followed by '(when ...)' when it has conditions."""
    out = []
    for text, when in _split(items):
        rule = conditions(when)
        out.append(f"{text} (when {rule})" if rule else text)
    return out


def _split(items: Iterable[Item]) -> Iterator[tuple[str, When | None]]:
    for item in items:
        if isinstance(item, str):
            yield item, None
        else:
            yield item.text, item.when


# ------------------------------------------------------------------ checking


def role_problems(role: Role) -> list[tuple[Loc, str]]:
    """Placeholders, terms and conditions in ``role`` that name nothing it defines."""
    known = set(role.terms) | set(FACTS)
    industries = set(role.industries) | {"general"}
    focuses = set(role.focus) | {"none"}
    areas = {area.name.casefold() for area in role.responsibilities}
    found: list[tuple[Loc, str]] = []

    def items(loc: Loc, values: Sequence[Item]) -> None:
        for i, item in enumerate(values):
            where = (*loc, i) if isinstance(item, str) else (*loc, i, "text")
            text(where, item if isinstance(item, str) else item.text)
            if not isinstance(item, str):
                check_when((*loc, i, "when"), item.when)

    def text(loc: Loc, value: str) -> None:
        for match in PLACEHOLDER.finditer(value):
            name = match.group(1)
            if name not in known and name[:1].lower() + name[1:] not in known:
                found.append((loc, f"unknown placeholder {{{name}}}; define it under the "
                                   f"role's terms or use one of {{{'}, {'.join(FACTS)}}}"))

    def check_when(loc: Loc, when: When) -> None:
        for key, allowed, values in (("industry", industries, when.industry),
                                     ("focus", focuses, when.focus)):
            for i, value in enumerate(values or ()):
                if value not in allowed:
                    found.append(((*loc, key, i), f"'{value}' is not one of this role's "
                                  f"{key} ids: {', '.join(sorted(allowed))}"))

    items(("summary",), role.summary)
    for n, area in enumerate(role.responsibilities):
        items(("responsibilities", n, "summary"), area.summary)
        items(("responsibilities", n, "bullets"), area.bullets)
    items(("qualifications", "required"), role.qualifications.required)
    items(("qualifications", "preferred"), role.qualifications.preferred)
    items(("skills",), role.skills)
    for name in ("first_year", "first_90_days", "kpis"):
        items(("success", name), getattr(role.success, name))
    for key, focus in role.focus.items():
        for term in focus.terms:
            if term not in role.terms:
                found.append((("focus", key, "terms", term), f"'{term}' is not one of the "
                              "role's terms; add a default for it under the role's terms"))
        text(("focus", key, "summary"), focus.summary)
        for name in ("responsibilities", "skills", "required", "preferred", "first_year",
                     "kpis"):
            items(("focus", key, name), getattr(focus, name))
    for key, emphasis in role.industries.items():
        loc: Loc = ("industries", key)
        for term in emphasis.terms:
            if term not in role.terms:
                found.append(((*loc, "terms", term), f"'{term}' is not one of the role's "
                              "terms; add a default for it under the role's terms"))
        items((*loc, "context"), emphasis.context)
        for name in ("required", "preferred", "first_year", "kpis"):
            items((*loc, name), getattr(emphasis, name))
        omitted = {name.casefold() for name in emphasis.omit}
        for i, duty in enumerate(emphasis.duties):
            text((*loc, "duties", i, "text"), duty.text)
            check_when((*loc, "duties", i, "when"), duty.when)
            if duty.area.casefold() not in areas:
                found.append(((*loc, "duties", i, "area"), f"'{duty.area}' is not one of the "
                              "role's responsibility areas"))
            elif duty.area.casefold() in omitted:
                found.append(((*loc, "duties", i, "area"), f"'{duty.area}' is omitted in this "
                              "industry"))
    return found
