"""Role x Company x options -> Posting: the one context templates see.

Everything that makes two postings differ is decided here, in plain Python
that tests can call directly; templates only lay the result out.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from functools import lru_cache

from jdgen.errors import JdgenError
from jdgen.inputs.discovery import normalise
from jdgen.locale import DEFAULT as DEFAULT_LOCALE
from jdgen.locale import catalogue
from jdgen.locale import resolve as resolve_locale
from jdgen.locale.eeo import default_statement
from jdgen.locale.places import country_of
from jdgen.locale.spelling import convert, convert_all
from jdgen.models import (
    EMPLOYMENT_LABELS,
    ApplicantArea,
    Area,
    Company,
    Compensation,
    FocusVariant,
    IndustryEmphasis,
    Posting,
    Role,
    Size,
)
from jdgen.tailoring import salary
from jdgen.tailoring.reporting import Manager, manager, unnamed
from jdgen.tailoring.variants import Context

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
    locale: str | None = None  # --locale: wins over the company file's
    default_locale: str | None = None  # the manifest's: the company file's wins over it
    notes: tuple[str, ...] = ()  # warnings from settling the facts, printed with the build's


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
    """ASCII file-name slug: lower-case letters, digits and single hyphens.

    A slug longer than 60 characters is cut at the last word that fits whole;
    only a first word longer than that is cut inside.
    """
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > _SLUG_LENGTH:
        end = slug.rfind("-", 0, _SLUG_LENGTH + 1)
        slug = slug[:end] if end > 0 else slug[:_SLUG_LENGTH]
    return slug or fallback


_SLUG_LENGTH = 60


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
    return role.industries.get(match_industry(role, industry)[0])


def match_industry(role: Role, industry: str | None) -> tuple[str, bool]:
    """The id of the role's industry for ``industry`` ('general' when none fits),
    and whether the name given was recognised."""
    if not industry:
        return "general", True
    key = _industry_index(role).get(normalise(industry))
    return (key, True) if key is not None else ("general", False)


_INDEXES: dict[int, tuple[Role, dict[str, str]]] = {}


def _industry_index(role: Role) -> dict[str, str]:
    """Every id, label and alias of the role's industries -> the industry id (first wins)."""
    found = _INDEXES.get(id(role))
    if found is None or found[0] is not role:
        index: dict[str, str] = {}
        for key, emphasis in role.industries.items():
            for name in sorted(_names(key, emphasis)):
                index.setdefault(name, key)
        if len(_INDEXES) >= 256:  # roles are few; tests make many
            _INDEXES.clear()
        found = _INDEXES[id(role)] = (role, index)
    return found[1]


def _names(key: str, emphasis: IndustryEmphasis) -> set[str]:
    return {key, normalise(emphasis.label), *(normalise(a) for a in emphasis.aliases)}


def closest_industries(role: Role, industry: str) -> list[str]:
    """Labels of the built-in industries nearest to an unknown name."""
    import difflib

    names = {name: e.label for key, e in role.industries.items() if key != "general"
             for name in _names(key, e)}
    wanted = normalise(industry)
    close = difflib.get_close_matches(wanted, list(names), n=6, cutoff=0.5)
    for word in wanted.split("-"):
        close += [n for n in names if len(word) > 3 and word in n.split("-")]
    return list(dict.fromkeys(names[n] for n in close))[:3]


def size_tier(company: Company) -> Size:
    """small, mid or large: the size given, else the headcount, else the stage, else mid."""
    if company.size:
        return company.size
    if company.employees:
        return "small" if company.employees < 50 else "mid" if company.employees <= 500 else (
            "large")
    if company.stage:
        return _STAGE_SIZE[company.stage]
    return "mid"


def site_count(company: Company) -> str:
    """'several' when the company works from more than one place, else 'one'.

    The site count given wins; without one, the locations listed decide.
    """
    if company.sites is not None:
        return "several" if company.sites > 1 else "one"
    return "several" if len(company.locations) > 1 else "one"


_STAGE_SIZE: dict[str, Size] = {"startup": "small", "growth": "mid", "established": "large"}


def format_pay(pay: Compensation, country: str | None = None, locale: str | None = None) -> str:
    """'£60,000–£75,000 per year', '$140,000–$175,000 per year' or '... SEK per year'."""
    settled = settled_pay(pay, country, locale or "en-US")
    assert settled is not None and settled.currency is not None
    return salary.format_pay(settled.min, settled.max, settled.currency, settled.period,
                             country, locale)


def settled_pay(pay: Compensation | None, country: str | None,
                locale: str) -> Compensation | None:
    """``pay`` with its currency named: as given, else the one the job's place implies."""
    if pay is None or pay.currency:
        return pay
    return pay.model_copy(update={"currency": salary.currency_for(pay.symbol, country, locale),
                                  "symbol": None})


