"""A company's logo in the Word and PDF documents: read once, checked, placed, never lost."""

from __future__ import annotations

import io
import os
import re
import shutil
import struct
import zlib
from pathlib import Path

import docx
import pytest
from docx.shared import Inches

from jdgen.cli import main
from jdgen.errors import DataError
from jdgen.inputs.logo import MAX_LOGO_BYTES, image_size, read_logo
from jdgen.render import docxlogo

LOGOS = Path(__file__).parent / "testdata" / "logo"
PNG, JPEG = LOGOS / "acme-logo.png", LOGOS / "acme-logo.jpg"
REFERENCES = Path(__file__).parent / "testdata" / "references"
DATE = ["--date", "2026-11-25"]


def png_header(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = struct.pack(">I", 13) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    idat = zlib.compress(b"")
    end = (struct.pack(">I", len(idat)) + b"IDAT" + idat
           + struct.pack(">I", zlib.crc32(b"IDAT" + idat))
           + b"\x00\x00\x00\x00IEND" + struct.pack(">I", zlib.crc32(b"IEND")))
    return b"\x89PNG\r\n\x1a\n" + chunk + end


def company(folder: Path, logo: str = "logo.png") -> Path:
    path = folder / "acme.yaml"
    path.write_text(f"name: Acme\nlogo_file: {logo}\n", encoding="utf-8")
    return path


# ------------------------------------------------------------------ reading


@pytest.mark.parametrize(("data", "found"), [
    (PNG.read_bytes(), ("png", 240, 80)),
    (JPEG.read_bytes(), ("jpeg", 100, 40)),
    (png_header(1, 20_000), ("png", 1, 20_000)),
])
def test_the_size_of_a_png_or_jpeg(data, found):
    assert image_size(data) == found


@pytest.mark.parametrize(("data", "message"), [
    (b"GIF89a......", "is not a PNG or JPEG image; save the logo as one of those"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "is not a PNG or JPEG image"),
    (b"", "is not a PNG or JPEG image"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "is a damaged PNG (no image header)"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "is a damaged JPEG (no frame header)"),
    (b"\xff\xd8" + b"\xff\xe0\x00\x01" * 4, "is a damaged JPEG (no frame header)"),
    (png_header(0, 10), "says it is 0 by 10 pixels"),
    (png_header(30_000, 10), "says it is 30000 by 10 pixels"),
])
def test_what_is_not_a_logo_says_why(data, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        image_size(data)


def test_a_logo_file_that_cannot_be_one_is_one_error(tmp_path):
    big = tmp_path / "big.png"
    with big.open("wb") as handle:  # sparse: the size is all that is read
        handle.write(png_header(10, 10))
        handle.truncate(MAX_LOGO_BYTES + 1)
    (tmp_path / "folder.png").mkdir()
    os.mkfifo(tmp_path / "pipe.png")
    (tmp_path / "text.png").write_text("not a picture", encoding="utf-8")
    cases = {
        "missing.png": "not found",
        "folder.png": "is not a file",
        "pipe.png": "is not a file",
        "big.png": f"the limit is {MAX_LOGO_BYTES:,} bytes",
        "text.png": "is not a PNG or JPEG image",
    }
    for name, message in cases.items():
        with pytest.raises(DataError) as caught:
            read_logo(tmp_path / name)
        (line,) = caught.value.problems
        assert line.startswith(f"{tmp_path / name}") and message in line, line


def test_a_wide_logo_is_narrowed_to_fit_and_keeps_its_shape():
    wide = read_logo(PNG)
    assert docxlogo.size(wide) == (docxlogo.HEIGHT * 3, docxlogo.HEIGHT)  # 240 x 80
    tall = type(wide)(wide.data, "png", 50, 100)
    assert docxlogo.size(tall) == (docxlogo.HEIGHT // 2, docxlogo.HEIGHT)
    banner = type(wide)(wide.data, "png", 4000, 100)
    width, height = docxlogo.size(banner)
    assert width == docxlogo.MAX_WIDTH and height == docxlogo.MAX_WIDTH * 100 // 4000


# ------------------------------------------------------------------ documents


WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"


def _picture_paragraphs(document) -> list[int]:
    return [i for i, p in enumerate(document.paragraphs)
            if p._p.xpath(".//*[local-name()='drawing']")]


def _pictures(document) -> list:
    """The floating pictures of the body (python-docx lists only inline ones)."""
    return document.element.body.xpath(".//*[local-name()='anchor']")


@pytest.mark.parametrize("logo", [PNG, JPEG])
def test_the_word_file_shows_the_logo_above_the_title_block(runner, tmp_path, logo):
    shutil.copy(logo, tmp_path / f"logo{logo.suffix}")
    profile = company(tmp_path, f"logo{logo.suffix}")
    result = runner.invoke(main, ["build", "coo", "--company-file", str(profile), *DATE])
    assert result.exit_code == 0, result.stderr
    document = docx.Document(str(tmp_path / "acme-coo.docx"))
    assert not document.inline_shapes
    (anchor,) = _pictures(document)
    found = read_logo(logo)
    extent = anchor.find(f"{WP}extent")
    width, height = int(extent.get("cx")), int(extent.get("cy"))
    assert (width, height) == docxlogo.size(found)
    assert height <= Inches(0.5) and width <= Inches(2)
    assert abs(width / height - found.width / found.height) < 0.01  # its shape is kept
    assert anchor.find(f"{WP}positionH").find(f"{WP}align").text == "right"
    assert anchor.find(f"{WP}wrapSquare") is not None  # the title block wraps beside it
    assert _picture_paragraphs(document) == [0]
    assert [p.style.name for p in document.paragraphs[:2]] == ["Company Name", "Title"]
    assert document.paragraphs[0].text == "Acme"
    rid = anchor.xpath(".//*[local-name()='blip']")[0].get(R_EMBED)
    assert document.part.related_parts[rid].blob == logo.read_bytes()
    assert anchor.find(f"{WP}docPr").get("descr") == "Acme logo"


def test_a_reference_docx_shows_the_logo_too(runner, tmp_path):
    shutil.copy(PNG, tmp_path / "logo.png")
    for reference in ("pandoc-reference.docx", "libreoffice-reference.docx"):
        result = runner.invoke(main, ["build", "coo", "--company", "Acme", "--logo-file",
                                      "logo.png", "--reference-docx",
                                      str(REFERENCES / reference), *DATE, "-o", "r.docx"])
        assert result.exit_code == 0, result.stderr
        document = docx.Document(str(tmp_path / "r.docx"))
        assert len(_pictures(document)) == 1, reference
        (first,) = _picture_paragraphs(document)
        assert document.paragraphs[first].text in ("Acme", "")
        assert "Chief Operating Officer" in [p.text for p in document.paragraphs[first:first + 3]]


def test_the_pdf_shows_the_logo_and_stays_the_same_bytes(runner, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    pytest.importorskip("typst")
    shutil.copy(PNG, tmp_path / "logo.png")
    args = ["build", "coo", "--company", "Acme", "--logo-file", "logo.png", *DATE]
    first = runner.invoke(main, [*args, "-o", "a.pdf"])
    second = runner.invoke(main, [*args, "-o", "b.pdf"])
    plain = runner.invoke(main, ["build", "coo", "--company", "Acme", *DATE, "-o", "c.pdf"])
    assert first.exit_code == second.exit_code == plain.exit_code == 0, first.stderr
    data = (tmp_path / "a.pdf").read_bytes()
    assert data == (tmp_path / "b.pdf").read_bytes()
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert _images(reader.pages[0]) == [(240, 80)]
    assert _images(pypdf.PdfReader(tmp_path / "c.pdf").pages[0]) == []
    assert reader.pages[0].extract_text().split("\n")[:2] == ["ACME", "Chief Operating Officer"]


def _images(page) -> list[tuple[int, int]]:
    """Width and height of every image a page draws, through any form XObjects."""
    found: list[tuple[int, int]] = []

    def walk(resources) -> None:
        for item in (resources or {}).get("/XObject", {}).values():
            item = item.get_object()
            if item.get("/Subtype") == "/Image":
                found.append((int(item["/Width"]), int(item["/Height"])))
            elif item.get("/Subtype") == "/Form":
                walk(item.get("/Resources"))

    walk(page.get("/Resources"))
    return found


def test_no_logo_no_picture(runner, tmp_path):
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", *DATE])
    assert result.exit_code == 0
    assert not _pictures(docx.Document(str(tmp_path / "acme-coo.docx")))


# ------------------------------------------------------------------ bad input


@pytest.mark.parametrize(("make", "message"), [
    (None, "not found"),
    ("text", "is not a PNG or JPEG image; save the logo as one of those"),
    ("folder", "is not a file"),
])
def test_a_bad_logo_option_is_one_usage_error_and_nothing_written(runner, tmp_path, make,
                                                                  message):
    if make == "text":
        (tmp_path / "logo.png").write_text("hello", encoding="utf-8")
    elif make == "folder":
        (tmp_path / "logo.png").mkdir()
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "--logo-file",
                                  "logo.png"])
    assert result.exit_code == 2
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: Invalid value for '--logo-file': ") and message in last
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == (["logo.png"] if make else [])


def test_a_bad_logo_in_a_company_file_names_the_file(runner, tmp_path):
    profile = company(tmp_path, "nowhere/logo.png")
    result = runner.invoke(main, ["build", "coo", "--company-file", str(profile)])
    assert result.exit_code == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last == f"Error: {profile}: logo_file: {tmp_path}/nowhere/logo.png: not found"
    assert list(tmp_path.glob("*.docx")) == []


def test_the_option_wins_over_the_company_file(runner, tmp_path):
    shutil.copy(PNG, tmp_path / "logo.png")
    shutil.copy(JPEG, tmp_path / "other.jpg")
    profile = company(tmp_path)
    result = runner.invoke(main, ["build", "coo", "--company-file", str(profile),
                                  "--logo-file", "other.jpg", *DATE])
    assert result.exit_code == 0, result.stderr
    document = docx.Document(str(tmp_path / "acme-coo.docx"))
    blobs = [part.blob for part in document.part.package.parts
             if part.partname.startswith("/word/media/")]
    assert blobs == [JPEG.read_bytes()]


def test_a_manifest_may_not_read_a_logo_outside_its_folder(runner, tmp_path):
    project, outside = tmp_path / "project", tmp_path / "brand"
    project.mkdir()
    outside.mkdir()
    shutil.copy(PNG, outside / "logo.png")
    company(project, "../brand/logo.png")
    (project / "postings.yaml").write_text(
        "defaults: {date: 2026-11-25, formats: [docx]}\n"
        "postings:\n  - {role: coo, company_file: acme.yaml}\n", encoding="utf-8")
    os.chdir(project)
    refused = runner.invoke(main, ["build", "--manifest", "postings.yaml", "--out", "site"])
    assert refused.exit_code == 1
    assert "logo_file: '../brand/logo.png' is outside the manifest's folder" in refused.stderr
    assert not (project / "site" / "acme-coo.docx").exists()
    allowed = runner.invoke(main, ["build", "--manifest", "postings.yaml", "--out", "site",
                                   "--allow-outside"])
    assert allowed.exit_code == 0, allowed.stderr
    assert len(_pictures(docx.Document(str(project / "site" / "acme-coo.docx")))) == 1


def test_validate_checks_a_company_files_logo(runner, tmp_path):
    profile = company(tmp_path, "logo.png")
    missing = runner.invoke(main, ["validate", str(profile)])
    assert missing.exit_code == 1
    assert f"{profile}: logo_file: {tmp_path}/logo.png: not found" in missing.stderr
    shutil.copy(PNG, tmp_path / "logo.png")
    found = runner.invoke(main, ["validate", str(profile)])
    assert found.exit_code == 0, found.stderr
