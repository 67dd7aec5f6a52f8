"""Jinja's file loader, reading each template through the capped reader.

Jinja's own :class:`~jinja2.FileSystemLoader` reads a template file whole; this
one finds it the same way (regular files only, no ``..``), holds it to its
folder (a symbolic link may lead only to another file of the same folder), and
reads at most :data:`~jdgen.inputs.reading.MAX_TEMPLATE_BYTES`, so a huge file
in a user's templates folder fails with one line instead of filling memory.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Callable
from pathlib import Path

import jinja2
from jinja2.loaders import split_template_path

from jdgen.errors import TemplateError


def held_to_folder(path: Path, folder: Path) -> Path:
    """``path`` with every symbolic link followed, if that is still in ``folder``.

    A template in a templates folder may be a link to another file of that
    folder, never to a file elsewhere (``/proc/self/environ``, a secret in the
    home folder): that is one :class:`TemplateError` naming the file, and
    nothing is read. The file read is the one checked, by its resolved name.
    """
    try:
        real = path.resolve(strict=True)
        inside = real.is_relative_to(folder.resolve(strict=True))
    except (OSError, RuntimeError):  # gone, or a link loop
        raise TemplateError(f"{path}: cannot follow it to a file (a broken or looping "
                            "symbolic link)") from None
    if not inside:
        raise TemplateError(f"{path}: is a symbolic link to a file outside its templates "
                            f"folder {folder}; templates are read only from their own folder")
    return real


class CappedFileSystemLoader(jinja2.FileSystemLoader):
    """:class:`jinja2.FileSystemLoader` with a size cap on every template it reads."""

    def get_source(self, environment: jinja2.Environment,
                   template: str) -> tuple[str, str, Callable[[], bool]]:
        """The template's text, file name and up-to-date check, as Jinja expects."""
        from jdgen.inputs import reading
        pieces = split_template_path(template)
        for folder in self.searchpath:
            filename = posixpath.join(folder, *pieces)
            if os.path.isfile(filename):
                break
            if os.path.islink(filename):  # broken or looping: never the next folder's
                held_to_folder(Path(filename), Path(folder))
        else:
            raise jinja2.TemplateNotFound(template)
        real = held_to_folder(Path(filename), Path(folder))
        try:
            data = reading.read_limited(real, reading.MAX_TEMPLATE_BYTES, what="template")
        except reading.ReadFailure as exc:
            raise TemplateError(f"{filename}: {exc}") from None
        mtime = os.path.getmtime(filename)

        def uptodate() -> bool:
            try:
                return os.path.getmtime(filename) == mtime
            except OSError:
                return False

        return data.decode(self.encoding), os.path.normpath(filename), uptodate
