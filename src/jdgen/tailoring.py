"""Role x Company x options -> Posting: the one context templates see.

Everything that makes two postings differ is decided here, in plain Python
that tests can call directly; templates only lay the result out.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass

from jdgen.currencies import SYMBOLS
from jdgen.discovery import normalise
from jdgen.errors import JdgenError
from jdgen.models import (
    ApplicantArea,
    Area,
    Company,
    Compensation,
    IndustryEmphasis,
    Posting,
    Role,
)

MAX_BULLETS_PER_AREA = 6
ARRANGEMENT_LABELS = {"onsite": "on-site", "hybrid": "hybrid", "remote": "remote"}


@dataclass(frozen=True)
class Options:
    """Per-posting choices that are not facts about the company."""

    focus: str | None = None
    reports_to: str | None = None
    team_size: int | None = None
    date: dt.date | None = None
    valid_through: dt.date | None = None
    valid_for_days: int | None = None
    posting_id: str | None = None


def posting_date(given: dt.date | None = None) -> dt.date:
    """The date to print: given, else ``SOURCE_DATE_EPOCH``, else today (UTC)."""
    if given is not None:
        return given
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
        except (ValueError, OverflowError, OSError):
            raise JdgenError(
                f"SOURCE_DATE_EPOCH must be a Unix timestamp in seconds, not '{epoch}'"
            ) from None
    return dt.datetime.now(tz=dt.UTC).date()


def slugify(text: str, fallback: str = "company") -> str:
    """ASCII file-name slug: lower-case letters, digits and single hyphens."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")
    return slug or fallback


def article(word: str) -> str:
    """'a' or 'an' for the word that follows."""
    if len(word) <= 5 and word.isupper():  # initialisms are read letter by letter: an HR team
        return "an" if word[:1] in "AEFHILMNORSX" else "a"
    lowered = word.lower()
    if re.match(r"(hour|honest|honou?r|heir)", lowered):
        return "an"
    if re.match(r"(uni|use|usu|eu|one\b|one-|once)", lowered):
        return "a"
    return "an" if lowered[:1] in "aeiou" else "a"


def find_industry(role: Role, industry: str | None) -> IndustryEmphasis | None:
    """The role's emphasis for ``industry``, matching id, label or alias."""
    if not industry:
        return role.industries.get("general")
    wanted = normalise(industry)
    for key, emphasis in role.industries.items():
        names = {key, normalise(emphasis.label), *(normalise(a) for a in emphasis.aliases)}
        if wanted in names:
            return emphasis
    return role.industries.get("general")


def format_pay(pay: Compensation) -> str:
    """'$140,000–$175,000 USD per year', or '9,000,000 JPY per year' style."""
    symbol = SYMBOLS.get(pay.currency, "")

    def amount(value: int) -> str:
        return f"{symbol}{value:,}"

    span = amount(pay.min) if pay.min == pay.max else f"{amount(pay.min)}–{amount(pay.max)}"
    return f"{span} {pay.currency} per {pay.period}"


def tailor(role: Role, company: Company, options: Options | None = None) -> Posting:
    """Combine a role and a company into the posting a template renders."""
    options = options or Options()
    focus = None
    if options.focus:
        focus = role.focus.get(normalise(options.focus))
        if focus is None:
            known = ", ".join(sorted(role.focus)) or "none"
            raise JdgenError(
                f"role '{role.id}' has no focus '{options.focus}'; choose one of: {known}"
            )
    emphasis = find_industry(role, company.industry)
    specific = emphasis if emphasis is not role.industries.get("general") else None
    industry_name = specific.label if specific else company.industry
    title = f"{role.title} ({focus.label.title()})" if focus else role.title
    reports_to = options.reports_to or role.reports_to
    location = company.locations[0].display() if company.locations else None

    omitted = {name.casefold() for name in (specific.omit if specific else [])}
    if focus and focus.lead_area:
        omitted.discard(focus.lead_area.casefold())  # the chosen focus always keeps its area
    areas = [Area(name=a.name, bullets=list(a.bullets)) for a in role.responsibilities
             if a.name.casefold() not in omitted]
    if focus and focus.lead_area:
        lead = next(a for a in areas if a.name.casefold() == focus.lead_area.casefold())
        areas.remove(lead)
        extra = list(focus.responsibilities)
        keep = max(MAX_BULLETS_PER_AREA - len(extra), 2)
        areas.insert(0, Area(name=lead.name, bullets=extra + lead.bullets[:keep]))
    if specific and specific.responsibilities:
        areas.append(
            Area(name=f"{_capital(specific.label)} priorities", bullets=specific.responsibilities)
        )

    summary = [role.summary]
    if emphasis:
        summary.append(emphasis.context)
    if focus:
        summary.append(focus.summary)
    summary.append(_reporting(reports_to, options.team_size))
    applicants = list(company.applicant_locations) or _applicant_areas(company)
    where = location
    if where is None and company.arrangement == "remote" and applicants:
        where = " or ".join(a.display() for a in applicants)
    arrangement = _arrangement(company.arrangement, where)
    if arrangement:
        summary.append(arrangement)

    preferred = list(role.qualifications.preferred)
    kpis = list(role.success.kpis)
    if specific:
        preferred = specific.preferred + preferred
        kpis += specific.kpis
    kpis = [k for k in kpis if k.casefold() not in omitted]
    skills = [k for k in role.skills if k.casefold() not in omitted] + \
        (focus.skills if focus else [])

    keywords = [role.title, *(["operations"] if "operations" not in role.title.lower() else [])]
    if focus:
        keywords.append(focus.label)
    if company.industry:
        keywords.append(company.industry)
    keywords.append(company.name)

    date_posted = posting_date(options.date)
    return Posting(
        role_id=role.id,
        title=title,
        company=company.name,
        slug=f"{slugify(company.name)}-{role.id}",
        date_posted=date_posted,
        headline=title,
        intro=_intro(company, industry_name, location, title),
        about=company.about,
        summary=summary,
        location=location,
        arrangement=company.arrangement,
        arrangement_label=ARRANGEMENT_LABELS.get(company.arrangement or ""),
        reports_to=reports_to,
        team=_team(options.team_size),
        compensation=format_pay(company.compensation) if company.compensation else None,
        responsibilities=areas,
        required=list(role.qualifications.required),
        preferred=preferred,
        skills=_unique(skills),
        first_90_days=list(role.success.first_90_days),
        kpis=kpis,
        benefits=list(company.benefits),
        apply=company.apply or _DEFAULT_APPLY,
        apply_url=company.apply_url,
        eeo=company.eeo_statement or _default_eeo(company.name),
        keywords=_unique(keywords),
        industry=company.industry,
        onet_soc=role.onet_soc,
        places=list(company.locations),
        pay=company.compensation,
        employment_type=list(company.employment_type),
        valid_through=_valid_through(options, company, date_posted),
        identifier=options.posting_id,
        direct_apply=company.direct_apply,
        website=company.website,
        logo=company.logo,
        applicant_locations=applicants if company.arrangement == "remote" else [],
    )


