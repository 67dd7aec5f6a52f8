"""Role overlays: merge a role file that ``extends`` another onto its base.

The overlay's shape is checked first (:class:`~jdgen.inputs.overlaymodels.RoleOverlay`),
then its edits are applied to the base role's data and the result is validated
as a whole role. Every edit that names something the base lacks (a text, an
area, an industry) is an error naming the overlay's file, line and field, so an
overlay never silently stops doing what it says when its base changes.

Each merged role remembers where its parts came from (:class:`Origins`), for
``jdgen show``. Which base an overlay gets is :mod:`jdgen.inputs.overlayresolve`'s
business; merges done before come from :mod:`jdgen.inputs.overlaycache`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdgen.errors import DataError
from jdgen.inputs.validation import dotted, validate
from jdgen.models import Role, area_key

if TYPE_CHECKING:
    from jdgen.inputs.yamlfile import Loc, YamlDoc


@dataclass
class Overlay:
    """An overlay file whose shape has been checked, waiting for its base.

    ``fingerprint`` names the file's bytes in the cache; an overlay whose head
    (id and base) came from the cache has no ``doc`` until :meth:`document`
    parses ``raw``, which only a merge that is not cached needs.
    """

    id: str
    extends: str
    path: Path
    doc: YamlDoc | None = None
    raw: bytes = b""
    fingerprint: str | None = None

    def document(self) -> YamlDoc:
        """The overlay's YAML, with positions (parsed on first use)."""
        if self.doc is None:
            from jdgen.inputs.yamlfile import decode, read_yaml

            self.doc = read_yaml(self.path, text=decode(self.path, self.raw))
        return self.doc


def read_overlay(doc: YamlDoc, raw: bytes = b"", fingerprint: str | None = None) -> Overlay:
    """Check ``doc`` as an overlay (its shape only; the base is merged later)."""
    from jdgen.inputs.overlaymodels import RoleOverlay

    checked = validate(RoleOverlay, doc)
    overlay = Overlay(checked.id, checked.extends, doc.path, doc, raw, fingerprint)
    if fingerprint is not None:
        from jdgen.inputs.overlaycache import store_head

        store_head(fingerprint, overlay.id, overlay.extends)
    return overlay


def cached_overlay(path: Path, raw: bytes, fingerprint: str) -> Overlay | None:
    """The overlay these bytes were found to be before (its id and base), if the cache knows."""
    from jdgen.inputs.overlaycache import cached_head

    head = cached_head(fingerprint)
    return Overlay(head[0], head[1], path, None, raw, fingerprint) if head else None


@dataclass(frozen=True)
class Origins:
    """Where the parts of a merged role came from.

    ``parts`` maps a part (a field name; ``responsibilities`` and an area id; a
    list's path and one text of it, normalised by :func:`norm`; or ``removed``
    and what was removed) to the ``file:line`` of the overlay that set it;
    anything not there comes from ``base``.
    """

    base: str
    base_source: str
    chain: tuple[str, ...] = ()
    parts: dict[tuple[str, ...], str] = field(default_factory=dict)

    def of(self, *key: str) -> str | None:
        """The overlay position that set ``key``, if an overlay did."""
        return self.parts.get(key)

    def to_json(self) -> str:
        """These origins as JSON (for the cache)."""
        return json.dumps({"base": self.base, "base_source": self.base_source,
                           "chain": list(self.chain),
                           "parts": [[list(key), where] for key, where in self.parts.items()]})

    @classmethod
    def from_data(cls, data: Any) -> Origins:
        """Origins from :meth:`to_json`'s data; ``ValueError`` if they do not fit."""
        try:
            parts = {tuple(str(k) for k in key): str(where) for key, where in data["parts"]}
            return cls(str(data["base"]), str(data["base_source"]),
                       tuple(str(c) for c in data["chain"]), parts)
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ValueError("not the origins of a merged role") from None

    def removed(self) -> list[tuple[str, str]]:
        """What overlays removed from their bases: (what, where), in the order removed."""
        return [(key[1], where) for key, where in self.parts.items() if key[0] == "removed"]


