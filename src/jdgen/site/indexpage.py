"""The careers site's index page: every posting, grouped by role, with filters.

Every posting is listed in the HTML itself. The filters are radio buttons
that CSS alone applies (``:has()``), so they work from the keyboard and with
JavaScript switched off; a few lines of script add a live count and hide
groups a combination of filters leaves empty.

The page is written in pieces from the index entries (read back one at a time
from the batch's spool): what is kept per posting while it is made is its
position, date and company, to sort it into its group.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jdgen.site.index import Entry, utf8
from jdgen.site.settings import INDEX_PAGE

if TYPE_CHECKING:
    from jdgen.site.settings import SiteLook

MAX_OPTIONS = 40  # a filter with more choices than this is left out: it would not help
ARRANGEMENTS = {"onsite": "On-site", "hybrid": "Hybrid", "remote": "Remote"}
_FILTERS = (("role", "Role"), ("location", "Location"), ("arrangement", "Work arrangement"))


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def page_of(item: Entry) -> str:
    """The file an index entry links to: its HTML page, else its first file."""
    files: dict[str, str] = item["files"]
    return files.get("html") or next(iter(files.values()))


@dataclass
class _Group:
    key: str
    label: str
    members: list[tuple[str, str, int]] = field(default_factory=list)  # date, company, index
    locations: set[str] = field(default_factory=set)
    arrangements: set[str] = field(default_factory=set)


@dataclass
class _Plan:
    """What the first pass over the entries learns: groups and filter choices."""

    groups: dict[str, _Group] = field(default_factory=dict)
    locations: dict[str, str] = field(default_factory=dict)  # label -> key
    counts: dict[tuple[str, str], int] = field(default_factory=dict)  # (filter, key) -> postings
    total: int = 0

    def add(self, index: int, item: Entry) -> None:
        role = str(item.get("role_id") or item["role"])
        group = self.groups.setdefault(role, _Group(f"r{len(self.groups) + 1}",
                                                    str(item.get("role_title") or role)))
        group.members.append((str(item["date_posted"] or ""), str(item["company"] or ""), index))
        values = {"role": group.key}
        if item.get("location"):
            values["location"] = self.locations.setdefault(
                item["location"], f"l{len(self.locations) + 1}")
            group.locations.add(values["location"])
        if item.get("arrangement") in ARRANGEMENTS:
            values["arrangement"] = item["arrangement"]
            group.arrangements.add(item["arrangement"])
        for name, key in values.items():
            self.counts[name, key] = self.counts.get((name, key), 0) + 1
        self.total += 1

    def options(self, name: str) -> list[tuple[str, str]]:
        """(key, label) of each choice of filter ``name``, in the order people scan them."""
        if name == "role":
            found = [(g.key, g.label) for g in self.groups.values()]
        elif name == "location":
            found = [(key, label) for label, key in self.locations.items()]
        else:
            found = [(k, v) for k, v in ARRANGEMENTS.items() if ("arrangement", k) in self.counts]
        if name != "arrangement":
            found.sort(key=lambda choice: choice[1].casefold())
        return found if 1 < len(found) <= MAX_OPTIONS else []


def records_of(entries: Iterable[Entry]) -> Sequence[Entry]:
    """Entries that can be read by position (a spool already can)."""
    if hasattr(entries, "__getitem__") and hasattr(entries, "__len__"):
        return entries  # type: ignore[return-value]
    return list(entries)


def index_html(entries: Iterable[Entry], look: SiteLook, css: str) -> bytes:
    """The index page; ``css`` is the site's style sheet (see templates/index.css.j2)."""
    records = records_of(entries)
    plan = _Plan()
    for index, item in enumerate(records):
        plan.add(index, item)
    return utf8(_page(records, plan, look, css))


def _page(records: Sequence[Entry], plan: _Plan, look: SiteLook, css: str) -> Iterator[str]:
    title = _e(look.title)
    count = _count_text(plan.total)
    description = _e(look.intro or count)
    yield (f'<!DOCTYPE html>\n<html lang="{_e(look.language)}">\n<head>\n<meta charset="utf-8">\n'
           '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
           f"<title>{title}</title>\n<meta name=\"description\" content=\"{description}\">\n")
    if look.base_url:
        yield f'<link rel="canonical" href="{_e(look.base_url + INDEX_PAGE)}">\n'
    if look.base_url and "atom" in look.feeds:
        yield (f'<link rel="alternate" type="application/atom+xml" title="{title}" '
               'href="feed.xml">\n')
    filters = {name: plan.options(name) for name, _ in _FILTERS}
    yield f"<style>\n{css}{_filter_rules(filters)}</style>\n</head>\n<body>\n"
    logo = f'<img src="{_e(look.logo)}" alt="">' if look.logo else ""
    yield ('<header class="band">\n<div class="wrap wide">\n'
           '<a class="skip" href="#positions">Skip to the positions</a>\n'
           f'<a href="index.html">{logo}{title}</a>\n</div>\n</header>\n'
           '<div class="wrap wide">\n<main id="positions">\n'
           f"<h1>{title}</h1>\n")
    if look.intro:
        yield f'<p class="intro">{_e(look.intro)}</p>\n'
    yield from _filter_form(filters, plan)
    yield f'<p class="count" id="count" role="status">{count}</p>\n'
    for group in sorted(plan.groups.values(), key=lambda g: g.label.casefold()):
        yield from _group(group, records, plan.locations)
    yield ('<p class="none" id="none" hidden>No positions match these filters. '
           '<a href="index.html">Show every position</a></p>\n</main>\n')
    if look.base_url and "atom" in look.feeds:
        yield ('<footer class="foot"><p>New positions as they are posted: '
               '<a href="feed.xml">Atom feed</a></p></footer>\n')
    yield f"</div>\n<script>\n{_SCRIPT}</script>\n</body>\n</html>\n"


