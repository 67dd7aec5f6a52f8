"""`jdgen build`: render one posting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from jdgen.build import FORMATS, BuildRequest, load_company, render_posting, write_rendered
from jdgen.cli.arrangement import arrangement_options
from jdgen.cli.localeopt import locale_option
from jdgen.cli.stdout import write_out
from jdgen.errors import echo
from jdgen.inputs.facts import FactError, Settled, Voice, resolve
from jdgen.inputs.tracked import Inputs
from jdgen.models import Company, clean_line, employment_type

if TYPE_CHECKING:
    from jdgen.lint.config import LintConfig

# Each fact set from the command line, and the option that sets it.
_OPTIONS = {
    "company": "--company", "industry": "--industry", "employees": "--employees",
    "stage": "--stage", "size": "--size", "sites": "--sites", "location": "--location",
    "arrangement": "--remote/--hybrid/--onsite", "salary": "--salary", "currency": "--currency",
    "period": "--period", "reports_to": "--reports-to", "team_size": "--team-size",
    "focus": "--focus", "locale": "--locale", "date": "--date",
    "valid_through": "--valid-through", "valid_for_days": "--valid-for",
    "employment_type": "--employment-type", "website": "--website", "logo": "--logo",
    "logo_file": "--logo-file", "applicant_locations": "--applicant-country",
    "apply_url": "--apply-url", "apply_email": "--apply-email", "benefits": "--benefit",
    "about": "--about", "apply": "--apply", "eeo_statement": "--eeo-statement",
    "direct_apply": "--direct-apply/--no-direct-apply",
}


def _logo_file(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--logo-file: a PNG or JPEG that is there and readable, as an absolute path."""
    if value is None:
        return None
    from jdgen.errors import DataError
    from jdgen.inputs.logo import read_logo

    path = Path(value).absolute()
    try:
        read_logo(path)
    except DataError as exc:
        raise click.BadParameter(exc.problems[0]) from None
    return str(path)


