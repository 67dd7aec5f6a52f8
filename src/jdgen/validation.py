"""Turn pydantic validation errors into ``file:line:col: field: message`` lines."""

from __future__ import annotations

import difflib
import types
import typing
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from jdgen.errors import DataError

if TYPE_CHECKING:
    from jdgen.yamlfile import Loc, YamlDoc

M = TypeVar("M", bound=BaseModel)


def validate(model: type[M], doc: YamlDoc) -> M:
    """Validate ``doc`` as ``model``; on failure raise one line per problem."""
    if not isinstance(doc.data, dict):
        kind = _kind(doc.data)
        raise DataError([f"{doc.where(())}: expected a mapping of fields, found {kind}"])
    try:
        result = model.model_validate(doc.data)
    except ValidationError as exc:
        raise DataError(
            [f"{doc.where(_path(err['loc']), key=err['type'] == 'extra_forbidden')}: "
             f"{describe(model, err)}" for err in exc.errors()]
        ) from None
    check = getattr(result, "problems", None)
    problems = check() if callable(check) else []
    if problems:
        raise DataError([f"{doc.where(loc)}: {dotted(loc)}: {message}"
                         for loc, message in problems])
    return result


def dotted(loc: Loc) -> str:
    """``('a', 2, 'b')`` -> ``a[2].b``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


# Tags of the tagged unions in jdgen.models: they name a reading of a value, not a field.
UNION_TAGS = frozenset({"plain", "conditional"})


def _path(loc: Loc) -> Loc:
    """``loc`` as a path into the file: validator names and union tags taken out."""
    return tuple(p for p in loc
                 if not (isinstance(p, str) and ("[" in p or p in UNION_TAGS)))


def describe(model: type[BaseModel], err: ErrorDetails) -> str:
    """One readable message for one pydantic error, prefixed with its field path."""
    loc = _path(err["loc"])
    path = dotted(loc)
    kind = err["type"]
    expected = _expected(model, loc)
    if kind == "missing":
        message = "missing required field"
    elif kind == "extra_forbidden":
        message = _unknown(model, loc)
    elif kind.endswith("_type") or kind in {"int_parsing", "float_parsing", "bool_parsing"}:
        message = f"expected {expected or kind.removesuffix('_type')}, found {_kind(err['input'])}"
    elif kind == "too_short" and isinstance(err["input"], list | dict):
        n = err.get("ctx", {}).get("min_length", 1)
        message = f"must have at least {n} item{'s' if n != 1 else ''}"
    elif kind == "string_too_long":
        n = err.get("ctx", {}).get("max_length")
        message = f"is {len(str(err['input'])):,} characters; the limit is {n}"
    elif kind == "value_error":
        message = str(err.get("ctx", {}).get("error", err["msg"]))
    else:
        message = err["msg"].replace("Input should be", "expected")
        if isinstance(err["input"], str | int | float) and not isinstance(err["input"], bool):
            message += f" (found '{_short(err['input'])}')"
    return f"{path}: {message}" if path else message


def _short(value: object) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _kind(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"'{str(value).lower()}' (true/false)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int | float):
        return f"the number {value}"
    return f"'{_short(value)}'"


def _annotation(model: type[BaseModel], loc: Loc) -> Any:
    """The type annotation that governs ``loc``, walking nested models."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            info = current.model_fields.get(str(part))
            if info is None:
                return None
            current = info.annotation
        elif typing.get_origin(current) in (list, dict):
            current = typing.get_args(current)[-1]
        else:
            return None
    return current


def _unwrap(annotation: Any) -> Any:
    """Strip ``Optional`` and ``Annotated`` wrappers."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation
            annotation = args[0]
        else:
            return annotation


def _expected(model: type[BaseModel], loc: Loc) -> str | None:
    return _name(_annotation(model, loc))


def _name(annotation: Any) -> str | None:
    annotation = _unwrap(annotation)
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        readings = [_name(a) for a in typing.get_args(annotation) if a is not type(None)]
        return " or ".join(dict.fromkeys(r for r in readings if r)) or None
    if origin is list:
        inner = _name(typing.get_args(annotation)[0])
        if inner is not None and " or " not in inner and inner.startswith(("a ", "an ")):
            return "a list of " + inner.removeprefix("a ").removeprefix("an ") + "s"
        return f"a list of values, each {inner}" if inner else "a list of values"
    if origin is dict:
        return "a mapping"
    if origin is typing.Literal:
        return "one of " + ", ".join(str(a) for a in typing.get_args(annotation))
    names = {str: "a string", int: "a whole number", float: "a number", bool: "true or false"}
    if annotation in names:
        return names[annotation]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "a mapping"
    return None


def _unknown(model: type[BaseModel], loc: Loc) -> str:
    parent = _unwrap(_annotation(model, loc[:-1]))
    message = "unknown field"
    if isinstance(parent, type) and issubclass(parent, BaseModel):
        allowed = list(parent.model_fields)
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
        if close:
            return f"{message}; did you mean '{close[0]}'?"
        return f"{message}; allowed: {', '.join(allowed)}"
    return message
