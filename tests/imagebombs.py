"""Small PNG and JPEG files, well-formed or hostile, built in memory for the image tests.

Each builder returns bytes of a few kilobytes at most: a bomb is a header
that promises much, or a compressed chunk that inflates to much, never a
big file.
"""

from __future__ import annotations

import struct
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def chunk(kind: bytes, body: bytes, crc: int | None = None) -> bytes:
    """One PNG chunk: length, name, body and checksum (a wrong one when ``crc`` is given)."""
    value = zlib.crc32(kind + body) if crc is None else crc
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", value)


def ihdr(width: int, height: int, depth: int = 8, colour: int = 2,
         interlace: int = 0) -> bytes:
    return chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0,
                                      interlace))


def pixels(width: int, height: int, fill: int = 0x80) -> bytes:
    """The IDAT chunk of an 8-bit RGB picture of one colour: tiny however big it is."""
    inflate = zlib.compressobj(9)
    row = b"\x00" + bytes([fill]) * (3 * width)
    out = [inflate.compress(row) for _ in range(height)]
    out.append(inflate.flush())
    return chunk(b"IDAT", b"".join(out))


def png(width: int = 8, height: int = 8, extra: bytes = b"", *, data: bytes | None = None,
        end: bytes | None = None) -> bytes:
    """A PNG of ``width`` by ``height``, with ``extra`` chunks before its image data."""
    body = pixels(width, height) if data is None else data
    tail = chunk(b"IEND", b"") if end is None else end
    return SIGNATURE + ihdr(width, height) + extra + body + tail


def zeros_inflating_to(size: int) -> bytes:
    """zlib data that inflates to ``size`` zero bytes (about a thousandth of that)."""
    inflate = zlib.compressobj(9)
    block = bytes(1 << 20)
    out = []
    left = size
    while left:
        piece = block[:min(left, len(block))]
        out.append(inflate.compress(piece))
        left -= len(piece)
    out.append(inflate.flush())
    return b"".join(out)


def iccp(profile_size: int) -> bytes:
    """An iCCP chunk whose compressed profile inflates to ``profile_size`` bytes."""
    return chunk(b"iCCP", b"icc\x00\x00" + zeros_inflating_to(profile_size))


def ztxt(size: int) -> bytes:
    return chunk(b"zTXt", b"Comment\x00\x00" + zeros_inflating_to(size))


def itxt(size: int) -> bytes:
    return chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x01\x00en\x00\x00" + zeros_inflating_to(size))


# ---------------------------------------------------------------------- JPEG


def segment(marker: int, body: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


def sof(width: int, height: int, marker: int = 0xC0, components: int = 3) -> bytes:
    body = struct.pack(">BHHB", 8, height, width, components)
    body += b"".join(bytes([index + 1, 0x11, 0]) for index in range(components))
    return segment(marker, body)


def sos(components: int = 3) -> bytes:
    body = bytes([components]) + b"".join(bytes([index + 1, 0]) for index in
                                            range(components)) + b"\x00\x3f\x00"
    return segment(0xDA, body) + b"\x12\x34\xff\x00\x56"  # entropy-coded data, stuffed 0xFF


def jpeg(width: int = 8, height: int = 8, *, frame: bytes | None = None, extra: bytes = b"",
         scans: int = 1) -> bytes:
    """A JPEG's marker structure (not a decodable picture) of ``width`` by ``height``."""
    head = segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    body = sof(width, height) if frame is None else frame
    return b"\xff\xd8" + head + extra + body + sos() * scans + b"\xff\xd9"


def icc_segments(total: int, piece: int = 65_000) -> bytes:
    """APP2 ICC_PROFILE segments carrying ``total`` bytes of profile."""
    count = -(-total // piece)
    out = []
    for number in range(count):
        size = min(piece, total - number * piece)
        counts = bytes([(number + 1) % 256, count % 256])
        out.append(segment(0xE2, b"ICC_PROFILE\x00" + counts + bytes(size)))
    return b"".join(out)
