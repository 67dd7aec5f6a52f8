"""A company's logo for the Word and PDF documents: a PNG or JPEG file, checked once.

A logo on a careers site is an address (``logo:``), which jdgen never fetches.
The documents need the picture itself, so a company file names a file
(``logo_file:``, relative to the company file) or a build gives
``--logo-file``. The file is read whole, at most :data:`MAX_LOGO_BYTES`, and
must be a PNG or JPEG whose header gives its size in pixels: that is all the
documents need to place it at a fixed height, keeping its shape.
"""

from __future__ import annotations

import functools
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from jdgen.errors import DataError

if TYPE_CHECKING:
    from jdgen.models import Company

__all__ = ["MAX_LOGO_BYTES", "Logo", "image_size", "read_logo", "with_logo"]

MAX_LOGO_BYTES = 2_000_000
_PNG = b"\x89PNG\r\n\x1a\n"
# JPEG markers that start a frame and give its size (SOF0-SOF15, less DHT, JPG, DAC).
_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}

Kind = Literal["png", "jpeg"]


@dataclass(frozen=True)
class Logo:
    """A logo's bytes, what kind of image they are and its size in pixels."""

    data: bytes
    kind: Kind
    width: int
    height: int


def with_logo(profile: Path, company: Company, within: Path | None = None) -> Company:
    """``company``, read from ``profile``, with its ``logo_file`` checked and made absolute.

    With ``within`` (a manifest's folder), a logo outside it (after links are
    followed) is refused unread. Errors name the profile and the field.
    """
    if company.logo_file is None:
        return company
    from jdgen.inputs.reading import is_inside

    logo = profile.parent / company.logo_file  # as written, relative to the profile
    if within is not None and not is_inside(logo, within):
        raise DataError([f"{profile}: logo_file: '{company.logo_file}' is outside the "
                         "manifest's folder; a manifest may use only files in its own folder "
                         "or below (--allow-outside allows others)"])
    try:
        read_logo(logo)
    except DataError as exc:
        raise DataError([f"{profile}: logo_file: {problem}" for problem in exc.problems]) from None
    return company.model_copy(update={"logo_file": str(logo)})


def read_logo(path: Path) -> Logo:
    """The logo at ``path``; a DataError naming the file if it is not one."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise DataError([f"{path}: not found"]) from None
    except OSError as exc:
        raise DataError([f"{path}: cannot read it: {exc.strerror or exc}"]) from None
    if not os.path.isfile(path):  # a folder, a device or a pipe: never opened
        raise DataError([f"{path} is not a file"])
    return _read(str(path), info.st_mtime_ns, info.st_size)


@functools.lru_cache(maxsize=32)
def _read(path: str, mtime: int, size: int) -> Logo:
    """The logo file as it is at (``mtime``, ``size``): a batch reads each one once."""
    from jdgen.inputs.reading import ReadFailure, read_limited

    try:
        data = read_limited(Path(path), MAX_LOGO_BYTES, what="logo")
    except ReadFailure as exc:
        raise DataError([f"{path}: {exc}"]) from None
    try:
        kind, width, height = image_size(data)
    except ValueError as exc:
        raise DataError([f"{path} {exc}"]) from None
    return Logo(data, kind, width, height)


def image_size(data: bytes) -> tuple[Kind, int, int]:
    """The kind and pixel size of a PNG or JPEG; ValueError saying what is wrong."""
    if data.startswith(_PNG):
        if len(data) < 24 or data[12:16] != b"IHDR":
            raise ValueError("is a damaged PNG (no image header)")
        width, height = struct.unpack(">II", data[16:24])
        return "png", *_checked(width, height)
    if data.startswith(b"\xff\xd8"):
        return "jpeg", *_checked(*_jpeg_size(data))
    raise ValueError("is not a PNG or JPEG image; save the logo as one of those")


def _jpeg_size(data: bytes) -> tuple[int, int]:
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            break
        marker = data[at + 1]
        if marker == 0xFF:  # padding before a marker
            at += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # markers with no length
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2:at + 4])
        if marker in _FRAMES and at + 9 <= len(data):
            height, width = struct.unpack(">HH", data[at + 5:at + 9])
            return width, height
        if length < 2:
            break
        at += 2 + length
    raise ValueError("is a damaged JPEG (no frame header)")


def _checked(width: int, height: int) -> tuple[int, int]:
    if not (0 < width <= 20_000 and 0 < height <= 20_000):
        raise ValueError(f"says it is {width} by {height} pixels; a logo must be between 1 "
                         "and 20,000 pixels each way")
    return width, height
