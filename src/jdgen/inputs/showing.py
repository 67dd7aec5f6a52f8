"""Roles as people read them in a terminal: the catalogue table and one role in full."""

from __future__ import annotations

import json
import os
import textwrap
from collections.abc import Sequence
from pathlib import Path

from jdgen.inputs.discovery import Catalog, RoleEntry, normalise
from jdgen.inputs.overlay import norm
from jdgen.models import FocusVariant, Role, area_key, text_of
from jdgen.tailoring.variants import Item, described

LEVELS = {
    "executive": "Executive",
    "director": "Director",
    "senior-manager": "Senior manager",
    "manager": "Manager",
    "individual-contributor": "Individual contributor",
}


def source(entry: RoleEntry, cwd: Path | None = None) -> str:
    """'built-in', or the file's path (relative to ``cwd`` when it is inside it)."""
    if entry.builtin:
        return "built-in"
    return _short(entry.path, cwd)


def _short(path: Path, cwd: Path | None) -> str:
    base = cwd or Path.cwd()
    try:
        return str(path.resolve().relative_to(base.resolve()))
    except ValueError:
        return str(path)


def aliases(role: Role) -> list[str]:
    """The aliases worth showing: not the id or title again in another spelling."""
    seen = {role.id, normalise(role.title)}
    shown = []
    for alias in role.aliases:
        if normalise(alias) not in seen:
            seen.add(normalise(alias))
            shown.append(alias)
    return shown


def roles_table(catalog: Catalog, cwd: Path | None = None) -> str:
    """One aligned row per role: id, title, level, aliases, where it comes from."""
    header = ("ID", "TITLE", "LEVEL", "ALIASES", "SOURCE")
    rows = [header]
    notes: list[str] = []
    for role_id in sorted(catalog.entries):
        entry = catalog.entries[role_id]
        role = entry.role
        where = source(entry, cwd)
        if entry.origins is not None:
            where += f" (extends {entry.origins.base})"
        rows.append((role.id, role.title, LEVELS[role.level], ", ".join(aliases(role)) or "-",
                     where))
        for hidden in entry.shadows:
            notes.append(f"{role.id}: {source(entry, cwd)} overrides {_short(hidden, cwd)}")
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[-1]
             for row in rows]
    if notes:
        lines += ["", *notes]
    return "\n".join(lines) + "\n"


