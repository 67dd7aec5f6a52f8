"""A JSON export (a list of job objects) read as a sheet: keys are headers, jobs are rows.

Nested objects are flattened with dots (``categories.location``); of a list of
objects the first is read (``offices.name`` is the first office's name); a list
of plain values is one cell, its items separated by ``;``. A top-level object
holding the list under ``jobs``, ``data`` or ``results`` is read too. A JSON file
shaped as a YAML manifest (an object with ``defaults``, ``site`` or ``postings``)
is one, and read as such (see :func:`is_export`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jdgen.errors import DataError

_WRAPPERS = ("jobs", "data", "results")
_MANIFEST_KEYS = ("defaults", "site", "postings")
_MAX_DEPTH = 4


def is_export(path: Path, *, max_bytes: int) -> bool:
    """Whether the .json file at ``path`` is an export (a list of jobs), not a manifest,
    role or company file written in JSON (an object of jdgen's own keys)."""
    data = _read(path, max_bytes)
    if isinstance(data, list):
        return True
    if not isinstance(data, dict):
        return True  # refused by json_rows, with its wording
    if any(isinstance(data.get(key), list) for key in _WRAPPERS):
        return True
    return False


def json_rows(path: Path, *, max_bytes: int, max_rows: int, max_cell: int,
              max_fields: int) -> list[tuple[int, list[Any]]]:
    """The jobs as sheet rows: a header row (numbered 0), then job N as row N."""
    data = _read(path, max_bytes)
    if isinstance(data, dict):
        data = next((data[k] for k in _WRAPPERS if isinstance(data.get(k), list)), data)
    if not isinstance(data, list):
        raise DataError([f"{path}: expected a list of job objects (or an object holding "
                         "one under 'jobs')"])
    if len(data) > max_rows:
        raise DataError([f"{path}: more than {max_rows:,} jobs; split the export"])
    flat: list[dict[str, str]] = []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise DataError([f"{path}: job {number}: expected an object of fields, found "
                             f"{type(item).__name__}"])
        cells: dict[str, str] = {}
        _flatten(item, "", cells, 0)
        for key, text in cells.items():
            if len(text) > max_cell:
                raise DataError([f"{path}: job {number}, field '{key[:60]}': {len(text):,} "
                                 f"characters; the limit is {max_cell:,}"])
        flat.append(cells)
    header = list(dict.fromkeys(key for cells in flat for key in cells))
    if len(header) > max_fields:
        raise DataError([f"{path}: {len(header):,} different fields; the limit is "
                         f"{max_fields:,}"])
    rows: list[tuple[int, list[Any]]] = [(0, list(header))]
    rows += [(number, [cells.get(key) for key in header])
             for number, cells in enumerate(flat, start=1)]
    return rows


def _read(path: Path, max_bytes: int) -> Any:
    from jdgen.inputs.reading import read_capped

    raw = read_capped(path, max_bytes, what="JSON export")
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise DataError([f"{path}: not UTF-8 text"]) from None
    except json.JSONDecodeError as exc:
        raise DataError([f"{path}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg})"]) \
            from None
    except RecursionError:
        raise DataError([f"{path}: nested too deeply to be a job export"]) from None


def _flatten(value: Any, prefix: str, out: dict[str, str], depth: int) -> None:
    if isinstance(value, dict):
        if depth >= _MAX_DEPTH:
            return
        for key, item in value.items():
            _flatten(item, f"{prefix}.{key}" if prefix else str(key), out, depth + 1)
    elif isinstance(value, list):
        if value and all(isinstance(item, dict) for item in value):
            _flatten(value[0], prefix, out, depth)
        elif all(not isinstance(item, dict | list) for item in value):
            out[prefix] = "; ".join(_text(item) for item in value if item is not None)
    elif value is not None:
        out[prefix] = _text(value)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
