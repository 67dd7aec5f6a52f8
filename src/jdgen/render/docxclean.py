"""Keep from a reference DOCX only what a posting may take from it (issue 28 item 3).

A reference gives every posting its look: styles, numbering, theme, font
table, settings, page setup, and the text and pictures of its headers and
footers. Anything else in it -- field codes that fetch files or run programs
(INCLUDEPICTURE, INCLUDETEXT, DDEAUTO ...), OLE objects, ActiveX controls,
embedded HTML (altChunk), links, an attached template, a mail-merge data
source, embedded fonts, shapes -- would reach every posting built on it.

:func:`clean_reference` rebuilds the package from an allow-list before
python-docx ever opens it:

* parts: the main document (its body cut down to the last section's
  properties), styles, numbering, theme, font table, settings, the headers
  and footers the section uses, the separators of footnotes and endnotes
  (which Word's settings name), the core properties, and the PNG or JPEG pictures the headers
  and footers show (each within the logo limits); nothing else;
* relationships: only between those parts; no part keeps an external one;
* headers, footers, footnotes and endnotes: paragraphs, runs, text, tabs,
  breaks, tables, formatting and pictures (inline or anchored DrawingML
  pictures of a kept image), and only the fields PAGE, NUMPAGES and
  SECTIONPAGES; any other field keeps its last shown text, as plain text;
* settings: an allow-list of layout and language settings;
* everywhere: an element that names a relationship the allow-list did not
  keep, or an address (``href``, ``src``, ``link``), is removed.

What was left out that the user may have meant to keep is named in
:attr:`Cleaned.dropped`, in words; the reference's body, comments, custom
XML data and extra document properties were never used and are dropped
without a word.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import Any

from jdgen.render.docxcheck import PackageProblem

__all__ = ["FIELDS_KEPT", "Cleaned", "clean_reference"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
_MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
_TYPES = "[Content_Types].xml"
_STAMP = (1980, 1, 1, 0, 0, 0)

MAX_FIELD_NAMES = 5  # fields named in the warning, then a count
FIELDS_KEPT = frozenset({"PAGE", "NUMPAGES", "SECTIONPAGES"})
_DATA_PARTS = ("styles", "numbering", "theme", "fontTable", "settings")
_STORY_PARTS = ("header", "footer", "footnotes", "endnotes")
_SEPARATORS = frozenset({"separator", "continuationSeparator", "continuationNotice"})
_ADDRESS_ATTRIBUTES = frozenset({"href", "src", "link", "action"})
_SWITCH = re.compile(r'\\[*#]\s*(?:"[^"\\]*"|[A-Za-z0-9.,#]+)|\\\*\s*MERGEFORMAT', re.I)

# Settings a reference may pass on: page layout, language and compatibility.
_SETTINGS_KEPT = frozenset({
    "view", "zoom", "removePersonalInformation", "removeDateAndTime",
    "doNotDisplayPageBoundaries", "displayBackgroundShape", "mirrorMargins",
    "alignBordersAndEdges", "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter",
    "gutterAtTop", "hideSpellingErrors", "hideGrammaticalErrors", "proofState",
    "defaultTabStop", "autoHyphenation", "consecutiveHyphenLimit", "hyphenationZone",
    "doNotHyphenateCaps", "evenAndOddHeaders", "bookFoldRevPrinting", "bookFoldPrinting",
    "bookFoldPrintingSheets", "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing",
    "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin",
    "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning",
    "characterSpacingControl", "printTwoOnOne", "strictFirstAndLastChars",
    "noLineBreaksAfter", "noLineBreaksBefore", "compat", "rsids", "themeFontLang",
    "clrSchemeMapping", "decimalSymbol", "listSeparator", "defaultTableStyle",
    "footnotePr", "endnotePr", "doNotTrackMoves", "doNotTrackFormatting",
    "doNotValidateAgainstSchema", "doNotDemarcateInvalidXml", "stylePaneFormatFilter",
    "stylePaneSortMethod", "documentType", "doNotAutoCompressPictures", "mathPr",
})
# Settings worth a word when they are left out.
_SETTINGS_NAMED = {
    "attachedTemplate": "an attached template", "mailMerge": "a mail merge data source",
    "saveThroughXslt": "a link to an outside transform", "attachedSchema": "an attached schema",
    "linkStyles": "styles linked to the attached template",
    "updateFields": "a request to update fields on opening",
    "embedTrueTypeFonts": "embedded fonts",
}

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


@dataclass(frozen=True)
class Cleaned:
    """The package rebuilt from the allow-list, and what was left out, in words."""

    data: bytes
    dropped: tuple[str, ...] = ()


@dataclass
class _Notes:
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


def clean_reference(data: bytes) -> Cleaned:
    """The reference ``data`` with only what a posting may take from it (see above).

    ``data`` has passed :func:`~jdgen.render.docxcheck.check_package`;
    :class:`PackageProblem` for a package that is not a Word document.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _Package(archive).rebuild()
    except (zipfile.BadZipFile, KeyError, EOFError, ValueError, OSError):
        raise PackageProblem("not a DOCX file (it is not a readable Word package)") from None


