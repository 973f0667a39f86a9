"""The book users write, over the olympics.com medals, computed with polars.

Usage::

    python benchmarks/boards_polars.py [DIRECTORY] [--warm REPEATS] [--only NAMES]

The same work as ``boards_olympics_records.py`` and ``boards_pandas.py`` on the same
files, with the domain's rules of ``book_pandas.py``, written as a polars user would:
eager frames, expressions, ``group_by`` and ``pivot``-free counting with
``(medal == "gold").sum()``. Ranks are ``rank("min", descending=True)``; the top 10 keeps
every subject ranked 10 or better (ties at the cut).

Output: the same JSON as ``boards_olympics_records.py``.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import harness
import polars as pl
from keys import name_key

SEASONS = ("winter", "summer")
TOP = 10
FIRST, LAST = dt.date(1896, 5, 1), dt.date(2026, 12, 31)
DAYS = tuple((FIRST + (LAST - FIRST) * i // 99).isoformat() for i in range(100))
KEY = ["event", "noc", "medal", "participant_title"]

Data = tuple[pl.DataFrame, pl.DataFrame]


def load(directory: str) -> Data:
    """The athlete medal rows and the nation medal entries, with derived columns."""
    medals = pl.read_csv(Path(directory) / "olympic_medals.csv", infer_schema=False)
    hosts = pl.read_csv(Path(directory) / "olympic_hosts.csv", infer_schema=False)
    hosts = hosts.select(
        pl.col("game_slug"),
        (pl.col("game_year") + "-" + pl.col("game_season").str.to_lowercase()).alias("games"),
        pl.col("game_season").str.to_lowercase().alias("season"),
        pl.col("game_end_date").str.slice(0, 10).alias("closed"),
        pl.col("game_start_date").str.slice(0, 10).alias("opened"),
    )
    rows = medals.join(hosts, left_on="slug_game", right_on="game_slug")
    noc = pl.col("country_3_letter_code")
    names = rows.get_column("athlete_full_name").drop_nulls().unique()
    keys = pl.DataFrame(
        {"athlete_full_name": names, "key": [name_key(n) for n in names]},
        schema={"athlete_full_name": pl.String, "key": pl.String},
    )
    rows = (
        rows.join(keys, on="athlete_full_name", how="left")
        .with_columns(
            noc.alias("noc"),
            pl.col("medal_type").str.to_lowercase().alias("medal"),
            (
                pl.col("games")
                + "/"
                + pl.col("discipline_title")
                + "/"
                + pl.col("event_gender")
                + "/"
                + pl.col("event_title")
            ).alias("event"),
            pl.col("participant_title").fill_null(""),
            # Athlete id: the last part of the profile URL; without one, the name's
            # key within its NOC.
            pl.coalesce(
                pl.col("athlete_url").str.strip_chars_end("/").str.split("/").list.last(),
                noc + ":" + pl.col("key"),
            ).alias("athlete"),
            (pl.col("participant_type") == "GameTeam").alias("team_row"),
        )
        .with_columns(pl.col("team_row").any().over("event").alias("team"))
    )
    entries = pl.concat(
        [
            rows.filter(~pl.col("team_row")),
            rows.filter(pl.col("team_row")).unique(KEY, keep="first", maintain_order=True),
        ]
    )
    athletes = rows.drop_nulls("athlete").unique(["event", "athlete"], maintain_order=True)
    return athletes, entries


_WON = [
    (pl.col("medal") == "gold").sum().alias("gold"),
    (pl.col("medal") == "silver").sum().alias("silver"),
    (pl.col("medal") == "bronze").sum().alias("bronze"),
]


def _board(frame: pl.DataFrame, by: list[str], limit: int | None, golds: bool) -> list[Any]:
    won = frame.group_by(by).agg(_WON)
    count = pl.col("gold") if golds else pl.col("gold") + pl.col("silver") + pl.col("bronze")
    won = won.with_columns(count.alias("count")).filter(pl.col("count") > 0)
    won = won.with_columns(pl.col("count").rank("min", descending=True).cast(pl.Int64).alias("r"))
    if limit is not None:
        won = won.filter(pl.col("r") <= limit)
    games = won.get_column("games") if len(by) == 2 else [None] * won.height
    return sorted(
        [r, subject, g, c, gold, silver, bronze]
        for r, subject, g, c, gold, silver, bronze in zip(
            won.get_column("r"),
            won.get_column(by[0]),
            games,
            won.get_column("count"),
            won.get_column("gold"),
            won.get_column("silver"),
            won.get_column("bronze"),
            strict=True,
        )
    )


def _boards(
    frame: pl.DataFrame, by: list[str], limit: int | None, golds: bool = True, **where: Any
) -> dict[str, Any]:
    answers = {}
    for season in SEASONS:
        chosen = frame.filter(pl.col("season") == season)
        if where.get("individual"):
            chosen = chosen.filter(~pl.col("team"))
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


def _table(rows: pl.DataFrame) -> pl.DataFrame:
    """Each NOC's medals in ``rows``, ranked in the IOC order (shared ranks)."""
    table = rows.group_by("games", "noc").agg(_WON)
    score = pl.col("gold") * 1_000_000 + pl.col("silver") * 1_000 + pl.col("bronze")
    return table.with_columns(
        (pl.col("gold") + pl.col("silver") + pl.col("bronze")).alias("total"),
        score.rank("min", descending=True).over("games").cast(pl.Int64).alias("rank"),
    )


