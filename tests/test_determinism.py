"""Determinism audit: the same inputs give the same bytes whatever the environment."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

ENVIRONMENTS = [
    {"TZ": "UTC", "LANG": "C.UTF-8", "PYTHONHASHSEED": "0"},
    {"TZ": "Pacific/Kiritimati", "LANG": "tr_TR.UTF-8", "PYTHONHASHSEED": "12345"},
    {"TZ": "America/Adak", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8",
     "PYTHONHASHSEED": "random"},
]


def tree(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def jdgen(cwd: Path, env: dict[str, str], *args: str) -> None:
    result = subprocess.run([sys.executable, "-m", "jdgen", *args], cwd=cwd,
                            env={**os.environ, **env, "CI": "1"},
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("jobs", ["1", "3"])
def test_same_bytes_across_time_zones_locales_and_hash_seeds(tmp_path, jobs):
    examples = REPO / "examples"
    results = []
    for number, env in enumerate(ENVIRONMENTS):
        out = tmp_path / f"site{number}"
        jdgen(examples, env, "build", "--manifest", "postings.yaml", "--out", str(out),
              "--jobs", jobs, "--quiet")
        single = tmp_path / f"single{number}"
        jdgen(examples, env, "build", "coo", "--company-file", "companies/kite-and-key.yaml",
              "--date", "2026-11-25", "-f", "md", "-f", "docx", "-f", "html", "-f", "json",
              "--out", str(single))
        results.append((tree(out), tree(single)))
    assert all(result == results[0] for result in results)
    assert len(results[0][0]) == 42 and len(results[0][1]) == 4


def test_committed_example_site_matches_a_parallel_build(tmp_path):
    jdgen(REPO / "examples", {}, "build", "--manifest", "postings.yaml", "--out",
          str(tmp_path / "site"), "--jobs", "4", "--quiet")
    committed = tree(REPO / "examples" / "site")
    built = tree(tmp_path / "site")
    assert built == committed
