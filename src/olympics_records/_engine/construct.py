"""Unchecked constructors: values built from fields their maker has already checked.

:func:`unchecked` generates, once per class, a positional constructor from the class's
attrs fields that sets each slot through its descriptor and runs no validator. Readers
and the engine make tens of thousands of values from parts they made and checked
themselves; everything else goes through the validating constructor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from olympics_records.model import Athlete, Entry, Event, EventKind, Gender, Medal

__all__ = [
    "unchecked",
    "unchecked_athlete",
    "unchecked_entry",
    "unchecked_event",
]

T = TypeVar("T")


_MADE: dict[type[Any], Callable[..., Any]] = {}


def unchecked(cls: type[T]) -> Callable[..., T]:
    """A constructor of ``cls`` taking every field, in order, positionally; no checks.

    Only for slotted attrs classes without ``__attrs_post_init__`` (what it would do
    is not done); the code is generated, as attrs generates ``__init__``: a loop over
    the fields would be slower, and readers call it once per row.

    Raises:
        TypeError: ``cls`` is not such a class.

    Example:
        >>> from olympics_records import Noc
        >>> unchecked(Noc)("NOR", "Norway") == Noc(code="NOR", name="Norway")
        True
    """
    made: Callable[..., T] | None = _MADE.get(cls)
    if made is None:
        made = _MADE[cls] = _generate(cls)
    return made


def _generate(cls: type[T]) -> Callable[..., T]:
    if not attrs.has(cls) or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__} is not a slotted attrs class")
    if hasattr(cls, "__attrs_post_init__"):
        raise TypeError(f"{cls.__name__} has a post-init: build it with its constructor")
    names = [field.name for field in attrs.fields(cls)]
    setters = {f"_set_{name}": cls.__dict__[name].__set__ for name in names}
    arguments = ", ".join(names)
    body = "".join(f"    _set_{name}(self, {name})\n" for name in names)
    source = f"def new({arguments}):\n    self = _new(_cls)\n{body}    return self\n"
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls, **setters}
    exec(compile(source, f"<unchecked {cls.__qualname__}>", "exec"), namespace)
    new: Callable[..., T] = namespace["new"]
    new.__qualname__ = new.__name__ = f"unchecked_{cls.__name__.lower()}"
    new.__doc__ = f"An unchecked {cls.__name__}: ({arguments})."
    return new


unchecked_entry: Callable[[str, str, tuple[str, ...], int | None, Medal | None, bool], Entry] = (
    unchecked(Entry)
)
"""An :class:`~olympics_records.Entry` from (event, noc, athletes, place, medal, complete)."""

unchecked_event: Callable[
    [str, str, str, str, str, Gender, EventKind, dt.date | None, bool], Event
] = unchecked(Event)
"""An :class:`~olympics_records.Event` from (id, games, sport, discipline, name, gender,
kind, date, official)."""

unchecked_athlete: Callable[[str, str, str | None, tuple[str, ...]], Athlete] = unchecked(Athlete)
"""An :class:`~olympics_records.Athlete` from (id, name, sex, aliases)."""
