"""Hostile sites (issue 28, the low items): damaged earlier files, a user's own files in the
site folder, file modes under any umask, workers that outlive a killed build, a spool that
cannot be written, and an index Markdown that site generators would run.

Each class has the example of the report and a variant of our own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from batchfiles import no_traceback
from jdgen.cli import main
from test_batch import COMPANY


def manifest(*postings: str, formats: str = "[md, html]", company: str = "acme.yaml") -> str:
    body = "".join(f"  - {p}\n" for p in postings)
    return (f"defaults:\n  company: {company}\n  formats: {formats}\n  date: 2026-11-25\n"
            f"postings:\n{body}")


@pytest.fixture
def project(write, tmp_path):
    write("acme.yaml", COMPANY)
    write("postings.yaml", manifest("{role: coo, id: coo}",
                                    "{role: director-of-operations, id: dir-ops}"))
    return tmp_path


def batch(runner, *args: str, name: str = "postings.yaml"):
    return runner.invoke(main, ["build", "--manifest", name, *args])


def errors(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Error: ")]


def _jdgen(*args: str, cwd: Path, umask: int = 0o022, env: dict[str, str] | None = None,
           timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jdgen", *args], cwd=cwd, umask=umask,
                          env={**os.environ, **(env or {})}, capture_output=True, text=True,
                          timeout=timeout, check=False)


# ------------------------------------------- outputs get the mode the umask gives


def _modes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mode & 0o777 for p in folder.iterdir() if p.is_file()}


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077])
def test_batch_files_and_report_take_the_umask(project, umask):
    result = _jdgen("build", "--manifest", "postings.yaml", "--out", "site",
                    "--report", "report.json", cwd=project, umask=umask)
    assert result.returncode == 0, result.stderr
    modes = _modes(project / "site")
    assert {"coo.md", "coo.html", "dir-ops.md", "index.json", "index.md",
            ".jdgen-files.json"} <= set(modes)
    assert set(modes.values()) == {0o666 & ~umask}, modes
    assert _modes(project)["report.json"] == 0o666 & ~umask


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077])
def test_single_build_files_take_the_umask(tmp_path, umask):
    result = _jdgen("build", "coo", "--company", "Acme", "-f", "md", "-f", "docx",
                    "--out", "out", cwd=tmp_path, umask=umask)
    assert result.returncode == 0, result.stderr
    modes = _modes(tmp_path / "out")
    assert len(modes) == 2
    assert set(modes.values()) == {0o666 & ~umask}, modes


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_rewritten_file_takes_the_umask_not_its_old_mode(project):
    """Variant: a second build with a tighter umask rewrites changed files with the new mode."""
    assert _jdgen("build", "--manifest", "postings.yaml", "--out", "site",
                  cwd=project).returncode == 0
    (project / "site" / "coo.md").write_text("changed by hand\n")
    result = _jdgen("build", "--manifest", "postings.yaml", "--out", "site",
                    cwd=project, umask=0o077)
    assert result.returncode == 0, result.stderr
    assert _modes(project / "site")["coo.md"] == 0o600


# ------------------------------------------- index.md is inert for site generators

TEMPLATE_TEXT = ["{{ site.secret }}", "{% include x %}", "{{< shortcode >}}", "{{% sc %}}",
                 "{# note #}", "a {{{ b }}} c"]


def _live(text: str) -> bool:
    """Whether ``text`` still holds an opener Liquid, Jinja, Nunjucks or Hugo would run."""
    return any(opener in text for opener in ("{{", "{%", "{#"))


def _shown(markdown: str) -> str:
    """What a reader sees of ``markdown``: its backslash escapes taken out."""
    import re

    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown)


@pytest.mark.parametrize("text", TEMPLATE_TEXT)
def test_index_markdown_prints_template_text_literally(text):
    from jdgen.site.index import index_markdown

    entry = {"title": f"COO {text}", "company": text, "location": text,
             "files": {"md": "coo.md"}}
    page = index_markdown([entry], title=f"Jobs {text}").decode()
    assert not _live(page), page
    assert _shown(page).count(text) == 4, page  # site title, title, company, location


def test_a_batch_index_md_is_inert(runner, write):
    """Variant: the whole batch, with the company name and the site title from the files."""
    write("acme.yaml", COMPANY.replace("Acme Tools", "Acme {{ site.secret }}"))
    write("other.yaml", COMPANY.replace("Acme Tools", "Other {% include x %} {{< sc >}}"))
    write("postings.yaml",
          "site:\n  title: 'Jobs {# n #}'\n" + manifest(
              "{role: coo, id: one}", "{role: coo, id: two, company: other.yaml, "
              "location: '{{ page.x }}'}"))
    result = batch(runner, "--out", "site")
    assert result.exit_code == 0, result.output
    page = Path("site/index.md").read_text()
    assert not _live(page), page
    for text in ("{{ site.secret }}", "{% include x %}", "{{< sc >}}", "{# n #}",
                 "{{ page.x }}"):
        assert text in _shown(page), page


# ------------------------------------- damaged earlier files: a warning, never a crash

THREE = manifest("{role: coo, id: coo}", "{role: director-of-operations, id: dir-ops}",
                 "{role: coo, id: old}")
# 'old' left the manifest and a posting fails, so the earlier files of 'old' are kept
TWO_AND_A_FAILURE = manifest("{role: coo, id: coo}",
                             "{role: director-of-operations, id: dir-ops}",
                             "{role: nope, id: bad}")


def _damage_record(site: Path, posting_id: str, change) -> None:
    path = site / ".jdgen-files.json"
    lines = path.read_text().splitlines()
    for number, line in enumerate(lines):
        if line.strip().startswith(f'{{"id":"{posting_id}"'):
            comma = line.endswith(",")
            data = json.loads(line.strip().removesuffix(","))
            change(data)
            lines[number] = "    " + json.dumps(data, separators=(",", ":")) + \
                ("," if comma else "")
    path.write_text("\n".join(lines) + "\n")


def _damage_index(site: Path, posting_id: str, change) -> None:
    path = site / "index.json"
    data = json.loads(path.read_text())
    for job in data["jobs"]:
        if job["id"] == posting_id:
            change(job)
    path.write_text(json.dumps(data))


def _set(*keys, value):
    def change(data):
        for key in keys[:-1]:
            data = data[key]
        data[keys[-1]] = value
    return change


DAMAGE = [
    # (which file, the change, what the warning says)
    ("record", _set("posted", value="2026-13-45"), "'posted' is not a day"),
    ("record", _set("modified", value="garbage"), "'modified' is not a day"),
    ("record", _set("posted", value=20261125), "'posted' is not text"),
    ("record", _set("entry", "valid_through", value="x"), "'valid_through' is not a day"),
    ("record", _set("entry", "date_posted", value="2026-02-30"), "'date_posted' is not a day"),
    ("record", _set("entry", "title", value=["a list"]), "'title' is not text"),
    ("record", _set("entry", value="not a mapping"), "not a mapping"),
    ("record", _set("warnings", value=[1, 2]), "'warnings' is not a list of text"),
    ("record", _set("board", value={"places": "Leeds"}), "'places'"),
    ("record", _set("board", value={"salary": {"min": None, "max": "x", "period": "year"}}),
     "'salary'"),
    ("index", _set("date_posted", value="2026-99-99"), "'date_posted' is not a day"),
    ("index", _set("valid_through", value="soon"), "'valid_through' is not a day"),
    ("index", _set("date_modified", value="2026-1-5"), "'date_modified' is not a day"),
    ("index", _set("company", value={"name": "x"}), "'company' is not text"),
    ("index", _set("files", value={"md": "../etc/passwd"}), "'files'"),
]


def _warnings(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Warning: ")]


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize(("which", "change", "says"), DAMAGE,
                         ids=[f"{w}-{s.split()[0]}-{n}" for n, (w, _, s) in enumerate(DAMAGE)])
def test_a_damaged_entry_of_a_kept_posting_is_one_warning(runner, project, write, which,
                                                          change, says, jobs):
    """The report's example (a kept index.json entry with a bad date) and its class."""
    write("postings.yaml", THREE)
    assert batch(runner, "--out", "site").exit_code == 0
    (_damage_record if which == "record" else _damage_index)(Path("site"), "old", change)
    if which == "index":
        _damage_record(Path("site"), "old", _set("posted", value="2026-11-31"))
    write("postings.yaml", TWO_AND_A_FAILURE)
    result = batch(runner, "--out", "site", "--jobs", jobs)
    no_traceback(result)
    assert result.exit_code == 1
    assert errors(result)[0].startswith("Error: postings.yaml:")  # only the bad role fails
    assert errors(result)[1:] == ["Error: 1 of 3 postings failed"]
    named = [w for w in _warnings(result) if "'old'" in w]
    file = "index.json" if which == "index" else ".jdgen-files.json"
    mine = [w for w in named if f"site/{file}:" in w]
    assert len(mine) == 1 and says in mine[0], result.stderr
    index = json.loads(Path("site/index.json").read_text())
    listed = ["coo", "dir-ops"] + (["old"] if which == "record" else [])  # index.json sound
    assert [job["id"] for job in index["jobs"]] == listed
    assert Path("site/coo.md").is_file() and Path("site/old.md").is_file()


