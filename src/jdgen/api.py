"""jdgen from Python: build postings, build a manifest, lint, compare roles.

Every function checks its input as the command line does and raises the same
errors: :class:`~jdgen.errors.JdgenError` and its subclasses, such as
:class:`~jdgen.errors.DataError`, whose ``problems`` hold one line per problem.
Nothing is written unless a function says it writes.

>>> from jdgen import build_posting
>>> built = build_posting("coo", "Acme", location="Denver, CO", salary="150k-180k",
...                       formats=["md", "docx"], date="2026-11-25")
>>> sorted(built.files)
['acme-coo.docx', 'acme-coo.md']
>>> built.data("md").splitlines()[0]
b'# Chief Operating Officer'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Unpack

from jdgen.errors import DataError

if TYPE_CHECKING:
    from jdgen.inputs.manifest import PostingSpec
    from jdgen.lint import FileReport, LintConfig
    from jdgen.models import Company, Posting
    from jdgen.render.pipeline import Pipeline
    from jdgen.site.batch import BatchReport
    from jdgen.site.outcome import Outcome
    from jdgen.tailoring.compare import Comparison


class PostingFacts(TypedDict, total=False):
    """What one posting may say about itself: the fields of a manifest's posting.

    Each is checked as in a manifest: ``salary`` takes ``"140k-175k"``, ``location``
    ``"Denver, CO"``, ``date`` a date or ``"2026-11-25"``; ``id`` names the files.
    """

    id: str
    company_name: str
    industry: str
    employees: int
    stage: str
    size: str
    location: str
    arrangement: str
    salary: str | Mapping[str, Any]
    currency: str
    period: str
    reports_to: str
    team_size: int
    focus: str
    date: dt.date | str
    valid_through: dt.date | str
    valid_for_days: int
    employment_type: str | list[str]
    direct_apply: bool
    apply_url: str
    apply_email: str
    benefits: list[str]
    about: str
    apply: str
    eeo_statement: str
    sites: int
    locale: str


@dataclass(frozen=True)
class BuiltPosting:
    """One posting rendered in memory: file name -> bytes, and what a build would warn."""

    posting: Posting
    company: Company
    markdown: str
    files: dict[str, bytes]
    warnings: list[str] = field(default_factory=list)

    @property
    def formats(self) -> list[str]:
        """The formats built, in the order asked for."""
        return [name.rsplit(".", 1)[-1] for name in self.files]

    def data(self, fmt: str) -> bytes:
        """The bytes of one format: ``built.data("docx")``."""
        for name, data in self.files.items():
            if name.rsplit(".", 1)[-1] == fmt:
                return data
        raise KeyError(f"'{fmt}' was not built; built: {', '.join(self.formats)}")

    def write(self, out_dir: Path | str = ".") -> list[Path]:
        """Write every file into ``out_dir`` (created if need be), each atomically."""
        from jdgen.site.output import write_files

        return write_files(self.files, Path(out_dir))


class Builder:
    """Builds many postings, loading roles, templates and the DOCX base once.

    >>> builder = Builder()
    >>> [builder.posting(role, "Acme").posting.title for role in ("coo", "doo")]
    ['Chief Operating Officer', 'Director of Operations']
    """

    def __init__(self, *, roles_dirs: Sequence[Path | str] = (),
                 templates_dirs: Sequence[Path | str] = (),
                 reference_docx: Path | str | None = None,
                 html_template: Path | str | None = None) -> None:
        from jdgen.render.pipeline import Pipeline

        self.pipeline: Pipeline = Pipeline(
            roles_dirs=[Path(p) for p in roles_dirs],
            templates_dirs=[Path(p) for p in templates_dirs],
            reference_docx=Path(reference_docx) if reference_docx else None,
            html_template=Path(html_template) if html_template else None)

    def posting(self, role: str, company: Company | Mapping[str, Any] | Path | str | None = None,
                *, formats: Sequence[str] = ("md",), front_matter: bool = False,
                **facts: Unpack[PostingFacts]) -> BuiltPosting:
        """Render one posting of ``role`` in memory.

        ``company`` is the company's name, a :class:`~jdgen.models.Company`, a
        mapping of company-profile fields, or the :class:`~pathlib.Path` of a
        profile file; ``facts`` add to it what a manifest's posting may say.
        """
        from jdgen.inputs.facts import resolve

        spec = _spec(role, formats, facts)
        merged = spec.model_dump(exclude_none=True, exclude_unset=True,
                                 exclude={"role", "id", "formats"})
        settled = resolve(merged, _base_company(company), posting_id=spec.id)
        built = settled.company
        rendered = self.pipeline.render(spec.role, built, settled.options,
                                        list(spec.formats or ()), front_matter=front_matter)
        files = rendered.files
        if spec.id is not None:  # the id names the files, as in a manifest
            slug = rendered.posting.slug
            files = {spec.id + name[len(slug):]: data for name, data in files.items()}
        return BuiltPosting(rendered.posting, built, rendered.markdown, files,
                            list(rendered.warnings))


def build_posting(role: str, company: Company | Mapping[str, Any] | Path | str | None = None,
                  *, formats: Sequence[str] = ("md",), front_matter: bool = False,
                  roles_dirs: Sequence[Path | str] = (),
                  templates_dirs: Sequence[Path | str] = (),
                  reference_docx: Path | str | None = None,
                  html_template: Path | str | None = None,
                  **facts: Unpack[PostingFacts]) -> BuiltPosting:
    """Render one posting in memory; ``.write(folder)`` on the result writes its files.

    For many postings, a :class:`Builder` loads roles and templates only once.

    >>> built = build_posting("director-of-operations", {"name": "Northwind", "employees": 240},
    ...                       focus="supply-chain", formats=["html", "json"])
    >>> built.posting.title, built.formats
    ('Director of Operations (Supply Chain)', ['html', 'json'])
    """
    builder = Builder(roles_dirs=roles_dirs, templates_dirs=templates_dirs,
                      reference_docx=reference_docx, html_template=html_template)
    return builder.posting(role, company, formats=formats, front_matter=front_matter, **facts)


def build_manifest(manifest: Path | str, out_dir: Path | str, *, check: bool = False,
                   prune: bool = False, jobs: int = 1, roles_dirs: Sequence[Path | str] = (),
                   templates_dirs: Sequence[Path | str] = (),
                   reference_docx: Path | str | None = None,
                   html_template: Path | str | None = None, allow_outside: bool = False,
                   on_posting: Callable[[Outcome], None] | None = None) -> BatchReport:
    """Build every posting in a manifest (YAML, CSV or XLSX) into ``out_dir``.

    Exactly ``jdgen build --manifest``: with ``check``, nothing is written and the
    report lists what is missing, stale or extra; ``prune`` removes postings
    dropped from the manifest. One bad posting does not stop the others: look at
    ``report.ok``, ``report.failed`` and each row of ``report.postings``. A problem
    with the manifest file itself raises.
    """
    from jdgen.site.batch import Settings, batch_inputs, run_batch

    if not 1 <= jobs <= 64:
        raise DataError([f"jobs: {jobs} is not between 1 and 64"])
    path = Path(manifest)
    settings = Settings(roles_dirs=[Path(p) for p in roles_dirs],
                        templates_dirs=[Path(p) for p in templates_dirs],
                        reference_docx=Path(reference_docx) if reference_docx else None,
                        html_template=Path(html_template) if html_template else None,
                        allow_outside=allow_outside)
    return run_batch(path, Path(out_dir), settings, check=check, prune_orphans=prune,
                     workers=jobs, on_posting=on_posting, inputs=batch_inputs(path, settings))


def lint_text(text: str, *, source: str = "<markdown>",
              config: LintConfig | None = None) -> FileReport:
    """Lint a posting's Markdown: ``report.findings``, each with a rule, severity and advice.

    >>> report = lint_text("# Rockstar wanted\\n\\nYou are a rockstar ninja.\\n")
    >>> "cliche" in {f.rule.split("-")[0] for f in report.findings}
    True
    """
    from jdgen.lint import lint_markdown

    return lint_markdown(text, config, source=source)


def lint_files(paths: Sequence[Path | str], *,
               config: LintConfig | None = None) -> list[FileReport]:
    """Lint posting files (.md, .docx, .html) and the postings in folders, one report each."""
    from jdgen.lint import lint_paths

    return lint_paths([Path(p) for p in paths], config)


def lint_posting(built: BuiltPosting, *, config: LintConfig | None = None) -> FileReport:
    """Lint a posting built in memory, using its company's facts (place, pay, size)."""
    from jdgen.lint import lint_rendered

    return lint_rendered(built.markdown, built.posting.slug, built.company, config)


