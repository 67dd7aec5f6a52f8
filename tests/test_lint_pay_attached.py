"""jdgen lint counts pay only when it is attached to the job: a pay fact, the pay section, a
sentence that ties a pay word to the amount. Money elsewhere (revenue, a budget) is not pay.
Every case is written as Markdown, HTML and DOCX and linted from the file."""

from __future__ import annotations

import datetime as dt
import html
import io
from pathlib import Path

import pytest

from jdgen.lint import lint_markdown, lint_paths

DAY = dt.date(2026, 11, 25)
# (kind, text): h = heading, p = paragraph, li = bullet, row = a two-cell table row "a|b".
Item = tuple[str, str]
HEAD: list[Item] = [("h1", "Director of Operations"), ("li", "Location: New York, NY"),
                    ("li", "Posted: 2026-11-01")]
BENEFITS: list[Item] = [("h", "Benefits"), ("li", "Medical, dental and vision insurance")]
PAY_FACT: list[Item] = [("li", "Pay: $150,000–$180,000 per year")]

TRAPS: dict[str, list[Item]] = {
    "revenue in the about text": [
        ("h", "About Northwind"), ("p", "Revenue grew to $40 million a year.")],
    "budget in a duty": [
        ("h", "What you will do"), ("li", "Own an operating budget of $12 million a year.")],
    "funding and spend": [
        ("p", "We raised $25M in 2025 and spend $3 million a year on training.")],
    "savings per month": [("p", "Our customers save $2,000 a month with our service.")],
    "pay as a verb for suppliers": [("p", "We pay suppliers $40 million a year.")],
    "pay word not tied to the amount": [
        ("p", "The compensation team manages $40 million a year in payroll.")],
    "pay to a named company": [("p", "We pay Acme Logistics $40 million a year.")],
    "salaries spent, not offered": [("p", "We spent $40 million in salaries last year.")],
    "pay beside a budget": [
        ("li", "Set pay policy for 200 staff and a $12 million budget.")],
    "a revenue fact": [("li", "Revenue: $40 million a year")],
    "an allowance under the pay heading": [
        ("h", "Pay and benefits"), ("p", "A learning budget of $1,000 a year.")],
    "a revenue table row": [("row", "Revenue|$40 million a year")],
}

ATTACHED: dict[str, list[Item]] = {
    "pay fact": PAY_FACT,
    "salary fact without a currency": [("li", "Salary: 150,000 - 180,000 per year")],
    "pay section": [("h", "Pay"), ("p", "The pay range for this role is $150,000–$180,000 "
                                        "per year. Where an offer falls depends on skills.")],
    "pay and benefits section, no pay word": [
        ("h", "Pay and benefits"), ("p", "$150,000–$180,000 a year, plus a yearly bonus.")],
    "a sentence tying salary to the amount": [
        ("p", "The salary for this role is between $150,000 and $180,000 a year.")],
    "we pay, hourly": [("p", "We pay $24 to $29 an hour.")],
    "the amount before its pay word": [
        ("h", "Benefits"), ("li", "$150,000–$180,000 base salary, plus equity")],
    "an hourly wage after the amount": [("li", "$25/hour starting wage")],
    "salary range for a named place": [
        ("p", "The anticipated base salary range for this position in New York City is "
              "$150,000 - $180,000.")],
    "pay for a place with its state": [
        ("p", "The pay for this role, based in Denver, Colorado, is $150,000 to $180,000.")],
    "compensation ranges from": [("p", "Compensation for this role ranges from $150k to $180k.")],
    "compensation table row": [("row", "Compensation|$150,000–$180,000")],
    "salary table row without a currency": [("row", "Salary|150,000 - 180,000")],
    "label cell then value cell": [("p", "Salary"), ("p", "$150,000–$180,000")],
}


def _markdown(items: list[Item]) -> str:
    lines: list[str] = []
    for kind, text in items:
        if kind == "row":
            if not lines or not lines[-1].startswith("|"):
                lines += ["", "| Fact | Value |", "|---|---|"]
            lines.append("| " + " | ".join(text.split("|")) + " |")
            continue
        if lines and lines[-1].startswith("|"):
            lines.append("")
        if kind == "h1":
            lines += [f"# {text}", ""]
        elif kind == "h":
            lines += ["", f"## {text}", ""]
        elif kind == "li":
            label, _, value = text.partition(": ")
            lines.append(f"- **{label}:** {value}" if value else f"- {text}")
        else:
            lines += ["", text, ""]
    return "\n".join(lines) + "\n"


