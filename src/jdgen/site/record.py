"""The site's record of its postings, kept in the output folder's state file.

Beside the names of the files jdgen wrote (see :mod:`jdgen.site.sitefiles`),
the state file remembers for every posting built:

* ``posted``: the day it first appeared on the site, so a rebuild tomorrow
  dates it as today's build did (a ``date`` given in the manifest wins);
* ``modified`` and ``content``: the day its content last changed, and a digest
  of that content, so a changed posting tells search engines so;
* ``inputs`` and ``files``: a digest of everything it is made from and the size
  and a digest of each file written, so a posting whose inputs and files are as
  recorded is not rendered again (see :mod:`jdgen.site.incremental`); the same
  inputs give the same record, byte for byte, whenever and wherever it is built;
* what the index, the report and the feeds say of it, to list it without
  rendering it.

Each posting is one line of compact JSON, so the record is read a line at a
time into a spool on disk: memory holds only each posting's id and place.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from jdgen.site.sitefiles import OUR_NAME, STATE_FILE, Spool

if TYPE_CHECKING:
    from jdgen.site.outcome import Outcome

Stamp = list[Any]  # [size in bytes, digest of the bytes]


@dataclass
class Earlier:
    """What the record says of one posting built before."""

    id: str
    posted: str
    modified: str
    content: str
    inputs: str
    closed: bool
    files: dict[str, Stamp]
    data: dict[str, Any]  # the whole line, parsed
    line: bytes  # the line itself, written again as it was when nothing changed


@dataclass
class Record:
    """The earlier state file: file names, and each posting's line (in a spool, by id)."""

    files: set[str] = field(default_factory=set)
    pages: dict[str, Any] = field(default_factory=dict)  # see Keeping.pages_inputs
    _lines: Spool = field(default_factory=Spool)
    _places: dict[bytes, int] = field(default_factory=dict)
    path: Path | None = None  # the state file read
    warnings: list[str] = field(default_factory=list)  # damaged lines and entries, each once
    _damaged: set[str] = field(default_factory=set)

    def warn(self, message: str) -> None:
        """Note a problem with the earlier site's files (each message once)."""
        if message not in self.warnings:
            self.warnings.append(message)

    def pages_hold(self, inputs: str, names: Iterable[str], out_dir: Path,
                   since: int | None) -> bool:
        """Whether the site's pages were made from ``inputs`` and are as written then."""
        files = self.pages.get("files")
        if self.pages.get("inputs") != inputs or not isinstance(files, dict) \
                or sorted(files) != sorted(names):
            return False
        if not all(isinstance(stamp, list) and len(stamp) == 2 for stamp in files.values()):
            return False
        return untouched_files(files, out_dir, since)

    def __len__(self) -> int:
        return len(self._places)

    def ids(self) -> Iterator[str]:
        return (key.decode() for key in self._places)

    def get(self, posting_id: str | None) -> Earlier | None:
        """The earlier record of ``posting_id``, if the record has a sound one."""
        if posting_id is None:
            return None
        place = self._places.get(posting_id.encode())
        if place is None:
            return None
        line = self._lines.raw(place)
        try:
            found = _earlier(json.loads(line), line)
        except (ValueError, RecursionError):
            found = "it is not JSON"
        if isinstance(found, str):
            if posting_id not in self._damaged:
                self._damaged.add(posting_id)
                self.warn(f"{self.path or STATE_FILE}: the record of posting "
                          f"'{posting_id[:80]}' is damaged ({found}); it is left out")
            return None
        return found

    def close(self) -> None:
        self._lines.close()


def read_record(out_dir: Path) -> Record:
    """The record in ``out_dir`` (empty when there is none, or it is not one of ours).

    The file may have been edited by hand: a name not of the kind jdgen writes
    and a posting line that is not of the shape jdgen writes are left out.
    """
    from jdgen.inputs.reading import MAX_RECORD_BYTES

    path = out_dir / STATE_FILE
    record = Record(path=path)
    try:
        if not path.is_file():
            return record
        if path.stat().st_size > MAX_RECORD_BYTES:
            record.warn(f"{path}: the site's record is larger than {MAX_RECORD_BYTES} bytes; "
                        f"{_LEFT_OUT}")
            return record
        with path.open("rb") as handle:
            if not _scan(handle, record):
                handle.seek(0)
                if not _whole(handle.read(), record):
                    record.warn(f"{path}: the site's record is damaged (it is not the JSON "
                                f"jdgen writes); {_LEFT_OUT}")
    except OSError as exc:
        found = Record(path=path)
        found.warn(f"{path}: cannot read the site's record ({exc.strerror or exc}); {_LEFT_OUT}")
        return found
    return record


_LEFT_OUT = ("it is left out: every posting is built again, and files it listed are neither "
             "reported nor pruned as orphans")


