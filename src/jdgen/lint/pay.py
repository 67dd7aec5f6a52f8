"""Pay transparency: a pay range where the law requires one, within its limits.

Where the posting is comes from the build request or the posting's
``Location:`` fact (front matter and JSON-LD work too); whether pay is shown
comes from pay attached to the job (:mod:`jdgen.lint.paytext`): a ``Pay:`` or
``Salary:`` fact, the pay section, or a sentence that ties a pay word to an
amount. Other money in the text (revenue, a budget) is not pay.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from jdgen.lint.context import Context, finding, load_data
from jdgen.lint.document import Block
from jdgen.lint.findings import Finding, Severity
from jdgen.lint.paytext import AMOUNT, stated_pay
from jdgen.tailoring.paytable import Jurisdiction, pay_table, split_location

_RANGE = re.compile(rf"(?:{AMOUNT})\s*(?:-|–|—|to)\s*(?:(?:{AMOUNT})|\d[\d,.]*\s*[kK]?)")
_BENEFIT_FACTS = ("benefits", "perks", "benefits and perks", "what we offer")
# A heading or sentence that introduces benefits, so a benefit named there is one offered.
_OFFERED = re.compile(r"\bbenefit|\bperks?\b|\bwe offer|\byou(?:'ll| will)? (?:get|receive|enjoy)|"
                      r"\binclud|\brewards?\b|\bpackage\b|\bcompensation\b|\bpay\b|\bplus\b",
                      re.IGNORECASE)
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}


def check(ctx: Context) -> Iterator[Finding]:
    """Missing or too-wide pay ranges, missing benefits, and a stale table."""
    table = pay_table()
    if (ctx.today - table.reviewed).days > 365:
        yield finding("pay-table-stale", None, 0, f"table reviewed {table.reviewed}",
                      "pay-transparency laws change every year; an old table misses new ones",
                      "update jdgen, or review data/pay_transparency.yaml and its date")
    location, fact_block = _location(ctx)
    parts, arrangement = split_location(location or "")
    remote = bool(ctx.remote) or arrangement == "remote" or _says_remote(ctx)
    as_of = ctx.config.date or _posted(ctx) or ctx.today
    laws = [j for j in table.jurisdictions if j.covers(parts, remote) and j.effective <= as_of
            and (ctx.employees is None or ctx.employees >= j.min_employees)]
    not_range, context, _ = _words()
    pay_block, pay_text, vague = stated_pay(ctx.doc, not_range, context)
    has_pay = ctx.has_pay if ctx.has_pay is not None else pay_text is not None
    where = location or ("remote" if remote else "no location given")
    if not has_pay:
        at = vague[0] if vague else fact_block
        yield from _missing(laws, where, at, ctx.employees, vague[1] if vague else None)
    elif pay_text is not None:
        yield from _width(laws, pay_block, pay_text)
    if any(j.benefits for j in laws) and not _lists_benefits(ctx):
        names = ", ".join(j.name for j in laws if j.benefits)
        yield finding("pay-benefits", fact_block, 0, f"no benefits described ({where})",
                      f"the pay-transparency law of {names} also requires a general "
                      "description of benefits and other compensation",
                      "add a 'Pay and benefits' section listing health cover, leave, "
                      "retirement plan and any bonus or equity")


def _missing(laws: list[Jurisdiction], where: str, block: Block | None,
             employees: int | None, vague: str | None = None) -> Iterator[Finding]:
    size = "" if employees is not None else " (if you have at least {} employees)"
    said = f": '{vague}' is not a range" if vague else ""
    posting = [j for j in laws if j.disclosure == "posting"]
    if posting:
        names = "; ".join(f"{j.name}: {j.law}, from {j.effective}"
                          + (size.format(j.min_employees) if j.min_employees > 1 else "")
                          for j in posting)
        yield finding("pay-range", block, 0, f"no pay range ({where}){said}",
                      f"the law requires pay in the posting here — {names}; see "
                      + ", ".join(j.source for j in posting),
                      f"add the range: {posting[0].disclose}")
        return
    item = finding("pay-range", block, 0, f"no pay range ({where}){said}",
                   "postings with pay get more and better-matched applicants" + (
                       "; " + "; ".join(f"{j.name} requires {j.disclose} ({j.source})"
                                        for j in laws) if laws else ""),
                   "add the pay range, e.g. '$140,000–$175,000 per year'")
    yield replace(item, severity=Severity.WARNING)


def _width(laws: list[Jurisdiction], block: Block | None, text: str) -> Iterator[Finding]:
    found = _RANGE.search(text)
    if not found:
        return
    from jdgen.tailoring.salary import parse_salary

    try:  # read as --salary reads it: '$85-100k' is 85,000 to 100,000
        low, high = parse_salary(found.group(0))[:2]
    except ValueError:
        return
    if high <= low:
        return
    for law in laws:
        rule = law.max_width
        if rule is None or (rule.unless_top_above is not None and high > rule.unless_top_above):
            continue
        if high - low > rule.amount:
            yield finding("pay-range-width", block, found.start(), found.group(0),
                          f"{law.name} allows a spread of at most {rule.amount:,} "
                          f"({law.law}); this one is {high - low:,}",
                          f"narrow the range to {rule.amount:,} or less")


def _location(ctx: Context) -> tuple[str | None, Block | None]:
    block = ctx.doc.fact_blocks.get("location")
    if ctx.location is not None:
        return ctx.location, block
    return ctx.doc.facts.get("location"), block


def _says_remote(ctx: Context) -> bool:
    for key in ("work arrangement", "arrangement", "remote"):
        value = ctx.doc.facts.get(key, "").casefold()
        if "remote" in value or value in ("true", "yes"):
            return True
    return False


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(not a range, says it is pay, a benefit named), from data/pay_words.yaml."""
    data = load_data("pay_words.yaml")

    def either(items: list[str]) -> re.Pattern[str]:
        joined = "|".join(f"(?:{item})" for item in items)
        return re.compile(rf"(?<![^\W_])(?:{joined})(?![^\W_])", re.IGNORECASE)

    return either(data["not_ranges"]), either(data["pay_context"]), either(data["benefits"])


def _lists_benefits(ctx: Context) -> bool:
    """True when a benefit is named where benefits are offered: in a ``Benefits:``
    fact, under a heading about pay or benefits, or in a sentence that offers it.
    The word "benefits" alone (a heading, "great benefits") does not count."""
    _, _, benefit = _words()
    for key in _BENEFIT_FACTS:
        if benefit.search(ctx.doc.facts.get(key, "")):
            return True
    heading = ""
    for block in ctx.doc.blocks:
        if block.kind == "heading":
            heading = block.text
        elif benefit.search(block.text) and (_OFFERED.search(heading)
                                             or _OFFERED.search(block.text)):
            return True
    return False


def _posted(ctx: Context) -> dt.date | None:
    """The posting date from a ``Posted:``/``date:`` fact, if it parses."""
    for key in ("posted", "date", "date posted", "dateposted"):
        value = ctx.doc.facts.get(key)
        if not value:
            continue
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
        found = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", value.strip())
        if found and found.group(2).lower() in _MONTHS:
            try:
                return dt.date(int(found.group(3)), _MONTHS[found.group(2).lower()],
                               int(found.group(1)))
            except ValueError:
                return None
    return None