@dataclass(frozen=True)
class Setting:
    """What one posting's texts are chosen for: the role's variant context and its parts."""

    ctx: Context
    boss: Manager
    emphasis: IndustryEmphasis | None
    specific: IndustryEmphasis | None
    focus: FocusVariant | None
    omitted: frozenset[str]


def setting(role: Role, company: Company, focus_name: str | None = None,
            reports_to: str | None = None) -> Setting:
    """The conditions and placeholder values for ``role`` at ``company``."""
    focus_id, focus = _focus(role, focus_name)
    industry_id, _ = match_industry(role, company.industry)
    emphasis = role.industries.get(industry_id)
    specific = emphasis if industry_id != "general" else None
    size = size_tier(company)
    # Nobody given, nobody named: the role's usual manager is not a default.
    boss = manager(reports_to) if reports_to else unnamed(size, role.scope == "company-wide")
    terms = {**role.terms, **(emphasis.terms if emphasis else {}),
             **(focus.terms if focus else {})}
    label = specific.label if specific else company.industry
    ctx = Context(size=size, stage=company.stage, industry=industry_id,
                  focus=focus_id or "none", reports_to=boss.kind,
                  values={**terms, "company": company.name, "manager": boss.phrase,
                          "industry": label or "general", "title": role.title},
                  sites=site_count(company))
    omitted = {name.casefold() for name in (emphasis.omit if emphasis else [])}
    if focus and focus.lead_area:
        omitted.discard(focus.lead_area.casefold())  # the chosen focus always keeps its area
    return Setting(ctx, boss, emphasis, specific, focus, frozenset(omitted))


def _led(chosen: Setting, name: str, base: list[str]) -> list[str]:
    """``base`` with the focus's items of list ``name`` first and the industry's after.

    With a focus, the focus leads: its must-haves, outcomes and measures come
    first, and the industry adds only the items its role file marks as fitting
    that focus (``when: {focus: [...]}``).
    """
    ctx = chosen.ctx
    own = ctx.pick(getattr(chosen.focus, name)) if chosen.focus else []
    extra = ctx.pick(getattr(chosen.emphasis, name)) if chosen.emphasis else []
    return own + base + extra


def requirements(role: Role, chosen: Setting) -> list[str]:
    """The must-haves of ``role`` in this setting."""
    base = chosen.ctx.pick(role.qualifications.required)
    own = chosen.ctx.pick(chosen.focus.required) if chosen.focus else []
    extra = chosen.ctx.pick(chosen.emphasis.required) if chosen.emphasis else []
    # Years of experience first, then the focus's must-haves, then the rest.
    return _unique(base[:1] + own + base[1:] + extra)


def measures(role: Role, chosen: Setting) -> list[str]:
    """The success measures of ``role`` in this setting: the focus's first."""
    return _unique([k for k in _led(chosen, "kpis", chosen.ctx.pick(role.success.kpis))
                    if k.casefold() not in chosen.omitted])


def outcomes(role: Role, chosen: Setting) -> list[str]:
    """The first-year outcomes of ``role`` in this setting: the focus's first."""
    return _unique(_led(chosen, "first_year", chosen.ctx.pick(role.success.first_year)))


