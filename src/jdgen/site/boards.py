"""Job-board feeds: ``indeed.xml`` (Indeed's XML job feed) and ``linkedin.xml`` (LinkedIn's
Basic Jobs XML feed), made from the same entries as the Atom feed and the sitemap.

The elements follow the boards' published field lists (Indeed's "XML feed
reference" at docs.indeed.com, LinkedIn's "XML Feeds Development Guide" at
learn.microsoft.com/linkedin/talent). Each board asks for every value wrapped in
CDATA; a value is never trusted to be free of ``]]>`` or of characters XML
cannot hold, so :func:`cdata` splits and strips them. Closed postings are not
in the index, so they are not in these feeds either; a board takes a job
that leaves its feed as closed.

A site switches them on with ``feeds: [atom, indeed, linkedin]`` in its
``site:`` block (both need ``base_url``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from jdgen.site.feeds import xml_text
from jdgen.site.index import Entry, utf8
from jdgen.site.indexpage import page_of, records_of
from jdgen.site.settings import SiteLook

if TYPE_CHECKING:
    from jdgen.models import Posting

INDEED = "indeed.xml"
LINKEDIN = "linkedin.xml"

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")

# schema.org employment types -> Indeed's <jobtype> and LinkedIn's <jobtype> words
_INDEED_TYPES = {"FULL_TIME": "fulltime", "PART_TIME": "parttime", "CONTRACTOR": "contract",
                 "TEMPORARY": "temporary", "INTERN": "internship"}
_LINKEDIN_TYPES = {"FULL_TIME": "FULL_TIME", "PART_TIME": "PART_TIME",
                   "CONTRACTOR": "CONTRACT", "TEMPORARY": "TEMPORARY",
                   "INTERN": "INTERNSHIP", "VOLUNTEER": "VOLUNTEER"}
_LINKEDIN_PERIODS = {"hour": "HOURLY", "day": "DAILY", "week": "WEEKLY", "month": "MONTHLY",
                     "year": "YEARLY"}
_INDEED_REMOTE = {"remote": "Fully remote", "hybrid": "Hybrid remote"}
_LINKEDIN_WORKPLACE = {"remote": "Remote", "hybrid": "Hybrid", "onsite": "On-site"}


def board_facts(posting: Posting, description: str) -> dict[str, Any]:
    """What the job-board feeds need of ``posting`` beyond its index entry.

    ``description`` is the posting's body as HTML, with only the tags Google
    allows (jdgen.render.jsonld.google_html), which both boards accept.
    """
    places = [{"street": place.street_address, "city": place.city, "region": place.region,
               "postal_code": place.postal_code, "country": place.country_code}
              for place in posting.places]
    salary = None
    if posting.pay is not None:
        salary = {"min": posting.pay.min, "max": posting.pay.max,
                  "currency": posting.pay.currency, "period": posting.pay.period}
    return {"description": description, "apply_url": posting.apply_url,
            "apply_email": posting.apply_email, "places": places,
            "arrangement": posting.arrangement, "salary": salary,
            "employment": list(posting.employment_type), "website": posting.website}


def cdata(value: object) -> str:
    """``value`` as CDATA: characters XML cannot hold dropped, ``]]>`` split in two."""
    text = _NOT_XML.sub("", str(value))
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _stamp(day: str) -> str:
    return f"{day}T00:00:00Z"


def _latest(records: Iterable[Entry]) -> str:
    return max((str(item.get("date_modified") or item["date_posted"]) for item in records
                if item.get("date_posted")), default="1970-01-01")


def _listed(entries: Iterable[Entry]) -> list[Entry]:
    """The entries a board can take: those with the facts the feeds are made from."""
    return [item for item in records_of(entries) if isinstance(item.get("board"), dict)]


def _element(name: str, value: object, indent: str = "    ") -> str:
    return f"{indent}<{name}>{cdata(value)}</{name}>\n" if value not in (None, "") else ""


def _first_place(board: dict[str, Any]) -> dict[str, Any]:
    places = board.get("places") or [{}]
    return places[0] if isinstance(places[0], dict) else {}


def indeed_feed(entries: Iterable[Entry], look: SiteLook) -> bytes:
    """Indeed's XML job feed: a ``<source>`` with one ``<job>`` per open posting."""
    assert look.base_url is not None
    base = look.base_url
    records = _listed(entries)

    def lines() -> Iterator[str]:
        yield ('<?xml version="1.0" encoding="utf-8"?>\n<source>\n'
               f"  <publisher>{cdata(look.title)}</publisher>\n"
               f"  <publisherurl>{cdata(base)}</publisherurl>\n"
               f"  <lastBuildDate>{cdata(_stamp(_latest(records)))}</lastBuildDate>\n")
        for item in records:
            yield _indeed_job(item, base)
        yield "</source>\n"

    return utf8(lines())


