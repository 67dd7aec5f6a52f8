"""What a logo's image decodes to, bounded from its bytes before any decoder sees them.

A PNG or JPEG of two megabytes can ask its decoder for gigabytes: a huge
canvas, a compressed colour profile or text chunk that inflates without end,
thousands of progressive scans. :func:`check_image` walks every PNG chunk or
JPEG marker segment and refuses an image whose decoding is not bounded by
the caps below, naming what is wrong; only the chunks' own lengths are read,
and a compressed chunk is inflated at most one byte past its cap.
"""

from __future__ import annotations

import struct
import zlib
from typing import Literal

__all__ = ["MAX_ANCILLARY", "MAX_CHUNKS", "MAX_ICC", "MAX_PIXELS", "MAX_SCANS", "MAX_SIDE",
           "MAX_TEXT", "Kind", "check_image"]

Kind = Literal["png", "jpeg"]

MAX_SIDE = 20_000  # pixels each way
MAX_PIXELS = 16_000_000  # width x height: 4,000 by 4,000, or a 8,000 by 2,000 banner
MAX_CHUNKS = 4_096  # PNG chunks, or JPEG marker segments
MAX_ANCILLARY = 1_000_000  # bytes of PNG chunks other than the image data, together
MAX_ICC = 1_000_000  # bytes of colour profile, once inflated (PNG) or joined (JPEG)
MAX_TEXT = 100_000  # bytes of one PNG text chunk, once inflated
MAX_SCANS = 100  # JPEG scans: a progressive file has about ten

_PNG = b"\x89PNG\r\n\x1a\n"
_PNG_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
_PNG_CRITICAL = frozenset({b"IHDR", b"PLTE", b"IDAT", b"IEND"})
# JPEG frames a decoder reads: baseline, extended and progressive, Huffman-coded.
_SOF_READ = frozenset({0xC0, 0xC1, 0xC2})
_SOF_ANY = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # markers with no length


def check_image(data: bytes) -> tuple[Kind, int, int]:
    """The kind and pixel size of a PNG or JPEG whose decoding is bounded.

    A ValueError says what is wrong, as a phrase that follows the file's name
    (``"is a damaged PNG (...)"``).
    """
    if data.startswith(_PNG):
        return "png", *_png(data)
    if data.startswith(b"\xff\xd8"):
        return "jpeg", *_jpeg(data)
    raise ValueError("is not a PNG or JPEG image; save the logo as one of those")


def _size(width: int, height: int) -> tuple[int, int]:
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
        raise ValueError(f"says it is {width} by {height} pixels; a logo must be between 1 "
                         f"and {MAX_SIDE:,} pixels each way")
    if width * height > MAX_PIXELS:
        raise ValueError(f"is {width} by {height} pixels ({width * height:,} in all); a logo "
                         f"may have at most {MAX_PIXELS:,}: save it smaller")
    return width, height


def _inflated(data: bytes, cap: int, what: str) -> int:
    """The size ``data`` inflates to (zlib), inflating at most ``cap + 1`` bytes."""
    inflate = zlib.decompressobj()
    try:
        out = inflate.decompress(data, cap + 1)
    except zlib.error:
        raise ValueError(f"is a damaged PNG (its {what} does not inflate)") from None
    if len(out) > cap:
        raise ValueError(f"is a PNG whose {what} inflates to more than {cap:,} bytes")
    if not inflate.eof:
        raise ValueError(f"is a damaged PNG (its {what} is cut short)")
    return len(out)


# ------------------------------------------------------------------------ PNG


def _png(data: bytes) -> tuple[int, int]:
    def damaged(why: str) -> ValueError:
        return ValueError(f"is a damaged PNG ({why})")

    at, count, ancillary = len(_PNG), 0, 0
    size: tuple[int, int] | None = None
    seen: set[bytes] = set()
    data_done = False  # the IDAT chunks are over (they must follow one another)
    while True:
        if at + 12 > len(data):
            raise damaged("it ends before its last chunk" if size else "no image header")
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if length > len(data) or len(body) != length or at + 12 + length > len(data):
            raise damaged("a chunk runs past the end of the file" if size
                          else "no image header")
        (crc,) = struct.unpack(">I", data[at + 8 + length:at + 12 + length])
        at += 12 + length
        count += 1
        if count > MAX_CHUNKS:
            raise ValueError(f"is a PNG of more than {MAX_CHUNKS:,} chunks")
        if not kind.isalpha() or not kind.isascii():
            raise damaged("a chunk has no proper name")
        name = kind.decode("ascii")
        if zlib.crc32(kind + body) != crc:
            raise damaged(f"the {name} chunk fails its checksum")
        if size is None:
            if kind != b"IHDR" or length != 13:
                raise damaged("no image header")
            size = _png_header(body)
            continue
        if kind == b"IEND":
            break
        if kind == b"IDAT":
            if data_done:
                raise damaged("its image data is split by other chunks")
            seen.add(kind)
            continue
        if b"IDAT" in seen:
            data_done = True
        if kind in _PNG_CRITICAL:
            if kind in seen or kind == b"IHDR":
                raise damaged(f"a second {name} chunk")
            if length % 3 or not 0 < length <= 768:
                raise damaged("its palette is not a whole number of colours, 1 to 256")
            seen.add(kind)
            continue
        if kind[0:1].isupper():
            raise ValueError(f"is a PNG with a chunk no decoder knows ({name}); save it again "
                             "as a plain PNG")
        if kind in (b"acTL", b"fcTL", b"fdAT"):
            raise ValueError("is an animated PNG; a logo must be a still image")
        ancillary += length
        if ancillary > MAX_ANCILLARY:
            raise ValueError(f"is a PNG with more than {MAX_ANCILLARY:,} bytes of chunks "
                             "besides the picture; save it without its metadata")
        _png_extra(kind, body)
    if b"IDAT" not in seen:
        raise damaged("no image data")
    return size


