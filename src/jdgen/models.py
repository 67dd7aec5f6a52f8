"""Pydantic models: what a role, a company and a posting are.

Every model forbids unknown keys, so a misspelt field in a YAML file is an
error rather than silently ignored, and every field carries a description so
the generated JSON Schema documents itself.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import TYPE_CHECKING, Annotated, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    model_validator,
)

from jdgen.inputs.countries import country_code
from jdgen.inputs.currencies import CURRENCIES

if TYPE_CHECKING:
    from pydantic import GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue
    from pydantic_core import CoreSchema

    from jdgen.locale.places import Place

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

# Everything that ends a line for someone: Python's str.splitlines, Unicode, a terminal.
# A single-line field holding one could start a new Markdown block (a heading, a code block).
_LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Invisible characters that reorder or hide text: bidi marks, embeddings, overrides and
# isolates ("Trojan Source"), the deprecated format controls, interlinear annotations and
# the tag characters that can smuggle hidden ASCII. None belongs in a job posting.
_HIDDEN = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u206f\ufff9-\ufffb"
                     "\U000e0000-\U000e007f]")
# Letters that draw nothing (Hangul fillers, the braille blank, ...).
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def _char_name(ch: str) -> str:
    """'U+2028 LINE SEPARATOR' (controls have no name: 'U+000D')."""
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X}" + (f" {name}" if name else "")


def _clean_line(value: str) -> str:
    """Reject text that cannot sit on one line of a document."""
    found = _LINE_BREAKS.search(value)
    if found:
        raise ValueError(f"must be a single line (found {_char_name(found.group())})")
    return _clean_text(value)


def _clean_text(value: str) -> str:
    """Reject control, bidi and other hidden characters and lone surrogates; NFC.

    Text of several lines keeps only its paragraphs: each line is stripped of
    its indentation and trailing spaces (which Markdown would read as a code
    block or a hard break), and ``\\r\\n`` becomes ``\\n``. The result must
    show at least one visible character: a name made of zero-width spaces or
    combining marks alone is as good as none.
    """
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(value):
        raise ValueError("contains a control character")
    found = _LINE_BREAKS.search(value.replace("\n", ""))
    if found:
        raise ValueError(f"contains a line break other than a newline "
                         f"({_char_name(found.group())})")
    found = _HIDDEN.search(value)
    if found:
        raise ValueError(f"contains an invisible formatting character "
                         f"({_char_name(found.group())})")
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        raise ValueError("contains invalid Unicode (a lone surrogate)")
    value = unicodedata.normalize("NFC", value)
    if "\n" in value:
        value = "\n".join(line.strip() for line in value.split("\n"))
    value = value.strip()
    if not value:
        raise ValueError("must not be empty")
    if not any(unicodedata.category(ch)[0] in "LNPS" and ch not in _BLANK_LETTERS
               for ch in value):
        raise ValueError("has no visible character")
    return value


def clean_line(value: str, max_length: int = 300) -> str:
    """Check a single line typed on the command line exactly as a model field would.

    Raises ``ValueError`` with the reason, for the option's error message.
    """
    if len(value) > max_length:
        raise ValueError(f"is {len(value):,} characters; the limit is {max_length}")
    return _clean_line(value)


Line = Annotated[str, Field(max_length=300), AfterValidator(_clean_line)]
ShortLine = Annotated[str, Field(max_length=120), AfterValidator(_clean_line)]
Text = Annotated[str, Field(max_length=5000), AfterValidator(_clean_text)]
Slug = Annotated[str, Field(pattern=_SLUG, max_length=64)]

Seniority = Literal["executive", "director", "senior-manager", "manager", "individual-contributor"]
Scope = Literal["company-wide", "functional"]
Stage = Literal["startup", "growth", "established"]
# How exports and people write each arrangement, with case, spaces and hyphens removed.
_ARRANGEMENT_NAMES = {
    "onsite": "onsite", "inoffice": "onsite", "office": "onsite", "officebased": "onsite",
    "inperson": "onsite", "hybrid": "hybrid", "flexiblehybrid": "hybrid", "remote": "remote",
    "fullyremote": "remote", "remoteonly": "remote", "remotefirst": "remote",
    "workfromhome": "remote",
}


def arrangement(value: object) -> object:
    """'On-site', 'In office', 'Hybrid', 'REMOTE' -> 'onsite', 'hybrid', 'remote'.

    Anything else is an error that names the three values; a value that is not
    text is left for the model to refuse.
    """
    if not isinstance(value, str):
        return value
    key = re.sub(r"[^a-z]", "", value.casefold())
    if key in _ARRANGEMENT_NAMES:
        return _ARRANGEMENT_NAMES[key]
    raise ValueError(f"'{value[:40]}' is not a work arrangement; use onsite, hybrid or remote "
                     "('On-site', 'In office', 'Hybrid' and 'Remote' are read too)")


Arrangement = Annotated[Literal["onsite", "hybrid", "remote"], BeforeValidator(arrangement)]
Period = Literal["hour", "day", "week", "month", "year"]
Size = Literal["small", "mid", "large"]
ManagerKind = Literal["chief-executive", "board", "coo", "other", "none"]
Sites = Literal["one", "several"]


class Strict(BaseModel):
    """Base for every model: unknown keys are errors, instances are immutable.

    A model's validator is built the first time it is needed, not at import:
    a build that takes its roles from the cache never validates one.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