def _count_text(total: int) -> str:
    return f"{total} open position{'' if total == 1 else 's'}"


def _filter_rules(filters: dict[str, list[tuple[str, str]]]) -> str:
    """CSS that hides what a checked filter leaves out (no script needed)."""
    lists = {"role": "data-role", "location": "data-locations", "arrangement": "data-arrangements"}
    rules = []
    for name, choices in filters.items():
        match = "=" if name == "role" else "~="
        for key, _ in choices:
            on = f"main:has(#f-{name}-{key}:checked)"
            rules.append(f'{on} .job:not([data-{name}="{key}"]), '
                         f'{on} .group:not([{lists[name]}{match}"{key}"]) {{ display: none; }}\n')
    return "".join(rules)


def _filter_form(filters: dict[str, list[tuple[str, str]]], plan: _Plan) -> Iterator[str]:
    if not any(filters.values()):
        return
    yield '<form class="filters" id="filters" aria-label="Filter the positions">\n'
    for name, legend in _FILTERS:
        choices = filters[name]
        if not choices:
            continue
        yield (f'<fieldset>\n<legend>{legend}</legend>\n<div class="options">\n'
               f'<span><input type="radio" name="{name}" id="f-{name}-all" value="" checked>'
               f'<label for="f-{name}-all">All</label></span>\n')
        for key, label in choices:
            number = plan.counts.get((name, key), 0)
            yield (f'<span><input type="radio" name="{name}" id="f-{name}-{key}" '
                   f'value="{key}"><label for="f-{name}-{key}">{_e(label)} '
                   f'<span class="n">({number})</span></label></span>\n')
        yield "</div>\n</fieldset>\n"
    yield "</form>\n"


def _group(group: _Group, records: Sequence[Entry],
           locations: dict[str, str]) -> Iterator[str]:
    members = sorted(group.members, key=lambda m: (m[1].casefold(), m[2]))
    members.sort(key=lambda m: m[0], reverse=True)  # newest first, then by company
    yield (f'<section class="group" data-role="{group.key}" '
           f'data-locations="{" ".join(sorted(group.locations))}" '
           f'data-arrangements="{" ".join(sorted(group.arrangements))}" '
           f'aria-labelledby="g-{group.key}">\n'
           f'<h2 id="g-{group.key}">{_e(group.label)}</h2>\n<ul class="jobs">\n')
    for _, _, index in members:
        yield _card(records[index], group.key, locations)
    yield "</ul>\n</section>\n"


def _card(item: Entry, role_key: str, locations: dict[str, str]) -> str:
    from jdgen.locale import check_locale
    from jdgen.locale.formats import long_date

    try:  # each card's dates read as its posting's do
        locale = check_locale(item.get("locale") or "en-US")
    except ValueError:
        locale = "en-US"

    def when(value: Any) -> str:
        day = dt.date.fromisoformat(value)
        return f'<time datetime="{day.isoformat()}">{long_date(day, locale)}</time>'

    facts = []
    if item.get("location"):
        facts.append(("Location", _e(item["location"])))
    arrangement = item.get("arrangement")
    if arrangement in ARRANGEMENTS:
        facts.append(("Arrangement", ARRANGEMENTS[arrangement]))
    if item.get("pay"):
        facts.append(("Pay", _e(item["pay"])))
    if item.get("date_posted"):
        facts.append(("Posted", when(item["date_posted"])))
    if item.get("valid_through"):
        facts.append(("Closes", when(item["valid_through"])))
    attributes = f'data-role="{role_key}"'
    if item.get("location") in locations:
        attributes += f' data-location="{locations[item["location"]]}"'
    if arrangement in ARRANGEMENTS:
        attributes += f' data-arrangement="{arrangement}"'
    rows = "".join(f"<div><dt>{label}</dt><dd>{value}</dd></div>" for label, value in facts)
    return (f'<li class="job" {attributes}>\n'
            f'<h3><a href="{_e(page_of(item))}">{_e(item["title"] or "")}</a></h3>\n'
            f'<p class="company">{_e(item["company"] or "")}</p>\n'
            f'<dl class="facts">{rows}</dl>\n</li>\n')


# Progressive enhancement only: CSS already filters; this counts what is shown,
# hides groups left empty, and says so when nothing matches.
_SCRIPT = """(function () {
  var form = document.getElementById("filters");
  if (!form) return;
  var jobs = Array.prototype.slice.call(document.querySelectorAll(".job"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".group"));
  var count = document.getElementById("count");
  var none = document.getElementById("none");
  var names = ["role", "location", "arrangement"];
  function picked(name) {
    var input = form.querySelector('input[name="' + name + '"]:checked');
    return input ? input.value : "";
  }
  function update() {
    var shown = 0;
    jobs.forEach(function (job) {
      var fits = names.every(function (name) {
        var value = picked(name);
        return !value || job.getAttribute("data-" + name) === value;
      });
      job.hidden = !fits;
      if (fits) shown += 1;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector(".job:not([hidden])");
    });
    none.hidden = shown > 0;
    var noun = jobs.length === 1 ? " position" : " positions";
    count.textContent = shown === jobs.length ? jobs.length + " open" + noun
      : "Showing " + shown + " of " + jobs.length + noun;
  }
  form.addEventListener("change", update);
  update();
})();
"""
