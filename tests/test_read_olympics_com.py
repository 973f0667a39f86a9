"""The olympics.com reader on the real files (``$OLYMPICS_RECORDS_DATA/olympics-com``)."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from olympics_records import DataError, EventKind, History, Medal, Season, incomplete_medals
from olympics_records.datasets._builder import title_slug
from olympics_records.datasets.olympedia import read_olympedia_tally
from olympics_records.datasets.olympics_com import read_olympics_com
from olympics_records.records import Scope, Subject, Tally, record
from olympics_records.tables import medal_table


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        first = handle.readline()
        handle.seek(0)
        delimiter = ";" if first.count(";") > first.count(",") else ","
        return list(csv.DictReader(handle, delimiter=delimiter))


@pytest.fixture(scope="module")
def folder(shared_data: Path) -> Path:
    return shared_data / "olympics-com"


@pytest.fixture(scope="module")
def medals(folder: Path) -> History:
    return read_olympics_com(folder, results=False)


@pytest.fixture(scope="module")
def full(folder: Path) -> History:
    return read_olympics_com(folder)


def _row_issues(history: History, source: str) -> list[int]:
    return [i.row for i in history.issues if i.source == source and i.row is not None]


def test_medals_row_accounting(folder: Path, medals: History) -> None:
    """Each medals row is a member of one entry or the one row of a members-unknown entry."""
    rows = len(_rows(folder / "olympic_medals.csv"))
    loaded = sum(len(e.athletes) or 1 for e in medals.entries)
    reported = _row_issues(medals, "olympic_medals.csv")
    assert rows == 21_697
    assert rows == loaded + len(reported)
    assert reported == []


def test_team_medals_count_once_for_the_nation(folder: Path, medals: History) -> None:
    rows = _rows(folder / "olympic_medals.csv")
    team_rows = [r for r in rows if r["participant_type"] == "GameTeam"]
    teams = {
        (
            r["slug_game"],
            " ".join(r["discipline_title"].split()),
            r["event_gender"],
            title_slug(r["event_title"]),
            r["country_3_letter_code"],
            r["medal_type"],
            r["participant_title"],
        )
        for r in team_rows
    }
    assert len(team_rows) == 6_584
    assert len(teams) == 5_104
    assert len(medals.entries) == len(rows) - len(team_rows) + len(teams)
    unknown = [e for e in medals.entries if not e.athletes]
    assert all(not e.complete for e in unknown)
    # One entry per team row without an athlete, and one individual medal named "- -".
    assert len(unknown) == 3_624 + 1
    (nameless,) = [i for i in medals.issues if i.field == "athlete_full_name"]
    assert "(rows 1731)" in nameless.message
    norway = Counter(e.medal for e in medals.entries_of_games("2022-winter") if e.noc == "NOR")
    assert (norway[Medal.GOLD], norway[Medal.SILVER], norway[Medal.BRONZE]) == (16, 8, 13)


def test_nation_tables_equal_olympedia_for_1960_to_2006(shared_data: Path, medals: History) -> None:
    """Olympedia is the reference; those editions had no reallocations or mixed teams."""
    tally = read_olympedia_tally(shared_data / "olympedia" / "Olympic_Games_Medal_Tally.csv")
    editions = [g for g in tally.games if 1960 <= int(g[:4]) <= 2006]
    assert len(editions) == 25
    for games in editions:
        ours = {(r.noc, r.gold, r.silver, r.bronze) for r in medal_table(medals, games)}
        theirs = {(r.noc, r.gold, r.silver, r.bronze) for r in tally.for_games(games)}
        assert ours == theirs, games


def test_heiden_five_golds_at_1980(medals: History) -> None:
    golds = [
        medals.get_event(e.event).name
        for e in medals.entries_of_athlete("eric-heiden")
        if e.medal is Medal.GOLD and e.event.startswith("1980-winter/")
    ]
    assert sorted(golds) == ["10000m men", "1000m men", "1500m men", "5000m men", "500m men"]


def test_event_ids_merge_spelling_variants_and_keep_weight_classes(medals: History) -> None:
    ids = {e.id for e in medals.events}
    assert "2018-winter/speed-skating/men/men-s-500m" in ids
    assert "2016-summer/weightlifting/women/plus-75kg-women" in ids
    assert "2016-summer/weightlifting/women/75kg-women" in ids
    assert len(ids) == len(medals.events)


def test_games_from_hosts_and_registry(medals: History) -> None:
    assert len(medals.games) == 53
    melbourne = medals.get_games("1956-summer")
    assert melbourne.city.startswith("Melbourne")
    assert medals.get_games("1980-winter").season is Season.WINTER
    coverage = medals.coverage_of("1980-winter")
    assert coverage is not None
    assert coverage.all_events
    assert coverage.full_podiums


def test_the_semicolon_release_reads_the_same(shared_data: Path, medals: History) -> None:
    older = read_olympics_com(shared_data / "olympics-com-2023-semicolon")

    def podium(h: History) -> list[tuple[str, str, Medal | None]]:
        return [(e.event, e.noc, e.medal) for e in h.entries]

    assert podium(older) == podium(medals)
    assert _row_issues(older, "olympic_medals.csv") == []
    # The older release went through a spreadsheet: "- Emanuel" became "#NAME?".
    notes = [i.message for i in older.issues if i.field == "athlete_full_name"]
    assert any(n.startswith("13 athlete names are spreadsheet errors") for n in notes)


def test_strict_medals_load_equals_lenient(folder: Path, medals: History) -> None:
    strict = read_olympics_com(folder, strict=True, results=False)
    assert strict.entries == medals.entries


def test_results_row_accounting(folder: Path, full: History) -> None:
    rows = _rows(folder / "olympic_results.csv")
    reported = set(_row_issues(full, "olympic_results.csv"))
    plain_rows = [n for n, r in enumerate(rows, 1) if not r["medal_type"]]
    plain_loaded = [n for n in plain_rows if n not in reported]
    assert len(rows) == 162_804
    # A results row without a medal is one entry; a medal row merges into a medal entry.
    assert len([e for e in full.entries if e.medal is None]) == len(plain_loaded)
    duplicates = [i for i in full.issues if i.message.startswith("exact duplicate of row")]
    assert len(duplicates) == 116
    assert len(reported) == len(_row_issues(full, "olympic_results.csv"))  # one issue per row
    assert len(rows) == len(plain_loaded) + len(reported) + sum(
        1 for n, r in enumerate(rows, 1) if r["medal_type"] and n not in reported
    )


def test_results_give_ranks_and_keep_dnf_unplaced(full: History, medals: History) -> None:
    heiden_races = full.entries_of_event("1980-winter/speed-skating/men/500m-men")
    assert len(heiden_races) > 3
    assert all(e.place is not None for e in heiden_races if e.medal is not None)
    note = next(i for i in full.issues if i.field == "rank_position")
    assert "DNF" in note.message
    assert any(e.place is None and e.medal is None for e in full.entries)


def test_results_medals_follow_the_medals_file(full: History, medals: History) -> None:
    def table(h: History) -> Counter[tuple[str, Medal | None]]:
        return Counter((e.noc, e.medal) for e in h.entries if e.medal is not None)

    assert table(full) == table(medals)


def test_strict_results_raise_at_the_first_bad_row(folder: Path) -> None:
    with pytest.raises(DataError) as caught:
        read_olympics_com(folder, strict=True)
    assert caught.value.source == "olympic_results.csv"
    assert caught.value.row is not None


def test_record_most_golds_at_one_winter_games(medals: History) -> None:
    best = record(medals, Tally(scope=Scope.GAMES, season=Season.WINTER))
    assert best.value == 5
    assert [(s.subject, s.games.id if s.games else None) for s in best.holders] == [
        ("eric-heiden", "1980-winter")
    ]


def test_record_most_individual_golds_at_one_summer_games(medals: History) -> None:
    best = record(medals, Tally(scope=Scope.GAMES, season=Season.SUMMER, kind=EventKind.INDIVIDUAL))
    assert best.value == 5
    assert sorted((s.name, s.games.year if s.games else 0) for s in best.holders) == [
        ("Michael Phelps", 2008),
        ("Vitaly Scherbo", 1992),
    ]


def test_record_most_golds_by_a_nation_at_one_winter_games(medals: History) -> None:
    best = record(medals, Tally(subject=Subject.NOC, scope=Scope.GAMES, season=Season.WINTER))
    assert best.value == 16
    assert [(s.subject, s.games.id if s.games else None) for s in best.holders] == [
        ("NOR", "2022-winter")
    ]


def test_career_winter_golds_are_a_lower_bound(medals: History, full: History) -> None:
    """The olympics.com record is 6, but the true one was 8: relays listing no members.

    3,624 team-medal rows of the medals file name no athlete: each is one team medal
    with ``complete=False``, and the results file fills none of them in.
    """
    for history in (medals, full):
        best = record(history, Tally(season=Season.WINTER))
        assert (best.value, best.lower_bound) == (6, True)
        assert [(s.subject, s.lower_bound) for s in best.holders] == [
            ("marit-bjoergen", True),
            ("bjorn-daehlie", True),
            ("lidiya-skoblikova", False),  # a speed skater: no team event
        ]
        heiden = record(history, Tally(scope=Scope.GAMES, season=Season.WINTER))
        assert (heiden.value, heiden.lower_bound) == (5, False)
        nations = Tally(subject=Subject.NOC, scope=Scope.GAMES, season=Season.WINTER)
        assert record(history, nations).lower_bound is False
        unlisted = incomplete_medals(history)
        kinds = Counter(history.get_event(e.event).kind for m in unlisted for e in m.entries)
        assert kinds == {EventKind.TEAM: 3_624, EventKind.INDIVIDUAL: 1}


_HOSTS = (
    "game_slug,game_end_date,game_start_date,game_location,game_name,game_season,game_year\n"
    "lake-placid-1980,1980-02-24T01:00:00Z,1980-02-13T13:00:00Z,United States,"
    "Lake Placid 1980,Winter,1980\n"
)
_MEDALS = (
    "discipline_title,slug_game,event_title,event_gender,medal_type,participant_type,"
    "participant_title,athlete_url,athlete_full_name,country_name,country_code,"
    "country_3_letter_code\n"
    "Speed skating,lake-placid-1980,500m men,Men,GOLD,Athlete,,"
    "https://olympics.com/en/athletes/eric-heiden,Eric HEIDEN,United States,US,USA\n"
)


@pytest.mark.parametrize(
    ("header", "why"),
    [
        ("athlete_full_name,games_participations", "it has no athlete_url column"),
        ("athlete_url,athlete_full_name,athlete_year_birth", "birth years and participation"),
    ],
)
def test_the_athletes_file_is_noted_by_its_header_alone(
    tmp_path: Path, header: str, why: str
) -> None:
    (tmp_path / "olympic_hosts.csv").write_text(_HOSTS, encoding="utf-8")
    (tmp_path / "olympic_medals.csv").write_text(_MEDALS, encoding="utf-8")
    # Its rows are not read, so what would be reported in them is not.
    rows = "x\n" + '"never closed\n' + "\xe9".encode("cp1252").decode("latin-1") + "\n"
    (tmp_path / "olympic_athletes.csv").write_bytes(
        header.encode() + b"\n" + rows.encode("latin-1")
    )
    h = read_olympics_com(tmp_path, strict=True)
    (note,) = [i for i in h.issues if i.source == "olympic_athletes.csv"]
    assert note.row is None
    assert note.message.startswith("not read: ")
    assert why in note.message
    assert len(h.entries) == 1


# --- issue 14 ---------------------------------------------------------------------------

_RESULTS = (
    "discipline_title,event_title,slug_game,participant_type,medal_type,athletes,rank_equal,"
    "rank_position,country_name,country_code,country_3_letter_code,athlete_url,"
    "athlete_full_name,value_unit,value_type\n"
    "Speed skating,500m men,lake-placid-1980,Athlete,GOLD,,False,1,United States,US,USA,"
    "https://olympics.com/en/athletes/eric-heiden,Eric HEIDEN,,\n"
    "Speed skating,500m men,lake-placid-1980,Athlete,,,False,{rank},Norway,NO,NOR,"
    "https://olympics.com/en/athletes/frode-ronning,Frode RONNING,,\n"
    "Ice Hockey,Ice Hockey men,lake-placid-1980,GameTeam,,\"[('Ann B', None), "
    '(""Peter O\'LEARY"", \'https://olympics.com/en/athletes/peter-o-leary\')]",False,5,'
    "Finland,FI,FIN,,,,\n"
)


def _folder_with_results(tmp_path: Path, rank: str = "4", hosts: str = _HOSTS) -> Path:
    (tmp_path / "olympic_hosts.csv").write_text(hosts, encoding="utf-8")
    (tmp_path / "olympic_medals.csv").write_text(_MEDALS, encoding="utf-8")
    (tmp_path / "olympic_results.csv").write_text(_RESULTS.format(rank=rank), encoding="utf-8")
    return tmp_path


def test_a_rank_of_5000_digits_is_no_rank(tmp_path: Path) -> None:
    for strict in (False, True):
        h = read_olympics_com(_folder_with_results(tmp_path, "9" * 5000), strict=strict)
        (ronning,) = [e for e in h.entries if e.noc == "NOR"]
        assert ronning.place is None
        assert any(i.field == "rank_position" for i in h.issues)


def test_the_athletes_cell_is_read_without_leaving_reference_cycles(tmp_path: Path) -> None:
    """Each load of the results file used to leave ~8 MB of cycles (ast.literal_eval)."""
    import gc

    folder = _folder_with_results(tmp_path)
    h = read_olympics_com(folder, strict=True)
    (team,) = [e for e in h.entries if e.noc == "FIN"]
    assert team.athletes == ("peter-o-leary",) or set(team.athletes) >= {"peter-o-leary"}
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(5):
            read_olympics_com(folder, strict=True)
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()


def test_a_hosts_year_that_contradicts_its_slug_is_reported(tmp_path: Path) -> None:
    """lake-placid-1980 said to be of 2022 moved every 1980 medal to 2022-winter, unreported."""
    hosts = _HOSTS.replace("Winter,1980", "Winter,2022")
    folder = _folder_with_results(tmp_path, hosts=hosts)
    h = read_olympics_com(folder)
    assert not [g for g in h.games if g.year == 2022]
    (issue, *_) = [i for i in h.issues if i.source == "olympic_hosts.csv"]
    assert (issue.row, issue.field, issue.value) == (1, "game_year", "2022")
    assert "lake-placid-1980" in issue.message
    with pytest.raises(DataError) as caught:
        read_olympics_com(folder, strict=True)
    assert (caught.value.source, caught.value.row, caught.value.field) == (
        "olympic_hosts.csv",
        1,
        "game_year",
    )
