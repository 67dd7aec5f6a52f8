"""Build one posting: find the role, tailor it, render every format, write files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from jdgen.errors import DataError
from jdgen.inputs.tracked import Inputs
from jdgen.inputs.validation import validate
from jdgen.models import Company
from jdgen.render.pipeline import Pipeline, Rendered
from jdgen.site.output import check_out_dir, target, write_atomic, write_files
from jdgen.tailoring.tailor import Options

FORMATS = ("md", "docx", "pdf", "html", "json")


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
    front_matter: bool = False
    html_template: Path | None = None


def load_company(path: Path, logo_within: Path | None = None) -> Company:
    """Read and validate a company profile YAML file.

    Its ``logo_file`` is checked and made absolute; with ``logo_within``, a logo
    outside that folder (after links are followed) is refused unread.
    """
    from jdgen.inputs.yamlfile import read_yaml

    doc = read_yaml(path)
    if doc.data is None:
        raise DataError([f"{path}: file is empty; expected a company profile"])
    from jdgen.inputs.logo import with_logo

    return with_logo(path, validate(Company, doc), logo_within)


def render_posting(request: BuildRequest) -> Rendered:
    """Render every requested format in memory; nothing is written."""
    pipeline = Pipeline(roles_dirs=request.roles_dirs, templates_dirs=request.templates_dirs,
                        reference_docx=request.reference_docx,
                        html_template=request.html_template)
    return pipeline.render(request.role, request.company, request.options, request.formats,
                           front_matter=request.front_matter)


def write_rendered(rendered: Rendered, out_dir: Path, output: Path | None = None,
                   inputs: Inputs | None = None) -> list[Path]:
    """Write rendered files atomically; ``output`` names the single file explicitly.

    A file that is one of ``inputs`` (the company file, say) is never overwritten.
    """
    if output is not None:
        (data,) = rendered.files.values()
        folder = check_out_dir(output.parent if str(output.parent) else Path("."))
        path = target(folder, output.name)
        if inputs is not None:
            inputs.refuse_write(path, "the posting")
        write_atomic(path, data)
        return [path]
    if inputs is not None:
        for name in rendered.files:
            inputs.refuse_write(out_dir / name, "the posting")
    return write_files(rendered.files, out_dir)
