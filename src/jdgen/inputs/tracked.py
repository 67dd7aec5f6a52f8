"""The files a build reads, so that no output, report or prune ever overwrites one.

Two rules, one per kind of build:

* a batch refuses an output folder that is, or holds, the folder of one of its
  input files (the manifest, a company file, the page template, the reference
  DOCX): every name it might write or prune there could be an input;
* every build refuses to write a file (an output with ``-o`` or ``--out``, or
  the ``--report``) that *is* one of its inputs, or that lies in a roles or
  templates folder it reads.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from jdgen.errors import JdgenError, OutputError


class UsageProblem(JdgenError):
    """A path given on the command line cannot be used (exit code 2, like click's own)."""

    exit_code = 2


def resolved(path: Path) -> Path:
    """``path`` made absolute with symbolic links followed (it need not exist)."""
    return Path(os.path.realpath(path))


def holds(folder: Path, path: Path) -> bool:
    """Whether ``folder`` is ``path``'s own folder or one of its parents."""
    out, parent = resolved(folder), resolved(path).parent
    return out == parent or out in parent.parents


class Inputs:
    """The files and folders one build reads, each with the words that name it."""

    def __init__(self) -> None:
        self._files: dict[Path, str] = {}
        self._folders: dict[Path, str] = {}
        self._names: dict[tuple[Path, str], str] = {}  # (folder, file name) -> its label

    def add(self, path: Path | None, label: str) -> None:
        if path is not None:
            real = resolved(path)
            self._files[real] = self._names[real.parent, real.name] = f"{label} {path}"

    def named(self, folder: Path, name: str) -> str | None:
        """What ``name`` in the (resolved) ``folder`` is, if it is an input file."""
        return self._names.get((folder, name))

    def add_folders(self, folders: Iterable[Path], label: str) -> None:
        for folder in folders:
            self._folders[resolved(folder)] = f"{label} {folder}"

    def files(self) -> list[tuple[Path, str]]:
        return list(self._files.items())

    def clash(self, path: Path) -> str | None:
        """What ``path`` is, if it is one of these inputs (or lies in an input folder)."""
        real = resolved(path)
        if real in self._files:
            return self._files[real]
        for folder, label in self._folders.items():
            if folder == real.parent or folder in real.parents:
                return f"inside the {label}"
        return None

    def refuse_write(self, path: Path, what: str, error: type[JdgenError] = OutputError) -> None:
        """Refuse to write ``what`` to ``path`` when that would overwrite an input."""
        found = self.clash(path)
        if found is not None:
            raise error(f"refusing to write {what} to {path}: it is the {found}, which this "
                        "build reads; choose another file")


def check_out_dir_is_separate(out_dir: Path, path: Path, label: str) -> None:
    """Refuse an output folder that is, or holds, the folder of the input file ``path``."""
    if holds(out_dir, path):
        raise OutputError(
            f"output folder {out_dir} holds the {label} {path}; a build could overwrite "
            f"it; choose a folder of its own, such as {out_dir / 'site'}"
        )
