"""Pay ranges as people write them: what parse_salary reads, what it refuses, and the
warnings pay_warnings gives for ranges that read correctly but look wrong."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from jdgen.cli import main
from jdgen.tailoring.paywarnings import pay_warnings
from jdgen.tailoring.salary import parse_salary

# (text, (low, high, currency)): every way of writing a range that must be read.
READ = [
    ("85-100k", (85_000, 100_000, None)),
    ("85k-100k", (85_000, 100_000, None)),
    ("85K-100K", (85_000, 100_000, None)),
    ("120–150K", (120_000, 150_000, None)),
    ("120 – 150k", (120_000, 150_000, None)),
    ("85 to 100k", (85_000, 100_000, None)),
    ("85k-100", (85_000, 100_000, None)),
    ("£85-100k", (85_000, 100_000, "GBP")),
    ("£85k–£100k", (85_000, 100_000, "GBP")),
    ("$120,000 to $150,000", (120_000, 150_000, "USD")),
    ("$120k-$150k", (120_000, 150_000, "USD")),
    ("$120-150k", (120_000, 150_000, "USD")),
    ("85,000 - 100,000", (85_000, 100_000, None)),
    ("85000-100000", (85_000, 100_000, None)),
    ("85000-100k", (85_000, 100_000, None)),
    ("85 000–100 000", (85_000, 100_000, None)),
    ("85\u202f000–100\u202f000 €", (85_000, 100_000, "EUR")),
    ("GBP 60k-75k", (60_000, 75_000, "GBP")),
    ("60k-75k GBP", (60_000, 75_000, "GBP")),
    ("gbp 60k-75k", (60_000, 75_000, "GBP")),
    ("USD120k", (120_000, 120_000, "USD")),
    ("60.000 €", (60_000, 60_000, "EUR")),
    ("60.000-75.000 €", (60_000, 75_000, "EUR")),
    ("€55.000–65.000", (55_000, 65_000, "EUR")),
    ("CA$120k-CA$140k", (120_000, 140_000, "CAD")),
    ("CA$120,000 to CA$140,000", (120_000, 140_000, "CAD")),
    ("A$150k-170k", (150_000, 170_000, "AUD")),
    ("NZ$90-110k", (90_000, 110_000, "NZD")),
    ("CHF 120k-150k", (120_000, 150_000, "CHF")),
    ("1.2m", (1_200_000, 1_200_000, None)),
    ("1.2M-1.5M", (1_200_000, 1_500_000, None)),
    ("1.5-2m", (1_500_000, 2_000_000, None)),
    ("1.2 million", (1_200_000, 1_200_000, None)),
    ("1,5k", (1_500, 1_500, None)),
    ("90k", (90_000, 90_000, None)),
    ("95000", (95_000, 95_000, None)),
    ("28", (28, 28, None)),
    ("28-34", (28, 34, None)),
    ("900-1k", (900, 1_000, None)),
    ("between 85k and 100k", (85_000, 100_000, None)),
    ("from $85k to $100k", (85_000, 100_000, "USD")),
    ("₹25,00,000", (2_500_000, 2_500_000, "INR")),
    ("¥9,000,000", (9_000_000, 9_000_000, "JPY")),
    ("SEK 600k-700k", (600_000, 700_000, "SEK")),
]

# (text, message regex): every way that must be refused, and what the message says.
REFUSED = [
    ("85-100,000", r"reads as 85–100,000, which is unclear: write 85k-100k or 85,000-100,000"),
    ("£85–£100,000", r"reads as 85–100,000, which is unclear: write 85k-100k or 85,000-100,000"),
    ("120-150,000", r"reads as 120–150,000, which is unclear: write 120k-150k or 120,000-150,000"),
    ("5-100k", r"reads as 5,000–100,000 or 5–100,000, which is unclear"),
    ("1.2m-900", r"reads as 1,200,000–900,000,000 or 1,200,000–900, which is unclear"),
    ("TBD", r"^'TBD' is not a salary range: give one like 85k-100k.*or leave the salary out$"),
    ("DOE", r"^'DOE' is not a salary range: .*leave the salary out"),
    ("competitive", r"^'competitive' is not a salary range: .*leave the salary out"),
    ("negotiable", r"^'negotiable' is not a salary range"),
    ("Competitive salary", r"^'Competitive salary' is not a salary range"),
    ("depending on experience", r"is not a salary range"),
    ("  ", r"is not a salary range"),
    ("up to 90k", r"'up to 90k' is open-ended: give both ends"),
    ("85k+", r"'85k\+' is open-ended"),
    ("from 85k", r"'from 85k' is open-ended"),
    ("85k or more", r"open-ended"),
    ("85k-100k a year", r"give the amounts alone; say what they are paid per with the period"),
    ("$50/hour", r"give the amounts alone"),
    ("£30 per hour", r"give the amounts alone"),
    ("60k p.a.", r"give the amounts alone"),
    ("75k-60k", r"reads as 75,000–60,000: the upper end is below the lower end"),
    ("85000-100", r"reads as 85,000–100: the upper end is below the lower end"),
    ("200-100", r"upper end is below the lower end"),
    ("0", r"amounts must be above zero"),
    ("-85k", r"amounts must be positive"),
    ("28.50-34.00", r"'28.50' reads as 28.5; pay is kept in whole units"),
    ("92.500,50 €", r"'92.500,50' reads as 92,500.5; pay is kept in whole units"),
    ("1.2345k", r"'1.2345' reads as 1,234.5; pay is kept in whole units"),
    ("£60k-€70k", r"names two currencies: EUR and GBP"),
    ("$60k-£70k", r"names two currencies: '\$' and GBP"),
    ("XYZ 60k", r"'XYZ' is not a currency code"),
    ("85k-100k DOE", r"'DOE' is not a currency code .*give only the amounts and their currency"),
    ("85k and 100k", r"is not a salary range like 85k-100k"),
    ("85k-100k-120k", r"is not a salary range"),
    ("999999999999999999999999999999", r"amounts above 1,000,000,000 are not a plausible"),
    ("x" * 61, r"too long"),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_ranges_as_people_write_them(text: str, expected: tuple[int, int, str | None]) -> None:
    parsed = parse_salary(text)
    assert (parsed.low, parsed.high, parsed.currency) == expected


@pytest.mark.parametrize(("text", "message"), REFUSED)
def test_ranges_that_are_refused_say_why(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_salary(text)


def test_the_table_is_as_wide_as_promised() -> None:
    assert len(READ) + len(REFUSED) >= 40
    assert len({text for text, _ in READ + REFUSED}) == len(READ) + len(REFUSED)


def test_a_bare_dollar_is_shared_and_a_marked_one_is_not() -> None:
    assert parse_salary("$120-150k").shared
    assert parse_salary("$120-150k").marker == "$"
    assert not parse_salary("US$120-150k").shared
    assert parse_salary("CA$120k-140k").agrees("CAD")
    assert not parse_salary("£85-100k").agrees("USD")


@st.composite
def _thousands(draw: st.DrawFn) -> tuple[int, int]:
    """A range in whole thousands whose top is at most ten times its bottom."""
    low = draw(st.integers(1, 999))
    return low, draw(st.integers(low, min(low * 10, 999)))


@given(_thousands(), st.sampled_from(["-", "–", " - ", " to "]))
def test_every_way_of_writing_thousands_reads_the_same(ends: tuple[int, int], dash: str) -> None:
    low, high = ends
    expected = (low * 1000, high * 1000)
    for text in (f"{low}{dash}{high}k", f"{low}k{dash}{high}k", f"{low}K{dash}{high}K",
                 f"{low * 1000:,}{dash}{high * 1000:,}", f"{low * 1000}{dash}{high}k",
                 f"£{low}{dash}{high}k", f"{low}k{dash}{high}k EUR"):
        assert parse_salary(text)[:2] == expected, text


@given(st.integers(1, 99), st.integers(1_000, 999_999))
def test_a_small_bare_end_beside_a_full_one_is_never_guessed(low: int, high: int) -> None:
    """'85-100,000' is refused whenever the two ends are far apart, never silently read."""
    if high > low * 10:
        with pytest.raises(ValueError, match="which is unclear"):
            parse_salary(f"{low}-{high:,}")


# ------------------------------------------------------------------ the cases, built


@pytest.mark.parametrize(("salary", "location", "printed"), [
    ("85-100k", "Leeds, UK", "£85,000–£100,000 per year"),
    ("120-150k", "Denver, CO", "$120,000–$150,000 per year"),
    ("£85-100k", "London, UK", "£85,000–£100,000 per year"),
    ("$120,000 to $150,000", "Austin, TX", "$120,000–$150,000 per year"),
])
def test_a_built_posting_prints_the_range_as_meant(runner: CliRunner, salary: str,
                                                    location: str, printed: str) -> None:
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "--location", location,
                                  "--salary", salary, "--date", "2026-11-25", "-o", "-"])
    assert result.exit_code == 0, result.stderr
    assert f"- **Pay:** {printed}" in result.stdout.splitlines()


@pytest.mark.parametrize(("salary", "said"), [
    ("TBD", "'TBD' is not a salary range: give one like 85k-100k"),
    ("competitive", "'competitive' is not a salary range"),
    ("85-100,000", "'85-100,000' reads as 85–100,000, which is unclear: write 85k-100k or "
                   "85,000-100,000"),
])
def test_a_build_refuses_pay_it_cannot_read(runner: CliRunner, salary: str, said: str) -> None:
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "--salary", salary,
                                  "--date", "2026-11-25", "-o", "-"])
    assert result.exit_code == 2
    assert result.stdout == ""
    [line] = [ln for ln in result.stderr.splitlines() if ln.startswith("Error:")]
    assert said in line and "currency code" not in line


# ------------------------------------------------------------------ warnings


@pytest.mark.parametrize(("low", "high", "currency", "period", "country", "expected"), [
    (85_000, 100_000, "GBP", "year", "GB", []),
    (28, 34, "USD", "hour", "US", []),
    (1_500, 1_800, "JPY", "hour", "JP", []),          # yen: the bounds scale
    (4_000, 6_000, "EUR", "month", "DE", []),
    (120_000, 140_000, "USD", "year", None, []),       # no country: no currency doubt
    (60_000, 75_000, "USD", "year", "PA", []),         # US dollars are legal tender in Panama
    (40_000, 150_000, "USD", "year", "US",
     [r"^pay 40,000–150,000 USD per year: the top is 3\.8 times the bottom; give the range"]),
    (85, 100, "GBP", "year", "GB",
     [r"^pay 85–100 GBP per year is under 1,000 GBP a year: if you meant thousands, write "
      r"85k-100k or 85,000-100,000"]),
    (90, 90, "USD", "year", "US", [r"write 90k or 90,000;"]),
    (45_000, 45_000, "USD", "hour", "US",
     [r"^pay 45,000 USD per hour is over 1,000 USD an hour: check the amounts, or set the "
      r"period"]),
    (1, 2, "EUR", "hour", "IE", [r"^pay 1–2 EUR per hour is under 2 EUR an hour"]),
    (50, 60, "USD", "month", "US", [r"under 300 USD a month"]),
    (500_000, 600_000, "USD", "month", "US", [r"over 200,000 USD a month"]),
    (20_000_000, 20_000_000, "USD", "year", "US", [r"over 10,000,000 USD a year"]),
    (120_000, 140_000, "USD", "year", "CA",
     [r"^pay 120,000–140,000 USD per year is in USD, but the job is in Canada, which pays "
      r"in CAD: give the salary in CAD unless the job really pays in USD$"]),
    (60_000, 75_000, "EUR", "year", "GB", [r"job is in United Kingdom, which pays in GBP"]),
    (10_000, 40_000, "USD", "year", "CA", [r"4\.0 times", r"which pays in CAD"]),
])
def test_pay_warnings(low: int, high: int, currency: str, period: str, country: str | None,
                      expected: list[str]) -> None:
    found = pay_warnings(low, high, currency, period, country)
    assert len(found) == len(expected), found
    for line, pattern in zip(found, expected, strict=True):
        assert re.search(pattern, line), line
        assert "\n" not in line
