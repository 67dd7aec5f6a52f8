"""Command-line interface: one module per command (or family), each thin.

A command parses its options, calls one library function and reports the
result. Errors are ``JdgenError``/click exceptions, printed by click as
``Error: ...`` on stderr with exit code 1 (bad data) or 2 (bad usage).

Commands load lazily: ``jdgen --help`` and ``jdgen --version`` import click
and nothing heavy; a command's module (and pydantic, Jinja, python-docx ...)
is imported only when that command runs or its own help is shown.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from collections.abc import ItemsView, Iterator, KeysView, ValuesView
from typing import Any

import click

from jdgen import __version__
from jdgen.errors import make_printable

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class _Commands(dict[str, click.Command]):
    """A group's commands: loaded ones, plus named ones imported on first use."""

    def __init__(self) -> None:
        super().__init__()
        self.pending: dict[str, tuple[str, str]] = {}  # name -> ("module:attr", short help)

    def load(self, name: str) -> None:
        if name in self.pending and not dict.__contains__(self, name):
            module, _, attr = self.pending[name][0].partition(":")
            command = getattr(importlib.import_module(module), attr)
            dict.__setitem__(self, name, command)

    def load_all(self) -> None:
        for name in list(self.pending):
            self.load(name)

    def names(self) -> list[str]:
        return sorted(set(dict.keys(self)) | set(self.pending))

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def __len__(self) -> int:
        return len(self.names())

    def __contains__(self, name: object) -> bool:
        return dict.__contains__(self, name) or name in self.pending

    def __getitem__(self, name: str) -> click.Command:
        self.load(name)
        return dict.__getitem__(self, name)

    def get(self, name: str, default: Any = None) -> Any:
        self.load(name)
        return dict.get(self, name, default)

    def keys(self) -> KeysView[str]:  # type: ignore[override]
        self.load_all()
        return dict.keys(self)

    def values(self) -> ValuesView[click.Command]:  # type: ignore[override]
        self.load_all()
        return dict.values(self)

    def items(self) -> ItemsView[str, click.Command]:  # type: ignore[override]
        self.load_all()
        return dict.items(self)


class LazyGroup(click.Group):
    """A click group whose commands are imported when first needed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands: _Commands = _Commands()

    def lazy(self, name: str, target: str, short_help: str) -> None:
        """Register ``name`` as ``module:attr``; ``short_help`` is its line in --help."""
        self.commands.pending[name] = (target, short_help)

    def make_context(self, info_name: str | None, args: list[str],
                     parent: click.Context | None = None, **extra: Any) -> click.Context:
        with _printable_errors():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: click.Context) -> Any:
        with _printable_errors():
            return super().invoke(ctx)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Run the command; a failed write to standard output is one clean error line."""
        try:
            return super().main(*args, **kwargs)
        except (OSError, UnicodeEncodeError) as exc:
            from jdgen.cli.stdout import failure, from_echo

            if not from_echo(exc, exc.__traceback__):
                raise
            error = failure(exc)
        error.show()
        sys.exit(error.exit_code)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return self.commands.names()

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            if dict.__contains__(self.commands, name):
                command = dict.__getitem__(self.commands, name)
                if not command.hidden:
                    rows.append((name, command.get_short_help_str(limit)))
            else:
                stand_in = click.Command(name, help=self.commands.pending[name][1])
                rows.append((name, stand_in.get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@contextlib.contextmanager
def _printable_errors() -> Iterator[None]:
    """Escape control and bidi characters in any error on its way to the terminal.

    JdgenError does this itself; this covers click's own errors too (an unknown
    option or command, a bad value), which quote what was typed.
    """
    try:
        yield
    except click.ClickException as exc:
        make_printable(exc)
        raise


@click.group(cls=LazyGroup, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="jdgen")
def main() -> None:
    """Generate tailored job postings from validated role models.

    Start with:  jdgen build coo --company Acme
    """


def _register() -> None:
    """Name every command; its module is imported only when the command is used.

    The short help here is the command's own ``short_help``
    (tests/test_startup.py checks that they agree).
    """
    group = main
    assert isinstance(group, LazyGroup)
    group.lazy("build", "jdgen.cli.build:build",
               "Build one posting, or every posting in a manifest.")
    group.lazy("compare", "jdgen.cli.compare:compare",
               "Compare two roles and say which one to hire.")
    group.lazy("init", "jdgen.cli.init:init",
               "Start a project of your own roles and templates.")
    group.lazy("lint", "jdgen.cli.lint:lint",
               "Check postings for biased wording, readability and pay.")
    group.lazy("roles", "jdgen.cli.roles:roles",
               "List every role jdgen can build.")
    group.lazy("schema", "jdgen.cli.schema:schema",
               "Print the JSON Schema for role, company or manifest files.")
    group.lazy("serve", "jdgen.cli.serve:serve",
               "Open the web app: a form, a live preview, downloads.")
    group.lazy("show", "jdgen.cli.roles:show",
               "Show everything a role defines.")
    group.lazy("validate", "jdgen.cli.validate:validate",
               "Check role, company, manifest and template files.")
    # more commands register here, one line each


_register()
