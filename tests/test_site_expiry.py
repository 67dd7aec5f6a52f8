"""Expiry: a posting past its closing date leaves the index, the feeds and the sitemap;
its page stays, marked closed, ``noindex`` and without JobPosting data.

The build's date is SOURCE_DATE_EPOCH (else today); days are simulated with it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from batchfiles import build_on, files
from jdgen.site.incremental import is_closed

COMPANY = """\
name: Acme Tools
industry: manufacturing
employees: 120
apply_url: https://acme.example/jobs
locations:
  - city: Leeds
    country: GB
compensation: {min: 70000, max: 85000, currency: GBP}
"""

MANIFEST = """\
site:
  base_url: https://acme.example/careers/
  feeds: [atom, indeed, linkedin]
defaults:
  company: acme.yaml
  formats: [md, html, json]
  date: 2026-12-01
postings:
  - role: coo
    id: acme-coo
    valid_through: 2026-12-10
  - role: doo
    id: acme-doo
"""

LISTS = ("index.json", "index.html", "index.md", "sitemap.xml", "feed.xml", "indeed.xml",
         "linkedin.xml")


@pytest.fixture
def project(write, tmp_path):
    write("acme.yaml", COMPANY)
    write("postings.yaml", MANIFEST)
    return tmp_path


def build(runner, monkeypatch, day: str, *args: str):
    return build_on(runner, monkeypatch, day, *args, at="23:59:00")


@pytest.mark.parametrize(("valid_through", "today", "closed"), [
    ("2026-12-10", dt.date(2026, 12, 9), False),
    ("2026-12-10", dt.date(2026, 12, 10), False),  # open through its last day
    ("2026-12-10", dt.date(2026, 12, 11), True),
    (None, dt.date(2099, 1, 1), False),
    ("2026-12-10", None, False),
])
def test_closed_means_after_the_closing_day(valid_through, today, closed):
    assert is_closed(valid_through, today) is closed


def test_on_its_last_day_a_posting_is_listed_everywhere(runner, monkeypatch, project):
    result = build(runner, monkeypatch, "2026-12-10")
    assert result.exit_code == 0, result.stderr
    assert "closed" not in result.stdout
    for name in LISTS:
        assert "acme-coo" in (project / "site" / name).read_text(encoding="utf-8"), name
    page = (project / "site" / "acme-coo.html").read_text(encoding="utf-8")
    assert "application/ld+json" in page and "noindex" not in page


def test_after_its_closing_date_a_posting_leaves_every_list_but_keeps_its_page(
        runner, monkeypatch, project):
    assert build(runner, monkeypatch, "2026-12-05").exit_code == 0
    result = build(runner, monkeypatch, "2026-12-11", "--report", "report.json")
    assert result.exit_code == 0, result.stderr
    site = project / "site"
    closed = [line for line in result.stdout.splitlines() if line.startswith("closed")]
    assert closed == ["closed  acme-coo  (applications closed after 2026-12-10): left the "
                      "index, feeds and sitemap; its page stays, marked closed and noindex"]
    for name in LISTS:
        text = (site / name).read_text(encoding="utf-8")
        assert "acme-coo" not in text, name
        assert "acme-doo" in text, name
    page = (site / "acme-coo.html").read_text(encoding="utf-8")
    assert '<meta name="robots" content="noindex">' in page
    assert "application/ld+json" not in page and "JobPosting" not in page
    assert "This position is closed." in page
    assert 'class="button"' not in page  # no apply button on a closed posting
    open_page = (site / "acme-doo.html").read_text(encoding="utf-8")
    assert "noindex" not in open_page and "application/ld+json" in open_page
    rows = {row["id"]: row for row in
            json.loads((project / "report.json").read_text())["postings"]}
    assert rows["acme-coo"]["closed"] is True and rows["acme-coo"]["status"] == "ok"
    assert rows["acme-coo"]["valid_through"] == "2026-12-10"
    assert rows["acme-doo"]["closed"] is False


def test_a_closed_posting_stays_closed_checks_clean_and_is_never_pruned(
        runner, monkeypatch, project):
    assert build(runner, monkeypatch, "2026-12-05").exit_code == 0
    assert build(runner, monkeypatch, "2026-12-11").exit_code == 0
    site = project / "site"
    before = files(site)
    check = build(runner, monkeypatch, "2026-12-12", "--check")
    assert check.exit_code == 0, check.stderr
    assert check.stdout.count("closed  acme-coo") == 1
    again = build(runner, monkeypatch, "2026-12-12", "--prune")
    assert again.exit_code == 0 and "Removed" not in again.stdout
    assert files(site) == before
    assert (site / "acme-coo.html").is_file() and (site / "acme-coo.json").is_file()


def test_a_closing_date_moved_later_reopens_the_posting(runner, monkeypatch, project):
    assert build(runner, monkeypatch, "2026-12-05").exit_code == 0
    assert build(runner, monkeypatch, "2026-12-11").exit_code == 0
    (project / "postings.yaml").write_text(MANIFEST.replace("2026-12-10", "2026-12-31"),
                                           encoding="utf-8")
    result = build(runner, monkeypatch, "2026-12-11")
    assert result.exit_code == 0 and "closed" not in result.stdout
    page = (project / "site" / "acme-coo.html").read_text(encoding="utf-8")
    assert "noindex" not in page and "application/ld+json" in page
    assert "acme-coo" in (project / "site" / "sitemap.xml").read_text(encoding="utf-8")


def test_a_quiet_build_does_not_print_the_closed_line(runner, monkeypatch, project):
    result = build(runner, monkeypatch, "2026-12-11", "--quiet")
    assert result.exit_code == 0 and result.stdout == ""
    assert re.search("noindex", (Path("site") / "acme-coo.html").read_text(encoding="utf-8"))
