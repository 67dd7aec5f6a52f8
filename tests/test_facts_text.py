"""What the built-in postings say is what the inputs gave: no invented manager or
sites, a focus that leads, a size from the right fact, the user's own words.

The sweep covers every role x industry x size x focus x reporting line x work
arrangement x places (one location, several, none): each combination is
tailored once and its text held to the rules below.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jdgen.inputs.discovery import Catalog, builtin_dir, search_path
from jdgen.locale.spelling import convert, convert_all
from jdgen.models import Company, LineVariant, Posting, Role, Size, When
from jdgen.render.markdown import render_markdown
from jdgen.render.templating import and_list, make_environment
from jdgen.tailoring.reporting import unnamed
from jdgen.tailoring.tailor import Options, setting, site_count, size_tier, tailor, warnings

SIZES: tuple[Size, ...] = ("small", "mid", "large")
# Nobody, then one of each kind: chief executive, board, COO, other.
MANAGERS = (None, "our founder and CEO", "the board", "Dana Kim, COO", "Head of Supply")
ARRANGEMENTS = (None, "onsite", "hybrid", "remote")
PLACES = {
    "none": [],
    "one": [{"city": "Austin", "region": "TX", "country": "US"}],
    "several": [{"city": "Austin", "region": "TX", "country": "US"},
                {"city": "Denver", "region": "CO", "country": "US"}],
}
# Titles of roles a company may not have: named only when they are the manager given.
ROLE_TITLES = re.compile(r"\b(CEO|COO|CFO|[Cc]hief [Ee]xecutive|[Cc]hief [Oo]perating|"
                         r"[Ff]ounders?|[Mm]anaging [Dd]irector|(?<!vice )[Pp]resident|"
                         r"[Bb]oard|[Hh]ead of [Ss]upply)\b")
# A large company's COO presents the budget to its board (every company that size has
# one); that body is no manager, and a smaller company's posting never names it.
BOARD = re.compile(r"\bthe board\b")
# Words for more than one of the company's places. Construction's job sites, a
# real-estate portfolio's properties, a nonprofit's programs and a software
# company's teams are units of work, not places the company works from.
PLACES_PLURAL = re.compile(r"\b(?<!job )(sites|plants|clinics|stores|branches|warehouses|"
                           r"offices|venues|facilities(?! management)|labs|schools|"
                           r"locations)\b", re.I)
# What belongs to a specialisation other than supply chain or logistics: a
# supply-chain or logistics Director in these industries is never asked for it.
NOT_SUPPLY_OR_LOGISTICS = re.compile(
    r"downtime|scrap|production floor|plant operations|patient care|patient-facing|"
    r"patient wait|billable|resourcing|enrollment processing|streamline enrollment|"
    r"accreditation files|punch list|near misses|batch records|repair request|"
    r"onboard(?:ing)? a new customer|"
    r"support resolution|guest satisfaction|covers, bookings|account openings",
    re.I)


@dataclass(frozen=True)
class Case:
    role: str
    industry: str
    size: Size
    focus: str | None
    boss: str | None
    arrangement: str | None
    places: str
    posting: Posting
    text: str  # every sentence of the posting a reader sees, one per line


def _text(p: Posting) -> str:
    lines = [p.title, p.intro, *p.summary, *p.required, *p.preferred, *p.skills,
             *p.first_year, *p.first_90_days, *p.kpis, p.reports_to or ""]
    for area in p.responsibilities:
        lines += [area.name, area.summary or "", *area.bullets]
    return "\n".join(lines)


def _roles() -> dict[str, Role]:
    catalog = Catalog.load([builtin_dir("roles")])
    return {key: entry.role for key, entry in catalog.entries.items()}


def _company(industry: str, size: Size, arrangement: str | None, places: str) -> Company:
    return Company(name="Acme", industry=None if industry == "general" else industry,
                   size=size, arrangement=arrangement, locations=PLACES[places])


def _sweep() -> Iterator[Case]:
    for role_id, role in _roles().items():
        for industry, size, focus, boss, arrangement, places in itertools.product(
                role.industries, SIZES, [None, *role.focus], MANAGERS, ARRANGEMENTS, PLACES):
            company = _company(industry, size, arrangement, places)
            posting = tailor(role, company, Options(focus=focus, reports_to=boss))
            yield Case(role_id, industry, size, focus, boss, arrangement, places, posting,
                       _text(posting))


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return list(_sweep())


def test_the_sweep_covers_every_combination(cases):
    roles = _roles()
    expected = sum(len(r.industries) * len(SIZES) * (1 + len(r.focus)) for r in roles.values())
    assert len(cases) == expected * len(MANAGERS) * len(ARRANGEMENTS) * len(PLACES)
    assert {c.places for c in cases} == set(PLACES)


def _own(role: Role) -> re.Pattern[str]:
    """The role's own title and aliases ('a previous role as COO' is no manager)."""
    return re.compile("|".join(rf"\b{re.escape(t)}\b" for t in [role.title, *role.aliases]))


