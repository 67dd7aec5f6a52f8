"""What the app reads back to the recruiter: the pay and the place as jdgen understands them.

The one place the web app calls the pay and place parsers, so a change to
them is adapted here and nowhere else.
"""

from __future__ import annotations


def place_reading(text: str) -> tuple[str, str | None]:
    """'Austin, TX' -> ('Austin, TX — United States', 'US'); the code is None when unknown.

    The place is read as a build reads it (:class:`~jdgen.models.Location`), so the
    country shown is the one the posting's JSON-LD, locale and pay will use.
    """
    from pydantic import ValidationError

    from jdgen.inputs.countries import country_name
    from jdgen.models import Location

    try:
        location = Location.model_validate(text)
    except ValidationError:
        return text.strip(), None
    code = location.country_code
    where = location.display()
    if code is None:
        return (f"{where} — country not recognised; add it, e.g. 'Denver, CO, US'"), None
    country = country_name(code)
    return (f"{where} — {country}" if where != country else country), code


def pay_reading(text: str, currency: str | None, period: str | None,
                country: str | None, locale: str | None) -> str:
    """'£85k-£100k' -> '£85,000–£100,000 per year'; ValueError in the CLI's words if unread."""
    from jdgen.tailoring.salary import currency_for, format_pay, parse_salary

    salary = parse_salary(text)
    code = (currency or "").strip().upper() or None
    if code is None:
        code = salary.currency if salary.currency and not salary.shared else \
            currency_for(salary.marker, country, locale or "en-US")
    return format_pay(salary.low, salary.high, code, period or "year", country, locale)
