"""Where a posting states its pay: the range attached to the job, not any money in it.

Money counts as the job's pay only where a reader would take it as such:

- the value of a pay fact: a ``Pay:``/``Salary:``/``Compensation:`` line, bullet or
  table row, its figures with or without a currency (the label jdgen writes and the
  usual others), and the JSON-LD
  ``baseSalary`` or front-matter ``salary`` that the readers turn into a fact;
- the cell after a cell that holds only a pay label (an HTML table or list);
- a sentence under a heading about pay ("Pay", "Salary", "Compensation", "Pay and
  benefits") that names money and nothing else money is counted in (a budget,
  revenue, an allowance);
- anywhere else, a sentence that ties a pay word to the money with nothing but
  linking words between them: "The salary is $90k to $110k a year", "The pay range
  for this role is ...", "We pay $24 to $29 an hour", "$25/hour starting wage".

So "Revenue grew to $40 million a year." or "You will own a $2 million budget." is
not pay, however much it reads like an amount a year.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from jdgen.lint.context import sentences, squash
from jdgen.lint.document import Block, Document

PAY_FACTS = ("pay", "salary", "compensation", "pay range", "salary range", "base salary",
             "base pay", "wage", "wages", "remuneration", "pay rate", "rate of pay",
             "hourly rate", "salary band", "pay band", "pay scale", "annual salary",
             "starting salary", "total compensation", "ote", "gehalt", "salaire",
             "rémunération", "salario", "sueldo")
_CODES = r"USD|EUR|GBP|CAD|AUD|CHF|NZD|SEK|NOK|DKK|JPY|INR|SGD|HKD|MXN|BRL|PLN|ZAR"
AMOUNT = (rf"(?:[$€£¥₹]|\b(?:{_CODES})\s?)\s?\d[\d,.]*\s*[kK]?\b"
          rf"|\b\d[\d,.]*\s*[kK]?\s?(?:{_CODES}|dollars|euros|pounds)\b")
MONEY = re.compile(AMOUNT)
# Two figures joined as a range, currency or not: in a pay fact, '90,000 - 110,000' is pay.
_FIGURES = re.compile(r"\d[\d,.]*\s*[kKmM]?\s*(?:-|–|—|to)\s*\d[\d,.]*\s*[kKmM]?\b")
# A Markdown table row as lint reads it: the label cell, spaces, the value cell.
_ROW = re.compile(rf"\s*(?:{'|'.join(re.escape(f) for f in PAY_FACTS)})(?: {{2,}}|\t)\S",
                  re.IGNORECASE)
_PAY_HEADING = re.compile(r"\b(?:pay|salary|salaries|compensation|remuneration|wages?|"
                          r"rewards?|earnings|gehalt|salaire|rémunération)\b", re.IGNORECASE)
# Money counted in something other than the job's pay, in a sentence under a pay heading.
_NOT_PAY = re.compile(r"\b(?:budgets?|revenues?|turnover|sales|funding|raised|valuation|"
                      r"spend(?:ing)?|costs?|allowances?|stipends?|reimburse\w*|"
                      r"match(?:es|ing)?|payroll|profits?|savings|donations?|grants?)\b",
                      re.IGNORECASE)
_PAY_WORD = re.compile(r"\b(?:salary|salaries|pay|pays|paying|compensation|remuneration|"
                       r"wages?|earn|earns|earning|earnings|ote)\b", re.IGNORECASE)
# Words that may stand between a pay word and its amount: "salary for this role is
# between", "pay range: from", "compensation will be", "base salary range for this
# position in New York is" (a capitalised word is taken as part of a place's name).
# Any other word breaks the tie: "we pay suppliers $40 million" is not pay.
_LINKS = frozenset("""
    for of this the role position job post opening vacancy is are will would be
    range ranges ranging band scale bracket from between at starts start starting up to
    offered offer expected expect anticipated estimated estimate our we you a an base
    basic annual annually yearly hourly gross total target rate currently set and in 'll
    which based located where applicants candidates hires hire new successful typically
    full-time part-time
""".split())
# An amount followed by its pay word: '$150,000–$180,000 base salary', '$25/hour starting
# wage'. Only a period and adjectives may stand between ('$40 million in salaries' is not).
_AFTER = re.compile(rf"(?:{AMOUNT})\s*(?:(?:/|per |an? )\s*(?:hour|hr|year|yr|month|week|day|"
                    r"annum)\b\s*)?(?:(?:base|basic|starting|annual|yearly|monthly|hourly|gross|"
                    r"total|target)\s+)*(?:salary|pay|wages?|compensation|ote)\b", re.IGNORECASE)
_GAP = re.compile(r"[A-Za-z'-]+|[^\sA-Za-z'-]")
_MAX_GAP = 12


class Stated(NamedTuple):
    """Where pay is stated: ``block`` and ``text`` when found, else ``vague``, the
    first wording that stands in for a range ("competitive", "DOE"), with its block."""

    block: Block | None
    text: str | None
    vague: tuple[Block | None, str] | None


def stated_pay(doc: Document, not_range: re.Pattern[str],
               context: re.Pattern[str]) -> Stated:
    """The pay a posting states for the job (see the module's docstring).

    ``not_range`` matches wording that is not a range and ``context`` words that
    say a sentence is about pay; both only shape the 'vague' answer.
    """
    vague: tuple[Block | None, str] | None = None
    for key in (k for k in PAY_FACTS if k in doc.facts):
        value, block = doc.facts[key], doc.fact_blocks.get(key)
        if MONEY.search(value) or _FIGURES.search(value):
            return Stated(block, value, None)
        found = not_range.search(value)
        if vague is None:
            vague = (block, squash(found.group(0) if found else value, 40))
    heading, label = "", False
    for block in doc.blocks:
        if block.kind == "heading":
            heading, label = block.text, False
            continue
        row = _ROW.match(block.text)
        if (label or row) and (MONEY.search(block.text) or _FIGURES.search(block.text)):
            return Stated(block, block.text, None)
        label = _is_label(block.text)
        in_pay_section = bool(_PAY_HEADING.search(heading))
        for _, sentence in sentences(block):
            if _attached(sentence) or in_pay_section and (
                    MONEY.search(sentence) and not _NOT_PAY.search(sentence)):
                return Stated(block, sentence, None)
            if vague is None and context.search(sentence):
                found = not_range.search(sentence)
                if found:
                    vague = (block, found.group(0))
    return Stated(None, None, vague)


def _is_label(text: str) -> bool:
    """True for a cell that holds only a pay label: 'Salary', 'Pay range:'."""
    return text.strip().rstrip(":").strip().casefold() in PAY_FACTS


def _attached(sentence: str) -> bool:
    """True when a pay word and an amount are tied by linking words alone."""
    if _AFTER.search(sentence):
        return True
    for word in _PAY_WORD.finditer(sentence):
        money = MONEY.search(sentence, word.end())
        if money is None:
            return False
        gap = _GAP.findall(sentence[word.end():money.start()])
        if len(gap) <= _MAX_GAP and _links(gap):
            return True
    return False


def _links(gap: list[str]) -> bool:
    """True when every token links; a capitalised word only as a place's name, after
    'in', 'at', 'based' or 'located' ('in New York City', 'based in Denver, Colorado'),
    so 'we pay Acme Logistics $40 million' is not tied."""
    place = False
    for token in gap:
        if place and (token[0].isupper() or token == ","):
            continue  # 'New York City', 'Denver, Colorado': the place goes on
        if token.casefold() not in _LINKS and token not in ":-–—,()":
            return False
        place = token.casefold() in ("in", "at", "based", "located")
    return True
