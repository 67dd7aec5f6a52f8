"""Pay ranges as people type them, and as a posting prints them.

``parse_salary`` reads '140000-175000', '85-100k', '140k-175k', '£60k-£75k',
'GBP 60k-75k', '$120,000 to $150,000', '60.000 €', '1.2m' or
'CA$120,000 to CA$140,000'; a symbol or code in the text sets the currency.
A scale (k, m) written on one end only also scales the other end when that end
is bare and small: '85-100k' is 85,000 to 100,000. What it cannot read with
certainty ('85-100,000', 'TBD', 'up to 90k') is a ValueError that says how it
read the text and what to write instead. ``format_pay`` prints the range once,
with its symbol or its code.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from jdgen.inputs.currencies import CURRENCIES

MAX_AMOUNT = 1_000_000_000

# Written markers and the currency each one names. A bare '$' or '¥' is shared by
# several currencies: it sets USD or JPY only when nothing else names one.
_MARKERS = {
    "US$": "USD", "CA$": "CAD", "C$": "CAD", "CAN$": "CAD", "A$": "AUD", "AU$": "AUD",
    "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "MX$": "MXN",
    "€": "EUR", "£": "GBP", "₹": "INR", "₩": "KRW", "₱": "PHP", "₪": "ILS", "₺": "TRY",
    "zł": "PLN", "Fr.": "CHF", "$": "$", "¥": "¥",
}
SHARED = {"$": ("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"), "¥": ("JPY", "CNY")}
_SYMBOL = "|".join(re.escape(m) for m in sorted(_MARKERS, key=len, reverse=True))
_MARKER = re.compile(rf"{_SYMBOL}|(?<![A-Za-z])[A-Za-z]{{3}}(?![A-Za-z])")
_NUMBER = r"\d(?:[\d.,\u00a0\u202f ]*\d)?"
_SCALE = r"k|m|mn|thousand|million"
_SCALES = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "mn": 1_000_000,
           "million": 1_000_000}
_DASH = r"-|–|—|−|‐|‑|‒|to"
_RANGE = re.compile(
    rf"^(?P<from>between |from )?(?P<low>{_NUMBER}) ?(?P<lk>{_SCALE})?"
    rf"(?: ?(?P<sep>{_DASH}|and) ?(?P<high>{_NUMBER}) ?(?P<hk>{_SCALE})?)?$",
    re.IGNORECASE,
)
# Pay written as words, a period or an open end: each is refused with its own advice.
_PERIOD = re.compile(r"/ ?(?:h|hr|hour|d|day|wk|week|mo|month|y|yr|year|annum)\b|"
                     r"\b(?:per|an?|each) (?:hour|day|week|month|year|annum)\b|"
                     r"\b(?:hourly|daily|weekly|monthly|yearly|annually|p\.? ?a\.?|pa)\b",
                     re.IGNORECASE)
_OPEN = re.compile(r"^(?:up to|upto|max(?:imum)?|min(?:imum)?|at least|over|starting"
                   r"(?: at)?|<|>)\b|\+$|\b(?:or more|and up|and above|upwards|plus)$",
                   re.IGNORECASE)
_RANGE_ADVICE = "like 85k-100k, 85,000-100,000 or £60k-£75k"
_FAR = 10  # ends further apart than this when a scale is shared are read as unclear


class Salary(NamedTuple):
    """A parsed range; ``currency`` is None when the text names none.

    ``shared`` is set for a bare '$' or '¥': the currency is then USD or JPY unless
    a ``--currency`` option or the company file names another that uses it.
    """

    low: int
    high: int
    currency: str | None = None
    shared: bool = False

    def agrees(self, currency: str) -> bool:
        """Whether ``currency`` (from an option or a file) fits the text's own."""
        if self.currency is None or self.currency == currency:
            return True
        return self.shared and any(self.currency == codes[0] and currency in codes
                                   for codes in SHARED.values())

    @property
    def marker(self) -> str | None:
        """'$' or '¥' when the text names its currency by that shared symbol alone."""
        if not self.shared:
            return None
        return next(mark for mark, codes in SHARED.items() if codes[0] == self.currency)

    def written(self) -> str:
        """How the text names its currency, for messages: 'GBP (£)'."""
        from jdgen.locale.formats import currency_symbol

        mark = currency_symbol(self.currency, "en-US") if self.currency else None
        return f"{self.currency} ({mark})" if mark else f"{self.currency}"


