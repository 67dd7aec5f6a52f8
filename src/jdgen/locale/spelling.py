"""Write built-in text in a locale's spelling and words.

Built-in role text and jdgen's own sentences are written once, in US English.
:func:`convert` rewrites such a text for another locale from the tables in
:mod:`jdgen.locale.words`: word by word for spelling (``optimization`` ->
``optimisation``), phrase by phrase for vocabulary (``paid time off`` ->
``annual leave``), keeping each word's capitals.

What is not built-in text is never touched: ``{placeholders}``, URLs, email
addresses, anything in backticks, and every string passed as ``keep`` (the
company's name, a manager the user named, a custom benefit). A custom role
gets the same treatment as a built-in one: write it in US English and each
posting reads in its own locale.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from jdgen.locale.words import (
    IZE_ENDINGS,
    IZE_STEMS,
    NOT_LINTED,
    ROWS,
    VARIETIES,
    VARIETY_OF_REGION,
    VOCABULARY,
    YZE_ENDINGS,
    YZE_STEMS,
)

Row = tuple[str, str, str, str]  # US, GB, CA, AU

_WORD = re.compile(r"[^\W\d_]+")
_SPLIT = re.compile(r"([^\W\d_]+)")
PROTECTED = re.compile(
    r"\{[A-Za-z][A-Za-z0-9_-]*\}"  # placeholders
    r"|`[^`\n]*`"  # code
    r"|(?:https?|mailto|ftp)://\S+|www\.\S+"  # links
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # email addresses
)
_MASK = re.compile("\ue000(\\d+)\ue001")
_NAMES = re.compile("\ue002(\\d+)\ue003")
_PRIVATE = re.compile("([\ue000-\ue003])")


@lru_cache(maxsize=64)
def variety(locale: str) -> str:
    """'en-IE' -> 'GB': the spelling tables a locale uses."""
    return VARIETY_OF_REGION.get(locale.rsplit("-", 1)[-1].upper(), "US")


def _rows(table: str) -> list[Row]:
    rows = []
    for line in table.strip().splitlines():
        us, *others = line.split()
        forms = [us] + [us if form == "=" else form for form in others]
        gb, ca, au = (form.replace("_", " ") for form in forms[1:])
        rows.append((forms[0].replace("_", " "), gb, ca, au))
    return rows


@lru_cache(maxsize=1)
def spelling_rows() -> tuple[Row, ...]:
    """Every spelling difference: generated -ize and -yze families, then the listed words."""
    rows: list[Row] = []
    for stem in IZE_STEMS:
        base = stem[:-1]
        rows += [(stem + end, f"{base}s{end}", stem + end, f"{base}s{end}")
                 for end in IZE_ENDINGS]
    for stem in YZE_STEMS:
        base = stem[:-1]
        rows += [(stem + end, f"{base}s{end}", stem + end, f"{base}s{end}")
                 for end in YZE_ENDINGS]
    return tuple(rows + _rows(ROWS))


@lru_cache(maxsize=1)
def vocabulary_rows() -> tuple[Row, ...]:
    """Every difference in the words themselves (CV for résumé, annual leave ...)."""
    return tuple(_rows(VOCABULARY))


class Converter:
    """US English -> one variety: single words from a dict, phrases by one pattern."""

    def __init__(self, column: int) -> None:
        self.words: dict[str, str] = {}
        phrases: dict[str, str] = {}
        for row in spelling_rows() + vocabulary_rows():
            source, target = row[0], row[column]
            if " " in source or "'" in source:
                phrases[source.casefold()] = target
            elif source != target:
                self.words[source.casefold()] = target
        # Vocabulary phrases are matched first; their result is not converted again,
        # so 'computer program' (listed as itself) stays whole.
        self.phrases = phrases
        self.starts = frozenset(_WORD.findall(n)[0] for n in phrases)  # first words
        self.keys = frozenset(self.words)
        names = sorted(phrases, key=len, reverse=True)
        self.pattern = re.compile(
            r"(?<![^\W_])(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
            + r")(?![^\W_])", re.IGNORECASE) if names else None

    def __call__(self, text: str) -> str:
        found = {w.casefold() for w in _WORD.findall(text)}
        if not (found & self.keys or found & self.starts):
            return text  # most texts: nothing to change, so nothing to hold back
        held: list[str] = []

        def hold(value: str) -> str:
            held.append(value)
            return f"\ue000{len(held) - 1}\ue001"

        text = PROTECTED.sub(lambda m: hold(m.group(0)), text)
        if self.pattern is not None:
            text = self.pattern.sub(
                lambda m: hold(_cased(m.group(0), self.phrases[
                    " ".join(m.group(0).split()).casefold()])), text)
        parts = _SPLIT.split(text)  # words at odd positions
        for i in range(1, len(parts), 2):
            found_word = self.words.get(parts[i].casefold())
            if found_word is not None:
                parts[i] = _cased(parts[i], found_word)
        text = "".join(parts)
        while "\ue000" in text:  # held texts may hold others (a kept name in a link)
            unmasked = _MASK.sub(lambda m: held[int(m.group(1))], text)
            if unmasked == text:
                break
            text = unmasked
        return text



def _hold_words(text: str, value: str, hold: Callable[[str], str]) -> str:
    """``text`` with each whole-word ``value`` held back: a company called 'A' keeps
    'A', not every capital A in the text."""
    out, start = [], 0
    at = text.find(value)
    while at >= 0:
        end = at + len(value)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or after.isalnum()):
            out += [text[start:at], hold(value)]
            start = end
        at = text.find(value, end if start == end else at + 1)
    return "".join(out) + text[start:]


def _cased(original: str, replacement: str) -> str:
    """``replacement`` with the capitals of ``original`` (lower, Capital, Title or UPPER)."""
    if len(original) > 1 and original.isupper():
        return replacement if replacement.isupper() else replacement.upper()
    if original[:1].isupper():
        parts = original.split()
        if len(parts) > 1 and all(p[:1].isupper() for p in parts):
            return " ".join(w[:1].upper() + w[1:] for w in replacement.split(" "))
        return replacement[:1].upper() + replacement[1:]
    return replacement


@lru_cache(maxsize=len(VARIETIES))
def converter(kind: str) -> Converter:
    """The converter to variety ``kind`` ('GB', 'CA', 'AU'; 'US' changes nothing)."""
    return Converter(VARIETIES.index(kind))


@lru_cache(maxsize=8192)
def _convert(text: str, kind: str) -> str:
    return converter(kind)(text)


def convert(text: str, locale: str, keep: tuple[str, ...] = ()) -> str:
    """``text`` (US English) in ``locale``'s spelling and words; ``keep`` stays as written."""
    kind = variety(locale)
    if kind == "US" or not text:
        return text
    if _PRIVATE.search(text):  # the characters used to hold text back: convert around them
        parts = _PRIVATE.split(text)
        return "".join(p if i % 2 else convert(p, locale, keep) for i, p in enumerate(parts))
    names: list[str] = []

    def hold(value: str) -> str:
        names.append(value)
        return f"\ue002{len(names) - 1}\ue003"

    # The user's own words are held back before the cache, so the same sentence for
    # another company is converted once.
    for value in sorted({k for k in keep if k and k in text}, key=len, reverse=True):
        text = _hold_words(text, value, hold)
    done = _convert(text, kind)
    return _NAMES.sub(lambda m: names[int(m.group(1))], done) if names else done


