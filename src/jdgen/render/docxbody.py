"""markdown-it tokens -> the WordprocessingML of a document body, as text.

Writing the XML directly is what makes a DOCX cheap to build: no element
objects, no style lookups by name per paragraph. The markup is exactly what
python-docx writes for the same calls (``add_paragraph(style=...)``,
``add_run``, ``run.bold``, a hyperlink run, ``add_table`` with fixed column
widths), so documents look and reopen the same:

* ``#`` -> Title, ``##`` -> Heading 1, ``###`` -> Heading 2, deeper -> Heading 3;
* the company's name above the title, when the base has a "Company Name" style, and
  the company's logo floating at the right of it (see :mod:`jdgen.render.docxlogo`);
* the key facts (a list of "**Label:** value" items before the first ``##``)
  -> a borderless two-column table;
* list items -> List Bullet / List Bullet 2 / 3 or List Number (nested);
* block quotes -> Quote; code -> Courier New; ``---`` -> an empty paragraph;
* bold / italic runs, real hyperlinks (http, https, mailto only), each
  followed by its address when the text does not show it, so paper keeps it;
* tables with a repeated, bold header row and content-based column widths.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from markdown_it.token import Token

_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINKABLE = re.compile(r"^(https?://|mailto:)")
_BREAKS = re.compile(r"([\t\r\n])")
_HEADING_STYLES = {"h1": "Title", "h2": "Heading 1", "h3": "Heading 2", "h4": "Heading 3"}
_EMU_PER_TWIP = 635.0
_LINK_PROPS = '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>'
_MONO = '<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/>'
_TABLE_PROPS = (
    '<w:tblW w:type="auto" w:w="0"/><w:tblLayout w:type="fixed"/><w:tblLook '
    'w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" '
    'w:noVBand="1" w:val="04A0"/></w:tblPr>'
)
_HEADER_ROW = '<w:trPr><w:tblHeader w:val="true"/></w:trPr>'
_FACTS_PROPS = (
    '<w:tblW w:type="auto" w:w="0"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/>'
    '<w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/>'
    '<w:insideV w:val="nil"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>'
    '<w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" '
    'w:type="dxa"/><w:right w:w="115" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000" '
    'w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" '
    'w:noVBand="1"/></w:tblPr>'
)
_FACT_PARAGRAPH = '<w:pPr><w:spacing w:before="0" w:after="30"/></w:pPr>'
_LAST_FACT_PARAGRAPH = '<w:pPr><w:spacing w:before="0" w:after="160"/></w:pPr>'
_FACT_LABEL = '<w:rPr><w:b/><w:color w:val="5F6B7A"/></w:rPr>'
_FACT_LABEL_TWIPS = 1900
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def facts_end(tokens: list[Token], start: int) -> int | None:
    """Where the key-facts list opening at ``tokens[start]`` closes, or ``None`` if it is not one.

    A facts list is a top-level bullet list each of whose items is one
    paragraph starting with a bold label ending in a colon ("**Pay:** ...").
    """
    if tokens[start].type != "bullet_list_open" or tokens[start].level != 0:
        return None
    index, items = start + 1, 0
    while index < len(tokens) and tokens[index].type == "list_item_open":
        shape = [token.type for token in tokens[index + 1:index + 5]]
        if shape != ["paragraph_open", "inline", "paragraph_close", "list_item_close"]:
            return None
        if fact_label(tokens[index + 2]) is None:
            return None
        index, items = index + 5, items + 1
    if items == 0 or index >= len(tokens) or tokens[index].type != "bullet_list_close":
        return None
    return index


def fact_label(inline: Token) -> str | None:
    """The label of a "**Label:** value" item (without its colon), else ``None``."""
    children = _without_leading_empty(inline.children or [])
    if len(children) < 3 or children[0].type != "strong_open" \
            or children[1].type != "text" or children[2].type != "strong_close":
        return None
    label = children[1].content.strip()
    return label[:-1].strip() if label.endswith(":") and len(label) > 1 else None


def fact_value(children: list[Token]) -> list[Token]:
    """The inline tokens after a fact's label, the space that follows the label dropped."""
    rest = _without_leading_empty(children)[3:]
    if rest and rest[0].type == "text":
        rest = [rest[0].copy(content=rest[0].content.lstrip()), *rest[1:]]
    return rest


def _without_leading_empty(children: list[Token]) -> list[Token]:
    start = 0
    while start < len(children) and children[start].type == "text" \
            and not children[start].content:
        start += 1
    return children[start:]


def shown_address(url: str, text: str) -> str | None:
    """The address to print after a link's text, when the text does not already show it."""
    address = url.removeprefix("mailto:")
    return None if not address or address in text else address


def clean(text: str) -> str:
    """Drop characters that XML 1.0 cannot hold."""
    return _XML_INVALID.sub("", text)


