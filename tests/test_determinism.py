"""Determinism: the order of the input rows never changes any answer.

For each reader, the data rows of a synthetic file are shuffled and read again; the
record answers (``leaderboard``, ``record``, ``medal_table``, ``progression``) must be
identical, and so must everything the reader loads, taken as sets (a History's tuples
keep file order, which is the one thing allowed to change).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bad_input_formats import HOSTS, KAGGLE, MEDALS, OLYMPANALYT, TALLY
from olympics_records import (
    EventKind,
    History,
    Medal,
    Scope,
    Season,
    Subject,
    Tally,
    from_json,
    leaderboard,
    medal_table,
    progression,
    record,
    to_json,
)
from olympics_records.datasets.kaggle120 import read_kaggle120
from olympics_records.datasets.olympanalyt import read_olympanalyt
from olympics_records.datasets.olympedia import read_olympedia_tally
from olympics_records.datasets.olympics_com import read_olympics_com

# More rows than the bad-input samples: ties, a team, two Games, the same athlete
# under two spellings (OlympAnalyt writes "Given SURNAME" one year, "SURNAME Given"
# the next), so that order could matter if a reader let it.
MORE_OLYMPANALYT = (
    "Winter,2022,Gold,NOR,Norway,KLAEBO Johannes Hoesflot,2022 Beijing,"
    "Cross Country Skiing,Men's,sprint free\n"
    "Winter,2022,Silver,ITA,Italy,PELLEGRINO Federico,2022 Beijing,"
    "Cross Country Skiing,Men's,sprint free\n"
    "Winter,2022,Bronze,ROC,ROC,TERENTEV Alexander,2022 Beijing,"
    "Cross Country Skiing,Men's,sprint free\n"
    "Winter,2022,Gold,NOR,Norway,JOHAUG Therese,2022 Beijing,"
    "Cross Country Skiing,Women's,10km classic\n"
    "Winter,2022,Gold,FIN,Finland,NISKANEN Iivo,2022 Beijing,"
    "Cross Country Skiing,Men's,15km classic\n"
    "Winter,2022,Bronze,FIN,Finland,NISKANEN Iivo,2022 Beijing,"
    "Cross Country Skiing,Men's,50km\n"
    "Winter,2022,Bronze,NOR,Norway,GOLBERG Paal,2022 Beijing,"
    "Cross Country Skiing,Men's,15km classic\n"
    "Winter,2022,Bronze,SWE,Sweden,SVAHN Linn,2022 Beijing,"
    "Cross Country Skiing,Women's,10km classic\n"
)
MORE_KAGGLE = (
    '"6","Eric Heiden","M",21,185,82,"United States","USA","1980 Winter",1980,"Winter",'
    '"Lake Placid","Speed Skating","Speed Skating Men\'s 1,000 metres","Gold"\n'
    '"7","Gaetan Boucher","M",21,NA,NA,"Canada","CAN","1980 Winter",1980,"Winter",'
    '"Lake Placid","Speed Skating","Speed Skating Men\'s 1,000 metres","Bronze"\n'
    '"8","Frode Ronning","M",20,NA,NA,"Norway","NOR","1980 Winter",1980,"Winter",'
    '"Lake Placid","Speed Skating","Speed Skating Men\'s 1,000 metres","Bronze"\n'
    '"9","Maurilio De Zolt","M",43,NA,NA,"Italy","ITA","1994 Winter",1994,"Winter",'
    '"Lillehammer","Cross Country Skiing","Cross Country Skiing Men\'s 4 x 10 kilometres '
    'Relay","Gold"\n'
    '"10","Silvio Fauner","M",25,NA,NA,"Italy","ITA","1994 Winter",1994,"Winter",'
    '"Lillehammer","Cross Country Skiing","Cross Country Skiing Men\'s 4 x 10 kilometres '
    'Relay","Gold"\n'
)
MORE_MEDALS = (
    "Speed skating,lake-placid-1980,1000m men,Men,BRONZE,Athlete,,"
    "https://olympics.com/en/athletes/gaetan-boucher,Gaetan BOUCHER,Canada,CA,CAN\n"
    "Speed skating,lake-placid-1980,1000m men,Men,SILVER,Athlete,,"
    "https://olympics.com/en/athletes/frode-ronning,Frode RONNING,Norway,NO,NOR\n"
    "Cross-Country Skiing,beijing-2022,Men's Team Sprint Free,Men,SILVER,GameTeam,Finland,"
    "https://olympics.com/en/athletes/joni-maki,Joni MAKI,Finland,FI,FIN\n"
    "Cross-Country Skiing,beijing-2022,Men's Team Sprint Free,Men,BRONZE,GameTeam,ROC,,,"
    "ROC,RU,ROC\n"
)

TALLIES = [
    Tally(),
    Tally(medals=tuple(Medal)),
    Tally(subject=Subject.NOC),
    Tally(subject=Subject.NOC, medals=tuple(Medal), scope=Scope.GAMES),
    Tally(scope=Scope.GAMES, season=Season.WINTER, kind=EventKind.INDIVIDUAL),
    Tally(medals=(Medal.BRONZE,), kind=EventKind.TEAM),
]

shuffle = settings(
    max_examples=max(50, settings().max_examples),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def answers(history: History) -> dict[str, Any]:
    """Every record answer of a History, and its contents as sets."""
    out: dict[str, Any] = {
        "games": set(history.games),
        "events": set(history.events),
        "athletes": set(history.athletes),
        "nocs": set(history.nocs),
        # A team's members are a set: their order is the order their rows came in.
        "entries": sorted(
            (e.event, e.noc, tuple(sorted(e.athletes)), e.place or 0, str(e.medal), e.complete)
            for e in history.entries
        ),
        "issues": sorted(map(str, history.issues)),
        "coverage": set(history.coverage),
    }
    for i, tally in enumerate(TALLIES):
        out[f"leaderboard {i}"] = leaderboard(history, tally)
        out[f"record {i}"] = record(history, tally)
        out[f"progression {i}"] = progression(history, tally)
    for games in history.games:
        for order in ("gold", "total"):
            out[f"table {games.id} {order}"] = medal_table(history, games, order=order)
    return out


def shuffled(text: str, seed: int) -> str:
    header, *rows = text.rstrip("\n").split("\n")
    random.Random(seed).shuffle(rows)
    return "\n".join([header, *rows]) + "\n"


def _renumber(issues: list[str]) -> list[str]:
    # An issue names its row, which moves with the shuffle; what it says must not change.
    return sorted(issue.split(": ", 1)[-1] for issue in issues)


def same(left: dict[str, Any], right: dict[str, Any]) -> None:
    assert left.keys() == right.keys()
    for key, value in left.items():
        if key == "issues":
            assert _renumber(value) == _renumber(right[key])
        else:
            assert value == right[key], key


seeds = st.integers(0, 2**32 - 1)


@shuffle
@given(seed=seeds)
def test_olympics_com_answers_ignore_row_order(seed: int, tmp_path: Path) -> None:
    def load(hosts: str, medals: str) -> History:
        (tmp_path / "olympic_hosts.csv").write_text(hosts, encoding="utf-8")
        (tmp_path / "olympic_medals.csv").write_text(medals, encoding="utf-8")
        return read_olympics_com(tmp_path, strict=True)

    medals = MEDALS + MORE_MEDALS
    same(
        answers(load(HOSTS, medals)),
        answers(load(shuffled(HOSTS, seed), shuffled(medals, seed))),
    )


@shuffle
@given(seed=seeds)
def test_olympanalyt_answers_ignore_row_order(seed: int, tmp_path: Path) -> None:
    path = tmp_path / "medals.csv"
    text = OLYMPANALYT + MORE_OLYMPANALYT
    path.write_text(text, encoding="utf-8")
    before = answers(read_olympanalyt(path, strict=True))
    path.write_text(shuffled(text, seed), encoding="utf-8")
    same(before, answers(read_olympanalyt(path, strict=True)))


@shuffle
@given(seed=seeds)
def test_kaggle120_answers_ignore_row_order(seed: int, tmp_path: Path) -> None:
    path = tmp_path / "athlete_events.csv"
    text = KAGGLE + MORE_KAGGLE
    path.write_text(text, encoding="utf-8")
    before = answers(read_kaggle120(path, strict=True))
    path.write_text(shuffled(text, seed), encoding="utf-8")
    same(before, answers(read_kaggle120(path, strict=True)))


@shuffle
@given(seed=seeds)
def test_olympedia_tables_ignore_row_order(seed: int, tmp_path: Path) -> None:
    path = tmp_path / "tally.csv"
    text = TALLY + "1956 Summer Olympics,14,1956,Sweden,SWE,8,5,6,19\n"
    path.write_text(text, encoding="utf-8")
    before = read_olympedia_tally(path, strict=True)
    path.write_text(shuffled(text, seed), encoding="utf-8")
    after = read_olympedia_tally(path, strict=True)
    assert set(after.rows) == set(before.rows)
    assert set(after.games) == set(before.games)
    for games in before.games:
        assert after.for_games(games) == before.for_games(games)


@shuffle
@given(seed=seeds)
def test_json_answers_ignore_list_order(seed: int, tmp_path: Path) -> None:
    path = tmp_path / "medals.csv"
    path.write_text(OLYMPANALYT + MORE_OLYMPANALYT, encoding="utf-8")
    history = read_olympanalyt(path, strict=True)
    document = json.loads(to_json(history))
    for value in document.values():
        if isinstance(value, list):
            random.Random(seed).shuffle(value)
    same(answers(history), answers(from_json(json.dumps(document))))


def test_the_shuffle_can_change_the_file() -> None:
    """Not vacuous: some seed reorders the rows (and a History keeps file order)."""
    text = OLYMPANALYT + MORE_OLYMPANALYT
    assert any(shuffled(text, seed) != text for seed in range(5))
