"""The paper a printed posting uses, chosen by its locale (DOCX and PDF alike)."""

from __future__ import annotations

from typing import Literal

Paper = Literal["letter", "a4"]

_LETTER_COUNTRIES = frozenset({"US", "CA"})


def paper_for(locale: str) -> Paper:
    """US Letter for en-US and en-CA (and any language of those countries), else A4."""
    country = locale.replace("_", "-").split("-")[1:2]
    return "letter" if country and country[0].upper() in _LETTER_COUNTRIES else "a4"
