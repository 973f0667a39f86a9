"""Validators and converters of the fields of claims and statements.

Each raises :class:`~olympics_records.errors.ValidationError` naming the class, the
field and the value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs

from olympics_records.errors import ValidationError
from olympics_records.model import Medal

__all__ = [
    "a_name",
    "a_noc",
    "a_string",
    "instance_of",
    "invalid",
    "medals_tuple",
    "names_tuple",
    "one_of",
    "optional_date",
    "optional_instance_of",
    "optional_name",
    "optional_noc",
    "optional_whole",
    "to_medals",
    "to_tuple",
    "whole",
]


def invalid(inst: object, field: str, expected: str, value: object) -> ValidationError:
    return ValidationError(f"{type(inst).__name__}.{field} must be {expected}, not {value!r}")


def a_string(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise invalid(inst, attribute.name, "a string", value)


def a_name(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise invalid(inst, attribute.name, "a non-empty string", value)


def optional_name(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        a_name(inst, attribute, value)


def optional_date(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise invalid(inst, attribute.name, "a datetime.date or None", value)


def whole(least: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or value < least:
            raise invalid(inst, attribute.name, f"a whole number of at least {least}", value)

    return check


def optional_whole(least: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    check_whole = whole(least)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            check_whole(inst, attribute, value)

    return check


def names_tuple(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(n, str) and n.strip() for n in value):
        raise invalid(inst, attribute.name, "a tuple of non-empty names", value)


def to_tuple(value: Any) -> Any:
    # Lists from TOML or from callers become tuples; anything else is left to the validator.
    return tuple(value) if isinstance(value, list) else value


def instance_of(kind: type[Any], expected: str) -> Any:
    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise invalid(inst, attribute.name, expected, value)

    return check


def optional_instance_of(kind: type[Any], expected: str) -> Any:
    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, kind):
            raise invalid(inst, attribute.name, expected, value)

    return check


def one_of(*choices: str) -> Any:
    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in choices:
            listed = ", ".join(repr(c) for c in choices)
            raise invalid(inst, attribute.name, f"one of {listed}", value)

    return check


def a_noc(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or len(value) != 3 or not value.isalpha() or not value.isupper():
        raise invalid(inst, attribute.name, "a three-letter NOC code like 'NOR'", value)


def optional_noc(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        a_noc(inst, attribute, value)


def to_medals(value: Any) -> Any:
    if isinstance(value, Medal):
        return (value,)
    if isinstance(value, (list, tuple)) and all(isinstance(m, Medal) for m in value):
        return tuple(sorted(value, reverse=True))
    return value


def medals_tuple(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if (
        not isinstance(value, tuple)
        or not value
        or not all(isinstance(m, Medal) for m in value)
        or len(set(value)) != len(value)
    ):
        raise invalid(inst, attribute.name, "a non-empty tuple of medals without repeats", value)