def convert_all(texts: list[str], locale: str, keep: tuple[str, ...] = ()) -> list[str]:
    """:func:`convert` of each text."""
    if variety(locale) == "US":
        return texts
    return [convert(text, locale, keep) for text in texts]


@lru_cache(maxsize=8)
def other_spellings(locale: str) -> dict[str, str]:
    """Forms other varieties use that ``locale`` does not -> the form it uses (lower case).

    Only spelling, and only words that cannot be right in ``locale`` in another
    sense (see :data:`jdgen.locale.words.NOT_LINTED`): what the lint rule flags.
    """
    column = VARIETIES.index(variety(locale))
    rows = [row for row in spelling_rows() if " " not in row[column]]
    right = {row[column] for row in rows}
    found: dict[str, str] = {}
    for row in rows:
        for form in row:
            if (form not in right and " " not in form and form not in NOT_LINTED
                    and row[column] not in NOT_LINTED):
                found.setdefault(form, row[column])
    return found


def convert_data(value: Any, locale: str, keep: tuple[str, ...] = (),
                 skip: frozenset[str] = frozenset({"id"})) -> Any:
    """Every string in ``value`` (dataclasses, lists, tuples, dicts) converted, except the
    fields named in ``skip`` (ids, which name files)."""
    if variety(locale) == "US":
        return value
    if isinstance(value, str):
        return convert(value, locale, keep)
    if isinstance(value, list):
        return [convert_data(v, locale, keep, skip) for v in value]
    if isinstance(value, tuple):
        return tuple(convert_data(v, locale, keep, skip) for v in value)
    if isinstance(value, dict):
        return {k: convert_data(v, locale, keep, skip) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: convert_data(getattr(value, f.name), locale, keep, skip)
                   for f in dataclasses.fields(value) if f.name not in skip}
        return dataclasses.replace(value, **changes)
    return value
