"""Batch builds from a manifest: reproducible, checkable, and one bad posting spoils nothing."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from jdgen.cli import main

COMPANY = """\
name: Acme Tools
industry: manufacturing
employees: 120
locations:
  - city: Leeds
    country: GB
compensation: {min: 70000, max: 85000, currency: GBP}
"""

MANIFEST = """\
defaults:
  company: acme.yaml
  formats: [md, docx, html, json]
  date: 2026-11-25
postings:
  - role: coo
  - role: director-of-operations
    focus: supply-chain
  - role: doo
    id: acme-doo-york
    location: York, United Kingdom
"""


@pytest.fixture
def project(write, tmp_path):
    write("acme.yaml", COMPANY)
    write("postings.yaml", MANIFEST)
    return tmp_path


def run(runner, *args: str):
    return runner.invoke(main, ["build", "--manifest", "postings.yaml", *args],
                         catch_exceptions=False)


def tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


def errors(result) -> list[str]:
    return [ln for ln in result.stderr.splitlines() if ln.startswith("Error: ")]


def test_builds_every_posting_and_an_index(runner, project):
    result = run(runner, "--out", "site/jobs")
    assert result.exit_code == 0, result.stderr
    out = project / "site" / "jobs"
    stems = ["acme-tools-coo", "acme-tools-director-of-operations", "acme-doo-york"]
    assert sorted(tree(out)) == sorted(
        [f"{s}.{ext}" for s in stems for ext in ("md", "docx", "html", "json")]
        + ["index.json", "index.md", "index.html", ".jdgen-files.json"])
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert [job["id"] for job in index["jobs"]] == stems
    assert index["jobs"][2]["location"] == "York, United Kingdom"
    assert index["jobs"][1]["title"] == "Director of Operations (Supply Chain)"
    assert "[Chief Operating Officer — Acme Tools](<acme-tools-coo.md>)" in \
        (out / "index.md").read_text(encoding="utf-8")
    assert 'href="acme-doo-york.html"' in (out / "index.html").read_text(encoding="utf-8")
    posting = json.loads((out / "acme-doo-york.json").read_text(encoding="utf-8"))
    assert posting["identifier"]["value"] == "acme-doo-york"
    assert result.stdout.splitlines()[-1] == \
        "3 of 3 postings built into site/jobs: 15 files written, 0 unchanged"


def test_same_manifest_same_bytes_and_jobs_do_not_change_them(runner, project):
    assert run(runner, "--out", "one").exit_code == 0
    assert run(runner, "--out", "two").exit_code == 0
    assert run(runner, "--out", "four", "--jobs", "4").exit_code == 0
    assert tree(project / "one") == tree(project / "two") == tree(project / "four")
    again = run(runner, "--out", "one")
    assert again.stdout.splitlines()[-1].endswith("0 files written, 15 unchanged")


def test_source_date_epoch_sets_the_date_when_the_manifest_does_not(runner, project,
                                                                    monkeypatch):
    (project / "postings.yaml").write_text(MANIFEST.replace("  date: 2026-11-25\n", ""))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    assert run(runner, "--out", "a").exit_code == 0
    text = (project / "a" / "acme-tools-coo.md").read_text(encoding="utf-8")
    assert "- **Posted:** 1 January 2026" in text


def test_check_fresh_stale_missing_extra(runner, project):
    assert run(runner, "--out", "site").exit_code == 0
    fresh = run(runner, "--out", "site", "--check")
    assert fresh.exit_code == 0
    assert fresh.stdout == "All 3 postings up to date in site\n"
    site = project / "site"
    (site / "acme-tools-coo.md").write_text("edited by hand\n")
    (site / "acme-doo-york.html").unlink()
    (site / "old-posting.md").write_text("# gone\n")
    record = json.loads((site / ".jdgen-files.json").read_text())
    record["files"].append("old-posting.md")  # a posting an earlier build wrote
    (site / ".jdgen-files.json").write_text(json.dumps(record))
    before = tree(site)
    result = run(runner, "--out", "site", "--check")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert "missing: site/acme-doo-york.html" in lines
    assert "stale: site/acme-tools-coo.md" in lines
    assert "extra: site/old-posting.md" in lines
    assert lines[-1] == "Error: 3 files out of date in site; run the same command without --check"
    assert tree(site) == before  # --check writes nothing


def test_check_on_a_folder_that_does_not_exist(runner, project):
    result = run(runner, "--out", "nowhere", "--check")
    assert result.exit_code == 1
    assert "missing: nowhere/acme-tools-coo.md" in result.stderr
    assert not (project / "nowhere").exists()


def test_one_bad_posting_does_not_stop_the_others(runner, project):
    (project / "postings.yaml").write_text(MANIFEST + "  - role: chef\n  - role: coo\n"
                                           "    company: missing.yaml\n")
    result = run(runner, "--out", "site")
    assert result.exit_code == 1
    assert errors(result) == [
        "Error: postings.yaml:12:5: unknown role 'chef'. Available roles: coo, "
        "director-of-operations",
        "Error: postings.yaml:13:5: missing.yaml: file not found ('missing.yaml' is read as a "
        "profile's path, relative to the manifest's folder; for a company with no profile, "
        "give its name: 'company: Acme')",
        "Error: 2 of 5 postings failed",
    ]
    assert (project / "site" / "acme-doo-york.docx").is_file()
    index = json.loads((project / "site" / "index.json").read_text(encoding="utf-8"))
    assert len(index["jobs"]) == 3


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("  - role: coo\n    id: acme-doo-york\n",
         "postings.yaml:12:5: posting id 'acme-doo-york' is already used by the posting at "
         "postings.yaml:9:5"),
        ("  - role: coo\n",
         "postings.yaml:12:5: writes acme-tools-coo.md, which the posting at postings.yaml:6:5 "
         "also writes; give one of them an 'id'"),
        ("  - role: coo\n    focus: astrology\n",
         "postings.yaml:12:5: role 'coo' has no focus 'astrology'"),
        ("  - role: coo\n    company: acme.yaml\n    company_name: ''\n",
         "postings.yaml:14:19: postings[3].company_name: must not be empty"),
    ],
    ids=["duplicate-id", "same-file", "bad-focus", "empty-name"],
)
def test_posting_level_problems_name_the_manifest_line(runner, project, extra, message):
    (project / "postings.yaml").write_text(MANIFEST + extra)
    result = run(runner, "--out", "site")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert any(message in line for line in errors(result)), result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "Error: postings.yaml: file not found"),
        ("", "Error: postings.yaml: file is empty; expected 'defaults' and 'postings'"),
        ("postings: [\n", "Error: postings.yaml:2:1: invalid YAML"),
        ("postings: []\n", "Error: postings.yaml:1:11: postings: must have at least 1 item"),
        ("postings:\n  - role: coo\n    colour: red\n",
         "Error: postings.yaml:3:5: postings[0].colour: unknown field"),  # fails that posting
        ("defaults:\n  formats: [odt]\npostings:\n  - role: coo\n",
         "Error: postings.yaml:2:13: defaults.formats[0]:"),
        ("- role: coo\n", "Error: postings.yaml:1:1: expected a mapping of fields, found a list"),
        ("postings:\n  - role: coo\n    formats: [[md]]\n",  # once a traceback
         "Error: postings.yaml:3:15: postings[0].formats[0]: expected a string, found a list"),
    ],
    ids=["missing", "empty", "malformed", "no-postings", "unknown-key", "bad-format", "list",
         "nested-format"],
)
def test_bad_manifests(runner, tmp_path, content, message):
    """A bad file stops before any output; a bad posting fails alone (checked below)."""
    if content is not None:
        (tmp_path / "postings.yaml").write_text(content)
    result = run(runner, "--out", "site")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert errors(result)[0].startswith(message), result.stderr


def test_output_folder_holding_the_inputs_is_refused(runner, project):
    result = run(runner, "--out", ".")
    assert result.exit_code == 1
    assert errors(result) == ["Error: output folder . holds the manifest's own files; choose a "
                              "folder of its own, such as site"]
    assert sorted(p.name for p in project.iterdir()) == ["acme.yaml", "postings.yaml"]


def test_orphans_are_reported_then_pruned(runner, project):
    assert run(runner, "--out", "site").exit_code == 0
    (project / "site" / "notes.txt").write_text("mine")
    (project / "postings.yaml").write_text(MANIFEST.replace(
        "  - role: doo\n    id: acme-doo-york\n    location: York, United Kingdom\n", ""))
    kept = run(runner, "--out", "site")
    assert kept.exit_code == 0
    assert ("Warning: site/acme-doo-york.md is no longer in the manifest; --prune removes it"
            in kept.stderr)
    assert (project / "site" / "acme-doo-york.md").is_file()
    pruned = run(runner, "--out", "site", "--prune")
    assert pruned.exit_code == 0
    assert "Removed site/acme-doo-york.docx" in pruned.stdout
    names = {p.name for p in (project / "site").iterdir()}
    assert not any(n.startswith("acme-doo-york") for n in names)
    assert "notes.txt" in names  # never made by jdgen, never removed


def test_a_write_failure_fails_that_posting_only(runner, project, monkeypatch):
    assert run(runner, "--out", "site").exit_code == 0
    good = tree(project / "site")
    (project / "acme.yaml").write_text(COMPANY.replace("Leeds", "Bradford"))
    real_fsync = os.fsync
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to tell which file is being written")

    def full_disk(fd: int) -> None:
        if ".acme-tools-director-of-operations." in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full_disk)
    result = run(runner, "--out", "site")
    assert result.exit_code == 1
    assert ("no space left on the device" in result.stderr)
    assert errors(result)[-1] == "Error: 1 of 3 postings failed"
    site = project / "site"
    assert temp_files(site) == []
    after = tree(site)
    assert after["acme-tools-director-of-operations.md"] == \
        good["acme-tools-director-of-operations.md"]  # the old good file is intact
    assert after["acme-tools-coo.md"] != good["acme-tools-coo.md"]  # the others were updated


def test_a_full_disk_midway_through_a_posting_lands_none_of_its_files(runner, project,
                                                                     monkeypatch):
    from jdgen.site import output
    stage = output.StagedWrites.stage

    def full_for_docx(self: output.StagedWrites, path: Path, data: bytes) -> Any:
        if path.name == "acme-tools-coo.docx":  # the second of this posting's four files
            raise output.OutputError(f"cannot write {path}: no space left on the device")
        return stage(self, path, data)

    monkeypatch.setattr(output.StagedWrites, "stage", full_for_docx)
    result = run(runner, "--out", "site", "--report", "report.json")
    assert result.exit_code == 1
    assert errors(result)[-1] == "Error: 1 of 3 postings failed"
    report = json.loads((project / "report.json").read_text())
    assert not any(name.startswith("acme-tools-coo.") for name in report["written"])
    site = project / "site"
    assert not (site / "acme-tools-coo.md").exists()  # staged before the failure: removed
    assert temp_files(site) == []


def test_ctrl_c_leaves_only_complete_files(runner, project, monkeypatch):
    from jdgen.site import output
    real = output.StagedWrites.commit
    calls = {"n": 0}

    def interrupted(self: output.StagedWrites) -> Any:
        calls["n"] += 1  # Ctrl-C just before the second commit: the first one's files stay
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(self)

    monkeypatch.setattr(output.StagedWrites, "commit", interrupted)
    init = output.StagedWrites.__init__
    monkeypatch.setattr(output.StagedWrites, "__init__", lambda self: init(self, limit=5))
    result = run(runner, "--out", "site")
    assert result.exit_code == 130
    assert errors(result) == ["Error: interrupted; files already written are complete, no "
                              "partial files were left"]
    site = project / "site"
    assert temp_files(site) == []
    # The first commit came once 5 files were staged: the first two postings, 4 files each.
    assert sorted(p.name for p in site.iterdir() if not p.name.startswith(".")) == sorted(
        f"acme-tools-{role}.{fmt}" for role in ("coo", "director-of-operations")
        for fmt in ("md", "docx", "html", "json"))


def test_ctrl_c_inside_a_write_removes_the_temporary_file(tmp_path, monkeypatch):
    from jdgen.site.output import write_atomic

    def stop(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", stop)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "a.md", b"x" * 10_000)
    assert list(tmp_path.iterdir()) == []


def test_report_and_quiet(runner, project):
    result = run(runner, "--out", "site", "--quiet", "--report", "report.json")
    assert result.exit_code == 0
    assert result.stdout == ""
    report = json.loads((project / "report.json").read_text(encoding="utf-8"))
    assert report["ok"] is True and report["failed"] == 0
    assert [p["status"] for p in report["postings"]] == ["ok", "ok", "ok"]
    assert report["postings"][2]["where"] == "postings.yaml:9:5"
    assert len(report["written"]) == 15


def test_plain_lines_in_ci(runner, project, monkeypatch):
    monkeypatch.setenv("CI", "true")
    result = run(runner, "--out", "site")
    assert result.stdout.splitlines()[:3] == [
        "built  acme-tools-coo  (docx, html, json, md)",
        "built  acme-tools-director-of-operations  (docx, html, json, md)",
        "built  acme-doo-york  (docx, html, json, md)",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "coo", "--manifest", "postings.yaml"], "give a ROLE or --manifest, not both"),
        (["build", "--manifest", "postings.yaml", "--company", "X"],
         "--company cannot be used with --manifest; set it in the manifest instead"),
        (["build", "coo", "--company", "X", "--check"], "--check only works with --manifest"),
        (["build"], "Missing argument 'ROLE' (or give --manifest FILE)."),
        (["build", "--manifest", "postings.yaml", "--jobs", "0"], "'-j' / '--jobs'"),
    ],
)
def test_usage_errors(runner, project, args, message):
    result = runner.invoke(main, args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_example_manifest_and_workflow_commands(runner, tmp_path, monkeypatch):
    """The commands of examples/ci/jobs-site.yml work on a copy of examples/."""
    import shutil

    import yaml

    examples = Path(__file__).resolve().parent.parent / "examples"
    shutil.copytree(examples, tmp_path / "repo")
    monkeypatch.chdir(tmp_path / "repo")
    workflow = yaml.safe_load((examples / "ci" / "jobs-site.yml").read_text(encoding="utf-8"))
    commands = [step["run"] for step in workflow["jobs"]["postings"]["steps"]
                if str(step.get("run", "")).startswith("jdgen ")]
    assert len(commands) == 4
    import shlex

    validate, check, build, lint = commands  # tests/test_ci_workflow.py runs them in a shell
    env = {key: str(value) for key, value in workflow["env"].items()}
    for command in [validate, build, check, lint]:
        args = [re.sub(r"\$(\w+)", lambda m: env[m.group(1)], a)
                for a in shlex.split(command)[1:]]
        result = runner.invoke(main, args)
        assert result.exit_code == 0, (command, result.stderr)


def test_committed_example_site_is_current(runner):
    examples = Path(__file__).resolve().parent.parent / "examples"
    result = runner.invoke(main, ["build", "--manifest", str(examples / "postings.yaml"),
                                  "--out", str(examples / "site"), "--check"])
    assert result.exit_code == 0, (
        f"{result.stderr}\nrebuild with: jdgen build --manifest examples/postings.yaml "
        "--out examples/site")


def test_a_posting_with_a_bad_field_fails_alone(runner, project):
    (project / "postings.yaml").write_text(MANIFEST + "  - role: coo\n    colour: red\n"
                                           "    team_size: lots\n")
    result = run(runner, "--out", "site")
    assert result.exit_code == 1
    lines = errors(result)
    assert lines[0] == ("Error: postings.yaml:14:16: postings[3].team_size: expected a whole "
                        "number, found 'lots'")
    assert lines[1].startswith("Error: postings.yaml:13:5: postings[3].colour: unknown field; "
                               "allowed: company, company_file, company_name,")
    assert lines[2:] == ["Error: 1 of 4 postings failed"]
    assert (project / "site" / "acme-doo-york.md").is_file()
