"""`--remote`, `--hybrid`, `--onsite`: one work arrangement, never two.

The three flags fill one ``arrangement`` value. Given two different ones,
the command stops with a usage error instead of letting the last one win.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

_FLAGS = (("remote", "Fully remote role."), ("hybrid", "Hybrid role."),
          ("onsite", "On-site role."))


def arrangement_options(command: F) -> F:
    """Add the three flags; the command receives ``arrangement`` (or ``None``)."""
    for value, text in reversed(_FLAGS):
        command = click.option(f"--{value}", f"arrangement_{value}", is_flag=True,
                               expose_value=False, callback=_chooser(value), help=text)(command)
    return command


def _chooser(value: str) -> Callable[[click.Context, click.Parameter, bool], None]:
    def choose(ctx: click.Context, param: click.Parameter, given: bool) -> None:
        chosen = ctx.params.setdefault("arrangement", None)
        if not given:
            return
        if chosen not in (None, value):
            raise click.UsageError(f"--{chosen} and --{value} contradict each other; give one "
                                   "of --remote, --hybrid or --onsite", ctx)
        ctx.params["arrangement"] = value

    return choose
