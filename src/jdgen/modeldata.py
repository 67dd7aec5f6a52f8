"""Validated models kept as JSON data, and rebuilt from it without running pydantic again.

The role cache stores ``model_dump_json(exclude_unset=True)`` of a model that
was validated; reading it back with ``model_validate_json`` would be safe but
would first build pydantic's validators for every role model, which costs a
single build more than the cache saves. :func:`rebuild` instead walks the
model's own field types and calls ``model_construct`` level by level,
checking that each value has exactly the JSON type its field allows (text,
whole number, list, mapping, ``null`` or a nested model). Anything else raises
:class:`ValueError`, and the caller validates the source file again. Only
data is read: nothing here can run code.
"""

from __future__ import annotations

import json
import types
import typing
from typing import Any, Literal, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

_SCALARS: dict[type, tuple[type, ...]] = {str: (str,), int: (int,), bool: (bool,),
                                          float: (float, int)}


def dump(model: BaseModel) -> bytes:
    """The fields that were given, as JSON (the defaults are filled in again by :func:`rebuild`)."""
    return model.model_dump_json(exclude_unset=True).encode("utf-8")


def rebuild(model: type[M], data: bytes) -> M:
    """``model`` from :func:`dump`'s bytes; :class:`ValueError` if they do not fit its fields."""
    try:
        value = json.loads(data)
    except RecursionError:
        raise ValueError("nested too deep") from None
    return _model(model, value)


def _model(model: type[M], value: Any) -> M:
    if not isinstance(value, dict):
        raise ValueError(f"{model.__name__}: expected a mapping")
    fields = model.model_fields
    unknown = set(value) - set(fields)
    if unknown:
        raise ValueError(f"{model.__name__}: unknown fields {sorted(unknown)}")
    given = {name: _value(fields[name].annotation, item) for name, item in value.items()}
    missing = [name for name, field in fields.items() if field.is_required() and name not in given]
    if missing:
        raise ValueError(f"{model.__name__}: missing {missing}")
    return model.model_construct(_fields_set=set(given), **given)


def _value(kind: Any, value: Any) -> Any:
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if origin is typing.Annotated:
        return _value(args[0], value)
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        return _model(kind, value)
    if origin is list and isinstance(value, list):
        return [_value(args[0], item) for item in value]
    if origin is dict and isinstance(value, dict):
        return {_value(args[0], key): _value(args[1], item) for key, item in value.items()}
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        for option in args:
            if option is not type(None):
                try:
                    return _value(option, value)
                except ValueError:
                    continue
        raise ValueError(f"{value!r} fits none of {kind}")
    if origin is Literal:
        if value in args and type(value) in {type(arg) for arg in args}:
            return value
        raise ValueError(f"{value!r} is not one of {args}")
    if kind in _SCALARS and type(value) in _SCALARS[kind] and \
            not (kind is int and isinstance(value, bool)):
        return value
    raise ValueError(f"{value!r} does not fit {kind}")
