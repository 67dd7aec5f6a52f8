"""Manifests as spreadsheets: one row a posting, a header row naming the fields.

``jdgen build --manifest postings.csv`` (or ``.xlsx``) reads the same fields
as a YAML manifest's postings, one column each. A blank cell leaves its field
unset; list fields (``formats``, ``employment_type``, ``benefits``) hold their
items separated by ``;`` or by line breaks within the cell. Headers are
matched without regard to case, spaces or hyphens (``Company name`` is
``company_name``).

Everything in a cell is text, whatever it starts with: ``=HYPERLINK(...)`` in
a CSV file is a company called that, never a formula. A workbook's formula
cells are refused (their results are what a person sees, and jdgen does not
evaluate formulas). Errors name the row and column, as a spreadsheet shows
them: ``postings.csv: row 4, column C: salary: ...``.

A CSV file may be UTF-8 (with or without a byte order mark) or UTF-16 with
one, and separated by commas, semicolons or tabs (told from the header row).
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdgen.errors import DataError
from jdgen.inputs.columns import header_key
from jdgen.inputs.manifest import FORMATS, Defaults, ManifestStream, PostingSpec
from jdgen.inputs.xlsx import column_letter

if TYPE_CHECKING:
    from jdgen.inputs.columns import ColumnMap
    from jdgen.site.settings import Site

SHEET_SUFFIXES = (".csv", ".xlsx", ".json")  # .json: an ATS's export, a list of jobs
MAX_SHEET_BYTES = 20_000_000  # a CSV file, or a workbook as stored
MAX_XLSX_UNPACKED = 200_000_000  # what a workbook's parts may unpack to, together
MAX_ROWS = 20_000  # postings, as a YAML manifest allows
MAX_COLUMNS = 100
MAX_CELL = 10_000  # characters in one cell
LIST_SEPARATOR = ";"

# Columns: every field a YAML manifest's posting takes, plus front_matter.
_EXTRA = ("front_matter",)


def columns() -> list[str]:
    """The column names a sheet may use, in the order a YAML posting lists them."""
    return [*PostingSpec.model_fields, *_EXTRA]


def _is_list(name: str) -> bool:
    if name in _EXTRA:
        return False
    return _holds_list(PostingSpec.model_fields[name].annotation)


def _holds_list(annotation: Any) -> bool:
    origin = typing.get_origin(annotation)
    if origin is list:
        return True
    if origin is typing.Annotated:
        return _holds_list(typing.get_args(annotation)[0])
    return any(_holds_list(arg) for arg in typing.get_args(annotation)) if origin else False




@dataclass
class SheetDoc:
    """One row as a posting: its data, and where each field's cell is (for errors)."""

    path: Path
    row: int
    data: dict[str, Any]
    cells: dict[str, int] = field(default_factory=dict)  # field -> column index
    marks: dict[Any, tuple[int, int]] = field(default_factory=dict)
    prefix: tuple[str | int, ...] = ()  # error paths start at the posting's own fields
    headers: list[Any] = field(default_factory=list)  # the header row, as written
    problems: list[tuple[str, str]] = field(default_factory=list)  # (field, message)
    unit: str = "row"  # "job" for a JSON export, whose fields have no column letters

    def where_error(self, err: Any) -> str:
        """Where a validation error of this row's fields is (for ``validation.problems``)."""
        return self.where(tuple(err["loc"]))

    def where(self, loc: tuple[str | int, ...], *, key: bool = False) -> str:
        """``file: row N (id X), column C (Header)`` for the field ``loc`` names, else
        ``file: row N``; the header is shown when it is not the field's name."""
        name = loc[0] if loc and isinstance(loc[0], str) and loc[0] != "postings" else None
        if name is None or name not in self.cells:
            return f"{self.path}: {self.unit} {self.row}"
        ident = self.data.get("id")
        at = f"{self.path}: {self.unit} {self.row}" + (
            f" (id {ident})" if isinstance(ident, str) else "")
        index = self.cells[name]
        header = str(self.headers[index]).strip() if index < len(self.headers) else ""
        if self.unit != "row":
            return f"{at}, field '{header[:60]}'"
        shown = f" ({header[:40]})" if header and header_key(header) != name else ""
        return f"{at}, column {column_letter(index)}{shown}"


