"""Column mappings: how an export's headers and values become a manifest's fields.

An applicant tracking system exports its own headers (``Job Name``, ``Office``,
``Salary Min`` ...). A column mapping says which jdgen field each one fills,
which columns to leave out, how dates are written, what an exported value means
(``values: {role: {Head of Operations: director-of-operations}}``) and the
defaults every row starts from. It is a YAML file given with ``--columns
map.yaml``, a mapping shipped with jdgen given by name (``--columns
greenhouse``), or the same keys in the sheet's site settings file. A mapping
may start from another with ``extends: greenhouse``.

The keys are listed in :data:`MAPPING_KEYS`; their meaning is in the README.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, model_validator

from jdgen.errors import DataError
from jdgen.inputs.xlsx import column_letter
from jdgen.models import Strict

MAPPING_KEYS = ("extends", "columns", "ignore", "ignore_others", "date_format", "values",
                "defaults")
# Columns that are parts of the salary: combined into 'min-max' before validation.
SALARY_PARTS = ("salary_min", "salary_max")
DATE_FIELDS = ("date", "valid_through")
DATE_FORMATS = {"YYYY-MM-DD": "%Y-%m-%d", "MM/DD/YYYY": "%m/%d/%Y", "DD/MM/YYYY": "%d/%m/%Y",
                "DD.MM.YYYY": "%d.%m.%Y", "YYYY/MM/DD": "%Y/%m/%d"}
_SHIPPED = Path(__file__).resolve().parent / "ats"
_MAX_EXTENDS = 4


def shipped() -> list[str]:
    """The names of the mappings jdgen ships (greenhouse, lever, ashby, workday)."""
    return sorted(p.stem for p in _SHIPPED.glob("*.yaml"))


def fields() -> list[str]:
    """Every field a column may fill: a YAML posting's fields, front_matter, and the
    salary's parts."""
    from jdgen.inputs.manifest import PostingSpec

    return [*PostingSpec.model_fields, "front_matter", *SALARY_PARTS]


def header_key(text: str) -> str:
    """'Company name' -> 'company_name'; 'Employment-Type' -> 'employment_type'."""
    return "_".join(text.replace("-", " ").split()).casefold()


class ColumnMapFile(Strict):
    """A column mapping as written (``--columns map.yaml`` or the site settings' keys)."""

    extends: str | None = Field(
        default=None, description="A shipped mapping (greenhouse, lever, ashby, workday) or "
        "another mapping file to start from.")
    columns: dict[str, str] = Field(
        default_factory=dict, description="Header as exported -> jdgen field "
        "(role, id, location, arrangement, salary_min, salary_max, currency, ...).")
    ignore: list[str] = Field(default_factory=list, description="Headers to leave out.")
    ignore_others: bool = Field(
        default=False, description="Leave out every column the mapping does not name.")
    date_format: Literal["YYYY-MM-DD", "MM/DD/YYYY", "DD/MM/YYYY", "DD.MM.YYYY",
                         "YYYY/MM/DD"] | None = Field(
        default=None, description="How the export writes dates.")
    values: dict[str, dict[str, str]] = Field(
        default_factory=dict, description="Per field: a value as exported -> the value jdgen "
        "reads, e.g. role: {Head of Operations: director-of-operations}.")
    defaults: dict[str, Any] = Field(
        default_factory=dict, description="Fields every row starts from (as a YAML "
        "manifest's defaults: block).")

    @model_validator(mode="after")
    def _known_fields(self) -> ColumnMapFile:
        known = fields()
        for header, name in self.columns.items():
            if name not in known:
                raise ValueError(f"columns: '{header}' -> '{name}': no such field; "
                                 f"{_close_hint(name, known)}")
        for name in self.values:
            if name not in known:
                raise ValueError(f"values: '{name}': no such field; {_close_hint(name, known)}")
        return self


@dataclass(frozen=True)
class ColumnMap:
    """A mapping ready to use: headers and values compared without case or spacing."""

    origin: str  # where it was read from, for messages
    headers: dict[str, str] = field(default_factory=dict)  # header_key -> field
    shown: dict[str, str] = field(default_factory=dict)  # header_key -> header as written
    ignore: frozenset[str] = frozenset()
    ignore_others: bool = False
    date_format: str | None = None
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # casefolded keys
    defaults: dict[str, Any] = field(default_factory=dict)

    def field_of(self, header: str) -> str | None:
        """The field the column ``header`` fills, if the mapping names it."""
        return self.headers.get(header_key(header))

    def ignores(self, header: str) -> bool:
        """Whether the mapping leaves the column ``header`` out ('offices.*' ends a pattern)."""
        key = header_key(header)
        return key in self.ignore or any(
            pattern.endswith("*") and key.startswith(pattern[:-1]) for pattern in self.ignore)

    def value(self, name: str, text: str) -> str:
        """``text`` of field ``name`` as jdgen reads it (the values table applied)."""
        table = self.values.get(name)
        if not table:
            return text
        return table.get(_value_key(text), text)


