"""Bad input to `jdgen build`: one clear Error line, the right exit code, no file left."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import COMPLETE
from jdgen.cli import main


def run_build(runner, *args: str):
    return runner.invoke(main, ["build", *args], catch_exceptions=False)


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Error")]


def assert_clean_failure(result, code: int, pattern: str, folder: Path) -> None:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    lines = error_lines(result)
    assert len(lines) >= 1, result.stderr
    assert pattern in result.stderr, result.stderr
    assert result.stdout == ""
    assert not [p for p in folder.iterdir() if p.suffix in {".docx", ".md", ".tmp"}]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["nope", "--company", "Acme"], 1, "unknown role 'nope'"),
        (["co0", "--company", "Acme"], 1, "Did you mean 'coo'?"),
        (["coo"], 2, "Missing option '--company'"),
        (["coo", "--company", ""], 2, "'--company': must not be empty"),
        (["coo", "--company", "   "], 2, "'--company': must not be empty"),
        (["coo", "--company", "A" * 10_000], 2, "'--company': is 10,000 characters; the limit"),
        (["coo", "--company", "Acme\x07Corp"], 2, "'--company': contains a control character"),
        (["coo", "--company", "Acme\nCorp"], 2, "'--company': must be a single line"),
        (["coo", "--company", "Acme", "--salary", "abc"], 2, "'abc' is not a salary range"),
        (["coo", "--company", "Acme", "--salary", "200-100"], 2, "upper end is below"),
        (["coo", "--company", "Acme", "--salary", "-5-10"], 2, "amounts must be positive"),
        (["coo", "--company", "Acme", "--salary", "0"], 2, "amounts must be above zero"),
        (["coo", "--company", "Acme", "--salary", "1-2", "--currency", "XYZ"], 2,
         "'--currency': 'XYZ' is not an ISO 4217 currency code"),
        (["coo", "--company", "Acme", "--currency", "EUR"], 2, "--currency and --period need"),
        (["coo", "--company", "Acme", "--team-size", "-3"], 2, "'--team-size'"),
        (["coo", "--company", "Acme", "--employees", "0"], 2, "'--employees'"),
        (["coo", "--company", "Acme", "--date", "25/11/2026"], 2, "'--date'"),
        (["coo", "--company", "Acme", "-f", "odt"], 2, "'-f' / '--format'"),
        (["coo", "--company", "Acme", "-o", "-", "-f", "docx"], 2, "writes Markdown only"),
        (["coo", "--company", "Acme", "-o", "x.odt"], 2, "must end in .md, .docx or .pdf"),
        (["coo", "--company", "Acme", "--focus", "astrology"], 1, "has no focus 'astrology'"),
        (["coo", "--company", "Acme", "-o", "missing/dir/x.md"], 1,
         "output folder missing/dir does not exist"),
        (["coo", "--company", "Acme", "--reference-docx", "nothere.docx"], 1,
         "reference DOCX not found"),
        (["coo", "--company", "Acme", "--company-file", "nothere.yaml"], 1, "file not found"),
        (["coo", "--company", "Acme", "--roles-dir", "no-such-dir"], 1,
         "no-such-dir: roles folder does not exist"),
    ],
)
def test_bad_options(runner, tmp_path, args, code, message):
    assert_clean_failure(run_build(runner, *args), code, message, tmp_path)


def test_reference_docx_that_is_not_a_docx(runner, tmp_path, write):
    write("styles/fake.docx", "this is plain text")
    result = run_build(runner, "coo", "--company", "Acme", "--reference-docx", "styles/fake.docx")
    assert_clean_failure(result, 1, "fake.docx: not a DOCX file", tmp_path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name: [unclosed\n", "sequence that starts at line 1)"),
        ("- just\n- a list\n", "company.yaml:1:1: expected a mapping of fields, found a list"),
        ("name: Acme\nemployees: lots\n", "company.yaml:2:12: employees: expected a whole number"),
        ("name: Acme\nindusty: retail\n", "industy: unknown field; did you mean 'industry'?"),
        ("name: Acme\ncompensation:\n  min: 10\n  max: 5\n",
         "company.yaml:3:3: compensation: max (5) is below min (10)"),
        ("name: Acme\ncompensation:\n  min: 10\n  max: 50\n  currency: ABC\n",
         "company.yaml:5:13: compensation.currency: 'ABC' is not an ISO 4217 currency code"),
        ("name: Acme\nbenefits: free lunch\n", "benefits: expected a list of strings"),
        ("", "company.yaml: file is empty"),
    ],
)
def test_bad_company_file(runner, tmp_path, write, content, message):
    write("company.yaml", content)
    result = run_build(runner, "coo", "--company-file", "company.yaml")
    assert_clean_failure(result, 1, message, tmp_path)


def test_unreadable_company_file(runner, tmp_path, write, monkeypatch):
    path = write("company.yaml", "name: Acme\n")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads any file: make the read fail the way it would for others
        opened = Path.open

        def denied(self: Path, *args: object, **kwargs: object) -> object:
            if self.name == "company.yaml":
                raise PermissionError(13, "Permission denied", str(self))
            return opened(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "open", denied)
        from jdgen.inputs import reading  # the capped reader opens with os.open

        monkeypatch.setattr(reading, "_open", lambda path: denied(path, "rb", buffering=0))
    result = run_build(runner, "coo", "--company-file", "company.yaml")
    assert_clean_failure(result, 1, "permission denied", tmp_path)


def test_every_problem_in_a_company_file_is_reported(runner, tmp_path, write):
    write("company.yaml", "name: ''\nemployees: -4\nstage: huge\n")
    result = run_build(runner, "coo", "--company-file", "company.yaml")
    assert result.exit_code == 1
    assert len(error_lines(result)) == 3, result.stderr


def test_unwritable_output_folder(runner, tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    if os.geteuid() == 0:  # root writes anywhere: report the folder as others would see it
        real_access = os.access

        def access(path: str, mode: int, **kwargs: bool) -> bool:
            if Path(path).name == "locked" and mode & os.W_OK:
                return False
            return real_access(path, mode, **kwargs)

        monkeypatch.setattr(os, "access", access)
    result = run_build(runner, "coo", "--company", "Acme", *COMPLETE, "--out", "locked")
    assert result.exit_code == 1
    assert result.stderr == "Error: output folder locked is not writable\n"
    assert list(locked.iterdir()) == []


def test_failed_build_keeps_the_old_file(runner, tmp_path):
    good = run_build(runner, "coo", "--company", "Acme", "-f", "md")
    assert good.exit_code == 0
    before = (tmp_path / "acme-coo.md").read_bytes()
    bad = run_build(runner, "coo", "--company", "Acme", "-f", "md", "--focus", "nope")
    assert bad.exit_code == 1
    assert (tmp_path / "acme-coo.md").read_bytes() == before


def test_build_lint_error_writes_nothing(runner, tmp_path):
    result = run_build(runner, "coo", "--company", "Acme", "--location", "New York, NY",
                       "--lint")
    assert result.exit_code == 1
    assert "error [pay-range] no pay range (New York, NY)" in result.stderr
    assert result.stderr.splitlines()[-1] == "Error: lint found 1 error; nothing was written"
    assert list(tmp_path.iterdir()) == []


def test_build_lint_clean_writes_and_stays_quiet(runner, tmp_path):
    result = run_build(runner, "coo", "--company", "Acme", "--location", "New York, NY",
                       "--salary", "200k-250k", "--lint", "-f", "md")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Wrote acme-coo.md\n"
    assert "[gender-coded]" not in result.stderr  # info findings are not shown by build
