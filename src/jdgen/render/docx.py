"""Markdown -> Word document, with real Word structure.

The Markdown is parsed with markdown-it-py and each block becomes a paragraph
in a real Word style: ``#`` -> Title, ``##`` -> Heading 1, ``###`` -> Heading 2,
list items -> List Bullet / List Bullet 2 / List Number, tables -> a Word
table. Bold, italic, inline code and links become runs and hyperlinks.

Building goes through a :class:`~jdgen.render.docxbase.DocxBase`, which
prepares the package (styles, theme, numbering ...) once; a batch keeps one
and calls :meth:`DocxBase.build` per posting. :func:`build_docx` is the
one-call form and keeps a few bases for the references it has seen.

The file is deterministic: core properties come from the posting and the zip
entries carry a fixed timestamp, so the same input gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jdgen.errors import DataError
from jdgen.render.docxbody import clean

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

    from jdgen.render.docxbase import DocxBase

__all__ = ["MAX_REFERENCE_BYTES", "DocProperties", "build_docx", "clean", "docx_base",
           "load_reference", "markdown_parser"]

MAX_REFERENCE_BYTES = 20_000_000


@dataclass(frozen=True)
class DocProperties:
    """What goes into the document's core properties."""

    title: str
    subject: str
    author: str
    keywords: list[str]
    date: dt.date


@functools.cache
def markdown_parser() -> MarkdownIt:
    """CommonMark with tables; raw HTML off, so text can never inject markup (made once)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable("table")


@functools.lru_cache(maxsize=4)
def docx_base(reference: bytes | None = None) -> DocxBase:
    """The prepared base for ``reference`` (python-docx's template when ``None``)."""
    from jdgen.render.docxbase import DocxBase

    return DocxBase(reference)


def build_docx(markdown: str, props: DocProperties, reference: bytes | None = None) -> bytes:
    """Build a .docx from ``markdown``; ``reference`` supplies styles and page setup."""
    return docx_base(reference or None).build(markdown, props)

def load_reference(path: Path) -> bytes:
    """Read and check a reference .docx: a real Word file, not a bomb or a macro carrier."""
    try:
        size = path.stat().st_size
        if size > MAX_REFERENCE_BYTES:
            raise DataError([f"{path}: reference DOCX is {size:,} bytes; the limit is "
                             f"{MAX_REFERENCE_BYTES:,}"])
        data = path.read_bytes()
    except FileNotFoundError:
        raise DataError([f"{path}: reference DOCX not found"]) from None
    except IsADirectoryError:
        raise DataError([f"{path}: is a folder, not a reference DOCX"]) from None
    except OSError as exc:
        raise DataError([f"{path}: cannot read reference DOCX: {exc.strerror or exc}"]) from None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if "word/document.xml" not in names:
                raise DataError([f"{path}: not a DOCX file (no word/document.xml inside)"])
            if any(name.lower().endswith("vbaproject.bin") for name in names):
                raise DataError([f"{path}: reference DOCX contains macros; save it as .docx "
                                 "without macros"])
            parts = _unpack_bounded(archive, path)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError):
        raise DataError([f"{path}: not a DOCX file (it is not a readable zip package)"]) from None
    for name, part in parts.items():
        if name.endswith(".rels"):
            external = _external_targets(part)
            if external:
                raise DataError([f"{path}: reference DOCX links to outside content "
                                 f"({external[0]}); remove it and save the file again"])
    try:
        from docx import Document

        Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for broken packages
        raise DataError([f"{path}: not a readable DOCX file ({type(exc).__name__})"]) from None
    return data


def _unpack_bounded(archive: zipfile.ZipFile, path: Path) -> dict[str, bytes]:
    """Every part, decompressed in chunks; stop at the limit whatever the headers claim."""
    limit = 20 * MAX_REFERENCE_BYTES
    total = 0
    parts: dict[str, bytes] = {}
    for info in archive.infolist():
        chunks = []
        with archive.open(info) as member:
            while chunk := member.read(1 << 16):
                total += len(chunk)
                if total > limit:
                    raise DataError([f"{path}: reference DOCX unpacks to more than {limit:,} "
                                     "bytes; refusing it"])
                chunks.append(chunk)
        parts[info.filename] = b"".join(chunks)
    return parts


def _external_targets(rels: bytes) -> list[str]:
    """Relationships that point outside the file, other than plain hyperlinks."""
    found = []
    for match in re.finditer(rb"<Relationship\b[^>]*>", rels):
        tag = match.group(0)
        if b'TargetMode="External"' not in tag:
            continue
        kind = re.search(rb'Type="[^"]*/([^"/]+)"', tag)
        name = kind.group(1).decode("ascii", "replace") if kind else "unknown"
        if name != "hyperlink":
            found.append(name)
    return found
