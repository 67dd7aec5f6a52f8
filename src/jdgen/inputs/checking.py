"""`jdgen validate`: check role, company and manifest files and templates without building.

Every problem in every file is collected, so one run shows the whole list.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from jdgen.errors import DataError, JdgenError

if TYPE_CHECKING:
    from jdgen.inputs.overlay import Overlay
    from jdgen.inputs.yamlfile import YamlDoc

YAML_SUFFIXES = {".yaml", ".yml"}
TEMPLATE_SUFFIXES = {".j2", ".jinja", ".jinja2"}
KINDS = ("role", "company", "manifest", "template")
SCANNED = "?"  # found by scanning a folder: skipped, not failed, when it is not a jdgen file


@dataclass
class Report:
    """What was checked and what was wrong."""

    checked: list[tuple[Path, str, int]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class _NotOurs(Exception):
    """A YAML file found by scanning that is not a role, company or manifest."""


def collect(paths: Sequence[Path], cwd: Path | None = None) -> list[tuple[Path, str | None]]:
    """Files to check, each with its kind when the location tells it.

    With no paths: ``./roles``, ``./templates`` and the YAML files at the top of
    the current folder. A folder named ``roles`` holds roles and one named
    ``templates`` holds templates; any other YAML file is classified by content.
    """
    base = cwd or Path.cwd()
    if not paths:
        found: list[tuple[Path, str | None]] = []
        for sub, kind in (("roles", "role"), ("templates", "template")):
            if (base / sub).is_dir():
                found += _folder(Path(sub), kind)
        found += [(Path(p.name), SCANNED) for p in sorted(base.iterdir())
                  if _scannable(p) and p.is_file()]
        return found
    out: list[tuple[Path, str | None]] = []
    for path in paths:
        if path.is_dir():
            named = {"roles": "role", "templates": "template"}.get(path.resolve().name)
            out += _folder(path, named)
        elif not path.exists():
            raise DataError([f"{path}: no such file or folder"])
        else:
            out.append((path, "template" if path.suffix in TEMPLATE_SUFFIXES else None))
    return out


def _folder(folder: Path, kind: str | None) -> list[tuple[Path, str | None]]:
    suffixes = TEMPLATE_SUFFIXES if kind == "template" else YAML_SUFFIXES
    if kind is None:
        suffixes = YAML_SUFFIXES | TEMPLATE_SUFFIXES
    found: list[tuple[Path, str | None]] = []
    for path in sorted(folder.rglob("*")):
        hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
        sheet = kind is None and _scannable(path) and path.suffix not in YAML_SUFFIXES
        if path.is_file() and (path.suffix in suffixes or sheet) and not hidden:
            guess = kind or ("template" if path.suffix in TEMPLATE_SUFFIXES else SCANNED)
            found.append((path, guess))
    return found


def _scannable(path: Path) -> bool:
    """A file a scan checks: YAML, a .csv or .xlsx sheet, or a .json export with site
    settings beside it (other JSON files are rarely manifests)."""
    from jdgen.inputs.sheetsite import site_file

    suffix = path.suffix.lower()
    if suffix in YAML_SUFFIXES or suffix in {".csv", ".xlsx"}:
        return True
    return suffix == ".json" and site_file(path).is_file()


def guess_kind(data: object) -> str | None:
    """'manifest', 'role' or 'company' from a file's top-level keys, or None.

    The kind whose fields cover most of the file's keys wins; a file where
    fewer than half the keys are fields of any kind is not a jdgen file.
    """
    if not isinstance(data, dict) or not data:
        return None
    if "extends" in data:  # only a role overlay says what it extends
        return "role"
    from jdgen.inputs.manifest import Manifest
    from jdgen.models import Company, Role

    keys = set(data)
    scores = {kind: len(keys & set(model.model_fields)) / len(keys)
              for kind, model in (("role", Role), ("company", Company), ("manifest", Manifest))}
    best = max(scores, key=lambda kind: scores[kind])
    return best if scores[best] >= 0.5 else None


def check(paths: Sequence[Path], kind: str | None = None, *,
          allow_outside: bool = False, columns: str | None = None) -> Report:
    """Check every file under ``paths`` (or the current project); never raises for bad data.

    ``allow_outside`` lets a manifest name company files outside its own folder;
    ``columns`` names the column mapping for sheets (as ``build --columns`` does).
    """
    report = Report()
    roles_seen: dict[tuple[Path, str], Path] = {}
    for path, located in collect(paths):
        found = [kind or located or "file"]
        try:
            _check_one(path, found, roles_seen, allow_outside, columns, report.warnings)
        except _NotOurs:
            report.skipped.append(path)
        except DataError as exc:
            report.problems += exc.problems
            report.checked.append((path, found[0], len(exc.problems)))
        else:
            report.checked.append((path, found[0], 0))
    report.problems = list(dict.fromkeys(report.problems))  # a sheet's settings, checked twice
    report.warnings = list(dict.fromkeys(report.warnings))
    return report


def _check_one(path: Path, found: list[str], roles_seen: dict[tuple[Path, str], Path],
               allow_outside: bool = False, columns: str | None = None,
               warnings: list[str] | None = None) -> None:
    """Check one file; ``found[0]`` is its kind, refined here once the content is read."""
    scanned = found[0] == SCANNED
    kind: str | None = None if found[0] in {"file", SCANNED} else found[0]
    if kind == "template":
        _check_template(path)
        return
    from jdgen.inputs.sheets import is_sheet

    if is_sheet(path):  # a spreadsheet or an export can only be a manifest
        if scanned and not _looks_like_manifest(path, columns):
            raise _NotOurs
        found[0] = "manifest"
        from jdgen.inputs.sheetsite import settings_warnings

        if warnings is not None:
            warnings += settings_warnings(path)
        _check_manifest(path, allow_outside, columns)
        return
    from jdgen.inputs.sheetsite import SITE_SUFFIX

    if path.name.endswith(SITE_SUFFIX) and kind is None:  # a sheet's site settings
        found[0] = "site settings"
        _check_site_settings(path)
        return
    from jdgen.inputs.validation import validate
    from jdgen.inputs.yamlfile import read_yaml

    doc = read_yaml(path)
    if doc.data is None:
        raise DataError([f"{path}: file is empty"])
    kind = kind or guess_kind(doc.data)
    if kind is None and scanned:
        raise _NotOurs
    if kind is None:
        raise DataError([
            f"{path}: cannot tell whether this is a role, company or manifest file; "
            "use --kind"
        ])
    found[0] = kind
    if kind == "role":
        from jdgen.inputs.overlaymodels import is_overlay
        from jdgen.models import Role

        role = _check_overlay(path, doc) if is_overlay(doc.data) else validate(Role, doc)
        key = (path.parent.resolve(), role.id)
        if key in roles_seen:
            raise DataError([f"{path}: role id '{role.id}' is also defined in {roles_seen[key]}"])
        roles_seen[key] = path
    elif kind == "company":
        from jdgen.inputs.logo import with_logo
        from jdgen.models import Company

        with_logo(path, validate(Company, doc))
    else:
        _check_manifest(path, allow_outside, columns)
        return
    from jdgen.inputs.placeholders import data_problems

    problems = data_problems(doc)  # e.g. jdgen init's instruction texts, not yet replaced
    if problems:
        raise DataError(problems)


def _check_overlay(path: Path, doc: YamlDoc) -> Overlay:
    """Check an overlay's shape, then merge it onto its base as a build would.

    The base is looked for as a build looks for it, with the overlay's own folder
    searched first; only the problems of this file are reported here (the others
    belong to their own files).
    """
    from jdgen.inputs.discovery import Catalog, search_path
    from jdgen.inputs.overlay import read_overlay

    overlay = read_overlay(doc)
    try:
        catalog = Catalog.load(search_path("roles", [path.parent]), warn=False)
    except DataError as exc:
        problems = exc.problems
    else:
        problems = [p for found in catalog.broken.values() for p in found]
    mine = [p for p in problems if p == str(path) or p.startswith(f"{path}:")]
    if mine:
        raise DataError(mine)
    return overlay


def _looks_like_manifest(path: Path, columns: str | None) -> bool:
    """Whether a sheet found by scanning is meant as a manifest: it has site settings, a
    column mapping is given, or its header names a role (or fits a shipped mapping)."""
    from jdgen.inputs.columns import header_key, shipped_guess
    from jdgen.inputs.sheets import read_rows
    from jdgen.inputs.sheetsite import site_file

    if columns is not None or site_file(path).is_file():
        return True
    if path.suffix.lower() == ".json":
        return False
    try:
        rows = read_rows(path)
    except DataError:
        return True  # a broken sheet: say what is wrong with it
    header = [str(cell) for cell in rows[0][1] if cell is not None] if rows else []
    return "role" in {header_key(h) for h in header} or shipped_guess(header) is not None


def _check_site_settings(path: Path) -> None:
    """A sheet's site settings file, on its own (its sheet may be elsewhere or missing)."""
    from jdgen.inputs.sheetsite import SITE_SUFFIX, read_settings

    read_settings(path.with_name(path.name[: -len(SITE_SUFFIX)] + ".csv"))


