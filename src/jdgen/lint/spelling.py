"""Spelling: words spelled as another variety of English spells them.

The posting's locale comes from ``--locale`` (or ``locale`` in the lint
settings), else the front matter's ``locale:``, else the HTML page's ``lang``.
A posting whose locale is unknown is checked for a mix of varieties instead
("organisation" beside "color"): the spelling most of its words follow wins,
and each word that variety does not use is flagged (see :mod:`jdgen.lint.mixed`).
The word pairs are the ones builds use (:mod:`jdgen.locale.words`), so lint and
build agree; URLs, email
addresses and the company's name are never flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jdgen.lint.context import Context, finding
from jdgen.lint.findings import Finding

_LETTERS = re.compile(r"[^\W\d_]+")


def posting_locale(ctx: Context) -> str | None:
    """The supported locale the settings or the document name, else None."""
    from jdgen.locale import check_locale

    for given in (ctx.config.locale, ctx.locale):  # the settings, else the posting's own
        if given:
            try:
                return check_locale(given)
            except ValueError:
                return None
    return None


def check(ctx: Context) -> Iterator[Finding]:
    """One finding per word another variety spells that way, with this locale's form."""
    locale = posting_locale(ctx)
    if locale is None:
        from jdgen.lint.mixed import check as mixed

        yield from mixed(ctx)
        return
    from jdgen.locale.spelling import PROTECTED, other_spellings

    wrong = other_spellings(locale)
    company = ctx.doc.facts.get("company", "").strip()
    for block in ctx.doc.blocks:
        text = block.text
        skip = [m.span() for m in PROTECTED.finditer(text)]
        if company:
            skip += [m.span() for m in re.finditer(re.escape(company), text)]
        for match in _LETTERS.finditer(text):
            fix = wrong.get(match.group(0).casefold())
            if fix is None or any(a <= match.start() < b for a, b in skip):
                continue
            word = match.group(0)
            shown = fix[:1].upper() + fix[1:] if word[:1].isupper() else fix
            yield finding("spelling", block, match.start(), word,
                          f"{locale} postings spell this '{fix}'; mixed spellings read as "
                          "careless", f"'{shown}'")
