"""What a batch renders: one job per posting, and the choices that apply to the whole batch.

They live apart from the batch that runs them, so the modules that date and
fingerprint a job (site/dating.py, site/incremental.py) need not import it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jdgen.models import Company
from jdgen.tailoring.tailor import Options

if TYPE_CHECKING:
    from jdgen.lint.config import LintConfig
    from jdgen.site.settings import SiteLook


@dataclass(frozen=True)
class Job:
    """One posting to render, with everything already resolved."""

    index: int
    where: str
    role: str
    company: Company
    options: Options
    formats: tuple[str, ...]
    stem: str | None
    front_matter: bool
    today: dt.date | None = None  # the build's date: a posting closed before it is closed
    earlier: tuple[str, str] | None = None  # the record's content digest and modified day
    inputs: str | None = None  # the digest of its inputs (site/incremental.py)


@dataclass(frozen=True)
class Settings:
    """Command-line choices that apply to the whole batch."""

    roles_dirs: Sequence[Path] = ()
    templates_dirs: Sequence[Path] = ()
    reference_docx: Path | None = None
    html_template: Path | None = None
    allow_outside: bool = False  # company files outside the manifest's folder may be read
    look: SiteLook | None = None  # the manifest's site: settings, as pages use them
    columns: str | None = None  # --columns: a column mapping for a sheet's headers
    lint: LintConfig | None = None  # --lint: lint each posting with these settings
