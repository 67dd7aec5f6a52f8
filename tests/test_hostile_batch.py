"""Hostile builds (issue 15): dates at the end of time, failing templates, reserved names,
folders in the way, outputs that would clobber inputs, broken stdout, hand-edited records.

Each example of the report has a test, and each class a second variant.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from batchfiles import files, no_traceback
from jdgen.cli import main
from test_batch import COMPANY


def manifest(*postings: str, formats: str = "[md, html]", extra: str = "") -> str:
    body = "".join(f"  - {p}\n" for p in postings)
    return (f"defaults:\n  company: acme.yaml\n  formats: {formats}\n  date: 2026-11-25\n"
            f"{extra}postings:\n{body}")


@pytest.fixture
def project(write, tmp_path):
    write("acme.yaml", COMPANY)
    write("postings.yaml", manifest("role: coo", "role: director-of-operations"))
    return tmp_path


def batch(runner, *args: str, name: str = "postings.yaml"):
    return runner.invoke(main, ["build", "--manifest", name, *args])


def single(runner, *args: str):
    return runner.invoke(main, ["build", "coo", "--company", "Acme", *args])


def errors(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Error: ")]


def temp_files(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.name.endswith(".tmp")]


# ------------------------------------------------- 6: dates at the end of time


@pytest.mark.parametrize("args", [
    ["--date", "9999-12-31", "--valid-for", "1"],
    ["--date", "9999-11-01", "--valid-for", "366"],
], ids=["example", "longer-period"])
def test_a_closing_date_past_9999_is_one_clear_error(runner, args):
    result = single(runner, *args, "-o", "-")
    no_traceback(result)
    assert result.exit_code == 1
    assert errors(result) == [f"Error: valid for {args[3]} day{'s' if args[3] != '1' else ''} "
                              f"from the posting date {args[1]} ends after 9999-12-31, the "
                              "last date jdgen can write"]


def test_source_date_epoch_at_the_end_of_time(runner, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "253402300799")
    result = single(runner, "--valid-for", "1", "-o", "-")
    no_traceback(result)
    assert result.exit_code == 1
    assert "ends after 9999-12-31" in errors(result)[0]


@pytest.mark.parametrize("posting", [
    "{role: coo, date: 9999-12-31, valid_for_days: 1}",
    "{role: coo, date: 9999-12-30, valid_for_days: 30}",
], ids=["example", "variant"])
def test_in_a_manifest_only_that_posting_fails(runner, project, write, posting):
    write("postings.yaml", manifest("role: director-of-operations", posting))
    result = batch(runner, "--out", "site")
    no_traceback(result)
    assert result.exit_code == 1
    assert any("postings.yaml:" in e and "ends after 9999-12-31" in e for e in errors(result))
    assert errors(result)[-1] == "Error: 1 of 2 postings failed"
    assert "acme-tools-director-of-operations.md" in files(project / "site")


# ------------------------------------- 7: a template that fails for one posting

FAILING = {
    "zero": "{% if posting.company == 'Bad Co' %}{{ 1/0 }}{% endif %}",
    "surrogate": "{% if posting.company == 'Bad Co' %}{{ '\\ud800' }}{% endif %}",
    "index": "{% if posting.company == 'Bad Co' %}{{ [][3] }}{% endif %}",
}


@pytest.mark.parametrize("kind", sorted(FAILING))
@pytest.mark.parametrize("jobs", ["1", "4"])
def test_a_template_error_fails_one_posting_of_many(runner, project, write, kind, jobs):
    write("templates/posting.md.j2",
          '{% extends "builtin/posting.md.j2" %}{% block eeo %}' + FAILING[kind] +
          "{{ super() }}{% endblock %}\n")
    postings = [f"{{role: coo, company_name: 'Co {n}'}}" for n in range(100)]
    postings[57] = "{role: coo, company_name: 'Bad Co'}"
    write("postings.yaml", manifest(*postings))
    result = batch(runner, "--out", "site", "--jobs", jobs)
    no_traceback(result)
    assert result.exit_code == 1
    problems = errors(result)
    assert problems[-1] == "Error: 1 of 100 postings failed"
    assert len(problems) == 2
    assert "postings.yaml:" in problems[0] and "posting.md.j2" in problems[0], problems[0]
    site = files(project / "site")
    assert "bad-co-coo.md" not in site
    assert len([n for n in site if n.endswith(".md") and n != "index.md"]) == 99
    assert {"index.md", "index.html", "index.json", ".jdgen-files.json"} <= set(site)
    assert len(json.loads(site[".jdgen-files.json"])["files"]) == 99 * 2 + 3


# ------------------------------------------------ 10: names jdgen writes itself


@pytest.mark.parametrize(("posting", "formats", "name"), [
    ("{role: coo, id: index}", "[md, html]", "index.md"),
    ("{role: coo, id: index}", "[json]", "index.json"),
], ids=["example", "json-index"])
def test_a_posting_cannot_take_a_name_jdgen_writes(runner, project, write, posting, formats,
                                                   name):
    write("postings.yaml", manifest("role: director-of-operations", posting, formats=formats))
    result = batch(runner, "--out", "site")
    no_traceback(result)
    assert result.exit_code == 1
    problem = errors(result)[0]
    assert problem.startswith("Error: postings.yaml:") and f"writes {name}" in problem, problem
    assert "jdgen writes that file itself" in problem
    index = json.loads((project / "site" / "index.json").read_text())
    assert len(index["jobs"]) == 1  # the index is the real one, not the posting


# ------------------------------------------ 12: one build's files land together


def test_a_folder_in_the_way_leaves_the_good_file_alone(runner, tmp_path):
    (tmp_path / "d").mkdir()
    assert single(runner, "-f", "md", "--out", "d", "--date", "2026-11-25").exit_code == 0
    good = (tmp_path / "d" / "acme-coo.md").read_bytes()
    (tmp_path / "d" / "acme-coo.docx").mkdir()
    result = single(runner, "-f", "md", "-f", "docx", "--out", "d", "--date", "2026-11-24")
    no_traceback(result)
    assert result.exit_code == 1
    assert errors(result) == [f"Error: cannot write d{os.sep}acme-coo.docx: a folder or other "
                              "non-file is in the way"]
    assert (tmp_path / "d" / "acme-coo.md").read_bytes() == good
    assert temp_files(tmp_path) == []


def test_a_folder_in_the_way_fails_only_that_posting_and_keeps_its_files(runner, project):
    assert batch(runner, "--out", "site").exit_code == 0
    site = project / "site"
    before = files(site)
    (project / "acme.yaml").write_text(COMPANY.replace("120", "130"), encoding="utf-8")
    (site / "acme-tools-coo.html").unlink()
    (site / "acme-tools-coo.html").mkdir()
    result = batch(runner, "--out", "site")
    no_traceback(result)
    assert result.exit_code == 1
    assert "a folder or other non-file is in the way" in errors(result)[0]
    after = files(site)
    assert after["acme-tools-coo.md"] == before["acme-tools-coo.md"]
    assert after["acme-tools-director-of-operations.md"] != \
        before["acme-tools-director-of-operations.md"]
    assert temp_files(site) == []


def _disk_fills_at(monkeypatch, name: str) -> None:
    from jdgen.site import output
    stage = output.StagedWrites.stage

    def full(self, path, data):
        if path.name == name:
            raise output.OutputError(f"cannot write {path}: no space left on the device")
        return stage(self, path, data)

    monkeypatch.setattr(output.StagedWrites, "stage", full)


def test_a_full_disk_in_a_single_build_keeps_every_old_file(runner, tmp_path, monkeypatch):
    assert single(runner, "-f", "md", "-f", "html", "--date", "2026-11-25").exit_code == 0
    before = files(tmp_path)
    _disk_fills_at(monkeypatch, "acme-coo.html")
    result = single(runner, "-f", "md", "-f", "html", "--date", "2026-11-24")
    no_traceback(result)
    assert result.exit_code == 1
    assert "no space left on the device" in errors(result)[0]
    assert files(tmp_path) == before
    assert temp_files(tmp_path) == []


def test_a_failed_rename_puts_the_posting_s_old_files_back(runner, project, monkeypatch):
    assert batch(runner, "--out", "site").exit_code == 0
    site = project / "site"
    before = files(site)
    (project / "acme.yaml").write_text(COMPANY.replace("120", "130"), encoding="utf-8")
    replace = os.replace

    def failing(src, dst):
        if str(dst).endswith("acme-tools-coo.html"):  # the posting's second file
            raise OSError(13, "Permission denied")
        replace(src, dst)

    monkeypatch.setattr(os, "replace", failing)
    result = batch(runner, "--out", "site")
    no_traceback(result)
    assert result.exit_code == 1
    after = files(site)
    assert after["acme-tools-coo.md"] == before["acme-tools-coo.md"]  # put back
    assert after["acme-tools-director-of-operations.md"] != \
        before["acme-tools-director-of-operations.md"]  # the other posting landed
    assert temp_files(site) == []


# ------------------------------------- 15, 23: only jdgen's own record counts


@pytest.mark.parametrize("name", ["README.md", "mine.html"], ids=["example", "html"])
def test_check_never_reports_a_user_s_own_file_as_extra(runner, project, name):
    assert batch(runner, "--out", "site").exit_code == 0
    (project / "site" / name).write_text("# ours, not jdgen's\n", encoding="utf-8")
    result = batch(runner, "--out", "site", "--check")
    assert result.exit_code == 0, result.stderr
    assert "extra" not in result.stderr


def _hand_edit_record(site: Path, *names: str) -> None:
    record = json.loads((site / ".jdgen-files.json").read_text())
    record["files"].extend(names)
    (site / ".jdgen-files.json").write_text(json.dumps(record))


@pytest.mark.parametrize("name", ["notes.txt", "README.md"], ids=["example", "capitals"])
def test_prune_and_check_ignore_what_a_hand_edited_record_adds(runner, project, name):
    assert batch(runner, "--out", "site").exit_code == 0
    site = project / "site"
    (site / name).write_text("precious", encoding="utf-8")
    (project / "acme.md").write_text("outside", encoding="utf-8")
    _hand_edit_record(site, name, "../acme.md")
    checked = batch(runner, "--out", "site", "--check")
    assert checked.exit_code == 0, checked.stderr
    pruned = batch(runner, "--out", "site", "--prune")
    assert pruned.exit_code == 0, pruned.stderr
    assert "Removed" not in pruned.stdout
    assert (site / name).read_text(encoding="utf-8") == "precious"
    assert (project / "acme.md").is_file()


def test_prune_still_removes_a_posting_that_left_the_manifest(runner, project, write):
    assert batch(runner, "--out", "site").exit_code == 0
    write("postings.yaml", manifest("role: coo"))
    result = batch(runner, "--out", "site", "--prune")
    assert result.exit_code == 0, result.stderr
    assert sorted(n for n in files(project / "site") if "director" in n) == []
    assert "Removed site/acme-tools-director-of-operations.md" in result.stdout


# ---------------------------------------------- 14, 21: never overwrite an input


@pytest.mark.parametrize(("company", "out"), [
    ("companies/acme.yaml", "companies"),
    ("data/companies/acme.yaml", "data"),
], ids=["example", "parent-folder"])
def test_a_batch_never_writes_into_a_company_file_s_folder(runner, write, tmp_path, company,
                                                            out):
    write(company, COMPANY)
    write("postings.yaml", manifest("role: coo").replace("company: acme.yaml",
                                                          f"company: {company}"))
    before = (tmp_path / company).read_bytes()
    result = batch(runner, "--out", out)
    no_traceback(result)
    assert result.exit_code == 1
    problem = errors(result)[0]
    assert problem.startswith("Error: postings.yaml:") and "holds the company file" in problem
    assert (tmp_path / company).read_bytes() == before
    assert not [p.name for p in (tmp_path / company).parent.iterdir() if "coo" in p.name]


@pytest.mark.parametrize("name", ["index.json", "acme-tools-coo.json"])
def test_no_batch_write_or_prune_touches_a_company_file_in_the_output_folder(runner, write,
                                                                             tmp_path, name):
    company = write(f"companies/{name}", json.dumps({"name": "Acme Tools"}))
    write("postings.yaml", manifest("role: coo", formats="[json]").replace(
        "company: acme.yaml", f"company: companies/{name}"))
    write("companies/.jdgen-files.json", json.dumps({"generator": "jdgen", "files": [name]}))
    before = company.read_bytes()
    result = batch(runner, "--out", "companies", "--prune")
    no_traceback(result)
    assert result.exit_code == 1
    assert company.read_bytes() == before
    assert "Removed" not in result.stdout


def test_a_single_build_into_the_company_folder_keeps_the_company_file(runner, write,
                                                                        tmp_path):
    write("companies/x.yaml", COMPANY)
    before = (tmp_path / "companies" / "x.yaml").read_bytes()
    result = runner.invoke(main, ["build", "coo", "--company-file", "companies/x.yaml",
                                  "--out", "companies", "-f", "md"])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "companies" / "x.yaml").read_bytes() == before


@pytest.mark.parametrize("args", [
    ["--company-file", "companies/acme-tools-coo.json", "--out", "companies", "-f", "json"],
    ["--company-file", "companies/acme-tools-coo.json", "-o", "companies/acme-tools-coo.json"],
    ["--company-file", "companies/acme-tools-coo.json", "--html-template", "page.html",
     "-o", "page.html"],
], ids=["out-folder", "output-file", "page-template"])
def test_a_single_build_never_overwrites_its_inputs(runner, write, tmp_path, args):
    company = write("companies/acme-tools-coo.json", json.dumps({"name": "Acme Tools"}))
    page = write("page.html", '{% extends "builtin/page.html.j2" %}\n')
    before = company.read_bytes(), page.read_bytes()
    result = runner.invoke(main, ["build", "coo", *args])
    no_traceback(result)
    assert result.exit_code == 1
    assert errors(result)[0].startswith("Error: refusing to write the posting to "), result.stderr
    assert "which this build reads" in errors(result)[0]
    assert (company.read_bytes(), page.read_bytes()) == before


@pytest.mark.parametrize(("report", "what"), [
    ("postings.yaml", "manifest postings.yaml"),
    ("acme.yaml", "company file"),
    ("templates/report.json", "templates folder"),
], ids=["manifest", "company-file", "templates-folder"])
def test_a_report_never_overwrites_an_input(runner, project, write, report, what):
    write("templates/posting.md.j2", '{% extends "builtin/posting.md.j2" %}\n')
    before = {name: (project / name).read_bytes() for name in ("postings.yaml", "acme.yaml")}
    result = batch(runner, "--out", "site", "--report", report)
    no_traceback(result)
    assert result.exit_code == 2
    assert errors(result)[-1].startswith(f"Error: refusing to write the report to {report}: "
                                         f"it is the "), result.stderr
    assert what in errors(result)[-1]
    assert {name: (project / name).read_bytes() for name in before} == before
    assert not (project / "templates" / "report.json").exists()


# ------------------------------------------ 18: standard output that fails


def test_ascii_stdout_is_one_clear_error(write):
    from click.testing import CliRunner

    result = CliRunner(charset="ascii").invoke(main, ["build", "coo", "--company", "Acmé",
                                                      "-o", "-"])
    no_traceback(result)
    assert result.exit_code == 1
    assert errors(result) == ["Error: cannot write to standard output: its encoding (ascii) "
                              "cannot show U+00E9; set PYTHONIOENCODING=utf-8 or write to a file "
                              "with -o FILE"]


def _jdgen(*args: str, stdout: object, env: dict[str, str] | None = None,
           close_stdout: bool = False):
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "jdgen", *args], stdout=stdout, stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})}, text=True, timeout=120, check=False,
        preexec_fn=(lambda: os.close(1)) if close_stdout else None)


ASCII = {"PYTHONIOENCODING": "ascii"}
FULL = "/dev/full"


@pytest.mark.parametrize(("args", "target", "message"), [
    (["build", "coo", "--company", "Acmé", "-o", "-"], "ascii", "its encoding (ascii)"),
    (["build", "coo", "--company", "Acme", "-o", "-"], "full", "no space left on the device"),
    (["build", "coo", "--company", "Acme", "-o", "-"], "closed", "it is closed"),
    (["compare", "coo", "director-of-operations"], "full", "no space left on the device"),
    (["build", "coo", "--company", "Acme", "-f", "md"], "full", "no space left on the device"),
    (["roles"], "full", "no space left on the device"),
], ids=["ascii", "dev-full", "closed", "compare-dev-full", "wrote-line-dev-full",
        "roles-dev-full"])
def test_stdout_failures_are_clean_errors(tmp_path, args, target, message):
    import subprocess

    if target == "full" and not Path(FULL).exists():
        pytest.skip("needs /dev/full")
    if target == "full":
        with open(FULL, "w") as full:
            result = _jdgen(*args, stdout=full)
    else:
        result = _jdgen(*args, stdout=subprocess.DEVNULL, env=ASCII if target == "ascii" else None,
                        close_stdout=target == "closed")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[-1].startswith("Error: cannot write to standard output: "), result.stderr
    assert message in lines[-1]


@pytest.mark.parametrize("report", ["site/index.json", "site/acme-tools-coo.md"])
def test_a_report_never_overwrites_an_output_of_the_build(runner, project, report):
    result = batch(runner, "--out", "site", "--report", report)
    no_traceback(result)
    assert result.exit_code == 2
    assert errors(result)[-1] == (f"Error: refusing to write the report to {report}: this "
                                  "build wrote that file; choose another file")
    assert not (project / report).read_bytes().startswith(b'{"manifest"')
