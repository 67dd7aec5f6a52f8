"""Facts a user gives reach the text as given: the manager, the money, the ways to apply."""

from __future__ import annotations

import io
import json
import re

import docx
import pytest

from conftest import COMPLETE
from jdgen.cli import main
from jdgen.tailoring.reporting import kind_of, manager
from jdgen.tailoring.salary import Salary, parse_salary

DATE = ["--date", "2026-11-25"]


def build_md(runner, *args: str):
    return runner.invoke(main, ["build", *args, *DATE, "-o", "-"])


# ------------------------------------------------------------------ manager


@pytest.mark.parametrize(("given", "kind", "phrase", "introduction", "label"), [
    ("CEO", "chief-executive", "the CEO", "the CEO", "CEO"),
    ("Chief Executive Officer", "chief-executive", "the Chief Executive Officer",
     "the Chief Executive Officer", "Chief Executive Officer"),
    ("Managing Director", "chief-executive", "the Managing Director", "the Managing Director",
     "Managing Director"),
    ("the board", "board", "the board", "the board", "the board"),
    ("Board of Directors", "board", "the Board of Directors", "the Board of Directors",
     "Board of Directors"),
    ("our founder", "chief-executive", "our founder", "our founder", "our founder"),
    ("Our CEO", "chief-executive", "our CEO", "our CEO", "Our CEO"),
    ("Dana Kim, CEO", "chief-executive", "Dana Kim", "Dana Kim, our CEO", "Dana Kim, CEO"),
    ("Dana Kim (Managing Director)", "chief-executive", "Dana Kim",
     "Dana Kim, our Managing Director", "Dana Kim (Managing Director)"),
    ("Dana Kim", "other", "Dana Kim", "Dana Kim", "Dana Kim"),
    ("Chief Operating Officer", "coo", "the Chief Operating Officer",
     "the Chief Operating Officer", "Chief Operating Officer"),
    ("the COO", "coo", "the COO", "the COO", "the COO"),
    ("VP of Operations", "other", "the VP of Operations", "the VP of Operations",
     "VP of Operations"),
    ("  the   Managing   Director ", "chief-executive", "the Managing Director",
     "the Managing Director", "the Managing Director"),
])
def test_a_manager_reads_naturally_in_every_form(given, kind, phrase, introduction, label):
    boss = manager(given)
    assert (boss.kind, boss.phrase, boss.introduction, boss.label) == (
        kind, phrase, introduction, label)


def test_a_managing_director_is_not_a_board():
    assert kind_of("Managing Director") == "chief-executive"
    assert kind_of("Executive Director") == "chief-executive"
    assert kind_of("Board of Trustees") == "board"


@pytest.mark.parametrize("boss", ["Managing Director", "our founder", "the board",
                                  "Dana Kim, CEO"])
def test_a_coo_who_does_not_report_to_a_ceo_never_mentions_one(runner, boss):
    result = build_md(runner, "coo", "--company", "Acme", *COMPLETE, "--reports-to", boss)
    assert result.exit_code == 0, result.stderr
    text = result.stdout.replace(boss, "").replace(manager(boss).introduction, "")
    if boss != "Dana Kim, CEO":
        assert not re.search(r"\bCEO\b|Chief Executive", text)
    assert "the our" not in result.stdout and "the Dana" not in result.stdout


def test_a_small_companys_director_reporting_to_the_ceo_names_no_coo(runner):
    result = build_md(runner, "director-of-operations", "--company", "Acme", *COMPLETE,
                      "--reports-to", "CEO", "--employees", "15")
    assert result.exit_code == 0, result.stderr
    assert not re.search(r"\bCOO\b|Chief Operating Officer", result.stdout)
    assert "You will report to the CEO." in result.stdout


# ------------------------------------------------------------------ money