def _local(element: Any) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _namespace(element: Any) -> str:
    tag = element.tag
    return tag[1:].partition("}")[0] if isinstance(tag, str) and tag.startswith("{") else ""


def _relationship_type(kind: str) -> str:
    return kind.strip().rstrip("/").rpartition("/")[2]


class _Package:
    """One reference package being rebuilt."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.names = {info.filename.lower(): info.filename for info in archive.infolist()}
        self.notes = _Notes()
        self.out: dict[str, bytes] = {}
        self.overrides: dict[str, str] = {}
        self.types = self._content_types()

    # ---------------------------------------------------------------- reading

    def read(self, name: str) -> bytes | None:
        real = self.names.get(name.lower())
        return None if real is None else self.archive.read(real)

    def xml(self, name: str) -> Any:
        from lxml import etree  # type: ignore[import-untyped]

        data = self.read(name)
        if data is None:
            return None
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                 huge_tree=False, remove_comments=True, remove_pis=True)
        try:
            root = etree.fromstring(data, parser)
        except etree.XMLSyntaxError:
            raise PackageProblem(f"reference DOCX holds a part that is not valid XML ({name}); "
                                 "save it again from Word") from None
        if root.getroottree().docinfo.doctype:
            raise PackageProblem(f"reference DOCX holds a part that declares a DTD ({name}); "
                                 "save it again from Word")
        return root

    def _content_types(self) -> dict[str, str]:
        root = self.xml(_TYPES)
        if root is None:
            raise PackageProblem("not a DOCX file (no [Content_Types].xml inside)")
        types: dict[str, str] = {}
        for element in root:
            name = _local(element)
            if name == "Override":
                types["/" + element.get("PartName", "").lstrip("/").lower()] = \
                    element.get("ContentType", "")
            elif name == "Default":
                types["." + element.get("Extension", "").lower()] = \
                    element.get("ContentType", "")
        return types

    def content_type(self, name: str) -> str:
        return self.types.get("/" + name.lower()) or \
            self.types.get("." + name.rpartition(".")[2].lower(), "application/xml")

    def relationships(self, name: str) -> Iterator[tuple[str, str, str, bool]]:
        """(id, type, target part, external) of each relationship of part ``name``."""
        folder, _, leaf = name.rpartition("/")
        root = self.xml(f"{folder}/_rels/{leaf}.rels" if folder else f"_rels/{leaf}.rels")
        if root is None:
            return
        for element in root:
            if _local(element) != "Relationship":
                continue
            target = element.get("Target", "").strip()
            external = element.get("TargetMode", "Internal").strip().lower() != "internal"
            if not external:
                joined = target.lstrip("/") if target.startswith("/") \
                    else posixpath.join(folder, target)
                target = posixpath.normpath(joined).lstrip("/")
            yield (element.get("Id", "").strip(), _relationship_type(element.get("Type", "")),
                   target, external)

    # ---------------------------------------------------------------- writing

    def put(self, name: str, root: Any, kind: str | None = None) -> None:
        from lxml import etree

        self.out[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                        standalone=True)
        self.overrides[name] = kind or self.content_type(name)

    def put_rels(self, name: str, rels: list[tuple[str, str, str]]) -> None:
        folder, _, leaf = name.rpartition("/")
        body = "".join(
            f'<Relationship Id="{_attr(rid)}" Type="{_OFFICE_REL}/{kind}" '
            f'Target="{_attr(target)}"/>' if kind != "core-properties" else
            f'<Relationship Id="{_attr(rid)}" Type="{_CORE_REL}" Target="{_attr(target)}"/>'
            for rid, kind, target in rels)
        self.out[f"{folder}/_rels/{leaf}.rels" if folder else f"_rels/{leaf}.rels"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{_RELS}">{body}</Relationships>').encode()

    def rebuild(self) -> Cleaned:
        main, core = self._package_parts()
        kept: list[tuple[str, str, str]] = []
        root = self.xml(main)
        if root is None:
            raise PackageProblem("not a DOCX file (no main document inside)")
        stories: dict[str, tuple[str, str]] = {}
        for rid, kind, target, external in self.relationships(main):
            if external or self.read(target) is None:
                continue
            if kind in _DATA_PARTS:
                self._data_part(target, kind)
                kept.append((rid, kind, _relative(target, main)))
            elif kind in _STORY_PARTS:
                stories[rid] = (kind, target)
        used = self._main_document(root, main, set(stories))
        for rid, (kind, target) in stories.items():
            if kind in {"footnotes", "endnotes"} or rid in used:
                self._story(target)
                kept.append((rid, kind, _relative(target, main)))
        self.put_rels(main, kept)
        package_rels = [("rId1", "officeDocument", main)]
        if core is not None:
            self.out[core] = self.read(core) or b""
            self.overrides[core] = self.content_type(core)
            package_rels.append(("rId2", "core-properties", core))
        self.put_rels("", package_rels)
        self.out[_TYPES] = self._types_xml()
        return Cleaned(_zip(self.out), self.notes.words())

    def _package_parts(self) -> tuple[str, str | None]:
        main = core = None
        for _rid, kind, target, external in self.relationships(""):
            if external:
                continue
            if kind == "officeDocument" and main is None:
                main = target
            elif kind == "core-properties" and core is None and self.read(target) is not None:
                core = target
        if main is None or self.read(main) is None:
            raise PackageProblem("not a DOCX file (no main document inside)")
        return main, core

    def _types_xml(self) -> bytes:
        defaults = {"rels": "application/vnd.openxmlformats-package.relationships+xml",
                    "xml": "application/xml", "png": "image/png", "jpeg": "image/jpeg"}
        body = "".join(f'<Default Extension="{ext}" ContentType="{kind}"/>'
                       for ext, kind in defaults.items())
        body += "".join(f'<Override PartName="/{_attr(name)}" ContentType="{_attr(kind)}"/>'
                        for name, kind in self.overrides.items())
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<Types xmlns="{_TYPES_NS}">{body}</Types>').encode()

    # ---------------------------------------------------------------- parts

    def _main_document(self, root: Any, name: str, stories: set[str]) -> set[str]:
        """Cut the body to its last section's properties; the header and footer ids it uses."""
        body = None
        for child in list(root):
            if _namespace(child) == W and _local(child) == "body" and body is None:
                body = child
            elif not (_local(child) == "background" and len(child) == 0):
                root.remove(child)
        if body is None:
            raise PackageProblem("reference DOCX has no <w:body> in its main document; "
                                 "save it again from Word")
        section = None
        for child in list(body):
            if _namespace(child) == W and _local(child) == "sectPr":
                section = child
            body.remove(child)
        used: set[str] = set()
        if section is not None:
            for element in list(section):
                if _local(element) in {"headerReference", "footerReference"} \
                        and element.get(f"{{{R}}}id", "") in stories:
                    used.add(element.get(f"{{{R}}}id", ""))
            _clean_properties(section, allowed=used)
            body.append(section)
        self.put(name, root)
        return used

    def _data_part(self, name: str, kind: str) -> None:
        root = self.xml(name)
        if root is None:
            return
        if kind == "settings":
            for child in list(root):
                local = _local(child)
                if local in _SETTINGS_NAMED:
                    self.notes.add(_SETTINGS_NAMED[local])
                if local not in _SETTINGS_KEPT or _namespace(child) not in {W, _MATH}:
                    root.remove(child)
        elif kind == "numbering":
            for child in list(root.iter(f"{{{W}}}numPicBullet", f"{{{W}}}lvlPicBulletId")):
                child.getparent().remove(child)
        elif kind == "fontTable":
            if any(_local(e).startswith("embed") for e in root.iter() if isinstance(e.tag, str)):
                self.notes.add("embedded fonts")
        _remove_addressing(root, allowed=set())
        self.put(name, root)

    def _story(self, name: str) -> None:
        root = self.xml(name)
        if root is None:
            return
        if _local(root) in {"footnotes", "endnotes"}:
            # only Word's separators: a posting's body refers to no note of the reference
            for note in list(root):
                if note.get(f"{{{W}}}type", "normal") not in _SEPARATORS:
                    root.remove(note)
        images: dict[str, str] = {}
        links = False
        for rid, kind, target, external in self.relationships(name):
            if _local(root) in {"footnotes", "endnotes"}:
                break
            if kind == "image" and not external:
                media = self._image(target, len(self.out))
                if media is not None:
                    images[rid] = media
                    continue
                self.notes.add("a picture that is not a PNG or JPEG within the logo limits")
            elif kind == "hyperlink":
                links = True
        cleaner = _StoryCleaner(self.notes, set(images))
        cleaner.clean(root)
        if links or cleaner.links:
            self.notes.add("links in headers or footers (their text is kept)")
        self.put(name, root)
        self.put_rels(name, [(rid, "image", _relative(media, name))
                             for rid, media in images.items() if rid in cleaner.pictures])

    def _image(self, name: str, serial: int) -> str | None:
        from jdgen.inputs.logo import MAX_LOGO_BYTES, image_size

        real = self.names.get(name.lower())
        if real is None or self.archive.getinfo(real).file_size > MAX_LOGO_BYTES:
            return None
        data = self.read(name) or b""
        try:
            kind, _width, _height = image_size(data)
        except ValueError:
            return None
        media = f"word/media/reference-{serial}.{kind}"
        self.out[media] = data
        return media