def _valid_through(options: Options, company: Company, posted: dt.date) -> dt.date | None:
    """Closing date: given, else the posting date plus the validity period, else None."""
    days = options.valid_for_days or company.valid_for_days
    try:
        closing = options.valid_through or (posted + dt.timedelta(days=days) if days else None)
    except OverflowError:
        raise JdgenError(
            f"valid for {days} day{'s' if days != 1 else ''} from the posting date "
            f"{posted.isoformat()} ends after {dt.date.max.isoformat()}, the last date "
            "jdgen can write"
        ) from None
    if closing is not None and closing <= posted:
        raise JdgenError(
            f"valid-through date {closing.isoformat()} must be after the posting date "
            f"{posted.isoformat()}"
        )
    return closing


def _applicant_areas(company: Company) -> list[ApplicantArea]:
    """For a remote role, the countries or states its locations name."""
    if company.arrangement != "remote":
        return []
    areas = []
    for loc in company.locations:
        if loc.country_code:
            areas.append(ApplicantArea(country=loc.country_code, region=loc.region))
    return areas


_DEFAULT_APPLY = (
    "Send your CV with a short note about an operational problem you solved: "
    "what you changed, who you brought along, and how you measured the result."
)


def _default_eeo(name: str) -> str:
    return (
        f"{name} is an equal opportunity employer. We consider every qualified applicant "
        "without regard to race, colour, religion, sex, sexual orientation, gender identity, "
        "national origin, age, disability, veteran status or any other protected "
        "characteristic. Tell us if you need an adjustment at any stage of hiring, and we "
        "will provide it."
    )


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return out


def _describe(company: Company, industry: str | None) -> str | None:
    """'a fast-growing logistics business of 250 people', or None."""
    stage = {"startup": "early-stage", "growth": "fast-growing", "established": "established"}
    words = []
    if company.stage:
        words.append(stage[company.stage])
    if industry:
        words.append(industry)
    if not words and not company.employees:
        return None
    phrase = " ".join(words + ["business"])
    if company.employees:
        people = "person" if company.employees == 1 else "people"
        phrase += f" of {company.employees:,} {people}"
    return f"{article(phrase)} {phrase}"


def _intro(company: Company, industry: str | None, location: str | None, title: str) -> str:
    """'Acme, an established software business of 80 people based in Leeds, is hiring a COO.'"""
    described = _describe(company, industry)
    where = f"based in {place(location)}" if location else None
    if described and where:
        return f"{company.name}, {described} {where}, is hiring {article(title)} {title}."
    if described or where:
        return f"{company.name}, {described or where}, is hiring {article(title)} {title}."
    return f"{company.name} is hiring {article(title)} {title}."


_NEEDS_THE = re.compile(
    r"^(united states|united kingdom|united arab emirates|netherlands|philippines|"
    r"czech republic|dominican republic|bahamas|gambia|maldives|us|usa|uk|uae)\b",
    re.IGNORECASE,
)


def place(location: str) -> str:
    """A location as it reads after 'in': 'the United States', 'Denver, CO'."""
    return f"the {location}" if _NEEDS_THE.match(location) else location


def _reporting(reports_to: str, team_size: int | None) -> str:
    line = f"You will report to the {reports_to}" if _is_title(reports_to) else (
        f"You will report to {reports_to}"
    )
    if team_size:
        people = "person" if team_size == 1 else "people"
        return f"{line} and manage a team of {team_size:,} {people}."
    return f"{line}."


def _is_title(text: str) -> bool:
    """True for a job title ('Chief Executive Officer'), false for a name ('Dana Kim')."""
    return bool(re.search(r"\b(officer|chief|director|head|president|vp|ceo|coo|cfo|manager|"
                          r"founder|owner|board|lead|partner)\b", text, re.IGNORECASE))


def _team(team_size: int | None) -> str | None:
    if not team_size:
        return None
    return f"{team_size:,} direct and indirect report{'s' if team_size != 1 else ''}"


def _arrangement(arrangement: str | None, location: str | None) -> str | None:
    if arrangement == "remote":
        where = f", open to candidates based in {place(location)}" if location else ""
        return f"This is a fully remote role{where}."
    if arrangement == "hybrid":
        where = f" at our {location} office" if location else " in the office"
        return f"This is a hybrid role, with regular days{where} and the rest from home."
    if arrangement == "onsite":
        where = f" at our {location} site" if location else ""
        return f"This role is on-site{where}."
    return None
