"""The fixed strings of jdgen's own sentences and labels, one catalogue per language.

Every locale of a language shares that language's catalogue, written in its
base spelling (US English for ``en``); :func:`text` converts the result to the
locale's spelling and words. A locale that needs a different sentence, not
just a different spelling, overrides the key in ``OVERRIDES``. Adding German
means adding a ``de`` catalogue with the same keys: nothing else changes shape.
"""

from __future__ import annotations

from functools import cache

CATALOGUES: dict[str, dict[str, str]] = {
    "en": {
        # Facts at the top of a posting, and the headings (the template's labels).
        "label.company": "Company",
        "label.location": "Location",
        "label.arrangement": "Work arrangement",
        "label.employment": "Employment type",
        "label.reports_to": "Reports to",
        "label.team": "Team",
        "label.pay": "Pay",
        "label.posted": "Posted",
        "label.closes": "Applications close",
        "label.reference": "Reference",
        "heading.about": "About {company}",
        "heading.role": "The role",
        "heading.responsibilities": "What you will do",
        "heading.qualifications": "What you bring",
        "heading.preferred": "It helps if you have",
        "heading.success": "What success looks like",
        "heading.first_90_days": "In your first 90 days",
        "heading.first_year": "By the end of your first year",
        "heading.pay": "Pay",
        "heading.benefits": "Benefits",
        "heading.pay_and_benefits": "Pay and benefits",
        "heading.apply": "How to apply",
        "heading.eeo": "Equal opportunity",
        # jdgen's own sentences ({names} are the posting's values, never respelled).
        "sentence.skills": "The job calls on skills in {skills}.",
        "sentence.measures": "The role is measured on {measures}.",
        "pay.single": "The pay for this role is {pay}.",
        "pay.range": ("The pay range for this role is {pay}. Where an offer falls in the range "
                      "depends on experience and skills."),
        "apply.online": "Apply online",
        "apply.email": "Email your application to",
        "apply.default": ("With your application, tell us about an operational problem you "
                          "solved: what you changed, who you brought along, and how you "
                          "measured the result."),
        "invitation": ("If you meet most of these requirements but not every one, we would "
                       "still like to hear from you."),
        "period.hour": "per hour",
        "period.day": "per day",
        "period.week": "per week",
        "period.month": "per month",
        "period.year": "per year",
    },
}

# Sentences a locale writes differently (not only spelled differently): none yet.
OVERRIDES: dict[str, dict[str, str]] = {}


@cache
def text(key: str, locale: str = "en-US") -> str:
    """The string ``key`` for ``locale``, in the locale's spelling (its ``{names}`` kept)."""
    from jdgen.locale.spelling import convert

    found = OVERRIDES.get(locale, {}).get(key)
    if found is not None:
        return found
    language = locale.split("-", 1)[0]
    return convert(CATALOGUES.get(language, CATALOGUES["en"])[key], locale)