def _scan(handle: IO[bytes], record: Record) -> bool:
    """Read the record as jdgen writes it, a name or a posting a line; False if it is not."""
    section: str | None = None
    seen = False
    for raw in handle:
        line = raw.strip()
        if line.startswith(b'"files": ['):
            section, seen = "files", True
            if line.endswith(b"]") or line.endswith(b"],"):
                section = None
        elif line.startswith(b'"postings": ['):
            section, seen = "postings", True
            if line.endswith(b"]") or line.endswith(b"],"):
                section = None
        elif line.startswith(b'"pages": {') and section is None:
            _pages(line.removeprefix(b'"pages": ').removesuffix(b","), record)
        elif line.startswith(b"]"):
            section = None
        elif section is not None:
            _take(section, line.removesuffix(b","), record)
    return seen


def _pages(line: bytes, record: Record) -> None:
    try:
        pages = json.loads(line)
    except (ValueError, RecursionError):
        return
    if isinstance(pages, dict):
        record.pages = pages


_ID = re.compile(rb'^\{"id":("[^"\\]*")[,}]')  # a line as jdgen writes it starts so


def _take(section: str, line: bytes, record: Record) -> None:
    """Note one name, or one posting's line (checked in full when it is looked up)."""
    if section == "postings":
        found = _ID.match(line)
        if found is None or not line.isascii() or not line.endswith(b"}"):
            return
        key = json.loads(found.group(1)).encode()
        if key not in record._places:
            record._places[key] = len(record._lines)
            record._lines.append_raw(line)
        return
    try:
        value = json.loads(line)
    except ValueError:
        return
    if isinstance(value, str) and OUR_NAME.match(value):
        record.files.add(value)


def _whole(data: bytes, record: Record) -> bool:
    """A record written some other way (by hand, all on one line): read it whole.

    False when it is no JSON mapping at all.
    """
    try:
        parsed = json.loads(data)
        names, postings = parsed.get("files", []), parsed.get("postings", [])
    except (ValueError, AttributeError, RecursionError):
        return False
    for name in names if isinstance(names, list) else []:
        if isinstance(name, str) and OUR_NAME.match(name):
            record.files.add(name)
    for item in postings if isinstance(postings, list) else []:
        _take("postings", json.dumps(item, separators=(",", ":")).encode("ascii"), record)
    return True


def _earlier(data: object, line: bytes) -> Earlier | str:
    """``data`` as a posting's record, or what makes it not of the shape jdgen writes."""
    from jdgen.site.keeping import entry_problem, is_day

    if not isinstance(data, dict):
        return "it is not a mapping"
    for key in ("id", "posted", "modified", "content", "inputs"):
        if not isinstance(data.get(key), str):
            return f"'{key}' is not text"
    for key in ("posted", "modified"):
        if not is_day(data[key]):
            return f"'{key}' is not a day (YYYY-MM-DD): {data[key][:40]!r}"
    files = data.get("files")
    if not isinstance(files, dict) or not all(
            isinstance(name, str) and OUR_NAME.match(name) and isinstance(stamp, list)
            and len(stamp) == 2 and type(stamp[0]) is int and isinstance(stamp[1], str)
            for name, stamp in files.items()):
        return "'files' does not name files jdgen writes with their stamps"
    problem = entry_problem(data.get("entry"))
    if problem is not None:
        return f"its index entry: {problem}"
    warnings = data.get("warnings")
    if not isinstance(warnings, list) or not all(isinstance(w, str) for w in warnings):
        return "'warnings' is not a list of text"
    problem = _board_problem(data.get("board"))
    if problem is not None:
        return f"its board facts: {problem}"
    return Earlier(id=data["id"], posted=data["posted"], modified=data["modified"],
                   content=data["content"], inputs=data["inputs"],
                   closed=data.get("closed") is True, files=files, data=data, line=line)


def _board_problem(board: object) -> str | None:
    """What makes ``board`` no board facts of the shape jdgen writes (None: nothing)."""
    if board is None:
        return None
    if not isinstance(board, dict):
        return "not a mapping"
    places = board.get("places")
    if places is not None and not (isinstance(places, list)
                                   and all(isinstance(place, dict) for place in places)):
        return "'places' is not a list of mappings"
    employment = board.get("employment")
    if employment is not None and not (isinstance(employment, list)
                                       and all(isinstance(kind, str) for kind in employment)):
        return "'employment' is not a list of text"
    salary = board.get("salary")
    if salary is not None and not (isinstance(salary, dict) and all(
            type(salary.get(end)) is int for end in ("min", "max"))):
        return "'salary' has no whole amounts"
    return None


def record_values(outcome: Outcome) -> dict[str, Any]:
    """What the record keeps of a posting just built (its files' stamps are added)."""
    from jdgen.site.index import entry

    values: dict[str, Any] = {
        "id": outcome.stem, "posted": outcome.date_posted,
        "modified": outcome.date_modified or outcome.date_posted,
        "content": outcome.content or "", "inputs": outcome.inputs or "",
        "closed": outcome.closed, "entry": entry(outcome), "warnings": outcome.warnings,
    }
    if outcome.board:
        values["board"] = outcome.board
    return values


