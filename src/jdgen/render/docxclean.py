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
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jdgen.render.docxcheck import PackageProblem
from jdgen.render.docxstory import (
    FIELDS_KEPT,
    Notes,
    R,
    StoryCleaner,
    W,
    clean_properties,
    local_name,
    namespace_of,
    remove_addressing,
)

__all__ = ["FIELDS_KEPT", "Cleaned", "clean_reference"]

_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
_TYPES = "[Content_Types].xml"
_STAMP = (1980, 1, 1, 0, 0, 0)

_DATA_PARTS = ("styles", "numbering", "theme", "fontTable", "settings")
_STORY_PARTS = ("header", "footer", "footnotes", "endnotes")
_SEPARATORS = frozenset({"separator", "continuationSeparator", "continuationNotice"})

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



@dataclass(frozen=True)
class Cleaned:
    """The package rebuilt from the allow-list, and what was left out, in words."""

    data: bytes
    dropped: tuple[str, ...] = ()


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


def _relationship_type(kind: str) -> str:
    return kind.strip().rstrip("/").rpartition("/")[2]


class _Package:
    """One reference package being rebuilt."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.names = {info.filename.lower(): info.filename for info in archive.infolist()}
        self.notes = Notes()
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
            name = local_name(element)
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
            if local_name(element) != "Relationship":
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
            if namespace_of(child) == W and local_name(child) == "body" and body is None:
                body = child
            elif not (local_name(child) == "background" and len(child) == 0):
                root.remove(child)
        if body is None:
            raise PackageProblem("reference DOCX has no <w:body> in its main document; "
                                 "save it again from Word")
        section = None
        for child in list(body):
            if namespace_of(child) == W and local_name(child) == "sectPr":
                section = child
            body.remove(child)
        used: set[str] = set()
        if section is not None:
            for element in list(section):
                if local_name(element) in {"headerReference", "footerReference"} \
                        and element.get(f"{{{R}}}id", "") in stories:
                    used.add(element.get(f"{{{R}}}id", ""))
            clean_properties(section, allowed=used)
            body.append(section)
        self.put(name, root)
        return used

    def _data_part(self, name: str, kind: str) -> None:
        root = self.xml(name)
        if root is None:
            return
        if kind == "settings":
            for child in list(root):
                local = local_name(child)
                if local in _SETTINGS_NAMED:
                    self.notes.add(_SETTINGS_NAMED[local])
                if local not in _SETTINGS_KEPT or namespace_of(child) not in {W, _MATH}:
                    root.remove(child)
        elif kind == "numbering":
            for child in list(root.iter(f"{{{W}}}numPicBullet", f"{{{W}}}lvlPicBulletId")):
                child.getparent().remove(child)
        elif kind == "fontTable":
            if any(local_name(e).startswith("embed") for e in root.iter()):
                self.notes.add("embedded fonts")
        remove_addressing(root, allowed=set())
        self.put(name, root)

    def _story(self, name: str) -> None:
        root = self.xml(name)
        if root is None:
            return
        if local_name(root) in {"footnotes", "endnotes"}:
            # only Word's separators: a posting's body refers to no note of the reference
            for note in list(root):
                if note.get(f"{{{W}}}type", "normal") not in _SEPARATORS:
                    root.remove(note)
        images: dict[str, str] = {}
        links = False
        for rid, kind, target, external in self.relationships(name):
            if local_name(root) in {"footnotes", "endnotes"}:
                break
            if kind == "image" and not external:
                media = self._image(target, len(self.out))
                if media is not None:
                    images[rid] = media
                    continue
                self.notes.add("a picture that is not a PNG or JPEG within the logo limits")
            elif kind == "hyperlink":
                links = True
        cleaner = StoryCleaner(self.notes, set(images))
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


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    order = sorted(parts, key=lambda name: (name != _TYPES, not name.startswith("_rels/"),
                                            name))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in order:
            archive.writestr(zipfile.ZipInfo(name, _STAMP), parts[name],
                             compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


