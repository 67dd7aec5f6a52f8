"""Issue 18: nothing lost, nothing surprising.

A posting that fails keeps its earlier files and index entry, ``--prune``
removes only postings that left the manifest and never anything outside the
output folder, and the rough edges a new user hits are smoothed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from jdgen.cli import main
from test_batch import COMPANY

OTHER = "name: Bolt Works\nindustry: logistics\nemployees: 40\n"


def manifest(*postings: str, formats: str = "[md, html, json]") -> str:
    body = "".join(f"  - {p}\n" for p in postings)
    return f"defaults:\n  formats: {formats}\n  date: 2026-11-25\npostings:\n{body}"


def batch(runner, *args: str, name: str = "postings.yaml"):
    return runner.invoke(main, ["build", "--manifest", name, "--out", "site", *args])


def no_traceback(result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def index_ids(site: Path) -> list[str]:
    return [job["id"] for job in json.loads((site / "index.json").read_text())["jobs"]]


@pytest.fixture
def site(write, tmp_path, runner) -> Path:
    """A site built from two companies, three postings."""
    write("acme.yaml", COMPANY)
    write("bolt.yaml", OTHER)
    write("postings.yaml", manifest("{role: coo, company: acme.yaml}",
                                    "{role: director-of-operations, company: acme.yaml}",
                                    "{role: coo, company: bolt.yaml}"))
    result = batch(runner)
    assert result.exit_code == 0, result.stderr
    return tmp_path / "site"


# ------------------------------------------------------------ prune keeps failures

BREAKAGES = {
    "currency-typo": ("acme.yaml", COMPANY.replace("currency: GBP", "currency: XYZ")),
    "company-file-gone": ("acme.yaml", None),
    "company-file-empty": ("acme.yaml", ""),
    "posting-field-typo": ("postings.yaml", manifest(
        "{role: coo, company: acme.yaml, team_size: many}",
        "{role: director-of-operations, company: acme.yaml, team_size: -1}",
        "{role: coo, company: bolt.yaml}")),
}


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
@pytest.mark.parametrize("prune", [True, False], ids=["prune", "no-prune"])
def test_a_posting_that_fails_keeps_its_files_and_index_entry(runner, site, tmp_path,
                                                               breakage, prune):
    before, ids = files(site), index_ids(site)
    name, text = BREAKAGES[breakage]
    if text is None:
        (tmp_path / name).unlink()
    else:
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = batch(runner, *(["--prune"] if prune else []), "--report", "report.json")
    no_traceback(result)
    assert result.exit_code == 1
    assert "Removed" not in result.stdout
    assert "no longer in the manifest" not in result.stderr
    after = files(site)
    for kept in (n for n in before if n.startswith("acme-tools-")):
        assert after[kept] == before[kept], kept
    assert sorted(index_ids(site)) == sorted(ids)
    report = json.loads((tmp_path / "report.json").read_text())
    assert [row["status"] for row in report["postings"]] == ["failed", "failed", "ok"]
    assert report["removed"] == []
    # once the file is mended, the build is whole again, with nothing left over
    (tmp_path / "acme.yaml").write_text(COMPANY, encoding="utf-8")
    (tmp_path / "postings.yaml").write_text(BREAKAGES["posting-field-typo"][1].replace(
        ", team_size: many", "").replace(", team_size: -1", ""), encoding="utf-8")
    mended = batch(runner, "--prune")
    assert mended.exit_code == 0, mended.stderr
    assert files(site) == before


def test_a_failed_posting_keeps_its_place_while_a_gone_one_waits(runner, site, tmp_path):
    """With a failure, nothing is pruned: the next clean build prunes what really left."""
    (tmp_path / "acme.yaml").write_text(COMPANY.replace("GBP", "XYZ"), encoding="utf-8")
    (tmp_path / "postings.yaml").write_text(manifest(
        "{role: coo, company: acme.yaml}", "{role: director-of-operations, company: acme.yaml}"),
        encoding="utf-8")
    result = batch(runner, "--prune")
    assert result.exit_code == 1
    assert "Warning: nothing was pruned because 2 postings failed" in result.stderr
    assert (site / "bolt-works-coo.md").is_file()
    (tmp_path / "acme.yaml").write_text(COMPANY, encoding="utf-8")
    clean = batch(runner, "--prune")
    assert clean.exit_code == 0, clean.stderr
    assert not (site / "bolt-works-coo.md").exists()
    assert "Removed site/bolt-works-coo.md" in clean.stdout
    assert sorted(index_ids(site)) == ["acme-tools-coo", "acme-tools-director-of-operations"]


def test_check_with_a_failing_posting_lists_no_extra_files(runner, site, tmp_path):
    (tmp_path / "acme.yaml").write_text(COMPANY.replace("GBP", "XYZ"), encoding="utf-8")
    result = batch(runner, "--check")
    assert result.exit_code == 1
    assert "extra:" not in result.stderr


# ------------------------------------------------ prune never leaves the folder


def _record(site: Path, names: list[str]) -> None:
    data = json.loads((site / ".jdgen-files.json").read_text())
    data["files"].extend(names)
    (site / ".jdgen-files.json").write_text(json.dumps(data), encoding="utf-8")


def test_a_tampered_record_never_gets_anything_outside_removed(runner, site, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    victims = {name: outside / name for name in ("a-coo.md", "b-coo.md", "c-coo.md")}
    for path in victims.values():
        path.write_text("precious", encoding="utf-8")
    (site / "link-coo.md").symlink_to(victims["c-coo.md"])
    (site / "nested").mkdir()
    (site / "nested" / "d-coo.md").write_text("precious", encoding="utf-8")
    _record(site, [f"../outside/{'a-coo.md'}", str(victims["b-coo.md"]), "link-coo.md",
                   "nested/d-coo.md", "nested", "..", ".", "", "../outside", "/"])
    result = batch(runner, "--prune")
    no_traceback(result)
    assert result.exit_code == 0, result.stderr
    assert "Removed" not in result.stdout
    assert all(path.read_text(encoding="utf-8") == "precious" for path in victims.values())
    assert (site / "link-coo.md").is_symlink()
    assert (site / "nested" / "d-coo.md").is_file()


def test_a_record_that_is_a_link_to_another_folder_s_record_prunes_nothing_there(
        runner, site, tmp_path):
    """The record names files of *this* folder only; a link to another record changes nothing."""
    other = tmp_path / "other"
    other.mkdir()
    (other / "x-coo.md").write_text("precious", encoding="utf-8")
    (other / ".jdgen-files.json").write_text(json.dumps({"files": ["x-coo.md"]}))
    (site / ".jdgen-files.json").unlink()
    (site / ".jdgen-files.json").symlink_to(other / ".jdgen-files.json")
    result = batch(runner, "--prune")
    no_traceback(result)
    assert (other / "x-coo.md").read_text(encoding="utf-8") == "precious"
    assert json.loads((other / ".jdgen-files.json").read_text()) == {"files": ["x-coo.md"]}


def test_a_posting_file_replaced_by_a_link_is_not_pruned(runner, site, tmp_path):
    outside = tmp_path / "mine.md"
    outside.write_text("precious", encoding="utf-8")
    (tmp_path / "postings.yaml").write_text(manifest("{role: coo, company: acme.yaml}",
                                                     "{role: director-of-operations, "
                                                     "company: acme.yaml}"), encoding="utf-8")
    os.unlink(site / "bolt-works-coo.md")
    (site / "bolt-works-coo.md").symlink_to(outside)
    result = batch(runner, "--prune")
    no_traceback(result)
    assert outside.read_text(encoding="utf-8") == "precious"
    assert (site / "bolt-works-coo.md").is_symlink()
    assert not (site / "bolt-works-coo.html").exists()
