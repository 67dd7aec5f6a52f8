"""Red-team report (issue 15): device-like streams, deep nesting, value caps, role sizes.

Every input read from a path goes through :mod:`jdgen.inputs.reading`, which reads at
most ``cap + 1`` bytes. These tests point each input at ``/dev/zero``, at
``/dev/urandom`` and at a pipe, and check that each fails with one ``Error:``
line naming the file, exit code 1, and no output file. Subprocess tests run
under an address-space limit, so a regression fails instead of eating memory.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jdgen.cli import main
from jdgen.errors import DataError
from jdgen.inputs import reading, yamlfile
from jdgen.inputs.reading import ReadFailure, read_limited
from jdgen.inputs.yamlfile import MAX_DEPTH, read_yaml, read_yaml_streaming

pytestmark = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")

ROLE = (Path(__file__).parents[1] / "roles" / "coo.yaml").read_text(encoding="utf-8")


def errors(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Error")]


def assert_one_error(result, text: str, code: int = 1) -> None:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    lines = errors(result)
    assert len(lines) == 1, result.stderr
    assert text in lines[0], lines[0]


def no_outputs(folder: Path) -> bool:
    """No posting (nor temporary file) was written; a batch's index may list the failure."""
    return not [p for p in folder.rglob("*") if p.suffix in {".docx", ".md", ".html", ".tmp"}
                and p.stem != "index"]


# ------------------------------------------------------------ item 2: capped reader


def test_reader_stops_a_device_at_the_cap():
    with pytest.raises(ReadFailure, match=r"over the limit of 1,000 bytes \(it is a device"):
        read_limited(Path("/dev/zero"), 1000)
    with pytest.raises(ReadFailure, match="over the limit"):
        read_limited(Path("/dev/urandom"), 1000)


def test_reader_refuses_a_regular_file_by_its_size_and_reads_one_within_it(tmp_path):
    path = tmp_path / "f.txt"
    path.write_bytes(b"x" * 1001)
    with pytest.raises(ReadFailure, match="file is 1,001 bytes; the limit is 1,000 bytes"):
        read_limited(path, 1000)
    path.write_bytes(b"x" * 1000)
    assert read_limited(path, 1000) == b"x" * 1000


@pytest.fixture
def endless_pipe(tmp_path: Path) -> Iterator[Path]:
    """A FIFO a thread keeps writing to (at most 8 MB, so a regression cannot run away)."""
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    done = threading.Event()

    def feed() -> None:
        try:
            fd = os.open(fifo, os.O_WRONLY)
        except OSError:
            return
        try:
            for _ in range(128):
                if done.is_set():
                    break
                os.write(fd, b"a: [" * 16384)
        except OSError:
            pass  # the reader stopped and closed: what we want
        finally:
            os.close(fd)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    yield fifo
    done.set()
    if writer.is_alive():
        # The writer may still wait in open() for a reader (nobody opened the pipe),
        # or be about to see that the reader left. A blocking open here could wait
        # forever for a writer that has just gone; a non-blocking one never waits,
        # and opening at all is what releases a writer waiting in open().
        os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
    writer.join(5)
    assert not writer.is_alive()


def test_reader_stops_a_pipe_at_the_cap(endless_pipe):
    with pytest.raises(ReadFailure, match=r"over the limit of 100,000 bytes \(it is a device"):
        read_limited(endless_pipe, 100_000)


def _company(path: str) -> list[str]:
    return ["build", "coo", "--company", "Acme", "--company-file", path]


CASES = {
    "manifest": (lambda p: ["build", "--manifest", p, "--out", "site"], "{p}: file is over"),
    "company-file": (_company, "{p}: file is over"),
    "reference-docx": (lambda p: ["build", "coo", "--company", "Acme", "-f", "docx",
                                  "--reference-docx", p], "{p}: reference DOCX is over"),
    "html-template": (lambda p: ["build", "coo", "--company", "Acme", "-f", "html",
                                 "--html-template", p], "{p}: template is over"),
    "validate": (lambda p: ["validate", p], "{p}: file is over"),
    # Files outside the manifest's folder need --allow-outside; the cap still holds then.
    "manifest-company": (lambda p: ["build", "--manifest", "m.yaml", "--out", "site",
                                    "--allow-outside"], "{p}: file is over"),
}
ROLE_ARGS = ["build", "coo", "--company", "Acme", "--roles-dir", "myroles"]


