"""The built-in house style of the Word file, checked by reopening it (and in LibreOffice)."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Twips

from conftest import TWO_PAGE_POSTINGS
from jdgen.cli import main
from jdgen.render.docx import DocProperties, build_docx
from jdgen.render.paper import paper_for

EXAMPLES = Path(__file__).parent.parent / "examples" / "companies"
PROPS = DocProperties("Chief Operating Officer", "Chief Operating Officer at Acme & Co",
                      "Acme & Co", ["operations"], dt.date(2026, 11, 25))
POSTING = ("# Chief Operating Officer\n\n- **Company:** Acme & Co\n- **Pay:** $1–$2 per year\n\n"
           "Intro.\n\n## How to apply\n\n[Apply online](<https://acme.example/jobs/1>)\n\n"
           "Email your application to [jobs@acme.example](<mailto:jobs@acme.example>).\n")


def _document(markdown: str = POSTING, paper: str = "letter") -> docx.document.Document:
    return docx.Document(io.BytesIO(build_docx(markdown, PROPS, paper=paper)))  # type: ignore[arg-type]


@pytest.mark.parametrize(("locale", "paper"), [
    ("en-US", "letter"), ("en-CA", "letter"), ("fr-CA", "letter"), ("en_US", "letter"),
    ("en-GB", "a4"), ("en-AU", "a4"), ("en-IE", "a4"), ("de-DE", "a4"), ("en", "a4"), ("", "a4"),
])
def test_paper_follows_the_locale(locale, paper):
    assert paper_for(locale) == paper


@pytest.mark.parametrize(("paper", "size"), [("letter", (12240, 15840)), ("a4", (11906, 16838))])
def test_page_size_and_margins_are_set(paper, size):
    section = _document(paper=paper).sections[0]
    assert (section.page_width, section.page_height) == (Twips(size[0]), Twips(size[1]))
    assert section.left_margin == section.right_margin == Twips(1152)
    assert section.top_margin == section.bottom_margin == Twips(1008)


def test_title_block_names_the_company_and_facts_are_a_table():
    document = _document()
    first, title = document.paragraphs[:2]
    assert (first.style.name, first.text) == ("Company Name", "Acme & Co")
    assert (title.style.name, title.text) == ("Title", "Chief Operating Officer")
    (facts,) = document.tables
    assert [[cell.text for cell in row.cells] for row in facts.rows] == [
        ["Company", "Acme & Co"], ["Pay", "$1–$2 per year"]]
    borders = facts._tbl.tblPr.find(qn("w:tblBorders"))
    assert {child.get(qn("w:val")) for child in borders} == {"nil"}
    assert document.paragraphs[2].text == "Intro."


def test_header_names_company_and_job_and_footer_counts_pages():
    section = _document().sections[0]
    assert section.different_first_page_header_footer
    assert section.header.paragraphs[0].text == "Acme & Co\tChief Operating Officer"
    assert all(not p.text for p in section.first_page_header.paragraphs)
    for footer in (section.footer, section.first_page_footer):
        fields = [text.text.strip() for text in footer._element.iter(qn("w:instrText"))]
        assert fields == ["PAGE", "NUMPAGES"]
        assert footer.paragraphs[0].text == "Page 1 of 1"  # the fields' placeholder values


def test_header_text_is_escaped_and_cleaned():
    props = DocProperties("R&D <lead>\x01", "S", "Ørsted <&> Sons", [], dt.date(2026, 1, 2))
    document = docx.Document(io.BytesIO(build_docx("# R&D\n", props)))
    assert document.sections[0].header.paragraphs[0].text == "Ørsted <&> Sons\tR&D <lead>"


def test_styles_set_fonts_sizes_and_keep_headings_with_what_follows():
    document = _document()
    defaults = document.styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    assert {fonts.get(qn(f"w:{key}")) for key in ("ascii", "hAnsi", "cs")} == {"Arial"}
    assert not any(key.endswith("Theme") for key in fonts.keys())
    styles = document.styles
    assert styles["Title"].font.size.pt == 20
    assert styles["Heading 1"].font.size.pt == 12.5
    for name in ("Title", "Company Name", "Heading 1", "Heading 2", "Heading 3"):
        assert styles[name].paragraph_format.keep_with_next is True, name
    assert styles["List Bullet"].element.pPr.numPr is not None  # bullets kept


def test_link_addresses_are_printed_once():
    paragraphs = [p.text for p in _document().paragraphs]
    assert "Apply online (https://acme.example/jobs/1)" in paragraphs
    assert "Email your application to jobs@acme.example." in paragraphs


def test_a_list_that_is_not_all_facts_stays_a_list():
    document = _document("# T\n\n- **Company:** A\n- plain item\n\n## Next\n\n- **Pay:** x\n")
    assert not document.tables
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets == ["Company: A", "plain item", "Pay: x"]


def test_house_style_docx_is_deterministic():
    assert build_docx(POSTING, PROPS) == build_docx(POSTING, PROPS)
    assert build_docx(POSTING, PROPS, paper="a4") != build_docx(POSTING, PROPS)


# ------------------------------------------------------------ LibreOffice


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return found


@TWO_PAGE_POSTINGS
@pytest.mark.parametrize("company", ["northwind-traders", "bluebird-health", "kite-and-key"])
def test_default_postings_fit_two_pages_in_libreoffice(runner, tmp_path, role, extra, company):
    soffice = _soffice()
    pypdf = pytest.importorskip("pypdf")
    company_file = str(EXAMPLES / f"{company}.yaml")
    result = runner.invoke(main, ["build", role, "--company-file", company_file, *extra,
                                  "--date", "2026-11-25", "-o", "posting.docx"])
    assert result.exit_code == 0, result.stderr
    profile = tmp_path / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), "posting.docx"],
                   check=True, capture_output=True, timeout=180)
    reader = pypdf.PdfReader(tmp_path / "posting.pdf")
    assert len(reader.pages) <= 2
    first, last = reader.pages[0].extract_text(), reader.pages[-1].extract_text()
    assert f"Page 1 of {len(reader.pages)}" in first
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in last
    assert "Equal opportunity" in last
