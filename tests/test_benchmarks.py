"""The benchmark script runs (tiny sizes) and reports every figure; it asserts no times."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from jdgen.inputs.manifest import load_manifest, posting_spec

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"


def _module():  # the script is not a package module; load it by path
    import importlib.util

    spec = importlib.util.spec_from_file_location("jdgen_benchmarks", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_manifest_is_valid_and_varied(tmp_path):
    path = _module().manifest(12, "docx", tmp_path)
    manifest, doc = load_manifest(path)
    specs = [posting_spec(doc, i, raw) for i, raw in enumerate(manifest.postings)]
    assert len(specs) == 12
    assert manifest.defaults.formats == ["docx"]
    assert {p.role for p in specs} == {"coo", "director-of-operations"}
    assert len({p.company_name for p in specs}) == 12


def test_quick_run_writes_json_and_a_table(tmp_path):
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--sizes", "2,4", "--repeat", "1", "--batch-repeat", "1",
         "--json", str(out)], capture_output=True, text=True, check=True, cwd=tmp_path,
    )
    results = json.loads(out.read_text())
    assert set(results["batch"]) == {"2", "4"}
    assert set(results["batch"]["4"]) == {"md", "docx", "html"}
    assert results["startup_ms"]["jdgen --help"] > 0
    assert "| ratio | value | target |" in done.stdout
    assert "--version / import click" in results["ratios"]


def test_pdf_benchmark_runs_and_reports_every_figure(tmp_path):
    import pytest

    pytest.importorskip("typst")
    out = tmp_path / "pdf.json"
    done = subprocess.run(
        [sys.executable, str(SCRIPT.with_name("pdf.py")), "--postings", "3", "--repeat", "1",
         "--sample", "2", "--json", str(out)], capture_output=True, text=True, check=True,
        cwd=tmp_path, timeout=600,
    )
    results = json.loads(out.read_text())
    pinned = {"pdf_one_cpu"} if hasattr(os, "sched_setaffinity") else set()
    assert set(results["batch"]) == {"pdf", "docx"} | pinned
    assert all(figure["ms_per_posting"] > 0 and figure["cpu_ms_per_posting"] > 0
               for figure in results["batch"].values())
    assert "batch of 3: PDF / DOCX" in done.stdout
    assert "CPU time, batch of 3: PDF / DOCX" in done.stdout
    if results["machine"]["libreoffice"]:
        assert results["libreoffice"]["sample"] == 2
        assert results["ratio"] > 0
        cpus = results["machine"]["cpus"]
        assert f"| batch PDF per posting ({cpus} CPUs) / LibreOffice per document |" in done.stdout
        if pinned:
            assert results["ratio_one_cpu"] > 0
    else:
        assert "skipped (soffice not installed)" in done.stdout
