"""Posting -> schema.org ``JobPosting`` JSON-LD, as Google's job posting guidelines ask.

The data comes from the structured :class:`~jdgen.models.Posting`, never from the
rendered text. :func:`missing` lists what Google requires or recommends but the
input does not give, so the user sees a warning instead of a silently weaker page.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from jdgen.models import ApplicantArea, Location, Posting

# Characters that could end a <script> element or start an HTML comment or
# entity inside one, written as JSON escapes so the text stays valid JSON.
_SCRIPT_SAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                "\u2028": "\\u2028", "\u2029": "\\u2029"}


# The tags Google's job posting guidelines allow in ``description``.
ALLOWED_TAGS = frozenset({"p", "ul", "li", "h1", "h2", "h3", "h4", "h5", "br", "strong", "em"})
_LINK = re.compile(r'<a href="([^"]*)"[^>]*>(.*?)</a>', re.DOTALL)
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?/?>")
# A tag that is not one of ALLOWED_TAGS written bare (as markdown-it writes them).
_OTHER_TAG = re.compile(r"<(?!/?(?:p|ul|li|h[1-5]|br|strong|em)>|br ?/>)/?[a-zA-Z]")


def google_html(html: str) -> str:
    """``html`` (as jdgen renders it) with only the tags Google allows.

    A link keeps its text and shows its address after it; other tags are dropped
    and their text kept, so no word of the posting is lost.
    """
    def link(match: re.Match[str]) -> str:
        target, text = match.group(1), match.group(2)
        address = target.removeprefix("mailto:")
        return text if address in text else f"{text} ({address})"

    def tag(match: re.Match[str]) -> str:
        name = match.group(1).lower()
        if name not in ALLOWED_TAGS:
            return ""
        return f"<{'/' if match.group(0).startswith('</') else ''}{name}>"

    if "<a " in html:
        html = _LINK.sub(link, html)
    if not _OTHER_TAG.search(html):  # the usual case: nothing else to take out
        return html
    return _TAG.sub(tag, html)


def job_posting(posting: Posting, description_html: str,
                modified: dt.date | None = None) -> dict[str, Any]:
    """The ``JobPosting`` object for ``posting``; ``description_html`` is the body as HTML.

    ``modified`` is the day a careers site saw the posting's content last change
    (see jdgen.site.record); it is written only when later than ``datePosted``.
    """
    data: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": posting.title,
        "description": google_html(description_html),
        "datePosted": posting.date_posted.isoformat(),
    }
    if modified is not None and modified > posting.date_posted:
        data["dateModified"] = modified.isoformat()
    if posting.valid_through:
        data["validThrough"] = posting.valid_through.isoformat()
    if posting.employment_type:
        types = posting.employment_type
        data["employmentType"] = types[0] if len(types) == 1 else list(types)
    data["hiringOrganization"] = _organization(posting)
    places = [_place(loc) for loc in posting.places]
    if places and posting.arrangement != "remote":
        data["jobLocation"] = places[0] if len(places) == 1 else places
    if posting.arrangement == "remote":
        data["jobLocationType"] = "TELECOMMUTE"
        areas = [_area(a) for a in posting.applicant_locations]
        if areas:
            data["applicantLocationRequirements"] = areas[0] if len(areas) == 1 else areas
    if posting.pay:
        data["baseSalary"] = _salary(posting)
    if posting.identifier:
        data["identifier"] = {
            "@type": "PropertyValue", "name": posting.company, "value": posting.identifier,
        }
    if posting.direct_apply is not None:
        data["directApply"] = posting.direct_apply
    data["occupationalCategory"] = posting.onet_soc
    if posting.industry:
        data["industry"] = posting.industry
    data["responsibilities"] = [b for area in posting.responsibilities for b in area.bullets]
    data["qualifications"] = list(posting.required)
    data["skills"] = list(posting.skills)
    if posting.benefits:
        data["jobBenefits"] = list(posting.benefits)
    return data


def _organization(posting: Posting) -> dict[str, Any]:
    org: dict[str, Any] = {"@type": "Organization", "name": posting.company}
    if posting.website:
        org["sameAs"] = posting.website
        org["url"] = posting.website
    if posting.logo:
        org["logo"] = posting.logo
    return org


def _place(loc: Location) -> dict[str, Any]:
    address: dict[str, Any] = {"@type": "PostalAddress"}
    place = loc.place  # 'Leeds, UK': the country, never a region of 'UK'
    fields = {
        "streetAddress": loc.street_address,
        "addressLocality": place.locality,
        "addressRegion": place.address_region,
        "postalCode": loc.postal_code,
        "addressCountry": place.country,
    }
    address.update({k: v for k, v in fields.items() if v})
    return {"@type": "Place", "address": address}


def _area(area: ApplicantArea) -> dict[str, Any]:
    if area.region:
        return {"@type": "State", "name": area.region,
                "containedInPlace": {"@type": "Country", "name": area.country}}
    return {"@type": "Country", "name": area.country}


def _salary(posting: Posting) -> dict[str, Any]:
    pay = posting.pay
    assert pay is not None
    value: dict[str, Any] = {"@type": "QuantitativeValue"}
    if pay.min == pay.max:
        value["value"] = pay.min
    else:
        value["minValue"] = pay.min
        value["maxValue"] = pay.max
    value["unitText"] = pay.period.upper()
    return {"@type": "MonetaryAmount", "currency": pay.currency, "value": value}


def to_json(data: dict[str, Any]) -> str:
    """Stable, readable JSON that is safe inside an HTML ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    for char, escape in _SCRIPT_SAFE.items():
        text = text.replace(char, escape)
    return text


def missing(posting: Posting) -> list[str]:
    """What Google requires or recommends that this posting cannot say, one line each."""
    problems: list[str] = []
    remote = posting.arrangement == "remote"
    if not posting.places and not remote:
        problems.append("jobLocation: Google requires a workplace address for jobs that are "
                        "not fully remote; add locations to the company file or use --location")
    if not remote:
        for loc in posting.places:
            if not loc.country_code:
                problems.append(f"jobLocation: '{loc.display()}' has no country; add one "
                                "(an ISO 3166 code such as US) to the location")
    if remote and not posting.applicant_locations:
        problems.append("applicantLocationRequirements: a fully remote job should say which "
                        "countries or states applicants may live in; use --applicant-country, "
                        "a country in --location, or applicant_locations in the company file")
    recommended = [
        ("validThrough", posting.valid_through is None,
         "no closing date; use --valid-through or --valid-for"),
        ("employmentType", not posting.employment_type,
         "no employment type; use --employment-type (e.g. FULL_TIME)"),
        ("baseSalary", posting.pay is None, "no pay range; use --salary"),
        ("identifier", posting.identifier is None,
         "no posting id; use --posting-id"),
        ("directApply", posting.direct_apply is None,
         "not said whether candidates can apply on the page; use --direct-apply or "
         "--no-direct-apply"),
    ]
    for prop, absent, hint in recommended:
        if absent:
            problems.append(f"{prop}: {hint} (recommended by Google)")
    return problems
