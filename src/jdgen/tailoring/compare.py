"""Compare two roles side by side and say which one a company should hire.

:func:`compare_roles` is the one place the comparison is worked out: it reads
only fields of the two :class:`~jdgen.models.Role` models (scope, level,
reports-to, ``fit`` ...) and the facts a user gave about the company, never a
role id, so any two roles, custom ones included, can be compared. Everything
else here presents that data: Markdown through ``compare.md.j2``, DOCX through
the same Markdown path as postings, JSON, and an 80-column terminal view.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from jdgen.errors import JdgenError
from jdgen.inputs.discovery import Catalog, search_path
from jdgen.models import Company, Role, Stage
from jdgen.site import output
from jdgen.tailoring.columns import width as columns
from jdgen.tailoring.columns import wrap
from jdgen.tailoring.tailor import (
    Setting,
    article,
    measures,
    posting_date,
    requirements,
    setting,
    slugify,
)

Gap = Literal["company-wide", "one-area"]
FORMATS = ("md", "docx")
TEMPLATE = "compare.md.j2"
DASH = "—"

_LEVELS = ("individual-contributor", "manager", "senior-manager", "director", "executive")
_LEVEL_LABELS = {
    "executive": "Executive", "director": "Director", "senior-manager": "Senior manager",
    "manager": "Manager", "individual-contributor": "Individual contributor",
}
_SCOPE_DOES = {"company-wide": "looks after the whole business",
               "functional": "leads one operational area"}
_SCOPE_BOTH = {"company-wide": "look after the whole business",
               "functional": "lead one operational area"}
_GAP_PHRASE = {"company-wide": "the whole business", "one-area": "one operational area"}


class SameRoleError(JdgenError):
    """Both names given to ``compare`` resolve to the same role."""

    exit_code = 2


@dataclass(frozen=True)
class Situation:
    """What the user told us about the company; every fact is optional."""

    employees: int | None = None
    stage: Stage | None = None
    gap: Gap | None = None
    ceo_stretched: bool | None = None
    industry: str | None = None

    def given(self) -> bool:
        """True when at least one fact that bears on the choice was given."""
        return any(v is not None for v in dataclasses.astuple(self)[:4])

    def check(self, company: str | None) -> None:
        """One :class:`DataError` naming each fact (by its parameter's name) that is wrong.

        The facts are checked as a company file's are, so a library caller gets
        the same one-line messages as the command line, never pydantic's own error.
        """
        from pydantic import ValidationError

        from jdgen.errors import DataError
        from jdgen.inputs.validation import describe

        problems = []
        if self.gap is not None and self.gap not in _GAP_PHRASE:
            problems.append(f"gap: expected one of {', '.join(_GAP_PHRASE)}, found "
                            f"{self.gap!r:.60}")
        if self.ceo_stretched is not None and not isinstance(self.ceo_stretched, bool):
            problems.append(f"ceo_stretched: expected true, false or None, found "
                            f"{self.ceo_stretched!r:.60}")
        try:
            Company(name=company or "your company", industry=self.industry,
                    employees=self.employees, stage=self.stage)
        except ValidationError as exc:
            for err in exc.errors():
                line = describe(Company, err)
                problems.append("company" + line[4:] if line.startswith("name") else line)
        if problems:
            raise DataError(problems)

    def setting(self, role: Role, company: str | None) -> Setting:
        """The variant context for ``role`` at a company with these facts."""
        facts = Company(name=company or "your company", industry=self.industry,
                        employees=self.employees, stage=self.stage)
        return setting(role, facts)


@dataclass(frozen=True)
class RoleRef:
    """Which role a column is about."""

    id: str
    title: str


@dataclass(frozen=True)
class Row:
    """One line of the side-by-side table; an empty list means the role file has no value."""

    key: str
    label: str
    a: list[str]
    b: list[str]


@dataclass(frozen=True)
class RoleFit:
    """How well one role matches the company, and why."""

    id: str
    title: str
    score: int
    points_for: list[str]
    points_against: list[str]
    signals: list[str]


@dataclass(frozen=True)
class Recommendation:
    """Which role to hire: ``choice`` is a role id, or ``None`` when the facts do not say."""

    choice: str | None
    headline: str
    roles: list[RoleFit]
    together: str | None


@dataclass(frozen=True)
class Comparison:
    """Everything a comparison document shows."""

    a: RoleRef
    b: RoleRef
    company: str | None
    situation: Situation
    rows: list[Row]
    differences: list[str]
    recommendation: Recommendation


# ------------------------------------------------------------ the comparison


def compare_roles(a: Role, b: Role, situation: Situation | None = None,
                  company: str | None = None) -> Comparison:
    """Compare roles ``a`` and ``b`` for a company described by ``situation``."""
    situation = situation or Situation()
    situation.check(company)
    where_a, where_b = situation.setting(a, company), situation.setting(b, company)
    return Comparison(
        a=RoleRef(a.id, a.title),
        b=RoleRef(b.id, b.title),
        company=company,
        situation=situation,
        rows=[Row(key, label, _cells(get(a, where_a)), _cells(get(b, where_b)))
              for key, label, get in _ROWS],
        differences=_differences(a, b),
        recommendation=_recommend(a, b, situation, company),
    )


def _cells(value: str | Sequence[str] | None) -> list[str]:
    """A table cell as a list of one-line items; [] when the value is missing."""
    items = [value] if isinstance(value, str) else list(value or [])
    return [" ".join(item.split()) for item in items if item and item.strip()]


def _company_size(role: Role) -> str | None:
    fit = role.fit
    if fit is None or (fit.employees_min is None and fit.employees_max is None):
        return None
    if fit.employees_max is None:
        return f"{fit.employees_min}+ employees"
    if fit.employees_min is None:
        return f"Up to {fit.employees_max} employees"
    return f"{fit.employees_min}–{fit.employees_max} employees"


_ROWS: tuple[tuple[str, str, Callable[[Role, Setting], str | Sequence[str] | None]], ...] = (
    ("scope", "Scope", lambda r, _: r.scope_description),
    ("seniority", "Seniority", lambda r, _: _LEVEL_LABELS[r.level]),
    ("reports_to", "Reports to", lambda r, _: r.reports_to),
    ("works_with", "Works with", lambda r, _: [_capital(w) for w in r.works_with]),
    ("focus", "Focus options", lambda r, _: [_capital(v.label) for v in r.focus.values()]),
    ("typical_team", "Typical team", lambda r, _: r.typical_team),
    ("responsibilities", "Responsibility areas",
     lambda r, at: [x.name for x in r.responsibilities if x.name.casefold() not in at.omitted]),
    ("qualifications", "Must-have qualifications", requirements),
    ("success", "Success measures", measures),
    ("company_size", "Usual company size", lambda r, _: _company_size(r)),
    ("stages", "Usual company stage",
     lambda r, _: [_capital(stage) for stage in r.fit.stages] if r.fit else []),
    ("onet_soc", "O*NET-SOC code", lambda r, _: r.onet_soc),
)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower(text: str) -> str:
    """Lower-case the first letter unless the word is an initialism ('COO')."""
    word = text.split(" ", 1)[0]
    return text if word.isupper() and len(word) > 1 else text[:1].lower() + text[1:]


def _names(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = [_lower(i) for i in items]
    if len(items) == 1:
        return items[0]
    # A serial comma keeps 'risk assessment and mitigation, and partnerships' unambiguous.
    comma = "," if len(items) > 2 and any(" and " in i for i in items) else ""
    return f"{', '.join(items[:-1])}{comma} and {items[-1]}"


def _reports_to(lower: Role, upper: Role) -> bool:
    """Whether ``lower`` normally reports to ``upper``, going by titles and aliases."""
    names = {n.casefold() for n in (upper.title, *upper.aliases)}
    return lower.reports_to.casefold() in names


def _differences(a: Role, b: Role) -> list[str]:
    """The key differences, in plain sentences."""
    out: list[str] = []
    if a.scope != b.scope:
        out.append(f"The {a.title} {_SCOPE_DOES[a.scope]}, while the {b.title} "
                   f"{_SCOPE_DOES[b.scope]}.")
    else:
        kind = "company-wide" if a.scope == "company-wide" else "functional"
        out.append(f"Both roles are {kind}: the {a.title} and the {b.title} "
                   f"{_SCOPE_BOTH[a.scope]}.")
    rank_a, rank_b = _LEVELS.index(a.level), _LEVELS.index(b.level)
    if rank_a != rank_b:
        upper, lower = (a, b) if rank_a > rank_b else (b, a)
        sentence = (f"The {upper.title} is the more senior role "
                    f"({_lower(_LEVEL_LABELS[upper.level])} against "
                    f"{_lower(_LEVEL_LABELS[lower.level])} level)")
        if _reports_to(lower, upper):
            sentence += f", and the {lower.title} usually reports to the {upper.title}."
        else:
            sentence += (f"; the {upper.title} reports to the {upper.reports_to} and the "
                         f"{lower.title} to the {lower.reports_to}.")
        out.append(sentence)
    elif a.reports_to.casefold() == b.reports_to.casefold():
        out.append(f"Both are {_lower(_LEVEL_LABELS[a.level])}-level roles, and both report "
                   f"to the {a.reports_to}.")
    else:
        out.append(f"Both are {_lower(_LEVEL_LABELS[a.level])}-level roles; the {a.title} "
                   f"reports to the {a.reports_to} and the {b.title} to the {b.reports_to}.")
    out.append(_areas_sentence(a, b))
    if bool(a.focus) != bool(b.focus):
        special, general = (a, b) if a.focus else (b, a)
        labels = _names([v.label for v in special.focus.values()])
        out.append(f"The {special.title} is often a specialist, for example in {labels}; "
                   f"the {general.title} has no such specializations.")
    if a.typical_team and b.typical_team:
        out.append(f"{_capital(article(a.title))} {a.title} usually leads "
                   f"{_lower(a.typical_team.rstrip('.'))}; {article(b.title)} {b.title} "
                   f"leads {_lower(b.typical_team.rstrip('.'))}.")
    low_a = a.fit.employees_min if a.fit else None
    low_b = b.fit.employees_min if b.fit else None
    if low_a and low_b and low_a != low_b:
        out.append(f"{_capital(article(a.title))} {a.title} usually pays off from about "
                   f"{low_a} employees, {article(b.title)} {b.title} from about {low_b}.")
    return out


def _areas_sentence(a: Role, b: Role) -> str:
    names_b = {area.name.casefold() for area in b.responsibilities}
    names_a = {area.name.casefold() for area in a.responsibilities}
    shared = [x.name for x in a.responsibilities if x.name.casefold() in names_b]
    only_a = [x.name for x in a.responsibilities if x.name.casefold() not in names_b]
    only_b = [x.name for x in b.responsibilities if x.name.casefold() not in names_a]
    people = [next((x.name for x in r.responsibilities if _PEOPLE.search(x.name)), "")
              for r in (a, b)]
    both_lead = (f" Both lead people: the {a.title} through {_lower(people[0])} and the "
                 f"{b.title} through {_lower(people[1])}." if all(people) and not shared
                 else "")
    if not shared:
        return (f"Their responsibility areas are named differently: the {a.title} covers "
                f"{_names(only_a)}; the {b.title} covers {_names(only_b)}.{both_lead}")
    sentence = f"Both cover {_names(shared)}"
    extras = [f"only the {r.title} covers {_names(o)}" for r, o in ((a, only_a), (b, only_b))
              if o]
    return sentence + ("; " + "; ".join(extras) if extras else "") + "."


_PEOPLE = re.compile(r"\b(team|people|staff|leadership|management of people)\b", re.IGNORECASE)


# ------------------------------------------------------------ the recommendation


def _assess(role: Role, s: Situation) -> RoleFit:
    """Score one role against the company facts, with a sentence for every point."""
    pros: list[str] = []
    cons: list[str] = []
    score = 0
    fit = role.fit
    if fit is None:
        if s.given():
            cons.append("Its role file has no hiring-fit facts, so it cannot be matched to "
                        "your company.")
        return RoleFit(role.id, role.title, -1 if s.given() else 0, pros, cons, [])
    if s.gap is not None:
        if s.gap == fit.gap:
            score += 2
            pros.append(f"Your gap is {_GAP_PHRASE[s.gap]}, which is what this role covers.")
        else:
            score -= 2
            cons.append(f"Your gap is {_GAP_PHRASE[s.gap]}, but this role covers "
                        f"{_GAP_PHRASE[fit.gap]}.")
    if s.ceo_stretched is not None:
        whole = fit.gap == "company-wide"
        if s.ceo_stretched and whole:
            score += 2
            pros.append("Your CEO is stretched across day-to-day operations; this role takes "
                        "all of it off their desk.")
        elif s.ceo_stretched:
            score -= 1
            cons.append("Your CEO is stretched across day-to-day operations; this role takes "
                        "only one area off their desk.")
        elif whole:
            score -= 1
            cons.append("Your CEO still has time for operations, so a second leader for the "
                        "whole business may be more than you need.")
        else:
            score += 1
            pros.append("Your CEO still sets the direction; this role turns it into daily "
                        "results in one area.")
    if s.employees is not None:
        low, high = fit.employees_min, fit.employees_max
        if low is not None and s.employees < low:
            score -= 2
            cons.append(f"At {s.employees} employees you are below the {low} or so where this "
                        "role usually pays off.")
        elif high is not None and s.employees > high:
            score -= 1
            cons.append(f"At {s.employees} employees you are above the {high} or so this role "
                        "is usually meant for.")
        elif low is not None or high is not None:
            score += 1
            pros.append(f"At {s.employees} employees you are in its usual range "
                        f"({_company_size(role)}).")
    if s.stage is not None and fit.stages:
        if s.stage in fit.stages:
            score += 1
            pros.append(f"It suits {s.stage}-stage companies like yours.")
        else:
            score -= 1
            cons.append(f"It is less usual at the {s.stage} stage (it suits "
                        f"{_names(list(fit.stages))} companies).")
    return RoleFit(role.id, role.title, score, pros, cons, list(fit.signals))


def _recommend(a: Role, b: Role, s: Situation, company: str | None) -> Recommendation:
    fits = [_assess(a, s), _assess(b, s)]
    who = company or "your company"
    together = None
    for lower, upper in ((a, b), (b, a)):
        if _reports_to(lower, upper):
            together = (f"The two roles also work together: the {lower.title} usually reports "
                        f"to the {upper.title}, so many companies have both once they grow.")
    if not s.given():
        return Recommendation(None, "No company facts were given, so there is no "
                              "recommendation yet; the signs below show when each role is "
                              "the right hire.", fits, together)
    best, other = sorted(fits, key=lambda f: -f.score)
    if best.score == other.score:
        headline = (f"The facts given do not separate the two roles for {who}; use the signs "
                    "below to decide.")
        return Recommendation(None, headline, fits, together)
    if _net(best) < _net(other):
        headline = (f"The facts given point both ways for {who}: weigh the points for and "
                    "against each role below.")
        return Recommendation(None, headline, fits, together)
    if best.score < 0:
        headline = (f"Neither role is a clear fit for {who} yet; if you hire one now, "
                    f"{article(best.title)} {best.title} is the closer match.")
    else:
        headline = f"For {who}, {article(best.title)} {best.title} is the better fit."
    return Recommendation(best.id, headline, fits, together)


def _net(fit: RoleFit) -> int:
    """Points for minus points against, as a reader counts them in the lists."""
    return len(fit.points_for) - len(fit.points_against)


# ------------------------------------------------------------ loading, rendering, writing


@dataclass(frozen=True)
class CompareRequest:
    """Everything one ``jdgen compare`` needs."""

    first: str
    second: str
    situation: Situation = field(default_factory=Situation)
    company: str | None = None
    formats: Sequence[str] = ()
    date: dt.date | None = None
    roles_dirs: Sequence[Path] = ()
    templates_dirs: Sequence[Path] = ()
    locale: str = "en-US"


@dataclass(frozen=True)
class RenderedComparison:
    """A comparison and its files, rendered in memory: file name -> bytes."""

    comparison: Comparison
    files: dict[str, bytes]


def load_pair(first: str, second: str, roles_dirs: Sequence[Path] = ()) -> tuple[Role, Role]:
    """Find two different roles by id or alias."""
    catalog = Catalog.load(search_path("roles", roles_dirs))
    a, b = catalog.find(first).role, catalog.find(second).role
    if a.id == b.id:
        raise SameRoleError(f"'{first}' and '{second}' are both the role '{a.id}'; "
                            "compare two different roles")
    return a, b


def build_comparison(request: CompareRequest) -> RenderedComparison:
    """Load the roles, compare them and render every requested format in memory."""
    a, b = load_pair(request.first, request.second, request.roles_dirs)
    comparison = compare_roles(a, b, request.situation, request.company)
    if request.locale != "en-US":
        from jdgen.locale.spelling import convert_data

        comparison = convert_data(comparison, request.locale,
                                  (request.company,) if request.company else ())
    files: dict[str, bytes] = {}
    if request.formats:
        markdown = render_markdown(comparison, request.templates_dirs)
        stem = file_stem(comparison)
        for fmt in dict.fromkeys(request.formats):
            if fmt == "md":
                files[f"{stem}.md"] = markdown.encode("utf-8")
            elif fmt == "docx":
                files[f"{stem}.docx"] = _docx(comparison, markdown, request.date)
    return RenderedComparison(comparison, files)


def file_stem(comparison: Comparison) -> str:
    """'acme-compare-coo-vs-director-of-operations', or without the company part."""
    stem = f"compare-{comparison.a.id}-vs-{comparison.b.id}"
    return f"{slugify(comparison.company)}-{stem}" if comparison.company else stem


def render_markdown(comparison: Comparison, templates_dirs: Sequence[Path] = ()) -> str:
    """Render ``comparison`` through ``compare.md.j2``."""
    from jdgen.render.templating import make_environment, render

    env = make_environment(search_path("templates", templates_dirs))
    env.filters["article"] = article
    return render(env, TEMPLATE, comparison=comparison, dash=DASH)


def _docx(comparison: Comparison, markdown: str, date: dt.date | None) -> bytes:
    from jdgen.render.docx import DocProperties, build_docx

    title = f"{comparison.a.title} or {comparison.b.title}?"
    props = DocProperties(
        title=title,
        subject=f"Comparison of {comparison.a.title} and {comparison.b.title}",
        author=comparison.company or "jdgen",
        keywords=[comparison.a.title, comparison.b.title, "role comparison"],
        date=posting_date(date),
    )
    return build_docx(markdown, props)


def write_files(rendered: RenderedComparison, out_dir: Path) -> list[Path]:
    """Write the rendered files atomically inside ``out_dir``."""
    return output.write_files(rendered.files, out_dir)


def to_json(comparison: Comparison) -> str:
    """The comparison as JSON for other tools."""
    return json.dumps(dataclasses.asdict(comparison), indent=2, ensure_ascii=False) + "\n"


# ------------------------------------------------------------ terminal view


def format_text(comparison: Comparison, width: int = 80) -> str:
    """Plain-text view that fits ``width`` terminal columns, whatever the text.

    Its own marks are ASCII (``*`` bullets, ``-`` for nothing), so text that is
    ASCII is as many bytes as columns wherever it is shown or piped.
    """
    from jdgen.tailoring.columns import pad

    label_w = 14
    col_w = (width - label_w - 4) // 2
    title = wrap(f"{comparison.a.title} vs {comparison.b.title}", width)
    lines = [*title, "=" * max(map(columns, title)), ""]

    def row(label: str, left: list[str], right: list[str]) -> None:
        cells = [wrap(label, label_w) or [""], _cell(left, col_w), _cell(right, col_w)]
        for i in range(max(len(c) for c in cells)):
            parts = [c[i] if i < len(c) else "" for c in cells]
            text = f"{pad(parts[0], label_w)}  {pad(parts[1], col_w)}  {parts[2]}"
            lines.append(text.rstrip())

    row("", [comparison.a.title], [comparison.b.title])
    lines.append(f"{'':<{label_w}}  {'-' * col_w}  {'-' * col_w}")
    for item in comparison.rows:
        row(item.label, item.a, item.b)
        lines.append("")
    lines += _section("Key differences", comparison.differences, width)
    rec = comparison.recommendation
    lines += ["Which one to hire", "-" * 17, *wrap(rec.headline, width), ""]
    for fit in rec.roles:
        points = [f"+ {p}" for p in fit.points_for] + [f"- {p}" for p in fit.points_against]
        if points:
            lines += wrap(f"{fit.title}:", width)
            lines += [ln for p in points for ln in wrap(
                p, width, initial_indent="  ", subsequent_indent="    ")]
            lines.append("")
    if rec.choice is None:
        for fit in rec.roles:
            lines += _section(f"Signs you need {article(fit.title)} {fit.title}",
                              fit.signals, width)
    if rec.together:
        lines += [*wrap(rec.together, width), ""]
    return "\n".join(lines).rstrip() + "\n"


def _cell(items: list[str], width: int) -> list[str]:
    """Wrap one cell: a dash when empty, bullets when it holds several items."""
    if len(items) <= 1:
        return wrap(items[0], width) if items else ["-"]
    return [ln for item in items
            for ln in wrap(item, width, initial_indent="* ", subsequent_indent="  ")]


def _section(heading: str, items: Sequence[str], width: int) -> list[str]:
    if not items:
        return []
    title = wrap(heading, width)
    out = [*title, "-" * max(map(columns, title))]
    for item in items:
        out += wrap(item, width, initial_indent="- ", subsequent_indent="  ")
    return [*out, ""]
