"""What a role overlay may say: a role file that ``extends`` another and states what differs.

The rules fit in three lines:

* a field given with a value replaces the base's (``title: Head of Retail Operations``);
* a list given as a list replaces the base's list; given as a mapping it edits it:
  ``remove`` texts (or areas), ``replace`` some, ``add`` new ones at the end;
* a mapping of entries (``focus``, ``industries``, ``terms``) edits the entries it names,
  adds the ones the base lacks, and removes those set to ``null``.

These models check an overlay's shape (and give the JSON Schema); the merge itself
works on the data as written (:mod:`jdgen.inputs.overlay`), then validates the merged
role exactly as any role file is validated.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Discriminator, Field, Tag

from jdgen.models import (
    Duty,
    HiringFit,
    Line,
    LineItem,
    Lines,
    Paragraphs,
    ResponsibilityArea,
    Scope,
    Seniority,
    ShortLine,
    Slug,
    Strict,
    Text,
    TextItem,
)

Key = Annotated[str, Field(min_length=1, max_length=5000)]


class LinesEdit(Strict):
    """Changes to a list of texts; what is not named stays as the base has it."""

    remove: list[Key] = Field(
        default_factory=list,
        description="Texts to drop, each written as the base writes it (or its first words).",
    )
    replace: dict[Key, LineItem] = Field(
        default_factory=dict,
        description="Base text (or its first words) -> the text that takes its place.",
    )
    add: Lines = Field(default_factory=list, description="Texts added after the base's.")


class ParagraphsEdit(Strict):
    """Changes to a list of paragraphs; what is not named stays as the base has it."""

    remove: list[Key] = Field(
        default_factory=list, description="Paragraphs to drop (their text, or its first words)."
    )
    replace: dict[Key, TextItem] = Field(
        default_factory=dict, description="Base paragraph (or its first words) -> its new text."
    )
    add: list[TextItem] = Field(
        default_factory=list, max_length=30, description="Paragraphs added after the base's."
    )


def _shape(value: object) -> str:
    """A mapping without ``text`` is an edit; anything else is the value itself."""
    return "edit" if isinstance(value, dict) and "text" not in value else "value"


EditLines = Annotated[
    Annotated[Lines, Tag("value")] | Annotated[LinesEdit, Tag("edit")], Discriminator(_shape)
]
EditParagraphs = Annotated[
    Annotated[Paragraphs, Tag("value")] | Annotated[ParagraphsEdit, Tag("edit")],
    Discriminator(_shape),
]
EditNames = Annotated[
    Annotated[list[ShortLine], Tag("value")] | Annotated[LinesEdit, Tag("edit")],
    Discriminator(_shape),
]
TermsEdit = Annotated[dict[Slug, ShortLine | None], Field(max_length=40)]


class AreaEdit(Strict):
    """Changes to one responsibility area of the base."""

    name: ShortLine | None = Field(
        default=None, description="A new heading (focus and industry references follow it)."
    )
    summary: EditParagraphs | None = Field(default=None, description="The area's paragraph.")
    bullets: EditLines | None = Field(default=None, description="What the person does here.")


class AreasEdit(Strict):
    """Changes to the responsibility areas; each is named by its id or its name."""

    remove: list[ShortLine] = Field(default_factory=list, description="Areas to drop.")
    replace: dict[ShortLine, ResponsibilityArea] = Field(
        default_factory=dict, description="Area -> a whole new area in its place."
    )
    change: dict[ShortLine, AreaEdit] = Field(
        default_factory=dict, description="Area -> what changes in it (name, summary, bullets)."
    )
    add: list[ResponsibilityArea] = Field(
        default_factory=list, max_length=12, description="New areas, after the base's."
    )


EditAreas = Annotated[
    Annotated[list[ResponsibilityArea], Tag("value")] | Annotated[AreasEdit, Tag("edit")],
    Discriminator(_shape),
]


class DutiesEdit(Strict):
    """Changes to an industry's duties; a duty is named by its text."""

    remove: list[Key] = Field(default_factory=list, description="Duties to drop, by text.")
    add: list[Duty] = Field(default_factory=list, max_length=20, description="New duties.")


EditDuties = Annotated[
    Annotated[list[Duty], Tag("value")] | Annotated[DutiesEdit, Tag("edit")],
    Discriminator(_shape),
]


class QualificationsEdit(Strict):
    """Changes to the required and preferred qualifications."""

    required: EditLines | None = Field(default=None, description="Must-haves.")
    preferred: EditLines | None = Field(default=None, description="Nice-to-haves.")


