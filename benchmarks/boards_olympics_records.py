"""The book users write, over the olympics.com medals, computed with olympics_records.

Usage::

    python benchmarks/boards_olympics_records.py [DIRECTORY] [--warm REPEATS] [--only NAMES]

The record book of ``book_olympics_records.py`` asks only for the top of each list
(``record``); users ask for the lists. For the Winter and the Summer Games each: the
top 10 (``leaderboard(limit=10)``, ties at the cut kept) of golds by an athlete at one
Games (all events, and individual events only), career golds, career medals and golds
by a nation at one Games; the full career-medals leaderboard; the medal table of every
Games; the progression of the single-Games gold record. Then, over 100 days from 1896
to 2026: the career-medals top 10 as of each day, asked day by day
(``leaderboard(as_of=day)``) and in one sweep (``leaderboards_over``), and the medal
table as of each day of the latest Games opened by then. Medals only, as in the record
book (see ``README.md``).

The output is the same JSON as ``boards_pandas.py`` and ``boards_polars.py``: the
answers, or with ``--warm`` the load time and per-query timings. ``--only`` (names
separated by commas) times only those queries; a query this version of the library
cannot answer (``leaderboards_over`` before it existed) is left out.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any

import book_olympics_records as book
import harness

import olympics_records as ol

SEASONS = (ol.Season.WINTER, ol.Season.SUMMER)
ALL_MEDALS = (ol.Medal.GOLD, ol.Medal.SILVER, ol.Medal.BRONZE)
TOP = 10
FIRST, LAST = dt.date(1896, 5, 1), dt.date(2026, 12, 31)
DAYS = tuple(FIRST + (LAST - FIRST) * i // 99 for i in range(100))
"""100 days, evenly spread from 1896 to 2026."""
OVER_TIME = ol.Tally(medals=ALL_MEDALS)
"""What the days are asked about: career medals, Summer and Winter together."""

load = book.load


def _rows(standings: tuple[ol.Standing, ...]) -> list[list[Any]]:
    return sorted(
        [s.rank, s.subject, s.games.id if s.games else None, s.count, s.gold, s.silver, s.bronze]
        for s in standings
    )


def _boards(history: ol.History, limit: int | None, **tally: Any) -> dict[str, Any]:
    return {
        season.value: _rows(ol.leaderboard(history, ol.Tally(season=season, **tally), limit=limit))
        for season in SEASONS
    }


def golds_at_one_games(history: ol.History) -> dict[str, Any]:
    return _boards(history, TOP, scope=ol.Scope.GAMES)


def individual_golds_at_one_games(history: ol.History) -> dict[str, Any]:
    return _boards(history, TOP, scope=ol.Scope.GAMES, kind=ol.EventKind.INDIVIDUAL)


def career_golds(history: ol.History) -> dict[str, Any]:
    return _boards(history, TOP)


def career_medals(history: ol.History) -> dict[str, Any]:
    return _boards(history, TOP, medals=ALL_MEDALS)


def nation_golds_at_one_games(history: ol.History) -> dict[str, Any]:
    return _boards(history, TOP, subject=ol.Subject.NOC, scope=ol.Scope.GAMES)


def career_medals_full(history: ol.History) -> dict[str, Any]:
    return _boards(history, None, medals=ALL_MEDALS)


def top_as_of_each_day(history: ol.History) -> list[Any]:
    return [_rows(ol.leaderboard(history, OVER_TIME, as_of=day, limit=TOP)) for day in DAYS]


def top_over_days(history: ol.History) -> list[Any]:
    over = ol.leaderboards_over(history, OVER_TIME, DAYS, limit=TOP)
    return [_rows(standings) for _, standings in over]


def tables_as_of_each_day(history: ol.History) -> list[Any]:
    by_opening = sorted((g for g in history.games if g.opened), key=lambda g: g.opened or FIRST)
    answers: list[Any] = []
    for day in DAYS:
        opened = [g for g in by_opening if g.opened and g.opened <= day]
        if not opened:
            answers.append([None, []])
            continue
        table = ol.medal_table(history, opened[-1], as_of=day)
        rows = sorted([r.rank, r.noc, r.gold, r.silver, r.bronze, r.total] for r in table)
        answers.append([opened[-1].id, rows])
    return answers


QUERIES: dict[str, Callable[[ol.History], Any]] = {
    "golds_at_one_games": golds_at_one_games,
    "individual_golds_at_one_games": individual_golds_at_one_games,
    "career_golds": career_golds,
    "career_medals": career_medals,
    "nation_golds_at_one_games": nation_golds_at_one_games,
    "career_medals_full": career_medals_full,
    "medal_tables": book.medal_tables,
    "gold_record_progression": book.gold_record_progression,
    "top_as_of_each_day": top_as_of_each_day,
    "top_over_days": top_over_days,
    "tables_as_of_each_day": tables_as_of_each_day,
}
if not hasattr(ol, "leaderboards_over"):  # an older library, timed for comparison
    del QUERIES["top_over_days"]


def main(argv: list[str]) -> None:
    harness.run(argv, load, QUERIES)


if __name__ == "__main__":
    main(sys.argv[1:])
