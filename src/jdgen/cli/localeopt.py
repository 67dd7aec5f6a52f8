"""The ``--locale`` option shared by build, lint, compare and init."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from jdgen.locale import check_locale, supported_list


class LocaleType(click.ParamType):  # type: ignore[type-arg]
    """A supported locale tag: en-US, en-GB, en-CA, en-AU or en-IE (any case, - or _)."""

    name = "LOCALE"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> str:
        try:
            return check_locale(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


F = TypeVar("F", bound=Callable[..., Any])


def locale_option(what: str) -> Callable[[F], F]:
    """``--locale LOCALE`` with help saying what it changes."""
    return click.option("--locale", type=LocaleType(), default=None,
                        help=f"{what} ({supported_list()}; default: the company file's, else "
                             "the job's country, else en-US).")
