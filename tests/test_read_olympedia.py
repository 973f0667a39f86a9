"""The Olympedia tally reader on the real file (``$OLYMPICS_RECORDS_DATA/olympedia``)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from olympics_records import DataError
from olympics_records.datasets.olympedia import ReferenceTally, TallyRow, read_olympedia_tally


@pytest.fixture(scope="module")
def path(shared_data: Path) -> Path:
    return shared_data / "olympedia" / "Olympic_Games_Medal_Tally.csv"


@pytest.fixture(scope="module")
def tally(path: Path) -> ReferenceTally:
    return read_olympedia_tally(path)


def test_row_accounting(path: Path, tally: ReferenceTally) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = sum(1 for row in csv.reader(handle) if row) - 1
    assert rows == 1_807
    assert rows == len(tally.rows) + len([i for i in tally.issues if i.row is not None])
    assert tally.issues == ()


def test_editions_map_to_games_ids(tally: ReferenceTally) -> None:
    assert len(tally.games) == 54  # 1956 Equestrian folds into 1956-summer
    assert "1906-summer" in tally.games
    assert {r.edition for r in tally.rows if r.games == "1956-summer"} == {
        "1956 Summer Olympics",
        "1956 Equestrian",
    }


def test_for_games_adds_up_the_parts_of_1956(tally: ReferenceTally) -> None:
    parts = [r for r in tally.rows if r.games == "1956-summer" and r.noc == "SWE"]
    assert len(parts) == 2
    sweden = tally.get("1956-summer", "SWE")
    assert sweden is not None
    assert sweden.gold == sum(r.gold for r in parts)
    assert sweden.total == sum(r.total for r in parts)


def test_norway_2022(tally: ReferenceTally) -> None:
    first = tally.for_games("2022-winter")[0]
    assert (first.noc, first.gold, first.silver, first.bronze, first.total) == (
        "NOR",
        16,
        8,
        13,
        37,
    )
    assert tally.get("2022-winter", "XYZ") is None


def test_bad_rows_are_reported_or_raise_in_strict(tmp_path: Path) -> None:
    path = tmp_path / "tally.csv"
    path.write_text(
        "edition,edition_id,year,country,country_noc,gold,silver,bronze,total\n"
        "1980 Winter Olympics,41,1980,United States,USA,6,4,2,12\n"
        "1980 Winter Olympics,41,1980,Norway,NOR,1,3,6,9\n"
        "1980 Winter Olympics,41,1980,Austria,AUT,three,2,2,7\n"
        "Some Games,41,1980,Austria,AUT,1,2,2,5\n"
        "1980 Winter Olympics,41,1980,United States,USA,6,4,2,12\n",
        encoding="utf-8",
    )
    tally = read_olympedia_tally(path)
    assert tally.rows == (
        TallyRow("1980-winter", "1980 Winter Olympics", "USA", "United States", 6, 4, 2, 12),
    )
    assert [(i.row, i.field) for i in tally.issues] == [
        (2, "total"),
        (3, "gold"),
        (4, "edition"),
        (5, None),
    ]
    with pytest.raises(DataError) as caught:
        read_olympedia_tally(path, strict=True)
    assert (caught.value.row, caught.value.field) == (2, "total")


def test_a_count_of_5000_digits_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "tally.csv"
    path.write_text(
        "edition,edition_id,year,country,country_noc,gold,silver,bronze,total\n"
        f"1980 Winter Olympics,41,1980,United States,USA,{'6' * 5000},4,2,12\n"
        "1980 Winter Olympics,41,1980,Norway,NOR,1,3,6,10\n"
    )
    tally = read_olympedia_tally(path)
    ((number, field),) = [(i.row, i.field) for i in tally.issues if i.row is not None]
    assert (number, field) == (1, "gold")
    assert [r.noc for r in tally.rows] == ["NOR"]
    with pytest.raises(DataError) as caught:
        read_olympedia_tally(path, strict=True)
    assert (caught.value.row, caught.value.field) == (1, "gold")
