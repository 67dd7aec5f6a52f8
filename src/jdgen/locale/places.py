"""The country of a job from how people write places: 'Denver, CO', 'Leeds, UK', 'Sydney'.

A location with a country says so; most do not ('Toronto, ON'). The region
(a US state, Canadian province, Australian state, UK nation or Irish county)
names the country, and so does a well-known city written on its own. Two
codes mean two places: WA (Washington, Western Australia) and NT (Northwest
Territories, Northern Territory) are settled by the city where it is known,
else read as the US state and the Canadian territory.
"""

from __future__ import annotations

from functools import lru_cache

_US = """AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE
NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR""".split()
_US_NAMES = """alabama alaska arizona arkansas california colorado connecticut delaware florida
georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
massachusetts michigan minnesota mississippi missouri montana nebraska nevada
new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma
oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont
virginia washington west_virginia wisconsin wyoming district_of_columbia d.c.""".split()
_CA = "AB BC MB NB NL NS NT NU ON PE QC SK YT".split()
_CA_NAMES = """alberta british_columbia manitoba new_brunswick newfoundland_and_labrador
nova_scotia northwest_territories nunavut ontario prince_edward_island quebec québec
saskatchewan yukon""".split()
_AU = "NSW VIC QLD WA SA TAS ACT NT".split()
_AU_NAMES = """new_south_wales victoria queensland western_australia south_australia tasmania
australian_capital_territory northern_territory""".split()
_GB = "uk u.k. gb england scotland wales northern_ireland great_britain".split()
_IE_COUNTIES = """carlow cavan clare cork donegal dublin galway kerry kildare kilkenny laois
leitrim limerick longford louth mayo meath monaghan offaly roscommon sligo tipperary
waterford westmeath wexford wicklow""".split()

_CITIES = {
    "GB": """london manchester birmingham leeds glasgow edinburgh bristol liverpool sheffield
        newcastle newcastle_upon_tyne cardiff belfast nottingham leicester southampton brighton
        oxford cambridge reading aberdeen york""",
    "IE": "dublin cork galway limerick waterford kilkenny athlone drogheda dundalk",
    "CA": """toronto montreal montréal vancouver calgary edmonton ottawa winnipeg halifax
        victoria_bc mississauga hamilton kitchener waterloo saskatoon regina yellowknife""",
    "AU": """sydney melbourne brisbane perth adelaide canberra hobart darwin gold_coast
        newcastle_nsw geelong wollongong""",
    "US": """new_york new_york_city nyc san_francisco los_angeles chicago boston seattle denver
        austin dallas houston atlanta miami phoenix philadelphia washington_dc portland
        minneapolis detroit nashville charlotte pittsburgh""",
}


def _names(words: list[str]) -> set[str]:
    return {w.replace("_", " ").casefold() for w in words}


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    found: dict[str, str] = {}
    for country, codes, names in (("US", _US, _US_NAMES), ("CA", _CA, _CA_NAMES),
                                  ("AU", _AU, _AU_NAMES)):
        for name in _names(codes) | _names(names):
            found.setdefault(name, country)
    found.update(dict.fromkeys(_names(_GB), "GB"))
    for county in _names(_IE_COUNTIES):
        found[f"co. {county}"] = found[f"county {county}"] = found[f"co {county}"] = "IE"
    return found


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    return {city: country for country, text in _CITIES.items()
            for city in _names(text.split())}


def country_of(city: str | None, region: str | None) -> str | None:
    """The ISO code of the country a city and region are in, when they say."""
    town = (city or "").strip().casefold()
    place = (region or "").strip().casefold()
    by_city = _cities().get(town)
    if place in ("wa", "nt"):  # two places each: let a known city decide
        if by_city in ("AU", "US", "CA"):
            return by_city
        return "US" if place == "wa" else "CA"
    if place:
        return _regions().get(place) or by_city
    return by_city
