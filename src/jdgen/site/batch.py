"""Batch builds from a manifest: plan, render (optionally in parallel), check or write.

The steps are kept apart so each can be tested alone:

* :func:`plan` turns the manifest into jobs, one per posting, each remembering
  its manifest line; a posting that cannot even be planned becomes a failure;
* :func:`run_batch` renders the jobs in manifest order, in one process or
  several, and writes (or with ``--check`` compares) each posting's files as
  soon as they are ready; one bad posting never stops the others.

Nothing grows with the manifest but a few compact records: the manifest is
read one posting at a time, each posting's report row and index entry wait in
a spool on disk, and what stays in memory per posting is its position and the
names of the files it wrote (to refuse a second posting that writes the same).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdgen.errors import DataError, JdgenError, OutputError
from jdgen.inputs.facts import FactError, Settled, resolve
from jdgen.inputs.manifest import CompanyFiles, Defaults, ManifestStream, PostingSpec, posting_spec
from jdgen.inputs.tracked import Inputs, check_out_dir_is_separate, resolved
from jdgen.models import Company
from jdgen.site.dating import dated_render, named_warnings
from jdgen.site.incremental import Preparer, prepared, site_digest
from jdgen.site.index import suffix
from jdgen.site.jobs import Job as Job  # Job and Settings are used from here too
from jdgen.site.jobs import Settings as Settings
from jdgen.site.keeping import earlier_entries, in_place, is_plain_file
from jdgen.site.outcome import Outcome
from jdgen.site.owned import OwnFiles
from jdgen.site.record import BOARD_FEEDS, pages_record, read_record, with_boards, written_at
from jdgen.site.record import Keeping as _Keeping
from jdgen.site.sitefiles import (
    INDEX_JSON,
    STATE_FILE,
    Spool,
    changes,
    holds,
    index_pages,
    prune,
    record,
    remove_leftover_temp_files,
    write,
)
from jdgen.site.sitefiles import check_out_dir_is_separate as check_manifest_is_separate
from jdgen.tailoring.tailor import posting_date, slugify

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

    from jdgen.render.typesetter import Typesetter
    from jdgen.site.output import Staged, StagedWrites

# Files jdgen itself writes into a batch's folder: no posting may take their names.
RESERVED_NAMES = frozenset({INDEX_JSON, "index.md", "index.html", STATE_FILE})


def batch_inputs(manifest: Path, settings: Settings) -> Inputs:
    """The files and folders a batch reads (company files are added as they are read)."""
    from jdgen.inputs.discovery import search_path

    inputs = Inputs()
    inputs.add(manifest, "manifest")
    inputs.add(settings.html_template, "page template")
    inputs.add(settings.reference_docx, "reference DOCX")
    for kind, extra in (("roles", settings.roles_dirs), ("templates", settings.templates_dirs)):
        try:
            inputs.add_folders(search_path(kind, extra), f"{kind} folder")
        except JdgenError:
            inputs.add_folders(extra, f"{kind} folder")  # the build itself reports the problem
    return inputs


# ------------------------------------------------------------------ planning


def plan(manifest_path: Path, out_dir: Path | None = None, inputs: Inputs | None = None,
         *, allow_outside: bool = False, columns: str | None = None
         ) -> tuple[ManifestStream, Iterator[Job | Outcome]]:
    """Check the manifest; resolve each posting into a job (or a failure) as it is needed.

    The file, its defaults and its list of postings are checked at once, so a
    bad file fails before anything is built; each posting is read, validated
    and made into a job only when its turn comes, so a long manifest never
    holds them all. A company file in ``out_dir`` (or below the folder it is
    in) fails its postings; each company file read is added to ``inputs``.
    """
    from jdgen.inputs.sheets import open_manifest

    manifest = open_manifest(manifest_path, columns)  # YAML, or a sheet (.csv, .xlsx, .json)
    files = CompanyFiles(manifest_path.parent, allow_outside=allow_outside)
    return manifest, _plan(manifest, _Companies(files, out_dir, inputs or Inputs()))


def _plan(manifest: ManifestStream, companies: _Companies) -> Iterator[Job | Outcome]:
    ids: dict[str, int] = {}  # posting id -> index of the posting that took it
    for index, doc in manifest.postings():
        raw = doc.data
        where = doc.where(("postings", index))
        role = str(raw.get("role", "?")) if isinstance(raw, dict) else "?"
        given = raw.get("id") if isinstance(raw, dict) else None
        known = str(given) if isinstance(given, (str, int)) and str(given) else None
        try:
            spec = posting_spec(doc, index, raw)
        except DataError as exc:  # the problems already carry their own positions
            yield Outcome(index, where, role, stem=known, row=index + 1,
                          error="\n".join(exc.problems), located=True)
            continue
        try:
            job = _job(index, where, manifest.defaults, spec, companies)
        except FactError as exc:  # named at the fact's own line, or its sheet's cell
            prefix: tuple[str | int, ...] = getattr(doc, "prefix", ("postings", index))
            yield Outcome(index, where, spec.role, located=True,
                          error=f"{doc.where((*prefix, exc.fact))}: {exc.problems[0]}")
            continue
        except JdgenError as exc:
            yield Outcome(index, where, spec.role, stem=spec.id, row=index + 1,
                          error=_message(exc))
            continue
        if spec.id is not None:
            if spec.id in ids:
                yield Outcome(index, where, spec.role, stem=spec.id, row=index + 1, error=(
                    f"posting id '{spec.id}' is already used by the posting at "
                    f"{manifest.where(ids[spec.id])}"))
                continue
            ids[spec.id] = index
        yield job


def _message(exc: JdgenError) -> str:
    if isinstance(exc, DataError):
        return "; ".join(exc.problems)
    return exc.format_message()


def _job(index: int, where: str, defaults: Defaults, spec: PostingSpec,
         companies: _Companies) -> Job:
    own = spec.model_dump(exclude_none=True, exclude_unset=True, exclude={"role", "id"})
    merged: dict[str, Any] = {
        **defaults.model_dump(exclude_none=True, exclude_unset=True,
                              exclude={"formats", "front_matter"}),
        **own,
    }
    if own.keys() & {"company", "company_file"}:  # another company than the defaults' one
        for key in ("company", "company_file", "company_name"):
            if key not in own:
                merged.pop(key, None)
    settled = _settled_facts(merged, companies, spec.id)
    return Job(index=index, where=where, role=spec.role, company=settled.company,
               options=settled.options,
               formats=tuple(dict.fromkeys(spec.formats or defaults.formats)),
               stem=spec.id, front_matter=bool(defaults.front_matter))


@dataclass
class _Companies:
    """The manifest's company files (found and read by ``files``), and where not to write.

    Each file is added to ``inputs`` and checked against ``out_dir`` once.
    """

    files: CompanyFiles
    out_dir: Path | None
    inputs: Inputs
    refused: dict[Path, str | None] = field(default_factory=dict)

    def load(self, name: str) -> Company:
        path = self.files.path(name)  # a file outside the manifest's folder is never read
        if path not in self.refused:
            self.inputs.add(path, "company file")
            self.refused[path] = None
            if self.out_dir is not None:
                try:
                    check_out_dir_is_separate(self.out_dir, path, "company file")
                except OutputError as exc:
                    self.refused[path] = exc.format_message()
        problem = self.refused[path]
        if problem is not None:
            raise DataError([problem])
        return self.files.load(name)


def _settled_facts(merged: dict[str, Any], companies: _Companies,
                   posting_id: str | None) -> Settled:
    """The posting's facts settled: its profile file, with the manifest's facts on top."""
    base = companies.load(merged["company_file"]) if "company_file" in merged else None
    facts = {key: value for key, value in merged.items()
             if key not in ("company_file", "formats")}
    return resolve(facts, base, posting_id=posting_id)


# ----------------------------------------------------------------- rendering

Renderer = Callable[[Job], Outcome]


def _outcomes(items: Iterable[Job | Outcome], settings: Settings,
              workers: int) -> Iterator[Outcome]:
    """Render the jobs among ``items``; yield every outcome in manifest order.

    With several workers, only a small window of jobs is in flight at once, so
    memory does not grow with the manifest; a worker process that dies fails
    the posting it was building, and the batch goes on (see
    :mod:`jdgen.site.workers`).
    """
    if workers <= 1:
        yield from _in_process(items, settings)
        return
    from jdgen.site.workers import pooled

    yield from pooled(items, workers, _process_context(), _init_worker, (settings,),
                      _worker_render)


def _process_context() -> BaseContext | None:
    """How worker processes start: forked (the system's default).

    Forking is safe: typst, which keeps native threads a forked child would
    lack, never runs in a batch's own processes but in typesetting processes of
    its own (:mod:`jdgen.render.typstproc`), which a forked child forgets.
    """
    return None


def _in_process(items: Iterable[Job | Outcome], settings: Settings) -> Iterator[Outcome]:
    """Render the jobs one after another, with PDFs typeset on a few threads meanwhile.

    An outcome whose PDF is still being typeset waits in a short window while
    the next postings render; outcomes still leave in manifest order.
    """
    from collections import deque

    from jdgen.render.typesetter import Typesetter

    with Typesetter() as typesetter:
        render = make_renderer(settings, typesetter)
        window: deque[Outcome] = deque()
        depth = typesetter.threads * 4
        for item in items:
            window.append(item if isinstance(item, Outcome) else render(item))
            while window and (len(window) > depth or not window[0].pending):
                yield _typeset(window.popleft())
        while window:
            yield _typeset(window.popleft())


def _typeset(outcome: Outcome) -> Outcome:
    """``outcome`` with the bytes of its PDFs; a PDF typst cannot make fails its posting."""
    pending, outcome.pending = outcome.pending, {}
    for name, future in pending.items():
        try:
            outcome.files[name] = future.result()
        except JdgenError as exc:
            outcome.error = _message(exc)
        except Exception as exc:  # a bug of ours fails this posting, never the whole batch
            outcome.error = f"internal error: {type(exc).__name__}: {exc}"
    if outcome.error is not None:
        outcome.files = {}
    return outcome


_WORKER: Renderer | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and cleans up
    _WORKER = make_renderer(settings)


def _worker_render(job: Job) -> Outcome:
    assert _WORKER is not None
    return _WORKER(job)


def make_renderer(settings: Settings, typesetter: Typesetter | None = None) -> Renderer:
    """A function that renders one job, reusing roles, templates and the DOCX base.

    With ``typesetter``, an outcome's PDFs may still be under way (see
    :func:`_typeset`); without, every file is there when it returns.
    """
    from jdgen.render.pipeline import Pipeline
    from jdgen.site.index import listing

    pipeline = Pipeline(roles_dirs=settings.roles_dirs, templates_dirs=settings.templates_dirs,
                        reference_docx=settings.reference_docx,
                        html_template=settings.html_template, look=settings.look,
                        typesetter=typesetter)

    def render(job: Job) -> Outcome:
        outcome = Outcome(job.index, job.where, job.role, stem=job.stem, row=job.index + 1,
                          inputs=job.inputs)
        try:
            options = job.options
            if options.posting_id is None:  # the file stem is a stable, unique reference
                role_id = pipeline.catalog.find(job.role).role.id
                stem = job.stem or f"{slugify(job.company.name)}-{role_id}"
                outcome.stem = stem
                options = dataclasses.replace(options, posting_id=stem)
            rendered = dated_render(pipeline, job, options, outcome)
        except JdgenError as exc:
            outcome.error = _message(exc)
            return outcome
        except Exception as exc:  # a bug of ours fails this posting, never the whole batch
            outcome.error = f"internal error: {type(exc).__name__}: {exc}"
            return outcome
        posting = rendered.posting
        stem = job.stem or posting.slug
        outcome.stem = stem
        outcome.title, outcome.company = posting.title, posting.company
        outcome.location = posting.location
        outcome.date_posted = posting.date_posted.isoformat()
        outcome.listing = listing(posting, pipeline.catalog.find(job.role).role.title)
        outcome.files = {f"{stem}{suffix(name)}": data
                         for name, data in rendered.files.items()}
        outcome.pending = {f"{stem}{suffix(name)}": future
                           for name, future in rendered.pending.items()}
        outcome.warnings = named_warnings(rendered.warnings, posting.slug, stem)
        if settings.lint is not None:  # an error fails the posting: nothing is written
            from jdgen.site.linting import lint_posting
            lint_posting(outcome, job.company, rendered.markdown, posting.locale, settings)
        return outcome

    return render


class NameClaims:
    """Fails a posting that would write a file another posting already writes.

    The names are kept as UTF-8 bytes: smaller than text, and never handed to
    pathlib, which interns (keeps a table entry for) every name it parses.
    """

    def __init__(self, where: Callable[[int], str],
                 clash: Callable[[str], str | None] = lambda name: None,
                 own: Callable[[str, bytes], str | None] = lambda name, data: None) -> None:
        self._owners: dict[bytes, int] = {}  # file name -> index of the posting that writes it
        self._where = where  # a posting's index -> its file:line:col
        self._clash = clash  # a file name -> the input file it would overwrite, if any
        self._own = own  # a file name and bytes -> why it would replace a user's file, if so

    def claim(self, outcome: Outcome) -> None:
        names = [name.encode() for name in outcome.files]
        for name, key in zip(outcome.files, names, strict=True):
            if name.lower() in RESERVED_NAMES:
                outcome.error = (f"writes {name}, but jdgen writes that file itself; "
                                 "give the posting another 'id'")
                outcome.files = {}
                return
            found = self._clash(name)
            if found is not None:
                outcome.error = f"writes {name}, which is the {found} this build reads"
                outcome.files = {}
                return
            refused = None if outcome.kept is not None else self._own(name, outcome.files[name])
            if refused is not None:  # a user's own file in the site folder
                outcome.error = refused
                outcome.files = {}
                return
            if key in self._owners:
                outcome.error = (f"writes {name}, which the posting at "
                                 f"{self._where(self._owners[key])} also writes; "
                                 "give one of them an 'id'")
                outcome.files = {}
                return
        for key in names:
            self._owners[key] = outcome.index

    def release(self, outcome: Outcome) -> None:
        """Give up the names of a posting that failed after claiming them."""
        for name in outcome.files:
            if self._owners.get(name.encode()) == outcome.index:
                del self._owners[name.encode()]

    def owns(self, name: str) -> bool:
        """Whether some posting of this run writes ``name``."""
        return name.encode() in self._owners

    def names(self) -> Iterator[str]:
        """Every name claimed so far."""
        return (key.decode() for key in self._owners)


# ------------------------------------------------------------------ the run


@dataclass
class BatchReport:
    """Everything a batch run did, for people (summary) and machines (JSON).

    ``postings`` holds one summary row per posting, in manifest order (add
    rows with :meth:`add`); it and the other lists that grow with the batch
    are kept on disk rather than in memory.
    """

    manifest: str
    out_dir: str
    check: bool
    postings: Spool = field(default_factory=Spool)
    written: Spool = field(default_factory=Spool)
    unchanged: Spool = field(default_factory=Spool)
    missing: Spool = field(default_factory=Spool)
    stale: Spool = field(default_factory=Spool)
    extra: list[str] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # earlier files kept while postings fail
    removed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    site_warnings: list[str] = field(default_factory=list)  # e.g. a brand colour too faint
    failed: int = 0  # postings whose status is "failed"

    def add(self, row: dict[str, Any]) -> None:
        """Record one posting's summary row."""
        self.postings.append(row)
        if row["status"] == "failed":
            self.failed += 1

    @property
    def ok(self) -> bool:
        stale_tree = self.check and bool(self.missing or self.stale or self.extra)
        return self.failed == 0 and not stale_tree and not self.errors

    def to_json(self) -> str:
        from jdgen.site.index import json_pieces

        data = {
            "manifest": self.manifest, "out_dir": self.out_dir, "check": self.check,
            "ok": self.ok, "failed": self.failed, "postings": self.postings,
            "written": self.written, "unchanged": self.unchanged, "missing": self.missing,
            "stale": self.stale, "extra": self.extra, "orphans": self.orphans,
            "kept": self.kept, "removed": self.removed, "errors": self.errors,
            "site_warnings": self.site_warnings,
        }
        return "".join(json_pieces(data, ensure_ascii=False))