def _table_rows(table: pl.DataFrame) -> list[list[Any]]:
    return sorted(
        list(row)
        for row in table.select("rank", "noc", "gold", "silver", "bronze", "total").iter_rows()
    )


def medal_tables(data: Data) -> dict[str, Any]:
    entries = data[1]
    answers: dict[str, Any] = {season: {} for season in SEASONS}
    table = _table(entries)
    seasons = dict(entries.select("games", "season").unique().iter_rows())
    for (games,), rows in table.partition_by("games", as_dict=True).items():
        answers[seasons[games]][games] = _table_rows(rows)
    return answers


def gold_record_progression(data: Data) -> dict[str, Any]:
    athletes = data[0]
    answers = {}
    for season in SEASONS:
        golds = athletes.filter((pl.col("season") == season) & (pl.col("medal") == "gold"))
        per_games = (
            golds.group_by("closed", "games", "athlete")
            .len()
            .with_columns(pl.col("len").max().over("games").alias("best"))
            .filter(pl.col("len") == pl.col("best"))
            .sort("closed", "games")
        )
        marks: list[dict[str, Any]] = []
        value, holders = 0, []
        for (_, games), top in per_games.group_by("closed", "games", maintain_order=True):
            best = int(top.get_column("best")[0])
            found = [[athlete, games] for athlete in top.get_column("athlete")]
            if best > value:
                kind = "set" if not marks else "broken"
                value, holders = best, found
            elif best == value:
                kind, holders = "equalled", holders + found
            else:
                continue
            marks.append({"games": games, "value": value, "kind": kind, "holders": sorted(holders)})
        answers[season] = marks
    return answers


def top_as_of_each_day(data: Data) -> list[Any]:
    athletes = data[0]
    return [
        _board(athletes.filter(pl.col("closed") <= day), ["athlete"], TOP, False) for day in DAYS
    ]


def tables_as_of_each_day(data: Data) -> list[Any]:
    entries = data[1]
    opened = entries.select("games", "opened").unique().sort("opened")
    answers: list[Any] = []
    for day in DAYS:
        started = opened.filter(pl.col("opened") <= day).get_column("games")
        if started.is_empty():
            answers.append([None, []])
            continue
        games = started[-1]
        rows = entries.filter((pl.col("games") == games) & (pl.col("closed") <= day))
        answers.append([games, _table_rows(_table(rows))])
    return answers


QUERIES: dict[str, Callable[[Data], Any]] = {
    "golds_at_one_games": golds_at_one_games,
    "individual_golds_at_one_games": individual_golds_at_one_games,
    "career_golds": career_golds,
    "career_medals": career_medals,
    "nation_golds_at_one_games": nation_golds_at_one_games,
    "career_medals_full": career_medals_full,
    "medal_tables": medal_tables,
    "gold_record_progression": gold_record_progression,
    "top_as_of_each_day": top_as_of_each_day,
    # As in pandas, the natural way is a day at a time.
    "top_over_days": top_as_of_each_day,
    "tables_as_of_each_day": tables_as_of_each_day,
}


def main(argv: list[str]) -> None:
    harness.run(argv, load, QUERIES)


if __name__ == "__main__":
    main(sys.argv[1:])
