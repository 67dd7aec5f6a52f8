"""`jdgen validate`: check files without building anything."""

from __future__ import annotations

from pathlib import Path

import click

from jdgen.errors import DataError, echo
from jdgen.inputs.checking import KINDS, check, summary


@click.command(short_help="Check role, company, manifest and template files.")
@click.argument("paths", nargs=-1, type=click.Path(), callback=lambda _c, _p, v: _paths(v))
@click.option("--kind", type=click.Choice(KINDS),
              help="Treat every file as this kind instead of guessing from its content.")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
@click.option("--allow-outside", is_flag=True,
              help="Let manifests name company files outside their own folder.")
@click.option("--columns", metavar="MAP",
              help="Read sheets' headers through this column mapping: a YAML file, or "
                   "greenhouse, lever, ashby or workday (as build --columns does).")
def validate(paths: tuple[Path, ...], kind: str | None, quiet: bool,
             allow_outside: bool, columns: str | None) -> None:
    """Check role, company and manifest files and templates; exit 1 on any problem.

    With no PATHS, checks ./roles, ./templates and the YAML files and sheets (.csv,
    .xlsx) in this folder; a sheet's site settings (<sheet>.site.yaml) with it.
    """
    report = check(paths, kind, allow_outside=allow_outside, columns=columns)
    if not report.checked:
        raise DataError(["no role, company, manifest or template files found to check"])
    if not quiet:
        for line in summary(report):
            echo(line)
    for warning in report.warnings:
        echo(f"Warning: {warning}", err=True)
    if report.problems:
        raise DataError(report.problems)


def _paths(values: tuple[str, ...]) -> tuple[Path, ...]:
    """The paths, refusing an empty one (an unset shell variable), which would mean '.'."""
    if any(not value for value in values):
        raise click.BadParameter("an empty path; give a file or folder (. for this one)",
                                 param_hint="'PATHS'")
    return tuple(Path(value) for value in values)