def load_columns(spec: str, base: Path | None = None) -> ColumnMap:
    """The mapping ``spec`` names: a shipped one by name, else a YAML file (from ``base``)."""
    return _load(spec, base or Path("."), 0)


def from_settings(data: Mapping[str, Any], doc: Any, folder: Path) -> ColumnMap | None:
    """The mapping held by a site settings file's keys (None when it holds none).

    ``columns`` may there also name a shipped mapping or a mapping file.
    """
    given = {key: data[key] for key in MAPPING_KEYS if key in data}
    if not given:
        return None
    if isinstance(given.get("columns"), str):
        spec = given.pop("columns")
        if "extends" in given:
            raise DataError([f"{doc.path}: columns: names a mapping ('{spec}') and 'extends' "
                             "names another; give one of them"])
        given["extends"] = spec
    return _compile(_checked(given, doc), str(doc.path), folder, 0)


def shipped_guess(headers: list[str]) -> str | None:
    """The shipped mapping whose headers most of ``headers`` are, when one clearly fits."""
    keys = {header_key(h) for h in headers if h}
    best, score = None, 0
    for name in shipped():
        mapping = load_columns(name)
        known = [*mapping.headers, *mapping.ignore]
        hits = len(keys & set(known))
        if hits > score:
            best, score = name, hits
    return best if score >= 3 else None


# ------------------------------------------------------------------ reading


def _load(spec: str, base: Path, depth: int) -> ColumnMap:
    from jdgen.inputs.yamlfile import read_yaml

    if depth > _MAX_EXTENDS:
        raise DataError([f"{spec}: mappings extend each other more than {_MAX_EXTENDS} deep"])
    text = spec.strip()
    named = re.fullmatch(r"[a-z][a-z0-9_-]*", text.casefold()) is not None
    path = _SHIPPED / f"{text.casefold()}.yaml" if named else base / text
    if named and not path.is_file():
        local = base / text
        if not local.is_file():
            raise DataError([f"--columns: no mapping named '{text}'; shipped mappings: "
                             f"{', '.join(shipped())}, or give a YAML file"])
        path = local
    if not path.is_file():
        raise DataError([f"{path}: no such column mapping file"])
    doc = read_yaml(path)
    if not isinstance(doc.data, dict):
        raise DataError([f"{path}: expected a column mapping (columns:, ignore:, ...)"])
    origin = text if named and path.parent == _SHIPPED else str(path)
    return _compile(_checked(doc.data, doc), origin, path.parent, depth)


def _checked(data: Mapping[str, Any], doc: Any) -> ColumnMapFile:
    import dataclasses

    from jdgen.inputs.validation import validate

    return validate(ColumnMapFile, dataclasses.replace(doc, data=dict(data)))


def _compile(given: ColumnMapFile, origin: str, folder: Path, depth: int) -> ColumnMap:
    start = _load(given.extends, folder, depth + 1) if given.extends else ColumnMap(origin)
    headers = dict(start.headers)
    shown = dict(start.shown)
    for header, name in given.columns.items():
        headers[header_key(header)] = name
        shown[header_key(header)] = header
    ignore = (start.ignore | {header_key(h) for h in given.ignore}) - {
        header_key(h) for h in given.columns}
    values = {name: dict(table) for name, table in start.values.items()}
    for name, table in given.values.items():
        values.setdefault(name, {}).update({_value_key(k): v for k, v in table.items()})
    return ColumnMap(
        origin=origin, headers=headers, shown=shown, ignore=frozenset(ignore),
        ignore_others=given.ignore_others or start.ignore_others,
        date_format=given.date_format or start.date_format, values=values,
        defaults={**start.defaults, **given.defaults})


def _value_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _close_hint(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.8)
    return f"did you mean '{close[0]}'?" if close else f"fields: {', '.join(known)}"


# ------------------------------------------------------------------ applying


