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

import difflib
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdgen.errors import DataError
from jdgen.inputs.manifest import FORMATS, Defaults, ManifestStream, PostingSpec

if TYPE_CHECKING:
    from jdgen.site.settings import Site

SHEET_SUFFIXES = (".csv", ".xlsx")
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


def header_key(text: str) -> str:
    """'Company name' -> 'company_name'; 'Employment-Type' -> 'employment_type'."""
    return "_".join(text.replace("-", " ").split()).casefold()


def column_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA'."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass
class SheetDoc:
    """One row as a posting: its data, and where each field's cell is (for errors)."""

    path: Path
    row: int
    data: dict[str, Any]
    cells: dict[str, int] = field(default_factory=dict)  # field -> column index
    marks: dict[Any, tuple[int, int]] = field(default_factory=dict)
    prefix: tuple[str | int, ...] = ()  # error paths start at the posting's own fields

    def where(self, loc: tuple[str | int, ...], *, key: bool = False) -> str:
        """``file: row N, column X`` for the field ``loc`` names, else ``file: row N``."""
        name = loc[0] if loc and isinstance(loc[0], str) and loc[0] != "postings" else None
        if name is not None and name in self.cells:
            return f"{self.path}: row {self.row}, column {column_letter(self.cells[name])}"
        return f"{self.path}: row {self.row}"


class SheetManifest(ManifestStream):
    """A spreadsheet manifest, read as :class:`~jdgen.inputs.manifest.ManifestStream` is."""

    def __init__(self, path: Path) -> None:
        rows = read_rows(path)
        self.path = path
        self._docs = _postings(path, rows)
        self.defaults = _defaults(path, self._docs)
        self.count = len(self._docs)
        formats = list(self.defaults.formats)
        for doc in self._docs:
            for name in doc.data.get("formats") or []:
                if name in FORMATS and name not in formats:
                    formats.append(name)
        self.formats = formats
        self.site = site_beside(path)

    def postings(self) -> Iterator[tuple[int, Any]]:
        """Each posting's index and its row (``.data`` is the posting as written)."""
        yield from enumerate(self._docs)

    def where(self, index: int) -> str:
        """``file: row N`` of posting ``index``."""
        return f"{self.path}: row {self._docs[index].row}"


def site_file(sheet: Path) -> Path:
    """Where a spreadsheet's site settings live: ``postings.csv`` -> ``postings.site.yaml``."""
    return sheet.with_name(f"{sheet.stem}.site.yaml")


def site_beside(sheet: Path) -> Site:
    """The careers site's settings for ``sheet``: a sheet has no room for a ``site:``
    block, so they are read from :func:`site_file` when it exists (else the defaults)."""
    from jdgen.inputs.validation import validate
    from jdgen.inputs.yamlfile import read_yaml
    from jdgen.site.settings import Site

    path = site_file(sheet)
    if not path.is_file():
        return Site()
    doc = read_yaml(path)
    if doc.data is None:
        raise DataError([f"{path}: file is empty; expected the site settings (title, intro, "
                         "logo, brand_color, accent_color, base_url, language)"])
    return validate(Site, doc)


def open_manifest(path: Path) -> ManifestStream:
    """The manifest at ``path``: a spreadsheet for .csv and .xlsx, YAML otherwise."""
    if path.suffix.lower() in SHEET_SUFFIXES:
        return SheetManifest(path)
    return ManifestStream(path)


def _postings(path: Path, rows: list[tuple[int, list[Any]]]) -> list[SheetDoc]:
    """Turn rows (the first is the header) into one document per posting."""
    if not rows:
        raise DataError([f"{path}: the sheet is empty; expected a header row naming the "
                         "columns (role, company, ...) and a row per posting"])
    header_row, header = rows[0]
    names = _header(path, header_row, header)
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
            if _is_list(name):
                parts = [p.strip() for p in value.replace("\r", "\n").replace("\n", LIST_SEPARATOR)
                         .split(LIST_SEPARATOR)]
                data[name] = [p for p in parts if p]
            else:
                data[name] = value
            where[name] = index
        if not data:
            continue  # a blank row
        docs.append(SheetDoc(path, number, data, where, {("postings", len(docs)): (number, 1)}))
        if len(docs) > MAX_ROWS:
            raise DataError([f"{path}: row {number}: more than {MAX_ROWS:,} postings; split "
                             "the sheet into several manifests"])
    if not docs:
        raise DataError([f"{path}: no postings: the sheet has a header row but no rows "
                         "below it"])
    return docs


def _defaults(path: Path, docs: list[SheetDoc]) -> Defaults:
    """What applies to the whole batch: front_matter, which every row must agree on."""
    from pydantic import ValidationError

    given = {}
    for doc in docs:
        if "front_matter" in doc.data:
            given[doc.row] = (doc.data.pop("front_matter"), doc.cells.pop("front_matter"))
    if not given:
        return Defaults()
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
    return Defaults(front_matter=next(iter(values.values())))


def _blank(value: Any) -> str | None:
    """A cell's text, stripped; None when it is empty."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _header(path: Path, row: int, header: list[Any]) -> list[str | None]:
    """The field each column holds (None for a column without a header)."""
    known = columns()
    names: list[str | None] = []
    seen: dict[str, int] = {}
    problems = []
    for index, cell in enumerate(header):
        text = _blank(cell)
        at = f"{path}: row {row}, column {column_letter(index)}"
        if text is None:
            names.append(None)
            continue
        key = header_key(text)
        from jdgen.errors import printable

        shown = printable(text[:40], newlines=False)
        if key not in known:
            close = difflib.get_close_matches(key[:100], known, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"known: {', '.join(known)}"
            problems.append(f"{at}: unknown column '{shown}'; {hint}")
        elif key in seen:
            problems.append(f"{at}: column '{shown}' is also column "
                            f"{column_letter(seen[key])}; give each field one column")
        else:
            seen[key] = index
        names.append(key if key in known else None)
    while names and names[-1] is None:
        names.pop()
    if not problems and "role" not in seen:
        problems.append(f"{path}: row {row}: no 'role' column; the header row must name the "
                        "columns, with the role of each posting under 'role'")
    if problems:
        raise DataError(problems)
    return names


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
