"""Atomic writes and safe names: a failure never leaves a half file or loses a good one."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from conftest import COMPLETE
from jdgen.cli import main
from jdgen.errors import OutputError
from jdgen.site.output import StagedWrites, check_out_dir, target, write_atomic


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_write_replaces_whole_file(tmp_path):
    path = tmp_path / "a.md"
    write_atomic(path, b"old")
    write_atomic(path, b"new content")
    assert path.read_bytes() == b"new content"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO, errno.EROFS])
def test_failed_write_keeps_old_file_and_cleans_up(tmp_path, monkeypatch, code):
    path = tmp_path / "a.md"
    path.write_bytes(b"good old version")

    def broken_fsync(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OutputError, match=r"cannot write .*a\.md: "):
        write_atomic(path, b"x" * 100_000)
    assert path.read_bytes() == b"good old version"
    assert leftovers(tmp_path) == []


def test_staged_writes_land_in_order_whole_and_only_on_commit(tmp_path, monkeypatch):
    order: list[str] = []
    replace = os.replace

    def recording(src: str, dst: str) -> None:
        order.append(Path(dst).name)
        replace(src, dst)

    monkeypatch.setattr(os, "replace", recording)
    (tmp_path / "000.md").write_bytes(b"old")
    names = [f"{n:03d}.md" for n in range(100)]
    with StagedWrites() as staged:
        items = [staged.stage(tmp_path / name, name.encode() * 500) for name in names]
        assert len(staged) == 100
        assert (tmp_path / "000.md").read_bytes() == b"old"  # nothing in place before commit
        assert not (tmp_path / "001.md").exists()
        staged.commit()
        assert len(staged) == 0
    assert order == names
    assert all(item.error is None for item in items)
    assert all((tmp_path / name).read_bytes() == name.encode() * 500 for name in names)
    assert all((tmp_path / name).stat().st_mode & 0o777 == 0o644 for name in names)
    assert leftovers(tmp_path) == []


def test_a_failed_flush_fails_that_file_and_spares_the_rest(tmp_path, monkeypatch):
    (tmp_path / "b.md").write_bytes(b"good old version")
    with StagedWrites() as staged:
        a, b, c = (staged.stage(tmp_path / name, b"new") for name in ("a.md", "b.md", "c.md"))
        fsync = os.fsync

        def failing_for_b(fd: int) -> None:
            if fd == b.fd:
                raise OSError(errno.EIO, os.strerror(errno.EIO))
            fsync(fd)

        monkeypatch.setattr(os, "fsync", failing_for_b)
        staged.commit()
    assert b.error is not None and "cannot write" in b.error.format_message()
    assert a.error is None and c.error is None
    assert (tmp_path / "b.md").read_bytes() == b"good old version"
    assert (tmp_path / "a.md").read_bytes() == (tmp_path / "c.md").read_bytes() == b"new"
    assert leftovers(tmp_path) == []


def test_files_staged_but_never_committed_leave_no_trace(tmp_path):
    (tmp_path / "a.md").write_bytes(b"good old version")
    with pytest.raises(KeyboardInterrupt), StagedWrites() as staged:
        staged.stage(tmp_path / "a.md", b"new")
        staged.stage(tmp_path / "b.md", b"new")
        raise KeyboardInterrupt
    assert (tmp_path / "a.md").read_bytes() == b"good old version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]


def test_a_full_disk_while_staging_is_one_plain_error(tmp_path, monkeypatch):
    def full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with StagedWrites() as staged, pytest.raises(OutputError, match="no space left"):
        staged.stage(tmp_path / "a.md", b"data")
    assert list(tmp_path.iterdir()) == []


def test_disk_full_message_is_plain(tmp_path, monkeypatch):
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError, match="no space left on the device"):
        write_atomic(tmp_path / "a.docx", b"data")


def test_interrupt_mid_write_cleans_up(tmp_path, monkeypatch):
    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "a.md", b"data")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["", ".", "..", "../x.md", "a/b.md", "a\\b.md", "x\x00.md"])
def test_unsafe_names_are_refused(tmp_path, name):
    with pytest.raises(OutputError, match="refusing unsafe output file name"):
        target(tmp_path, name)


def test_symlink_in_output_folder_is_not_followed(tmp_path):
    outside = tmp_path / "outside.md"
    outside.write_text("precious")
    out = tmp_path / "out"
    out.mkdir()
    (out / "acme-coo.md").symlink_to(outside)
    with pytest.raises(OutputError, match="symbolic link"):
        target(out, "acme-coo.md")


def test_output_path_that_is_a_file(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="is not a folder"):
        check_out_dir(tmp_path / "file")


def test_build_failure_while_writing_leaves_nothing(runner, tmp_path, monkeypatch):
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", *COMPLETE, "-f", "md"])
    assert result.exit_code == 1
    assert result.stderr == "Error: cannot write acme-coo.md: no space left on the device\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["../../etc", "/etc/passwd", "..", "CON", "a/../../b"])
def test_hostile_company_names_stay_inside_the_output_folder(runner, tmp_path, name):
    out = tmp_path / "out"
    out.mkdir()
    result = runner.invoke(main, ["build", "coo", "--company", name, "-f", "md", "--out", "out"])
    assert result.exit_code == 0, result.stderr
    (written,) = out.iterdir()
    assert written.parent == out
    assert written.name.endswith("-coo.md")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_out_folder_is_created_with_its_parents(runner, tmp_path):
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "--out", "site/jobs/"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Wrote site/jobs/acme-coo.docx\n"
    assert (tmp_path / "site" / "jobs" / "acme-coo.docx").is_file()


def test_out_that_is_a_file_is_refused(runner, tmp_path):
    (tmp_path / "site").write_text("keep me")
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", *COMPLETE,
                                  "--out", "site/jobs"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot create output folder site/jobs: ")
    assert (tmp_path / "site").read_text() == "keep me"


@pytest.mark.parametrize("name", ["CON", "con.md", "nul.docx", "COM1.html", "lpt9.json"])
def test_windows_reserved_names_are_refused(tmp_path, name):
    with pytest.raises(OutputError, match="Windows reserves that name"):
        target(tmp_path, name)


def test_reserved_posting_id_in_a_manifest_fails_that_posting(runner, tmp_path):
    (tmp_path / "postings.yaml").write_text(
        "defaults:\n  company_name: Acme\npostings:\n  - role: coo\n    id: con\n"
        "  - role: coo\n", encoding="utf-8")
    result = runner.invoke(main, ["build", "--manifest", "postings.yaml", "--out", "site"])
    assert result.exit_code == 1
    assert "Error: postings.yaml:4:5: refusing output file name 'con.md': Windows reserves" \
        in result.stderr
    assert (tmp_path / "site" / "acme-coo.md").is_file()
