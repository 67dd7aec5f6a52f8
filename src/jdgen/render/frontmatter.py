"""YAML front matter for static-site generators (Jekyll, Hugo, Eleventy, MkDocs).

Static-site generators run a template language over Markdown files that carry
front matter, so the body is made inert too: in ``{{``, ``{%`` and ``{#``
(Liquid, Nunjucks, Hugo shortcodes) the second character gets a Markdown
backslash, which breaks the pair for the template engine and renders as nothing.
"""

from __future__ import annotations

import re
from typing import Any

from jdgen.models import Posting

_TEMPLATE_OPENERS = re.compile(r"(?<=\{)([{%#])")


def front_matter(posting: Posting) -> dict[str, Any]:
    """The facts a site's layout and listing pages need, in a stable order."""
    data: dict[str, Any] = {
        "title": posting.title,
        "company": posting.company,
        "slug": posting.slug,
        "date": posting.date_posted,
        "locale": posting.locale,
    }
    if posting.valid_through:
        data["valid_through"] = posting.valid_through
    if posting.location:
        data["location"] = posting.location
    if posting.arrangement:
        data["work_arrangement"] = posting.arrangement
    if posting.employment_type:
        data["employment_type"] = list(posting.employment_type)
    if posting.pay:
        data["salary"] = {
            "min": posting.pay.min,
            "max": posting.pay.max,
            "currency": posting.pay.currency,
            "period": posting.pay.period,
            "text": posting.compensation,
        }
    if posting.identifier:
        data["id"] = posting.identifier
    data["role"] = posting.role_id
    data["tags"] = list(posting.keywords)
    return data


def with_front_matter(posting: Posting, markdown: str) -> str:
    """``markdown`` preceded by a ``---`` YAML block, with template openers neutralised."""
    import yaml

    block = yaml.safe_dump(front_matter(posting), sort_keys=False, allow_unicode=True,
                           default_flow_style=False, width=1000)
    return f"---\n{block}---\n\n{inert(markdown)}"


def inert(markdown: str) -> str:
    """Backslash ``{``, ``%`` or ``#`` after ``{`` so no site template engine runs the text."""
    return _TEMPLATE_OPENERS.sub(r"\\\1", markdown)
