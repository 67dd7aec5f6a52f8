"""One resolver settles the facts of every way in: the same facts make the same bytes."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import jdgen
from jdgen.cli import main
from jdgen.inputs.facts import FACTS, FactError, Voice, resolve
from jdgen.models import Company

FORMATS = ("md", "docx", "html", "json")

# Each case: the facts as a manifest spells them, and the same as build options.
CASES = [
    pytest.param(
        {"industry": "logistics", "employees": 15, "location": "Austin, TX",
         "arrangement": "hybrid", "salary": "120k-150k", "apply_url": "https://lonestar.example/jobs",
         "benefits": ["Health cover", "Paid parental leave"]},
        id="us-startup"),
    pytest.param(
        {"industry": "manufacturing", "employees": 2000, "location": "Leeds, UK",
         "arrangement": "onsite", "salary": "£85k-£100k", "reports_to": "Managing Director",
         "team_size": 40, "apply_email": "jobs@acme.example", "locale": "en-GB"},
        id="gb-manufacturer"),
    pytest.param(
        {"industry": "healthcare", "employees": 300, "stage": "established",
         "location": "Toronto, ON", "arrangement": "remote", "salary": "130000-155000",
         "currency": "CAD", "period": "year", "focus": "logistics",
         "valid_for_days": 30, "about": "We run community clinics."},
        id="ca-health"),
]

_OPTION = {"industry": "--industry", "employees": "--employees", "stage": "--stage",
           "location": "--location", "salary": "--salary", "currency": "--currency",
           "period": "--period", "reports_to": "--reports-to", "team_size": "--team-size",
           "focus": "--focus", "apply_url": "--apply-url", "apply_email": "--apply-email",
           "locale": "--locale", "valid_for_days": "--valid-for", "about": "--about"}


def _options(facts: dict[str, object]) -> list[str]:
    args: list[str] = []
    for key, value in facts.items():
        if key == "arrangement":
            args.append(f"--{value}")
        elif key == "benefits":
            for benefit in value:  # type: ignore[attr-defined]
                args += ["--benefit", str(benefit)]
        else:
            args += [_OPTION[key], str(value)]
    return args


def _yaml(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_yaml(v) for v in value) + "]"
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def _role(facts: dict[str, object]) -> str:
    return "director-of-operations" if "focus" in facts else "coo"


@pytest.mark.parametrize("facts", CASES)
def test_cli_manifest_and_api_make_the_same_bytes(facts, runner, tmp_path):
    role = _role(facts)
    formats = [arg for fmt in FORMATS for arg in ("-f", fmt)]
    # A manifest's posting always has a reference (its file stem); give the others the same.
    stem = f"acme-{role}"
    result = runner.invoke(main, ["build", role, "--company", "Acme", *_options(facts),
                                  "--date", "2026-11-25", "--posting-id", stem, *formats,
                                  "--out", "cli"])
    assert result.exit_code == 0, result.output
    cli = {path.name: path.read_bytes() for path in (tmp_path / "cli").iterdir()}

    posting = "\n".join(f"    {key}: {_yaml(value)}" for key, value in facts.items())
    (tmp_path / "m.yaml").write_text(
        f"defaults: {{formats: [{', '.join(FORMATS)}]}}\npostings:\n"
        f"  - role: {role}\n    company: Acme\n    date: 2026-11-25\n{posting}\n",
        encoding="utf-8")
    result = runner.invoke(main, ["build", "--manifest", "m.yaml", "--out", "site"])
    assert result.exit_code == 0, result.output
    site = {name: (tmp_path / "site" / name).read_bytes() for name in cli}

    built = jdgen.build_posting(role, "Acme", formats=list(FORMATS), date="2026-11-25",
                                id=stem, **facts)  # type: ignore[arg-type]
    assert sorted(built.files) == sorted(cli)
    for name, data in cli.items():
        if not name.endswith(".html"):  # a site's page links its index; a single page cannot
            assert site[name] == data, f"{name}: the manifest's bytes differ from the CLI's"
        assert built.files[name] == data, f"{name}: the API's bytes differ from the CLI's"


def test_the_api_and_the_manifest_name_every_fact_the_resolver_takes():
    from jdgen.api import PostingFacts
    from jdgen.inputs.manifest import PostingFields

    # Facts the API and a manifest's posting spell otherwise or leave to the company file.
    elsewhere = {"website", "logo", "logo_file", "applicant_locations"}
    for fact in set(FACTS) - elsewhere:
        assert fact in PostingFields.model_fields, fact
        assert fact in PostingFacts.__annotations__ or fact in ("company",), fact


def test_every_company_fact_has_an_option():
    from jdgen.cli.build import _OPTIONS, build

    options = {opt for param in build.params for opt in [*param.opts, *param.secondary_opts]}
    fact_of = {"name": "company", "locations": "location", "compensation": "salary"}
    for field in Company.model_fields:
        fact = fact_of.get(field, field)
        assert fact in FACTS, field
        assert fact in _OPTIONS, f"no option sets the company file's '{field}'"
        assert set(_OPTIONS[fact].split("/")) <= options, _OPTIONS[fact]


# ------------------------------------------------------------------ the rules, one by one


def _pay(facts: dict[str, object], base: Company | None = None) -> dict[str, object]:
    settled = resolve(facts, base)
    pay = settled.company.compensation
    assert pay is not None
    return {"min": pay.min, "max": pay.max, "currency": pay.currency, "period": pay.period}


FILED = Company(name="Acme", compensation={"min": 1, "max": 2, "currency": "EUR"})


@pytest.mark.parametrize(("facts", "base", "expected"), [
    ({"company": "A", "salary": "90k-100k"}, None, (90_000, 100_000, "USD", "year")),
    ({"company": "A", "salary": "90k-100k", "location": "Leeds, UK"}, None,
     (90_000, 100_000, "GBP", "year")),
    ({"company": "A", "salary": "$90k-$100k", "location": "Toronto, ON"}, None,
     (90_000, 100_000, "CAD", "year")),
    ({"company": "A", "salary": "$90k-$100k", "location": "London, UK"}, None,
     (90_000, 100_000, "USD", "year")),
    ({"company": "A", "salary": "90k-100k"}, FILED, (90_000, 100_000, "EUR", "year")),
    ({"company": "A", "salary": "£90k-£100k", "currency": "GBP"}, FILED,
     (90_000, 100_000, "GBP", "year")),
    ({"company": "A", "currency": "GBP"}, FILED, (1, 2, "GBP", "year")),
    ({"company": "A", "period": "month"}, FILED, (1, 2, "EUR", "month")),
    ({"company": "A", "salary": "$40-$55", "period": "hour", "currency": "AUD"}, None,
     (40, 55, "AUD", "hour")),
    ({"company": "A", "salary": {"min": 5, "max": 6, "currency": "SEK"}}, None,
     (5, 6, "SEK", "year")),
])
def test_pay_is_settled_once_with_its_currency(facts, base, expected):
    assert tuple(_pay(facts, base).values()) == expected


@pytest.mark.parametrize(("facts", "base", "fact", "message"), [
    ({"company": "A", "salary": "£60k-£75k", "currency": "USD"}, None, "salary",
     r"^the salary is in GBP \(£\) but currency says USD; give one currency$"),
    ({"company": "A", "salary": "£60k-£75k"}, FILED, "salary",
     r"^the salary is in GBP \(£\) but the company file's compensation.currency is EUR; "
     r"add 'currency: GBP' to override the file$"),
    ({"company": "A", "salary": "$60k-$75k"}, FILED, "salary",
     r"^the salary is in '\$' but the company file's compensation.currency is EUR; give the "
     r"salary without a symbol"),
    ({"company": "A", "salary": "$60k-$75k", "currency": "GBP"}, None, "salary",
     r"^the salary is in '\$' but currency says GBP"),
    ({"company": "A", "salary": "lots"}, None, "salary", r"lots"),
    ({"company": "A", "valid_through": "2027-01-01", "valid_for_days": 3}, None,
     "valid_through", r"not both"),
    ({"company": "A", "employees": 0}, None, "employees", r"greater than or equal to 1"),
    ({"company": "A", "locale": "xx-YY"}, None, "locale", r"xx-YY"),
    ({"salary": "90k-100k"}, None, "company", r"^no company"),
    ({"company": "A", "colour": "red"}, None, "colour", r"not a fact"),
])
def test_a_fact_that_cannot_be_settled_names_itself(facts, base, fact, message):
    with pytest.raises(FactError) as caught:
        resolve(facts, base)
    assert caught.value.fact == fact
    assert caught.value.problems == [f"{fact}: {caught.value.reason}"]
    assert re.search(message, caught.value.reason), caught.value.reason


def test_each_way_in_names_the_fact_in_its_own_words(runner, write):
    with pytest.raises(FactError) as caught:
        resolve({"company": "A", "salary": "£1-£2"}, FILED,
                voice=Voice({"currency": "--currency"}, "acme.yaml"))
    assert "acme.yaml's compensation.currency is EUR; add --currency GBP" in caught.value.reason

    result = runner.invoke(main, ["build", "coo", "--company", "A", "--salary", "£1-£2",
                                  "--currency", "USD", "-o", "-"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--salary': the salary is in GBP (£) but --currency says "
        "USD; give one currency")

    write("m.yaml", "postings:\n  - {role: coo, company: A, salary: '£1-£2', currency: USD}\n")
    result = runner.invoke(main, ["build", "--manifest", "m.yaml", "--out", "site"])
    assert result.exit_code == 1
    assert "salary: the salary is in GBP (£) but currency says USD" in result.stderr


def test_the_locale_is_settled_once_and_the_options_carry_it():
    assert resolve({"company": "A", "location": "Leeds, UK"}).options.locale == "en-GB"
    assert resolve({"company": "A", "location": "Leeds, UK", "locale": "en-US"}
                   ).options.locale == "en-US"
    filed = Company(name="A", locale="en-AU")
    # A manifest's locale gives way to the company file's; --locale does not.
    assert resolve({"company": "A", "locale": "en-CA"}, filed).options.locale == "en-AU"
    assert resolve({"company": "A", "locale": "en-CA"}, filed, locale_wins=True
                   ).options.locale == "en-CA"


def test_dates_arrive_as_dates_whatever_the_way_in():
    for value in ("2026-11-25", dt.date(2026, 11, 25), dt.datetime(2026, 11, 25, 9, 30)):
        assert resolve({"company": "A", "date": value}).options.date == dt.date(2026, 11, 25)


def test_the_resolver_s_warnings_reach_every_way_in(runner, write):
    facts = {"salary": "20k-90k", "currency": "USD", "location": "Vancouver, BC"}
    settled = resolve({"company": "Acme", **facts})
    assert len(settled.warnings) == 2 and settled.warnings == settled.options.notes
    assert "4.5 times the bottom" in settled.warnings[0]
    assert "the job is in Canada, which pays in CAD" in settled.warnings[1]

    result = runner.invoke(main, ["build", "coo", "--company", "Acme", *_options(facts),
                                  "-o", "-"])
    assert result.exit_code == 0
    for line in settled.warnings:
        assert f"Warning: acme-coo: {line}" in result.stderr.splitlines()

    built = jdgen.build_posting("coo", "Acme", **facts)  # type: ignore[arg-type]
    assert [f"acme-coo: {line}" for line in settled.warnings] == built.warnings[:2]

    write("m.yaml", "postings:\n  - {role: coo, company: Acme, salary: 20k-90k, "
                    "currency: USD, location: 'Vancouver, BC'}\n")
    result = runner.invoke(main, ["build", "--manifest", "m.yaml", "--out", "site",
                                  "--verbose"])
    assert result.exit_code == 0, result.stderr
    for line in settled.warnings:
        assert line in result.stderr


@pytest.mark.parametrize(("location", "country", "warned"), [
    ("Portland", "US", "if you meant Portland, Maine"),
    ("Leeds, UK", "GB", None),
    ("Toronto, ON", "CA", None),
])
def test_places_are_settled_with_their_country_and_doubts(location, country, warned):
    settled = resolve({"company": "A", "location": location})
    assert settled.company.locations[0].country_code == country
    notes = [line for line in settled.warnings if line.startswith("location ")]
    assert [warned in line for line in notes] == ([True] if warned else [])


@pytest.mark.parametrize(("name", "text", "place"), [
    ("m.yaml", "postings:\n  - role: coo\n    company: Acme\n    salary: '£1k-£2k'\n"
               "    currency: USD\n", "m.yaml:4:13"),
    ("m.csv", "role,company,salary,currency\ncoo,Acme,£1k-£2k,USD\n", "m.csv: row 2, column C"),
])
def test_a_manifest_s_fact_error_names_the_fact_s_own_line_or_cell(name, text, place, runner,
                                                                    write):
    write(name, text)
    result = runner.invoke(main, ["build", "--manifest", name, "--out", "site"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"Error: {place}: salary: the salary is in GBP (£) but currency says USD; give one "
        "currency")


def test_several_locations_on_the_command_line_make_several_sites(runner):
    def plants(*places: str) -> str:
        where = [arg for place in places for arg in ("--location", place)]
        result = runner.invoke(main, ["build", "director-of-operations", "--company", "Acme",
                                      "--industry", "manufacturing", "--employees", "2000",
                                      *where, "-o", "-"])
        assert result.exit_code == 0, result.stderr
        return result.stdout

    one, two = plants("Leeds, UK"), plants("Leeds, UK", "Sheffield, UK")
    assert "plants" not in one and "all plants" in two
    assert "- **Location:** Leeds, UK" in two  # the first place is the job's own


def test_every_place_read_with_a_country_reaches_the_json_ld_with_it():
    """Over the whole table of places as people write them: the settled country is the
    JSON-LD's addressCountry (never a region), and a remote job asks for applicants in it."""
    import json

    from test_places import READINGS

    builder = jdgen.Builder()
    for text, _, _, country in READINGS:
        onsite = json.loads(builder.posting("coo", "Acme", formats=["json"], location=text,
                                            arrangement="onsite").data("json"))
        address = onsite["jobLocation"]["address"]
        assert address.get("addressCountry") == country, (text, address)
        assert address.get("addressRegion") not in ("UK", "GB", "United Kingdom"), text
        remote = json.loads(builder.posting("coo", "Acme", formats=["json"], location=text,
                                            arrangement="remote").data("json"))
        wanted = remote.get("applicantLocationRequirements")
        areas = wanted if isinstance(wanted, list) else [wanted] if wanted else []
        if country:
            assert areas, text
            assert all(area["name"] == country or area["@type"] == "State" for area in areas), (
                text, areas)
        else:
            assert not areas, text