# --------------------------------------------------------------------- roles


class When(Strict):
    """Conditions under which a text is used; every key given must match."""

    size: list[Size] | None = Field(
        default=None, description="Company size tiers: small (<50), mid (50-500), large (>500)."
    )
    stage: list[Stage] | None = Field(default=None, description="Company stages.")
    industry: list[Slug] | None = Field(
        default=None, description="Industry ids of this role ('general' when none matched)."
    )
    focus: list[Slug] | None = Field(
        default=None, description="Focus ids of this role, or 'none' for no focus."
    )
    reports_to: list[ManagerKind] | None = Field(
        default=None,
        description="Kind of manager: chief-executive (CEO, managing director, founder, "
                    "owner...), board, coo, other, or none when no manager was given.",
    )
    sites: list[Sites] | None = Field(
        default=None,
        description="How many places the company works from: one (one location, or none "
                    "given) or several (a site count above 1, else more than one location).",
    )


class LineVariant(Strict):
    """A one-line text used only when its conditions match."""

    text: Line = Field(description="The text; may use {placeholders}.")
    when: When = Field(default_factory=When, description="When to use it.")


class TextVariant(Strict):
    """A paragraph used only when its conditions match."""

    text: Text = Field(description="The paragraph; may use {placeholders}.")
    when: When = Field(default_factory=When, description="When to use it.")


def _listed(value: object) -> object:
    return [value] if isinstance(value, str | dict) else value


def _form(value: object) -> str:
    return "conditional" if isinstance(value, dict | BaseModel) else "plain"


# Union tags: a mapping is read as a conditional text, anything else as plain text, so an
# error names one reading, not both. validation.UNION_TAGS strips them from error paths.
LineItem = Annotated[
    Annotated[Line, Tag("plain")] | Annotated[LineVariant, Tag("conditional")],
    Discriminator(_form),
]
TextItem = Annotated[
    Annotated[Text, Tag("plain")] | Annotated[TextVariant, Tag("conditional")],
    Discriminator(_form),
]
Lines = Annotated[list[LineItem], Field(max_length=60)]
# A paragraph list may also be written as one plain paragraph.
Paragraphs = Annotated[
    list[TextItem], Field(max_length=30),
    BeforeValidator(_listed, json_schema_input_type=Text | list[TextItem]),
]
Terms = Annotated[dict[Slug, ShortLine], Field(max_length=40)]


class ResponsibilityArea(Strict):
    """One area of responsibility: a short paragraph, then the concrete things done in it."""

    id: Slug | None = Field(
        default=None,
        description="Stable id a role overlay uses to address the area (default: its name "
                    "in lower case with hyphens).",
        examples=["strategic-planning"],
    )
    name: ShortLine = Field(
        description="Heading for the area, e.g. 'Strategic planning'.",
        examples=["Strategic planning", "Supplier and vendor management"],
    )
    summary: Paragraphs = Field(
        default_factory=list,
        description="The area's paragraph: the first item whose conditions match.",
    )
    bullets: Lines = Field(
        default_factory=list, description="What the person does here: every matching item."
    )


