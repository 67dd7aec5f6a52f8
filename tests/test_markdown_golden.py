"""Golden Markdown: the built-in roles under several tailorings, byte for byte.

Regenerate after an intended change with ``pytest --update-testdata`` and read
the diff as a recruiter would before committing it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jdgen.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "companies"
GOLDEN = Path(__file__).parent / "testdata" / "postings"

CASES = {
    "coo-acme-defaults": ["coo", "--company", "Acme"],
    "doo-northwind-supply-chain": [
        "director-of-operations", "--company", "Northwind Traders", "--industry", "logistics",
        "--focus", "supply-chain", "--location", "Denver, CO", "--hybrid",
        "--salary", "140000-175000", "--currency", "USD",
        "--reports-to", "Chief Operating Officer", "--team-size", "25",
    ],
    "coo-bluebird-company-file": [
        "coo", "--company-file", str(EXAMPLES / "bluebird-health.yaml"), "--team-size", "60",
    ],
    "doo-kite-remote-saas": [
        "doo", "--company", "Kite & Key", "--industry", "SaaS", "--employees", "85",
        "--stage", "startup", "--remote", "--location", "United States",
        "--salary", "€95k-€120k", "--currency", "EUR", "--focus", "process-optimization",
    ],
    "coo-hostile-name": [
        "coo", "--company", "*Evil* [x](javascript:alert(1)) {{ 7*7 }} <script>",
        "--industry", "retail", "--onsite", "--location", "Austin, TX",
    ],
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden_markdown(runner, case, update_testdata):
    result = runner.invoke(main, ["build", *CASES[case], "--date", "2026-11-25", "-o", "-"],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    golden = GOLDEN / f"{case}.md"
    if update_testdata:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(result.stdout, encoding="utf-8")
    assert golden.is_file(), f"{golden} missing; run pytest --update-testdata"
    assert result.stdout == golden.read_text(encoding="utf-8")
