"""The record book over the olympics.com medals, computed with olympics_records.

Usage::

    python benchmarks/book_olympics_records.py [DIRECTORY] [--warm REPEATS]

``DIRECTORY`` holds ``olympic_hosts.csv`` and ``olympic_medals.csv`` (default:
``$OLYMPICS_RECORDS_DATA/olympics-com``). Without ``--warm`` the script reads the
folder, answers the whole book and prints it as JSON (the answers only: the runner
compares them with ``book_pandas.py``'s). With ``--warm`` it prints, as JSON, the
seconds the load took and, per query, the time of each of ``REPEATS`` runs.

Each query answers both seasons; see ``benchmarks/README.md`` for what is counted.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import harness

import olympics_records as ol
from olympics_records.datasets import read_olympics_com

SEASONS = (ol.Season.WINTER, ol.Season.SUMMER)
ALL_MEDALS = (ol.Medal.GOLD, ol.Medal.SILVER, ol.Medal.BRONZE)


def load(directory: str) -> ol.History:
    # Medals and hosts only: the book is about medals (see README.md).
    return read_olympics_com(directory, results=False)


def _holders(holders: tuple[ol.Standing, ...]) -> list[list[str | None]]:
    return sorted([s.subject, s.games.id if s.games else None] for s in holders)


def _record(history: ol.History, **tally: Any) -> dict[str, dict[str, Any]]:
    answers = {}
    for season in SEASONS:
        found = ol.record(history, ol.Tally(season=season, **tally))
        answers[season.value] = {"value": found.value, "holders": _holders(found.holders)}
    return answers


def golds_at_one_games(history: ol.History) -> dict[str, Any]:
    return _record(history, scope=ol.Scope.GAMES)


def individual_golds_at_one_games(history: ol.History) -> dict[str, Any]:
    return _record(history, scope=ol.Scope.GAMES, kind=ol.EventKind.INDIVIDUAL)


def career_golds(history: ol.History) -> dict[str, Any]:
    return _record(history)


def career_medals(history: ol.History) -> dict[str, Any]:
    return _record(history, medals=ALL_MEDALS)


def nation_golds_at_one_games(history: ol.History) -> dict[str, Any]:
    return _record(history, subject=ol.Subject.NOC, scope=ol.Scope.GAMES)


def medal_tables(history: ol.History) -> dict[str, Any]:
    answers: dict[str, Any] = {season.value: {} for season in SEASONS}
    for games in history.games:
        rows = ol.medal_table(history, games)
        answers[games.season.value][games.id] = sorted(
            [r.rank, r.noc, r.gold, r.silver, r.bronze, r.total] for r in rows
        )
    return answers


def gold_record_progression(history: ol.History) -> dict[str, Any]:
    answers = {}
    for season in SEASONS:
        marks = ol.progression(history, ol.Tally(season=season, scope=ol.Scope.GAMES))
        answers[season.value] = [
            {
                # olympics.com has no event dates: a mark is made on the day its Games
                # closed, and reported by that Games' id.
                "games": next(
                    s.games.id for s in m.holders if s.games and s.games.closed == m.date
                ),
                "value": m.value,
                "kind": m.kind,
                "holders": _holders(m.holders),
            }
            for m in marks
        ]
    return answers


QUERIES: dict[str, Callable[[ol.History], dict[str, Any]]] = {
    "golds_at_one_games": golds_at_one_games,
    "individual_golds_at_one_games": individual_golds_at_one_games,
    "career_golds": career_golds,
    "career_medals": career_medals,
    "nation_golds_at_one_games": nation_golds_at_one_games,
    "medal_tables": medal_tables,
    "gold_record_progression": gold_record_progression,
}


def book(history: ol.History) -> dict[str, Any]:
    return {name: query(history) for name, query in QUERIES.items()}


def main(argv: list[str]) -> None:
    harness.run(argv, load, QUERIES, answers=book)


if __name__ == "__main__":
    main(sys.argv[1:])
