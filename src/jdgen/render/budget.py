"""Budgets for one template render: time, steps, and the size of every value made.

A user template is code, and Jinja's sandbox stops it from reaching Python's
internals but not from looping or growing values without end. Every render
gets a :class:`Budget`, and the sandbox (:mod:`jdgen.render.templating`) charges it:

* a **step** for every loop iteration (all ``{% for %}`` loops, whatever they
  iterate, recursive ones too), every item a filter such as ``join`` or
  ``sum`` consumes, every call, and the work a filter does on text or a
  mapping (:func:`work`: a step per character for ``wordwrap``, per 64 for a
  filter that runs at C speed): at most :data:`MAX_STEPS`; each step costs at
  most about 10 microseconds, so no single step runs long;
* the **size** of every value an operator, filter or method builds: no value
  over :data:`MAX_VALUE` characters (a list slot counts as :data:`SLOT`),
  checked *before* it is built, and at most :data:`MAX_WORK` built in all,
  including the text a loop body prints on each pass;
* integers of at most :data:`MAX_INT_BITS` bits, again checked first;
* a wall-clock **deadline** of :data:`MAX_SECONDS`, checked at least every
  32 steps and before every filter, so a render ends within the deadline plus
  one filter's work.

No single step can take long or use much memory, because each step's size is
checked first; so the three together bound the whole render.
"""

from __future__ import annotations

import contextvars
import re
import string
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from jinja2.exceptions import SecurityError

MAX_STEPS = 200_000
MAX_VALUE = 2_000_000
MAX_WORK = 20_000_000
MAX_INT_BITS = 8_192
MAX_SECONDS = 10.0
SLOT = 8  # a list, tuple or dict slot counts as this many characters (it takes 8 bytes or more)
_CLOCK_EVERY = 32  # steps between two looks at the clock


class Budget:
    """What one render has used so far."""

    __slots__ = ("_check_at", "deadline", "steps", "work")

    def __init__(self, seconds: float | None = None) -> None:
        self.steps = 0
        self.work = 0
        self.deadline = time.monotonic() + (MAX_SECONDS if seconds is None else seconds)
        self._check_at = 0

    def step(self, count: int = 1) -> None:
        """Charge ``count`` steps, and stop a render that ran out of steps or time."""
        self.steps += count
        if self.steps > self._check_at:
            self._check()

    def _check(self) -> None:
        """Look at the clock (every few dozen steps: each step is small) and the step count."""
        if self.steps > MAX_STEPS:
            raise SecurityError(
                f"this template's loops and filters would run more than {MAX_STEPS:,} steps")
        if time.monotonic() > self.deadline:
            raise SecurityError(f"the template ran for more than {MAX_SECONDS:g} seconds")
        self._check_at = min(self.steps + _CLOCK_EVERY, MAX_STEPS)

    def size(self, length: int) -> None:
        """Charge a value of ``length`` characters *before* it is made."""
        if length > MAX_VALUE:
            raise SecurityError(
                f"a value would be longer than {MAX_VALUE:,} characters")
        self.spend(length)

    def spend(self, length: int) -> None:
        """Charge ``length`` characters to the total only (text made in many pieces)."""
        self.work += length
        if self.work > MAX_WORK:
            raise SecurityError(
                f"the template would build more than {MAX_WORK:,} characters in all")


_current: contextvars.ContextVar[Budget | None] = contextvars.ContextVar(
    "jdgen_template_budget", default=None)


def current() -> Budget:
    """The budget of the render under way.

    Outside a render (Jinja folds constant expressions while it compiles) each
    use gets a budget of its own, so the limits of one value still hold.
    """
    budget = _current.get()
    return Budget() if budget is None else budget


def start() -> contextvars.Token[Budget | None]:
    """Give the render that starts now a fresh budget; :func:`end` with the token."""
    return _current.set(Budget())


def end(token: contextvars.Token[Budget | None]) -> None:
    _current.reset(token)


# ------------------------------------------------------------------ loops


