"""Every built-in posting in every locale: spelling, words, dates and equal-opportunity text.

Each locale x role x industry x stage (x focus for the Director) is built once for a
job in that locale's country, with the locale left to the country. The spelling is
checked against word pairs kept here, apart from jdgen's own tables, so the tests
would catch a wrong entry there; the vocabulary, the date style and the statement
are checked against what a recruiter in each country writes.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

import pytest

from jdgen import lint
from jdgen.inputs.discovery import Catalog, builtin_dir, search_path
from jdgen.models import Company
from jdgen.render.frontmatter import with_front_matter
from jdgen.render.markdown import render_markdown
from jdgen.render.templating import make_environment
from jdgen.tailoring.tailor import Options, tailor

DATE = dt.date(2026, 11, 25)
STAGES = ("startup", "growth", "established")

# Where each locale's jobs are, written as people write them (no country code).
PLACES = {
    "en-US": {"city": "Austin", "region": "TX"},
    "en-GB": {"city": "Leeds", "region": "UK"},
    "en-CA": {"city": "Toronto", "region": "ON"},
    "en-AU": {"city": "Sydney", "region": "NSW"},
    "en-IE": {"city": "Dublin", "country": "Ireland"},
}

# US | British and Irish | Canadian | Australian. Written out by hand for these tests.
PAIRS = [
    ("optimization", "optimisation", "optimization", "optimisation"),
    ("organization", "organisation", "organization", "organisation"),
    ("organizations", "organisations", "organizations", "organisations"),
    ("standardize", "standardise", "standardize", "standardise"),
    ("prioritize", "prioritise", "prioritize", "prioritise"),
    ("specialized", "specialised", "specialized", "specialised"),
    ("analyze", "analyse", "analyze", "analyse"),
    ("color", "colour", "colour", "colour"),
    ("labor", "labour", "labour", "labour"),
    ("behavior", "behaviour", "behaviour", "behaviour"),
    ("candor", "candour", "candour", "candour"),
    ("favorable", "favourable", "favourable", "favourable"),
    ("center", "centre", "centre", "centre"),
    ("centers", "centres", "centres", "centres"),
    ("fulfillment", "fulfilment", "fulfilment", "fulfilment"),
    ("enrollment", "enrolment", "enrolment", "enrolment"),
    ("licenses", "licences", "licences", "licences"),
    ("catalog", "catalogue", "catalogue", "catalogue"),
    ("traveling", "travelling", "travelling", "travelling"),
    ("modeling", "modelling", "modelling", "modelling"),
    ("program", "programme", "program", "program"),
    ("programs", "programmes", "programs", "programs"),
    ("toward", "towards", "toward", "towards"),
    ("judgment", "judgement", "judgment", "judgement"),
]
COLUMN = {"en-US": 0, "en-GB": 1, "en-IE": 1, "en-CA": 2, "en-AU": 3}

# Words a recruiter in the country would not write, and what they write instead.
AVOID = {
    "en-US": ["Equality Act", "annual leave", "organisation"],
    "en-GB": ["bachelor's degree", "vice president of operations", "nonprofit",
              "veteran", "real estate", "online store", "accommodation at"],
    "en-IE": ["bachelor's degree", "vice president of operations", "nonprofit", "veteran",
              "Equality Act 2010"],
    "en-CA": ["veteran", "nonprofit", "Equality Act 2010"],
    "en-AU": ["bachelor's degree", "vice president of operations", "nonprofit", "veteran"],
}
DATES = {"en-US": "November 25, 2026", "en-CA": "November 25, 2026",
         "en-GB": "25 November 2026", "en-IE": "25 November 2026", "en-AU": "25 November 2026"}
STATEMENTS = {
    "en-US": ["equal opportunity employer", "color", "genetic information",
              "protected veteran status", "reasonable accommodation"],
    "en-GB": ["Equality Act 2010", "gender reassignment", "marriage and civil partnership",
              "pregnancy and maternity", "religion or belief", "reasonable adjustments"],
    "en-CA": ["human rights law", "colour", "gender identity or expression", "family status",
              "Accommodation is available on request"],
    "en-AU": ["Australian law", "colour", "intersex status", "family or carer's "
              "responsibilities", "breastfeeding", "adjustments"],
    "en-IE": ["Employment Equality Acts", "civil status", "family status",
              "membership of the Traveller community", "reasonable accommodation"],
}


@dataclass(frozen=True)
class Built:
    locale: str
    role: str
    industry: str
    markdown: str


def _company(locale: str, industry: str, stage: str) -> Company:
    return Company(name="Acme", industry=None if industry == "general" else industry,
                   stage=stage, locations=[PLACES[locale]], arrangement="hybrid",
                   apply_url="https://acme.example/apply")


@pytest.fixture(scope="module")
def built() -> list[Built]:
    env = make_environment(search_path("templates"))
    roles = {k: e.role for k, e in Catalog.load([builtin_dir("roles")]).entries.items()}
    out = []
    for locale, (role_id, role) in itertools.product(PLACES, roles.items()):
        for industry, stage, focus in itertools.product(role.industries, STAGES,
                                                        [None, *role.focus]):
            posting = tailor(role, _company(locale, industry, stage),
                             Options(focus=focus, date=DATE))
            assert posting.locale == locale  # the job's country chose it
            out.append(Built(locale, role_id, industry,
                             with_front_matter(posting, render_markdown(env, posting))))
    return out


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}


def test_the_sweep_covers_every_locale_role_and_industry(built):
    seen = {(b.locale, b.role, b.industry) for b in built}
    assert {b.locale for b in built} == set(PLACES)
    assert len(seen) == len(PLACES) * len({(b.role, b.industry) for b in built})


def test_each_locale_spells_every_paired_word_its_own_way(built):
    used = {locale: set() for locale in PLACES}
    for item in built:
        words = _words(item.markdown)
        mine = COLUMN[item.locale]
        for row in PAIRS:
            others = {form for form in row if form != row[mine]}
            assert not words & others, (item.locale, item.role, item.industry, words & others)
            if row[mine] in words:
                used[item.locale].add(row[mine])
    for locale, forms in used.items():  # the sweep really met these words
        assert {"organization", "organisation"} & forms, locale
        assert {"optimization", "optimisation"} & forms, locale


def test_the_words_are_the_ones_each_country_uses(built):
    for item in built:
        for phrase in AVOID[item.locale]:
            assert phrase not in item.markdown, (item.locale, item.role, item.industry, phrase)
    nonprofit = {b.locale: b.markdown for b in built
                 if b.industry == "nonprofit" and b.role == "coo"}
    assert "not-for-profit" in nonprofit["en-GB"] and "not-for-profit" in nonprofit["en-AU"]
    assert "non-profit" in nonprofit["en-CA"] and "nonprofit" in nonprofit["en-US"]
    degrees = {b.locale: b.markdown for b in built if b.role == "coo"}
    assert "A bachelor's degree in business" in degrees["en-US"]
    assert "A degree in business" in degrees["en-GB"]


def test_dates_follow_the_locale(built):
    for item in built:
        assert f"- **Posted:** {DATES[item.locale]}\n" in item.markdown, item.locale


def test_equal_opportunity_text_follows_the_country(built):
    for item in built:
        eeo = item.markdown.split("## Equal opportunity\n", 1)[1]
        for phrase in STATEMENTS[item.locale]:
            assert phrase in eeo, (item.locale, phrase)
        assert "veteran" not in eeo or item.locale == "en-US"


def test_front_matter_names_the_locale_and_lint_finds_no_mixed_spelling(built):
    for item in built[:: 7]:
        assert f"\nlocale: {item.locale}\n" in item.markdown
        report = lint.lint_markdown(item.markdown)
        spelling = [f for f in report.findings if f.rule == "spelling"]
        assert spelling == [], (item.locale, item.role, item.industry, spelling)
