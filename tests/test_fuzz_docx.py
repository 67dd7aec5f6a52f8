"""Property tests for reference DOCX cleaning (issue 28): generated parts and fields.

Headers and footers are generated from a vocabulary of runs, fields (simple
and complex, nested, split, unbalanced), wrappers, objects, controls,
drawings and tables; settings from a list of real and dangerous children;
the package from extra parts of any relationship type. Whatever comes in,
the cleaned package opens in python-docx, keeps only allowed fields,
elements and relationships, names no relationship it does not have, and
cleans to itself.

Run the long profile with:  pytest tests/test_fuzz_docx.py --hypothesis-profile=long
"""

from __future__ import annotations

import functools
import io
import zipfile

import docx
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from jdgen.render.docxcheck import PackageProblem
from jdgen.render.docxclean import FIELDS_KEPT, clean_reference
from test_hostile_reference_docx import (
    FOOTER,
    HEADER,
    NAMESPACES,
    R,
    W,
    edit,
    letterhead,
    png,
    rel,
)

INSTRUCTIONS = ["PAGE", "NUMPAGES", "SECTIONPAGES", "PAGE \\* MERGEFORMAT", "page \\* roman",
                'PAGE \\d "\\\\h\\s"', "INCLUDEPICTURE \"\\\\h\\s\\a.png\" \\d",
                "INCLUDETEXT c:\\x.docx", "DDEAUTO cmd \"/c x\"", "DDE a b", "LINK Excel x",
                "HYPERLINK \"https://h\"", "MERGEFIELD x", "DATE", "AUTOTEXT x", "", "  ",
                "QUOTE \"x\"", "IMPORT x", "INCLUDE", "PICTURE"]
KINDS = ["oleObject", "control", "aFChunk", "hyperlink", "image", "customXml", "package",
         "attachedTemplate", "font", "subDocument", "glossaryDocument", "comments", "bogus"]


def _texts() -> st.SearchStrategy[str]:
    return st.text(st.characters(codec="ascii", categories=["L", "N", "Zs"]), max_size=8)


def _run(inner: str) -> str:
    return f"<w:r>{inner}</w:r>"


def _leaves() -> st.SearchStrategy[str]:
    instruction = st.sampled_from(INSTRUCTIONS)
    return st.one_of(
        _texts().map(lambda t: _run(f'<w:t xml:space="preserve">{t}</w:t>')),
        st.sampled_from(["begin", "separate", "end"]).map(
            lambda kind: _run(f'<w:fldChar w:fldCharType="{kind}"/>')),
        instruction.map(lambda i: _run(f'<w:instrText xml:space="preserve">{_escape(i)}'
                                       "</w:instrText>")),
        st.just(_run("<w:tab/>")),
        st.just(_run('<w:object><o:OLEObject r:id="rId90"/></w:object>')),
        st.just(_run('<w:object><w:control r:id="rId91"/></w:object>')),
        st.just(_run('<w:pict><v:shape><v:imagedata r:id="rId90"/></v:shape></w:pict>')),
        st.just(_run("<mc:AlternateContent><mc:Choice Requires=\"wps\"/>"
                     "<mc:Fallback><w:t>f</w:t></mc:Fallback></mc:AlternateContent>")),
        st.sampled_from(["rId90", "rId92", "rId93", "rIdNone"]).flatmap(
            lambda rid: st.sampled_from(["embed", "link"]).map(lambda how: _run(_drawing(how,
                                                                                      rid)))),
        st.just('<w:subDoc r:id="rId90"/>'),
        st.just('<w:bookmarkStart w:id="1" w:name="b"/>'),
    )


def _drawing(how: str, rid: str) -> str:
    return ('<w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
            'wordprocessingDrawing"><wp:extent cx="9" cy="9"/><wp:docPr id="1" name="p"/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:blipFill><a:blip r:{how}="{rid}"/></pic:blipFill></pic:pic></a:graphicData>'
            "</a:graphic></wp:inline></w:drawing>")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