def test_no_manager_is_named_that_was_not_given(cases):
    roles = _roles()
    own = {key: _own(role) for key, role in roles.items()}
    for case in cases:
        role = roles[case.role]
        text = own[case.role].sub("", case.text)
        if case.boss is None:
            assert case.posting.reports_to is None, case
            neutral = unnamed(case.size, role.scope == "company-wide").phrase
            assert f"You will report to {neutral}." in case.posting.summary
            text = text.replace(neutral, "")
        else:
            assert case.posting.reports_to == case.boss  # the user's words, not recapitalised
            text = text.replace(case.boss, "")
            for word in ROLE_TITLES.findall(case.boss):
                text = re.sub(rf"\b{re.escape(word)}\b", "", text, flags=re.I)
        if case.role == "coo" and case.size == "large":
            text = BOARD.sub("", text)
        found = ROLE_TITLES.findall(text)
        assert not found, (case.role, case.industry, case.size, case.focus, case.boss, found)


def test_a_posting_without_a_manager_warns_and_names_no_title():
    roles = _roles()
    for role_id, role in roles.items():
        company = Company(name="Acme", employees=15)
        found = warnings(role, company, Options())
        assert "--reports-to" in found["reports_to"], role_id
        assert "reports_to" not in warnings(role, company, Options(reports_to="CEO"))
    doo = roles["director-of-operations"]
    assert "the founder or chief executive" in warnings(
        doo, Company(name="Acme", employees=15), Options())["reports_to"]
    assert "the leadership team" in warnings(
        doo, Company(name="Acme", employees=300), Options())["reports_to"]


def test_sites_are_plural_only_for_a_company_with_several(cases):
    for case in cases:
        found = PLACES_PLURAL.findall(case.text)
        if case.places == "several":
            continue
        assert not found, (case.role, case.industry, case.size, case.focus, case.places, found)


def test_a_company_with_several_sites_reads_so():
    """The condition works the other way too: several places are named where they matter."""
    roles = _roles()
    for (role_id, industry, size), sites in itertools.product(
            [("coo", "manufacturing", "large"), ("director-of-operations", "healthcare", "large"),
             ("director-of-operations", "retail", "mid")], (3, None)):
        company = Company(name="Acme", industry=industry, size=size, sites=sites,
                          locations=PLACES["several" if sites is None else "one"])
        text = " ".join(tailor(roles[role_id], company).summary)
        assert PLACES_PLURAL.search(text), (role_id, size, sites)


@pytest.mark.parametrize(("sites", "places", "expected"), [
    (None, "none", "one"), (None, "one", "one"), (None, "several", "several"),
    (1, "several", "one"), (2, "none", "several"), (40, "one", "several"), (1, "none", "one"),
])
def test_the_site_count_wins_over_the_locations(sites, places, expected):
    company = Company(name="Acme", sites=sites, locations=PLACES[places])
    assert site_count(company) == expected


@pytest.mark.parametrize(("size", "employees", "stage", "expected"), [
    (None, None, None, "mid"),
    (None, 15, None, "small"),
    (None, 49, "established", "small"),
    (None, 50, None, "mid"),
    (None, 300, "established", "mid"),
    (None, 500, "startup", "mid"),
    (None, 501, "startup", "large"),
    (None, 2000, None, "large"),
    (None, None, "startup", "small"),
    (None, None, "growth", "mid"),
    (None, None, "established", "large"),
    ("large", 15, "startup", "large"),
    ("small", 2000, "established", "small"),
])
def test_size_comes_from_size_then_headcount_then_stage(size, employees, stage, expected):
    company = Company(name="Acme", size=size, employees=employees, stage=stage)
    assert size_tier(company) == expected


def _items(role: Role, industry: str) -> list[tuple[str, When | None]]:
    """The industry's duties, must-haves, extras, outcomes and measures, with conditions."""
    emphasis = role.industries[industry]
    out: list[tuple[str, When | None]] = [(d.text, d.when) for d in emphasis.duties]
    for name in ("required", "preferred", "first_year", "kpis"):
        for item in getattr(emphasis, name):
            out.append((item.text, item.when) if isinstance(item, LineVariant) else (item, None))
    return out