def tailor(role: Role, company: Company, options: Options | None = None) -> Posting:
    """Combine a role and a company into the posting a template renders."""
    options = options or Options()
    chosen = setting(role, company, options.focus, options.reports_to)
    ctx, boss, emphasis, focus = chosen.ctx, chosen.boss, chosen.emphasis, chosen.focus
    industry_name = chosen.specific.label if chosen.specific else company.industry
    title = f"{role.title} ({focus.label.title()})" if focus else role.title
    size = ctx.size
    first = company.locations[0] if company.locations else None
    location = first.display() if first else None
    country = (first.country_code or country_of(first.city, first.region)) if first else None
    applicants = list(company.applicant_locations) or _applicant_areas(company)
    job_country = country or (applicants[0].country if applicants else None)
    locale = resolve_locale(options.locale, company.locale, options.default_locale,
                            job_country)

    omitted = chosen.omitted
    areas = _areas(role, ctx, emphasis, focus, omitted)

    summary = ctx.pick(role.summary)
    if emphasis:
        summary += ctx.pick(emphasis.context)
    if focus:
        summary.append(ctx.fill(focus.summary))
    summary.append(_reporting(boss, options.team_size))
    where = location
    if where is None and company.arrangement == "remote" and applicants:
        where = " or ".join(a.display() for a in applicants)
    arrangement = _arrangement(company.arrangement, where)
    if arrangement:
        summary.append(arrangement)

    def extra(name: str) -> list[str]:
        return ctx.pick(getattr(emphasis, name)) if emphasis else []

    preferred = (ctx.pick(focus.preferred) if focus else []) + ctx.pick(
        role.qualifications.preferred) + extra("preferred")
    skills = (ctx.pick(focus.skills) if focus else []) + [
        k for k in ctx.pick(role.skills) if k.casefold() not in omitted]

    keywords = [role.title, *(["operations"] if "operations" not in role.title.lower() else [])]
    if focus:
        keywords.append(focus.label)
    if company.industry:
        keywords.append(company.industry)
    keywords.append(company.name)

    date_posted = posting_date(options.date)
    # Built-in text is respelled for the locale; what the user typed is kept as typed.
    keep = tuple(k for k in (company.name, boss.label, boss.phrase, boss.introduction,
                             location, None if chosen.specific else company.industry,
                             role.title) if k)

    def local(text: str) -> str:
        return convert(text, locale, keep)

    def local_all(texts: list[str]) -> list[str]:
        return convert_all(texts, locale, keep)

    if locale != DEFAULT_LOCALE:
        areas = [Area.model_construct(name=local(a.name), bullets=local_all(a.bullets),
                                      summary=local(a.summary) if a.summary else None)
                 for a in areas]
    pay = settled_pay(company.compensation, job_country, locale)
    eeo = company.eeo_statement or local(
        default_statement(company.name, job_country, locale,
                          (first.city, first.region) if first else ())
    ).replace("{company}", company.name)
    # Every value is built here from validated models, so it is not validated again.
    return Posting.model_construct(
        role_id=role.id,
        title=local(title),
        company=company.name,
        slug=f"{slugify(company.name)}-{role.id}",
        date_posted=date_posted,
        headline=local(title),
        intro=local(_intro(company, industry_name, location, title, ctx.values.get("org"))),
        about=company.about,
        summary=local_all(summary),
        location=location,
        arrangement=company.arrangement,
        arrangement_label=ARRANGEMENT_LABELS.get(company.arrangement or ""),
        reports_to=boss.label,
        team=_team(options.team_size),
        compensation=format_pay(pay, country, locale) if pay else None,
        responsibilities=areas,
        required=local_all(requirements(role, chosen)),
        preferred=local_all(_unique(preferred)),
        skills=local_all(_unique(skills)),
        first_year=local_all(outcomes(role, chosen)),
        first_90_days=local_all(ctx.pick(role.success.first_90_days)),
        kpis=local_all(measures(role, chosen)),
        benefits=list(company.benefits),
        apply=company.apply or catalogue.text("apply.default", locale),
        apply_url=company.apply_url,
        apply_email=company.apply_email,
        eeo=eeo,
        keywords=_unique(local_all(keywords)),
        industry=company.industry,
        onet_soc=role.onet_soc,
        size=size,
        invitation=catalogue.text("invitation", locale),
        places=list(company.locations),
        pay=pay,
        employment_type=list(company.employment_type),
        employment_label=", ".join(EMPLOYMENT_LABELS[t] for t in company.employment_type)
        or None,
        valid_through=_valid_through(options, company, date_posted),
        identifier=options.posting_id,
        direct_apply=company.direct_apply,
        website=company.website,
        logo=company.logo,
        logo_file=company.logo_file,
        applicant_locations=applicants if company.arrangement == "remote" else [],
        language=locale,
        locale=locale,
    )


def _focus(role: Role, wanted: str | None) -> tuple[str | None, FocusVariant | None]:
    if not wanted:
        return None, None
    key = normalise(wanted)
    focus = role.focus.get(key)
    if focus is None:
        known = ", ".join(sorted(role.focus)) or "none"
        raise JdgenError(f"role '{role.id}' has no focus '{wanted}'; choose one of: {known}")
    return key, focus


def _areas(role: Role, ctx: Context, emphasis: IndustryEmphasis | None,
           focus: FocusVariant | None, omitted: frozenset[str]) -> list[Area]:
    """Each area's paragraph and bullets; the focus's lead area first."""
    lead = focus.lead_area.casefold() if focus and focus.lead_area else None
    areas = []
    for area in role.responsibilities:
        key = area.name.casefold()
        if key in omitted:
            continue
        bullets = ctx.pick(focus.responsibilities) if focus and key == lead else []
        bullets += ctx.pick(area.bullets)
        if emphasis:
            bullets += [ctx.fill(d.text) for d in emphasis.duties
                        if d.area.casefold() == key and ctx.matches(d.when)]
        summary = ctx.first(area.summary)
        if summary or bullets:
            areas.append(Area.model_construct(name=area.name, summary=summary,
                                              bullets=_unique(bullets)))
    if lead:
        areas.sort(key=lambda a: a.name.casefold() != lead)
    return areas


