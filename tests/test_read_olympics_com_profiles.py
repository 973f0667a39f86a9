"""olympics.com's athletes under two profiles, made one by its athlete list (``profiles=True``)."""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from olympics_records import DataError, History, career
from olympics_records.datasets.olympics_com import read_olympics_com

_HOSTS = (
    "game_slug,game_end_date,game_start_date,game_location,game_name,game_season,game_year\n"
    "sochi-2014,2014-02-23T20:00:00Z,2014-02-07T16:00:00Z,Russia,Sochi 2014,Winter,2014\n"
    "pyeongchang-2018,2018-02-25T08:00:00Z,2018-02-08T23:00:00Z,Korea,PyeongChang 2018,"
    "Winter,2018\n"
    "beijing-2022,2022-02-20T12:00:00Z,2022-02-04T15:00:00Z,China,Beijing 2022,Winter,2022\n"
)
_MEDALS_HEADER = (
    "discipline_title,slug_game,event_title,event_gender,medal_type,participant_type,"
    "participant_title,athlete_url,athlete_full_name,country_name,country_code,"
    "country_3_letter_code\n"
)
_NATIONS = {"BEL": "Belgium", "NED": "Netherlands", "URS": "Soviet Union", "RUS": "Russia"}


def _medal(where: tuple[str, str], medal: str, who: tuple[str, str], noc: str) -> str:
    """A medals row: (Games, event), the medal, (URL key, name) and the NOC."""
    (games, title), (url, name) = where, who
    return (
        f"Speed skating,{games},{title},Men,{medal},Athlete,,"
        f"https://olympics.com/en/athletes/{url},{name},{_NATIONS[noc]},XX,{noc}\n"
    )


def _folder(path: Path, medals: list[str], athletes: list[tuple[str, str]] | None) -> Path:
    (path / "olympic_hosts.csv").write_text(_HOSTS, encoding="utf-8")
    (path / "olympic_medals.csv").write_text(_MEDALS_HEADER + "".join(medals), encoding="utf-8")
    if athletes is not None:
        rows = "".join(f"{name},1,Sochi 2014,{born}\n" for name, born in athletes)
        (path / "olympic_athletes.csv").write_text(
            "athlete_full_name,games_participations,first_game,athlete_year_birth\n" + rows,
            encoding="utf-8",
        )
    return path


_MASS_2018 = ("pyeongchang-2018", "Men's Mass Start")
_MASS_2022 = ("beijing-2022", "Men's Mass Start")
_SWINGS = [
    _medal(_MASS_2018, "SILVER", ("bart-swings-x2516", "Bart SWINGS"), "BEL"),
    _medal(_MASS_2022, "GOLD", ("bart-swings", "Bart SWINGS"), "BEL"),
]


def _athletes_of(h: History) -> dict[str, int]:
    return Counter(a for e in h.entries for a in e.athletes)


def test_two_profiles_of_one_name_and_birth_year_are_one_athlete(tmp_path: Path) -> None:
    folder = _folder(tmp_path, _SWINGS, [("Bart SWINGS", "1991"), ("Bart SWINGS", "1991")])
    apart = read_olympics_com(folder)
    assert _athletes_of(apart) == {"bart-swings": 1, "bart-swings-x2516": 1}
    (note,) = [i for i in apart.issues if i.source == "olympic_athletes.csv"]
    assert note.message.startswith("not read: ")
    one = read_olympics_com(folder, profiles=True)
    assert _athletes_of(one) == {"bart-swings": 2}, "the shortest id is kept"
    assert [a.id for a in one.athletes] == ["bart-swings"]
    found = career(one, "bart-swings")
    assert (found.gold, found.silver, found.bronze) == (1, 1, 0)
    (note,) = [i for i in one.issues if i.source == "olympic_athletes.csv"]
    assert note.row is None
    assert "'bart-swings-x2516' into 'bart-swings' (born 1991)" in note.message
    assert len(one.entries) == len(apart.entries)


