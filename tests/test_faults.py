"""Fault injection: killed processes, vanishing templates, two builds at once.

Property: every posting file on disk is either absent, the old good version or
the new complete one; temporary files do not outlive a build.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest

from jdgen.site.batch import Settings, run_batch

COMPANY = "name: Acme Tools\nindustry: retail\nlocations:\n  - city: Leeds\n    country: GB\n"


def manifest(folder: Path, count: int, formats: str = "[md, docx]") -> Path:
    (folder / "acme.yaml").write_text(COMPANY, encoding="utf-8")
    lines = ["defaults:", "  company: acme.yaml", f"  formats: {formats}",
             "  date: 2026-11-25", "postings:"]
    for i in range(count):
        lines += [f"  - role: {'coo' if i % 2 else 'doo'}", f"    id: posting-{i:04d}"]
    path = folder / "postings.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def assert_complete(site: Path) -> int:
    """Every file is whole: Markdown ends with its last section, DOCX opens."""
    count = 0
    for path in site.iterdir():
        assert not path.name.endswith(".tmp") or path.name.startswith("."), path
        if path.suffix == ".md" and path.name != "index.md":
            text = path.read_text(encoding="utf-8")
            assert text.rstrip().endswith(("provide it.", "make them.")), path
            count += 1
        elif path.suffix == ".docx":
            with zipfile.ZipFile(path) as archive:
                assert archive.testzip() is None
            assert docx.Document(io.BytesIO(path.read_bytes())).paragraphs[0].text
            count += 1
    return count


def start(folder: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "jdgen", "build", "--manifest", "postings.yaml",
         "--out", "site", *extra],
        cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "CI": "1"},
    )


def wait_for_files(site: Path, at_least: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if site.is_dir() and len(list(site.glob("*.docx"))) >= at_least:
            return
        time.sleep(0.02)
    pytest.fail("the build did not start writing in time")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_terminated_batch_leaves_only_complete_files(tmp_path, sig):
    manifest(tmp_path, 2000)  # long enough that the signal always lands mid-build
    process = start(tmp_path)
    wait_for_files(tmp_path / "site", 3)
    process.send_signal(sig)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err.decode()
    assert b"Error: interrupted; files already written are complete" in err
    assert b"Traceback" not in err
    site = tmp_path / "site"
    assert [p for p in site.iterdir() if p.name.endswith(".tmp")] == []
    assert 0 < assert_complete(site) < 4000


def test_killed_batch_never_leaves_half_files_and_the_next_build_cleans_up(tmp_path):
    manifest(tmp_path, 400)
    process = start(tmp_path)
    wait_for_files(tmp_path / "site", 3)
    process.kill()  # SIGKILL: no chance to clean up
    process.communicate(timeout=60)
    site = tmp_path / "site"
    assert_complete(site)  # a temp file may remain, but every real file is whole
    finished = subprocess.run(
        [sys.executable, "-m", "jdgen", "build", "--manifest", "postings.yaml", "--out", "site",
         "--quiet"], cwd=tmp_path, capture_output=True, check=False)
    assert finished.returncode == 0, finished.stderr.decode()
    assert [p.name for p in site.iterdir() if p.name.endswith(".tmp")] == []
    assert assert_complete(site) == 800


def test_two_builds_into_one_folder_at_once(tmp_path):
    manifest(tmp_path, 60)
    first, second = start(tmp_path), start(tmp_path)
    for process in (first, second):
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
    site = tmp_path / "site"
    assert [p.name for p in site.iterdir() if p.name.endswith(".tmp")] == []
    assert assert_complete(site) == 120
    check = subprocess.run(
        [sys.executable, "-m", "jdgen", "build", "--manifest", "postings.yaml", "--out", "site",
         "--check"], cwd=tmp_path, capture_output=True, check=False)
    assert check.returncode == 0, check.stderr.decode()


def test_a_template_that_disappears_mid_run(tmp_path):
    path = manifest(tmp_path, 6, formats="[md]")
    templates = tmp_path / "templates"
    templates.mkdir()
    override = templates / "posting.md.j2"
    override.write_text('{% extends "builtin/posting.md.j2" %}\n'
                        "{% block eeo %}\n## Fair hiring\n\nWe hire on merit; "
                        "tell us if you need an adjustment and we will provide it.\n"
                        "{% endblock %}\n",
                        encoding="utf-8")

    def vanish(outcome: object) -> None:
        if override.exists():
            override.unlink()

    report = run_batch(path, tmp_path / "site", Settings(templates_dirs=(templates,)),
                       on_posting=vanish)
    assert report.ok, report.postings
    texts = [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "site").glob("*.md"))
             if p.name != "index.md"]
    assert len(texts) == 6
    assert all("## Fair hiring" in text for text in texts)  # one template for the whole run