def counted(iterable: Iterable[Any], text: int = 0) -> Iterator[Any]:
    """``iterable``, charging a step (and ``text`` characters) for every item."""
    budget = current()
    step = budget.step
    if text:
        spend = budget.spend
        for item in iterable:
            step()
            spend(text)
            yield item
    else:
        for item in iterable:
            step()
            yield item


running = _current.get  # the budget of the render under way, or None


def loop(iterable: Any, text: int = 0) -> Any:
    """The iterable of a ``{% for %}`` loop whose body prints ``text`` literal characters.

    A sequence (anything with a length) is charged for all its passes at once
    and handed on as it is, so Jinja's ``loop.length`` works and the loop runs
    at full speed; anything else is charged item by item as it is consumed.
    """
    if hasattr(iterable, "__len__"):
        budget = current()
        passes = len(iterable)
        budget.step(passes)
        if text:
            budget.spend(passes * text)
        return iterable
    return counted(iterable, text)


# ----------------------------------------------------------- value sizes


def int_bits(value: Any) -> int:
    return value.bit_length() if isinstance(value, int) else 0


def check_int(bits: int) -> None:
    if bits > MAX_INT_BITS:
        raise SecurityError(f"a number would have more than {MAX_INT_BITS:,} bits")


def check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse ``left operator right`` when its result would be too big, before computing it."""
    budget = current()
    budget.step()
    ints = isinstance(left, int) and isinstance(right, int)
    if operator == "**":
        if ints and right > 0 and abs(left) > 1:
            if right > MAX_INT_BITS or int_bits(left) * right > MAX_INT_BITS:
                raise SecurityError("exponent too large for a template")
    elif operator == "*":
        if ints:
            check_int(int_bits(left) + int_bits(right))
        for seq, times in ((left, right), (right, left)):
            if _sized(seq) and isinstance(times, int):
                budget.size(len(seq) * max(times, 0) * _weight(seq))
    elif operator in {"+", "-"}:
        if ints:
            check_int(max(int_bits(left), int_bits(right)) + 1)
        elif operator == "+" and _sized(left) and _sized(right):
            budget.size((len(left) + len(right)) * _weight(left))
    elif operator == "%" and isinstance(left, str):
        check_printf(left, right)


def _weight(value: Any) -> int:
    """What one item of ``value`` counts for: a character 1, a list or dict slot :data:`SLOT`."""
    return 1 if isinstance(value, str | bytes) else SLOT


def _sized(value: Any) -> bool:
    return isinstance(value, str | bytes | list | tuple)


def charge(value: Any) -> Any:
    """Charge a value just made (a call's or filter's result) and hand it back."""
    if isinstance(value, str | bytes | list | tuple | dict):
        current().size(len(value) * _weight(value))
    elif isinstance(value, int):
        check_int(int_bits(value))
    return value


def concat(parts: Iterable[Any], markup: bool) -> str:
    """``a ~ b ~ c``: the pieces' lengths are checked before they are joined."""
    from jinja2.runtime import markup_join
    from markupsafe import soft_str

    parts = list(parts)
    current().size(sum(map(printed_size, parts)))
    pieces = [soft_str(part) for part in parts]
    return markup_join(pieces) if markup else "".join(pieces)


_PRINTF = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([a-zA-Z%])")


def check_printf(text: str, args: Any) -> None:
    """Refuse ``text % args`` when widths or precisions would make it too long."""
    values = list(args.values()) if isinstance(args, Mapping) else \
        list(args) if isinstance(args, tuple) else [args]
    extra = 0
    for match in _PRINTF.finditer(text):
        for number in match.group(1, 2):
            if number == "*":
                raise SecurityError("'*' widths are not allowed in template formats")
            if number:
                extra += int(number) if len(number) <= 9 else MAX_VALUE + 1
    arguments = sum(map(printed_size, values))
    current().size(len(text) + extra + arguments * max(text.count("%"), 1))