def _html(items: list[Item]) -> str:
    body = []
    for kind, text in items:
        safe = html.escape(text)
        if kind == "row":
            cells = "".join(f"<td>{html.escape(c)}</td>" for c in text.split("|"))
            body.append(f"<table><tr>{cells}</tr></table>")
        elif kind in ("h1", "h"):
            tag = "h1" if kind == "h1" else "h2"
            body.append(f"<{tag}>{safe}</{tag}>")
        elif kind == "li":
            label, _, value = text.partition(": ")
            inner = f"<strong>{html.escape(label)}:</strong> {html.escape(value)}" if value \
                else safe
            body.append(f"<ul><li>{inner}</li></ul>")
        else:
            body.append(f"<p>{safe}</p>")
    return '<html lang="en-US"><body>\n' + "\n".join(body) + "\n</body></html>\n"


def _docx(items: list[Item]) -> bytes:
    import docx

    document = docx.Document()
    for kind, text in items:
        if kind == "row":
            cells = text.split("|")
            table = document.add_table(rows=1, cols=len(cells))
            for cell, value in zip(table.rows[0].cells, cells, strict=True):
                cell.text = value
        elif kind in ("h1", "h"):
            document.add_heading(text, level=1 if kind == "h1" else 2)
        else:
            document.add_paragraph(text, style="List Bullet" if kind == "li" else None)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def pay_rules(tmp_path: Path, fmt: str, items: list[Item]) -> list[str]:
    """The pay-range rules that fire on ``items`` written as ``fmt`` and read back."""
    path = tmp_path / f"posting.{fmt}"
    if fmt == "md":
        path.write_text(_markdown(items), encoding="utf-8")
    elif fmt == "html":
        path.write_text(_html(items), encoding="utf-8")
    else:
        path.write_bytes(_docx(items))
    [report] = lint_paths([path], as_of=DAY)
    return [f.rule for f in report.findings if f.rule in ("pay-range", "pay-range-width")]


FORMATS = ["md", "html", "docx"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("trap", TRAPS)
def test_money_that_is_not_pay_does_not_count(tmp_path: Path, fmt: str, trap: str) -> None:
    assert pay_rules(tmp_path, fmt, HEAD + TRAPS[trap] + BENEFITS) == ["pay-range"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("trap", TRAPS)
def test_money_that_is_not_pay_beside_real_pay(tmp_path: Path, fmt: str, trap: str) -> None:
    items = HEAD + PAY_FACT + TRAPS[trap] + BENEFITS
    assert pay_rules(tmp_path, fmt, items) == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("way", ATTACHED)
def test_pay_attached_to_the_job_counts(tmp_path: Path, fmt: str, way: str) -> None:
    trap = TRAPS["revenue in the about text"]
    assert pay_rules(tmp_path, fmt, HEAD + trap + ATTACHED[way] + BENEFITS) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_trap_in_a_posting_jdgen_wrote_without_pay(tmp_path: Path, fmt: str) -> None:
    """The issue's case: a New York posting whose only money is a revenue figure."""
    items = HEAD + [("h", "About Northwind"), ("p", "Northwind moves freight across the "
                    "Northeast. Revenue grew to $40 million a year."), ("h", "The role"),
                    ("p", "You run operations and report to the chief executive.")] + BENEFITS
    assert pay_rules(tmp_path, fmt, items) == ["pay-range"]


@pytest.mark.parametrize(("pay", "rules"), [
    ("CA$90-140k", []),                      # 90,000 to 140,000: within Ontario's 50,000
    ("CA$80-140k", ["pay-range-width"]),     # 80,000 to 140,000: 60,000 wide
    ("CAD 80,000 – 140,000", ["pay-range-width"]),
])
def test_width_reads_a_shared_scale_as_salary_does(pay: str, rules: list[str]) -> None:
    text = f"- **Location:** Toronto, ON\n- **Pay:** {pay}\n- **Posted:** 2026-11-01\n"
    report = lint_markdown(text, as_of=DAY)
    assert [f.rule for f in report.findings if f.rule.startswith("pay-range")] == rules


def test_the_finding_still_names_wording_that_stands_in_for_pay() -> None:
    text = ("- **Location:** New York, NY\n\nRevenue grew to $40 million a year. We pay a "
            "competitive salary.\n")
    [found] = [f.found for f in lint_markdown(text, as_of=DAY).findings if f.rule == "pay-range"]
    assert found.endswith(": 'competitive salary' is not a range")