def norm(text: str) -> str:
    """Text compared the forgiving way: case and runs of spaces do not matter."""
    return " ".join(text.split()).casefold()


def _text(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("text", ""))
    return str(item)


# How each field merges: TEXTS is a list of texts, AREAS the responsibility areas, TERMS a
# mapping of words, DUTIES an industry's duties; a dict is a nested object; an _Entries is a
# mapping of named entries, each with its own shape. Any other field is replaced.
TEXTS, AREAS, TERMS, DUTIES = "texts", "areas", "terms", "duties"


@dataclass(frozen=True)
class _Entries:
    noun: str
    shape: dict[str, Any]


_AREA: dict[str, Any] = {"summary": TEXTS, "bullets": TEXTS}
_ROLE: dict[str, Any] = {
    "aliases": TEXTS, "works_with": TEXTS, "summary": TEXTS, "skills": TEXTS, "terms": TERMS,
    "responsibilities": AREAS,
    "qualifications": {"required": TEXTS, "preferred": TEXTS},
    "success": {"first_year": TEXTS, "first_90_days": TEXTS, "kpis": TEXTS},
    "focus": _Entries("focus", {
        "terms": TERMS, "responsibilities": TEXTS, "skills": TEXTS, "required": TEXTS,
        "preferred": TEXTS, "first_year": TEXTS, "kpis": TEXTS}),
    "industries": _Entries("industry", {
        "aliases": TEXTS, "terms": TERMS, "context": TEXTS, "duties": DUTIES, "required": TEXTS,
        "preferred": TEXTS, "first_year": TEXTS, "kpis": TEXTS, "omit": TEXTS}),
}
_NULL_ADVICE: dict[Any, str] = {
    TEXTS: "a list; give a list to replace the base's, or remove/replace/add to edit it",
    AREAS: "the responsibility areas; give a list of areas, or remove/replace/change/add",
    TERMS: "the terms; set one term to null to remove it (e.g. terms: {some-term: null})",
    DUTIES: "the duties; give a list of duties, or remove/add to edit them",
    dict: "a group of fields; leave it out to keep the base's, or give the fields to change",
}
_NOUNS = {"bullets": "bullet", "summary": "paragraph", "context": "paragraph", "skills": "skill",
          "kpis": "measure", "required": "requirement", "preferred": "preferred qualification",
          "first_year": "first-year outcome", "first_90_days": "90-day outcome",
          "aliases": "alias", "works_with": "works_with entry", "omit": "omission",
          "responsibilities": "bullet"}


def merge(base: Role, overlay: Overlay, base_source: str,
          inherited: Origins | None = None) -> tuple[Role, Origins]:
    """The base role with the overlay's edits applied, validated; and where each part is from."""
    from jdgen.inputs import overlaycache
    inherited_json = inherited.to_json() if inherited else "null"
    name = (overlaycache.merged_name(overlay.fingerprint, base, base_source, inherited_json)
            if overlay.fingerprint else None)
    found = overlaycache.cached_merge(name) if name else None
    if found is not None:
        try:
            return found[0], Origins.from_data(found[1])
        except ValueError:
            pass  # a damaged entry: merge again
    data = base.model_dump(exclude_none=True)
    if overlay.id != base.id:  # names that select a role belong to one role only
        data.pop("aliases", None)
    parts = dict(inherited.parts) if inherited else {}
    merger = _Merger(overlay, base.id, parts)
    for key, value in overlay.document().data.items():
        if key != "extends":
            merger.apply(data, str(key), value, (str(key),), _ROLE.get(str(key)), (str(key),))
    if merger.problems:
        raise DataError(merger.problems)
    for old, new in merger.renames:
        _follow(data, old, new)
    role = _validate_merged(data, overlay, base.id)
    chain = (*(inherited.chain if inherited else ()), base.id)
    origins = Origins(base.id, base_source, chain, parts)
    if name:
        overlaycache.store_merge(name, role, origins.to_json())
    return role, origins