class EmploymentType(click.ParamType):  # type: ignore[type-arg]
    """FULL_TIME, full-time, 'part time', CONTRACTOR ..."""

    name = "TYPE"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        try:
            return employment_type(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


@click.command(short_help="Build one posting, or every posting in a manifest.")
@click.argument("role", required=False)
@click.option("--manifest", type=click.Path(path_type=Path, dir_okay=False),
              help="Build every posting listed in this manifest (YAML, or a .csv or .xlsx "
                   "sheet, one row a posting) instead of one ROLE.")
@click.option("--columns", metavar="MAP",
              help="With --manifest: read a sheet's headers through this column mapping: a "
                   "YAML file, or greenhouse, lever, ashby or workday.")
@click.option("--check", is_flag=True,
              help="With --manifest: write nothing; exit 1 if any output is stale or missing.")
@click.option("--prune", is_flag=True,
              help="With --manifest: delete earlier outputs no longer in the manifest.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="With --manifest: render in this many processes.")
@click.option("--report", "report_path", type=click.Path(path_type=Path, dir_okay=False),
              help="With --manifest: write a JSON report of the build to this file.")
@click.option("-q", "--quiet", is_flag=True, help="With --manifest: print only problems.")
@click.option("--allow-outside", is_flag=True,
              help="With --manifest: let it name company files outside its own folder.")
@click.option("-v", "--verbose", is_flag=True,
              help="With --manifest: a line per posting even in --check and on a terminal.")
@click.option("--company", "company_name", metavar="NAME",
              help="Company name (required unless --company-file gives one).")
@click.option("--company-file", type=click.Path(path_type=Path, dir_okay=False),
              help="Company profile YAML: about, benefits, EEO statement, how to apply.")
@click.option("--industry", help="Industry, e.g. manufacturing, software, retail, logistics.")
@click.option("--employees", type=click.IntRange(1, 10_000_000), help="Company headcount.")
@click.option("--stage", type=click.Choice(["startup", "growth", "established"]),
              help="Company stage.")
@click.option("--size", type=click.Choice(["small", "mid", "large"]),
              help="Size the posting is written for: small (<50 people), mid (50-500), "
                   "large (>500). Default: from --stage, else --employees.")
@click.option("--location", "locations", multiple=True,
              help="Where the job is, e.g. 'Denver, CO'; repeat for a job at several sites "
                   "(the first is printed as the job's place).")
@click.option("--sites", type=click.IntRange(1, 100_000),
              help="How many sites (offices, plants, stores ...) the company runs.")
@arrangement_options
@click.option("--salary", metavar="MIN-MAX",
              help="Pay range, e.g. 140000-175000, 85k-100k or £60k-£75k.")
@click.option("--currency", metavar="CODE",
              help="ISO 4217 currency code (default: the salary's symbol, else the "
              "currency of the job's country, else USD).")
@click.option("--period", type=click.Choice(["hour", "day", "week", "month", "year"]),
              help="Pay period (default year).")
@click.option("--reports-to", metavar="WHO",
              help="Who the role reports to: a title (CEO, 'Managing Director', 'the board'), "
                   "'our founder' or a person ('Dana Kim, CEO').")
@click.option("--team-size", type=click.IntRange(1, 100_000), help="People the role leads.")
@click.option("--focus", help="Specialisation, e.g. supply-chain (see jdgen show ROLE).")
@locale_option("Spelling, words, dates, money and equal-opportunity text")
@click.option("--date", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Posting date YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today).")
@click.option("-f", "--format", "formats", type=click.Choice(FORMATS), multiple=True,
              help="Output format; repeat for several (default docx; pdf needs jdgen[pdf]).")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("."),
              show_default=True, help="Folder to write into.")
@click.option("-o", "--output", metavar="FILE",
              help="Write one file with this name; '-' prints Markdown to stdout.")
@click.option("--reference-docx", type=click.Path(path_type=Path),
              help="Word file whose styles, margins, header and footer to use.")
@click.option("--employment-type", "employment_types", type=EmploymentType(), multiple=True,
              help="FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM or "
              "OTHER; repeat for several.")
@click.option("--valid-through", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Last day applications are accepted, YYYY-MM-DD.")
@click.option("--valid-for", type=click.IntRange(1, 366), metavar="DAYS",
              help="Applications close this many days after the posting date.")
@click.option("--posting-id", metavar="ID",
              help="Your reference for the posting, e.g. OPS-2026-04.")
@click.option("--applicant-country", "applicant_countries", metavar="CODE", multiple=True,
              help="Remote roles: a country applicants may live in (ISO 3166, e.g. US); repeat.")
@click.option("--benefit", "benefits", metavar="TEXT", multiple=True,
              help="A benefit offered, e.g. '25 days of paid leave'; repeat for several "
                   "(replaces the company file's list).")
@click.option("--about", metavar="TEXT",
              help="A short paragraph about the company (replaces the company file's).")
@click.option("--apply", "apply_text", metavar="TEXT",
              help="How to apply, in a sentence or two (replaces the company file's).")
@click.option("--eeo-statement", metavar="TEXT",
              help="Your own equal-opportunity statement, printed as written (default: the "
                   "statement for the job's country).")
@click.option("--apply-url", metavar="URL", help="Where candidates apply online.")
@click.option("--apply-email", metavar="ADDRESS", help="Where candidates email applications.")
@click.option("--website", metavar="URL", help="Company website.")
@click.option("--logo", metavar="URL", help="Company logo image URL (HTML and JSON-LD).")
@click.option("--logo-file", metavar="FILE", callback=_logo_file,
              help="PNG or JPEG of the company logo, printed beside the title in Word and "
                   "PDF documents.")
@click.option("--direct-apply/--no-direct-apply", default=None,
              help="Whether the apply link lets candidates apply there directly.")
@click.option("--front-matter", is_flag=True,
              help="Start Markdown with YAML front matter for Jekyll, Hugo, Eleventy or MkDocs.")
@click.option("--html-template", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="Jinja page template for -f html (default: templates/page.html.j2).")
@click.option("--lint", "run_lint", is_flag=True,
              help="Lint each posting first (see jdgen lint); a posting with a lint error "
                   "is not written, and the build exits 1.")
@click.option("--lint-format", type=click.Choice(["text", "github"]), default="text",
              show_default=True,
              help="How --lint reports: text, or GitHub annotations (with --manifest, at "
                   "the manifest, company file or role file line the text came from).")
@click.option("--roles-dir", type=click.Path(path_type=Path), multiple=True,
              help="Extra folder of role YAML files (searched first).")
@click.option("--templates-dir", type=click.Path(path_type=Path), multiple=True,
              help="Extra folder of templates (searched first).")
def build(role: str | None, manifest: Path | None, columns: str | None, check: bool,
          prune: bool, jobs: int,
          report_path: Path | None, quiet: bool, allow_outside: bool, verbose: bool,
          company_name: str | None, company_file: Path | None,
          industry: str | None, employees: int | None, stage: str | None,
          size: str | None, locations: tuple[str, ...], sites: int | None,
          arrangement: str | None, salary: str | None,
          currency: str | None, period: str | None, reports_to: str | None,
          team_size: int | None, focus: str | None, locale: str | None,
          date: dt.datetime | None, formats: tuple[str, ...], out_dir: Path, output: str | None,
          reference_docx: Path | None, employment_types: tuple[str, ...],
          valid_through: dt.datetime | None, valid_for: int | None, posting_id: str | None,
          applicant_countries: tuple[str, ...], benefits: tuple[str, ...], about: str | None,
          apply_text: str | None, eeo_statement: str | None, apply_url: str | None,
          apply_email: str | None, website: str | None, logo: str | None,
          logo_file: str | None, direct_apply: bool | None, front_matter: bool,
          html_template: Path | None, run_lint: bool, lint_format: str,
          roles_dir: tuple[Path, ...],
          templates_dir: tuple[Path, ...]) -> None:
    """Build a posting for ROLE (e.g. coo, director-of-operations), or a whole manifest.

    Writes <company>-<role>.docx into --out (default: this folder). With
    --manifest FILE, builds every posting the manifest lists, plus an index.
    """
    if manifest is not None:
        from jdgen.cli.batch import run_manifest
        from jdgen.site.batch import Settings

        _manifest_only(role)
        if check and prune:
            raise click.UsageError("--check changes nothing and --prune deletes files; "
                                   "give one of them")
        from jdgen.inputs.discovery import beside

        _sheet_warnings(manifest, quiet)
        settings = Settings(roles_dirs=(*roles_dir, *beside(manifest, "roles")),
                            templates_dirs=(*templates_dir, *beside(manifest, "templates")),
                            reference_docx=reference_docx, html_template=html_template,
                            allow_outside=allow_outside, columns=columns,
                            lint=_lint_config() if run_lint else None)
        run_manifest(manifest, out_dir, settings, check=check, prune=prune, jobs=jobs,
                     quiet=quiet, verbose=verbose, report_path=report_path,
                     lint_format=lint_format)
        return
    _single_only()
    if role is None:
        raise click.UsageError("Missing argument 'ROLE' (or give --manifest FILE).")
    chosen, output_path = _formats(formats, output)
    base = load_company(company_file) if company_file else None
    if valid_through and valid_for:
        raise click.UsageError("give --valid-through or --valid-for, not both")
    if currency is not None and not currency.strip():  # never taken silently as "not given"
        raise click.BadParameter("must not be empty; give an ISO 4217 code such as USD",
                                 param_hint="'--currency'")
    if (currency or period) and not salary and not (base and base.compensation):
        raise click.UsageError("--currency and --period need --salary (or a company file "
                               "with compensation)")
    if company_name is None and (base is None or not base.name):
        raise click.UsageError("Missing option '--company' (or a --company-file with a name).")
    facts: dict[str, Any] = {
        "company": company_name, "industry": industry, "employees": employees,
        "stage": stage, "size": size, "sites": sites,
        "location": list(locations) or None,
        "arrangement": arrangement, "salary": salary, "currency": currency, "period": period,
        "reports_to": _reports_to(reports_to), "team_size": team_size,
        "focus": _line(focus, 120, "'--focus'", "give a focus such as supply-chain (jdgen "
                       "show ROLE lists them)"),
        "locale": locale, "date": date, "valid_through": valid_through,
        "valid_for_days": valid_for, "employment_type": list(employment_types) or None,
        "website": website, "logo": logo, "logo_file": logo_file,
        "direct_apply": direct_apply, "benefits": list(benefits) or None, "about": about,
        "apply": apply_text, "eeo_statement": eeo_statement,
        "applicant_locations": [{"country": c} for c in applicant_countries] or None,
        "apply_url": apply_url, "apply_email": apply_email,
    }
    settled = settle(facts, base, company_file, _posting_id(posting_id))
    company = settled.company
    request = BuildRequest(
        role=role, company=company, formats=chosen, out_dir=out_dir, output=output_path,
        options=settled.options, reference_docx=reference_docx, roles_dirs=roles_dir,
        templates_dirs=templates_dir, front_matter=front_matter, html_template=html_template,
    )
    rendered = render_posting(request)
    for warning in rendered.warnings:
        echo(f"Warning: {warning}", err=True)
    if run_lint:
        _lint(rendered.markdown, rendered.posting.slug, company, lint_format,
              stdout_taken=output == "-")
    if output == "-":
        (text,) = rendered.files.values()
        write_out(text.decode("utf-8"))
        return
    inputs = Inputs()
    inputs.add(company_file, "company file")
    inputs.add(reference_docx, "reference DOCX")
    inputs.add(html_template, "page template")
    for path in write_rendered(rendered, out_dir, output_path, inputs):
        echo(f"Wrote {path}")


# Options that only make sense for one of the two modes.
_BATCH_OPTIONS = ("check", "prune", "jobs", "report_path", "quiet", "verbose", "allow_outside",
                  "columns")
_SHARED_OPTIONS = ("manifest", "out_dir", "roles_dir", "templates_dir", "reference_docx",
                   "html_template", "run_lint", "lint_format", *_BATCH_OPTIONS)


def _given(names: tuple[str, ...] | None = None, exclude: tuple[str, ...] = ()) -> list[str]:
    """Options the user typed (not defaults), as they are spelled on the command line."""
    from click.core import ParameterSource

    ctx = click.get_current_context()
    found = []
    for param in ctx.command.params:
        if not isinstance(param, click.Option) or param.name in exclude:
            continue
        if names is not None and param.name not in names:
            continue
        if ctx.get_parameter_source(param.name or "") is ParameterSource.COMMANDLINE:
            found.append(max(param.opts, key=len))
    return found


def _manifest_only(role: str | None) -> None:
    if role is not None:
        raise click.UsageError("give a ROLE or --manifest, not both")
    extra = _given(exclude=_SHARED_OPTIONS)
    if extra:
        raise click.UsageError(f"{', '.join(extra)} cannot be used with --manifest; "
                               "set it in the manifest instead")


def _sheet_warnings(manifest: Path, quiet: bool) -> None:
    """A settings file beside a sheet under a name jdgen does not read, said once."""
    from jdgen.inputs.sheets import SHEET_SUFFIXES
    from jdgen.inputs.sheetsite import near_misses, settings_warnings

    if quiet or manifest.suffix.lower() not in SHEET_SUFFIXES or not near_misses(manifest):
        return
    for warning in settings_warnings(manifest):
        echo(f"Warning: {warning}", err=True)


def _single_only() -> None:
    extra = _given(_BATCH_OPTIONS)
    if extra:
        raise click.UsageError(f"{', '.join(extra)} only work{'s' if len(extra) == 1 else ''} "
                               "with --manifest")


def _formats(formats: tuple[str, ...], output: str | None) -> tuple[list[str], Path | None]:
    """Resolve -f and -o into the list of formats and the single output path."""
    if output is None:
        return list(dict.fromkeys(formats or ("docx",))), None
    if output == "-":
        if formats and set(formats) != {"md"}:
            raise click.BadParameter("'-' (stdout) writes Markdown only; drop -f or use -f md",
                                     param_hint="'-o'")
        return ["md"], None
    path = Path(output)
    fmt = path.suffix.lstrip(".").lower()
    if path.is_dir():
        raise click.BadParameter(f"'{output}' is a folder; give a file name such as "
                                 f"{path / 'posting.docx'}, or write into it with --out "
                                 f"{output}", param_hint="'-o'")
    if fmt not in FORMATS:
        raise click.BadParameter(f"'{output}' must end in .md, .docx or .pdf (documents), or "
                                 ".html or .json (web pages)", param_hint="'-o'")
    if formats and set(formats) != {fmt}:
        raise click.BadParameter("-o names one file; its extension must match -f",
                                 param_hint="'-o'")
    return [fmt], path


def _lint(markdown: str, slug: str, company: Company, fmt: str = "text", *,
          stdout_taken: bool = False) -> None:
    """Lint before writing: findings to stderr (GitHub annotations to stdout, unless the
    posting goes there); any error stops the build."""
    from jdgen import lint as api
    from jdgen.errors import JdgenError
    from jdgen.lint.report import has_errors, render

    config = _lint_config()
    report = api.lint_rendered(markdown, slug, company, config)
    if report.findings:
        echo(render([report], fmt), err=fmt == "text" or stdout_taken, nl=False)
    if has_errors([report]):
        errors = sum(f.severity.label == "error" for f in report.findings)
        raise JdgenError(f"lint found {errors} error{'s' if errors != 1 else ''}; "
                         "nothing was written")


def _lint_config() -> LintConfig:
    """The lint settings of the current folder, reporting warnings and errors."""
    from jdgen import lint as api

    return api.load_config(api.find_config(Path())).with_options((), "warning", None)


def _reports_to(value: str | None) -> str | None:
    return _line(value, 120, "'--reports-to'", "give a job title of 1-120 printable characters")


def _posting_id(value: str | None) -> str | None:
    return _line(value, 100, "'--posting-id'", "give an id of 1-100 printable characters")


def _line(value: str | None, limit: int, option: str, hint: str) -> str | None:
    """A one-line option checked as a model's line field is: no breaks, controls or bidi."""
    if value is None:
        return None
    if not value.strip() or len(value) > limit:
        raise click.BadParameter(hint, param_hint=option)
    try:
        return clean_line(value, limit)
    except ValueError as exc:
        raise click.BadParameter(f"{hint}; this one {exc}", param_hint=option) from None


def settle(facts: dict[str, Any], base: Company | None, company_file: Path | None,
           posting_id: str | None = None) -> Settled:
    """Settle the options' facts over the company file; an error names the option at fault."""
    try:
        return resolve(facts, base, posting_id=posting_id, locale_wins=True,
                       voice=Voice(_OPTIONS, str(company_file) if company_file else
                                   "the company file"))
    except FactError as exc:
        option = _OPTIONS.get(exc.fact)
        if option is not None and exc.given:
            raise click.BadParameter(exc.reason, param_hint=f"'{option}'") from None
        where = f"{company_file}: " if company_file else ""
        raise click.ClickException(f"{where}{exc.problems[0]}") from None