def escape_text(text: str) -> str:
    """Escape element text the way lxml serialises it."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


def escape_attribute(text: str) -> str:
    """Escape an attribute value the way lxml serialises it."""
    text = escape_text(text).replace('"', "&quot;")
    return text.replace("\n", "&#10;").replace("\t", "&#9;")


@dataclass(frozen=True)
class Styles:
    """Word style ids for the style names a posting uses.

    ``ids`` maps a style name the document has to its id, or to ``None`` for
    the default paragraph style (which python-docx writes as no style).
    """

    ids: Mapping[str, str | None]
    table: str | None

    def has(self, name: str) -> bool:
        return name in self.ids

    def paragraph(self, name: str) -> str:
        style_id = self.ids.get(name) if name in self.ids else self.ids.get("Normal")
        if style_id is None:
            return "<w:pPr/>"
        return f'<w:pPr><w:pStyle w:val="{escape_attribute(style_id)}"/></w:pPr>'


@dataclass
class Links:
    """External hyperlink relationships: the base document's, then new ones in order."""

    taken: set[str]
    known: dict[str, str]
    added: list[tuple[str, str]] = field(default_factory=list)
    parts: list[tuple[str, str, str]] = field(default_factory=list)  # rid, type, target

    def rid(self, url: str) -> str:
        """The relationship id for ``url``: reused when present, else the first free rIdN."""
        if url in self.known:
            return self.known[url]
        rid = self._free()
        self.known[url] = rid
        self.added.append((rid, url))
        return rid

    def part(self, kind: str, target: str) -> str:
        """A new relationship of type ``kind`` to a part of the package (a picture, say)."""
        rid = self._free()
        self.parts.append((rid, kind, target))
        return rid

    def _free(self) -> str:
        number = 1
        while f"rId{number}" in self.taken:
            number += 1
        rid = f"rId{number}"
        self.taken.add(rid)
        return rid

    def xml(self) -> str:
        return "".join(
            f'<Relationship Id="{rid}" Type="{HYPERLINK}" Target="{escape_attribute(url)}" '
            'TargetMode="External"/>'
            for rid, url in self.added
        ) + "".join(
            f'<Relationship Id="{rid}" Type="{kind}" Target="{escape_attribute(target)}"/>'
            for rid, kind, target in self.parts
        )


def _content(text: str) -> str:
    """Run content for ``text``: tabs and line breaks become their own elements."""
    parts: list[str] = []
    for piece in _BREAKS.split(text) if ("\t" in text or "\n" in text or "\r" in text) else [text]:
        if not piece:
            continue
        if piece == "\t":
            parts.append("<w:tab/>")
        elif piece in "\r\n":
            parts.append("<w:br/>")
        elif len(piece.strip()) < len(piece):
            parts.append(f'<w:t xml:space="preserve">{escape_text(piece)}</w:t>')
        else:
            parts.append(f"<w:t>{escape_text(piece)}</w:t>")
    return "".join(parts)


def _run(text: str, bold: bool = False, italic: bool = False, mono: bool = False,
         props: bool = True) -> str:
    if not props:
        return f"<w:r>{_content(text)}</w:r>"
    inner = (_MONO if mono else "") + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    rpr = f"<w:rPr>{inner}</w:rPr>" if inner else "<w:rPr/>"
    return f"<w:r>{rpr}{_content(text)}</w:r>"


