"""Places as people write them, read into locality, ISO 3166-2 region and ISO 3166-1 country.

'Austin, TX', 'Austin Texas', 'Leeds, UK', 'Dublin', 'Mallow, Co. Cork', 'Perth, WA',
'Paris, Île-de-France, FR': the region names its country, and a city written on its
own takes the largest place of that name in :mod:`jdgen.locale.gazetteer` (GeoNames
cities, pycountry subdivisions). Where a reading had a choice a person might not
expect ('Portland' is Oregon, not Maine), :attr:`Place.notes` says so. Text that
names nothing known is kept as written, with no country: never a guess.

Codes shared by the five countries jdgen writes for (WA and NT in the US, Canada and
Australia; CA for California and Canada) are settled by the city, else read in the
order US, Canada, Australia, with a note.

The extract is imported only when a place needs it: the regions and country names
(:mod:`jdgen.locale.gazetteer`) for a region or an unusual country name, the cities
(:mod:`jdgen.locale.gazettecities`) for a city the region does not settle.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from jdgen.inputs.countries import country_code as country_of_name
from jdgen.locale.placekeys import fold, lines

_BARE_CODES = ("US", "CA", "AU")  # states and provinces people write as a code alone
_ORDER = ("US", "CA", "AU", "GB", "IE")
_NATIONS = ("GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR")
_KIND = {"US": "state", "AU": "state", "CA": "province"}
NOTABLE = 10  # another place is named when it has at least a tenth of the people


class City(NamedTuple):
    """One row of the gazetteer."""

    name: str
    country: str
    region: str | None
    population: int


class Place(NamedTuple):
    """How a place was read.

    ``region`` is the region as written, when what was written is a region (not
    'UK'); ``region_code`` its ISO 3166-2 code, or the region the city is in.
    ``alternatives`` are the other places of a city's name a person may have meant
    ('Portland, Maine, United States'), largest first; ``notes`` say what to check.
    """

    locality: str | None = None
    region: str | None = None
    region_code: str | None = None
    country: str | None = None
    notes: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()

    @property
    def address_region(self) -> str | None:
        """The region as a postal address gives it: as written, else 'TX', 'ON', 'NSW'."""
        if self.region:
            return self.region
        if self.region_code and self.country in _BARE_CODES:
            return self.region_code.split("-", 1)[1]
        return None


# ------------------------------------------------------------------ the data, read lazily

@lru_cache(maxsize=4096)
def _subdivision(code: str) -> tuple[str, str]:
    """(name, parent code) of an ISO 3166-2 code."""
    from jdgen.locale.gazetteer import SUBDIVISIONS

    (_, parent, name), = lines(SUBDIVISIONS, code)
    return name, parent


@lru_cache(maxsize=4096)
def _region_codes(key: str) -> tuple[str, ...]:
    """The codes of the regions named ``key`` (a search of the extract: kept, since a batch
    asks for the same few regions thousands of times)."""
    from jdgen.locale.gazetteer import REGION_NAMES

    return tuple(row[1] for row in lines(REGION_NAMES, key))


def region_name(code: str) -> str:
    """'Texas' for 'US-TX'."""
    return _subdivision(code)[0]


def regions(text: str, country: str | None = None) -> list[str]:
    """The ISO 3166-2 codes ``text`` may name, in ``country`` or, without one, as people
    write them alone: a US state, Canadian province or Australian state by code or name,
    a UK nation or an Irish county or province by name."""
    key = fold(text)
    found = []
    for code in _region_codes(key):
        land, short = code.split("-", 1)
        if country:
            if land == country:
                found.append(code)
        elif land in _BARE_CODES or (land == "IE" and fold(short) != key) or code in _NATIONS:
            found.append(code)
    return sorted(found, key=lambda c: _ORDER.index(c[:2]) if c[:2] in _ORDER else 9)


def cities(name: str) -> list[City]:
    """The gazetteer's places called ``name``, the largest first ('Dublin 2' is Dublin)."""
    found = _rows(name)
    district = re.fullmatch(r"(.*\D)\s+\d{1,2}", name.strip())
    if not found and district:
        found = _rows(district[1])
    return found


def _rows(name: str) -> list[City]:
    from jdgen.locale.gazettecities import CITIES

    return [City(row[1], row[2], row[3] or None, int(row[4]))
            for row in lines(CITIES, fold(name))]


