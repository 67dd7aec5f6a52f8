"""The pieces of jdgen's workbook reader: caps, a streaming parse of one part, dates.

See :mod:`jdgen.inputs.xlsx`. Each part is unpacked through a capped stream
and parsed by expat in pieces of a megabyte, with a document type
declaration refused and the elements counted, so no part can hold the parser
longer than its cap allows.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

__all__ = ["CAPS", "MAX_CELL_FORMATS", "MAX_NUMBER_FORMATS", "MAX_SHEET_ROWS",
           "MAX_STRING_CHARACTERS", "PartCap", "Refused", "as_date", "date_kind", "names",
           "number", "parse"]

@dataclass(frozen=True)
class PartCap:
    """What one part may unpack to, in bytes, and how many tags (``<``) it may hold."""

    size: int
    tags: int


CAPS = {
    "workbook": PartCap(4_000_000, 200_000),
    "relationships": PartCap(4_000_000, 200_000),
    "styles": PartCap(16_000_000, 1_000_000),  # 64,000 styles with all their parts
    "strings": PartCap(64_000_000, 12_000_000),  # 2,000,100 strings, some in runs
    "sheet": PartCap(128_000_000, 12_000_000),  # 2,000,100 cells, some inline strings
}
MAX_CELL_FORMATS = 65_000  # cell styles: Excel's own limit is 64,000
MAX_NUMBER_FORMATS = 1_000  # custom number formats: Excel allows about 250
MAX_STRING_CHARACTERS = 20_000_000  # all shared strings together, as a CSV file's cap
MAX_SHEET_ROWS = 100_000  # row elements, empty ones too: five times the postings allowed

_MAIN = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
         "http://purl.oclc.org/ooxml/spreadsheetml/main")
_BUILTIN_DATES = frozenset({*range(14, 23), 45, 46, 47})
_ELAPSED = frozenset({46})
_FORMAT_NOISE = re.compile(r'"[^"]*"|\\.|_.|\*.|\[(?![hms]+\])[^\]]*\]', re.IGNORECASE)
_FORMAT_DATE = re.compile(r"[dmyhs]", re.IGNORECASE)
_EPOCHS = (dt.datetime(1899, 12, 30), dt.datetime(1904, 1, 1))


# What zipfile and zlib raise for a damaged, encrypted or oddly compressed part.
_DAMAGE = (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError,
           RuntimeError, zlib.error)


class Refused(Exception):
    """What is wrong with the workbook, as the end of an error line."""


def names(local: str) -> dict[str, str]:
    """Expat's ``namespace local`` names of ``local`` in both SpreadsheetML namespaces."""
    return {f"{space} {local}": local for space in _MAIN}


def parse(archive: zipfile.ZipFile, name: str, kind: str,
           start: Callable[[str, dict[str, str]], None],
           end: Callable[[str], None] | None = None,
           text: Callable[[str], None] | None = None) -> None:
    """Stream part ``name`` through expat within its cap; handlers get full names."""
    from xml.parsers import expat

    cap = CAPS[kind]
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise Refused(f"it has no part {name}") from None
    if info.file_size > cap.size:
        raise Refused(f"its part {name} unpacks to {info.file_size:,} bytes; the limit is "
                       f"{cap.size:,}")
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True

    def refuse(*_: Any) -> None:
        raise Refused(f"its part {name} declares a document type, which no workbook has")

    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    if end is not None:
        parser.EndElementHandler = end
    if text is not None:
        parser.CharacterDataHandler = text
    try:
        with archive.open(info) as stream:
            tags = _tags(stream)
        if tags > cap.tags:
            raise Refused(f"its part {name} holds more than {cap.tags:,} tags")
        with archive.open(info) as stream:
            _feed(parser, stream, name)
    except _DAMAGE as exc:
        raise Refused(f"its part {name} is damaged ({exc})") from None


def _tags(stream: IO[bytes]) -> int:
    """How many ``<`` the part holds: each element has one at least.

    Counted in C at memory speed, a megabyte at a time, before expat (and the
    calls into Python it makes for each element) sees the part.
    """
    tags = 0
    while chunk := stream.read(1 << 20):
        tags += chunk.count(b"<")
    return tags


def _feed(parser: Any, stream: IO[bytes], name: str) -> None:
    """Parse ``stream`` a megabyte at a time."""
    from xml.parsers import expat

    try:
        while chunk := stream.read(1 << 20):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise Refused(f"its part {name} is not well-formed XML ({exc})") from None


def number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise Refused(f"'{text[:20]}' stands where a whole number must") from None


def date_kind(ident: int, code: str | None) -> bool | None:
    """None for number format ``ident`` (``code``, if custom) that is no date; else whether
    it is elapsed time."""
    if code is None:
        return (ident in _ELAPSED) if ident in _BUILTIN_DATES else None
    first = code.split(";", 1)[0]
    elapsed = re.search(r"\[[hms]+\]", first, re.IGNORECASE) is not None
    if not _FORMAT_DATE.search(_FORMAT_NOISE.sub("", first)):
        return None
    return elapsed


def as_date(value: float, elapsed: bool, date1904: bool) -> str:
    """A date cell's serial number as a person reads it (ISO 8601)."""
    try:
        if elapsed:
            return str(dt.timedelta(days=value))
        time_only = 0 <= value < 1
        if not date1904 and 0 < value < 60:  # Excel counts a 29 February 1900
            value += 1
        moment = _EPOCHS[date1904] + dt.timedelta(milliseconds=round(value * 86_400_000))
    except (OverflowError, ValueError):
        raise Refused(f"a date cell holds {value}, which is no date") from None
    if time_only:
        return moment.time().isoformat()
    return moment.date().isoformat() if moment.time() == dt.time() else moment.isoformat()
