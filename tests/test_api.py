"""The Python API: `from jdgen import ...`, its documented examples and the README script."""

from __future__ import annotations

import doctest
import os
import re
import subprocess
import sys
from pathlib import Path

import docx
import pytest

import jdgen
from jdgen import api

REPO = Path(__file__).resolve().parent.parent


def test_the_documented_examples_hold():
    failed, tried = doctest.testmod(api, optionflags=doctest.ELLIPSIS)
    assert tried >= 10
    assert failed == 0


def test_every_public_name_resolves_and_import_stays_light():
    code = ("import sys, jdgen; heavy = [m for m in ('jdgen.api', 'pydantic', 'jinja2', "
            "'click', 'yaml') if m in sys.modules]; print(heavy); "
            "print(sorted(n for n in jdgen.__all__ if getattr(jdgen, n, None) is None))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out == ["[]", "[]"]
    assert jdgen.build_posting is api.build_posting
    assert jdgen.DataError.__module__ == "jdgen.errors"
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        jdgen.nothing  # noqa: B018


def test_build_posting_matches_the_cli_byte_for_byte(tmp_path, runner):
    from jdgen.cli import main

    args = ["--location", "Denver, CO", "--salary", "150k-180k", "--date", "2026-11-25",
            "--team-size", "12"]
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", *args, "-f", "md",
                                  "-f", "docx", "-f", "html", "--out", "cli"])
    assert result.exit_code == 0, result.stderr
    built = jdgen.build_posting("coo", "Acme", location="Denver, CO", salary="150k-180k",
                                date="2026-11-25", team_size=12,
                                formats=["md", "docx", "html"])
    assert sorted(built.files) == sorted(p.name for p in (tmp_path / "cli").iterdir())
    for name, data in built.files.items():
        assert (tmp_path / "cli" / name).read_bytes() == data, name
    written = built.write(tmp_path / "api")
    assert [p.name for p in written] == list(built.files)
    document = docx.Document(str(tmp_path / "api" / "acme-coo.docx"))
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == [
        "Chief Operating Officer"]
    assert built.data("html").startswith(b"<!DOCTYPE html>")
    with pytest.raises(KeyError, match="'json' was not built"):
        built.data("json")


def test_a_company_as_a_file_a_mapping_or_a_model(write):
    profile = write("acme.yaml", "name: Acme Health\nindustry: healthcare\nemployees: 30\n")
    from_file = jdgen.build_posting("coo", profile)
    from_mapping = jdgen.build_posting("coo", {"name": "Acme Health", "industry": "healthcare",
                                               "employees": 30})
    from_model = jdgen.build_posting("coo", jdgen.Company(name="Acme Health",
                                                          industry="healthcare", employees=30))
    assert from_file.files == from_mapping.files == from_model.files
    assert from_file.posting.industry == "healthcare" and from_file.posting.size == "small"
    named = jdgen.build_posting("coo", profile, company_name="Acme Clinics", id="ops-7")
    assert list(named.files) == ["ops-7.md"]
    assert named.posting.company == "Acme Clinics"


