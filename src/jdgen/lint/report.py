"""Findings -> text for people, JSON for programs, or GitHub Actions annotations."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from jdgen.lint.findings import FileReport, Finding, Severity

FORMATS = ("text", "json", "github")


def render(reports: Sequence[FileReport], fmt: str) -> str:
    """The whole report in ``fmt`` (one of FORMATS), ending in a newline."""
    if fmt == "json":
        return as_json(reports)
    if fmt == "github":
        return as_github(reports)
    return as_text(reports)


def has_errors(reports: Sequence[FileReport]) -> bool:
    """True when any finding is an error (lint then exits with 1)."""
    return any(f.severity is Severity.ERROR for r in reports for f in r.findings)


def _counts(reports: Sequence[FileReport]) -> Counter[str]:
    return Counter(f.severity.label for r in reports for f in r.findings)


def _totals(reports: Sequence[FileReport]) -> str:
    counts = _counts(reports)
    parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 and s != 'info' else ''}"
             for s in ("error", "warning", "info")]
    files = sum(1 + len(r.also) for r in reports)
    postings = f" ({len(reports)} posting{'s' if len(reports) != 1 else ''})" if files > len(
        reports) else ""
    return f"{', '.join(parts)} in {files} file{'s' if files != 1 else ''}{postings}"


def _named(report: FileReport) -> str:
    """``site/x.md`` or ``site/x.md (also x.html, x.json)``."""
    if not report.also:
        return report.source
    from pathlib import PurePath

    return f"{report.source} (also {', '.join(PurePath(a).name for a in report.also)})"


def _where(report: FileReport, finding: Finding) -> str:
    place = finding.position.describe()
    if not place:
        return report.source
    sep = ", " if finding.position.paragraph else ":"
    return f"{report.source}{sep}{place}"


def _summary(report: FileReport) -> str | None:
    stats = report.stats
    bits = []
    if "words" in stats:
        bits.append(f"{stats['words']} words")
    read = stats.get("readability")
    if read:
        bits.append(f"reading ease {read['reading_ease']}, grade {read['grade_level']}")
    gender = stats.get("gender")
    if gender:
        bits.append(f"{gender['verdict']} ({gender['masculine']} masculine-coded, "
                    f"{gender['feminine']} feminine-coded words)")
    if not bits and report.also:
        return f"{_named(report)}: one posting"
    return f"{_named(report)}: {'; '.join(bits)}" if bits else None


def as_text(reports: Sequence[FileReport]) -> str:
    """One block per finding (where, severity, rule, text found; why; suggestion)."""
    lines: list[str] = []
    for report in reports:
        summary = _summary(report)
        if summary:
            lines.append(summary)
        for item in report.findings:
            lines.append(f"{_where(report, item)}: {item.severity.label} [{item.rule}] "
                         f"{item.found}")
            lines.append(f"    why: {item.why}")
            lines.append(f"    try: {item.suggestion}")
    lines.append(_totals(reports))
    return "\n".join(lines) + "\n"


def _finding_json(item: Finding) -> dict[str, Any]:
    data: dict[str, Any] = {
        "rule": item.rule, "severity": item.severity.label,
        "found": item.found, "why": item.why, "suggestion": item.suggestion,
    }
    if item.position.line:
        key = "paragraph" if item.position.paragraph else "line"
        data[key] = item.position.line
        data["column"] = item.position.col
    return data


def as_json(reports: Sequence[FileReport]) -> str:
    """A stable JSON document: files (with findings and statistics) and totals."""
    counts = _counts(reports)
    doc = {
        "files": [{"file": r.source, "format": r.kind, "stats": r.stats, "also": list(r.also),
                   "findings": [_finding_json(f) for f in r.findings]} for r in reports],
        "summary": {"files": sum(1 + len(r.also) for r in reports), "postings": len(reports),
                    "errors": counts["error"],
                    "warnings": counts["warning"], "info": counts["info"]},
    }
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def as_github(reports: Sequence[FileReport]) -> str:
    """``::warning file=...,line=...,col=...,title=...::message`` workflow commands."""
    lines = []
    for report in reports:
        for item in report.findings:
            props = [f"file={escape_property(report.source)}"]
            message = f"{item.found}: {item.why}. Suggestion: {item.suggestion}"
            if item.position.line and not item.position.paragraph:
                props.append(f"line={item.position.line}")
                props.append(f"col={item.position.col}")
            elif item.position.line:
                message = f"{item.position.describe()}: {message}"
            props.append(f"title={escape_property('jdgen lint ' + item.rule)}")
            lines.append(f"::{_LEVEL[item.severity]} {','.join(props)}::{escape_data(message)}")
    lines.append(_totals(reports))
    return "\n".join(lines) + "\n"