def run_batch(manifest_path: Path, out_dir: Path, settings: Settings, *, check: bool = False,
              prune_orphans: bool = False, workers: int = 1,
              on_posting: Callable[[Outcome], None] | None = None,
              inputs: Inputs | None = None) -> BatchReport:
    """Build (or with ``check``, compare) every posting in the manifest.

    Postings are read, rendered and written one at a time, in manifest order,
    so memory stays flat however long the manifest is, and an interruption
    leaves only complete files behind. Every input file read (the company
    files among them) is added to ``inputs``.
    """
    from jdgen.site.output import StagedWrites, check_out_dir, folder_lock
    from jdgen.site.settings import look

    inputs = Inputs() if inputs is None else inputs
    manifest, planned = plan(manifest_path, out_dir, inputs,
                             allow_outside=settings.allow_outside, columns=settings.columns)
    site = look(manifest.site)
    settings = dataclasses.replace(settings, look=site)
    out_real = resolved(out_dir)

    def clash(name: str) -> str | None:  # the input file this name in out_dir is, if any
        return inputs.named(out_real, name)

    check_manifest_is_separate(out_dir, manifest_path)
    if "pdf" in manifest.formats:  # defaults ask for PDF: a missing engine is one error
        from jdgen.render.pdf import engine

        engine()
    for path, label in ((settings.html_template, "page template"),
                        (settings.reference_docx, "reference DOCX")):
        if path is not None:
            check_out_dir_is_separate(out_dir, path, label)
    if not check:
        check_out_dir(out_dir, create=True)
    lock = contextlib.nullcontext() if check else folder_lock(out_dir)
    writer = contextlib.nullcontext(None) if check else StagedWrites()
    # Two builds into one folder take turns instead of racing. Written files are
    # committed (flushed together, then renamed into place) every few dozen, and
    # each posting is reported once its files are in place.
    with lock, Spool() as entries, writer as staged, contextlib.ExitStack() as stack:
        report = BatchReport(str(manifest_path), str(out_dir), check)
        report.site_warnings = list(site.warnings)
        earlier = read_record(out_dir)  # what earlier builds wrote, and each posting's dates
        claims = NameClaims(manifest.where, clash, OwnFiles(out_dir, earlier.files).refusal)
        stack.callback(earlier.close)
        since = written_at(out_dir)  # files older than the record are as it says
        keeping = _Keeping(out_dir, None if check else stack.enter_context(Spool()),
                           stack.enter_context(Spool()))
        made_of = site_digest(settings, manifest.site, manifest.formats)
        planned = prepared(planned, Preparer(earlier, posting_date(), made_of, out_dir,
                                             settings.roles_dirs,
                                             reuse=settings.lint is None))

        def landed(outcome: Outcome) -> None:
            if not outcome.ok:  # its earlier files, if any, are kept below
                claims.release(outcome)
            if on_posting:
                on_posting(outcome)

        waiting: list[_Landing] = []
        for outcome in _outcomes(planned, settings, workers):
            if outcome.ok:
                claims.claim(outcome)
            waiting.append(_send(outcome, out_dir, report, staged))
            if staged is None or len(staged) >= staged.limit:
                _commit(staged, waiting, report, entries, landed, keeping)
        _commit(staged, waiting, report, entries, landed, keeping)
        pages = index_pages(manifest.formats, site, settings.templates_dirs)
        page_names = [name for name, _ in pages]
        previous = earlier.files  # this run has not changed the record yet

        def expected(name: str) -> bool:
            return claims.owns(name) or name in page_names or clash(name) is not None

        listed = stack.enter_context(Spool()) if report.failed else entries
        if report.failed:  # a failed posting keeps its entry, where it stood in the index
            kept, order = earlier_entries(out_dir, lambda name: name in previous and not
                                          expected(name) and is_plain_file(out_dir / name),
                                          earlier.warn)
            listed.extend(in_place(with_boards(entries, keeping.boards), kept, order))
        pages_from = keeping.pages_inputs(made_of, page_names)
        same_pages = not report.failed and keeping.all_kept and \
            earlier.pages_hold(pages_from, page_names, out_dir, since)
        try:
            for name, page in pages:
                found = clash(name)
                if found is not None:
                    report.errors.append(f"refusing to write {out_dir / name}: it is the "
                                         f"{found}, which this build reads")
                    continue
                if same_pages:  # made from the same postings as last time, and untouched
                    if not check:
                        report.unchanged.append(name)
                    continue
                board = name in BOARD_FEEDS and not report.failed  # else listed has them
                _settle({name: page(with_boards(listed, keeping.boards) if board else listed)},
                        out_dir, check, report)
        except OutputError as exc:
            report.errors.append(exc.format_message())
        if out_dir.is_dir():
            _look_back(report, out_dir, prune_orphans, previous, expected,
                       lambda: chain(claims.names(), page_names),
                       lambda kept: keeping.lines_with(earlier, kept),
                       lambda: None if report.failed or report.errors else earlier.pages
                       if same_pages else pages_record(pages_from, page_names, out_dir))
        report.site_warnings.extend(earlier.warnings)  # damaged entries of the earlier site
        return report