def stamp(path: Path, size: int | None = None) -> Stamp | None:
    """The size and digest of the plain file at ``path`` (None if it is not there, or,
    given ``size``, when it is not that long: then it is not read at all)."""
    import hashlib
    import stat as stats

    try:
        with path.open("rb") as handle:
            found = os.fstat(handle.fileno())
            if not stats.S_ISREG(found.st_mode) or size not in (None, found.st_size):
                return None
            digest = hashlib.blake2b(digest_size=16)
            while chunk := handle.read(1 << 16):
                digest.update(chunk)
    except OSError:
        return None
    return [found.st_size, digest.hexdigest()]


def untouched(earlier: Earlier, out_dir: Path, since: int | None = None) -> bool:
    """Whether every file of ``earlier`` still holds what jdgen wrote there.

    A file of the recorded size last written before the record itself
    (``since``, the record's modification time in nanoseconds) is as jdgen
    left it; any other is read and its digest compared.
    """
    return untouched_files(earlier.files, out_dir, since)


def untouched_files(files: dict[str, Stamp], out_dir: Path, since: int | None) -> bool:
    """Whether each of ``files`` holds what its stamp says (see :func:`untouched`)."""
    for name, recorded in files.items():
        path = out_dir / name
        try:
            found = os.lstat(path)
        except OSError:
            return False
        if found.st_size != recorded[0]:
            return False
        if since is not None and found.st_mtime_ns < since:
            continue
        if stamp(path, recorded[0]) != recorded:
            return False
    return True


def pages_record(inputs: str, names: Iterable[str], out_dir: Path) -> dict[str, Any]:
    """What the record keeps of the site's pages: what they were made from, and their stamps."""
    return {"inputs": inputs,
            "files": {name: stamp(out_dir / name) or [0, ""] for name in sorted(names)}}


def written_at(out_dir: Path) -> int | None:
    """When the record in ``out_dir`` was written (nanoseconds), if it is there."""
    try:
        return os.stat(out_dir / STATE_FILE).st_mtime_ns
    except OSError:
        return None


def posting_line(values: dict[str, Any], names: Iterable[str], out_dir: Path) -> bytes:
    """One posting's line: ``values`` and the stamps of its files as they are now."""
    files = {name: stamp(out_dir / name) or [0, ""] for name in sorted(names)}
    return json.dumps({**values, "files": files}, separators=(",", ":")).encode("ascii")


@dataclass
class Keeping:
    """This build's record lines, gathered in a spool as the postings land."""

    out_dir: Path
    lines: Spool | None  # None: a check, which writes no record
    boards: Spool = field(default_factory=Spool)  # each listed entry's board facts, in order
    ids: set[str] = field(default_factory=set)
    all_kept: bool = True  # no posting was rendered: the pages may be as they were
    _pages: Any = field(default_factory=lambda: _new_digest())

    def keep(self, outcome: Outcome) -> None:
        """Note a posting that built (its files are in place, so their stamps are known)."""
        if self.lines is None:
            self.note(outcome)
            return
        if outcome.stem is None or outcome.stem in self.ids:
            return
        line = outcome.kept
        if line is None:
            self.all_kept = False
            line = posting_line(record_values(outcome), outcome.files, self.out_dir)
        self.lines.append_raw(line)
        self._pages.update(line + b"\n")
        self.ids.add(outcome.stem)

    def note(self, outcome: Outcome) -> None:
        """Note a posting that built, in a check (which keeps no lines)."""
        if outcome.kept is None:
            self.all_kept = False
        else:
            self._pages.update(outcome.kept + b"\n")

    def pages_inputs(self, site: str, names: Iterable[str]) -> str:
        """A digest of what the index pages and feeds are made from: the site, the page
        names, and every posting's record line in order (which holds its entry)."""
        digest = self._pages.copy()
        digest.update(site.encode() + b"\0" + "\0".join(names).encode())
        return str(digest.hexdigest())

    def lines_with(self, earlier: Record, kept: set[str]) -> Iterator[bytes]:
        """This build's lines, then the earlier lines of postings whose files were all kept
        (while some posting fails, see jdgen.site.keeping)."""
        if self.lines is not None:
            for index in range(len(self.lines)):
                yield self.lines.raw(index)
        for posting_id in earlier.ids():
            if posting_id in self.ids:
                continue
            found = earlier.get(posting_id)
            if found is not None and found.files and all(name in kept for name in found.files):
                yield found.line


def _new_digest() -> Any:
    import hashlib

    return hashlib.blake2b(digest_size=16)


BOARD_FEEDS = frozenset({"indeed.xml", "linkedin.xml"})


class _Boarded:
    """Index entries read by position, each with its board facts put back."""

    def __init__(self, entries: Spool, boards: Spool) -> None:
        self._entries, self._boards = entries, boards

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, index: int) -> dict[str, Any]:
        item: dict[str, Any] = self._entries[index]
        board = self._boards[index] if index < len(self._boards) else None
        if board:
            item["board"] = board
        return item

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (self[index] for index in range(len(self)))


def with_boards(entries: Spool, boards: Spool) -> _Boarded:
    """``entries`` (this build's, in the order ``boards`` was filled) with their board facts."""
    return _Boarded(entries, boards)
