"""`jdgen init`: start a project of your own roles, templates and postings."""

from __future__ import annotations

from pathlib import Path

import click

from jdgen.cli.localeopt import locale_option
from jdgen.errors import echo
from jdgen.scaffold import init_project


@click.command(short_help="Start a project of your own roles and templates.")
@click.argument("folder", type=click.Path(path_type=Path), default=Path("jdgen-project"))
@click.option("--company", default="Acme", show_default=True, metavar="NAME",
              help="Company name to put in the starter company profile.")
@locale_option("Locale of the starter company profile")
def init(folder: Path, company: str, locale: str | None) -> None:
    """Create FOLDER (default ./jdgen-project) with starter files to edit.

    It holds company.yaml, roles/ with an example custom role, templates/ with a
    template that extends the built-in one, postings.yaml and JSON Schemas.
    """
    from jdgen.models import clean_line

    try:
        name = clean_line(company, 120)
    except ValueError as exc:
        raise click.BadParameter(f"give a company name of 1-120 printable characters; "
                                 f"this one {exc}", param_hint="'--company'") from None
    written = init_project(folder, name, locale)
    for path in written:
        echo(f"Created {path}")
    echo(f"Next: describe your company under 'about' in {folder / 'company.yaml'} (jdgen "
         "validate reports the starter text until you do), then: "
         f"cd {folder} && jdgen validate && "
         "jdgen build head-of-supply --company-file company.yaml")
