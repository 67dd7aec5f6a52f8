"""Property tests for the files a build reads whole: logo images and workbooks.

Any bytes give a checked result or one clear error, never a crash, and what
passes the checks stays inside their bounds. Run the long profile with:
``pytest tests/test_fuzz_files.py --hypothesis-profile=long``
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

import imagebombs as ib
import workbookbombs as wb
from jdgen.errors import DataError
from jdgen.inputs.images import MAX_PIXELS, MAX_SIDE, check_image
from jdgen.inputs.xlsx import read_workbook

PNG_KINDS = [b"IHDR", b"PLTE", b"IDAT", b"IEND", b"iCCP", b"zTXt", b"iTXt", b"tEXt", b"gAMA",
             b"acTL", b"eXIf", b"sRGB", b"ABCD", b"x\x00yz"]
SIDES = st.one_of(st.integers(0, 64), st.integers(0, 2 ** 32 - 1),
                  st.sampled_from([MAX_SIDE, MAX_SIDE + 1, 4_000, 4_001]))


def _checked(data: bytes) -> None:
    """check_image's promise: a bounded size, or a ValueError phrased after a file name."""
    try:
        kind, width, height = check_image(data)
    except ValueError as exc:
        assert str(exc).startswith(("is ", "says ")), str(exc)
        return
    assert kind in ("png", "jpeg")
    assert 0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE
    assert width * height <= MAX_PIXELS


@st.composite
def png_chunks(draw: st.DrawFn) -> bytes:
    """A PNG of random chunks: real and made-up names, squeezed bodies, wrong checksums."""
    out = [ib.ihdr(draw(SIDES), draw(SIDES), draw(st.sampled_from([1, 2, 4, 8, 16, 3])),
                   draw(st.sampled_from([0, 2, 3, 4, 6, 5])), draw(st.integers(0, 2)))]
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(PNG_KINDS))
        choice = draw(st.integers(0, 3))
        if choice == 0:
            body = draw(st.binary(max_size=64))
        elif choice == 1:  # a keyword, flags and zlib data of a random size
            body = b"k\x00\x00" + zlib.compress(bytes(draw(st.integers(0, 300_000))))
        elif choice == 2:
            body = b"k\x00\x01\x00\x00\x00" + ib.zeros_inflating_to(draw(st.integers(0, 2_000_000)))
        else:
            body = b"k\x00\x00" + draw(st.binary(max_size=32))
        crc = draw(st.one_of(st.none(), st.integers(0, 2 ** 32 - 1)))
        out.append(ib.chunk(kind, body, crc))
    return ib.SIGNATURE + b"".join(out)


@given(png_chunks())
@example(ib.png(extra=ib.iccp(2_000_000)))
@example(ib.png(20_000, 20_000, data=ib.pixels(8, 8)))
def test_any_png_chunks_are_checked_or_refused(data):
    _checked(data)


@st.composite
def jpeg_segments(draw: st.DrawFn) -> bytes:
    """A JPEG of random marker segments: frames, scans, profiles, padding, stray bytes."""
    out = [b"\xff\xd8"]
    for _ in range(draw(st.integers(0, 10))):
        choice = draw(st.integers(0, 5))
        if choice == 0:
            out.append(ib.sof(draw(SIDES) & 0xFFFF, draw(SIDES) & 0xFFFF,
                              draw(st.sampled_from([0xC0, 0xC1, 0xC2, 0xC3, 0xC9, 0xCF])),
                              draw(st.sampled_from([1, 2, 3, 4]))))
        elif choice == 1:
            out.append(ib.sos() * draw(st.integers(1, 150)))
        elif choice == 2:
            out.append(ib.icc_segments(draw(st.integers(1, 1_200_000))))
        elif choice == 3:
            marker = draw(st.integers(0, 255))
            out.append(bytes([0xFF, marker]) + struct.pack(">H", draw(st.integers(0, 0xFFFF))))
        elif choice == 4:
            out.append(draw(st.binary(max_size=16)))
        else:
            out.append(b"\xff" * draw(st.integers(1, 4)) + b"\xd9")
    return b"".join(out)


@given(jpeg_segments())
@example(ib.jpeg(scans=500))
def test_any_jpeg_segments_are_checked_or_refused(data):
    _checked(data)


