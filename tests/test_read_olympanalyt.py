"""The OlympAnalyt reader on the real file (``$OLYMPICS_RECORDS_DATA/olympanalyt``)."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

import strategies
from olympics_records import DataError, EventKind, History, Medal
from olympics_records.datasets._builder import trimmed
from olympics_records.datasets.olympanalyt import read_olympanalyt
from olympics_records.names import display_name, repair_mojibake, surname_first


@pytest.fixture(scope="module")
def path(shared_data: Path) -> Path:
    return shared_data / "olympanalyt" / "all_olympic_medalists.csv"


@pytest.fixture(scope="module")
def history(path: Path) -> History:
    return read_olympanalyt(path)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_row_accounting(path: Path, history: History) -> None:
    """Every row is one entry or one issue."""
    rows = _rows(path)
    reported = [i for i in history.issues if i.row is not None]
    assert len(rows) == 20_247
    assert len(rows) == len(history.entries) + len(reported)
    assert len({i.row for i in reported}) == len(reported)


def test_klaebo_2018_and_2022_under_one_athlete(history: History) -> None:
    ids = {a.id for a in history.athletes if "klaebo" in a.name.lower()}
    assert ids == {"NOR:hosflot-johannes-klabo"}
    medals = Counter(e.medal for e in history.entries_of_athlete("NOR:hosflot-johannes-klabo"))
    assert (medals[Medal.GOLD], medals[Medal.SILVER], medals[Medal.BRONZE]) == (5, 1, 1)


def test_rows_without_medal_or_country_are_reported(path: Path, history: History) -> None:
    empty = [n for n, r in enumerate(_rows(path), 1) if not r["medal"] or not r["country_code"]]
    assert len(empty) == 4
    reported = {i.row: i for i in history.issues if i.row is not None}
    assert all(n in reported for n in empty)
    assert all(reported[n].field == "medal" for n in empty)


def test_rows_without_athletes_are_entries_with_unknown_members(
    path: Path, history: History
) -> None:
    rows = _rows(path)
    no_athletes = [r for r in rows if not r["athletes"].strip()]
    assert len(no_athletes) == 427
    unknown = [e for e in history.entries if not e.athletes]
    assert all(not e.complete for e in unknown)
    # 427 empty cells, less the 4 rows that are no entry, plus the nation names
    nations = [r for r in rows if r["athletes"].strip() and r["athletes"].strip() == r["country"]]
    assert len(unknown) == 427 - 4 + len(nations)


def test_nation_names_are_not_athletes(history: History) -> None:
    assert not [a for a in history.athletes if a.name in {"Jamaica", "United States"}]
    relay = [
        e
        for e in history.entries_of_games("2016-summer")
        if e.noc == "JAM" and "relay" in e.event and e.medal is Medal.GOLD
    ]
    assert relay
    assert all(not e.athletes and not e.complete for e in relay)


def test_cyrillic_names_are_kept_for_display(history: History) -> None:
    cyrillic = [a for a in history.athletes if re.search("[а-яА-Я]", a.name)]
    assert len(cyrillic) > 100
    assert all(re.fullmatch(r"[A-Z]{3}:[a-z0-9-]+", a.id) for a in cyrillic)


def test_strict_raises_at_the_first_bad_row(path: Path) -> None:
    with pytest.raises(DataError) as caught:
        read_olympanalyt(path, strict=True)
    assert caught.value.source == "all_olympic_medalists.csv"
    assert caught.value.row is not None
    assert caught.value.row > 0


def test_the_russian_empire_is_read_as_the_other_sources_write_it(
    path: Path, history: History
) -> None:
    """OlympAnalyt writes the Russian Empire RU1, as Olympedia does; the others RUS."""
    ru1 = [n for n, r in enumerate(_rows(path), 1) if r["country_code"] == "RU1"]
    assert len(ru1) == 8
    assert not [i for i in history.issues if i.row in ru1]
    assert not [e for e in history.entries if e.noc == "RU1"]
    empire = [e for e in history.entries if e.noc == "RUS" and e.event < "1913"]
    assert len(empire) == 8
    (note,) = [i for i in history.issues if i.value == "RU1"]
    assert note.row is None
    assert note.message == "8 rows with country_code RU1 read as RUS, as the other sources write it"


def test_the_russian_empire_meets_the_olympedia_tally(history: History) -> None:
    """1908: 1 gold, 2 silvers; 1912: 2 silvers, 3 bronzes (Olympedia's tally)."""
    counts = Counter(
        (e.event[:4], e.medal) for e in history.entries if e.noc == "RUS" and e.event < "1913"
    )
    assert counts == Counter(
        {
            ("1908", Medal.GOLD): 1,
            ("1908", Medal.SILVER): 2,
            ("1912", Medal.SILVER): 2,
            ("1912", Medal.BRONZE): 3,
        }
    )


@pytest.mark.parametrize(
    ("event", "medal", "name"),
    [
        ("1976-summer/boxing/men/75-81kg-light-heavyweight", Medal.GOLD, "Leonard, Jr. SPINKS"),
        ("1976-summer/boxing/men/57-60kg-lightweight", Medal.GOLD, "Howard Edward, Jr. DAVIS"),
        (
            "1976-summer/wrestling-freestyle/men/68-74kg-welterweight",
            Medal.BRONZE,
            "Stanley Joseph, Jr. DZIEDZIC",
        ),
        ("1928-winter/skeleton/men/individual", Medal.BRONZE, "David, Earl of NORTHESK"),
    ],
)
def test_a_comma_inside_a_name_leaves_one_athlete(
    history: History, event: str, medal: Medal, name: str
) -> None:
    """One boxer, wrestler or rider, though the cell has a comma: the event stays individual."""
    assert history.get_event(event).kind is EventKind.INDIVIDUAL
    medallists = [
        [history.get_athlete(a).name for a in e.athletes]
        for e in history.entries_of_event(event)
        if e.medal is medal
    ]
    # Shown in normal case; the cell's spelling is the athlete's alias.
    assert [display_name(name)] in medallists


def test_a_comma_inside_a_name_keeps_a_crew_s_count(history: History) -> None:
    """The 1984 US coxed pair: three rowers, one of them "Robert Douglas, Jr. ESPESETH"."""
    pair = "1984-summer/rowing/men/pair-oared-shell-with-coxswain"
    (usa,) = [e for e in history.entries_of_event(pair) if e.noc == "USA"]
    assert len(usa.athletes) == 3


def test_horses_are_not_athletes(history: History) -> None:
    """Equestrian cells name each horse beside its rider, in capitals: riders only."""
    dressage = "1912-summer/equestrian-dressage/mixed/individual"
    gold = [e for e in history.entries_of_event(dressage) if e.medal is Medal.GOLD]
    assert [[history.get_athlete(a).name for a in e.athletes] for e in gold] == [["Carl Bonde"]]
    assert history.get_event(dressage).kind is EventKind.INDIVIDUAL
    team = "1988-summer/equestrian-dressage/mixed/team"
    (swiss,) = [e for e in history.entries_of_event(team) if e.noc == "SUI"]
    assert sorted(history.get_athlete(a).name for a in swiss.athletes) == [
        "Christine Stueckelberger",
        "Daniel Ramseier",
        "Otto Josef Hofer",
        "Samuel Schatzmann",
    ]
    (note,) = [i for i in history.issues if "horses" in i.message]
    assert note.message.startswith("247 horses")
    # 1920's cells: "SURNAME, GIVEN / HORSE".
    rosen = "1920-summer/equestrian-dressage/mixed/individual"
    bronze = [e for e in history.entries_of_event(rosen) if e.medal is Medal.BRONZE]
    assert [[history.get_athlete(a).name for a in e.athletes] for e in bronze] == [
        ["HANS VON ROSEN"]
    ]
    names = {a.name for a in history.athletes}
    assert not {"EMPEROR", "LORD IRON", "AHLERICH 2", "GAUGUIN DE LULLY CH"} & names


def test_a_name_read_as_mojibake_is_read_back_before_it_makes_the_id(tmp_path: Path) -> None:
    """One canoeist, his name mangled in one row: one athlete, shown as written, noted."""
    path = tmp_path / "all_olympic_medalists.csv"
    path.write_text(
        "season,year,medal,country_code,country,athletes,games,sport,event_gender,event_name\n"
        'Summer,1960,Silver,HUN,Hungary,"AndrÃ¡s SZENTE, György MESZAROS",1960 Rome,'
        "Canoe Sprint,Men's,K-2 1000m\n"
        "Summer,1960,Bronze,HUN,Hungary,András SZENTE,1960 Rome,Canoe Sprint,Men's,K-1 500m\n",
        encoding="utf-8",
    )
    history = read_olympanalyt(path)
    szente = [a for a in history.athletes if "Szente" in a.name]
    assert [a.name for a in szente] == ["András Szente"]
    assert len(history.entries_of_athlete(szente[0].id)) == 2
    (note,) = [i for i in history.issues if "mojibake" in i.message]
    assert note.row is None
    assert "'AndrÃ¡s SZENTE' as 'András SZENTE'" in note.message


@given(st.lists(strategies.mangleable_words, min_size=1, max_size=3), st.integers(0, 2))
@example(["András", "SZENTE"], 2)
@example(["Ċ"], 2)  # mangled twice, it ends in a no-break space: a byte, not white space
@example(["TOMAŠ"], 1)  # "Š" is "Å" and a no-break space
def test_a_name_is_read_back_from_mojibake_once_as_every_reader_does(
    tmp_path_factory: pytest.TempPathFactory, words: list[str], times: int
) -> None:
    """The name as written, mangled ``times`` over, is repaired once (one layer undone):
    the reader repairs it to make the id, and the builder must not repair it again.

    It is repaired before it is stripped of the white space at its ends: a mangled
    letter's last byte may read as a no-break space.
    """
    text = " ".join(words)
    for _ in range(times):
        text = strategies.mangled(text) or text
    path = tmp_path_factory.mktemp("olympanalyt") / "all_olympic_medalists.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "season,year,medal,country_code,country,athletes,games,sport,event_gender,event_name\n"
        )
        row = ["Summer", 1960, "Silver", "HUN", "Hungary", text, "1960 Rome", "Canoe Sprint"]
        csv.writer(handle).writerow([*row, "Men's", "K-1 500m"])
    history = read_olympanalyt(path)
    # A name too short to key (one letter) makes no athlete: nothing to repair.
    assume(history.athletes)
    # (The name is its Games' only one: the Games goes the way it is written, and a
    # name written surname first is shown given name first, unless it is mangled.)
    plain = trimmed(text)
    if repair_mojibake(plain) == plain and surname_first(plain):
        shown = display_name(plain, surname_first=True)
    else:
        shown = display_name(repair_mojibake(text))
    assert [a.name for a in history.athletes] == [shown]