def parse_salary(text: str) -> Salary:
    """Read a range; raise ValueError with a message a person can act on.

    Nothing is guessed: a range that could mean two things, a word instead of
    numbers, an open end or an amount with a period in it is refused, and the
    message says how the text was read and what to write instead.
    """
    if len(text) > 60:
        raise ValueError(f"salary text is too long; give a range {_RANGE_ADVICE}")
    if not re.search(r"\d", text):
        raise ValueError(f"'{text.strip()}' is not a salary range: give one {_RANGE_ADVICE}, "
                         "or leave the salary out")
    if text.strip().startswith(("-", "−")):
        raise ValueError(f"'{text}': amounts must be positive, like 140000-175000")
    if _PERIOD.search(text):
        raise ValueError(f"'{text}': give the amounts alone; say what they are paid per "
                         "with the period (hour, day, week, month or year; the default is "
                         "year)")
    currency, shared, rest = _currency(text)
    rest = " ".join(rest.split())
    if _OPEN.search(rest):
        raise ValueError(f"'{text}' is open-ended: give both ends of the range, {_RANGE_ADVICE}")
    match = _RANGE.match(rest)
    if not match or (match.group("sep") or "").lower() == "and" and not match.group("from"):
        raise ValueError(f"'{text}' is not a salary range {_RANGE_ADVICE}")
    if match.group("from") and not match.group("high"):
        raise ValueError(f"'{text}' is open-ended: give both ends of the range, {_RANGE_ADVICE}")
    low = _amount(text, match.group("low"), match.group("lk"))
    high = _amount(text, match.group("high"), match.group("hk")) if match.group("high") else low
    if match.group("high"):
        low, high = _share_scale(text, match, low, high)
    for value, number in ((low, match.group("low")), (high, match.group("high") or "")):
        if value != value.to_integral_value():
            written = number or match.group("low")
            raise ValueError(f"'{text}': '{written}' reads as {_figure(value)}; pay is kept in "
                             "whole units, so round it (or give the yearly range)")
    if low <= 0:
        raise ValueError(f"'{text}': amounts must be above zero")
    if high < low:
        raise ValueError(f"'{text}' reads as {_span(low, high)}: the upper end is below the "
                         "lower end")
    return Salary(int(low), int(high), currency, shared)


def _share_scale(text: str, match: re.Match[str], low: Decimal,
                 high: Decimal) -> tuple[Decimal, Decimal]:
    """The two ends once a scale written on one end only is settled, or a ValueError.

    '85-100k' reads as 85,000-100,000: the bare end is small and takes the scale.
    A bare end of 1,000 or more is an amount in full ('85000-100k'). Two bare ends
    of very different size ('85-100,000') could mean either, and are refused.
    """
    low_scale, high_scale = match.group("lk"), match.group("hk")
    if bool(low_scale) != bool(high_scale):
        factor = _SCALES[(low_scale or high_scale).lower()]
        bare_low = high_scale is not None
        bare = low if bare_low else high
        if bare < 1000:
            scaled = (bare * factor, high) if bare_low else (low, bare * factor)
            if _close(*scaled):
                return scaled
            if not _close(low, high):
                raise ValueError(_unclear(text, [scaled, (low, high)]))
    elif not (low_scale or high_scale) and low < 1000 <= high and high > low * _FAR:
        raise ValueError(_unclear(text, [(low, high)]))
    return low, high


def _close(low: Decimal, high: Decimal) -> bool:
    return low <= high <= low * _FAR


def _unclear(text: str, readings: list[tuple[Decimal, Decimal]]) -> str:
    said = " or ".join(_span(low, high) for low, high in readings)
    low, high = readings[-1]
    full = (low * 1000, high) if high >= 1000 and _close(low * 1000, high) else None
    if full is None:
        advice = "write both ends the same way, like 85k-100k or 85,000-100,000"
    else:
        advice = (f"write {_short(full[0])}-{_short(full[1])} or "
                  f"{int(full[0]):,}-{int(full[1]):,}")
    return f"'{text}' reads as {said}, which is unclear: {advice}"


def _span(low: Decimal, high: Decimal) -> str:
    return f"{_figure(low)}–{_figure(high)}"


def _figure(value: Decimal) -> str:
    return f"{int(value):,}" if value == value.to_integral_value() else f"{value.normalize():,f}"


