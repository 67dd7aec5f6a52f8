"""Helpers the batch tests share: what a folder holds, and a run that did not crash."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from jdgen.cli import main


def no_traceback(result: Any) -> None:
    """A CLI result that failed, if it did, as a user error: no traceback, no stray exception."""
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)


def files(folder: Path) -> dict[str, bytes]:
    """Every file directly in ``folder``, name -> bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def epoch(day: str, at: str = "09:30:00") -> str:
    """SOURCE_DATE_EPOCH for ``day`` (YYYY-MM-DD) at ``at`` UTC."""
    return str(int(dt.datetime.fromisoformat(f"{day}T{at}+00:00").timestamp()))


def build_on(runner: Any, monkeypatch: Any, day: str, *args: str, at: str = "09:30:00") -> Any:
    """``jdgen build --manifest postings.yaml --out site`` on ``day``; it must not crash."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch(day, at))
    result = runner.invoke(main, ["build", "--manifest", "postings.yaml", "--out", "site",
                                  *args])
    no_traceback(result)
    return result
