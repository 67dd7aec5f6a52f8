"""Reference DOCX files made by pandoc and saved by LibreOffice (tests/testdata/references)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from jdgen.cli import main
from jdgen.render.docx import docx_base

REFERENCES = Path(__file__).parent / "testdata" / "references"
ALL = sorted(path.name for path in REFERENCES.glob("*.docx"))


@pytest.fixture(autouse=True)
def _fresh_bases():
    docx_base.cache_clear()
    yield
    docx_base.cache_clear()


def _build(runner, tmp_path, reference: str) -> docx.document.Document:
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "--location", "Leeds",
                                  "--date", "2026-11-25", "--reference-docx",
                                  str(REFERENCES / reference), "-o", "out.docx"])
    assert result.exit_code == 0, result.stderr
    assert "Warning" not in result.stderr.replace("Warning: acme-coo:", "")
    return docx.Document(tmp_path / "out.docx")


def _level_text(document, paragraph) -> tuple[str, str]:
    """The number format and text of the list level a paragraph's style prints."""
    style = paragraph.style.element
    num_pr = style.pPr.numPr
    num_id = num_pr.numId.val
    level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
    numbering = document.part.numbering_part.element
    (num,) = [n for n in numbering.num_lst if n.numId == num_id]
    abstract_id = num.abstractNumId.val
    (abstract,) = [a for a in numbering.findall(qn("w:abstractNum"))
                   if a.get(qn("w:abstractNumId")) == str(abstract_id)]
    (lvl,) = [lv for lv in abstract.findall(qn("w:lvl")) if lv.get(qn("w:ilvl")) == str(level)]
    return (lvl.find(qn("w:numFmt")).get(qn("w:val")),
            lvl.find(qn("w:lvlText")).get(qn("w:val")))


@pytest.mark.parametrize("reference", ALL)
def test_bullets_show_with_every_reference(runner, tmp_path, reference):
    document = _build(runner, tmp_path, reference)
    bullets = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    assert len(bullets) >= 10
    kind, text = _level_text(document, bullets[0])
    assert kind == "bullet"
    assert text.strip()


@pytest.mark.parametrize("reference", ALL)
def test_reference_styles_and_page_setup_are_kept(runner, tmp_path, reference):
    source = docx.Document(REFERENCES / reference)
    document = _build(runner, tmp_path, reference)
    section, original = document.sections[0], source.sections[0]
    assert (section.page_width, section.left_margin, section.top_margin) == (
        original.page_width, original.left_margin, original.top_margin)
    for name in ("Normal", "Title"):
        assert document.styles[name].element.xml == source.styles[name].element.xml
    first = [p.style.name for p in document.paragraphs[:2]]
    if "Company Name" in source.styles:  # a reference saved from a jdgen file keeps the line
        assert first == ["Company Name", "Title"]
    else:
        assert first[0] == "Title"
    assert document.core_properties.title == "Chief Operating Officer"


def test_libreoffice_house_style_keeps_its_header_and_footer(runner, tmp_path):
    document = _build(runner, tmp_path, "libreoffice-house-style.docx")
    header = document.sections[0].header.paragraphs[0].text
    assert header.startswith("Northwind Traders")  # the header the reference was saved with
    footer = document.sections[0].footer._element
    assert [t.text.strip() for t in footer.iter(qn("w:instrText"))] == ["PAGE", "NUMPAGES"]


def test_a_style_whose_numbering_shows_is_left_alone(runner, tmp_path):
    reference = docx.Document()
    buffer = io.BytesIO()
    reference.save(buffer)
    (tmp_path / "word.docx").write_bytes(buffer.getvalue())
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "--reference-docx",
                                  "word.docx", "-o", "out.docx"])
    assert result.exit_code == 0, result.stderr
    document = docx.Document(tmp_path / "out.docx")
    assert document.styles["List Bullet"].element.xml == reference.styles["List Bullet"].element.xml
    assert len(document.part.numbering_part.element.num_lst) == len(
        reference.part.numbering_part.element.num_lst)


def test_core_relationship_spelling_gives_one_core_part(runner, tmp_path):
    _build(runner, tmp_path, "libreoffice-core-relationship.docx")
    with zipfile.ZipFile(tmp_path / "out.docx") as package:
        names = package.namelist()
    assert names.count("docProps/core.xml") == 1
    assert len(names) == len(set(names))
