"""JSON Schema for the files people write: roles, company profiles, manifests.

The schemas come straight from the pydantic models, so the descriptions an
editor shows on hover are the same ``Field(description=...)`` texts the code
uses, and a schema can never drift from what ``jdgen validate`` accepts.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from jdgen.errors import JdgenError

SCHEMA_URL = "https://json-schema.org/draft/2020-12/schema"
KINDS = ("role", "company", "manifest")


def _model(kind: str) -> type[BaseModel]:
    if kind == "role":
        from jdgen.models import Role

        return Role
    if kind == "company":
        from jdgen.models import Company

        return Company
    if kind == "manifest":
        from jdgen.inputs.manifest import Manifest

        return Manifest
    raise JdgenError(f"unknown schema '{kind}'; choose one of: {', '.join(KINDS)}")


def schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) for ``kind`` files."""
    if kind == "role":  # a whole role, or an overlay that extends another
        from pydantic import TypeAdapter

        from jdgen.inputs.overlaymodels import RoleOverlay
        from jdgen.models import Role

        defs = TypeAdapter(Role | RoleOverlay).json_schema(mode="validation")["$defs"]
        body = {
            "description": "A whole role, or an overlay: a role that 'extends' another and "
                           "states only what differs.",
            "if": {"type": "object", "required": ["extends"]},
            "then": {"$ref": "#/$defs/RoleOverlay"},
            "else": {"$ref": "#/$defs/Role"},
            "$defs": defs,
        }
    else:
        body = _model(kind).model_json_schema(mode="validation")
    return {
        "$schema": SCHEMA_URL,
        "title": f"jdgen {kind} file",
        **{k: v for k, v in body.items() if k != "title"},
    }


def schema_text(kind: str) -> str:
    """The schema as stable, pretty-printed JSON ending in a newline."""
    return json.dumps(schema(kind), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
