"""What the app does with a submitted form: build through :mod:`jdgen.api`, lint, read back.

Kept apart from the routes so the benchmark and the tests call it directly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdgen.errors import DataError, JdgenError
from jdgen.web.facts import Ask, field_of, read_form

if TYPE_CHECKING:
    from markupsafe import Markup

    from jdgen.api import Builder, BuiltPosting
    from jdgen.lint import LintConfig
    from jdgen.models import Company
    from jdgen.web.preview import Note

FORMATS = ("docx", "pdf", "md", "html")


@dataclass
class Settings:
    """One run of the app: its folder, its token, and what it keeps loaded."""

    start: Path
    token: str
    builder: Builder
    lint_config: LintConfig | None = None
    pdf: bool = False


@dataclass
class Outcome:
    """One form, built (or not): what the page shows."""

    ask: Ask | None
    built: BuiltPosting | None = None
    errors: dict[str, str] = field(default_factory=dict)  # field -> message
    problems: list[str] = field(default_factory=list)  # errors no field owns
    readings: dict[str, str] = field(default_factory=dict)
    body: Markup | None = None
    notes: list[Note] = field(default_factory=list)
    text: str = ""
    command: str = ""
    company_yaml: str = ""
    profile_text: str = ""
    profile_label: str = ""
    profile_name: str = ""  # an uploaded profile's file name, carried with its text
    message: str = ""


def settings_for(start: Path, token: str, *, roles_dirs: Sequence[Path] = (),
                 templates_dirs: Sequence[Path] = ()) -> Settings:
    """Load what every request uses once: roles, templates and the lint settings."""
    import importlib.util

    from jdgen.api import Builder
    from jdgen.lint import find_config, load_config

    builder = Builder(roles_dirs=roles_dirs, templates_dirs=templates_dirs)
    builder.pipeline.catalog  # noqa: B018 - load the roles now, not on the first page
    return Settings(start=start, token=token, builder=builder,
                    lint_config=load_config(find_config(start)),
                    pdf=importlib.util.find_spec("typst") is not None)


def base_company(settings: Settings, form: Mapping[str, Any],
                 upload: tuple[str, bytes] | None, outcome: Outcome) -> Company | None:
    """The profile the form starts from: uploaded now, carried from an upload, or chosen."""
    from jdgen.web.profiles import folder_profile, uploaded_profile

    name = str(form.get("profile_name", "") or "")
    chosen = str(form.get("profile", "") or "")
    if upload is not None:
        name, raw = upload
    elif chosen:
        outcome.profile_label = f"{chosen} (in this folder)"
        return folder_profile(settings.start, chosen)
    elif form.get("profile_text"):
        raw = str(form["profile_text"]).encode("utf-8")
    else:
        return None
    company, text = uploaded_profile(settings.start, name or "profile.yaml", raw)
    outcome.profile_text, outcome.profile_name = text, name or "profile.yaml"
    outcome.profile_label = f"{outcome.profile_name} (uploaded)"
    return company


def run(settings: Settings, form: Mapping[str, Any], formats: Sequence[str] = ("md",),
        upload: tuple[str, bytes] | None = None) -> Outcome:
    """Build the posting ``form`` asks for; every problem ends up beside its field."""
    outcome = Outcome(None)
    try:
        base = base_company(settings, form, upload, outcome)
    except JdgenError as exc:
        _file_problems(outcome, exc)
        base = None
    ask = read_form(form, base)
    outcome.ask = ask
    outcome.errors.update(ask.errors)
    _logo(settings, form, outcome)
    if outcome.errors or outcome.problems:
        return outcome
    _read_back(outcome, form)  # its errors stand; the build below may find more
    from jdgen.web.command import command_line, company_yaml

    outcome.command = command_line(ask, [f for f in formats if f != "md"] or ["docx"])
    outcome.company_yaml = company_yaml(ask)
    try:
        outcome.built = settings.builder.posting(ask.role, ask.company, formats=list(formats),
                                                 **ask.facts)
    except JdgenError as exc:
        for problem in getattr(exc, "problems", None) or [exc.format_message()]:
            _place(outcome, problem)
        return outcome
    if not outcome.errors:
        _show(settings, outcome)
    return outcome


def _logo(settings: Settings, form: Mapping[str, Any], outcome: Outcome) -> None:
    """A logo image picked from the start folder: on the company, and named by the command."""
    from jdgen.web.profiles import folder_logo

    name = str(form.get("logo_file", "") or "")
    if not name or outcome.ask is None:
        return
    try:
        path = folder_logo(settings.start, name)
    except DataError as exc:
        outcome.errors["logo_file"] = exc.problems[0]
        return
    outcome.ask.company["logo_file"] = str(path)
    outcome.ask.logo_name = name


def _file_problems(outcome: Outcome, exc: JdgenError) -> None:
    problems = exc.problems if isinstance(exc, DataError) else [exc.format_message()]
    outcome.errors["profile"] = "; ".join(problems[:3])


def _place(outcome: Outcome, problem: str) -> None:
    where = field_of(problem)
    if where is None:
        outcome.problems.append(problem)
    elif where not in outcome.errors:  # the read-back may have said it already
        outcome.errors[where] = problem


def _read_back(outcome: Outcome, form: Mapping[str, Any]) -> None:
    """The place and the pay as jdgen reads them, or the reason it cannot."""
    from jdgen.web.readings import pay_reading, place_reading

    country = None
    location = str(form.get("location", "") or "").strip()
    if location and "location" not in outcome.errors:
        outcome.readings["location"], country = place_reading(location)
    salary = str(form.get("salary", "") or "").strip()
    if salary and "salary" not in outcome.errors:
        from jdgen.locale import COUNTRY_LOCALES

        locale = str(form.get("locale", "") or "") or COUNTRY_LOCALES.get(country or "")
        try:
            outcome.readings["salary"] = pay_reading(
                salary, str(form.get("currency", "") or "") or None,
                str(form.get("period", "") or "") or None, country, locale)
        except (ValueError, KeyError) as exc:
            outcome.errors["salary"] = f"salary: {exc}"


def _show(settings: Settings, outcome: Outcome) -> None:
    from markupsafe import Markup

    from jdgen.api import lint_posting
    from jdgen.web.preview import mark_findings, plain_text

    built = outcome.built
    assert built is not None
    report = lint_posting(built, config=settings.lint_config)
    body, outcome.notes = mark_findings(settings.builder.pipeline.html(built.markdown),
                                        report.findings)
    outcome.body = Markup(body)  # noqa: S704 - the pipeline's HTML, every value escaped
    outcome.text = plain_text(built.markdown)
