"""The registry of Olympic Games editions: every Games held, with its city and dates.

Every Summer Games held from Athens 1896 to Paris 2024, every Winter Games from
Chamonix 1924 to Milano Cortina 2026, and the 1906 Intercalated Games (unofficial).
Dates are the opening and closing ceremonies; for Games spread over months without
ceremonies that framed them (1900, 1904, 1908, 1912, 1920) they are the first and
last days of competition. ``_data/README.md`` gives the sources and the choices made.

Nothing is read at import time; the data is loaded on first use and kept.
"""

from __future__ import annotations

from olympics_records._engine.public import public_dir
from olympics_records._engine.registries import load_editions as _load
from olympics_records.errors import UnknownIdError
from olympics_records.model import Games, Season

__all__ = ["edition", "editions"]
__dir__ = public_dir(__all__)


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
