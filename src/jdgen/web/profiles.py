"""Company profiles: the ones in the start folder, an uploaded one, and saving one.

An upload is read exactly as a file is (the same size cap, decoding, YAML
limits and validation); its ``logo_file``, if any, must be inside the start
folder. Saving is the only write the app makes, and only into that folder.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from jdgen.errors import DataError

if TYPE_CHECKING:
    from jdgen.models import Company

MAX_LISTED = 200
_NOT_PROFILES = {"postings.yaml", "postings.yml", "mkdocs.yml", ".jdgen-lint.yaml"}


def folder_profiles(start: Path) -> list[str]:
    """YAML files in the start folder a recruiter may pick as a profile, by name."""
    try:
        found = sorted(p.name for p in start.iterdir()
                       if p.suffix in (".yaml", ".yml") and not p.name.startswith(".")
                       and p.name not in _NOT_PROFILES and p.is_file())
    except OSError:
        return []
    return found[:MAX_LISTED]


def folder_images(start: Path) -> list[str]:
    """PNG and JPEG files in the start folder a recruiter may pick as the logo, by name."""
    try:
        found = sorted(p.name for p in start.iterdir()
                       if p.suffix.lower() in (".png", ".jpg", ".jpeg")
                       and not p.name.startswith(".") and p.is_file())
    except OSError:
        return []
    return found[:MAX_LISTED]


def folder_logo(start: Path, name: str) -> Path:
    """The logo image ``name`` in the start folder, checked as ``--logo-file`` checks it."""
    from jdgen.inputs.logo import read_logo

    if name not in folder_images(start):
        raise DataError([f"logo_file: '{name}' is not an image in {start}"])
    path = start / name
    try:
        read_logo(path)
    except DataError as exc:
        raise DataError([f"logo_file: {exc.problems[0]}"]) from None
    return path


def folder_profile(start: Path, name: str) -> Company:
    """The profile named ``name`` in the start folder (a name from :func:`folder_profiles`)."""
    from jdgen.build import load_company

    if name not in folder_profiles(start):
        raise DataError([f"company_file: '{name}' is not a profile in {start}"])
    return load_company(start / name, logo_within=start)


def upload_name(name: str) -> str:
    """A safe stand-in file name for an upload: its base name, tamed."""
    base = re.split(r"[\\/]", name)[-1]
    tamed = re.sub(r"[^A-Za-z0-9._-]+", "-", base).strip(".-")[:80]
    return tamed if tamed.endswith((".yaml", ".yml")) else f"{tamed or 'profile'}.yaml"


def uploaded_profile(start: Path, name: str, raw: bytes) -> tuple[Company, str]:
    """Read an uploaded profile as its file would be read; also return its text."""
    from jdgen.inputs.logo import with_logo
    from jdgen.inputs.reading import MAX_YAML_BYTES
    from jdgen.inputs.validation import validate
    from jdgen.inputs.yamlfile import decode, read_yaml
    from jdgen.models import Company

    path = start / upload_name(name)
    if len(raw) > MAX_YAML_BYTES:
        raise DataError([f"{path.name}: file is over the limit of {MAX_YAML_BYTES:,} bytes"])
    text = decode(Path(path.name), raw)
    doc = read_yaml(Path(path.name), text=text)
    if doc.data is None:
        raise DataError([f"{path.name}: file is empty; expected a company profile"])
    return with_logo(path, validate(Company, doc), start), text


def save_profile(start: Path, name: str, text: str, *, replace: bool) -> Path:
    """Write ``text`` as ``name`` into the start folder, atomically; never elsewhere."""
    from jdgen.site.output import write_files

    if Path(name).name != name or not name.endswith(".yaml"):
        raise DataError([f"profile: '{name}' is not a plain file name"])
    target = start / name
    if target.exists() and not replace:
        raise DataError([f"profile: {name} is already in {start}; tick 'replace it' to "
                         "overwrite it, or change the company name"])
    (written,) = write_files({name: text.encode("utf-8")}, start)
    return written
