"""Tests that pin what mutation testing found unpinned in ``model`` and ``history``.

Each test states a behaviour the rest of the suite let change silently: the exact
words and attributes of an error (a data-quality report is read by people and by
code), the edges of a range, which entry a correction lands on. See
``docs/reliability.md`` for the run and the survivors judged equivalent.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from olympics_records import (
    Athlete,
    Correction,
    DataError,
    Entry,
    Event,
    EventKind,
    Games,
    Gender,
    History,
    Medal,
    Noc,
    Season,
    find_athlete,
)
from olympics_records.errors import AmbiguousNameError, Issue, UnknownNameError, ValidationError
from olympics_records.model import Coverage

YEAR = "Games.year must be a year from 1896 to 2100, not "
GAMES = Games(
    year=1980,
    season=Season.WINTER,
    city="Lake Placid",
    opened=dt.date(1980, 2, 13),
    closed=dt.date(1980, 2, 24),
)


def event(name: str = "500m", **changes: Any) -> Event:
    fields: dict[str, Any] = {
        "id": f"e-{name}",
        "games": "1980-winter",
        "sport": "Skating",
        "discipline": "Speed Skating",
        "name": name,
        "gender": Gender.MEN,
        "kind": EventKind.INDIVIDUAL,
    }
    return Event(**{**fields, **changes})


ATHLETES = (
    Athlete(id="heiden", name="Eric Heiden"),
    Athlete(id="kulikov", name="Yevgeny Kulikov"),
    Athlete(id="boer", name="Lieuwe de Boer"),
    Athlete(id="beth", name="Beth Heiden"),
)
NOCS = (Noc(code="USA", name="United States"), Noc(code="URS", name="Soviet Union"))


def history(*entries: Entry, **changes: Any) -> History:
    fields: dict[str, Any] = {
        "games": (GAMES,),
        "events": (event(), event("1000m")),
        "entries": entries,
        "athletes": ATHLETES,
        "nocs": NOCS,
    }
    return History(**{**fields, **changes})


def entry(athlete: str = "heiden", place: int | None = 1, medal: Medal | None = Medal.GOLD,
          *, noc: str = "USA", event_id: str = "e-500m") -> Entry:  # fmt: skip
    return Entry(event=event_id, noc=noc, athletes=(athlete,), place=place, medal=medal)


def issue_of(err: pytest.ExceptionInfo[DataError]) -> tuple[Any, ...]:
    e = err.value
    return (e.source, e.row, e.field, e.value, e.message)


# --- model: messages and edges -------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: Games(year=1980, season="winter", city="x"),  # type: ignore[arg-type]
            "Games.season must be a Season, not 'winter'",
        ),
        (
            lambda: event(gender="men"),
            "Event.gender must be a Gender, not 'men'",
        ),
        (
            lambda: event(kind="team"),
            "Event.kind must be an EventKind, not 'team'",
        ),
        (lambda: event(official=1), "Event.official must be True or False, not 1"),
        (
            lambda: event(date=dt.datetime(1980, 2, 15)),
            "Event.date must be a datetime.date or None, not datetime.datetime(1980, 2, 15, 0, 0)",
        ),
        (
            lambda: event(date=dt.date(2101, 1, 1)),
            "Event.date must be a date from 1896 to 2100, not datetime.date(2101, 1, 1)",
        ),
        (
            lambda: event(date=dt.date(1895, 12, 31)),
            "Event.date must be a date from 1896 to 2100, not datetime.date(1895, 12, 31)",
        ),
        (lambda: Games(year=1895, season=Season.SUMMER, city="x"), "Games.year must be a year"),
        (lambda: Games(year=2101, season=Season.SUMMER, city="x"), f"{YEAR}2101"),
        (lambda: Games(year=True, season=Season.SUMMER, city="x"), f"{YEAR}True"),
        (lambda: Games(year=1980.0, season=Season.SUMMER, city="x"), f"{YEAR}1980.0"),  # type: ignore[arg-type]
        (
            lambda: Games(
                year=1980,
                season=Season.WINTER,
                city="x",
                opened=dt.date(1980, 2, 13),
                closed=dt.date(1980, 2, 12),
            ),
            "Games.closed (1980-02-12) must not be before Games.opened (1980-02-13)",
        ),
        (lambda: Athlete(id="a", name=" "), "Athlete.name must be a non-empty string, not ' '"),
        (
            lambda: Athlete(id="a", name="A", sex="X"),
            "Athlete.sex must be 'M', 'F' or None, not 'X'",
        ),
        (lambda: Noc(code="nor", name="Norway"), "Noc.code must be a three-letter NOC code"),
        (
            lambda: Noc(code="NORW", name="Norway"),
            "Noc.code must be a three-letter NOC code like 'NOR', not 'NORW'",
        ),
        (
            lambda: Entry(event="e", noc="NOR", athletes=["a"]),  # type: ignore[arg-type]
            "Entry.athletes must be a tuple of athlete ids, not ['a']",
        ),
        (
            lambda: Entry(event="e", noc="NOR", athletes=("a", " ")),
            "Entry.athletes must be a tuple of non-empty athlete ids, not ('a', ' ')",
        ),
        (
            lambda: Entry(event="e", noc="NOR", athletes=("a", "a")),
            "Entry.athletes must be a tuple without repeated athlete ids, not ('a', 'a')",
        ),
        (
            lambda: Entry(event="e", noc="NOR", place=0),
            "Entry.place must be a positive whole number or None, not 0",
        ),
        (
            lambda: Entry(event="e", noc="NOR", place=True),
            "Entry.place must be a positive whole number or None, not True",
        ),
        (lambda: Entry(event="e", noc="NOR", medal="gold"), "Entry.medal must be a Medal or None"),  # type: ignore[arg-type]
        (lambda: Entry(event="e", noc="NOR", complete=None), "Entry.complete must be True or"),  # type: ignore[arg-type]
        (
            lambda: Correction(event="e", noc="NOR", athletes=(), medal=None, decided=None),  # type: ignore[arg-type]
            "Correction.decided must be a datetime.date, not None",
        ),
        (
            lambda: Correction(
                event="e", noc="NOR", athletes=(), medal=None, decided=dt.date(2101, 1, 1)
            ),
            "Correction.decided must be a date from 1896 to 2100",
        ),
        (
            lambda: Correction(
                event="e",
                noc="NOR",
                athletes=(),
                medal=None,
                decided=dt.date(2000, 1, 1),
                note=1,  # type: ignore[arg-type]
            ),
            "Correction.note must be a string, not 1",
        ),
        (
            lambda: Coverage(games="g", all_events=True, full_podiums=True, note=None),  # type: ignore[arg-type]
            "Coverage.note must be a string, not None",
        ),
        (
            lambda: Coverage(games="g", all_events=1, full_podiums=True),  # type: ignore[arg-type]
            "Coverage.all_events must be True or False, not 1",
        ),
    ],
)
def test_validation_messages_name_class_field_rule_and_value(make: Any, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        make()
    assert str(caught.value).startswith(message)


def test_the_edges_of_the_ranges_are_inside() -> None:
    assert Games(year=1896, season=Season.SUMMER, city="Athens").year == 1896
    assert Games(year=2100, season=Season.SUMMER, city="x").year == 2100
    assert event(date=dt.date(1896, 1, 1)).date == dt.date(1896, 1, 1)
    assert event(date=dt.date(2100, 12, 31)).date == dt.date(2100, 12, 31)
    same_day = Games(
        year=1980, season=Season.WINTER, city="x", opened=GAMES.opened, closed=GAMES.opened
    )
    assert same_day.closed == same_day.opened
    assert Entry(event="e", noc="RU1", place=1).place == 1


def test_medals_order_strictly() -> None:
    assert not Medal.GOLD < Medal.GOLD
    assert not Medal.GOLD > Medal.GOLD
    assert Medal.BRONZE < Medal.SILVER < Medal.GOLD
    assert Medal.GOLD >= Medal.GOLD
    assert Medal.GOLD.__lt__("gold") is NotImplemented
    assert [m.place for m in Medal] == [1, 2, 3]


# --- history: every refusal names where and what --------------------------------------


def test_history_takes_any_iterable_and_keeps_tuples() -> None:
    entries = (entry(),)
    h = History(games=[GAMES], events=iter([event()]), entries=entries, athletes=ATHLETES,
                nocs=NOCS)  # fmt: skip
    assert h.games == (GAMES,)
    assert h.entries is entries
    assert isinstance(h.events, tuple)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"games": (GAMES, "1980-winter")},
            ("History.games", 1, None, "'1980-winter'", "must hold Games values, not str"),
        ),
        (
            {"athletes": (*ATHLETES, None)},
            ("History.athletes", 4, None, "None", "must hold Athlete values, not NoneType"),
        ),
        (
            {"coverage": ("all",)},
            ("History.coverage", 0, None, "'all'", "must hold Coverage values, not str"),
        ),
        (
            {"issues": (Issue("f", 1, None, None, "m"), "x")},
            ("History.issues", 1, None, "'x'", "must hold Issue values, not str"),
        ),
        (
            {"games": (GAMES, GAMES)},
            ("History.Gamess", 1, "id", "1980-winter", "Games '1980-winter' is listed twice"),
        ),
        (
            {"nocs": (*NOCS, Noc(code="USA", name="USA"))},
            ("History.NOCs", 2, "code", "USA", "two different NOCs share the code 'USA'"),
        ),
        (
            {"events": (event(), event(games="1984-winter", id="x"))},
            ("History.events", 1, "games", "1984-winter", "refers to unknown Games"),
        ),
        (
            {"coverage": (Coverage(games="1984-winter", all_events=True, full_podiums=True),)},
            ("History.coverage", 0, "games", "1984-winter", "refers to unknown Games"),
        ),
    ],
)
def test_history_refusals_name_source_row_field_value(
    changes: dict[str, Any], expected: tuple[Any, ...]
) -> None:
    with pytest.raises(DataError) as caught:
        history(**changes)
    assert issue_of(caught) == expected


@pytest.mark.parametrize("where", ["entries", "corrections"])
@pytest.mark.parametrize(
    ("item", "field", "value", "message"),
    [
        ({"event": "e-nope"}, "event", "e-nope", "refers to an unknown event"),
        ({"noc": "GDR"}, "noc", "GDR", "refers to an unknown NOC"),
        ({"athletes": ("heiden", "nobody")}, "athletes", "nobody", "refers to an unknown athlete"),
    ],
)
def test_dangling_references_are_named(
    where: str, item: dict[str, Any], field: str, value: str, message: str
) -> None:
    fields: dict[str, Any] = {"event": "e-500m", "noc": "USA", "athletes": ("heiden",)}
    fields.update(item)
    if where == "entries":
        bad: dict[str, Any] = {"entries": (entry("kulikov", 2, Medal.SILVER), Entry(**fields))}
    else:
        fix = Correction(**fields, medal=None, decided=dt.date(1990, 1, 1))
        bad = {"entries": (entry(), entry("kulikov", 2, Medal.SILVER)), "corrections": (fix,)}
    with pytest.raises(DataError) as caught:
        history(**bad)
    row = 1 if where == "entries" else 0
    assert issue_of(caught) == (f"History.{where}", row, field, value, message)


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        (
            (entry(), entry("kulikov", 2, Medal.SILVER), entry(place=3, medal=Medal.BRONZE)),
            (
                "History.entries",
                2,
                "athletes",
                "heiden",
                "athlete appears twice in event 'e-500m' (entries 0 and 2)",
            ),
        ),
        (
            (entry(), entry("kulikov", 1, Medal.SILVER)),
            (
                "History.entries",
                1,
                "medal",
                "silver",
                "entries 0 and 1 of event 'e-500m' share place 1 but not the medal",
            ),
        ),
        (
            (entry(), entry("kulikov", 1, None)),
            (
                "History.entries",
                1,
                "medal",
                None,
                "entries 0 and 1 of event 'e-500m' share place 1 but not the medal",
            ),
        ),
        (
            (entry(), entry("kulikov", 3, Medal.GOLD)),
            (
                "History.entries",
                1,
                "medal",
                "gold",
                (
                    "two gold medals at different places (1 and 3) in event 'e-500m': "
                    "only a tie shares a medal"
                ),
            ),
        ),
        (
            (entry(place=2, medal=Medal.BRONZE), entry("kulikov", 3, Medal.SILVER)),
            (
                "History.entries",
                1,
                "medal",
                "silver",
                "place 3 in event 'e-500m' has a better medal than a place before it",
            ),
        ),
        (
            (entry(place=1, medal=None), entry("kulikov", 2, Medal.GOLD)),
            (
                "History.entries",
                1,
                "medal",
                "gold",
                "place 2 in event 'e-500m' has a better medal than a place before it",
            ),
        ),
    ],
    ids=[
        "athlete-twice",
        "tie-other-medal",
        "tie-no-medal",
        "gold-twice",
        "silver-after-bronze",
        "gold-after-none",
    ],
)
def test_result_rules_name_the_entry_at_fault(
    entries: tuple[Entry, ...], expected: tuple[Any, ...]
) -> None:
    with pytest.raises(DataError) as caught:
        history(*entries)
    assert issue_of(caught) == expected


@pytest.mark.parametrize(
    "entries",
    [
        (entry(), entry("kulikov", 1, Medal.GOLD), entry("boer", 3, Medal.BRONZE)),
        (entry(), entry("kulikov", 2, Medal.SILVER), entry("boer", 2, Medal.SILVER)),
        (entry(), entry("kulikov", 2, Medal.SILVER), entry("boer", 4, None)),
        (entry(place=None), entry("kulikov", None, Medal.GOLD)),
        (entry(), entry("kulikov", 2, None), entry("boer", 3, None)),
        (entry(place=3, medal=Medal.BRONZE), entry("kulikov", 4, None)),
        # The same athlete in two events is no repeat.
        (entry(), entry(event_id="e-1000m")),
    ],
)
def test_valid_results_are_accepted(entries: tuple[Entry, ...]) -> None:
    assert history(*entries).entries == entries


# --- corrections -----------------------------------------------------------------------


def strip(athlete: str, day: dt.date, medal: Medal | None = None, noc: str = "USA") -> Correction:
    return Correction(event="e-500m", noc=noc, athletes=(athlete,), medal=medal, decided=day)


def test_corrections_apply_in_date_order_whatever_their_order() -> None:
    first, later = dt.date(1990, 1, 1), dt.date(1995, 1, 1)
    fixes = (strip("heiden", later, Medal.SILVER), strip("heiden", first, None))
    h = history(entry(), entry("kulikov", 2, Medal.SILVER), corrections=fixes)
    assert h.results[0].medal is Medal.SILVER
    assert h.entries[0].medal is Medal.GOLD
    assert h.as_of(dt.date(1991, 1, 1)).results[0].medal is None
    assert h.as_of(first).results[0].medal is None
    assert h.as_of(dt.date(1989, 12, 31)).results[0].medal is Medal.GOLD


def test_a_correction_without_an_entry_adds_one_or_nothing() -> None:
    upgrade = strip("boer", dt.date(1990, 1, 1), Medal.BRONZE, noc="URS")
    nothing = strip("beth", dt.date(1990, 1, 1), None)
    h = history(entry(), corrections=(upgrade, nothing))
    assert h.results == (
        entry(),
        Entry(event="e-500m", noc="URS", athletes=("boer",), place=None, medal=Medal.BRONZE),
    )
    assert h.entries_of_athlete("boer") == (h.results[1],)
    assert h.entries_of_athlete("beth") == ()


def test_two_corrections_of_one_new_entry_end_as_one_entry() -> None:
    upgrade = strip("boer", dt.date(1990, 1, 1), Medal.BRONZE, noc="URS")
    again = strip("boer", dt.date(1991, 1, 1), Medal.SILVER, noc="URS")
    h = history(entry(), corrections=(again, upgrade))
    assert [(e.athletes, e.medal) for e in h.results] == [
        (("heiden",), Medal.GOLD),
        (("boer",), Medal.SILVER),
    ]


def test_ambiguous_and_contradictory_corrections_are_refused() -> None:
    team = (
        Entry(event="e-500m", noc="USA", athletes=(), place=1, medal=Medal.GOLD),
        Entry(event="e-500m", noc="USA", athletes=(), place=2, medal=Medal.SILVER),
    )
    which = Correction(
        event="e-500m", noc="USA", athletes=(), medal=None, decided=dt.date(1980, 2, 24)
    )
    with pytest.raises(DataError) as caught:
        history(*team, corrections=(which,))
    assert issue_of(caught) == (
        "History.corrections",
        0,
        "athletes",
        "",
        (
            "matches 2 entries of USA in event 'e-500m'; name the athletes to say which one "
            "it corrects"
        ),
    )
    day = dt.date(1990, 1, 1)
    fixes = (strip("heiden", day, None), strip("heiden", day, Medal.SILVER))
    with pytest.raises(DataError) as caught:
        history(entry(), corrections=fixes)
    assert issue_of(caught) == (
        "History.corrections",
        1,
        "medal",
        "silver",
        "two corrections of one entry decided on 1990-01-01 disagree",
    )
    agree = (strip("heiden", day, None), strip("heiden", day, None))
    assert history(entry(), corrections=agree).results[0].medal is None


# --- look-ups, as_of, find_athlete -----------------------------------------------------


def test_lookups_of_unknown_ids_are_empty() -> None:
    h = history(entry())
    assert h.entries_of_games("1984-winter") == ()
    assert h.entries_of_event("e-1000m") == ()
    assert h.entries_of_noc("URS") == ()
    assert h.entries_of_games("1980-winter") == (entry(),)
    assert h.entries_of_event("e-500m") == (entry(),)
    assert h.coverage_of("1980-winter") is None


def test_as_of_keeps_issues_and_coverage_and_refuses_datetimes() -> None:
    cover = Coverage(games="1980-winter", all_events=False, full_podiums=True)
    note = Issue("f.csv", None, None, None, "a note")
    h = history(entry(), issues=(note,), coverage=(cover,))
    earlier = h.as_of(dt.date(1980, 1, 1))
    assert earlier.issues == (note,)
    assert earlier.coverage == (cover,)
    assert earlier.entries == ()
    assert h.as_of(dt.date(1980, 2, 24)).entries == (entry(),)
    with pytest.raises(TypeError, match=r"^as_of needs a datetime.date, not datetime.datetime"):
        h.as_of(dt.datetime(1980, 3, 1))
    with pytest.raises(TypeError, match="not '1980-03-01'"):
        h.as_of("1980-03-01")  # type: ignore[arg-type]


def test_find_athlete_prefers_whole_words_then_prefixes_then_the_exact_name() -> None:
    h = history(entry())
    with pytest.raises(AmbiguousNameError) as caught:
        find_athlete(h, "Heiden")
    assert caught.value.candidates == ("beth", "heiden")
    assert str(caught.value) == (
        "'Heiden' matches 2 athletes: Beth Heiden (beth), Eric Heiden (heiden)"
    )
    assert find_athlete(h, "Eric Heiden") is ATHLETES[0]
    assert find_athlete(h, "heiden eric") is ATHLETES[0]
    assert find_athlete(h, "Kuli") is ATHLETES[1]  # a prefix, when no word matches whole
    assert find_athlete(h, "Lieuwe Boer") is ATHLETES[2]  # a subset of the words
    assert find_athlete(h, "kulikov") is ATHLETES[1]
    with pytest.raises(UnknownNameError, match=r"^no athlete matches 'Ulvang'$"):
        find_athlete(h, "Ulvang")
    with pytest.raises(UnknownNameError, match=r"^' - ' is not a name$"):
        find_athlete(h, " - ")


def test_medal_comparisons_in_every_direction() -> None:
    assert Medal.SILVER <= Medal.GOLD
    assert Medal.GOLD <= Medal.GOLD
    assert not Medal.GOLD <= Medal.SILVER
    assert Medal.GOLD > Medal.SILVER
    assert Medal.BRONZE >= Medal.BRONZE
    assert not Medal.BRONZE >= Medal.SILVER
    for compare in (Medal.GOLD.__lt__, Medal.GOLD.__le__, Medal.GOLD.__gt__, Medal.GOLD.__ge__):
        assert compare("gold") is NotImplemented
    with pytest.raises(TypeError):
        assert Medal.GOLD > 1


def test_coverage_of_finds_the_right_games() -> None:
    other = Games(year=1984, season=Season.WINTER, city="Sarajevo")
    first = Coverage(games="1980-winter", all_events=False, full_podiums=True)
    second = Coverage(games="1984-winter", all_events=True, full_podiums=False)
    h = history(entry(), games=(GAMES, other), coverage=(first, second))
    assert h.coverage_of("1984-winter") is second
    assert h.coverage_of("1980-winter") is first


def test_find_athlete_takes_the_exact_name_among_whole_word_matches() -> None:
    kuli = (Athlete(id="k1", name="Kuli"), Athlete(id="k2", name="Kuli Kulikov"))
    h = history(athletes=(*ATHLETES, *kuli))
    assert find_athlete(h, "kuli") is kuli[0]
    assert find_athlete(h, "Kulikov Kuli") is kuli[1]


def test_duplicate_athletes_are_named() -> None:
    twice = (*ATHLETES, ATHLETES[0])
    with pytest.raises(DataError) as caught:
        history(athletes=twice)
    assert issue_of(caught) == (
        "History.athletes",
        4,
        "id",
        "heiden",
        "athlete 'heiden' is listed twice",
    )


def test_a_stripping_correction_that_disagrees_reports_no_medal() -> None:
    day = dt.date(1990, 1, 1)
    fixes = (strip("heiden", day, Medal.SILVER), strip("heiden", day, None))
    with pytest.raises(DataError) as caught:
        history(entry(), corrections=fixes)
    assert issue_of(caught)[:4] == ("History.corrections", 1, "medal", None)


def test_entries_after_an_unplaced_one_are_still_checked() -> None:
    entries = (
        entry("beth", None, Medal.GOLD),
        entry("kulikov", 1, Medal.GOLD),
        entry("boer", 1, Medal.SILVER),
    )
    with pytest.raises(DataError, match="share place 1 but not the medal"):
        history(*entries)


def test_only_medals_of_official_events_count_in_records() -> None:
    from olympics_records import Tally, leaderboard

    demo = event("demo", official=False)
    h = history(
        entry(),
        entry("kulikov", 2, None),
        entry("beth", 1, Medal.GOLD, event_id="e-demo"),
        events=(event(), event("1000m"), demo),
    )
    for tally in (Tally(), Tally(season=Season.WINTER)):
        assert [(s.subject, s.count) for s in leaderboard(h, tally)] == [("heiden", 1)]
    assert leaderboard(h, Tally(season=Season.SUMMER)) == ()


# --- records: what the tally accepts and how it reads ----------------------------------


def test_tally_refusals_name_field_rule_and_value() -> None:
    from olympics_records import Tally

    with pytest.raises(ValidationError, match=r"^Tally.season must be a Season, not 'winter'$"):
        Tally(season="winter")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"^Tally.kind must be an EventKind or None, not 1$"):
        Tally(kind=1)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"^Tally.medals must be .*, not 5$"):
        Tally(medals=5)
    assert Tally(season=None, kind=EventKind.TEAM).kind is EventKind.TEAM


def test_tally_describes_a_per_games_record_of_any_season() -> None:
    from olympics_records import Scope, Tally

    assert Tally(scope=Scope.GAMES).describe() == "most golds at one Olympic Games"


def test_the_first_mark_of_a_progression_shows_no_previous_mark() -> None:
    from olympics_records import Tally, progression

    (first,) = progression(history(entry()), Tally())
    assert first.previous is None
    assert "previous=None" in repr(first)