def nation(text: str) -> str | None:
    """'GB-ENG' for 'England': the UK nation a country field names, if any."""
    found = [c for c in _region_codes(fold(text)) if c in _NATIONS]
    return found[0] if found else None


# ------------------------------------------------------------------ describing a reading

def _country_label(code: str) -> str:
    from jdgen.inputs.countries import country_name

    return country_name(code)


def _label(city: City, country: bool = True) -> str:
    parts = [city.name]
    if city.region and city.country in _BARE_CODES:
        parts.append(region_name(city.region))
    if country:
        parts.append(_country_label(city.country))
    return ", ".join(parts)


def _hint(city: City) -> str:
    if city.region and city.country in _BARE_CODES:
        return f"'{city.name}, {city.region.split('-', 1)[1]}'"
    return f"'{city.name}, {_country_label(city.country)}'"


def _others(best: City, found: list[City]) -> list[City]:
    """Other places of the name big enough that a person may have meant them."""
    seen = {(best.country, best.region)}
    others = []
    for city in found:
        if (city.country, city.region) not in seen and city.population * NOTABLE >= best.population:
            seen.add((city.country, city.region))
            others.append(city)
    return others[:3]


def _chosen(written: str, best: City, found: list[City], region: str | None = None) -> Place:
    """The city ``best`` for a name written alone, naming the others a person may have meant."""
    others = _others(best, found)
    notes: tuple[str, ...] = ()
    if others:
        meant = " or ".join(_label(c, c.country != best.country) for c in others)
        hints = " or ".join(_hint(c) for c in others)
        notes = (f"read as {_label(best)}; if you meant {meant}, write {hints}",)
    return Place(written, None, region or best.region, best.country, notes,
                 tuple(_label(c) for c in others))


# ------------------------------------------------------------------ reading

def _fits(city: City, country: str, region: str | None) -> bool:
    if city.country != country:
        return False
    if region is None or city.region is None or city.region == region:
        return True
    return _subdivision(region)[1] == city.region  # an Irish county in its province


def _region_candidates(text: str, country: str | None) -> list[tuple[str, str | None]]:
    """(country, region code) readings of a region as written; a country counts too."""
    found: list[tuple[str, str | None]] = [(c[:2], c) for c in regions(text, country)]
    named = country_of_name(text)
    if named and (country is None or named == country) and nation(text) is None:
        found.append((named, None))
    return found


@lru_cache(maxsize=2048)
def read_place(city: str | None, region: str | None = None,
               country: str | None = None) -> Place:
    """Read a place from the city, region and country as written (each may be missing)."""
    country_code = country_of_name(country) if country else None
    if country and country_code is None:
        return Place(city, region, None, None)
    if region:
        return _with_region(city, region, country_code)
    if country and not city:
        return _alone(country)
    if country_code:
        return _in_country(city, country_code, nation(country or ""))
    if city:
        return _alone(city)
    return Place()


def _in_country(city: str | None, country: str, region: str | None) -> Place:
    found = [c for c in cities(city) if c.country == country] if city else []
    if city and not found and regions(city, country):  # 'Texas, USA'
        return _alone(city, country)
    if not city or not found:
        return Place(city, None, region, country)
    best = found[0]
    return _chosen(city, best, found, region)


def _with_region(city: str | None, region: str, country: str | None) -> Place:
    readings = _region_candidates(region, country)
    if not readings:  # a region jdgen does not know: kept as written
        if country:
            inner = _in_country(city, country, None)
            return Place(city, region, inner.region_code, country, inner.notes,
                         inner.alternatives)
        found = cities(city) if city else []
        lands = {c.country for c in found}
        if len(lands) == 1:  # 'Leeds, West Yorkshire': Leeds is only in Britain
            best = found[0]
            note = (f"'{region}' is not a region jdgen knows; read as {_label(best)}: "
                    "add the country to be sure",)
            return Place(city, region, best.region, best.country, note)
        if lands:
            note = (f"'{region}' is not a region jdgen knows and {city} is in more than one "
                    "country, so the place has no country: add one",)
            return Place(city, region, notes=note)
        return Place(city, region)
    if len(readings) == 1 and readings[0][1]:  # 'Austin, TX': the region says it all
        land, code = readings[0]
        return Place(city, region, code, land)
    found = cities(city) if city else []
    fitting = [(c.population, n) for n, (land, code) in enumerate(readings)
               for c in found if _fits(c, land, code)]
    if fitting:
        pick = max(fitting, key=lambda f: (f[0], -f[1]))[1]
        land, code = readings[pick]
        match = next(c for c in found if _fits(c, land, code))
        notes: tuple[str, ...] = ()
    else:
        land, code = readings[0]
        match = None
        notes = _reading_note(region, readings)
    shown = region if code else None
    return Place(city, shown, code or (match.region if match else None), land, notes)


