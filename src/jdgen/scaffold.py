"""`jdgen init`: a starter project with a company, a role, a template and a manifest."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from jdgen.errors import OutputError
from jdgen.site.output import write_atomic

# File in the package's project_template folder -> where it goes in the new project.
FILES = (
    "README.md",
    "company.yaml",
    "postings.yaml",
    "roles/head-of-supply.yaml",
    "roles/our-coo.yaml",
    "templates/posting.md.j2",
)


def init_project(folder: Path, company: str, locale: str | None = None) -> list[Path]:
    """Create ``folder`` with starter files; refuse to touch a folder that has files in it."""
    from jdgen.inputs.schemas import KINDS, schema_text

    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise OutputError(f"{folder} already exists and is not empty; choose a new folder")
    if not folder.parent.is_dir():
        raise OutputError(f"parent folder {folder.parent} does not exist")
    source = resources.files("jdgen") / "project_template"
    contents: dict[str, str] = {}
    for name in FILES:
        text = (source / name).read_text(encoding="utf-8")
        value = json.dumps(company, ensure_ascii=False) if name.endswith(".yaml") else company
        placeholder = '"{{ company }}"' if name.endswith(".yaml") else "{{ company }}"
        contents[name] = text.replace(placeholder, value).replace("{{ locale }}", _locale(locale))
    for kind in KINDS:
        contents[f"schemas/{kind}.schema.json"] = schema_text(kind)
    written = []
    try:
        for name, text in contents.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, text.encode("utf-8"))
            written.append(path)
    except OSError as exc:
        raise OutputError(f"cannot create {folder}: {exc.strerror or exc}") from None
    return written


def _locale(locale: str | None) -> str:
    """The company file's ``locale`` line: the one chosen, else a comment saying how."""
    from jdgen.locale import supported_list

    if locale:
        return f"locale: {locale}"
    return (f"# locale: en-GB   # {supported_list()}; without it, the job's country decides")
