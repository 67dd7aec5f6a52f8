"""Hostile user templates: every way to burn time or memory stops with one clear line.

Each red-team example (issue 15, item 4) has a row, and each class of attack a
second variant, so a fix that only patches the example fails. Renders run
under ``tracemalloc``: a bomb must be refused *before* it allocates, not after.
"""

from __future__ import annotations

import tracemalloc

import jinja2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdgen.cli import main
from jdgen.errors import TemplateError
from jdgen.render import budget
from jdgen.render.templating import markdown_escape, render, sandbox

BUILD = ["build", "coo", "--company", "Acme", "--date", "2026-11-25", "-o", "-"]
PEAK_BYTES = 64 * 1024 * 1024  # far below what any of these bombs would take

LOOPS = "would run more than 200,000 steps"
VALUE = "a value would be longer than 2,000,000 characters"
WORK = "the template would build more than 20,000,000 characters in all"
BITS = "a number would have more than 8,192 bits"
UNSAFE = "is unsafe"

HOSTILE = [
    # loops over anything, not only range()
    ('{% for a in "x"*2000000 %}{% for b in "x"*2000000 %}{% endfor %}{% endfor %}', LOOPS),
    ('{% for a in "x"*1000000 %}{% endfor %}', LOOPS),
    ("{% for a in posting.title * 10000 %}{% for b in posting.company * 100 %}"
     "{% endfor %}{% endfor %}", LOOPS),
    ('{% for x in [1] recursive %}{{ loop("x" * 1999999) }}{% endfor %}', WORK),
    ('{{ ("x" * 1999999)|list|length }}', LOOPS),
    ("{{ ('x' * 1000000)|map('upper')|join }}", LOOPS),
    ("{{ ([1] * 1000000)|map('string')|join }}", VALUE),
    ("{{ [1]|slice(10**9)|list }}", LOOPS),
    ("{{ lipsum(10**9) }}", LOOPS),
    # padding and formatting
    ('{{ "x"|center(999999999) }}', VALUE),
    ('{{ "x".ljust(999999999) }}', VALUE),
    ('{{ "x".zfill(10**9) }}', VALUE),
    ('{{ "%0999999999d" % 1 }}', VALUE),
    ('{{ "%.999999999f"|format(1.5) }}', VALUE),
    ('{{ "%*d" % (999999999, 1) }}', "'*' widths are not allowed"),
    ('{{ "{:>999999999}".format(1) }}', VALUE),
    ('{{ "{:{w}}".format(1, w=999999999) }}', "nested '{}'"),
    ('{{ "{0}".format_map({}) }}', "format_map() is not allowed"),
    # integers
    ("{% set ns = namespace(x=3) %}{% for i in range(40) %}{% set ns.x = ns.x * ns.x %}"
     "{% endfor %}{{ ns.x }}", BITS),
    ("{% set ns = namespace(x=7) %}{% for i in range(20000) %}{% set ns.x = ns.x + ns.x %}"
     "{% endfor %}{{ ns.x }}", BITS),
    ("{{ ((2**64)**64)**64 }}", "exponent too large"),
    ("{{ 9 ** 999999 }}", "exponent too large"),
    # strings and lists that grow
    ('{{ ("x" * 1000000)|replace("x", "y" * 1000000) }}', VALUE),
    ('{{ "abc".replace("", "y" * 1000000) }}', VALUE),
    ('{% set ns = namespace(s="x") %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}'
     "{% endfor %}{{ ns.s|length }}", VALUE),
    ('{% set ns = namespace(s="x") %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}'
     "{% endfor %}{{ ns.s|length }}", VALUE),
    ('{% set b = "x" * 1000000 %}{% set ns = namespace(l=[]) %}{% for i in range(100) %}'
     "{% set ns.l = ns.l + [b ~ i] %}{% endfor %}", WORK),
    ('{% set l = [1] %}{% for i in range(40) %}{% set _ = l.extend(l) %}{% endfor %}', VALUE),
    ('{% set b = "x" * 1999999 %}{{ [b] * 199999 }}', LOOPS),
    ('{% set b = "x" * 1999999 %}{{ ([b] * 199999)|join }}', LOOPS),
    ('{% set b = "x" * 1999999 %}{{ ([b] * 100)|join }}', VALUE),
    ('{{ ("a\\n" * 999999)|indent(1000) }}', VALUE),
    ('{{ ("x" * 1999999)|wordwrap(1) }}', VALUE),
    ("{{ [1]|batch(10**9, 0)|list }}", VALUE),
    ("{{ ([[1]] * 1000)|sum(start=[]) }}", "adds numbers only"),
    # text printed inside set blocks and macros, which never reaches the page
    ("{% set s %}{% for i in range(199999) %}" + "x" * 200 + "{% endfor %}{% endset %}", WORK),
    ('{% set b = "x" * 1999999 %}{% set s %}{% for i in range(100) %}{{ b }}{% endfor %}'
     "{% endset %}", WORK),
    ("{% macro m() %}{% for i in range(1000) %}" + "x" * 100 + "{% endfor %}{% endmacro %}"
     "{% set s %}{% for i in range(1000) %}{{ m() }}{% endfor %}{% endset %}", WORK),
    # methods that build huge values from small arguments are not offered at all
    ('{{ "x".translate({}) }}', UNSAFE),
    ('{{ "\t".expandtabs(999999999) }}', UNSAFE),
    ('{{ (1).to_bytes(999999999, "big") }}', UNSAFE),
    ("{{ posting.model_dump_json(indent=999999999) }}", UNSAFE),
    ("{{ posting.model_copy() }}", UNSAFE),
]