class BodyWriter:
    """Walks markdown-it block tokens and collects the body XML."""

    def __init__(self, styles: Styles, usable_width: int, links: Links,
                 company: str = "", logo: str = "") -> None:
        self.styles = styles
        self.company = company if styles.has("Company Name") else ""
        self.logo = logo  # a run with the company's logo, floating beside the title block
        self.seen_section = False
        self.usable_width = usable_width
        self.links = links
        self.out: list[str] = []
        self.lists: list[str] = []  # stack of "bullet" / "ordered"
        self.block: str | None = None
        self.in_table = False
        self.table_rows: list[list[Token]] = []

    def write(self, tokens: list[Token]) -> str:
        skip_to = -1
        for index, token in enumerate(tokens):
            if index <= skip_to:
                continue
            kind = token.type
            if kind == "bullet_list_open" and not self.seen_section and not self.lists:
                end = facts_end(tokens, index)
                if end is not None:
                    self._facts([tokens[i] for i in range(index + 3, end, 5)])
                    skip_to = end
                    continue
            if kind == "inline":
                if self.in_table:
                    self.table_rows[-1].append(token)
                else:
                    self._paragraph(token)
            elif kind == "heading_open":
                self.block = _HEADING_STYLES.get(token.tag, "Heading 3")
                if token.tag == "h1" and self.company:
                    self.out.append(f"<w:p>{self.styles.paragraph('Company Name')}{self.logo}"
                                    f"{_run(self.company, props=False)}</w:p>")
                    self.company = self.logo = ""
                elif token.tag == "h1" and self.logo:  # a reference's title block: above it
                    self.out.append(f"<w:p>{self.logo}</w:p>")
                    self.logo = ""
                elif token.tag != "h1":
                    self.seen_section = True
            elif kind in {"bullet_list_open", "ordered_list_open"}:
                self.lists.append("bullet" if kind.startswith("bullet") else "ordered")
            elif kind in {"bullet_list_close", "ordered_list_close"}:
                self.lists.pop()
            elif kind == "blockquote_open":
                self.block = "Quote"
            elif kind == "table_open":
                self.in_table, self.table_rows = True, []
            elif kind == "tr_open":
                self.table_rows.append([])
            elif kind == "table_close":
                self._table()
                self.in_table = False
            elif kind in {"fence", "code_block"}:
                text = clean(token.content.rstrip("\n"))
                self.out.append(f"<w:p>{self.styles.paragraph('Normal')}"
                                f"{_run(text, mono=True)}</w:p>")
            elif kind == "hr":
                self.out.append("<w:p/>")
            elif kind in {"heading_close", "blockquote_close"}:
                self.block = None
        return "".join(self.out)

    def _paragraph(self, token: Token) -> None:
        if self.lists:
            depth = min(len(self.lists), 3)
            base = "List Bullet" if self.lists[-1] == "bullet" else "List Number"
            style = base if depth == 1 else f"{base} {depth}"
            if not self.styles.has(style):
                style = base
        else:
            style = self.block or "Normal"
        runs = self._runs(token.children or [])
        self.out.append(f"<w:p>{self.styles.paragraph(style)}{runs}</w:p>")

    def _runs(self, children: list[Token], header: bool = False) -> str:
        out: list[str] = []
        bold = italic = False
        link: str | None = None
        link_text: list[str] = []
        for child in children:
            kind = child.type
            if kind == "text" or kind == "softbreak" or kind == "hardbreak" \
                    or kind == "code_inline":
                text = {"softbreak": " ", "hardbreak": "\n"}.get(kind, child.content)
                if not text:
                    continue
                if link is not None:
                    link_text.append(text)
                    continue
                out.append(_run(clean(text), bold or header, italic, kind == "code_inline"))
            elif kind == "strong_open":
                bold = True
            elif kind == "strong_close":
                bold = False
            elif kind == "em_open":
                italic = True
            elif kind == "em_close":
                italic = False
            elif kind == "link_open":
                link, link_text = str(child.attrs.get("href", "")), []
            elif kind == "link_close":
                out.append(self._hyperlink(link or "", "".join(link_text), header))
                link = None
        return "".join(out)

    def _hyperlink(self, url: str, text: str, header: bool) -> str:
        shown = clean(text or url)
        if not _LINKABLE.match(url):
            return _run(shown, bold=True) if header else _run(shown, props=False)
        rid = self.links.rid(url)
        address = shown_address(url, shown)
        if address is not None:
            shown = f"{shown} ({clean(address)})"
        return (f'<w:hyperlink r:id="{rid}"><w:r>{_LINK_PROPS}<w:t xml:space="preserve">'
                f"{escape_text(shown)}</w:t></w:r></w:hyperlink>")

    def _facts(self, items: list[Token]) -> None:
        """The key facts as a borderless table: a grey bold label, then the value."""
        label_width = min(_FACT_LABEL_TWIPS, int(self.usable_width / _EMU_PER_TWIP) // 3)
        value_width = int(round(self.usable_width / _EMU_PER_TWIP)) - label_width
        out = [f"<w:tbl><w:tblPr>{_FACTS_PROPS}<w:tblGrid><w:gridCol w:w=\"{label_width}\"/>"
               f"<w:gridCol w:w=\"{value_width}\"/></w:tblGrid>"]
        for number, inline in enumerate(items, 1):
            children = inline.children or []
            label = fact_label(inline) or ""
            value = self._runs(fact_value(children))
            spacing = _FACT_PARAGRAPH if number < len(items) else _LAST_FACT_PARAGRAPH
            out.append(f'<w:tr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{label_width}"/></w:tcPr>'
                       f"<w:p>{spacing}<w:r>{_FACT_LABEL}{_content(clean(label))}</w:r>"
                       f'</w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{value_width}"/>'
                       f"</w:tcPr><w:p>{spacing}{value}</w:p></w:tc></w:tr>")
        out.append("</w:tbl>")
        self.out.append("".join(out))

    def _table(self) -> None:
        rows = self.table_rows
        if not rows:
            return
        columns = max(len(row) for row in rows)
        texts = [[token.content for token in row] for row in rows]
        weights = [min(max([len(row[c]) for row in texts if c < len(row)] + [4]), 40)
                   for c in range(columns)]
        total = sum(weights)
        twips = [int(round(int(self.usable_width * w / total) / _EMU_PER_TWIP)) for w in weights]
        style = self.styles.table if self.styles.has("Table Grid") else None
        out = ["<w:tbl><w:tblPr>"]
        if style is not None:
            out.append(f'<w:tblStyle w:val="{escape_attribute(style)}"/>')
        out.append(_TABLE_PROPS)
        out.append("<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in twips)
                   + "</w:tblGrid>")
        for r, row in enumerate(rows):
            out.append("<w:tr>" + (_HEADER_ROW if r == 0 else ""))
            for c, width in enumerate(twips):
                runs = self._runs(row[c].children or [], header=r == 0) if c < len(row) else ""
                paragraph = f"<w:p>{runs}</w:p>" if runs else "<w:p/>"
                out.append(f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/></w:tcPr>'
                           f"{paragraph}</w:tc>")
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.out.append("".join(out))
