"""Which role wins for each id once overlays are merged onto their bases.

An overlay extends the winning role of the id it names (or an alias or title of
a plain role), or, when it names its own id, the definition of that id further
down the search path. Unknown bases, self-extension with nothing below,
circles and chains of more than :data:`MAX_CHAIN` overlays are one error each,
naming the overlay's file, line and field. Chains are walked in a loop, never
by recursion, so no chain is too long to be told about.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jdgen.errors import DataError
from jdgen.inputs.overlay import Origins, Overlay, merge
from jdgen.models import Role

Definition = tuple[Role | Overlay, Path, bool]  # a role file's content, path, built-in or not
Resolved = tuple[Role, Origins | None]
MAX_CHAIN = 32  # overlays that may extend one another, one on the next


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

    depth: dict[tuple[str, int], int] = {}  # overlays between a definition and its plain role
    blamed: set[str] = set()  # overlays whose own problem is already said

    def here(item: Overlay) -> str:  # the overlay is parsed for its positions only for an error
        return f"{item.document().where(('extends',))}: extends"

    def get(start: tuple[str, int]) -> Resolved | None:
        """Walk down from ``start`` to a plain role (no recursion), then merge back up."""
        path: list[tuple[tuple[str, int], tuple[str, int]]] = []  # (overlay, its base)
        seen: dict[tuple[str, int], int] = {}
        key = start
        below: Resolved | None
        while True:
            if key in done:
                below = done[key]
                break
            item, _, _ = found[key[0]][key[1]]
            if isinstance(item, Role):
                done[key], depth[key] = (item, None), 0
                below = done[key]
                break
            if key in seen:
                chain = " -> ".join(k[0] for k, _ in path[seen[key]:]) + f" -> {key[0]}"
                problems.append(f"{here(item)}: the roles extend one another in a circle: "
                                f"{chain}")
                blamed.add(here(item))
                below = None
                break
            target = base_of(item, key[1])
            if isinstance(target, str):
                problems.append(f"{here(item)}: {target}")
                blamed.add(here(item))
                done[key] = below = None
                break
            seen[key] = len(path)
            path.append((key, target))
            key = target
        for key, target in reversed(path):
            item = found[key[0]][key[1]][0]
            assert isinstance(item, Overlay)
            result: Resolved | None = None
            if below is None:
                mark = here(item)
                if mark not in blamed:
                    problems.append(f"{mark}: '{item.extends}' could not be read, so "
                                    "this overlay cannot be merged (see its errors)")
            elif depth[target] + 1 > MAX_CHAIN:
                problems.append(f"{here(item)}: this overlay is number {depth[target] + 1} in "
                                "a chain of overlays that extend one another; at most "
                                f"{MAX_CHAIN} may (merge some of them into one file)")
            else:
                _, base_path, builtin = found[target[0]][target[1]]
                try:
                    result = merge(below[0], item, "built-in" if builtin else str(base_path),
                                   below[1])
                    depth[key] = depth[target] + 1
                except DataError as exc:
                    problems.extend(exc.problems)
            done[key] = below = result
        return done.get(start)

    out: dict[str, Resolved] = {}
    for role_id in found:
        resolved = get((role_id, 0))
        if resolved is not None:
            out[role_id] = resolved
    return out
