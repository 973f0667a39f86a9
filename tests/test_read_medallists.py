"""The olympics.com medallist reader: each rule on small files, then the real ones.

The real-data tests read ``$OLYMPICS_RECORDS_DATA/paris-2024`` and
``$OLYMPICS_RECORDS_DATA/milano-cortina-2026-full`` and skip without the variable.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from olympics_records import DataError, EventKind, Gender, History, Medal, medal_table
from olympics_records.datasets.medallists import read_medallists
from olympics_records.errors import Issue

# --- writing small files ----------------------------------------------------------------

PARIS_HEAD = (
    "medal_date,medal_type,medal_code,name,gender,country_code,country,country_long,"
    "nationality_code,nationality,nationality_long,team,team_gender,discipline,event,"
    "event_type,url_event,birth_date,code_athlete,code_team,is_medallist"
)
MC_HEAD = (
    "date,medal_code,medal,code,name,gender,country_code,country,discipline,discipline_code,"
    "event_name"
)
_PLACE = {"Gold": "1.0", "Silver": "2.0", "Bronze": "3.0"}


def paris(  # noqa: PLR0917 - a row's fields, in the file's order of importance
    day: str,
    medal: str,
    name: str,
    noc: str,
    discipline: str,
    event: str,
    code: str,
    team: str = "",
    *,
    sex: str = "Male",
    team_gender: str = "",
    medallist: str = "True",
    medal_code: str | None = None,
    nationality: str | None = None,
) -> list[str]:
    """One Paris row; ``medal`` is ``Gold``, ``Silver`` or ``Bronze``."""
    return [
        day,
        f"{medal} Medal",
        _PLACE.get(medal, "0.0") if medal_code is None else medal_code,
        name,
        sex,
        noc,
        noc.title(),
        noc.title(),
        noc if nationality is None else nationality,
        "",
        "",
        "",
        team_gender,
        discipline,
        event,
        "TEAM" if team else "ATH",
        "",
        "2000-01-01",
        code,
        team,
        medallist,
    ]


def mc(  # noqa: PLR0917 - a row's fields
    day: str,
    medal: str,
    code: str,
    name: str,
    noc: str,
    discipline: str,
    event: str,
    sex: str = "M",
) -> list[str]:
    """One Milano Cortina 2026 row; ``medal`` is ``GOLD``, ``SILVER`` or ``BRONZE``."""
    place = {"GOLD": "1", "SILVER": "2", "BRONZE": "3"}.get(medal, "0")
    return [day, place, medal, code, name, sex, noc, noc.title(), discipline, "XXX", event]


def write(folder: Path, head: str, rows: list[list[str]], name: str = "medallists.csv") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(head + "\n")
        csv.writer(out, lineterminator="\n").writerows(rows)
    return path


def row_issues(history: History) -> list[Issue]:
    return [i for i in history.issues if i.row is not None]


def notes(history: History, source: str = "medallists.csv") -> list[Issue]:
    return [i for i in history.issues if i.row is None and i.source == source]


def members(history: History) -> int:
    return sum(len(e.athletes) for e in history.entries)


def entries_of(history: History, title: str) -> list[tuple[str, Medal | None, int | None, int]]:
    """(NOC, medal, place, members) of each entry of the event named ``title``."""
    (event,) = [e for e in history.events if e.name == title]
    return [(e.noc, e.medal, e.place, len(e.athletes)) for e in history.entries_of_event(event.id)]


ROAD = ("Cycling Road", "Men's Individual Time Trial")
RELAY = ("Athletics", "Men's 4 x 400m Relay")
PARIS_ROWS = [
    paris("2024-07-27", "Gold", "EVENEPOEL Remco", "BEL", *ROAD, "1903136"),
    paris("2024-07-27", "Silver", "GANNA Filippo", "ITA", *ROAD, "1923520"),
    paris("2024-07-27", "Bronze", "van AERT Wout", "BEL", *ROAD, "1903147"),
    paris("2024-08-10", "Gold", "BENJAMIN Rai", "USA", *RELAY, "1", "RELAYUSA01"),
    paris("2024-08-10", "Gold", "WILSON Quincy", "USA", *RELAY, "2", "RELAYUSA01"),
    paris("2024-08-10", "Gold", "HALL Quincy", "USA", *RELAY, "3", "RELAYUSA01", medallist="False"),
    paris("2024-08-10", "Silver", "SCOTCH Leungo", "BOT", *RELAY, "4", "RELAYBOT01"),
    paris("2024-08-10", "Silver", "EPPIE Lee", "BOT", *RELAY, "5", "RELAYBOT01"),
]
CCS = "Cross-Country Skiing"
COMBINED = ("Alpine Skiing", "Men's Team Combined")
MC_ROWS = [
    mc("2026-02-21", "GOLD", "42284", "KLAEBO Johannes Hoesflot", "NOR", CCS, "Men's 50km"),
    mc("2026-02-21", "SILVER", "42285", "NYENGET Martin", "NOR", CCS, "Men's 50km"),
    mc("2026-02-21", "BRONZE", "139897", "IVERSEN Emil", "NOR", CCS, "Men's 50km"),
    mc("2026-02-09", "GOLD", "48729", "von ALLMEN Franjo", "SUI", *COMBINED),
    mc("2026-02-09", "GOLD", "48602", "NEF Tanguy", "SUI", *COMBINED),
    mc("2026-02-09", "SILVER", "48571", "MEILLARD Loic", "SUI", *COMBINED),
    mc("2026-02-09", "SILVER", "48607", "ODERMATT Marco", "SUI", *COMBINED),
    mc("2026-02-09", "SILVER", "20284", "FELLER Manuel", "AUT", *COMBINED),
    mc("2026-02-09", "SILVER", "20306", "KRIECHMAYR Vincent", "AUT", *COMBINED),
]


# --- layouts, folders and files -----------------------------------------------------


def test_the_paris_layout_is_read_from_its_header(tmp_path: Path) -> None:
    h = read_medallists(write(tmp_path, PARIS_HEAD, PARIS_ROWS))
    assert [g.id for g in h.games] == ["2024-summer"]
    assert h.get_athlete("code:1903147").name == "Wout van Aert"
    assert h.get_athlete("code:1903147").sex == "M"
    assert entries_of(h, ROAD[1]) == [
        ("BEL", Medal.GOLD, 1, 1),
        ("ITA", Medal.SILVER, 2, 1),
        ("BEL", Medal.BRONZE, 3, 1),
    ]


def test_the_2026_layout_is_read_from_its_header(tmp_path: Path) -> None:
    h = read_medallists(write(tmp_path, MC_HEAD, MC_ROWS))
    assert [g.id for g in h.games] == ["2026-winter"]
    assert h.get_athlete("code:48729").name == "Franjo von Allmen"
    event = h.get_event("2026-winter/cross-country-skiing/men/men-s-50km")
    assert (event.date, event.kind, event.gender) == (
        dt.date(2026, 2, 21),
        EventKind.INDIVIDUAL,
        Gender.MEN,
    )


def test_a_folder_and_its_medallists_file_read_alike(tmp_path: Path) -> None:
    path = write(tmp_path / "paris-2024", PARIS_HEAD, PARIS_ROWS)
    assert read_medallists(path.parent) == read_medallists(path)


def test_a_folder_without_medallists_is_an_error_naming_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "milano-cortina-2026"
    write(folder, "country,gold", [["Norway", "18"]], name="medals.csv")
    with pytest.raises(DataError, match="holds no medallists.csv") as caught:
        read_medallists(folder)
    assert str(folder) in str(caught.value)


def test_a_header_of_neither_layout_is_an_error_naming_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "olympanalyt"
    write(folder, "season,year,medal,athletes", [["Winter", "2018", "Gold", "X"]])
    with pytest.raises(DataError, match="neither the Paris 2024 layout") as caught:
        read_medallists(folder)
    assert (caught.value.source, caught.value.row) == ("medallists.csv", 0)
    assert str(folder) in str(caught.value)


@pytest.mark.parametrize(("head", "column"), [(PARIS_HEAD, "code_team"), (MC_HEAD, "event_name")])
def test_a_missing_column_names_the_layout_and_the_column(
    tmp_path: Path, head: str, column: str
) -> None:
    write(tmp_path, head.replace(f",{column}", ""), [])
    with pytest.raises(DataError, match="missing column") as caught:
        read_medallists(tmp_path)
    assert (caught.value.row, caught.value.field) == (0, column)


def test_the_readers_name_is_exported_lazily() -> None:
    from olympics_records import datasets

    assert "read_medallists" in datasets.__all__
    assert datasets.read_medallists is read_medallists
    code = (
        "import sys, olympics_records.datasets; "
        "print('olympics_records.datasets.medallists' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
    assert importlib.import_module("olympics_records.datasets.medallists").__all__ == [
        "read_medallists"
    ]


# --- Games and dates ----------------------------------------------------------------


def test_the_games_are_the_edition_that_held_the_medal_days(tmp_path: Path) -> None:
    # 1992 had two editions; the days say which.
    rows = [
        mc("1992-02-15", "GOLD", "1", "DAEHLIE Bjoern", "NOR", CCS, "Men's 50km"),
        mc("1992-08-01", "GOLD", "2", "Somebody", "USA", CCS, "Men's 10km"),
    ]
    h = read_medallists(write(tmp_path, MC_HEAD, rows))
    assert [g.id for g in h.games] == ["1992-winter"]
    (issue,) = row_issues(h)
    assert (issue.row, issue.field, issue.value) == (2, "date", "1992-08-01")
    assert "not a day of the Games" in issue.message


def test_days_of_no_games_are_all_reported(tmp_path: Path) -> None:
    rows = [mc("2025-02-15", "GOLD", "1", "A", "NOR", CCS, "Men's 50km")]
    h = read_medallists(write(tmp_path, MC_HEAD, rows))
    assert h.entries == ()
    assert [(i.row, i.field) for i in row_issues(h)] == [(1, "date")]
    with pytest.raises(DataError, match="no Games edition"):
        read_medallists(tmp_path, strict=True)


def test_an_event_is_dated_by_its_last_medal_day(tmp_path: Path) -> None:
    boxing = ("Boxing", "Women's 60kg")
    rows = [
        paris("2024-08-03", "Bronze", "A", "IRL", *boxing, "1", sex="Female"),
        paris("2024-08-03", "Bronze", "B", "TUR", *boxing, "2", sex="Female"),
        paris("2024-08-06", "Gold", "C", "CHN", *boxing, "3", sex="Female"),
        paris("2024-08-06", "Silver", "D", "BRA", *boxing, "4", sex="Female"),
    ]
    h = read_medallists(write(tmp_path, PARIS_HEAD, rows))
    (event,) = h.events
    assert event.date == dt.date(2024, 8, 6)
    assert entries_of(h, boxing[1]) == [
        ("IRL", Medal.BRONZE, 3, 1),
        ("TUR", Medal.BRONZE, 3, 1),
        ("CHN", Medal.GOLD, 1, 1),
        ("BRA", Medal.SILVER, 2, 1),
    ]
    assert h.as_of(dt.date(2024, 8, 5)).entries == ()
    assert len(h.as_of(dt.date(2024, 8, 6)).entries) == 4
    (note,) = [n for n in notes(h) if n.field == "medal_date"]
    assert "Women's 60kg (Boxing)" in note.message


# --- team or individual, by structure ------------------------------------------------


def test_paris_teams_are_the_rows_sharing_a_team_code(tmp_path: Path) -> None:
    h = read_medallists(write(tmp_path, PARIS_HEAD, PARIS_ROWS))
    event = h.get_event("2024-summer/athletics/men/men-s-4-x-400m-relay")
    assert event.kind is EventKind.TEAM
    assert [(e.noc, e.athletes, e.complete) for e in h.entries_of_event(event.id)] == [
        ("USA", ("code:1", "code:2"), True),
        ("BOT", ("code:4", "code:5"), True),
    ]
    assert h.get_event("2024-summer/cycling-road/men/men-s-individual-time-trial").kind is (
        EventKind.INDIVIDUAL
    )


def test_two_paris_teams_of_one_noc_at_one_medal_stay_two(tmp_path: Path) -> None:
    beach = ("Beach Volleyball", "Women")
    rows = [
        paris("2024-08-09", "Gold", "A", "BRA", *beach, "1", "BVWBRA01", sex="Female"),
        paris("2024-08-09", "Gold", "B", "BRA", *beach, "2", "BVWBRA01", sex="Female"),
        paris("2024-08-09", "Bronze", "C", "SUI", *beach, "3", "BVWSUI01", sex="Female"),
        paris("2024-08-09", "Bronze", "D", "SUI", *beach, "4", "BVWSUI01", sex="Female"),
        paris("2024-08-09", "Bronze", "E", "SUI", *beach, "5", "BVWSUI02", sex="Female"),
        paris("2024-08-09", "Bronze", "F", "SUI", *beach, "6", "BVWSUI02", sex="Female"),
    ]
    h = read_medallists(write(tmp_path, PARIS_HEAD, rows))
    assert [e.athletes for e in h.entries] == [
        ("code:1", "code:2"),
        ("code:3", "code:4"),
        ("code:5", "code:6"),
    ]


def test_a_one_member_team_of_a_team_event_is_incomplete(tmp_path: Path) -> None:
    rows = [*PARIS_ROWS[3:6], paris("2024-08-10", "Silver", "X", "BOT", *RELAY, "9", "RELAYBOT01")]
    h = read_medallists(write(tmp_path, PARIS_HEAD, rows))
    assert [(e.noc, len(e.athletes), e.complete) for e in h.entries] == [
        ("USA", 2, True),
        ("BOT", 1, False),
    ]


def test_a_paris_team_member_with_another_medal_or_noc_is_reported(tmp_path: Path) -> None:
    rows = [
        *PARIS_ROWS[3:5],
        paris("2024-08-10", "Silver", "X", "USA", *RELAY, "8", "RELAYUSA01"),
        paris("2024-08-10", "Gold", "Y", "CAN", *RELAY, "9", "RELAYUSA01"),
    ]
    h = read_medallists(write(tmp_path, PARIS_HEAD, rows))
    assert [(i.row, i.field, i.value) for i in row_issues(h)] == [
        (3, "medal_type", "Silver Medal"),
        (4, "country_code", "CAN"),
    ]
    assert members(h) == 2


def test_2026_teams_are_the_rows_of_one_event_medal_and_noc(tmp_path: Path) -> None:
    h = read_medallists(write(tmp_path, MC_HEAD, MC_ROWS))
    # The real Men's Team Combined: a tie for silver, two NOCs, no bronze.
    assert entries_of(h, COMBINED[1]) == [
        ("SUI", Medal.GOLD, 1, 2),
        ("SUI", Medal.SILVER, 2, 2),
        ("AUT", Medal.SILVER, 2, 2),
    ]
    assert h.get_event("2026-winter/alpine-skiing/men/men-s-team-combined").kind is EventKind.TEAM
    assert not any("tied teams" in n.message for n in notes(h))


def test_two_tied_2026_teams_of_one_noc_are_split_in_file_order(tmp_path: Path) -> None:
    rows = [
        mc("2026-02-09", "GOLD", "1", "A", "AUT", *COMBINED),
        mc("2026-02-09", "GOLD", "2", "B", "AUT", *COMBINED),
        mc("2026-02-09", "SILVER", "3", "C", "SUI", *COMBINED),
        mc("2026-02-09", "SILVER", "4", "D", "SUI", *COMBINED),
        mc("2026-02-09", "SILVER", "5", "E", "SUI", *COMBINED),
        mc("2026-02-09", "SILVER", "6", "F", "SUI", *COMBINED),
    ]
    h = read_medallists(write(tmp_path, MC_HEAD, rows))
    assert [(e.noc, e.place, e.athletes) for e in h.entries] == [
        ("AUT", 1, ("code:1", "code:2")),
        ("SUI", 2, ("code:3", "code:4")),
        ("SUI", 2, ("code:5", "code:6")),
    ]
    (note,) = [n for n in notes(h) if "tied teams" in n.message]
    assert note.value == "silver"
    assert "rows 3, 4, 5, 6" in note.message


def test_a_2026_team_twice_the_size_of_the_others_without_a_tie_stays_one(tmp_path: Path) -> None:
    relay = (CCS, "Men's 4 x 7.5km Relay")
    rows = [mc("2026-02-15", "GOLD", str(i), f"N{i}", "NOR", *relay) for i in range(1, 5)]
    rows += [mc("2026-02-15", "SILVER", str(i), f"F{i}", "FRA", *relay) for i in range(5, 7)]
    rows += [mc("2026-02-15", "BRONZE", str(i), f"I{i}", "ITA", *relay) for i in range(7, 9)]
    h = read_medallists(write(tmp_path, MC_HEAD, rows))
    assert [(e.noc, len(e.athletes)) for e in h.entries] == [("NOR", 4), ("FRA", 2), ("ITA", 2)]


def test_athletes_of_one_noc_tied_in_a_solo_event_are_tied_individuals(tmp_path: Path) -> None:
    slalom = ("Alpine Skiing", "Women's Giant Slalom")
    rows = [
        mc("2026-02-15", "GOLD", "1", "BRIGNONE Federica", "ITA", *slalom, sex="F"),
        mc("2026-02-15", "SILVER", "2", "A", "NOR", *slalom, sex="F"),
        mc("2026-02-15", "SILVER", "3", "B", "NOR", *slalom, sex="F"),
    ]
    h = read_medallists(write(tmp_path, MC_HEAD, rows))
    assert entries_of(h, slalom[1]) == [
        ("ITA", Medal.GOLD, 1, 1),
        ("NOR", Medal.SILVER, 2, 1),
        ("NOR", Medal.SILVER, 2, 1),
    ]
    assert h.events[0].kind is EventKind.INDIVIDUAL
    assert any("read as a tie of individuals" in n.message for n in notes(h))


def test_two_bronzes_are_a_tie_at_place_three(tmp_path: Path) -> None:
    hill = ("Ski Jumping", "Men's NH Individual")
    rows = [
        mc("2026-02-09", "GOLD", "1", "RAIMUND Philipp", "GER", *hill),
        mc("2026-02-09", "SILVER", "2", "TOMASIAK Kacper", "POL", *hill),
        mc("2026-02-09", "BRONZE", "3", "NIKAIDO Ren", "JPN", *hill),
        mc("2026-02-09", "BRONZE", "4", "DESCHWANDEN Gregor", "SUI", *hill),
    ]
    h = read_medallists(write(tmp_path, MC_HEAD, rows))
    assert [(e.noc, e.place) for e in h.entries] == [
        ("GER", 1),
        ("POL", 2),
        ("JPN", 3),
        ("SUI", 3),
    ]
    assert row_issues(h) == []


# --- genders --------------------------------------------------------------------------


def test_gender_from_team_gender_then_the_name_then_the_medallists(tmp_path: Path) -> None:
    dance = ("Figure Skating", "Ice Dance")
    rows = [
        paris("2024-08-03", "Gold", "A", "USA", "Athletics", "4 x 400m Relay Mixed", "1", "T1"),
        paris("2024-08-03", "Gold", "B", "USA", "Athletics", "4 x 400m Relay Mixed", "2", "T1"),
        paris("2024-08-01", "Gold", "C", "GBR", "Equestrian", "Jumping Team", "3", "T2"),
        paris("2024-08-01", "Gold", "D", "GBR", "Equestrian", "Jumping Team", "4", "T2"),
    ]
    rows[2][12] = rows[3][12] = "O"
    h = read_medallists(write(tmp_path / "p", PARIS_HEAD, rows))
    assert [e.gender for e in h.events] == [Gender.MIXED, Gender.OPEN]
    rows_2026 = [
        mc("2026-02-11", "GOLD", "1", "CIZERON Guillaume", "FRA", *dance),
        mc("2026-02-11", "GOLD", "2", "FOURNIER BEAUDRY Laurence", "FRA", *dance, sex="F"),
        mc("2026-02-17", "GOLD", "3", "A", "NOR", "Nordic Combined", "Team Sprint"),
        mc("2026-02-17", "GOLD", "4", "B", "NOR", "Nordic Combined", "Team Sprint"),
        mc("2026-02-17", "GOLD", "5", "A", "GER", "Bobsleigh", "2-woman", sex="F"),
        mc("2026-02-17", "GOLD", "6", "B", "GER", "Bobsleigh", "2-woman", sex="F"),
    ]
    h = read_medallists(write(tmp_path / "m", MC_HEAD, rows_2026))
    assert [e.gender for e in h.events] == [Gender.MIXED, Gender.MEN, Gender.WOMEN]
    (note,) = [n for n in notes(h) if n.field == "event_name"]
    assert note.message.startswith("2 events have no gender in their name")


def test_paris_medals_csv_gives_the_gender_an_event_name_lacks(tmp_path: Path) -> None:
    dressage = ("Equestrian", "Dressage Individual")
    rows = [
        paris("2024-08-04", "Gold", "A", "GER", *dressage, "1", sex="Female"),
        paris("2024-08-04", "Silver", "B", "GER", *dressage, "2", sex="Female"),
    ]
    alone = read_medallists(write(tmp_path / "alone", PARIS_HEAD, rows))
    assert alone.events[0].gender is Gender.WOMEN  # all it can tell from the medallists
    medal_rows = [
        ["Gold Medal", "1.0", "2024-08-04", "A", "O", *dressage, "ATH", "", "1", "GER", "G", "G"],
        ["Silver Medal", "2.0", "2024-08-04", "B", "O", *dressage, "ATH", "", "2", "GER", "G", "G"],
    ]
    folder = tmp_path / "paris-2024"
    write(folder, PARIS_HEAD, rows)
    write(folder, MEDALS_HEAD, medal_rows, name="medals.csv")
    assert read_medallists(folder).events[0].gender is Gender.OPEN


# --- is_medallist ---------------------------------------------------------------------


def test_a_reserve_marked_not_a_medallist_is_reported_not_loaded(tmp_path: Path) -> None:
    for strict in (False, True):
        h = read_medallists(write(tmp_path, PARIS_HEAD, PARIS_ROWS), strict=strict)
        (issue,) = row_issues(h)
        assert (issue.row, issue.field, issue.value) == (6, "is_medallist", "False")
        assert "code:3" not in {a for e in h.entries for a in e.athletes}
        (note,) = [n for n in notes(h) if n.field == "is_medallist"]
        assert note.message.startswith("1 rows are is_medallist=False: reserves of 1 teams")


def test_a_team_with_no_member_marked_a_medallist_is_an_error(tmp_path: Path) -> None:
    rows = [
        *PARIS_ROWS[:3],
        paris("2024-08-10", "Gold", "A", "USA", *RELAY, "1", "RELAYUSA01", medallist="False"),
        paris("2024-08-10", "Gold", "B", "USA", *RELAY, "2", "RELAYUSA01", medallist="False"),
        paris("2024-08-10", "Silver", "C", "BOT", *RELAY, "3", medallist="false"),
    ]
    path = write(tmp_path, PARIS_HEAD, rows)
    h = read_medallists(path)
    assert [(i.row, i.field) for i in row_issues(h)] == [
        (4, "is_medallist"),
        (5, "is_medallist"),
        (6, "is_medallist"),
    ]
    assert "no member of team RELAYUSA01" in row_issues(h)[0].message
    assert h.coverage[0].full_podiums is False
    with pytest.raises(DataError, match="no member of team RELAYUSA01") as caught:
        read_medallists(path, strict=True)
    assert caught.value.row == 4


# --- bad rows, duplicates and accounting -----------------------------------------------

BAD_2026 = [
    (
        mc("2026-02-21", "PLATINUM", "1", "A", "NOR", CCS, "Men's 50km"),
        "medal",
        "PLATINUM",
    ),
    (mc("21/02/2026", "GOLD", "1", "A", "NOR", CCS, "Men's 50km"), "date", "21/02/2026"),
    (mc("2026-02-21", "GOLD", "1", "A", "12", CCS, "Men's 50km"), "country_code", "12"),
    (mc("2026-02-21", "GOLD", " ", "A", "NOR", CCS, "Men's 50km"), "code", ""),
    (mc("2026-02-21", "GOLD", "1", "A", "NOR", CCS, " "), "event_name", " "),
    (mc("2026-02-21", "GOLD", "1", "A", "NOR", "", "Men's 50km"), "discipline", ""),
]


@pytest.mark.parametrize(("row", "field", "value"), BAD_2026, ids=[b[1] for b in BAD_2026])
def test_a_bad_row_is_an_issue_or_strict_error_with_row_field_value(
    tmp_path: Path, row: list[str], field: str, value: str
) -> None:
    path = write(tmp_path, MC_HEAD, [*MC_ROWS, row])
    h = read_medallists(path)
    (issue,) = row_issues(h)
    where = (issue.source, issue.row, issue.field, issue.value)
    assert where == ("medallists.csv", len(MC_ROWS) + 1, field, value)
    assert members(h) == len(MC_ROWS)
    with pytest.raises(DataError) as caught:
        read_medallists(path, strict=True)
    error = caught.value
    assert (error.source, error.row, error.field, error.value) == where


def test_a_bad_is_medallist_flag_is_reported(tmp_path: Path) -> None:
    rows = [*PARIS_ROWS[:3], paris("2024-08-10", "Gold", "A", "USA", *RELAY, "1", medallist="Y")]
    h = read_medallists(write(tmp_path, PARIS_HEAD, rows))
    assert [(i.row, i.field, i.value) for i in row_issues(h)] == [(4, "is_medallist", "Y")]


def test_exact_duplicates_are_reported_and_loaded_once_even_when_strict(tmp_path: Path) -> None:
    path = write(tmp_path, MC_HEAD, [*MC_ROWS, MC_ROWS[0], MC_ROWS[4]])
    for strict in (False, True):
        h = read_medallists(path, strict=strict)
        assert [(i.row, i.message) for i in row_issues(h)] == [
            (10, "exact duplicate of row 1: loaded once"),
            (11, "exact duplicate of row 5: loaded once"),
        ]
        assert members(h) == len(MC_ROWS)


def test_an_athlete_twice_in_one_event_is_reported_before_teams_are_formed(
    tmp_path: Path,
) -> None:
    again = mc("2026-02-21", "SILVER", "42284", "KLAEBO J", "NOR", CCS, "Men's 50km")
    h = read_medallists(write(tmp_path, MC_HEAD, [*MC_ROWS, again]))
    assert [(i.row, i.field, i.value) for i in row_issues(h)] == [(10, "athletes", "code:42284")]
    # The repeat does not make the 50 km a team event.
    assert entries_of(h, "Men's 50km") == [
        ("NOR", Medal.GOLD, 1, 1),
        ("NOR", Medal.SILVER, 2, 1),
        ("NOR", Medal.BRONZE, 3, 1),
    ]


def test_every_row_is_loaded_or_reported(tmp_path: Path) -> None:
    rows = [*PARIS_ROWS, PARIS_ROWS[0]]
    rows.append(paris("2024-08-10", "Tin", "A", "USA", *RELAY, "77", "RELAYUSA01"))
    rows.append(paris("2030-08-10", "Gold", "A", "USA", *RELAY, "78", "RELAYUSA01"))
    path = write(tmp_path, PARIS_HEAD, rows)
    h = read_medallists(path)
    reported = {i.row for i in row_issues(h)}
    assert len(reported) == len(row_issues(h))
    assert members(h) + len(reported) == len(rows) == 11
    assert h.coverage[0].full_podiums is False


def test_a_disagreeing_medal_code_is_noted_and_the_medal_type_wins(tmp_path: Path) -> None:
    singles = ("Badminton", "Women's Singles")
    rows = [paris("2024-08-04", "Bronze", "TUNJUNG", "INA", *singles, "1", medal_code="0.0")]
    h = read_medallists(write(tmp_path, PARIS_HEAD, rows))
    assert [(e.medal, e.place) for e in h.entries] == [(Medal.BRONZE, 3)]
    (note,) = [n for n in notes(h) if n.field == "medal_code"]
    assert "(rows 1)" in note.message


def test_the_noc_is_the_country_code_not_the_nationality(tmp_path: Path) -> None:
    rows = [
        paris(
            "2024-08-02", "Gold", "L", "AIN", "Trampoline Gymnastics", "Men", "1", nationality="BLR"
        )
    ]
    h = read_medallists(write(tmp_path, PARIS_HEAD, rows))
    assert [e.noc for e in h.entries] == ["AIN"]
    assert h.get_noc("AIN").name == "Individual Neutral Athletes"
    (note,) = [n for n in notes(h) if n.field == "nationality_code"]
    assert "(AIN 1)" in note.message


def test_an_unknown_noc_and_a_missing_name_are_noted(tmp_path: Path) -> None:
    rows = [mc("2026-02-21", "GOLD", "1", "", "XYZ", CCS, "Men's 50km")]
    h = read_medallists(write(tmp_path, MC_HEAD, rows))
    assert h.get_athlete("code:1").name == "code:1"
    assert {n.field for n in notes(h)} >= {"name", "country_code"}


# --- the files beside: cross-checks and coverage --------------------------------------

MEDALS_HEAD = (
    "medal_type,medal_code,medal_date,name,gender,discipline,event,event_type,url_event,code,"
    "country_code,country,country_long"
)


def test_the_paris_files_beside_that_are_absent_are_named_in_one_note(tmp_path: Path) -> None:
    h = read_medallists(write(tmp_path, PARIS_HEAD, PARIS_ROWS))
    (note,) = [n for n in notes(h) if "not cross-checked" in n.message]
    assert note.value == "medals.csv, medals_total.csv, events.csv, nocs.csv"


def test_paris_cross_checks_name_the_noc_and_both_figures(tmp_path: Path) -> None:
    folder = tmp_path / "paris-2024"
    write(folder, PARIS_HEAD, PARIS_ROWS)
    medal_rows = [
        ["Gold Medal", "1.0", "2024-07-27", "E", "M", *ROAD, "ATH", "", "1", "BEL", "B", "B"],
        ["Silver Medal", "2.0", "2024-07-27", "G", "M", *ROAD, "ATH", "", "2", "ITA", "I", "I"],
        ["Bronze Medal", "3.0", "2024-07-27", "V", "M", *ROAD, "ATH", "", "3", "BEL", "B", "B"],
        ["Gold Medal", "1.0", "2024-08-10", "U", "M", *RELAY, "TEAM", "", "T", "USA", "U", "U"],
        ["Silver Medal", "2.0", "2024-08-10", "B", "M", *RELAY, "TEAM", "", "T", "BOT", "B", "B"],
    ]
    write(folder, MEDALS_HEAD, medal_rows, name="medals.csv")
    total_head = "country_code,country,country_long,Gold Medal,Silver Medal,Bronze Medal,Total"
    totals = [["BEL", "B", "B", "1", "0", "0", "1"], ["USA", "U", "U", "1", "0", "0", "1"]]
    write(folder, total_head, totals, name="medals_total.csv")
    write(folder, "event,tag,sport", [[ROAD[1], "c", ROAD[0]], ["Men's 100m", "a", "Athletics"]],
          name="events.csv")  # fmt: skip
    write(folder, "code,country", [["BOT", "Botswana"]], name="nocs.csv")
    h = read_medallists(folder)
    assert [n.message for n in notes(h, "medals.csv")] == [
        "agrees with the medallist rows for all 4 NOCs"
    ]
    total_notes = {n.value: n.message for n in notes(h, "medals_total.csv")}
    assert total_notes == {
        "BEL": "BEL: medals_total.csv gives 1-0-0 (total 1), the medallist rows 1-0-1 (total 2); "
        "the History follows the medallist rows",
        "BOT": "BOT: medals_total.csv gives 0-0-0 (total 0) (it has no row for it), the "
        "medallist rows 0-1-0 (total 1); the History follows the medallist rows",
        "ITA": "ITA: medals_total.csv gives 0-0-0 (total 0) (it has no row for it), the "
        "medallist rows 0-1-0 (total 1); the History follows the medallist rows",
    }
    (coverage,) = h.coverage
    assert (coverage.all_events, coverage.full_podiums) == (False, True)
    listed = [n.message for n in notes(h) if n.field == "event"]
    assert listed == [
        "1 events of events.csv have no medallist loaded: Men's 100m (Athletics)",
        "1 events are not in events.csv: Men's 4 x 400m Relay (Athletics)",
    ]


def test_2026_cross_check_notes_a_noc_the_table_leaves_out(tmp_path: Path) -> None:
    folder = tmp_path / "milano-cortina-2026-full"
    write(folder, MC_HEAD, MC_ROWS)
    head = "country,country_code,gold,silver,bronze,total,rank,rank_total"
    write(folder, head, [["Norway", "NOR", "1", "1", "1", "3", "1", "1"],
                         ["Switzerland", "SUI", "1", "1", "0", "2", "2", "2"],
                         ["Italy", "ITA", "x", "0", "0", "0", "3", "3"]],
          name="medals.csv")  # fmt: skip
    h = read_medallists(folder)
    (note,) = notes(h, "medals.csv")
    assert note.value == "AUT"
    assert note.message.startswith(
        "AUT: medals.csv gives 0-0-0 (total 0) (it has no row for it), the medallist rows "
        "0-1-0 (total 1)"
    )
    assert [(i.source, i.row) for i in row_issues(h)] == [("medals.csv", 3)]
    with pytest.raises(DataError, match="not a whole number"):
        read_medallists(folder, strict=True)


def test_an_absent_file_beside_is_noted_and_an_unreadable_one_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "milano-cortina-2026-full"
    write(folder, MC_HEAD, MC_ROWS)
    h = read_medallists(folder)
    assert notes(h)[-1].message == "not beside medallists.csv, so not cross-checked: medals.csv"
    assert (h.coverage[0].all_events, h.coverage[0].full_podiums) == (True, True)
    write(folder, "country,gold", [["Norway", "1"]], name="medals.csv")
    h = read_medallists(folder)
    assert "medals.csv cannot be read, so is not cross-checked" in notes(h)[-1].message
    with pytest.raises(DataError, match="missing column"):
        read_medallists(folder, strict=True)


# --- the real files -------------------------------------------------------------------


@pytest.fixture(scope="module")
def paris_2024(shared_data: Path) -> History:
    return read_medallists(shared_data / "paris-2024")


@pytest.fixture(scope="module")
def milano_cortina(shared_data: Path) -> History:
    return read_medallists(shared_data / "milano-cortina-2026-full")


def _figures(history: History, games: str) -> dict[str, tuple[int, int, int]]:
    return {r.noc: (r.gold, r.silver, r.bronze) for r in medal_table(history, games)}


def test_real_2026_medal_table(milano_cortina: History) -> None:
    figures = _figures(milano_cortina, "2026-winter")
    assert figures["NOR"] == (18, 12, 11)
    assert figures["USA"] == (12, 12, 9)
    assert figures["AIN"] == (0, 1, 0)
    assert len(figures) == 30


def test_real_2026_counts_and_row_accounting(milano_cortina: History) -> None:
    h = milano_cortina
    assert (len(h.events), len(h.entries), members(h), len(h.athletes)) == (116, 349, 709, 534)
    assert row_issues(h) == []
    assert Counter(e.kind for e in h.events) == {EventKind.INDIVIDUAL: 81, EventKind.TEAM: 35}
    assert all(e.complete for e in h.entries)
    (coverage,) = h.coverage
    assert (coverage.games, coverage.all_events, coverage.full_podiums) == (
        "2026-winter",
        True,
        True,
    )


def test_real_2026_50km_to_klaebo_on_21_february(milano_cortina: History) -> None:
    event = milano_cortina.get_event(
        "2026-winter/cross-country-skiing/men/men-s-50km-mass-start-classic"
    )
    assert event.date == dt.date(2026, 2, 21)
    gold = [e for e in milano_cortina.entries_of_event(event.id) if e.medal is Medal.GOLD]
    assert [milano_cortina.get_athlete(a).name for e in gold for a in e.athletes] == [
        "Johannes Hoesflot Klaebo"
    ]
    golds = [e for e in milano_cortina.entries_of_athlete("code:42284") if e.medal is Medal.GOLD]
    assert len(golds) == 6


def test_real_2026_ties(milano_cortina: History) -> None:
    h = milano_cortina
    assert entries_of(h, "Men's Team Combined") == [
        ("SUI", Medal.GOLD, 1, 2),
        ("SUI", Medal.SILVER, 2, 2),
        ("AUT", Medal.SILVER, 2, 2),
    ]
    assert [(m, p) for _, m, p, _ in entries_of(h, "Women's Giant Slalom")] == [
        (Medal.GOLD, 1),
        (Medal.SILVER, 2),
        (Medal.SILVER, 2),
    ]
    assert [p for _, _, p, _ in entries_of(h, "Men's NH Individual")] == [1, 2, 3, 3]


def test_real_2026_notes(milano_cortina: History) -> None:
    (ain,) = notes(milano_cortina, "medals.csv")
    assert ain.value == "AIN"
    assert "gives 0-0-0 (total 0) (it has no row for it), the medallist rows 0-1-0" in ain.message
    spread = [n for n in notes(milano_cortina) if n.field == "date"]
    assert [n.message.split(":")[0] for n in spread] == [
        "3 events have medals on different days (bronze medals decided before the final)"
    ]


def test_real_paris_medal_table(paris_2024: History) -> None:
    figures = _figures(paris_2024, "2024-summer")
    assert figures["USA"] == (40, 44, 42)
    assert figures["CHN"] == (40, 27, 24)
    assert figures["INA"] == (2, 0, 1)
    assert len(figures) == 92


def test_real_paris_counts_and_row_accounting(paris_2024: History, shared_data: Path) -> None:
    h = paris_2024
    with (shared_data / "paris-2024" / "medallists.csv").open(encoding="utf-8") as f:
        rows = sum(1 for _ in csv.DictReader(f))
    reported = row_issues(h)
    assert (len(h.events), len(h.entries), members(h), len(reported)) == (329, 1044, 2268, 47)
    assert members(h) + len(reported) == rows == 2315
    assert {(i.field, i.value) for i in reported} == {("is_medallist", "False")}
    assert Counter(e.kind for e in h.events) == {EventKind.INDIVIDUAL: 235, EventKind.TEAM: 94}
    (coverage,) = h.coverage
    assert (coverage.all_events, coverage.full_podiums) == (True, True)


def test_real_paris_notes(paris_2024: History) -> None:
    (total,) = notes(paris_2024, "medals_total.csv")
    assert total.value == "INA"
    assert "gives 2-0-0 (total 2), the medallist rows 2-0-1 (total 3)" in total.message
    assert [n.message for n in notes(paris_2024, "medals.csv")] == [
        "agrees with the medallist rows for all 92 NOCs"
    ]
    by_field = {n.field: n.message for n in notes(paris_2024)}
    assert by_field["is_medallist"].startswith(
        "47 rows are is_medallist=False: reserves of 36 teams in 14 events"
    )
    assert "(rows 325)" in by_field["medal_code"]


def test_real_paris_reserves_are_not_medallists_but_heat_runners_are(
    paris_2024: History,
) -> None:
    h = paris_2024
    relay = h.get_event("2024-summer/athletics/men/men-s-4-x-400m-relay")
    (usa,) = [e for e in h.entries_of_event(relay.id) if e.noc == "USA"]
    names = sorted(h.get_athlete(a).name for a in usa.athletes)
    # Quincy Wilson ran the heat; Hall, Lindsey and Norman did not run.
    assert names == [
        "Bryce Deadmon",
        "Christopher Bailey",
        "Quincy Wilson",
        "Rai Benjamin",
        "Vernon Norwood",
    ]
    assert relay.date == dt.date(2024, 8, 10)
    assert relay.kind is EventKind.TEAM


def test_real_paris_tie_and_open_events(paris_2024: History) -> None:
    assert [(m, p) for _, m, p, _ in entries_of(paris_2024, "Men's 100m Breaststroke")] == [
        (Medal.GOLD, 1),
        (Medal.SILVER, 2),
        (Medal.SILVER, 2),
    ]
    equestrian = [e for e in paris_2024.events if e.discipline == "Equestrian"]
    assert {e.gender for e in equestrian} == {Gender.OPEN}


@pytest.mark.parametrize("folder", ["paris-2024", "milano-cortina-2026-full"])
def test_real_files_read_strictly(shared_data: Path, folder: str) -> None:
    assert read_medallists(shared_data / folder, strict=True).entries
