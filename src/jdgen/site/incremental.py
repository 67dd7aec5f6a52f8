"""Incremental builds: date each posting from the site's record, and skip the unchanged.

Before a posting is rendered, :func:`prepared` looks it up in the record (see
:mod:`jdgen.site.record`):

* its ``datePosted`` is the day it first appeared on the site (a ``date`` given
  in the manifest wins), so a rebuild on a later day changes nothing;
* its inputs digest covers everything its files are made from: its settled
  facts, the roles and templates folders (overlays among them), the page
  template, the reference DOCX, its logo, the site settings, the build's
  choices and jdgen itself (its version and its data files). When
  that digest, its open or closed state and every one of its files are as
  recorded, it is not rendered again: the record already says what the index,
  the feeds and the report need.

After tailoring, :func:`content_digest` tells whether what the posting says
has changed since it was recorded; if it has, its ``dateModified`` is the
build's date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdgen.site.jobs import Job, Settings
from jdgen.site.outcome import Outcome
from jdgen.site.record import Earlier, Record, untouched, written_at

if TYPE_CHECKING:
    from jdgen.inputs.discovery import Catalog
    from jdgen.models import Posting

_SKIPPED_DIRS = {"__pycache__"}


def _digest() -> hashlib.blake2b:
    return hashlib.blake2b(digest_size=16)


def _add_tree(digest: hashlib.blake2b, folder: Path, skip_code: bool = False) -> None:
    """Every file below ``folder``: its path there and its bytes (``skip_code``: not the
    Python modules)."""
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*")):
        if _SKIPPED_DIRS & set(path.parts) or not path.is_file() \
                or (skip_code and path.suffix == ".py"):
            continue
        digest.update(str(path.relative_to(folder)).encode("utf-8", "surrogateescape") + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")


def _add_file(digest: hashlib.blake2b, path: Path | None) -> None:
    digest.update(b"-\0" if path is None else path.read_bytes() + b"\0")


def jdgen_digest() -> str:
    """jdgen's version and the data files of its package (word lists, pay table, the
    PDF layout); its built-in roles and templates are among the search folders.

    Its Python code counts through the version alone, so a committed site's
    record stays the same from one commit of jdgen to the next; whoever changes
    jdgen's code without changing its version removes the record to render
    everything again (the dates come back from index.json).
    """
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("jdgen")
    except PackageNotFoundError:  # run from a source tree that is not installed
        release = "unknown"
    digest = _digest()
    digest.update(release.encode() + b"\0")
    _add_tree(digest, Path(__file__).resolve().parent.parent, skip_code=True)
    return digest.hexdigest()


def site_digest(settings: Settings, site: Any, formats: Sequence[str]) -> str:
    """What every posting of a site is made from, besides its own facts."""
    from jdgen.inputs.discovery import search_path

    digest = _digest()
    digest.update(jdgen_digest().encode() + b"\0")
    for kind, extra in (("roles", settings.roles_dirs), ("templates", settings.templates_dirs)):
        for folder in search_path(kind, extra):
            _add_tree(digest, folder)
            digest.update(b"\1")
    _add_file(digest, settings.html_template)
    _add_file(digest, settings.reference_docx)
    digest.update(json.dumps(None if site is None else site.model_dump(mode="json"),
                             sort_keys=True).encode() + b"\0")
    digest.update(json.dumps(sorted(formats)).encode())
    return digest.hexdigest()


def job_digest(job: Job, site: str) -> str:
    """Everything ``job``'s files are made from (``site``: see :func:`site_digest`)."""
    options = {field.name: getattr(job.options, field.name)
               for field in dataclasses.fields(job.options)}
    data = {"role": job.role, "options": options, "formats": list(job.formats),
            "stem": job.stem, "front_matter": job.front_matter}
    digest = _digest()
    digest.update(site.encode() + b"\0")
    digest.update(json.dumps(data, sort_keys=True, default=str).encode() + b"\0")
    # the company's facts, where its logo file sits aside (its bytes count instead)
    digest.update(job.company.model_dump_json(exclude={"logo_file"}).encode())
    if job.company.logo_file:
        try:
            digest.update(Path(job.company.logo_file).read_bytes())
        except OSError:
            digest.update(b"\0no logo")
    return digest.hexdigest()


def content_digest(posting: Posting) -> str:
    """What ``posting`` says, its dates of posting aside (they never make it 'changed').

    Where its logo file sits is left out too: the same site built from another
    folder says the same.
    """
    digest = _digest()
    digest.update(posting.model_dump_json(exclude={"date_posted", "logo_file"}).encode())
    return digest.hexdigest()


