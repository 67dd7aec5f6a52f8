"""A Word package prepared once and reused for every document built from it.

Opening python-docx's template (or a reference DOCX), finding styles by name
and compressing styles, theme, numbering, settings and fonts is most of the
cost of a DOCX. :class:`DocxBase` does all of that once; :meth:`DocxBase.build`
then writes only the parts that differ per document -- the body
(``word/document.xml``), its relationships (hyperlinks) and the core
properties -- and zips them with the precompressed rest.

The base is made by python-docx itself: the body is emptied down to its
section properties, missing styles are copied in, core properties are set to
placeholders, and the package is saved. Each part is kept as it was saved,
so a document built here is the document python-docx would have written.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import TYPE_CHECKING, Any

from jdgen.render.docxbody import HYPERLINK, BodyWriter, Links, Styles, clean, escape_text
from jdgen.render.zipwriter import Entry, deflate, write_zip

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    from jdgen.render.docx import DocProperties

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARAGRAPH_STYLES = (
    "Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "List Bullet 2",
    "List Bullet 3", "List Number", "List Number 2", "List Number 3", "Quote",
)
NEEDED_STYLES = (
    "Title", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "List Bullet 2",
    "List Bullet 3", "List Number", "List Number 2", "Quote", "Table Grid",
)
_BODY_MARK = "<!--jdgen-body-->"
_MARK = {"title": "\ue000title\ue001", "subject": "\ue000subject\ue001",
         "author": "\ue000author\ue001", "keywords": "\ue000keywords\ue001"}
_STAMP_MARK = dt.datetime(1904, 2, 29, 13, 57, 11)
_STAMP_TEXT = "1904-02-29T13:57:11Z"
_DEFAULT_USABLE = 5486400  # 6 inches in EMU: Letter less 1.25-inch margins
_PROPERTY_LIMIT = 255  # python-docx refuses longer core property values


class DocxBase:
    """Everything about a DOCX that does not depend on the posting, prepared once."""

    def __init__(self, reference: bytes | None = None) -> None:
        from docx import Document

        document = Document(io.BytesIO(reference)) if reference else Document()
        if reference:
            _prepare_reference(document)
        self.styles = _styles(document)
        self.usable_width = _usable_width(document)
        rels = document.part.rels
        self._rids = frozenset(rels.keys())
        self._links = {rel.target_ref: rel.rId for rel in rels.values()
                       if rel.is_external and rel.reltype == HYPERLINK}
        body = document.element.body
        from lxml import etree  # type: ignore[import-untyped]

        body.insert(0, etree.Comment(_BODY_MARK[4:-3]))
        _mark_properties(document)
        buffer = io.BytesIO()
        document.save(buffer)
        main = str(document.part.partname).lstrip("/")
        self._document_name = main
        folder, _, leaf = main.rpartition("/")
        self._rels_name = f"{folder}/_rels/{leaf}.rels" if folder else f"_rels/{leaf}.rels"
        self._entries: list[Entry | str] = []
        with zipfile.ZipFile(buffer) as package:
            parts = {name: package.read(name) for name in package.namelist()}
        self._core_name = next(name for name, data in parts.items()
                               if _MARK["title"].encode("utf-8") in data and name != main)
        for name, data in parts.items():
            if name == main:
                self._head, self._tail = _split_body(data.decode("utf-8"))
                self._entries.append(name)
            elif name == self._rels_name:
                text = data.decode("utf-8")
                self._rels_entry = deflate(name, data)
                self._rels_head, self._rels_tail = _split_rels(text)
                self._entries.append(name)
            elif name == self._core_name:
                self._core = data.decode("utf-8")
                self._entries.append(name)
            else:
                self._entries.append(deflate(name, data))

    @property
    def parser(self) -> MarkdownIt:
        """The shared Markdown parser (made once, by :func:`markdown_parser`)."""
        from jdgen.render.docx import markdown_parser

        return markdown_parser()

    def build(self, markdown: str, props: DocProperties) -> bytes:
        """The .docx bytes for ``markdown`` with core properties ``props``."""
        return self.build_tokens(self.parser.parse(markdown), props)

    def build_tokens(self, tokens: list[Token], props: DocProperties) -> bytes:
        """Like :meth:`build`, from tokens already parsed by :func:`markdown_parser`."""
        links = Links(set(self._rids), dict(self._links))
        body = BodyWriter(self.styles, self.usable_width, links).write(tokens)
        parts = {
            self._document_name: self._head + body + self._tail,
            self._core_name: self._core_xml(props),
        }
        entries = []
        for entry in self._entries:
            if isinstance(entry, Entry):
                entries.append(entry)
            elif entry == self._rels_name:
                added = links.xml()
                entries.append(deflate(entry, (self._rels_head + added + self._rels_tail)
                                       .encode("utf-8")) if added else self._rels_entry)
            else:
                entries.append(deflate(entry, parts[entry].encode("utf-8")))
        return write_zip(entries)

    def _core_xml(self, props: DocProperties) -> str:
        values = {
            "title": props.title, "subject": props.subject, "author": props.author,
            "keywords": ", ".join(props.keywords),
        }
        text = self._core
        for key, mark in _MARK.items():
            text = text.replace(mark, escape_text(clean(values[key])[:_PROPERTY_LIMIT]))
        stamp = dt.datetime(props.date.year, props.date.month, props.date.day)
        return text.replace(_STAMP_TEXT, stamp.strftime("%Y-%m-%dT%H:%M:%SZ"))


def _prepare_reference(document: Any) -> None:
    """Empty the reference document's body and add any styles it lacks."""
    import copy

    from docx import Document
    from docx.oxml.ns import qn

    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    have = _style_names(document.styles)
    defaults = Document().styles
    default_names = _style_names(defaults)
    for name in NEEDED_STYLES:
        if name not in have and name in default_names:
            document.styles.element.append(copy.deepcopy(defaults[name].element))


