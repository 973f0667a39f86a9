"""Unchecked constructors: values built from fields their maker has already checked.

:func:`unchecked` generates, once per class, a positional constructor from the class's
attrs fields that sets each slot through its descriptor and runs no validator. Readers
and the engine make tens of thousands of values from parts they made and checked
themselves; everything else goes through the validating constructor.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import attrs

from olympics_records.model import Athlete, Entry, Event, EventKind, Gender, Medal

__all__ = [
    "unchecked",
    "unchecked_athlete",
    "unchecked_columns",
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


def unchecked_columns(cls: type[T]) -> Callable[..., list[T]]:
    """A constructor of many ``cls`` at once, from one column of values per field.

    The columns come in the order of the fields, each with a value per object (the
    first is a sequence: its length is the number of objects). Nothing is checked,
    as for :func:`unchecked`, and the objects are the same; but each field is set for
    every object by one C iterator (``map`` over the slot's setter), not by a call in
    Python per object: about a quarter less for a leaderboard's thousands of
    standings.

    Raises:
        TypeError: ``cls`` is not a slotted attrs class without a post-init.

    Example:
        >>> from olympics_records import Noc
        >>> unchecked_columns(Noc)(["NOR", "SWE"], ["Norway", "Sweden"])
        [Noc(code='NOR', name='Norway'), Noc(code='SWE', name='Sweden')]
    """
    setters = [cls.__dict__[name].__set__ for name in _fields(cls)]
    consume: Callable[[Iterable[Any]], None] = collections.deque(maxlen=0).extend
    new = object.__new__

    def columns(first: Sequence[Any], *rest: Iterable[Any]) -> list[T]:
        made: list[T] = list(map(new, itertools.repeat(cls, len(first))))
        for setter, column in zip(setters, (first, *rest), strict=True):
            consume(map(setter, made, column))
        return made

    return columns


def _fields(cls: type[Any]) -> list[str]:
    """The names of the fields of a slotted attrs class without a post-init."""
    if not attrs.has(cls) or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__} is not a slotted attrs class")
    if hasattr(cls, "__attrs_post_init__"):
        raise TypeError(f"{cls.__name__} has a post-init: build it with its constructor")
    return [field.name for field in attrs.fields(cls)]


def _generate(cls: type[T]) -> Callable[..., T]:
    names = _fields(cls)
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
