"""Pay that reads correctly but may not be what the user meant: warnings, not errors.

:func:`pay_warnings` looks at a settled range (after :func:`parse_salary` and the
currency rules) and returns one line per doubt:

- the ends are far apart: the top is more than 3 times the bottom;
- an amount is implausible for the period it is paid per. The bounds below are
  written for currencies whose unit is worth roughly a US dollar (USD, EUR, GBP,
  CAD, AUD, CHF, ...): a yearly salary under 1,000 or above 10,000,000, an hourly
  one under 2 or over 1,000, and so on for the day, week and month. For a
  currency whose unit is worth far less (yen, rupees, won, rupiah), both bounds are
  multiplied by a power of ten, from ``_SMALL_UNITS``: coarse on purpose, since a
  factor of ten is all it takes to tell 1,500 yen an hour from a yearly salary;
- the currency is not the one of the job's country (US dollars for a job in
  Vancouver because the company file says USD), so the user notices; a currency that
  is legal tender there too (US dollars in Panama) is not warned about.
"""

from __future__ import annotations

# period -> (lowest, highest) plausible amount, in units worth about a US dollar.
BOUNDS: dict[str, tuple[int, int]] = {
    "hour": (2, 1_000),
    "day": (15, 10_000),
    "week": (75, 50_000),
    "month": (300, 200_000),
    "year": (1_000, 10_000_000),
}
FAR_APART = 3  # the top may be at most this many times the bottom

# Currencies whose unit is worth far less than a US dollar, by about how many units
# make one dollar, rounded down to a power of ten (2020s rates; only the order matters).
_SMALL_UNITS: dict[str, int] = {
    **dict.fromkeys(("JPY", "INR", "RUB", "ISK", "HUF", "KES", "PKR", "LKR", "AMD", "KZT",
                     "NPR", "BDT", "DZD", "ARS", "JMD", "XAF", "XOF", "RSD"), 100),
    **dict.fromkeys(("KRW", "CLP", "NGN", "COP", "TZS", "UGX", "MMK", "KHR", "PYG", "MNT",
                     "UZS", "IQD"), 1_000),
    **dict.fromkeys(("IDR", "VND", "IRR", "LAK", "LBP", "SLE"), 10_000),
}


def pay_warnings(low: int, high: int, currency: str, period: str,
                 country: str | None) -> list[str]:
    """One line per doubt about a pay range; an empty list when it looks as meant.

    ``currency`` is an ISO 4217 code, ``period`` one of hour, day, week, month or
    year, and ``country`` the job's ISO 3166-1 alpha-2 code (None when the job has
    none, e.g. remote anywhere). Each line names the range as read and says what
    to do; the caller adds its own prefix ('Warning: acme-coo: ...').
    """
    said = _said(low, high, currency, period)
    found: list[str] = []
    if high > low * FAR_APART:
        found.append(f"pay {said}: the top is {high / low:.1f} times the bottom; give the "
                     f"range you would really offer (a top at most {FAR_APART} times the "
                     "bottom), or check the amounts for a typo")
    if period in BOUNDS:
        scale = _SMALL_UNITS.get(currency, 1)
        least, most = (bound * scale for bound in BOUNDS[period])
        if low < least:
            found.append(f"pay {said} is under {least:,} {currency} {_per(period)}: "
                         + _low_advice(low, high, period))
        if high > most:
            found.append(f"pay {said} is over {most:,} {currency} {_per(period)}: check the "
                         "amounts, or set the period they are paid per"
                         + (" (a yearly salary is period year)" if period != "year" else ""))
    local = _local_currency(country)
    if local and local != currency and not _tender(currency, country):
        found.append(f"pay {said} is in {currency}, but the job is in {_country_name(country)}, "
                     f"which pays in {local}: give the salary in {local} unless the job "
                     f"really pays in {currency}")
    return found


def _per(period: str) -> str:
    return f"an {period}" if period == "hour" else f"a {period}"


def _said(low: int, high: int, currency: str, period: str) -> str:
    span = f"{low:,}" if low == high else f"{low:,}–{high:,}"
    return f"{span} {currency} per {period}"


def _low_advice(low: int, high: int, period: str) -> str:
    if period == "year" and high < 1000:
        short, full = (f"{low}k", f"{low * 1000:,}") if low == high else (
            f"{low}k-{high}k", f"{low * 1000:,}-{high * 1000:,}")
        return (f"if you meant thousands, write {short} or {full}; if it is paid per hour, "
                "day, week or month, set that period")
    return "check the amounts, or set the period they are paid per"


def _local_currency(country: str | None) -> str | None:
    from jdgen.locale.formats import country_currency

    return country_currency(country)


def _tender(currency: str, country: str | None) -> bool:
    """True when ``currency`` is legal tender in ``country`` besides its main one
    (US dollars in Panama, rand in Namibia), per CLDR."""
    import datetime as dt

    from babel.numbers import get_territory_currencies

    return currency in get_territory_currencies((country or "").upper(), dt.date.today(),
                                                tender=True)


def _country_name(code: str | None) -> str:
    """'Canada' for 'CA' (CLDR's English name), else the code as given."""
    from babel import Locale

    return str(Locale("en").territories.get((code or "").upper(), code))
