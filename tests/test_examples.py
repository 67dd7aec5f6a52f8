"""The rendered examples in examples/postings are exactly what jdgen produces today."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from jdgen.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

BUILDS = [
    ["director-of-operations", "--company-file", "companies/northwind-traders.yaml",
     "--focus", "supply-chain", "--team-size", "25", "--reports-to", "Chief Operating Officer"],
    ["coo", "--company-file", "companies/bluebird-health.yaml", "--team-size", "60",
     "--reports-to", "CEO"],
]


@pytest.mark.parametrize("args", BUILDS, ids=["northwind", "bluebird"])
def test_examples_are_current(runner, tmp_path, monkeypatch, args, update_testdata):
    shutil.copytree(EXAMPLES / "companies", tmp_path / "companies")
    (tmp_path / "postings").mkdir()
    result = runner.invoke(
        main, ["build", *args, "--date", "2026-11-25", "-f", "md", "-f", "docx",
               "--out", "postings"], catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    built = sorted((tmp_path / "postings").iterdir())
    assert [p.suffix for p in built] == [".docx", ".md"]
    for path in built:
        committed = EXAMPLES / "postings" / path.name
        if update_testdata:
            committed.write_bytes(path.read_bytes())
        assert committed.read_bytes() == path.read_bytes(), f"{committed} is stale"
