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
from jdgen.templating import render

if TYPE_CHECKING:
    from jinja2.sandbox import SandboxedEnvironment

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

    from jdgen.templating import sandbox, search_loaders

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
    from jdgen.reading import MAX_TEMPLATE_BYTES, ReadFailure, read_limited

    try:
        return read_limited(path, MAX_TEMPLATE_BYTES, what="template").decode("utf-8")
    except UnicodeDecodeError:
        raise TemplateError(f"{path}: template is not UTF-8 text") from None
    except ReadFailure as exc:
        raise TemplateError(f"{path}: {exc}") from None


def render_page(env: SandboxedEnvironment, posting: Posting, body_html: str,
                jsonld: str) -> str:
    """The full page; ``body_html`` and ``jsonld`` must already be safe markup."""
    from markupsafe import Markup

    name = str(env.globals["page_template"])
    return render(env, name, posting=posting, body=Markup(body_html), jsonld=Markup(jsonld))
