"""The pipeline's piece-by-piece parse gives exactly what a whole-document parse does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jdgen.models import Company, Location
from jdgen.render.docx import markdown_parser
from jdgen.render.pieces import Pieces, pieces, quick_tokens
from jdgen.render.pipeline import Pipeline
from jdgen.tailoring.tailor import Options

GOLDEN = sorted((Path(__file__).parent / "testdata").rglob("*.md"))


def html(tokens) -> str:
    parser = markdown_parser()
    return parser.renderer.render(tokens, parser.options, {})


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.name)
def test_sectioned_parse_equals_whole_parse(path):
    text = path.read_text(encoding="utf-8")
    pipeline = Pipeline()
    first = html(pipeline.tokens(text))
    again = html(pipeline.tokens(text))  # now served from the cache
    assert first == again == pipeline.html(text) == pipeline.html(text) == \
        markdown_parser().render(text)


TRICKY = st.lists(st.sampled_from([
    "## Heading", "### Sub", "- item", "  - nested", "1. one", "> quote", "text *em*",
    "```", "code ## not a heading", "~~~", "[a]: https://example.com", "[link][a]", "",
    "| A | B |", "|---|---|", "| x | y |", "    indented", "## ", "#", "Setext", "---", "===",
    "<div>", "\\## escaped", "* star", "+ plus", "2) paren", "  continued", "\tTab",
    "   three spaces", "> lazy", "**bold** text", "- [x] box", "***", "10. ten", "", "",
    "\u00a0nbsp", "<https://example.com>", "a  ", "`code`", "[x]: /u 'title'", "&amp;",
]), max_size=40)


def shape(tokens) -> list[tuple]:
    """Everything about tokens that rendering can see (line maps are per piece)."""
    return [(t.type, t.tag, t.nesting, t.level, t.content, t.markup, t.info, t.attrs,
             t.block, t.hidden, shape(t.children or [])) for t in tokens]


@given(lines=TRICKY)
def test_any_markdown_parses_the_same_in_pieces(lines):
    text = "\n".join(lines) + "\n"
    assert "".join(pieces(text)) == text
    pipeline = Pipeline()
    whole = markdown_parser().render(text)
    assert html(pipeline.tokens(text)) == pipeline.html(text) == whole
    assert html(pipeline.tokens(text)) == pipeline.html(text) == whole
    assert shape(pipeline.tokens(text)) == shape(markdown_parser().parse(text))


def test_a_batch_of_postings_makes_only_the_pieces_that_differ(monkeypatch):
    pipeline = Pipeline()
    options = Options(date=dt.date(2026, 11, 25))

    def company(city: str) -> Company:
        return Company(name="Acme", locations=[Location(city=city, country="GB")])

    for city in ("Leeds", "Hull"):  # a piece is kept once it has come back
        pipeline.render("coo", company(city), options, ["html"])
    built: list[str] = []  # pieces parsed, or made by the quick path
    parse = pipeline.parser.parse
    monkeypatch.setattr(pipeline.parser, "parse",
                        lambda text, env=None: built.append(text) or parse(text, env))
    from jdgen.render import pieces as module

    quick = module.quick_tokens
    monkeypatch.setattr(module, "quick_tokens",
                        lambda text: (made := quick(text)) is not None and built.append(text)
                        or made)
    for city in ("York", "Bath"):
        built.clear()
        again = pipeline.render("coo", company(city), options, ["html", "docx"])
        assert built, "the pieces naming the city must be made"
        assert all(city in text for text in built), built
        assert sum(map(len, built)) < len(again.markdown) / 10
        fresh = Pipeline().render("coo", company(city), options, ["html", "docx"])
        assert again.files["acme-coo.html"] == fresh.files["acme-coo.html"]
        assert again.files["acme-coo.docx"] == fresh.files["acme-coo.docx"]


def test_piece_cache_keeps_what_recurs_and_stays_bounded():
    cache = Pieces(markdown_parser(), places=8, remembered=64)
    common = cache.get("## Shared\n\n")
    assert len(cache) == 0  # seen once: not kept
    assert cache.get("## Shared\n\n") is not common and len(cache) == 1
    kept = cache.get("## Shared\n\n")
    for n in range(5_000):
        cache.get(f"Company {n} is hiring.\n\n")  # each seen once
        if n % 3 == 0:
            assert cache.get("## Shared\n\n") is kept  # in use, so never evicted
    assert len(cache) == 1
    for n in range(40):  # more recurring pieces than places
        cache.get(f"Piece {n}\n\n")
        cache.get(f"Piece {n}\n\n")
    assert len(cache) == 8


LINE = st.lists(st.sampled_from(list(
    "aZé9 ,.;:'\"()?/%$@-–’\t\n\r\x00\xa0\u2028\x85\\`*_[]<>&!#|~^{}=+") + ["  ", "1. ", "x"]),
    max_size=40).map("".join)


SAFE = st.text(alphabet="aZé9 ,.;:'\"()?/%$@-–’\xa0\u2028\x85", max_size=60)


@given(text=LINE.map(lambda s: "Ab" + s) | LINE | SAFE.map(lambda s: "Ab" + s),
       tail=st.sampled_from(["", "\n", "\n\n", " \n"]))
def test_plain_paragraphs_are_made_exactly_as_the_parser_makes_them(text, tail):
    assert_quick_tokens_match(text + tail)


ITEM = st.one_of(
    LINE, SAFE.map(lambda s: "Ab" + s), LINE.map(lambda s: "Ab" + s),
    st.tuples(LINE | SAFE, LINE | SAFE).map(lambda p: f"**{p[0]}** {p[1]}"),
    st.tuples(SAFE, SAFE).map(lambda p: f"**Ab{p[0]}:** Cd{p[1]}"),
)


@given(items=st.lists(ITEM, min_size=1, max_size=6),
       marker=st.sampled_from(["- ", "-  ", "* ", "-", "1. "]),
       tail=st.sampled_from(["", "\n", "\n\n", "\n\n\n", " \n"]))
def test_simple_lists_are_made_exactly_as_the_parser_makes_them(items, marker, tail):
    assert_quick_tokens_match("\n".join(marker + item for item in items) + tail)


FACT = st.tuples(SAFE, SAFE).map(lambda p: f"- **Ab{p[0]}:** Cd{p[1]}") | \
    SAFE.map(lambda s: f"- Ab{s}")


@given(items=st.lists(FACT, min_size=1, max_size=8), tail=st.sampled_from(["", "\n", "\n\n"]))
def test_facts_lists_are_made_exactly_as_the_parser_makes_them(items, tail):
    assert_quick_tokens_match("\n".join(items) + tail)


def assert_quick_tokens_match(text: str) -> None:
    made = quick_tokens(text)
    if made is None:
        return
    parsed = markdown_parser().parse(text)
    assert shape(made) == shape(parsed)
    assert [t.map for t in made] == [t.map for t in parsed]
    assert html(made) == html(parsed)


def test_a_company_sentence_and_facts_take_the_quick_path():
    assert quick_tokens("Acme, a fast-growing retail business of 240 people based in "
                        "Denver, CO, is hiring a Chief Operating Officer.\n\n")
    assert quick_tokens("- **Company:** Acme\n- **Pay:** $1–$2 USD per year\n- Remote\n\n")
    for markdown in ("**Bold** start\n", "Two\nlines\n", "1. list\n", "Trailing  \n",
                     "Link [x](y)\n", "Amp & co\n", "", "\n", "- **x**y\n", "- a\n\n- b\n",
                     "- a\n  - b\n", "- 1. x\n", "- **a ** b\n"):
        assert quick_tokens(markdown) is None, markdown


@pytest.mark.parametrize(("text", "cut"), [
    ("Acme writes the plan.\n\n- Agree goals\n- Track them\n", True),
    ("A line\nand another.\n\n- item\n", True),
    ("- item\nlazy text\n\n- next\n", False),      # the list goes on: no cut
    ("Text\n- interrupting item\n\n- next\n", False),
    ("  indented\n\n- item\n", False),
    ("**Bold** lead\n\n- item\n", False),
])
def test_a_list_after_a_paragraph_is_a_piece_of_its_own(text, cut):
    parts = pieces(text)
    assert "".join(parts) == text
    assert (len(parts) == 2 and parts[1].startswith("- ")) is cut
    pipeline = Pipeline()
    assert html(pipeline.tokens(text)) == pipeline.html(text) == markdown_parser().render(text)
