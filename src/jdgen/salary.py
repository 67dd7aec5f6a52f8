"""Parse pay ranges as people type them: '140000-175000', '140k-175k', '$140,000 – $175,000'."""

from __future__ import annotations

import re

MAX_AMOUNT = 1_000_000_000
_AMOUNT = r"[$€£]?\s*(\d[\d,]*(?:\.\d+)?)\s*([kK])?"
_RANGE = re.compile(rf"^\s*{_AMOUNT}\s*(?:(?:-|–|—|to)\s*{_AMOUNT})?\s*$")


def parse_salary(text: str) -> tuple[int, int]:
    """Return (low, high); raise ValueError with a message a person can act on."""
    if len(text) > 60:
        raise ValueError("salary text is too long; give a range like 140000-175000")
    if text.strip().startswith("-"):
        raise ValueError(f"'{text}': amounts must be positive, like 140000-175000")
    match = _RANGE.match(text)
    if not match:
        raise ValueError(f"'{text}' is not a salary range like 140000-175000 or 140k-175k")
    low = _amount(match.group(1), match.group(2))
    high = _amount(match.group(3), match.group(4)) if match.group(3) else low
    if low <= 0:
        raise ValueError(f"'{text}': amounts must be above zero")
    if high < low:
        raise ValueError(f"'{text}': the upper end is below the lower end")
    if high > MAX_AMOUNT:
        raise ValueError(f"'{text}': {high:,} is not a plausible salary")
    return low, high


def _amount(number: str, thousands: str | None) -> int:
    value = float(number.replace(",", ""))
    return round(value * (1000 if thousands else 1))