def row_values(data: dict[str, Any], cells: dict[str, int], mapping: ColumnMap | None
               ) -> list[tuple[str, str]]:
    """Turn one row's mapped cells into a posting's fields, in place.

    Applies the values table and the declared date format, and makes the
    salary's parts one range. Returns the problems found, as (field, message).
    """
    problems: list[tuple[str, str]] = []
    if mapping is not None:
        for name, value in list(data.items()):
            if isinstance(value, str):
                data[name] = mapping.value(name, value)
            elif isinstance(value, list):
                data[name] = [v for v in (mapping.value(name, v) for v in value) if v]
            if not data[name]:  # the values table says the export's value means "not given"
                del data[name]
                cells.pop(name, None)
        if isinstance(data.get("id"), str):  # an ATS's own id, as a file stem: 'R-0142' -> 'r-0142'
            data["id"] = re.sub(r"[^a-z0-9]+", "-", data["id"].casefold()).strip("-")
        if mapping.date_format:
            for name in DATE_FIELDS:
                if isinstance(data.get(name), str):
                    data[name] = _date(data[name], mapping.date_format)
    low, high = (data.pop(part, None) for part in SALARY_PARTS)
    where = [cells.pop(part) for part in SALARY_PARTS if part in cells]
    if low is None and high is None:
        return problems
    if where:
        cells["salary"] = where[0]
    if "salary" in data:
        problems.append(("salary", "give the salary in one column, or as salary_min and "
                         "salary_max, not both"))
        return problems
    if low is None or high is None:
        missing = "salary_max" if high is None else "salary_min"
        problems.append(("salary", f"{missing} is empty; a salary range needs both ends"))
        return problems
    data["salary"] = f"{_amount(low)}-{_amount(high)}"
    return problems


def _amount(text: str) -> str:
    """'120,000.00' -> '120,000' (whole units; the salary reader takes separators)."""
    return re.sub(r"[.,]00$", "", text.strip())


def _date(text: str, form: str) -> str:
    """``text`` as YYYY-MM-DD when it is in the declared form; else unchanged (and refused)."""
    try:
        return dt.datetime.strptime(text.strip(), DATE_FORMATS[form]).date().isoformat()
    except ValueError:
        return text


def map_header(path: Path, row: int, header: list[Any], mapping: ColumnMap | None,
               *, letters: bool = True) -> tuple[list[str | None], list[str]]:
    """The field each column fills (None: left out), and every problem of the header row.

    A header is read through ``mapping`` first, else as a jdgen field; a column
    the mapping does not name is an error unless it is ignored.
    """
    from jdgen.errors import printable

    known = fields()
    names: list[str | None] = []
    seen: dict[str, int] = {}
    unknown: list[str] = []
    problems: list[str] = []
    for index, cell in enumerate(header):
        text = str(cell).strip() if cell is not None else ""
        at = f"{path}: row {row}, column {column_letter(index)}" if letters else \
            f"{path}: field '{printable(text[:60], newlines=False)}'"
        if not text:
            names.append(None)
            continue
        shown = printable(text[:40], newlines=False)
        key = header_key(text)
        name = mapping.field_of(text) if mapping is not None else None
        if name is None and mapping is not None and mapping.ignores(text):
            names.append(None)
            continue
        if name is None and key in known:
            name = key
        if name is None and mapping is not None and mapping.ignore_others:
            names.append(None)
            continue
        if name is None:
            unknown.append(text)
            problems.append(f"{at}: unknown column '{shown}'; "
                            f"{_unknown_hint(key, known, mapping)}")
        elif name in seen:
            also = f"is also column {column_letter(seen[name])}" if name == key else \
                f"fills {name}, as column {column_letter(seen[name])} does"
            problems.append(f"{at}: column '{shown}' {also}; give each field one column")
            name = None
        else:
            seen[name] = index
        names.append(name)
    while names and names[-1] is None and not str(header[len(names) - 1] or "").strip():
        names.pop()  # trailing columns without a header (an ignored one stays counted)
    if unknown and mapping is None:
        guess = shipped_guess([str(c) for c in header if c is not None])
        if guess:
            problems.append(f"{path}: this looks like a {guess.capitalize()} export; read it "
                            f"with --columns {guess} (or 'extends: {guess}' in a mapping)")
        elif not any("did you mean" in p for p in problems):
            problems.append(f"{path}: a sheet's columns are jdgen's fields ({', '.join(known)}), "
                            "or the export's own headers with a column mapping (--columns)")
    if not problems and "role" not in seen:
        problems.append(f"{path}: row {row}: no 'role' column; the header row must name the "
                        "columns, with the role of each posting under 'role'"
                        + (f" (or map a header to role in {mapping.origin})" if mapping else ""))
    return names, problems


def _unknown_hint(key: str, known: list[str], mapping: ColumnMap | None) -> str:
    close = difflib.get_close_matches(key[:100], known, n=1, cutoff=0.8)
    hint = f"did you mean '{close[0]}'? " if close else ""
    if mapping is None:
        return hint.strip() if hint else \
            "map it to a field with a column mapping (--columns), or remove it"
    return (hint + f"{mapping.origin} does not map it: add it under columns: (to a field) or "
            "ignore:, or set ignore_others: true")
