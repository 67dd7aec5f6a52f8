"""jdgen's own look for a Word file, applied to python-docx's template once per paper size.

The house style is set in the styles themselves, so a recruiter who edits the
file keeps it: Arial (LibreOffice lays it out with the metric-compatible
Liberation Sans, so both break lines and pages alike) at 10 pt, dark-blue
headings kept with what follows, compact list spacing, 0.7-inch top and
bottom and 0.8-inch side margins. The first page opens with the company's
name above the title; later pages carry the company and the job title in
the header, and every page says "Page X of Y" with real PAGE and NUMPAGES
fields. The header's text is a pair of markers that each build replaces.
"""

from __future__ import annotations

from typing import Any

from jdgen.render.docxbody import escape_attribute
from jdgen.render.paper import Paper

COMPANY_MARK = "\ue000company\ue001"
POSITION_MARK = "\ue000position\ue001"
COMPANY_STYLE = "Company Name"
FONT = "Arial"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PAGES: dict[Paper, tuple[int, int]] = {"letter": (12240, 15840), "a4": (11906, 16838)}
_MARGIN_TOP_BOTTOM = 1008  # twips: 0.7 inch
_MARGIN_SIDES = 1152  # 0.8 inch
_HEADER_DISTANCE = 504
_INK = "1F2A44"
_ACCENT = "1F4E79"
_MUTED = "5F6B7A"
_RULE = "B4C3D6"

# Paragraph properties, run properties: what each style is in the house style.
_STYLES: dict[str, tuple[str, str]] = {
    "Title": ('<w:keepNext/><w:spacing w:before="0" w:after="120" w:line="240" '
              'w:lineRule="auto"/>',
              f'<w:b/><w:bCs/><w:color w:val="{_INK}"/><w:sz w:val="40"/><w:szCs w:val="40"/>'),
    "Heading 1": ('<w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="4" '
                  f'w:space="1" w:color="{_RULE}"/></w:pBdr><w:spacing w:before="200" '
                  'w:after="80"/><w:outlineLvl w:val="0"/>',
                  f'<w:b/><w:bCs/><w:color w:val="{_ACCENT}"/><w:sz w:val="25"/>'
                  '<w:szCs w:val="25"/>'),
    "Heading 2": ('<w:keepNext/><w:keepLines/><w:spacing w:before="140" w:after="40"/>'
                  '<w:outlineLvl w:val="1"/>',
                  f'<w:b/><w:bCs/><w:color w:val="{_INK}"/><w:sz w:val="21"/><w:szCs w:val="21"/>'),
    "Heading 3": ('<w:keepNext/><w:keepLines/><w:spacing w:before="100" w:after="20"/>'
                  '<w:outlineLvl w:val="2"/>',
                  f'<w:b/><w:bCs/><w:i/><w:color w:val="{_INK}"/>'),
    "Header": ('<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
               f'<w:color w:val="{_MUTED}"/><w:sz w:val="16"/><w:szCs w:val="16"/>'),
    "Footer": ('<w:jc w:val="center"/><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
               f'<w:color w:val="{_MUTED}"/><w:sz w:val="16"/><w:szCs w:val="16"/>'),
}
_LIST_SPACING = '<w:spacing w:after="30"/>'
_LIST_STYLES = ("List Bullet", "List Bullet 2", "List Bullet 3", "List Number",
                "List Number 2", "List Number 3")


def apply_house_style(document: Any, paper: Paper) -> None:
    """Restyle python-docx's default ``document`` in place (paper, styles, header, footer)."""
    _defaults(document)
    for name, (ppr, rpr) in _STYLES.items():
        _restyle(document.styles[name].element, ppr, rpr)
    for name in _LIST_STYLES:
        if name in document.styles:
            _list_spacing(document.styles[name].element)
    _company_style(document)
    usable = _page(document, paper)
    _header_footer(document, usable)


def _xml(text: str) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(f'<w:root xmlns:w="{_W}">{text}</w:root>')


