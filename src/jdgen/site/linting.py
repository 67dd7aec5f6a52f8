"""``jdgen build --manifest ... --lint``: lint each posting as it is rendered.

Each posting is linted from its settled facts, as ``jdgen lint ROLE`` does:
where the job is, whether it has pay and the employer's size come from the
job's company, not from guesses about the text. Any error fails that posting
(nothing is written for it); the other postings carry on.

Each finding is traced back to where its text came from, so annotations point
at something a person can edit: a sentence of jdgen's own text at the role (or
overlay) file and line it was written on; text the manifest or company file
gave (about, benefits, apply, the equal-opportunity statement) and findings
about the whole posting (missing pay, length) at the posting's manifest entry
or sheet row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from jdgen.lint.findings import Finding, Severity

if TYPE_CHECKING:
    from jdgen.lint.config import LintConfig
    from jdgen.models import Company
    from jdgen.site.outcome import Outcome

_WHERE = re.compile(r"^(?P<file>.+?)(?::(?P<line>\d+)(?::\d+)?$|: row (?P<row>\d+)\b)")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_USER_FIELDS = ("about", "benefits", "apply", "eeo_statement")
MIN_WORDS = 3  # a shorter run of words is too common to say where it came from
MAX_FILES = 200  # company files searched beside a manifest


class LintSettings(Protocol):
    """What linting needs of the batch's settings (:class:`jdgen.site.batch.Settings`)."""

    @property
    def lint(self) -> LintConfig | None: ...
    @property
    def roles_dirs(self) -> Sequence[Path]: ...
    @property
    def columns(self) -> str | None: ...


def lint_posting(outcome: Outcome, company: Company, markdown: str, locale: str,
                 settings: LintSettings) -> None:
    """Lint ``markdown`` (the posting of ``outcome``) with ``settings.lint`` and record the
    findings on it; an error fails the posting, so none of its files is written."""
    from jdgen.lint import lint_rendered

    config = settings.lint
    if config is None:
        return
    stem = outcome.stem or "posting"
    if config.locale is None:  # check the spelling the posting was built in
        config = config.model_copy(update={"locale": locale})
    report = lint_rendered(markdown, stem, company, config)
    lines = markdown.splitlines()
    roles = tuple(settings.roles_dirs)
    outcome.lint = [_entry(item, lines, outcome.where, company, roles)
                    for item in report.findings]
    for entry in outcome.lint:
        if entry["source"] == "manifest" and entry.get("field") and not entry["column"]:
            # a sheet's row: name the cell too
            cell = _sheet_cell(entry["file"], settings.columns, outcome.index, entry["field"])
            if cell:
                entry["cell"] = cell
    errors = sum(item.severity is Severity.ERROR for item in report.findings)
    if errors:
        for future in outcome.pending.values():
            future.cancel()
        outcome.files, outcome.pending = {}, {}
        outcome.error = (f"lint found {errors} error{'s' if errors != 1 else ''} in posting "
                         f"{stem}; nothing was written for it")


def _entry(item: Finding, lines: list[str], where: str, company: Company,
           roles_dirs: tuple[Path, ...]) -> dict[str, Any]:
    entry: dict[str, Any] = {"rule": item.rule, "severity": item.severity.label,
                             "found": item.found, "why": item.why,
                             "suggestion": item.suggestion}
    entry.update(locate(item, lines, where, company, roles_dirs))
    return entry


def locate(item: Finding, lines: list[str], where: str, company: Company,
           roles_dirs: tuple[Path, ...]) -> dict[str, Any]:
    """``file``, ``line`` (0: unknown), ``column`` and ``source`` (role, company, manifest) of the
    text ``item`` is about; a whole-posting finding is the manifest entry's."""
    row = _manifest(where)
    position = item.position
    if position.line == 0 or position.line > len(lines):
        return {**row, "source": "manifest"}
    text = lines[position.line - 1]
    snippets = _snippets(text, position.col - 1, item.found)
    for number, (start, snippet) in enumerate(snippets):
        offset = position.col - 1 - start  # where the text found is inside the snippet
        field = _user_field(company, snippet)
        if field is not None:
            return {**row, "source": "manifest", "field": field,
                    **_given_at(row, field, snippets[number:], position.col - 1)}
        found = _in_files(_role_files(roles_dirs), snippet)
        if found is not None:
            path, line, col = found
            return {"file": _shown(path), "line": line, "column": col + offset,
                    "source": "role"}
    return {**row, "source": "manifest"}


