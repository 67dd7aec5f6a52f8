"""Dates that hold: a posting is dated the day it first appeared on the site, and its
``dateModified``, sitemap ``lastmod`` and Atom ``<updated>`` move only when it changes.

Days are simulated with SOURCE_DATE_EPOCH; nothing here reads the clock. Reports
name every posting by its id and row, whether it built or failed.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from batchfiles import build_on, files, no_traceback
from jdgen.cli import main
from jdgen.site.record import read_record
from jdgen.site.sitefiles import STATE_FILE

COMPANY = """\
name: Acme Tools
industry: manufacturing
employees: 120
apply_url: https://acme.example/jobs
locations:
  - city: Leeds
    country: GB
"""

MANIFEST = """\
site:
  base_url: https://acme.example/careers/
defaults:
  company: acme.yaml
  formats: [md, html, json]
postings:
  - role: coo
    id: acme-coo
    salary: 90000-110000 GBP
  - role: doo
    id: acme-doo
    salary: 60000-70000 GBP
"""

ATOM = "{http://www.w3.org/2005/Atom}"
MAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def project(write, tmp_path):
    write("acme.yaml", COMPANY)
    write("postings.yaml", MANIFEST)
    return tmp_path


def build(runner, monkeypatch, day: str, *args: str):
    return build_on(runner, monkeypatch, day, *args)


def json_ld(site: Path, posting: str) -> dict:
    return json.loads((site / f"{posting}.json").read_text(encoding="utf-8"))


def lastmods(site: Path) -> dict[str, str]:
    root = ET.parse(site / "sitemap.xml").getroot()
    return {url.findtext(f"{MAP}loc").rsplit("/", 1)[-1]: url.findtext(f"{MAP}lastmod")
            for url in root.iter(f"{MAP}url")}


def atom(site: Path) -> tuple[str, dict[str, tuple[str, str]]]:
    """The feed's <updated>, and each entry's (published, updated) by page."""
    root = ET.parse(site / "feed.xml").getroot()
    entries = {entry.findtext(f"{ATOM}id").rsplit("/", 1)[-1]:
               (entry.findtext(f"{ATOM}published"), entry.findtext(f"{ATOM}updated"))
               for entry in root.iter(f"{ATOM}entry")}
    return root.findtext(f"{ATOM}updated"), entries


def test_three_days_without_edits_write_nothing_and_check_passes(runner, monkeypatch, project):
    first = build(runner, monkeypatch, "2026-12-01")
    assert first.exit_code == 0, first.stderr
    site = project / "site"
    before = files(site)
    for day in ("2026-12-02", "2026-12-03"):
        check = build(runner, monkeypatch, day, "--check")
        assert check.exit_code == 0, check.stderr
        again = build(runner, monkeypatch, day)
        assert again.exit_code == 0, again.stderr
        assert "0 files written" in again.stdout
        assert files(site) == before  # not one byte moved, the record included
    for posting in ("acme-coo", "acme-doo"):
        data = json_ld(site, posting)
        assert data["datePosted"] == "2026-12-01" and "dateModified" not in data
    assert set(lastmods(site).values()) == {"2026-12-01"}
    jobs = json.loads((site / "index.json").read_text())["jobs"]
    assert [(j["date_posted"], j["date_modified"]) for j in jobs] == [("2026-12-01",) * 2] * 2


def test_an_edit_moves_date_modified_lastmod_and_updated_of_that_posting_only(
        runner, monkeypatch, project):
    assert build(runner, monkeypatch, "2026-12-01").exit_code == 0
    manifest = project / "postings.yaml"
    manifest.write_text(MANIFEST.replace("90000-110000", "95000-115000"), encoding="utf-8")
    assert build(runner, monkeypatch, "2026-12-02").exit_code == 0
    site = project / "site"
    edited, same = json_ld(site, "acme-coo"), json_ld(site, "acme-doo")
    assert (edited["datePosted"], edited["dateModified"]) == ("2026-12-01", "2026-12-02")
    assert edited["baseSalary"]["value"]["minValue"] == 95000
    assert same["datePosted"] == "2026-12-01" and "dateModified" not in same
    assert lastmods(site) == {"index.html": "2026-12-02", "acme-coo.html": "2026-12-02",
                              "acme-doo.html": "2026-12-01"}
    updated, entries = atom(site)
    assert updated == "2026-12-02T00:00:00Z"
    assert entries == {"acme-coo.html": ("2026-12-01T00:00:00Z", "2026-12-02T00:00:00Z"),
                       "acme-doo.html": ("2026-12-01T00:00:00Z", "2026-12-01T00:00:00Z")}
    page = (site / "acme-coo.html").read_text(encoding="utf-8")
    assert '"dateModified": "2026-12-02"' in page
    # a third day without edits: the dates hold, nothing is written, --check passes
    before = files(site)
    assert build(runner, monkeypatch, "2026-12-03", "--check").exit_code == 0
    third = build(runner, monkeypatch, "2026-12-03")
    assert third.exit_code == 0 and files(site) == before
    # an edit back on a later day is another change
    manifest.write_text(MANIFEST, encoding="utf-8")
    assert build(runner, monkeypatch, "2026-12-04").exit_code == 0
    assert json_ld(site, "acme-coo")["dateModified"] == "2026-12-04"


def test_a_posting_added_later_is_dated_the_day_it_appeared(runner, monkeypatch, project):
    assert build(runner, monkeypatch, "2026-12-01").exit_code == 0
    (project / "postings.yaml").write_text(
        MANIFEST + "  - role: doo\n    id: acme-doo-york\n    location: York, GB\n",
        encoding="utf-8")
    assert build(runner, monkeypatch, "2026-12-05").exit_code == 0
    site = project / "site"
    assert [json_ld(site, p)["datePosted"] for p in ("acme-coo", "acme-doo", "acme-doo-york")] \
        == ["2026-12-01", "2026-12-01", "2026-12-05"]


def test_a_date_in_the_manifest_wins_over_the_record(runner, monkeypatch, project):
    assert build(runner, monkeypatch, "2026-12-01").exit_code == 0
    (project / "postings.yaml").write_text(
        MANIFEST.replace("    id: acme-doo\n", "    id: acme-doo\n    date: 2026-11-20\n"),
        encoding="utf-8")
    assert build(runner, monkeypatch, "2026-12-02").exit_code == 0
    site = project / "site"
    assert json_ld(site, "acme-doo")["datePosted"] == "2026-11-20"
    assert json_ld(site, "acme-coo")["datePosted"] == "2026-12-01"


def test_valid_for_days_counts_from_the_first_day_not_from_each_rebuild(
        runner, monkeypatch, project):
    (project / "postings.yaml").write_text(
        MANIFEST.replace("  formats: [md, html, json]\n",
                         "  formats: [md, html, json]\n  valid_for_days: 30\n"),
        encoding="utf-8")
    assert build(runner, monkeypatch, "2026-12-01").exit_code == 0
    assert build(runner, monkeypatch, "2026-12-20").exit_code == 0
    assert json_ld(project / "site", "acme-coo")["validThrough"] == "2026-12-31"


def test_a_site_built_before_the_record_kept_dates_keeps_its_index_dates(
        runner, monkeypatch, project):
    assert build(runner, monkeypatch, "2026-12-01").exit_code == 0
    state = project / "site" / STATE_FILE
    names = json.loads(state.read_text())["files"]
    state.write_text(json.dumps({"generator": "jdgen", "files": names}), encoding="utf-8")
    assert build(runner, monkeypatch, "2026-12-09").exit_code == 0
    assert json_ld(project / "site", "acme-coo")["datePosted"] == "2026-12-01"
    assert len(read_record(project / "site")) == 2  # the record has them again


@pytest.mark.parametrize("record", [
    "not json at all\n",
    '{"generator": "jdgen", "files": [], "postings": [\n    {"id": 3}\n  ]\n}\n',
    '{"generator": "jdgen", "files": [], "postings": [\n    {"id": "acme-coo", "posted": '
    '"2026-12-01", "modified": "x", "content": "", "inputs": "", "files": {"../x.md": '
    '[1, "a"]}, "entry": {}, "warnings": []}\n  ]\n}\n',
])
def test_a_record_that_is_not_ours_is_not_trusted(runner, monkeypatch, project, record):
    (project / "site").mkdir()
    (project / "site" / STATE_FILE).write_text(record, encoding="utf-8")
    result = build(runner, monkeypatch, "2026-12-03")
    assert result.exit_code == 0, result.stderr
    assert json_ld(project / "site", "acme-coo")["datePosted"] == "2026-12-03"


# ---------------------------------------------------------------- reports name rows


SEVEN = """\
defaults:
  company: acme.yaml
  formats: [md]
  date: 2026-11-25
