"""Equal-opportunity and adjustment statements per country, with their sources.

Each statement says what the country's law protects, in a recruiter's words,
and how to ask for an accommodation or adjustment. Like the pay table, this is
a checklist kept as data, not legal advice: confirm with counsel, and review
it (and ``REVIEWED``) when the law changes. A company's own statement
(``eeo_statement`` in its file) always wins.

Texts are written in US English and converted to the posting's locale like
every built-in text, so a London job posted in en-US still names the Equality
Act, and one posted in en-GB spells "colour" as its readers do.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jdgen.locale import region

REVIEWED = dt.date(2026, 12, 1)


@dataclass(frozen=True)
class Statement:
    """One country's statement: what the law protects and how to ask for help."""

    country: str
    law: str
    grounds: tuple[str, ...]
    text: str  # '{company}' is the company's name; '{grounds}' the grounds, listed
    adjustment: str
    sources: tuple[str, ...]
    last: str = "and"  # the word before the last ground; ',' when the text goes on ('or any')

    def render(self) -> tuple[str, str]:
        """The statement with the grounds listed, still with ``{company}`` in it, and
        the adjustment sentence."""
        head = ", ".join(self.grounds[:-1])
        listed = f"{head}, {self.grounds[-1]}" if self.last == "," else (
            f"{head} {self.last} {self.grounds[-1]}")
        return self.text.replace("{grounds}", listed), self.adjustment


STATEMENTS: dict[str, Statement] = {
    "US": Statement(
        country="US",
        law="Title VII of the Civil Rights Act of 1964, the ADEA, the ADA, GINA and VEVRAA",
        grounds=("race", "color", "religion",
                 "sex (including pregnancy, sexual orientation and gender identity)",
                 "national origin", "age", "disability", "genetic information",
                 "protected veteran status"),
        text=("{company} is an equal opportunity employer. We consider all qualified applicants "
              "without regard to {grounds} or any other characteristic protected by law."),
        adjustment=("If you need a reasonable accommodation at any stage of hiring, tell us and "
                    "we will work with you to provide it."),
        sources=("https://www.eeoc.gov/prohibited-employment-policiespractices",
                 "https://www.eeoc.gov/poster",
                 "https://www.dol.gov/agencies/ofccp/vevraa"),
        last=",",
    ),
    "GB": Statement(
        country="GB",
        law="Equality Act 2010 (sections 4 and 20)",
        grounds=("age", "disability", "gender reassignment", "marriage and civil partnership",
                 "pregnancy and maternity", "race", "religion or belief", "sex",
                 "sexual orientation"),
        text=("{company} is an equal opportunity employer. We welcome applications from everyone "
              "and do not discriminate on any of the characteristics protected by the Equality "
              "Act 2010: {grounds}."),
        adjustment=("If you need reasonable adjustments at any stage of the recruitment process, "
                    "tell us and we will work with you to make them."),
        sources=("https://www.legislation.gov.uk/ukpga/2010/15/section/4",
                 "https://www.legislation.gov.uk/ukpga/2010/15/section/20",
                 "https://www.equalityhumanrights.com/equality/equality-act-2010/"
                 "protected-characteristics"),
    ),
    # The Equality Act 2010 does not extend to Northern Ireland, which has its own laws.
    "GB-NIR": Statement(
        country="GB",
        law=("Fair Employment and Treatment (NI) Order 1998, Sex Discrimination (NI) Order "
             "1976, Race Relations (NI) Order 1997, Disability Discrimination Act 1995, and the "
             "sexual orientation (2003) and age (2006) regulations for Northern Ireland"),
        grounds=("age", "disability", "sex", "gender reassignment",
                 "marital or civil partnership status", "pregnancy and maternity", "race",
                 "religious belief", "political opinion", "sexual orientation"),
        text=("{company} is an equal opportunity employer. We welcome applications from everyone "
              "and do not discriminate on any ground protected by equality law in Northern "
              "Ireland, including {grounds}."),
        adjustment=("If you need reasonable adjustments at any stage of the recruitment process, "
                    "tell us and we will work with you to make them."),
        sources=("https://www.equalityni.org/Employers-Service-Providers/Employers",
                 "https://www.legislation.gov.uk/nisi/1998/3162/contents"),
    ),
    "CA": Statement(
        country="CA",
        law=("Canadian Human Rights Act (section 3) and the provinces' human rights codes; "
             "Ontario's AODA Integrated Accessibility Standards (section 22)"),
        grounds=("race", "national or ethnic origin", "color", "religion", "age", "sex",
                 "sexual orientation", "gender identity or expression", "marital status",
                 "family status", "genetic characteristics", "disability"),
        text=("{company} is an equal opportunity employer. We welcome applications from everyone "
              "and do not discriminate on any ground protected by human rights law, including "
              "{grounds}."),
        adjustment=("Accommodation is available on request at every stage of the hiring process: "
                    "tell us what you need and we will work with you to provide it."),
        sources=("https://laws-lois.justice.gc.ca/eng/acts/h-6/section-3.html",
                 "https://www.ontario.ca/laws/regulation/110191",
                 "https://www.chrc-ccdp.gc.ca/en/about-human-rights"),
    ),
    "AU": Statement(
        country="AU",
        law=("Fair Work Act 2009 (section 351), Racial Discrimination Act 1975, Sex "
             "Discrimination Act 1984, Disability Discrimination Act 1992, Age Discrimination "
             "Act 2004"),
        grounds=("race", "color", "sex", "sexual orientation", "gender identity",
                 "intersex status", "age", "disability", "marital status",
                 "family or carer's responsibilities", "pregnancy", "breastfeeding", "religion",
                 "political opinion", "national extraction", "social origin"),
        text=("{company} is an equal opportunity employer. We welcome applications from everyone "
              "and do not discriminate on any ground protected by Australian law, including "
              "{grounds}."),
        adjustment=("If you need adjustments at any stage of the recruitment process, tell us "
                    "and we will work with you to make them."),
        sources=("https://www.fwc.gov.au/discrimination-0",
                 "https://humanrights.gov.au/our-work/employers",
                 "https://www.legislation.gov.au/C2009A00028/latest/text"),
    ),
    "IE": Statement(
        country="IE",
        law="Employment Equality Acts 1998–2015 (sections 6 and 16)",
        grounds=("gender", "civil status", "family status", "sexual orientation", "religion",
                 "age", "disability", "race", "membership of the Traveller community"),
        text=("{company} is an equal opportunity employer. We welcome applications from everyone "
              "and do not discriminate on any of the nine grounds of the Employment Equality "
              "Acts 1998–2015: {grounds}."),
        adjustment=("If you need reasonable accommodation at any stage of the recruitment "
                    "process, tell us and we will work with you to provide it."),
        sources=("https://www.ihrec.ie/your-rights-old/i-have-an-issue-at-work/"
                 "what-categories-of-people-are-covered-by-the-employment-equality-acts/",
                 "https://www.irishstatutebook.ie/eli/1998/act/21/enacted/en/html"),
    ),
}

