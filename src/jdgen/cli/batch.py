"""`jdgen build --manifest`: the batch side of the build command (reporting only)."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import click

from jdgen.errors import JdgenError, echo
from jdgen.inputs.tracked import Inputs, UsageProblem
from jdgen.site.batch import BatchReport, Settings, run_batch
from jdgen.site.outcome import Outcome


class Interrupted(JdgenError):
    """Ctrl-C during a batch: what is on disk is complete, the rest was not written."""

    exit_code = 130


def run_manifest(manifest: Path, out_dir: Path, settings: Settings, *, check: bool,
                 prune: bool, jobs: int, quiet: bool, verbose: bool,
                 report_path: Path | None, lint_format: str = "text") -> None:
    """Run a manifest build and report it: a line per posting, or a bar on a terminal."""
    inputs = _inputs(manifest, settings)
    if report_path is not None:  # the company files are checked again once they are known
        _refuse_non_file(report_path)
        inputs.refuse_write(report_path, "the report", UsageProblem)
        from jdgen.inputs.tracked import resolved

        folder = report_path.parent  # found out now, not after the whole build
        if not folder.is_dir() and resolved(folder) != resolved(out_dir):
            raise UsageProblem(f"cannot write the report to {report_path}: the folder "
                               f"{folder} does not exist")
    bar = _wants_bar(manifest, quiet=quiet, verbose=verbose)

    def show(outcome: Outcome) -> None:
        if outcome.lint:  # --lint: every posting's findings, naming the posting
            _show_lint(outcome, lint_format)
        if not outcome.ok:
            for problem in outcome.problems():  # each names its manifest line (the row)
                echo(f"Error: {problem}", err=True)
        elif verbose:
            for warning in outcome.warnings:
                echo(f"Warning: {warning}", err=True)
        if quiet:
            return
        if outcome.ok and outcome.closed:
            echo(closed_line(outcome), err=bar)
        if bar:
            return
        if outcome.ok and (verbose or not check):
            done = "unchanged" if outcome.kept is not None else "checked" if check else "built"
            echo(f"{done}  {outcome.stem}  "
                 f"({', '.join(sorted(n.rsplit('.', 1)[-1] for n in outcome.files))})")

    def terminate(signum: int, frame: object) -> None:
        raise KeyboardInterrupt  # unwind, so atomic writes remove their temporary files

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        if bar:
            with click.progressbar(length=_count(manifest, settings.columns),
                                   label="Building postings",
                                   file=sys.stdout) as progress:
                def step(outcome: Outcome) -> None:
                    show(outcome)
                    progress.update(1)

                report = run_batch(manifest, out_dir, settings, check=check,
                                   prune_orphans=prune, workers=jobs, on_posting=step,
                                   inputs=inputs)
        else:
            report = run_batch(manifest, out_dir, settings, check=check, prune_orphans=prune,
                               workers=jobs, on_posting=show, inputs=inputs)
    except KeyboardInterrupt:
        raise Interrupted("interrupted; files already written are complete, "
                          "no partial files were left") from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    if report_path is not None:
        from jdgen.site.output import write_atomic

        _refuse_non_file(report_path)
        inputs.refuse_write(report_path, "the report", UsageProblem)
        _refuse_outputs(report_path, report)
        write_atomic(report_path, report.to_json().encode("utf-8"))
    if not quiet and not verbose and not check:
        _warn_summary(report)
    _summarise(report, quiet, prune)
    if not report.ok:
        raise click.exceptions.Exit(1)


def _show_lint(outcome: Outcome, fmt: str) -> None:
    from jdgen.errors import printable
    from jdgen.site.linting import format_entries

    posting = outcome.stem or outcome.where
    for line in format_entries(outcome.lint, posting, fmt):
        if fmt == "github":  # workflow commands are read from the step's output
            echo(line)
        else:  # quotes the posting's text: nothing in it may drive the terminal
            echo(printable(line), err=True)


def _refuse_non_file(report_path: Path) -> None:
    """Refuse a report path that is a symbolic link, a device, a FIFO or a folder (as -o does).

    Looked at with ``lstat``, so nothing is opened: a FIFO never blocks.
    """
    import stat

    try:
        mode = os.lstat(report_path).st_mode
    except OSError:
        return  # nothing there yet (or unreadable: the write itself will say so)
    if stat.S_ISLNK(mode):
        raise UsageProblem(f"refusing to write the report through the symbolic link "
                           f"{report_path}; give the path of a plain file")
    if not stat.S_ISREG(mode):
        raise UsageProblem(f"cannot write the report to {report_path}: it is a device, FIFO, "
                           "folder or other non-file; give the path of a plain file")


def closed_line(outcome: Outcome) -> str:
    """The one line a build prints for a posting past its closing date."""
    return (f"closed  {outcome.stem}  (applications closed after {outcome.valid_through}): "
            "left the index, feeds and sitemap; its page stays, marked closed and noindex")


def _refuse_outputs(report_path: Path, report: BatchReport) -> None:
    """Refuse a report path that is one of the files this build wrote (or left unchanged)."""
    from itertools import chain

    from jdgen.inputs.tracked import resolved
    from jdgen.site.batch import RESERVED_NAMES

    if resolved(report_path).parent != resolved(Path(report.out_dir)):
        return
    name = report_path.name
    if name in RESERVED_NAMES or any(name == n for n in chain(report.written, report.unchanged)):
        raise UsageProblem(f"refusing to write the report to {report_path}: this build wrote "
                           "that file; choose another file")


def _inputs(manifest: Path, settings: Settings) -> Inputs:
    """The files and folders this batch reads (company files are added as they are read)."""
    from jdgen.site.batch import batch_inputs

    return batch_inputs(manifest, settings)


def _wants_bar(manifest: Path, *, quiet: bool, verbose: bool) -> bool:
    """A progress bar on a terminal, unless asked for less or more, or the manifest is a pipe.

    The bar needs the number of postings first, and a pipe can be read only once.
    """
    return sys.stdout.isatty() and not os.environ.get("CI") and not quiet and not verbose \
        and manifest.is_file()


def _count(manifest: Path, columns: str | None = None) -> int:
    from jdgen.inputs.sheets import open_manifest

    return open_manifest(manifest, columns).count  # checks the file without keeping any posting


def _warn_summary(report: BatchReport) -> None:
    """Sum up the batch's warnings in one line (if any), reading the rows one at a time."""
    warned = count = 0
    for row in report.postings:
        if row["warnings"]:
            warned += 1
            count += len(row["warnings"])
    if warned:
        echo(f"Warning: {warned} of {len(report.postings)} postings lack facts a posting "
             f"should give ({count} items); --verbose lists them", err=True)


