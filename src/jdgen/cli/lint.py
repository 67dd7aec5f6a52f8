"""`jdgen lint`: check postings for biased wording, readability, length and pay."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

from jdgen.cli.arrangement import arrangement_options
from jdgen.cli.localeopt import locale_option
from jdgen.cli.stdout import write_out
from jdgen.errors import JdgenError, printable

# What `jdgen lint` reports when neither --severity nor the settings say: what a CI should
# look at. Info findings (each gender-coded word, one long sentence) are advice.
DEFAULT_SEVERITY = "warning"


def _rule(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    from jdgen.lint.config import check_rule

    try:
        return tuple(check_rule(v) for v in value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), ctx, param) from None


def _list_rules(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from jdgen.lint.rules import RULES

    for rule, (severity, text) in RULES.items():
        click.echo(f"{rule:<18} {severity.label:<8} {text}")
    ctx.exit(0)


@click.command(short_help="Check postings for biased wording, readability and pay.")
@click.argument("targets", nargs=-1, metavar="FILE_OR_ROLE...")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github"]), default="text",
              show_default=True, help="Report for people, programs, or GitHub Actions.")
@click.option("--disable", multiple=True, metavar="RULE", callback=_rule,
              help="Skip a rule; repeat for several (see --list-rules).")
@click.option("--severity", type=click.Choice(["info", "warning", "error"]),
              help="Report only findings at least this serious (default: warning; "
                   "info adds style advice).")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Settings file (default: ./jdgen.yaml, else [tool.jdgen.lint] in "
                   "./pyproject.toml).")
@click.option("--list-rules", is_flag=True, expose_value=False, is_eager=True,
              callback=_list_rules, help="List rule ids and exit.")
@click.option("--company", "company_name", metavar="NAME",
              help="Lint ROLE built for this company, in memory (nothing is written).")
@click.option("--company-file", type=click.Path(path_type=Path, dir_okay=False),
              help="Company profile YAML for linting a role before rendering.")
@click.option("--industry", help="Industry of the company (role mode).")
@click.option("--employees", type=click.IntRange(1, 10_000_000),
              help="Employer headcount, for pay-law thresholds.")
@click.option("--location", help="Where the job is, e.g. 'New York, NY' (role mode).")
@arrangement_options
@click.option("--salary", metavar="MIN-MAX", help="Pay range, e.g. 140000-175000 (role mode).")
@click.option("--currency", metavar="CODE", help="ISO 4217 currency code (role mode).")
@click.option("--focus", help="Specialisation, e.g. supply-chain (role mode).")
@click.option("--date", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Posting date, and the date laws are checked at (YYYY-MM-DD).")
@locale_option("Spelling to check against, and the locale a ROLE is built in")
@click.option("--roles-dir", type=click.Path(path_type=Path), multiple=True,
              help="Extra folder of role YAML files (role mode).")
@click.option("--templates-dir", type=click.Path(path_type=Path), multiple=True,
              help="Extra folder of templates (role mode).")
def lint(targets: tuple[str, ...], fmt: str, disable: tuple[str, ...], severity: str | None,
         config_path: Path | None, company_name: str | None, company_file: Path | None,
         industry: str | None, employees: int | None, location: str | None,
         arrangement: str | None, salary: str | None, currency: str | None,
         focus: str | None, date: dt.datetime | None, locale: str | None,
         roles_dir: tuple[Path, ...], templates_dir: tuple[Path, ...]) -> None:
    """Check postings for gender-coded and exclusionary wording, readability,
    length and structure, and pay ranges where the law requires them.

    Lint files or folders (.md, .docx, .html):  jdgen lint site/jobs

    Or lint a role before rendering it:  jdgen lint coo --company Acme --location "New York, NY"

    Exits with 1 when any finding is an error.
    """
    from jdgen import lint as api
    from jdgen.lint.report import has_errors, render

    if not targets:
        raise click.UsageError("give files or folders to lint, or a ROLE with --company")
    config = api.load_config(config_path or api.find_config(Path()))
    if severity is None and "severity" not in config.model_fields_set:
        severity = DEFAULT_SEVERITY  # info findings are style advice: asked for, not shown
    config = config.with_options(disable, severity, employees)
    if date is not None:
        config = config.model_copy(update={"date": date.date()})
    if locale is not None:
        config = config.model_copy(update={"locale": locale})
    role_mode = company_name is not None or company_file is not None
    if role_mode:
        if len(targets) != 1:
            raise click.UsageError("lint one ROLE at a time with --company")
        request = _request(targets[0], company_name, company_file, industry, employees,
                           location, arrangement, salary, currency, focus, date,
                           roles_dir, templates_dir, locale)
        reports = [api.lint_request(request, config)]
    else:
        _no_role_options(company_name=None, industry=industry, location=location,
                         arrangement=arrangement, salary=salary, currency=currency,
                         focus=focus, roles_dir=roles_dir, templates_dir=templates_dir)
        reports = api.lint_paths([Path(t) for t in targets], config)
    text = render(reports, fmt)
    if fmt == "text":  # quotes the files linted: nothing in it may drive the terminal
        text = printable(text)
    write_out(text)
    if has_errors(reports):
        errors = sum(f.severity.label == "error" for r in reports for f in r.findings)
        raise JdgenError(f"lint found {errors} error{'s' if errors != 1 else ''}")


def _no_role_options(**values: Any) -> None:
    for name, value in values.items():
        if value:
            option = "--" + name.replace("_", "-")
            if name == "arrangement":
                option = f"--{value}"
            raise click.UsageError(f"{option} applies to a ROLE; add --company NAME to lint a "
                                   "role before rendering")


def _request(role: str, company_name: str | None, company_file: Path | None,
             industry: str | None, employees: int | None, location: str | None,
             arrangement: str | None, salary: str | None, currency: str | None,
             focus: str | None, date: dt.datetime | None, roles_dir: tuple[Path, ...],
             templates_dir: tuple[Path, ...], locale: str | None = None) -> Any:
    """The same BuildRequest `jdgen build` would make from these options."""
    from jdgen.build import BuildRequest, load_company
    from jdgen.cli.build import settle

    base = load_company(company_file) if company_file else None
    if currency and not salary and not (base and base.compensation):
        raise click.UsageError("--currency needs --salary (or a company file with compensation)")
    if company_name is None and (base is None or not base.name):
        raise click.UsageError("Missing option '--company' (or a --company-file with a name).")
    settled = settle({"company": company_name, "industry": industry, "employees": employees,
                      "location": location, "arrangement": arrangement, "salary": salary,
                      "currency": currency, "focus": focus, "date": date, "locale": locale},
                     base, company_file)
    return BuildRequest(
        role=role, company=settled.company, formats=("md",), options=settled.options,
        roles_dirs=roles_dir, templates_dirs=templates_dir,
    )