def _look_back(report: BatchReport, out_dir: Path, prune_orphans: bool, previous: set[str],
               expected: Callable[[str], bool], made: Callable[[], Iterable[str]],
               postings: Callable[[set[str]], Iterable[bytes]] = lambda kept: (),
               pages: Callable[[], dict[str, Any] | None] = lambda: None) -> None:
    """After the postings: find orphans and extra files, tidy up, update the record.

    ``previous`` is what the record listed before this run; ``expected`` tells
    whether this run writes (or compares) a name; ``made`` gives every such
    name. While any posting fails, no earlier file is an orphan: each is kept.
    """
    unmade = sorted(n for n in previous if not expected(n) and is_plain_file(out_dir / n))
    if report.failed:
        report.kept = unmade
    else:
        report.orphans = unmade
    if report.check:  # extra: what jdgen's record says it wrote here, and no longer makes
        report.extra = list(report.orphans)
        return
    remove_leftover_temp_files(out_dir, lambda n: expected(n) or n in previous)
    if prune_orphans:
        report.removed = prune(report.orphans, out_dir)
    kept = set(report.orphans) - set(report.removed)
    try:
        record(chain(made(), kept, report.kept), out_dir, postings(set(report.kept)), pages())
    except OutputError as exc:
        report.errors.append(exc.format_message())


