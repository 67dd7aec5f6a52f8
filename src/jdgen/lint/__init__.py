"""``jdgen lint``: inclusive wording, readability, length and pay-transparency checks.

Public entry points:

* :func:`lint_markdown` - lint Markdown text in memory (for ``jdgen build --lint``);
* :func:`lint_paths` - lint files and folders of .md, .docx and .html postings;
* :func:`lint_request` - build a posting in memory and lint it, writing nothing.

Each returns :class:`FileReport` objects holding :class:`Finding` items.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from jdgen.errors import DataError
from jdgen.lint.config import LintConfig, find_config, load_config
from jdgen.lint.findings import FileReport, Finding, Position, Severity

if TYPE_CHECKING:
    from jdgen.build import BuildRequest
    from jdgen.models import Company

__all__ = [
    "FileReport", "Finding", "LintConfig", "Position", "Severity", "find_config",
    "lint_markdown", "lint_paths", "lint_rendered", "lint_request", "load_config",
]


def lint_markdown(text: str, config: LintConfig | None = None, *, source: str = "<markdown>",
                  location: str | None = None, remote: bool | None = None,
                  has_pay: bool | None = None, as_of: dt.date | None = None,
                  company: str | None = None, locale: str | None = None) -> FileReport:
    """Lint a posting's Markdown. ``location``/``remote``/``has_pay``/``company``/``locale``
    override what the text says (use them when the posting's facts are known, e.g. from a
    build); the company's name is left out of every wording rule."""
    from jdgen.lint.engine import run
    from jdgen.lint.markdown import parse_markdown

    facts = {"location": location, "remote": remote, "has_pay": has_pay, "company": company,
             "locale": locale}
    return run(parse_markdown(text), source, config or LintConfig(), facts=facts, as_of=as_of)


def lint_paths(paths: Sequence[Path], config: LintConfig | None = None, *,
               as_of: dt.date | None = None) -> list[FileReport]:
    """Lint every posting file named, or found (recursively) in the folders named.

    One posting in several formats (``x.md``, ``x.html``, ``x.json`` side by side) is
    linted once, from its Markdown when there is one; the report names the other files.
    """
    from dataclasses import replace

    from jdgen.lint.engine import apply_config, run
    from jdgen.lint.extract import Unreadable, kind_of, read_document
    from jdgen.lint.postings import borrow_facts, group
    from jdgen.lint.rules import default_severity

    settings = config or LintConfig()
    reports = []
    for posting in group(expand(paths)):
        files = [posting.primary, *(p for p in posting.others if kind_of(p))]
        for index, path in enumerate(files):  # the first readable file speaks for all
            kind = kind_of(path) or path.suffix.lstrip(".").lower()
            try:
                doc = read_document(path)
            except Unreadable as exc:
                problem = Finding("unreadable", default_severity("unreadable"), Position(),
                                  str(exc), "lint could not read this file, so nothing in it "
                                  "was checked", "fix or remove the file, or lint the Markdown "
                                  "version")
                reports.append(FileReport(str(path), tuple(apply_config([problem], settings)),
                                          kind))
                continue
            others = [p for p in posting.others if p != path and p not in files[:index]]
            borrow_facts(doc, others)
            reports.append(replace(run(doc, str(path), settings, kind=kind, as_of=as_of),
                                   also=tuple(str(p) for p in others)))
            break
    return reports


def expand(paths: Sequence[Path]) -> list[Path]:
    """Files as given, plus posting files inside folders (sorted); errors for the rest."""
    from jdgen.lint.extract import SUFFIXES

    files: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file()
                           and p.suffix.lower() in SUFFIXES and not _batch_index(p)
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                problems.append(f"{path}: folder has no postings (.md, .docx or .html files)")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            problems.append(f"{path}: file not found")
    if problems:
        raise DataError(problems)
    return list(dict.fromkeys(files))


def _batch_index(path: Path) -> bool:
    """True for the index.md / index.html a jdgen batch writes next to its index.json."""
    if path.stem != "index" or not (path.parent / "index.json").is_file():
        return False
    try:
        with (path.parent / "index.json").open("rb") as handle:
            head = handle.read(200)  # only the start: the file may be anything
    except OSError:
        return False
    return b'"generator": "jdgen"' in head


def lint_request(request: BuildRequest, config: LintConfig | None = None, *,
                 as_of: dt.date | None = None) -> FileReport:
    """Render ``request`` as Markdown in memory (nothing is written) and lint it."""
    from dataclasses import replace

    from jdgen.build import render_posting

    rendered = render_posting(replace(request, formats=("md",), reference_docx=None))
    settings = config or LintConfig()
    if settings.locale is None:  # check the spelling the posting was built in
        settings = settings.model_copy(update={"locale": rendered.posting.locale})
    return lint_rendered(rendered.markdown, rendered.posting.slug, request.company, settings,
                         as_of=as_of)


def lint_rendered(markdown: str, slug: str, company: Company,
                  config: LintConfig | None = None, *,
                  as_of: dt.date | None = None) -> FileReport:
    """Lint a posting rendered in memory, using the company's facts (name, location, pay,
    size, locale): the company file is one of the places facts come from."""
    settings = config or LintConfig()
    if settings.employees is None and company.employees is not None:
        settings = settings.model_copy(update={"employees": company.employees})
    from jdgen.lint.engine import run
    from jdgen.lint.markdown import parse_markdown

    location = company.locations[0].display() if company.locations else None
    facts = {"location": location, "remote": company.arrangement == "remote",
             "has_pay": company.compensation is not None, "company": company.name,
             "locale": getattr(company, "locale", None)}
    return run(parse_markdown(markdown), f"{slug}.md (not written)", settings, facts=facts,
               as_of=as_of)