def _relative(target: str, source: str) -> str:
    """``target``'s name as a relationship of part ``source`` gives it."""
    return posixpath.relpath(target, posixpath.dirname(source) or ".")


def _attr(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _addresses(element: Any, allowed: Collection[str]) -> bool:
    """Whether ``element`` names a relationship not in ``allowed``, or an address."""
    for key, value in element.attrib.items():
        namespace, _, local = key[1:].partition("}") if key.startswith("{") else ("", "", key)
        if namespace == R and value.strip() not in allowed:
            return True
        if local in _ADDRESS_ATTRIBUTES:
            return True
    return False


def _remove_addressing(root: Any, allowed: Collection[str]) -> None:
    """Remove every element below ``root`` that :func:`_addresses` something."""
    doomed = [element for element in root.iter()
              if isinstance(element.tag, str) and element is not root
              and _addresses(element, allowed)]
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)


def _clean_properties(element: Any, allowed: Collection[str] = ()) -> None:
    """Formatting only: WordprocessingML elements that name no part and no address."""
    for child in list(element.iter()):
        if child is element or not isinstance(child.tag, str):
            continue
        if _namespace(child) != W or _addresses(child, allowed):
            parent = child.getparent()
            if parent is not None:
                parent.remove(child)


def _instruction_kept(instruction: str) -> bool:
    """PAGE, NUMPAGES or SECTIONPAGES with nothing but number-format switches."""
    words = instruction.split(None, 1)
    if not words or words[0].upper() not in FIELDS_KEPT:
        return False
    rest = _SWITCH.sub(" ", words[1] if len(words) > 1 else "")
    return not rest.strip()


