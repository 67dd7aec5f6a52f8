"""The Jinja environment: sandboxed, strict, and Markdown-escaping every value.

Templates are code written by people we trust a little (the user's own
``templates/`` folder); the values they print are data typed by anyone. So:

* the environment is a ``SandboxedEnvironment`` (no access to Python internals,
  ``range`` capped) with ``StrictUndefined`` (a typo is an error, not a blank);
* every printed value passes through :func:`markdown_escape`, so a company
  called ``*Acme* [x](y)`` prints literally and ``{{ 7*7 }}`` stays text.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from jdgen import cache
from jdgen.errors import TemplateError

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_BLANK_RUN = re.compile(r"\n{3,}")
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+(?=[.)]))")


class Raw(str):
    """Text that is already Markdown and must not be escaped again."""

    __slots__ = ()


def markdown_escape(value: Any) -> str:
    """Escape ``value`` so Markdown shows it exactly as typed."""
    if isinstance(value, Raw):
        return value
    if value is None:
        raise TemplateError("a template printed an empty value (None)")
    text = str(value)
    if "\n" not in text and "\r" not in text and "&" not in text \
            and _INLINE.search(text) is None \
            and _LINE_START.match(text) is None:
        return text  # the common case: nothing Markdown could misread
    text = _ENTITY.sub("\\&", _INLINE.sub(r"\\\1", text))
    # Only Markdown's own line endings split lines: str.splitlines would also break at
    # U+2028, U+0085 ... and turn them into real new lines (and new Markdown blocks).
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_LINE_START.sub(_escape_line_start, ln) for ln in text.split("\n")]
    return "\n".join(lines)


def _escape_line_start(match: re.Match[str]) -> str:
    """Escape a list, heading or quote marker: '- x' -> '\\- x', '1. x' -> '1\\. x'."""
    indent, marker = match.group(1), match.group(2)
    if marker[0].isdigit():
        return indent + marker + "\\"
    return indent + "\\" + marker


def link_target(url: str) -> Raw:
    """A URL made safe for a Markdown link destination ``[text](<url>)``."""
    safe = url.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    return Raw(f"<{safe}>")


def long_date(value: dt.date) -> str:
    """'25 November 2026': unambiguous in every English-speaking country."""
    months = ("January February March April May June July August September October "
              "November December").split()
    return f"{value.day} {months[value.month - 1]} {value.year}"


MAX_LOOP_STEPS = 200_000
MAX_OUTPUT_CHARS = 2_000_000
_steps: contextvars.ContextVar[int] = contextvars.ContextVar("jdgen_template_steps", default=0)


class Sandbox(SandboxedEnvironment):
    """Jinja's sandbox with budgets: templates cannot loop or grow without end.

    ``range`` shares one budget of :data:`MAX_LOOP_STEPS` per render, so nested
    loops cannot multiply into hours of work; ``*`` and ``**`` refuse results
    that would exhaust memory; :func:`render` caps the total output.
    """

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and abs(right) > 64 and \
                isinstance(left, int) and abs(left) > 1:
            raise SecurityError("exponent too large for a template")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(times, int) and \
                        len(seq) * times > MAX_OUTPUT_CHARS:
                    raise SecurityError("repeating a value that many times is not allowed")
        return super().call_binop(context, operator, left, right)


def budgeted_range(*args: int) -> range:
    numbers = range(*args)
    used = _steps.get() + len(numbers)
    if used > MAX_LOOP_STEPS:
        raise SecurityError(
            f"loops in this template would run more than {MAX_LOOP_STEPS:,} steps"
        )
    _steps.set(used)
    return numbers


def make_environment(dirs: Sequence[Path]) -> SandboxedEnvironment:
    """Environment that loads templates from ``dirs`` in order.

    The last folder is jdgen's built-in one; it is also reachable as
    ``builtin/<name>`` so a user template can extend the built-in template of
    the same name.
    """
    env = sandbox(search_loaders(dirs), finalize=markdown_escape, autoescape=False)
    env.filters["link"] = link_target
    env.filters["andlist"] = and_list
    return env


def and_list(items: Sequence[str]) -> str:
    """'Budgeting', 'ERP systems', 'Negotiation' -> 'budgeting, ERP systems and negotiation'."""
    words = [item if item[1:2].isupper() else item[:1].lower() + item[1:] for item in items]
    if len(words) <= 2:
        return " and ".join(words)
    # A serial comma keeps 'budgets, hiring, and time and cost' unambiguous.
    comma = "," if any(" and " in word for word in words[-2:]) else ""
    return f"{', '.join(words[:-1])}{comma} and {words[-1]}"


def search_loaders(dirs: Sequence[Path]) -> list[jinja2.BaseLoader]:
    """Load from ``dirs`` in order; the last (built-in) folder also as ``builtin/<name>``."""
    from jdgen.templatefiles import CappedFileSystemLoader as Files  # reads with a size cap

    return [
        Files([str(d) for d in dirs]),
        jinja2.PrefixLoader({"builtin": Files(str(dirs[-1]))}),
    ]


class CompiledTemplates(jinja2.BytecodeCache):
    """Templates compiled once, kept in the per-user cache (:mod:`jdgen.cache`).

    Compiling a template costs more than rendering it. Jinja names each entry by
    the template's name and file and rejects it when the source has changed;
    ``flavor`` adds everything else the compiled code depends on. An entry that
    is damaged in any way is ignored and the template compiled again.
    """

    KIND = "templates"

    def __init__(self, flavor: str) -> None:
        self.flavor = flavor

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = cache.load(self.KIND, cache.key(self.flavor, bucket.key))
        if data is None:
            return
        try:
            bucket.bytecode_from_string(data)
        except Exception:  # an unreadable entry is only a missed chance to skip work
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        cache.store(self.KIND, cache.key(self.flavor, bucket.key), bucket.bytecode_to_string())


def compiled_templates(*settings: str) -> CompiledTemplates | None:
    """The compiled-template cache for an environment made with ``settings``, if caching is on.

    Compiled code depends on Jinja, Python, the environment's settings and the
    sandbox defined here, so all of them name the entries.
    """
    flavor = cache.key_with_code([Path(__file__)], jinja2.__version__, sys.version, *settings)
    return None if flavor is None else CompiledTemplates(flavor)


def sandbox(loaders: list[jinja2.BaseLoader], *, finalize: Any, autoescape: bool) -> Sandbox:
    """A strict, budgeted sandbox over ``loaders``; the one place environments are made."""
    env = Sandbox(
        bytecode_cache=compiled_templates(getattr(finalize, "__qualname__", repr(finalize)),
                                          f"autoescape={autoescape}"),
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        finalize=finalize,
        autoescape=autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.globals["range"] = budgeted_range
    env.filters["longdate"] = long_date
    return env


def render(env: jinja2.Environment, name: str, **context: Any) -> str:
    """Render template ``name``; turn every Jinja failure into one clear line."""
    try:
        template = env.get_template(name)
        text = _render_capped(template, context)
    except jinja2.TemplateSyntaxError as exc:
        where = f"{exc.filename or exc.name}:{exc.lineno}"
        raise TemplateError(f"{where}: template syntax error: {exc.message}") from None
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"template '{exc.name}' not found") from None
    except jinja2.UndefinedError as exc:
        raise TemplateError(f"{_where(exc, name)}: {exc.message}") from None
    except jinja2.exceptions.SecurityError as exc:
        where = _where(exc, name)
        raise TemplateError(f"{where}: blocked by the template sandbox: {exc}") from None
    except TemplateError:
        raise
    except (jinja2.TemplateError, TypeError, ValueError, OverflowError, RecursionError) as exc:
        raise TemplateError(f"{_where(exc, name)}: template failed: {exc}") from None
    return _tidy(text)


def _render_capped(template: jinja2.Template, context: dict[str, Any]) -> str:
    """Render with a fresh loop budget, stopping once the output is absurdly long."""
    token = _steps.set(0)
    try:
        parts: list[str] = []
        size = 0
        for chunk in template.generate(**context):
            size += len(chunk)
            if size > MAX_OUTPUT_CHARS:
                raise SecurityError(
                    f"output is longer than {MAX_OUTPUT_CHARS:,} characters"
                )
            parts.append(chunk)
        return "".join(parts)
    finally:
        _steps.reset(token)


def _where(exc: BaseException, name: str) -> str:
    """Template file and line of the frame that raised ``exc``, when known."""
    tb = exc.__traceback__
    found = name
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if "__jinja_exception__" in tb.tb_frame.f_globals or filename.endswith(".j2"):
            found = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found


def _tidy(text: str) -> str:
    """Drop spaces that end lines, collapse runs of blank lines, end with one newline."""
    text = "\n".join([line.rstrip(" \t") for line in text.split("\n")])
    if "\n\n\n" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    return text.strip() + "\n"
