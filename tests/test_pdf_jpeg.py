"""A JPEG logo in the PDF: typst names the format 'jpg', and the picture is embedded as is."""

from __future__ import annotations

import io
import shutil
import textwrap
from pathlib import Path

import pytest

from batchfiles import files
from jdgen.cli import main
from jdgen.site.batch import Settings, run_batch

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("typst")

LOGOS = Path(__file__).parent / "testdata" / "logo"
DATE = ["--date", "2026-11-25"]


def _pictures(data: bytes) -> list[tuple[int, int, str]]:
    """Width, height and filter of every image the first page draws, through form XObjects."""
    found: list[tuple[int, int, str]] = []

    def walk(resources) -> None:
        for item in (resources or {}).get("/XObject", {}).values():
            item = item.get_object()
            if item.get("/Subtype") == "/Image":
                found.append((int(item["/Width"]), int(item["/Height"]),
                              str(item.get("/Filter"))))
            elif item.get("/Subtype") == "/Form":
                walk(item.get("/Resources"))

    walk(pypdf.PdfReader(io.BytesIO(data)).pages[0].get("/Resources"))
    return found


def test_a_single_build_embeds_the_jpeg(runner, tmp_path):
    shutil.copy(LOGOS / "acme-logo.jpg", tmp_path / "logo.jpg")
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "--logo-file",
                                  "logo.jpg", *DATE, "-o", "a.pdf"])
    assert result.exit_code == 0, result.stderr
    data = (tmp_path / "a.pdf").read_bytes()
    assert _pictures(data) == [(100, 40, "/DCTDecode")]  # the JPEG's own bytes, not re-encoded
    assert (LOGOS / "acme-logo.jpg").read_bytes()[-200:] in data


@pytest.mark.parametrize("workers", [1, 2])
def test_a_batch_embeds_jpeg_and_png_logos_and_matches_single_builds(runner, tmp_path,
                                                                      workers):
    shutil.copy(LOGOS / "acme-logo.jpg", tmp_path / "logo.jpg")
    shutil.copy(LOGOS / "acme-logo.png", tmp_path / "logo.png")
    (tmp_path / "jpeg.yaml").write_text("name: Jpeg Co\nlogo_file: logo.jpg\n", encoding="utf-8")
    (tmp_path / "png.yaml").write_text("name: Png Co\nlogo_file: logo.png\n", encoding="utf-8")
    (tmp_path / "postings.yaml").write_text(textwrap.dedent("""\
        defaults: {date: 2026-11-25, formats: [pdf]}
        postings:
          - {role: coo, company_file: jpeg.yaml}
          - {role: director-of-operations, company_file: jpeg.yaml}
          - {role: coo, company_file: png.yaml}
        """), encoding="utf-8")
    report = run_batch(tmp_path / "postings.yaml", tmp_path / "site", Settings(),
                       workers=workers)
    assert report.failed == 0
    built = files(tmp_path / "site")
    for name in ("jpeg-co-coo.pdf", "jpeg-co-director-of-operations.pdf"):
        assert _pictures(built[name]) == [(100, 40, "/DCTDecode")], name
    assert [(w, h) for w, h, _ in _pictures(built["png-co-coo.pdf"])] == [(240, 80)]
    single = runner.invoke(main, ["build", "coo", "--company-file", "jpeg.yaml", *DATE,
                                  "--posting-id", "jpeg-co-coo", "-o", "one.pdf"])
    assert single.exit_code == 0, single.stderr
    assert (tmp_path / "one.pdf").read_bytes() == built["jpeg-co-coo.pdf"]
