"""The law of team or individual, checked on the rule and on each reader's files.

One event per file: its medal entries, each listing some athletes (0: members unknown),
written as each source writes them, under any title and any discipline name.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import strategies
from olympics_records import EventKind, History
from olympics_records.datasets import read_kaggle120, read_olympanalyt, read_olympics_com
from olympics_records.datasets._kinds import event_kind

NOCS = (("NOR", "Norway"), ("SWE", "Sweden"), ("FIN", "Finland"), ("USA", "United States"))
MEDALS = ("Gold", "Silver", "Bronze", "Bronze")
NAMES = (
    "Ada LOVELACE",
    "Bo DIDDLEY",
    "Cy YOUNG",
    "Di FOSSEY",
    "Ed HILLARY",
    "Flo JOYNER",
    "Gus GRISSOM",
    "Hal MOORE",
    "Ida TARBELL",
    "Jo MARCH",
    "Kay RYAN",
    "Lu XUN",
)
NEUTRAL = "Sport"
HOSTS = (
    "game_slug,game_end_date,game_start_date,game_location,game_name,game_season,game_year\n"
    "lake-placid-1980,1980-02-24T01:00:00Z,1980-02-13T13:00:00Z,United States,"
    "Lake Placid 1980,Winter,1980\n"
)
MEDALS_HEADER = [
    "discipline_title",
    "slug_game",
    "event_title",
    "event_gender",
    "medal_type",
    "participant_type",
    "participant_title",
    "athlete_url",
    "athlete_full_name",
    "country_name",
    "country_code",
    "country_3_letter_code",
]
OLYMPANALYT_HEADER = [
    "season",
    "year",
    "medal",
    "country_code",
    "country",
    "athletes",
    "games",
    "sport",
    "event_gender",
    "event_name",
]
KAGGLE_HEADER = [
    "ID",
    "Name",
    "Sex",
    "Age",
    "Height",
    "Weight",
    "Team",
    "NOC",
    "Games",
    "Year",
    "Season",
    "City",
    "Sport",
    "Event",
    "Medal",
]


def _members(teams: tuple[int, ...]) -> list[list[str]]:
    """The names of each entry's athletes: every athlete a different person."""
    names = iter(NAMES)
    return [[next(names) for _ in range(size)] for size in teams]


def _url(name: str) -> str:
    return f"https://olympics.com/en/athletes/{name.lower().replace(' ', '-')}" if name else ""


def _olympics_com(folder: Path, discipline: str, title: str, teams: tuple[int, ...]) -> History:
    """olympics.com has a row per medal per athlete: a team's are ``GameTeam`` rows."""
    (folder / "olympic_hosts.csv").write_text(HOSTS, encoding="utf-8")
    with (folder / "olympic_medals.csv").open("w", newline="", encoding="utf-8") as f:
        medals = csv.writer(f)
        medals.writerow(MEDALS_HEADER)
        for (code, country), medal, members in zip(NOCS, MEDALS, _members(teams), strict=False):
            start = [discipline, "lake-placid-1980", title, "Men", medal.upper()]
            end = [country, code[:2], code]
            if len(members) == 1:
                medals.writerow([*start, "Athlete", "", _url(members[0]), members[0], *end])
            else:  # a team: a row per known member, or one row naming no one
                for name in members or [""]:
                    medals.writerow([*start, "GameTeam", country, _url(name), name, *end])
    return read_olympics_com(folder)


def _olympanalyt(folder: Path, discipline: str, title: str, teams: tuple[int, ...]) -> History:
    """OlympAnalyt has a row per medal: the members in one cell, none where unknown."""
    path = folder / "all_olympic_medalists.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        rows = csv.writer(f)
        rows.writerow(OLYMPANALYT_HEADER)
        for (code, country), medal, members in zip(NOCS, MEDALS, _members(teams), strict=False):
            medallist = [medal, code, country, ", ".join(members)]
            rows.writerow(
                ["Winter", "1980", *medallist, "1980 Lake Placid", discipline, "Men's", title]
            )
    return read_olympanalyt(path)


