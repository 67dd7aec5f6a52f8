"""The output folder of a batch: its index, its record of what jdgen wrote, safe writes.

jdgen keeps a small record (``.jdgen-files.json``) of the files it wrote into a
folder, so a later build can report and ``--prune`` postings that left the
manifest without ever touching files it did not write.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from jdgen.errors import OutputError

if TYPE_CHECKING:
    from jdgen.batch import Outcome

INDEX_JSON = "index.json"
STATE_FILE = ".jdgen-files.json"  # what jdgen wrote here: orphans are found through it
OUTPUT_SUFFIXES = {".md", ".docx", ".html", ".json"}


def index_files(outcomes: Sequence[Outcome], formats: Sequence[str]) -> dict[str, bytes]:
    """index.json always; index.md and index.html when those formats are built."""
    from jdgen.render.index import index_html, index_json, index_markdown

    good = [o for o in outcomes if o.ok]
    files = {INDEX_JSON: index_json(good)}
    if "md" in formats:
        files["index.md"] = index_markdown(good)
    if "html" in formats:
        files["index.html"] = index_html(good)
    return files


def previous_outputs(out_dir: Path) -> set[str]:
    """File names earlier builds wrote into ``out_dir``, as recorded in its state file."""
    try:
        data = json.loads((out_dir / STATE_FILE).read_text(encoding="utf-8"))
        names = set(data["files"])
    except (OSError, ValueError, KeyError, TypeError):
        return set()
    return {n for n in names if isinstance(n, str) and "/" not in n and not n.startswith(".")}


_TEMP = re.compile(r"^\.(?P<name>.+)\.[A-Za-z0-9_]+\.tmp$")


def remove_leftover_temp_files(out_dir: Path, ours: set[str]) -> None:
    """Delete temporary files a killed earlier build left behind (only for our outputs)."""
    for path in out_dir.iterdir():
        match = _TEMP.match(path.name)
        if match and match.group("name") in ours and path.is_file():
            with contextlib.suppress(OSError):
                path.unlink()


def record(names: Iterable[str], out_dir: Path) -> None:
    """Remember which files jdgen owns here, so later builds can find orphans."""
    data = {"generator": "jdgen", "files": sorted(names)}
    write({STATE_FILE: (json.dumps(data, indent=2) + "\n").encode("utf-8")}, out_dir)


def write(expected: dict[str, bytes], out_dir: Path) -> tuple[list[str], list[str]]:
    """Write files whose bytes changed; return (written, unchanged)."""
    from jdgen.output import target, write_atomic

    written, unchanged = [], []
    for name, data in expected.items():
        path = target(out_dir, name)
        if path.is_file() and path.read_bytes() == data:
            unchanged.append(name)
            continue
        write_atomic(path, data)
        written.append(name)
    return written, unchanged


def prune(names: Iterable[str], out_dir: Path) -> list[str]:
    """Delete earlier outputs that the manifest no longer produces."""
    removed = []
    for name in names:
        try:
            os.unlink(out_dir / name)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise OutputError(f"cannot remove {out_dir / name}: {exc.strerror}") from None
        removed.append(name)
    return removed


def check_out_dir_is_separate(out_dir: Path, manifest_path: Path) -> None:
    """Refuse an output folder that holds the manifest's own input files."""
    out = out_dir.resolve()
    inputs = manifest_path.resolve().parent
    if out == inputs or out in inputs.parents:
        raise OutputError(
            f"output folder {out_dir} holds the manifest's own files; "
            f"choose a folder of its own, such as {out_dir / 'site'}"
        )
