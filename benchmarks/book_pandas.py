"""The record book over the olympics.com medals, computed with plain pandas.

Usage::

    python benchmarks/book_pandas.py [DIRECTORY] [--warm REPEATS]

The same work as ``book_olympics_records.py`` on the same files, written as an analyst
would write it with pandas, getting the domain right:

- a team medal is one row per known member (and rows with no athlete at all), so the
  nation's entries are the team rows de-duplicated on event, NOC, medal and team title;
- an athlete's medals are their rows, one per event;
- an event is a team event when its rows are team rows (``participant_type``), so
  "individual golds" leave every team event out;
- a Games edition is ``<year>-<season>`` from the hosts file, and its closing day (the
  first ten characters of ``game_end_date``) orders the Games in time.

Output: the same JSON as ``book_olympics_records.py`` (answers, or with ``--warm`` the
load time and per-query timings).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import harness
import pandas as pd
from keys import name_key

SEASONS = ("winter", "summer")

KEY = ["event", "noc", "medal", "participant_title"]


def load(directory: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The athlete medal rows and the nation medal entries, with derived columns."""
    medals = pd.read_csv(Path(directory) / "olympic_medals.csv")
    hosts = pd.read_csv(Path(directory) / "olympic_hosts.csv")
    hosts["games"] = hosts["game_year"].astype(str) + "-" + hosts["game_season"].str.lower()
    hosts["season"] = hosts["game_season"].str.lower()
    hosts["closed"] = hosts["game_end_date"].str[:10]
    hosts["opened"] = hosts["game_start_date"].str[:10]
    columns = ["game_slug", "games", "season", "closed", "opened"]
    rows = medals.merge(hosts[columns], left_on="slug_game", right_on="game_slug")
    rows["noc"] = rows["country_3_letter_code"]
    rows["medal"] = rows["medal_type"].str.lower()
    rows["event"] = (
        rows["games"]
        + "/"
        + rows["discipline_title"]
        + "/"
        + rows["event_gender"]
        + "/"
        + rows["event_title"]
    )
    rows["team"] = rows["participant_type"].eq("GameTeam").groupby(rows["event"]).transform("any")
    rows["participant_title"] = rows["participant_title"].fillna("")
    # Athlete id: the last part of the profile URL; without one, the name's key within
    # its NOC (each distinct name keyed once).
    rows["athlete"] = rows["athlete_url"].str.rstrip("/").str.rpartition("/")[2]
    keys = rows["athlete_full_name"].map(name_key, na_action="ignore")
    rows["athlete"] = rows["athlete"].fillna(rows["noc"] + ":" + keys)
    is_team_row = rows["participant_type"].eq("GameTeam")
    entries = pd.concat([rows[~is_team_row], rows[is_team_row].drop_duplicates(KEY)])
    athletes = rows.dropna(subset=["athlete"]).drop_duplicates(["event", "athlete"])
    return athletes, entries


Data = tuple[pd.DataFrame, pd.DataFrame]


def _best(counts: pd.Series, games: bool) -> dict[str, Any]:
    if counts.empty:
        return {"value": 0, "holders": []}
    best = int(counts.max())
    holders = counts[counts == best].index
    listed = [[k[0], k[1]] for k in holders] if games else [[k, None] for k in holders]
    return {"value": best, "holders": sorted(listed)}


def _record(frame: pd.DataFrame, by: list[str], **where: Any) -> dict[str, Any]:
    answers = {}
    for season in SEASONS:
        chosen = frame[frame["season"] == season]
        if where.get("gold", True):
            chosen = chosen[chosen["medal"] == "gold"]
        if where.get("individual"):
            chosen = chosen[~chosen["team"]]
        answers[season] = _best(chosen.groupby(by).size(), games=len(by) == 2)
    return answers


def golds_at_one_games(data: Data) -> dict[str, Any]:
    return _record(data[0], ["athlete", "games"])


def individual_golds_at_one_games(data: Data) -> dict[str, Any]:
    return _record(data[0], ["athlete", "games"], individual=True)


def career_golds(data: Data) -> dict[str, Any]:
    return _record(data[0], ["athlete"])


def career_medals(data: Data) -> dict[str, Any]:
    return _record(data[0], ["athlete"], gold=False)


def nation_golds_at_one_games(data: Data) -> dict[str, Any]:
    return _record(data[1], ["noc", "games"])


def medal_tables(data: Data) -> dict[str, Any]:
    entries = data[1]
    table = (
        entries.groupby(["season", "games", "noc", "medal"])
        .size()
        .unstack(fill_value=0)
        .reindex(columns=["gold", "silver", "bronze"], fill_value=0)
    )
    table["total"] = table.sum(axis=1)
    # IOC order: golds, then silvers, then bronzes; equal nations share the rank.
    score = table["gold"] * 1_000_000 + table["silver"] * 1_000 + table["bronze"]
    table["rank"] = score.groupby(level="games").rank(method="min", ascending=False).astype(int)
    answers: dict[str, Any] = {season: {} for season in SEASONS}
    for (season, games, noc), row in table.iterrows():
        answers[season].setdefault(games, []).append(
            [int(row["rank"]), noc, int(row["gold"]), int(row["silver"]), int(row["bronze"]),
             int(row["total"])]
        )  # fmt: skip
    for tables in answers.values():
        for rows in tables.values():
            rows.sort()
    return answers


def gold_record_progression(data: Data) -> dict[str, Any]:
    athletes = data[0]
    answers = {}
    for season in SEASONS:
        golds = athletes[(athletes["season"] == season) & (athletes["medal"] == "gold")]
        per_games = golds.groupby(["closed", "games", "athlete"]).size()
        marks: list[dict[str, Any]] = []
        value, holders = 0, []
        for (_, games), counts in per_games.groupby(level=["closed", "games"]):
            best = int(counts.max())
            top = [[athlete, games] for athlete in counts[counts == best].index.get_level_values(2)]
            if best > value:
                kind = "set" if not marks else "broken"
                value, holders = best, top
            elif best == value:
                kind, holders = "equalled", holders + top
            else:
                continue
            marks.append({"games": games, "value": value, "kind": kind, "holders": sorted(holders)})
        answers[season] = marks
    return answers


QUERIES: dict[str, Callable[[Data], dict[str, Any]]] = {
    "golds_at_one_games": golds_at_one_games,
    "individual_golds_at_one_games": individual_golds_at_one_games,
    "career_golds": career_golds,
    "career_medals": career_medals,
    "nation_golds_at_one_games": nation_golds_at_one_games,
    "medal_tables": medal_tables,
    "gold_record_progression": gold_record_progression,
}


def book(data: Data) -> dict[str, Any]:
    return {name: query(data) for name, query in QUERIES.items()}


def main(argv: list[str]) -> None:
    harness.run(argv, load, QUERIES, answers=book)


if __name__ == "__main__":
    main(sys.argv[1:])
