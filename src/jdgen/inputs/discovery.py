"""Where roles and templates come from, and how a role name is resolved.

Search order, first match wins: folders given on the command line, folders in
``JDGEN_ROLES_DIR`` / ``JDGEN_TEMPLATES_DIR``, ``./roles`` / ``./templates`` of
the current folder, then the built-ins shipped with jdgen.
"""

from __future__ import annotations

import difflib
import os
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from jdgen import cache
from jdgen.errors import DataError, UnknownRoleError
from jdgen.inputs.validation import validate
from jdgen.models import Role

if TYPE_CHECKING:
    from jdgen.inputs.overlay import Origins, Overlay

_PACKAGE = Path(__file__).resolve().parents[1]  # the jdgen package
ENV_VARS = {"roles": "JDGEN_ROLES_DIR", "templates": "JDGEN_TEMPLATES_DIR"}


def builtin_dir(kind: str) -> Path:
    """Folder of built-in ``roles`` or ``templates``.

    A wheel carries them inside the package (``jdgen/_data``); an editable
    install or a source checkout finds them at the top of the repository.
    """
    packaged = _PACKAGE / "_data" / kind
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent.parent / kind


def search_path(kind: str, extra: Iterable[Path] = ()) -> list[Path]:
    """Folders to search for ``kind`` (``roles`` or ``templates``), in order."""
    extra = list(extra)
    dirs = list(extra)
    env = os.environ.get(ENV_VARS[kind], "")
    from_env = [Path(p) for p in env.split(os.pathsep) if p]
    dirs += from_env
    local = Path(kind)
    if local.is_dir() and not _same(local, builtin_dir(kind)):
        dirs.append(local)
    for folder in dirs:
        if not folder.is_dir():
            named = folder in from_env and folder not in extra
            where = f" (from {ENV_VARS[kind]})" if named else ""
            problem = f"is a file, not a {kind} folder" if folder.exists() else \
                f"{kind} folder does not exist"
            raise DataError([f"{folder}: {problem}{where}"])
    dirs.append(builtin_dir(kind))
    unique: list[Path] = []
    for folder in dirs:
        if all(not _same(folder, seen) for seen in unique):
            unique.append(folder)
    return unique


def beside(manifest: Path, kind: str) -> list[Path]:
    """The manifest's own ``roles`` or ``templates`` folder, when it has one.

    A manifest's custom roles are found next to it, as its company files are,
    whatever folder jdgen runs from; ``./roles`` of the current folder is
    searched anyway (see :func:`search_path`).
    """
    folder = manifest.parent / kind
    if not folder.is_dir() or _same(folder, Path(kind)) or _same(folder, builtin_dir(kind)):
        return []
    return [folder]


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def normalise(name: str) -> str:
    """Lower-case, with runs of spaces, underscores and slashes made one hyphen."""
    return re.sub(r"[\s_/]+", "-", name.strip().casefold()).strip("-")


@dataclass(frozen=True)
class RoleEntry:
    """A loaded role and where it came from."""

    role: Role
    path: Path
    builtin: bool
    shadows: tuple[Path, ...] = ()
    origins: Origins | None = None  # an overlay's: where each part of the role came from


@dataclass
class Catalog:
    """All roles on the search path, the first of each id winning."""

    dirs: Sequence[Path]
    entries: dict[str, RoleEntry] = field(default_factory=dict)
    broken: dict[Path, list[str]] = field(default_factory=dict)  # files that could not be read
    broken_ids: dict[str, Path] = field(default_factory=dict)  # overlays that could not merge
    _found: dict[str, RoleEntry] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, dirs: Sequence[Path], *, warn: bool = True) -> Catalog:
        """Read every role file in ``dirs``.

        A file that cannot be read as a role (empty, half-written, invalid) is
        skipped with one warning line and kept in :attr:`broken`: only a
        command that needs that role fails (see :meth:`find`). The file this
        process is writing its own output to (``jdgen show coo --json >
        roles/coo.yaml``) is not read at all. Two files with one id in the
        same folder are an error. Overlays (files that ``extend`` another role)
        are merged once every plain role is known, so an overlay may extend a
        role from any folder.
        """
        catalog = cls(dirs)
        problems: list[str] = []
        builtin = builtin_dir("roles")
        found: dict[str, list[tuple[Role | Overlay, Path, bool]]] = {}
        output = _stdout_file()
        for folder in dirs:
            seen_here: dict[str, Path] = {}
            is_builtin = _same(folder, builtin)
            for path in role_files(folder):
                if output is not None and _is_file(path, output):
                    continue
                try:
                    role = load_role_file(path)
                except DataError as exc:
                    catalog.broken[path] = exc.problems
                    more = len(exc.problems) - 1
                    rest = f"; {more} more problems, jdgen validate lists them" if more else ""
                    if warn:
                        _warn(f"Warning: {exc.problems[0]} (file skipped{rest})")
                    continue
                if role.id in seen_here:
                    problems.append(
                        f"{path}: role id '{role.id}' is also defined in {seen_here[role.id]}"
                    )
                    continue
                seen_here[role.id] = path
                found.setdefault(role.id, []).append((role, path, is_builtin))
        from jdgen.inputs.overlayresolve import resolve

        merging: list[str] = []
        merged = resolve(found, merging, normalise)
        for role_id, definitions in found.items():
            _, path, is_builtin = definitions[0]
            if role_id in merged:
                role, origins = merged[role_id]
                catalog.entries[role_id] = RoleEntry(
                    role, path, is_builtin, tuple(p for _, p, _ in definitions[1:]), origins)
                continue
            # An overlay that cannot be merged is a broken file like any other: only
            # the commands that need its role fail.
            mine = [p for p in merging if p.startswith(f"{path}:")] or [
                f"{path}: this overlay could not be merged onto its base"]
            catalog.broken[path] = mine
            catalog.broken_ids[role_id] = path
            if warn:
                _warn(f"Warning: {mine[0]} (file skipped)")
        if problems:
            raise DataError(problems)
        return catalog

    def find(self, name: str) -> RoleEntry:
        """Resolve an id or alias, case-insensitively; suggest near misses."""
        found = self._found.get(name)
        if found is not None:  # a batch asks for the same few roles thousands of times
            return found
        wanted = normalise(name)
        if wanted in self.broken_ids:
            raise DataError(self.broken[self.broken_ids[wanted]])
        for path, problems in self.broken.items():  # the file meant to hold this role is broken
            if normalise(path.stem) == wanted:
                raise DataError(problems)
        if wanted in self.entries:  # an id wins over another role's alias
            self._found[name] = self.entries[wanted]
            return self.entries[wanted]
        for entry in self.entries.values():
            names = {entry.role.id, *(normalise(a) for a in entry.role.aliases)}
            names.add(normalise(entry.role.title))
            if wanted in names:
                self._found[name] = entry
                return entry
        known = sorted(self.entries)
        every = known + [normalise(a) for e in self.entries.values() for a in e.role.aliases]
        close = difflib.get_close_matches(wanted, every, n=1, cutoff=0.6)
        hint = f" Did you mean '{close[0]}'?" if close else ""
        if self.broken:
            hint += (f" {len(self.broken)} role file{'s' if len(self.broken) != 1 else ''}"
                     " could not be read (see the warnings above).")
        raise UnknownRoleError(
            f"unknown role '{name}'.{hint} Available roles: {', '.join(known) or 'none'}"
        )


