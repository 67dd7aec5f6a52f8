"""jdgen benchmarks: start-up, single builds, batches and memory, side by side.

Run from the repository root with jdgen installed::

    python benchmarks/run.py                 # full run (500 and 5,000 postings)
    python benchmarks/run.py --quick         # small sizes, few repeats: seconds, not minutes
    python benchmarks/run.py --json out.json # where results go (default benchmarks/results.json)

Every figure is a median over repeated runs, and the headline figures are
ratios between things measured in the same run on the same machine (jdgen
against pandoc, a bare interpreter, ``import click`` and plain zipping), so
they mean something on any computer. Nothing here asserts a time: the
targets are printed next to the measurements, marked met or not.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

DATE = "2026-11-25"
FORMATS = ("md", "docx", "html")
INDUSTRIES = ("logistics", "manufacturing", "software", "retail", "healthcare", "hospitality")
PLACES = ("Denver, CO", "Austin, TX", "Leeds, United Kingdom", "Columbus, OH", "Remote")
FOCUS = ("supply-chain", "process-optimization", "logistics")
SINGLE = "jdgen build coo --company Acme (docx)"
COLD = "the same, first run on a machine (empty cache)"
PANDOC = "pandoc posting.md -o posting.docx"

# Run in a fresh interpreter for each batch, so peak memory belongs to that batch alone.
BATCH_CHILD = """
import json, resource, sys, time
from pathlib import Path
from jdgen.site.batch import Settings, run_batch
start = time.perf_counter()
report = run_batch(Path(sys.argv[1]), Path(sys.argv[2]), Settings())
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_SELF)
workers = resource.getrusage(resource.RUSAGE_CHILDREN)  # typst's processes, once ended
print(json.dumps({"seconds": seconds, "failed": report.failed, "peak_rss_kb": usage.ru_maxrss,
                  "worker_peak_rss_kb": workers.ru_maxrss,
                  "cpu_seconds": usage.ru_utime + usage.ru_stime + workers.ru_utime
                  + workers.ru_stime}))
"""


# ----------------------------------------------------------------- helpers


def jdgen_command() -> list[str]:
    """The installed ``jdgen`` script next to this interpreter, else ``python -m jdgen``."""
    script = Path(sys.executable).with_name("jdgen")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "jdgen"]


def child_env(cache: Path) -> dict[str, str]:
    """The environment every measured process runs in.

    Bytecode may be written (as after ``pip install``), and jdgen's per-user
    cache is a folder of this run's own, so nothing outside the run is read.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["JDGEN_CACHE_DIR"] = str(cache)
    return env


def once_ms(command: Sequence[str], cwd: Path, env: Mapping[str, str]) -> float:
    """Whole-process wall time of one run of ``command``, in milliseconds."""
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def wall_ms(commands: Mapping[str, Sequence[str]], repeat: int, cwd: Path,
            env: Mapping[str, str]) -> dict[str, float]:
    """Median whole-process wall time of each command, in milliseconds.

    The commands take turns, round after round, so a slow moment on the
    machine falls on all of them alike; a first round warms caches and is
    not counted.
    """
    times: dict[str, list[float]] = {name: [] for name in commands}
    for attempt in range(repeat + 1):
        for name, command in commands.items():
            took = once_ms(command, cwd, env)
            if attempt:
                times[name].append(took)
    return {name: statistics.median(values) for name, values in times.items()}


def settle_disk() -> None:
    """Let the disk finish writing what earlier runs wrote, so no run pays for another's."""
    if hasattr(os, "sync"):
        os.sync()
    time.sleep(0.5)


