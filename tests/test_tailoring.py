"""Tailoring changes the text itself, and every combination reads as a finished posting."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from markdown_it import MarkdownIt

from jdgen.inputs.discovery import Catalog, builtin_dir, search_path
from jdgen.models import Company, Compensation, Location, Role, text_of
from jdgen.render.markdown import render_markdown
from jdgen.render.templating import make_environment
from jdgen.tailoring.tailor import Options, article, find_industry, format_pay, slugify, tailor
from postingshape import line_difference

DATE = dt.date(2026, 11, 25)
INDUSTRIES = ["manufacturing", "software", "retail", "healthcare", "logistics",
              "professional services", "aerospace", None]


@pytest.fixture(scope="module")
def roles() -> dict[str, Role]:
    catalog = Catalog.load([builtin_dir("roles")])
    return {key: entry.role for key, entry in catalog.entries.items()}


@pytest.fixture(scope="module")
def env():
    return make_environment(search_path("templates"))


def render(env, role: Role, company: Company, **options) -> str:
    return render_markdown(env, tailor(role, company, Options(date=DATE, **options)))


def words(markdown: str) -> int:
    text = MarkdownIt("commonmark").render(markdown)
    return len(re.sub(r"<[^>]+>", " ", text).split())


def test_two_industries_give_visibly_different_postings(env, roles):
    coo = roles["coo"]
    a = render(env, coo, Company(name="Acme", industry="manufacturing"))
    b = render(env, coo, Company(name="Acme", industry="healthcare"))
    assert line_difference(a, b) >= 0.25
    assert "priorities" not in a  # industry duties sit in the areas, not in an appended block
    ctx = Company(name="Acme", industry="manufacturing")
    made, health = (tailor(coo, ctx, Options(date=DATE)),
                    tailor(coo, Company(name="Acme", industry="healthcare"), Options(date=DATE)))
    assert set(made.summary) - set(health.summary)
    assert not set(made.required) <= set(health.required)  # the must-haves change too
    assert set(made.kpis) != set(health.kpis)


def test_industry_aliases_resolve(roles):
    coo = roles["coo"]
    assert find_industry(coo, "SaaS") is coo.industries["software"]
    assert find_industry(coo, "E-commerce") is coo.industries["retail"]
    assert find_industry(coo, "Professional Services") is coo.industries["professional-services"]
    assert find_industry(coo, "aerospace") is coo.industries["general"]


@pytest.mark.parametrize("industry", ["food and beverage", "consumer goods", "production",
                                      "services"])
@pytest.mark.parametrize("role_id", ["coo", "director-of-operations"])
def test_a_name_that_fits_several_industries_picks_none(env, roles, role_id, industry):
    # A food and beverage company may run restaurants or a factory: the posting keeps
    # the name as given and general duties, rather than guess (and invent kitchens).
    role = roles[role_id]
    assert find_industry(role, industry) is role.industries["general"]
    text = render(env, role, Company(name="Acme", industry=industry, employees=400))
    assert f"Acme, a {industry} company of 400 people" in text
    for guessed in ("restaurant", "kitchen", "guest", "plant", "store", "client"):
        assert guessed not in text.lower(), guessed


def test_focus_changes_title_summary_and_lead_area(env, roles):
    doo = roles["director-of-operations"]
    variant = doo.focus["supply-chain"]
    posting = tailor(doo, Company(name="Acme"), Options(focus="Supply Chain", date=DATE))
    assert posting.title == "Director of Operations (Supply Chain)"
    assert variant.summary.replace("{company}", "Acme") in posting.summary
    assert posting.responsibilities[0].name.casefold() == (variant.lead_area or "").casefold()
    assert posting.responsibilities[0].bullets[: len(variant.responsibilities)] == \
        [text_of(item).replace("{company}", "Acme") for item in variant.responsibilities]
    plain = tailor(doo, Company(name="Acme"), Options(date=DATE))
    assert plain.responsibilities[0].name == doo.responsibilities[0].name


def test_company_facts_change_the_words(env, roles):
    company = Company(
        name="Northwind Traders", industry="logistics", employees=240, stage="growth",
        locations=[Location(city="Denver", region="CO")], arrangement="hybrid",
        compensation=Compensation(min=140000, max=175000),
    )
    text = render(env, roles["director-of-operations"], company,
                  reports_to="Chief Operating Officer", team_size=25)
    assert ("Northwind Traders, a fast-growing logistics and distribution company of 240 "
            "people based in Denver, CO, is hiring a Director of Operations.") in text
    assert "You will report to the Chief Operating Officer and lead a team of 25 people." in text
    assert "hybrid role" in text and "Denver, CO" in text
    assert "$140,000–$175,000 per year" in text


def test_reports_to_a_person_reads_naturally(roles):
    posting = tailor(roles["coo"], Company(name="Acme"),
                     Options(reports_to="Dana Kim", date=DATE))
    assert "You will report to Dana Kim." in posting.summary


GRID = [("coo", industry, None) for industry in INDUSTRIES] + list(
    itertools.product(["director-of-operations"], INDUSTRIES,
                      [None, "supply-chain", "process-optimization", "logistics"]))


@pytest.mark.parametrize(("role_id", "industry", "focus"), GRID)
def test_every_tailoring_reads_as_a_finished_posting(env, roles, role_id, industry, focus):
    role = roles[role_id]
    company = Company(name="Acme", industry=industry)
    text = render(env, role, company, focus=focus)
    assert 450 <= words(text) <= 900, words(text)
    assert "None" not in text
    assert "{{" not in text and "{%" not in text
    assert not re.search(r"\b(a|an) (a|an)\b", text)
    assert not [ln for ln in text.splitlines() if "  " in ln.strip()]
    # No heading is immediately followed by another heading of the same or higher level.
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for first, second in itertools.pairwise(lines):
        if first.startswith("#") and second.startswith("#"):
            assert len(second.split()[0]) > len(first.split()[0]), (first, second)
    assert lines[-1].strip()


@pytest.mark.parametrize(
    ("word", "expected"),
    [("established", "an"), ("fast-growing", "a"), ("early-stage", "an"), ("hour", "an"),
     ("university", "a"), ("European", "a"), ("SaaS", "a"), ("HR", "an"), ("one-off", "a"),
     ("Director", "a"), ("Operations", "an"), ("e-commerce", "an")],
)
def test_article(word, expected):
    assert article(word) == expected


@pytest.mark.parametrize(
    ("name", "slug"),
    [("Acme", "acme"), ("Northwind Traders", "northwind-traders"), ("../../etc", "etc"),
     ("Café Zürich", "cafe-zurich"), ("שלום", "company"), ("🚀 Rocket", "rocket"),
     ("CON", "con"), ("a" * 300, "a" * 60)],
)
def test_slugify_stays_a_plain_file_name(name, slug):
    assert slugify(name) == slug


def test_pay_formats():
    assert format_pay(Compensation(min=95000, max=120000, currency="EUR")) == \
        "€95,000–€120,000 per year"
    assert format_pay(Compensation(min=60, max=60, currency="CHF", period="hour")) == \
        "60 CHF per hour"
    assert format_pay(Compensation(min=60000, max=75000, currency="GBP")) == \
        "£60,000–£75,000 per year"
    usd = Compensation(min=90000, max=90000, currency="USD")
    assert format_pay(usd) == format_pay(usd, "US") == "$90,000 per year"
    assert format_pay(usd, "CA") == "US$90,000 per year"  # abroad, say which dollar
    cad = Compensation(min=90000, max=110000, currency="CAD")
    assert format_pay(cad) == "CA$90,000–CA$110,000 per year"
    assert format_pay(cad, "CA") == "$90,000–$110,000 per year"


HOSTILE = ["*Evil* [x](javascript:alert(1))", "{{ 7*7 }}", "{% raw %}", "<script>x</script>",
           "# Heading", "- item", "1. First", "> quote", "Tom & Jerry &amp; Co", "`code`",
           "back\\slash", "O'Brien \"Quotes\"", "שלום עולם", "🚀 Rocket", "a_b_c", "|pipe|"]


@pytest.mark.parametrize("name", HOSTILE)
def test_company_names_print_literally(env, roles, name):
    text = render(env, roles["coo"], Company(name=name, about="We make things."))
    html = MarkdownIt("commonmark", {"html": False}).render(text)
    plain = re.sub(r"<[^>]+>", "", html)
    import html as html_lib

    assert f"About {name}" in html_lib.unescape(plain)
    assert "<script>" not in html
    assert "49" not in plain


def test_an_industry_can_leave_out_what_does_not_apply(env, roles):
    doo = roles["director-of-operations"]
    saas = render(env, doo, Company(name="Acme", industry="SaaS"))
    assert "### Inventory management" not in saas
    assert "- Inventory planning" not in saas and "Inventory turnover" not in saas
    assert "### Inventory management" in render(env, doo, Company(name="Acme",
                                                                  industry="logistics"))
    data = doo.model_dump()
    data["focus"]["logistics"]["lead_area"] = "Inventory management"
    stocked = Role.model_validate(data)
    kept = tailor(stocked, Company(name="Acme", industry="SaaS"),
                  Options(focus="logistics", date=DATE))
    assert kept.responsibilities[0].name == "Inventory management"  # the focus keeps its area


def test_omitting_something_the_role_lacks_is_an_error(roles):
    from pydantic import ValidationError

    data = roles["coo"].model_dump()
    data["industries"]["software"]["omit"] = ["Juggling"]
    with pytest.raises(ValidationError, match="omits 'Juggling', which is not a responsibility"):
        Role.model_validate(data)
