"""Hostile sites (issue 28, the low items): damaged earlier files, a user's own files in the
site folder, file modes under any umask, workers that outlive a killed build, a spool that
cannot be written, and an index Markdown that site generators would run.

Each class has the example of the report and a variant of our own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from batchfiles import no_traceback
from jdgen.cli import main
from test_batch import COMPANY


def manifest(*postings: str, formats: str = "[md, html]", company: str = "acme.yaml") -> str:
    body = "".join(f"  - {p}\n" for p in postings)
    return (f"defaults:\n  company: {company}\n  formats: {formats}\n  date: 2026-11-25\n"
            f"postings:\n{body}")


@pytest.fixture
def project(write, tmp_path):
    write("acme.yaml", COMPANY)
    write("postings.yaml", manifest("{role: coo, id: coo}",
                                    "{role: director-of-operations, id: dir-ops}"))
    return tmp_path


def batch(runner, *args: str, name: str = "postings.yaml"):
    return runner.invoke(main, ["build", "--manifest", name, *args])


def errors(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Error: ")]


def _jdgen(*args: str, cwd: Path, umask: int = 0o022, env: dict[str, str] | None = None,
           timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jdgen", *args], cwd=cwd, umask=umask,
                          env={**os.environ, **(env or {})}, capture_output=True, text=True,
                          timeout=timeout, check=False)


# ------------------------------------------- outputs get the mode the umask gives


def _modes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mode & 0o777 for p in folder.iterdir() if p.is_file()}


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077])
def test_batch_files_and_report_take_the_umask(project, umask):
    result = _jdgen("build", "--manifest", "postings.yaml", "--out", "site",
                    "--report", "report.json", cwd=project, umask=umask)
    assert result.returncode == 0, result.stderr
    modes = _modes(project / "site")
    assert {"coo.md", "coo.html", "dir-ops.md", "index.json", "index.md",
            ".jdgen-files.json"} <= set(modes)
    assert set(modes.values()) == {0o666 & ~umask}, modes
    assert _modes(project)["report.json"] == 0o666 & ~umask


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077])
def test_single_build_files_take_the_umask(tmp_path, umask):
    result = _jdgen("build", "coo", "--company", "Acme", "-f", "md", "-f", "docx",
                    "--out", "out", cwd=tmp_path, umask=umask)
    assert result.returncode == 0, result.stderr
    modes = _modes(tmp_path / "out")
    assert len(modes) == 2
    assert set(modes.values()) == {0o666 & ~umask}, modes


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_rewritten_file_takes_the_umask_not_its_old_mode(project):
    """Variant: a second build with a tighter umask rewrites changed files with the new mode."""
    assert _jdgen("build", "--manifest", "postings.yaml", "--out", "site",
                  cwd=project).returncode == 0
    (project / "site" / "coo.md").write_text("changed by hand\n")
    result = _jdgen("build", "--manifest", "postings.yaml", "--out", "site",
                    cwd=project, umask=0o077)
    assert result.returncode == 0, result.stderr
    assert _modes(project / "site")["coo.md"] == 0o600


# ------------------------------------------- index.md is inert for site generators

TEMPLATE_TEXT = ["{{ site.secret }}", "{% include x %}", "{{< shortcode >}}", "{{% sc %}}",
                 "{# note #}", "a {{{ b }}} c"]


def _live(text: str) -> bool:
    """Whether ``text`` still holds an opener Liquid, Jinja, Nunjucks or Hugo would run."""
    return any(opener in text for opener in ("{{", "{%", "{#"))


def _shown(markdown: str) -> str:
    """What a reader sees of ``markdown``: its backslash escapes taken out."""
    import re

    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown)


@pytest.mark.parametrize("text", TEMPLATE_TEXT)
def test_index_markdown_prints_template_text_literally(text):
    from jdgen.site.index import index_markdown

    entry = {"title": f"COO {text}", "company": text, "location": text,
             "files": {"md": "coo.md"}}
    page = index_markdown([entry], title=f"Jobs {text}").decode()
    assert not _live(page), page
    assert _shown(page).count(text) == 4, page  # site title, title, company, location


def test_a_batch_index_md_is_inert(runner, write):
    """Variant: the whole batch, with the company name and the site title from the files."""
    write("acme.yaml", COMPANY.replace("Acme Tools", "Acme {{ site.secret }}"))
    write("other.yaml", COMPANY.replace("Acme Tools", "Other {% include x %} {{< sc >}}"))
    write("postings.yaml",
          "site:\n  title: 'Jobs {# n #}'\n" + manifest(
              "{role: coo, id: one}", "{role: coo, id: two, company: other.yaml, "
              "location: '{{ page.x }}'}"))
    result = batch(runner, "--out", "site")
    assert result.exit_code == 0, result.output
    page = Path("site/index.md").read_text()
    assert not _live(page), page
    for text in ("{{ site.secret }}", "{% include x %}", "{{< sc >}}", "{# n #}",
                 "{{ page.x }}"):
        assert text in _shown(page), page
