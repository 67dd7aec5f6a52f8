"""Headers, footers and notes of a reference DOCX, cleaned to text, formatting and pictures.

:mod:`jdgen.render.docxclean` rebuilds a reference package from an allow-list;
this module cleans the parts whose content reaches every posting as it is:
headers and footers (and the separators of footnotes and endnotes). What it
keeps and what it leaves out is listed in :mod:`jdgen.render.docxclean`.
Everything left out that a user may miss is noted in :class:`Notes`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

__all__ = ["FIELDS_KEPT", "MAX_FIELD_NAMES", "Notes", "StoryCleaner", "addresses",
           "clean_properties", "local_name", "namespace_of", "remove_addressing"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"

MAX_FIELD_NAMES = 5  # fields named in the warning, then a count
FIELDS_KEPT = frozenset({"PAGE", "NUMPAGES", "SECTIONPAGES"})
_SWITCH = re.compile(r'\\[*#]\s*(?:"[^"\\]*"|[A-Za-z0-9.,#]+)|\\\*\s*MERGEFORMAT', re.I)
_ADDRESS_ATTRIBUTES = frozenset({"href", "src", "link", "action"})

# Where each element may appear in a header, footer, footnote or endnote: kept and
# cleaned inside (containers), kept as it is once checked (leaves and properties),
# or replaced by its children (wrappers).
_CONTAINERS = frozenset({"hdr", "ftr", "footnotes", "endnotes", "footnote", "endnote", "p",
                         "r", "tbl", "tr", "tc", "fldSimple"})
_PROPERTIES = frozenset({"pPr", "rPr", "tblPr", "tblGrid", "trPr", "tcPr", "tblPrEx"})
_LEAVES = frozenset({"t", "tab", "br", "cr", "sym", "noBreakHyphen", "softHyphen", "ptab",
                     "lastRenderedPageBreak", "pgNum", "fldChar", "instrText",
                     "bookmarkStart", "bookmarkEnd", "proofErr", "separator",
                     "continuationSeparator", "footnoteRef", "endnoteRef"})
_WRAPPERS = frozenset({"sdt", "sdtContent", "smartTag", "customXml", "ins", "moveTo",
                       "hyperlink"})
# Elements left out that are worth a word, by what they are.
_NAMED = {
    "object": "an embedded OLE object", "control": "an ActiveX control",
    "altChunk": "embedded HTML or other content (altChunk)", "subDoc": "a subdocument",
    "pict": "a VML picture or shape", "AlternateContent": "a shape or text box",
    "contentPart": "ink or other embedded content", "embed": "an embedded object",
}


@dataclass
class Notes:
    """What was left out, each said once, in the order met."""

    said: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)

    def add(self, words: str) -> None:
        if words not in self.said:
            self.said.append(words)

    def field(self, instruction: str) -> None:
        name = (instruction.split() or ["(empty)"])[0].upper()[:24]
        if name not in self.fields:
            self.fields.append(name)

    def words(self) -> tuple[str, ...]:
        out = list(self.said)
        if self.fields:
            shown = ", ".join(self.fields[:MAX_FIELD_NAMES])
            more = len(self.fields) - MAX_FIELD_NAMES
            if more > 0:
                shown += f" and {more} more"
            out.insert(0, f"field{'s' if len(self.fields) > 1 else ''} {shown} (kept as "
                          "plain text)")
        return tuple(out)


def local_name(element: Any) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def namespace_of(element: Any) -> str:
    tag = element.tag
    return tag[1:].partition("}")[0] if isinstance(tag, str) and tag.startswith("{") else ""



def addresses(element: Any, allowed: Collection[str]) -> bool:
    """Whether ``element`` names a relationship not in ``allowed``, or an address."""
    for key, value in element.attrib.items():
        namespace, _, local = key[1:].partition("}") if key.startswith("{") else ("", "", key)
        if namespace == R and value.strip() not in allowed:
            return True
        if local in _ADDRESS_ATTRIBUTES:
            return True
    return False


def remove_addressing(root: Any, allowed: Collection[str]) -> None:
    """Remove every element below ``root`` that :func:`_addresses` something."""
    doomed = [element for element in root.iter()
              if isinstance(element.tag, str) and element is not root
              and addresses(element, allowed)]
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)


def clean_properties(element: Any, allowed: Collection[str] = ()) -> None:
    """Formatting only: WordprocessingML elements that name no part and no address."""
    for child in list(element.iter()):
        if child is element or not isinstance(child.tag, str):
            continue
        if namespace_of(child) != W or addresses(child, allowed):
            parent = child.getparent()
            if parent is not None:
                parent.remove(child)


def instruction_kept(instruction: str) -> bool:
    """PAGE, NUMPAGES or SECTIONPAGES with nothing but number-format switches."""
    words = instruction.split(None, 1)
    if not words or words[0].upper() not in FIELDS_KEPT:
        return False
    rest = _SWITCH.sub(" ", words[1] if len(words) > 1 else "")
    return not rest.strip()


class StoryCleaner:
    """Cleans a header, footer or notes part in place (see the module's list)."""

    def __init__(self, notes: Notes, images: set[str]) -> None:
        self.notes = notes
        self.images = images
        self.pictures: set[str] = set()
        self.links = False

    def clean(self, root: Any) -> None:
        self._children(root)
        _Fields(self.notes).clean(root)

    def _children(self, element: Any) -> None:
        index = 0
        while index < len(element):
            child = element[index]
            replacement = self._one(child)
            if replacement is None:
                index += 1
                continue
            for offset, item in enumerate(replacement):
                element.insert(index + offset, item)
            element.remove(child)
            index += len(replacement)

    def _one(self, child: Any) -> list[Any] | None:
        """``None`` to keep ``child`` as cleaned, else what stands in its place."""
        local = local_name(child)
        if not isinstance(child.tag, str):
            return []
        if namespace_of(child) != W:
            if local in _NAMED:
                self.notes.add(_NAMED[local])
            return []
        if local in _PROPERTIES:
            clean_properties(child)
            return None
        if local in _LEAVES:
            if addresses(child, set()):
                return []
            for inner in list(child):  # fldChar's form-field data and the like
                child.remove(inner)
            return None
        if local == "drawing":
            return None if self._picture(child) else []
        if local in _WRAPPERS:
            if local == "hyperlink" and child.get(f"{{{R}}}id") is not None:
                self.links = True
            inner = [item for item in child if local_name(item) not in {"sdtPr", "sdtEndPr"}]
            self._unwrap_into(inner)
            return inner
        if local in _CONTAINERS:
            if local == "fldSimple":
                instruction = child.get(f"{{{W}}}instr", "")
                if not instruction_kept(instruction):
                    self.notes.field(instruction)
                    self._children(child)
                    return list(child)
            if addresses(child, set()):
                return []
            self._children(child)
            return None
        if local == "object" and any(local_name(e) == "control" for e in child.iter()):
            local = "control"
        if local in _NAMED:
            self.notes.add(_NAMED[local])
        return []

    def _unwrap_into(self, items: list[Any]) -> None:
        holder_items = list(items)
        items.clear()
        for item in holder_items:
            replacement = self._one(item)
            if replacement is None:
                items.append(item)
            else:
                items.extend(replacement)

    def _picture(self, drawing: Any) -> bool:
        """Keep a DrawingML picture of a kept image, without links or extensions."""
        uris = {element.get("uri", "") for element in drawing.iter(f"{{{_A}}}graphicData")}
        blips = list(drawing.iter(f"{{{_A}}}blip"))
        if uris != {_PIC} or len(blips) != 1:
            self.notes.add("a drawing other than a picture")
            return False
        embed = blips[0].get(f"{{{R}}}embed", "")
        if embed not in self.images:
            self.notes.add("a linked picture")
            return False
        for element in list(drawing.iter()):
            if element is drawing or not isinstance(element.tag, str):
                continue
            local = local_name(element)
            if local in {"hlinkClick", "hlinkHover", "hlinkMouseOver"}:
                self.links = True
            if local in {"hlinkClick", "hlinkHover", "hlinkMouseOver", "extLst"} \
                    or namespace_of(element) not in {_WP, _A, _PIC, W} \
                    or addresses(element, {embed}):
                parent = element.getparent()
                if parent is not None:
                    parent.remove(element)
        if not any(True for _ in drawing.iter(f"{{{_A}}}blip")):
            return False
        self.pictures.add(embed)
        return True


class _Fields:
    """Complex fields (``fldChar`` ... ``instrText`` ...): keep PAGE and the like only.

    A field not kept loses its code: begin, instruction, separator, end and
    everything between begin and separator, nested fields included. The runs
    of its last shown result stay, as plain text. A field never closed, and a
    separator or end with no field open, go too.
    """

    def __init__(self, notes: Notes) -> None:
        self.notes = notes

    def clean(self, root: Any) -> None:
        doomed: list[Any] = []
        stack: list[_Frame] = []
        run = f"{{{W}}}r"
        for element in list(root.iter()):
            parent = element.getparent()
            if parent is None or parent.tag != run or local_name(element) == "rPr":
                continue
            local = local_name(element)
            kind = element.get(f"{{{W}}}fldCharType", "") if local == "fldChar" else ""
            coding = next((frame for frame in stack if frame.code), None)
            if kind == "begin":
                if coding is not None:
                    coding.nested = True
                stack.append(_Frame(parts=[element]))
            elif kind in {"separate", "end"} and stack:
                frame = stack[-1]
                frame.parts.append(element)
                if kind == "separate":
                    frame.code = False
                else:
                    stack.pop()
                    self._settle(frame, doomed, stack)
            elif local == "fldChar":
                doomed.append(element)  # a separator or end with no field open
            elif local == "instrText":
                if stack and stack[-1].code:
                    stack[-1].text += element.text or ""
                    stack[-1].parts.append(element)
                else:
                    doomed.append(element)
            elif coding is not None:
                coding.parts.append(element)  # shown text inside a field's code
        while stack:
            frame = stack.pop()
            self.notes.field(frame.text or "(unclosed)")
            doomed.extend(frame.parts)
        for element in doomed:
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)
        _drop_empty_runs(root)

    def _settle(self, frame: _Frame, doomed: list[Any], stack: list[_Frame]) -> None:
        outer = next((other for other in stack if other.code), None)
        if outer is not None:  # inside an outer field's code, which goes or stays as a whole
            outer.parts.extend(frame.parts)
            return
        if frame.nested or not instruction_kept(frame.text):
            self.notes.field(frame.text)
            doomed.extend(frame.parts)


@dataclass
class _Frame:
    """One open complex field: its code so far and the elements that make it up."""

    parts: list[Any]
    text: str = ""
    code: bool = True
    nested: bool = False


def _drop_empty_runs(root: Any) -> None:
    for run in list(root.iter(f"{{{W}}}r")):
        if all(local_name(child) == "rPr" for child in run):
            parent = run.getparent()
            if parent is not None:
                parent.remove(run)
