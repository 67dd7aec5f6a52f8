"""The one facts resolver: every way in becomes one request, settled by one set of rules.

The command line, a manifest's posting (YAML, CSV or XLSX row), the Python API,
``jdgen lint ROLE`` and the web form each gather what the user said into a
mapping of *facts*, named as a manifest names them (``company``, ``location``,
``salary``, ``reports_to`` ...), and hand it with the company profile, if any, to
:func:`resolve`. It returns the settled facts: one validated company (its places
with their countries, its pay with its currency), the tailoring options (the
locale decided) and the warnings the facts call for. Tailoring, rendering and
lint read only what it returns, so each rule below exists once.

A fact that cannot be settled raises :class:`FactError`, which names the fact
as the manifest spells it; the command line turns that into its option's name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from jdgen.errors import DataError
from jdgen.models import Company, Compensation
from jdgen.tailoring.salary import SHARED, Salary, parse_salary
from jdgen.tailoring.tailor import Options

# Facts that are the company's, copied over the profile's as given.
COMPANY_FACTS = ("industry", "employees", "stage", "size", "sites", "arrangement",
                 "employment_type", "direct_apply", "valid_for_days", "apply_url", "apply_email",
                 "benefits", "about", "apply", "eeo_statement", "website", "logo", "logo_file",
                 "applicant_locations")
# Facts that choose how the posting is written rather than describe the company.
POSTING_FACTS = ("focus", "reports_to", "team_size", "date", "valid_through", "locale")
# Every fact a request may hold.
FACTS = ("company", "company_name", "location", "salary", "currency", "period",
         *COMPANY_FACTS, *POSTING_FACTS)
# A company field that fails validation, as the fact that set it.
_FACT_OF_FIELD = {"name": "company", "locations": "location", "compensation": "salary"}


class FactError(DataError):
    """A fact that cannot be settled; ``fact`` names it as a manifest does."""

    def __init__(self, fact: str, message: str, *, given: bool = True) -> None:
        super().__init__([f"{fact}: {message}"])
        self.fact = fact
        self.reason = message
        self.given = given  # False when the value came from the company file


@dataclass(frozen=True)
class Settled:
    """The facts of one posting, settled: what tailoring and rendering read."""

    company: Company
    options: Options
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Voice:
    """How one way in names things in its messages.

    The command line says ``--currency`` and ``acme.yaml``; a manifest says
    ``currency`` and "the company file".
    """

    names: Mapping[str, str] | None = None
    source: str = "the company file"

    def name(self, fact: str) -> str:
        """How the user writes ``fact``."""
        return (self.names or {}).get(fact, fact)

    def setting(self, fact: str, value: str) -> str:
        """How the user would set ``fact`` to ``value``: '--currency GBP', 'currency: GBP'."""
        if self.names and fact in self.names:
            return f"{self.names[fact]} {value}"
        return f"'{fact}: {value}'"


def resolve(facts: Mapping[str, Any], base: Company | None = None, *,
            posting_id: str | None = None, locale_wins: bool = False,
            voice: Voice = Voice()) -> Settled:
    """Settle ``facts`` on top of the company profile ``base``.

    ``locale_wins`` says the request's locale beats the company file's (the
    ``--locale`` option does; a manifest's ``locale`` does not).
    """
    given = {key: value for key, value in facts.items() if value is not None}
    unknown = sorted(set(given) - set(FACTS))
    if unknown:
        raise FactError(unknown[0], "not a fact a posting can give (see FACTS in "
                        "jdgen.inputs.facts)")
    data: dict[str, Any] = base.model_dump(exclude_none=True) if base is not None else {}
    for key in ("company", "company_name"):  # the name alone, or the profile's overridden
        if key in given:
            data["name"] = given[key]
    data.update({key: given[key] for key in COMPANY_FACTS if key in given})
    if "location" in given:  # one place, or several (the first is the job's own)
        where = given["location"]
        data["locations"] = list(where) if isinstance(where, list | tuple) else [where]
    pay = _pay(base.compensation if base is not None else None, given, voice)
    if pay is not None:
        data["compensation"] = pay
    if "name" not in data:
        raise FactError("company", "no company: give 'company' (its name) or 'company_file' "
                        "(a profile)")
    company = _company(data, given)
    if given.get("valid_through") and given.get("valid_for_days"):
        raise FactError("valid_through", f"give {voice.name('valid_through')} or "
                        f"{voice.name('valid_for_days')}, not both")
    locale = _locale(given.get("locale"), company, locale_wins)
    company = _settle_pay(company, locale)
    warnings = [*_place_warnings(company), *_pay_warnings(company)]
    options = Options(focus=given.get("focus"), reports_to=given.get("reports_to"),
                      team_size=given.get("team_size"), date=_date(given.get("date")),
                      valid_through=_date(given.get("valid_through")),
                      valid_for_days=given.get("valid_for_days"), posting_id=posting_id,
                      locale=locale, notes=tuple(warnings))
    return Settled(company, options, tuple(warnings))


def job_country(company: Company) -> str | None:
    """The ISO code of the job's country: its first place's, else the first applicant
    area's for a remote role, else None."""
    if company.locations:
        return company.locations[0].country_code
    areas = company.applicant_locations
    return areas[0].country if areas and company.arrangement == "remote" else None


def salary_fields(text: str) -> dict[str, Any]:
    """A salary as people write it ('85k-100k', '£60k-£75k'), as compensation fields.

    A bare '$' or '¥' is kept as ``symbol``: the job's country says whose it is.
    Raises ValueError with a message a person can act on.
    """
    parsed = parse_salary(text)
    pay: dict[str, Any] = {"min": parsed.low, "max": parsed.high}
    if parsed.shared:
        pay["symbol"] = parsed.marker
    elif parsed.currency:
        pay["currency"] = parsed.currency
    return pay


# ------------------------------------------------------------------ the rules


def _pay(filed: Compensation | None, given: Mapping[str, Any],
         voice: Voice) -> dict[str, Any] | None:
    """The pay range the request asks for, on top of the company file's.

    A currency written in the salary must agree with the request's ``currency``
    and, when the request names none, with the file's. ``currency`` or
    ``period`` alone change the file's range; with no range at all they are
    left unused (a manifest's defaults may name a currency for postings that
    give no pay).
    """
    salary, currency, period = given.get("salary"), given.get("currency"), given.get("period")
    if currency is not None:
        currency = currency.strip().upper()
    pay = filed.model_dump(exclude_none=True) if filed is not None else {}
    if salary is not None:
        text = salary if isinstance(salary, str) else None
        try:
            fields = salary_fields(salary) if isinstance(salary, str) else (
                dict(salary) if isinstance(salary, Mapping) else
                salary.model_dump(exclude_none=True, exclude_unset=True))
        except ValueError as exc:
            raise FactError("salary", str(exc)) from None
        written = fields.get("currency") or fields.get("symbol")
        if written:
            shown = _written(text, written)
            if currency and not _agrees(written, currency):
                raise FactError("salary", f"the salary is in {shown} but "
                                f"{voice.name('currency')} says {currency}; give one currency")
            on_file = filed.currency if filed is not None else None
            if not currency and on_file and not _agrees(written, on_file):
                fix = (f"give the salary without a symbol, or add {voice.name('currency')} "
                       "to choose" if written in SHARED else
                       f"add {voice.setting('currency', written)} to override the file")
                raise FactError("salary", f"the salary is in {shown} but {voice.source}'s "
                                f"compensation.currency is {on_file}; {fix}")
        pay.pop("symbol", None)
        pay.update({key: fields[key] for key in ("min", "max", "period") if key in fields})
        if fields.get("currency"):
            pay["currency"] = fields["currency"]
        elif fields.get("symbol") and not (currency or pay.get("currency")):
            pay["symbol"] = fields["symbol"]  # whose dollar: the job's country says
    elif not pay:
        return None
    if currency:
        pay["currency"] = currency
        if pay.get("symbol") and not _agrees(pay["symbol"], currency):
            raise FactError("salary", f"the salary is in '{pay['symbol']}' but "
                            f"{voice.name('currency')} says {currency}; give one currency")
        pay.pop("symbol", None)
    if period:
        pay["period"] = period
    return pay


def _agrees(written: str, currency: str) -> bool:
    """Whether ``currency`` fits a salary written in ``written`` (a code or '$'/'¥')."""
    if written in SHARED:
        return currency in SHARED[written]
    return written == currency


def _written(text: str | None, written: str) -> str:
    """How the salary names its currency, for messages: 'GBP (£)', '$' or 'EUR'."""
    if written in SHARED:
        return f"'{written}'"
    if text is not None:
        return Salary(0, 0, written).written()
    return written


def _company(data: dict[str, Any], given: Mapping[str, Any]) -> Company:
    """The merged company, validated; an error names the fact that set the field."""
    from jdgen.inputs.validation import describe

    try:
        return Company.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = str(err["loc"][0]) if err["loc"] else "company"
        fact = _FACT_OF_FIELD.get(field, field)
        if fact == "salary" and err["loc"][-1] in ("currency", "period") \
                and err["loc"][-1] in given:
            fact = str(err["loc"][-1])
        message = describe(Company, err).split(": ", 1)[-1]
        raise FactError(fact, message, given=fact in given) from None


def _locale(asked: str | None, company: Company, wins: bool) -> str:
    from jdgen.locale import resolve as resolve_locale

    try:
        if wins:
            return resolve_locale(asked, company.locale, None, job_country(company))
        return resolve_locale(None, company.locale, asked, job_country(company))
    except ValueError as exc:
        raise FactError("locale", str(exc)) from None


def _settle_pay(company: Company, locale: str) -> Company:
    """The company with its pay's currency named: as written, else the job's place's."""
    from jdgen.tailoring.tailor import settled_pay

    pay = settled_pay(company.compensation, job_country(company), locale)
    if pay is company.compensation:
        return company
    return company.model_copy(update={"compensation": pay})


def _place_warnings(company: Company) -> list[str]:
    """A line for each reading of a place a person should check ('Portland': Oregon)."""
    from jdgen.inputs.locations import settle_place

    return [note for place in company.locations for note in settle_place(place)[1]]


def _pay_warnings(company: Company) -> list[str]:
    """Doubts about a pay range that reads correctly (far apart, implausible, foreign)."""
    pay = company.compensation
    if pay is None or pay.currency is None:
        return []
    from jdgen.tailoring.paywarnings import pay_warnings

    return pay_warnings(pay.min, pay.max, pay.currency, pay.period, job_country(company))


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value))