def check_format(text: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """Refuse ``text.format(...)`` when widths or precisions would make it too long."""
    extra = fields = 0
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return  # str.format itself reports the mistake
    for _, name, spec, _ in parsed:
        if name is None:
            continue
        fields += 1
        if spec and "{" in spec:
            raise SecurityError("nested '{}' in a format specification are not allowed "
                                "in templates")
        for number in re.findall(r"\d+", spec or ""):
            extra += int(number) if len(number) <= 9 else MAX_VALUE + 1
    longest = max(map(printed_size, (*args, *kwargs.values())), default=0)
    current().size(len(text) + extra + fields * longest)


# --------------------------------------------------------------- filters

# Filters that walk their first argument: each item they consume is a step.
_WALKING = frozenset({"batch", "first", "groupby", "join", "list", "map", "max", "min",
                      "reject", "rejectattr", "select", "selectattr", "slice", "sort",
                      "sum", "unique"})


def printed_size(value: Any) -> int:
    """About how many characters ``str(value)`` has, found without making it.

    Containers are walked (a step per item), so printing a list of a million
    long strings is refused before its text is built.
    """
    if isinstance(value, str | bytes):
        return len(value)
    if isinstance(value, bool | float) or value is None:
        return 24
    if isinstance(value, int):
        return 2 + int_bits(value) // 3
    if isinstance(value, list | tuple | set | frozenset | dict):
        budget = current()
        budget.step(len(value))
        items = (value.items() if isinstance(value, dict) else value)
        return 2 + sum(printed_size(item) + 2 for item in items)
    return 0 if hasattr(value, "__html__") else 64



# Characters of its input a filter is charged one step for, so that no step takes long:
# a step of any filter costs at most about 10 microseconds on the reference machine
# (textwrap works on each character in Python; urlize on each word; the rest in C).
_CHARS_PER_STEP = {"wordwrap": 1, "urlize": 2, "striptags": 16, "title": 16, "indent": 16,
                   "wordcount": 16, "urlencode": 16, "unique": 16}
_DEFAULT_CHARS_PER_STEP = 64


def work(name: str, value: Any) -> int:
    """The steps filter ``name`` is charged for the work it does on ``value``.

    Text costs a step per :data:`_CHARS_PER_STEP` characters (per 64 for
    filters that run at C speed); a mapping a step per entry (``xmlattr``,
    ``dictsort``, ``items`` and ``tojson`` visit each). Charged before the
    filter runs, so the step limit and the clock stop it first.
    """
    per = _CHARS_PER_STEP.get(name, _DEFAULT_CHARS_PER_STEP)
    if isinstance(value, str):
        return len(value) // per
    if isinstance(value, dict):
        return len(value)
    if name in _CHARS_PER_STEP and not isinstance(value, list | tuple):
        return printed_size(value) // per  # made into text first
    return 0


def _check_filter(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Pre-checks of the filters whose result can be much bigger than their input."""
    budget = current()

    def arg(index: int, key: str, default: Any) -> Any:
        return args[index] if len(args) > index else kwargs.get(key, default)

    value = args[0] if args else None
    if name == "center":
        budget.size(max(printed_size(value), _number(arg(1, "width", 80))))
    elif name == "indent":
        width = arg(1, "width", 4)
        width = len(width) if isinstance(width, str) else _number(width)
        text = str(value)
        budget.size(len(text) + (text.count("\n") + 1) * width)
    elif name == "wordwrap":
        wrap = arg(3, "wrapstring", None)
        budget.size(printed_size(value) * (1 + (len(wrap) if isinstance(wrap, str) else 1)))
    elif name == "replace":
        text, old, new = str(value), str(arg(1, "old", "")), str(arg(2, "new", ""))
        found = text.count(old) if old else len(text) + 1
        count = arg(3, "count", None)
        if isinstance(count, int) and count >= 0:
            found = min(found, count)
        budget.size(len(text) + found * len(new))
    elif name == "truncate":
        budget.size(printed_size(value) + len(str(arg(3, "end", "..."))))
    elif name == "format":
        check_printf(str(value), kwargs or tuple(args[1:]))
    elif name == "batch":
        if arg(2, "fill_with", None) is not None:
            budget.size(_number(arg(1, "linecount", 0)) * SLOT)
    elif name == "sum":
        start = arg(2, "start", 0)
        if not isinstance(start, int | float):
            raise SecurityError("sum() in a template adds numbers only")
    elif name == "slice":
        budget.step(_number(arg(1, "slices", 0)))
    elif name in {"string", "tojson", "pprint", "list"}:
        budget.size(printed_size(value))
    budget.step(work(name, value))  # after the size checks: a bomb is named as one


def _number(value: Any) -> int:
    try:
        return max(int(value), 0)
    except (TypeError, ValueError, OverflowError):
        return 0


def guard_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """``func`` with steps, pre-checks and a charge for its result."""
    import functools

    from jinja2.utils import _PassArg

    skip = 0 if _PassArg.from_obj(func) is None else 1  # the context Jinja passes first
    walks = name in _WALKING

    @functools.wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        current().step()
        if len(args) > skip:
            _check_filter(name, args[skip:], kwargs)
            if name == "join":
                items = list(counted(args[skip]))
                joiner = args[skip + 1] if len(args) > skip + 1 else kwargs.get("d", "")
                current().size(sum(map(printed_size, items)) + len(str(joiner)) * len(items))
                args = (*args[:skip], items, *args[skip + 1:])
            elif walks and not isinstance(args[skip], str | dict):
                args = (*args[:skip], counted(args[skip]), *args[skip + 1:])
            elif walks and isinstance(args[skip], str) and name != "first":
                current().step(len(args[skip]))
        return charge(func(*args, **kwargs))

    return guarded


# --------------------------------------------------------------- methods

# The only methods a template may call on Python's own types. Anything else
# (``translate``, ``expandtabs``, ``to_bytes``, ``encode`` ...) can build huge
# values from small arguments, and no template needs them.
SAFE_METHODS: dict[type, frozenset[str]] = {
    str: frozenset("""capitalize casefold center count endswith find format index isalnum
        isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace
        istitle isupper join ljust lower lstrip partition removeprefix removesuffix replace
        rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase
        title upper zfill escape striptags unescape""".split()),
    list: frozenset("append copy count extend index insert pop remove reverse sort".split()),
    dict: frozenset("copy get items keys pop setdefault update values".split()),
    tuple: frozenset("count index".split()),
    int: frozenset("bit_length real imag numerator denominator".split()),
    float: frozenset("is_integer real imag".split()),
}
_BUILTIN = tuple(SAFE_METHODS)


def allowed_method(obj: Any, attr: str) -> bool:
    """Whether ``obj.attr`` may be used, for values of Python's own types and models."""
    from pydantic import BaseModel

    if isinstance(obj, _BUILTIN):
        for kind, names in SAFE_METHODS.items():
            if isinstance(obj, kind):
                return attr in names
    if isinstance(obj, BaseModel):
        return not hasattr(BaseModel, attr)  # model_dump_json(indent=...), copy() ...
    return not isinstance(obj, bytes | set | frozenset | range) or attr in {"start", "stop",
                                                                           "step", "count",
                                                                           "index"}


def check_method(bound: Any, name: str, args: tuple[Any, ...],
                 kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """Pre-checks of the allowed methods whose result can outgrow their input.

    Returns the arguments to call with (an iterable to join is read once, here).
    """
    budget = current()
    if isinstance(bound, str):
        if name in {"center", "ljust", "rjust", "zfill"} and args:
            budget.size(max(len(bound), _number(args[0])))
        elif name == "replace" and len(args) >= 2:
            _check_filter("replace", (bound, *args), {})
        elif name == "join" and args:
            items = list(counted(args[0]))
            budget.size(sum(map(printed_size, items)) + len(bound) * len(items))
            return (items, *args[1:])
    elif isinstance(bound, list) and name in {"append", "insert", "extend"}:
        added = len(args[-1]) if name == "extend" and args and hasattr(args[-1], "__len__") \
            else 1
        if name == "extend" and args and not hasattr(args[-1], "__len__"):
            raise SecurityError("extend() in a template takes a list")
        budget.size((len(bound) + added) * SLOT)
    return args


def lipsum(budget_lipsum: Callable[..., Any]) -> Callable[..., Any]:
    """Jinja's ``lipsum`` with its size checked first."""

    def bounded(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> Any:
        current().step(_number(n))
        current().size(_number(n) * _number(max) * 12)
        return budget_lipsum(n, html, min, max)

    return bounded
