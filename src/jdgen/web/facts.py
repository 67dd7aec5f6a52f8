"""The form and the facts: what a submitted form asks jdgen to build.

:func:`read_form` turns the form's fields into the role, the company (a
mapping of profile fields) and the posting's facts, as :func:`jdgen.api.build_posting`
takes them; :func:`field_of` says which form field an error line concerns.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jdgen.models import Company

# Posting facts, in the order the form and the command line show them.
FACTS = ("company_name", "industry", "employees", "stage", "size", "sites", "location",
         "arrangement",
         "salary", "currency", "period", "reports_to", "team_size", "focus", "date",
         "valid_through", "apply_url", "apply_email", "locale")
# Company-profile fields the form sets that no build option does.
PROFILE = ("about", "website", "logo")
LONG = {"about": 5000, "benefits": 5000}
SHORT = 300


@dataclass
class Ask:
    """One posting the form asks for."""

    role: str
    company: dict[str, Any]
    facts: dict[str, Any]
    file_name: str | None = None  # the company file the command line names, when it needs one
    logo_name: str | None = None  # a logo image in the start folder (--logo-file)
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str | None:
        value = self.facts.get("company_name") or self.company.get("name")
        return str(value) if value else None


def read_form(form: Mapping[str, str], base: Company | None) -> Ask:
    """The posting ``form`` asks for, on top of the company profile ``base`` (if any)."""
    values = {key: str(form.get(key, "")).strip() for key in (*FACTS, *PROFILE)}
    errors: dict[str, str] = {}
    for key, value in values.items():
        if len(value) > LONG.get(key, SHORT):
            errors[key] = f"{key}: too long (at most {LONG.get(key, SHORT):,} characters)"
    facts: dict[str, Any] = {k: values[k] for k in FACTS if values[k] and k not in errors}
    benefits = [line.strip() for line in str(form.get("benefits", "")).splitlines()]
    if len("\n".join(benefits)) > LONG["benefits"]:
        errors["benefits"] = "benefits: too long (at most 5,000 characters)"
    elif any(benefits):
        facts["benefits"] = [line for line in benefits if line]
    company = base.model_dump(mode="json", exclude_none=True, exclude_defaults=True) \
        if base is not None else {}
    company.update({k: values[k] for k in PROFILE if values[k] and k not in errors})
    if facts.get("company_name"):
        company["name"] = facts["company_name"]
    if not company.get("name") and "company_name" not in errors:
        errors["company_name"] = "company_name: give the company's name (or choose a profile)"
    ask = Ask(role=str(form.get("role", "")).strip() or "coo", company=company, facts=facts,
              errors=errors)
    if base is not None or any(values[k] for k in PROFILE):
        ask.file_name = profile_name(ask.name or "company")
    return ask


def profile_name(company: str) -> str:
    """The file a company's profile is saved as: 'Acme Health' -> 'acme-health.yaml'."""
    slug = re.sub(r"[^a-z0-9]+", "-", company.casefold()).strip("-")[:60].strip("-")
    return f"{slug or 'company'}.yaml"


# Where an error line's first word points in the form.
_FIELDS = {"name": "company_name", "company_name": "company_name", "location": "location",
           "locations": "location", "compensation": "salary", "salary": "salary",
           "role": "role", "company_file": "profile", "logo_file": "logo_file"}


# Error lines that name no field first, and the field each is about.
_SAYINGS = ((re.compile(r"^role '[^']*' has no focus"), "focus"),
            (re.compile(r"^unknown role"), "role"))


def field_of(problem: str) -> str | None:
    """The form field an error line is about: 'salary: ...' -> 'salary'; None if none."""
    for pattern, name in _SAYINGS:
        if pattern.search(problem):
            return name
    head, sep, rest = problem.partition(":")
    if not sep:
        return None
    key = head.strip()
    if key == "company":
        inner, sep, _ = rest.strip().partition(":")
        key = inner.strip().split("[")[0] if sep else "company_name"
    if key in ("compensation.currency", "compensation.period"):
        return key.split(".")[1]
    key = key.split(".")[0].split("[")[0]
    if key in _FIELDS:
        return _FIELDS[key]
    if key in FACTS or key in PROFILE or key == "benefits":
        return key
    return None
