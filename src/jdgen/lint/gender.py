"""Gender-coded wording: the Gaucher, Friesen & Kay (2011) stems and a verdict.

Both lists are counted; the verdict follows the Gender Decoder's categories
from the difference (feminine minus masculine): above 3 strongly feminine-coded,
above 0 feminine-coded, 0 neutral, below 0 masculine-coded, below -3 strongly
masculine-coded. Only a strongly masculine-coded verdict is a warning; a
slight tilt is information. Every masculine-coded word gets its own finding with a
suggested alternative; the verdict is one finding for the whole posting.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from jdgen.lint.context import Context, finding, load_data
from jdgen.lint.findings import Finding, Severity

STRONG = 3


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    data = load_data("gender_words.yaml")
    masculine: dict[str, str] = data["masculine"]
    return _stem_pattern(list(masculine)), _stem_pattern(data["feminine"]), masculine


def _stem_pattern(stems: list[str]) -> re.Pattern[str]:
    """Any word starting with one of ``stems``; longest stems first, so
    'self-confident' is one match and not also 'confident'."""
    ordered = sorted(stems, key=lambda s: (-len(s), s))
    alternatives = "|".join(re.escape(s) for s in ordered)
    return re.compile(rf"(?<![^\W_])(?:{alternatives})[^\W\d_]*", re.IGNORECASE)


def verdict(feminine: int, masculine: int) -> str:
    """The Gender Decoder category for these counts."""
    score = feminine - masculine
    if score > STRONG:
        return "strongly feminine-coded"
    if score > 0:
        return "feminine-coded"
    if score < -STRONG:
        return "strongly masculine-coded"
    if score < 0:
        return "masculine-coded"
    return "neutral"


def _stem_of(word: str, suggestions: dict[str, str]) -> str:
    lower = word.lower()
    return max((s for s in suggestions if lower.startswith(s)), key=len)


def check(ctx: Context) -> Iterator[Finding]:
    """Flag each masculine-coded word, then give the overall verdict."""
    masculine_re, feminine_re, suggestions = _patterns()
    masculine: Counter[str] = Counter()
    feminine: Counter[str] = Counter()
    for block in ctx.doc.blocks:
        for match in masculine_re.finditer(block.text):
            if ctx.in_name(block, *match.span()):
                continue
            word = match.group(0)
            masculine[word.lower()] += 1
            yield finding(
                "gender-coded", block, match.start(), word,
                f"'{word}' is masculine-coded (Gaucher, Friesen & Kay 2011); postings full "
                "of such words appeal less to women, though men are not put off by "
                "neutral wording",
                f"consider: {suggestions[_stem_of(word, suggestions)]}",
            )
        for match in feminine_re.finditer(block.text):
            if ctx.in_name(block, *match.span()):
                continue
            feminine[match.group(0).lower()] += 1
    m, f = sum(masculine.values()), sum(feminine.values())
    result = verdict(f, m)
    ctx.stats["gender"] = {
        "verdict": result, "masculine": m, "feminine": f,
        "masculine_words": dict(sorted(masculine.items())),
        "feminine_words": dict(sorted(feminine.items())),
    }
    if result == "neutral":
        return
    listed = ", ".join(f"{w} ×{n}" if n > 1 else w for w, n in sorted(masculine.items()))
    listed_f = ", ".join(f"{w} ×{n}" if n > 1 else w for w, n in sorted(feminine.items()))
    found = f"{result}: {m} masculine-coded, {f} feminine-coded words"
    words_seen = f"masculine: {listed or 'none'}; feminine: {listed_f or 'none'}"
    if "masculine" in result:
        item = finding(
            "gender-balance", None, 0, found,
            "masculine-coded postings make roles look less appealing to women and "
            f"suggest they would belong less (Gaucher, Friesen & Kay 2011) ({words_seen})",
            "rephrase the masculine-coded words listed above, or add collaborative "
            "wording (work with, support, understand) until the verdict is neutral",
        )
        # One or two words either way is noise in a posting of 500 words: only a strong
        # tilt is worth a warning.
        yield item if result.startswith("strongly") else replace(item, severity=Severity.INFO)
    else:
        item = finding(
            "gender-balance", None, 0, found,
            "feminine-coded wording did not put men off in the research, so this is "
            f"for information ({words_seen})",
            "no change needed; keep the wording balanced if you edit",
        )
        yield replace(item, severity=Severity.INFO)
