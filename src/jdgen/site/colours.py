"""Colour contrast by the WCAG 2 formulas: is a brand colour readable, and what is.

Colours are ``#rrggbb`` strings. :func:`legible` returns the colour to use for
text on a background: the brand colour itself when it reaches the contrast
WCAG AA asks of body text (4.5:1), else the nearest shade of it that does.
"""

from __future__ import annotations

import re

AA_TEXT = 4.5  # WCAG 2.x success criterion 1.4.3, normal-size text
WHITE = "#ffffff"
BLACK = "#000000"

_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


def normalise(value: str) -> str:
    """``#abc`` or ``#AABBCC`` as ``#aabbcc``; ValueError for anything else."""
    value = value.strip()
    if not _HEX.match(value):
        raise ValueError(f"'{value}' is not a colour; write it as #rrggbb, e.g. #0b57a4")
    digits = value[1:].lower()
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return f"#{digits}"


def _channels(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def luminance(colour: str) -> float:
    """Relative luminance (0 black to 1 white) of an sRGB colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _channels(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_on(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (always at least 4.5:1)."""
    return BLACK if contrast(BLACK, background) >= contrast(WHITE, background) else WHITE


def _mix(colour: str, towards: str, amount: float) -> str:
    pairs = zip(_channels(colour), _channels(towards), strict=True)
    return "#" + "".join(f"{round(a + (b - a) * amount):02x}" for a, b in pairs)


def legible(colour: str, background: str, ratio: float = AA_TEXT) -> str:
    """``colour``, or the least darkened (or lightened) shade of it readable on ``background``."""
    if contrast(colour, background) >= ratio:
        return colour
    towards = BLACK if luminance(background) > 0.18 else WHITE
    for step in range(1, 101):
        shade = _mix(colour, towards, step / 100)
        if contrast(shade, background) >= ratio:
            return shade
    return towards
