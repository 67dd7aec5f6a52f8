"""The Jinja environment: sandboxed, strict, and Markdown-escaping every value.

Templates are code written by people we trust a little (the user's own
``templates/`` folder); the values they print are data typed by anyone. So:

* the environment is a ``SandboxedEnvironment`` (no access to Python internals,
  ``range`` capped) with ``StrictUndefined`` (a typo is an error, not a blank);
* every printed value passes through :func:`markdown_escape`, so a company
  called ``*Acme* [x](y)`` prints literally and ``{{ 7*7 }}`` stays text.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import types
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment
from jinja2.visitor import NodeTransformer

from jdgen import cache
from jdgen.errors import TemplateError
from jdgen.render import budget

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


@jinja2.pass_context
def long_date(context: jinja2.runtime.Context, value: dt.date, locale: str | None = None) -> str:
    """'December 1, 2026' or '1 December 2026': the long date of ``locale``, else of the
    posting being rendered (its ``locale``), else of en-US."""
    from jdgen.locale import check_locale
    from jdgen.locale.formats import long_date as written

    chosen = check_locale(locale) if locale else getattr(context.get("posting"), "locale", None)
    return written(value, chosen if isinstance(chosen, str) else "en-US")


@jinja2.pass_context
def say(context: jinja2.runtime.Context, key: str, **values: object) -> str:
    """A fixed string from the locale catalogue, in the posting's locale:
    ``{{ say("heading.apply") }}`` -> 'How to apply';
    ``{{ say("heading.about", company=posting.company) }}`` -> 'About Acme'.
    The values are put in after the string is respelled, so they stay as given."""
    from jdgen.locale import catalogue

    chosen = getattr(context.get("posting"), "locale", None)
    try:
        found = catalogue.text(str(key), chosen if isinstance(chosen, str) else "en-US")
    except KeyError:
        raise jinja2.TemplateRuntimeError(f"say(): no catalogue string '{key}'") from None
    if not _names(found):
        return found
    try:
        return found.format_map({name: str(value) for name, value in values.items()})
    except (KeyError, IndexError, ValueError):
        raise jinja2.TemplateRuntimeError(
            f"say(): catalogue string '{key}' takes "
            f"{', '.join(sorted(_names(found))) or 'no values'}") from None


def _names(text: str) -> set[str]:
    import string

    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


MAX_LOOP_STEPS = budget.MAX_STEPS
MAX_OUTPUT_CHARS = budget.MAX_VALUE
LOOP_FILTER = "jdgen_loop"
CONCAT_FILTER = "jdgen_concat"
INCLUDE_FILTER = "jdgen_include"


class Sandbox(SandboxedEnvironment):
    """Jinja's sandbox with budgets: templates cannot loop, grow or run without end.

    Every render is charged to a :class:`jdgen.render.budget.Budget`: each loop
    iteration and call is a step, each value an operator, filter or method
    builds is sized before it is built, integers are capped, and a deadline
    stops a slow render. :func:`render` also caps the total output.
    """

    intercepted_binops = frozenset({"*", "**", "+", "-", "%"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        budget.check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        key = (obj.__class__, attr)  # the answer depends on these two alone
        safe = _SAFE.get(key)
        if safe is None:
            safe = super().is_safe_attribute(obj, attr, value) and \
                budget.allowed_method(obj, attr)
            if len(_SAFE) < 4096:
                _SAFE[key] = safe
        return safe

    def wrap_str_format(self, value: Any) -> Any:
        if not isinstance(value, types.MethodType | types.BuiltinMethodType) or \
                value.__name__ not in ("format", "format_map"):
            return None
        formatter = super().wrap_str_format(value)
        if formatter is None:
            return None
        text = str(value.__self__)

        def checked(*args: Any, **kwargs: Any) -> Any:
            if value.__name__ == "format_map":
                raise SecurityError("format_map() is not allowed in templates")
            budget.check_format(text, args, kwargs)
            return formatter(*args, **kwargs)

        return checked

    def call(__self, __context: Any, __obj: Any,  # noqa: N805 (Jinja's own signature)
             *args: Any, **kwargs: Any) -> Any:
        budget.current().step()
        if isinstance(__obj, jinja2.runtime.LoopContext) and args:  # a recursive loop
            args = (budget.counted(args[0]), *args[1:])
        bound = getattr(__obj, "__self__", None)
        if bound is not None and not isinstance(bound, type):
            args = budget.check_method(bound, getattr(__obj, "__name__", ""), args, kwargs)
        return budget.charge(super().call(__context, __obj, *args, **kwargs))

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        guarded = _Guard().visit(tree)
        assert isinstance(guarded, nodes.Template)
        return guarded


_SAFE: dict[tuple[type, str], bool] = {}  # (type, attribute) -> may a template use it


class _Guard(NodeTransformer):
    """Routes every loop and every ``~`` through the budget (see :mod:`jdgen.render.budget`)."""

    def visit_For(self, node: nodes.For) -> nodes.Node:  # noqa: N802 (Jinja's visitor names)
        self.generic_visit(node)
        text = sum(len(data.data) for part in node.body
                   for data in _with_self(part, nodes.TemplateData))
        node.iter = nodes.Filter(node.iter, LOOP_FILTER, [nodes.Const(text)], [], None, None,
                                 lineno=node.lineno)
        return node

    def visit_Include(self, node: nodes.Include) -> list[nodes.Node]:  # noqa: N802
        """Charge the text of the included template each time it is included."""
        return [nodes.ExprStmt(nodes.Filter(node.template, INCLUDE_FILTER, [], [], None, None,
                                            lineno=node.lineno), lineno=node.lineno), node]

    visit_Import = visit_FromImport = visit_Include  # noqa: N815 (importing renders it too)

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:  # noqa: N802
        self.generic_visit(node)
        return nodes.Filter(nodes.List(node.nodes, lineno=node.lineno), CONCAT_FILTER, [], [],
                            None, None, lineno=node.lineno)


def _with_self(node: nodes.Node, kind: type[nodes.TemplateData]) -> list[nodes.TemplateData]:
    found = list(node.find_all(kind))
    return [node, *found] if isinstance(node, kind) else found


@jinja2.pass_eval_context
def _concat(eval_ctx: jinja2.nodes.EvalContext, parts: list[Any]) -> str:
    return budget.concat(parts, bool(eval_ctx.autoescape))


@jinja2.pass_context  # never folded into a constant while compiling: it must run each time
def _charge_include(context: jinja2.runtime.Context, name: Any) -> str:
    """Charge the size of the template about to be included (or imported)."""
    env = context.environment
    if isinstance(name, str):
        sizes: dict[str, int] = env.__dict__.setdefault("_jdgen_sizes", {})
        if name not in sizes:
            try:
                filename = env.get_template(name).filename
                sizes[name] = os.path.getsize(filename) if filename else 0
            except (jinja2.TemplateError, OSError):
                sizes[name] = 0  # the include itself reports what is wrong
        budget.current().size(sizes[name])
    return ""


def budgeted_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_LOOP_STEPS:
        raise SecurityError(
            f"loops in this template would run more than {MAX_LOOP_STEPS:,} steps"
        )
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


_PLAIN_CAPITAL = re.compile(r"[A-Z][a-z]*(?![A-Za-z])")


def and_list(items: Sequence[str]) -> str:
    """'Budgeting', 'ERP systems', 'Negotiation' -> 'budgeting, ERP systems and negotiation'."""
    # Only a plain capitalised first word is lowered ('Budgeting'); 'SaaS', 'ERP', 'iPhone'
    # and anything else written with its own capitals is kept as written.
    words = [item[:1].lower() + item[1:] if _PLAIN_CAPITAL.match(item) else item
             for item in items]
    if len(words) <= 2:
        return " and ".join(words)
    # A serial comma keeps 'budgets, hiring, and time and cost' unambiguous.
    comma = "," if any(" and " in word for word in words[-2:]) else ""
    return f"{', '.join(words[:-1])}{comma} and {words[-1]}"


def search_loaders(dirs: Sequence[Path]) -> list[jinja2.BaseLoader]:
    """Load from ``dirs`` in order; the last (built-in) folder also as ``builtin/<name>``."""
    from jdgen.inputs.templatefiles import CappedFileSystemLoader as Files  # reads with a size cap

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
        finalize=_charged(finalize),
        autoescape=autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.globals["range"] = budgeted_range
    env.globals["say"] = say
    env.globals["lipsum"] = budget.lipsum(jinja2.utils.generate_lorem_ipsum)
    env.filters["longdate"] = long_date
    env.filters.update({name: budget.guard_filter(name, func)
                        for name, func in env.filters.items()})
    env.filters[LOOP_FILTER] = budget.loop
    env.filters[CONCAT_FILTER] = _concat
    env.filters[INCLUDE_FILTER] = _charge_include
    return env


def _charged(finalize: Any) -> Any:
    """``finalize`` (applied to every printed value), charging what it prints."""
    current = budget.running
    printed_size = budget.printed_size
    most, total = budget.MAX_VALUE, budget.MAX_WORK

    def charged(value: Any) -> Any:
        running = current()
        if running is not None:  # else Jinja is folding a constant while it compiles
            size = len(value) if value.__class__ is str else printed_size(value)
            running.work += size
            if size > most or running.work > total:
                running.size(size)  # raises the error that says which limit
        return finalize(value)

    charged.__qualname__ = getattr(finalize, "__qualname__", "finalize")
    return charged


def render(env: jinja2.Environment, name: str, **context: Any) -> str:
    """Render template ``name``; turn every Jinja failure into one clear line."""
    try:
        template = env.get_template(name)
        text = _checked_text(_render_capped(template, context), template.filename or name)
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
    except TemplateError as exc:  # a printed None: say where it was printed
        raise TemplateError(f"{_where(exc, name)}: {exc.message}") from None
    except (jinja2.TemplateError, TypeError, ValueError, RecursionError) as exc:
        raise TemplateError(f"{_where(exc, name)}: template failed: {exc}") from None
    except Exception as exc:  # whatever a template's own code raised: 1/0, [][1] ...
        raise TemplateError(f"{_where(exc, name)}: template failed: "
                            f"{type(exc).__name__}: {exc}") from None
    return _tidy(text)


def _checked_text(text: str, name: str) -> str:
    """``text``, refused if it holds what UTF-8 cannot encode (a lone surrogate)."""
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise TemplateError(
                f"{name}: the template printed text that is not valid Unicode "
                f"(a lone surrogate, U+{ord(text[exc.start]):04X})") from None
    return text


def _render_capped(template: jinja2.Template, context: dict[str, Any]) -> str:
    """Render with a fresh budget, stopping once the output is absurdly long."""
    token = budget.start()
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
        budget.end(token)


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
