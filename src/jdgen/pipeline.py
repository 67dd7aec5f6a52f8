"""The rendering pipeline, set up once and reused for every posting.

Loading roles, compiling templates and opening a reference DOCX are the slow
parts of a build; a :class:`Pipeline` does each once, so a batch of hundreds
of postings pays for them a single time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdgen.discovery import Catalog, search_path
from jdgen.models import Company, Posting
from jdgen.render.markdown import render_markdown
from jdgen.tailoring import Options, tailor
from jdgen.templating import make_environment

if TYPE_CHECKING:
    from jinja2.sandbox import SandboxedEnvironment
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    from jdgen.render.docxbase import DocxBase


# Where a posting may be cut into pieces that parse alone exactly as they do in
# place: before a "## " heading, and after a blank line before a line that
# starts flush left and cannot continue what came before (not a list marker).
# The pattern finds the line break just before the cut (a literal, quick to scan for).
_CUT = re.compile(r"\n(?=## |(?<=\n\n)[^\s*+0-9-])")
# One line that CommonMark can only read as a paragraph of plain text: it starts
# with a letter, ends with neither space nor line break, and holds no character
# that means something in Markdown (or that markdown-it rewrites).
_MARKUP = r"\\`*_\[\]<>&!#|~^{}=+"
_PLAIN = re.compile(rf"[^\W\d_](?:[^\x00-\x1f\x7f{_MARKUP}]*[^\s\x00-\x1f\x7f{_MARKUP}])?\n*")
_LINK_DEFINITION = re.compile(r"(?m)^ {0,3}\[[^\]]+\]:")


@dataclass(frozen=True)
class Rendered:
    """A posting rendered in memory: file name -> bytes, plus warnings to show."""

    posting: Posting
    markdown: str
    files: dict[str, bytes]
    warnings: list[str] = field(default_factory=list)


class _Section:
    """One parsed section of a posting, with its HTML made on first use."""

    __slots__ = ("_html", "tokens")

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self._html: str | None = None

    def html(self, parser: MarkdownIt) -> str:
        if self._html is None:
            self._html = str(parser.renderer.render(self.tokens, parser.options, {}))
        return self._html


def pieces(markdown: str) -> list[str]:
    """``markdown`` cut where :data:`_CUT` allows; joined again, the pieces are the text."""
    found, start = [], 0
    for match in _CUT.finditer(markdown):
        found.append(markdown[start:match.end()])
        start = match.end()
    found.append(markdown[start:])
    return found


def plain_paragraph(text: str) -> list[Token] | None:
    """The tokens markdown-it makes of ``text`` if it is one line of plain text, else ``None``.

    A company's own sentences (its introduction, its equal-opportunity line)
    are mostly such lines; building their three tokens directly is many times
    cheaper than running the parser, and gives exactly what it would.
    """
    if not _PLAIN.fullmatch(text):
        return None
    from markdown_it.token import Token

    line = text.rstrip("\n")
    return [
        Token("paragraph_open", "p", 1, map=[0, 1], block=True),
        Token("inline", "", 0, map=[0, 1], level=1, content=line, block=True,
              children=[Token("text", "", 0, content=line)]),
        Token("paragraph_close", "p", -1, block=True),
    ]


class _Pieces:
    """Parsed pieces of postings, kept while they keep coming back.

    A piece is kept from the second time it is seen, so text that names one
    company never takes a place; when all places are taken, the piece used
    least recently goes. Memory stays flat however many postings pass.
    """

    def __init__(self, parser: MarkdownIt, places: int = 512, remembered: int = 8192) -> None:
        self._parser = parser
        self._places = places
        self._remembered = remembered
        self._kept: dict[str, _Section] = {}
        self._seen: set[int] = set()

    def __len__(self) -> int:
        return len(self._kept)

    def get(self, text: str) -> _Section:
        kept = self._kept
        section = kept.pop(text, None)
        if section is None:
            section = _Section(plain_paragraph(text) or self._parser.parse(text))
            mark = hash(text)
            if mark not in self._seen:
                if len(self._seen) >= self._remembered:
                    self._seen.clear()
                self._seen.add(mark)
                return section
            if len(kept) >= self._places:
                del kept[next(iter(kept))]
        kept[text] = section  # (re)inserted last: the most recently used
        return section


class Pipeline:
    """Roles, templates and the DOCX base, loaded on first use and then kept."""

    def __init__(self, roles_dirs: Sequence[Path] = (), templates_dirs: Sequence[Path] = (),
                 reference_docx: Path | None = None, html_template: Path | None = None) -> None:
        self.roles_dirs = tuple(roles_dirs)
        self.templates_dirs = tuple(templates_dirs)
        self.reference_docx = reference_docx
        self.html_template = html_template

    @cached_property
    def catalog(self) -> Catalog:
        return Catalog.load(search_path("roles", self.roles_dirs))

    @cached_property
    def template_dirs(self) -> list[Path]:
        return search_path("templates", self.templates_dirs)

    @cached_property
    def env(self) -> SandboxedEnvironment:
        return make_environment(self.template_dirs)

    @cached_property
    def page_env(self) -> SandboxedEnvironment:
        from jdgen.render.html import make_page_environment

        return make_page_environment(self.template_dirs, self.html_template)

    @cached_property
    def reference(self) -> Any:
        if self.reference_docx is None:
            return None
        from jdgen.render.docx import load_reference

        return load_reference(self.reference_docx)

    @cached_property
    def docx_base(self) -> DocxBase:
        """Styles, theme and the rest of the package, prepared once for every DOCX."""
        from jdgen.render.docx import docx_base

        return docx_base(self.reference)

    @cached_property
    def parser(self) -> MarkdownIt:
        """One Markdown parse feeds the DOCX body, the HTML body and the JSON-LD."""
        from jdgen.render.docx import markdown_parser

        return markdown_parser()

    @cached_property
    def _pieces(self) -> _Pieces:
        return _Pieces(self.parser)

    def tokens(self, markdown: str) -> list[Token]:
        """Parse ``markdown``, reusing the tokens of pieces seen in earlier postings.

        Postings of one role share most of their text word for word, so the text
        is cut into pieces and a piece that recurs is parsed once. It is cut
        before each ``## `` heading, and after a blank line before a line that
        starts flush left with anything but a list marker: in CommonMark both
        end the block before them, so the pieces parse exactly as the whole
        does. Text where that might not hold (fenced code, link reference
        definitions) is parsed whole.
        """
        return [token for section in self._split(markdown) for token in section.tokens]

    def html(self, markdown: str) -> str:
        """``markdown`` as HTML, each recurring piece rendered once and then reused."""
        return "".join(section.html(self.parser) for section in self._split(markdown))

    def _split(self, markdown: str) -> list[_Section]:
        if "```" in markdown or "~~~" in markdown or _LINK_DEFINITION.search(markdown):
            return [_Section(self.parser.parse(markdown))]
        return [self._pieces.get(text) for text in pieces(markdown)]

    def posting(self, role: str, company: Company, options: Options) -> Posting:
        """Tailor the role named ``role`` (id or alias) for ``company``."""
        return tailor(self.catalog.find(role).role, company, options)

    def render(self, role: str, company: Company, options: Options, formats: Sequence[str],
               front_matter: bool = False) -> Rendered:
        """Render ``formats`` in memory; file names are ``<slug>.<format>``."""
        if "docx" in formats:
            base = self.docx_base  # a bad reference file fails before any work
        posting = self.posting(role, company, options)
        markdown = render_markdown(self.env, posting)
        files: dict[str, bytes] = {}
        warnings: list[str] = []
        body = data = ""
        if {"html", "json"} & set(formats):
            from jdgen.render import jsonld

            body = self.html(markdown)
            data = jsonld.to_json(jsonld.job_posting(posting, body))
            warnings = [f"{posting.slug}: {line}" for line in jsonld.missing(posting)]
        for fmt in formats:
            name = f"{posting.slug}.{fmt}"
            if fmt == "md":
                text = markdown
                if front_matter:
                    from jdgen.render.frontmatter import with_front_matter

                    text = with_front_matter(posting, markdown)
                files[name] = text.encode("utf-8")
            elif fmt == "json":
                files[name] = (data + "\n").encode("utf-8")
            elif fmt == "html":
                from jdgen.render.html import render_page

                files[name] = render_page(self.page_env, posting, body, data).encode("utf-8")
            elif fmt == "docx":
                from jdgen.render.docx import DocProperties

                props = DocProperties(
                    title=posting.title,
                    subject=f"{posting.title} at {posting.company}",
                    author=posting.company,
                    keywords=posting.keywords,
                    date=posting.date_posted,
                )
                files[name] = base.build_tokens(self.tokens(markdown), props)
        return Rendered(posting, markdown, files, warnings)
