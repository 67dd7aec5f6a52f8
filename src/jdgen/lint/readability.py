"""Readability: Flesch reading ease, Flesch-Kincaid grade, sentence length, passive voice.

Syllables come from pyphen's English hyphenation dictionary (imported only
when lint runs). Headings are not sentences and are left out; each bullet is
one sentence unless it holds several. Sentences of an equal-opportunity
statement count in the scores but are never flagged as long.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from jdgen.lint.context import Context, finding, sentences, words
from jdgen.lint.findings import Finding

_BE = r"(?:am|is|are|was|were|be|been|being|get|gets|got|gotten)"
_IRREGULAR = (
    "built|made|given|taken|done|seen|written|paid|held|led|run|set|kept|found|shown|told|"
    "brought|chosen|driven|known|sent|spent|bought|sold|taught|thought|won|hired|met|put|"
    "read|left|lost|grown|drawn|begun|broken|spoken|understood|chosen|felt|heard|meant"
)
_PASSIVE = re.compile(
    rf"\b{_BE}\s+(?:\w+ly\s+)?(?:[a-z]+ed|{_IRREGULAR})\b(?!\s+(?:to|that)\b)", re.IGNORECASE
)


# An equal-opportunity statement lists the protected grounds the law names, in one
# sentence by custom; its length is not the writer's choice, so it is not flagged.
_LEGAL = re.compile(r"equal|\beeo\b|non-?discriminat|diversity|inclusion", re.IGNORECASE)


@cache
def _dictionary() -> Any:
    import pyphen  # type: ignore[import-untyped]

    return pyphen.Pyphen(lang="en_US")


@cache
def syllables(word: str) -> int:
    """Syllables in ``word`` from pyphen's hyphenation points (at least 1)."""
    if not any(ch.isalpha() for ch in word):
        return max(1, len(word) // 3)  # numbers: read digit groups aloud
    return len(_dictionary().positions(word.lower())) + 1


def reading_ease(n_words: int, n_sentences: int, n_syllables: int) -> float:
    """Flesch reading ease: higher is easier; 60-70 is plain English."""
    return 206.835 - 1.015 * (n_words / n_sentences) - 84.6 * (n_syllables / n_words)


def grade_level(n_words: int, n_sentences: int, n_syllables: int) -> float:
    """Flesch-Kincaid grade: the US school year needed to follow the text."""
    return 0.39 * (n_words / n_sentences) + 11.8 * (n_syllables / n_words) - 15.59


def check(ctx: Context) -> Iterator[Finding]:
    """Score the prose; flag long sentences and, in total, passive voice."""
    limits = ctx.config.readability
    n_words = n_sentences = n_syllables = n_passive = 0
    heading = ""
    for block in ctx.doc.blocks:
        if block.kind == "heading":
            heading = block.text
            continue
        legal = bool(_LEGAL.search(heading))
        for offset, sentence in sentences(block):
            found = words(sentence)
            n_sentences += 1
            n_words += len(found)
            n_syllables += sum(syllables(w) for w in found)
            if _PASSIVE.search(sentence):
                n_passive += 1
            if len(found) > limits.max_sentence_words and not legal:
                yield finding(
                    "long-sentence", block, offset, sentence,
                    f"{len(found)} words in one sentence (limit {limits.max_sentence_words}); "
                    "long sentences are hard to scan, above all on a phone",
                    "split it in two, or turn a list inside it into bullets",
                )
    if n_words == 0:
        return
    ease = reading_ease(n_words, n_sentences, n_syllables)
    grade = grade_level(n_words, n_sentences, n_syllables)
    average = n_words / n_sentences
    share = n_passive / n_sentences
    ctx.stats["readability"] = {
        "reading_ease": round(ease, 1), "grade_level": round(grade, 1),
        "sentences": n_sentences, "average_sentence_words": round(average, 1),
        "passive_share": round(share, 3),
    }
    if ease < limits.min_reading_ease:
        yield finding("reading-ease", None, 0, f"Flesch reading ease {ease:.1f}",
                      f"below {limits.min_reading_ease:g}: many readers will find the posting "
                      "hard going and skip it",
                      "use shorter sentences and everyday words")
    if grade > limits.max_grade:
        yield finding("grade-level", None, 0, f"grade level {grade:.1f}",
                      f"above {limits.max_grade:g}: readers need more schooling than the job "
                      "requires to follow it",
                      "use shorter sentences and words with fewer syllables")
    if average > limits.max_average_sentence_words:
        yield finding("sentence-length", None, 0, f"{average:.1f} words per sentence",
                      f"above {limits.max_average_sentence_words:g}: the text reads as dense",
                      "break long sentences up; aim for 15-20 words on average")
    if share > limits.max_passive_share:
        yield finding("passive-voice", None, 0,
                      f"{n_passive} of {n_sentences} sentences passive ({share:.0%})",
                      f"above {limits.max_passive_share:.0%}: passive sentences hide who does "
                      "what",
                      "say who acts: 'you will lead the team', not 'the team will be led'")