def _env() -> jinja2.Environment:
    return sandbox([jinja2.FileSystemLoader("templates")], finalize=markdown_escape,
                   autoescape=False)


def _render_source(write, source: str) -> str:
    write("templates/t.md.j2", source)
    from jdgen.render.pipeline import Pipeline

    posting = Pipeline().posting("coo", _company(), _options())
    return render(_env(), "t.md.j2", posting=posting)


def _company():
    from jdgen.models import Company

    return Company(name="Acme")


def _options():
    import datetime as dt

    from jdgen.tailoring.tailor import Options

    return Options(date=dt.date(2026, 11, 25))


@pytest.mark.parametrize(("source", "message"), HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_template_is_stopped_before_it_allocates(write, source, message):
    traced = message != LOOPS  # step limits are about time; tracing would only slow them
    if traced:
        tracemalloc.start()
    try:
        with pytest.raises(TemplateError) as caught:
            _render_source(write, source)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    text = caught.value.format_message()
    assert message in text, text
    assert text.startswith("templates/t.md.j2:1: ") or message == UNSAFE, text
    assert "\n" not in text
    assert peak < PEAK_BYTES, f"{peak:,} bytes"


@pytest.mark.parametrize("source", [
    '{{ "x"|center(999999999) }}',
    '{% for a in "x"*2000000 %}{% for b in "x"*2000000 %}{% endfor %}{% endfor %}',
    "{{ 1/0 }}",
    '{{ "\\ud800" }}',
    "{{ [][1] }}",
], ids=["center", "string-loops", "zero-division", "surrogate", "index"])
@pytest.mark.parametrize("where", ["templates-dir", "html-template"])
def test_cli_gives_one_error_line(runner, write, tmp_path, source, where):
    if where == "templates-dir":
        write("custom/posting.md.j2", source + "\n")
        result = runner.invoke(main, [*BUILD, "--templates-dir", "custom"])
    else:
        write("page.html.j2", source + "\n")
        result = runner.invoke(main, ["build", "coo", "--company", "Acme", "-f", "html",
                                      "--html-template", "page.html.j2"])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert ".j2" in lines[0] or "page.html" in lines[0], lines[0]
    assert result.stdout == ""
    assert not list(tmp_path.glob("*.html"))


@pytest.mark.parametrize("statement", ['{% include "big.j2" %}', '{% import "big.j2" as m %}',
                                       '{% from "big.j2" import nothing %}'])
def test_text_of_included_templates_is_charged_every_time(write, statement):
    write("templates/big.j2", "x" * 5000 + "{% macro nothing() %}{% endmacro %}")
    source = ("{% set s %}{% for i in range(199999) %}" + statement +
              "{% endfor %}{% endset %}{{ s|length }}")
    tracemalloc.start()
    try:
        with pytest.raises(TemplateError, match=WORK):
            _render_source(write, source)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < PEAK_BYTES


def test_runtime_error_names_file_and_line(write):
    with pytest.raises(TemplateError, match=r"templates/t\.md\.j2:3: template failed: "
                                            r"ZeroDivisionError"):
        _render_source(write, "one\ntwo\n{{ 1/0 }}\n")


def test_deadline_stops_a_slow_render(write, monkeypatch):
    monkeypatch.setattr(budget, "MAX_SECONDS", 0.01)
    source = ("{% for i in range(190000) %}{% set x = ('ab' * 20)|replace('a', 'b') %}"
              "{% endfor %}")  # short text: filters charge steps by length, time is the limit
    with pytest.raises(TemplateError, match="the template ran for more than 0.01 seconds"):
        _render_source(write, source)


def test_budget_is_per_render(write):
    """Two renders of 150,000 steps each pass: steps never carry over to the next render."""
    source = "{% for i in range(150000) %}{% endfor %}done"
    assert _render_source(write, source) == "done\n"
    assert _render_source(write, source) == "done\n"


def test_ordinary_template_features_still_work(write):
    source = ("{% for x in 'abc' %}{{ loop.index }}{{ x }}{% endfor %} "
              "{{ '%05d' % 42 }} {{ '{:>4}'.format(7) }} {{ 'a b'|replace(' ', '-') }} "
              "{{ [3, 1, 2]|sort|join(',') }} {{ [1, 2]|sum }} {{ 2 ** 10 }} "
              "{{ 'x'|center(5) }}| {{ posting.company ~ '!' }} {{ 'a,b'.split(',')|length }}")
    assert _render_source(write, source) == "1a2b3c 00042    7 a-b 1,2,3 3 1024   x  | Acme! 2\n"


# A generator of template resource use: loops, operators, filters and methods
# stacked with large numbers. Whatever it builds, the render ends (quickly,
# thanks to the small deadline) with text or one clear error, never a crash.

BIG = st.sampled_from([0, 1, 7, 64, 999, 10**5, 10**6, 2 * 10**6, 10**9, 2**64])
ATOMS = st.sampled_from(['"x"', '"ab\\n"', "posting.title", "[1, 2]", "3", "range(5)"])


def _grow(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.builds(lambda a, n: f"({a} * {n})", inner, BIG),
        st.builds(lambda a, n: f"({a} ** {n})", inner, BIG),
        st.builds(lambda a, b: f"({a} ~ {b})", inner, inner),
        st.builds(lambda a, b: f"({a} + {b})", inner, inner),
        st.builds(lambda a, n: f"({a}|string|center({n}))", inner, BIG),
        st.builds(lambda a, n: f"({a}|string|indent({n}))", inner, BIG),
        st.builds(lambda a, n: f'("%0{n}d" % {a})', inner, BIG),
        st.builds(lambda a, b: f'({a}|string|replace("", {b}|string))', inner, inner),
        st.builds(lambda a: f"({a}|list)", inner),
        st.builds(lambda a: f"({a}|join)", inner),
        st.builds(lambda a, n: f"({a}|string).ljust({n})", inner, BIG),
    )


EXPRESSIONS = st.recursive(ATOMS, _grow, max_leaves=6)
BODIES = st.one_of(
    EXPRESSIONS.map(lambda e: "{{ " + e + " }}"),
    st.tuples(EXPRESSIONS, EXPRESSIONS).map(
        lambda p: "{% for a in " + p[0] + " %}{% for b in " + p[1] + " %}{{ a }}{% endfor %}"
                  "{% endfor %}"),
    st.tuples(EXPRESSIONS, BIG).map(
        lambda p: "{% set ns = namespace(v=" + p[0] + ") %}{% for i in range(" + str(p[1] % 10**5)
                  + ") %}{% set ns.v = ns.v ~ ns.v %}{% endfor %}{{ ns.v|length }}"),
)


@settings(max_examples=max(25, settings().max_examples // 3))  # each example is slow-ish
@given(source=BODIES)
def test_generated_templates_end_cleanly_within_bounds(write, monkeypatch, source):
    monkeypatch.setattr(budget, "MAX_SECONDS", 0.5)
    tracemalloc.start()
    try:
        try:
            _render_source(write, source)
        except TemplateError as exc:
            assert "\n" not in exc.format_message()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * PEAK_BYTES, f"{peak:,} bytes for {source}"
