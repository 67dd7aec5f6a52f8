"""Shared fixtures: a CLI runner, a file writer, golden-file updating."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, settings

TESTDATA = Path(__file__).parent / "testdata"
BUILD_DAY = 1796083200  # 2026-12-01, as SOURCE_DATE_EPOCH

# Facts that leave a build nothing to warn about, for tests that read stderr exactly.
COMPLETE = ["--location", "Austin, TX", "--onsite", "--apply-url", "https://example.com/apply",
            "--reports-to", "CEO"]

# Property tests: a quick profile for every run and CI, a long one on demand
# (pytest --hypothesis-profile=long). Deadlines are off: DOCX builds vary in time.
_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture]}
settings.register_profile("ci", max_examples=60, **_COMMON)
settings.register_profile("long", max_examples=10_000, **_COMMON)
settings.load_profile("ci")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-testdata",
        action="store_true",
        help="Rewrite golden files in tests/testdata from the current output.",
    )


@pytest.fixture
def update_testdata(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-testdata"))


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """jdgen's per-user cache lives in a folder of this test run, never in ~/.cache."""
    folder = tmp_path_factory.mktemp("jdgen-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JDGEN_CACHE_DIR", str(folder))  # subprocesses inherit it too
        yield folder


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Every test runs in an empty folder with no jdgen environment variables."""
    for name in ("SOURCE_DATE_EPOCH", "JDGEN_ROLES_DIR", "JDGEN_TEMPLATES_DIR", "CI"):
        monkeypatch.delenv(name, raising=False)
    # The build's day, fixed: closing dates in the fixtures and examples are judged against
    # it, so no test starts failing when the calendar passes them. A test of "today"
    # removes it itself.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(BUILD_DAY))
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """Write a file under tmp_path and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


# The postings each example company's Word file and PDF must fit on two pages:
# (role, extra build options), with their test ids.
TWO_PAGE_POSTINGS = pytest.mark.parametrize(("role", "extra"), [
    ("coo", []), ("director-of-operations", []),
    ("director-of-operations", ["--focus", "supply-chain", "--team-size", "25"]),
], ids=["coo", "director-of-operations", "director-of-operations-focus"])
