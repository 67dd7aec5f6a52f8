"""Length and structure: word count, required sections, bullets per section,
and placeholders or template code left in the text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jdgen.lint.context import Context, finding, words
from jdgen.lint.document import Block
from jdgen.lint.findings import Finding

# Section id -> (heading pattern, body pattern that also counts, label, why)
SECTIONS: dict[str, tuple[str, str | None, str, str]] = {
    "responsibilities": (
        r"responsib|what you(?:'ll| will)? do|duties|day[- ]to[- ]day|your work|the job",
        None, "Responsibilities ('What you will do')",
        "applicants decide whether to apply from what the job involves"),
    "qualifications": (
        r"qualif|requirement|what you bring|about you|who you are|you have|"
        r"looking for|skills|experience",
        None, "Qualifications ('What you bring')",
        "applicants screen themselves against the requirements"),
    "apply": (
        r"\bapply|application|next steps",
        r"\bhow to apply\b|\bto apply\b|\bapply (?:online|now|here|at|by|via|through)\b",
        "How to apply", "a posting without next steps loses applicants at the last step"),
    "equal-opportunity": (
        r"equal|\beeo\b|diversity|inclusion|non-?discriminat",
        r"equal (?:employment )?opportunit",
        "Equal opportunity statement",
        "it tells under-represented applicants they are welcome and may be required "
        "of federal contractors"),
}


def check(ctx: Context) -> Iterator[Finding]:
    """Run every structure check."""
    yield from _word_count(ctx)
    yield from _sections(ctx)
    yield from _bullets(ctx)
    yield from _placeholders(ctx)


def _word_count(ctx: Context) -> Iterator[Finding]:
    count = sum(len(words(b.text)) for b in ctx.doc.blocks)
    ctx.stats["words"] = count
    target = ctx.config.words
    if count < target.min:
        yield finding("word-count", None, 0, f"{count} words",
                      f"below {target.min}: short postings leave applicants guessing and "
                      "job boards rank them as incomplete",
                      f"add what the job involves, what success looks like and pay, "
                      f"to reach {target.min}-{target.max} words")
    elif count > target.max:
        yield finding("word-count", None, 0, f"{count} words",
                      f"above {target.max}: applications drop as postings grow past about "
                      "1,000 words",
                      f"cut repetition and boilerplate to reach {target.min}-{target.max} words")


def _sections(ctx: Context) -> Iterator[Finding]:
    headings = [b.text for b in ctx.doc.headings()]
    body = [b.text for b in ctx.doc.prose()]
    for section in ctx.config.sections:
        heading_re, body_re, label, why = SECTIONS[section]
        if any(re.search(heading_re, h, re.IGNORECASE) for h in headings):
            continue
        if body_re and any(re.search(body_re, t, re.IGNORECASE) for t in body):
            continue
        yield finding("missing-section", None, 0, f"no section: {label}",
                      f"{label} is missing; {why}",
                      f"add a section: {label}")


def _bullets(ctx: Context) -> Iterator[Finding]:
    heading: Block | None = None
    count = 0
    limit = ctx.config.max_bullets

    def verdict() -> Iterator[Finding]:
        if count > limit and heading is not None:
            yield finding("bullet-count", heading, 0, f"{count} bullets under '{heading.text}'",
                          f"more than {limit} bullets in one list; readers skim the first "
                          "few and miss the rest",
                          "keep the most important items, or split the list under two "
                          "headings")

    for block in ctx.doc.blocks:
        if block.kind == "heading":
            yield from verdict()
            heading, count = block, 0
        elif block.kind == "bullet":
            count += 1
    yield from verdict()


def _placeholders(ctx: Context) -> Iterator[Finding]:
    from jdgen.inputs.placeholders import describe, find_placeholders

    for block in ctx.doc.blocks:
        for item in find_placeholders(block.text):
            if ctx.in_name(block, item.start, item.end):
                continue
            why = ("jdgen init's instruction text was left in; applicants will see it"
                   if item.scaffold else
                   "a placeholder or template code was left in; applicants will see it")
            yield finding("placeholder", block, item.start, describe(item), why, item.advice)
