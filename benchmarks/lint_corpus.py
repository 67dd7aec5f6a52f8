"""Precision and recall of ``jdgen lint`` on the labelled corpus in tests/lint_corpus/.

Run from the repository root with jdgen installed::

    python benchmarks/lint_corpus.py            # a Markdown table, per rule and overall
    python benchmarks/lint_corpus.py --misses   # also list every false alarm and miss

Each case is linted alone. For every scored rule, a case the rule fires on and is
labelled with is a true positive, one it fires on but is not labelled with a false
alarm, and one labelled but not fired on a miss. Precision is true positives over
everything the rule fired on, recall true positives over everything labelled.
tests/test_lint_corpus.py asserts the thresholds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "lint_corpus"
DAY = dt.date(2026, 11, 25)  # the pay table's review date: no staleness finding
TEXT_RULES = ("gender-coded", "age-coded", "ability-coded", "exclusionary", "cliche",
              "placeholder", "spelling")
PAY_RULES = ("pay-range", "pay-range-width", "pay-benefits")


@dataclass(frozen=True)
class Case:
    """One labelled snippet."""

    file: str
    id: str
    text: str
    expect: frozenset[str]
    scored: tuple[str, ...]
    format: str = "md"


@dataclass
class Tally:
    """Counts for one rule (or all of them)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        fired = self.tp + self.fp
        return self.tp / fired if fired else 1.0

    @property
    def recall(self) -> float:
        labelled = self.tp + self.fn
        return self.tp / labelled if labelled else 1.0


@dataclass
class Score:
    """Per-rule tallies, the overall tally, and what went wrong where."""

    rules: dict[str, Tally] = field(default_factory=dict)
    total: Tally = field(default_factory=Tally)
    false_alarms: list[tuple[Case, str]] = field(default_factory=list)
    misses: list[tuple[Case, str]] = field(default_factory=list)
    cases: int = 0


def load_cases(folder: Path = CORPUS) -> list[Case]:
    """Every case of every ``*.yaml`` file in ``folder``, in file then case order."""
    cases = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        scored = TEXT_RULES + (PAY_RULES if data.get("pay") else ())
        for item in data["cases"]:
            expect = frozenset(item["expect"])
            unknown = expect - set(scored)
            if unknown:
                raise ValueError(f"{path.name}: {item['id']}: rules not scored here: {unknown}")
            cases.append(Case(path.name, item["id"], item["text"], expect, scored,
                              item.get("format", "md")))
    return cases


def fired(case: Case) -> set[str]:
    """The scored rules lint reports on ``case``."""
    from jdgen.lint import LintConfig
    from jdgen.lint.engine import run
    from jdgen.lint.html import parse_html
    from jdgen.lint.markdown import parse_markdown

    doc = parse_html(case.text) if case.format == "html" else parse_markdown(case.text)
    report = run(doc, case.id, LintConfig(), kind=case.format, as_of=DAY)
    return {f.rule for f in report.findings} & set(case.scored)


def score(cases: Iterable[Case]) -> Score:
    """Lint every case and tally the results."""
    result = Score()
    for case in cases:
        result.cases += 1
        got = fired(case)
        for rule in case.scored:
            tally = result.rules.setdefault(rule, Tally())
            if rule in got and rule in case.expect:
                tally.tp += 1
                result.total.tp += 1
            elif rule in got:
                tally.fp += 1
                result.total.fp += 1
                result.false_alarms.append((case, rule))
            elif rule in case.expect:
                tally.fn += 1
                result.total.fn += 1
                result.misses.append((case, rule))
    return result


def table(result: Score) -> str:
    """A Markdown table: one row per rule, then the overall row."""
    rows = ["| rule | labelled | fired | precision | recall |", "|---|---:|---:|---:|---:|"]
    order = [*TEXT_RULES, *PAY_RULES]
    for rule in sorted(result.rules, key=order.index):
        t = result.rules[rule]
        rows.append(f"| {rule} | {t.tp + t.fn} | {t.tp + t.fp} | {t.precision:.2f} | "
                    f"{t.recall:.2f} |")
    t = result.total
    rows.append(f"| **overall** | {t.tp + t.fn} | {t.tp + t.fp} | {t.precision:.2f} | "
                f"{t.recall:.2f} |")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--misses", action="store_true", help="list false alarms and misses")
    args = parser.parse_args(argv)
    result = score(load_cases())
    traps = sum(1 for c in load_cases() if not c.expect)
    print(f"{result.cases} cases ({traps} traps) in {CORPUS.name}/")
    print(table(result))
    if args.misses:
        for case, rule in result.false_alarms:
            print(f"false alarm: {case.file}:{case.id}: {rule}")
        for case, rule in result.misses:
            print(f"miss:        {case.file}:{case.id}: {rule}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
