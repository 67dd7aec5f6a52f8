"""The rendering pipeline, set up once and reused for every posting.

Loading roles, compiling templates and opening a reference DOCX are the slow
parts of a build; a :class:`Pipeline` does each once, so a batch of hundreds
of postings pays for them a single time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdgen.inputs.discovery import Catalog, search_path
from jdgen.models import Company, Posting
from jdgen.render.markdown import render_markdown
from jdgen.render.templating import make_environment
from jdgen.tailoring.tailor import Options, tailor
from jdgen.tailoring.tailor import warnings as tailoring_warnings

if TYPE_CHECKING:
    from concurrent.futures import Future

    from jinja2.sandbox import SandboxedEnvironment
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    from jdgen.render.docxbase import DocxBase
    from jdgen.render.pieces import Pieces
    from jdgen.render.typesetter import Typesetter
    from jdgen.site.settings import SiteLook


@dataclass(frozen=True)
class Rendered:
    """A posting rendered in memory: file name -> bytes, plus warnings to show.

    With a :class:`~jdgen.render.typesetter.Typesetter`, a PDF may still be
    under way: its name is in ``files`` with no bytes yet, and in ``pending``.
    """

    posting: Posting
    markdown: str
    files: dict[str, bytes]
    warnings: list[str] = field(default_factory=list)
    pending: dict[str, Future[bytes]] = field(default_factory=dict)


class Pipeline:
    """Roles, templates and the DOCX base, loaded on first use and then kept."""

    def __init__(self, roles_dirs: Sequence[Path] = (), templates_dirs: Sequence[Path] = (),
                 reference_docx: Path | None = None, html_template: Path | None = None,
                 look: SiteLook | None = None, typesetter: Typesetter | None = None) -> None:
        self.typesetter = typesetter  # PDFs typeset on its threads (none: right here)
        self.roles_dirs = tuple(roles_dirs)
        self.look = look  # the careers site HTML pages belong to (none: pages on their own)
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

    def docx_base_for(self, posting: Posting) -> DocxBase:
        """The base for ``posting``: the reference's, else the house style on its paper."""
        if self.reference is not None:
            return self.docx_base
        from jdgen.render.docx import docx_base
        from jdgen.render.paper import paper_for

        return docx_base(None, paper_for(posting.locale))

    @cached_property
    def parser(self) -> MarkdownIt:
        """One Markdown parse feeds the DOCX body, the HTML body and the JSON-LD."""
        from jdgen.render.docx import markdown_parser

        return markdown_parser()

    @cached_property
    def _pieces(self) -> Pieces:
        from jdgen.render.pieces import Pieces

        return Pieces(self.parser)

    def tokens(self, markdown: str) -> list[Token]:
        """Parse ``markdown``, reusing the tokens of pieces seen in earlier postings.

        The text is cut into pieces that parse alone as they do in place, and
        a piece that recurs is parsed once (see :mod:`jdgen.render.pieces`).
        """
        return [token for section in self._pieces.split(markdown) for token in section.tokens]

    def html(self, markdown: str) -> str:
        """``markdown`` as HTML, each recurring piece rendered once and then reused."""
        return "".join(section.html(self.parser) for section in self._pieces.split(markdown))

    def posting(self, role: str, company: Company, options: Options) -> Posting:
        """Tailor the role named ``role`` (id or alias) for ``company``."""
        return tailor(self.catalog.find(role).role, company, options)

    def warnings(self, role: str, company: Company,
                 options: Options | None = None) -> dict[str, str]:
        """What the posting leaves out because the inputs do not give it, by topic."""
        return tailoring_warnings(self.catalog.find(role).role, company, options)

    def render(self, role: str, company: Company, options: Options, formats: Sequence[str],
               front_matter: bool = False, *, posting: Posting | None = None,
               modified: dt.date | None = None, closed: bool = False) -> Rendered:
        """Render ``formats`` in memory; file names are ``<slug>.<format>``.

        ``posting`` is the tailored posting when the caller already has it;
        ``modified`` the day its content last changed (JSON-LD ``dateModified``);
        ``closed`` marks a page past its closing date (no JobPosting data, noindex).
        """
        if "docx" in formats:
            _ = self.docx_base  # a bad reference file fails before any work
        if "pdf" in formats:
            from jdgen.render.pdf import engine

            engine()  # so does a missing PDF engine
        posting = posting or self.posting(role, company, options)
        markdown = render_markdown(self.env, posting)
        files: dict[str, bytes] = {}
        pending: dict[str, Future[bytes]] = {}
        advice = self.warnings(role, company, options)
        body = data = ""
        google: list[str] = []
        if {"html", "json"} & set(formats):
            from jdgen.render import jsonld

            body = self.html(markdown)
            data = jsonld.to_json(jsonld.job_posting(posting, body, modified=modified))
            google = jsonld.missing(posting)
            if any(line.startswith("jobLocation:") for line in google):
                advice.pop("location", None)  # the JSON-LD warning says it for Google too
        warnings = [f"{posting.slug}: {line}"
                    for line in [*options.notes, *advice.values(), *google]]
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

                page = f"{options.posting_id or posting.slug}.html"
                files[name] = render_page(self.page_env, posting, body, data, self.look,
                                          page, closed=closed).encode("utf-8")
            elif fmt == "docx":
                files[name] = self.docx_base_for(posting).build_tokens(self.tokens(markdown),
                                                                        _properties(posting))
            elif fmt == "pdf":
                from jdgen.render.paper import paper_for
                from jdgen.render.pdf import pdf_source, typeset

                source = pdf_source(self.tokens(markdown), _properties(posting),
                                    paper_for(posting.locale), posting.locale)
                if self.typesetter is None:
                    files[name] = typeset(source)
                else:
                    files[name] = b""  # keeps the formats' order; the bytes come later
                    pending[name] = self.typesetter.submit(source)
        return Rendered(posting, markdown, files, warnings, pending)


def _properties(posting: Posting) -> Any:
    """The document properties of ``posting``'s DOCX and PDF."""
    from jdgen.render.docx import DocProperties

    logo = None
    if posting.logo_file:
        from jdgen.inputs.logo import read_logo

        logo = read_logo(Path(posting.logo_file))
    return DocProperties(title=posting.title, subject=f"{posting.title} at {posting.company}",
                         author=posting.company, keywords=posting.keywords,
                         date=posting.date_posted, logo=logo)