@pytest.mark.parametrize(
    ("medals", "athletes", "why"),
    [
        (_SWINGS, [("Bart SWINGS", "1980"), ("Bart SWINGS", "1993")], "two birth years"),
        (_SWINGS, [("Bart SWINGS", "1991")], "a row for one profile only"),
        (_SWINGS, [("Bart SWINGS", "1991")] * 3, "a third namesake of that year"),
        (_SWINGS, [("Bart SWINGS", ""), ("Bart SWINGS", "")], "no birth year"),
        (
            [
                _medal(_MASS_2022, "GOLD", ("bart-swings", "Bart SWINGS"), "BEL"),
                _medal(_MASS_2022, "SILVER", ("bart-swings-1", "Bart SWINGS"), "BEL"),
            ],
            [("Bart SWINGS", "1991"), ("Bart SWINGS", "1991")],
            "they met in one event",
        ),
        (
            [
                _medal(
                    ("pyeongchang-2018", "Men's 500m"),
                    "GOLD",
                    ("bart-swings-1", "Bart SWINGS"),
                    "NED",
                ),
                _medal(_MASS_2022, "GOLD", ("bart-swings", "Bart SWINGS"), "BEL"),
            ],
            [("Bart SWINGS", "1991"), ("Bart SWINGS", "1991")],
            "two nations",
        ),
    ],
)
def test_profiles_stay_apart_without_the_list_s_word(
    tmp_path: Path, medals: list[str], athletes: list[tuple[str, str]], why: str
) -> None:
    h = read_olympics_com(_folder(tmp_path, medals, athletes), profiles=True)
    assert len(h.athletes) == 2, why
    assert not [i for i in h.issues if i.source == "olympic_athletes.csv"], why


def test_a_nation_s_lineage_is_one_nation(tmp_path: Path) -> None:
    medals = [
        _medal(("sochi-2014", "Men's 500m"), "GOLD", ("ivan-ivanov-1", "Ivan IVANOV"), "RUS"),
        _medal(("beijing-2022", "Men's 500m"), "GOLD", ("ivan-ivanov", "Ivan IVANOV"), "RUS"),
        _medal(("pyeongchang-2018", "Men's 500m"), "GOLD", ("ivan-ivanov-2", "Ivan Ivanov"), "URS"),
    ]
    born = [("Ivan IVANOV", "1990")] * 3
    h = read_olympics_com(_folder(tmp_path, medals, born), profiles=True)
    assert _athletes_of(h) == {"ivan-ivanov": 3}


def test_spellings_of_one_name_in_the_list_and_the_medals_meet(tmp_path: Path) -> None:
    # Sjöström: two profiles, two transliterations, one birth year.
    medals = [
        _medal(
            ("pyeongchang-2018", "Men's 500m"), "GOLD", ("sarah-sjostrom", "Sarah SJOSTROM"), "BEL"
        ),
        _medal(
            ("beijing-2022", "Men's 500m"),
            "SILVER",
            ("sarah-sjoestroem", "Sarah SJOESTROEM"),
            "BEL",
        ),
    ]
    born = [("Sarah SJOESTROEM", "1993"), ("Sarah SJOSTROM", "1993")]
    h = read_olympics_com(_folder(tmp_path, medals, born), profiles=True)
    assert _athletes_of(h) == {"sarah-sjostrom": 2}


def test_the_list_without_birth_years_is_noted_and_its_rows_still_checked(tmp_path: Path) -> None:
    folder = _folder(tmp_path, _SWINGS, None)
    (folder / "olympic_athletes.csv").write_text(
        'athlete_full_name,first_game\nBart SWINGS,Sochi 2014\n"never closed\n', encoding="utf-8"
    )
    h = read_olympics_com(folder, profiles=True)
    assert len(h.athletes) == 2
    notes = [i for i in h.issues if i.source == "olympic_athletes.csv"]
    assert [i.row for i in notes] == [2, None]
    assert "no athlete_year_birth column" in notes[1].message
    with pytest.raises(DataError, match="row 2"):
        read_olympics_com(folder, profiles=True, strict=True)


_GAMES = ("sochi-2014", "pyeongchang-2018", "beijing-2022")
_EVENTS = ("Men's 500m", "Men's 1000m", "Men's Mass Start")
_PLACES = ("GOLD", "SILVER", "BRONZE")


