"""One posting built into several formats is linted once.

``jdgen build -f md -f html -f json`` writes ``slug.md``, ``slug.html`` and
``slug.json`` side by side: the same words three times. Linting each would
report every finding two or three times. Files in one folder that share a
stem are one posting: the first of .md, .html, .docx is linted, the others
(and a ``slug.json`` JobPosting) are named in the report and lend it their
facts (the company and locale in the JSON-LD, say).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jdgen.lint.document import Document

_PREFERENCE = {"md": 0, "html": 1, "docx": 2}
MAX_JSON_BYTES = 2_000_000


@dataclass(frozen=True)
class Posting:
    """The file to lint and the other files holding the same posting."""

    primary: Path
    others: tuple[Path, ...] = ()


def group(files: Sequence[Path]) -> list[Posting]:
    """``files`` as postings, in the order their first file appears."""
    from jdgen.lint.extract import kind_of

    by_stem: dict[tuple[Path, str], list[Path]] = {}
    for path in files:
        by_stem.setdefault((path.parent, path.stem), []).append(path)
    postings = []
    for (folder, stem), paths in by_stem.items():
        ordered = sorted(paths, key=lambda p: _PREFERENCE.get(kind_of(p) or "", 9))
        sibling = folder / f"{stem}.json"
        extra = (sibling,) if _job_posting(sibling) is not None else ()
        postings.append(Posting(ordered[0], (*ordered[1:], *extra)))
    return postings


def _job_posting(path: Path) -> dict[str, object] | None:
    """The JobPosting in ``path`` when it is a readable JSON-LD file, else None."""
    if not path.is_file():
        return None
    from jdgen.inputs.reading import ReadFailure, read_limited

    try:
        data = json.loads(read_limited(path, MAX_JSON_BYTES, folder_noun="file"))
    except (ReadFailure, ValueError, RecursionError):
        return None
    if isinstance(data, dict) and data.get("@type") == "JobPosting":
        return data
    return None


def borrow_facts(doc: Document, others: Sequence[Path]) -> None:
    """Add facts ``doc`` lacks from the posting's other files (JSON-LD, ``<html lang>``)."""
    from jdgen.lint.extract import Unreadable, read_document
    from jdgen.lint.html import job_posting_facts

    for path in others:
        if path.suffix.lower() == ".json":
            job_posting_facts(_job_posting(path), doc)
            continue
        if path.suffix.lower() not in (".html", ".htm"):
            continue  # a .docx holds no facts the Markdown lacks
        try:
            other = read_document(path)
        except Unreadable:
            continue
        for key, value in other.facts.items():
            doc.facts.setdefault(key, value)