def _given_at(row: dict[str, Any], field: str, snippets: list[tuple[int, str]],
              col: int) -> dict[str, Any]:
    """Where text the user gave is written: its key in the YAML manifest's entry, else a
    company file beside the manifest that holds it, else (nothing here) the entry's row."""
    key = _key_line(row, field)
    if key:
        return key
    files = _company_files(Path(row["file"]).parent, Path(row["file"]).name)
    for start, snippet in snippets:  # a folded YAML text: the longest run on one line
        found = _in_files(files, snippet)
        if found is not None:
            path, line, at = found
            return {"file": _shown(path), "line": line, "column": at + col - start,
                    "source": "company"}
    return {}


def _sheet_cell(file: str, columns: str | None, index: int, field: str) -> str | None:
    """``column F (About)``: the cell of a sheet's posting ``index`` that gave ``field``."""
    from jdgen.errors import JdgenError

    try:
        where = _sheet(file, columns).where_field(index, field)
    except (JdgenError, OSError, AttributeError, IndexError):
        return None
    found = re.search(r", (column .+)$", where or "")
    return found.group(1) if found else None


@cache
def _sheet(file: str, columns: str | None) -> Any:
    """The sheet, read once per process, for the cells of its findings."""
    from jdgen.inputs.sheets import SHEET_SUFFIXES, open_manifest

    if Path(file).suffix.lower() not in SHEET_SUFFIXES:
        return None
    return open_manifest(Path(file), columns)


def _manifest(where: str) -> dict[str, Any]:
    found = _WHERE.match(where)
    if not found:
        return {"file": where, "line": 0, "column": 0}
    return {"file": found.group("file"), "line": int(found.group("line") or found.group("row")),
            "column": 0}


def _key_line(row: dict[str, Any], key: str) -> dict[str, Any]:
    """The line and column of ``key:`` inside the YAML manifest entry starting at ``row``'s
    line (a sheet's row is left as it is: the finding names the field)."""
    path = Path(row["file"])
    if path.suffix.lower() not in (".yaml", ".yml") or not row["line"]:
        return {}
    lines = [text for _, text in _lines(path)]
    first = row["line"] - 1
    if first >= len(lines):
        return {}
    start = lines[first]
    indent = len(start) - len(start.lstrip(" -"))  # the entry's keys line up with this
    pattern = re.compile(rf"^(?:\s*-\s+|\s*)({re.escape(key)})\s*:")
    for number in range(first, len(lines)):
        text = lines[number]
        depth = len(text) - len(text.lstrip(" "))
        if number > first and text.strip() and depth < indent:
            break  # the next posting, or the end of the list
        found = pattern.match(text)
        if found and (number == first or depth == indent):
            return {"line": number + 1, "column": found.start(1) + 1}
    return {}


def _snippets(text: str, col: int, found: str) -> list[tuple[int, str]]:
    """Runs of words around ``col`` in ``text`` with their offsets, longest first, at least
    MIN_WORDS long (or a short line whole)."""
    spans = [m.span() for m in _WORD.finditer(text)]
    at = next((i for i, (s, e) in enumerate(spans) if s <= col < e), None)
    if at is None:
        return []
    count = max(len(_WORD.findall(found)), 1)  # the window holds every word found
    out = []
    for width in (10, 8, 6, 5, 4, 3):
        if width < count:
            break
        for first in range(max(0, at + count - width), at + 1):
            last = first + width - 1
            if last < len(spans):
                out.append((spans[first][0], text[spans[first][0]:spans[last][1]]))
    if not out and len(spans) < MIN_WORDS and spans:
        out.append((spans[0][0], text[spans[0][0]:spans[-1][1]]))  # a short line, whole
    return list(dict.fromkeys(out))


