"""The batch manifest: defaults plus a list of postings, validated like role files."""

from __future__ import annotations

import datetime as dt
import os
import re
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, field_validator, model_validator

from jdgen.errors import DataError
from jdgen.inputs.validation import validate
from jdgen.inputs.yamlfile import YamlDoc, read_yaml, read_yaml_streaming
from jdgen.models import (
    Arrangement,
    Company,
    Compensation,
    Email,
    EmploymentTypes,
    Line,
    LocaleTag,
    Period,
    ShortLine,
    Size,
    Slug,
    Stage,
    Strict,
    Text,
    Url,
)
from jdgen.site.settings import Site

FORMATS = ("md", "docx", "pdf", "html", "json")
PROFILE_SUFFIXES = (".yaml", ".yml")


def is_profile_path(text: str) -> bool:
    """Whether a manifest's ``company`` value names a profile file rather than a company.

    It does when it ends in .yaml or .yml, or holds a slash or backslash, as a path does
    and a company's name (for which there is ``company_name``) hardly ever does.
    """
    return text.strip().casefold().endswith(PROFILE_SUFFIXES) or bool(re.search(r"[/\\]", text))


Format = Annotated[str, Field(pattern=r"^(md|docx|pdf|html|json)$")]


class PostingFields(Strict):
    """Facts a posting may set; manifest defaults use the same fields."""

    company: Line | None = Field(
        default=None,
        description="The company's name, as --company takes it. A value ending in .yaml or "
                    ".yml, or holding a slash, is read as a profile file, as company_file is.",
    )
    company_file: Line | None = Field(
        default=None,
        description="Company profile YAML, as --company-file takes it: relative to the "
                    "manifest and inside its folder.",
    )
    company_name: ShortLine | None = Field(
        default=None, description="Company name, overriding the profile's (same as company)."
    )

    @model_validator(mode="before")
    @classmethod
    def _company_name_or_file(cls, value: Any) -> Any:
        """Read ``company`` as --company reads it (a name), or as a file when it is one."""
        if not isinstance(value, dict) or not isinstance(value.get("company"), str):
            return value
        data = dict(value)
        given = data["company"]
        if not is_profile_path(given):
            if data.get("company_name") not in (None, given):
                raise ValueError("company and company_name both give a name; give one of them")
            return data
        if data.get("company_file") not in (None, given):
            raise ValueError("company and company_file both give a profile file; give one of them")
        data["company_file"] = data.pop("company")
        return data
    industry: ShortLine | None = Field(default=None, description="Industry.")
    employees: int | None = Field(default=None, ge=1, le=10_000_000, description="Headcount.")
    stage: Stage | None = Field(default=None, description="Company stage.")
    size: Size | None = Field(
        default=None, description="Size tier to write for: small, mid or large."
    )
    location: Line | None = Field(default=None, description="Where the job is, e.g. 'Denver, CO'.")
    arrangement: Arrangement | None = Field(default=None, description="onsite, hybrid or remote.")
    salary: Compensation | Line | None = Field(
        default=None, description="Pay range: '140000-175000', '85k-100k', '£60k-£75k', or a "
        "mapping of min, max, currency and period.")
    currency: ShortLine | None = Field(default=None, description="ISO 4217 code for salary.")
    period: Period | None = Field(default=None, description="Pay period for salary.")
    reports_to: ShortLine | None = Field(default=None, description="Who the role reports to.")
    team_size: int | None = Field(default=None, ge=1, le=100_000, description="Team led.")
    focus: ShortLine | None = Field(default=None, description="Focus variant id.")
    date: dt.date | None = Field(default=None, description="Posting date.")
    valid_through: dt.date | None = Field(
        default=None, description="Last day applications are accepted."
    )
    valid_for_days: int | None = Field(
        default=None, ge=1, le=366, description="Applications close this many days after posting."
    )
    employment_type: EmploymentTypes | None = Field(
        default=None, description="FULL_TIME, PART_TIME, CONTRACTOR, ... (one or a list)."
    )
    direct_apply: bool | None = Field(
        default=None, description="Whether the apply link lets candidates apply directly."
    )
    apply_url: Url | None = Field(default=None, description="Where candidates apply online.")
    apply_email: Email | None = Field(
        default=None, description="Where candidates email applications."
    )
    benefits: list[Line] | None = Field(
        default=None, max_length=40, description="Benefits offered (replaces the profile's)."
    )
    about: Text | None = Field(
        default=None, description="A short paragraph about the company (replaces the "
        "profile's).",
    )
    apply: Text | None = Field(
        default=None, description="How to apply, in a sentence or two (replaces the profile's)."
    )
    eeo_statement: Text | None = Field(
        default=None, description="Your own equal-opportunity statement (replaces the "
        "profile's; default: the statement for the job's country).",
    )
    sites: int | None = Field(
        default=None, ge=1, le=100_000,
        description="How many sites (offices, plants, stores ...) the company runs.",
    )
    locale: LocaleTag | None = Field(
        default=None, description="en-US, en-GB, en-CA, en-AU or en-IE; a company file's "
        "locale wins over this (default: the job's country, else en-US).",
    )

    @field_validator("date", "valid_through", mode="before")
    @classmethod
    def _iso_date(cls, value: Any) -> Any:
        """A date as YYYY-MM-DD (a timestamp's day is taken); '12/31/2026' says how to write it."""
        if not isinstance(value, str):
            return value
        text = value.strip()
        stamp = re.match(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}", text)
        if stamp:
            text = stamp.group(1)
        try:
            return dt.date.fromisoformat(text) if re.match(r"^\d{4}-\d{2}-\d{2}$", text) \
                else _not_a_date(text)
        except ValueError as exc:
            if "YYYY-MM-DD" in str(exc):
                raise
            raise ValueError(f"'{text[:40]}' is not a day of the calendar; use YYYY-MM-DD, "
                             "e.g. 2026-12-31") from None

    @field_validator("period", mode="before")
    @classmethod
    def _period_words(cls, value: Any) -> Any:
        """'Annual', 'Yearly', 'per hour', '1 YEAR' -> year, hour ..."""
        if not isinstance(value, str):
            return value
        key = re.sub(r"[^a-z]", "", value.casefold()).removeprefix("per")
        return _PERIODS.get(key, value)

    @field_validator("salary", mode="before")
    @classmethod
    def _salary_text(cls, value: Any) -> Any:
        """Accept '140000-175000' as well as a {min, max, currency, period} mapping.

        The text is checked here, so a bad range names its line, and kept as
        written, so messages about its currency quote it as the user wrote it.
        """
        if isinstance(value, str):
            from jdgen.inputs.facts import salary_fields

            salary_fields(value)
            return value.strip()
        return value


