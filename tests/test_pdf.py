"""PDF output, checked by reopening the file with pypdf."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import TWO_PAGE_POSTINGS
from jdgen.cli import main
from jdgen.render.docx import DocProperties, markdown_parser

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("typst")

from jdgen.render.pdf import INSTALL_HINT, build_pdf, engine  # noqa: E402

EXAMPLES = Path(__file__).parent.parent / "examples" / "companies"
NORTHWIND = str(EXAMPLES / "northwind-traders.yaml")
DATE = ["--date", "2026-11-25"]
PROPS = DocProperties("Chief Operating Officer", "Chief Operating Officer at Acme",
                      "Acme", ["operations", "Acme"], dt.date(2026, 11, 25))


def _pdf(markdown: str, props: DocProperties = PROPS, paper: str = "letter") -> bytes:
    return build_pdf(markdown_parser().parse(markdown), props, paper)  # type: ignore[arg-type]


def _reader(data: bytes):
    return pypdf.PdfReader(io.BytesIO(data))


def _text(reader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def _outline(reader) -> list[str]:
    titles: list[str] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


def _build(runner, tmp_path, role: str, *extra: str) -> bytes:
    result = runner.invoke(main, ["build", role, "--company-file", NORTHWIND, *DATE, *extra,
                                  "-o", "posting.pdf"])
    assert result.exit_code == 0, result.stderr
    return (tmp_path / "posting.pdf").read_bytes()


@pytest.mark.parametrize("role", ["coo", "director-of-operations"])
def test_postings_reopen_with_metadata_structure_and_two_pages(runner, tmp_path, role):
    reader = _reader(_build(runner, tmp_path, role))
    title = "Chief Operating Officer" if role == "coo" else "Director of Operations"
    meta = reader.metadata
    assert (meta.title, meta.author, meta.subject) == (
        title, "Northwind Traders", f"{title} at Northwind Traders")
    assert "Northwind Traders" in meta["/Keywords"]
    assert meta["/CreationDate"].startswith("D:20261125")
    assert len(reader.pages) <= 2
    pages = [page.extract_text() for page in reader.pages]
    assert pages[0].startswith("NORTHWIND TRADERS\n" + title)
    assert "Location Denver, CO (hybrid)" in pages[0]
    assert "Pay $140,000–$175,000 per year" in pages[0]
    for number, text in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in text
    if len(pages) > 1:  # the header names company and job from page 2 on
        assert pages[1].startswith("Northwind Traders")
    assert "Equal opportunity" in pages[-1]
    outline = _outline(reader)
    assert outline[0] == title
    assert outline[1:3] == ["About Northwind Traders", "The role"]
    assert "How to apply" in outline and "Equal opportunity" in outline


@TWO_PAGE_POSTINGS
@pytest.mark.parametrize("company", ["northwind-traders", "bluebird-health", "kite-and-key"])
def test_every_example_company_fits_two_pages(runner, tmp_path, role, extra, company):
    result = runner.invoke(main, ["build", role, "--company-file",
                                  str(EXAMPLES / f"{company}.yaml"), *extra, *DATE,
                                  "-o", "p.pdf"])
    assert result.exit_code == 0, result.stderr
    reader = _reader((tmp_path / "p.pdf").read_bytes())
    assert len(reader.pages) <= 2
    assert "Equal opportunity" in reader.pages[-1].extract_text()


def test_links_are_clickable_and_their_address_printed(runner, tmp_path):
    reader = _reader(_build(runner, tmp_path, "coo", "--apply-email", "jobs@northwind.example"))
    uris = [annotation.get_object()["/A"]["/URI"] for page in reader.pages
            for annotation in page.get("/Annots", [])]
    assert "https://careers.northwind.example/jobs/director-of-operations" in uris
    assert "mailto:jobs@northwind.example" in uris
    text = _text(reader).replace("\n", " ")
    assert "Apply online (https://careers.northwind.example/jobs/director-of-operations)" in text


def test_fonts_are_embedded():
    reader = _reader(_pdf("# T\n\nSome **bold** and *italic* text and `code`.\n"))
    fonts = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                fonts.append((str(descendant.get_object()["/BaseFont"]),
                              any(key in descriptor for key in ("/FontFile", "/FontFile2",
                                                                 "/FontFile3"))))
    assert fonts and all(embedded for _, embedded in fonts)
    assert any("LiberationSans" in name or "DejaVu" in name for name, _ in fonts)


@pytest.mark.parametrize(("paper", "size"), [("letter", (612, 792)), ("a4", (595, 842))])
def test_paper_size(paper, size):
    box = _reader(_pdf("# T\n", paper=paper)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_same_input_same_bytes_even_in_a_fresh_interpreter(tmp_path):
    markdown = "# T\n\n- **Pay:** $1\n\nText with a [link](<https://example.com>).\n"
    script = (
        "import datetime as dt, sys\n"
        "from jdgen.render.docx import DocProperties, markdown_parser\n"
        "from jdgen.render.pdf import build_pdf\n"
        f"props = DocProperties({PROPS.title!r}, {PROPS.subject!r}, {PROPS.author!r}, "
        f"{PROPS.keywords!r}, dt.date(2026, 11, 25))\n"
        f"sys.stdout.buffer.write(build_pdf(markdown_parser().parse({markdown!r}), props))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True)
    assert done.stdout == _pdf(markdown) == _pdf(markdown)


def test_cli_build_is_byte_identical_and_honours_source_date_epoch(runner, tmp_path,
                                                                    monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")  # 2025-12-01
    args = ["build", "coo", "--company", "Acme", "-f", "pdf"]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.stderr
    data = (tmp_path / "acme-coo.pdf").read_bytes()
    assert runner.invoke(main, args).exit_code == 0
    assert (tmp_path / "acme-coo.pdf").read_bytes() == data
    assert _reader(data).metadata["/CreationDate"].startswith("D:20251201")


def test_tables_quotes_code_and_nested_lists_print():
    markdown = ("# T\n\n| A | B |\n|---|---|\n| x | y |\n| z |\n\n> Quoted\n\n"
                "```\ncode here\n```\n\n- one\n  - two\n\n1. first\n\n---\n")
    text = _text(_reader(_pdf(markdown)))
    for piece in ("A", "B", "x", "y", "z", "Quoted", "code here", "one", "two", "first"):
        assert piece in text


# typst markup and code, none of it Markdown: each must come out as the same text
HOSTILE = ['#panic("boom")', "$x^2$", "] ) } #{", "@label <ref>", '#import "x"',
           "= Heading", "// comment", "/* open", '#let x = read("/etc/passwd")', "~ -- ---"]


@pytest.mark.parametrize("value", HOSTILE)
def test_typst_syntax_in_text_is_printed_not_run(value):
    props = DocProperties(value, value, value, [value], dt.date(2026, 1, 2))
    markdown = f"# {value}\n\n- **Company:** {value}\n\nAbout {value}.\n"
    reader = _reader(_pdf(markdown, props))
    assert reader.metadata.title == value
    text = _text(reader)
    assert text.startswith(value.upper() + "\n" + value + "\n")  # company line, then title
    assert f"Company {value}" in text and f"About {value}." in text


@settings(max_examples=25)
@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60))
def test_any_text_typesets_or_fails_cleanly(value):
    props = DocProperties(value, value, value, [], dt.date(2026, 1, 2))
    data = _pdf(f"# Title\n\nSome {value} text.\n", props)
    assert _reader(data).pages


def test_manifest_formats_accept_pdf(runner, tmp_path):
    (tmp_path / "postings.yaml").write_text(
        "defaults:\n  formats: [pdf, md]\n  date: 2026-11-25\n  company_name: Acme\n"
        "postings:\n  - role: coo\n  - role: director-of-operations\n", encoding="utf-8")
    result = runner.invoke(main, ["build", "--manifest", "postings.yaml", "--out", "site"])
    assert result.exit_code == 0, result.stderr
    for stem in ("acme-coo", "acme-director-of-operations"):
        reader = _reader((tmp_path / "site" / f"{stem}.pdf").read_bytes())
        assert reader.metadata.author == "Acme"


@pytest.mark.parametrize(("args", "message"), [
    (["-f", "pdf", "-o", "x.docx"], "-o names one file; its extension must match -f"),
    (["-o", "x.txt"], "must end in .md, .docx or .pdf (documents)"),
])
def test_bad_pdf_options_are_usage_errors(runner, args, message):
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", *args])
    assert result.exit_code == 2
    assert message in result.stderr


def test_missing_engine_is_one_clear_error_and_nothing_written(runner, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "typst", None)
    engine.cache_clear()
    try:
        result = runner.invoke(main, ["build", "coo", "--company", "Acme", "-f", "md",
                                      "-f", "pdf"])
    finally:
        engine.cache_clear()
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == f"Error: {INSTALL_HINT}"
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_building_other_formats_never_imports_the_engine(tmp_path):
    probe = ("import sys\nfrom jdgen.cli import main\n"
             "try:\n    main(['build', 'coo', '--company', 'Acme', '-f', 'docx', '-f', 'html'])\n"
             "except SystemExit:\n    pass\n"
             "print('typst' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True, cwd=tmp_path)
    assert done.stdout.splitlines()[-1] == "False"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["acme-coo.docx", "acme-coo.html"]


@pytest.mark.parametrize("where", ["defaults", "posting"])
def test_missing_engine_in_a_manifest_is_a_clear_error(runner, tmp_path, monkeypatch, where):
    formats = ("[pdf]", "[md]") if where == "defaults" else ("[md]", "[md, pdf]")
    (tmp_path / "postings.yaml").write_text(
        f"defaults:\n  formats: {formats[0]}\n  date: 2026-11-25\n  company_name: Acme\n"
        f"postings:\n  - role: coo\n    formats: {formats[1]}\n", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "typst", None)
    engine.cache_clear()
    try:
        result = runner.invoke(main, ["build", "--manifest", "postings.yaml", "--out", "site"])
    finally:
        engine.cache_clear()
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    if where == "defaults":  # known before any posting is built: one line, nothing written
        assert errors == [f"Error: {INSTALL_HINT}"]
        assert not (tmp_path / "site").exists()
    else:  # the posting that asks for it fails, naming its place in the manifest
        assert errors[0] == f"Error: postings.yaml:6:5: {INSTALL_HINT}"
        assert not list((tmp_path / "site").glob("acme-coo.*"))
