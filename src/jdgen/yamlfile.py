"""Read a YAML file into plain data, remembering where each value came from.

PyYAML's ``compose`` gives nodes with line and column marks; we turn them into
Python values ourselves so that:

* duplicate keys are an error (PyYAML keeps the last one silently);
* ``yes``/``no``/``on``/``off``, octal and sexagesimal numbers stay the text the
  user typed instead of turning into booleans or odd integers;
* alias bombs and huge files fail fast instead of eating memory;
* every value's position is known, for ``file:line:col: field: message`` errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from jdgen.errors import DataError

MAX_BYTES = 2_000_000
MAX_NODES = 100_000

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

    def where(self, loc: Loc, *, key: bool = False) -> str:
        """``file:line:col`` for the value at ``loc`` (or its key), else its nearest parent."""
        if key and loc in self.key_marks:
            line, column = self.key_marks[loc]
            return f"{self.path}:{line}:{column}"
        for end in range(len(loc), -1, -1):
            mark = self.marks.get(loc[:end])
            if mark:
                return f"{self.path}:{mark[0]}:{mark[1]}"
        return str(self.path)


# libyaml's parser when PyYAML was built with it (several times faster); it gives the
# same nodes and marks, and errors are reported by the pure-Python parser.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path, *, text: str | None = None) -> YamlDoc:
    """Parse ``path`` (or ``text`` read from it) into a :class:`YamlDoc`."""
    if text is None:
        text = _read_text(path)
    try:
        try:
            node = yaml.compose(text, Loader=_LOADER)
        except yaml.YAMLError:
            # Parse again with the pure-Python loader: its messages are the clearer ones.
            node = yaml.compose(text, Loader=yaml.SafeLoader)
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
    doc = YamlDoc(path=path, data=None)
    if node is None:
        return doc
    builder = _Builder(doc)
    doc.data = builder.build(node, ())
    if builder.problems:
        raise DataError(builder.problems)
    return doc


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise DataError([f"{path}: is a folder, not a YAML file"])
        if size > MAX_BYTES:
            raise DataError(
                [f"{path}: file is {size:,} bytes; the limit is {MAX_BYTES:,} bytes"]
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError([f"{path}: file not found"]) from None
    except PermissionError:
        raise DataError([f"{path}: permission denied"]) from None
    except OSError as exc:
        raise DataError([f"{path}: cannot read: {exc.strerror or exc}"]) from None
    if b"\x00" in raw:
        raise DataError([f"{path}: binary data, not a YAML text file"])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError([f"{path}:{line}: not valid UTF-8 text"]) from None


class _Builder:
    """Turn a composed node tree into Python values, with marks and checks."""

    def __init__(self, doc: YamlDoc) -> None:
        self.doc = doc
        self.count = 0
        self.problems: list[str] = []

    def _here(self, node: yaml.Node) -> str:
        return f"{self.doc.path}:{node.start_mark.line + 1}:{node.start_mark.column + 1}"

    def build(self, node: yaml.Node, loc: Loc) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise DataError(
                [f"{self._here(node)}: too many values (over {MAX_NODES:,}); "
                 "is an alias (*name) expanding without end?"]
            )
        self.doc.marks.setdefault(loc, (node.start_mark.line + 1, node.start_mark.column + 1))
        if not isinstance(node, yaml.ScalarNode) and node.tag not in _CONTAINER_TAGS:
            self.problems.append(f"{self._here(node)}: unsupported YAML tag {node.tag}")
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, loc)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*loc, i)) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, loc: Loc) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(f"{self._here(key_node)}: keys must be plain text")
                continue
            key = str(key_node.value)
            if key in out:
                first = self.doc.marks.get((*loc, key), (0, 0))[0]
                self.problems.append(
                    f"{self._here(key_node)}: duplicate key '{key}' (first given on line {first})"
                )
                continue
            mark = key_node.start_mark
            self.doc.key_marks[(*loc, key)] = (mark.line + 1, mark.column + 1)
            out[key] = self.build(value_node, (*loc, key))
        return out

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        value: str = node.value
        if node.tag not in _STR_TAGS:
            self.problems.append(f"{self._here(node)}: unsupported YAML tag {node.tag}")
            return None
        if node.style or len(value) > 40:  # libyaml gives plain scalars the style ""
            return value  # quoted or block scalar: always text
        if node.tag == "tag:yaml.org,2002:null":
            return None
        if value.lower() in _BOOL:
            return _BOOL[value.lower()]
        if _INT.fullmatch(value):
            return int(value)
        if _FLOAT.fullmatch(value):
            return float(value)
        return value
