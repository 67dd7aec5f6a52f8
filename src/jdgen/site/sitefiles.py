"""The output folder of a batch: its index, its record of what jdgen wrote, safe writes.

jdgen keeps a small record (``.jdgen-files.json``) of the files it wrote into a
folder, so a later build can report and ``--prune`` postings that left the
manifest without ever touching files it did not write.

What a batch must remember of every posting until its end (its row in the
report, its entry in the index) waits in a :class:`Spool` on disk, so memory
does not grow with the manifest.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import tempfile
import weakref
from array import array
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from jdgen.errors import OutputError

if TYPE_CHECKING:
    from jdgen.site.settings import SiteLook

INDEX_JSON = "index.json"
STATE_FILE = ".jdgen-files.json"  # what jdgen wrote here: orphans are found through it
OUTPUT_SUFFIXES = {".md", ".docx", ".html", ".json"}

Page = Callable[[Iterable[dict[str, Any]]], bytes]


def index_pages(formats: Collection[str], look: SiteLook | None = None,
                templates_dirs: Sequence[Path] = ()) -> list[tuple[str, Page]]:
    """index.json always; index.md and index.html when those formats are built.

    With HTML pages and a site ``base_url``, also sitemap.xml and the feeds
    the site asks for (feed.xml by default; indeed.xml, linkedin.xml).
    Each page is made from the entries when it is written, one page at a time.
    """
    from jdgen.site.index import index_json, index_markdown
    from jdgen.site.settings import look as default_look

    look = look or default_look(None)
    pages: list[tuple[str, Page]] = [(INDEX_JSON, index_json)]
    if "md" in formats:
        pages.append(("index.md", partial(index_markdown, title=look.title)))
    if "html" in formats:
        from jdgen.site.indexpage import index_html

        pages.append(("index.html", partial(index_html, look=look,
                                            css=index_css(look, templates_dirs))))
        if look.base_url:
            from jdgen.site.feeds import FEED, SITEMAP, atom_feed, sitemap

            pages.append((SITEMAP, partial(sitemap, look=look)))
            if "atom" in look.feeds:
                pages.append((FEED, partial(atom_feed, look=look)))
            if look.boards:
                from jdgen.site.boards import INDEED, LINKEDIN, indeed_feed, linkedin_feed

                boards = {"indeed": (INDEED, indeed_feed), "linkedin": (LINKEDIN, linkedin_feed)}
                for board in look.boards:
                    name, make = boards[board]
                    pages.append((name, partial(make, look=look)))
    return pages


def index_css(look: SiteLook, templates_dirs: Sequence[Path] = ()) -> str:
    """The index page's style sheet, from templates/index.css.j2 (which a user may override)."""
    from jdgen.inputs.discovery import search_path
    from jdgen.render.html import make_page_environment
    from jdgen.render.templating import render

    env = make_page_environment(search_path("templates", templates_dirs))
    return render(env, "index.css.j2", look=look)


class Spool:
    """JSON records in an unnamed temporary file, read back in order or by number.

    The file is made on the first record and vanishes when the spool is
    closed or dropped (or the process ends). Where no temporary file can be
    made, the records stay in memory.
    """

    def __init__(self) -> None:
        self._file: IO[bytes] | None = None
        self._ends = array("q")  # where each record ends in the file
        self._size = 0
        self._closer: weakref.finalize[Any, Any] | None = None

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._closer is not None:
            self._closer()

    def _opened(self) -> IO[bytes]:
        if self._file is None:
            try:
                self._file = tempfile.TemporaryFile()
            except OSError:
                self._file = io.BytesIO()
            self._closer = weakref.finalize(self, _close_quietly, self._file)
        return self._file

    def append(self, record: Any) -> None:
        self.append_raw(json.dumps(record).encode("ascii"))

    def append_raw(self, line: bytes) -> None:
        """Add a record already written as one line of JSON (ASCII, no newline)."""
        data = line + b"\n"
        file = self._opened()
        try:
            if file.tell() != self._size:
                file.seek(self._size)
            file.write(data)
        except OSError as exc:
            raise _spool_error(exc) from None
        self._size += len(data)
        self._ends.append(self._size)

    def extend(self, records: Iterable[Any]) -> None:
        for record in records:
            self.append(record)

    def __len__(self) -> int:
        return len(self._ends)

    def __bool__(self) -> bool:
        return bool(self._ends)

    def __getitem__(self, index: int) -> Any:
        return json.loads(self.raw(index))

    def raw(self, index: int) -> bytes:
        """The record numbered ``index`` as the JSON text it was kept as."""
        if index < 0:
            index += len(self._ends)
        if not 0 <= index < len(self._ends):
            raise IndexError("spool index out of range")
        start = self._ends[index - 1] if index else 0
        file = self._opened()
        try:
            file.seek(start)  # flushes what was written last, so a full disk shows here
            data = file.read(self._ends[index] - start)
        except OSError as exc:
            raise _spool_error(exc) from None
        if len(data) != self._ends[index] - start:
            raise OutputError(f"cannot read back the batch's records from a temporary file "
                              f"in {_spool_folder()}: it was cut short")
        return data.rstrip(b"\n")

    def __iter__(self) -> Iterator[Any]:
        for index in range(len(self._ends)):
            yield self[index]


