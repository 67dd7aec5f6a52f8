"""Start-up stays light: `jdgen --help` and `--version` import click and little else."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys

import click
import pytest

import jdgen
from jdgen.cli import LazyGroup, main

HEAVY = ("pydantic", "docx", "lxml", "jinja2", "markdown_it", "yaml", "jdgen.models",
         "jdgen.lint", "typst", "jdgen.render.pdf")
PROBE = (
    "import sys\n"
    "from jdgen.cli import main\n"
    "try:\n"
    "    main(sys.argv[1:], prog_name='jdgen')\n"
    "except SystemExit:\n"
    "    pass\n"
    "heavy = {heavy!r}\n"
    "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy or m in heavy))\n"
)


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["-h"]])
def test_light_commands_import_nothing_heavy(args):
    done = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), *args],
                          capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "[]"


def test_a_real_command_still_loads_what_it_needs():
    done = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), "roles"],
                          capture_output=True, text=True, check=True)
    assert "jdgen.models" in done.stdout


def test_version_literal_matches_the_installed_package():
    assert jdgen.__version__ == importlib.metadata.version("jdgen")


def _help_of(group: click.Group) -> str:
    with click.Context(group, info_name="jdgen") as ctx:
        return group.get_help(ctx)


def test_lazy_help_lines_match_each_commands_own_short_help():
    lazy = LazyGroup(name="jdgen", help=main.help)
    assert isinstance(main, LazyGroup)
    lazy.commands.pending.update(main.commands.pending)
    before = _help_of(lazy)
    lazy.commands.load_all()
    assert set(dict.keys(lazy.commands)) == set(main.commands.pending)
    assert _help_of(lazy) == before
    for name, command in lazy.commands.items():
        assert command.short_help == main.commands.pending[name][1], name


def test_every_registered_command_resolves_and_is_listed(runner):
    result = runner.invoke(main, ["--help"])
    listed = [line.split()[0] for line in result.stdout.split("Commands:\n")[1].splitlines()]
    assert listed == sorted(main.commands.pending)
    for name in listed:
        assert isinstance(main.commands[name], click.Command)
        assert main.commands[name].name == name


def test_unknown_command_still_suggests_close_names(runner):
    result = runner.invoke(main, ["bulid"])
    assert result.exit_code == 2
    assert "Did you mean 'build'?" in result.stderr


def test_a_build_in_a_built_in_locale_does_not_import_babel():
    probe = PROBE.format(heavy=("babel",))
    done = subprocess.run([sys.executable, "-c", probe, "build", "coo", "--company", "Acme",
                           "--location", "Leeds, UK", "--salary", "£60k-£70k", "-o", "-",
                           "--date", "2026-12-01"], capture_output=True, text=True, check=True)
    assert "1 December 2026" in done.stdout
    assert done.stdout.splitlines()[-1] == "[]"
