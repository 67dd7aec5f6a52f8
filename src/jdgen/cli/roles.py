"""`jdgen roles` and `jdgen show`: what roles there are, and what one says."""

from __future__ import annotations

from pathlib import Path

import click

from jdgen.errors import echo
from jdgen.inputs.discovery import Catalog, search_path
from jdgen.inputs.showing import describe_role, role_json, roles_table

_ROLES_DIR = click.option(
    "--roles-dir", type=click.Path(path_type=Path), multiple=True,
    help="Extra folder of role YAML files (searched first; repeatable).",
)


@click.command(short_help="List every role jdgen can build.")
@_ROLES_DIR
def roles(roles_dir: tuple[Path, ...]) -> None:
    """List every role jdgen can build: id, title, level, aliases and source.

    When a role file overrides another with the same id, the table says which
    file wins and which it hides.
    """
    echo(roles_table(Catalog.load(search_path("roles", roles_dir))), nl=False)


@click.command(short_help="Show everything a role defines.")
@click.argument("role")
@click.option("--json", "as_json", is_flag=True, help="Print the role as JSON data.")
@_ROLES_DIR
def show(role: str, as_json: bool, roles_dir: tuple[Path, ...]) -> None:
    """Show everything a role defines, e.g. jdgen show director-of-operations."""
    entry = Catalog.load(search_path("roles", roles_dir)).find(role)
    if as_json:  # data, not a listing: JSON escapes controls itself, and roles hold none
        click.echo(role_json(entry.role), nl=False)
    else:
        echo(describe_role(entry), nl=False)