class _StoryCleaner:
    """Cleans a header, footer or notes part in place (see the module's list)."""

    def __init__(self, notes: _Notes, images: set[str]) -> None:
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
        local = _local(child)
        if not isinstance(child.tag, str):
            return []
        if _namespace(child) != W:
            if local in _NAMED:
                self.notes.add(_NAMED[local])
            return []
        if local in _PROPERTIES:
            _clean_properties(child)
            return None
        if local in _LEAVES:
            if _addresses(child, set()):
                return []
            for inner in list(child):  # fldChar's form-field data and the like
                child.remove(inner)
            return None
        if local == "drawing":
            return None if self._picture(child) else []
        if local in _WRAPPERS:
            if local == "hyperlink" and child.get(f"{{{R}}}id") is not None:
                self.links = True
            inner = [item for item in child if _local(item) not in {"sdtPr", "sdtEndPr"}]
            self._unwrap_into(inner)
            return inner
        if local in _CONTAINERS:
            if local == "fldSimple":
                instruction = child.get(f"{{{W}}}instr", "")
                if not _instruction_kept(instruction):
                    self.notes.field(instruction)
                    self._children(child)
                    return list(child)
            if _addresses(child, set()):
                return []
            self._children(child)
            return None
        if local == "object" and any(_local(e) == "control" for e in child.iter()):
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
            local = _local(element)
            if local in {"hlinkClick", "hlinkHover", "hlinkMouseOver"}:
                self.links = True
            if local in {"hlinkClick", "hlinkHover", "hlinkMouseOver", "extLst"} \
                    or _namespace(element) not in {_WP, _A, _PIC, W} \
                    or _addresses(element, {embed}):
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

    def __init__(self, notes: _Notes) -> None:
        self.notes = notes

    def clean(self, root: Any) -> None:
        doomed: list[Any] = []
        stack: list[_Frame] = []
        run = f"{{{W}}}r"
        for element in list(root.iter()):
            parent = element.getparent()
            if parent is None or parent.tag != run or _local(element) == "rPr":
                continue
            local = _local(element)
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
        if frame.nested or not _instruction_kept(frame.text):
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
        if all(_local(child) == "rPr" for child in run):
            parent = run.getparent()
            if parent is not None:
                parent.remove(run)


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    order = sorted(parts, key=lambda name: (name != _TYPES, not name.startswith("_rels/"),
                                            name))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in order:
            archive.writestr(zipfile.ZipInfo(name, _STAMP), parts[name],
                             compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