def _check_manifest(path: Path, allow_outside: bool = False,
                    columns: str | None = None) -> None:
    """Validate a manifest and what it points at: company files and role names.

    Every problem of every posting is reported at once: a posting whose fields
    are wrong has its role checked too.
    """
    from jdgen.inputs.discovery import Catalog, beside, search_path
    from jdgen.inputs.sheets import is_sheet
    from jdgen.site.batch import plan
    from jdgen.site.outcome import Outcome

    sheet = is_sheet(path)  # a mapping is for a sheet's headers only
    manifest, planned = plan(path, allow_outside=allow_outside,
                             columns=columns if sheet else None)
    problems = []
    catalog = Catalog.load(search_path("roles", beside(path, "roles")))

    def at(index: int, name: str, where: str) -> str:
        """Where a posting's field is: its row and column in a sheet, else ``where``."""
        locate = getattr(manifest, "where_field", None)
        found = locate(index, name) if locate is not None else None
        return found or where

    for item in planned:
        if isinstance(item, Outcome):
            if not item.located and item.error and ": " in item.error:
                fact = item.error.split(": ", 1)[0]  # a fact the resolver could not settle
                problems.append(f"{at(item.index, fact, item.where)}: {item.error}")
            else:
                problems += item.problems()
            if not (item.role and item.role != "?"):
                continue
        try:
            catalog.find(item.role)
        except JdgenError as exc:
            problems.append(f"{at(item.index, 'role', item.where)}: {exc.format_message()}")
    if problems:
        raise DataError(problems)


def _check_template(path: Path) -> None:
    """Compile a template, so syntax errors surface before a build needs it."""
    import jinja2

    from jdgen.inputs.reading import MAX_TEMPLATE_BYTES, read_capped_text
    from jdgen.render.templating import make_environment

    source = read_capped_text(path, MAX_TEMPLATE_BYTES, what="template")
    env = make_environment([path.parent])
    try:
        env.parse(source, name=path.name, filename=str(path))
    except jinja2.TemplateSyntaxError as exc:
        raise DataError([f"{path}:{exc.lineno}: template syntax error: {exc.message}"]) from None


def summary(report: Report) -> Iterable[str]:
    """Lines for standard output: each file checked, then a total."""
    for path, kind, problems in report.checked:
        yield f"{'FAIL' if problems else 'ok':<4}  {path}  ({kind})"
    for path in report.skipped:
        yield f"skip  {path}  (not a role, company or manifest file)"
    files = len(report.checked)
    count = len(report.problems)
    yield (f"{files} file{'s' if files != 1 else ''} checked, "
           f"{count} problem{'s' if count != 1 else ''}")
