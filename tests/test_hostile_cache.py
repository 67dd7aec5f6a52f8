"""Red-team report (issue 15), item 5: nothing read back from the cache can run code.

Roles are kept as JSON and validated again when read; compiled templates are
code, like ``__pycache__``, so every entry is read only from folders that are
the user's own and private. A folder or entry that is not is ignored with one
warning line, and builds give the same bytes either way.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from jinja2.bccache import bc_magic

from jdgen import cache
from jdgen.cli import main
from jdgen.inputs.discovery import _cache_name, builtin_dir, load_role
from jdgen.render.docx import docx_base

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX owners and modes")


class Planted:
    """Unpickling this creates the file ``marker``: proof that a pickle was loaded."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (str(self.marker), "w"))


def plant(folder: Path, kind: str, name: str, payload: bytes) -> Path:
    """An entry that passes the digest check, as anyone able to write there could make."""
    (folder / kind).mkdir(parents=True, exist_ok=True, mode=0o700)
    entry = folder / kind / name
    entry.write_bytes(hashlib.sha256(payload).digest() + payload)
    return entry


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "home" / ".cache" / "jdgen"
    monkeypatch.setenv(cache.ENV, str(folder))
    monkeypatch.setattr(cache, "_warned", set())
    docx_base.cache_clear()
    yield folder
    docx_base.cache_clear()


def build(runner, *extra: str):
    return runner.invoke(main, ["build", "coo", "--company", "Acme", "-f", "md", "-f", "docx",
                                "--date", "2026-11-25", *extra])


def warnings_in(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if "warning: not using the cache" in line]


def test_cache_folders_are_created_private(runner, fresh):
    fresh.parent.mkdir(parents=True)
    os.chmod(fresh.parent, 0o755)
    assert build(runner).exit_code == 0
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700  # the report found 0755 here
    for kind in fresh.iterdir():
        assert stat.S_IMODE(kind.stat().st_mode) == 0o700
        for entry in kind.iterdir():
            assert stat.S_IMODE(entry.stat().st_mode) & 0o077 == 0


def test_a_planted_pickle_for_a_role_is_never_unpickled(fresh, tmp_path):
    role_file = builtin_dir("roles") / "coo.yaml"
    name = _cache_name(role_file.read_bytes())
    assert name is not None
    marker = tmp_path / "ran"
    plant(fresh, "roles", name, pickle.dumps(Planted(marker)))
    role = load_role(role_file)
    assert role.id == "coo"
    assert not marker.exists()
    from jdgen.inputs.modeldata import dump

    assert cache.load("roles", name) == dump(role)  # replaced by JSON


def test_role_entries_are_json_data(fresh):
    role = load_role(builtin_dir("roles") / "director-of-operations.yaml")
    (entry,) = (fresh / "roles").iterdir()
    data = entry.read_bytes()[32:]
    assert data.startswith(b"{") and b"pickle" not in data
    assert load_role(builtin_dir("roles") / "director-of-operations.yaml") == role


@pytest.mark.parametrize("where", ["root", "kind"])
def test_a_cache_others_can_write_is_ignored_with_one_warning(runner, fresh, tmp_path, where):
    assert build(runner).exit_code == 0  # fill it
    marker = tmp_path / "ran"
    for entry in (fresh / "templates").iterdir():  # compiled templates are code: plant some
        plant(fresh, "templates", entry.name, bc_magic + pickle.dumps(Planted(marker)))
    opened = fresh if where == "root" else fresh / "templates"
    os.chmod(opened, 0o777)
    first, second = build(runner), build(runner)
    assert first.exit_code == 0 and second.exit_code == 0, first.output
    assert not marker.exists()
    lines = warnings_in(first)
    assert lines == [f"jdgen: warning: not using the cache folder {opened}: it can be written "
                     "by other users"]
    assert "Traceback" not in first.output and "Error" not in first.stderr