def modified_on(posted: dt.date, content: str, earlier: tuple[str, str] | None,
                today: dt.date) -> dt.date:
    """The day ``posting``'s content last changed: the recorded day while it says the same,
    else today (never before the day it was posted)."""
    if earlier is None:
        return posted
    if earlier[0] == content:
        day = dt.date.fromisoformat(earlier[1])
    else:
        day = today
    return max(day, posted)


def is_closed(valid_through: dt.date | str | None, today: dt.date | None) -> bool:
    """Whether a posting open until ``valid_through`` has closed by ``today``."""
    if valid_through is None or today is None:
        return False
    if isinstance(valid_through, str):
        valid_through = dt.date.fromisoformat(valid_through)
    return valid_through < today


class Preparer:
    """Dates the jobs of one build and finds those that need no rendering."""

    def __init__(self, record: Record, today: dt.date, site: str, out_dir: Path,
                 roles_dirs: Sequence[Path] = (), *, reuse: bool = True) -> None:
        self.record = record
        self.reuse = reuse  # False: render every posting again (--lint must see them all)
        self.today = today
        self.site = site
        self.out_dir = out_dir
        self.roles_dirs = tuple(roles_dirs)
        self._catalog: Catalog | None = None
        # A site built before jdgen kept dates in its record: its index still knows them.
        self._listed = {} if len(record) else _dates_listed(out_dir, record.warn)
        self._since = written_at(out_dir) if len(record) else None

    def key(self, job: Job) -> str | None:
        """The id the posting's files and record go by (None if its role is unknown)."""
        if job.stem is not None:
            return job.stem
        from jdgen.errors import JdgenError
        from jdgen.tailoring.tailor import slugify

        try:
            if self._catalog is None:
                from jdgen.inputs.discovery import Catalog, search_path

                self._catalog = Catalog.load(search_path("roles", self.roles_dirs))
            role_id = self._catalog.find(job.role).role.id
        except JdgenError:
            return None  # rendering reports it
        return f"{slugify(job.company.name)}-{role_id}"

    def prepare(self, job: Job) -> Job | Outcome:
        """``job`` dated from the record, or, when nothing changed, its recorded outcome."""
        key = self.key(job)
        earlier = self.record.get(key)
        first = earlier.posted if earlier is not None else self._listed.get(key or "")
        posted = job.options.date or (dt.date.fromisoformat(first) if first else self.today)
        job = dataclasses.replace(
            job, options=dataclasses.replace(job.options, date=posted), today=self.today,
            earlier=None if earlier is None else (earlier.content, earlier.modified))
        inputs = job_digest(job, self.site)
        job = dataclasses.replace(job, inputs=inputs)
        if self.reuse and earlier is not None and self._holds(earlier, inputs, posted):
            return reused(job, earlier)
        return job

    def _holds(self, earlier: Earlier, inputs: str, posted: dt.date) -> bool:
        entry = earlier.data["entry"]
        return (earlier.inputs == inputs and earlier.posted == posted.isoformat()
                and earlier.closed == is_closed(entry.get("valid_through"), self.today)
                and untouched(earlier, self.out_dir, self._since))


def _dates_listed(out_dir: Path, warn: Callable[[str], None]) -> dict[str, str]:
    """The posting dates an earlier ``index.json`` in ``out_dir`` gives, by posting id
    (a damaged entry is left out, and ``warn`` told of it)."""
    from jdgen.site.keeping import earlier_entries

    found: dict[str, str] = {}
    for item in earlier_entries(out_dir, lambda name: True, warn)[0]:
        day = item.get("date_posted")
        if item["id"] and day:
            found[item["id"]] = day
    return found


def prepared(items: Iterable[Job | Outcome], preparer: Preparer) -> Iterator[Job | Outcome]:
    """``items`` with each job dated, or replaced by its recorded outcome (see Preparer)."""
    for item in items:
        yield preparer.prepare(item) if isinstance(item, Job) else item


_NOT_LISTING = {"id", "role", "title", "company", "location", "date_posted", "date_modified",
                "files"}


def reused(job: Job, earlier: Earlier) -> Outcome:
    """The outcome of an unchanged posting, as the record tells it."""
    data, entry = earlier.data, earlier.data["entry"]
    return Outcome(
        job.index, job.where, job.role, stem=earlier.id, title=entry.get("title"),
        company=entry.get("company"), location=entry.get("location"),
        date_posted=earlier.posted, date_modified=earlier.modified,
        files=dict.fromkeys(earlier.files, b""),
        listing={key: value for key, value in entry.items() if key not in _NOT_LISTING},
        warnings=[str(w) for w in data["warnings"]], closed=earlier.closed,
        valid_through=entry.get("valid_through"), content=earlier.content,
        inputs=earlier.inputs, board=data.get("board") or {}, kept=earlier.line,
        row=job.index + 1)
