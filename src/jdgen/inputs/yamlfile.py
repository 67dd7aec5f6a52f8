"""Read a YAML file into plain data, remembering where each value came from.

PyYAML's parser gives events with line and column marks; we turn them into
Python values ourselves so that:

* duplicate keys are an error (PyYAML keeps the last one silently);
* ``yes``/``no``/``on``/``off``, octal and sexagesimal numbers stay the text the
  user typed instead of turning into booleans or odd integers;
* alias bombs and huge files fail fast instead of eating memory;
* every value's position is known, for ``file:line:col: field: message`` errors.

:func:`read_yaml_streaming` reads a file whose top-level list may be long (a
batch manifest's postings) without ever holding all of that list's items.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from jdgen.errors import DataError
from jdgen.inputs.reading import MAX_YAML_BYTES, read_capped

MAX_BYTES = MAX_YAML_BYTES
# Values in one document, each use of an alias counted in full. Above what the schemas
# allow (a manifest of 20,000 postings with every field set, about 1,400,000 values), yet
# far below what an alias bomb would expand to.
MAX_NODES = 2_000_000
# Mappings and lists inside one another. Real files nest a handful deep; a bound keeps
# hostile nesting from costing the parser time (PyYAML's pure-Python one is quadratic).
MAX_DEPTH = 100

Loc = tuple[str | int, ...]

_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
_BOOL = {"true": True, "false": False}
_CONTAINER_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
_STR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


@dataclass
class YamlDoc:
    """Parsed data plus the (line, column) of each value, both 1-based."""

    path: Path
    data: Any
    marks: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    text: str | None = None  # kept while only the shallow marks are known
    depth: int | None = None  # marks are known down to this depth (None: all)

    def where(self, loc: Loc, *, key: bool = False) -> str:
        """``file:line:col`` for the value at ``loc`` (or its key), else its nearest parent."""
        if self.depth is not None and (len(loc) > self.depth or key):
            self._all_marks()
        if key and loc in self.key_marks:
            line, column = self.key_marks[loc]
            return f"{self.path}:{line}:{column}"
        for end in range(len(loc), -1, -1):
            mark = self.marks.get(loc[:end])
            if mark:
                return f"{self.path}:{mark[0]}:{mark[1]}"
        return str(self.path)

    def _all_marks(self) -> None:
        """Parse the text again, keeping every position (done at most once, for errors)."""
        full = YamlDoc(path=self.path, data=None)
        _Builder(full).feed(yaml.parse(self.text or "", Loader=_LOADER))
        self.marks, self.key_marks = full.marks, full.key_marks
        self.text = self.depth = None


# Positions kept on the first pass: enough to name a posting in a manifest of thousands;
# deeper ones are found by a second pass only when an error needs them.
SHALLOW = 2

# libyaml's parser when PyYAML was built with it (several times faster); it gives the
# same nodes and marks, and errors are reported by the pure-Python parser.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path, *, text: str | None = None) -> YamlDoc:
    """Parse ``path`` (or ``text`` read from it) into a :class:`YamlDoc`."""
    if text is None:
        text = _read_text(path)
    # Small files keep every position at once; big ones keep the shallow ones and the text.
    big = len(text) >= 50_000
    doc = YamlDoc(path=path, data=None, text=text if big else None, depth=SHALLOW if big else None)
    return _build_text(doc, text)[0].doc


def _build_text(doc: YamlDoc, text: str, stream: Loc | None = None) -> tuple[_Builder, Any]:
    """Build ``doc`` from ``text``; return the builder and the parser that read it.

    YAML errors become one ``file:line:col: invalid YAML: ...`` line; other
    problems (duplicate keys, tags) are all reported at once.
    """
    path = doc.path
    loader = _LOADER
    try:
        try:
            builder = _Builder(doc, stream)
            builder.feed(yaml.parse(text, Loader=loader))
        except yaml.YAMLError as exc:
            if isinstance(exc, yaml.MarkedYAMLError) and exc.problem_mark is not None \
                    and "nesting depth" in (exc.problem or ""):
                # libyaml looks ahead: it stops at its own bound before we see the depth.
                deep = exc.problem_mark
                raise DataError([_too_deep(f"{path}:{deep.line + 1}:{deep.column + 1}")]) \
                    from None
            # Parse again with the pure-Python parser: its messages are the clearer ones.
            loader = yaml.SafeLoader
            builder = _Builder(YamlDoc(path=path, data=None, text=doc.text, depth=doc.depth),
                               stream)
            builder.feed(yaml.parse(text, Loader=loader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = exc.problem or exc.context or "not valid YAML"
        opened = exc.context_mark
        if exc.context and opened and exc.problem and opened is not mark:
            problem += f" ({exc.context} that starts at line {opened.line + 1})"
        raise DataError([f"{where}: invalid YAML: {problem}"]) from None
    except yaml.YAMLError as exc:
        raise DataError([f"{path}: invalid YAML: {exc}"]) from None
    if builder.problems:
        raise DataError(builder.problems)
    builder.doc.data = builder.data
    return builder, loader


def _too_deep(where: str) -> str:
    return f"{where}: lists and mappings are nested too deep (the limit is {MAX_DEPTH} levels)"


# ------------------------------------------------------------------ streaming

_Identity = tuple[int, int, int, int]


def _identity(handle: Any) -> _Identity:
    """What tells one version of an open file from another: device, inode, size, time."""
    info = os.fstat(handle.fileno())
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _clean_file(path: Path) -> _Identity | None:
    """The identity of ``path`` if it is a regular file of UTF-8 text within the size limit.

    The file is read in pieces, never whole. ``None`` means "read it the careful
    way" (:func:`_read_text`), which names whatever is wrong, or keeps the text
    of a file that cannot be read twice, such as a pipe.
    """
    try:
        info = path.stat()  # before opening: a pipe must be opened (and read) only once
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
            return None
        with path.open("rb") as handle:
            found = _identity(handle)
            decoder = codecs.getincrementaldecoder("utf-8")()
            seen = 0
            while chunk := handle.read(1 << 16):
                seen += len(chunk)
                if b"\x00" in chunk or seen > MAX_BYTES:
                    return None
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except (OSError, UnicodeDecodeError):
        return None
    return found


def read_yaml_streaming(path: Path, key: str) -> tuple[YamlDoc, StreamedItems | None]:
    """Check all of ``path`` like :func:`read_yaml`, but leave out the items of list ``key``.

    That top-level list holds ``None`` for each item (so it can be counted and
    validated as a list); the :class:`StreamedItems` returned builds the real
    items one at a time. It is ``None`` when the list could not be left out (it
    has an anchor, is an alias, or is not a list), in which case the document
    holds it whole.
    """
    loc: Loc = (key,)
    found = _clean_file(path)
    if found is not None:
        try:
            with path.open("rb") as handle:
                if _identity(handle) == found:
                    builder = _Builder(YamlDoc(path=path, data=None), loc)
                    builder.feed(yaml.parse(_Capped(handle, path), Loader=_LOADER))
                    if builder.problems:
                        raise DataError(builder.problems)
                    builder.doc.data = builder.data
                    return builder.doc, _streamed(builder, path, found, None, _LOADER)
        except (OSError, yaml.YAMLError):
            pass  # read it whole below, which reports the problem clearly
    text = _read_text(path)
    builder, loader = _build_text(YamlDoc(path=path, data=None), text, loc)
    return builder.doc, _streamed(builder, path, None, text, loader)


def _streamed(builder: _Builder, path: Path, found: _Identity | None, text: str | None,
              loader: Any) -> StreamedItems | None:
    if not builder.streamed:
        return None
    assert builder.stream is not None
    return StreamedItems(path, builder.stream, found, text, loader)


@dataclass(frozen=True)
class StreamedItems:
    """The items of a long top-level list, built one at a time by reading the file again."""

    path: Path
    loc: Loc
    identity: _Identity | None  # the file as it was checked; None when ``text`` holds it
    text: str | None
    loader: Any

    def __iter__(self) -> Iterator[YamlDoc]:
        """Each item as a document of its own, with its positions in the whole file."""
        builder = _Builder(YamlDoc(path=self.path, data=None), self.loc, keep=True)
        try:
            if self.text is not None:
                yield from builder.items(yaml.parse(self.text, Loader=self.loader))
                return
            with self.path.open("rb") as handle:
                if _identity(handle) != self.identity:
                    raise self._changed()
                yield from builder.items(yaml.parse(_Capped(handle, self.path),
                                                    Loader=self.loader))
        except (OSError, yaml.YAMLError, DataError):
            raise self._changed() from None

    def _changed(self) -> DataError:
        return DataError([f"{self.path}: the file changed while it was being read; "
                          "run the command again"])


class _Capped:
    """A file handle that refuses to give more than :data:`MAX_BYTES` in all."""

    def __init__(self, handle: Any, path: Path) -> None:
        self.handle, self.path, self.seen = handle, path, 0

    def read(self, size: int = -1) -> bytes:
        data: bytes = self.handle.read(size if 0 <= size <= MAX_BYTES else MAX_BYTES + 1)
        self.seen += len(data)
        if self.seen > MAX_BYTES:
            raise DataError([f"{self.path}: file is over the limit of {MAX_BYTES:,} bytes "
                             "(it grew while being read)"])
        return data


def _read_text(path: Path) -> str:
    return decode(path, read_capped(path, MAX_BYTES, folder_noun="YAML file"))


def decode(path: Path, raw: bytes) -> str:
    """The text of YAML file ``path`` from its bytes ``raw``; no NUL bytes, valid UTF-8."""
    if b"\x00" in raw:
        raise DataError([f"{path}: binary data, not a YAML text file"])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError([f"{path}:{line}: not valid UTF-8 text"]) from None


_SKIP = object()  # a value whose key was refused: built, then dropped
_NULLS = {"", "~", "null", "Null", "NULL"}


class _Frame:
    """A mapping or sequence being built from parser events."""

    __slots__ = ("anchor", "count", "key", "lines", "loc", "skipped", "value")

    def __init__(self, value: dict[str, Any] | list[Any], loc: Loc, anchor: str | None) -> None:
        self.value = value
        self.loc = loc
        self.anchor = anchor
        self.key: Any = None  # mappings: the key waiting for its value
        self.lines: dict[str, int] = {}  # mappings: the line each key was first given on
        self.count = 1  # values in this subtree, for alias accounting
        self.skipped = 0  # the streamed list: items handed out instead of kept

    def length(self) -> int:
        """Items in this list so far, kept or not."""
        return self.skipped + len(self.value)


class _Builder:
    """Build Python values straight from parser events, with marks and checks.

    Working from events rather than a composed node tree keeps memory close to
    the size of the data itself. With ``stream`` (the location of a top-level
    list), that list's items are not kept at all: each is dropped as soon as it
    is built, or with ``keep`` handed out through :meth:`items` together with
    its own positions.
    """

    def __init__(self, doc: YamlDoc, stream: Loc | None = None, *, keep: bool = False) -> None:
        self.doc = doc
        self.count = 0
        self.aliased = False  # whether an alias (*name) has been counted in full
        self.problems: list[str] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.stack: list[_Frame] = []
        self.data: Any = None
        self.documents = 0
        self.stream = stream
        self.streaming: _Frame | None = None  # the streamed list, while it is open
        self.streamed = False  # whether the streamed list was found (and left out)
        self.keep = keep
        self.ready: list[YamlDoc] = []  # finished items not yet handed out
        self.item_marks: dict[Loc, tuple[int, int]] = {}
        self.item_key_marks: dict[Loc, tuple[int, int]] = {}

    def feed(self, events: Iterator[yaml.Event]) -> None:
        for event in events:
            self._event(event)

    def items(self, events: Iterator[yaml.Event]) -> Iterator[YamlDoc]:
        """Build from ``events``, handing out each item of the streamed list once it is built.

        Reading stops at the end of that list: what follows it was checked
        before, and no item can refer to it.
        """
        for event in events:
            self._event(event)
            if self.ready:
                yield from self.ready
                self.ready.clear()
            if self.streamed and self.streaming is None:
                return

    def _here(self, mark: Any) -> str:
        return f"{self.doc.path}:{mark.line + 1}:{mark.column + 1}"

    @staticmethod
    def _at(mark: Any) -> tuple[int, int]:
        return (mark.line + 1, mark.column + 1)

    def _keeps(self, loc: Loc) -> bool:
        return self.doc.depth is None or len(loc) <= self.doc.depth

    def _mark(self, loc: Loc, mark: Any, *, key: bool = False) -> None:
        if self.streaming is not None and len(loc) > len(self.streaming.loc):
            if self.keep:  # a position inside an item goes with that item
                (self.item_key_marks if key else self.item_marks).setdefault(loc, self._at(mark))
        elif self._keeps(loc):
            (self.doc.key_marks if key else self.doc.marks).setdefault(loc, self._at(mark))

    def _event(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise DataError([f"{self._here(event.start_mark)}: invalid YAML: expected a "
                                 "single document, but found another document"])
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            self._open(event)
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            frame = self.stack.pop()
            if frame is self.streaming:
                self.streaming = None
                frame.value = [None] * frame.skipped  # stands in for the items, for counting
            if frame.anchor:
                self.anchors[frame.anchor] = (frame.value, frame.count)
            self._place(frame.value, frame.count, event.start_mark, is_scalar=False)
        elif isinstance(event, yaml.ScalarEvent):
            self._scalar(event)
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor not in self.anchors:
                raise DataError([f"{self._here(event.start_mark)}: invalid YAML: found "
                                 f"undefined alias '{event.anchor}'"])
            value, size = self.anchors[event.anchor]
            self.aliased = self.aliased or size > 1
            self._count(size, event.start_mark)
            self._place(value, size, event.start_mark, is_scalar=False, alias=True)

    def _count(self, n: int, mark: Any) -> None:
        self.count += n
        if self.count > MAX_NODES:
            if self.aliased:
                why = (f"over {MAX_NODES:,}, each use of an alias counted in full); "
                       "is an alias (*name) expanding without end?")
            else:
                why = f"over {MAX_NODES:,}); split the file into smaller ones"
            raise DataError([f"{self._here(mark)}: too many values ({why}"])

    def _child_loc(self) -> Loc | None:
        """Where the next value goes, or None when it fills a mapping key."""
        if not self.stack:
            return ()
        top = self.stack[-1]
        if isinstance(top.value, list):
            return (*top.loc, top.length())
        if top.key is None:
            return None
        return (*top.loc, top.key) if top.key is not _SKIP else (*top.loc, "?")

    def _open(self, event: yaml.MappingStartEvent | yaml.SequenceStartEvent) -> None:
        self._count(1, event.start_mark)
        if len(self.stack) >= MAX_DEPTH:
            raise DataError([_too_deep(self._here(event.start_mark))])
        loc = self._child_loc()
        if loc is None:  # a mapping or list used as a key
            self.problems.append(f"{self._here(event.start_mark)}: keys must be plain text")
            self.stack[-1].key = _SKIP
            loc = (*self.stack[-1].loc, "?")
        self._mark(loc, event.start_mark)
        expected = "tag:yaml.org,2002:map" if isinstance(event, yaml.MappingStartEvent) \
            else "tag:yaml.org,2002:seq"
        if event.tag not in (None, "!", expected):
            self.problems.append(f"{self._here(event.start_mark)}: unsupported YAML tag "
                                 f"{event.tag}")
        value: dict[str, Any] | list[Any] = {} if expected.endswith("map") else []
        frame = _Frame(value, loc, event.anchor)
        # An anchored list may be used again whole, so only a plain one is streamed.
        if loc == self.stream and isinstance(value, list) and not event.anchor \
                and not self.streamed:
            self.streaming, self.streamed = frame, True
        self.stack.append(frame)

    def _scalar(self, event: yaml.ScalarEvent) -> None:
        self._count(1, event.start_mark)
        top = self.stack[-1] if self.stack else None
        if top is not None and isinstance(top.value, dict) and top.key is None:
            self._key(top, event)
            return
        value = self._resolve(event)
        if event.anchor:
            self.anchors[event.anchor] = (value, 1)
        self._place(value, 1, event.start_mark, is_scalar=True)

    def _key(self, top: _Frame, event: yaml.ScalarEvent) -> None:
        key = str(event.value)
        loc = (*top.loc, key)
        assert isinstance(top.value, dict)
        if key in top.lines:
            self.problems.append(f"{self._here(event.start_mark)}: duplicate key '{key}' "
                                 f"(first given on line {top.lines[key]})")
            top.key = _SKIP
            return
        top.lines[key] = self._at(event.start_mark)[0]
        self._mark(loc, event.start_mark, key=True)
        top.key = key

    def _place(self, value: Any, size: int, mark: Any, *, is_scalar: bool,
               alias: bool = False) -> None:
        """Attach a finished value to its parent (or make it the document)."""
        if not self.stack:
            self.data = value
            if is_scalar or alias:
                self._mark((), mark)
            return
        top = self.stack[-1]
        top.count += size
        if isinstance(top.value, list):
            if is_scalar or alias:
                self._mark((*top.loc, top.length()), mark)
            if top is self.streaming:
                self._hand_out(value)
                top.skipped += 1
            else:
                top.value.append(value)
            return
        if top.key is None:  # an alias used as a key
            self.problems.append(f"{self._here(mark)}: keys must be plain text")
            top.key = _SKIP
            return
        key, top.key = top.key, None
        if key is _SKIP:
            return
        if is_scalar or alias:
            self._mark((*top.loc, key), mark)
        top.value[key] = value

    def _hand_out(self, value: Any) -> None:
        """An item of the streamed list is built: pass it on with its positions, or drop it."""
        if self.keep:
            self.ready.append(YamlDoc(path=self.doc.path, data=value, marks=self.item_marks,
                                      key_marks=self.item_key_marks))
            self.item_marks, self.item_key_marks = {}, {}

    def _resolve(self, event: yaml.ScalarEvent) -> Any:
        value: str = event.value
        tag = event.tag
        if tag not in (None, "!") and tag not in _STR_TAGS:
            self.problems.append(f"{self._here(event.start_mark)}: unsupported YAML tag {tag}")
            return None
        plain = event.style in (None, "") and tag in (None, "!") and event.implicit[0]
        if not plain or len(value) > 40:
            return value  # quoted, block or explicitly tagged: always text
        if value in _NULLS:
            return None
        if value.lower() in _BOOL:
            return _BOOL[value.lower()]
        if _INT.fullmatch(value):
            return int(value)
        if _FLOAT.fullmatch(value):
            return float(value)
        return value