def _short(value: Decimal) -> str:
    """85000 as '85k', 1500 as '1.5k'."""
    thousands = value / 1000
    return f"{thousands.normalize():f}k"


def _currency(text: str) -> tuple[str | None, bool, str]:
    """The currency the text's symbols and codes name, and the text without them."""
    found: set[str] = set()

    def take(match: re.Match[str]) -> str:
        marker = match.group(0)
        if marker in _MARKERS:
            found.add(_MARKERS[marker])
            return " "
        code = marker.upper()
        if code in CURRENCIES:
            found.add(code)
            return " "
        if marker.isupper():
            raise ValueError(f"'{text}': '{marker}' is not a currency code (e.g. USD, EUR, "
                             f"GBP); give only the amounts and their currency, {_RANGE_ADVICE}")
        return marker  # not a currency: the range check below says what is wrong

    rest = _MARKER.sub(take, text)
    for shared, codes in SHARED.items():
        if shared in found and len(found) > 1:
            found.discard(shared)
            if not found <= set(codes):
                raise ValueError(f"'{text}' names two currencies: '{shared}' and "
                                 f"{', '.join(sorted(found))}")
    if len(found) > 1:
        raise ValueError(f"'{text}' names two currencies: {' and '.join(sorted(found))}")
    code = found.pop() if found else None
    if code in SHARED:
        return SHARED[code][0], True, rest
    return code, False, rest


def _amount(text: str, number: str, scale: str | None) -> Decimal:
    """The value of one end, its own scale applied."""
    digits = re.sub(r"[\u00a0\u202f ]", "", number)
    separators = re.findall(r"[.,]", digits)
    if separators:
        last = digits.rfind(separators[-1])
        tail = digits[last + 1:]
        decimal_mark = len(tail) != 3 or (len(set(separators)) == 2 and
                                          separators.count(separators[-1]) == 1)
        whole = re.sub(r"[.,]", "", digits[:last])
        digits = f"{whole}.{tail}" if decimal_mark else re.sub(r"[.,]", "", digits)
    try:
        value = Decimal(digits)
    except InvalidOperation:
        raise ValueError(f"'{text}': '{number}' is not an amount") from None
    value *= _SCALES.get((scale or "").lower(), 1)
    if value > MAX_AMOUNT:
        raise ValueError(f"'{text}': amounts above {MAX_AMOUNT:,} are not a plausible salary")
    return value


def currency_for(symbol: str | None, country: str | None, locale: str) -> str:
    """The currency of pay that names none: the job country's, else the locale's, else USD.

    With ``symbol`` ('$' or '¥', written alone) it is that country's dollar or yen
    when it has one, else USD or JPY: a bare '$' for a job in London is US dollars.
    """
    from jdgen.locale import region
    from jdgen.locale.formats import country_currency

    local = country_currency(country) or country_currency(region(locale))
    if symbol in SHARED:
        codes = SHARED[symbol]
        return local if local in codes else codes[0]
    return local or "USD"


# ------------------------------------------------------------------ printing

def symbol(currency: str, country: str | None = None, locale: str | None = None) -> str | None:
    """The prefix symbol to print, or None to print the code after the amount.

    The symbol is the one the locale writes (CLDR): '$' for CAD in en-CA, 'CA$'
    elsewhere. US dollars for a job outside the US read 'US$' even in en-US.
    """
    from jdgen.locale import locale_for_country
    from jdgen.locale.formats import currency_symbol

    chosen = locale or locale_for_country(country) or "en-US"
    found = currency_symbol(currency, chosen)
    if found == "$" and currency == "USD" and country and locale_for_country(country) != "en-US":
        return "US$"
    return found


def format_pay(low: int, high: int, currency: str, period: str,
               country: str | None = None, locale: str | None = None) -> str:
    """'£60,000–£75,000 per year', 'US$90,000 per year' or '600,000–700,000 SEK per year'."""
    from jdgen.locale import catalogue, locale_for_country
    from jdgen.locale.formats import number

    chosen = locale or locale_for_country(country) or "en-US"
    sign = symbol(currency, country, chosen)
    per = catalogue.text(f"period.{period}", chosen)
    low_text, high_text = number(low, chosen), number(high, chosen)
    if sign is None:
        span = low_text if low == high else f"{low_text}–{high_text}"
        return f"{span} {currency} {per}"
    span = f"{sign}{low_text}" if low == high else f"{sign}{low_text}–{sign}{high_text}"
    return f"{span} {per}"
