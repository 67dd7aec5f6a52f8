"""Read a posting file (.md, .docx, .html) into a :class:`Document`.

Anything that is not a readable posting raises :class:`Unreadable` with a
message a person can act on; the caller turns it into a finding so one bad
file does not hide the results for the others.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jdgen.lint.document import Document, make_block
from jdgen.lint.html import parse_html
from jdgen.lint.markdown import parse_markdown

SUFFIXES = {".md": "md", ".markdown": "md", ".docx": "docx", ".html": "html", ".htm": "html"}
MAX_TEXT_BYTES = 2_000_000
MAX_DOCX_BYTES = 20_000_000
MAX_DOCX_UNPACKED = 50_000_000


class Unreadable(Exception):
    """The file cannot be linted; ``str(exc)`` says why."""


def kind_of(path: Path) -> str | None:
    """``md``, ``docx`` or ``html`` from the file name, or None."""
    return SUFFIXES.get(path.suffix.lower())


def read_document(path: Path) -> Document:
    """Read and parse ``path`` by its extension."""
    kind = kind_of(path)
    if kind is None:
        raise Unreadable("not a posting file (expected .md, .docx or .html)")
    limit = MAX_DOCX_BYTES if kind == "docx" else MAX_TEXT_BYTES
    data = _read_bytes(path, limit)
    if not data.strip():
        raise Unreadable("file is empty")
    if kind == "docx":
        return parse_docx(data)
    text = _decode(data)
    return parse_html(text) if kind == "html" else parse_markdown(text)


def _read_bytes(path: Path, limit: int) -> bytes:
    from jdgen.inputs.reading import ReadFailure, read_limited

    try:
        return read_limited(path, limit, folder_noun="file")
    except ReadFailure as exc:
        raise Unreadable(str(exc)) from None


def _decode(data: bytes) -> str:
    if b"\x00" in data:
        raise Unreadable("binary data, not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise Unreadable(f"line {line}: not valid UTF-8 text") from None


def parse_docx(data: bytes) -> Document:
    """Word paragraphs -> blocks located by paragraph number (1-based, body order)."""
    _check_docx_zip(data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise Unreadable(f"not a Word document ({type(exc).__name__})") from None
    except Exception as exc:  # lxml and python-docx raise many kinds on damaged files
        raise Unreadable(f"damaged Word document ({type(exc).__name__})") from None
    if word.element.body is None:
        raise Unreadable("not a Word document (no <w:body> in its main document)")
    doc = Document()
    for number, para in enumerate(_paragraphs(word), start=1):
        if isinstance(para, str):  # a table row: "Label: value", as the facts list reads
            doc.add(make_block("bullet", para, number, 1, paragraph=True))
            continue
        text = para.text
        if not text.strip():
            continue
        style = (para.style.name if para.style is not None else "") or ""
        lead = len(text) - len(text.lstrip())
        body = text.strip()
        if style == "Title" or style.startswith("Heading"):
            level = 1 if style == "Title" else _heading_level(style)
            doc.add(make_block("heading", body, number, lead + 1, level=level, paragraph=True))
        elif "List" in style:
            doc.add(make_block("bullet", body, number, lead + 1, paragraph=True))
        else:
            doc.add(make_block("paragraph", body, number, lead + 1, paragraph=True))
    return doc


def _paragraphs(word: Any) -> Iterator[Any]:
    """The body's paragraphs in order, a table's rows among them as ``"cell: cell"`` text.

    The house style sets a posting's key facts as a two-column table; read as
    ``Label: value`` lines they are facts and prose like the Markdown list.
    """
    from docx.table import Table

    for item in word.iter_inner_content():
        if not isinstance(item, Table):
            yield item
            continue
        for row in item.rows:
            cells = [" ".join(c.text.split()).rstrip(":") for c in row.cells]
            cells = [c for i, c in enumerate(cells) if c and c not in cells[:i]]
            if cells:
                yield ": ".join(cells) if len(cells) == 2 else " | ".join(cells)


def _heading_level(style: str) -> int:
    digits = "".join(ch for ch in style if ch.isdigit())
    return min(int(digits), 6) if digits else 2


def _check_docx_zip(data: bytes) -> None:
    """Refuse non-ZIP data, ZIPs without a Word body, and zip bombs, before parsing."""
    from jdgen.render.docxcheck import PackageProblem, check_package

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise Unreadable("not a Word document (not a ZIP archive)") from None
    if "word/document.xml" not in names:
        raise Unreadable("not a Word document (a ZIP archive without word/document.xml)")
    try:  # linting only reads the text: macros and links are no danger here
        check_package(data, unpacked_limit=MAX_DOCX_UNPACKED, macros_ok=True, links_ok=True)
    except PackageProblem as exc:
        problem = str(exc).replace("not a DOCX file", "not a Word document")
        if problem.startswith("unpacks to"):
            problem = f"Word document {problem}"
        raise Unreadable(problem) from None
