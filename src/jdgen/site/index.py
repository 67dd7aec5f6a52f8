"""The batch index: one list of every posting built, as JSON, Markdown and HTML.

A page is made from the postings' entries (:func:`entry`) read one at a time, so
while it is made nothing grows with the batch but the page itself.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jdgen.models import Posting
    from jdgen.site.outcome import Outcome

Entry = dict[str, Any]

_PLAIN = (dict, list, tuple, str, int, float, type(None))  # values json.dumps writes itself


def suffix(name: str) -> str:
    """``Path(name).suffix`` of a bare file name, without pathlib.

    pathlib interns every name it parses, and thousands of distinct names
    make the interpreter enlarge its table of interned strings for good.
    """
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _site_pay(posting: Posting) -> str | None:
    """The pay as a page listing jobs from several countries must write it: a symbol one
    country shares with others is given its prefix ('CA$', 'A$'), as CLDR writes them
    for en-US; the posting's own page keeps its locale's '$'."""
    if posting.pay is None:
        return posting.compensation
    from jdgen.tailoring.salary import format_pay

    pay = posting.pay
    assert pay.currency is not None  # tailoring names it (tailor.settled_pay)
    return format_pay(pay.min, pay.max, pay.currency, pay.period, locale="en-US")


def listing(posting: Posting, role_title: str | None = None) -> dict[str, Any]:
    """What the index page and the feeds show of a posting, beyond its title and place.

    ``role_title`` is the role's own title (without a focus such as "(Logistics)"),
    under which the index groups its postings.
    """
    return {
        "role_id": posting.role_id,
        "role_title": role_title or posting.title,
        "arrangement": posting.arrangement,
        "pay": _site_pay(posting),
        "employment": posting.employment_label,
        "valid_through": posting.valid_through.isoformat() if posting.valid_through else None,
        "summary": posting.intro,
        "locale": posting.locale,
    }


def entry(outcome: Outcome) -> Entry:
    """What the index says about one posting that was built."""
    return {
        "id": outcome.stem,
        "role": outcome.role,
        "title": outcome.title,
        "company": outcome.company,
        "location": outcome.location,
        "date_posted": outcome.date_posted,
        "date_modified": outcome.date_modified or outcome.date_posted,
        **outcome.listing,
        "files": {suffix(name).lstrip("."): name for name in sorted(outcome.files)},
    }


def json_pieces(data: dict[str, Any], *, ensure_ascii: bool = True) -> Iterator[str]:
    """The text of ``json.dumps(data, indent=2) + "\\n"``, in pieces.

    A value that is not itself a JSON value (an iterator, a spool of records)
    is written as a list, one item at a time, so a long list is never held
    whole, neither as data nor as text.
    """
    if not data:
        yield "{}\n"
        return
    for number, (key, value) in enumerate(data.items()):
        yield f"{',' if number else '{'}\n  {json.dumps(key, ensure_ascii=ensure_ascii)}: "
        if isinstance(value, _PLAIN):
            yield json.dumps(value, indent=2, ensure_ascii=ensure_ascii).replace("\n", "\n  ")
            continue
        opened = False
        for item in value:
            text = json.dumps(item, indent=2, ensure_ascii=ensure_ascii).replace("\n", "\n    ")
            yield f"{',' if opened else '['}\n    {text}"
            opened = True
        yield "\n  ]" if opened else "[]"
    yield "\n}\n"


def utf8(pieces: Iterable[str]) -> bytes:
    """``pieces`` joined as UTF-8, without first holding them all as text."""
    buffer = io.BytesIO()
    for piece in pieces:
        buffer.write(piece.encode("utf-8"))
    return buffer.getvalue()


def index_json(entries: Iterable[Entry]) -> bytes:
    """Machine-readable list of postings and their files.

    What only the job-board feeds use (an entry's ``board``) is left out.
    """
    public = ({key: value for key, value in item.items() if key != "board"} for item in entries)
    return utf8(json_pieces({"generator": "jdgen", "jobs": public}, ensure_ascii=False))


def index_markdown(entries: Iterable[Entry], title: str = "Open positions") -> bytes:
    """A Markdown page linking every posting's Markdown file.

    Site generators run their template language over the Markdown they publish,
    so each line is made inert as a posting's Markdown is (see
    :func:`jdgen.render.frontmatter.inert`): a title or company holding
    ``{{ site.secret }}`` prints as typed.
    """
    from jdgen.render.frontmatter import inert
    from jdgen.render.templating import link_target, markdown_escape

    def lines() -> Iterator[str]:
        yield inert(f"# {markdown_escape(title)}\n\n")
        for item in entries:
            label = markdown_escape(f"{item['title']} — {item['company']}")
            where = f" ({markdown_escape(item['location'])})" if item["location"] else ""
            target = item["files"].get("md") or next(iter(item["files"].values()))
            yield inert(f"- [{label}]({link_target(target)}){where}\n")

    return utf8(lines())
