"""Precision and recall of jdgen lint on the labelled corpus in tests/lint_corpus/."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "lint_corpus.py"


@pytest.fixture(scope="module")
def corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("jdgen_lint_corpus", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_corpus_is_big_enough_and_well_formed(corpus: ModuleType) -> None:
    cases = corpus.load_cases()
    assert len(cases) >= 120
    assert sum(1 for c in cases if not c.expect) >= 40  # traps that must trigger nothing
    ids = [(c.file, c.id) for c in cases]
    assert len(ids) == len(set(ids))
    labelled = {rule for c in cases for rule in c.expect}
    assert labelled == set(corpus.TEXT_RULES) | set(corpus.PAY_RULES)  # every rule is tested


def test_precision_and_recall(corpus: ModuleType) -> None:
    result = corpus.score(corpus.load_cases())
    wrong = [f"false alarm {c.file}:{c.id} {r}" for c, r in result.false_alarms] + [
        f"miss {c.file}:{c.id} {r}" for c, r in result.misses]
    assert result.total.precision >= 0.95, wrong
    assert result.total.recall >= 0.9, wrong
    for rule, tally in result.rules.items():
        assert tally.precision >= 0.8 and tally.recall >= 0.8, (rule, wrong)


def test_the_score_counts_false_alarms_and_misses(corpus: ModuleType, tmp_path: Path) -> None:
    """The scoring itself can fail: a wrong label shows up as a miss and a false alarm."""
    (tmp_path / "x.yaml").write_text(yaml.safe_dump({"pay": False, "cases": [
        {"id": "mislabelled", "text": "A young team.", "expect": ["cliche"]},
        {"id": "right", "text": "A rockstar.", "expect": ["cliche"]},
    ]}), encoding="utf-8")
    result = corpus.score(corpus.load_cases(tmp_path))
    assert [(c.id, r) for c, r in result.false_alarms] == [("mislabelled", "age-coded")]
    assert [(c.id, r) for c, r in result.misses] == [("mislabelled", "cliche")]
    assert result.rules["cliche"].recall == 0.5
    assert result.rules["age-coded"].precision == 0.0
    assert "| cliche | 2 | 1 | 1.00 | 0.50 |" in corpus.table(result)


def test_a_label_for_a_rule_the_file_does_not_score_is_refused(corpus: ModuleType,
                                                                 tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text(yaml.safe_dump({"pay": False, "cases": [
        {"id": "pay", "text": "Salary: DOE", "expect": ["pay-range"]}]}), encoding="utf-8")
    with pytest.raises(ValueError, match="rules not scored here"):
        corpus.load_cases(tmp_path)


def test_script_prints_the_table(corpus: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert corpus.main([]) == 0
    out = capsys.readouterr().out
    assert re.fullmatch(r"\d{3,} cases \(\d+ traps\) in lint_corpus/", out.splitlines()[0])
    assert "| **overall** |" in out


def test_readme_shows_the_current_table_and_corpus_size(corpus: ModuleType) -> None:
    readme = (SCRIPT.parent.parent / "README.md").read_text(encoding="utf-8")
    cases = corpus.load_cases()
    traps = sum(1 for c in cases if not c.expect)
    assert f"({len(cases)} cases, {traps} of them traps" in readme
    assert corpus.table(corpus.score(cases)) in readme