def _kaggle(folder: Path, discipline: str, title: str, teams: tuple[int, ...]) -> History:
    """Kaggle has a row per athlete: an entry of unknown members is one of one athlete."""
    path = folder / "athlete_events.csv"
    number = 0
    with path.open("w", newline="", encoding="utf-8") as f:
        rows = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC)
        rows.writerow(KAGGLE_HEADER)
        known = tuple(max(size, 1) for size in teams)
        for (code, country), medal, members in zip(NOCS, MEDALS, _members(known), strict=False):
            for name in members:
                number += 1
                person = [number, name, "M", "NA", "NA", "NA", country, code]
                games = ["1980 Winter", 1980, "Winter", "Lake Placid"]
                rows.writerow([*person, *games, discipline, f"{discipline} Men's {title}", medal])
    return read_kaggle120(path)


Reader = Callable[[Path, str, str, tuple[int, ...]], History]
READERS: dict[str, Reader] = {
    "olympics.com": _olympics_com,
    "OlympAnalyt": _olympanalyt,
    "Kaggle": _kaggle,
}


def kind_read(reader: Reader, discipline: str, title: str, teams: tuple[int, ...]) -> EventKind:
    """The kind of the one event ``reader`` reads from the file it writes."""
    with tempfile.TemporaryDirectory() as folder:
        history = reader(Path(folder), discipline, title, teams)
    (event,) = history.events
    return event.kind


@given(
    title=strategies.event_titles(team_words=False),
    members=st.integers(0, 1),
    discipline=strategies.disciplines(),
)
def test_one_athlete_each_and_no_team_word_is_individual(
    title: str, members: int, discipline: str
) -> None:
    """An event whose entries each hold one athlete and whose title has no team word
    is individual."""
    assert event_kind(title, most_members=members) is EventKind.INDIVIDUAL
    for reader in READERS.values():
        assert kind_read(reader, discipline, title, (1, 1, 1)) is EventKind.INDIVIDUAL


@given(
    title=strategies.event_titles() | st.text(max_size=40),
    members=st.integers(2, 40),
    team_rows=st.booleans(),
)
def test_an_entry_of_several_athletes_is_a_team(title: str, members: int, team_rows: bool) -> None:
    """An event with an entry of 2+ athletes is team, whatever its title says."""
    assert event_kind(title, most_members=members, team_rows=team_rows) is EventKind.TEAM
    assert event_kind(title, most_members=1, team_rows=True) is EventKind.TEAM


@given(
    title=strategies.event_titles(),
    teams=strategies.medal_teams(least=1),
    discipline=strategies.disciplines(),
)
def test_readers_make_an_entry_of_several_athletes_a_team(
    title: str, teams: tuple[int, ...], discipline: str
) -> None:
    """An event with an entry of 2+ athletes is team, as olympics.com and OlympAnalyt
    write one.

    (Kaggle's rows cannot tell one such entry among others from a tie of compatriots;
    the next law covers it with every medal shared, as its team events are.)
    """
    if max(teams) < 2:
        teams = (2, *teams[1:])
    for name in ("olympics.com", "OlympAnalyt"):
        assert kind_read(READERS[name], discipline, title, teams) is EventKind.TEAM


@given(
    title=strategies.event_titles(),
    teams=strategies.medal_teams(least=2, entries=(2, 4)),
    discipline=strategies.disciplines(),
)
def test_readers_make_an_event_of_crews_a_team(
    title: str, teams: tuple[int, ...], discipline: str
) -> None:
    """An event whose medals each went to several athletes is team, in every source."""
    for reader in READERS.values():
        assert kind_read(reader, discipline, title, teams) is EventKind.TEAM


@given(
    title=strategies.event_titles(),
    teams=strategies.medal_teams(),
    discipline=strategies.disciplines(),
)
def test_the_discipline_name_never_changes_the_kind(
    title: str, teams: tuple[int, ...], discipline: str
) -> None:
    """The discipline name never changes the decision: "Synchronized Swimming" holds
    a solo, weightlifting's "two hand lift" is one lifter's."""
    for reader in READERS.values():
        assert kind_read(reader, discipline, title, teams) is kind_read(
            reader, NEUTRAL, title, teams
        )