def _run_limited(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """``jdgen ARGS`` in a child that may use at most 1 GB of address space."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    return subprocess.run([sys.executable, "-m", "jdgen", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=60, preexec_fn=limit, check=False)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_every_input_read_from_a_device_fails_at_its_cap(tmp_path, case, device):
    args, message = CASES[case]
    target = device
    if case == "manifest-company":
        (tmp_path / "m.yaml").write_text(f"postings:\n  - role: coo\n    company: {device}\n")
    started = time.monotonic()
    result = _run_limited(args(target), tmp_path)
    assert time.monotonic() - started < 30
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert lines and message.format(p=target) in lines[0], result.stderr
    assert no_outputs(tmp_path)


def test_a_company_file_from_a_pipe_stops_at_a_small_cap(runner, endless_pipe, monkeypatch,
                                                         tmp_path):
    monkeypatch.setattr(yamlfile, "MAX_BYTES", 50_000)
    result = runner.invoke(main, _company(str(endless_pipe)))
    assert_one_error(result, f"{endless_pipe}: file is over the limit of 50,000 bytes "
                             "(it is a device or pipe)")
    assert no_outputs(tmp_path)


def test_a_role_file_is_refused_while_it_is_read_not_after():
    """Item 17: the size is checked while reading, so a device (stat says 0) is still cut."""
    from jdgen.inputs.discovery import load_role

    with pytest.raises(DataError) as caught:
        load_role(Path("/dev/zero"))
    assert caught.value.problems == ["/dev/zero: file is over the limit of 2,000,000 bytes "
                                     "(it is a device or pipe)"]


def test_a_big_regular_role_file_is_refused_by_its_size_never_read_whole(runner, tmp_path,
                                                                          monkeypatch):
    (tmp_path / "myroles").mkdir()
    with open(tmp_path / "myroles" / "coo.yaml", "wb") as handle:
        handle.truncate(3 * 1024 ** 3)  # 3 GB, sparse: never read

    for method in ("read_bytes", "read_text"):
        real = getattr(Path, method)

        def whole(self: Path, *args: object, _real=real, **kwargs: object) -> object:
            assert self.name != "coo.yaml" or self.parent.name != "myroles", "read whole"
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(Path, method, whole)
    result = runner.invoke(main, ROLE_ARGS)
    assert_one_error(result, "myroles/coo.yaml: file is 3,221,225,472 bytes; the limit is "
                             "2,000,000 bytes")


def test_a_role_file_linked_to_a_device_is_not_a_role_file(runner, tmp_path):
    (tmp_path / "myroles").mkdir()
    (tmp_path / "myroles" / "coo.yaml").symlink_to("/dev/zero")
    result = runner.invoke(main, ["roles", "--roles-dir", "myroles"])
    assert result.exit_code == 0  # skipped like any non-file, never opened
    assert "built-in" in result.stdout


def test_a_records_file_linked_to_a_device_is_not_read(runner, tmp_path):
    (tmp_path / "m.yaml").write_text("postings:\n  - role: coo\n    company_name: A\n")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / ".jdgen-files.json").symlink_to("/dev/zero")
    result = runner.invoke(main, ["build", "--manifest", "m.yaml", "--out", "site"])
    assert "Traceback" not in result.output
    assert result.exit_code == 1  # it will not write through the link either
    assert errors(result) == ["Error: refusing to write through the symbolic link "
                              "site/.jdgen-files.json"]


def test_lint_of_a_device_is_one_unreadable_finding(runner, tmp_path):
    (tmp_path / "z.md").symlink_to("/dev/zero")
    result = runner.invoke(main, ["lint", "z.md"])
    assert result.exit_code == 1
    assert "z.md: error [unreadable] file is over the limit of 2,000,000 bytes (it is a " \
           "device or pipe)" in result.stdout


# ------------------------------------------------------------ item 3: deep nesting


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("name: Acme\nabout: " + "[" * 5000 + "\n", 2),  # the report's example
        ("name: Acme\nabout:\n" + "".join(" " * i + "-\n" for i in range(150)), 102),
        ("name: Acme\nabout: " + "{a: " * 150 + "\n", 2),
        ("name: Acme\nabout: " + "[" * 150 + "]" * 150 + "\n", 2),
    ],
    ids=["flow-5000", "block-150", "mapping-150", "closed-150"],
)
def test_deep_nesting_fails_fast_naming_the_line(write, text, line):
    path = write("company.yaml", text)
    started = time.monotonic()
    for read in (read_yaml, lambda p: read_yaml_streaming(p, "postings")):
        with pytest.raises(DataError) as caught:
            read(path)
        (problem,) = caught.value.problems
        assert problem.startswith(f"{path}:{line}:"), problem
        assert problem.endswith("lists and mappings are nested too deep (the limit is 100 "
                                "levels)")
    assert time.monotonic() - started < 1.0


def test_nesting_within_the_limit_is_fine(write):
    depth = MAX_DEPTH - 1  # the top-level mapping is the first level
    path = write("deep.yaml", "a: " + "[" * depth + "]" * depth + "\n")
    value, seen = read_yaml(path).data["a"], 1
    while value:
        value, seen = value[0], seen + 1
    assert seen == depth


def test_a_deep_company_file_is_one_cli_error(runner, write, tmp_path):
    write("company.yaml", "name: Acme\nabout: " + "[" * 5000 + "\n")
    result = runner.invoke(main, _company("company.yaml"))
    assert_one_error(result, "company.yaml:2:")
    assert no_outputs(tmp_path)


@pytest.mark.parametrize("kind", ["json", "toml"])
def test_deep_json_and_toml_never_raise_recursion_errors(runner, write, kind, tmp_path):
    if kind == "json":  # a batch's own records: a damaged one is ignored
        write("m.yaml", "postings:\n  - role: coo\n    company_name: A\n")
        write("site/.jdgen-files.json", "[" * 100_000)
        result = runner.invoke(main, ["build", "--manifest", "m.yaml", "--out", "site"])
        assert result.exit_code == 0, result.output
    else:
        write("pyproject.toml", "[tool.jdgen.lint]\nx = " + "[" * 100_000 + "\n")
        write("a.md", "# Title\n\nText.\n")
        result = runner.invoke(main, ["lint", "a.md", "--config", "pyproject.toml"])
        assert_one_error(result, "pyproject.toml: arrays and tables are nested too deep")


# ------------------------------------------------------------ item 16: value cap


def test_a_12000_posting_manifest_is_not_an_alias_bomb(write):
    rows = "".join(f"  - role: coo\n    company_name: Company {n:05d}\n    team_size: 9\n"
                   "    location: Denver, CO\n    formats: [md, html]\n" for n in range(12_000))
    path = write("postings.yaml", "postings:\n" + rows)
    doc, streamed = read_yaml_streaming(path, "postings")
    assert streamed is not None
    assert sum(1 for _ in streamed) == 12_000


def test_too_many_plain_values_say_so_without_blaming_aliases(write, monkeypatch):
    monkeypatch.setattr(yamlfile, "MAX_NODES", 1000)
    path = write("big.yaml", "a: [" + ", ".join(["1"] * 1200) + "]\n")
    with pytest.raises(DataError) as caught:
        read_yaml(path)
    (problem,) = caught.value.problems
    assert "too many values (over 1,000); split the file into smaller ones" in problem
    assert "alias" not in problem


def test_an_alias_bomb_still_says_alias(write):
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 10):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]")
    path = write("bomb.yaml", "\n".join(lines) + "\n")
    with pytest.raises(DataError) as caught:
        read_yaml(path)
    (problem,) = caught.value.problems
    assert "each use of an alias counted in full); is an alias (*name) expanding" in problem


def test_the_value_cap_sits_above_the_schema_limits():
    from jdgen.inputs.manifest import Manifest, PostingSpec

    postings = Manifest.model_fields["postings"].metadata
    most = max(getattr(m, "max_length", 0) or 0 for m in postings)
    per_posting = 2 * len(PostingSpec.model_fields) + 2 * 8 + 2 * 4 + 12  # keys, values, lists
    assert yamlfile.MAX_NODES > most * per_posting


# ------------------------------------------------------------ fuzzing: streams and nesting


@given(st.binary(min_size=1, max_size=4096), st.integers(min_value=1, max_value=20_000))
def test_fuzz_a_device_like_stream_is_cut_at_the_cap(chunk, cap):
    """Whatever an endless stream repeats, the reader returns nothing past the cap."""
    read, write_end = os.pipe()
    sent = 0

    def feed() -> None:
        nonlocal sent
        try:
            while sent <= cap + len(chunk):
                sent += os.write(write_end, chunk)
        except OSError:
            pass
        finally:
            os.close(write_end)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        with pytest.raises(ReadFailure, match="over the limit"):
            read_limited(Path(f"/dev/fd/{read}"), cap)
    finally:
        os.close(read)
        writer.join(5)


@st.composite
def deep_yaml(draw: st.DrawFn) -> tuple[str, int]:
    """A document nested past the limit, in flow style, block style or a flow mixture."""
    depth = draw(st.integers(min_value=MAX_DEPTH + 1, max_value=3000))
    style = draw(st.sampled_from(["flow", "block", "mapping"]))
    if style == "block":
        depth = min(depth, 600)  # block nesting costs its indentation: keep the file small
        return "about:\n" + "".join(" " * i + "-\n" for i in range(depth)), depth
    opens = draw(st.lists(st.sampled_from(["[", "{a: "] if style == "mapping" else ["["]),
                          min_size=depth, max_size=depth))
    closed = draw(st.booleans())
    ends = "".join("]" if piece == "[" else "}" for piece in reversed(opens)) if closed else ""
    return "about: " + "".join(opens) + ends + "\n", depth


@given(deep_yaml(), st.sampled_from(["company.yaml", "postings.yaml"]))
def test_fuzz_any_deep_nesting_is_one_error_naming_the_file(tmp_path_factory, deep, name):
    text, _ = deep
    path = tmp_path_factory.mktemp("deep") / name
    path.write_text(text, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(DataError) as caught:
        read_yaml(path)
    assert time.monotonic() - started < 1.0
    (problem,) = caught.value.problems
    assert problem.startswith(f"{path}:"), problem
    assert "nested too deep" in problem, problem


def test_a_huge_template_in_a_templates_folder_is_refused_by_its_size(runner, tmp_path):
    (tmp_path / "mytemplates").mkdir()
    with open(tmp_path / "mytemplates" / "posting.md.j2", "wb") as handle:
        handle.truncate(3 * 1024 ** 3)  # sparse: never read
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "-f", "md",
                                  "--templates-dir", "mytemplates"])
    assert_one_error(result, "mytemplates/posting.md.j2: template is 3,221,225,472 bytes; the "
                             "limit is 2,000,000 bytes")
    assert no_outputs(tmp_path)


def test_a_template_over_a_small_cap_is_refused(runner, tmp_path, monkeypatch):
    (tmp_path / "mytemplates").mkdir()
    (tmp_path / "mytemplates" / "posting.md.j2").write_text("{{ '" + "x" * 5000 + "' }}\n")
    monkeypatch.setattr(reading, "MAX_TEMPLATE_BYTES", 1000)
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "-f", "md",
                                  "--templates-dir", "mytemplates"])
    assert_one_error(result, "mytemplates/posting.md.j2: template is 5,009 bytes; the limit "
                             "is 1,000 bytes")
