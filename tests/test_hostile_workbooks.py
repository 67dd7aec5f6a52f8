"""Workbook bombs: each part of a workbook is bounded before it can cost memory or minutes.

The workbooks are written part by part in memory (see ``workbookbombs``); the
biggest is a few hundred kilobytes. Memory is measured with tracemalloc, and
each bomb must be refused in well under the time the issue's bombs took.
"""

from __future__ import annotations

import re
import time
import tracemalloc
from pathlib import Path

import pytest

import workbookbombs as wb
from batchfiles import no_traceback
from jdgen.cli import main
from jdgen.errors import DataError
from jdgen.inputs.sheets import read_rows
from jdgen.site.batch import Settings, run_batch

SAY = "cannot read the workbook: "

BOMBS = [  # (a builder of the workbook, what the error says): built when its test runs
    # The three bombs of issue 28: styles, fonts, shared strings (4,000,000, not 9,000,000).
    (lambda: wb.workbook(styles=wb.styles("<cellXfs>" + '<xf numFmtId="0"/>' * 3_000_000
                                          + "</cellXfs>")),
     "its part xl/styles.xml unpacks to 54,000,"),
    (lambda: wb.workbook(styles=wb.styles("<fonts>" + "<font/>" * 2_000_000 + "</fonts>")),
     "its part xl/styles.xml holds more than 1,000,000 tags"),
    (lambda: wb.workbook(wb.shared_sheet(0), strings=wb.strings("<si><t>a</t></si>" * 4_000_000)),
     "its part xl/sharedStrings.xml unpacks to 68,000,"),
    # Our own variants: just under the size caps, over the counts.
    (lambda: wb.workbook(styles=wb.styles("<cellXfs>" + "<xf/>" * 70_000 + "</cellXfs>")),
     "it has more than 65,000 cell styles"),
    (lambda: wb.workbook(styles=wb.styles("<numFmts>" + "".join(
        f'<numFmt numFmtId="{i}" formatCode="0"/>' for i in range(1_200)) + "</numFmts>")),
     "it has more than 1,000 number formats"),
    (lambda: wb.workbook(wb.shared_sheet(3_000_000), strings=wb.strings("<si><t>a</t></si>")),
     "a cell names shared string 3000000; the limit is one per cell"),
    (lambda: wb.workbook(wb.shared_sheet(1_999_999), strings=wb.strings(
        "<si><t>a</t></si>" * 2_000_000)),
     "a cell names shared string 1,999,999, though the sheet has 1 such cells"),
    (lambda: wb.workbook(wb.shared_sheet(5), strings=wb.strings("<si><t>a</t></si>" * 3)),
     "a cell names shared string 5, but it has only 3"),
    (lambda: wb.workbook(wb.shared_sheet(1), strings=wb.strings(
        "<si><t>" + "a" * 20_000_001 + "</t></si><si><t>b</t></si>")),
     "its shared strings hold more than 20,000,000 characters"),
    (lambda: wb.workbook(wb.sheet(extra="<row/>" * 100_001)), "more than 100,000 rows"),
    (lambda: wb.workbook(wb.sheet(extra='<row r="9">' + "<c/>" * 17_000 + "</row>")),
     "row 9 of its sheet has more than 16,384 columns"),
    (lambda: wb.workbook(wb.sheet(extra='<row r="9">' + "<c/>" * 12_000_000 + "</row>")),
     "its part xl/worksheets/sheet1.xml holds more than 12,000,000 tags"),
    (lambda: wb.workbook(wb.sheet(extra=f'<row r="9">{wb.cell("XFE9", "x")}</row>')),
     "a cell's reference 'XFE9' names no column of a sheet"),
    (lambda: wb.workbook(wb.sheet(extra='<row r="9"><c r="B9" t="n"><v>lots</v></c></row>')),
     "a cell holds 'lots' as a number"),
    (lambda: wb.workbook(wb.shared_sheet(0)), "its cells name shared strings, but it has none"),
    (lambda: wb.workbook('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
                 '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet/>'),
     "its part xl/worksheets/sheet1.xml declares a document type"),
    (lambda: wb.workbook(book='<!DOCTYPE w SYSTEM "file:///etc/passwd"><workbook/>'),
     "its part xl/workbook.xml declares a document type"),
    (lambda: wb.workbook("<worksheet><sheetData>"), "its part xl/worksheets/sheet1.xml is not "
     "well-formed XML"),
    (lambda: wb.lying_size(wb.workbook(), "xl/worksheets/sheet1.xml", 40),
     "its part xl/worksheets/sheet1.xml is"),
    (lambda: wb.workbook(book=f'<workbook xmlns="{wb.MAIN}"><sheets/></workbook>'),
     "it has no sheet"),
    (lambda: wb.workbook(book=f'<workbook xmlns="{wb.MAIN}" xmlns:r="{wb.DOC}"><sheets><sheet '
                      'name="postings" r:id="rId7"/></sheets></workbook>'),
     "the sheet 'postings' has no part"),
    (lambda: wb.workbook(more={"xl/worksheets/sheet1.xml": b"<" * 12_000_001}),
     "holds more than 12,000,000 tags"),
]


