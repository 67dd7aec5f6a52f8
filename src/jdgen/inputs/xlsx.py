"""A workbook's rows, read by a streaming reader that builds only what a manifest uses.

A general workbook library builds every style, font and shared string a
file declares before one cell is read, so a few hundred kilobytes of
compressed XML can ask for gigabytes and minutes. This reader unpacks only
the parts a manifest needs — the workbook's list of sheets, the
relationships that find its parts, the shared strings, the number formats of
the cell styles (to tell a date from a number) and one sheet — and parses
each as a stream (:func:`jdgen.inputs.xlsxparts.parse`), keeping only those
values. Each part has a cap on its unpacked size and on what it may hold
(:data:`~jdgen.inputs.xlsxparts.CAPS` and the counts there); the first excess
stops the reading with one error. A document type declaration (the vehicle
of entity bombs and external entities) is refused in any part.
"""

from __future__ import annotations

import posixpath
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jdgen.errors import DataError
from jdgen.inputs.xlsxparts import (
    MAX_CELL_FORMATS,
    MAX_NUMBER_FORMATS,
    MAX_SHEET_ROWS,
    MAX_STRING_CHARACTERS,
    Refused,
    as_date,
    date_kind,
    names,
    number,
    parse,
)

__all__ = ["MAX_ENTRIES", "STRING_SLACK", "read_workbook"]

MAX_ENTRIES = 10_000  # parts in the zip
# Shared strings are read up to the last one the sheet names, which may be at most this many
# past the number of its cells that name one (the strings of a workbook's other sheets).
STRING_SLACK = 100_000
_MAX_COLUMN = 16_384  # XFD, a sheet's last column
_PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships Relationship"
_REL_ID = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships id",
           "http://purl.oclc.org/ooxml/officeDocument/relationships id")
_KINDS = {"officeDocument": "office", "sharedStrings": "strings", "styles": "styles",
          "worksheet": "sheet", "chartsheet": "chart"}


def read_workbook(path: Path, raw: bytes, *, max_rows: int, max_columns: int,
                  max_cell: int, max_unpacked: int) -> list[tuple[int, list[Any]]]:
    """The rows of the sheet named 'postings' (else the first), as (row number, texts).

    Cells are text (numbers, booleans and dates written as a person reads
    them) or None when empty; a row's trailing empty cells and the sheet's
    trailing empty rows are left out. A value in a row past ``max_rows + 1``
    or a column past ``max_columns`` is an error, as are formulas and a cell
    longer than ``max_cell``; errors name the row and column. A workbook whose
    parts say they unpack to more than ``max_unpacked`` bytes together is
    refused from its zip directory.
    """
    import io

    try:
        if _entries(raw) > MAX_ENTRIES:
            raise DataError([f"{path}: the workbook has more than {MAX_ENTRIES:,} parts"])
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, ValueError, NotImplementedError, EOFError, OSError,
            RuntimeError, struct.error):  # what zipfile raises for a damaged directory
        raise DataError([f"{path}: not an Excel workbook (.xlsx); save the sheet as "
                         "'Excel Workbook' or as CSV"]) from None
    unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > max_unpacked:
        archive.close()
        raise DataError([f"{path}: the workbook unpacks to {unpacked:,} bytes; the limit is "
                         f"{max_unpacked:,}"])
    try:
        with archive:
            return _Reader(path, archive, max_rows, max_columns, max_cell).rows()
    except Refused as exc:
        raise DataError([f"{path}: cannot read the workbook: {exc}; save it again as "
                         "'Excel Workbook' or as CSV"]) from None


def _entries(raw: bytes) -> int:
    """How many parts the zip's end record says it has (before zipfile lists them)."""
    at = raw.rfind(b"PK\x05\x06", max(0, len(raw) - 65_600))
    if at < 0 or at + 22 > len(raw):
        raise zipfile.BadZipFile
    return int(struct.unpack("<H", raw[at + 10:at + 12])[0])


