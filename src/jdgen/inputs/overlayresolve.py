"""Which role wins for each id once overlays are merged onto their bases.

An overlay extends the winning role of the id it names (or an alias or title of
a plain role), or, when it names its own id, the definition of that id further
down the search path. Unknown bases, self-extension with nothing below and
circles are one error each, naming the overlay's file, line and field.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jdgen.errors import DataError
from jdgen.inputs.overlay import Origins, Overlay, merge
from jdgen.models import Role

Definition = tuple[Role | Overlay, Path, bool]  # a role file's content, path, built-in or not
Resolved = tuple[Role, Origins | None]


def resolve(found: dict[str, list[Definition]], problems: list[str],
            normalise: Callable[[str], str]) -> dict[str, Resolved]:
    """The role that wins for each id, every overlay merged onto its base.

    ``found`` lists each id's definitions in search order (the first wins).
    An overlay extends the winning role of the id it names, or, when it names
    its own id, the definition of that id further down the search path. A
    problem (an unknown base, a cycle) is added to ``problems`` and that id is
    left out.
    """
    done: dict[tuple[str, int], Resolved | None] = {}

    def base_of(overlay: Overlay, level: int) -> tuple[str, int] | str:
        wanted = normalise(overlay.extends)
        if wanted == overlay.id:
            if level + 1 < len(found[overlay.id]):
                return overlay.id, level + 1
            return (f"extends '{overlay.extends}', its own id, but no role of that id lies "
                    "below it on the search path (a later folder or the built-ins); "
                    "give it an id of its own or extend another role")
        if wanted in found:
            return wanted, 0
        for role_id, definitions in found.items():
            first = definitions[0][0]
            if isinstance(first, Role) and wanted in {normalise(a) for a in
                                                      [*first.aliases, first.title]}:
                return role_id, 0
        import difflib

        close = difflib.get_close_matches(wanted, sorted(found), n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        return (f"extends '{overlay.extends}', which is not a known role{hint} "
                f"(known: {', '.join(sorted(found)) or 'none'})")

    def get(key: tuple[str, int], stack: list[tuple[str, int]]) -> Resolved | None:
        if key in done:
            return done[key]
        item, _, _ = found[key[0]][key[1]]
        if isinstance(item, Role):
            done[key] = (item, None)
            return done[key]
        def here() -> str:  # the overlay is parsed for its positions only for an error
            return f"{item.document().where(('extends',))}: extends"

        if key in stack:
            chain = " -> ".join(k[0] for k in [*stack[stack.index(key):], key])
            problems.append(f"{here()}: the roles extend one another in a circle: {chain}")
            done[key] = None
            return None
        target = base_of(item, key[1])
        result: Resolved | None = None
        if isinstance(target, str):
            problems.append(f"{here()}: {target}")
        else:
            base = get(target, [*stack, key])
            if base is None:
                if not any(p.startswith(here()) for p in problems):
                    problems.append(f"{here()}: '{item.extends}' could not be read, so this "
                                    "overlay cannot be merged (see its errors)")
            else:
                _, base_path, builtin = found[target[0]][target[1]]
                try:
                    result = merge(base[0], item, "built-in" if builtin else str(base_path),
                                   base[1])
                except DataError as exc:
                    problems.extend(exc.problems)
        done[key] = result
        return result

    out: dict[str, Resolved] = {}
    for role_id in found:
        resolved = get((role_id, 0), [])
        if resolved is not None:
            out[role_id] = resolved
    return out