postings:
""" + "".join(f"  - role: doo\n    id: ops-{n}\n    location: Town {n}, GB\n"
          for n in range(6)) + """\
  - role: doo
    id: ops-bad
    team_size: lots
  - role: nonesuch
  - role: coo
    id: ops-unknown-file
    company_file: missing.yaml
"""


def test_every_report_row_and_line_names_its_posting(runner, write, project):
    write("postings.yaml", SEVEN)
    result = runner.invoke(main, ["build", "--manifest", "postings.yaml", "--out", "site",
                                  "--report", "report.json", "--verbose"])
    no_traceback(result)
    assert result.exit_code == 1
    rows = json.loads((project / "report.json").read_text())["postings"]
    assert [row["row"] for row in rows] == list(range(1, 10))
    assert [row["id"] for row in rows] == [
        *(f"ops-{n}" for n in range(6)), "ops-bad", None, "ops-unknown-file"]
    assert [row["status"] for row in rows] == ["ok"] * 6 + ["failed"] * 3
    warned = [line for line in result.stderr.splitlines() if line.startswith("Warning: ops-")]
    assert warned and not any("acme-tools-director-of-operations" in w for w in warned)
    for row in rows[:6]:
        assert all(w.startswith(f"{row['id']}: ") for w in row["warnings"])
    # an error line starts at the posting's own line in the manifest: its row
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert [line.split(":")[2] for line in errors[:3]] == ["26", "27", "28"]
    assert "team_size" in errors[0] and "nonesuch" in errors[1] and "missing.yaml" in errors[2]
