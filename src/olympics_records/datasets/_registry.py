"""The registry of Olympic Games editions bundled with the package.

Every Summer Games held from Athens 1896 to Paris 2024, every Winter Games from
Chamonix 1924 to Milano Cortina 2026, and the 1906 Intercalated Games (unofficial).
Dates are the opening and closing ceremonies; for Games spread over months without
ceremonies that framed them (1900, 1904, 1908, 1912, 1920) they are the first and
last days of competition. ``_data/README.md`` gives the sources and the choices made.

Nothing is read at import time; the data is loaded on first use and kept.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from olympics_records.datasets import _data_text
from olympics_records.errors import DataError, UnknownIdError
from olympics_records.model import Games, Season

__all__ = ["edition", "editions"]

_SOURCE = "games.json"


def editions() -> tuple[Games, ...]:
    """Every Games edition held, in the order they opened.

    Example:
        >>> games = editions()
        >>> games[0].name, games[-1].name
        ('Athens 1896', 'Milano Cortina 2026')
        >>> [g.id for g in games if not g.official]
        ['1906-summer']
    """
    return _load()[0]


def edition(year: int, season: Season) -> Games:
    """The edition of ``year`` and ``season``.

    The 1906 Intercalated Games are ``edition(1906, Season.SUMMER)``; the 1956
    Summer Games are one edition, Melbourne, whose equestrian events Stockholm held
    in June.

    Raises:
        UnknownIdError: no Games of that season were held that year.

    Example:
        >>> edition(1980, Season.WINTER).city
        'Lake Placid'
        >>> edition(2020, Season.SUMMER).opened
        datetime.date(2021, 7, 23)
        >>> edition(1940, Season.WINTER)
        Traceback (most recent call last):
        ...
        olympics_records.errors.UnknownIdError: no Games with id '1940-winter'
    """
    key = f"{year}-{season.value}"
    try:
        return _load()[1][key]
    except KeyError:
        raise UnknownIdError(f"no Games with id {key!r}") from None


@functools.cache
def _load() -> tuple[tuple[Games, ...], dict[str, Games]]:
    return _parse(_data_text(_SOURCE), _SOURCE)


def _parse(text: str, source: str) -> tuple[tuple[Games, ...], dict[str, Games]]:
    # json when the registry is first read, not when the module is imported.
    import json  # noqa: PLC0415

    try:
        document = json.loads(text)
    except json.JSONDecodeError as err:
        raise DataError(f"not valid JSON: {err}", source=source) from None
    games = _plain(document)
    if games is None:
        games = _structure(document, source)
    by_id: dict[str, Games] = {}
    for row, games_ in enumerate(games, start=1):
        if games_.id in by_id:
            raise DataError("repeats an earlier edition", source=source, row=row, value=games_.id)
        by_id[games_.id] = games_
    ordered = sorted(games, key=lambda g: (g.opened or dt.date(g.year, 1, 1), g.season.value))
    return tuple(ordered), by_id


_KEYS = frozenset(("year", "season", "city", "opened", "closed", "official"))


def _plain(document: Any) -> list[Games] | None:
    """The editions of a well-formed document, without cattrs; ``None`` if in doubt.

    The bundled file is read on every first use of the registry, so it is read here
    with the plain JSON types; any surprise is left to :func:`_structure`, which
    names the problem.
    """
    if type(document) is not list:
        return None
    found = []
    for item in document:
        if type(item) is not dict or not item.keys() <= _KEYS:
            return None
        year, season, city = item.get("year"), item.get("season"), item.get("city")
        opened, closed = item.get("opened"), item.get("closed")
        official = item.get("official", True)
        if (
            type(year) is not int
            or type(season) is not str
            or type(city) is not str
            or type(official) is not bool
            or not (opened is None or type(opened) is str)
            or not (closed is None or type(closed) is str)
        ):
            return None
        try:
            found.append(
                Games(
                    year=year,
                    season=Season(season),
                    city=city,
                    opened=None if opened is None else dt.date.fromisoformat(opened),
                    closed=None if closed is None else dt.date.fromisoformat(closed),
                    official=official,
                )
            )
        except ValueError:  # the model's ValidationError included
            return None
    return found


def _structure(document: Any, source: str) -> list[Games]:
    import cattrs  # noqa: PLC0415 - only for a document _plain would not read
    from cattrs.errors import BaseValidationError  # noqa: PLC0415

    from olympics_records.serialize import converter  # noqa: PLC0415

    try:
        games: list[Games] = converter.structure(document, list[Games])
    except BaseValidationError as err:
        problem = cattrs.transform_error(err, path="$", format_exception=_describe)[0]
        raise DataError(problem, source=source) from None
    return games


def _describe(exc: BaseException, kind: type[Any] | None) -> str:
    # The model's own messages name the field and value; cattrs' default drops them.
    if isinstance(exc, (TypeError, ValueError)) and str(exc):
        return str(exc)
    from cattrs.v import format_exception  # noqa: PLC0415

    return format_exception(exc, kind)
