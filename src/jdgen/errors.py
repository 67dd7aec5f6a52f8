"""Errors a user can act on.

Every error is a ``click.ClickException``: click prints ``Error: <message>`` to
stderr and exits with ``exit_code``, so no command needs its own try/except.
Exit code 1 means bad data; click's own usage errors exit with 2.

Messages quote what the user wrote, and that may hold terminal escape
sequences or bidi overrides; :func:`printable` shows those as ``\\x1b`` or
``\\u202e`` instead, so an error can never recolour, rewrite or reorder the
terminal. Every message passes through it on its way out.
"""

from __future__ import annotations

import unicodedata
from typing import IO, Any

import click

# Format characters that join letters in some scripts (and emoji), and the soft hyphen:
# shown as they are.
_JOINERS = {"\u200c", "\u200d", "\xad"}


def _unsafe(ch: str) -> bool:
    """Whether a terminal could act on ``ch`` rather than show it."""
    if ch.isprintable() or ch == " ":
        return False
    return not (ch in _JOINERS or unicodedata.category(ch) in {"Zs", "Mn", "Mc", "Me"})


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape_char(ch: str) -> str:
    """``'\\x1b'`` -> the four characters ``\\x1b``, as Python's ``repr`` writes them."""
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def printable(text: str, *, newlines: bool = True) -> str:
    """``text`` with every control, format and bidi character escaped (``\\x1b``, ``\\u202e``).

    With ``newlines``, ``\\n`` and tab stay as they are (a message of several
    lines); otherwise they are escaped too.
    """
    if text.isprintable():
        return text
    keep = {"\n", "\t"} if newlines else set()
    return "".join(escape_char(ch) if ch not in keep and _unsafe(ch) else ch for ch in text)


def echo(message: str, *, err: bool = False, nl: bool = True) -> None:
    """``click.echo`` for text that quotes user input (a listing, a path, a warning)."""
    click.echo(printable(message), err=err, nl=nl)


def make_printable(exc: click.ClickException) -> None:
    """Escape what ``exc`` will print (its message, and each problem of a DataError)."""
    # click marks ``message`` Final for type checkers; it is a plain attribute all the same.
    vars(exc)["message"] = printable(exc.message)
    if isinstance(exc, DataError):
        exc.problems = [printable(p, newlines=False) for p in exc.problems]


class JdgenError(click.ClickException):
    """Base class for every error jdgen reports to a user."""

    exit_code = 1

    def format_message(self) -> str:
        """The message, with anything a terminal could act on escaped."""
        return printable(self.message)


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
            click.echo(f"Error: {printable(problem, newlines=False)}", err=True, file=file)


class UnknownRoleError(JdgenError):
    """The role asked for is not among the known roles."""


class OutputError(JdgenError):
    """An output file could not be written."""


class TemplateError(JdgenError):
    """A template failed to load or render."""