@pytest.mark.parametrize(("build", "message"), BOMBS,
                         ids=[f"{n}-{m[:30]}" for n, (_, m) in enumerate(BOMBS)])
def test_workbook_bombs_are_refused_quickly_in_little_memory(tmp_path, build, message):
    data = build()
    assert len(data) < 800_000
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(data)
    tracemalloc.start()
    start = time.perf_counter()
    try:
        with pytest.raises(DataError) as caught:
            read_rows(path)
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    (problem,) = caught.value.problems
    assert problem.startswith(f"{path}: {SAY}") and problem.endswith(
        "; save it again as 'Excel Workbook' or as CSV"), problem
    assert message in problem
    assert peak < 60_000_000, f"{peak:,} bytes"  # the workbook itself, and a megabyte at a time
    assert seconds < 30, seconds  # traced, on a busy machine; the bombs took 42-74 s


def test_too_many_parts_is_refused_from_the_zip_end_record(tmp_path):
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for number in range(10_001):
            archive.writestr(f"x/{number}", b"")
    path = tmp_path / "many.xlsx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(DataError, match=re.escape(f"{path}: the workbook has more than 10,000 "
                                                  "parts")):
        read_rows(path)


@pytest.mark.parametrize(("row", "column"), [(["coo", "Acme", "Denver, CO"] + [""] * 97
                                              + ["x"], "CW"),
                                             (["coo", "Acme"] + [""] * 200 + ["x"], "GU")])
def test_a_value_past_the_last_column_is_an_error_as_in_a_csv(tmp_path, row, column):
    path = tmp_path / "wide.xlsx"
    path.write_bytes(wb.workbook(wb.sheet([row])))
    with pytest.raises(DataError, match=re.escape(
            f"{path}: row 2, column {column}: a value past column CV; a sheet may have at most "
            "100 columns")):
        read_rows(path)


def test_blank_cells_far_right_and_styled_rows_are_fine(tmp_path):
    path = tmp_path / "ok.xlsx"
    extra = '<row r="4"><c r="XFD4" s="0"/></row><row r="30000" s="1" customFormat="1"/>'
    path.write_bytes(wb.workbook(wb.sheet(extra=extra)))
    assert read_rows(path) == [(1, wb.HEADER), (2, wb.GOOD[0]), (3, wb.GOOD[1])]


def test_shared_strings_rich_text_and_dates_read_as_before(tmp_path):
    strings = wb.strings("<si><t>role</t></si><si><r><t>co</t></r><r><t>o</t></r>"
                         "<rPh><t>ignored</t></rPh></si><si><t>date</t></si>")
    styles = wb.styles('<numFmts><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>'
                       '</numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/>'
                       '<xf numFmtId="14"/></cellXfs>')
    sheet = (f'<worksheet xmlns="{wb.MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v>'
             '</c><c r="B1" t="s"><v>2</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c>'
             '<c r="B2" s="1"><v>46351</v></c><c r="C2" s="2"><v>46351.5</v></c>'
             '<c r="D2"><v>40.0</v></c><c r="E2" t="b"><v>1</v></c><c r="F2"><v>1.25</v></c>'
             "</row></sheetData></worksheet>")
    path = tmp_path / "t.xlsx"
    path.write_bytes(wb.workbook(sheet, strings=strings, styles=styles))
    assert read_rows(path) == [(1, ["role", "date"]),
                               (2, ["coo", "2026-11-25", "2026-11-25T12:00:00", "40", "true",
                                    "1.25"])]


def test_a_batch_of_workbooks_with_bombs_fails_only_them(runner, tmp_path):
    """A manifest is one input: its bomb is one error, and the other manifests build."""
    (tmp_path / "good.xlsx").write_bytes(wb.workbook())
    for number, (build, message) in enumerate(BOMBS[3:7]):
        (tmp_path / f"bomb{number}.xlsx").write_bytes(build())
        result = runner.invoke(main, ["build", "--manifest", f"bomb{number}.xlsx", "--out",
                                      f"site{number}"])
        assert result.exit_code == 1, result.output
        no_traceback(result)
        assert message in result.stderr
    for workers in (1, 2):
        report = run_batch(Path("good.xlsx"), tmp_path / f"good{workers}", Settings(),
                           workers=workers)
        assert report.failed == 0
        assert sorted(p.name for p in (tmp_path / f"good{workers}").glob("*.md")) == [
            "acme-coo.md", "birch-labs-director-of-operations.md", "index.md"]


def test_a_huge_cell_is_stopped_as_it_is_read(tmp_path):
    path = tmp_path / "long.xlsx"
    path.write_bytes(wb.workbook(wb.sheet([["coo", "a" * 30_000_000]])))
    tracemalloc.start()
    try:
        with pytest.raises(DataError, match=re.escape(
                f"{path}: row 2, column B: more than 10,000 characters; the limit is 10,000")):
            read_rows(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 60_000_000, f"{peak:,} bytes"