def _reading_note(region: str, readings: list[tuple[str, str | None]]) -> tuple[str, ...]:
    land, code = readings[0]
    others = [(lc, c) for lc, c in readings[1:] if lc != land and (c or lc in _ORDER)]
    if not others:
        return ()

    def said(reading: tuple[str, str | None]) -> str:
        where, sub = reading
        label = _country_label(where)
        return f"{region_name(sub)}, {label}" if sub else label

    meant = " or ".join(said(o) for o in others)
    return (f"read '{region}' as {said((land, code))}; if you meant {meant}, "
            "add the country",)


def _alone(text: str, country: str | None = None) -> Place:
    """A place written as one name: a country, a region, or a city (in ``country``)."""
    named = None if country else country_of_name(text)
    found = [c for c in cities(text) if c.country == (country or c.country)]
    readings = regions(text, country)
    if named and nation(text) is None:
        notes: tuple[str, ...] = ()
        if readings:
            code = readings[0]
            notes = (f"read as the country {_country_label(named)}; if you meant "
                     f"{region_name(code)}, {_country_label(code[:2])}, write "
                     f"'{text}, {code[:2]}'",)
        return Place(None, None, None, named, notes)
    if readings:
        code = readings[0]
        inside = [c for c in found if _fits(c, code[:2], code)]
        if inside:  # 'New York', 'Dublin': the city in the region of that name
            best = inside[0]
            return _chosen(text, best, found, code)
        notes = ()
        big = sorted((c for c in found if c.population >= 100_000),
                     key=lambda c: (c.country not in _ORDER, -c.population))
        if big:
            kind = _KIND.get(code[:2], "region")
            notes = (f"read as the {kind} of {region_name(code)}, {_country_label(code[:2])}; "
                     f"if you meant {_label(big[0])}, write {_hint(big[0])}",)
        return Place(None, text, code, code[:2], notes)
    if not found:
        return Place(text)
    best = found[0]
    return _chosen(text, best, found)


def country_of(city: str | None, region: str | None) -> str | None:
    """The ISO code of the country a city and region are in, when they say."""
    return read_place(city or None, region or None).country


# ------------------------------------------------------------------ splitting text

_LONGEST = 300  # a Location's text; the checks below are quadratic in the worst case
_POSTCODE = re.compile(r"^(?P<head>.*?)\s+(?P<code>\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)$")


def _known(text: str) -> bool:
    return bool(regions(text) or country_of_name(text))


def split_place(text: str) -> dict[str, str]:
    """Split a place as written into the city, region, postal code and country written.

    Commas separate the parts ('Austin, TX', 'Paris, Île-de-France, FR'); without
    them, a known state, province or country at the end is split off ('Austin TX',
    'Leeds UK', 'Perth Western Australia'). A last part that is a country is the
    country; one that is a region (or either: 'CA', 'DE') is the region.
    """
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts or len(text) > _LONGEST:  # too long to be a place: the model says so
        return {"city": text}
    if len(parts) > 3:
        parts = [", ".join(parts[:-2]), *parts[-2:]]
    out: dict[str, str] = {}
    if len(parts) >= 2:
        match = _POSTCODE.match(parts[-1])
        if match and _known(match["head"]):
            out["postal_code"] = match["code"]
            parts[-1] = match["head"]
    if len(parts) == 3:
        return {**out, "city": parts[0], "region": parts[1], "country": parts[2]}
    if len(parts) == 1:
        whole = parts[0]
        if country_of_name(whole) and nation(whole) is None:
            return {"country": whole}
        if regions(whole) or cities(whole):
            return {"city": whole}
        return _split_words(whole) or {"city": whole}
    city, last = parts
    if not regions(last) and country_of_name(last):
        inner = _split_words(city)
        if inner and "region" in inner:
            return {**out, **inner, "country": last}
        return {**out, "city": city, "country": last}
    return {**out, "city": city, "region": last}


def _split_words(text: str) -> dict[str, str] | None:
    words = text.split()
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        head, tail = " ".join(words[:-size]), " ".join(words[-size:])
        if regions(tail):
            return {"city": head, "region": tail}
        if country_of_name(tail):
            return {"city": head, "country": tail}
    return None
