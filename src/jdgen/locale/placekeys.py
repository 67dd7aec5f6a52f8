"""Keys and lookups for the place extract (:mod:`jdgen.locale.gazetteer`)."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """The lookup key of a name: no accents, case or punctuation ('St. John's' -> 'st johns')."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text)
                    if not unicodedata.combining(c))
    plain = re.sub(r"['’`]", "", plain.casefold())
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def lines(table: str, key: str) -> list[list[str]]:
    """The rows of an extract table whose first field is ``key`` (tables are sorted)."""
    found = []
    start = table.find(f"\n{key}\t") if key else -1
    while start != -1:
        end = table.find("\n", start + 1)
        row = table[start + 1:end].split("\t")
        if row[0] != key:
            break
        found.append(row)
        start = end
    return found
