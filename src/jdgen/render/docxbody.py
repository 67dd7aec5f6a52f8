"""markdown-it tokens -> the WordprocessingML of a document body, as text.

Writing the XML directly is what makes a DOCX cheap to build: no element
objects, no style lookups by name per paragraph. The markup is exactly what
python-docx writes for the same calls (``add_paragraph(style=...)``,
``add_run``, ``run.bold``, a hyperlink run, ``add_table`` with fixed column
widths), so documents look and reopen the same:

* ``#`` -> Title, ``##`` -> Heading 1, ``###`` -> Heading 2, deeper -> Heading 3;
* list items -> List Bullet / List Bullet 2 / 3 or List Number (nested);
* block quotes -> Quote; code -> Courier New; ``---`` -> an empty paragraph;
* bold / italic runs, real hyperlinks (http, https, mailto only);
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
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


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

    def rid(self, url: str) -> str:
        """The relationship id for ``url``: reused when present, else the first free rIdN."""
        if url in self.known:
            return self.known[url]
        number = 1
        while f"rId{number}" in self.taken:
            number += 1
        rid = f"rId{number}"
        self.taken.add(rid)
        self.known[url] = rid
        self.added.append((rid, url))
        return rid

    def xml(self) -> str:
        return "".join(
            f'<Relationship Id="{rid}" Type="{HYPERLINK}" Target="{escape_attribute(url)}" '
            'TargetMode="External"/>'
            for rid, url in self.added
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

    def __init__(self, styles: Styles, usable_width: int, links: Links) -> None:
        self.styles = styles
        self.usable_width = usable_width
        self.links = links
        self.out: list[str] = []
        self.lists: list[str] = []  # stack of "bullet" / "ordered"
        self.block: str | None = None
        self.in_table = False
        self.table_rows: list[list[Token]] = []

    def write(self, tokens: list[Token]) -> str:
        for token in tokens:
            kind = token.type
            if kind == "inline":
                if self.in_table:
                    self.table_rows[-1].append(token)
                else:
                    self._paragraph(token)
            elif kind == "heading_open":
                self.block = _HEADING_STYLES.get(token.tag, "Heading 3")
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
        return (f'<w:hyperlink r:id="{rid}"><w:r>{_LINK_PROPS}<w:t xml:space="preserve">'
                f"{escape_text(shown)}</w:t></w:r></w:hyperlink>")

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