def _indeed_job(item: Entry, base: str) -> str:
    board = item["board"]
    place = _first_place(board)
    types = [_INDEED_TYPES[t] for t in board.get("employment") or [] if t in _INDEED_TYPES]
    parts = [
        _element("title", item["title"]),
        _element("date", _stamp(str(item["date_posted"]))),
        _element("referencenumber", item["id"]),
        _element("requisitionid", item["id"]),
        _element("url", base + page_of(item)),
        _element("company", item["company"]),
        _element("sourcename", item["company"]),
        _element("city", place.get("city")),
        _element("state", place.get("region")),
        _element("country", place.get("country")),
        _element("postalcode", place.get("postal_code")),
        _element("streetaddress", place.get("street")),
        _element("email", board.get("apply_email")),
        _element("description", board.get("description")),
        _element("salary", item.get("pay")),
        _element("jobtype", ", ".join(types)),
        _element("expirationdate", item.get("valid_through")),
        _element("remotetype", _INDEED_REMOTE.get(str(board.get("arrangement")))),
    ]
    return "  <job>\n" + "".join(parts) + "  </job>\n"


def linkedin_feed(entries: Iterable[Entry], look: SiteLook) -> bytes:
    """LinkedIn's Basic Jobs XML feed: a ``<source>`` with one ``<job>`` per open posting."""
    assert look.base_url is not None
    base = look.base_url
    records = _listed(entries)

    def lines() -> Iterator[str]:
        yield ('<?xml version="1.0" encoding="utf-8"?>\n<source>\n'
               f"  <lastBuildDate>{cdata(_stamp(_latest(records)))}</lastBuildDate>\n"
               f"  <publisherUrl>{cdata(base)}</publisherUrl>\n"
               f"  <publisher>{cdata(look.title)}</publisher>\n"
               f"  <expectedJobCount>{len(records)}</expectedJobCount>\n")
        for item in records:
            yield _linkedin_job(item, base)
        yield "</source>\n"

    return utf8(lines())


def _linkedin_job(item: Entry, base: str) -> str:
    board = item["board"]
    place = _first_place(board)
    types = [_LINKEDIN_TYPES[t] for t in board.get("employment") or [] if t in _LINKEDIN_TYPES]
    workplace = _LINKEDIN_WORKPLACE.get(str(board.get("arrangement")))
    parts = [
        _element("partnerJobId", str(item["id"])[:40]),  # LinkedIn takes at most 40 characters
        _element("company", item["company"]),
        _element("title", item["title"]),
        _element("description", board.get("description")),
        _element("applyUrl", board.get("apply_url") or base + page_of(item)),
        _element("location", item.get("location") or _place_text(place)),
        _element("city", place.get("city")),
        _element("state", place.get("region")),
        _element("country", place.get("country")),
        _element("postalCode", place.get("postal_code")),
        _element("jobtype", types[0] if types else None),
        _element("workplaceTypes", workplace),
        _salaries(board.get("salary")),
    ]
    return "  <job>\n" + "".join(parts) + "  </job>\n"


def _place_text(place: dict[str, Any]) -> str | None:
    named = [str(place[key]) for key in ("city", "region", "country") if place.get(key)]
    return ", ".join(named) or None


def _salaries(salary: dict[str, Any] | None) -> str:
    """LinkedIn's ``<salaries>``: the base pay's low and high ends, currency and period."""
    if not salary or salary.get("period") not in _LINKEDIN_PERIODS:
        return ""
    currency = xml_text(str(salary.get("currency") or ""))

    def end(name: str, amount: object) -> str:
        return (f"        <{name}><amount>{int(str(amount))}</amount>"
                f"<currencyCode>{currency}</currencyCode></{name}>\n")

    return ("    <salaries>\n      <salary>\n"
            + end("highEnd", salary["max"]) + end("lowEnd", salary["min"])
            + f"        <period>{_LINKEDIN_PERIODS[salary['period']]}</period>\n"
            "        <type>BASE_SALARY</type>\n      </salary>\n    </salaries>\n")