def describe_role(entry: RoleEntry, width: int | None = None, cwd: Path | None = None) -> str:
    """The whole role as plain text, wrapped to the terminal.

    For an overlay, a text or section the overlay set ends in ``[file:line]``;
    everything else comes from the role it extends.
    """
    role = entry.role
    origins = entry.origins

    def at(*key: str) -> str | None:
        return origins.of(*key) if origins is not None else None

    width = max(40, min(width or _terminal_width(), 100))
    out: list[str] = [role.title, "=" * len(role.title), ""]
    facts = [
        ("Id", role.id),
        ("Aliases", ", ".join(aliases(role)) or "-"),
        ("Level", LEVELS[role.level]),
        ("Scope", role.scope_description),
        ("Reports to", role.reports_to),
        ("Works with", ", ".join(role.works_with) or "-"),
        ("Typical team", role.typical_team or "-"),
        ("O*NET-SOC", role.onet_soc),
        ("Source", source(entry, cwd)),
    ]
    if origins is not None:
        facts.append(("Extends", f"{' -> '.join(reversed(origins.chain))} "
                                 f"({_short_source(origins.base_source, cwd)})"))
    label = max(len(k) for k, _ in facts) + 2
    for key, value in facts:
        out += textwrap.wrap(value, width, initial_indent=f"{key + ':':<{label}}",
                             subsequent_indent=" " * label) or [f"{key}:"]

    def marked(key: tuple[str, ...], items: Sequence[Item], prefix: str = "") -> list[str]:
        """Each item's text; an overlay's own items end with where the overlay set them."""
        shown = described(items)
        if origins is None:
            return [prefix + text for text in shown]
        return [prefix + text + _from(origins.of(*key, norm(text_of(item))))
                for text, item in zip(shown, items, strict=True)]

    for paragraph in marked(("summary",), role.summary):
        out += ["", *textwrap.wrap(paragraph, width)]

    def section(title: str, items: list[str], where: str | None = None) -> None:
        heading = title + _from(where)
        out.extend(["", heading, "-" * len(heading)])
        for item in items:
            out.extend(textwrap.wrap(item, width, initial_indent="  - ", subsequent_indent="    ",
                                     break_on_hyphens=origins is None))

    note = ("A text marked '(when ...)' is used only where its conditions hold (see --size, "
            "--stage, --industry, --focus, --reports-to); {names} are filled in from the "
            "company and the industry.")
    if origins is not None:
        note += (f" Texts and sections marked [file:line] come from {source(entry, cwd)}; "
                 f"the rest from '{origins.base}'.")
    out += ["", *textwrap.wrap(note, width)]
    for area in role.responsibilities:
        place = ("responsibilities", area_key(area))
        section(area.name, marked((*place, "summary"), area.summary, "(paragraph) ")
                + marked((*place, "bullets"), area.bullets),
                at(*place) or at(*place, "changed"))
    section("Required", marked(("qualifications", "required"), role.qualifications.required))
    if role.qualifications.preferred:
        section("Preferred",
                marked(("qualifications", "preferred"), role.qualifications.preferred))
    section("Skills", marked(("skills",), role.skills))
    if role.success.first_year:
        section("By the end of the first year",
                marked(("success", "first_year"), role.success.first_year))
    if role.success.first_90_days:
        section("First 90 days", marked(("success", "first_90_days"), role.success.first_90_days))
    section("Measured by", marked(("success", "kpis"), role.success.kpis))
    if role.terms:
        section("Terms ({placeholders} an industry may change)",
                [f"{key}: {value}" + _from(at("terms", key))
                 for key, value in role.terms.items()])
    if role.focus:
        section("Focus variants (--focus)",
                [f"{key}: {variant.summary}" + _focus_parts(variant) + _from(at("focus", key))
                 for key, variant in role.focus.items()])
    if role.industries:
        section("Industry emphasis (--industry)",
                [f"{key}" + (f" (also: {', '.join(e.aliases)})" if e.aliases else "")
                 + (f"; terms: {', '.join(f'{k}={v}' for k, v in e.terms.items())}"
                    if e.terms else "")
                 + (f"; omits: {', '.join(e.omit)}" if e.omit else "")
                 + _from(at("industries", key))
                 for key, e in role.industries.items()])
    if origins is not None and origins.removed():
        section(f"Removed from '{origins.base}'",
                [what + _from(where) for what, where in origins.removed()])
    return "\n".join(out) + "\n"


def _focus_parts(variant: FocusVariant) -> str:
    """' (terms: area=logistics; leads with: 1 must-have, 2 measures)' for a focus."""
    parts = []
    if variant.terms:
        parts.append(f"terms: {', '.join(f'{k}={v}' for k, v in variant.terms.items())}")
    counts = [(len(variant.required), "must-have"), (len(variant.preferred), "extra"),
              (len(variant.first_year), "outcome"), (len(variant.kpis), "measure")]
    led = [f"{n} {noun}{'s' if n != 1 else ''}" for n, noun in counts if n]
    if led:
        parts.append(f"leads with: {', '.join(led)}")
    return f" ({'; '.join(parts)})" if parts else ""


def _from(where: str | None) -> str:
    return f"  [{where}]" if where else ""


def _short_source(text: str, cwd: Path | None) -> str:
    return text if text == "built-in" else _short(Path(text), cwd)


def role_json(role: Role) -> str:
    """The role as JSON data, keys in model order."""
    return json.dumps(role.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def _terminal_width() -> int:
    try:
        return os.get_terminal_size().columns
    except OSError:
        return 80
