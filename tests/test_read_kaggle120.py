"""The Kaggle "120 years" reader on the real head subset (``$OLYMPICS_RECORDS_DATA/kaggle-120``)."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from olympics_records import DataError, EventKind, History, Medal
from olympics_records.datasets.kaggle120 import read_kaggle120


@pytest.fixture(scope="module")
def folder(shared_data: Path) -> Path:
    return shared_data / "kaggle-120"


@pytest.fixture(scope="module")
def history(folder: Path) -> History:
    return read_kaggle120(
        folder / "athlete_events.head.csv", noc_regions=folder / "noc_regions.csv"
    )


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.reader(handle) if row][1:]


def test_row_accounting(folder: Path, history: History) -> None:
    """Each loaded row is one member of one entry; every other row has one issue."""
    rows = _rows(folder / "athlete_events.head.csv")
    reported = [i for i in history.issues if i.source == "athlete_events.head.csv" and i.row]
    assert len(rows) == 16_911  # 16,910 whole rows and the truncated last one
    assert len(rows) == sum(len(e.athletes) for e in history.entries) + len(reported)
    assert len({i.row for i in reported}) == len(reported)
    duplicates = [i for i in reported if i.message.startswith("exact duplicate")]
    assert len(duplicates) == 59


def test_noc_regions_cr_only_all_loaded(folder: Path, history: History) -> None:
    assert b"\n" not in (folder / "noc_regions.csv").read_bytes()
    with (folder / "noc_regions.csv").open(newline="") as handle:
        assert sum(1 for row in csv.reader(handle) if row) - 1 == 230
    assert not [i for i in history.issues if i.source == "noc_regions.csv"]


def test_lenient_reports_the_truncated_last_row(folder: Path, history: History) -> None:
    last = len(_rows(folder / "athlete_events.head.csv"))
    (issue,) = [i for i in history.issues if i.row == last]
    assert "truncated" in issue.message
    assert not [a for a in history.athletes if a.id == "kaggle120:9059"]


def test_strict_raises_naming_the_truncated_row(folder: Path) -> None:
    with pytest.raises(DataError) as caught:
        read_kaggle120(folder / "athlete_events.head.csv", strict=True)
    assert caught.value.source == "athlete_events.head.csv"
    assert caught.value.row == 16_911
    assert "truncated" in str(caught.value)


def test_team_medals_count_once_for_the_nation(folder: Path, history: History) -> None:
    rows = _rows(folder / "athlete_events.head.csv")
    relay = "Cross Country Skiing Men's 4 x 10 kilometres Relay"
    team_rows = [r for r in rows if len(r) == 15 and r[13] == relay and r[14] != "NA"]
    per_team = Counter((r[8], r[7], r[6], r[14]) for r in team_rows)
    assert max(per_team.values()) > 1  # the naive count multiplies
    entries = [
        e
        for e in history.entries
        if e.medal is not None and history.get_event(e.event).name == relay
    ]
    assert len(entries) == len(per_team)
    assert sum(len(e.athletes) for e in entries) == len(team_rows)
    assert all(history.get_event(e.event).kind is EventKind.TEAM for e in entries)


def test_nation_medals_never_exceed_the_medal_rows(folder: Path, history: History) -> None:
    rows = [r for r in _rows(folder / "athlete_events.head.csv") if len(r) == 15]
    naive = Counter(r[7] for r in rows if r[14] != "NA")
    counted = Counter(e.noc for e in history.entries if e.medal is not None)
    assert sum(naive.values()) == 2_167  # medal rows, team medals once per member
    # Medal entries, team medals once; and two for GBR's 1968 5.5 m sailing bronze:
    # the subset holds two of its crew of three and no other medallist, which looks
    # like a tie of two compatriots (the full file holds the three crews).
    assert sum(counted.values()) == 1_873
    assert all(counted[noc] <= naive[noc] for noc in counted)


def test_1906_and_art_competitions_are_unofficial(history: History) -> None:
    art = [e for e in history.events if e.sport == "Art Competitions"]
    intercalated = [e for e in history.events if e.games == "1906-summer"]
    assert art
    assert intercalated
    assert not any(e.official for e in art + intercalated)
    assert all(e.official for e in history.events if e.games == "1992-summer")


def test_na_is_missing(history: History) -> None:
    assert all(e.place is None for e in history.entries if e.medal is None)
    assert any(e.medal is Medal.GOLD and e.place == 1 for e in history.entries)
    assert {a.sex for a in history.athletes} == {"M", "F"}


_KAGGLE = (
    '"ID","Name","Sex","Age","Height","Weight","Team","NOC","Games","Year","Season","City",'
    '"Sport","Event","Medal"\n'
    '"1","Eric Heiden","M",21,185,82,"United States","USA","1980 Winter",1980,"Winter",'
    '"Lake Placid","Speed Skating","Speed Skating Men\'s 500 metres","Gold"\n'
    '"1","Eric Heiden","M",21,185,82,"United States","USA","1980 Winter",1980,"Winter",'
    '"Lake Placid","Speed Skating","Speed Skating Men\'s 1,000 metres","Gold"\n'
)


@pytest.mark.parametrize(
    ("column", "other"),
    [("Sex", '"F"'), ("Name", '"Beth Heiden"'), ("NOC", '"CAN"')],
)
def test_one_id_is_one_person(tmp_path: Path, column: str, other: str) -> None:
    """An ID with two sexes, two names, or two NOCs at one Games: the second row is reported."""
    first, second = _KAGGLE.splitlines()[1:]
    was = {"Sex": '"M"', "Name": '"Eric Heiden"', "NOC": '"USA"'}[column]
    path = tmp_path / "athlete_events.csv"
    path.write_text("\n".join([_KAGGLE.splitlines()[0], first, second.replace(was, other, 1)]))
    h = read_kaggle120(path)
    (issue,) = [i for i in h.issues if i.row is not None]
    assert (issue.row, issue.field, issue.value) == (2, column, other.strip('"'))
    assert len(h.entries) == 1
    with pytest.raises(DataError) as caught:
        read_kaggle120(path, strict=True)
    assert (caught.value.row, caught.value.field) == (2, column)


def test_one_id_may_compete_for_two_nocs_at_two_games(tmp_path: Path) -> None:
    path = tmp_path / "athlete_events.csv"
    lines = _KAGGLE.splitlines()
    later = lines[2].replace('"USA"', '"CAN"').replace("1980", "1984").replace("Lake Placid", "x")
    path.write_text("\n".join([*lines[:2], later]))
    h = read_kaggle120(path, strict=True)
    assert sorted(e.noc for e in h.entries) == ["CAN", "USA"]


# The nations of the event, with the medal each won ("NA": none).
_NATIONS: tuple[tuple[str, str, str], ...] = (
    ("GER", "Germany", "Gold"),
    ("NED", "Netherlands", "Silver"),
    ("DEN", "Denmark", "Bronze"),
    ("SWE", "Sweden", "NA"),
)


def _dressage(riders: list[int], team_of: Callable[[str, str, int], str]) -> str:
    """The 2008 team dressage as Kaggle writes it: a row per rider, ``Team`` as given."""
    rows = [_KAGGLE.splitlines()[0]]
    number = 0
    for (noc, name, medal), count in zip(_NATIONS, riders, strict=False):
        for rider in range(count):
            number += 1
            rows.append(
                f'"{number}","Rider {noc} {rider}","F",30,170,60,"{team_of(noc, name, rider)}",'
                f'"{noc}","2008 Summer",2008,"Summer","Beijing","Equestrianism",'
                f'"Equestrianism Mixed Dressage, Team","{medal}"'
            )
    return "\n".join(rows) + "\n"


@given(st.lists(st.integers(1, 4), min_size=1, max_size=4), st.booleans())
def test_a_team_is_a_nations_riders_where_the_team_column_names_horses(
    tmp_path_factory: pytest.TempPathFactory, riders: list[int], horses: bool
) -> None:
    """Kaggle writes each rider's horse in the ``Team`` column of the 2008 team dressage
    (``Satchmo``, ``Bonaparte``), as if each were a team of one. Where no ``Team`` of an
    event holds two athletes it names no team: a nation's riders with one medal are its
    team, one medal for the nation, as where ``Team`` is the nation's name."""
    path = tmp_path_factory.mktemp("kaggle") / "athlete_events.csv"

    def team(noc: str, name: str, rider: int) -> str:
        return f"Horse {noc} {rider}" if horses else name

    path.write_text(_dressage(riders, team), encoding="utf-8")
    h = read_kaggle120(path, strict=True)
    found = sorted((e.noc, e.medal, len(e.athletes)) for e in h.entries)
    expected = [
        (noc, Medal(medal.lower()) if medal != "NA" else None, count)
        for (noc, _, medal), count in zip(_NATIONS, riders, strict=False)
    ]
    assert found == sorted(expected)
    assert {e.kind for e in h.events} == {EventKind.TEAM}


def test_two_teams_of_one_nation_stay_two(tmp_path: Path) -> None:
    """Where a ``Team`` holds two athletes the column names teams, as written."""
    path = tmp_path / "athlete_events.csv"
    path.write_text(_dressage([4], lambda noc, name, rider: f"{name}-{rider // 2 + 1}"))
    h = read_kaggle120(path, strict=True)
    assert sorted((e.noc, len(e.athletes)) for e in h.entries) == [("GER", 2), ("GER", 2)]