# For a job in a country without a statement here: no list of grounds that may not
# be the local law's, and the locale's word for an adjustment.
GENERAL = ("{company} is an equal opportunity employer. We consider every qualified applicant "
           "on their merits and do not discriminate on any ground protected by law.")
_ASK = {
    "US": ("If you need an accommodation at any stage of hiring, tell us and we will work with "
           "you to provide it."),
    "CA": ("Accommodation is available on request at every stage of the hiring process: tell "
           "us what you need and we will work with you to provide it."),
    "IE": STATEMENTS["IE"].adjustment,
    "GB": STATEMENTS["GB"].adjustment,
    "AU": STATEMENTS["AU"].adjustment,
}

_NORTHERN_IRELAND = {"northern ireland", "ni", "belfast", "derry", "londonderry", "lisburn",
                     "newry", "armagh", "bangor", "antrim", "county antrim", "co. antrim",
                     "county down", "co. down", "county tyrone", "county armagh",
                     "county fermanagh", "county londonderry"}


def statement_for(country: str | None, locale: str,
                  place: tuple[str | None, ...] = ()) -> Statement | None:
    """The statement for a job in ``country`` (its code), else for the locale's country;
    None when the job is in a country this table does not cover."""
    chosen = country or region(locale)
    if chosen == "GB" and any(p and p.strip().casefold() in _NORTHERN_IRELAND for p in place):
        return STATEMENTS["GB-NIR"]
    return STATEMENTS.get(chosen)


def default_statement(company: str, country: str | None, locale: str,
                      place: tuple[str | None, ...] = ()) -> str:
    """The built-in equal-opportunity paragraph, in US English with ``{company}`` unfilled.

    The caller converts it to the locale and then fills in the company's name, so
    the name is never respelled.
    """
    found = statement_for(country, locale, place)
    if found is None:
        return f"{GENERAL} {_ASK.get(region(locale), _ASK['US'])}"
    text, ask = found.render()
    return f"{text} {ask}"
