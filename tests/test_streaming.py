"""Batches stream: memory does not grow with the manifest, and nothing else changes.

A manifest is checked whole before anything is built (so a bad file still stops
before any output), then read again one posting at a time; what each posting
leaves behind until the end waits on disk. Memory is measured with tracemalloc
in this process: it counts bytes, so it is as steady as the code (no timing).
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import threading
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jdgen.cli import main
from jdgen.errors import DataError
from jdgen.inputs.manifest import load_manifest, posting_spec
from jdgen.site.batch import Settings, plan, run_batch
from jdgen.site.index import json_pieces
from jdgen.site.outcome import Outcome
from jdgen.site.sitefiles import Spool

HEAD = "defaults:\n  formats: [md]\n  date: 2026-11-25\npostings:\n"


def rows(count: int, start: int = 0) -> str:
    """``count`` distinct, valid postings, four lines each."""
    return "".join(
        f"  - role: {'coo' if n % 2 else 'doo'}\n    company_name: Company {n:05d}\n"
        f"    location: {('Denver, CO', 'Leeds, United Kingdom')[n % 2]}\n"
        f"    team_size: {5 + n % 90}\n" for n in range(start, start + count))


def errors(result: Any) -> list[str]:
    return [ln for ln in result.stderr.splitlines() if ln.startswith("Error: ")]


def build(runner: Any, *args: str) -> Any:
    return runner.invoke(main, ["build", "--manifest", "postings.yaml", *args])


# ------------------------------------------------------------ positions and aliases


def test_errors_deep_in_a_big_manifest_name_their_exact_line(write):
    bad = ("  - role: coo\n    company_name: Bad Number\n    team_size: lots\n"
           "  - role: doo\n    company_name: Bad Key\n    colour: red\n")
    path = write("postings.yaml", HEAD + rows(3500) + bad + rows(400, start=3500))
    _, planned = plan(path)
    failed = [item for item in planned if isinstance(item, Outcome)]
    line = 4 + 3500 * 4 + 1  # where the first bad posting starts
    assert [o.problems() for o in failed] == [
        [f"{path}:{line + 2}:16: postings[3500].team_size: expected a whole number, "
         "found 'lots'"],
        [f"{path}:{line + 5}:5: postings[3501].colour: unknown field; allowed: company, "
         "company_file, company_name, industry, employees, stage, size, location, arrangement, "
         "salary, "
         "currency, period, reports_to, team_size, focus, date, valid_through, valid_for_days, "
         "employment_type, direct_apply, apply_url, apply_email, benefits, about, apply, "
         "eeo_statement, sites, locale, "
         "role, id, formats"],
    ]
    assert [o.where for o in failed] == [f"{path}:{line}:5", f"{path}:{line + 3}:5"]
    manifest, doc = load_manifest(path)  # the whole-file reader names the same places
    for outcome in failed:
        with pytest.raises(DataError) as info:
            posting_spec(doc, outcome.index, manifest.postings[outcome.index])
        assert info.value.problems == outcome.problems()


def test_aliases_to_defaults_and_to_earlier_postings_still_work(runner, write, tmp_path):
    write("postings.yaml", """\
defaults:
  formats: [md]
  date: 2026-11-25
  location: &where Denver, CO
  salary: &pay {min: 91000, max: 120000}
postings:
  - role: coo
    company_name: &second Second Co
    salary: *pay
  - role: doo
    company_name: *second
    location: *where
  - &third
    role: coo
    company_name: Third Co
    location: Leeds, United Kingdom
  - role: doo
    company_name: Fourth Co
    location: Austin, TX
""")
    result = build(runner, "--out", "site")
    assert result.exit_code == 0, result.stderr
    site = tmp_path / "site"
    index = json.loads((site / "index.json").read_text(encoding="utf-8"))
    assert [(job["id"], job["location"]) for job in index["jobs"]] == [
        ("second-co-coo", "Denver, CO"), ("second-co-director-of-operations", "Denver, CO"),
        ("third-co-coo", "Leeds, United Kingdom"),
        ("fourth-co-director-of-operations", "Austin, TX")]
    assert "91,000" in (site / "second-co-coo.md").read_text(encoding="utf-8")


def test_defaults_may_follow_the_postings_and_alias_into_them(runner, write, tmp_path):
    write("postings.yaml", """\
postings:
  - role: coo
    company_name: Early Co
    industry: &made manufacturing