def in_process_ms(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a is not None and b else None


# ---------------------------------------------------------------- sections


def startup(repeat: int, cwd: Path, env: dict[str, str]) -> dict[str, float]:
    """``jdgen --version`` / ``--help`` against a bare interpreter and ``import click``."""
    return wall_ms({
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import click'": [sys.executable, "-c", "import click"],
        "jdgen --version": [*jdgen_command(), "--version"],
        "jdgen --help": [*jdgen_command(), "--help"],
    }, repeat, cwd, env)


def single(repeat: int, cwd: Path, pandoc: str | None,
           env: dict[str, str]) -> dict[str, float | None]:
    """One DOCX, whole process: jdgen against pandoc on the same Markdown.

    The first build on a machine also prepares python-docx's template and
    compiles the templates for the per-user cache; that figure is measured
    apart, each time with an empty cache.
    """
    build = [*jdgen_command(), "build", "coo", "--company", "Acme", "--date", DATE]
    subprocess.run([*build, "-f", "md", "-o", "posting.md"], cwd=cwd, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    commands = {SINGLE: build}
    if pandoc:
        commands[PANDOC] = [pandoc, "posting.md", "-o", "posting.docx"]
    result: dict[str, float | None] = {PANDOC: None, **wall_ms(commands, repeat, cwd, env)}
    cold = []
    for attempt in range(max(3, repeat // 3)):
        empty = dict(env, JDGEN_CACHE_DIR=str(cwd / f"cold-cache-{attempt}"))
        cold.append(once_ms(build, cwd, empty))
        shutil.rmtree(cwd / f"cold-cache-{attempt}", ignore_errors=True)
    result[COLD] = statistics.median(cold)
    return {name: result[name] for name in (SINGLE, COLD, PANDOC)}


def zip_floor(docx: Path, repeat: int) -> float:
    """Per document: deflating and zipping the finished parts of one posting, nothing else."""
    with zipfile.ZipFile(docx) as archive:
        parts = [(name, archive.read(name)) for name in archive.namelist()]

    def write() -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            for name, data in parts:
                out.writestr(name, data)
        return buffer.getvalue()

    return in_process_ms(write, repeat)


def manifest(count: int, fmt: str, folder: Path) -> Path:
    """A manifest of ``count`` different postings, all in ``fmt``."""
    lines = ["defaults:", f"  formats: [{fmt}]", f"  date: {DATE}", "postings:"]
    for n in range(count):
        low = 120_000 + (n % 40) * 1_000
        lines += [
            f"  - role: {'coo' if n % 2 else 'director-of-operations'}",
            f"    company_name: Company {n:05d}",
            f"    industry: {INDUSTRIES[n % len(INDUSTRIES)]}",
            f"    location: {PLACES[n % len(PLACES)]}",
            f"    salary: {low}-{low + 40_000}",
            f"    team_size: {5 + n % 90}",
        ]
        if n % 2 == 0:
            lines.append(f"    focus: {FOCUS[n // 2 % len(FOCUS)]}")
    path = folder / f"manifest-{count}-{fmt}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def batch(count: int, fmt: str, repeat: int, work: Path, env: dict[str, str],
          one_cpu: bool = False) -> dict[str, float]:
    """Per-posting milliseconds (wall and CPU) and peak RSS for ``count`` postings in ``fmt``.

    With ``one_cpu``, the batch process may run on one CPU only (where the
    system lets a process choose), as on a one-CPU CI runner.
    """
    path = manifest(count, fmt, work)
    seconds, cpu, peaks, worker_peaks = [], [], [], []
    pin = _one_cpu if one_cpu and hasattr(os, "sched_setaffinity") else None
    for attempt in range(repeat):
        out = work / f"out-{count}-{fmt}-{attempt}{'-1cpu' if pin else ''}"
        settle_disk()
        done = subprocess.run([sys.executable, "-c", BATCH_CHILD, str(path), str(out)],
                              env=env, check=True, capture_output=True, text=True,
                              preexec_fn=pin)
        data = json.loads(done.stdout.strip().splitlines()[-1])
        if data["failed"]:
            raise SystemExit(f"benchmark batch failed: {data['failed']} postings did not build")
        seconds.append(data["seconds"])
        cpu.append(data["cpu_seconds"])
        peaks.append(data["peak_rss_kb"])
        worker_peaks.append(data.get("worker_peak_rss_kb", 0))
        # The folder stays until the whole run ends: deleting thousands of files
        # makes the file system busy for a while, and the next run would pay for it.
    return {"ms_per_posting": statistics.median(seconds) * 1000 / count,
            "cpu_ms_per_posting": statistics.median(cpu) * 1000 / count,
            "peak_rss_mb": statistics.median(peaks) / 1024,
            "worker_peak_rss_mb": statistics.median(worker_peaks) / 1024}


def _one_cpu() -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


# ----------------------------------------------------------------- the run


def run(sizes: Sequence[int], repeat: int, batch_repeat: int) -> dict[str, Any]:
    pandoc = shutil.which("pandoc")
    with tempfile.TemporaryDirectory(prefix="jdgen-bench-") as tmp:
        work = Path(tmp)
        env = child_env(work / "cache")
        results: dict[str, Any] = {
            "machine": {"python": platform.python_version(), "system": platform.system(),
                        "cpus": os.cpu_count(), "pandoc": pandoc is not None},
            "startup_ms": startup(repeat, work, env),
            "single_ms": single(repeat, work, pandoc, env),
        }
        subprocess.run([*jdgen_command(), "build", "coo", "--company", "Acme", "--date", DATE],
                       cwd=work, env=env, check=True, stdout=subprocess.DEVNULL)
        results["zip_floor_ms"] = zip_floor(work / "acme-coo.docx", max(repeat, 20))
        results["batch"] = {str(n): {fmt: batch(n, fmt, batch_repeat, work, env)
                                     for fmt in FORMATS} for n in sizes}
    results["ratios"] = ratios(results, sizes)
    return results


def ratios(results: dict[str, Any], sizes: Sequence[int]) -> dict[str, float | None]:
    start, one = results["startup_ms"], results["single_ms"]
    pandoc = one[PANDOC]
    big = results["batch"][str(max(sizes))]
    small = results["batch"][str(min(sizes))]
    docx = big["docx"]["ms_per_posting"]
    return {
        "--version / import click": ratio(start["jdgen --version"],
                                          start["python -c 'import click'"]),
        "--help / import click": ratio(start["jdgen --help"], start["python -c 'import click'"]),
        "single build / pandoc": ratio(one[SINGLE], pandoc),
        "first single build on a machine / pandoc": ratio(one[COLD], pandoc),
        "single build / python -c pass": ratio(one[SINGLE], start["python -c pass"]),
        "pandoc per doc / batch docx per posting": ratio(pandoc, docx),
        "batch docx per posting / zip floor": ratio(docx, results["zip_floor_ms"]),
        "peak RSS largest / smallest batch": max(
            ratio(big[f]["peak_rss_mb"], small[f]["peak_rss_mb"]) or 0.0 for f in FORMATS),
    }


TARGETS = (  # (ratio or figure, limit, "max" or "min")
    ("--version / import click", 1.5, "max"),
    ("--help / import click", 1.5, "max"),
    ("single build / pandoc", 4.0, "max"),
    ("pandoc per doc / batch docx per posting", 10.0, "min"),
    ("peak RSS largest / smallest batch", 1.2, "max"),
    ("batch docx ms per posting", 5.0, "max"),
    ("batch md ms per posting", 2.0, "max"),
    ("batch html ms per posting", 2.0, "max"),
)


def table(results: dict[str, Any]) -> str:
    """The results as a Markdown table (what the README shows)."""
    rows = ["| measurement | median |", "|---|---:|"]
    for name, value in {**results["startup_ms"], **results["single_ms"]}.items():
        shown = "skipped (no pandoc)" if value is None else f"{value:.0f} ms"
        rows.append(f"| `{name}` | {shown} |")
    rows.append("| zip the finished parts of one DOCX (the floor) | "
                f"{results['zip_floor_ms']:.1f} ms |")
    for size, formats in results["batch"].items():
        for fmt, data in formats.items():
            rows.append(f"| batch of {int(size):,}, {fmt} | "
                        f"{data['ms_per_posting']:.2f} ms/posting, "
                        f"peak {data['peak_rss_mb']:.0f} MB |")
    rows += ["", "| ratio | value | target |", "|---|---:|---|"]
    figures = dict(results["ratios"])
    largest = results["batch"][max(results["batch"], key=int)]
    for fmt in FORMATS:
        figures[f"batch {fmt} ms per posting"] = round(largest[fmt]["ms_per_posting"], 2)
    for name, limit, kind in TARGETS:
        value = figures.get(name)
        if value is None:
            rows.append(f"| {name} | n/a | {'≤' if kind == 'max' else '≥'} {limit} |")
            continue
        met = value <= limit if kind == "max" else value >= limit
        rows.append(f"| {name} | {value} | {'≤' if kind == 'max' else '≥'} {limit} "
                    f"({'met' if met else 'NOT met'}) |")
    for name in ("first single build on a machine / pandoc", "single build / python -c pass",
                 "batch docx per posting / zip floor"):
        rows.append(f"| {name} | {figures[name]} | (context) |")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true",
                        help="small batches and few repeats (what CI runs)")
    parser.add_argument("--sizes", help="batch sizes, comma-separated (default 500,5000)")
    parser.add_argument("--repeat", type=int, help="repeats for whole-process timings")
    parser.add_argument("--batch-repeat", type=int, help="repeats for each batch")
    parser.add_argument("--json", type=Path, default=Path(__file__).with_name("results.json"),
                        help="where to write the results as JSON")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in (args.sizes or ("20,40" if args.quick else "500,5000")).split(",")]
    repeat = args.repeat or (3 if args.quick else 15)
    batch_repeat = args.batch_repeat or (1 if args.quick else 3)
    results = run(sizes, repeat, batch_repeat)
    if not results["machine"]["pandoc"]:
        print("note: pandoc is not installed, so the pandoc comparisons are skipped "
              "(apt-get install pandoc to include them)")
    print(table(results))
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