def warnings(role: Role, company: Company, options: Options | None = None) -> dict[str, str]:
    """What the posting cannot say because the inputs do not give it, by topic."""
    found = {}
    if options is not None and not options.reports_to:
        phrase = unnamed(size_tier(company), role.scope == "company-wide").phrase
        found["reports_to"] = (f"no manager given: the posting says the {role.title} reports "
                               f"to {phrase} and names no job title; add --reports-to (for "
                               "example --reports-to CEO, or a reports_to column in a manifest)")
    varies = any(key != "general" for key in role.industries)  # else no industry is unknown
    if varies and company.industry and not match_industry(role, company.industry)[1]:
        close = closest_industries(role, company.industry)
        hint = f"closest: {', '.join(close)}" if close else (
            f"see 'jdgen show {role.id}' for the industries it knows")
        found["industry"] = (f"industry '{company.industry}' is not one the {role.title} role "
                             f"knows, so the duties use general wording ({hint})")
    if not (company.apply or company.apply_url or company.apply_email):
        found["apply"] = ("no way to apply given: the posting says what to send but not where; "
                          "add --apply-url, --apply-email or 'apply' in the company file")
    if not company.locations and company.arrangement != "remote":
        found["location"] = "no location given: add --location, or --remote for a remote role"
    elif company.arrangement is None:
        found["arrangement"] = "no work arrangement given: add --onsite, --hybrid or --remote"
    if company.locations and not company.benefits:
        laws = _benefit_laws(company)
        if laws:
            law = ("law of " + laws[0] + " asks") if len(laws) == 1 else (
                f"laws of {', '.join(laws[:-1])} and {laws[-1]} ask")
            found["benefits"] = (f"no benefits given, and the pay-transparency {law} for a "
                                 "description of benefits: add --benefit or 'benefits' in the "
                                 "company file")
    return found


def _benefit_laws(company: Company) -> list[str]:
    return list(_laws_asking_for_benefits(company.locations[0].display(),
                                          company.arrangement == "remote", company.employees))


@lru_cache(maxsize=1024)
def _laws_asking_for_benefits(location: str, remote: bool, employees: int | None
                              ) -> tuple[str, ...]:
    """Names of the pay laws that cover ``location`` and ask postings to describe benefits."""
    from jdgen.tailoring.paytable import pay_table, split_location

    parts, _ = split_location(location)
    return tuple(j.name for j in pay_table().jurisdictions if j.benefits
                 and j.covers(parts, remote)
                 and (employees is None or employees >= j.min_employees))


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
        place = loc.place  # 'London': GB; 'Austin, TX': Texas, US
        if place.country:
            areas.append(ApplicantArea(country=place.country, region=place.region))
    return areas


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return out


def _describe(company: Company, industry: str | None, noun: str | None = None) -> str | None:
    """'a fast-growing logistics business of 250 people', or None.

    ``noun`` is the role's ``org`` term where it has one ('nonprofit organization').
    """
    stage = {"startup": "early-stage", "growth": "fast-growing", "established": "established"}
    words = []
    if company.stage:
        words.append(stage[company.stage])
    if industry:
        words.append(industry)
    if not words and not company.employees:
        return None
    phrase = " ".join(words + [noun or "business"])
    if company.employees:
        people = "person" if company.employees == 1 else "people"
        phrase += f" of {company.employees:,} {people}"
    return f"{article(phrase)} {phrase}"


def _intro(company: Company, industry: str | None, location: str | None, title: str,
           noun: str | None = None) -> str:
    """'Acme, an established software business of 80 people based in Leeds, is hiring a COO.'"""
    described = _describe(company, industry, noun)
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


def _reporting(boss: Manager, team_size: int | None) -> str:
    line = f"You will report to {boss.introduction}"
    if team_size:
        people = "person" if team_size == 1 else "people"
        aside = "," if boss.introduction != boss.phrase else ""  # 'Dana Kim, our CEO, and'
        return f"{line}{aside} and lead a team of {team_size:,} {people}."
    return f"{line}."


def _team(team_size: int | None) -> str | None:
    if not team_size:
        return None
    return f"{team_size:,} direct and indirect report{'s' if team_size != 1 else ''}"


def _arrangement(arrangement: str | None, location: str | None) -> str | None:
    if arrangement == "remote":
        where = f", open to candidates based in {place(location)}" if location else ""
        return f"This is a fully remote role{where}."
    if arrangement == "hybrid":
        if location:
            return (f"This is a hybrid role: you split your week between home and on-site "
                    f"work in {place(location)}.")
        return "This is a hybrid role: you split your week between home and on-site work."
    if arrangement == "onsite":
        where = f" in {place(location)}" if location else ""
        return f"This is an on-site role{where}."
    return None
