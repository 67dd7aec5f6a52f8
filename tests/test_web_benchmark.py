"""benchmarks/web.py runs (quickly) and reports every figure; it asserts no times."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "web.py"


def test_web_benchmark_reports_preview_time_against_its_target(tmp_path):
    pytest.importorskip("starlette", reason="the web extra is not installed")
    pytest.importorskip("uvicorn", reason="the web extra is not installed")
    out = tmp_path / "web.json"
    done = subprocess.run([sys.executable, str(SCRIPT), "--quick", "--json", str(out)],
                          capture_output=True, text=True, check=True, timeout=300)
    assert "preview update" in done.stdout and "target of 100 ms" in done.stdout
    results = json.loads(out.read_text("utf-8"))
    assert set(results["postings"]) == {"us", "uk", "ca"}
    for row in results["postings"].values():
        assert row["preview_ms"] > 0 and row["build_alone_ms"] > 0 and row["docx_ms"] > 0
    assert results["startup_ms"] > 0 and results["preview_vs_target"] > 0