def _defaults(document: Any) -> None:
    from docx.oxml.ns import qn

    defaults = document.styles.element.find(qn("w:docDefaults"))
    for child in list(defaults):
        defaults.remove(child)
    for child in _xml(
        f'<w:rPrDefault><w:rPr><w:rFonts w:ascii="{FONT}" w:eastAsia="{FONT}" '
        f'w:hAnsi="{FONT}" w:cs="{FONT}"/><w:color w:val="{_INK}"/><w:sz w:val="20"/>'
        '<w:szCs w:val="20"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/>'
        '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="70" w:line="238" '
        'w:lineRule="auto"/></w:pPr></w:pPrDefault>'
    ):
        defaults.append(child)


def _restyle(style: Any, ppr: str, rpr: str) -> None:
    """Replace the style's paragraph and run properties (dropping theme fonts)."""
    from docx.oxml.ns import qn

    keep_numbering = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
    for tag in ("w:pPr", "w:rPr"):
        old = style.find(qn(tag))
        if old is not None:
            style.remove(old)
    new_ppr, new_rpr = _xml(f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr>")
    if keep_numbering is not None:
        new_ppr.insert(0, keep_numbering)
    style.append(new_ppr)
    style.append(new_rpr)


def _list_spacing(style: Any) -> None:
    from docx.oxml.ns import qn

    ppr = style.find(qn("w:pPr"))
    for tag in ("w:spacing", "w:contextualSpacing"):
        old = ppr.find(qn(tag))
        if old is not None:
            ppr.remove(old)
    ppr.append(_xml(_LIST_SPACING)[0])


def _company_style(document: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    style = document.styles.add_style(COMPANY_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.next_paragraph_style = document.styles["Title"]
    _restyle(style.element, '<w:keepNext/><w:spacing w:before="0" w:after="40"/>',
             f'<w:b/><w:bCs/><w:caps/><w:color w:val="{_ACCENT}"/><w:spacing w:val="10"/>'
             '<w:sz w:val="22"/><w:szCs w:val="22"/>')


def _page(document: Any, paper: Paper) -> int:
    """Set paper and margins; return the usable width in twips."""
    from docx.shared import Twips

    width, height = _PAGES[paper]
    section = document.sections[0]
    section.page_width, section.page_height = Twips(width), Twips(height)
    section.top_margin = section.bottom_margin = Twips(_MARGIN_TOP_BOTTOM)
    section.left_margin = section.right_margin = Twips(_MARGIN_SIDES)
    section.header_distance = section.footer_distance = Twips(_HEADER_DISTANCE)
    return width - 2 * _MARGIN_SIDES


def _field(instruction: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _header_footer(document: Any, usable: int) -> None:
    section = document.sections[0]
    section.different_first_page_header_footer = True
    header_id = escape_attribute(document.styles["Header"].style_id)
    footer_id = escape_attribute(document.styles["Footer"].style_id)
    header = (f'<w:p><w:pPr><w:pStyle w:val="{header_id}"/><w:tabs>'
              '<w:tab w:val="clear" w:pos="4680"/><w:tab w:val="clear" w:pos="9360"/>'
              f'<w:tab w:val="right" w:pos="{usable}"/></w:tabs></w:pPr>'
              f"<w:r><w:t>{COMPANY_MARK}</w:t></w:r><w:r><w:tab/><w:t>{POSITION_MARK}</w:t></w:r>"
              "</w:p>")
    footer = (f'<w:p><w:pPr><w:pStyle w:val="{footer_id}"/></w:pPr>'
              '<w:r><w:t xml:space="preserve">Page </w:t></w:r>' + _field("PAGE")
              + '<w:r><w:t xml:space="preserve"> of </w:t></w:r>' + _field("NUMPAGES")
              + "</w:p>")
    _fill(section.header, header)
    _fill(section.first_page_header, f'<w:p><w:pPr><w:pStyle w:val="{header_id}"/></w:pPr></w:p>')
    _fill(section.footer, footer)
    _fill(section.first_page_footer, footer)


def _fill(part: Any, paragraphs: str) -> None:
    part.is_linked_to_previous = False
    element = part._element
    for child in list(element):
        element.remove(child)
    for child in _xml(paragraphs):
        element.append(child)
