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

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from jdgen.errors import DataError
from jdgen.render.docxbody import clean
from jdgen.render.docxparts import DocProperties, markdown_parser

if TYPE_CHECKING:
    from jdgen.render.docxbase import DocxBase
    from jdgen.render.paper import Paper

__all__ = ["MAX_REFERENCE_BYTES", "DocProperties", "build_docx", "clean", "docx_base",
           "dropped_line", "load_reference", "markdown_parser"]

MAX_REFERENCE_BYTES = 20_000_000
MAX_REFERENCE_UNPACKED = 64_000_000  # all parts together, as unpacked


@functools.lru_cache(maxsize=4)
def docx_base(reference: bytes | None = None, paper: Paper = "letter") -> DocxBase:
    """The prepared base for ``reference``, else jdgen's house style on ``paper``.

    A reference keeps its own page size and margins, so ``paper`` is not used with one.
    """
    from jdgen.render.docxbase import DocxBase

    return DocxBase(reference or None, paper=paper)


def build_docx(markdown: str, props: DocProperties, reference: bytes | None = None,
               paper: Paper = "letter") -> bytes:
    """Build a .docx from ``markdown``; ``reference`` supplies styles and page setup."""
    return docx_base(reference or None, "letter" if reference else paper).build(markdown, props)


def load_reference(path: Path, warn: Callable[[str], None] | None = None) -> bytes:
    """Read and check a reference .docx: a real Word file, not a bomb or a macro carrier.

    The file is read up to :data:`MAX_REFERENCE_BYTES`, its parts are checked by
    :func:`~jdgen.render.docxcheck.check_package` without being kept, then
    rebuilt from what a posting may take from it
    (:func:`~jdgen.render.docxclean.clean_reference`), and only then does
    python-docx open it, once, to prepare the base every build uses. What the
    rebuild left out is said in one line, ``PATH: ...``, passed to ``warn``
    (by default printed to stderr as ``Warning: PATH: ...``).
    """
    from jdgen.inputs.reading import read_capped
    from jdgen.render.docxcheck import PackageProblem, check_package

    data = read_capped(path, MAX_REFERENCE_BYTES, what="reference DOCX")
    limit = min(20 * MAX_REFERENCE_BYTES, MAX_REFERENCE_UNPACKED)
    try:
        check_package(data, unpacked_limit=limit)
    except PackageProblem as exc:
        problem = str(exc)
        if not problem.startswith("not a DOCX file"):
            problem = f"reference DOCX {problem}"
        if "unpacks to" in problem:
            problem += "; refusing it"
        raise DataError([f"{path}: {problem}"]) from None
    try:
        base = docx_base(data)
    except DataError as exc:
        raise DataError([f"{path}: {problem}" for problem in exc.problems]) from None
    except Exception as exc:  # python-docx and lxml raise many kinds for broken packages
        raise DataError([f"{path}: not a readable DOCX file ({type(exc).__name__})"]) from None
    if base.dropped:
        line = dropped_line(path, base.dropped)
        if warn is None:
            from jdgen.errors import echo

            echo(f"Warning: {line}", err=True)
        else:
            warn(line)
    return data


def dropped_line(path: Path, dropped: tuple[str, ...]) -> str:
    """The one line that says what a reference held that no posting takes from it."""
    return (f"{path}: left out of the reference DOCX, since it would reach every posting: "
            + "; ".join(dropped))
