"""The pipeline's section cache parses exactly as a whole-document parse does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jdgen.models import Company, Location
from jdgen.pipeline import Pipeline
from jdgen.render.docx import markdown_parser
from jdgen.tailoring import Options

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
    "<div>", "\\## escaped",
]), max_size=30)


@given(lines=TRICKY)
def test_any_markdown_parses_the_same_in_sections(lines):
    text = "\n".join(lines) + "\n"
    pipeline = Pipeline()
    whole = markdown_parser().render(text)
    assert html(pipeline.tokens(text)) == pipeline.html(text) == whole
    assert html(pipeline.tokens(text)) == pipeline.html(text) == whole


def test_a_batch_of_postings_reuses_sections():
    pipeline = Pipeline()
    for city in ("Leeds", "York", "Bath"):
        company = Company(name="Acme", locations=[Location(city=city, country="GB")])
        pipeline.render("coo", company, Options(date=dt.date(2026, 11, 25)), ["html"])
    heads = [section for section in pipeline._sections if section.startswith("# ")]
    assert len(heads) == 3  # the part naming the city differs per posting
    assert len(pipeline._sections) == 3 + 6  # the six later sections were parsed once
