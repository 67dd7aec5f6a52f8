"""A sheet's site settings file: the careers site's look, and the sheet's column mapping.

A spreadsheet or JSON export has no room for a ``site:`` block, so its settings
live beside it in ``<sheet name>.site.yaml`` (``postings.csv`` ->
``postings.site.yaml``): the keys of a YAML manifest's ``site:`` block, plus
the column mapping's keys (see :mod:`jdgen.inputs.columns`). A file whose name
is close to that one (``postings.site.yml``, ``site.yaml``) is never read, but
it is reported, so a settings file is never silently ignored.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from jdgen.errors import DataError

if TYPE_CHECKING:
    from jdgen.inputs.columns import ColumnMap
    from jdgen.site.settings import Site

SITE_SUFFIX = ".site.yaml"


def site_file(sheet: Path) -> Path:
    """Where a sheet's site settings live: ``postings.csv`` -> ``postings.site.yaml``."""
    return sheet.with_name(f"{sheet.stem}{SITE_SUFFIX}")


def read_settings(sheet: Path) -> tuple[Site, ColumnMap | None]:
    """The site settings beside ``sheet`` (the defaults when there are none) and the
    column mapping they hold, if any."""
    import dataclasses

    from jdgen.inputs.columns import MAPPING_KEYS, from_settings
    from jdgen.inputs.validation import validate
    from jdgen.inputs.yamlfile import read_yaml
    from jdgen.site.settings import Site, site_file_there

    path = site_file(sheet)
    if not site_file_there(path, sheet.parent):
        return Site(), None
    doc = read_yaml(path)
    if doc.data is None:
        raise DataError([f"{path}: file is empty; expected the site settings (title, intro, "
                         "logo, brand_color, accent_color, base_url, language) or a column "
                         "mapping (columns, ignore, defaults ...)"])
    if not isinstance(doc.data, dict):
        return validate(Site, doc), None  # refused, with the file's own wording
    problems: list[str] = []
    look = {k: v for k, v in doc.data.items() if k not in MAPPING_KEYS}
    try:
        site = validate(Site, dataclasses.replace(doc, data=look))
    except DataError as exc:
        problems += exc.problems
        site = Site()
    try:
        mapping = from_settings(doc.data, doc, path.parent)
    except DataError as exc:
        problems += exc.problems
        mapping = None
    if problems:
        raise DataError(problems)
    return site, mapping


def near_misses(sheet: Path) -> list[Path]:
    """Files beside ``sheet`` that look meant as its settings but are not read."""
    wanted = site_file(sheet)
    folder = sheet.parent if str(sheet.parent) else Path(".")
    stem = sheet.stem.casefold()
    found = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        name = path.name.casefold()
        if path.name == wanted.name or not path.is_file():
            continue
        if not name.endswith((".yaml", ".yml")):
            continue
        base = name.rsplit(".", 1)[0]
        if base in {f"{stem}.site", f"{stem}-site", f"{stem}_site", f"{stem}.settings",
                    f"{stem}-settings", "site", "settings", f"{stem}.sites"} or \
                name == wanted.name.casefold():
            found.append(path)
    return found


def settings_warnings(sheet: Path) -> list[str]:
    """What a build or ``jdgen validate`` should say about the sheet's settings file."""
    wanted = site_file(sheet)
    warnings = [f"{path}: not read: a sheet's site settings are read from {wanted.name} "
                "beside it; rename the file" for path in near_misses(sheet)]
    if not wanted.is_file() and not warnings:
        warnings.append(f"{sheet}: no site settings ({wanted.name}); the careers site uses "
                        "the default title and look")
    return warnings
