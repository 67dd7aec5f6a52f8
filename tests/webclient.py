"""A web app for tests: the Starlette TestClient on an app started in a folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

TOKEN = "test-token"


def client(start: Path, **options: Any) -> Any:
    """A TestClient for ``jdgen serve`` started in ``start`` (skips without the web extra)."""
    import pytest

    pytest.importorskip("starlette", reason="the web extra is not installed")
    pytest.importorskip("multipart", reason="python-multipart is not installed")
    from starlette.testclient import TestClient

    from jdgen.web.app import create_app

    app = create_app(start, TOKEN, hosts={"testserver"}, origins={"http://testserver"},
                     **options)
    return TestClient(app, raise_server_exceptions=False)
