"""Merged overlays kept in jdgen's cache, so a warm build parses no overlay file.

Two kinds of entry, both data (JSON), never code, and each checked when read:

* a *head* says what an overlay file's bytes were found to be: its id and base;
* a *merge* holds the merged role and where its parts came from, named by the
  overlay's bytes, the base role as data, where the base is, what the base's
  own overlays said, and the code that merges and validates them.

A damaged or foreign entry only means reading and merging again; an edit to
any input gives a new name, so it can never be hidden.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from jdgen import cache
from jdgen.models import Role

HEADS = "overlay-heads"
MERGED = "overlays"
_CODE = ("jdgen.inputs.overlay", "jdgen.inputs.overlaycache", "jdgen.inputs.overlaymodels",
         "jdgen.models", "jdgen.inputs.countries", "jdgen.inputs.currencies",
         "jdgen.inputs.yamlfile", "jdgen.tailoring.variants")
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def store_head(fingerprint: str, role_id: str, extends: str) -> None:
    """Remember that the bytes named ``fingerprint`` are an overlay of ``extends``."""
    cache.store(HEADS, fingerprint, json.dumps([role_id, extends]).encode("utf-8"))


def cached_head(fingerprint: str) -> tuple[str, str] | None:
    """The id and base of the overlay whose bytes are named ``fingerprint``, if known."""
    stored = cache.load(HEADS, fingerprint)
    if stored is None:
        return None
    try:
        role_id, extends = json.loads(stored)
    except (ValueError, TypeError):
        return None
    if not (isinstance(role_id, str) and isinstance(extends, str)
            and _ID.fullmatch(role_id) and 0 < len(extends) <= 120):
        return None
    return role_id, extends


def merged_name(fingerprint: str, base: Role, base_source: str, inherited: str) -> str | None:
    """The name of one merge; ``inherited`` is the base's own origins as JSON."""
    import pydantic

    from jdgen.inputs.modeldata import dump

    return cache.key_with_code(cache.sources(*_CODE), "overlay", pydantic.VERSION,
                               sys.version, fingerprint, dump(base), base_source, inherited)


def store_merge(name: str, role: Role, origins: str) -> None:
    """Keep a merged role and its origins (JSON) as entry ``name``."""
    from jdgen.inputs.modeldata import dump

    cache.store(MERGED, name, json.dumps({"role": dump(role).decode("utf-8"),
                                          "origins": origins}).encode("utf-8"))


def cached_merge(name: str) -> tuple[Role, Any] | None:
    """The role merged before under ``name`` (checked field by field) and its origins data."""
    from jdgen.inputs.modeldata import rebuild

    stored = cache.load(MERGED, name)
    if stored is None:
        return None
    try:
        entry = json.loads(stored)
        return rebuild(Role, entry["role"].encode("utf-8")), json.loads(entry["origins"])
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
