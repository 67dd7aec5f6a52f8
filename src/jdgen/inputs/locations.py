"""Locations as people type them: 'Denver, CO', 'Leeds, United Kingdom', 'Germany'."""

from __future__ import annotations

from jdgen.inputs.countries import country_code


def parse_location(text: str) -> dict[str, str]:
    """Split 'City, Region, Country' into the fields of a Location (not yet validated).

    'Denver, CO' is a city and region; 'Leeds, United Kingdom' and 'Germany'
    name a country. A last part of two letters stays a region (CO, CA and DE
    are states and countries alike); write 'Denver, CO, US' to add a country.
    """
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) > 3:
        parts = [", ".join(parts[:-2]), *parts[-2:]]
    if not parts:
        return {"city": text}
    if len(parts) == 1 and country_code(parts[0]):
        return {"country": parts[0]}
    if len(parts) == 2 and len(parts[1]) > 2 and country_code(parts[1]):
        return {"city": parts[0], "country": parts[1]}
    return dict(zip(("city", "region", "country"), parts, strict=False))