def _summarise(report: BatchReport, quiet: bool, prune: bool = False) -> None:
    for warning in report.site_warnings:
        echo(f"Warning: {warning}", err=True)
    total = len(report.postings)
    failed = report.failed
    if report.check:
        for label, names in (("missing", report.missing), ("stale", report.stale),
                             ("extra", report.extra)):
            for name in names:
                echo(f"{label}: {Path(report.out_dir) / name}", err=True)
        changes = len(report.missing) + len(report.stale) + len(report.extra)
        if changes:
            echo(f"Error: {changes} file{'s' if changes != 1 else ''} out of date in "
                       f"{report.out_dir}; run the same command without --check", err=True)
        elif not quiet:
            echo(f"All {total} postings up to date in {report.out_dir}")
    else:
        for name in report.orphans if not report.removed else []:
            echo(f"Warning: {Path(report.out_dir) / name} is no longer in the manifest; "
                       "--prune removes it", err=True)
        for name in report.removed:
            echo(f"Removed {Path(report.out_dir) / name}")
        if prune and report.kept:
            echo(f"Warning: nothing was pruned because {failed} posting"
                 f"{'s' if failed != 1 else ''} failed; their earlier files are kept until "
                 "every posting builds", err=True)
        if not quiet:
            echo(f"{total - failed} of {total} postings built into {report.out_dir}: "
                       f"{len(report.written)} files written, {len(report.unchanged)} unchanged")
    for error in report.errors:
        echo(f"Error: {error}", err=True)
    if failed:
        echo(f"Error: {failed} of {total} postings failed", err=True)
