"""How long a record stood, in calendar years and days: "45 years 362 days"."""

from __future__ import annotations

import datetime as dt

__all__ = ["span_words", "whole_years"]


def whole_years(start: dt.date, end: dt.date) -> int:
    """The whole calendar years from ``start`` to ``end`` (birthdays passed).

    Example:
        >>> whole_years(dt.date(1980, 2, 24), dt.date(2026, 2, 21))
        45
    """
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def span_words(start: dt.date, end: dt.date) -> str:
    """Calendar years and days from ``start`` to ``end``, as a report writes them.

    The days count from the last anniversary; one of 29 February falls on the 28th in
    other years.

    Example:
        >>> span_words(dt.date(1980, 2, 24), dt.date(2026, 2, 21))
        '45 years 362 days'
        >>> span_words(dt.date(2026, 2, 15), dt.date(2026, 2, 21))
        '6 days'
        >>> span_words(dt.date(1988, 2, 29), dt.date(1989, 3, 1))
        '1 year 1 day'
        >>> span_words(dt.date(2022, 2, 16), dt.date(2026, 2, 16))
        '4 years'
    """
    years = whole_years(start, end)
    try:
        anniversary = start.replace(year=start.year + years)
    except ValueError:  # 29 February
        anniversary = start.replace(year=start.year + years, day=28)
    days = (end - anniversary).days
    if not years:
        return _plural(days, "day")
    return f"{_plural(years, 'year')} {_plural(days, 'day')}" if days else _plural(years, "year")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