@dataclass
class _Reader:
    path: Path
    archive: zipfile.ZipFile
    max_rows: int
    max_columns: int
    max_cell: int
    date1904: bool = False
    strings: list[str] = field(default_factory=list)
    dates: list[bool | None] = field(default_factory=list)  # per cell style (see date_kind)

    def rows(self) -> list[tuple[int, list[Any]]]:
        kinds, _ = self._relationships("_rels/.rels", "")
        book = next((part for part, kind in kinds.items() if kind == "office"),
                    "xl/workbook.xml")
        folder, name = posixpath.split(book)
        kinds, by_id = self._relationships(posixpath.join(folder, "_rels", f"{name}.rels"),
                                           folder)
        sheets = self._sheets(book)
        if not sheets:
            raise Refused("it has no sheet")
        title, rid = next(((n, r) for n, r in sheets if n == "postings"), sheets[0])
        target = by_id.get(rid)
        if target is None or kinds.get(target) not in ("sheet", "chart"):
            raise Refused(f"the sheet '{title[:40]}' has no part")
        if kinds[target] == "chart":
            raise Refused(f"the sheet '{title[:40]}' is a chart, not a table")
        for part, kind in kinds.items():
            if kind == "styles":
                self._styles(part)
        cells = _Cells(self)
        parse(self.archive, target, "sheet", cells.start, cells.end, cells.data)
        if cells.wanted >= 0:  # the cells name shared strings: read those, and no more
            strings = next((part for part, kind in kinds.items() if kind == "strings"), None)
            if strings is None:
                raise Refused("its cells name shared strings, but it has none")
            if cells.wanted >= cells.shared + STRING_SLACK:
                raise Refused(f"a cell names shared string {cells.wanted:,}, though the sheet "
                              f"has {cells.shared:,} such cells; save the sheet as a workbook "
                              "of its own")
            self._strings(strings, cells.wanted)
        return self._table(cells)

    def _relationships(self, part: str, base: str) -> tuple[dict[str, str], dict[str, str]]:
        """Part name -> its kind, and relationship id -> part name."""
        kinds: dict[str, str] = {}
        by_id: dict[str, str] = {}

        def start(tag: str, attrs: dict[str, str]) -> None:
            if tag != _PACKAGE or attrs.get("TargetMode") == "External":
                return
            target = attrs.get("Target", "")
            found = posixpath.normpath(target.lstrip("/") if target.startswith("/")
                                       else posixpath.join(base, target))
            by_id[attrs.get("Id", "")] = found
            kind = _KINDS.get(attrs.get("Type", "").rsplit("/", 1)[-1])
            if kind:
                kinds[found] = kind

        if part in self.archive.NameToInfo:
            parse(self.archive, part, "relationships", start)
        return kinds, by_id

    def _sheets(self, book: str) -> list[tuple[str, str]]:
        sheets: list[tuple[str, str]] = []
        sheet, properties = names("sheet"), names("workbookPr")

        def start(tag: str, attrs: dict[str, str]) -> None:
            if tag in sheet:
                rid = next((attrs[key] for key in _REL_ID if key in attrs), "")
                sheets.append((attrs.get("name", ""), rid))
            elif tag in properties:
                self.date1904 = attrs.get("date1904", "0").lower() in ("1", "true")

        parse(self.archive, book, "workbook", start)
        return sheets

    def _styles(self, part: str) -> None:
        formats: dict[int, str] = {}
        cell_formats: list[int] = []
        inside = False  # in cellXfs, whose siblings start where it ends: no end handler
        xfs, xf, custom = names("cellXfs"), names("xf"), names("numFmt")
        siblings = {name for local in ("numFmts", "fonts", "fills", "borders", "cellStyleXfs",
                                       "cellStyles", "dxfs", "tableStyles", "colors", "extLst")
                    for name in names(local)}

        def start(tag: str, attrs: dict[str, str]) -> None:
            nonlocal inside
            if tag in xfs:
                inside = True
            elif tag in siblings:
                inside = False
            elif tag in xf and inside:
                cell_formats.append(number(attrs.get("numFmtId", "0")))
                if len(cell_formats) > MAX_CELL_FORMATS:
                    raise Refused(f"it has more than {MAX_CELL_FORMATS:,} cell styles")
            elif tag in custom:
                formats[number(attrs.get("numFmtId", "0"))] = attrs.get("formatCode", "")
                if len(formats) > MAX_NUMBER_FORMATS:
                    raise Refused(f"it has more than {MAX_NUMBER_FORMATS:,} number formats")

        parse(self.archive, part, "styles", start)
        self.dates = [date_kind(ident, formats.get(ident)) for ident in cell_formats]

    def _strings(self, part: str, wanted: int) -> None:
        """Read the shared strings up to number ``wanted``, the last one a cell names."""
        pieces: list[str] = []
        total = 0
        phonetic = 0  # inside a phonetic reading, whose text is not the cell's
        taking = False
        item, text, reading = names("si"), names("t"), names("rPh")

        def start(tag: str, attrs: dict[str, str]) -> None:
            nonlocal taking, phonetic
            if tag in text:
                taking = not phonetic
            elif tag in reading:
                phonetic += 1
            elif tag in item:
                pieces.clear()

        def end(tag: str) -> None:
            nonlocal taking, phonetic, total
            if tag in text:
                taking = False
            elif tag in reading:
                phonetic -= 1
            elif tag in item:
                self.strings.append("".join(pieces))
                if len(self.strings) > wanted:
                    raise _Enough

        def data(chunk: str) -> None:
            nonlocal total
            if taking:
                pieces.append(chunk)
                total += len(chunk)  # counted as it comes, so one huge string is stopped too
                if total > MAX_STRING_CHARACTERS:
                    raise Refused(f"its shared strings hold more than "
                                  f"{MAX_STRING_CHARACTERS:,} characters")

        try:
            parse(self.archive, part, "strings", start, end, data)
        except _Enough:
            return
        raise Refused(f"a cell names shared string {wanted}, but it has only "
                      f"{len(self.strings):,}")

    def _table(self, cells: _Cells) -> list[tuple[int, list[Any]]]:
        """Every row from the first to the last that holds a value, its cells as text."""
        if not cells.rows:
            return []
        out = []
        for row in range(1, max(cells.rows) + 1):
            found = cells.rows.get(row, {})
            values: list[Any] = [None] * (max(found) + 1 if found else 0)
            for column, value in found.items():
                if isinstance(value, int):  # a shared string, read after the sheet
                    value = self.strings[value]
                    cells.check_length(value, row, column)
                values[column] = value or None
            while values and values[-1] is None:
                values.pop()
            out.append((row, values))
        return out