@pytest.mark.parametrize(("which", "change", "says"), DAMAGE[:6] + DAMAGE[10:13],
                         ids=[str(n) for n in range(9)])
def test_a_damaged_entry_of_a_posting_still_built_is_built_again(runner, project, which,
                                                                  change, says):
    """Variant: every posting builds; the damaged one is dated and listed afresh."""
    assert batch(runner, "--out", "site").exit_code == 0
    before = Path("site/coo.md").read_bytes()
    if which == "index":  # an index is read for dates only when there is no record
        Path("site/.jdgen-files.json").unlink()
        _damage_index(Path("site"), "coo", change)
    else:
        _damage_record(Path("site"), "coo", change)
    result = batch(runner, "--out", "site", "--jobs", "2")
    no_traceback(result)
    assert result.exit_code == 0, result.output
    warned = [w for w in _warnings(result) if "'coo'" in w]
    assert len(warned) == 1 and says in warned[0], result.stderr
    assert Path("site/coo.md").read_bytes() == before
    index = json.loads(Path("site/index.json").read_text())
    assert [job["date_posted"] for job in index["jobs"]] == ["2026-11-25"] * 2


# ------------------------------------------- a spool that cannot be written or read


class _FailingFile:
    """A spool file that fails as a full disk (on flush) or a bad disk (on read) does."""

    def __init__(self, errno_: int, on: str) -> None:
        import io

        self._data = io.BytesIO()
        self._errno, self._on, self._pending = errno_, on, False

    def _fail(self) -> None:
        raise OSError(self._errno, os.strerror(self._errno))

    def write(self, data: bytes) -> int:
        if self._on == "write":
            self._fail()
        self._pending = True  # buffered: a full disk shows on the next flush
        return self._data.write(data)

    def tell(self) -> int:
        return self._data.tell()

    def seek(self, where: int) -> int:
        if self._on == "flush" and self._pending:
            self._fail()
        return self._data.seek(where)

    def read(self, size: int) -> bytes:
        if self._on == "read":
            self._fail()
        return self._data.read(size)

    def close(self) -> None:
        if self._on == "flush" and self._pending:
            self._fail()


