"""The chromium the browser tests drive: found, started and closed in one place."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path(os.environ.get("JDGEN_CHROMIUM", "/usr/bin/chromium"))


def chromium_browser() -> Iterator[Any]:
    """A started chromium, closed when the generator ends, so no browser, driver or
    helper thread outlives the tests; a skip that says why when there is none."""
    playwright_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright for Python is not installed "
                                       "(pip install playwright; .ci/run tries)")
    if not CHROMIUM.is_file():
        pytest.skip(f"no chromium at {CHROMIUM} (apt-get install chromium, or set "
                    "JDGEN_CHROMIUM)")
    with playwright_api.sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                                  args=["--no-sandbox"])
        except Exception as exc:  # a chromium that cannot start here: say why, then skip
            pytest.skip(f"chromium at {CHROMIUM} did not start: {str(exc).splitlines()[0]}")
        yield launched
        launched.close()