def _styles(document: Any) -> Styles:
    """Look every style the body may use up by name, once, as python-docx would.

    A name finds the first style with that name; a style of another kind is
    not used; the default style of its kind is written as no style at all.
    """
    from docx.styles import BabelFish

    w = f"{{{W_NS}}}"
    first: dict[str, Any] = {}
    defaults: dict[str, Any] = {}
    for element in document.styles.element.iterchildren(f"{w}style"):
        kind = element.get(f"{w}type", "paragraph")
        if element.get(f"{w}default") in {"1", "true", "on"}:
            defaults[kind] = element  # the last default of a kind wins
        name = element.find(f"{w}name")
        if name is not None:
            first.setdefault(BabelFish.internal2ui(str(name.get(f"{w}val"))), element)

    def style_id(name: str, kind: str) -> str | None:
        element = first[name]
        return None if element is defaults.get(kind) else element.get(f"{w}styleId")

    ids = {name: style_id(name, "paragraph") for name in PARAGRAPH_STYLES
           if name in first and first[name].get(f"{w}type", "paragraph") == "paragraph"}
    table = None
    if "Table Grid" in first and first["Table Grid"].get(f"{w}type") == "table":
        table = ids["Table Grid"] = style_id("Table Grid", "table")
    return Styles(ids, table)


def _style_names(styles: Any) -> set[str]:
    """Every style's name as python-docx shows it (``style.name``), without making objects."""
    from docx.styles import BabelFish

    return {BabelFish.internal2ui(str(name)) for name in
            styles.element.xpath("w:style/w:name/@w:val")}


def _usable_width(document: Any) -> int:
    section = document.sections[-1]
    sizes = (section.page_width, section.left_margin, section.right_margin)
    if any(size is None for size in sizes):
        return _DEFAULT_USABLE
    width = int(sizes[0] - sizes[1] - sizes[2])
    return width if width > 0 else _DEFAULT_USABLE


def _mark_properties(document: Any) -> None:
    core = document.core_properties
    core.title = _MARK["title"]
    core.subject = _MARK["subject"]
    core.author = _MARK["author"]
    core.keywords = _MARK["keywords"]
    core.comments = "Generated by jdgen"
    core.category = "Job posting"
    core.last_modified_by = "jdgen"
    core.revision = 1
    core.created = _STAMP_MARK
    core.modified = _STAMP_MARK
    core.last_printed = _STAMP_MARK


def _split_body(xml: str) -> tuple[str, str]:
    """Cut the main document at the body marker; add ``w``/``r`` prefixes if missing."""
    head, _, tail = xml.partition(_BODY_MARK)
    declared = head[:head.find(">", head.find("<", head.find("?>") + 2))]
    extra = ""
    if f'xmlns:w="{W_NS}"' not in declared:
        extra += f' xmlns:w="{W_NS}"'
    if f'xmlns:r="{R_NS}"' not in declared:
        extra += f' xmlns:r="{R_NS}"'
    if extra:
        start = head.find("<", head.find("?>") + 2)
        name_end = start + 1
        while head[name_end] not in " \t\r\n/>":
            name_end += 1
        head = head[:name_end] + extra + head[name_end:]
    return head, tail


def _split_rels(xml: str) -> tuple[str, str]:
    if xml.rstrip().endswith("/>") and "</Relationships>" not in xml:
        cut = xml.rindex("/>")
        return xml[:cut] + ">", "</Relationships>"
    cut = xml.rindex("</Relationships>")
    return xml[:cut], xml[cut:]
