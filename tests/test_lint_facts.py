"""Issue 19's cases: names from the facts, pay that is not a range, benefits, one report
per posting, init's placeholders, and the locale lint exposes to rules."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from jdgen.cli import main
from jdgen.inputs.placeholders import SCAFFOLD_TEXTS, find_placeholders
from jdgen.lint import lint_markdown, lint_paths
from jdgen.lint.context import Context
from jdgen.lint.facts import collect, normal_locale
from jdgen.lint.html import parse_html, salary_text
from jdgen.lint.markdown import parse_markdown

Write = Callable[[str, str | bytes], Path]
WORDING = {"gender-coded", "gender-balance", "age-coded", "ability-coded", "exclusionary",
           "cliche", "placeholder"}
DATE = "2026-11-25"


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795564800")  # 2026-11-25: the pay table is current


def jdgen(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def build(runner: CliRunner, company: str, *args: str, formats: tuple[str, ...] = ("md",),
          out: str = "site") -> None:
    fmt = [part for f in formats for part in ("-f", f)]
    code, _, err = jdgen(runner, "build", "coo", "--company", company, "--date", DATE, *fmt,
                         "--out", out, *args)
    assert code == 0, err


def rules_in(path: Path) -> dict[str, list[str]]:
    (report,) = lint_paths([path])
    found: dict[str, list[str]] = {}
    for item in report.findings:
        found.setdefault(item.rule, []).append(item.found)
    return found


# ------------------------------------------------------------------ names in the facts


NAMES = [
    ("Northwind Analytics", "gender-coded"),   # 'analy' is on the masculine-coded list
    ("Young Harbor Logistics", "age-coded"),
    ("Ninja Van", "cliche"),
    ("Dominant Freight", "gender-coded"),
]


@pytest.mark.parametrize(("company", "rule"), NAMES)
@pytest.mark.parametrize("fmt", ["md", "md-front-matter", "html", "docx"])
def test_company_name_is_left_out_of_wording_rules(runner: CliRunner, tmp_path: Path,
                                                    company: str, rule: str, fmt: str) -> None:
    extra = ("--front-matter",) if fmt == "md-front-matter" else ()
    kind = "md" if fmt.startswith("md") else fmt
    build(runner, company, "--location", "Austin, TX", *extra, formats=(kind,))
    (path,) = (tmp_path / "site").glob(f"*.{kind}")
    found = rules_in(path)
    words = company.split()
    assert not [f for f in found.get(rule, []) if f in words], found.get(rule)


@pytest.mark.parametrize(("company", "rule"), NAMES)
def test_company_file_name_is_left_out_when_linting_a_role(runner: CliRunner, write: Write,
                                                           company: str, rule: str) -> None:
    write("company.yaml", f"name: {company}\nlocations:\n  - city: Austin\n    region: TX\n"
                          "    country: US\n")
    code, out, _ = jdgen(runner, "lint", "coo", "--company-file", "company.yaml", "--format",
                         "json")
    findings = json.loads(out)["files"][0]["findings"]
    assert not [f for f in findings if f["rule"] == rule and f["found"] in company.split()]


def test_a_name_is_matched_as_written_so_the_word_still_counts() -> None:
    text = "- **Company:** Analytics\n\nAnalytics builds tools. You analyse the data.\n"
    found = [f.found for f in lint_markdown(text).findings if f.rule == "gender-coded"]
    assert found == ["analyse"]
    text = "- **Company:** Young Harbor Logistics\n\nYoung Harbor Logistics wants a young team.\n"
    found = [f.found for f in lint_markdown(text).findings if f.rule == "age-coded"]
    assert found == ["young"]


def test_place_and_manager_names_are_left_out() -> None:
    text = ("- **Location:** Lead, SD\n- **Reports to:** Dana Young, CEO\n\n"
            "Our depot in Lead is near Superior. You report to Dana Young.\n")
    report = lint_markdown(text)
    assert [f.found for f in report.findings if f.rule == "gender-coded"] == ["Superior"]
    assert not [f for f in report.findings if f.rule == "age-coded"]


def test_names_from_json_ld_and_a_sibling_json(write: Write) -> None:
    posting = {"@type": "JobPosting", "hiringOrganization": {"name": "Rockstar Pumps"}}
    write("a.html", "<html><head><script type=\"application/ld+json\">"
                    f"{json.dumps(posting)}</script></head><body><p>Rockstar Pumps is hiring."
                    "</p></body></html>")
    write("b.md", "# Planner\n\nRockstar Pumps is hiring.\n")
    write("b.json", json.dumps(posting))
    reports = {Path(r.source).name: r for r in lint_paths([Path("a.html"), Path("b.md")])}
    for report in reports.values():
        assert not [f for f in report.findings if f.rule == "cliche"], report.source
    assert reports["b.md"].also == ("b.json",)


@pytest.mark.parametrize("company", ["A+B (C) [D]", "Ninja.*Van", "x" * 120, "Ünïcode Ninja"])
def test_odd_company_names_are_matched_literally(company: str) -> None:
    text = f"- **Company:** {company}\n\n{company} hires a ninja.\n"
    found = [f.found for f in lint_markdown(text).findings if f.rule == "cliche"]
    assert found == ["ninja"]


# ------------------------------------------------------------------ pay wording


@pytest.mark.parametrize(("text", "said"), [
    ("- **Location:** Seattle, WA\n- **Pay:** depending on experience.\n",
     "depending on experience"),
    ("Salary: competitive. Location: Brooklyn, NY.\n", "competitive"),
    ("- **Location:** New York, NY\n- **Salary:** DOE\n", "DOE"),
    ("- **Location:** New York, NY\n- **Salary:** negotiable\n", "negotiable"),
    ("- **Location:** New York, NY\n- **Pay:** TBD\n", "TBD"),
    ("- **Location:** New York, NY\n- **Compensation:** market rate\n", "market rate"),
    ("- **Location:** New York, NY\n\nWe pay a competitive salary, DOE.\n",
     "competitive salary"),
])
def test_pay_words_that_are_not_ranges_count_as_none(text: str, said: str) -> None:
    found = [(f.severity.label, f.found) for f in lint_markdown(text).findings
             if f.rule == "pay-range"]
    assert len(found) == 1
    severity, message = found[0]
    assert severity == "error"
    assert message.endswith(f": '{said}' is not a range")


def test_facts_on_one_line_are_each_read() -> None:
    doc = parse_markdown("Salary: competitive. Location: Brooklyn, NY. Team: 12 people.\n")
    assert doc.facts["salary"] == "competitive"
    assert doc.facts["location"] == "Brooklyn, NY"
    assert doc.facts["team"] == "12 people"


@pytest.mark.parametrize("pay", [
    "$90,000–$110,000 per year", "$90k-$110k", "USD 90,000 to 110,000", "$28.50 - $34.00 per hour",
    "95,000 - 120,000 dollars a year", "$90,000–$110,000, depending on experience",
])
def test_compliant_pay_is_clean(pay: str) -> None:
    text = f"- **Location:** New York, NY\n- **Pay:** {pay}\n"
    assert not [f for f in lint_markdown(text).findings if f.rule.startswith("pay-range")]


def test_a_range_in_the_text_counts_when_the_pay_line_has_none() -> None:
    text = ("- **Location:** New York, NY\n- **Pay:** see below\n\n"
            "The salary is $90,000 to $110,000 a year.\n")
    assert not [f for f in lint_markdown(text).findings if f.rule == "pay-range"]


def test_an_amount_that_is_not_pay_does_not_count() -> None:
    text = "- **Location:** New York, NY\n\nYou will manage a $5M budget.\n"
    assert [f.rule for f in lint_markdown(text).findings if f.rule == "pay-range"] == [
        "pay-range"]


# ------------------------------------------------------------------ benefits


def test_jdgens_own_pay_heading_is_not_a_benefit(runner: CliRunner, tmp_path: Path) -> None:
    build(runner, "Acme", "--location", "Denver, CO", "--salary", "150000-190000")
    path = tmp_path / "site" / "acme-coo.md"
    assert "## Pay" in path.read_text(encoding="utf-8")
    assert rules_in(path).get("pay-benefits") == ["no benefits described (Denver, CO)"]
    build(runner, "Acme", "--location", "Denver, CO", "--salary", "150000-190000",
          "--benefit", "Medical and dental cover", "--benefit", "20 days of paid time off")
    assert "## Pay and benefits" in path.read_text(encoding="utf-8")
    assert "pay-benefits" not in rules_in(path)


@pytest.mark.parametrize(("body", "listed"), [
    ("## Pay and benefits\n\nThe range is $90,000–$110,000 a year.\n", False),
    ("## Benefits\n\nOur benefits are great.\n", False),
    ("- **Benefits:** TBD\n", False),
    ("## Benefits\n\n- 401(k) with a 4% match\n", True),
    ("We offer health insurance and paid time off.\n", True),
    ("- **Benefits:** medical, dental and vision\n", True),
    ("## Duties\n\n- Plan annual leave for the team\n", False),  # a duty, not a benefit
])
def test_benefits_count_only_when_some_are_listed(body: str, listed: bool) -> None:
    text = f"- **Location:** Denver, CO\n- **Pay:** $90,000–$110,000 a year\n\n{body}"
    found = [f for f in lint_markdown(text).findings if f.rule == "pay-benefits"]
    assert (not found) is listed


# ------------------------------------------------------------------ one report per posting


def test_a_posting_in_several_formats_is_reported_once(runner: CliRunner,
                                                       tmp_path: Path) -> None:
    build(runner, "Acme", "--location", "Seattle, WA", formats=("md", "html", "json", "docx"))
    build(runner, "Acme", "--location", "Seattle, WA", formats=("html",), out="site/other")
    code, out, _ = jdgen(runner, "lint", "site")
    assert code == 1  # no pay range in Washington
    assert out.count("error [pay-range]") == 2  # once for site/, once for site/other/
    assert "site/acme-coo.md (also acme-coo.html, acme-coo.docx, acme-coo.json): " in out
    assert out.splitlines()[-1].endswith("in 5 files (2 postings)")
    code, out, _ = jdgen(runner, "lint", "site", "--format", "json")
    data = json.loads(out)
    assert data["summary"]["files"] == 5 and data["summary"]["postings"] == 2
    first = data["files"][0]
    assert first["file"] == "site/acme-coo.md"
    assert sorted(first["also"]) == ["site/acme-coo.docx", "site/acme-coo.html",
                                     "site/acme-coo.json"]


@pytest.mark.parametrize("content", [
    "not json", "[]", '{"@type": "Organization"}', "{" * 100_000, "x" * 2_100_000,
])
def test_a_json_file_that_is_not_a_job_posting_is_not_part_of_it(write: Write,
                                                                 content: str) -> None:
    write("p.md", "# Job\n\nPlan the shifts.\n")
    write("p.json", content)
    (report,) = lint_paths([Path("p.md")])
    assert report.also == ()


def test_postings_with_different_names_stay_apart(write: Write) -> None:
    write("a.md", "# A\n\nA young team.\n")
    write("b.html", "<p>A young team.</p>")
    assert [(r.source, r.also) for r in lint_paths([Path(".")])] == [("a.md", ()),
                                                                     ("b.html", ())]


# ------------------------------------------------------------------ placeholders


def test_every_scaffold_text_is_in_the_project_template() -> None:
    from importlib import resources

    folder = resources.files("jdgen") / "project_template"
    template = " ".join((folder / "company.yaml").read_text(encoding="utf-8").split())
    for text in SCAFFOLD_TEXTS:
        assert text in template
        assert [p.scaffold for p in find_placeholders(text)] == [True]


@pytest.mark.parametrize(("text", "expected"), [
    ("[Company name] is hiring.", ["[Company name]"]),
    ("Pay: $XX,XXX to $XX,XXX", ["$XX,XXX", "$XX,XXX"]),
    ("Start: TBC. Team: TBD. Call XXX.", ["TBC", "TBD", "XXX"]),
    ("lorem ipsum dolor", ["lorem ipsum"]),
    ("Describe the company in two or\nthree sentences: what you make",
     ["Describe the company in two or three sentences:…"]),
    ("Sizes S to XXL; see [1]; [Apply online](x).", []),
])
def test_placeholder_rule(text: str, expected: list[str]) -> None:
    assert [f.found for f in lint_markdown(text).findings if f.rule == "placeholder"] == expected


def test_init_placeholders_are_reported_by_validate_build_lint_and_lint(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert jdgen(runner, "init", "--company", "Acme")[0] == 0
    monkeypatch.chdir(tmp_path / "jdgen-project")
    code, _, err = jdgen(runner, "validate")
    assert code == 1 and "company.yaml:6:8: about: still jdgen init's instruction text" in err
    code, out, err = jdgen(runner, "build", "head-of-supply", "--company-file", "company.yaml",
                           "--lint", "-f", "md", "--out", "out")
    assert code == 1 and "[placeholder] Describe the company in two or three" in out + err
    assert not Path("out").exists() or not any(Path("out").iterdir())
    code, out, _ = jdgen(runner, "lint", "head-of-supply", "--company-file", "company.yaml")
    assert code == 1 and "error [placeholder] Describe the company in two or three" in out


@pytest.mark.parametrize(("name", "content", "message"), [
    ("company.yaml", "name: Acme\nabout: We are [Company name].\n",
     "company.yaml:2:8: about: placeholder '[Company name]' left in"),
    ("company.yaml", "name: Acme\nbenefits:\n  - TBD\n",
     "company.yaml:3:5: benefits.0: placeholder 'TBD' left in"),
    ("company.yaml", "name: Acme\napply: Lorem ipsum.\n",
     "company.yaml:2:8: apply: placeholder 'Lorem ipsum' left in"),
])
def test_validate_names_the_field_holding_a_placeholder(runner: CliRunner, write: Write,
                                                        name: str, content: str,
                                                        message: str) -> None:
    write(name, content)
    code, _, err = jdgen(runner, "validate", name)
    assert code == 1
    assert message in err
    assert "Traceback" not in err


# ------------------------------------------------------------------ facts and locale


@pytest.mark.parametrize(("doc", "company", "location", "locale"), [
    (parse_markdown("---\ncompany: Acme\nlocation: Leeds, UK\nlocale: en_GB\n---\n# J\n"),
     "Acme", "Leeds, UK", "en-GB"),
    (parse_markdown("- **Company:** Acme\n- **Location:** Denver, CO\n"), "Acme",
     "Denver, CO", None),
    (parse_html('<html lang="en-AU"><body><p>x</p></body></html>'), None, None, "en-AU"),
    (parse_html('<script type="application/ld+json">{"@type": "JobPosting", "inLanguage": '
                '"en-CA", "hiringOrganization": {"name": "Acme"}, "jobLocation": {"address": '
                '{"addressLocality": "Toronto", "addressRegion": "ON"}}}</script><p>x</p>'),
     "Acme", "Toronto, ON", "en-CA"),
])
def test_facts_come_from_every_format(doc: object, company: str | None, location: str | None,
                                      locale: str | None) -> None:
    from jdgen.lint.document import Document

    assert isinstance(doc, Document)
    facts = collect(doc)
    assert (facts.company, facts.location, facts.locale) == (company, location, locale)


def test_context_exposes_the_locale() -> None:
    import datetime as dt

    from jdgen.lint import LintConfig

    doc = parse_markdown("---\nlocale: en-IE\n---\n")
    ctx = Context(doc=doc, config=LintConfig(), today=dt.date(2026, 1, 1), facts=collect(doc))
    assert ctx.locale == "en-IE"
    given = collect(doc, {"locale": "en-GB"})  # the build's locale wins over the text's
    assert given.locale == "en-GB"


@pytest.mark.parametrize(("value", "expected"), [
    ("en-gb", "en-GB"), ("en_US", "en-US"), ("fr", "fr"), ("es-419", "es-419"),
    ("english", None), ("", None), ("en-GB; DROP TABLE", None), (None, None),
])
def test_normal_locale(value: str | None, expected: str | None) -> None:
    assert normal_locale(value) == expected


@pytest.mark.parametrize("ld", [
    '{"@type": "JobPosting", "hiringOrganization": ["Acme"]}',
    '{"@type": "JobPosting", "hiringOrganization": {"name": 7}, "inLanguage": 5}',
    '{"@type": "JobPosting", "baseSalary": true}',
    '{"@type": "JobPosting", "baseSalary": {"value": {"minValue": "a", "maxValue": null}}}',
    '{"@type": "JobPosting", "jobLocation": "here"}',
])
def test_odd_json_ld_never_crashes(ld: str) -> None:
    doc = parse_html(f'<script type="application/ld+json">{ld}</script><p>Plan it.</p>')
    facts = collect(doc)
    assert facts.company is None
    assert "pay" not in doc.facts


def test_salary_text_from_json_ld() -> None:
    base = {"currency": "GBP", "value": {"minValue": 50000, "maxValue": 60000,
                                         "unitText": "YEAR"}}
    assert salary_text(base) == "GBP 50000–60000 per YEAR"
    assert salary_text({"currency": "USD", "value": 25.5}) == "USD 25.5"
    assert salary_text({"value": {"value": True}}) is None


# ------------------------------------------------------------------ word lists


def test_every_wording_entry_cites_a_source_the_file_describes() -> None:
    from importlib import resources

    from jdgen.lint.context import load_data

    text = (resources.files("jdgen.lint") / "data" / "wording.yaml").read_text(encoding="utf-8")
    for entry in load_data("wording.yaml"):
        for source in entry["source"].split(", "):
            assert f"#   {source}:" in text, (entry["patterns"][0], source)


def test_pay_word_lists_are_lists_of_patterns() -> None:
    import re

    from jdgen.lint.context import load_data

    data = load_data("pay_words.yaml")
    assert set(data) == {"not_ranges", "pay_context", "benefits"}
    for items in data.values():
        assert items and all(isinstance(item, str) for item in items)
        for item in items:
            re.compile(item)


def test_an_unreadable_file_does_not_hide_its_readable_twin(write: Write) -> None:
    write("p.md", b"\x00\x01binary")
    write("p.html", "<p>A young team.</p>")
    reports = lint_paths([Path(".")])
    assert [(r.source, [f.rule for f in r.findings if f.rule in ("unreadable", "age-coded")])
            for r in reports] == [("p.md", ["unreadable"]), ("p.html", ["age-coded"])]


def test_a_paragraph_given_as_the_company_is_not_taken_for_a_name() -> None:
    text = "Company: " + "Ninja " * 5_000 + "\n\nHire a ninja.\n"
    found = [f.found for f in lint_markdown(text).findings if f.rule == "cliche"]
    assert "ninja" in found


def test_the_docx_facts_table_is_read_as_facts(runner: CliRunner, tmp_path: Path) -> None:
    """The house style sets the key facts as a table; lint reads them like the list."""
    from jdgen.lint.extract import read_document

    build(runner, "Young Harbor Logistics", "--location", "Austin, TX", "--salary",
          "120000-140000", formats=("docx",))
    (path,) = (tmp_path / "site").glob("*.docx")
    doc = read_document(path)
    assert doc.facts["company"] == "Young Harbor Logistics"
    assert doc.facts["location"].startswith("Austin, TX")
    assert doc.facts["pay"].startswith("$120,000")
