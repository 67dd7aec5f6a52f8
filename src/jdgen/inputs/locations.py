"""Locations as people type them: 'Denver, CO', 'Leeds, UK', 'Austin Texas', 'Dublin'.

How a place is read (which part is the city, the region and the country, and
which country a region or city is in) lives in :mod:`jdgen.locale.places`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jdgen.models import Location


def parse_location(text: str) -> dict[str, str]:
    """Split a place into the fields of a Location (not yet validated), as written.

    'Denver, CO' is a city and region, 'Leeds, UK' a city and country, 'Germany'
    a country; 'Austin TX' and 'Austin, TX 78701' work too. Which country a
    region or city is in is read later, from the fields (:attr:`Location.place`).
    """
    from jdgen.locale.places import split_place

    return split_place(text)


def settle_place(location: Location) -> tuple[Location, list[str]]:
    """The location, read, and a line for each choice the reading made that a person
    should check ('Portland' read as Oregon), each naming the place as written."""
    notes = location.place.notes
    return location, [f"location '{location.display()}': {note}" for note in notes]
