"""Server time of `jdgen serve`: each preview update, each download, and start-up.

Run from the repository root with ``jdgen[web]`` installed::

    python benchmarks/web.py                 # 60 updates per posting
    python benchmarks/web.py --quick         # 8 updates per posting
    python benchmarks/web.py --json out.json

The app is called in process as an ASGI application (no network, no browser),
so what is measured is the server's own work for one request: reading the
form, building the posting through the same pipeline as ``jdgen build``,
linting it and rendering the page fragment. The updates replay a recruiter
typing: each request changes one field. Measured, medians:

* a preview update (``POST /preview``) for a US, a UK and a Canadian posting;
* the same posting built and linted alone (``jdgen.api``, Markdown), the floor;
* a DOCX download (``POST /`` with ``do=docx``);
* ``jdgen serve`` start-up, process start to the first page served.

The target is printed next to the figure: a preview update under 100 ms.
Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

TARGET_MS = 100.0
TOKEN = "benchmark"
POSTINGS = {
    "us": {"role": "coo", "company_name": "Acme Robotics", "location": "Austin, TX",
           "salary": "$120,000-$150,000", "arrangement": "hybrid", "employees": "40",
           "apply_url": "https://acme.example/jobs", "date": "2026-12-01"},
    "uk": {"role": "director-of-operations", "company_name": "Kite and Key",
           "location": "Leeds, UK", "salary": "£85k-£100k", "focus": "supply-chain",
           "reports_to": "Managing Director", "team_size": "18", "arrangement": "onsite",
           "apply_email": "jobs@kitekey.example", "date": "2026-12-01"},
    "ca": {"role": "coo", "company_name": "Maple Foods", "location": "Toronto, ON, Canada",
           "salary": "120k-140k", "arrangement": "remote", "stage": "growth",
           "apply_url": "https://maple.example/careers", "date": "2026-12-01"},
}


def typing(facts: dict[str, str], count: int) -> list[dict[str, str]]:
    """``count`` forms, each one keystroke on from the last (the company name grows)."""
    forms = []
    for i in range(count):
        name = facts["company_name"] + " " + "abcdefghij"[: i % 10]
        forms.append({**facts, "company_name": name.strip(), "token": TOKEN})
    return forms


async def call(app: Any, path: str, form: dict[str, str]) -> tuple[int, bytes]:
    """One POST straight into the ASGI app; its status and body."""
    body = urllib.parse.urlencode(form).encode()
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": "POST", "scheme": "http", "path": path, "raw_path": path.encode(),
             "query_string": b"", "root_path": "", "client": ("127.0.0.1", 1),
             "server": ("127.0.0.1", 8000),
             "headers": [(b"host", b"127.0.0.1:8000"), (b"origin", b"http://127.0.0.1:8000"),
                         (b"content-type", b"application/x-www-form-urlencoded"),
                         (b"content-length", str(len(body)).encode())]}
    sent = False
    out: dict[str, Any] = {"status": 0, "body": b""}

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            out["status"] = message["status"]
        elif message["type"] == "http.response.body":
            out["body"] += message.get("body", b"")

    await app(scope, receive, send)
    return out["status"], out["body"]


def timed(app: Any, path: str, forms: list[dict[str, str]]) -> list[float]:
    """Milliseconds per request, each form once, after one warm-up."""
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(call(app, path, forms[0]))
        times = []
        for form in forms:
            start = time.perf_counter()
            status, body = loop.run_until_complete(call(app, path, form))
            times.append((time.perf_counter() - start) * 1000)
            if status != 200:
                raise SystemExit(f"{path} answered {status}: {body[:300]!r}")
        return times
    finally:
        loop.close()


def build_floor(facts: dict[str, str], count: int) -> list[float]:
    """The posting alone through jdgen.api (one Builder, Markdown) and its lint, per build."""
    from jdgen.api import Builder, lint_posting

    builder = Builder()
    kwargs: dict[str, Any] = {k: v for k, v in facts.items() if k != "role"}
    for key in ("employees", "team_size"):
        if key in kwargs:
            kwargs[key] = int(kwargs[key])
    builder.posting(facts["role"], facts["company_name"], **kwargs)
    times = []
    for form in typing(facts, count):
        kwargs["company_name"] = form["company_name"]
        start = time.perf_counter()
        lint_posting(builder.posting(facts["role"], form["company_name"], **kwargs))
        times.append((time.perf_counter() - start) * 1000)
    return times


def startup(repeats: int) -> list[float]:
    """``jdgen serve`` from process start to the first page, in milliseconds."""
    times = []
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            with subprocess.Popen([sys.executable, "-m", "jdgen", "serve", "--no-browser"],
                                  cwd=folder, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, text=True,
                                  env={**os.environ, "PYTHONUNBUFFERED": "1"}) as server:
                try:
                    assert server.stdout is not None
                    address = server.stdout.readline().split()[2]
                    with direct.open(address, timeout=30) as reply:
                        reply.read()
                    times.append((time.perf_counter() - start) * 1000)
                finally:
                    server.terminate()
                    server.wait(timeout=30)
    return times


def run(count: int, repeats: int) -> dict[str, Any]:
    from jdgen.web.app import create_app

    folder = Path(tempfile.mkdtemp(prefix="jdgen-web-bench-"))
    app = create_app(folder, TOKEN, hosts={"127.0.0.1:8000"},
                     origins={"http://127.0.0.1:8000"})
    results: dict[str, Any] = {"python": platform.python_version(), "cpus": os.cpu_count(),
                               "updates_per_posting": count, "postings": {}}
    for name, facts in POSTINGS.items():
        forms = typing(facts, count)
        preview = timed(app, "/preview", forms)
        docx = timed(app, "/", [{**f, "do": "docx"} for f in forms[: max(3, count // 4)]])
        floor = build_floor(facts, count)
        results["postings"][name] = {
            "preview_ms": statistics.median(preview), "preview_max_ms": max(preview),
            "build_alone_ms": statistics.median(floor), "docx_ms": statistics.median(docx)}
    results["startup_ms"] = statistics.median(startup(repeats))
    medians = [p["preview_ms"] for p in results["postings"].values()]
    results["preview_ms"] = statistics.median(medians)
    results["preview_vs_target"] = max(medians) / TARGET_MS
    return results


def table(results: dict[str, Any]) -> str:
    lines = ["| posting | preview update | build + lint alone | DOCX download |",
             "|---|---:|---:|---:|"]
    for name, row in results["postings"].items():
        lines.append(f"| {name.upper()} | {row['preview_ms']:.1f} ms (max "
                     f"{row['preview_max_ms']:.1f}) | {row['build_alone_ms']:.1f} ms | "
                     f"{row['docx_ms']:.1f} ms |")
    lines.append("")
    lines.append(f"jdgen serve start-up to first page: {results['startup_ms']:.0f} ms")
    worst = results["preview_vs_target"]
    lines.append(f"slowest preview median / target of {TARGET_MS:.0f} ms: {worst:.2f}x "
                 f"({'within' if worst <= 1 else 'OVER'} target)")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="8 updates per posting")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    results = run(8 if args.quick else 60, 1 if args.quick else 5)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
