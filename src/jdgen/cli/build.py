"""`jdgen build`: render one posting."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import click
from pydantic import ValidationError

from jdgen.build import FORMATS, BuildRequest, load_company, render_posting, write_rendered
from jdgen.models import Company
from jdgen.salary import parse_salary
from jdgen.tailoring import Options

# Company fields set from the command line, and the option that sets each.
_COMPANY_OPTIONS = {
    "name": "--company",
    "industry": "--industry",
    "employees": "--employees",
    "stage": "--stage",
    "locations": "--location",
    "arrangement": "--remote/--hybrid/--onsite",
    "compensation": "--salary",
}


class SalaryRange(click.ParamType):  # type: ignore[type-arg]
    """'140000-175000', '140k-175k', '$140,000 – $175,000' or a single amount."""

    name = "MIN-MAX"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> tuple[int, int]:
        if isinstance(value, tuple):
            return value
        try:
            return parse_salary(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


def _location(text: str) -> dict[str, str]:
    parts = [p.strip() for p in text.split(",") if p.strip()]
    keys = ("city", "region", "country")
    if len(parts) > 3:
        parts = [", ".join(parts[:-2]), *parts[-2:]]
    return dict(zip(keys, parts, strict=False)) if parts else {"city": text}


@click.command()
@click.argument("role")
@click.option("--company", "company_name", metavar="NAME",
              help="Company name (required unless --company-file gives one).")
@click.option("--company-file", type=click.Path(path_type=Path, dir_okay=False),
              help="Company profile YAML: about, benefits, EEO statement, how to apply.")
@click.option("--industry", help="Industry, e.g. manufacturing, software, retail, logistics.")
@click.option("--employees", type=click.IntRange(1, 10_000_000), help="Company headcount.")
@click.option("--stage", type=click.Choice(["startup", "growth", "established"]),
              help="Company stage.")
@click.option("--location", help="Where the job is, e.g. 'Denver, CO'.")
@click.option("--remote", "arrangement", flag_value="remote", help="Fully remote role.")
@click.option("--hybrid", "arrangement", flag_value="hybrid", help="Hybrid role.")
@click.option("--onsite", "arrangement", flag_value="onsite", help="On-site role.")
@click.option("--salary", type=SalaryRange(), help="Pay range, e.g. 140000-175000 or 140k-175k.")
@click.option("--currency", metavar="CODE", help="ISO 4217 currency code (default USD).")
@click.option("--period", type=click.Choice(["hour", "day", "week", "month", "year"]),
              help="Pay period (default year).")
@click.option("--reports-to", metavar="TITLE", help="Who the role reports to.")
@click.option("--team-size", type=click.IntRange(1, 100_000), help="People the role leads.")
@click.option("--focus", help="Specialisation, e.g. supply-chain (see jdgen show ROLE).")
@click.option("--date", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Posting date YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today).")
@click.option("-f", "--format", "formats", type=click.Choice(FORMATS), multiple=True,
              help="Output format; repeat for several (default docx).")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("."),
              show_default=True, help="Folder to write into.")
@click.option("-o", "--output", metavar="FILE",
              help="Write one file with this name; '-' prints Markdown to stdout.")
@click.option("--reference-docx", type=click.Path(path_type=Path),
              help="Word file whose styles, margins, header and footer to use.")
@click.option("--roles-dir", type=click.Path(path_type=Path), multiple=True,
              help="Extra folder of role YAML files (searched first).")
@click.option("--templates-dir", type=click.Path(path_type=Path), multiple=True,
              help="Extra folder of templates (searched first).")
def build(role: str, company_name: str | None, company_file: Path | None,
          industry: str | None, employees: int | None, stage: str | None,
          location: str | None, arrangement: str | None, salary: tuple[int, int] | None,
          currency: str | None, period: str | None, reports_to: str | None,
          team_size: int | None, focus: str | None, date: dt.datetime | None,
          formats: tuple[str, ...], out_dir: Path, output: str | None,
          reference_docx: Path | None, roles_dir: tuple[Path, ...],
          templates_dir: tuple[Path, ...]) -> None:
    """Build a posting for ROLE (e.g. coo, director-of-operations).

    Writes <company>-<role>.docx into --out (default: this folder).
    """
    chosen, output_path = _formats(formats, output)
    base = load_company(company_file) if company_file else None
    flags: dict[str, Any] = {
        "name": company_name, "industry": industry, "employees": employees, "stage": stage,
        "locations": [_location(location)] if location is not None else None,
        "arrangement": arrangement,
    }
    if salary or currency or period:
        pay = base.compensation.model_dump() if base and base.compensation else {}
        if salary:
            pay["min"], pay["max"] = salary
        elif not pay:
            raise click.UsageError("--currency and --period need --salary (or a company file "
                                   "with compensation)")
        pay.update({k: v for k, v in {"currency": currency, "period": period}.items() if v})
        flags["compensation"] = pay
    company = _company(base, flags)
    request = BuildRequest(
        role=role, company=company, formats=chosen, out_dir=out_dir, output=output_path,
        options=Options(focus=focus, reports_to=_reports_to(reports_to), team_size=team_size,
                        date=date.date() if date else None),
        reference_docx=reference_docx, roles_dirs=roles_dir, templates_dirs=templates_dir,
    )
    rendered = render_posting(request)
    if output == "-":
        sys.stdout.write(rendered.markdown)
        return
    for path in write_rendered(rendered, out_dir, output_path):
        click.echo(f"Wrote {path}")


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
    if fmt not in FORMATS:
        raise click.BadParameter(f"'{output}' must end in .md or .docx", param_hint="'-o'")
    if formats and set(formats) != {fmt}:
        raise click.BadParameter("-o names one file; its extension must match -f",
                                 param_hint="'-o'")
    return [fmt], path


def _reports_to(value: str | None) -> str | None:
    if value is None:
        return None
    if not value.strip() or len(value) > 120 or any(ord(c) < 32 for c in value):
        raise click.BadParameter("give a job title of 1-120 printable characters",
                                 param_hint="'--reports-to'")
    return value.strip()


def _company(base: Company | None, flags: dict[str, Any]) -> Company:
    """Merge command-line facts over the company file; name the option at fault."""
    data = base.model_dump(exclude_none=True) if base else {}
    data.update({k: v for k, v in flags.items() if v is not None})
    if "name" not in data:
        raise click.UsageError("Missing option '--company' (or a --company-file with a name).")
    try:
        return Company.model_validate(data)
    except ValidationError as exc:
        from jdgen.validation import describe

        err = exc.errors()[0]
        field = str(err["loc"][0]) if err["loc"] else ""
        message = describe(Company, err).split(": ", 1)[-1]
        if field in _COMPANY_OPTIONS and flags.get(field) is not None:
            option = "--currency" if err["loc"][-1] == "currency" else _COMPANY_OPTIONS[field]
            raise click.BadParameter(message, param_hint=f"'{option}'") from None
        raise click.ClickException(f"company: {describe(Company, err)}") from None
