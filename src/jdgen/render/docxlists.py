"""List numbering for a reference DOCX, so bullets and numbers always show.

A reference saved by LibreOffice often has no numbering part at all, and
pandoc's reference defines its lists with blank bullet text; either way the
List Bullet / List Number styles the body uses would print as plain
paragraphs. :func:`ensure_list_numbering` checks what each of those styles
points at, and where that is not a visible bullet (or a number, for the
List Number styles) it adds jdgen's own list definitions to the numbering
part -- making the part when there is none -- and points the style at them.
A style whose numbering already shows is left exactly as the reference has it.
"""

from __future__ import annotations

from typing import Any

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BULLETS = ("\u2022", "\u25e6", "\u25aa")
# style name -> (bullet list?, level)
_LIST_STYLES = {
    "List Bullet": (True, 0), "List Bullet 2": (True, 1), "List Bullet 3": (True, 2),
    "List Number": (False, 0), "List Number 2": (False, 1), "List Number 3": (False, 2),
}


def _q(name: str) -> str:
    return f"{{{_W}}}{name}"


# what comes before <w:numPr> in a <w:pPr>, in schema order
_BEFORE_NUMBERING = frozenset(_q(name) for name in (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl"))


def ensure_list_numbering(document: Any) -> None:
    """Give every list style of ``document`` numbering that shows (see the module text)."""
    numbering = _numbering_element(document, create=False)
    broken = {name: shape for name, shape in _LIST_STYLES.items()
              if name in document.styles
              and not _shows(numbering, document.styles[name].element, shape[0])}
    if not broken:
        return
    numbering = _numbering_element(document, create=True)
    bullet_id, number_id = _add_definitions(numbering)
    for name, (bullet, level) in broken.items():
        _point(document.styles[name].element, bullet_id if bullet else number_id, level)


def _numbering_element(document: Any, *, create: bool) -> Any:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    part = document.part
    for rel in part.rels.values():
        if rel.reltype == RT.NUMBERING and not rel.is_external:
            return rel.target_part.element
    if not create:
        return None
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.packuri import PackURI
    from docx.oxml import parse_xml
    from docx.parts.numbering import NumberingPart

    taken = {str(p.partname) for p in part.package.iter_parts()}
    name = next(f"/word/numbering{n or ''}.xml" for n in range(len(taken) + 2)
                if f"/word/numbering{n or ''}.xml" not in taken)
    numbering = NumberingPart(PackURI(name), CT.WML_NUMBERING,
                              parse_xml(f'<w:numbering xmlns:w="{_W}"/>'), part.package)
    part.relate_to(numbering, RT.NUMBERING)
    return numbering.element


def _style_numbering(style: Any) -> tuple[str | None, int]:
    num_pr = style.find(f"{_q('pPr')}/{_q('numPr')}")
    if num_pr is None:
        return None, 0
    num_id = num_pr.find(_q("numId"))
    level = num_pr.find(_q("ilvl"))
    try:
        depth = int(level.get(_q("val"))) if level is not None else 0
    except (TypeError, ValueError):
        depth = 0
    return (num_id.get(_q("val")) if num_id is not None else None), depth


def _shows(numbering: Any, style: Any, bullet: bool) -> bool:
    """Does the style's own numbering print a visible bullet (or a number)?"""
    num_id, depth = _style_numbering(style)
    if numbering is None or num_id is None or num_id == "0":
        return False
    num = next((n for n in numbering.iterchildren(_q("num")) if n.get(_q("numId")) == num_id),
               None)
    abstract_ref = num.find(_q("abstractNumId")) if num is not None else None
    if abstract_ref is None:
        return False
    abstract_id = abstract_ref.get(_q("val"))
    abstract = next((a for a in numbering.iterchildren(_q("abstractNum"))
                     if a.get(_q("abstractNumId")) == abstract_id), None)
    if abstract is None:
        return False
    lvl = next((lv for lv in abstract.iterchildren(_q("lvl")) if lv.get(_q("ilvl")) == str(depth)),
               None)
    if lvl is None:
        return False
    fmt = lvl.find(_q("numFmt"))
    text = lvl.find(_q("lvlText"))
    kind = fmt.get(_q("val")) if fmt is not None else "decimal"
    shown = (text.get(_q("val")) or "").strip() if text is not None else ""
    if bullet:
        return kind == "bullet" and bool(shown)
    return kind not in {"bullet", "none"} and "%" in shown


def _add_definitions(numbering: Any) -> tuple[str, str]:
    """Add a bullet and a decimal list definition; return their ``numId`` values."""
    from docx.oxml import parse_xml

    def ids(tag: str, attribute: str) -> list[int]:
        found = []
        for element in numbering.iterchildren(_q(tag)):
            try:
                found.append(int(element.get(_q(attribute))))
            except (TypeError, ValueError):
                continue
        return found

    abstract = max(ids("abstractNum", "abstractNumId"), default=-1) + 1
    num = max(ids("num", "numId"), default=0) + 1
    definitions = []
    for offset, bullet in enumerate((True, False)):
        levels = "".join(_level(depth, bullet) for depth in range(3))
        definitions.append(parse_xml(
            f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="{abstract + offset}">'
            f'<w:multiLevelType w:val="hybridMultilevel"/>{levels}</w:abstractNum>'))
    first_num = next(numbering.iterchildren(_q("num")), None)
    for definition in definitions:
        if first_num is None:
            numbering.append(definition)
        else:
            first_num.addprevious(definition)
    for offset in range(2):
        numbering.append(parse_xml(
            f'<w:num xmlns:w="{_W}" w:numId="{num + offset}">'
            f'<w:abstractNumId w:val="{abstract + offset}"/></w:num>'))
    return str(num), str(num + 1)


def _level(depth: int, bullet: bool) -> str:
    indent = 360 * (depth + 1)
    if bullet:
        kind, text = "bullet", _BULLETS[depth]
    else:
        kind, text = ("decimal", "lowerLetter", "lowerRoman")[depth], f"%{depth + 1}."
    return (f'<w:lvl w:ilvl="{depth}"><w:start w:val="1"/><w:numFmt w:val="{kind}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>'
            f'<w:ind w:left="{indent}" w:hanging="360"/></w:pPr></w:lvl>')


def _point(style: Any, num_id: str, level: int) -> None:
    """Make ``style`` use list ``num_id`` at ``level``."""
    from docx.oxml import parse_xml

    ppr = style.find(_q("pPr"))
    if ppr is None:
        ppr = parse_xml(f'<w:pPr xmlns:w="{_W}"/>')
        run_props = style.find(_q("rPr"))
        if run_props is not None:
            run_props.addprevious(ppr)
        else:
            style.append(ppr)
    old = ppr.find(_q("numPr"))
    if old is not None:
        ppr.remove(old)
    num_pr = parse_xml(f'<w:numPr xmlns:w="{_W}"><w:ilvl w:val="{level}"/>'
                       f'<w:numId w:val="{num_id}"/></w:numPr>')
    before = [child for child in ppr if child.tag in _BEFORE_NUMBERING]
    if before:
        before[-1].addnext(num_pr)
    else:
        ppr.insert(0, num_pr)