class Qualifications(Strict):
    """What a candidate must have, and what would help."""

    required: Lines = Field(min_length=1, description="Must-have experience and abilities.")
    preferred: Lines = Field(default_factory=list, description="Nice-to-have extras.")


class Success(Strict):
    """What good looks like once the person is in the seat."""

    first_year: Lines = Field(
        default_factory=list,
        description="Outcomes expected by the end of the first year, in the present tense.",
    )
    first_90_days: Lines = Field(
        default_factory=list, description="Outcomes expected in the first 90 days."
    )
    kpis: Lines = Field(min_length=1, description="Measures the role is judged on.")


class FocusVariant(Strict):
    """A specialisation of the role, e.g. a supply-chain Director of Operations."""

    label: ShortLine = Field(
        description="Lower-case name used in sentences, e.g. 'supply chain'.",
        examples=["supply chain", "process optimization"],
    )
    summary: Text = Field(description="One or two sentences on what this focus means day to day.")
    lead_area: ShortLine | None = Field(
        default=None, description="Responsibility area to list first for this focus."
    )
    terms: Terms = Field(
        default_factory=dict,
        description="Words this focus uses, overriding the role's and the industry's terms, "
                    "e.g. area: the supply chain.",
    )
    responsibilities: Lines = Field(
        default_factory=list, description="Extra bullets, first in the lead area."
    )
    skills: Lines = Field(default_factory=list, description="Extra skills for this focus.")
    required: Lines = Field(
        default_factory=list, description="Must-haves of this focus, listed before the "
        "industry's."
    )
    preferred: Lines = Field(
        default_factory=list, description="Preferred qualifications of this focus."
    )
    first_year: Lines = Field(
        default_factory=list, description="First-year outcomes of this focus, listed first."
    )
    kpis: Lines = Field(default_factory=list, description="Measures of this focus, listed first.")


class Duty(Strict):
    """An industry-specific bullet, placed in one responsibility area."""

    area: ShortLine = Field(description="Name of the responsibility area it belongs to.")
    text: Line = Field(description="The bullet; may use {placeholders}.")
    when: When = Field(default_factory=When, description="When to use it.")


class IndustryEmphasis(Strict):
    """How the role changes in one industry."""

    label: ShortLine = Field(
        description="Name used in sentences, e.g. 'manufacturing'.",
        examples=["manufacturing", "retail and e-commerce"],
    )
    aliases: list[ShortLine] = Field(
        default_factory=list, description="Other names a user may type, e.g. 'saas'."
    )
    terms: Terms = Field(
        default_factory=dict,
        description="Words this industry uses, overriding the role's terms, e.g. site: plant.",
    )
    context: Paragraphs = Field(
        default_factory=list, description="What the role means in this industry (prose)."
    )
    duties: list[Duty] = Field(
        default_factory=list, max_length=20,
        description="Industry-specific bullets, each added to a named responsibility area.",
    )
    required: Lines = Field(default_factory=list, description="Industry-specific must-haves.")
    preferred: Lines = Field(
        default_factory=list, description="Industry-specific preferred qualifications."
    )
    first_year: Lines = Field(default_factory=list, description="Industry-specific outcomes.")
    kpis: Lines = Field(default_factory=list, description="Industry-specific measures.")
    omit: list[Line] = Field(
        default_factory=list,
        description="Responsibility areas (by name), skills or measures, word for word, that "
                    "do not apply in this industry.",
        examples=[["Inventory management", "Inventory planning"]],
    )


class HiringFit(Strict):
    """Facts about a business that make this role the right hire."""

    gap: Literal["company-wide", "one-area"] = Field(
        description="Whether the role fills a company-wide gap or one operational area."
    )
    employees_min: int | None = Field(default=None, ge=1, description="Smallest typical company.")
    employees_max: int | None = Field(default=None, ge=1, description="Largest typical company.")
    stages: list[Stage] = Field(default_factory=list, description="Stages where it fits best.")
    signals: list[Line] = Field(
        default_factory=list, description="Plain-language signs that this is the hire to make."
    )