class SheetManifest(ManifestStream):
    """A spreadsheet manifest, read as :class:`~jdgen.inputs.manifest.ManifestStream` is."""

    def __init__(self, path: Path, columns: str | None = None) -> None:
        from jdgen.inputs.columns import load_columns
        from jdgen.inputs.sheetsite import read_settings

        site, mapping = read_settings(path)
        if columns is not None:  # --columns: this mapping, not the settings file's
            mapping = load_columns(columns)
        if path.suffix.lower() == ".json":
            from jdgen.inputs.jsonexport import json_rows

            rows = json_rows(path, max_bytes=MAX_SHEET_BYTES, max_rows=MAX_ROWS,
                             max_cell=MAX_CELL, max_fields=MAX_COLUMNS * 10)
        else:
            rows = read_rows(path)
        self.path = path
        self.mapping = mapping
        docs = _postings(path, rows, mapping)
        self._docs = [doc for doc in docs if not _is_defaults_row(doc)]
        if not self._docs:
            raise DataError([f"{path}: no postings: the sheet has a defaults row but no "
                             "posting rows"])
        self.defaults = _defaults(path, self._docs, _block(path, mapping, docs))
        self.count = len(self._docs)
        formats = list(self.defaults.formats)
        for doc in self._docs:
            for name in doc.data.get("formats") or []:
                if name in FORMATS and name not in formats:
                    formats.append(name)
        self.formats = formats
        self.site = site

    def postings(self) -> Iterator[tuple[int, Any]]:
        """Each posting's index and its row (``.data`` is the posting as written)."""
        yield from enumerate(self._docs)

    def where(self, index: int) -> str:
        """``file: row N`` of posting ``index``."""
        return f"{self.path}: row {self._docs[index].row}"

    def where_field(self, index: int, name: str) -> str | None:
        """``file: row N (id X), column C (Header)`` of field ``name`` of posting ``index``,
        when the row gives that field (None otherwise)."""
        doc = self._docs[index]
        return doc.where((name,)) if name in doc.cells else None


def site_file(sheet: Path) -> Path:
    """Where a spreadsheet's site settings live: ``postings.csv`` -> ``postings.site.yaml``."""
    from jdgen.inputs.sheetsite import site_file as beside

    return beside(sheet)


def site_beside(sheet: Path) -> Site:
    """The careers site's settings for ``sheet``: a sheet has no room for a ``site:``
    block, so they are read from :func:`site_file` when it exists (else the defaults)."""
    from jdgen.inputs.sheetsite import read_settings

    return read_settings(sheet)[0]