@pytest.mark.parametrize(("text", "parsed"), [
    ("140000-175000", Salary(140000, 175000)),
    ("140k-175k", Salary(140000, 175000)),
    ("£60k-£75k", Salary(60000, 75000, "GBP")),
    ("GBP 60k-75k", Salary(60000, 75000, "GBP")),
    ("60.000 €", Salary(60000, 60000, "EUR")),
    ("€95k–€120k", Salary(95000, 120000, "EUR")),
    ("CA$120,000 to CA$140,000", Salary(120000, 140000, "CAD")),
    ("A$150k-A$170k", Salary(150000, 170000, "AUD")),
    ("CHF 120k-150k", Salary(120000, 150000, "CHF")),
    ("₹2,500,000", Salary(2500000, 2500000, "INR")),
    ("¥9,000,000", Salary(9000000, 9000000, "JPY", shared=True)),
    ("$140,000 – $175,000", Salary(140000, 175000, "USD", shared=True)),
    ("60 000-75 000 SEK", Salary(60000, 75000, "SEK")),
    ("1.5k", Salary(1500, 1500)),
    ("92.500 €", Salary(92500, 92500, "EUR")),
])
def test_salaries_as_people_type_them(text, parsed):
    assert parse_salary(text) == parsed


@pytest.mark.parametrize(("text", "message"), [
    ("£60k-€70k", "names two currencies: EUR and GBP"),
    ("XYZ 60k", "'XYZ' is not a currency code"),
    ("abc", "'abc' is not a salary range"),
    ("999999999999999999999999999999", "amounts above 1,000,000,000 are not a plausible"),
    ("75k-60k", "the upper end is below the lower end"),
    ("0", "amounts must be above zero"),
    ("92.500,50 €", "'92.500,50' reads as 92,500.5; pay is kept in whole units"),
])
def test_bad_salaries_say_what_is_wrong(text, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_salary(text)


def test_a_huge_salary_is_quoted_as_typed_not_rounded(runner):
    result = build_md(runner, "coo", "--company", "Acme", "--salary",
                      "999999999999999999999999999999")
    assert result.exit_code == 2
    assert "'999999999999999999999999999999'" in result.stderr
    assert "e+" not in result.stderr and "1000000000000000019884624838656" not in result.stderr


@pytest.mark.parametrize(("salary", "location", "printed"), [
    ("£60k-£75k", "Leeds, UK", "£60,000–£75,000 per year"),
    ("€95k-€120k", "Dublin, IE", "€95,000–€120,000 per year"),
    ("CA$120k-CA$140k", "Toronto, ON, CA", "$120,000–$140,000 per year"),
    ("140k-175k", "Austin, TX", "$140,000–$175,000 per year"),
    ("US$140k-US$175k", "Toronto, ON, CA", "US$140,000–US$175,000 per year"),
    ("$140k-$175k", "London", "US$140,000–US$175,000 per year"),
])
def test_the_currency_written_is_the_one_printed_once(runner, salary, location, printed):
    result = build_md(runner, "coo", "--company", "Acme", "--salary", salary,
                      "--location", location)
    assert result.exit_code == 0, result.stderr
    assert f"- **Pay:** {printed}\n" in result.stdout
    assert f"The pay range for this role is {printed}." in result.stdout
    assert not re.search(r"[£€$]\S* ?(GBP|EUR|USD|CAD)\b", result.stdout)


# A salary that names no currency is in the job's country's; a bare '$' is that
# country's dollar when it has one (US dollars elsewhere).
LOCAL_PAY = [  # (salary, place options, code, printed)
    ("130000-155000", ["--location", "Toronto, ON"], "CAD", "$130,000–$155,000"),
    ("$130k-$155k", ["--location", "Toronto, ON"], "CAD", "$130,000–$155,000"),
    ("160k-180k", ["--location", "Brisbane, QLD"], "AUD", "$160,000–$180,000"),
    ("$160k-$180k", ["--location", "Sydney, NSW"], "AUD", "$160,000–$180,000"),
    ("60k-75k", ["--location", "Leeds, UK"], "GBP", "£60,000–£75,000"),
    ("60k-75k", ["--locale", "en-GB"], "GBP", "£60,000–£75,000"),
    ("140k-160k", ["--location", "Dublin"], "EUR", "€140,000–€160,000"),
    ("90k-110k", ["--location", "Berlin, Germany"], "EUR", "€90,000–€110,000"),
    ("$90k-$110k", ["--location", "Berlin, Germany"], "USD", "US$90,000–US$110,000"),
    ("140k-175k", ["--location", "Austin, TX"], "USD", "$140,000–$175,000"),
    ("140k-175k", [], "USD", "$140,000–$175,000"),
    ("130k-150k", ["--remote", "--applicant-country", "CA"], "CAD", "$130,000–$150,000"),
    ("130k-150k", ["--location", "Toronto, ON", "--currency", "USD"], "USD",
     "US$130,000–US$150,000"),
]


@pytest.mark.parametrize(("salary", "place", "code", "printed"), LOCAL_PAY)
def test_pay_without_a_currency_is_in_the_jobs_own(runner, tmp_path, salary, place, code,
                                                    printed):
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", *DATE, "--salary",
                                  salary, *place, "-f", "md", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "acme-coo.md").read_text(encoding="utf-8")
    assert f"- **Pay:** {printed} per year\n" in text
    assert f"The pay range for this role is {printed} per year." in text
    data = json.loads((tmp_path / "acme-coo.json").read_text(encoding="utf-8"))
    assert data["baseSalary"]["currency"] == code


