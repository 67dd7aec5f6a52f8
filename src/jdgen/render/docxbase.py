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

That preparation still costs a single build more than all the rest of its
DOCX work, so its result is kept in the per-user cache (:mod:`jdgen.cache`),
named by everything it depends on: the package opened, the python-docx
version and this code. A build that finds it there never imports python-docx.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdgen import cache
from jdgen.errors import DataError
from jdgen.render.docxbody import HYPERLINK, BodyWriter, Links, Styles, clean, escape_text
from jdgen.render.docxhouse import COMPANY_MARK, COMPANY_STYLE, POSITION_MARK
from jdgen.render.paper import Paper
from jdgen.render.zipwriter import Entry, deflate, write_zip

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    from jdgen.render.docxparts import DocProperties

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARAGRAPH_STYLES = (
    "Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "List Bullet 2",
    "List Bullet 3", "List Number", "List Number 2", "List Number 3", "Quote", COMPANY_STYLE,
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
_SNAPSHOT = b"jdgen prepared DOCX base 3\n"
_CACHE_KIND = "docx-base"
_TYPES = "[Content_Types].xml"


@dataclass(frozen=True)
class Prepared:
    """A package made by python-docx, cut where each document differs from the next.

    ``entries`` lists every part in package order: a deflated :class:`Entry`
    for parts reused as they are, or the name of a part written per document
    (the body, its relationships, the core properties and, in the house
    style, the header that names the company and the job).
    """

    styles: Styles
    usable_width: int
    rids: frozenset[str]
    links: dict[str, str]
    document_name: str
    rels_name: str
    core_name: str
    head: str
    tail: str
    rels_head: str
    rels_tail: str
    rels_entry: Entry
    core: str
    entries: tuple[Entry | str, ...]
    header_name: str = ""
    header: str = ""
    dropped: tuple[str, ...] = ()  # what the reference held that no posting takes, in words

    def to_bytes(self) -> bytes:
        """A self-checking text form, for the cache (see :func:`restore`)."""
        text = json.dumps({
            "styles": dict(self.styles.ids), "table": self.styles.table,
            "usable_width": self.usable_width, "rids": sorted(self.rids), "links": self.links,
            "names": [self.document_name, self.rels_name, self.core_name, self.header_name],
            "texts": [self.head, self.tail, self.rels_head, self.rels_tail, self.core,
                      self.header],
            "rels_entry": _entry_json(self.rels_entry), "dropped": list(self.dropped),
            "entries": [entry if isinstance(entry, str) else _entry_json(entry)
                        for entry in self.entries],
        }, ensure_ascii=True, sort_keys=True).encode("ascii")
        return _SNAPSHOT + hashlib.sha256(text).hexdigest().encode("ascii") + b"\n" + text


def restore(data: bytes) -> Prepared:
    """Read :meth:`Prepared.to_bytes` back; :class:`ValueError` if it is not exactly that."""
    if not data.startswith(_SNAPSHOT):
        raise ValueError("not a prepared DOCX base")
    digest, _, text = data[len(_SNAPSHOT):].partition(b"\n")
    if hashlib.sha256(text).hexdigest().encode("ascii") != digest:
        raise ValueError("prepared DOCX base is damaged")
    try:
        state = json.loads(text)
    except (ValueError, RecursionError):
        raise ValueError("prepared DOCX base is not JSON") from None
    try:
        styles = {str(name): None if value is None else str(value)
                  for name, value in state["styles"].items()}
        document_name, rels_name, core_name, header_name = map(str, state["names"])
        head, tail, rels_head, rels_tail, core, header = map(str, state["texts"])
        return Prepared(
            styles=Styles(styles, None if state["table"] is None else str(state["table"])),
            usable_width=int(state["usable_width"]),
            rids=frozenset(map(str, state["rids"])),
            links={str(url): str(rid) for url, rid in state["links"].items()},
            document_name=document_name, rels_name=rels_name, core_name=core_name,
            head=head, tail=tail, rels_head=rels_head, rels_tail=rels_tail, core=core,
            rels_entry=_entry_from_json(state["rels_entry"]),
            entries=tuple(entry if isinstance(entry, str) else _entry_from_json(entry)
                          for entry in state["entries"]),
            header_name=header_name, header=header,
            dropped=tuple(map(str, state["dropped"])),
        )
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise ValueError(f"prepared DOCX base is not readable: {exc!r}") from None


def _entry_json(entry: Entry) -> list[Any]:
    return [entry.name.decode("ascii"), entry.crc, entry.size,
            base64.b64encode(entry.data).decode("ascii")]


def _entry_from_json(value: list[Any]) -> Entry:
    name, crc, size, data = value
    return Entry(str(name).encode("ascii"), int(crc), int(size),
                 base64.b64decode(str(data), validate=True))


def prepare(reference: bytes | None = None, paper: Paper = "letter") -> Prepared:
    """Let python-docx open ``reference`` (its own template when ``None``) and cut it up.

    Without a reference, the template gets jdgen's house style on ``paper``
    (see :mod:`jdgen.render.docxhouse`); a reference keeps its own page setup.
    """
    from docx import Document
    from lxml import etree  # type: ignore[import-untyped]

    dropped: tuple[str, ...] = ()
    if reference:
        from jdgen.render.docxcheck import PackageProblem
        from jdgen.render.docxclean import clean_reference

        try:
            cleaned = clean_reference(reference)
        except PackageProblem as exc:
            raise DataError([str(exc)]) from None
        dropped = cleaned.dropped
        document = _open_reference(cleaned.data)
        _prepare_reference(document)
    else:
        from jdgen.render.docxhouse import apply_house_style

        document = Document()
        apply_house_style(document, paper)
    styles = _styles(document)
    usable_width = _usable_width(document)
    rels = document.part.rels
    rids = frozenset(rels.keys())
    links = {rel.target_ref: rel.rId for rel in rels.values()
             if rel.is_external and rel.reltype == HYPERLINK}
    document.element.body.insert(0, etree.Comment(_BODY_MARK[4:-3]))
    try:
        _mark_properties(document)
    except (AttributeError, TypeError, ValueError):  # a core.xml that is not core properties
        raise DataError(["reference DOCX has damaged document properties (docProps/core.xml); "
                         "save it again from Word"]) from None
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        # zipfile's "Duplicate name" for a part named twice; the parts are read
        # back into a dict below, so the written package never holds two
        warnings.simplefilter("ignore", UserWarning)
        document.save(buffer)
    main = str(document.part.partname).lstrip("/")
    folder, _, leaf = main.rpartition("/")
    rels_name = f"{folder}/_rels/{leaf}.rels" if folder else f"_rels/{leaf}.rels"
    with zipfile.ZipFile(buffer) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    if _TYPES in parts:
        parts[_TYPES] = _with_picture_types(parts[_TYPES])
    core_name = next((name for name, data in parts.items()
                      if _MARK["title"].encode("utf-8") in data and name != main), None)
    if core_name is None:
        raise DataError(["reference DOCX has damaged document properties (docProps/core.xml); "
                         "save it again from Word"])
    header_name = next((name for name, data in parts.items()
                        if COMPANY_MARK.encode("utf-8") in data), "")
    head, tail = _split_body(parts[main].decode("utf-8"))
    rels = parts[rels_name].decode("utf-8")
    rels_head, rels_tail = _split_rels(rels)
    return Prepared(
        styles=styles, usable_width=usable_width, rids=rids, links=links,
        document_name=main, rels_name=rels_name, core_name=core_name,
        head=head, tail=tail, rels_head=rels_head, rels_tail=rels_tail,
        rels_entry=deflate(rels_name, parts[rels_name]), core=parts[core_name].decode("utf-8"),
        entries=tuple(name if name in {main, rels_name, core_name, header_name}
                      else deflate(name, data) for name, data in parts.items()),
        header_name=header_name,
        header=parts[header_name].decode("utf-8") if header_name else "",
        dropped=dropped,
    )


def prepared(reference: bytes | None = None, paper: Paper = "letter") -> Prepared:
    """:func:`prepare`, kept in the per-user cache so python-docx runs once per input."""
    name = _cache_name(reference, paper)
    if name is not None:
        data = cache.load(_CACHE_KIND, name)
        if data is not None:
            try:
                return restore(data)
            except ValueError:
                pass  # damaged or from elsewhere: prepare it again and replace it
    state = prepare(reference, paper)
    if name is not None:
        cache.store(_CACHE_KIND, name, state.to_bytes())
    return state


def _cache_name(reference: bytes | None, paper: Paper) -> str | None:
    """Every input the prepared base depends on, or ``None`` if one cannot be known.

    That is the package opened (the reference, else python-docx's template),
    the python-docx and lxml that open and save it, and the code here that cuts it.
    """
    if cache.folder() is None:
        return None
    import importlib.metadata
    import importlib.util

    try:
        versions = [importlib.metadata.version(name) for name in ("python-docx", "lxml")]
        if reference is None:
            spec = importlib.util.find_spec("docx")
            if spec is None or spec.origin is None:
                return None
            reference_or_template = (Path(spec.origin).parent / "templates"
                                     / "default.docx").read_bytes()
        else:
            reference_or_template = reference
    except (OSError, ValueError, importlib.metadata.PackageNotFoundError):
        return None
    here = Path(__file__)
    code = [here] + [here.with_name(f"{name}.py") for name in (
        "docxbody", "docxclean", "docxhouse", "docxlists", "docxlogo", "docxstory",
        "paper")]
    return cache.key_with_code(code, *versions, "" if reference else paper,
                               reference_or_template)


class DocxBase:
    """Everything about a DOCX that does not depend on the posting, prepared once."""

    def __init__(self, reference: bytes | None = None, *, state: Prepared | None = None,
                 paper: Paper = "letter") -> None:
        self._state = state if state is not None else prepared(reference, paper)
        self.styles = self._state.styles
        self.usable_width = self._state.usable_width
        self.dropped = self._state.dropped  # what the reference held that is left out

    @property
    def parser(self) -> MarkdownIt:
        """The shared Markdown parser (made once, by :func:`markdown_parser`)."""
        from jdgen.render.docxparts import markdown_parser

        return markdown_parser()

    def build(self, markdown: str, props: DocProperties) -> bytes:
        """The .docx bytes for ``markdown`` with core properties ``props``."""
        return self.build_tokens(self.parser.parse(markdown), props)

    def build_tokens(self, tokens: list[Token], props: DocProperties) -> bytes:
        """Like :meth:`build`, from tokens already parsed by :func:`markdown_parser`."""
        state = self._state
        links = Links(set(state.rids), dict(state.links))
        logo, picture = "", None
        if props.logo is not None:
            from jdgen.render import docxlogo

            media = docxlogo.media_name(props.logo)
            logo = docxlogo.picture(links.part(docxlogo.IMAGE, media), props.logo,
                                    clean(props.author))
            folder = state.document_name.rpartition("/")[0]
            picture = deflate(f"{folder}/{media}" if folder else media, props.logo.data)
        entries = []
        body = BodyWriter(self.styles, self.usable_width, links,
                          company=clean(props.author), logo=logo).write(tokens)
        for entry in state.entries:
            if isinstance(entry, Entry):
                entries.append(entry)
            elif entry == state.rels_name:
                added = links.xml()
                entries.append(deflate(entry, (state.rels_head + added + state.rels_tail)
                                       .encode("utf-8")) if added else state.rels_entry)
            elif entry == state.document_name:
                entries.append(deflate(entry, (state.head + body + state.tail).encode("utf-8")))
            elif entry == state.header_name:
                header = state.header.replace(COMPANY_MARK, escape_text(clean(props.author)))
                header = header.replace(POSITION_MARK, escape_text(clean(props.title)))
                entries.append(deflate(entry, header.encode("utf-8")))
            else:
                entries.append(deflate(entry, self._core_xml(props).encode("utf-8")))
        if picture is not None:
            entries.append(picture)
        return write_zip(entries)

    def _core_xml(self, props: DocProperties) -> str:
        values = {
            "title": props.title, "subject": props.subject, "author": props.author,
            "keywords": ", ".join(props.keywords),
        }
        text = self._state.core
        for key, mark in _MARK.items():
            text = text.replace(mark, escape_text(clean(values[key])[:_PROPERTY_LIMIT]))
        stamp = dt.datetime(props.date.year, props.date.month, props.date.day)
        return text.replace(_STAMP_TEXT, stamp.strftime("%Y-%m-%dT%H:%M:%SZ"))


def _open_reference(reference: bytes) -> Any:
    """python-docx's document for ``reference``; a :class:`DataError` if it has no body."""
    from docx import Document
    from lxml import etree

    try:
        document = Document(io.BytesIO(reference))
    except etree.XMLSyntaxError as exc:
        raise DataError([f"reference DOCX holds a part that is not valid XML ({exc.msg}); "
                         "save it again from Word"]) from None
    if document.element.body is None:
        raise DataError(["reference DOCX has no <w:body> in its main document; "
                         "save it again from Word"])
    return document


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
    from jdgen.render.docxlists import ensure_list_numbering

    ensure_list_numbering(document)


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


def _with_picture_types(xml: bytes) -> bytes:
    """The package's content types, naming PNG and JPEG, so a logo can be added to it."""
    from jdgen.render.docxlogo import CONTENT_TYPES

    text = xml.decode("utf-8")
    for extension, kind in CONTENT_TYPES.items():
        if f'Extension="{extension}"'.casefold() not in text.casefold():
            text = text.replace("</Types>", f'<Default Extension="{extension}" '
                                f'ContentType="{kind}"/></Types>', 1)
    return text.encode("utf-8")


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