def _user_field(company: Company, snippet: str) -> str | None:
    for name in _USER_FIELDS:
        value = getattr(company, name, None)
        texts = value if isinstance(value, list) else [value]
        if any(isinstance(t, str) and snippet in _squash(t) for t in texts):
            return name
    return None


def _squash(text: str) -> str:
    return " ".join(text.split())


def _in_files(files: tuple[Path, ...], snippet: str) -> tuple[Path, int, int] | None:
    """The first line of ``files`` (comments left out) holding ``snippet``; a snippet of
    fewer than MIN_WORDS words must be a line's whole value (``name: Data analysis``)."""
    short = len(_WORD.findall(snippet)) < MIN_WORDS
    whole = re.compile(rf"^\s*(?:-\s+)?(?:[\w-]+:\s+)?[\"']?({re.escape(snippet)})[\"']?\s*$")
    for path in files:
        for number, line in _lines(path):
            if line.lstrip().startswith("#"):
                continue  # a comment is no posting's text
            if short:
                found = whole.match(line)
                if found:
                    return path, number, found.start(1) + 1
                continue
            col = line.find(snippet)
            if col >= 0:
                return path, number, col + 1
    return None


@cache
def _role_files(roles_dirs: tuple[Path, ...]) -> tuple[Path, ...]:
    """Every role and overlay file on the roles search path, the user's first."""
    from jdgen.errors import JdgenError
    from jdgen.inputs.discovery import search_path

    try:
        folders = search_path("roles", roles_dirs)
    except JdgenError:
        return ()
    return tuple(path for folder in folders for path in sorted(folder.rglob("*.y*ml"))
                 if path.is_file())


@cache
def _company_files(folder: Path, manifest: str) -> tuple[Path, ...]:
    """YAML files in the manifest's folder and below (company profiles among them), at most
    MAX_FILES, leaving out the manifest, hidden folders and roles."""
    found = []
    for path in sorted(folder.rglob("*.y*ml")):
        parts = path.relative_to(folder).parts
        if path.name == manifest and len(parts) == 1 or any(
                p.startswith(".") or p == "roles" for p in parts[:-1]):
            continue
        if path.is_file():
            found.append(path)
        if len(found) >= MAX_FILES:
            break
    return tuple(found)


@cache
def _lines(path: Path) -> tuple[tuple[int, str], ...]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ()
    return tuple(enumerate(text.splitlines(), 1))


def _shown(path: Path) -> str:
    """``path`` relative to the current folder when it is inside it (as CI annotations
    want), else as it is."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def format_entries(entries: list[dict[str, Any]], posting: str, fmt: str) -> list[str]:
    """Lines for one posting's findings: ``file:line: severity [rule] found (posting id)``
    with why and try, or GitHub annotations (``::error file=...,line=...::``)."""
    from jdgen.lint.report import escape_data, escape_property

    lines = []
    for entry in entries:
        field = f" in '{entry['field']}'" if entry.get("field") else ""
        if entry.get("cell"):
            field += f", {entry['cell']}"
        if fmt == "github":
            props = [f"file={escape_property(entry['file'])}"]
            if entry["line"]:
                props.append(f"line={entry['line']}")
                if entry["column"]:
                    props.append(f"col={entry['column']}")
            props.append(f"title={escape_property('jdgen lint ' + entry['rule'])}")
            level = "notice" if entry["severity"] == "info" else entry["severity"]
            message = (f"posting {posting}{field}: {entry['found']}: {entry['why']}. "
                       f"Suggestion: {entry['suggestion']}")
            lines.append(f"::{level} {','.join(props)}::{escape_data(message)}")
            continue
        place = entry["file"]
        if entry["line"]:
            place += f":{entry['line']}" + (f":{entry['column']}" if entry["column"] else "")
        lines.append(f"{place}: {entry['severity']} [{entry['rule']}] {entry['found']} "
                     f"(posting {posting}{field})")
        lines.append(f"    why: {entry['why']}")
        lines.append(f"    try: {entry['suggestion']}")
    return lines
