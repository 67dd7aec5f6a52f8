"""Incremental builds against a cold build, measured in the same run on the same machine.

Run from the repository root with jdgen installed::

    python benchmarks/incremental.py                  # 3,000 postings (minutes)
    python benchmarks/incremental.py --count 300      # a quick look
    python benchmarks/incremental.py --json out.json  # the figures as JSON too

Three builds of one careers site (HTML pages, JSON-LD, Markdown, the index,
sitemap and feeds), each in a fresh interpreter so none inherits another's
caches: a cold build into an empty folder, a rebuild with nothing changed, and
``--check`` of the result. Each is timed inside its interpreter around the
build alone. The figures that matter are the ratios to the cold build; the
target (under 10% each) is printed beside them, met or not. Nothing here
asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

TARGET = 0.10
INDUSTRIES = ("logistics", "manufacturing", "software", "retail", "healthcare")
PLACES = ("Denver, CO, US", "Austin, TX, US", "Leeds, United Kingdom", "Toronto, ON, Canada",
          "Berlin, Germany")
EPOCH = "1796083200"  # 2026-12-01: every build of the run is dated the same day

CHILD = """
import json, resource, sys, time
from pathlib import Path
from jdgen.site.batch import Settings, run_batch
start = time.perf_counter()
report = run_batch(Path(sys.argv[1]), Path(sys.argv[2]), Settings(), check=sys.argv[3] == "1")
seconds = time.perf_counter() - start
rendered = sum(1 for row in report.postings if row["rendered"])
print(json.dumps({"seconds": seconds, "failed": report.failed, "ok": report.ok,
                  "rendered": rendered, "written": len(report.written),
                  "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def manifest(count: int, formats: str, folder: Path) -> Path:
    """A site of ``count`` different postings in ``formats``."""
    lines = ["site:", "  title: Careers", "  base_url: https://example.com/jobs/",
             "  feeds: [atom, indeed, linkedin]", "defaults:", f"  formats: [{formats}]",
             "  valid_for_days: 60", "  apply_url: https://example.com/apply", "postings:"]
    for n in range(count):
        low = 90_000 + (n % 40) * 1_000
        lines += [f"  - role: {'coo' if n % 2 else 'director-of-operations'}",
                  f"    id: job-{n:05d}",
                  f"    company_name: Company {n:05d}",
                  f"    industry: {INDUSTRIES[n % len(INDUSTRIES)]}",
                  f"    location: {PLACES[n % len(PLACES)]}",
                  f"    salary: {low}-{low + 30_000}",
                  f"    team_size: {5 + n % 90}"]
    path = folder / f"site-{count}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def timed(path: Path, out: Path, check: bool) -> dict[str, Any]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), str(out),
                           "1" if check else "0"], capture_output=True, text=True, env=env,
                          check=False)
    if done.returncode != 0:
        raise SystemExit(f"benchmark build failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if result["failed"]:
        raise SystemExit(f"benchmark build failed: {result['failed']} postings did not build")
    return result


def run(count: int, formats: str) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="jdgen-incremental-"))
    try:
        path = manifest(count, formats, work)
        out = work / "site"
        cold = timed(path, out, check=False)
        rebuild = timed(path, out, check=False)
        check = timed(path, out, check=True)
        if not check["ok"]:
            raise SystemExit("--check after a rebuild found the site out of date")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"postings": count, "formats": formats, "cold": cold, "rebuild": rebuild,
            "check": check, "rebuild_ratio": rebuild["seconds"] / cold["seconds"],
            "check_ratio": check["seconds"] / cold["seconds"], "target": TARGET}


def table(results: dict[str, Any]) -> str:
    rows = [f"{results['postings']:,} postings ({results['formats']}), same machine, same run:",
            f"  cold build          {results['cold']['seconds']:8.2f} s   "
            f"{results['cold']['rendered']:>6} rendered",
            f"  no-change rebuild   {results['rebuild']['seconds']:8.2f} s   "
            f"{results['rebuild']['rendered']:>6} rendered, "
            f"{results['rebuild']['written']} files written",
            f"  --check             {results['check']['seconds']:8.2f} s   "
            f"{results['check']['rendered']:>6} rendered"]
    for label, key in (("rebuild / cold", "rebuild_ratio"), ("--check / cold", "check_ratio")):
        ratio = results[key]
        verdict = "met" if ratio < TARGET else "NOT met"
        rows.append(f"  {label:<18}  {ratio:8.1%}   target < {TARGET:.0%}: {verdict}")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=3000, help="postings (default 3000)")
    parser.add_argument("--formats", default="md, html, json",
                        help="formats of every posting (default: md, html, json)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    results = run(args.count, args.formats)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
