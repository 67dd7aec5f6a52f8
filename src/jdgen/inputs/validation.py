"""Turn pydantic validation errors into ``file:line:col: field: message`` lines."""

from __future__ import annotations

import difflib
import re
import types
import typing
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from jdgen.errors import DataError

if TYPE_CHECKING:
    from jdgen.inputs.yamlfile import Loc, YamlDoc

M = TypeVar("M", bound=BaseModel)


# At most this many unknown fields are listed for one file (or one posting), and key names
# are cut to this many characters: a file that is not what it claims to be (say a manifest
# naming /etc/passwd as its company) must not have its contents echoed line by line.
MAX_UNKNOWN = 10
MAX_KEY = 40

_NOUNS = {"Role": "role", "Company": "company profile", "ManifestFile": "manifest",
          "Manifest": "manifest"}


def validate(model: type[M], doc: YamlDoc) -> M:
    """Validate ``doc`` as ``model``; on failure raise one line per problem."""
    if not isinstance(doc.data, dict):
        raise DataError([f"{doc.where(())}: expected a mapping of fields, "
                         f"found {_shape(doc.data)}"])
    foreign = _foreign(model, doc.data)
    if foreign:
        raise DataError([f"{doc.where(())}: {foreign}"])
    try:
        result = model.model_validate(doc.data)
    except ValidationError as exc:
        raise DataError(problems(
            model, exc.errors(),
            lambda err: doc.where(data_loc(model, err["loc"]),
                                  key=err["type"] == "extra_forbidden"),
        )) from None
    found = _own_checks(result)
    if found:  # what the model's own checks found: placeholders, conditions ...
        raise DataError([f"{doc.where(loc)}: {dotted(loc)}: {message}" for loc, message in found])
    return result


def _own_checks(result: BaseModel) -> list[tuple[Loc, str]]:
    """What a model's fields cannot check: a role's conditions and placeholders."""
    from jdgen.models import Role

    if not isinstance(result, Role):
        return []
    from jdgen.tailoring.variants import role_problems

    return role_problems(result)


def problems(model: type[BaseModel], errors: list[ErrorDetails],
             where: typing.Callable[[ErrorDetails], str]) -> list[str]:
    """``where: field: message`` for each error, listing at most MAX_UNKNOWN unknown fields."""
    lines: list[str] = []
    unknown = 0
    for err in errors:
        if err["type"] == "extra_forbidden":
            unknown += 1
            if unknown > MAX_UNKNOWN:
                continue
        lines.append(f"{where(err)}: {describe(model, err)}")
    if unknown > MAX_UNKNOWN:
        more = unknown - MAX_UNKNOWN
        first = next(e for e in errors if e["type"] == "extra_forbidden")
        lines.append(f"{where(first)}: ... and {more:,} more unknown "
                     f"field{'s' if more != 1 else ''}, not listed")
    return lines


def _foreign(model: type[BaseModel], data: dict[Any, Any]) -> str | None:
    """Why ``data`` is plainly not a ``model`` file at all, or None.

    That is: two or more keys, none of them a field nor close to one. Such a
    file gets one line, not an "unknown field" line per key.
    """
    fields = list(model.model_fields)
    if len(data) < 2 or any(str(key) in fields for key in data):
        return None
    # A key only faintly like a field ('services' and 'sites') does not make it one of ours.
    if any(difflib.get_close_matches(str(key)[:100], fields, n=1, cutoff=0.65)
           for key in list(data)[:50]):
        return None
    noun = _NOUNS.get(model.__name__, model.__name__.lower())
    return (f"this is not a {noun} file: none of its {len(data):,} top-level keys is a "
            f"{noun} field ({', '.join(fields[:6])}, ...)")


_PLAIN_KEY = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")


def dotted(loc: Loc) -> str:
    """``('a', 2, 'b')`` -> ``a[2].b``; an odd key is quoted: ``a["x[y"]``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _PLAIN_KEY.fullmatch(part) and len(part) <= MAX_KEY:
            out += f".{part}" if out else part
        else:
            out += f'["{quote_key(part)}"]'
    return out


def quote_key(key: str) -> str:
    """A key as it can be shown between double quotes: cut short, nothing unprintable."""
    from jdgen.errors import printable

    if len(key) > MAX_KEY:
        key = key[: MAX_KEY - 3] + "..."
    return printable(key.replace("\\", "\\\\").replace('"', '\\"'), newlines=False)


def data_loc(model: type[BaseModel], loc: Loc) -> Loc:
    """The part of a pydantic error location that names data (keys and indexes).

    Pydantic adds parts of its own: ``'[key]'`` after a mapping key that
    failed, and the member's name inside a union of several types. Which parts
    are which follows from the model's annotations, so a user's key that
    merely looks like one (``"a[b"``) is still named.
    """
    out: list[str | int] = []
    current: Any = model
    after_key = False
    for part in loc:
        if after_key and part == "[key]":
            after_key = False
            continue
        after_key = False
        annotation = _unwrap(current) if current is not None else None
        origin = typing.get_origin(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            info = annotation.model_fields.get(str(part))
            current = info.annotation if info is not None else None
        elif origin is list:
            current = typing.get_args(annotation)[0]
        elif origin is dict:
            current = typing.get_args(annotation)[-1]
            after_key = True
        elif origin in (typing.Union, types.UnionType):
            current = _member(annotation, part)  # the union member pydantic tried: not data
            continue
        else:
            current = None
        out.append(part)
    return tuple(out)


def _member(union: Any, name: str | int) -> Any:
    """The member of ``union`` that pydantic names ``name`` (its tag, or its class name)."""
    from pydantic import Tag

    for arg in typing.get_args(union):
        if typing.get_origin(arg) is typing.Annotated:
            if any(isinstance(m, Tag) and m.tag == name for m in arg.__metadata__):
                return arg
        elif isinstance(arg, type) and arg.__name__ == name:
            return arg
    return None


def describe(model: type[BaseModel], err: ErrorDetails) -> str:
    """One readable message for one pydantic error, prefixed with its field path."""
    loc = data_loc(model, err["loc"])
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


def _shape(value: object) -> str:
    """What a document holds instead of a mapping, without quoting any of it."""
    if value is None:
        return "nothing"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool | int | float):
        return "a single value"
    return "plain text (is this the right file?)"


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
        if typing.get_origin(current) in (typing.Union, types.UnionType):
            current = _holding(current, part)
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


def _holding(union: Any, part: str | int) -> Any:
    """The member of ``union`` that can hold ``part``: a model with that field, or a list."""
    for arg in typing.get_args(union):
        member = _unwrap(arg)
        if isinstance(member, type) and issubclass(member, BaseModel):
            if str(part) in member.model_fields:
                return member
        elif typing.get_origin(member) is (list if isinstance(part, int) else dict):
            return member
    return None


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
        return str(getattr(annotation, "expected_as", "a mapping"))  # a model may say more
    return None


def _unknown(model: type[BaseModel], loc: Loc) -> str:
    message = "unknown field"
    if not loc:
        return message
    parent = _unwrap(_annotation(model, loc[:-1]))
    members = [_unwrap(a) for a in typing.get_args(parent)] if typing.get_origin(parent) in (
        typing.Union, types.UnionType) else [parent]
    models = [m for m in members if isinstance(m, type) and issubclass(m, BaseModel)]
    if models:
        allowed = list(dict.fromkeys(name for m in models for name in m.model_fields))
        close = difflib.get_close_matches(str(loc[-1])[:100], allowed, n=1)
        if close:
            return f"{message}; did you mean '{close[0]}'?"
        return f"{message}; allowed: {', '.join(allowed)}"
    return message
