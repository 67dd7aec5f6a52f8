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
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from jdgen.site.sitefiles import INDEX_JSON, OUR_NAME

# What index.json says of a posting (site/index.py's entry and listing), all text or null.
_TEXT_KEYS = ("id", "role", "title", "company", "location", "date_posted", "role_id",
              "role_title", "arrangement", "pay", "employment", "valid_through", "summary",
              "locale")


def is_plain_file(path: Path) -> bool:
    """Whether ``path`` is a regular file itself (a symbolic link is not, whatever it names)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def earlier_entries(out_dir: Path, kept: Callable[[str], bool]) -> Iterator[dict[str, Any]]:
    """The entries of the earlier ``index.json`` all of whose files are ``kept``.

    The file may have been edited by hand: an entry that is not of the shape
    jdgen writes (text fields, file names of the kind jdgen gives) is left out.
    """
    from jdgen.inputs.reading import MAX_RECORD_BYTES, ReadFailure, read_limited

    try:
        jobs = json.loads(read_limited(out_dir / INDEX_JSON, MAX_RECORD_BYTES))["jobs"]
    except (ReadFailure, ValueError, KeyError, TypeError, RecursionError):
        return
    if not isinstance(jobs, list):
        return
    for job in jobs:
        entry = _entry(job)
        if entry is not None and all(kept(name) for name in entry["files"].values()):
            yield entry


def _entry(job: object) -> dict[str, Any] | None:
    if not isinstance(job, dict):
        return None
    entry = {key: job.get(key) for key in _TEXT_KEYS}
    if not all(value is None or isinstance(value, str) for value in entry.values()):
        return None
    found = job.get("files")
    if not isinstance(found, dict) or not found or not all(
            isinstance(kind, str) and isinstance(name, str) and OUR_NAME.match(name)
            for kind, name in found.items()):
        return None
    entry["files"] = dict(found)
    return entry
