"""A tiny, deterministic zip writer that can reuse already-compressed entries.

A DOCX package is a zip of XML parts. Most parts (styles, theme, numbering,
settings ...) are the same for every document, so they are deflated once and
the compressed bytes are reused; only the body is compressed per document.

The bytes written are the ones :mod:`zipfile` writes for the same entries
(``ZIP_DEFLATED``, default level, fixed 1980-01-01 time, mode 0644, Unix
creator), so a package made here equals one made by ``zipfile`` entry for
entry. No zip64 and no data descriptors: a DOCX part is far below 4 GB.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

_VERSION = 20  # 2.0: deflate
_UNIX = 3
_DEFLATED = 8
_DOS_TIME = 0  # 00:00:00
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01
_MODE = 0o644 << 16
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_LIMIT = 0xFFFFFFFF


@dataclass(frozen=True)
class Entry:
    """One zip member, already deflated."""

    name: bytes
    crc: int
    size: int
    data: bytes


def deflate(name: str, content: bytes) -> Entry:
    """Compress ``content`` as the member ``name`` (raw deflate, zlib's default level)."""
    if len(content) >= _LIMIT:
        raise ValueError(f"{name}: part too large for a zip without zip64")
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    data = compressor.compress(content) + compressor.flush()
    return Entry(name.encode("ascii"), zlib.crc32(content), len(content), data)


def write_zip(entries: Iterable[Entry]) -> bytes:
    """The zip archive holding ``entries`` in the given order."""
    chunks: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for entry in entries:
        local = _LOCAL.pack(
            b"PK\x03\x04", _VERSION, 0, 0, _DEFLATED, _DOS_TIME, _DOS_DATE,
            entry.crc, len(entry.data), entry.size, len(entry.name), 0,
        )
        central.append(_CENTRAL.pack(
            b"PK\x01\x02", _VERSION, _UNIX, _VERSION, 0, 0, _DEFLATED, _DOS_TIME, _DOS_DATE,
            entry.crc, len(entry.data), entry.size, len(entry.name), 0, 0, 0, 0, _MODE, offset,
        ) + entry.name)
        chunks += (local, entry.name, entry.data)
        offset += len(local) + len(entry.name) + len(entry.data)
    directory = b"".join(central)
    end = _END.pack(b"PK\x05\x06", 0, 0, len(central), len(central), len(directory), offset, 0)
    return b"".join(chunks) + directory + end