def test_a_cache_owned_by_someone_else_is_ignored(runner, fresh, tmp_path, monkeypatch):
    assert build(runner).exit_code == 0
    good = {p: p.read_bytes() for p in fresh.rglob("*") if p.is_file()}
    real = os.getuid()
    monkeypatch.setattr(cache.os, "getuid", lambda: real + 1)
    result = build(runner)
    assert result.exit_code == 0
    assert warnings_in(result) == [f"jdgen: warning: not using the cache folder {fresh}: it is "
                                   "not owned by you"]
    assert {p: p.read_bytes() for p in fresh.rglob("*") if p.is_file()} == good  # not written


def test_an_entry_others_can_write_is_ignored(fresh, tmp_path):
    entry = plant(fresh, "roles", "x" * 40, b"{}")
    os.chmod(fresh, 0o700)
    os.chmod(entry, 0o666)
    assert cache.load("roles", "x" * 40) is None
    os.chmod(entry, 0o600)
    assert cache.load("roles", "x" * 40) == b"{}"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("kind", ["device-link", "fifo", "folder-link"])
def test_entries_that_are_not_plain_files_are_never_read(fresh, tmp_path, kind):
    (fresh / "roles").mkdir(parents=True, mode=0o700)
    os.chmod(fresh, 0o700)
    entry = fresh / "roles" / ("y" * 40)
    if kind == "device-link":
        entry.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(entry, 0o600)  # opening it to read would wait for a writer: it must not
    else:
        entry.parent.rmdir()
        (tmp_path / "elsewhere").mkdir(mode=0o700)
        entry.parent.symlink_to(tmp_path / "elsewhere")
        plant(tmp_path, "elsewhere", entry.name, b"{}")
    assert cache.load("roles", entry.name) is None


def test_outputs_are_the_same_bytes_with_a_warm_cold_or_refused_cache(runner, fresh, tmp_path,
                                                                      monkeypatch):
    outputs = []
    for state in ("cold", "warm", "refused", "off"):
        if state == "refused":
            os.chmod(fresh, 0o775)
        if state == "off":
            monkeypatch.setenv(cache.ENV, "")
        docx_base.cache_clear()
        result = build(runner, "--out", state)
        assert result.exit_code == 0, result.output
        outputs.append({p.name: p.read_bytes() for p in (tmp_path / state).iterdir()})
    assert all(found == outputs[0] for found in outputs)


def test_a_fresh_interpreter_reads_the_json_cache(fresh, tmp_path):
    import subprocess

    code = ("from jdgen.inputs.discovery import load_role, builtin_dir;"
            "print(load_role(builtin_dir('roles') / 'coo.yaml').title)")
    env = {**os.environ, cache.ENV: str(fresh)}
    for _ in range(2):  # the second run reads the entry the first one wrote
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                             text=True, check=True)
        assert out.stdout.strip() == "Chief Operating Officer"
        assert out.stderr == ""


@pytest.mark.parametrize("path", sorted(builtin_dir("roles").glob("*.yaml")),
                         ids=lambda p: p.stem)
def test_a_role_rebuilt_from_its_json_is_the_validated_role(path):
    from jdgen.inputs.modeldata import dump, rebuild
    from jdgen.inputs.validation import validate
    from jdgen.inputs.yamlfile import read_yaml
    from jdgen.models import Role

    role = validate(Role, read_yaml(path))
    again = rebuild(Role, dump(role))
    assert again == role and repr(again) == repr(role)
    assert again.model_fields_set == role.model_fields_set


@pytest.mark.parametrize(
    "data",
    [b"[]", b'{"id": 5}', b'{"id": "coo", "colour": "red"}', b'{"id": "coo"}',
     b'{"level": "boss"}', b"[" * 100_000, b"not json"],
    ids=["list", "wrong-type", "unknown-field", "missing-fields", "bad-literal", "deep",
         "junk"],
)
def test_a_role_entry_that_does_not_fit_the_model_is_validated_again(fresh, data):
    role_file = builtin_dir("roles") / "coo.yaml"
    name = _cache_name(role_file.read_bytes())
    assert name is not None
    plant(fresh, "roles", name, data)
    os.chmod(fresh, 0o700)
    assert load_role(role_file).title == "Chief Operating Officer"