def _validate_merged(data: dict[str, Any], overlay: Overlay, base_id: str) -> Role:
    """Validate the merged data as a role; errors point at the nearest part of the overlay."""
    from pydantic import ValidationError

    from jdgen.inputs.validation import data_loc, problems
    from jdgen.tailoring.variants import role_problems

    doc = overlay.document()
    note = f" (in the role merged from '{base_id}')"

    def where(loc: Loc) -> str:
        for end in range(len(loc), 0, -1):
            if loc[:end] in doc.marks:
                return doc.where(loc[:end])
        return doc.where(())

    try:
        role = Role.model_validate(data)
    except ValidationError as exc:
        lines = problems(Role, exc.errors(), lambda err: where(data_loc(Role, err["loc"])))
        raise DataError([line + note for line in lines]) from None
    found = role_problems(role)
    if found:
        raise DataError([f"{where(loc)}: {dotted(loc)}: {message}{note}"
                         for loc, message in found])
    return role


class _Merger:
    """Applies one overlay's edits, collecting a problem for each that names nothing."""

    def __init__(self, overlay: Overlay, base_id: str, parts: dict[tuple[str, ...], str]):
        self.doc = overlay.document()
        self.base_id = base_id
        self.parts = parts
        self.problems: list[str] = []
        self.renames: list[tuple[str, str | None]] = []

    def where(self, loc: Loc, *, key: bool = False) -> str:
        return self.doc.where(loc, key=key)

    def mark(self, key: tuple[str, ...], loc: Loc, *, at_key: bool = False) -> None:
        self.parts[key] = self.where(loc, key=at_key).rsplit(":", 1)[0]  # file:line

    def fail(self, loc: Loc, message: str, *, key: bool = False) -> None:
        self.problems.append(f"{self.where(loc, key=key)}: {dotted(loc)}: {message}")

    # ------------------------------------------------------------ dispatch

    def apply(self, target: dict[str, Any], name: str, value: Any, loc: Loc, shape: Any,
              label: tuple[str, ...]) -> None:
        if value is None and shape is not None:
            advice = _NULL_ADVICE[shape if isinstance(shape, str) else dict]
            self.fail(loc, f"null cannot edit {advice}"
                      if not isinstance(shape, _Entries) else
                      f"null cannot edit the {shape.noun} entries; set one {shape.noun} to "
                      f"null to remove it (e.g. {name}: {{some-id: null}})")
            return
        if shape is None:
            if value is None:
                target.pop(name, None)
            else:
                target[name] = value
            self.mark(label, loc)
        elif shape == TEXTS:
            target[name] = self.texts(target.get(name, []), value, loc, label)
        elif shape == AREAS:
            target[name] = self.areas(target.get(name, []), value, loc)
        elif shape == TERMS:
            target[name] = self.terms(dict(target.get(name, {})), value, loc, label)
        elif shape == DUTIES:
            target[name] = self.duties(target.get(name, []), value, loc, label)
        elif isinstance(shape, _Entries):
            target[name] = self.entries(dict(target.get(name, {})), value, loc, shape, label)
        else:  # a nested object: each field it names merges by its own shape
            inner = dict(target.get(name, {}))
            for key, sub in value.items():
                self.apply(inner, key, sub, (*loc, key), shape.get(key), (*label, key))
            target[name] = inner

    # --------------------------------------------------------------- lists

    def texts(self, items: list[Any], value: Any, loc: Loc, label: tuple[str, ...]) -> list[Any]:
        """A list replaces ``items``; a mapping removes, replaces and adds texts."""
        if not (isinstance(value, dict) and "text" not in value):
            new = [value] if isinstance(value, str | dict) else list(value)
            for i, item in enumerate(new):
                self.mark((*label, norm(_text(item))), (*loc, i))
            self.mark(label, loc)
            return new
        items = list(items)
        noun = _NOUNS.get(label[-1], "text")
        scope = ""
        if label[0] == "responsibilities" and len(label) > 2:
            scope = f" in area '{label[1]}'"
        elif label[0] in {"focus", "industries"} and len(label) > 2:
            scope = f" in {'industry' if label[0] == 'industries' else 'focus'} '{label[1]}'"
        for i, wanted in enumerate(value.get("remove", [])):
            found = self.find(items, wanted, (*loc, "remove", i), noun, _text, scope)
            if found is not None:
                gone = items.pop(found)
                self.mark(("removed", f"{noun}{scope}: {_short(_text(gone))}"),
                          (*loc, "remove", i))
        for wanted, new in value.get("replace", {}).items():
            found = self.find(items, wanted, (*loc, "replace", wanted), noun, _text, scope)
            if found is not None:
                items[found] = new
                self.mark((*label, norm(_text(new))), (*loc, "replace", wanted))
        for i, new in enumerate(value.get("add", [])):
            items.append(new)
            self.mark((*label, norm(_text(new))), (*loc, "add", i))
        return items

    def find(self, items: list[Any], wanted: str, loc: Loc, noun: str,
             text: Callable[[Any], str], scope: str = "", *, key: bool = True) -> int | None:
        """The index of the item ``wanted`` names: its whole text, or its unique first words."""
        goal = norm(wanted)
        for i, item in enumerate(items):
            if norm(text(item)) == goal:
                return i
        starts = [i for i, item in enumerate(items) if norm(text(item)).startswith(goal)]
        shown = _short(wanted)
        if len(starts) == 1:
            if len(goal) >= 8:
                return starts[0]
            self.fail(loc, f"'{shown}' is too short to name a {noun}{scope}; write at least 8 "
                           "characters of it", key=key)
            return None
        if len(starts) > 1:
            self.fail(loc, f"'{shown}' is the start of {len(starts)} texts ({noun}{scope}) of "
                           f"the base role '{self.base_id}'; write more of the text", key=key)
            return None
        known = "; ".join(f"'{_short(text(item))}'" for item in items[:6])
        more = f" (and {len(items) - 6} more)" if len(items) > 6 else ""
        self.fail(loc, f"the base role '{self.base_id}' has no {noun} '{shown}'{scope}"
                       + (f"; it has {known}{more}" if items else "; it has none"), key=key)
        return None

    # --------------------------------------------------------------- areas

    def areas(self, areas: list[dict[str, Any]], value: Any, loc: Loc) -> list[dict[str, Any]]:
        """A list replaces every area; a mapping removes, replaces, changes and adds areas."""
        if isinstance(value, list):
            for i, area in enumerate(value):
                self.mark(("responsibilities", _key(area)), (*loc, i))
            return list(value)
        areas = [dict(area) for area in areas]
        for i, wanted in enumerate(value.get("remove", [])):
            found = self.area(areas, wanted, (*loc, "remove", i))
            if found is not None:
                name = areas.pop(found)["name"]
                self.unlink(name, None)
                self.mark(("removed", f"responsibility area: {name}"), (*loc, "remove", i))
        for wanted, new in value.get("replace", {}).items():
            found = self.area(areas, wanted, (*loc, "replace", wanted))
            if found is not None:
                old = areas[found]["name"]
                areas[found] = dict(new)
                self.unlink(old, new.get("name"))
                self.mark(("responsibilities", _key(new)), (*loc, "replace", wanted))
        for wanted, edit in value.get("change", {}).items():
            found = self.area(areas, wanted, (*loc, "change", wanted))
            if found is not None:
                self.change(areas[found], edit, (*loc, "change", wanted))
        for i, new in enumerate(value.get("add", [])):
            areas.append(dict(new))
            self.mark(("responsibilities", _key(new)), (*loc, "add", i))
        return areas

    def area(self, areas: list[dict[str, Any]], wanted: str, loc: Loc) -> int | None:
        goal = norm(wanted)
        for i, area in enumerate(areas):
            if goal in {_key(area), norm(area["name"])}:
                return i
        known = ", ".join(f"{_key(a)} ({a['name']})" for a in areas) or "none"
        self.fail(loc, f"the base role '{self.base_id}' has no responsibility area "
                       f"'{_short(wanted)}'; its areas are: {known}", key=True)
        return None

    def change(self, area: dict[str, Any], edit: dict[str, Any], loc: Loc) -> None:
        key = _key(area)
        label = ("responsibilities", key)
        for name, value in edit.items():
            if name == "name":
                self.unlink(area["name"], value)
                area["name"] = value
                self.mark((*label, "name"), (*loc, name))
            else:
                self.apply(area, name, value, (*loc, name), _AREA.get(name), (*label, name))
        self.mark((*label, "changed"), loc, at_key=True)

    def unlink(self, old: str, new: str | None) -> None:
        """An area renamed (``new``) or removed (None): references to it follow."""
        self.renames.append((old, new))

    # ------------------------------------------------------- mappings

    def terms(self, terms: dict[str, Any], value: dict[str, Any], loc: Loc,
              label: tuple[str, ...]) -> dict[str, Any]:
        for key, word in value.items():
            if word is None:
                if key not in terms:
                    self.fail((*loc, key), f"the base role '{self.base_id}' has no term "
                                           f"'{key}' to remove", key=True)
                terms.pop(key, None)
            else:
                terms[key] = word
                self.mark((*label, key), (*loc, key))
        return terms

    def duties(self, duties: list[Any], value: Any, loc: Loc,
               label: tuple[str, ...]) -> list[Any]:
        if isinstance(value, list):
            for i, duty in enumerate(value):
                self.mark((*label, norm(_text(duty))), (*loc, i))
            return list(value)
        duties = list(duties)
        for i, wanted in enumerate(value.get("remove", [])):
            found = self.find(duties, wanted, (*loc, "remove", i), "duty", _text)
            if found is not None:
                del duties[found]
        for i, duty in enumerate(value.get("add", [])):
            duties.append(duty)
            self.mark((*label, norm(_text(duty))), (*loc, "add", i))
        return duties

    def entries(self, entries: dict[str, Any], value: dict[str, Any], loc: Loc,
                shape: _Entries, label: tuple[str, ...]) -> dict[str, Any]:
        """Named entries (focus variants, industries): edit, add, or remove with null."""
        for key, edit in value.items():
            here = (*loc, key)
            if edit is None:
                if key not in entries:
                    known = ", ".join(sorted(entries)) or "none"
                    self.fail(here, f"the base role '{self.base_id}' has no {shape.noun} "
                                    f"'{key}' to remove; it has: {known}", key=True)
                else:
                    self.mark(("removed", f"{shape.noun}: {key}"), here, at_key=True)
                entries.pop(key, None)
                continue
            entry = dict(entries.get(key, {}))
            if key not in entries:
                self.mark((*label, key), here)
            for name, sub in edit.items():
                self.apply(entry, name, sub, (*here, name), shape.shape.get(name),
                           (*label, key, name))
            entries[key] = entry
        return entries