def test_a_mangled_letter_ending_a_name_survives_every_form_of_cell(tmp_path: Path) -> None:
    """``Š`` read as cp1252 is ``Å`` and a no-break space: at the end of a name, in a
    list, before a NOC of its own or before a horse, the space is a byte, not white
    space, and the letter is read back."""
    path = tmp_path / "all_olympic_medalists.csv"
    header = "season,year,medal,country_code,country,athletes,games,sport,event_gender,event_name"
    cells = [  # (medal, NOC, its name, athletes, sport, event)
        ("Gold", "YUG", "Yugoslavia", "Milan TOMAÅ\u00a0, Ivo NOVAÅ\u00a0 ", "Rowing", "Pair"),
        ("Silver", "EUN", "Unified Team", "Petar KOVAÅ\u00a0 (YUG)", "Rowing", "Single"),
        ("Gold", "YUG", "Yugoslavia", "JANKOVIÅ\u00a0, Ante / BLITZ", "Equestrian", "Jumping"),
    ]
    rows = [
        ["Summer", 1960, medal, noc, country, athletes, "1960 Rome", sport, "Men's", event]
        for medal, noc, country, athletes, sport, event in cells
    ]
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(header + "\n")
        csv.writer(handle).writerows(rows)
    history = read_olympanalyt(path)
    assert sorted(a.name for a in history.athletes) == [
        "Ante Jankoviš",
        "Ivo Novaš",
        "Milan Tomaš",
        "Petar Kovaš",
    ]
    assert {a.id.partition(":")[0] for a in history.athletes if "Kova" in a.name} == {"YUG"}


