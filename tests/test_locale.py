"""Locales: choosing one, converting text, CLDR formats, statements, and bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jdgen.cli import main
from jdgen.locale import SUPPORTED, check_locale, paper_size, resolve
from jdgen.locale.eeo import REVIEWED, STATEMENTS, default_statement
from jdgen.locale.formats import amount, currency_symbol, long_date, number
from jdgen.locale.places import country_of
from jdgen.locale.spelling import convert, other_spellings

BAD_LOCALE = ("'{}' is not a supported locale; use one of en-US, en-GB, en-CA, en-AU, en-IE")


# ------------------------------------------------------------------ choosing a locale

def test_the_option_wins_then_the_company_then_the_manifest_then_the_country():
    assert resolve("en-AU", "en-GB", "en-CA", "IE") == "en-AU"
    assert resolve(None, "en-GB", "en-CA", "IE") == "en-GB"
    assert resolve(None, None, "en-CA", "IE") == "en-CA"
    assert resolve(None, None, None, "IE") == "en-IE"
    assert resolve(None, None, None, "DE") == "en-US"
    assert resolve() == "en-US"


@pytest.mark.parametrize("text", ["en-gb", "EN_GB", " en-GB ", "en_gb"])
def test_locale_tags_are_read_in_any_case_and_either_separator(text):
    assert check_locale(text) == "en-GB"


@pytest.mark.parametrize("text", ["", "en", "fr-FR", "en-NZ", "english", "en-GB-x", "x" * 500])
def test_unknown_locales_name_the_supported_ones(text):
    with pytest.raises(ValueError, match="is not a supported locale; use one of en-US, en-GB"):
        check_locale(text)


def test_paper_size_is_letter_in_north_america_and_a4_elsewhere():
    assert {tag: paper_size(tag) for tag in SUPPORTED} == {
        "en-US": "letter", "en-CA": "letter", "en-GB": "a4", "en-AU": "a4", "en-IE": "a4"}
    with pytest.raises(ValueError):
        paper_size("de-DE")


@pytest.mark.parametrize(("city", "region", "country"), [
    ("Denver", "CO", "US"), ("Leeds", "UK", "GB"), ("Toronto", "ON", "CA"),
    ("Sydney", "NSW", "AU"), ("Perth", "WA", "AU"), ("Seattle", "WA", "US"),
    ("Darwin", "NT", "AU"), ("Yellowknife", "NT", "CA"), ("London", None, "GB"),
    ("London", "ON", "CA"), ("Dublin", "OH", "US"), ("Dublin", None, "IE"),
    ("Galway", "Co. Galway", "IE"), ("Springfield", None, "US"), ("Gondor Falls", None, None),
    (None, "Texas", "US"),
])
def test_the_jobs_country_comes_from_how_people_write_places(city, region, country):
    assert country_of(city, region) == country


# ------------------------------------------------------------------ converting text

@pytest.mark.parametrize(("locale", "expected"), [
    ("en-US", "Process optimization: organize the program, color and labor at the center."),
    ("en-GB", "Process optimisation: organise the programme, colour and labour at the centre."),
    ("en-IE", "Process optimisation: organise the programme, colour and labour at the centre."),
    ("en-CA", "Process optimization: organize the program, colour and labour at the centre."),
    ("en-AU", "Process optimisation: organise the program, colour and labour at the centre."),
])
def test_each_variety_follows_its_own_conventions(locale, expected):
    text = "Process optimization: organize the program, color and labor at the center."
    assert convert(text, locale) == expected


def test_capitals_and_phrases_keep_their_shape():
    assert convert("ORGANIZE the Organization", "en-GB") == "ORGANISE the Organisation"
    assert convert("Paid time off and a bachelor's degree", "en-GB") == (
        "Annual leave and a degree")
    assert convert("Paid   time\noff", "en-AU") == "Annual leave"
    assert convert("a computer program and a program", "en-GB") == (
        "a computer program and a programme")


def test_names_links_emails_placeholders_and_code_are_never_respelled():
    text = ("Color Labs' center at https://color.example/center, mail center@color.example, "
            "{center} `color` and the color")
    assert convert(text, "en-GB", ("Color Labs",)) == (
        "Color Labs' centre at https://color.example/center, mail center@color.example, "
        "{center} `color` and the colour")
    assert convert("A organizes APICS", "en-GB", ("A",)) == "A organises APICS"


@given(st.text(max_size=200))
def test_converting_any_text_never_fails_and_us_english_is_left_alone(text):
    assert convert(text, "en-US") == text
    converted = convert(text, "en-GB", ("Acme",))
    for ch in "\ue000\ue001\ue002\ue003{}@":  # nothing held back leaks or goes missing
        assert converted.count(ch) == text.count(ch)
    assert converted.count("Acme") >= text.count("Acme")


def test_text_with_the_holding_characters_in_it_still_converts_and_keeps_them():
    text = "\ue0020\ue003 Acme \ue0000\ue001 color"
    assert convert(text, "en-GB", ("Acme",)) == "\ue0020\ue003 Acme \ue0000\ue001 colour"


def test_lint_pairs_flag_other_varieties_but_not_words_right_in_another_sense():
    assert other_spellings("en-US")["organise"] == "organize"
    assert other_spellings("en-GB")["color"] == "colour"
    assert other_spellings("en-CA")["organise"] == "organize"
    assert other_spellings("en-CA")["color"] == "colour"
    assert "organize" not in other_spellings("en-CA")
    for locale in ("en-GB", "en-IE"):
        assert "license" not in other_spellings(locale)  # the British verb
        assert "program" not in other_spellings(locale)  # a computer program


# ------------------------------------------------------------------ CLDR formats

def test_the_cldr_extract_is_what_babel_says_today():
    from pathlib import Path

    from jdgen.locale import cldr, snapshot

    assert snapshot.render() == Path(cldr.__file__).read_text(encoding="utf-8"), (
        "run: python -m jdgen.locale.snapshot")


@pytest.mark.parametrize("locale", SUPPORTED)
def test_dates_numbers_and_symbols_match_babel_for_every_day_of_a_year(locale):
    from babel.dates import format_date
    from babel.numbers import format_decimal, get_currency_symbol

    day = dt.date(2027, 1, 1)
    while day.year == 2027:
        assert long_date(day, locale) == format_date(day, "long", locale=locale.replace("-", "_"))
        day += dt.timedelta(days=1)
    for value in (0, 7, 999, 1000, 12_500, 1_234_567):
        assert number(value, locale) == format_decimal(value, locale=locale.replace("-", "_"))
    for code in ("USD", "GBP", "CAD", "AUD", "EUR", "JPY", "INR"):
        babel = get_currency_symbol(code, locale=locale.replace("-", "_"))
        assert currency_symbol(code, locale) in (babel, None)


def test_other_locales_are_formatted_by_babel():
    assert long_date(dt.date(2026, 12, 1), "de-DE") == "1. Dezember 2026"
    assert number(1234567, "de-DE") == "1.234.567"


def test_money_uses_the_locales_own_symbol():
    assert amount(120000, "CAD", "en-CA") == "$120,000"
    assert amount(120000, "CAD", "en-US") == "CA$120,000"
    assert amount(120000, "USD", "en-GB") == "US$120,000"
    assert amount(120000, "XOF", "en-US") == "120,000 XOF"  # letters only: the code reads better
    assert amount(600000, "SEK", "en-GB") == "600,000 SEK"


# ------------------------------------------------------------------ statements

def test_every_statement_names_its_sources_and_lists_grounds():
    assert REVIEWED <= dt.date.today()
    for statement in STATEMENTS.values():
        assert statement.sources and all(s.startswith("https://") for s in statement.sources)
        assert len(statement.grounds) >= 8
        assert "{company}" in statement.text and "{grounds}" in statement.text


def test_a_leeds_posting_never_lists_veteran_status_and_belfast_is_not_under_the_equality_act():
    leeds = default_statement("Acme", "GB", "en-GB", ("Leeds", None))
    assert "veteran" not in leeds and "Equality Act 2010" in leeds
    belfast = default_statement("Acme", "GB", "en-GB", ("Belfast", None))
    assert "Equality Act" not in belfast and "political opinion" in belfast


def test_a_country_without_a_statement_gets_no_foreign_list_of_grounds():
    text = default_statement("Acme", "DE", "en-US")
    assert "veteran" not in text and "Equality Act" not in text
    assert "any ground protected by law" in text and "accommodation" in text
    assert "adjustment" in default_statement("Acme", "DE", "en-GB")


# ------------------------------------------------------------------ the commands

def _build(runner, *args):
    return runner.invoke(main, ["build", "coo", "--company", "Acme", "--date", "2026-12-01",
                                "-o", "-", *args])


def test_the_issue_denver_and_leeds_postings(runner):
    denver = _build(runner, "--location", "Denver, CO", "--onsite")
    assert denver.exit_code == 0, denver.stderr
    assert "- **Posted:** December 1, 2026" in denver.stdout
    for word in ("organisation", "colour", "candour", "CV", "1 December 2026"):
        assert word not in denver.stdout
    leeds = _build(runner, "--location", "Leeds, UK", "--onsite")
    assert "veteran" not in leeds.stdout and "- **Posted:** 1 December 2026" in leeds.stdout


def test_the_locale_option_overrides_the_country(runner):
    result = _build(runner, "--location", "Denver, CO", "--locale", "en-gb")
    assert result.exit_code == 0
    assert "1 December 2026" in result.stdout and "standardise" in result.stdout
    assert "protected veteran status" in result.stdout  # US law for a US job, British spelling


@pytest.mark.parametrize("value", ["fr-FR", "", "en-GB\x1b[31m", "e" * 5000])
def test_a_bad_locale_option_is_one_usage_error(runner, value):
    result = _build(runner, "--locale", value)
    assert result.exit_code == 2
    assert "Error: Invalid value for '--locale':" in result.stderr
    assert "use one of en-US, en-GB, en-CA, en-AU, en-IE" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_the_company_files_locale_is_used_and_a_bad_one_names_file_line_and_field(runner,
                                                                                 tmp_path):
    good = tmp_path / "acme.yaml"
    good.write_text("name: Acme\nlocale: en-AU\nlocations:\n  - city: Denver\n    region: CO\n")
    result = runner.invoke(main, ["build", "coo", "--company-file", str(good), "-o", "-",
                                  "--date", "2026-12-01"])
    assert result.exit_code == 0, result.stderr
    assert "1 December 2026" in result.stdout and "standardise" in result.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: Acme\nlocale: en-XX\n")
    result = runner.invoke(main, ["build", "coo", "--company-file", str(bad), "-o", "-"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {bad}:2:9: locale: " + BAD_LOCALE.format("en-XX")


def test_manifest_locale_applies_unless_the_company_file_has_one(runner, tmp_path):
    (tmp_path / "uk.yaml").write_text("name: Fern\nlocale: en-GB\n")
    (tmp_path / "postings.yaml").write_text(
        "defaults:\n  date: 2026-12-01\n  locale: en-CA\npostings:\n"
        "  - role: coo\n    company_name: Maple\n    id: maple\n"
        "  - role: coo\n    company: uk.yaml\n    id: fern\n"
        "  - role: coo\n    company_name: Oz\n    id: oz\n    locale: en-AU\n")
    result = runner.invoke(main, ["build", "--manifest", str(tmp_path / "postings.yaml"),
                                  "--out", str(tmp_path / "site")])
    assert result.exit_code == 0, result.stderr
    site = tmp_path / "site"
    assert "Accommodation is available" in (site / "maple.md").read_text()  # en-CA's
    assert "1 December 2026" in (site / "fern.md").read_text()
    assert "reasonable adjustments" in (site / "fern.md").read_text()
    assert "standardise" in (site / "oz.md").read_text()
    (tmp_path / "postings.yaml").write_text("postings:\n  - role: coo\n    company_name: X\n"
                                            "    locale: klingon\n")
    result = runner.invoke(main, ["build", "--manifest", str(tmp_path / "postings.yaml"),
                                  "--out", str(tmp_path / "site2")])
    assert result.exit_code == 1
    assert "postings.yaml:4:13: postings[0].locale: 'klingon' is not a supported locale" in (
        result.stderr)
    assert not (tmp_path / "site2" / "x-coo.md").exists()


def test_html_lang_front_matter_and_json_ld_follow_the_locale(runner, tmp_path):
    result = runner.invoke(main, [
        "build", "coo", "--company", "Acme", "--location", "Leeds, UK", "--onsite",
        "--salary", "£90k-£110k", "-f", "html", "-f", "json", "-f", "md", "--front-matter",
        "--out", str(tmp_path), "--date", "2026-12-01"])
    assert result.exit_code == 0, result.stderr
    assert '<html lang="en-GB">' in (tmp_path / "acme-coo.html").read_text()
    assert "\nlocale: en-GB\n" in (tmp_path / "acme-coo.md").read_text()
    data = json.loads((tmp_path / "acme-coo.json").read_text())
    assert data["datePosted"] == "2026-12-01"
    assert data["baseSalary"]["currency"] == "GBP"


def test_lint_checks_spelling_against_the_locale_it_is_given_or_finds(runner, tmp_path):
    page = tmp_path / "p.md"
    page.write_text("---\nlocale: en-GB\n---\n\n# Head of Ops\n\nWe organize the color "
                    "program at jobs@color.example.\n")
    result = runner.invoke(main, ["lint", str(page)])
    assert "[spelling] organize" in result.stdout and "'organise'" in result.stdout
    assert "[spelling] color" in result.stdout and "'colour'" in result.stdout
    assert "[spelling] program" not in result.stdout  # could be a computer program
    assert result.stdout.count("[spelling]") == 2  # not the email address
    result = runner.invoke(main, ["lint", str(page), "--locale", "en-US"])
    assert "[spelling]" not in result.stdout
    html = tmp_path / "p.html"
    html.write_text('<html lang="en-US"><body><p>We organise the colour centre.</p></body>'
                    "</html>")
    result = runner.invoke(main, ["lint", str(html)])
    assert result.stdout.count("[spelling]") == 3
    html.write_text('<html lang="en"><body><p>We organise the colour centre.</p></html>')
    assert "[spelling]" not in runner.invoke(main, ["lint", str(html)]).stdout
    bad = runner.invoke(main, ["lint", str(page), "--locale", "xx"])
    assert bad.exit_code == 2 and "is not a supported locale" in bad.stderr


def test_lint_of_a_role_uses_the_locale_it_is_built_in(runner):
    result = runner.invoke(main, ["lint", "coo", "--company", "Acme", "--location", "Leeds, UK",
                                  "--onsite"])
    assert "[spelling]" not in result.stdout
    assert result.exit_code in (0, 1)


def test_compare_and_init_honour_the_locale(runner, tmp_path):
    result = runner.invoke(main, ["compare", "coo", "doo", "--locale", "en-GB"])
    assert result.exit_code == 0 and "Process optimisation" in result.stdout
    result = runner.invoke(main, ["compare", "coo", "doo", "--locale", "en-CA"])
    assert "Process optimization" in result.stdout
    result = runner.invoke(main, ["init", str(tmp_path / "p"), "--locale", "en-au"])
    assert result.exit_code == 0, result.stderr
    assert "\nlocale: en-AU\n" in (tmp_path / "p" / "company.yaml").read_text()
    result = runner.invoke(main, ["init", str(tmp_path / "q")])
    assert "\n# locale: en-GB" in (tmp_path / "q" / "company.yaml").read_text()
    company = tmp_path / "p" / "company.yaml"
    result = runner.invoke(main, ["validate", str(company)])
    assert result.exit_code == 1  # until init's starter 'about' text is replaced
    assert "about: still jdgen init's instruction text" in result.stderr
    text = company.read_text(encoding="utf-8")
    start, end = text.index("about: >-"), text.index("industry:")
    company.write_text(text[:start] + "about: We make pumps.\n" + text[end:], encoding="utf-8")
    result = runner.invoke(main, ["validate", str(company)])
    assert result.exit_code == 0, result.stdout + result.stderr


def test_templates_can_take_fixed_strings_from_the_catalogue(runner, tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "posting.md.j2").write_text(
        '{% extends "builtin/posting.md.j2" %}{% block eeo %}## {{ say("heading.eeo") }}\n\n'
        '{{ say("invitation") }} {{ posting.date_posted|longdate("en-GB") }}\n{% endblock %}')
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "-o", "-",
                                  "--date", "2026-12-01", "--templates-dir",
                                  str(tmp_path / "templates")])
    assert result.exit_code == 0, result.stderr
    assert "## Equal opportunity\n\nIf you meet most" in result.stdout
    assert "1 December 2026" in result.stdout and "December 1, 2026" in result.stdout
    (tmp_path / "templates" / "posting.md.j2").write_text('{{ say("no.such.key") }}')
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "-o", "-",
                                  "--templates-dir", str(tmp_path / "templates")])
    assert result.exit_code == 1 and "no catalogue string 'no.such.key'" in result.stderr
    assert "Traceback" not in result.stderr
    (tmp_path / "templates" / "posting.md.j2").write_text(
        '{{ posting.date_posted|longdate("xx") }}')
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "-o", "-",
                                  "--templates-dir", str(tmp_path / "templates")])
    assert result.exit_code == 1 and "is not a supported locale" in result.stderr


@pytest.mark.parametrize(("value", "message"), [
    ('"' + "e" * 5000 + '"', "locale: "),
    ('"en-GB\\u202e"', "is not a supported locale"),
    ("42", "locale: "),
    ("[en-GB]", "locale: "),
    ("null", None),
])
def test_hostile_company_file_locales_are_one_clear_error(runner, tmp_path, value, message):
    path = tmp_path / "acme.yaml"
    path.write_text(f"name: Acme\nlocale: {value}\n", encoding="utf-8")
    result = runner.invoke(main, ["build", "coo", "--company-file", str(path), "-o", "-"])
    if message is None:  # no locale: the default
        assert result.exit_code == 0, result.stderr
        return
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {path}:2:") and message in lines[0]
    assert "\u202e" not in result.stderr and len(result.stderr) < 600


def test_lint_settings_take_a_locale_and_a_bad_one_names_the_file_and_line(runner, tmp_path):
    (tmp_path / "p.md").write_text("---\nlocale: en-US\n---\n\n# X\n\nWe organise it.\n")
    (tmp_path / "jdgen.yaml").write_text("lint:\n  locale: en-XX\n")
    result = runner.invoke(main, ["lint", "p.md"])
    assert result.exit_code == 1
    assert result.stderr.strip() == ("Error: jdgen.yaml:2:11: lint.locale: " +
                                     BAD_LOCALE.format("en-XX"))
    (tmp_path / "jdgen.yaml").write_text("lint:\n  locale: en-gb\n")
    assert "[spelling]" not in runner.invoke(main, ["lint", "p.md"]).stdout
    (tmp_path / "jdgen.yaml").unlink()
    assert "[spelling] organise" in runner.invoke(main, ["lint", "p.md"]).stdout

def test_catalogue_values_go_in_after_respelling_and_are_never_read_as_fields(runner, tmp_path):
    (tmp_path / "templates").mkdir()
    page = tmp_path / "templates" / "posting.md.j2"
    page.write_text('{{ say("heading.about", company="Colour {x} Labs") }}|'
                    '{{ say("sentence.skills", skills="the color wheel") }}')
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "-o", "-", "--locale",
                                  "en-GB", "--templates-dir", str(tmp_path / "templates")])
    assert result.exit_code == 0, result.stderr
    # the catalogue's own words are respelled; the values stay exactly as given
    assert result.stdout.strip() == ("About Colour {x} Labs|"
                                     "The job calls on skills in the color wheel.")
    page.write_text('{{ say("heading.about") }}')
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "-o", "-",
                                  "--templates-dir", str(tmp_path / "templates")])
    assert result.exit_code == 1
    assert "catalogue string 'heading.about' takes company" in result.stderr
    assert "Traceback" not in result.output


def test_the_built_in_template_takes_every_label_from_the_catalogue():
    """No heading, fact label or fixed sentence is written into the template itself, so a
    new language needs a catalogue and nothing else."""
    import re

    from jdgen.locale.catalogue import CATALOGUES

    text = (Path(__file__).parents[1] / "templates" / "posting.md.j2").read_text("utf-8")
    body = re.sub(r"\{#.*?#\}", "", text, flags=re.S)  # comments
    body = re.sub(r"\{%.*?%\}|\{\{.*?\}\}", "", body, flags=re.S)  # tags and printed values
    words = re.findall(r"[A-Za-z]{2,}", body)
    assert words == [], words
    used = set(re.findall(r'say\("([\w.]+)"', text))
    used |= set(re.findall(r'"(heading\.[\w.]+)"', text))
    assert used <= set(CATALOGUES["en"]), used - set(CATALOGUES["en"])
