"""The per-user cache makes builds faster and never different, whatever is in it."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from jdgen import cache
from jdgen.errors import DataError
from jdgen.inputs.discovery import builtin_dir, load_role
from jdgen.render.docx import DocProperties, build_docx, docx_base
from jdgen.render.docxbase import DocxBase, prepare, restore

PROPS = DocProperties("Head of Ops", "Head of Ops at Acme", "Acme", ["ops"], dt.date(2026, 11, 25))
TEXT = "# Head of Ops\n\nJoin [Acme](https://example.com).\n\n- one\n- two\n"


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV, str(folder))
    docx_base.cache_clear()
    yield folder
    docx_base.cache_clear()


def entries(folder: Path, kind: str) -> list[Path]:
    return sorted(p for p in (folder / kind).glob("*") if not p.name.startswith("."))


# --------------------------------------------------------------- where it is


def test_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(cache.ENV, str(tmp_path / "here"))
    assert cache.folder() == tmp_path / "here"
    monkeypatch.setenv(cache.ENV, "")
    assert cache.folder() is None  # empty turns caching off
    monkeypatch.delenv(cache.ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.folder() == tmp_path / "xdg" / "jdgen"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/is/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.folder() == tmp_path / "home" / ".cache" / "jdgen"


def test_store_and_load_round_trip_and_trim(fresh_cache, monkeypatch):
    monkeypatch.setattr(cache, "KEEP", 3)
    for n in range(6):
        cache.store("things", f"entry-{n}", str(n).encode())
        os.utime(fresh_cache / "things" / f"entry-{n}", (n, n))
    assert [p.name for p in entries(fresh_cache, "things")] == ["entry-3", "entry-4", "entry-5"]
    assert cache.load("things", "entry-5") == b"5"
    assert cache.load("things", "entry-0") is None
    entry = fresh_cache / "things" / "entry-5"
    entry.write_bytes(entry.read_bytes()[:-1] + b"6")  # altered: its digest no longer fits
    assert cache.load("things", "entry-5") is None
    assert oct((fresh_cache / "things").stat().st_mode & 0o777) == oct(0o700)


def test_keys_differ_when_any_input_differs():
    assert cache.key("a", b"b") != cache.key("ab", b"")
    assert cache.key("a", "b") == cache.key("a", b"b")


@pytest.mark.parametrize("kind", ["file", "read-only"])
def test_a_cache_that_cannot_be_written_is_skipped(tmp_path, monkeypatch, kind):
    if kind == "file":
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("x")
        monkeypatch.setenv(cache.ENV, str(blocker / "cache"))
    elif os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        monkeypatch.setenv(cache.ENV, str(locked))
    elif Path("/proc/self").is_dir():  # root writes anywhere, except in /proc
        monkeypatch.setenv(cache.ENV, "/proc/self/jdgen-cache")
    else:
        pytest.skip("root writes to read-only folders")
    docx_base.cache_clear()
    cache.store("things", "entry", b"data")  # no error, nothing kept
    assert cache.load("things", "entry") is None
    assert build_docx(TEXT, PROPS) == DocxBase(state=prepare()).build(TEXT, PROPS)


# ------------------------------------------------------------ the DOCX base


def test_cached_base_builds_the_bytes_python_docx_would(fresh_cache):
    expected = DocxBase(state=prepare()).build(TEXT, PROPS)
    cold = DocxBase().build(TEXT, PROPS)  # prepares and stores
    assert len(entries(fresh_cache, "docx-base")) == 1
    warm = DocxBase().build(TEXT, PROPS)  # restores
    assert cold == warm == expected
    state = prepare()
    assert restore(state.to_bytes()) == state


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "garbage"])
def test_a_damaged_base_is_ignored_and_replaced(fresh_cache, damage):
    expected = DocxBase().build(TEXT, PROPS)
    (entry,) = entries(fresh_cache, "docx-base")
    data = entry.read_bytes()
    entry.write_bytes({
        "flip": data[:-100] + bytes([data[-100] ^ 1]) + data[-99:],
        "truncate": data[: len(data) // 2],
        "empty": b"",
        "garbage": os.urandom(4096),
    }[damage])
    assert DocxBase().build(TEXT, PROPS) == expected
    assert entry.read_bytes() == data  # prepared again and stored again


def test_restore_refuses_anything_but_a_prepared_base():
    good = prepare().to_bytes()
    header, digest, body = good.split(b"\n", 2)
    for bad in (b"", b"jdgen prepared DOCX base 1\n", header + b"\n" + digest + b"\n{}",
                good.replace(b'"usable_width"', b'"usable_widtj"')):
        with pytest.raises(ValueError):
            restore(bad)
    import hashlib

    wrong_shape = b'{"styles": [], "names": 1}'
    forged = header + b"\n" + hashlib.sha256(wrong_shape).hexdigest().encode() + b"\n" + wrong_shape
    with pytest.raises(ValueError):
        restore(forged)


def test_a_reference_docx_gets_its_own_entry(fresh_cache, tmp_path):
    import docx

    document = docx.Document()
    document.styles["Heading 1"].font.name = "Georgia"
    document.save(tmp_path / "ref.docx")
    reference = (tmp_path / "ref.docx").read_bytes()
    with_reference = DocxBase(reference).build(TEXT, PROPS)
    assert len(entries(fresh_cache, "docx-base")) == 1
    plain = DocxBase().build(TEXT, PROPS)
    assert len(entries(fresh_cache, "docx-base")) == 2
    assert with_reference != plain
    assert DocxBase(reference).build(TEXT, PROPS) == with_reference


# ----------------------------------------------------------------- roles


def test_a_cached_role_equals_the_validated_one(fresh_cache):
    path = builtin_dir("roles") / "coo.yaml"
    first = load_role(path)
    assert len(entries(fresh_cache, "roles")) == 1
    second = load_role(path)
    assert second == first and second is not first


def test_editing_a_role_file_is_never_hidden_by_the_cache(fresh_cache, tmp_path):
    path = tmp_path / "ops.yaml"
    text = (builtin_dir("roles") / "coo.yaml").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    assert load_role(path).title == "Chief Operating Officer"
    path.write_text(text.replace("title: Chief Operating Officer", "title: Chief of Operations"),
                    encoding="utf-8")
    assert load_role(path).title == "Chief of Operations"
    path.write_text(text.replace("onet_soc:", "onet_socc:"), encoding="utf-8")
    with pytest.raises(DataError, match=r"ops\.yaml:\d+:\d+: onet_socc"):
        load_role(path)


def test_a_damaged_role_entry_is_ignored(fresh_cache):
    path = builtin_dir("roles") / "coo.yaml"
    first = load_role(path)
    (entry,) = entries(fresh_cache, "roles")
    entry.write_bytes(entry.read_bytes()[:-10])
    assert load_role(path) == first


# -------------------------------------------------------------- templates


def test_compiled_templates_are_reused_and_follow_edits(fresh_cache, runner, tmp_path):
    from jdgen.cli import main

    args = ["build", "coo", "--company", "Acme", "-f", "md", "--date", "2026-11-25", "-o"]
    assert runner.invoke(main, [*args, "one.md"]).exit_code == 0
    compiled = entries(fresh_cache, "templates")
    assert compiled
    assert runner.invoke(main, [*args, "two.md"]).exit_code == 0
    assert entries(fresh_cache, "templates") == compiled
    assert (tmp_path / "one.md").read_bytes() == (tmp_path / "two.md").read_bytes()
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "posting.md.j2").write_text(
        "{% extends 'builtin/posting.md.j2' %}{% block eeo %}Edited.{% endblock %}\n",
        encoding="utf-8")
    result = runner.invoke(main, [*args, "three.md"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "three.md").read_text(encoding="utf-8").rstrip().endswith("Edited.")


def test_a_damaged_compiled_template_is_ignored(fresh_cache, runner, tmp_path):
    from jdgen.cli import main

    args = ["build", "coo", "--company", "Acme", "-f", "md", "--date", "2026-11-25", "-o"]
    assert runner.invoke(main, [*args, "one.md"]).exit_code == 0
    for entry in entries(fresh_cache, "templates"):
        entry.write_bytes(entry.read_bytes()[:40] + b"\x00" * 100)
    assert runner.invoke(main, [*args, "two.md"]).exit_code == 0
    assert (tmp_path / "one.md").read_bytes() == (tmp_path / "two.md").read_bytes()


# -------------------------------------------------- a single build, warm


def test_a_warm_single_build_needs_neither_python_docx_nor_pyyaml(tmp_path):
    script = (
        "import sys\n"
        "from jdgen.cli import main\n"
        "try:\n"
        "    main(['build', 'coo', '--company', 'Acme', '--date', '2026-11-25'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('docx', 'yaml', 'lxml') if m in sys.modules))\n"
    )
    env = dict(os.environ, JDGEN_CACHE_DIR=str(tmp_path / "cache"))
    runs = [subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env,
                           capture_output=True, text=True, check=True) for _ in range(2)]
    assert "'docx'" in runs[0].stdout  # the first run prepares the base with python-docx
    assert runs[1].stdout.strip().endswith("[]"), runs[1].stdout
    off = tmp_path / "off"
    off.mkdir()
    subprocess.run([sys.executable, "-c", script], cwd=off, env=dict(env, JDGEN_CACHE_DIR=""),
                   capture_output=True, check=True)
    assert (off / "acme-coo.docx").read_bytes() == (tmp_path / "acme-coo.docx").read_bytes()


def test_a_role_file_edited_while_read_caches_what_was_read(fresh_cache, tmp_path, monkeypatch):
    from jdgen.inputs import yamlfile
    path = tmp_path / "ops.yaml"
    text = (builtin_dir("roles") / "coo.yaml").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    read = yamlfile.read_yaml

    def edited_meanwhile(where: Path, **kwargs: object) -> object:
        where.write_text(text.replace("title: Chief Operating Officer",
                                      "title: Chief of Operations"), encoding="utf-8")
        return read(where, **kwargs)

    monkeypatch.setattr(yamlfile, "read_yaml", edited_meanwhile)
    # The file is read once: what is validated is the bytes that name the entry.
    assert load_role(path).title == "Chief Operating Officer"
    assert len(entries(fresh_cache, "roles")) == 1
    monkeypatch.setattr(yamlfile, "read_yaml", read)
    assert load_role(path).title == "Chief of Operations"  # the edit names another entry
