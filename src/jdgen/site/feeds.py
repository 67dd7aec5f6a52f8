"""Feeds for machines: ``sitemap.xml`` (sitemaps.org 0.9) and ``feed.xml`` (Atom, RFC 4287).

Both need absolute addresses, so they are written only when the site has a
``base_url``. Every date comes from the postings, never the clock, so the
same inputs give the same bytes: a posting's ``lastmod`` and ``<updated>``
are the day its content last changed (``date_modified``, kept in the site's
record), its ``<published>`` the day it first appeared.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from jdgen.site.index import Entry, utf8
from jdgen.site.indexpage import page_of, records_of
from jdgen.site.settings import INDEX_PAGE, SiteLook

SITEMAP = "sitemap.xml"
FEED = "feed.xml"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
ATOM_NS = "http://www.w3.org/2005/Atom"

# Characters XML 1.0 cannot hold at all (jdgen's inputs reject them; this is a last guard).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(value: str) -> str:
    """``value`` escaped for XML text and attribute values."""
    value = _NOT_XML.sub("", value)
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def _newest_first(records: Sequence[Entry]) -> list[int]:
    """Positions of the entries, newest posting first (manifest order among equals)."""
    order = [(str(item["date_posted"] or ""), index) for index, item in enumerate(records)]
    order.sort(key=lambda pair: pair[1])
    order.sort(key=lambda pair: pair[0], reverse=True)
    return [index for _, index in order]


def changed(item: Entry) -> str | None:
    """The day an entry's content last changed (an index from before jdgen kept it:
    the day it was posted)."""
    day = item.get("date_modified") or item["date_posted"]
    return str(day) if day else None


def _latest(records: Sequence[Entry]) -> str | None:
    return max((day for item in records if (day := changed(item))), default=None)


def sitemap(entries: Iterable[Entry], look: SiteLook) -> bytes:
    """The index page and every posting page, each with the date it was last changed."""
    assert look.base_url is not None
    base = look.base_url
    records = records_of(entries)

    def url(address: str, day: str | None) -> str:
        modified = f"<lastmod>{day}</lastmod>" if day else ""
        return f"  <url><loc>{xml_text(address)}</loc>{modified}</url>\n"

    def lines() -> Iterator[str]:
        yield f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{SITEMAP_NS}">\n'
        yield url(base + INDEX_PAGE, _latest(records))
        for item in records:
            yield url(base + page_of(item), changed(item))
        yield "</urlset>\n"

    return utf8(lines())


def _stamp(day: str) -> str:
    return f"{day}T00:00:00Z"  # RFC 3339 date-time: the start of the day the posting went up


def atom_feed(entries: Iterable[Entry], look: SiteLook) -> bytes:
    """An Atom feed of the postings, newest first."""
    assert look.base_url is not None
    base = look.base_url
    records = records_of(entries)
    updated = _latest(records) or "1970-01-01"

    def lines() -> Iterator[str]:
        yield (f'<?xml version="1.0" encoding="utf-8"?>\n'
               f'<feed xmlns="{ATOM_NS}" xml:lang="{xml_text(look.language)}">\n'
               f"  <title>{xml_text(look.title)}</title>\n")
        if look.intro:
            yield f"  <subtitle>{xml_text(look.intro)}</subtitle>\n"
        yield (f'  <link rel="self" type="application/atom+xml" href="{xml_text(base + FEED)}"/>\n'
               f'  <link rel="alternate" type="text/html" '
               f'href="{xml_text(base + INDEX_PAGE)}"/>\n'
               f"  <id>{xml_text(base + FEED)}</id>\n"
               f"  <updated>{_stamp(updated)}</updated>\n"
               "  <generator>jdgen</generator>\n")
        for index in _newest_first(records):
            yield _entry(records[index], base, updated)
        yield "</feed>\n"

    return utf8(lines())


def _entry(item: Entry, base: str, fallback: str) -> str:
    address = xml_text(base + page_of(item))
    day = _stamp(str(item["date_posted"] or fallback))
    updated = _stamp(changed(item) or fallback)
    title = str(item["title"] or "")
    company = str(item["company"] or "")
    heading = f"{title} at {company}" if company else title
    summary = f"    <summary>{xml_text(item['summary'])}</summary>\n" if item.get("summary") else ""
    return ("  <entry>\n"
            f"    <title>{xml_text(heading)}</title>\n"
            f'    <link rel="alternate" type="text/html" href="{address}"/>\n'
            f"    <id>{address}</id>\n"
            f"    <published>{day}</published>\n"
            f"    <updated>{updated}</updated>\n"
            f"    <author><name>{xml_text(company or title)}</name></author>\n"
            f"{summary}"
            "  </entry>\n")