defaults:
  formats: [html]
  date: 2026-11-25
  industry: *made
""")
    result = build(runner, "--out", "site")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "site").iterdir()) == [
        ".jdgen-files.json", "early-co-coo.html", "index.html", "index.json"]


def test_a_posting_reused_whole_by_alias_is_built_again_and_clashes(runner, write):
    write("postings.yaml", HEAD + "  - &first\n    role: coo\n    company_name: Twice\n"
          "  - *first\n")
    result = build(runner, "--out", "site")
    assert result.exit_code == 1
    assert errors(result) == [
        "Error: postings.yaml:8:5: writes twice-coo.md, which the posting at postings.yaml:5:5 "
        "also writes; give one of them an 'id'",
        "Error: 1 of 2 postings failed"]


# ------------------------------------------------------------ failing cleanly


def test_a_bad_posting_after_thousands_of_good_ones_fails_alone(runner, write, tmp_path):
    write("postings.yaml", HEAD + rows(2000) + "  - role: chef\n    company_name: Last\n")
    result = build(runner, "--out", "site", "--quiet")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert errors(result) == [
        "Error: postings.yaml:8005:5: unknown role 'chef'. Available roles: coo, "
        "director-of-operations",
        "Error: 1 of 2001 postings failed"]
    site = tmp_path / "site"
    assert len(list(site.glob("company-*.md"))) == 2000
    index = json.loads((site / "index.json").read_text(encoding="utf-8"))
    assert len(index["jobs"]) == 2000 and index["jobs"][-1]["id"] == \
        "company-01999-coo"


@pytest.mark.parametrize(
    ("tail", "message"),
    [
        ("  - role: coo\n    role: doo\n",
         "postings.yaml:12006:5: duplicate key 'role' (first given on line 12005)"),
        ("  - role: [coo\n", "postings.yaml:12006:1: invalid YAML: expected ',' or ']'"),
        ("  - role: *nowhere\n", "postings.yaml:12005:11: invalid YAML: found undefined alias"),
        ("other: 1\n", "postings.yaml:12005:1: other: unknown field"),
    ],
    ids=["duplicate-key", "syntax", "undefined-alias", "unknown-top-level-key"],
)
def test_a_bad_file_stops_before_any_output_even_when_the_fault_is_last(
        runner, write, tmp_path, tail, message):
    write("postings.yaml", HEAD + rows(3000) + tail)
    result = build(runner, "--out", "site")
    assert result.exit_code == 1
    assert errors(result)[0].startswith(f"Error: {message}"), result.stderr
    assert not (tmp_path / "site").exists()


def test_a_manifest_edited_during_the_build_is_an_error_not_a_mix(write):
    path = write("postings.yaml", HEAD + rows(3))
    _, planned = plan(path)
    path.write_text(HEAD + rows(4), encoding="utf-8")
    with pytest.raises(DataError) as info:
        next(planned)
    assert info.value.problems == [
        f"{path}: the file changed while it was being read; run the command again"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_piped_manifest_is_read_only_once(tmp_path):
    pipe = tmp_path / "postings.pipe"
    os.mkfifo(pipe)

    def feed() -> None:
        with pipe.open("w", encoding="utf-8") as handle:
            handle.write(HEAD + rows(2))

    threading.Thread(target=feed, daemon=True).start()
    done = subprocess.run(
        [sys.executable, "-m", "jdgen", "build", "--manifest", str(pipe), "--out", "site"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "site").glob("*.md")) == [
        "company-00000-director-of-operations.md", "company-00001-coo.md", "index.md"]


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not hasattr(os, "openpty"),
                    reason="needs named pipes and a pseudo-terminal")
def test_a_piped_manifest_on_a_terminal_builds_without_a_progress_bar(tmp_path):
    pipe = tmp_path / "postings.pipe"
    os.mkfifo(pipe)

    def feed() -> None:
        with pipe.open("w", encoding="utf-8") as handle:
            handle.write(HEAD + rows(2))

    threading.Thread(target=feed, daemon=True).start()
    leader, follower = os.openpty()  # stdout is a terminal, where a bar would be drawn
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "jdgen", "build", "--manifest", str(pipe), "--out", "site"],
            cwd=tmp_path, stdout=follower, stderr=subprocess.PIPE, text=True, env=env,
            timeout=60)  # before the fix, the bar's count read the pipe and the build hung
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 0, done.stderr
    assert len(list((tmp_path / "site").glob("*.md"))) == 3


# ------------------------------------------------------------ memory


def traced_peak(work: Callable[[], object]) -> int:
    """Bytes allocated at the busiest moment of ``work``, beyond what was held before."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        work()
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def test_batch_memory_does_not_grow_with_the_manifest(write, tmp_path, monkeypatch):
    """Ten times the postings may add at most 1 KB per posting to the peak.

    What still grows is the index page, held while it is written, and a few
    bytes per posting (its position, its file names); before streaming, each
    posting added about 5 KB.
    """
    small, big = 60, 600
    # The parsed-piece cache is bounded (test_pipeline checks the bound) but fills over
    # more postings than these; a small bound keeps its filling out of this measure.
    monkeypatch.setattr("jdgen.render.pieces.PLACES", 64)
    manifests = {n: write(f"postings-{n}.yaml", HEAD + rows(n)) for n in (small, big)}
    # pathlib interns each file name it sees, and the interpreter enlarges its table of
    # interned names once, for good, after a few thousand; do that before measuring.
    for n in range(30_000):
        Path(f"warm-{n}.md")
    run_batch(manifests[big], tmp_path / "warm", Settings())  # one-time caches and tables

    def peak(n: int) -> int:
        return traced_peak(lambda: run_batch(manifests[n], tmp_path / f"site-{n}", Settings()))

    growth = (peak(big) - peak(small)) / (big - small)
    assert growth < 1_000, f"{growth:.0f} bytes more at the peak for each added posting"


