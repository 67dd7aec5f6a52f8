"""Posting -> a standalone HTML page: the posting Markdown as HTML inside a page shell.

The body is the same Markdown every other format starts from, rendered by
markdown-it-py with raw HTML switched off, so text can never become markup.
The shell is a Jinja template (``page.html.j2``) rendered with autoescaping on;
it receives the body and the JSON-LD as ready-made, already-safe markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdgen.errors import TemplateError
from jdgen.models import EMPLOYMENT_LABELS, Posting
from jdgen.render.templating import render

if TYPE_CHECKING:
    from jinja2.sandbox import SandboxedEnvironment

    from jdgen.site.settings import SiteLook

PAGE_TEMPLATE = "page.html.j2"
_CUSTOM = "<html-template>"

def _refuse_none(value: Any) -> Any:
    if value is None:
        raise TemplateError("a template printed an empty value (None)")
    return value


def make_page_environment(dirs: Sequence[Path],
                          html_template: Path | None = None) -> SandboxedEnvironment:
    """Sandboxed, autoescaping environment for page shells.

    Search order matches the Markdown templates (``dirs``, the last being the
    built-in folder, also reachable as ``builtin/<name>``); ``html_template``,
    when given, is the page template itself and may extend the built-in one.
    """
    import jinja2

    from jdgen.render.templating import sandbox, search_loaders

    loaders: list[jinja2.BaseLoader] = []
    if html_template is not None:
        source = _read_template(html_template)
        loaders.append(jinja2.FunctionLoader(
            lambda name: (source, str(html_template), lambda: True) if name == _CUSTOM else None
        ))
    env = sandbox(loaders + search_loaders(dirs), finalize=_refuse_none, autoescape=True)
    env.filters["employment"] = lambda code: EMPLOYMENT_LABELS.get(code, code)
    env.globals["page_template"] = _CUSTOM if html_template is not None else PAGE_TEMPLATE
    return env


def _read_template(path: Path) -> str:
    from jdgen.inputs.reading import MAX_TEMPLATE_BYTES, ReadFailure, read_limited

    try:
        return read_limited(path, MAX_TEMPLATE_BYTES, what="template").decode("utf-8")
    except UnicodeDecodeError:
        raise TemplateError(f"{path}: template is not UTF-8 text") from None
    except ReadFailure as exc:
        raise TemplateError(f"{path}: {exc}") from None


def page_language(posting: Posting) -> str:
    """The page's ``lang``: the posting's locale where it has one."""
    return str(getattr(posting, "locale", None) or "en")


def split_heading(body_html: str) -> tuple[str, str]:
    """The body's leading ``<h1>`` and the rest, so a button can go right under the title."""
    end = body_html.find("</h1>")
    if not body_html.startswith("<h1>") or end < 0:
        return "", body_html
    end += len("</h1>\n") if body_html.startswith("</h1>\n", end) else len("</h1>")
    return body_html[:end], body_html[end:]


def apply_link(posting: Posting) -> tuple[str | None, str]:
    """Where the apply button goes, and what it says (no button without a place to apply)."""
    if posting.apply_url:
        return posting.apply_url, "Apply for this job"
    if posting.apply_email:
        return f"mailto:{posting.apply_email}", "Apply by email"
    return None, ""


def render_page(env: SandboxedEnvironment, posting: Posting, body_html: str,
                jsonld: str, look: SiteLook | None = None, page_name: str | None = None,
                *, closed: bool = False) -> str:
    """The full page; ``body_html`` and ``jsonld`` must already be safe markup.

    ``look`` is the careers site the page belongs to (none: a page on its own);
    ``page_name`` its file name there, which gives its canonical address. A
    ``closed`` posting's page says so, asks search engines not to index it and
    carries no JobPosting data, as Google asks of expired jobs.
    """
    from markupsafe import Markup

    from jdgen.site.settings import look as site_look

    look = look or site_look(None)
    heading, rest = split_heading(body_html)
    href, label = apply_link(posting)
    name = str(env.globals["page_template"])
    return render(env, name, posting=posting, body=Markup(body_html), heading=Markup(heading),
                  rest=Markup(rest), jsonld=Markup(jsonld), look=look, lang=page_language(posting),
                  canonical=look.url(page_name) if page_name else None,
                  apply_href=None if closed else href, apply_label=label, closed=closed)
