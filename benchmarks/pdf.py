"""jdgen's PDF output against LibreOffice converting the same DOCX, in one run.

Run from the repository root with ``jdgen[pdf]`` installed::

    python benchmarks/pdf.py                # 500 postings, 5 repeats of single builds
    python benchmarks/pdf.py --quick        # 40 postings, seconds not minutes
    python benchmarks/pdf.py --json out.json

Measured side by side, medians:

* one PDF build, whole process (``jdgen build coo --company Acme -f pdf``),
  next to the same DOCX build;
* a batch of N postings as PDF and as DOCX: milliseconds per posting (wall
  clock and CPU, the typesetting processes' included) and peak memory (of the
  batch's process, and of the largest typesetting process), each batch in a
  fresh interpreter; the PDF
  batch also pinned to one CPU, since it typesets on a thread per CPU;
* LibreOffice headless converting DOCX files of that batch to PDF: one
  document (whole process), and a sample of the batch in one ``soffice`` call
  (its per-document time, start-up shared across the sample);
* when WeasyPrint is installed, the same posting's HTML page printed by it,
  in process (the engine jdgen did not choose; see the README).

The target is printed next to the figure: batch PDF per posting at most 0.1x
LibreOffice's time per document. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from run import DATE, batch, child_env, jdgen_command, wall_ms  # noqa: E402

TARGET = 0.1
SINGLE_PDF = "jdgen build coo --company Acme -f pdf"
SINGLE_DOCX = "jdgen build coo --company Acme -f docx"
SOFFICE_ONE = "soffice --headless --convert-to pdf (one DOCX)"


def libreoffice(soffice: str, docs: list[Path], work: Path, repeat: int) -> dict[str, float]:
    """One document, whole process; then the sample ``docs`` in one call, per document."""
    profile = f"-env:UserInstallation=file://{work / 'lo-profile'}"
    base = [soffice, profile, "--headless", "--convert-to", "pdf"]
    subprocess.run([*base, "--outdir", str(work / "lo-warm"), str(docs[0])], check=True,
                   capture_output=True)  # the first start makes the profile: not counted
    one = wall_ms({SOFFICE_ONE: [*base, "--outdir", str(work / "lo-one"), str(docs[0])]},
                  repeat, work, {})[SOFFICE_ONE]
    per_doc = []
    for attempt in range(max(1, repeat // 3)):
        out = work / f"lo-batch-{attempt}"
        start = time.perf_counter()
        subprocess.run([*base, "--outdir", str(out), *map(str, docs)], check=True,
                       capture_output=True)
        per_doc.append((time.perf_counter() - start) * 1000 / len(docs))
        if len(list(out.glob("*.pdf"))) != len(docs):
            raise SystemExit("LibreOffice did not convert every document")
    return {"one_document_ms": one, "per_document_in_batch_ms": statistics.median(per_doc),
            "sample": len(docs)}


def weasyprint_ms(html: Path, repeat: int) -> float | None:
    try:
        import weasyprint  # type: ignore[import-not-found]
    except ImportError:
        return None
    text = html.read_text(encoding="utf-8")
    weasyprint.HTML(string=text, base_url=str(html.parent)).write_pdf()  # warm fonts
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        weasyprint.HTML(string=text, base_url=str(html.parent)).write_pdf()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(count: int, repeat: int, sample: int) -> dict[str, Any]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory(prefix="jdgen-pdf-bench-") as tmp:
        work = Path(tmp)
        env = child_env(work / "cache")
        build = [*jdgen_command(), "build", "coo", "--company", "Acme", "--date", DATE]
        subprocess.run([*build, "-f", "html", "-f", "pdf"], cwd=work, env=env, check=True,
                       capture_output=True)
        results: dict[str, Any] = {
            "machine": {"python": platform.python_version(), "system": platform.system(),
                        "cpus": os.cpu_count(), "libreoffice": soffice is not None},
            "single_ms": wall_ms({SINGLE_PDF: [*build, "-f", "pdf"],
                                  SINGLE_DOCX: [*build, "-f", "docx"]}, repeat, work, env),
            "postings": count,
        }
        batches = {}
        for fmt in ("pdf", "docx"):
            batches[fmt] = batch(count, fmt, max(1, repeat // 3), work, env)
        if hasattr(os, "sched_setaffinity"):
            batches["pdf_one_cpu"] = batch(count, "pdf", max(1, repeat // 3), work, env,
                                           one_cpu=True)
        results["batch"] = batches
        results["weasyprint_html_ms"] = weasyprint_ms(work / "acme-coo.html", repeat)
        if soffice:
            docs = sorted((work / f"out-{count}-docx-0").glob("*.docx"))[:sample]
            results["libreoffice"] = libreoffice(soffice, docs, work, repeat)
    lo = results.get("libreoffice")
    results["ratio"] = (round(batches["pdf"]["ms_per_posting"]
                              / lo["per_document_in_batch_ms"], 3) if lo else None)
    one = batches.get("pdf_one_cpu")
    results["ratio_one_cpu"] = (round(one["ms_per_posting"]
                                      / lo["per_document_in_batch_ms"], 3)
                                if lo and one else None)
    return results


def table(results: dict[str, Any]) -> str:
    n = results["postings"]
    pdf, docx = results["batch"]["pdf"], results["batch"]["docx"]
    rows = ["| measurement | median |", "|---|---:|"]
    for name, value in results["single_ms"].items():
        rows.append(f"| `{name}` (whole process) | {value:.0f} ms |")
    rows.append(f"| batch of {n:,}: PDF / DOCX | {pdf['ms_per_posting']:.1f} / "
                f"{docx['ms_per_posting']:.2f} ms per posting |")
    rows.append(f"| CPU time, batch of {n:,}: PDF / DOCX | {pdf['cpu_ms_per_posting']:.1f} / "
                f"{docx['cpu_ms_per_posting']:.2f} ms per posting |")
    one = results["batch"].get("pdf_one_cpu")
    if one:
        rows.append(f"| batch of {n:,} PDF on one CPU | {one['ms_per_posting']:.1f} ms per "
                    f"posting |")
    rows.append(f"| peak memory, batch of {n:,}: PDF / DOCX | {pdf['peak_rss_mb']:.0f} / "
                f"{docx['peak_rss_mb']:.0f} MB |")
    if pdf.get("worker_peak_rss_mb"):
        rows.append(f"| peak memory of one typesetting process (typst), batch of {n:,} | "
                    f"{pdf['worker_peak_rss_mb']:.0f} MB |")
    lo = results.get("libreoffice")
    if lo:
        rows.append(f"| `{SOFFICE_ONE}` | {lo['one_document_ms']:.0f} ms |")
        rows.append(f"| LibreOffice, {lo['sample']} DOCX in one call | "
                    f"{lo['per_document_in_batch_ms']:.0f} ms per document |")
    else:
        rows.append("| LibreOffice | skipped (soffice not installed) |")
    if results["weasyprint_html_ms"] is not None:
        rows.append(f"| WeasyPrint printing the same posting's HTML page (in process) | "
                    f"{results['weasyprint_html_ms']:.0f} ms |")
    ratio = results["ratio"]
    if ratio is None:
        rows.append(f"| batch PDF per posting / LibreOffice per document | n/a | ≤ {TARGET} |")
    else:
        met = "met" if ratio <= TARGET else "NOT met"
        cpus = results["machine"]["cpus"]
        rows += ["", "| ratio | value | target |", "|---|---:|---|",
                 f"| batch PDF per posting ({cpus} CPUs) / LibreOffice per document | "
                 f"{ratio} | ≤ {TARGET} ({met}) |"]
        if results["ratio_one_cpu"] is not None:
            rows.append(f"| the same, PDF batch on one CPU | {results['ratio_one_cpu']} | "
                        f"(for comparison) |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="40 postings, few repeats")
    parser.add_argument("--postings", type=int, help="batch size (default 500)")
    parser.add_argument("--repeat", type=int, help="repeats for whole-process timings")
    parser.add_argument("--sample", type=int, default=40,
                        help="DOCX files LibreOffice converts in one call (default 40)")
    parser.add_argument("--json", type=Path,
                        default=Path(__file__).with_name("results-pdf.json"))
    args = parser.parse_args(argv)
    count = args.postings or (40 if args.quick else 500)
    repeat = args.repeat or (3 if args.quick else 6)
    results = run(count, repeat, min(args.sample, count))
    print(table(results))
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