def _close_quietly(file: IO[bytes]) -> None:
    """Close a spool's file; what it still held in its buffer is not needed any more."""
    with contextlib.suppress(OSError):
        file.close()


def _spool_folder() -> str:
    try:
        return tempfile.gettempdir()
    except OSError:
        return "the temporary folder"


def _spool_error(exc: OSError) -> OutputError:
    """The one line a spool that cannot be written or read gives: where, and why."""
    from jdgen.site.output import reason

    return OutputError(f"cannot keep the batch's records in a temporary file in "
                       f"{_spool_folder()}: {reason(exc)}; set TMPDIR to a writable folder "
                       "with room; files already written are complete, and the next build "
                       "finishes the rest")


# The names jdgen gives the files it writes: a slug (a posting's stem, or 'index') and
# one of its output suffixes. A record may be edited by hand; nothing else in it is ours.
OUR_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:md|html|json|docx|pdf|xml)$")


_TEMP = re.compile(r"^\.(?P<name>.+)\.[A-Za-z0-9_]+\.tmp$")


def remove_leftover_temp_files(out_dir: Path, ours: Callable[[str], bool]) -> None:
    """Delete temporary files a killed earlier build left behind (only for our outputs)."""
    for path in out_dir.iterdir():
        match = _TEMP.match(path.name)
        if match and ours(match.group("name")) and path.is_file():
            with contextlib.suppress(OSError):
                path.unlink()


def record(names: Iterable[str], out_dir: Path, postings: Iterable[bytes] = (),
           pages: dict[str, Any] | None = None) -> None:
    """Remember which files jdgen owns here, so later builds can find orphans, and
    each posting's line (see :mod:`jdgen.site.record`).

    ``names`` may repeat a name; the record lists each once, in order.
    """
    ordered = sorted(names)
    unique = (n for i, n in enumerate(ordered) if not i or n != ordered[i - 1])
    write({STATE_FILE: b"".join(record_pieces(unique, postings, pages))}, out_dir)


def record_pieces(names: Iterable[str], postings: Iterable[bytes],
                  pages: dict[str, Any] | None = None) -> Iterator[bytes]:
    """The state file, a piece at a time: its file names, what its pages were made
    from, then one line per posting."""
    yield b'{\n  "generator": "jdgen",\n'
    if pages:
        yield b'  "pages": ' + json.dumps(pages, separators=(",", ":")).encode("ascii") + b",\n"
    yield b'  "files": ['
    first = True
    for name in names:
        yield (b"\n    " if first else b",\n    ") + json.dumps(name).encode("ascii")
        first = False
    yield b"\n  ],\n" if not first else b"],\n"
    yield b'  "postings": ['
    first = True
    for line in postings:
        yield (b"\n    " if first else b",\n    ") + line
        first = False
    yield b"\n  ]\n}\n" if not first else b"]\n}\n"


def holds(path: Path, data: bytes) -> bool:
    """Whether the file at ``path`` holds exactly ``data`` (read in pieces, not whole)."""
    with path.open("rb") as handle:
        if os.fstat(handle.fileno()).st_size != len(data):
            return False
        view, done = memoryview(data), 0
        while chunk := handle.read(1 << 16):
            if view[done:done + len(chunk)] != chunk:
                return False
            done += len(chunk)
        return done == len(data)


def changes(expected: dict[str, bytes], out_dir: Path) -> tuple[list[tuple[str, Path]], list[str]]:
    """Which files must be written (name and path) and which already hold these bytes.

    Every name is checked (:func:`jdgen.site.output.target`) before anything is written.
    """
    from jdgen.site.output import target

    todo, unchanged = [], []
    for name, data in expected.items():
        path = target(out_dir, name)
        if path.is_file() and holds(path, data):
            unchanged.append(name)
        else:
            todo.append((name, path))
    return todo, unchanged


def write(expected: dict[str, bytes], out_dir: Path) -> tuple[list[str], list[str]]:
    """Write files whose bytes changed; return (written, unchanged)."""
    from jdgen.site.output import write_atomic

    todo, unchanged = changes(expected, out_dir)
    for name, path in todo:
        write_atomic(path, expected[name])
    return [name for name, _ in todo], unchanged


def prune(names: Iterable[str], out_dir: Path) -> list[str]:
    """Delete earlier outputs that the manifest no longer produces.

    Only plain files named as jdgen names its outputs, directly in ``out_dir``,
    are removed: never a link, a folder, or a path that leads elsewhere.
    """
    import stat

    removed = []
    for name in names:
        if not OUR_NAME.match(name):
            continue
        try:
            if not stat.S_ISREG(os.lstat(out_dir / name).st_mode):
                continue
            os.unlink(out_dir / name)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise OutputError(f"cannot remove {out_dir / name}: {exc.strerror}") from None
        removed.append(name)
    return removed


def check_out_dir_is_separate(out_dir: Path, manifest_path: Path) -> None:
    """Refuse an output folder that holds the manifest's own input files."""
    out = out_dir.resolve()
    inputs = manifest_path.resolve().parent
    if out == inputs or out in inputs.parents:
        raise OutputError(
            f"output folder {out_dir} holds the manifest's own files; "
            f"choose a folder of its own, such as {out_dir / 'site'}"
        )