def test_the_focus_leads_and_no_other_specialisation_follows(cases):
    roles = _roles()
    for case in cases:
        if case.focus is None:
            continue
        role, posting = roles[case.role], case.posting
        company = _company(case.industry, case.size, case.arrangement, case.places)
        chosen = setting(role, company, case.focus, case.boss)
        focus, ctx = role.focus[case.focus], chosen.ctx

        def pick(items: list[str | LineVariant], ctx=ctx, locale=posting.locale) -> list[str]:
            return convert_all(ctx.pick(items), locale)

        where = (case.industry, case.size, case.focus)
        # The focus's area comes first, opened by the focus's own duty.
        lead = posting.responsibilities[0]
        assert lead.name == convert(focus.lead_area or "", posting.locale), where
        assert lead.bullets[:len(focus.responsibilities)] == pick(focus.responsibilities), where
        # Its measures, outcomes and skills come first; its must-haves follow the years.
        assert posting.kpis[:len(focus.kpis)] == pick(focus.kpis), where
        assert posting.first_year[:len(focus.first_year)] == pick(focus.first_year), where
        assert posting.skills[:len(focus.skills)] == pick(focus.skills), where
        assert posting.required[1:1 + len(focus.required)] == pick(focus.required), where
        # Every industry item shown is one its role file marks as fitting this focus.
        for text, when in _items(role, case.industry):
            fits = when is None or when.focus is None or case.focus in when.focus
            if not fits and ctx.matches(when.model_copy(update={"focus": None})):
                assert convert(ctx.fill(text), posting.locale) not in case.text, (where, text)
        if case.focus in ("supply-chain", "logistics"):
            found = NOT_SUPPLY_OR_LOGISTICS.findall(case.text)
            assert not found, (where, found)
        # The area the focus names is the one the summary runs.
        area = focus.terms.get("area")
        if area and case.size != "small":
            assert convert(area, posting.locale) in " ".join(posting.summary), where


def test_every_built_in_industry_item_of_a_role_with_foci_says_which_it_fits():
    """Items that belong to a specialisation are marked; unmarked ones suit every focus."""
    for role in _roles().values():
        if not role.focus:
            continue
        for industry in role.industries:
            marked = [w.focus for _, w in _items(role, industry) if w is not None and w.focus]
            assert marked, industry
            assert all(set(focus) <= {"none", *role.focus} for focus in marked), industry
            # Without a focus the industry still gives its own duties.
            assert any("none" in focus for focus in marked), industry


def test_the_director_names_the_area_and_a_small_one_runs_everything(cases):
    for case in cases:
        if case.role != "director-of-operations":
            continue
        assert "your area" not in case.text.lower(), case.industry
        assert "one operational area" not in case.text
        if case.size == "small":
            assert "you run all of its operations" in case.posting.summary[0], case.industry


def test_sentences_a_recruiter_would_send(cases):
    for case in cases[::7]:
        text = case.text
        assert "you will use" not in text.lower()
        assert "on regular days" not in text
        assert "the the " not in text.lower() and "  " not in text
    hybrid = next(c for c in cases if c.arrangement == "hybrid" and c.places == "one")
    assert ("This is a hybrid role: you split your week between home and on-site work in "
            "Austin, TX.") in hybrid.posting.summary


def test_the_facts_list_keeps_the_managers_words():
    env = make_environment(search_path("templates"))
    role = _roles()["coo"]
    markdown = render_markdown(env, tailor(role, Company(name="Acme"),
                                           Options(reports_to="our founder and CEO")))
    assert "- **Reports to:** our founder and CEO\n" in markdown
    assert "Reports to" not in render_markdown(env, tailor(role, Company(name="Acme")))


@pytest.mark.parametrize(("items", "expected"), [
    (["SaaS operations", "Budgeting"], "SaaS operations and budgeting"),
    (["ERP systems", "iPhone repair", "Process mapping"],
     "ERP systems, iPhone repair and process mapping"),
    (["negotiation", "A lean mindset"], "negotiation and a lean mindset"),
])
def test_lists_keep_the_capitals_people_wrote(items, expected):
    assert and_list(items) == expected


OVERLAY = """\
extends: coo
id: vp-operations
title: Vice President of Operations
skills: {add: [SaaS operations]}
"""


