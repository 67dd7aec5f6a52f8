"""Errors a user can act on.

Every error is a ``click.ClickException``: click prints ``Error: <message>`` to
stderr and exits with ``exit_code``, so no command needs its own try/except.
Exit code 1 means bad data; click's own usage errors exit with 2.
"""

from __future__ import annotations

from typing import IO, Any

import click


class JdgenError(click.ClickException):
    """Base class for every error jdgen reports to a user."""

    exit_code = 1


class DataError(JdgenError):
    """A role, company, manifest or template file is wrong.

    ``problems`` holds one line per problem, each already naming its file,
    line and field; the message shows all of them at once.
    """

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))

    def show(self, file: IO[Any] | None = None) -> None:
        """Print one ``Error:`` line per problem to stderr."""
        for problem in self.problems:
            click.echo(f"Error: {problem}", err=True, file=file)


class UnknownRoleError(JdgenError):
    """The role asked for is not among the known roles."""


class OutputError(JdgenError):
    """An output file could not be written."""


class TemplateError(JdgenError):
    """A template failed to load or render."""
