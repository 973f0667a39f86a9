"""The book users write, over the olympics.com medals, computed with plain pandas.

Usage::

    python benchmarks/boards_pandas.py [DIRECTORY] [--warm REPEATS] [--only NAMES]

The same work as ``boards_olympics_records.py`` on the same files, read and counted as
``book_pandas.py`` does (see there for the domain's rules). A leaderboard is each
subject's golds, silvers and bronzes (``unstack``), its count, and its rank
(``rank(method="min")``: ties share a rank and the next one skips); the top 10 is
``nlargest(10, keep="all")``, which keeps the ties at the cut. A day's answers keep the
rows of Games closed by then (olympics.com gives no event dates: a Games' results count
from its closing day).

Output: the same JSON as ``boards_olympics_records.py``.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any

import book_pandas as book
import harness
import pandas as pd

SEASONS = book.SEASONS
TOP = 10
FIRST, LAST = dt.date(1896, 5, 1), dt.date(2026, 12, 31)
DAYS = tuple((FIRST + (LAST - FIRST) * i // 99).isoformat() for i in range(100))
MEDALS = ["gold", "silver", "bronze"]

Data = book.Data
load = book.load


def _board(frame: pd.DataFrame, by: list[str], limit: int | None, golds: bool) -> list[Any]:
    won = frame.groupby([*by, "medal"]).size().unstack(fill_value=0)
    won = won.reindex(columns=MEDALS, fill_value=0)
    count = won["gold"] if golds else won.sum(axis=1)
    count = count[count > 0]
    if limit is not None:
        count = count.nlargest(limit, keep="all")
    rank = count.rank(method="min", ascending=False).astype(int)
    won = won.loc[count.index]
    keys = count.index.tolist()
    return sorted(
        [
            int(r),
            key[0] if len(by) == 2 else key,
            key[1] if len(by) == 2 else None,
            int(c),
            int(g),
            int(s),
            int(b),
        ]
        for key, r, c, g, s, b in zip(
            keys, rank, count, won["gold"], won["silver"], won["bronze"], strict=True
        )
    )


def _boards(
    frame: pd.DataFrame, by: list[str], limit: int | None, golds: bool = True, **where: Any
) -> dict[str, Any]:
    answers = {}
    for season in SEASONS:
        chosen = frame[frame["season"] == season]
        if where.get("individual"):
            chosen = chosen[~chosen["team"]]
        answers[season] = _board(chosen, by, limit, golds)
    return answers


def golds_at_one_games(data: Data) -> dict[str, Any]:
    return _boards(data[0], ["athlete", "games"], TOP)


def individual_golds_at_one_games(data: Data) -> dict[str, Any]:
    return _boards(data[0], ["athlete", "games"], TOP, individual=True)


def career_golds(data: Data) -> dict[str, Any]:
    return _boards(data[0], ["athlete"], TOP)


def career_medals(data: Data) -> dict[str, Any]:
    return _boards(data[0], ["athlete"], TOP, golds=False)


def nation_golds_at_one_games(data: Data) -> dict[str, Any]:
    return _boards(data[1], ["noc", "games"], TOP)


def career_medals_full(data: Data) -> dict[str, Any]:
    return _boards(data[0], ["athlete"], None, golds=False)


def top_as_of_each_day(data: Data) -> list[Any]:
    athletes = data[0]
    return [_board(athletes[athletes["closed"] <= day], ["athlete"], TOP, False) for day in DAYS]


def tables_as_of_each_day(data: Data) -> list[Any]:
    entries = data[1]
    opened = entries.drop_duplicates("games").sort_values("opened")
    answers: list[Any] = []
    for day in DAYS:
        started = opened.loc[opened["opened"] <= day, "games"]
        if started.empty:
            answers.append([None, []])
            continue
        games = started.iloc[-1]
        rows = entries[(entries["games"] == games) & (entries["closed"] <= day)]
        table = rows.groupby(["noc", "medal"]).size().unstack(fill_value=0)
        table = table.reindex(columns=MEDALS, fill_value=0)
        table["total"] = table.sum(axis=1)
        score = table["gold"] * 1_000_000 + table["silver"] * 1_000 + table["bronze"]
        table["rank"] = score.rank(method="min", ascending=False).astype(int)
        answers.append(
            [
                games,
                sorted(
                    [int(r["rank"]), noc, int(r["gold"]), int(r["silver"]), int(r["bronze"]),
                     int(r["total"])]
                    for noc, r in table.iterrows()
                ),
            ]
        )  # fmt: skip
    return answers


QUERIES: dict[str, Callable[[Data], Any]] = {
    "golds_at_one_games": golds_at_one_games,
    "individual_golds_at_one_games": individual_golds_at_one_games,
    "career_golds": career_golds,
    "career_medals": career_medals,
    "nation_golds_at_one_games": nation_golds_at_one_games,
    "career_medals_full": career_medals_full,
    "medal_tables": book.medal_tables,
    "gold_record_progression": book.gold_record_progression,
    "top_as_of_each_day": top_as_of_each_day,
    # pandas has no sweep: the natural way is a day at a time.
    "top_over_days": top_as_of_each_day,
    "tables_as_of_each_day": tables_as_of_each_day,
}


def main(argv: list[str]) -> None:
    harness.run(argv, load, QUERIES)


if __name__ == "__main__":
    main(sys.argv[1:])