@dataclass
class _Landing:
    """A posting whose changed files are staged, waiting to be committed."""

    outcome: Outcome
    sent: list[tuple[str, Staged]] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def _send(outcome: Outcome, out_dir: Path, report: BatchReport,
          staged: StagedWrites | None) -> _Landing:
    """Stage a posting's changed files (or, checking, compare them now)."""
    landing = _Landing(outcome)
    if not outcome.ok:
        return landing
    if outcome.kept is not None:  # not rendered again: its files are as the record says
        if staged is not None:
            landing.unchanged = list(outcome.files)
        return landing
    try:
        if staged is None:
            _settle(outcome.files, out_dir, True, report)
        else:
            todo, landing.unchanged = changes(outcome.files, out_dir)
            # a posting's files land together or not at all
            items = staged.stage_together([(path, outcome.files[name]) for name, path in todo])
            landing.sent = list(zip([name for name, _ in todo], items, strict=True))
    except OutputError as exc:
        outcome.error = exc.format_message()
    outcome.files = dict.fromkeys(outcome.files, b"")  # the bytes are on disk; keep the names
    return landing


def _commit(staged: StagedWrites | None, waiting: list[_Landing], report: BatchReport,
            entries: Spool, on_posting: Callable[[Outcome], None] | None,
            keeping: _Keeping | None = None) -> None:
    """Put every staged file in place, then report the waiting postings in order."""
    if staged is not None:
        staged.commit()
    for landing in waiting:
        _land(landing, report, entries, on_posting, keeping)
    waiting.clear()


