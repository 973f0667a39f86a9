"""Every reader takes its data set's folder or its file alike, wherever that is unambiguous."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from olympics_records.datasets import (
    read_kaggle120,
    read_medallists,
    read_olympanalyt,
    read_olympedia_tally,
    read_olympics_com,
)
from olympics_records.errors import DataError

OLYMPANALYT = (
    "season,year,medal,country_code,country,athletes,games,sport,event_gender,event_name\n"
    "Winter,2018,Gold,NOR,Norway,Johannes Hoesflot KLAEBO,2018 Pyeongchang,"
    "Cross Country Skiing,Men's,sprint 1.5km\n"
)
TALLY = (
    "edition,edition_id,year,country,country_noc,gold,silver,bronze,total\n"
    "1980 Winter Olympics,44,1980,United States,USA,6,4,2,12\n"
)
KAGGLE = (
    '"ID","Name","Sex","Age","Height","Weight","Team","NOC","Games","Year","Season","City",'
    '"Sport","Event","Medal"\n'
    '"1","Eric Heiden","M",21,NA,NA,"United States","USA","1980 Winter",1980,"Winter",'
    '"Lake Placid","Speed Skating","Speed Skating Men\'s 500 metres","Gold"\n'
)
HOSTS = (
    "game_slug,game_end_date,game_start_date,game_location,game_name,game_season,game_year\n"
    "lake-placid-1980,1980-02-24T01:00:00Z,1980-02-13T13:00:00Z,United States,"
    "Lake Placid 1980,Winter,1980\n"
)
MEDALS = (
    "discipline_title,slug_game,event_title,event_gender,medal_type,participant_type,"
    "participant_title,athlete_url,athlete_full_name,country_name,country_code,"
    "country_3_letter_code\n"
    "Speed skating,lake-placid-1980,500m men,Men,GOLD,Athlete,,"
    "https://olympics.com/en/athletes/eric-heiden,Eric HEIDEN,United States,US,USA\n"
)
REGIONS = "NOC,region,notes\nUSA,USA Region,\n"

READERS: list[tuple[Callable[..., Any], str, str]] = [
    (read_olympanalyt, "all_olympic_medalists.csv", OLYMPANALYT),
    (read_olympedia_tally, "Olympic_Games_Medal_Tally.csv", TALLY),
    (read_kaggle120, "athlete_events.csv", KAGGLE),
]


@pytest.mark.parametrize(("reader", "name", "text"), READERS)
def test_a_folder_reads_as_the_file_it_holds(
    tmp_path: Path, reader: Callable[..., Any], name: str, text: str
) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    assert reader(tmp_path) == reader(tmp_path / name)


@pytest.mark.parametrize(
    "reader",
    [read_olympanalyt, read_olympedia_tally, read_kaggle120, read_medallists, read_olympics_com],
)
def test_a_folder_without_the_file_says_which_file_it_lacks(
    tmp_path: Path, reader: Callable[..., Any]
) -> None:
    (tmp_path / "something_else.csv").write_text("a\n1\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        reader(tmp_path)
    message = str(err.value)
    assert str(tmp_path) in message or tmp_path.name in message
    assert ".csv" in message


def test_kaggle_folder_reads_the_nations_file_beside_the_results(tmp_path: Path) -> None:
    (tmp_path / "athlete_events.csv").write_text(KAGGLE, encoding="utf-8")
    (tmp_path / "noc_regions.csv").write_text(REGIONS, encoding="utf-8")
    assert read_kaggle120(tmp_path) == read_kaggle120(
        tmp_path / "athlete_events.csv", noc_regions=tmp_path / "noc_regions.csv"
    )
    (tmp_path / "noc_regions.csv").write_text("NOC,notes\nUSA,\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"noc_regions\.csv"):
        read_kaggle120(tmp_path)


def test_olympics_com_given_one_of_its_files_reads_the_folder(tmp_path: Path) -> None:
    (tmp_path / "olympic_hosts.csv").write_text(HOSTS, encoding="utf-8")
    (tmp_path / "olympic_medals.csv").write_text(MEDALS, encoding="utf-8")
    from_folder = read_olympics_com(tmp_path)
    assert len(from_folder.entries) == 1
    assert read_olympics_com(tmp_path / "olympic_medals.csv") == from_folder