def compare_roles(first: str, second: str, *, employees: int | None = None,
                  stage: Literal["startup", "growth", "established"] | None = None,
                  gap: Literal["company-wide", "one-area"] | None = None,
                  ceo_stretched: bool | None = None, industry: str | None = None,
                  company: str | None = None,
                  roles_dirs: Sequence[Path | str] = ()) -> Comparison:
    """Compare two roles (ids or aliases) side by side, and say which one to hire.

    >>> result = compare_roles("coo", "doo", employees=40, stage="growth", gap="one-area")
    >>> result.recommendation.choice
    'director-of-operations'
    """
    from jdgen.tailoring.compare import Situation, load_pair
    from jdgen.tailoring.compare import compare_roles as compare

    a, b = load_pair(first, second, [Path(p) for p in roles_dirs])
    situation = Situation(employees=employees, stage=stage, gap=gap,
                          ceo_stretched=ceo_stretched, industry=industry)
    return compare(a, b, situation, company)


# ------------------------------------------------------------------ helpers


def _spec(role: str, formats: Sequence[str], facts: Mapping[str, Any]) -> PostingSpec:
    """The posting's facts checked as a manifest's posting is; errors name the field."""
    from pydantic import ValidationError

    from jdgen.inputs.manifest import PostingSpec
    from jdgen.inputs.validation import describe

    if isinstance(formats, str):
        formats = [formats]
    data = {"role": role, **facts, "formats": list(formats)}
    for key in ("company", "company_file"):
        if key in facts:
            raise DataError([f"{key}: give the company as the second argument"])
    try:
        return PostingSpec.model_validate(data)
    except ValidationError as exc:
        raise DataError([describe(PostingSpec, err) for err in exc.errors()]) from None


def _base_company(company: Company | Mapping[str, Any] | Path | str | None) -> Company | None:
    """The company a posting starts from: a name, a model, its fields, or a profile file."""
    from pydantic import ValidationError

    from jdgen.inputs.validation import describe
    from jdgen.models import Company

    if company is None or isinstance(company, Company):
        return company
    if isinstance(company, Path):
        from jdgen.build import load_company

        return load_company(company)
    data = {"name": company} if isinstance(company, str) else dict(company)
    try:
        return Company.model_validate(data)
    except ValidationError as exc:
        raise DataError([f"company: {describe(Company, err)}" for err in exc.errors()]) from None
