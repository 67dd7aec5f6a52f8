"""Image bombs: refused from their chunks before a decoder sees them; typst dying fails one PDF.

Every bomb here is a few kilobytes built in memory (see ``imagebombs``). The
tests that make typst itself run out of memory, or kill a worker process,
run in a child interpreter with a time limit, so they can never hang the run.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import imagebombs as ib
from batchfiles import no_traceback
from jdgen.cli import main
from jdgen.inputs.images import MAX_ICC, MAX_PIXELS, check_image
from jdgen.inputs.logo import MAX_LOGO_BYTES
from jdgen.site.batch import Settings, run_batch

TESTS = Path(__file__).parent
PNG_FILE, JPEG_FILE = TESTS / "testdata" / "logo" / "acme-logo.png", \
    TESTS / "testdata" / "logo" / "acme-logo.jpg"

BOMBS = [  # (bytes, what the error says)
    (ib.png(20_000, 20_000, data=ib.pixels(8, 8)), "is 20000 by 20000 pixels (400,000,000 in all)"),
    (ib.png(5_000, 4_000, data=ib.pixels(8, 8)), f"a logo may have at most {MAX_PIXELS:,}"),
    (ib.png(extra=ib.iccp(2_000_000)), "colour profile inflates to more than 1,000,000 bytes"),
    (ib.png(extra=ib.iccp(MAX_ICC + 1)), "colour profile inflates to more than"),
    (ib.png(extra=ib.chunk(b"iCCP", b"icc\x00\x00not zlib")), "colour profile does not inflate"),
    (ib.png(extra=ib.chunk(b"iCCP", b"icc\x00\x00" + ib.zeros_inflating_to(5000)[:20])),
     "colour profile is cut short"),
    (ib.png(extra=ib.chunk(b"iCCP", b"\x00\x00")), "damaged PNG (its colour profile chunk)"),
    (ib.png(extra=ib.ztxt(500_000)), "compressed text inflates to more than 100,000 bytes"),
    (ib.png(extra=ib.itxt(500_000)), "compressed text inflates to more than 100,000 bytes"),
    (ib.png(extra=ib.chunk(b"tEXt", b"a\x00" + bytes(400_000)) * 3),
     "more than 1,000,000 bytes of chunks besides the picture"),
    (ib.png(extra=ib.chunk(b"tEXt", b"a\x00b") * 5_000), "a PNG of more than 4,096 chunks"),
    (ib.png(extra=ib.chunk(b"acTL", bytes(8))), "is an animated PNG"),
    (ib.png(extra=ib.chunk(b"ABCD", b"")), "a chunk no decoder knows (ABCD)"),
    (ib.png(extra=ib.chunk(b"tEXt", b"a\x00b", crc=1)), "the tEXt chunk fails its checksum"),
    (ib.png(extra=ib.chunk(b"tE\x00t", b"")), "a chunk has no proper name"),
    (ib.png(extra=ib.chunk(b"PLTE", b"\x00" * 4)), "its palette is not a whole number"),
    (ib.png(data=b""), "no image data"),
    (ib.png(data=ib.pixels(8, 4) + ib.chunk(b"tEXt", b"a\x00b") + ib.pixels(8, 4)),
     "its image data is split by other chunks"),
    (ib.png(end=b""), "it ends before its last chunk"),
    (ib.SIGNATURE + ib.ihdr(8, 8) + b"\xff\xff\xff\xf0IDAT" + bytes(20),
     "a chunk runs past the end of the file"),
    (ib.SIGNATURE + ib.ihdr(8, 8, depth=4, colour=2) + ib.pixels(8, 8)
     + ib.chunk(b"IEND", b""), "colour type 2 with 4-bit samples"),
    (ib.SIGNATURE + ib.ihdr(8, 8, interlace=2) + ib.pixels(8, 8) + ib.chunk(b"IEND", b""),
     "an unknown compression, filter or interlace"),
    (ib.jpeg(20_000, 20_000), "is 20000 by 20000 pixels"),
    (ib.jpeg(6_000, 6_000), "in all); a logo may have at most"),
    (ib.jpeg(0, 10), "says it is 0 by 10 pixels"),
    (ib.jpeg(frame=ib.sof(100, 0)), "gives its height only after the image data"),
    (ib.jpeg(frame=ib.sof(100, 100, marker=0xC9)), "arithmetic-coded JPEG"),
    (ib.jpeg(frame=ib.sof(100, 100, marker=0xC3)), "lossless, hierarchical"),
    (ib.jpeg(extra=ib.icc_segments(MAX_ICC + 1)), "colour profile is more than 1,000,000 bytes"),
    (ib.jpeg(extra=ib.icc_segments(1_500_000, piece=5_000)), "colour profile is more than"),
    (ib.jpeg(scans=101), "a JPEG of more than 100 scans"),
    (ib.jpeg(scans=5_000), "a JPEG of more than 100 scans"),
    (ib.jpeg(frame=ib.sof(8, 8) + ib.sof(8, 8)), "a second frame header"),
    (ib.jpeg(scans=0), "no image data"),
    (b"\xff\xd8" + ib.sos() + ib.sof(8, 8), "a scan before its frame header"),
    (ib.jpeg(frame=ib.segment(0xC0, b"\x08\x00\x08\x00\x08\x03\x01\x55\x00\x02\x11\x00"
                                     b"\x03\x11\x00")), "its sampling factors"),
    (ib.jpeg(frame=ib.sof(8, 8, components=2)), "its frame header"),
    (ib.jpeg(extra=ib.segment(0xFE, b"x") * 5_000), "a JPEG of more than 4,096 segments"),
]


@pytest.mark.parametrize(("data", "message"), BOMBS, ids=[f"{n}-{m[:30]}" for n, (_, m) in
                                                         enumerate(BOMBS)])
def test_bombs_are_refused_from_their_chunks(data, message):
    assert len(data) <= MAX_LOGO_BYTES  # the bomb is small; what it asks for is not
    with pytest.raises(ValueError, match=re.escape(message)):
        check_image(data)


@pytest.mark.parametrize(("data", "found"), [
    (PNG_FILE.read_bytes(), ("png", 240, 80)),
    (JPEG_FILE.read_bytes(), ("jpeg", 100, 40)),
    (ib.png(4_000, 4_000, data=ib.pixels(8, 8)), ("png", 4_000, 4_000)),
    (ib.png(8, 8, ib.iccp(3_000) + ib.ztxt(1_000) + ib.itxt(1_000)), ("png", 8, 8)),
    (ib.png(8, 8, ib.chunk(b"tEXt", b"a\x00b")) + b"trailing bytes", ("png", 8, 8)),
    (ib.jpeg(8_000, 2_000, extra=ib.icc_segments(200_000), scans=10), ("jpeg", 8_000, 2_000)),
    (ib.jpeg(8, 8, frame=ib.sof(8, 8, marker=0xC2)), ("jpeg", 8, 8)),
])
def test_well_formed_pictures_pass(data, found):
    assert check_image(data) == found


@pytest.mark.parametrize(("args", "code", "expected"), [
    (["--company", "Acme", "--logo-file", "huge.png"], 2,
     "Error: Invalid value for '--logo-file': {tmp}/huge.png is 20000 by 20000 pixels "
     "(400,000,000 in all); a logo may have at most 16,000,000: save it smaller"),
    (["--company-file", "acme.yaml"], 1,
     "Error: acme.yaml: logo_file: profile.png is a PNG whose colour profile inflates to "
     "more than 1,000,000 bytes"),
])
def test_a_bomb_is_one_error_naming_the_file_and_what_is_wrong(runner, tmp_path, args, code,
                                                               expected):
    (tmp_path / "huge.png").write_bytes(ib.png(20_000, 20_000, data=ib.pixels(8, 8)))
    (tmp_path / "profile.png").write_bytes(ib.png(extra=ib.iccp(2_000_000)))
    (tmp_path / "acme.yaml").write_text("name: Acme\nlogo_file: profile.png\n",
                                        encoding="utf-8")
    result = runner.invoke(main, ["build", "coo", *args, "-f", "pdf", "-o", "out.pdf"])
    assert result.exit_code == code, result.output
    no_traceback(result)
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert errors == [expected.format(tmp=tmp_path)]
    assert not (tmp_path / "out.pdf").exists()


# --------------------------------------------------------------- a batch goes on

BATCH_BOMBS = {  # file name -> bytes: one of each class
    "pixels.png": ib.png(20_000, 20_000, data=ib.pixels(8, 8)),
    "profile.png": ib.png(extra=ib.iccp(2_000_000)),
    "text.png": ib.png(extra=ib.ztxt(500_000)),
    "chunks.png": ib.png(extra=ib.chunk(b"tEXt", b"a\x00b") * 5_000),
    "scans.jpg": ib.jpeg(scans=500),
    "frame.jpg": ib.jpeg(30_000, 30_000),
    "profile.jpg": ib.jpeg(extra=ib.icc_segments(1_500_000)),
}


def _batch(folder: Path, bombs: dict[str, bytes]) -> Path:
    """A manifest of good postings with one posting per bomb between them."""
    (folder / "logo.jpg").write_bytes(JPEG_FILE.read_bytes())
    (folder / "good.yaml").write_text("name: Good Co\nlogo_file: logo.jpg\n", encoding="utf-8")
    lines = ['defaults: {date: 2026-11-25, formats: [pdf, md], location: "Denver, CO"}',
             "postings:", "  - {role: coo, company_file: good.yaml}"]
    for number, (name, data) in enumerate(bombs.items()):
        (folder / name).write_bytes(data)
        (folder / f"bad{number}.yaml").write_text(f"name: Bad {number}\nlogo_file: {name}\n",
                                                  encoding="utf-8")
        lines.append(f"  - {{role: coo, company_file: bad{number}.yaml}}")
    lines += ["  - {role: director-of-operations, company_file: good.yaml}",
              "  - {role: director-of-operations, company_name: Plain Co}"]
    path = folder / "postings.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD_PDFS = ["good-co-coo.pdf", "good-co-director-of-operations.pdf",
             "plain-co-director-of-operations.pdf"]


@pytest.mark.parametrize("workers", [1, 2])
def test_each_posting_with_a_bomb_fails_alone(tmp_path, workers):
    pytest.importorskip("typst")
    report = run_batch(_batch(tmp_path, BATCH_BOMBS), tmp_path / "site", Settings(),
                       workers=workers)
    assert report.failed == len(BATCH_BOMBS)
    failed = [row for row in report.postings if row["status"] == "failed"]
    for number, (row, name) in enumerate(zip(failed, BATCH_BOMBS, strict=True)):
        assert row["where"].endswith(f":{number + 4}:5"), row
        assert f"bad{number}.yaml: logo_file: " in row["error"] and f"/{name} " in row["error"]
    built = sorted(p.name for p in (tmp_path / "site").iterdir() if p.suffix == ".pdf")
    assert built == GOOD_PDFS


# ------------------------------------------ typst itself failing, in a child process

# A hole in the checks above is simulated by letting every picture through,
# with a lower memory limit for the typesetting processes so the bomb is small.
CHILD = """\
import sys
from pathlib import Path
sys.path.insert(0, {tests!r})
import imagebombs as ib
from jdgen.inputs import images
from jdgen.render import typstproc
checked = images.check_image
images.check_image = lambda data: ("png", 8, 8) if data.startswith(ib.SIGNATURE) else \\
    checked(data)
