"""Command-line interface: one module per command (or family), each thin.

A command parses its options, calls one library function and reports the
result. Errors are ``JdgenError``/click exceptions, printed by click as
``Error: ...`` on stderr with exit code 1 (bad data) or 2 (bad usage).
"""

from __future__ import annotations

import click

from jdgen import __version__

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="jdgen")
def main() -> None:
    """Generate tailored job postings from validated role models.

    Start with:  jdgen build coo --company Acme
    """


def _register() -> None:
    from jdgen.cli.build import build

    main.add_command(build)
    from jdgen.cli import init, roles, schema, validate

    for command in (roles.roles, roles.show, validate.validate, schema.schema, init.init):
        main.add_command(command)
    from jdgen.cli.compare import compare

    main.add_command(compare)
    from jdgen.cli.lint import lint; main.add_command(lint)  # noqa: E702, I001
    # more commands register here, one line each


_register()