def test_counting_postings_for_the_progress_bar_keeps_none_of_them(write):
    from jdgen.cli.batch import _count

    paths = {n: write(f"postings-{n}.yaml", HEAD + rows(n)) for n in (300, 3000)}
    assert _count(paths[300]) == 300 and _count(paths[3000]) == 3000
    growth = (traced_peak(lambda: _count(paths[3000]))
              - traced_peak(lambda: _count(paths[300]))) / 2700
    assert growth < 40, f"{growth:.0f} bytes for each posting counted"  # whole: ~800


# ------------------------------------------------------------ the pieces


def test_spool_keeps_records_on_disk_in_order(monkeypatch):
    spool = Spool()
    assert len(spool) == 0 and not spool and list(spool) == []
    records = [{"a": [1, None, "é"]}, "text\n\ud800", 3, [], {"b": {"c": True}}]
    for record in records:
        spool.append(record)
        assert spool[0] == records[0]  # reading between writes does not disturb them
    assert len(spool) == 5 and spool
    assert list(spool) == records
    assert spool[-1] == records[-1] and spool[1] == records[1]
    with pytest.raises(IndexError):
        spool[5]
    handle = spool._file
    del spool
    gc.collect()
    assert handle is not None and handle.closed  # dropping the spool closes its file


def test_spool_works_in_memory_when_no_temporary_file_can_be_made(monkeypatch):
    import tempfile

    def refuse() -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
    with Spool() as spool:
        spool.extend(["a", "b"])
        assert list(spool) == ["a", "b"]


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner,
                                                                 max_size=3),
    max_leaves=12,
)


@given(st.dictionaries(st.text(max_size=5), JSON, max_size=4), st.data(), st.booleans())
def test_json_in_pieces_is_json_dumps(data, draw, ensure_ascii):
    """Lists may be given as iterators (as spools are); the text is byte for byte the same."""
    pieces = {key: iter(value) if isinstance(value, list) and draw.draw(st.booleans())
              else value for key, value in data.items()}
    assert "".join(json_pieces(pieces, ensure_ascii=ensure_ascii)) == \
        json.dumps(data, indent=2, ensure_ascii=ensure_ascii) + "\n"


def test_report_rows_are_read_back_from_disk(write, tmp_path):
    path = write("postings.yaml", HEAD + rows(3) + "  - role: chef\n    company_name: X\n")
    report = run_batch(path, tmp_path / "site", Settings())
    assert len(report.postings) == 4 and report.failed == 1
    assert [row["status"] for row in report.postings] == ["ok", "ok", "ok", "failed"]
    assert report.postings[-1]["where"] == f"{path}:17:5"
    assert list(report.written) == [
        "company-00000-director-of-operations.md", "company-00001-coo.md",
        "company-00002-director-of-operations.md", "index.json", "index.md"]
    text = report.to_json()
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"