def _land(landing: _Landing, report: BatchReport, entries: Spool,
          on_posting: Callable[[Outcome], None] | None, keeping: _Keeping | None = None) -> None:
    """Report one posting; a file that could not be written fails it.

    A posting past its closing date keeps its page but leaves the index.
    """
    from jdgen.site.index import entry

    outcome = landing.outcome
    written = []
    for name, item in landing.sent:
        if item.error is not None:
            outcome.error = outcome.error or item.error.format_message()
        else:
            written.append(name)
    report.written.extend(written)
    report.unchanged.extend(landing.unchanged)
    report.add(_summary(outcome))
    if on_posting:
        on_posting(outcome)
    if outcome.ok:
        if keeping is not None:
            keeping.keep(outcome)
        if not outcome.closed:  # what only job-board feeds read waits apart, in step
            entries.append(entry(outcome))
            if keeping is not None:
                keeping.boards.append(outcome.board or None)


def _settle(files: dict[str, bytes], out_dir: Path, check: bool, report: BatchReport) -> None:
    """Compare (check) or write (build) one posting's files."""
    if check:
        for name, data in files.items():
            path = out_dir / name
            if not path.is_file():
                report.missing.append(name)
            elif not holds(path, data):
                report.stale.append(name)
        return
    written, unchanged = write(files, out_dir)
    report.written.extend(written)
    report.unchanged.extend(unchanged)


def _summary(outcome: Outcome) -> dict[str, Any]:
    return {
        "where": outcome.where, "row": outcome.row, "role": outcome.role, "id": outcome.stem,
        "status": "ok" if outcome.ok else "failed", "error": outcome.error,
        "files": sorted(outcome.files), "warnings": outcome.warnings,
        "closed": outcome.closed, "valid_through": outcome.valid_through,
        "rendered": outcome.ok and outcome.kept is None,
        **({"lint": outcome.lint} if outcome.lint else {}),
    }
