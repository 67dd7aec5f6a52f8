"""Run every rule over a document and apply the settings (disable, severities, threshold)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any

from jdgen.lint.config import LintConfig
from jdgen.lint.context import Context
from jdgen.lint.document import Document
from jdgen.lint.findings import FileReport, Finding, Severity

Check = Callable[[Context], Iterator[Finding]]


def _checks() -> list[Check]:
    from jdgen.lint import gender, pay, readability, spelling, structure, wording

    return [gender.check, wording.check, readability.check, structure.check, pay.check,
            spelling.check]


def today() -> dt.date:
    """``SOURCE_DATE_EPOCH`` as a UTC date when set (reproducible runs), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


def run(doc: Document, source: str, config: LintConfig, *, kind: str = "md",
        facts: dict[str, Any] | None = None, as_of: dt.date | None = None) -> FileReport:
    """Lint ``doc`` and return the findings the settings keep, in document order."""
    from jdgen.lint.facts import collect

    given = dict(facts or {})
    known = {k: given.pop(k, None) for k in ("company", "locale", "reports to")}
    ctx = Context(doc=doc, config=config, today=as_of or today(), employees=config.employees,
                  facts=collect(doc, {**known, "location": given.get("location")}), **given)
    found: list[Finding] = []
    for check in _checks():
        found.extend(check(ctx))
    kept = sorted(apply_config(found, config), key=Finding.sort_key)
    return FileReport(source, tuple(kept), kind, ctx.stats)


def apply_config(findings: Iterable[Finding], config: LintConfig) -> Iterator[Finding]:
    """Drop disabled rules, apply per-rule severities, then the reporting threshold."""
    threshold = Severity.parse(config.severity)
    disabled = set(config.disable)
    for item in findings:
        if item.rule in disabled:
            continue
        override = config.rules.get(item.rule)
        if override == "off":
            continue
        if override is not None:
            item = replace(item, severity=Severity.parse(override))
        if item.severity >= threshold:
            yield item