class SuccessEdit(Strict):
    """Changes to the outcomes and measures."""

    first_year: EditLines | None = Field(default=None, description="First-year outcomes.")
    first_90_days: EditLines | None = Field(default=None, description="First-90-days outcomes.")
    kpis: EditLines | None = Field(default=None, description="Measures.")


class FocusEdit(Strict):
    """Changes to one focus variant (or, for an id the base lacks, a whole new one)."""

    label: ShortLine | None = Field(default=None, description="Name used in sentences.")
    summary: Text | None = Field(default=None, description="What this focus means.")
    lead_area: ShortLine | None = Field(default=None, description="Area listed first.")
    terms: TermsEdit | None = Field(default=None, description="Words this focus uses.")
    responsibilities: EditLines | None = Field(default=None, description="Extra bullets.")
    skills: EditLines | None = Field(default=None, description="Extra skills.")
    required: EditLines | None = Field(default=None, description="Focus must-haves.")
    preferred: EditLines | None = Field(default=None, description="Focus nice-to-haves.")
    first_year: EditLines | None = Field(default=None, description="Focus outcomes.")
    kpis: EditLines | None = Field(default=None, description="Focus measures.")


class IndustryEdit(Strict):
    """Changes to one industry's emphasis (or, for an id the base lacks, a new industry)."""

    label: ShortLine | None = Field(default=None, description="Name used in sentences.")
    aliases: EditNames | None = Field(default=None, description="Other names a user may type.")
    terms: TermsEdit | None = Field(default=None, description="Words this industry uses.")
    context: EditParagraphs | None = Field(default=None, description="What the role means here.")
    duties: EditDuties | None = Field(default=None, description="Industry-specific bullets.")
    required: EditLines | None = Field(default=None, description="Industry must-haves.")
    preferred: EditLines | None = Field(default=None, description="Industry nice-to-haves.")
    first_year: EditLines | None = Field(default=None, description="Industry outcomes.")
    kpis: EditLines | None = Field(default=None, description="Industry measures.")
    omit: EditNames | None = Field(default=None, description="Areas, skills or measures to drop.")


class RoleOverlay(Strict):
    """A role that starts from another (``extends``) and states only what differs."""

    extends: ShortLine = Field(
        description="Id of the role this one starts from (built-in or your own). With the "
                    "overlay's own id, the role of that id further down the search path.",
        examples=["coo", "director-of-operations"],
    )
    id: Slug = Field(description="This role's id; the base's id replaces the base.",
                     examples=["acme-coo", "coo"])
    title: ShortLine | None = Field(default=None, description="Job title on the posting.")
    aliases: EditNames | None = Field(default=None, description="Other names for this role.")
    level: Seniority | None = Field(default=None, description="Seniority level.")
    reports_to: ShortLine | None = Field(default=None, description="Default manager's title.")
    works_with: EditNames | None = Field(default=None, description="Closest colleagues.")
    summary: EditParagraphs | None = Field(default=None, description="'The role' paragraphs.")
    terms: TermsEdit | None = Field(default=None, description="Words for {placeholders}.")
    scope: Scope | None = Field(default=None, description="Company-wide or functional.")
    scope_description: Text | None = Field(default=None, description="The scope in a sentence.")
    typical_team: Line | None = Field(default=None, description="Who typically reports in.")
    responsibilities: EditAreas | None = Field(
        default=None, description="Areas of responsibility: a list replaces them all; a "
                                  "mapping removes, replaces, changes or adds areas."
    )
    qualifications: QualificationsEdit | None = Field(
        default=None, description="Required and preferred qualifications."
    )
    skills: EditLines | None = Field(default=None, description="Skills the role calls on.")
    success: SuccessEdit | None = Field(default=None, description="Outcomes and measures.")
    focus: dict[Slug, FocusEdit | None] | None = Field(
        default=None, description="Focus variants: edit, add, or null to remove."
    )
    industries: dict[Slug, IndustryEdit | None] | None = Field(
        default=None, description="Industries: edit, add, or null to remove."
    )
    onet_soc: Annotated[str, Field(pattern=r"^\d{2}-\d{4}\.\d{2}$")] | None = Field(
        default=None, description="O*NET-SOC occupation code."
    )
    fit: HiringFit | None = Field(default=None, description="When this role is the right hire.")


def is_overlay(data: Any) -> bool:
    """Whether a role file's data is an overlay (it names a role it ``extends``)."""
    return isinstance(data, dict) and "extends" in data

