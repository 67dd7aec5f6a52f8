"""`jdgen schema`: JSON Schema for editors and other tools."""

from __future__ import annotations

import click

from jdgen.inputs.schemas import KINDS, schema_text


@click.command(short_help="Print the JSON Schema for role, company or manifest files.")
@click.argument("kind", type=click.Choice(KINDS))
def schema(kind: str) -> None:
    """Print the JSON Schema for role, company or manifest files.

    Save it and point your editor at it, e.g.
    jdgen schema role > role.schema.json
    """
    click.echo(schema_text(kind), nl=False)