@given(st.sampled_from([ib.png(), ib.jpeg(), (Path(__file__).parent / "testdata" / "logo" /
                                                "acme-logo.jpg").read_bytes()]),
       st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=6),
       st.integers(0, 10_000))
def test_damaged_pictures_are_checked_or_refused(data, flips, cut):
    damaged = bytearray(data[:max(cut, 2)])
    for at, value in flips:
        if at < len(damaged):
            damaged[at] = value
    _checked(bytes(damaged))


# ------------------------------------------------------------------ workbooks

CELL_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)


@st.composite
def cells(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["s", "inlineStr", "n", "b", "str", "e", "d", "", "zz"]))
    ref = draw(st.one_of(st.none(), st.sampled_from(["A1", "B2", "CV9", "CW9", "XFD1", "XFE1",
                                                     "1", "", "a7", "AAAAAAAAA1"])))
    raw = draw(st.one_of(st.integers(-5, 3_000_000).map(str), CELL_TEXT,
                         st.sampled_from(["1.5", "1e308", "nan", "46351", "2026-11-25", ""])))
    body = draw(st.sampled_from(["v", "is", "f", "none"]))
    escaped = raw.replace("&", "&amp;").replace("<", "&lt;")
    inner = {"v": f"<v>{escaped}</v>", "is": f"<is><t>{escaped}</t></is>",
             "f": f"<f>{escaped}</f><v>1</v>", "none": ""}[body]
    attrs = (f' r="{ref}"' if ref is not None else "") + (f' t="{kind}"' if kind else "")
    attrs += draw(st.sampled_from(["", ' s="0"', ' s="1"', ' s="99"', ' s="x"']))
    return f"<c{attrs}>{inner}</c>"


@st.composite
def workbooks(draw: st.DrawFn) -> bytes:
    rows = []
    for number in range(draw(st.integers(0, 5))):
        row_ref = draw(st.sampled_from([f' r="{number + 1}"', "", ' r="30000"', ' r="x"']))
        rows.append(f"<row{row_ref}>{''.join(draw(st.lists(cells(), max_size=5)))}</row>")
    sheet = f'<worksheet xmlns="{wb.MAIN}"><sheetData>{"".join(rows)}</sheetData></worksheet>'
    strings = draw(st.one_of(st.none(), st.lists(CELL_TEXT, max_size=5).map(
        lambda items: wb.strings("".join(f"<si><t>{t.replace('&', '&amp;').replace('<', '&lt;')}"
                                         "</t></si>" for t in items)))))
    styles = draw(st.one_of(st.none(), st.sampled_from([
        wb.styles('<cellXfs><xf/><xf numFmtId="14"/></cellXfs>'),
        wb.styles('<numFmts><numFmt numFmtId="164" formatCode="[h]:mm"/></numFmts>'
                  '<cellXfs><xf numFmtId="164"/><xf numFmtId="q"/></cellXfs>'),
        "<styleSheet", ""])))
    return wb.workbook(sheet, strings=strings, styles=styles)


def _read(data: bytes) -> None:
    """read_workbook's promise: rows of text, or one DataError naming the file."""
    path = Path("fuzz.xlsx")
    try:
        rows = read_workbook(path, data, max_rows=20_000, max_columns=100, max_cell=10_000,
                             max_unpacked=200_000_000)
    except DataError as exc:
        assert len(exc.problems) == 1 and exc.problems[0].startswith(f"{path}: ")
        return
    for number, values in rows:
        assert 1 <= number <= 20_001 and len(values) <= 100
        assert all(value is None or isinstance(value, str) for value in values)


@given(workbooks())
def test_any_workbook_parts_are_read_or_refused(data):
    _read(data)


@given(st.integers(0, 4), st.integers(0, 400), st.binary(min_size=1, max_size=8))
def test_damaged_workbook_parts_are_read_or_refused(part, at, junk):
    good = wb.workbook(strings=wb.strings("<si><t>x</t></si>"),
                       styles=wb.styles('<cellXfs><xf numFmtId="14"/></cellXfs>'))
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        names = archive.namelist()
        parts = {name: archive.read(name) for name in names}
    name = names[part % len(names)]
    text = parts[name]
    parts[name] = text[:at] + junk + text[at + len(junk):]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for key, value in parts.items():
            archive.writestr(key, value)
    _read(buffer.getvalue())
    _read(good[:at * 10] + junk + good[at * 10 + len(junk):])
