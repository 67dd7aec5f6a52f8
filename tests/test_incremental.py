"""Incremental builds: an unchanged posting is not rendered again, and what an
incremental build leaves is, file for file, what a cold build of the same
manifest writes (the property test makes random edits and compares)."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from batchfiles import files
from jdgen.render.pipeline import Pipeline
from jdgen.site.batch import Settings, run_batch
from jdgen.site.sitefiles import STATE_FILE

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

SITE = """\
site:
  title: {title}
  base_url: https://acme.example/careers/
  feeds: [atom, indeed, linkedin]
defaults:
  company: acme.yaml
  formats: [md, html, json, docx]
postings:
"""

DAY = "1796000000"  # 2026-11-30, the build's date throughout


def posting(number: int, salary: int, team: int, closes: str | None) -> str:
    text = (f"  - role: {'coo' if number % 2 else 'doo'}\n    id: p{number}\n"
            f"    salary: {salary}-{salary + 10000} GBP\n    team_size: {team}\n")
    return text + (f"    valid_through: {closes}\n" if closes else "")


def manifest(title: str, postings: dict[int, tuple[int, int, str | None]]) -> str:
    return SITE.format(title=title) + "".join(
        posting(n, *values) for n, values in sorted(postings.items()))


@pytest.fixture
def calls(monkeypatch) -> list[str]:
    """The postings rendered (by id), in order."""
    rendered: list[str] = []
    real = Pipeline.render

    def counting(self: Pipeline, role: str, company: Any, options: Any, *args: Any,
                 **kwargs: Any) -> Any:
        rendered.append(options.posting_id)
        return real(self, role, company, options, *args, **kwargs)

    monkeypatch.setattr(Pipeline, "render", counting)
    return rendered


@pytest.fixture
def project(write, monkeypatch, tmp_path) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", DAY)
    write("acme.yaml", COMPANY)
    write("postings.yaml", manifest("Jobs", {1: (50000, 5, None), 2: (60000, 9, None),
                                             3: (70000, 12, "2026-12-31")}))
    return tmp_path


def build(project: Path, out: str = "site", **options: Any) -> Any:
    report = run_batch(project / "postings.yaml", project / out, Settings(), **options)
    assert report.failed == 0 and not report.errors, list(report.postings)
    return report


def test_an_unchanged_posting_is_not_rendered_again(project, calls):
    build(project)
    assert calls == ["p1", "p2", "p3"]
    calls.clear()
    report = build(project)
    assert calls == [] and len(report.written) == 0
    assert [row["rendered"] for row in report.postings] == [False] * 3
    check = build(project, check=True)
    assert calls == [] and check.ok
    text = (project / "postings.yaml").read_text()
    (project / "postings.yaml").write_text(text.replace("team_size: 9", "team_size: 10"))
    build(project)
    assert calls == ["p2"]


def test_a_check_after_an_edit_renders_only_the_edited_posting_and_fails(project, calls):
    build(project)
    calls.clear()
    text = (project / "postings.yaml").read_text()
    (project / "postings.yaml").write_text(text.replace("team_size: 12", "team_size: 13"))
    report = build(project, check=True)
    assert calls == ["p3"]
    assert not report.ok and "p3.md" in list(report.stale)


@pytest.mark.parametrize("damage", ["edit", "delete", "same size"])
def test_an_output_changed_by_hand_is_rendered_and_restored(project, calls, damage):
    build(project)
    site = project / "site"
    cold = files(site)
    calls.clear()
    page = site / "p2.html"
    if damage == "delete":
        page.unlink()
    elif damage == "edit":
        page.write_text("<p>edited by hand</p>")
    else:
        data = bytearray(page.read_bytes())
        data[100] ^= 1
        page.write_bytes(bytes(data))
    assert not build(project, check=True).ok
    assert calls == ["p2"]
    calls.clear()
    build(project)
    assert calls == ["p2"] and files(site) == cold


@pytest.mark.parametrize("page", ["index.html", "index.json", "sitemap.xml", "indeed.xml"])
def test_a_site_page_changed_by_hand_is_made_again_though_no_posting_is(project, calls, page):
    build(project)
    site = project / "site"
    cold = files(site)
    calls.clear()
    (site / page).write_text("edited by hand")
    assert not build(project, check=True).ok
    report = build(project)
    assert calls == [] and list(report.written) == [page]
    assert files(site) == cold


@pytest.mark.parametrize("change", ["template folder", "role folder", "jdgen version",
                                    "reference docx", "company file"])
def test_a_shared_input_renders_every_posting_again(project, calls, monkeypatch, change):
    build(project)
    calls.clear()
    options: dict[str, Any] = {}
    if change == "template folder":
        (project / "templates").mkdir()
        (project / "templates" / "notes.txt").write_text("a file in the templates folder")
    elif change == "role folder":
        (project / "roles").mkdir()
        (project / "roles" / "README.txt").write_text("overlays go here")
    elif change == "jdgen version":
        monkeypatch.setattr("importlib.metadata.version", lambda name: "99.0.0")
    elif change == "reference docx":
        reference = project / "reference.docx"
        reference.write_bytes((project / "site" / "p1.docx").read_bytes())
        options["settings"] = Settings(reference_docx=reference)
    else:
        text = (project / "acme.yaml").read_text()
        (project / "acme.yaml").write_text(text.replace("employees: 120", "employees: 130"))
    settings_ = options.pop("settings", Settings())
    report = run_batch(project / "postings.yaml", project / "site", settings_)
    assert report.failed == 0, list(report.postings)
    assert sorted(calls) == ["p1", "p2", "p3"]


# ------------------------------------------------------------ incremental equals cold

Edit = tuple[str, int, int]

EDITS = st.tuples(
    st.sampled_from(["salary", "team", "add", "remove", "title", "close", "reopen", "tamper",
                     "nothing"]),
    st.integers(min_value=1, max_value=5),
    st.integers(min_value=1, max_value=40),
)

_RUN = itertools.count()


def apply(edit: Edit, title: list[str], postings: dict[int, tuple[int, int, str | None]],
          site: Path) -> None:
    kind, number, amount = edit
    current = postings.get(number)
    if kind == "add" and current is None:
        postings[number] = (40000 + amount * 1000, amount, None)
    elif kind == "remove" and current is not None and len(postings) > 1:
        del postings[number]
    elif kind == "title":
        title[0] = f"Jobs {amount}"
    elif current is not None and kind == "salary":
        postings[number] = (40000 + amount * 1000, current[1], current[2])
    elif current is not None and kind == "team":
        postings[number] = (current[0], amount, current[2])
    elif current is not None and kind == "close":
        postings[number] = (current[0], current[1], f"2026-11-{min(max(amount, 2), 29):02d}")
    elif current is not None and kind == "reopen":
        postings[number] = (current[0], current[1], None)
    elif kind == "tamper" and (site / f"p{number}.md").is_file():
        (site / f"p{number}.md").write_text(f"tampered {amount}\n")


def same_files(built: dict[str, bytes], expected: dict[str, bytes]) -> None:
    assert sorted(built) == sorted(expected)
    for name in expected:
        assert built[name] == expected[name], name


@settings(max_examples=8)
@given(st.lists(st.lists(EDITS, min_size=1, max_size=3), min_size=1, max_size=3))
def test_incremental_builds_equal_a_cold_build_after_random_edits(project, rounds):
    """After each round of edits the incremental folder is built again; at the end it
    must hold what a build that renders everything writes, file for file.

    Two cold builds: one into an empty folder that holds only the record the last
    incremental build started from (the same history: every posting is rendered,
    since none of its files is there), and, when no edit gave a posting a date of
    its own, one into a folder with nothing at all. (A posting given an earlier
    date after it first appeared has a history a new folder cannot know: its
    content changed on the build's day, which is its dateModified.)
    """
    run = project / f"run-{next(_RUN)}"
    run.mkdir()
    (run / "acme.yaml").write_text(COMPANY)
    title = ["Jobs"]
    postings: dict[int, tuple[int, int, str | None]] = {1: (50000, 5, None),
                                                        2: (60000, 9, "2026-12-31")}
    incremental, same_history = run / "incremental", run / "same-history"
    for edits in [[], *rounds]:
        for edit in edits:
            apply(edit, title, postings, incremental)
        # a closing date is never before the posting date (tailoring refuses it)
        (run / "postings.yaml").write_text(manifest(title[0], postings).replace(
            "    valid_through: 2026-11", "    date: 2026-11-01\n    valid_through: 2026-11"))
        if (incremental / STATE_FILE).is_file():
            shutil.rmtree(same_history, ignore_errors=True)
            same_history.mkdir()
            shutil.copy(incremental / STATE_FILE, same_history / STATE_FILE)
        report = run_batch(run / "postings.yaml", incremental, Settings(), prune_orphans=True)
        assert report.failed == 0, list(report.postings)
    rendered = run_batch(run / "postings.yaml", same_history, Settings(), prune_orphans=True)
    assert all(row["rendered"] for row in rendered.postings)
    same_files(files(incremental), files(same_history))
    if not any(edit[0] == "close" for edits in rounds for edit in edits):
        cold = run / "cold"
        assert run_batch(run / "postings.yaml", cold, Settings()).failed == 0
        same_files(files(incremental), files(cold))


# ------------------------------------------------------------ memory


MEMORY = """
import gc, json, sys, tracemalloc
from pathlib import Path
import jdgen.render.pieces
from jdgen.site.batch import Settings, run_batch

jdgen.render.pieces.PLACES = 64  # a small bound keeps the piece cache's filling out of it
head = "defaults:\\n  formats: [md, html]\\n  date: 2026-11-25\\npostings:\\n"
rows = lambda count: "".join(
    f"  - role: {'coo' if n % 2 else 'doo'}\\n    id: job-{n:05d}\\n"
    f"    company_name: Company {n:05d}\\n" for n in range(count))
folder = Path(sys.argv[1])
for n in range(30_000):  # see test_streaming: the table of interned names grows once
    Path(f"warm-{n}.md")
manifests = {}
for n in (60, 600):
    manifests[n] = folder / f"postings-{n}.yaml"
    manifests[n].write_text(head + rows(n))
    run_batch(manifests[n], folder / f"site-{n}", Settings())
    run_batch(manifests[n], folder / f"site-{n}", Settings())  # warm caches

def peak(n):
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        report = run_batch(manifests[n], folder / f"site-{n}", Settings())
        assert not any(row["rendered"] for row in report.postings)
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()

print(json.dumps((peak(600) - peak(60)) / 540))
"""


def test_a_rebuild_from_the_record_keeps_memory_flat(tmp_path):
    """Ten times the postings may add at most 1 KB per posting to a rebuild's peak:
    the record is read a line at a time into a spool, never whole. Measured in a
    fresh interpreter, so no cache filled by other tests is counted."""
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", MEMORY, str(tmp_path)], capture_output=True,
                          text=True, check=False, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr
    growth = json.loads(done.stdout.strip().splitlines()[-1])
    assert growth < 1_000, f"{growth:.0f} bytes more at the peak for each added posting"