class Role(Strict):
    """A job role: the facts every posting for it is built from."""

    id: Slug = Field(
        description="Stable identifier, used in file names, e.g. 'coo'.",
        examples=["coo", "director-of-operations", "head-of-supply"],
    )
    title: ShortLine = Field(
        description="Job title as it appears on the posting.",
        examples=["Chief Operating Officer", "Head of Supply"],
    )
    aliases: list[ShortLine] = Field(
        default_factory=list, description="Other names that select this role (case-insensitive)."
    )
    level: Seniority = Field(description="Seniority level.", examples=["director"])
    reports_to: ShortLine = Field(
        description="Title the role usually reports to, shown by 'jdgen show' and 'jdgen "
                    "compare'; a posting names a manager only when one is given.",
        examples=["Chief Executive Officer", "Chief Operating Officer"],
    )
    works_with: list[ShortLine] = Field(
        default_factory=list, description="People and teams the role works most closely with."
    )
    summary: Paragraphs = Field(
        min_length=1,
        description="'The role' paragraphs: every item whose conditions match, in order.",
    )
    terms: Terms = Field(
        default_factory=dict,
        description="Default words for {placeholders} in the role's texts, e.g. site: site; "
                    "each industry may override them.",
    )
    scope: Scope = Field(
        description="Company-wide, or one operational function.", examples=["functional"]
    )
    scope_description: Text = Field(description="One sentence describing the scope.")
    typical_team: Line | None = Field(default=None, description="Who typically reports in.")
    responsibilities: list[ResponsibilityArea] = Field(
        min_length=1, max_length=12, description="Areas of responsibility."
    )
    qualifications: Qualifications = Field(description="Required and preferred qualifications.")
    skills: Lines = Field(min_length=1, description="Skills the role calls on.")
    success: Success = Field(description="First-year outcomes and measures.")
    focus: dict[Slug, FocusVariant] = Field(
        default_factory=dict, description="Optional specialisations, keyed by id."
    )
    industries: dict[Slug, IndustryEmphasis] = Field(
        default_factory=dict,
        description="Per-industry emphasis, keyed by id; 'general' is the fallback.",
    )
    onet_soc: str = Field(
        pattern=r"^\d{2}-\d{4}\.\d{2}$",
        description="Matching O*NET-SOC occupation code, e.g. '11-1021.00'.",
        examples=["11-1021.00"],
    )
    fit: HiringFit | None = Field(default=None, description="When this role is the right hire.")

    @model_validator(mode="after")
    def _focus_lead_areas_exist(self) -> Role:
        names = {area.name.casefold() for area in self.responsibilities}
        keys = [area_key(area) for area in self.responsibilities]
        twice = sorted({key for key in keys if keys.count(key) > 1})
        if twice:
            raise ValueError(f"two responsibility areas have the id '{twice[0]}'; give each "
                             "area its own id (or name)")
        known = names | {text_of(item).casefold()
                         for item in [*self.skills, *self.success.kpis]}
        for key, emphasis in self.industries.items():
            for name in emphasis.omit:
                if name.casefold() not in known:
                    raise ValueError(
                        f"industry '{key}' omits '{name}', which is not a responsibility "
                        "area, skill or measure of this role"
                    )
        for key, variant in self.focus.items():
            if variant.lead_area and variant.lead_area.casefold() not in names:
                raise ValueError(
                    f"focus '{key}' names lead_area '{variant.lead_area}', "
                    "which is not one of the responsibility areas"
                )
        return self


def area_key(area: ResponsibilityArea) -> str:
    """The id an overlay addresses an area by: its own, else its name as a slug."""
    if area.id:
        return area.id
    return re.sub(r"[^a-z0-9]+", "-", area.name.casefold()).strip("-") or "area"


def text_of(item: str | LineVariant | TextVariant) -> str:
    """The text of a plain or conditional item."""
    return item if isinstance(item, str) else item.text


# ------------------------------------------------------------------ company


def _currency(value: str) -> str:
    code = value.strip().upper()
    if code not in CURRENCIES:
        raise ValueError(f"'{value}' is not an ISO 4217 currency code (e.g. USD, EUR, GBP)")
    return code


