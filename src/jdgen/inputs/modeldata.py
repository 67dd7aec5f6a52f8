"""Validated models kept as JSON data, and rebuilt from it without running pydantic again.

The role cache stores ``model_dump_json(exclude_unset=True)`` of a model that
was validated; reading it back with ``model_validate_json`` would be safe but
would first build pydantic's validators for every role model, which costs a
single build more than the cache saves. :func:`rebuild` instead walks the
model's own field types and calls ``model_construct`` level by level,
checking that each value has exactly the JSON type its field allows (text,
whole number, list, mapping, ``null``, an ISO date or a nested model). Anything else raises
:class:`ValueError`, and the caller validates the source file again. Only
data is read: nothing here can run code.
"""

from __future__ import annotations

import datetime as dt
import json
import types
import typing
from collections.abc import Callable
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
    return _check(model)(value)  # type: ignore[no-any-return]


Check = Callable[[Any], Any]
# One check per field type, made the first time the type is met. The types live as
# long as their modules, so their ids are stable keys.
_CHECKS: dict[int, tuple[Any, Check]] = {}


def _check(kind: Any) -> Check:
    found = _CHECKS.get(id(kind))
    if found is None or found[0] is not kind:
        found = _CHECKS[id(kind)] = (kind, _make(kind))
    return found[1]


def _make(kind: Any) -> Check:
    """A function that returns ``value`` rebuilt as ``kind``, or raises ValueError."""
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if origin is typing.Annotated:
        return _check(args[0])
    if isinstance(kind, type) and issubclass(kind, BaseModel):
        return _model_check(kind)
    if origin is list:
        item = _check(args[0])

        def check_list(value: Any) -> Any:
            if not isinstance(value, list):
                raise ValueError(f"{value!r} is not a list")
            return [item(v) for v in value]
        return check_list
    if origin is dict:
        key, item = _check(args[0]), _check(args[1])

        def check_dict(value: Any) -> Any:
            if not isinstance(value, dict):
                raise ValueError(f"{value!r} is not a mapping")
            return {key(k): item(v) for k, v in value.items()}
        return check_dict
    if origin in (typing.Union, types.UnionType):
        nullable = type(None) in args
        options = [_check(option) for option in args if option is not type(None)]

        def check_union(value: Any) -> Any:
            if value is None and nullable:
                return None
            for option in options:
                try:
                    return option(value)
                except ValueError:
                    continue
            raise ValueError(f"{value!r} fits none of {kind}")
        return check_union
    if origin is Literal:
        allowed = {(type(arg), arg) for arg in args}

        def check_literal(value: Any) -> Any:
            if not isinstance(value, list | dict) and (type(value), value) in allowed:
                return value
            raise ValueError(f"{value!r} is not one of {args}")
        return check_literal
    if kind is dt.date:
        def check_date(value: Any) -> Any:
            if type(value) is str:  # a date is kept as its ISO text
                try:
                    return dt.date.fromisoformat(value)
                except ValueError:
                    pass
            raise ValueError(f"{value!r} is not a date")
        return check_date
    if kind in _SCALARS:
        accepted = _SCALARS[kind]

        def check_scalar(value: Any) -> Any:
            if type(value) in accepted:  # exact types: a bool is not a whole number
                return value
            raise ValueError(f"{value!r} does not fit {kind}")
        return check_scalar

    def refuse(value: Any) -> Any:
        raise ValueError(f"{value!r} does not fit {kind}")
    return refuse


def _model_check(model: type[BaseModel]) -> Check:
    fields = model.model_fields
    required = [name for name, field in fields.items() if field.is_required()]
    checks: dict[str, Check] = {}

    def check_model(value: Any) -> Any:
        if not isinstance(value, dict):
            raise ValueError(f"{model.__name__}: expected a mapping")
        if not checks:
            checks.update({name: _check(field.annotation) for name, field in fields.items()})
        unknown = set(value) - set(fields)
        if unknown:
            raise ValueError(f"{model.__name__}: unknown fields {sorted(unknown)}")
        missing = [name for name in required if name not in value]
        if missing:
            raise ValueError(f"{model.__name__}: missing {missing}")
        given = {name: checks[name](item) for name, item in value.items()}
        return model.model_construct(_fields_set=set(given), **given)
    return check_model
