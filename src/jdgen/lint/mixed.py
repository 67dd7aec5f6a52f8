"""Mixed spellings in a posting whose locale is unknown.

Without a locale there is no right spelling, but a text that writes both
"organisation" and "color" is wrong in every variety. Each word in the paired
spelling tables (:mod:`jdgen.locale.words`) is accepted by some varieties (US,
British, Canadian, Australian); when no one variety accepts every such word in
the posting, the variety that accepts the most of them is taken as the
posting's, and every word it does not accept is flagged. When varieties tie,
the first word each of them rejects is flagged, and the finding says it is a tie.
Canadian English (organization with colour) is a variety of its own, not a mix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from jdgen.lint.context import Context, finding
from jdgen.lint.document import Block
from jdgen.lint.findings import Finding

_LETTERS = re.compile(r"[^\W\d_]+")
_NAMES = {"US": "US", "GB": "British", "CA": "Canadian", "AU": "Australian"}


@cache
def accepted() -> dict[str, tuple[frozenset[str], dict[str, str]]]:
    """Lower-case form -> (varieties that write it, variety -> the form it writes instead),
    for every one-word form some variety does not use."""
    from jdgen.locale.spelling import spelling_rows
    from jdgen.locale.words import NOT_LINTED, VARIETIES

    found: dict[str, tuple[set[str], dict[str, str]]] = {}
    for row in spelling_rows():
        if len(set(row)) == 1 or any(" " in form for form in row):
            continue
        for form in set(row):
            if form in NOT_LINTED:
                continue
            varieties, instead = found.setdefault(form, (set(), {}))
            for variety, other in zip(VARIETIES, row, strict=True):
                if other == form:
                    varieties.add(variety)
                else:
                    instead.setdefault(variety, other)
    return {form: (frozenset(v), {k: w for k, w in i.items() if k not in v})
            for form, (v, i) in found.items() if len(v) < len(VARIETIES)}


def _words(ctx: Context) -> list[tuple[Block, int, str, frozenset[str], dict[str, str]]]:
    from jdgen.locale.spelling import PROTECTED

    table = accepted()
    company = ctx.doc.facts.get("company", "").strip()
    seen = []
    for block in ctx.doc.blocks:
        text = block.text
        skip = [m.span() for m in PROTECTED.finditer(text)]
        if company:
            skip += [m.span() for m in re.finditer(re.escape(company), text)]
        for match in _LETTERS.finditer(text):
            entry = table.get(match.group(0).casefold())
            if entry is None or any(a <= match.start() < b for a, b in skip) \
                    or ctx.in_name(block, *match.span()):
                continue
            seen.append((block, match.start(), match.group(0), *entry))
    return seen


def check(ctx: Context) -> Iterator[Finding]:
    """Flag the minority spelling when no variety accepts every word (see module doc)."""
    from jdgen.locale.words import VARIETIES

    seen = _words(ctx)
    if not seen:
        return
    votes = {v: sum(v in item[3] for item in seen) for v in VARIETIES}
    if max(votes.values()) == len(seen):
        return  # one variety writes every word this way: consistent
    best = max(votes.values())
    top = [v for v in VARIETIES if votes[v] == best]
    rejected = {frozenset(i for i, item in enumerate(seen) if v in item[4]) for v in top}
    if len(rejected) == 1:  # one winner, or several that agree on every word here
        winner = top[0]
        for block, offset, word, _, instead in seen:
            if winner in instead:
                yield _flag(block, offset, word, instead[winner], winner, best, len(seen))
        return
    flagged: set[tuple[int, int]] = set()
    for variety in top:
        for block, offset, word, _, instead in seen:
            if variety in instead:
                if (id(block), offset) not in flagged:
                    flagged.add((id(block), offset))
                    yield _flag(block, offset, word, instead[variety], variety, best,
                                len(seen), tie=[_NAMES[v] for v in top])
                break


def _flag(block: Block, offset: int, word: str, fix: str, variety: str, votes: int,
          total: int, tie: list[str] | None = None) -> Finding:
    shown = fix[:1].upper() + fix[1:] if word[:1].isupper() else fix
    name = _NAMES[variety]
    if tie:
        names = f"{', '.join(tie[:-1])} and {tie[-1]}"
        why = (f"the text mixes spellings and no variety wins ({names} spelling "
               f"each fit {votes} of {total} words); this is the first word {name} English "
               "spells otherwise")
        return finding("mixed-spelling", block, offset, word, why,
                       f"pick one variety (give --locale): in {name} English '{shown}'")
    why = (f"{votes} of {total} words with regional spellings follow {name} English, which "
           f"spells this '{fix}'; mixed spellings read as careless")
    return finding("mixed-spelling", block, offset, word, why,
                   f"'{shown}', or give --locale if the posting is meant for another country")