def _warn(message: str) -> None:
    """One warning line on stderr (each process of a batch loads its roles once)."""
    from jdgen.errors import echo

    echo(message, err=True)


def _stdout_file() -> os.stat_result | None:
    """What standard output is, when it is a regular file (a shell's ``> file``)."""
    import stat

    try:
        info = os.fstat(sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):  # no real descriptor (a test runner's buffer)
        return None
    return info if stat.S_ISREG(info.st_mode) else None


def _is_file(path: Path, info: os.stat_result) -> bool:
    try:
        here = path.stat()
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (info.st_dev, info.st_ino)


def role_files(folder: Path) -> list[Path]:
    """Role files directly inside ``folder``, sorted by name."""
    return sorted(p for p in folder.iterdir() if p.suffix in {".yaml", ".yml"} and p.is_file())


def load_role(path: Path) -> Role:
    """Read and validate one role file that stands alone (not an overlay)."""
    role = load_role_file(path)
    if not isinstance(role, Role):
        raise DataError([f"{path}: this role extends '{role.extends}'; it is read with the "
                         "roles folder it belongs to (jdgen roles, jdgen show)"])
    return role


def load_role_file(path: Path) -> Role | Overlay:
    """Read one role file: a role (validated, or from the cache) or an overlay to merge.

    The file is read once, never past the YAML size limit; what is validated
    is exactly what names the cache entry.
    """
    from jdgen.inputs.reading import MAX_YAML_BYTES, read_capped

    data = read_capped(path, MAX_YAML_BYTES, folder_noun="YAML file")
    name = _cache_name(data)
    if name is not None:
        role = _cached_role(name)
        if role is not None:
            return role
        from jdgen.inputs.overlay import cached_overlay

        overlay = cached_overlay(path, data, name)
        if overlay is not None:
            return overlay
    from jdgen.inputs.yamlfile import (  # PyYAML only when a file must really be read
        decode,
        read_yaml,
    )

    doc = read_yaml(path, text=decode(path, data))
    if doc.data is None:
        raise DataError([f"{path}: file is empty; expected a role definition"])
    from jdgen.inputs.overlaymodels import is_overlay

    if is_overlay(doc.data):
        from jdgen.inputs.overlay import read_overlay

        return read_overlay(doc, data, name)
    role = validate(Role, doc)
    if name is not None:
        from jdgen.inputs.modeldata import dump

        cache.store(_ROLE_CACHE, name, dump(role))
    return role


_ROLE_CACHE = "roles"
# what validating a role runs
_MODEL_CODE = ("jdgen.models", "jdgen.inputs.countries", "jdgen.inputs.currencies")


def _cache_name(data: bytes) -> str | None:
    """The role file's bytes and everything validating them depends on."""
    import pydantic

    return cache.key_with_code(cache.sources(*_MODEL_CODE), "role", pydantic.VERSION,
                               sys.version, data)


def _cached_role(name: str) -> Role | None:
    """The role stored as JSON (data, never code), each value checked against its field."""
    from jdgen.inputs.modeldata import rebuild

    stored = cache.load(_ROLE_CACHE, name)
    if stored is None:
        return None
    try:
        return rebuild(Role, stored)
    except ValueError:  # a damaged or foreign entry only means validating the file again
        return None