@st.composite
def _profiles(draw: st.DrawFn) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """Two or three profiles of one name, each with medals; the list's rows of that name."""
    ids = draw(st.permutations(["anna-berg", "anna-berg-1", "anna-berg-x7"]))[
        : draw(st.integers(2, 3))
    ]
    slots = draw(
        st.lists(
            st.tuples(st.sampled_from(_GAMES), st.sampled_from(_EVENTS)),
            min_size=len(ids),
            max_size=2 * len(ids),
            unique=True,
        )
    )
    owners = draw(st.lists(st.sampled_from(ids), min_size=len(slots), max_size=len(slots)))
    owners[: len(ids)] = ids  # every profile has a medal
    # Each condition of the rule is drawn to hold about half the time or more.
    one_nation = draw(st.booleans())
    nocs = {a: "BEL" if one_nation else draw(st.sampled_from(["BEL", "NED"])) for a in ids}
    met = draw(st.sampled_from([False, False, True]))  # two profiles in one event
    rows = []
    held = []
    for n, ((games, title), owner) in enumerate(zip(slots, owners, strict=True)):
        rows.append(_medal((games, title), _PLACES[0], (owner, "Anna BERG"), nocs[owner]))
        held.append((owner, f"{games} {title}"))
        if met and n == 0:
            other = ids[1]
            rows.append(_medal((games, title), _PLACES[1], (other, "Anna BERG"), nocs[other]))
            held.append((other, f"{games} {title}"))
    count = len(ids) if draw(st.booleans()) else draw(st.integers(1, 4))
    years = st.sampled_from(["1991", "1991", "1990", ""])
    if draw(st.booleans()):
        born = [draw(years)] * count
    else:
        born = draw(st.lists(years, min_size=count, max_size=count))
    return rows, [("Anna BERG", year) for year in born], held


@given(_profiles())
def test_profiles_are_one_exactly_where_the_rule_says(
    case: tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]],
) -> None:
    """For any profiles of one name, medals and rows of the list: one athlete where the
    list has a row per profile, all of one birth year, the profiles are for one nation
    and never met in an event; else as many athletes as profiles. No medal moves."""
    medals, athletes, held = case
    ids = sorted({owner for owner, _ in held})
    years = [year for _, year in athletes]
    nations = {row.rsplit(",", 1)[1] for row in medals}
    places = [place for _, place in held]
    one = (
        len(years) == len(ids)
        and len(set(years)) == 1
        and years[0] != ""
        and len(nations) == 1
        and len(places) == len(set(places))
    )
    event("one athlete" if one else "apart")
    with tempfile.TemporaryDirectory() as directory:
        folder = _folder(Path(directory), medals, athletes)
        apart = read_olympics_com(folder)
        h = read_olympics_com(folder, profiles=True)
    kept = min(ids, key=lambda a: (len(a), a))
    assert sorted(a.id for a in h.athletes) == ([kept] if one else ids)
    assert len(h.entries) == len(apart.entries) == len(medals)
    for before, after in zip(apart.entries, h.entries, strict=True):
        assert (after.event, after.noc, after.medal) == (before.event, before.noc, before.medal)
        assert after.athletes == ((kept,) if one else before.athletes)
    notes = [i for i in h.issues if i.source == "olympic_athletes.csv"]
    assert len(notes) == int(one)


def test_the_real_list_unites_swings_and_sjostrom_and_keeps_shi_zhiyongs_apart(
    shared_data: Path,
) -> None:
    """On the real medals: two athletes of two profiles each are one, as the lists have
    them to 2022 (Sjöström 1-2-1, Swings 1-1-0), and the two weightlifters named Shi
    Zhiyong stay two (one born 1980, champion in 2004; one born 1993, in 2016 and 2020)."""
    h = read_olympics_com(shared_data / "olympics-com", results=False, profiles=True)
    medals = {
        a: (c.gold, c.silver, c.bronze)
        for a in ("sarah-sjostrom", "bart-swings", "zhiyong-shi", "zhiyong-shi-1")
        for c in [career(h, a)]
    }
    assert medals == {
        "sarah-sjostrom": (1, 2, 1),  # Rio and Tokyo (Paris is not in these files)
        "bart-swings": (1, 1, 0),
        "zhiyong-shi": (1, 0, 0),
        "zhiyong-shi-1": (2, 0, 0),
    }
    ids = {a.id for a in h.athletes}
    assert not ids & {"sarah-sjoestroem", "bart-swings-x2516"}
    (note,) = [i for i in h.issues if i.source == "olympic_athletes.csv"]
    assert note.message.startswith("2 athletes are listed under several profiles")