@pytest.mark.parametrize(("errno_", "on", "says"), [
    (28, "flush", "no space left on the device"),
    (28, "write", "no space left on the device"),
    (5, "read", "Input/output error"),
    (13, "write", "permission denied"),
], ids=["disk-full-on-flush", "disk-full-on-write", "read-error", "permission"])
def test_a_spool_that_fails_is_one_error_line(runner, project, monkeypatch, errno_, on, says):
    import tempfile

    with monkeypatch.context() as patch:
        patch.setenv("TMPDIR", str(project))
        patch.setattr(tempfile, "tempdir", None)  # TMPDIR is read again
        patch.setattr(tempfile, "TemporaryFile", lambda *a, **k: _FailingFile(errno_, on))
        result = batch(runner, "--out", "site")
    no_traceback(result)
    assert result.exit_code == 1
    assert errors(result) == [
        f"Error: cannot keep the batch's records in a temporary file in {project}: {says}; "
        "set TMPDIR to a writable folder with room; files already written are complete, and "
        "the next build finishes the rest"]
    assert not [p for p in Path("site").iterdir() if p.name.endswith(".tmp")]
    for path in Path("site").glob("*.md"):  # what was written is whole
        assert path.read_text().endswith("\n")
    again = batch(runner, "--out", "site")
    assert again.exit_code == 0, again.output
    assert {"coo.md", "coo.html", "dir-ops.md", "index.md"} <= {p.name for p in
                                                                Path("site").iterdir()}