Currency = Annotated[str, AfterValidator(_currency)]


class Compensation(Strict):
    """A pay range."""

    min: int = Field(
        gt=0, le=1_000_000_000, description="Lower end of the range.", examples=[140000]
    )
    max: int = Field(
        gt=0, le=1_000_000_000, description="Upper end of the range.", examples=[175000]
    )
    currency: Currency | None = Field(
        default=None, description="ISO 4217 currency code (default: the currency of the "
        "job's country, else of the locale's, else USD).", examples=["USD", "EUR", "GBP"]
    )
    symbol: Literal["$", "¥"] | None = Field(
        default=None, description="Set when the salary was written with a bare '$' or '¥': "
        "the job's country decides which dollar or yen (USD or JPY when it uses neither).",
    )
    period: Period = Field(default="year", description="What the amounts are paid per.")

    @model_validator(mode="after")
    def _ordered(self) -> Compensation:
        if self.max < self.min:
            raise ValueError(f"max ({self.max}) is below min ({self.min})")
        return self


def _country(value: str) -> str:
    if country_code(value) is None:
        raise ValueError(
            f"'{value}' is not an ISO 3166 country; give a two-letter code such as US, GB or DE"
        )
    return value


def _country_code(value: str) -> str:
    return country_code(_country(value)) or value


Country = Annotated[ShortLine, AfterValidator(_country)]
CountryCode = Annotated[ShortLine, AfterValidator(_country_code)]


def _locale(value: str) -> str:
    from jdgen.locale import check_locale

    return check_locale(value)


LocaleTag = Annotated[str, Field(max_length=120), AfterValidator(_locale)]


def _url(value: str) -> str:
    from urllib.parse import urlsplit

    bad = f"'{value}' is not a web address; give a full URL starting with https:// or http://"
    if any(ch.isspace() or ch in '<>"' for ch in value) or _CONTROL.search(value) \
            or _HIDDEN.search(value):
        raise ValueError(bad)
    if "\\" in value:  # browsers read it as '/', Markdown as an escape: no link survives it
        raise ValueError(f"'{value}' holds a backslash, which a web address may not; write "
                         "it as %5C (or use /)")
    try:
        parts = urlsplit(value)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        raise ValueError(bad) from None
    host = parts.hostname or ""
    if parts.scheme not in {"http", "https"} or not host or not port_ok or ".." in host:
        raise ValueError(bad)
    return value


Url = Annotated[str, Field(max_length=2000), AfterValidator(_url)]

_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")


def _email(value: str) -> str:
    value = value.strip()
    if not _EMAIL.match(value) or ".." in value:
        raise ValueError(f"'{value}' is not an email address like jobs@example.com")
    return value


Email = Annotated[str, Field(max_length=254), AfterValidator(_email)]

EMPLOYMENT_TYPES = (
    "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM",
    "OTHER",
)
EMPLOYMENT_LABELS = {
    "FULL_TIME": "Full-time", "PART_TIME": "Part-time", "CONTRACTOR": "Contractor",
    "TEMPORARY": "Temporary", "INTERN": "Internship", "VOLUNTEER": "Volunteer",
    "PER_DIEM": "Per diem", "OTHER": "Other",
}
_EMPLOYMENT_ALIASES = {"CONTRACT": "CONTRACTOR", "INTERNSHIP": "INTERN", "FULLTIME": "FULL_TIME",
                       "PARTTIME": "PART_TIME", "TEMP": "TEMPORARY", "FREELANCE": "CONTRACTOR",
                       "FIXED_TERM": "TEMPORARY", "FIXEDTERM": "TEMPORARY",
                       "SEASONAL": "TEMPORARY", "PERDIEM": "PER_DIEM"}


def employment_type(value: str) -> str:
    """'full-time', 'Full time' or 'FULL_TIME' -> 'FULL_TIME'; unknown names are errors."""
    code = re.sub(r"[\s-]+", "_", value.strip()).upper()
    code = _EMPLOYMENT_ALIASES.get(code, code)
    if code not in EMPLOYMENT_TYPES:
        raise ValueError(
            f"'{value}' is not an employment type; use one of {', '.join(EMPLOYMENT_TYPES)}"
        )
    return code