def is_sheet(path: Path) -> bool:
    """Whether ``path`` is read as a sheet: a .csv or .xlsx file, or a .json export (a
    list of jobs; a JSON object of jdgen's own keys is a manifest written in JSON)."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        from jdgen.inputs.jsonexport import is_export

        return is_export(path, max_bytes=MAX_SHEET_BYTES)
    return suffix in SHEET_SUFFIXES


def open_manifest(path: Path, columns: str | None = None) -> ManifestStream:
    """The manifest at ``path``: a sheet for .csv, .xlsx and .json exports, YAML otherwise.

    ``columns`` names a column mapping (``--columns``) for a sheet's headers.
    """
    if is_sheet(path):
        return SheetManifest(path, columns)
    if columns is not None:
        raise DataError([f"--columns: {path} is a manifest, which names jdgen's fields "
                         "itself; a column mapping is for a .csv, .xlsx or .json export"])
    return ManifestStream(path)


def _postings(path: Path, rows: list[tuple[int, list[Any]]],
              mapping: ColumnMap | None = None) -> list[SheetDoc]:
    """Turn rows (the first is the header) into one document per posting."""
    from jdgen.inputs.columns import map_header, row_values

    if not rows:
        raise DataError([f"{path}: the sheet is empty; expected a header row naming the "
                         "columns (role, company, ...) and a row per posting"])
    header_row, header = rows[0]
    unit = "job" if path.suffix.lower() == ".json" else "row"
    names, problems = map_header(path, header_row, header, mapping, letters=unit == "row")
    if problems:
        raise DataError(problems)
    docs: list[SheetDoc] = []
    for number, cells in rows[1:]:
        extra = [i for i in range(len(names), len(cells)) if _blank(cells[i]) is None]
        filled = [i for i in range(len(names), len(cells)) if i not in extra]
        if filled:
            raise DataError([f"{path}: row {number}, column {column_letter(filled[0])}: "
                             f"this row has a value beyond the last named column "
                             f"({column_letter(len(names) - 1)}); give the column a header "
                             "or remove the value"])
        data: dict[str, Any] = {}
        where: dict[str, int] = {}
        for index, name in enumerate(names):
            value = _blank(cells[index]) if index < len(cells) else None
            if name is None or value is None:
                continue
            if name in _PARTS:
                data[name] = value
            elif _is_list(name):
                parts = [p.strip() for p in value.replace("\r", "\n").replace("\n", LIST_SEPARATOR)
                         .split(LIST_SEPARATOR)]
                data[name] = [p for p in parts if p]
            else:
                data[name] = value
            where[name] = index
        if not data:
            continue  # a blank row
        found = row_values(data, where, mapping)
        docs.append(SheetDoc(path, number, data, where, {("postings", len(docs)): (number, 1)},
                             headers=header, problems=found, unit=unit))
        if len(docs) > MAX_ROWS:
            raise DataError([f"{path}: row {number}: more than {MAX_ROWS:,} postings; split "
                             "the sheet into several manifests"])
    if not docs:
        raise DataError([f"{path}: no postings: the sheet has a header row but no rows "
                         "below it"])
    return docs


def _defaults(path: Path, docs: list[SheetDoc], block: dict[str, Any] | None = None
              ) -> Defaults:
    """What applies to the whole batch: the mapping's defaults and defaults row (``block``),
    and front_matter, which every row must agree on."""
    from pydantic import ValidationError

    block = block or {}
    given = {}
    for doc in docs:
        if "front_matter" in doc.data:
            given[doc.row] = (doc.data.pop("front_matter"), doc.cells.pop("front_matter"))
    if not given:
        return Defaults.model_validate(block)
    values = {}
    for row, (text, column) in given.items():
        try:
            values[row] = Defaults.model_validate({"front_matter": text}).front_matter
        except ValidationError:
            raise DataError([f"{path}: row {row}, column {column_letter(column)}: front_matter: "
                             f"expected true or false, found '{text[:40]}'"]) from None
    if len(set(values.values())) > 1:
        rows = sorted(values)
        other = next(r for r in rows if values[r] != values[rows[0]])
        raise DataError([f"{path}: row {other}: front_matter differs from row {rows[0]}; a "
                         "batch writes front matter in every Markdown file or in none"])
    return Defaults.model_validate({**block, "front_matter": next(iter(values.values()))})


_PARTS = ("salary_min", "salary_max")  # a salary's ends, combined by columns.row_values


def _is_defaults_row(doc: SheetDoc) -> bool:
    """A row whose role is 'defaults' gives values for every other row, not a posting."""
    return str(doc.data.get("role", "")).strip().casefold() == "defaults"


def _block(path: Path, mapping: ColumnMap | None, docs: list[SheetDoc]) -> dict[str, Any]:
    """The defaults for every row: the mapping's ``defaults:``, then a defaults row's cells."""
    from pydantic import ValidationError

    from jdgen.inputs.validation import validate
    from jdgen.inputs.yamlfile import YamlDoc

    block: dict[str, Any] = dict(mapping.defaults) if mapping is not None else {}
    if block:
        origin = Path(mapping.origin) if mapping is not None else path
        checked = validate(Defaults, YamlDoc(origin, block))  # 'defaults' errors name the file
        block = checked.model_dump(exclude_unset=True)
    from jdgen.inputs.validation import problems

    for doc in docs:
        if _is_defaults_row(doc):
            row = {k: v for k, v in doc.data.items() if k not in ("role", "id")}
            try:
                block.update(Defaults.model_validate(row).model_dump(exclude_unset=True))
            except ValidationError as exc:
                raise DataError(problems(Defaults, exc.errors(), doc.where_error)) from None
    return block


def _blank(value: Any) -> str | None:
    """A cell's text, stripped; None when it is empty."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


