"""Locales: which English a posting is written in, and what follows from it.

A locale is a BCP 47 tag such as ``en-GB``. It decides the spelling and the
everyday words of built-in text (:mod:`jdgen.locale.spelling`), how dates,
numbers and money are written (:mod:`jdgen.locale.formats`, from CLDR through
Babel), the fixed strings (:mod:`jdgen.locale.catalogue`), the paper size and,
with the job's country, the equal-opportunity statement (:mod:`jdgen.locale.eeo`).

This module is light: it imports nothing beyond the standard library, so the
models can check a locale without loading any locale data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jdgen.render.paper import Paper

SUPPORTED: tuple[str, ...] = ("en-US", "en-GB", "en-CA", "en-AU", "en-IE")
DEFAULT = "en-US"

# The locale a job's country implies when nothing else names one.
COUNTRY_LOCALES: dict[str, str] = {
    "US": "en-US", "GB": "en-GB", "CA": "en-CA", "AU": "en-AU", "IE": "en-IE",
    # Crown dependencies and territories that write British English.
    "IM": "en-GB", "JE": "en-GB", "GG": "en-GB",
    # US territories.
    "PR": "en-US", "GU": "en-US", "VI": "en-US", "AS": "en-US", "MP": "en-US",
}

_BY_KEY = {tag.casefold(): tag for tag in SUPPORTED}
_BY_KEY.update({tag.replace("-", "_").casefold(): tag for tag in SUPPORTED})



def supported_list() -> str:
    """'en-US, en-GB, en-CA, en-AU, en-IE': for error messages."""
    return ", ".join(SUPPORTED)


def check_locale(value: str) -> str:
    """The supported tag ``value`` names ('en-gb', 'en_GB' -> 'en-GB'); ValueError if none."""
    text = value.strip() if isinstance(value, str) else ""
    found = _BY_KEY.get(text.casefold())
    if found is None:
        shown = text if len(text) <= 40 else text[:39] + "…"
        raise ValueError(f"'{shown}' is not a supported locale; use one of {supported_list()}")
    return found


def locale_for_country(country: str | None) -> str | None:
    """The locale a job in ``country`` (ISO 3166 alpha-2) is written in, if jdgen has one."""
    return COUNTRY_LOCALES.get(country.upper()) if country else None


def resolve(option: str | None = None, company: str | None = None,
            manifest: str | None = None, country: str | None = None) -> str:
    """The posting's locale: the option, else the company file's, else the manifest's,
    else the one the job's country implies, else en-US."""
    for given in (option, company, manifest):
        if given:
            return check_locale(given)
    return locale_for_country(country) or DEFAULT


def region(locale: str) -> str:
    """'en-GB' -> 'GB': the country whose conventions the locale follows."""
    return locale.rsplit("-", 1)[-1].upper()


def paper_size(locale: str) -> Paper:
    """US Letter where it is the standard paper (the US and Canada), A4 elsewhere: the
    rule DOCX and PDF use (:func:`jdgen.render.paper.paper_for`), for a supported locale."""
    from jdgen.render.paper import paper_for

    return paper_for(check_locale(locale))