def test_no_temporary_folder_at_all_keeps_the_records_in_memory(runner, project, monkeypatch):
    """Variant: where no temporary file can be made at all, the batch still builds."""
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
    result = batch(runner, "--out", "site", "--report", "report.json")
    no_traceback(result)
    assert result.exit_code == 0, result.output
    report = json.loads(Path("report.json").read_text())
    assert [row["id"] for row in report["postings"]] == ["coo", "dir-ops"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_spool_in_a_real_process_is_one_error_and_no_traceback(project):
    """Variant: a real run whose spool files are all on a full device."""
    code = ("import tempfile, sys\n"
            "tempfile.TemporaryFile = lambda *a, **k: open('/dev/full', 'w+b')\n"
            "from jdgen.cli import main\n"
            "sys.argv = ['jdgen', 'build', '--manifest', 'postings.yaml', '--out', 'site']\n"
            "main()\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=project, capture_output=True,
                            env={**os.environ, "TMPDIR": str(project)}, text=True,
                            timeout=180, check=False)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    assert [line for line in result.stderr.splitlines() if line.startswith("Error:")] == [
        f"Error: cannot keep the batch's records in a temporary file in {project}: no space "
        "left on the device; set TMPDIR to a writable folder with room; files already written "
        "are complete, and the next build finishes the rest"]


# ------------------------------------------- workers die with a killed batch


def _stat(pid: int) -> tuple[str, int] | None:
    """The state letter and parent id of process ``pid`` (None once it is gone)."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2:].split()
    return fields[0], int(fields[1])


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat is not None and stat[1] == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    stat = _stat(pid)
    return stat is not None and stat[0] not in ("Z", "X")  # a zombie has ended


def _wait_for(condition, seconds: float) -> bool:
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc (Linux)")
@pytest.mark.parametrize("when", ["early", "mid-build"])
def test_workers_die_with_a_batch_killed_with_sigkill(write, tmp_path, when):
    import signal

    write("acme.yaml", COMPANY)
    postings = [f"{{role: {'coo' if n % 2 else 'director-of-operations'}, id: p{n}}}"
                for n in range(400)]
    write("postings.yaml", manifest(*postings, formats="[md, docx, html]"))
    process = subprocess.Popen(
        [sys.executable, "-m", "jdgen", "build", "--manifest", "postings.yaml", "--out", "site",
         "--jobs", "2", "-q"], cwd=tmp_path, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    try:
        assert _wait_for(lambda: len(_children(process.pid)) >= 2, 60), "no workers started"
        if when == "mid-build":  # some postings are written: the workers are busy
            assert _wait_for(lambda: len(list((tmp_path / "site").glob("*.docx"))) >= 4, 120)
        workers = _children(process.pid)
        assert process.poll() is None, "the batch ended before it could be killed"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        assert _wait_for(lambda: not any(_alive(pid) for pid in workers), 5), \
            [pid for pid in workers if _alive(pid)]
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for pid in _children(process.pid):  # never leave a process behind
            with __import__("contextlib").suppress(OSError):
                os.kill(pid, signal.SIGKILL)


def test_a_worker_whose_batch_is_gone_ends_at_once():
    """Variant: a worker that starts after its batch died ends itself at once."""
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # reaped: its id names no process now
    code = ("import sys\n"
            "from jdgen.site.workers import die_with_parent\n"
            f"die_with_parent({gone.pid})\n"
            "print('still here')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 1 and "still here" not in result.stdout


def test_a_worker_of_a_living_batch_goes_on():
    """Variant: the check never ends a worker whose batch runs (here: the test itself)."""
    code = ("import sys\n"
            "from jdgen.site.workers import die_with_parent\n"
            f"die_with_parent({os.getpid()})\n"  # the batch: alive, though not its parent
            "print('still here')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0 and "still here" in result.stdout, result.stderr


@pytest.mark.parametrize("watch", ["_watch_parent", "_watch_batch"])
def test_the_watch_ends_an_orphan(monkeypatch, watch):
    """Variant: the watch threads (off Linux, or for a worker a fork server started) end
    the process once its batch is gone."""
    from jdgen.site import workers

    ended = []
    parents = iter([100, 100, 1])
    alive = iter([True, True, False])
    monkeypatch.setattr(workers, "PARENT_CHECK_SECONDS", 0.0)
    monkeypatch.setattr(workers.os, "getppid", lambda: next(parents))
    monkeypatch.setattr(workers, "_runs", lambda pid: next(alive))
    monkeypatch.setattr(workers.os, "_exit", lambda code: ended.append(code))
    getattr(workers, watch)(100)
    assert ended == [1]


# ------------------------------------------- a user's own file in the site folder


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize(("posting_id", "own", "formats"), [
    ("about", "about.html", "[md, html]"),  # the report's example
    ("team", "team.md", "[md, html]"),
    ("careers", "careers.json", "[md, json]"),
    ("handbook", "handbook.docx", "[docx]"),
], ids=["about-html", "team-md", "careers-json", "handbook-docx"])
def test_a_posting_never_replaces_a_file_jdgen_did_not_write(runner, write, posting_id, own,
                                                              formats, jobs):
    write("acme.yaml", COMPANY)
    write("postings.yaml", manifest(f"{{role: coo, id: {posting_id}}}",
                                    "{role: director-of-operations, id: dir-ops}",
                                    formats=formats))
    mine = write(f"site/{own}", b"the user's own page, not jdgen's\n")
    result = batch(runner, "--out", "site", "--jobs", jobs)
    no_traceback(result)
    assert result.exit_code == 1
    assert errors(result) == [
        f"Error: postings.yaml:6:5: writes {own}, but site/{own} is a file jdgen did not write "
        "(the site's record, .jdgen-files.json, does not list it); give the posting another "
        "'id', or move that file away", "Error: 1 of 2 postings failed"]
    assert mine.read_bytes() == b"the user's own page, not jdgen's\n"
    assert [p.name for p in Path("site").glob(f"{posting_id}.*")] == [own]  # nothing of it
    assert list(Path("site").glob("dir-ops.*"))
    listed = json.loads(Path("site/index.json").read_text())["jobs"]
    assert [job["id"] for job in listed] == ["dir-ops"]
    again = batch(runner, "--out", "site", "--prune")  # never pruned either
    assert mine.read_bytes() == b"the user's own page, not jdgen's\n"
    assert again.exit_code == 1


def test_a_file_that_already_holds_what_jdgen_writes_is_no_refusal(runner, project):
    """Variant: the same site copied into a folder without its record builds as before."""
    assert batch(runner, "--out", "first").exit_code == 0
    Path("second").mkdir()
    for path in Path("first").iterdir():
        if path.name not in (".jdgen-files.json", "index.json"):
            (Path("second") / path.name).write_bytes(path.read_bytes())
    result = batch(runner, "--out", "second")
    assert result.exit_code == 0, result.output
    assert json.loads(Path("second/.jdgen-files.json").read_text())["files"]


def test_files_the_record_or_the_earlier_index_lists_are_jdgen_s(runner, project):
    """Variant: files jdgen wrote are rewritten when they changed, by the record or (a site
    whose record was lost) by its index.json."""
    assert batch(runner, "--out", "site").exit_code == 0
    good = Path("site/coo.md").read_bytes()
    Path("site/coo.md").write_text("edited by hand\n")
    assert batch(runner, "--out", "site").exit_code == 0
    assert Path("site/coo.md").read_bytes() == good
    Path("site/.jdgen-files.json").unlink()
    Path("site/coo.md").write_text("edited again\n")
    result = batch(runner, "--out", "site")
    assert result.exit_code == 0, result.output
    assert Path("site/coo.md").read_bytes() == good


@pytest.mark.parametrize("tmpdir", ["missing/folder", "a-file"], ids=["missing", "a-file"])
def test_an_unusable_tmpdir_is_no_traceback(project, tmpdir):
    """Variant: TMPDIR naming no usable folder: Python looks elsewhere, and the batch builds."""
    (project / "a-file").write_text("not a folder\n")
    result = _jdgen("build", "--manifest", "postings.yaml", "--out", "site", "-q", cwd=project,
                    env={"TMPDIR": str(project / tmpdir)})
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert (project / "site" / "index.json").is_file()


@pytest.mark.parametrize(("content", "says"), [
    (b"{not json", "is damaged"),
    (b"[1, 2, 3]", "is damaged"),
    (b"\xff\xfe garbage", "is damaged"),
], ids=["broken-json", "a-list", "bytes"])
def test_a_record_that_is_not_json_is_one_warning(runner, project, content, says):
    """Variant: the whole record damaged: one warning, and every posting builds again."""
    assert batch(runner, "--out", "site").exit_code == 0
    Path("site/.jdgen-files.json").write_bytes(content)
    result = batch(runner, "--out", "site")
    no_traceback(result)
    assert result.exit_code == 0, result.output
    warned = [w for w in _warnings(result) if ".jdgen-files.json" in w]
    assert len(warned) == 1 and says in warned[0], result.stderr
    assert json.loads(Path("site/.jdgen-files.json").read_text())["postings"]
    again = batch(runner, "--out", "site")
    assert not [w for w in _warnings(again) if ".jdgen-files.json" in w]