@pytest.mark.parametrize(("call", "error", "message"), [
    (lambda: jdgen.build_posting("coo"), jdgen.DataError,
     "no company: give 'company' (its name) or 'company_file' (a profile)"),
    (lambda: jdgen.build_posting("coo", "Acme", salary="lots"), jdgen.DataError,
     "salary: 'lots' is not a salary range"),
    (lambda: jdgen.build_posting("coo", "Acme", formats=["odt"]), jdgen.DataError,
     "formats[0]: "),
    (lambda: jdgen.build_posting("coo", "Acme", employees=0), jdgen.DataError,
     "employees: "),
    (lambda: jdgen.build_posting("coo", {"name": "Acme", "currency": "USD"}), jdgen.DataError,
     "company: currency: unknown field"),
    (lambda: jdgen.build_posting("coo", "A\x1b[2JB"), jdgen.DataError,
     "company: name: contains a control character"),
    (lambda: jdgen.build_posting("coo", Path("missing.yaml")), jdgen.DataError,
     "missing.yaml: file not found"),
    (lambda: jdgen.build_posting("ceo", "Acme"), jdgen.UnknownRoleError,
     "unknown role 'ceo'"),
    (lambda: jdgen.build_posting("coo", "Acme", focus="supply-chain"), jdgen.JdgenError,
     "focus"),
    (lambda: jdgen.compare_roles("coo", "COO"), jdgen.JdgenError,
     "are both the role 'coo'"),
    (lambda: jdgen.build_manifest("nothing.yaml", "site"), jdgen.DataError,
     "nothing.yaml"),
    (lambda: jdgen.build_manifest("p.yaml", "site", jobs=0), jdgen.DataError,
     "jobs: 0 is not between 1 and 64"),
    (lambda: jdgen.lint_files(["nowhere.md"]), jdgen.DataError, "nowhere.md: file not found"),
])
def test_bad_input_raises_the_cli_errors(call, error, message):
    with pytest.raises(error) as caught:
        call()
    assert message in caught.value.format_message()


def test_build_manifest_reports_like_the_cli(tmp_path, write):
    write("p.csv", "role,company_name\ncoo,Acme\ncooo,Beta\n")
    report = jdgen.build_manifest(tmp_path / "p.csv", tmp_path / "site")
    assert not report.ok and report.failed == 1
    assert (tmp_path / "site" / "acme-coo.md").is_file()
    assert [row["status"] for row in report.postings] == ["ok", "failed"]
    checked = jdgen.build_manifest("p.csv", "site", check=True)
    assert list(checked.missing) == [] and list(checked.stale) == []
    assert checked.failed == 1  # the bad row fails a check too


def test_lint_and_compare():
    report = jdgen.lint_text("# Rockstar wanted\n\nWe want a rockstar.\n", source="ad.md")
    assert report.source == "ad.md"
    assert any("rockstar" in f.found.casefold() for f in report.findings)
    built = jdgen.build_posting("coo", "Acme", location="Austin, TX", salary="150k-180k",
                                apply_url="https://acme.example/jobs")
    assert [f for f in jdgen.lint_posting(built).findings if f.severity.label == "error"] == []
    comparison = jdgen.compare_roles("coo", "director-of-operations", employees=600,
                                     stage="established", gap="company-wide")
    assert comparison.recommendation.choice == "coo"


def _readme_blocks() -> dict[str, list[str]]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## From Python"):text.index("## Your own roles")]
    blocks: dict[str, list[str]] = {}
    for lang, body in re.findall(r"```(\w+)\n(.*?)```", section, re.S):
        blocks.setdefault(lang, []).append(body)
    return blocks


def test_the_readme_script_runs_as_shown(tmp_path):
    blocks = _readme_blocks()
    (tmp_path / "ats-export.csv").write_text(blocks["csv"][0], encoding="utf-8")
    script = tmp_path / "script.py"
    script.write_text(blocks["python"][1], encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("JDGEN_ROLES")}
    result = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True,
                            text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout == blocks["text"][0]
    document = docx.Document(str(tmp_path / "postings" / "req-117.docx"))
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == [
        "Director of Operations"]
    text = (tmp_path / "postings" / "req-104.md").read_text(encoding="utf-8")
    assert "Boulder, CO" in text and "$190,000" in text


def test_a_posting_can_name_its_locale():
    built = jdgen.build_posting("coo", "Acme", location="Denver, CO", locale="en-GB",
                                formats=["md"], date="2026-11-25")
    text = built.data("md").decode("utf-8")
    assert built.posting.locale == "en-GB"
    assert "- **Posted:** 25 November 2026" in text
    with pytest.raises(jdgen.DataError, match="locale"):
        jdgen.build_posting("coo", "Acme", locale="en-XX")
