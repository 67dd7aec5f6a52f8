"""User templates: block overrides work, and hostile or broken templates fail cleanly."""

from __future__ import annotations

import pytest

from jdgen.cli import main

BUILD = ["build", "coo", "--company", "Acme", "--date", "2026-11-25", "-o", "-"]


def build(runner, *extra: str):
    return runner.invoke(main, [*BUILD, *extra], catch_exceptions=False)


def test_override_one_block_keeps_the_rest(runner, write):
    write("templates/posting.md.j2",
          '{% extends "builtin/posting.md.j2" %}\n'
          "{% block eeo %}\n## Our promise\n\nWe hire on merit, {{ posting.company }}.\n"
          "{% endblock %}\n")
    result = build(runner)
    assert result.exit_code == 0, result.stderr
    assert "## Our promise\n\nWe hire on merit, Acme.\n" in result.stdout
    assert "## Equal opportunity" not in result.stdout
    assert "## What you will do" in result.stdout


def test_templates_dir_option_wins_over_the_current_folder(runner, write, tmp_path):
    write("templates/posting.md.j2", "# local\n")
    write("custom/posting.md.j2", "# from option {{ posting.title }}\n")
    result = build(runner, "--templates-dir", "custom")
    assert result.stdout == "# from option Chief Operating Officer\n"


def test_environment_variable_templates(runner, write, monkeypatch, tmp_path):
    write("shared/posting.md.j2", "# shared {{ posting.company }}\n")
    monkeypatch.setenv("JDGEN_TEMPLATES_DIR", str(tmp_path / "shared"))
    assert build(runner).stdout == "# shared Acme\n"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("# {{ posting.title }\n", "templates/posting.md.j2:1: template syntax error: "),
        ("line\n{% for x in %}\n", "templates/posting.md.j2:2: template syntax error"),
        ("# {{ posting.salary }}\n", "'jdgen.models.Posting object' has no attribute 'salary'"),
        ("{{ nothing_here }}\n", "templates/posting.md.j2:1: 'nothing_here' is undefined"),
        ("{% for i in range(10**9) %}x{% endfor %}\n", "blocked by the template sandbox"),
        ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}\n",
         "would run more than 200,000 steps"),
        ("{{ 'x' * 10**9 }}\n", "blocked by the template sandbox"),
        ("{{ 9 ** 999999 }}\n", "exponent too large"),
        ("{{ posting.__class__.__mro__ }}\n", "blocked by the template sandbox"),
        ("{{ posting.title.__class__.__base__.__subclasses__() }}\n",
         "blocked by the template sandbox"),
        ("{{ cycler.__init__.__globals__ }}\n", "blocked by the template sandbox"),
        ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}\n", "template failed"),
        ('{% extends "nowhere.md.j2" %}\n', "template 'nowhere.md.j2' not found"),
        ('{% include "/etc/passwd" %}\n', "template '/etc/passwd' not found"),
        ('{% include "../../../etc/passwd" %}\n', "not found"),
    ],
    ids=["unclosed", "bad-for", "no-attribute", "undefined", "range-bomb", "nested-loops",
         "string-bomb", "power-bomb", "mro", "subclasses", "globals", "recursion",
         "missing-parent", "absolute-include", "parent-include"],
)
def test_bad_templates_fail_with_one_clear_line(runner, write, tmp_path, source, message):
    write("templates/posting.md.j2", source)
    result = build(runner)
    assert result.exit_code == 1, result.stdout[:200]
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert message in lines[0], lines[0]
    assert result.stdout == ""


def test_output_size_is_capped(runner, write):
    write("templates/posting.md.j2",
          "{% for i in range(100000) %}{{ 'x' * 100 }}{% endfor %}\n")
    result = build(runner)
    assert result.exit_code == 1
    assert "output is longer than 2,000,000 characters" in result.stderr


def test_values_are_never_template_code(runner, write):
    write("templates/posting.md.j2", "{{ posting.company }}\n")
    result = runner.invoke(main, ["build", "coo", "--company", "{{ 7*7 }}{% raw %}", "-o", "-"])
    assert result.stdout == "{{ 7\\*7 }}{% raw %}\n"


def test_html_page_templates_have_the_same_budgets(runner, write):
    write("page.html.j2", "{% for i in range(100000) %}{% for j in range(100000) %}"
                          "{% endfor %}{% endfor %}\n")
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "-f", "html",
                                  "--html-template", "page.html.j2"])
    assert result.exit_code == 1
    assert "would run more than 200,000 steps" in result.stderr
    assert "Traceback" not in result.output