def test_names_a_games_writes_surname_first_are_shown_given_name_first(tmp_path: Path) -> None:
    """2022 is written SURNAME Given, 2014 Given SURNAME, 2018 mostly Given SURNAME
    with a team written the other way: each name is shown given name first, a name
    alone the way its Games goes (MA Long, alone in a Games written given name
    first, is the native order of his name and stays as written)."""
    rows = [
        ("Winter", 2014, "Gold", "AUT", "Austria", "Stefan KRAFT", "Ski Jumping", "Normal Hill"),
        ("Winter", 2014, "Silver", "CHN", "China", "MA Long", "Ski Jumping", "Normal Hill"),
        ("Winter", 2014, "Bronze", "NOR", "Norway", "Anders BARDAL", "Ski Jumping", "Normal Hill"),
        ("Winter", 2018, "Gold", "AUT", "Austria", "Marcel HIRSCHER", "Alpine Skiing", "Slalom"),
        ("Winter", 2018, "Silver", "NOR", "Norway", "Andre MYHRER", "Alpine Skiing", "Slalom"),
        ("Winter", 2018, "Silver", "OAR", "Olympic Athletes from Russia",
         "KOLYADA Mikhail, ZAGITOVA Alina", "Figure Skating", "Team Event"),
        ("Winter", 2022, "Gold", "AUT", "Austria", "KRAFT Stefan", "Ski Jumping", "Large Hill"),
        ("Winter", 2022, "Silver", "AUT", "Austria", "BRENNSTEINER Stefan, HUBER Daniel",
         "Ski Jumping", "Team"),
    ]  # fmt: skip
    path = tmp_path / "all_olympic_medalists.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "season,year,medal,country_code,country,athletes,games,sport,event_gender,event_name\n"
        )
        writer = csv.writer(handle)
        for season, year, medal, noc, country, cell, sport, title in rows:
            writer.writerow(
                [season, year, medal, noc, country, cell, f"{year} X", sport, "Men's", title]
            )
    shown = {a.id: a.name for a in read_olympanalyt(path).athletes}
    assert shown == {
        "AUT:kraft-stefan": "Stefan Kraft",
        "CHN:long-ma": "MA Long",
        "NOR:anders-bardal": "Anders Bardal",
        "AUT:hirscher-marcel": "Marcel Hirscher",
        "NOR:andre-myhrer": "Andre Myhrer",
        "OAR:kolyada-mikhail": "Mikhail Kolyada",
        "OAR:alina-zagitova": "Alina Zagitova",
        "AUT:brennsteiner-stefan": "Stefan Brennsteiner",
        "AUT:daniel-huber": "Daniel Huber",
    }
