"""Packaging: entry points, help everywhere, built-ins found from any install."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import click
import pytest

import jdgen
from jdgen.cli import main
from jdgen.inputs.discovery import builtin_dir

REPO = Path(__file__).resolve().parent.parent


def test_python_dash_m_and_version():
    result = subprocess.run([sys.executable, "-m", "jdgen", "--version"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert result.stdout.strip() == f"jdgen, version {jdgen.__version__}"


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


@pytest.mark.parametrize("path", [p for p, _ in _commands(main)], ids=" ".join)
def test_every_command_has_help(runner, path):
    for flag in ("-h", "--help"):
        result = runner.invoke(main, [*path, flag])
        assert result.exit_code == 0
        assert "Usage: " in result.stdout
    command = dict(_commands(main))[path]
    assert command.help and len(command.help.strip()) > 20
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"{'/'.join(param.opts)} of {' '.join(path)} has no help"


def test_builtins_found_from_the_source_tree():
    assert builtin_dir("roles") == REPO / "roles"
    assert (builtin_dir("roles") / "coo.yaml").is_file()
    assert (builtin_dir("templates") / "posting.md.j2").is_file()


def test_wheel_carries_roles_and_templates_and_runs_elsewhere(tmp_path):
    """Build the wheel, unpack it, and build a posting from an unrelated folder."""
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(dist), str(REPO)], check=True, capture_output=True)
    (wheel,) = dist.glob("jdgen-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(site)
    assert "jdgen/_data/roles/coo.yaml" in names
    assert "jdgen/_data/roles/director-of-operations.yaml" in names
    assert "jdgen/_data/templates/posting.md.j2" in names
    assert "jdgen/project_template/roles/head-of-supply.yaml" in names
    assert "jdgen/project_template/templates/posting.md.j2" in names
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    code = ("import jdgen, sys; print(jdgen.__file__); "
            "from jdgen.cli import main; main(['build', 'coo', '--company', 'Acme'])")
    result = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith(str(site))
    assert "Wrote acme-coo.docx" in result.stdout
    assert (elsewhere / "acme-coo.docx").stat().st_size > 10_000
    init = ("from jdgen.cli import main; main(['init', 'p'])")
    result = subprocess.run([sys.executable, "-c", init], cwd=elsewhere, env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert (elsewhere / "p" / "roles" / "head-of-supply.yaml").is_file()
