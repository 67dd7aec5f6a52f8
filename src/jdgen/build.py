"""Build one posting: find the role, tailor it, render every format, write files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from jdgen.discovery import Catalog, search_path
from jdgen.errors import DataError
from jdgen.models import Company, Posting
from jdgen.output import check_out_dir, target, write_atomic
from jdgen.render.markdown import render_markdown
from jdgen.tailoring import Options, tailor
from jdgen.templating import make_environment
from jdgen.validation import validate
from jdgen.yamlfile import read_yaml

FORMATS = ("md", "docx")


@dataclass(frozen=True)
class BuildRequest:
    """Everything one ``jdgen build`` needs."""

    role: str
    company: Company
    options: Options = field(default_factory=Options)
    formats: Sequence[str] = ("docx",)
    out_dir: Path = Path(".")
    output: Path | None = None
    reference_docx: Path | None = None
    roles_dirs: Sequence[Path] = ()
    templates_dirs: Sequence[Path] = ()


@dataclass(frozen=True)
class Rendered:
    """A posting rendered in memory: file name -> bytes."""

    posting: Posting
    markdown: str
    files: dict[str, bytes]


def load_company(path: Path) -> Company:
    """Read and validate a company profile YAML file."""
    doc = read_yaml(path)
    if doc.data is None:
        raise DataError([f"{path}: file is empty; expected a company profile"])
    return validate(Company, doc)


def render_posting(request: BuildRequest) -> Rendered:
    """Render every requested format in memory; nothing is written."""
    reference = None
    if "docx" in request.formats and request.reference_docx is not None:
        from jdgen.render.docx import load_reference

        reference = load_reference(request.reference_docx)
    catalog = Catalog.load(search_path("roles", request.roles_dirs))
    role = catalog.find(request.role).role
    posting = tailor(role, request.company, request.options)
    env = make_environment(search_path("templates", request.templates_dirs))
    markdown = render_markdown(env, posting)
    files: dict[str, bytes] = {}
    for fmt in request.formats:
        name = f"{posting.slug}.{fmt}"
        if fmt == "md":
            files[name] = markdown.encode("utf-8")
        elif fmt == "docx":
            from jdgen.render.docx import DocProperties, build_docx

            props = DocProperties(
                title=posting.title,
                subject=f"{posting.title} at {posting.company}",
                author=posting.company,
                keywords=posting.keywords,
                date=posting.date_posted,
            )
            files[name] = build_docx(markdown, props, reference)
    return Rendered(posting, markdown, files)


def write_rendered(rendered: Rendered, out_dir: Path, output: Path | None = None) -> list[Path]:
    """Write rendered files atomically; ``output`` names the single file explicitly."""
    if output is not None:
        (data,) = rendered.files.values()
        folder = check_out_dir(output.parent if str(output.parent) else Path("."))
        path = target(folder, output.name)
        write_atomic(path, data)
        return [path]
    folder = check_out_dir(out_dir, create=True)
    written = []
    for name, data in rendered.files.items():
        path = target(folder, name)
        write_atomic(path, data)
        written.append(path)
    return written
