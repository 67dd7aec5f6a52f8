"""Pay ranges as people type them, and as a posting prints them.

``parse_salary`` reads '140000-175000', '140k-175k', '£60k-£75k', 'GBP 60k-75k',
'60.000 €' or 'CA$120,000 to CA$140,000'; a symbol or code in the text sets the
currency. ``format_pay`` prints the range once, with its symbol or its code.
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
_MARKER = re.compile(rf"{_SYMBOL}|\b[A-Za-z]{{3}}\b")
_NUMBER = r"\d(?:[\d.,\u00a0\u202f ]*\d)?"
_RANGE = re.compile(
    rf"^(?P<low>{_NUMBER})\s*(?P<lk>[kKmM])?\s*"
    rf"(?:(?:-|–|—|to)\s*(?P<high>{_NUMBER})\s*(?P<hk>[kKmM])?)?$"
)


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
    """Read a range; raise ValueError with a message a person can act on."""
    if len(text) > 60:
        raise ValueError("salary text is too long; give a range like 140000-175000")
    if text.strip().startswith("-"):
        raise ValueError(f"'{text}': amounts must be positive, like 140000-175000")
    currency, shared, rest = _currency(text)
    match = _RANGE.match(" ".join(rest.split()))
    if not match:
        raise ValueError(f"'{text}' is not a salary range like 140000-175000, 140k-175k "
                         "or £60k-£75k")
    low = _amount(text, match.group("low"), match.group("lk"))
    high = _amount(text, match.group("high"), match.group("hk")) if match.group("high") else low
    if low <= 0:
        raise ValueError(f"'{text}': amounts must be above zero")
    if high < low:
        raise ValueError(f"'{text}': the upper end is below the lower end")
    return Salary(low, high, currency, shared)


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
            raise ValueError(f"'{text}': '{marker}' is not a currency code (e.g. USD, EUR, GBP)")
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


def _amount(text: str, number: str, scale: str | None) -> int:
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
    value *= {"k": 1_000, "m": 1_000_000}.get((scale or "").lower(), 1)
    if value > MAX_AMOUNT:
        raise ValueError(f"'{text}': amounts above {MAX_AMOUNT:,} are not a plausible salary")
    return int(value.to_integral_value())


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
