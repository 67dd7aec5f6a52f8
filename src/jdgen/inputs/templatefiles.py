"""Jinja's file loader, reading each template through the capped reader.

Jinja's own :class:`~jinja2.FileSystemLoader` reads a template file whole; this
one finds it the same way (regular files only, no ``..``) and reads at most
:data:`~jdgen.inputs.reading.MAX_TEMPLATE_BYTES`, so a huge file in a user's
templates folder fails with one line instead of filling memory.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Callable
from pathlib import Path

import jinja2
from jinja2.loaders import split_template_path

from jdgen.errors import TemplateError


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
        else:
            raise jinja2.TemplateNotFound(template)
        try:
            data = reading.read_limited(Path(filename), reading.MAX_TEMPLATE_BYTES,
                                        what="template")
        except reading.ReadFailure as exc:
            raise TemplateError(f"{filename}: {exc}") from None
        mtime = os.path.getmtime(filename)

        def uptodate() -> bool:
            try:
                return os.path.getmtime(filename) == mtime
            except OSError:
                return False

        return data.decode(self.encoding), os.path.normpath(filename), uptodate
