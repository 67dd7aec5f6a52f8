"""A company's logo for the Word and PDF documents: a PNG or JPEG file, checked once.

A logo on a careers site is an address (``logo:``), which jdgen never fetches.
The documents need the picture itself, so a company file names a file
(``logo_file:``, relative to the company file) or a build gives
``--logo-file``. The file is read whole, at most :data:`MAX_LOGO_BYTES`, and
must be a PNG or JPEG whose header gives its size in pixels: that is all the
documents need to place it at a fixed height, keeping its shape. Every chunk
of it is walked first, so a picture that would make its decoder build more
than a logo needs is refused before one sees it (:mod:`jdgen.inputs.images`).
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jdgen.errors import DataError
from jdgen.inputs.images import Kind

if TYPE_CHECKING:
    from jdgen.models import Company

__all__ = ["MAX_LOGO_BYTES", "Logo", "image_size", "read_logo", "with_logo"]

MAX_LOGO_BYTES = 2_000_000


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
    """The kind and pixel size of a PNG or JPEG; ValueError saying what is wrong.

    Every chunk or segment is walked first (see :mod:`jdgen.inputs.images`), so
    a picture that would ask its decoder for more than a logo needs is refused
    here, before any decoder sees it.
    """
    from jdgen.inputs.images import check_image

    return check_image(data)
