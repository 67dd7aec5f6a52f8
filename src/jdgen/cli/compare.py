"""`jdgen compare`: two roles side by side, and which one to hire."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, cast

import click

from jdgen.cli.localeopt import locale_option
from jdgen.cli.stdout import write_out
from jdgen.errors import echo, printable
from jdgen.tailoring.compare import (
    FORMATS,
    CompareRequest,
    Situation,
    build_comparison,
    format_text,
    to_json,
    write_files,
)

if TYPE_CHECKING:
    from jdgen.models import Stage
    from jdgen.tailoring.compare import Gap


@click.command(short_help="Compare two roles and say which one to hire.")
@click.argument("first", metavar="ROLE")
@click.argument("second", metavar="OTHER_ROLE")
@click.option("--company", metavar="NAME", help="Company name, used in the text and file names.")
@click.option("--employees", type=click.IntRange(1, 10_000_000), help="Company headcount.")
@click.option("--industry", help="Industry, e.g. manufacturing or healthcare: the must-haves "
              "and measures compared are that industry's.")
@click.option("--stage", type=click.Choice(["startup", "growth", "established"]),
              help="Company stage.")
@click.option("--gap", type=click.Choice(["company-wide", "one-area"]),
              help="What needs a leader: the whole business, or one operational area.")
@click.option("--ceo-stretched/--ceo-not-stretched", "ceo_stretched", default=None,
              help="Whether the CEO is stretched across day-to-day operations.")
@click.option("-f", "--format", "formats", type=click.Choice(FORMATS), multiple=True,
              help="Write a document in this format; repeat for several.")
@click.option("--out", "out_dir", type=click.Path(path_type=Path),
              help="Folder to write documents into (default: this folder).")
@click.option("--json", "as_json", is_flag=True, help="Print the comparison as JSON.")
@click.option("--date", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Document date YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today).")
@locale_option("Spelling and words of the comparison")
@click.option("--roles-dir", type=click.Path(path_type=Path), multiple=True,
              help="Extra folder of role YAML files (searched first).")
@click.option("--templates-dir", type=click.Path(path_type=Path), multiple=True,
              help="Extra folder of templates (searched first).")
def compare(first: str, second: str, company: str | None, employees: int | None,
            industry: str | None, stage: str | None, gap: str | None, ceo_stretched: bool | None,
            formats: tuple[str, ...], out_dir: Path | None, as_json: bool, date: dt.datetime | None,
            locale: str | None, roles_dir: tuple[Path, ...],
            templates_dir: tuple[Path, ...]) -> None:
    """Compare ROLE with OTHER_ROLE and say which one your company needs.

    Prints a side-by-side table; with -f writes
    <company>-compare-<role>-vs-<other>.<md|docx> into --out.
    """
    if as_json and formats:
        raise click.UsageError("--json prints to the terminal; use it without -f")
    if out_dir is not None and not formats:
        raise click.UsageError("--out needs a document format: add -f md and/or -f docx")
    request = CompareRequest(
        first=first, second=second, company=_company(company),
        situation=Situation(employees=employees, stage=cast("Stage | None", stage),
                            gap=cast("Gap | None", gap), ceo_stretched=ceo_stretched,
                            industry=_line(industry, "--industry")),
        formats=formats, date=date.date() if date else None,
        roles_dirs=roles_dir, templates_dirs=templates_dir, locale=locale or "en-US",
    )
    rendered = build_comparison(request)
    if formats:
        for path in write_files(rendered, out_dir or Path(".")):
            echo(f"Wrote {path}")
    elif as_json:
        write_out(to_json(rendered.comparison))
    else:
        write_out(printable(format_text(rendered.comparison)))
        if not request.situation.given():
            click.echo("\nFor a recommendation, add what you know about the company:\n"
                       "--employees N, --stage, --gap, --ceo-stretched or --ceo-not-stretched.")


def _company(value: str | None) -> str | None:
    return _line(value, "--company")


def _line(value: str | None, option: str) -> str | None:
    """``value`` checked as a one-line name, the way company files check theirs."""
    if value is None:
        return None
    from pydantic import ValidationError

    from jdgen.models import Company

    try:
        return Company(name=value).name
    except ValidationError as exc:
        message = exc.errors()[0]["msg"].removeprefix("Value error, ")
        raise click.BadParameter(message, param_hint=f"'{option}'") from None
