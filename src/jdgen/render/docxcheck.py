"""Check a Word package from a user before python-docx opens it.

Used for a reference DOCX (``--reference-docx``) and for ``jdgen lint`` of a
.docx. The checks read the zip's directory, then decompress every part in
chunks without keeping it (except the small relationship parts, which are
parsed), so memory stays near the size of the file itself:

* a readable zip, with each part named once (part names ignore case);
* ``word/document.xml`` is there; no macros unless ``macros_ok``;
* the sizes the directory declares stay under ``unpacked_limit`` in all, and
  the bytes really unpacked are counted too, chunk by chunk;
* every ``.rels`` part is XML (no DTD, no entities) read namespace-aware, and
  no relationship other than a web or mail hyperlink points outside the
  package: ``TargetMode`` "External" in any spelling, and targets that are
  absolute URLs (``https:``, ``file:`` ...), UNC paths (``\\\\server``) or
  drive paths, are refused.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

MAX_PARTS = 5_000  # parts in one package
MAX_RELS_BYTES = 1_000_000  # one relationships part (parsed into a tree)
_CHUNK = 1 << 16
_HYPERLINK_SCHEMES = ("http:", "https:", "mailto:")
_REMOTE = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.\-]*:|[\\/]{2})")  # scheme:, //host, \\host


class PackageProblem(Exception):
    """What is wrong with the package, in words for a user."""


def check_package(data: bytes, *, unpacked_limit: int, macros_ok: bool = False,
                  links_ok: bool = False) -> None:
    """Raise :class:`PackageProblem` unless ``data`` passes every check above.

    ``links_ok`` skips the relationship checks (for a file only read, never built on).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            _check_names(infos, macros_ok=macros_ok)
            declared = sum(info.file_size for info in infos)
            if declared > unpacked_limit:
                raise PackageProblem(f"unpacks to more than {unpacked_limit:,} bytes")
            total = 0
            for info in infos:
                rels = not links_ok and info.filename.lower().endswith(".rels")
                if rels and info.file_size > MAX_RELS_BYTES:
                    raise PackageProblem(f"part {info.filename} is over "
                                         f"{MAX_RELS_BYTES:,} bytes")
                kept: list[bytes] = []
                with archive.open(info) as member:
                    while chunk := member.read(_CHUNK):
                        total += len(chunk)
                        if total > unpacked_limit:
                            raise PackageProblem(f"unpacks to more than {unpacked_limit:,} "
                                                 "bytes")
                        if rels:
                            kept.append(chunk)
                if rels:
                    _check_relationships(info.filename, b"".join(kept))
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError,
            OSError):
        raise PackageProblem("not a DOCX file (it is not a readable zip package)") from None
    except RuntimeError:  # zipfile's word for an encrypted part
        raise PackageProblem("not a DOCX file (its parts are encrypted)") from None


def _check_names(infos: list[zipfile.ZipInfo], *, macros_ok: bool) -> None:
    if len(infos) > MAX_PARTS:
        raise PackageProblem(f"has more than {MAX_PARTS:,} parts")
    seen: set[str] = set()
    for info in infos:
        folded = info.filename.lower()
        if folded in seen:
            raise PackageProblem(f"not a DOCX file (it holds two parts named "
                                 f"{info.filename})")
        seen.add(folded)
        if not macros_ok and folded.endswith("vbaproject.bin"):
            raise PackageProblem("contains macros; save it as .docx without macros")
    if "word/document.xml" not in seen:
        raise PackageProblem("not a DOCX file (no word/document.xml inside)")


def _check_relationships(name: str, data: bytes) -> None:
    from lxml import etree  # type: ignore[import-untyped]

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        raise PackageProblem(f"not a DOCX file (part {name} is not valid XML)") from None
    if root.getroottree().docinfo.doctype:
        raise PackageProblem(f"not a DOCX file (part {name} declares a DTD)")
    for element in root.iter():
        if not isinstance(element.tag, str) or etree.QName(element).localname \
                != "Relationship":
            continue
        attributes = {etree.QName(key).localname: value.strip()
                      for key, value in element.attrib.items()}
        target = attributes.get("Target", "")
        kind = attributes.get("Type", "").rstrip("/").rpartition("/")[2] or "unknown"
        mode = attributes.get("TargetMode", "Internal")
        external = mode.lower() != "internal"
        remote = bool(_REMOTE.match(target)) or "\\" in target
        if not external and not remote:
            continue
        if kind == "hyperlink" and external \
                and target.lower().startswith(_HYPERLINK_SCHEMES):
            continue
        raise PackageProblem(f"links to outside content ({kind}); remove it and save the "
                             "file again")
