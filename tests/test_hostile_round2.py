"""Issue 28, medium and low items: links out of folders, overlays, template time, reports.

Each class has the report's attack and a second variant of our own.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jdgen.cli import main

BUILD = ["build", "coo", "--company", "Acme", "--location", "Leeds", "--onsite",
         "--date", "2026-11-25", "-f", "md"]
SECRET = "JDGEN_TEST_SECRET_VALUE"


def errors(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Error")]


def assert_one_error(result, *words: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = errors(result)
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    assert SECRET not in result.output


# ------------------------------------------------------------ item 4: links out of folders


def _secret_file(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir(exist_ok=True)
    secret = outside / "secret.txt"
    secret.write_text(f"{SECRET}\n")
    return secret


def _templates(tmp_path: Path) -> Path:
    folder = tmp_path / "custom"
    folder.mkdir()
    return folder


TEMPLATE_LINKS = {
    # the report's: the posting template itself is a link to a file outside
    "posting-links-out": lambda folder, secret: (folder / "posting.md.j2").symlink_to(secret),
    # relative, through ..
    "relative-link-out": lambda folder, secret: (folder / "posting.md.j2").symlink_to(
        Path("..") / "outside" / "secret.txt"),
    # an included file that is a link, from an ordinary template
    "included-link-out": lambda folder, secret: (
        (folder / "posting.md.j2").write_text('{% include "part.j2" %}\n'),
        (folder / "part.j2").symlink_to(secret)),
    # a linked sub-folder that leads out
    "linked-folder-out": lambda folder, secret: (
        (folder / "posting.md.j2").write_text('{% include "parts/secret.txt" %}\n'),
        (folder / "parts").symlink_to(secret.parent)),
    # a chain: a link to a link inside the folder, that one leading out
    "chain-out": lambda folder, secret: (
        (folder / "hop.j2").symlink_to(secret),
        (folder / "posting.md.j2").symlink_to(folder / "hop.j2")),
}


@pytest.mark.parametrize("name", sorted(TEMPLATE_LINKS))
def test_a_template_that_links_out_of_its_folder_is_refused_unread(runner, tmp_path, name):
    secret = _secret_file(tmp_path)
    folder = _templates(tmp_path)
    TEMPLATE_LINKS[name](folder, secret)
    result = runner.invoke(main, [*BUILD, "--templates-dir", "custom", "-o", "-"])
    assert_one_error(result, "symbolic link to a file outside its templates folder")
    assert SECRET not in result.stdout


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
def test_a_template_linked_to_the_process_environment_is_refused(runner, tmp_path,
                                                                   monkeypatch):
    monkeypatch.setenv("JDGEN_CI_TOKEN", SECRET)
    folder = _templates(tmp_path)
    (folder / "posting.md.j2").symlink_to("/proc/self/environ")
    result = runner.invoke(main, [*BUILD, "-f", "md", "-f", "html", "--templates-dir",
                                  "custom"])
    assert_one_error(result, "custom/posting.md.j2", "outside its templates folder")
    assert not list(tmp_path.glob("acme-coo.*"))


def test_a_link_to_another_template_of_the_same_folder_is_fine(runner, tmp_path):
    folder = _templates(tmp_path)
    (folder / "mine.j2").write_text("Our own posting for {{ posting.company }}\n")
    (folder / "posting.md.j2").symlink_to("mine.j2")
    result = runner.invoke(main, [*BUILD, "--templates-dir", "custom", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "Our own posting for Acme" in result.stdout


def test_a_templates_folder_that_is_itself_a_link_is_fine(runner, tmp_path):
    real = tmp_path / "real-templates"
    real.mkdir()
    (real / "posting.md.j2").write_text("Linked folder for {{ posting.company }}\n")
    (tmp_path / "custom").symlink_to(real)
    result = runner.invoke(main, [*BUILD, "--templates-dir", "custom", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "Linked folder for Acme" in result.stdout


def test_a_broken_or_looping_template_link_is_one_error(runner, tmp_path):
    folder = _templates(tmp_path)
    (folder / "posting.md.j2").symlink_to(folder / "posting.md.j2")
    result = runner.invoke(main, [*BUILD, "--templates-dir", "custom", "-o", "-"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", ["link-out", "relative-link-out"])
def test_a_sheet_s_site_file_that_links_out_is_refused(runner, tmp_path, name):
    work = tmp_path / "work"
    work.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "site.yaml").write_text(f"title: {SECRET}\n")
    (work / "postings.csv").write_text("role,company\ncoo,Acme\n")
    os.chdir(work)
    if name == "link-out":
        (work / "postings.site.yaml").symlink_to(outside / "site.yaml")
    else:
        (work / "postings.site.yaml").symlink_to(Path("..") / "outside" / "site.yaml")
    result = runner.invoke(main, ["build", "--manifest", "postings.csv", "--out", "site"])
    assert_one_error(result, "postings.site.yaml", "outside the sheet's folder")
    assert not (work / "site").exists()


def test_a_site_file_linked_inside_the_sheet_s_folder_is_read(runner, tmp_path):
    (tmp_path / "settings").mkdir()
    (tmp_path / "settings" / "site.yaml").write_text("title: Careers at Acme\n")
    (tmp_path / "postings.csv").write_text("role,company\ncoo,Acme\n")
    (tmp_path / "postings.site.yaml").symlink_to(Path("settings") / "site.yaml")
    result = runner.invoke(main, ["build", "--manifest", "postings.csv", "--out", "site"])
    assert result.exit_code == 0, result.output
    assert "Careers at Acme" in (tmp_path / "site" / "index.md").read_text()


def test_a_site_file_that_is_a_fifo_is_refused_without_waiting(runner, tmp_path):
    (tmp_path / "postings.csv").write_text("role,company\ncoo,Acme\n")
    os.mkfifo(tmp_path / "postings.site.yaml")
    result = runner.invoke(main, ["build", "--manifest", "postings.csv", "--out", "site"])
    assert_one_error(result, "postings.site.yaml: not a regular file")