typstproc.MEMORY_LIMIT = 300 * 1024 ** 2
if {bomb}:
    Path("bomb.png").write_bytes(ib.png(8, 8, ib.iccp(400 * 1024 ** 2)))
"""


def _child(tmp_path: Path, body: str, bomb: bool = True) -> subprocess.CompletedProcess[str]:
    pytest.importorskip("typst")
    script = CHILD.format(tests=str(TESTS), bomb=bomb) + textwrap.dedent(body)
    return subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)


def test_typst_running_out_of_memory_is_one_error_line(tmp_path):
    done = _child(tmp_path, """\
        from jdgen.cli import main
        main(["build", "coo", "--company", "Acme", "--logo-file", "bomb.png", "-o", "a.pdf",
              "--date", "2026-11-25"])
        """)
    assert done.returncode == 1, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert errors == ["Error: could not typeset the PDF: typst ran out of memory "
                      "(the limit is 300 MB)"]
    assert "Traceback" not in done.stderr and "memory allocation" not in done.stderr
    assert not (tmp_path / "a.pdf").exists()


def test_typst_dying_in_a_batch_fails_one_posting(tmp_path):
    _batch(tmp_path, {"bomb.png": b""})  # the child writes the bomb
    done = _child(tmp_path, """\
        from jdgen.site.batch import Settings, run_batch
        for workers in (1, 2):
            report = run_batch(Path("postings.yaml"), Path(f"site{workers}"), Settings(),
                               workers=workers)
            errors = [row["error"] for row in report.postings if row["error"]]
            pdfs = sorted(p.name for p in Path(f"site{workers}").glob("*.pdf"))
            print(workers, report.failed, errors, len(pdfs))
        """)
    assert done.returncode == 0, done.stderr
    message = "could not typeset the PDF: typst ran out of memory (the limit is 300 MB)"
    assert done.stdout.splitlines() == [f"1 1 {[message]!r} 3", f"2 1 {[message]!r} 3"]
    assert "memory allocation" not in done.stderr


def test_a_killed_typesetting_process_is_replaced(tmp_path):
    done = _child(tmp_path, """\
        import os, signal
        from jdgen.render import pdf, typstproc
        from jdgen.render.docx import DocProperties, markdown_parser
        import datetime as dt
        props = DocProperties(title="T", subject="S", author="A", keywords=[],
                              date=dt.date(2026, 11, 25))
        source = pdf.pdf_source(markdown_parser().parse("# Title\\n\\nText.\\n"), props)
        first = pdf.typeset(source)
        for worker in list(typstproc._IDLE):
            os.kill(worker.process.pid, signal.SIGKILL)
            worker.process.wait()
        print(pdf.typeset(source) == first)
        """, bomb=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True"]


@pytest.mark.parametrize(("how", "bad"), [("SIGABRT", ["Bad Co"]),
                                         ("SIGKILL", ["Bad Co", "Bad Two", "Bad Three"])])
def test_a_dead_batch_worker_fails_its_posting_and_the_batch_goes_on(tmp_path, how, bad):
    _batch(tmp_path, {})
    lines = (tmp_path / "postings.yaml").read_text(encoding="utf-8").splitlines()
    for number, name in enumerate(bad):  # first, in the middle, and last
        lines.insert([3, 5, len(lines) + 1][number], f"  - {{role: coo, company_name: {name}}}")
    (tmp_path / "postings.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = _child(tmp_path, """\
        import os, signal
        from jdgen.site import batch

        real = batch.make_renderer

        def make_renderer(settings, typesetter=None):
            render = real(settings, typesetter)

            def dying(job):
                if job.company.name.startswith("Bad "):
                    os.kill(os.getpid(), {signal})
                return render(job)
            return dying

        batch.make_renderer = make_renderer
        report = batch.run_batch(Path("postings.yaml"), Path("site"), batch.Settings(),
                                 workers=2)
        print(report.failed, [row["error"] for row in report.postings if row["error"]])
        print(len(list(Path("site").glob("*.pdf"))))
        """.replace("{signal}", f"signal.{how}"), bomb=False)
    assert done.returncode == 0, done.stderr
    message = f"the worker process building this posting stopped ({how})"
    assert done.stdout.splitlines() == [f"{len(bad)} {[message] * len(bad)!r}", "3"]
    assert "BrokenProcessPool" not in done.stderr and "Traceback" not in done.stderr


def test_a_pdf_that_takes_too_long_fails_alone(tmp_path):
    done = _child(tmp_path, """\
        import datetime as dt
        from jdgen.errors import JdgenError
        from jdgen.render import pdf, typstproc
        from jdgen.render.docx import DocProperties, markdown_parser
        props = DocProperties(title="T", subject="S", author="A", keywords=[],
                              date=dt.date(2026, 11, 25))
        source = pdf.pdf_source(markdown_parser().parse("# Title\\n\\nText.\\n"), props)
        typstproc.TIME_LIMIT = 0.001
        try:
            pdf.typeset(source)
        except JdgenError as exc:
            print(exc.format_message())
        typstproc.TIME_LIMIT = 120
        print(pdf.typeset(source)[:5])
        """, bomb=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["could not typeset the PDF: it took more than 0 seconds",
                                        "b'%PDF-'"]


def test_a_typesetting_process_that_cannot_start_is_one_error(runner, tmp_path, monkeypatch):
    pytest.importorskip("typst")
    from jdgen.render import typstproc

    typstproc.stop_idle()
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-python"))
    result = runner.invoke(main, ["build", "coo", "--company", "Acme", "-f", "pdf", "-o",
                                  "a.pdf", "--date", "2026-11-25"])
    assert result.exit_code == 1
    no_traceback(result)
    assert result.stderr.splitlines()[-1] == ("Error: could not start the typesetting process: "
                                              "No such file or directory")
    assert not (tmp_path / "a.pdf").exists()