# How pay periods are written in exports, letters only: 'Annual', 'per hour', '1 YEAR'.
_PERIODS = {"year": "year", "yearly": "year", "annual": "year", "annually": "year",
            "annum": "year", "hour": "hour", "hourly": "hour", "day": "day", "daily": "day",
            "week": "week", "weekly": "week", "month": "month", "monthly": "month"}


def _not_a_date(text: str) -> dt.date:
    """Raise the message for a date written in another form than YYYY-MM-DD."""
    parts = re.match(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$", text)
    if parts:
        first, second, year = (int(part) for part in parts.groups())
        month, day, order = (second, first, "day/month") if first > 12 else \
            (first, second, "month/day")
        hint = (f" (as {order}: {year}-{month:02d}-{day:02d}), or declare the sheet's "
                "date_format (MM/DD/YYYY or DD/MM/YYYY) in its column mapping")
    else:
        hint = ""
    raise ValueError(f"'{text[:40]}' is not a date jdgen reads; use YYYY-MM-DD{hint}")


class Defaults(PostingFields):
    """Values every posting starts from."""

    formats: list[Format] = Field(
        default_factory=lambda: ["md"], min_length=1, max_length=5,
        description="Formats to write: md, docx, pdf, html, json.",
    )
    front_matter: bool = Field(
        default=False, description="Start Markdown files with YAML front matter."
    )


class PostingSpec(PostingFields):
    """One posting to build."""

    role: ShortLine = Field(description="Role id or alias, e.g. coo.")
    id: Slug | None = Field(
        default=None, description="Output file stem; default '<company>-<role>'."
    )
    formats: list[Format] | None = Field(
        default=None, min_length=1, max_length=5, description="Formats for this posting only."
    )


class Manifest(Strict):
    """A batch of postings: ``jdgen build --manifest postings.yaml``."""

    defaults: Defaults = Field(default_factory=Defaults, description="Shared values.")
    site: Site = Field(default_factory=Site, description="The careers site's look and address.")
    postings: list[PostingSpec] = Field(
        min_length=1, max_length=20_000, description="The postings to build."
    )


class ManifestFile(Strict):
    """What is checked before any posting: the defaults, and a list of postings.

    Each posting is validated as a :class:`PostingSpec` only when it is planned,
    so a long manifest never holds every validated posting at once and one bad
    posting fails alone. :class:`Manifest` describes the same file in full (for
    the JSON Schema).
    """

    defaults: Defaults = Field(default_factory=Defaults)
    site: Site = Field(default_factory=Site)
    postings: list[Any] = Field(min_length=1, max_length=20_000)


def load_manifest(path: Path) -> tuple[ManifestFile, YamlDoc]:
    """Read a whole manifest and check its defaults; the document keeps line numbers."""
    doc = read_yaml(path)
    if doc.data is None:
        raise DataError([f"{path}: file is empty; expected 'defaults' and 'postings'"])
    return validate(ManifestFile, doc), doc


class ManifestStream:
    """A manifest whose postings are read one at a time, however many there are.

    Opening it checks the whole file (YAML, the defaults, the list of postings)
    exactly as :func:`load_manifest` does, but keeps no posting: :meth:`postings`
    reads them again one by one. What it keeps per posting is its position, so
    any earlier posting can still be named in an error.
    """

    def __init__(self, path: Path) -> None:
        doc, streamed = read_yaml_streaming(path, "postings")
        if doc.data is None:
            raise DataError([f"{path}: file is empty; expected 'defaults' and 'postings'"])
        checked = validate(ManifestFile, doc)
        self.path = path
        self.defaults = checked.defaults
        self.site = checked.site
        self.count = len(checked.postings)
        # Every format some posting asks for, in first-seen order (complete once read).
        self.formats = list(dict.fromkeys(self.defaults.formats))
        # A list that could not be streamed (it has an anchor) is kept as it was read.
        self._items: Iterable[YamlDoc] = streamed or [
            YamlDoc(path, item, doc.marks, doc.key_marks) for item in doc.data["postings"]]
        self._places = array("I")  # line and column of each posting read so far

    def postings(self) -> Iterator[tuple[int, YamlDoc]]:
        """Each posting's index and its document (``.data`` is the posting as written)."""
        self._places = array("I")
        for index, item in enumerate(self._items):
            line, column = item.marks.get(("postings", index), (0, 0))
            self._places.extend((line, column))
            self._note_formats(item.data)
            yield index, item

    def where(self, index: int) -> str:
        """``file:line:col`` of posting ``index`` (one already read)."""
        line, column = self._places[2 * index], self._places[2 * index + 1]
        return f"{self.path}:{line}:{column}" if line else str(self.path)

    def _note_formats(self, raw: Any) -> None:
        extra = raw.get("formats") if isinstance(raw, dict) else None
        if isinstance(extra, list):
            for name in extra:
                if isinstance(name, str) and name in FORMATS and name not in self.formats:
                    self.formats.append(name)


class CompanyFiles:
    """The company profiles a manifest names: found next to it, each read once.

    A manifest may come from someone else (a pull request), so the files it
    names must be in its own folder or below, after symbolic links are
    followed; ``allow_outside`` (``--allow-outside``) lifts that for a manifest
    you trust. A refused path is never read, so its contents cannot show up in
    errors or the build report.
    """

    def __init__(self, base: Path, *, allow_outside: bool = False) -> None:
        self.base = base
        self.allow_outside = allow_outside
        self._read: dict[Path, Company | str] = {}

    def path(self, name: str) -> Path:
        """Where ``name`` (as written in the manifest) is; DataError if it may not be read."""
        path = self.base / name
        if self.allow_outside:
            return path
        from jdgen.inputs.reading import is_inside

        if not is_inside(path, self.base):
            raise DataError([f"company: '{name}' is outside the manifest's folder; a manifest "
                             "may name only files in its own folder or below (--allow-outside "
                             "allows others)"])
        return path

    def load(self, name: str) -> Company:
        """The profile ``name`` names, read and validated once however many postings use it."""
        from jdgen.build import load_company

        path = self.path(name)
        if path not in self._read:
            try:
                self._read[path] = load_company(
                    path, logo_within=None if self.allow_outside else self.base)
            except DataError as exc:
                hint = "" if os.path.lexists(path) else (
                    f" ('{name}' is read as a profile's path, relative to the manifest's "
                    "folder; for a company with no profile, give its name: 'company: Acme')")
                self._read[path] = "; ".join(exc.problems) + hint
        found = self._read[path]
        if isinstance(found, str):
            raise DataError([found])
        return found


def posting_spec(doc: YamlDoc, index: int, data: Any) -> PostingSpec:
    """Validate posting ``index``; errors name its file, line and field."""
    from pydantic import ValidationError

    from jdgen.inputs.validation import problems

    # A spreadsheet row's errors name the field alone (its cell gives the row and column).
    prefix: tuple[str | int, ...] = getattr(doc, "prefix", ("postings", index))
    # What a sheet's column mapping already found wrong in the row (salary parts ...).
    found = [f"{doc.where((name,))}: {name}: {message}"
             for name, message in getattr(doc, "problems", ())]
    try:
        spec = PostingSpec.model_validate(data)
    except ValidationError as exc:
        errors = [{**err, "loc": (*prefix, *err["loc"])} for err in exc.errors()]
        raise DataError(found + problems(
            Manifest if prefix else PostingSpec, errors,  # type: ignore[arg-type]
            lambda err: doc.where(err["loc"], key=err["type"] == "extra_forbidden"),
        )) from None
    if found:
        raise DataError(found)
    return spec
