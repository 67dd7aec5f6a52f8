"""Dates, numbers and money as each locale writes them, from CLDR.

The built-in locales use the extract of CLDR in :mod:`jdgen.locale.cldr`
(made from Babel, and checked against it by the tests), so a single build
does not pay for importing Babel. Any other locale is formatted by Babel.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from typing import Any

_TOKEN = re.compile(r"'[^']*'|d+|M+|y+|[A-Za-z]+|[^A-Za-z']+")


def _data(locale: str) -> dict[str, Any] | None:
    from jdgen.locale.cldr import DATA

    return DATA.get(locale)


def country_currency(country: str | None) -> str | None:
    """The main currency of ``country`` (an ISO 3166 code), per CLDR; None if unknown."""
    from jdgen.locale.cldr import COUNTRY_CURRENCIES

    return COUNTRY_CURRENCIES.get((country or "").upper())


def long_date(value: dt.date, locale: str = "en-US") -> str:
    """'December 1, 2026' (en-US, en-CA) or '1 December 2026' (en-GB, en-AU, en-IE)."""
    data = _data(locale)
    if data is None:
        from babel.dates import format_date

        return str(format_date(value, format="long", locale=locale.replace("-", "_")))
    out = []
    for token in _tokens(data["date_long"]):
        if token == "d":
            out.append(str(value.day))
        elif token == "MMMM":
            out.append(data["months"][value.month - 1])
        elif token == "y":
            out.append(str(value.year))
        elif token.startswith("'"):
            out.append(token[1:-1] or "'")
        else:
            out.append(token)
    return "".join(out)


@lru_cache(maxsize=32)
def _tokens(pattern: str) -> tuple[str, ...]:
    tokens = tuple(_TOKEN.findall(pattern))
    unknown = [t for t in tokens if t[:1].isalpha() and t not in ("d", "MMMM", "y")]
    if unknown:  # a pattern this small reader does not know: a new locale's data
        raise ValueError(f"date pattern {pattern!r} has fields {unknown} jdgen cannot write")
    return tokens


def number(value: int, locale: str = "en-US") -> str:
    """A whole number with the locale's digit grouping: '12,500'."""
    data = _data(locale)
    if data is None:
        from babel.numbers import format_decimal

        return str(format_decimal(value, locale=locale.replace("-", "_")))
    return f"{value:,}".replace(",", data["group"]) if data["group"] != "," else f"{value:,}"


def currency_symbol(currency: str, locale: str = "en-US") -> str | None:
    """The symbol ``locale`` writes before an amount of ``currency``, or None to use the code.

    Only a symbol with a currency sign in it counts ('$', 'CA$', '£', 'R$'); letters
    alone ('FCFA') read better as the code after the amount.
    """
    data = _data(locale)
    if data is None:
        from babel.numbers import get_currency_symbol

        found = str(get_currency_symbol(currency, locale=locale.replace("-", "_")))
    else:
        found = data["symbols"].get(currency, currency)
    if found == currency or any(ch.isspace() for ch in found):
        return None
    if not any(unicodedata.category(ch) == "Sc" for ch in found):
        return None
    return found


def amount(value: int, currency: str, locale: str = "en-US") -> str:
    """'£60,000', 'CA$120,000' or '600,000 SEK': a whole amount with its symbol or code."""
    sign = currency_symbol(currency, locale)
    written = number(value, locale)
    return f"{sign}{written}" if sign else f"{written} {currency}"