def test_an_overlay_title_is_the_one_every_sentence_uses(write, tmp_path):
    write("roles/vp.yaml", OVERLAY)
    role = Catalog.load(search_path("roles", [tmp_path / "roles"])).find("vp-operations").role
    env = make_environment(search_path("templates"))
    for size in SIZES:
        for boss in (None, "CEO", "the board"):
            posting = tailor(role, Company(name="Acme", size=size), Options(reports_to=boss))
            markdown = render_markdown(env, posting)
            assert "Chief Operating Officer" not in markdown, (size, boss)
            assert "Vice President of Operations" in " ".join(posting.summary), size
            assert "SaaS operations" in markdown and "saaS" not in markdown


@given(boss=st.sampled_from(MANAGERS[1:]), industry=st.sampled_from(
    ["general", "manufacturing", "healthcare", "nonprofit", "logistics"]),
       employees=st.integers(1, 20_000), sites=st.one_of(st.none(), st.integers(1, 50)))
def test_rendered_postings_name_only_the_manager_given(boss, industry, employees, sites):
    env = make_environment(search_path("templates"))
    for role in _roles().values():
        company = Company(name="Acme", industry=None if industry == "general" else industry,
                          employees=employees, sites=sites)
        markdown = render_markdown(env, tailor(role, company, Options(reports_to=boss)))
        rest = _own(role).sub("", markdown.replace(boss, ""))
        if role.id == "coo" and size_tier(company) == "large":
            rest = BOARD.sub("", rest)
        for word in ROLE_TITLES.findall(boss):
            rest = re.sub(rf"\b{re.escape(word)}\b", "", rest, flags=re.I)
        assert not ROLE_TITLES.findall(rest), (role.id, boss)
        if site_count(company) == "one":
            assert not PLACES_PLURAL.search(markdown.split("## Equal opportunity")[0]), role.id


FOCUS_OVERLAY = """\
extends: director-of-operations
id: our-doo
focus:
  logistics:
    terms: {area: distribution}
    kpis: {add: [dock-to-stock time]}
    required: [Experience running a cold-chain network]
"""


def test_an_overlay_edits_what_a_focus_leads_with(write, tmp_path):
    write("roles/our-doo.yaml", FOCUS_OVERLAY)
    role = Catalog.load(search_path("roles", [tmp_path / "roles"])).find("our-doo").role
    posting = tailor(role, Company(name="Acme", size="mid"), Options(focus="logistics"))
    assert posting.kpis[:3] == ["deliveries on time and in full", "cost per delivery",
                                "dock-to-stock time"]
    assert posting.required[1] == "Experience running a cold-chain network"
    assert "You run and scale distribution at Acme" in posting.summary[0]


ROLE_WITH = """\
id: things
title: Head of Things
level: director
reports_to: CEO
scope: functional
scope_description: Things.
terms: {{site: site, sites: sites}}
summary: [{{text: "You run every {{site}}.", when: {when}}}]
responsibilities: [{{name: Things, bullets: [Run things]}}]
qualifications: {{required: [Five years]}}
skills: [doing things]
success: {{kpis: [things done]}}
focus: {{fast: {{label: fast, summary: Fast., terms: {terms}}}}}
onet_soc: 11-1021.00
"""


@pytest.mark.parametrize(("when", "terms", "message"), [
    ("{sites: [many]}", "{}",
     "roles/things.yaml:8:58: summary[0].when.sites[0]: expected 'one' or 'several' "
     "(found 'many')"),
    ("{reports_to: [nobody]}", "{}", "summary[0].when.reports_to[0]: expected"),
    ("{sites: [several]}", "{area: fast things}",
     "roles/things.yaml:13:59: focus.fast.terms.area: 'area' is not one of the role's "
     "terms; add a default for it under the role's terms"),
])
def test_role_files_are_checked_for_the_new_conditions_and_terms(runner, write, when, terms,
                                                                   message):
    from jdgen.cli import main

    write("roles/things.yaml", ROLE_WITH.format(when=when, terms=terms))
    result = runner.invoke(main, ["validate", "roles/things.yaml"])
    assert result.exit_code == 1
    assert message in result.stderr


def test_the_new_conditions_pass_validation(runner, write):
    from jdgen.cli import main

    write("roles/things.yaml", ROLE_WITH.format(when="{sites: [one], reports_to: [none]}",
                                                terms="{site: unit}"))
    result = runner.invoke(main, ["validate", "roles/things.yaml"])
    assert result.exit_code == 0, result.stderr