# ------------------------------------------------------------------- reading


def read_rows(path: Path) -> list[tuple[int, list[Any]]]:
    """Every row of the sheet as (row number, cells); the first row is the header."""
    if path.suffix.lower() == ".xlsx":
        return _xlsx_rows(path)
    return _csv_rows(path)


def _csv_rows(path: Path) -> list[tuple[int, list[Any]]]:
    import csv
    import io

    from jdgen.inputs.reading import read_capped

    raw = read_capped(path, MAX_SHEET_BYTES, what="CSV file")
    text = _decode(path, raw)
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count) if first else ","
    rows: list[tuple[int, list[Any]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    number = 0
    try:
        for cells in reader:
            number += 1
            if len(cells) > MAX_COLUMNS:
                raise DataError([f"{path}: row {number}: {len(cells):,} columns; the limit "
                                 f"is {MAX_COLUMNS}"])
            for index, cell in enumerate(cells):
                if len(cell) > MAX_CELL:
                    raise DataError([f"{path}: row {number}, column {column_letter(index)}: "
                                     f"{len(cell):,} characters; the limit is {MAX_CELL:,}"])
            rows.append((number, cells))
            if number > MAX_ROWS + 1:
                raise DataError([f"{path}: row {number}: more than {MAX_ROWS:,} postings; "
                                 "split the sheet into several manifests"])
    except csv.Error as exc:
        raise DataError([f"{path}: row {number + 1}: not valid CSV ({exc}); save the sheet "
                         "as CSV again"]) from None
    return rows


def _decode(path: Path, raw: bytes) -> str:
    """UTF-8 (a BOM allowed), or UTF-16 with a BOM; any other encoding is a clear error."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16").removeprefix("\ufeff")
        except UnicodeDecodeError:
            raise DataError([f"{path}: not valid UTF-16 text"]) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = raw[: exc.start].count(b"\n") + 1
        raise DataError([f"{path}: row {row}: not UTF-8 text; save the sheet as "
                         "'CSV UTF-8' (Excel) or choose UTF-8 as the character set"]) from None


def _xlsx_rows(path: Path) -> list[tuple[int, list[Any]]]:
    """The rows of a workbook's first sheet (or the sheet named 'postings'), as text.

    Read by jdgen's own streaming reader (:mod:`jdgen.inputs.xlsx`), which
    unpacks only the parts it needs, each within its cap.
    """
    from jdgen.inputs.reading import read_capped
    from jdgen.inputs.xlsx import read_workbook

    raw = read_capped(path, MAX_SHEET_BYTES, what="workbook")
    rows = read_workbook(path, raw, max_rows=MAX_ROWS, max_columns=MAX_COLUMNS,
                         max_cell=MAX_CELL, max_unpacked=MAX_XLSX_UNPACKED)
    while rows and not rows[-1][1]:
        rows.pop()
    return rows
