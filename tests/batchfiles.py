"""Helpers the batch tests share: what a folder holds, and a run that did not crash."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def no_traceback(result: Any) -> None:
    """A CLI result that failed, if it did, as a user error: no traceback, no stray exception."""
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)


def files(folder: Path) -> dict[str, bytes]:
    """Every file directly in ``folder``, name -> bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
