"""What a batch keeps of the postings it could not build this time.

A posting that fails (a typo in its company file, a bad field) may be one whose
files are live on a careers site. Its file names cannot always be worked out
(they come from a company that did not load), so while any posting fails a
batch keeps every earlier posting it did not rebuild: its files stay, stay in
the record, and its entry stays in the index. Only a build in which every
posting succeeds can tell that a posting really left the manifest.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from jdgen.site.sitefiles import INDEX_JSON, OUR_NAME

# What index.json says of a posting (site/index.py's entry and listing), all text or null.
_TEXT_KEYS = ("id", "role", "title", "company", "location", "date_posted", "date_modified",
              "role_id", "role_title", "arrangement", "pay", "employment", "valid_through",
              "summary", "locale")


def is_plain_file(path: Path) -> bool:
    """Whether ``path`` is a regular file itself (a symbolic link is not, whatever it names)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def earlier_entries(out_dir: Path, kept: Callable[[str], bool],
                    warn: Callable[[str], None] = lambda message: None
                    ) -> tuple[list[dict[str, Any]], list[str]]:
    """The entries of the earlier ``index.json`` all of whose files are ``kept``, and the
    ids of all its entries in its order (see :func:`in_place`).

    The file may have been edited by hand, or damaged: an entry that is not of
    the shape jdgen writes (text fields, dates that are days, file names of the
    kind jdgen gives) is left out, and, when it names a posting, ``warn`` is
    told which entry and why.
    """
    found, order = [], []
    for entry in _earlier(out_dir, warn):
        if entry["id"] is not None:
            order.append(entry["id"])
        if all(kept(name) for name in entry["files"].values()):
            found.append(entry)
    return found, order


def in_place(entries: Iterable[dict[str, Any]], kept: list[dict[str, Any]],
             order: list[str]) -> Iterator[dict[str, Any]]:
    """``entries`` (this build's, in manifest order) with ``kept`` where they stood.

    Each kept entry follows the entry it followed in the earlier index
    (``order``), or the nearest one before that which is still listed; kept
    entries with nothing listed before them come first.
    """
    listed = {entry.get("id") for entry in entries}
    waiting = {entry["id"]: entry for entry in kept if entry.get("id") is not None}
    after: dict[str | None, list[dict[str, Any]]] = {}
    anchor: str | None = None
    for job_id in order:
        if job_id in waiting:
            after.setdefault(anchor, []).append(waiting.pop(job_id))
        elif job_id in listed:
            anchor = job_id
    yield from after.get(None, [])
    for entry in entries:
        yield entry
        yield from after.get(entry.get("id"), [])
    yield from waiting.values()  # kept without an id: last, as before


def _earlier(out_dir: Path, warn: Callable[[str], None]) -> Iterator[dict[str, Any]]:
    from jdgen.inputs.reading import MAX_RECORD_BYTES, ReadFailure, read_limited

    try:
        jobs = json.loads(read_limited(out_dir / INDEX_JSON, MAX_RECORD_BYTES))["jobs"]
    except (ReadFailure, ValueError, KeyError, TypeError, RecursionError):
        return
    if not isinstance(jobs, list):
        return
    for number, job in enumerate(jobs, start=1):
        problem = entry_problem(job)
        if problem is None:
            yield _entry(job)
        elif isinstance(job, dict):
            warn(f"{out_dir / INDEX_JSON}: {_which(job, number)} of the earlier index is "
                 f"damaged ({problem}); it is left out")


def _which(job: dict[str, Any], number: int) -> str:
    posting_id = job.get("id")
    if isinstance(posting_id, str):
        return f"the entry of posting '{posting_id[:80]}'"
    return f"entry {number}"


DATE_KEYS = ("date_posted", "date_modified", "valid_through")


def is_day(value: object) -> bool:
    """Whether ``value`` is a day written as jdgen writes it (``YYYY-MM-DD``)."""
    import datetime as dt

    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        return dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def entry_problem(job: object) -> str | None:
    """What makes ``job`` no index entry of the shape jdgen writes (None: nothing)."""
    if not isinstance(job, dict):
        return "it is not a mapping"
    for key in _TEXT_KEYS:
        value = job.get(key)
        if value is not None and not isinstance(value, str):
            return f"'{key}' is not text"
    for key in DATE_KEYS:
        value = job.get(key)
        if value is not None and not is_day(value):
            return f"'{key}' is not a day (YYYY-MM-DD): {str(value)[:40]!r}"
    found = job.get("files")
    if not isinstance(found, dict) or not found or not all(
            isinstance(kind, str) and isinstance(name, str) and OUR_NAME.match(name)
            for kind, name in found.items()):
        return "'files' does not name files jdgen writes"
    return None


def _entry(job: dict[str, Any]) -> dict[str, Any]:
    entry = {key: job.get(key) for key in _TEXT_KEYS}
    entry["files"] = dict(job["files"])
    return entry