def _follow(data: dict[str, Any], old: str, new: str | None) -> None:
    """Make what names area ``old`` name ``new`` instead, or drop it with the area.

    That is a focus's lead area, and an industry's duties in the area and its omissions.
    """
    gone = norm(old)
    for variant in data.get("focus", {}).values():
        if norm(variant.get("lead_area") or "") == gone:
            if new is None:
                variant.pop("lead_area", None)
            else:
                variant["lead_area"] = new
    for emphasis in data.get("industries", {}).values():
        duties = emphasis.get("duties", [])
        if new is None:
            emphasis["duties"] = [d for d in duties if norm(d.get("area", "")) != gone]
        else:
            for duty in duties:
                if norm(duty.get("area", "")) == gone:
                    duty["area"] = new
        omit = [name for name in emphasis.get("omit", []) if norm(name) != gone]
        if new is not None and len(omit) != len(emphasis.get("omit", [])):
            omit.append(new)
        emphasis["omit"] = omit


def _key(area: dict[str, Any]) -> str:
    """An area's id from its data (as :func:`jdgen.models.area_key` gives it from a model)."""
    from jdgen.models import ResponsibilityArea

    return area_key(ResponsibilityArea.model_construct(id=area.get("id"),
                                                       name=str(area.get("name", ""))))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 50 else text[:47] + "..."