def _one_or_many(value: object) -> object:
    return [value] if isinstance(value, str) else value


EmploymentType = Annotated[str, AfterValidator(employment_type)]
EmploymentTypes = Annotated[
    list[EmploymentType], Field(max_length=8), BeforeValidator(_one_or_many)
]


class Location(Strict):
    """Where the job is, or where a remote hire may live."""

    expected_as: ClassVar[str] = "a place"  # 'Austin, TX' or a mapping, in error messages

    street_address: Line | None = Field(
        default=None, description="Street address of the workplace, e.g. '1200 Market St'."
    )
    city: ShortLine | None = Field(
        default=None, description="City or town.", examples=["Denver"]
    )
    region: ShortLine | None = Field(
        default=None, description="State, province or region.", examples=["CO"]
    )
    postal_code: Annotated[str, Field(max_length=20), AfterValidator(_clean_line)] | None = (
        Field(default=None, description="Postal or ZIP code.")
    )
    country: Country | None = Field(
        default=None, description="Country: ISO 3166 code (US, GB, DE) or English name."
    )

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: object) -> object:
        """Accept 'Austin, TX' as ``--location`` and a manifest's ``location`` do."""
        if isinstance(value, str):
            from jdgen.locale.places import split_place

            return split_place(value)
        if not isinstance(value, dict | Location):
            kind = ("a list" if isinstance(value, list) else "nothing (null)" if value is None
                    else "true or false" if isinstance(value, bool) else "a number"
                    if isinstance(value, int | float) else "something else")
            raise ValueError(f"expected a place such as 'Austin, TX', or a mapping of city, "
                             f"region and country; found {kind}")
        return value

    @classmethod
    def __get_pydantic_json_schema__(cls, core: CoreSchema,
                                     handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        mapping = handler(core)
        return {"anyOf": [{"type": "string", "maxLength": 300, "examples": ["Austin, TX"],
                           "description": "'City, Region, Country' as on the command line."},
                          mapping]}

    @model_validator(mode="after")
    def _something(self) -> Location:
        if not (self.city or self.region or self.country):
            raise ValueError("give at least one of city, region or country")
        return self

    @property
    def place(self) -> Place:
        """How the place reads: locality, ISO 3166-2 region and ISO country (cached)."""
        from jdgen.locale.places import read_place

        return read_place(self.city, self.region, self.country)

    @property
    def country_code(self) -> str | None:
        """ISO 3166-1 alpha-2 code of the country, given or implied ('Austin, TX': US)."""
        return self.place.country

    @property
    def region_code(self) -> str | None:
        """ISO 3166-2 code of the region, given or implied ('Austin, TX': US-TX)."""
        return self.place.region_code

    def display(self) -> str:
        """The place as written: 'Denver, CO', 'Leeds, UK'; a country alone by its name."""
        if self.city and self.region:
            return f"{self.city}, {self.region}"
        country = self.country
        if country and not (self.city or self.region) and len(country) <= 3:
            from jdgen.inputs.countries import country_code, country_name

            code = country_code(country)
            country = country_name(code) if code else country  # 'US' reads as 'United States'
        return ", ".join(p for p in (self.city, self.region, country) if p)


class ApplicantArea(Strict):
    """Where a remote hire may live: a country, or a state or region within one."""

    country: CountryCode = Field(description="ISO 3166 country code or English name.")
    region: ShortLine | None = Field(
        default=None, description="State, province or region within the country."
    )

    def display(self) -> str:
        """'California, US' or 'United States'."""
        from jdgen.inputs.countries import country_name

        return f"{self.region}, {self.country}" if self.region else country_name(self.country)


class Company(Strict):
    """A hiring company, as read from a company profile or the command line."""

    name: ShortLine = Field(
        description="Company name as it should appear on the posting.",
        examples=["Northwind Traders"],
    )
    about: Text | None = Field(default=None, description="A short paragraph about the company.")
    industry: ShortLine | None = Field(
        default=None, description="Industry, e.g. 'manufacturing' or 'software'.",
        examples=["logistics", "software", "healthcare"],
    )
    employees: int | None = Field(
        default=None, ge=1, le=10_000_000, description="Headcount.", examples=[240]
    )
    stage: Stage | None = Field(
        default=None, description="Startup, growth or established.", examples=["growth"]
    )
    size: Size | None = Field(
        default=None,
        description="Size tier the posting is written for: small (<50 people), mid (50-500) "
                    "or large (>500); default from employees, else stage, else mid.",
    )
    locations: list[Location] = Field(default_factory=list, description="Where people work.")
    sites: int | None = Field(
        default=None, ge=1, le=1_000_000,
        description="Number of sites or locations the company operates (plants, clinics, "
                    "stores, branches...); postings speak of several only when it is above 1, "
                    "else when more than one location is given.",
        examples=[3],
    )
    arrangement: Arrangement | None = Field(
        default=None, description="On-site, hybrid, remote.", examples=["hybrid"]
    )
    compensation: Compensation | None = Field(default=None, description="Pay range.")
    benefits: list[Line] = Field(
        default_factory=list, description="Benefits offered.",
        examples=[["401(k) with a 4% company match", "20 days of paid time off"]],
    )
    eeo_statement: Text | None = Field(
        default=None, description="Equal opportunity statement, in the company's own words."
    )
    apply: Text | None = Field(default=None, description="How to apply, in a sentence or two.")
    apply_url: Url | None = Field(
        default=None, description="Link to the application form.",
        examples=["https://careers.example.com/jobs/123"],
    )
    apply_email: Email | None = Field(
        default=None, description="Address applications go to.", examples=["jobs@example.com"]
    )
    direct_apply: bool | None = Field(
        default=None, description="Whether apply_url lets candidates apply there directly."
    )
    website: Url | None = Field(default=None, description="Company website.")
    logo: Url | None = Field(default=None, description="Address of the company logo image.")
    logo_file: Line | None = Field(
        default=None, description="A PNG or JPEG of the company's logo, printed at the right "
        "of the title block in the Word and PDF documents; a path relative to the company "
        "file.",
        examples=["acme-logo.png"],
    )
    employment_type: EmploymentTypes = Field(
        default_factory=list,
        description="FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM "
        "or OTHER; one or a list.",
    )
    valid_for_days: int | None = Field(
        default=None, ge=1, le=366, description="How many days after posting applications close."
    )
    applicant_locations: list[ApplicantArea] = Field(
        default_factory=list,
        description="For remote roles: the countries or states applicants may live in.",
        max_length=50,
    )
    locale: LocaleTag | None = Field(
        default=None, description="Locale postings are written in: en-US, en-GB, en-CA, en-AU "
        "or en-IE (default: the job's country, else en-US).", examples=["en-GB"],
    )


# ------------------------------------------------------------------ posting


class Area(Strict):
    """A responsibility area as it appears on one posting."""

    name: str
    summary: str | None = None
    bullets: list[str]


class Posting(Strict):
    """Everything a posting template sees: role and company combined and tailored."""

    role_id: str
    title: str
    company: str
    slug: str
    date_posted: dt.date
    headline: str
    intro: str
    about: str | None
    summary: list[str]
    location: str | None
    arrangement: str | None
    arrangement_label: str | None
    reports_to: str | None
    team: str | None
    compensation: str | None
    responsibilities: list[Area]
    required: list[str]
    preferred: list[str]
    skills: list[str]
    first_year: list[str] = []
    first_90_days: list[str] = []
    kpis: list[str]
    benefits: list[str]
    apply: str
    apply_url: str | None
    apply_email: str | None = None
    eeo: str
    keywords: list[str]
    industry: str | None
    onet_soc: str
    size: Size = "mid"
    invitation: str | None = None
    places: list[Location] = []
    pay: Compensation | None = None
    employment_type: list[str] = []
    employment_label: str | None = None
    valid_through: dt.date | None = None
    identifier: str | None = None
    direct_apply: bool | None = None
    website: str | None = None
    logo: str | None = None
    logo_file: str | None = None  # where the company's logo picture is (see inputs/logo.py)
    applicant_locations: list[ApplicantArea] = []
    language: str = "en-US"
    locale: str = Field(default="en-US", description="BCP 47 tag of the posting's locale.")
