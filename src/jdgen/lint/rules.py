"""Every lint rule id, its default severity and a one-line description."""

from __future__ import annotations

from jdgen.lint.findings import Severity

ERR, WARN, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

RULES: dict[str, tuple[Severity, str]] = {
    # gender.py
    "gender-coded": (INFO, "a masculine-coded word from Gaucher, Friesen & Kay (2011)"),
    "gender-balance": (WARN, "overall verdict: strongly masculine-coded wording (milder "
                              "verdicts are info)"),
    # wording.py
    "age-coded": (ERR, "wording that signals a preferred age"),
    "ability-coded": (WARN, "physical or sensory demands stated as abilities"),
    "exclusionary": (ERR, "wording that shuts out groups without need"),
    "cliche": (WARN, "jargon and cliches such as rockstar, ninja, guru"),
    # readability.py
    "reading-ease": (WARN, "Flesch reading ease below the threshold"),
    "grade-level": (WARN, "Flesch-Kincaid grade level above the threshold"),
    "sentence-length": (WARN, "average sentence length above the threshold"),
    "long-sentence": (INFO, "one sentence longer than the threshold"),
    "passive-voice": (WARN, "share of sentences in the passive voice above the threshold"),
    # structure.py
    "word-count": (WARN, "posting shorter or longer than the target range"),
    "missing-section": (WARN, "a section readers look for is missing"),
    "bullet-count": (WARN, "a section with too many bullets"),
    "placeholder": (ERR, "template variables or placeholders left in the text"),
    # pay.py
    "pay-range": (ERR, "no pay range where the law requires one (else a warning)"),
    "pay-range-width": (WARN, "pay range wider than the law allows"),
    "pay-benefits": (WARN, "no benefits described where the law requires them"),
    "pay-table-stale": (WARN, "the pay-transparency table is over a year old"),
    # spelling.py
    "spelling": (WARN, "a word spelled as another variety of English spells it"),
    "mixed-spelling": (WARN, "no locale given, and the text mixes varieties of English; the "
                             "minority spelling is flagged"),
    # __init__.py
    "unreadable": (ERR, "the file could not be read as a posting"),
}


def default_severity(rule: str) -> Severity:
    """The severity ``rule`` has unless config changes it."""
    return RULES[rule][0]
