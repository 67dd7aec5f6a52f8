"""A batch typesets its PDFs on worker threads: same bytes, same order, same failures."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from batchfiles import files, no_traceback
from jdgen.cli import main
from jdgen.errors import JdgenError
from jdgen.site.batch import Settings, run_batch

pytest.importorskip("typst")

from jdgen.render import pdf  # noqa: E402

POSTINGS = [  # (company, role, location, formats)
    ("Alder Works", "coo", "Leeds, UK", "[pdf, md]"),
    ("Birch Labs", "director-of-operations", "Austin, TX", "[md]"),
    ("Cedar Foods", "coo", "Toronto, ON", "[pdf]"),
    ("Bad Co", "director-of-operations", "Denver, CO", "[md, pdf]"),
    ("Elm Freight", "director-of-operations", "Sydney, NSW", "[pdf, md]"),
    ("Fir Health", "coo", "Dublin", "[md, pdf]"),
]
BAD = "bad-co-director-of-operations"


def _manifest(folder: Path) -> Path:
    lines = ["defaults:", "  date: 2026-11-25", "postings:"]
    for company, role, location, formats in POSTINGS:
        lines += [f"  - role: {role}", f"    company_name: {company}",
                  f"    location: {location}", f"    formats: {formats}"]
    path = folder / "postings.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _stems() -> list[str]:
    return [f"{company.lower().replace(' ', '-')}-{role}" for company, role, _, _ in POSTINGS]


def _fail_for_bad_co(error: BaseException):
    real = pdf.typeset

    def typeset(source: str) -> bytes:
        if json.loads(source)["author"] == "Bad Co":
            raise error
        return real(source)

    return typeset


def test_threads_make_the_bytes_of_one_process_and_of_single_builds(runner, tmp_path):
    _manifest(tmp_path)
    pooled = runner.invoke(main, ["build", "--manifest", "postings.yaml", "--out", "b",
                                  "--jobs", "2"])
    assert pooled.exit_code == 0, pooled.stderr
    threaded = runner.invoke(main, ["build", "--manifest", "postings.yaml", "--out", "a"])
    assert threaded.exit_code == 0, threaded.stderr
    built = files(tmp_path / "a")
    assert built == files(tmp_path / "b")
    pdfs = sorted(name for name in built if name.endswith(".pdf"))
    assert len(pdfs) == 5
    for company, role, location, formats in POSTINGS:
        if "pdf" not in formats:
            continue
        stem = f"{company.lower().replace(' ', '-')}-{role}"
        single = runner.invoke(main, ["build", role, "--company", company, "--location",
                                      location, "--date", "2026-11-25", "--posting-id", stem,
                                      "-o", f"{stem}.pdf"])
        assert single.exit_code == 0, single.stderr
        assert (tmp_path / f"{stem}.pdf").read_bytes() == built[f"{stem}.pdf"], stem


def test_worker_processes_typeset_after_typst_ran_in_their_parent(tmp_path):
    # A forked child of a process where typst has typeset waits forever for
    # typst's threads, which it does not have; so this runs apart, with a limit.
    probe = ("import sys\nfrom pathlib import Path\n"
             "from jdgen.site.batch import Settings, run_batch\n"
             "first = run_batch(Path('postings.yaml'), Path('a'), Settings())\n"
             "then = run_batch(Path('postings.yaml'), Path('b'), Settings(), workers=2)\n"
             "print(first.failed, then.failed)\n")
    _manifest(tmp_path)
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120, check=True)
    assert done.stdout.split() == ["0", "0"]
    assert files(tmp_path / "a") == files(tmp_path / "b")


def test_outcomes_leave_in_manifest_order_while_pdfs_are_typeset(tmp_path):
    seen: list[str | None] = []
    report = run_batch(_manifest(tmp_path), tmp_path / "site", Settings(),
                       on_posting=lambda outcome: seen.append(outcome.stem))
    assert report.failed == 0
    assert seen == _stems()
    index = json.loads((tmp_path / "site" / "index.json").read_text(encoding="utf-8"))
    assert [entry["id"] for entry in index["jobs"]] == _stems()


def test_pdf_threads_run_only_for_pdfs_and_end_with_the_batch(tmp_path, monkeypatch):
    from jdgen.render import typesetter

    pools: list[object] = []
    real_pool, real_typeset = typesetter.ThreadPoolExecutor, pdf.typeset

    def pool(*args: object, **kwargs: object) -> object:
        pools.append(kwargs)
        return real_pool(*args, **kwargs)  # type: ignore[arg-type]

    threads: list[str] = []

    def typeset(source: str) -> bytes:
        threads.append(threading.current_thread().name)
        return real_typeset(source)

    monkeypatch.setattr(typesetter, "ThreadPoolExecutor", pool)
    monkeypatch.setattr(pdf, "typeset", typeset)
    manifest = _manifest(tmp_path)
    run_batch(manifest, tmp_path / "site", Settings())
    assert len(pools) == 1 and len(threads) == 5
    assert all(name.startswith("jdgen-pdf") for name in threads)
    assert not any(t.name.startswith("jdgen-pdf") for t in threading.enumerate())
    text = manifest.read_text(encoding="utf-8").replace("pdf, ", "").replace(", pdf", "")
    manifest.write_text(text.replace("[pdf]", "[md]"), encoding="utf-8")
    run_batch(manifest, tmp_path / "md-only", Settings())
    assert len(pools) == 1 and len(threads) == 5  # no PDF, so no thread was started
    built = sorted(name for name in files(tmp_path / "md-only") if name.endswith(".md"))
    assert built == sorted([f"{stem}.md" for stem in _stems()] + ["index.md"])


@pytest.mark.parametrize(("error", "message"), [
    (JdgenError("could not typeset the PDF: page too small"),
     "could not typeset the PDF: page too small"),
    (RuntimeError("engine fell over"), "internal error: RuntimeError: engine fell over"),
])
def test_a_pdf_that_fails_on_its_thread_fails_only_its_posting(runner, tmp_path, monkeypatch,
                                                                error, message):
    _manifest(tmp_path)
    good = runner.invoke(main, ["build", "--manifest", "postings.yaml", "--out", "site"])
    assert good.exit_code == 0, good.stderr
    before = files(tmp_path / "site")
    monkeypatch.setattr(pdf, "typeset", _fail_for_bad_co(error))
    (tmp_path / "postings.yaml").write_text(
        (tmp_path / "postings.yaml").read_text(encoding="utf-8").replace("2026-11-25",
                                                                         "2026-11-26"),
        encoding="utf-8")
    result = runner.invoke(main, ["build", "--manifest", "postings.yaml", "--out", "site"])
    assert result.exit_code == 1
    no_traceback(result)
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert errors == [f"Error: postings.yaml:16:5: {message}", "Error: 1 of 6 postings failed"]
    after = files(tmp_path / "site")
    for suffix in (".md", ".pdf"):  # the failed posting's earlier files are kept as they were
        assert after[BAD + suffix] == before[BAD + suffix]
    for stem in _stems():  # every other posting was rebuilt with the new date
        if stem != BAD:
            changed = [name for name in after if name.startswith(stem + ".")]
            assert changed and all(after[name] != before[name] for name in changed), stem


def test_ctrl_c_while_pdfs_are_typeset_leaves_no_partial_file(runner, tmp_path, monkeypatch):
    _manifest(tmp_path)
    monkeypatch.setattr(pdf, "typeset", _fail_for_bad_co(KeyboardInterrupt()))
    result = runner.invoke(main, ["build", "--manifest", "postings.yaml", "--out", "site"])
    assert result.exit_code == 130
    no_traceback(result)
    site = tmp_path / "site"
    assert not [p for p in site.rglob("*") if p.name.endswith(".tmp")]
    assert not any(t.name.startswith("jdgen-pdf") for t in threading.enumerate())