class _Enough(Exception):
    """Every shared string a cell names has been read."""


class _Cells:
    """The sheet's handlers: each row's values, as text, by column."""

    def __init__(self, book: _Reader) -> None:
        self.book = book
        self.rows: dict[int, dict[int, str | int]] = {}  # rows with values; int: shared string
        self.wanted = -1  # the highest shared string a cell names
        self.shared = 0  # cells that name a shared string
        self.row = self.column = self.row_count = 0
        self.kind, self.style, self.formula = "n", "0", False
        self.letters: dict[str, int] = {}  # 'AB' -> 28, for every column seen
        self.taking, self.inline, self.phonetic = False, False, 0
        self.pieces: list[str] = []
        self.size = 0  # characters in pieces
        self.tags = {**names("row"), **names("c"), **names("v"), **names("is"),
                     **names("t"), **names("f"), **names("rPh")}

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        local = self.tags.get(tag)
        if local == "c":
            ref = attrs.get("r")
            if ref:
                letters = ref.rstrip("0123456789")
                column = self.letters.get(letters)
                self.column = column if column is not None else self._column(letters, ref)
            else:
                self.column += 1
                if self.column > _MAX_COLUMN:
                    raise Refused(f"row {self.row} of its sheet has more than "
                                  f"{_MAX_COLUMN:,} columns")
            self.kind, self.formula = attrs.get("t", "n"), False
            self.style = attrs.get("s", "0")
            self.pieces, self.size = [], 0
        elif local == "v":
            self.taking = True
        elif local == "t":
            self.taking = self.inline and not self.phonetic
        elif local == "row":
            self.row_count += 1
            if self.row_count > MAX_SHEET_ROWS:
                raise Refused(f"its sheet has more than {MAX_SHEET_ROWS:,} rows")
            ref = attrs.get("r")
            self.row = number(ref) if ref else self.row + 1
            self.column = 0
        elif local == "is":
            self.inline = True
        elif local == "f":
            self.formula = True
        elif local == "rPh":
            self.phonetic += 1

    def end(self, tag: str) -> None:
        local = self.tags.get(tag)
        if local in ("v", "t"):
            self.taking = False
        elif local == "c" and (self.pieces or self.formula):
            value = self._value()
            if value is not None:
                self._keep(value)
        elif local == "is":
            self.inline = False
        elif local == "rPh":
            self.phonetic -= 1

    def data(self, chunk: str) -> None:
        if self.taking:
            self.pieces.append(chunk)
            self.size += len(chunk)
            if self.size > self.book.max_cell:  # stopped as it comes, not once it is whole
                self.check_length("".join(self.pieces), self.row, self.column - 1, more=True)

    def _column(self, letters: str, ref: str) -> int:
        column = _column(letters, ref)
        if len(self.letters) < 20_000:
            self.letters[letters] = column
        return column

    def _where(self) -> str:
        return f"{self.book.path}: row {self.row}, column {column_letter(self.column - 1)}"

    def check_length(self, value: str, row: int, column: int, *, more: bool = False) -> None:
        """A cell longer than the limit is an error naming it (``more``: read in part)."""
        if len(value) > self.book.max_cell:
            size = f"more than {self.book.max_cell:,}" if more else f"{len(value):,}"
            raise DataError([f"{self.book.path}: row {row}, column {column_letter(column)}: "
                             f"{size} characters; the limit is {self.book.max_cell:,}"])

    def _keep(self, value: str | int) -> None:
        book, column = self.book, self.column - 1
        if self.formula:
            raise DataError([f"{self._where()}: the cell holds a formula; jdgen reads values, "
                             "not formulas: copy the column and paste it as values"])
        if self.row > book.max_rows + 1:
            raise DataError([f"{book.path}: row {self.row}: more than {book.max_rows:,} "
                             "postings; split the sheet into several manifests"])
        if column >= book.max_columns:
            raise DataError([f"{self._where()}: a value past column "
                             f"{column_letter(book.max_columns - 1)}; a sheet may have at most "
                             f"{book.max_columns} columns"])
        if isinstance(value, int):
            self.wanted = max(self.wanted, value)
            self.shared += 1
        else:
            self.check_length(value, self.row, column)
        self.rows.setdefault(self.row, {})[column] = value

    def _value(self) -> str | int | None:
        """The finished cell as text (None when empty), or the number of its shared string.

        A formula is kept as itself, to be refused by :meth:`_keep`.
        """
        raw = "".join(self.pieces)
        kind = self.kind
        if self.formula:
            return raw or "="
        if not raw:
            return None
        if kind == "s":
            index = number(raw)
            if not 0 <= index < (self.book.max_rows + 1) * self.book.max_columns:
                raise Refused(f"a cell names shared string {raw[:20]}; the limit is "
                              "one per cell a sheet may hold")
            return index
        if kind in ("inlineStr", "str", "e"):
            return raw
        if kind == "b":
            return "true" if raw.strip() in ("1", "true") else "false"
        if kind == "d":
            return _iso_date(raw.strip())
        try:
            value = float(raw) if any(mark in raw for mark in ".eEnN") else int(raw)
        except ValueError:
            raise Refused(f"a cell holds '{raw[:20]}' as a number") from None
        dates, style = self.book.dates, number(self.style)
        elapsed = dates[style] if 0 <= style < len(dates) else None
        if elapsed is not None:
            return as_date(float(value), elapsed, self.book.date1904)
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)


def _iso_date(text: str) -> str:
    """A date cell written as ISO 8601 text, without a time of midnight."""
    import datetime as dt

    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    return moment.date().isoformat() if moment.time() == dt.time() else moment.isoformat()


def _column(letters: str, ref: str) -> int:
    """'A' -> 1, 'AB' -> 28: the column of cell reference ``ref``, counted from 1."""
    column = 0
    for char in letters[:8] or "?":
        if "A" <= char <= "Z":
            column = column * 26 + ord(char) - 64
        elif "a" <= char <= "z":
            column = column * 26 + ord(char) - 96
        else:
            break
    if not 0 < column <= _MAX_COLUMN:
        raise Refused(f"a cell's reference '{ref[:20]}' names no column of a sheet")
    return column


def column_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA'."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