@pytest.mark.parametrize(("salary", "place", "code", "printed"),
                         [case for case in LOCAL_PAY if "--applicant-country" not in case[1]])
def test_a_manifest_reads_pay_the_same_way(runner, tmp_path, salary, place, code, printed):
    facts = {"--location": "location", "--locale": "locale", "--currency": "currency"}
    lines = ["postings:", "  - role: coo", "    company_name: Acme", "    date: 2026-11-25",
             f"    salary: '{salary}'"]
    options = iter(place)
    for option in options:
        lines.append(f"    {facts[option]}: '{next(options)}'")
    (tmp_path / "m.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(main, ["build", "--manifest", "m.yaml", "--out", "out"])
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "out" / "acme-coo.md").read_text(encoding="utf-8")
    assert f"- **Pay:** {printed} per year\n" in text
    index = json.loads((tmp_path / "out" / "index.json").read_text(encoding="utf-8"))
    shared = {"CAD": "CA$", "AUD": "A$"}.get(code)
    if shared:  # the index lists jobs from several countries: its dollars say whose
        assert index["jobs"][0]["pay"].startswith(shared)


def test_a_bare_dollar_sign_against_a_filed_currency_is_one_error(runner, write, tmp_path):
    write("c.yaml", "name: Acme\ncompensation: {min: 1, max: 2, currency: EUR}\n")
    write("m.yaml", "defaults: {company: c.yaml, date: 2026-11-25}\npostings:\n"
                    "  - {role: coo, id: filed, salary: '$90k-$100k'}\n"
                    "  - {role: coo, id: option, salary: '$90k-$100k', currency: GBP}\n"
                    "  - {role: coo, id: fits, salary: '$90k-$100k', currency: CAD}\n")
    result = runner.invoke(main, ["build", "--manifest", "m.yaml", "--out", "out"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 3, result.stderr
    assert "salary is in '$' but the company file's compensation.currency is EUR" in errors[0]
    assert "salary is in '$' but currency says GBP; give one currency" in errors[1]
    assert "CA$90,000–CA$100,000 per year" in (tmp_path / "out" / "fits.md").read_text()


def test_a_dollar_sign_fits_a_dollar_currency(runner):
    result = build_md(runner, "coo", "--company", "Acme", "--salary", "$120k-$140k",
                      "--currency", "CAD", "--location", "Toronto, ON, CA")
    assert result.exit_code == 0, result.stderr
    assert "$120,000–$140,000 per year" in result.stdout


def test_a_currency_that_disagrees_with_the_option_is_one_error(runner):
    result = build_md(runner, "coo", "--company", "Acme", "--salary", "£60k-£75k",
                      "--currency", "USD")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == (
        "Error: Invalid value for '--salary': the salary is in GBP (£) but --currency says "
        "USD; give one currency")


def test_a_currency_that_disagrees_with_the_company_file_is_one_error(runner, write):
    write("acme.yaml", "name: Acme\ncompensation: {min: 1, max: 2, currency: USD}\n")
    result = build_md(runner, "coo", "--company-file", "acme.yaml", "--salary", "€95k-€120k")
    assert result.exit_code == 2
    last = result.stderr.strip().splitlines()[-1]
    assert "the salary is in EUR (€) but acme.yaml's compensation.currency is USD" in last


def test_a_manifest_salary_sets_its_currency_and_keeps_the_files(runner, write, tmp_path):
    write("c.yaml", "name: Acme\ncompensation: {min: 1, max: 2, currency: EUR}\n")
    write("m.yaml", "defaults: {company: c.yaml, date: 2026-11-25}\npostings:\n"
                    "  - {role: coo, id: gbp, salary: '£60k-£75k', currency: GBP}\n"
                    "  - {role: coo, id: kept, salary: 90k-100k}\n"
                    "  - {role: coo, id: clash, salary: '£60k-£75k'}\n"
                    "  - {role: coo, id: both, salary: '£60k-£75k', currency: USD}\n")
    result = runner.invoke(main, ["build", "--manifest", "m.yaml", "--out", "out"])
    assert result.exit_code == 1
    assert "£60,000–£75,000 per year" in (tmp_path / "out" / "gbp.md").read_text()
    assert "€90,000–€100,000 per year" in (tmp_path / "out" / "kept.md").read_text()
    assert ("salary is in GBP (£) but the company file's compensation.currency is EUR; add "
            "'currency: GBP' to override the file") in result.stderr
    assert "salary is in GBP (£) but currency says USD" in result.stderr


# ------------------------------------------------------------------ nothing invented


def test_a_bare_build_warns_once_per_missing_fact_and_invents_nothing(runner):
    result = build_md(runner, "coo", "--company", "Acme")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "Warning: acme-coo: no manager given: the posting says the Chief Operating Officer "
        "reports to the chief executive and names no job title; add --reports-to (for example "
        "--reports-to CEO, or a reports_to column in a manifest)",
        "Warning: acme-coo: no way to apply given: the posting says what to send but not "
        "where; add --apply-url, --apply-email or 'apply' in the company file",
        "Warning: acme-coo: no location given: add --location, or --remote for a remote role",
    ]
    text = result.stdout
    assert "Reports to" not in text
    assert "## Pay" not in text and "## Benefits" not in text
    assert "first conversation" not in text
    assert not re.search(r"https?://|@|mailto", text)  # no channel made up


def test_ways_to_apply_are_printed(runner):
    result = build_md(runner, "coo", "--company", "Acme", "--location", "Austin, TX",
                      "--onsite", "--apply-email", "jobs@acme.example", "--reports-to", "CEO")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "Email your application to [jobs@acme.example](<mailto:jobs@acme.example>)." in (
        result.stdout)


def test_a_bad_apply_email_is_named(runner):
    result = build_md(runner, "coo", "--company", "Acme", "--apply-email", "jobs at acme")
    assert result.exit_code == 2
    assert "'--apply-email'" in result.stderr and "is not an email address" in result.stderr


def test_benefits_where_a_pay_law_asks_for_them(runner):
    result = build_md(runner, "coo", "--company", "Acme", "--location", "Denver, CO",
                      "--hybrid", "--apply-url", "https://acme.example/apply",
                      "--salary", "150k-190k", "--reports-to", "CEO")
    assert result.stderr.splitlines() == [
        "Warning: acme-coo: no benefits given, and the pay-transparency law of Colorado asks "
        "for a description of benefits: add --benefit or 'benefits' in the company file"]
    assert "## Pay\n" in result.stdout  # the heading says only what the section holds
    remote = build_md(runner, "coo", "--company", "Acme", "--remote", "--location",
                      "United States", "--apply-url", "https://acme.example/apply")
    assert "the pay-transparency laws of Colorado, Washington" in remote.stderr
    assert " and New Jersey ask for a description of benefits" in remote.stderr
    given = build_md(runner, "coo", "--company", "Acme", "--location", "Denver, CO",
                     "--hybrid", "--apply-url", "https://acme.example/apply",
                     "--salary", "150k-190k", "--benefit", "Health cover",
                     "--benefit", "25 days of paid leave", "--reports-to", "CEO")
    assert given.stderr == ""
    assert "## Pay and benefits\n" in given.stdout
    assert "- Health cover\n- 25 days of paid leave\n" in given.stdout
    bad = build_md(runner, "coo", "--company", "Acme", "--benefit", "a\u2028b")
    assert bad.exit_code == 2 and "'--benefit'" in bad.stderr


def test_an_unknown_industry_builds_with_one_warning_naming_the_closest(runner):
    result = build_md(runner, "coo", "--company", "Acme", *COMPLETE, "--industry",
                      "craft brewing")
    assert result.exit_code == 0
    (line,) = result.stderr.splitlines()
    assert line.startswith("Warning: acme-coo: industry 'craft brewing' is not one the Chief "
                           "Operating Officer role knows, so the duties use general wording")
    assert "closest:" in line or "jdgen show coo" in line
    close = build_md(runner, "coo", "--company", "Acme", *COMPLETE, "--industry", "hospitalty")
    assert "closest: hospitality and food service" in close.stderr


def test_the_size_option_overrides_headcount_and_headcount_overrides_stage(runner):
    small = build_md(runner, "coo", "--company", "Acme", *COMPLETE, "--size", "small")
    by_count = build_md(runner, "coo", "--company", "Acme", *COMPLETE, "--employees", "15")
    # 15 people at an established company are a small company: the headcount wins.
    by_stage = build_md(runner, "coo", "--company", "Acme", *COMPLETE, "--employees", "15",
                        "--stage", "established")
    stage_only = build_md(runner, "coo", "--company", "Acme", *COMPLETE, "--stage",
                          "established")
    forced = build_md(runner, "coo", "--company", "Acme", *COMPLETE, "--employees", "15",
                      "--stage", "established", "--size", "large")
    body = lambda r: r.stdout.split("## The role", 1)[1]  # noqa: E731 - the intro names facts
    assert body(small) == body(by_count) == body(by_stage)
    assert body(forced) == body(stage_only) != body(by_count)


# ------------------------------------------------------------------ every format


def test_every_format_shows_the_same_posting_facts(runner, tmp_path):
    args = ["coo", "--company", "Acme", *COMPLETE, "--employment-type", "full-time",
            "--valid-through", "2027-01-31", "--posting-id", "OPS-7", *DATE]
    result = runner.invoke(main, ["build", *args, "-f", "md", "-f", "docx", "-f", "html",
                                  "--out", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    md = (tmp_path / "acme-coo.md").read_text()
    for fact in ("- **Employment type:** Full-time", "- **Applications close:** January 31, 2027",
                 "- **Reference:** OPS-7"):
        assert fact in md
    document = docx.Document(io.BytesIO((tmp_path / "acme-coo.docx").read_bytes()))
    facts = [(row.cells[0].text, row.cells[1].text) for row in document.tables[0].rows]
    for fact in (("Employment type", "Full-time"), ("Applications close", "January 31, 2027"),
                 ("Reference", "OPS-7")):
        assert fact in facts
    html = (tmp_path / "acme-coo.html").read_text()
    assert "Full-time" in html and "OPS-7" in html and "January 31, 2027" in html


def test_the_pay_table_from_the_cache_is_the_table_itself(monkeypatch):
    import jdgen.tailoring.paytable as paytable

    paytable.pay_table.cache_clear()
    cold = paytable.pay_table()  # read and validated, then stored
    paytable.pay_table.cache_clear()
    stored = list(_cache_entries("tables"))
    assert stored, "the table was not kept in the cache"
    warm = paytable.pay_table()  # rebuilt from the cache entry
    assert warm == cold and warm is not cold
    paytable.pay_table.cache_clear()
    monkeypatch.setenv("JDGEN_CACHE_DIR", "")  # caching off: the same table
    assert paytable.pay_table() == cold
    paytable.pay_table.cache_clear()


def _cache_entries(kind: str):
    from jdgen import cache

    root = cache.folder()
    assert root is not None
    yield from (root / kind).glob("*")