def _png_header(body: bytes) -> tuple[int, int]:
    width, height, depth, colour, compression, filtering, interlace = struct.unpack(
        ">IIBBBBB", body)
    size = _size(width, height)
    if depth not in _PNG_DEPTHS.get(colour, ()):
        raise ValueError(f"is a damaged PNG (colour type {colour} with {depth}-bit samples)")
    if compression or filtering or interlace > 1:
        raise ValueError("is a damaged PNG (an unknown compression, filter or interlace)")
    return size


def _png_extra(kind: bytes, body: bytes) -> None:
    """Bound what a decoder inflates from an ancillary chunk: a profile or compressed text."""
    if kind == b"iCCP":
        name_end = body.find(b"\x00")
        if not 0 < name_end <= 79 or len(body) < name_end + 2 or body[name_end + 1] != 0:
            raise ValueError("is a damaged PNG (its colour profile chunk)")
        _inflated(body[name_end + 2:], MAX_ICC, "colour profile")
    elif kind == b"zTXt":
        name_end = body.find(b"\x00")
        if name_end < 0 or len(body) < name_end + 2:
            raise ValueError("is a damaged PNG (a compressed text chunk)")
        _inflated(body[name_end + 2:], MAX_TEXT, "compressed text")
    elif kind == b"iTXt":
        name_end = body.find(b"\x00")
        if name_end < 0 or len(body) < name_end + 3:
            raise ValueError("is a damaged PNG (an international text chunk)")
        compressed = body[name_end + 1]
        rest = body[name_end + 3:]
        language_end = rest.find(b"\x00")
        keyword_end = rest.find(b"\x00", language_end + 1) if language_end >= 0 else -1
        if keyword_end < 0:
            raise ValueError("is a damaged PNG (an international text chunk)")
        if compressed:
            _inflated(rest[keyword_end + 1:], MAX_TEXT, "compressed text")


# ----------------------------------------------------------------------- JPEG


def _jpeg(data: bytes) -> tuple[int, int]:
    def damaged(why: str) -> ValueError:
        return ValueError(f"is a damaged JPEG ({why})")

    at, count, scans, icc = 2, 0, 0, 0
    size: tuple[int, int] | None = None
    while at < len(data):
        if data[at] != 0xFF:
            if size is None:
                break
            raise damaged("stray bytes between its segments")
        marker = data[at + 1] if at + 1 < len(data) else 0xFF
        if marker == 0xFF:  # padding before a marker
            at += 1
            continue
        if marker == 0xD9:  # end of image
            break
        if marker in _STANDALONE:
            at += 2
            continue
        if at + 4 > len(data):
            break
        (length,) = struct.unpack(">H", data[at + 2:at + 4])
        body = data[at + 4:at + 2 + length]
        if length < 2 or len(body) != length - 2:
            if size is None:
                break
            raise damaged("a segment runs past the end of the file")
        count += 1
        if count > MAX_CHUNKS:
            raise ValueError(f"is a JPEG of more than {MAX_CHUNKS:,} segments")
        at += 2 + length
        if marker in _SOF_ANY:
            if size is not None:
                raise damaged("a second frame header")
            size = _jpeg_frame(marker, body)
        elif marker == 0xE2 and body.startswith(b"ICC_PROFILE\x00"):
            icc += len(body) - 14
            if icc > MAX_ICC:
                raise ValueError(f"is a JPEG whose colour profile is more than {MAX_ICC:,} "
                                 "bytes")
        elif marker == 0xDA:
            if size is None:
                raise damaged("a scan before its frame header")
            scans += 1
            if scans > MAX_SCANS:
                raise ValueError(f"is a JPEG of more than {MAX_SCANS} scans; save it again "
                                 "as a baseline JPEG")
            at = _scan_end(data, at)
    if size is None:
        raise damaged("no frame header")
    if not scans:
        raise damaged("no image data")
    return size


def _jpeg_frame(marker: int, body: bytes) -> tuple[int, int]:
    if len(body) < 6:
        raise ValueError("is a damaged JPEG (a short frame header)")
    precision, height, width, components = struct.unpack(">BHHB", body[:6])
    if height == 0:
        raise ValueError("is a JPEG that gives its height only after the image data; save "
                         "it again as a baseline JPEG")
    size = _size(width, height)
    if marker not in _SOF_READ:
        raise ValueError("is a lossless, hierarchical or arithmetic-coded JPEG; save it "
                         "again as a baseline JPEG")
    if precision not in (8, 12) or components not in (1, 3, 4) \
            or len(body) != 6 + 3 * components:
        raise ValueError("is a damaged JPEG (its frame header)")
    for index in range(components):
        sampling = body[6 + 3 * index + 1]
        if not (1 <= sampling >> 4 <= 4 and 1 <= sampling & 15 <= 4):
            raise ValueError("is a damaged JPEG (its sampling factors)")
    return size


def _scan_end(data: bytes, at: int) -> int:
    """Where the marker after a scan's entropy-coded data starts (or the end of ``data``)."""
    while True:
        at = data.find(b"\xff", at)
        if at < 0 or at + 1 >= len(data):
            return len(data)
        following = data[at + 1]
        if following == 0 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            at += 1 if following == 0xFF else 2
            continue
        return at
