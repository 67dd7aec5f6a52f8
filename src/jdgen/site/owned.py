"""Which files in a batch's output folder are jdgen's: a user's own are never overwritten.

A site folder may hold files of its own (``about.html``, ``team.md``) that
jdgen never wrote. A posting whose id gives one of its files such a name would
replace it; instead that posting fails with one error naming the file, and
every other posting builds. A file is jdgen's when the site's record
(``.jdgen-files.json``) lists it, as ``--prune`` decides, or when the earlier
``index.json`` lists it among a posting's files (a site whose record was lost);
a file that already holds exactly the bytes jdgen would write is left alone
either way, so nothing is refused that writing would not change.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Set
from pathlib import Path

from jdgen.site.sitefiles import STATE_FILE, holds


class OwnFiles:
    """Tells, for a name a posting would write, whether it would replace a user's own file."""

    def __init__(self, out_dir: Path, recorded: Set[str]) -> None:
        self.out_dir = out_dir
        self._recorded = recorded  # the names the record lists (the record is not changed yet)
        self._listed: set[str] | None = None  # the names the earlier index.json lists

    def refusal(self, name: str, data: bytes) -> str | None:
        """Why writing ``data`` as ``name`` is refused (None: it may be written)."""
        if name in self._recorded:
            return None
        path = os.path.join(self.out_dir, name)  # not a Path: pathlib interns every name
        try:
            if not stat.S_ISREG(os.lstat(path).st_mode):
                return None  # nothing there; a link or a folder is refused when written
        except OSError:
            return None
        if name in self._index_names():
            return None
        try:
            if holds(Path(path), data):
                return None
        except OSError:
            pass
        return (f"writes {name}, but {path} is a file jdgen did not write (the site's record, "
                f"{STATE_FILE}, does not list it); give the posting another 'id', or move "
                "that file away")

    def _index_names(self) -> set[str]:
        if self._listed is None:
            from jdgen.site.keeping import earlier_entries

            self._listed = {name for entry in earlier_entries(self.out_dir, lambda n: True)[0]
                            for name in entry["files"].values()}
        return self._listed