def _inline(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Paragraph content: leaves, and wrappers around more of it."""
    many = st.lists(children, max_size=4).map("".join)
    return st.one_of(
        children,
        many.map(lambda inner: f'<w:hyperlink r:id="rId93">{inner}</w:hyperlink>'),
        many.map(lambda inner: f"<w:sdt><w:sdtPr/><w:sdtContent>{inner}</w:sdtContent></w:sdt>"),
        st.tuples(st.sampled_from(INSTRUCTIONS), many).map(
            lambda pair: f'<w:fldSimple w:instr="{_escape(pair[0])}">{pair[1]}</w:fldSimple>'),
        many.map(lambda inner: f"<w:ins w:id=\"1\" w:author=\"a\">{inner}</w:ins>"),
    )


def _blocks() -> st.SearchStrategy[str]:
    content = st.recursive(_leaves(), _inline, max_leaves=12)
    paragraph = st.lists(content, max_size=8).map(lambda items: f"<w:p>{''.join(items)}</w:p>")
    return st.lists(st.one_of(
        paragraph,
        paragraph.map(lambda p: f"<w:tbl><w:tr><w:tc>{p}</w:tc></w:tr></w:tbl>"),
        st.just('<w:altChunk r:id="rId92"/>'),
        paragraph.map(lambda p: f"<w:sdt><w:sdtContent>{p}</w:sdtContent></w:sdt>"),
    ), max_size=5).map("".join)


SETTINGS = ["attachedTemplate", "mailMerge", "updateFields", "docVars", "zoom", "compat",
            "defaultTabStop", "linkStyles", "saveThroughXslt", "embedTrueTypeFonts",
            "documentProtection", "evenAndOddHeaders", "writeProtection", "trackRevisions"]


@functools.cache
def _letterhead() -> bytes:
    return letterhead()


def _story_edits(blocks: str, where: str, kinds: list[str]) -> dict[str, object]:
    rels = "".join(rel(f"rId{90 + i}", kind, f"media/x{i}.png") for i, kind in enumerate(kinds))
    return {"insert": {where: _wrapped(blocks)},
            "rels": {where: rels} if rels else {},
            "add": {f"word/media/x{i}.png": png() if i % 2 else b"not a picture"
                    for i in range(len(kinds))}}


def _wrapped(blocks: str) -> str:
    """Blocks as children of the header root, each with the namespaces it may use."""
    root = etree.fromstring(f'<w:wrap {NAMESPACES}>{blocks}</w:wrap>')
    return "".join(etree.tostring(child).decode() for child in root)


def check_clean(data: bytes) -> None:
    """The invariants every cleaned package keeps."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    docx.Document(io.BytesIO(data))
    for name, value in parts.items():
        if not name.endswith((".xml", ".rels")):
            assert name.startswith("word/media/reference-"), name
            continue
        root = etree.fromstring(value)
        ids: set[str] = set()
        if not name.endswith(".rels") and name != "[Content_Types].xml":
            folder, _, leaf = name.rpartition("/")
            rels = parts.get(f"{folder}/_rels/{leaf}.rels")
            if rels is not None:
                for relationship in etree.fromstring(rels):
                    assert relationship.get("TargetMode") is None
                    target = relationship.get("Target")
                    assert f"{folder}/{target}".replace("word/../", "") in parts or \
                        target in parts, (name, target)
                    ids.add(relationship.get("Id"))
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            local = etree.QName(element).localname
            assert local not in {"object", "control", "altChunk", "pict", "OLEObject",
                                 "AlternateContent", "subDoc", "attachedTemplate", "mailMerge",
                                 "updateFields", "hyperlink", "embedRegular"}, (name, local)
            if local == "instrText":
                assert (element.text or "").split()[0].upper() in FIELDS_KEPT, element.text
            if local == "fldSimple":
                assert element.get(f"{{{W}}}instr").split()[0].upper() in FIELDS_KEPT
            for key, value in element.attrib.items():
                if key.startswith(f"{{{R}}}"):
                    assert value in ids, (name, local, key, value)


def _fields_balanced(data: bytes) -> None:
    """Every complex field left has begin, (separate,) end, in that order, none nested open."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if not name.startswith(("word/header", "word/footer")) or name.endswith(".rels"):
                continue
            depth = 0
            for element in etree.fromstring(archive.read(name)).iter(f"{{{W}}}fldChar"):
                kind = element.get(f"{{{W}}}fldCharType")
                if kind == "begin":
                    depth += 1
                else:
                    assert depth > 0
                    depth -= kind == "end"
            assert depth == 0


@given(blocks=_blocks(), where=st.sampled_from([HEADER, FOOTER]),
       kinds=st.lists(st.sampled_from(KINDS), max_size=4))
def test_generated_headers_and_footers_clean_to_an_inert_package(blocks, where, kinds):
    edits = _story_edits(blocks, where, kinds)
    data = edit(_letterhead(), **edits)  # type: ignore[arg-type]
    try:
        cleaned = clean_reference(data)
    except PackageProblem:
        return
    check_clean(cleaned.data)
    _fields_balanced(cleaned.data)
    again = clean_reference(cleaned.data)
    assert again.dropped == ()


@given(names=st.lists(st.sampled_from(SETTINGS), max_size=6),
       kinds=st.lists(st.sampled_from(KINDS), max_size=5))
def test_generated_settings_and_parts_clean_to_an_inert_package(names, kinds):
    settings = "".join(f'<w:{name} {NAMESPACES} r:id="rId{80 + i}"/>'
                       for i, name in enumerate(names))
    rels = "".join(rel(f"rId{60 + i}", kind, f"extra{i}.bin") for i, kind in enumerate(kinds))
    data = edit(_letterhead(), insert={"word/settings.xml": settings},
                rels={"word/document.xml": rels} if rels else {},
                add={f"word/extra{i}.bin": b"payload" for i in range(len(kinds))})
    cleaned = clean_reference(data)
    check_clean(cleaned.data)
    with zipfile.ZipFile(io.BytesIO(cleaned.data)) as archive:
        assert not [name for name in archive.namelist() if "extra" in name]
