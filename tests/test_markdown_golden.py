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
    # One per locale, the locale taken from the job's country.
    "locale-en-gb-london-software-coo": [
        "coo", "--company", "Brightwire", "--industry", "software", "--employees", "15",
        "--stage", "startup", "--location", "London, UK", "--hybrid", "--salary", "£110k-£130k",
        "--reports-to", "our founder", "--apply-url", "https://brightwire.example/jobs/coo",
        "--benefit", "25 days of annual leave plus bank holidays",
    ],
    "locale-en-ca-toronto-manufacturing-doo": [
        "doo", "--company", "Maple Ridge Fabrication", "--industry", "manufacturing",
        "--employees", "220", "--stage", "growth", "--location", "Toronto, ON", "--onsite",
        "--salary", "135000-160000", "--currency", "CAD", "--reports-to",
        "Chief Operating Officer", "--team-size", "40", "--focus", "process-optimization",
        "--apply-email", "careers@mapleridge.example",
    ],
    "locale-en-au-sydney-healthcare-coo": [
        "coo", "--company", "Harbourside Health", "--industry", "healthcare", "--employees",
        "600", "--stage", "established", "--location", "Sydney, NSW", "--hybrid",
        "--salary", "280000-320000", "--currency", "AUD", "--reports-to", "CEO",
        "--apply-url", "https://harbourside.example/careers",
    ],
    "locale-en-ie-dublin-logistics-doo": [
        "doo", "--company", "Liffey Freight", "--industry", "logistics", "--employees", "140",
        "--stage", "growth", "--location", "Dublin, Ireland", "--onsite", "--salary",
        "€95k-€115k", "--reports-to", "Managing Director", "--team-size", "30",
        "--focus", "logistics", "--apply-url", "https://liffeyfreight.example/jobs",
    ],
    "locale-en-us-denver-retail-coo": [
        "coo", "--company", "Front Range Outfitters", "--industry", "retail", "--employees",
        "2400", "--stage", "established", "--location", "Denver, CO", "--onsite",
        "--salary", "240000-290000", "--reports-to", "the board", "--team-size", "9",
        "--apply-url", "https://frontrange.example/careers",
        "--benefit", "20 days of paid time off",
    ],
    "locale-en-gb-option-over-us-nonprofit-doo": [
        "doo", "--company", "Color Labs", "--industry", "nonprofit", "--location",
        "Denver, CO", "--onsite", "--locale", "en-GB", "--focus", "process-optimization",
        "--salary", "68000-76000", "--benefit", "Medical, dental and vision coverage",
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
