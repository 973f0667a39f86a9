"""Tests for olympics_records.records: tallies, leaderboards, records and progressions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pytest

from builders import history_of, won
from olympics_records import (
    Athlete,
    Correction,
    Entry,
    Event,
    EventKind,
    Games,
    Gender,
    History,
    Medal,
    Noc,
    Season,
    datasets,
)
from olympics_records.errors import UnknownIdError, ValidationError
from olympics_records.history import find_athlete
from olympics_records.records import (
    Record,
    Scope,
    Standing,
    Subject,
    Tally,
    career,
    firsts,
    leaderboard,
    progression,
    record,
    sweeps,
)

GOLD, SILVER, BRONZE = Medal.GOLD, Medal.SILVER, Medal.BRONZE
IND, TEAM = EventKind.INDIVIDUAL, EventKind.TEAM

# Hand-built Histories ----------------------------------------------------------------

W1 = Games(
    year=1990,
    season=Season.WINTER,
    city="Alpha",
    opened=dt.date(1990, 2, 1),
    closed=dt.date(1990, 2, 15),
)
W2 = Games(
    year=1994,
    season=Season.WINTER,
    city="Beta",
    opened=dt.date(1994, 2, 1),
    closed=dt.date(1994, 2, 15),
)
S1 = Games(year=1992, season=Season.SUMMER, city="Gamma", closed=dt.date(1992, 8, 9))
X1 = Games(year=1996, season=Season.SUMMER, city="Delta", official=False)
ALL_GAMES = (W1, W2, S1, X1)


def ev(
    name: str,
    games: Games = W1,
    day: int | None = None,
    *,
    kind: EventKind = IND,
    gender: Gender = Gender.MEN,
    sport: str = "Skiing",
    discipline: str = "Cross-Country Skiing",
    official: bool = True,
) -> Event:
    """An event of ``games``, held on day ``day`` of February (of August in summer)."""
    month = 2 if games.season is Season.WINTER else 8
    return Event(
        id=f"{games.id}/{name}",
        games=games.id,
        sport=sport,
        discipline=discipline,
        name=name,
        gender=gender,
        kind=kind,
        date=None if day is None else dt.date(games.year, month, day),
        official=official,
    )


def make(
    events: Iterable[Event], entries: Iterable[Entry], corrections: Iterable[Correction] = ()
) -> History:
    """A History of ``entries`` at this module's Games."""
    return history_of(ALL_GAMES, events, entries, corrections, name=str.capitalize)


def table(standings: Iterable[Standing]) -> list[tuple[int, str, int]]:
    return [(s.rank, s.subject, s.count) for s in standings]


EMPTY = make((), ())


# Tally -------------------------------------------------------------------------------


def test_tally_defaults_count_career_golds_of_athletes() -> None:
    tally = Tally()
    assert (tally.subject, tally.medals, tally.scope) == (Subject.ATHLETE, (GOLD,), Scope.CAREER)
    assert (tally.season, tally.kind, tally.sport, tally.discipline, tally.gender) == (None,) * 5


def test_tally_keeps_medals_best_first_so_equal_tallies_compare_equal() -> None:
    assert Tally(medals=[BRONZE, GOLD]) == Tally(medals=(GOLD, BRONZE))
    assert Tally(medals=(BRONZE, GOLD)).medals == (GOLD, BRONZE)
    assert Tally(medals=SILVER).medals == (SILVER,)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("medals", (), "Tally.medals must be a non-empty tuple of medals without repeats"),
        ("medals", (GOLD, GOLD), "Tally.medals must be a non-empty tuple"),
        ("medals", ("gold",), "Tally.medals must be"),
        ("medals", "gold", "Tally.medals must be"),
        ("subject", "athlete", "Tally.subject must be a Subject, not 'athlete'"),
        ("scope", "games", "Tally.scope must be a Scope, not 'games'"),
        ("season", "winter", "Tally.season must be a Season"),
        ("kind", "team", "Tally.kind must be an EventKind"),
        ("gender", "men", "Tally.gender must be a Gender"),
        ("sport", "", "Tally.sport must be a non-empty string or None, not ''"),
        ("discipline", 3, "Tally.discipline must be a non-empty string or None, not 3"),
    ],
)
def test_tally_rejects_bad_values_naming_field_and_value(
    field: str, value: object, message: str
) -> None:
    with pytest.raises(ValidationError, match=message.replace("(", r"\(")):
        Tally(**{field: value})  # type: ignore[arg-type]


def test_tally_errors_are_value_errors() -> None:
    with pytest.raises(ValueError, match="medals"):
        Tally(medals=())


@pytest.mark.parametrize(
    ("tally", "text"),
    [
        (
            Tally(scope=Scope.GAMES, season=Season.WINTER, kind=IND),
            "most individual golds at one Winter Games",
        ),
        (Tally(scope=Scope.GAMES, season=Season.WINTER), "most golds at one Winter Games"),
        (Tally(season=Season.WINTER), "most career Winter Olympic golds"),
        (Tally(), "most career Olympic golds"),
        (
            Tally(subject=Subject.NOC, scope=Scope.GAMES, season=Season.WINTER),
            "most golds won by a nation at one Winter Games",
        ),
        (Tally(subject=Subject.NOC, medals=tuple(Medal)), "most Olympic medals won by a nation"),
        (
            Tally(medals=(SILVER, GOLD), gender=Gender.WOMEN, kind=TEAM, sport="Skiing"),
            "most career Olympic women's team Skiing gold and silver medals",
        ),
        (
            Tally(medals=BRONZE, scope=Scope.GAMES, season=Season.SUMMER, discipline="Swimming"),
            "most Swimming bronzes at one Summer Games",
        ),
    ],
)
def test_describe_reads_like_a_headline(tally: Tally, text: str) -> None:
    assert tally.describe() == text


# Leaderboards ------------------------------------------------------------------------


def test_ranks_are_shared_and_skip_after_a_tie() -> None:
    a, b, c = ev("a", day=2), ev("b", day=3), ev("c", day=4)
    h = make(
        [a, b, c],
        [
            won(a, "NOR", "ann"),
            won(b, "NOR", "ann"),
            won(c, "SWE", "bea"),
            won(a, "FIN", "cat", medal=SILVER),
            won(b, "FIN", "cat", medal=SILVER),
            won(c, "NOR", "cat", medal=SILVER),
            won(a, "USA", "dan", medal=BRONZE),
        ],
    )
    assert table(leaderboard(h, Tally(medals=tuple(Medal)))) == [
        (1, "cat", 3),
        (2, "ann", 2),
        (3, "bea", 1),
        (3, "dan", 1),
    ]


def test_order_within_a_count_is_gold_silver_bronze_then_name_then_id() -> None:
    a, b, c = ev("a"), ev("b"), ev("c")
    entries = [
        won(a, "NOR", "zed", medal=GOLD),  # golds first
        won(a, "SWE", "amy", medal=SILVER),
        won(b, "SWE", "bob", medal=SILVER),
        won(b, "FIN", "abe", medal=BRONZE),
        won(c, "FIN", "abe2", medal=GOLD),
    ]
    athletes = [
        Athlete(id="zed", name="Zed"),
        Athlete(id="amy", name="Amy"),
        Athlete(id="bob", name="Amy"),  # same name: the id decides
        Athlete(id="abe", name="Åbe"),  # folded: sorts as "abe"
        Athlete(id="abe2", name="Abe"),
    ]
    h = History(
        games=ALL_GAMES,
        events=[a, b, c],
        entries=entries,
        athletes=athletes,
        nocs=[Noc(code=n, name=n) for n in ("NOR", "SWE", "FIN")],
    )
    board = leaderboard(h, Tally(medals=tuple(Medal)))
    assert [s.subject for s in board] == ["abe2", "zed", "amy", "bob", "abe"]
    assert {s.rank for s in board} == {1}


def test_limit_keeps_every_tie_at_the_cut() -> None:
    a, b = ev("a"), ev("b")
    h = make(
        [a, b],
        [
            won(a, "NOR", "ann"),
            won(b, "NOR", "ann"),
            won(a, "SWE", "bea", medal=SILVER),
            won(b, "SWE", "cat", medal=SILVER),
        ],
    )
    tally = Tally(medals=tuple(Medal))
    assert table(leaderboard(h, tally, limit=1)) == [(1, "ann", 2)]
    assert table(leaderboard(h, tally, limit=2)) == [(1, "ann", 2), (2, "bea", 1), (2, "cat", 1)]
    assert len(leaderboard(h, tally, limit=99)) == 3


@pytest.mark.parametrize("limit", [0, -1, True, 1.5])
def test_limit_must_be_a_positive_whole_number(limit: object) -> None:
    with pytest.raises(ValueError, match="limit must be a positive whole number"):
        leaderboard(EMPTY, Tally(), limit=limit)  # type: ignore[arg-type]


def test_only_counted_medals_rank_but_the_breakdown_shows_every_medal() -> None:
    a, b, c = ev("a"), ev("b"), ev("c", discipline="Biathlon")
    h = make(
        [a, b, c],
        [
            won(a, "NOR", "ann"),
            won(b, "NOR", "ann", medal=SILVER),
            won(c, "NOR", "ann", medal=BRONZE),
            won(a, "SWE", "bea", medal=SILVER),  # no gold: not listed
        ],
    )
    (only,) = leaderboard(h, Tally(discipline="Cross-Country Skiing"))
    assert (only.subject, only.count, only.gold, only.silver, only.bronze) == ("ann", 1, 1, 1, 0)
    assert only.name == "Ann"
    assert only.games is None


def test_a_team_medal_counts_for_each_member_and_once_for_the_nation() -> None:
    relay = ev("relay", kind=TEAM)
    h = make([relay], [won(relay, "NOR", "ann", "bea", "cat", "dan")])
    athletes = leaderboard(h, Tally())
    assert [(s.subject, s.count) for s in athletes] == [
        ("ann", 1),
        ("bea", 1),
        ("cat", 1),
        ("dan", 1),
    ]
    (nation,) = leaderboard(h, Tally(subject=Subject.NOC))
    assert (nation.subject, nation.name, nation.count) == ("NOR", "Nation NOR", 1)


def test_a_team_without_known_members_counts_only_for_its_nation() -> None:
    relay = ev("relay", kind=TEAM)
    h = make([relay], [Entry(event=relay.id, noc="NOR", medal=GOLD, complete=False)])
    assert leaderboard(h, Tally()) == ()
    assert table(leaderboard(h, Tally(subject=Subject.NOC))) == [(1, "NOR", 1)]


def test_individual_tallies_never_see_team_events() -> None:
    solo, relay = ev("solo"), ev("relay", kind=TEAM)
    h = make([solo, relay], [won(solo, "NOR", "ann"), won(relay, "NOR", "ann", "bea")])
    assert table(leaderboard(h, Tally(kind=IND))) == [(1, "ann", 1)]
    assert table(leaderboard(h, Tally(kind=TEAM))) == [(1, "ann", 1), (1, "bea", 1)]
    assert table(leaderboard(h, Tally())) == [(1, "ann", 2), (2, "bea", 1)]


def test_unofficial_events_and_unofficial_games_never_count() -> None:
    demo = ev("demo", official=False)
    art = ev("art", X1, sport="Art", discipline="Painting")
    real = ev("real")
    h = make(
        [demo, art, real],
        [won(demo, "NOR", "ann"), won(art, "NOR", "ann"), won(real, "SWE", "bea")],
    )
    assert table(leaderboard(h, Tally())) == [(1, "bea", 1)]
    assert table(leaderboard(h, Tally(subject=Subject.NOC))) == [(1, "SWE", 1)]


def test_season_sport_discipline_and_gender_filter_on_event_and_games() -> None:
    winter = ev("ski", W1, gender=Gender.WOMEN)
    summer = ev("swim", S1, sport="Aquatics", discipline="Swimming")
    h = make([winter, summer], [won(winter, "NOR", "ann"), won(summer, "NOR", "bea")])
    assert table(leaderboard(h, Tally(season=Season.WINTER))) == [(1, "ann", 1)]
    assert table(leaderboard(h, Tally(season=Season.SUMMER))) == [(1, "bea", 1)]
    assert table(leaderboard(h, Tally(sport="aquatics"))) == [(1, "bea", 1)]
    # Case, accents and punctuation do not matter in sport and discipline names.
    assert table(leaderboard(h, Tally(discipline="cross country skiing"))) == [(1, "ann", 1)]
    assert table(leaderboard(h, Tally(gender=Gender.WOMEN))) == [(1, "ann", 1)]
    assert leaderboard(h, Tally(gender=Gender.MIXED)) == ()


def test_sport_and_discipline_count_an_event_under_any_label_a_source_gives_it() -> None:
    """olympics.com files the discipline as the sport, OlympAnalyt writes ``Gymnastics
    Artistic``, Kaggle the sport alone: in a merged History one discipline comes under
    several labels, and a filter by any of them, or by the sport, counts them all."""
    oc = ev("oc", S1, sport="Artistic Gymnastics", discipline="Artistic Gymnastics")
    oa = ev("oa", S1, sport="Gymnastics", discipline="Gymnastics Artistic")
    whole = ev("kaggle", S1, sport="Gymnastics", discipline="Gymnastics")
    trampoline = ev("tramp", S1, sport="Trampolining", discipline="Trampolining")
    h = make(
        [oc, oa, whole, trampoline],
        [
            won(oc, "URS", "ann"),
            won(oa, "URS", "ann"),
            won(whole, "URS", "ann"),
            won(trampoline, "CAN", "bea"),
        ],
    )
    for label in ("Artistic Gymnastics", "gymnastics artistic"):
        assert table(leaderboard(h, Tally(discipline=label))) == [(1, "ann", 2)]
    # Filed under the whole sport: which discipline it is, no label says.
    assert table(leaderboard(h, Tally(sport="Gymnastics"))) == [(1, "ann", 3), (2, "bea", 1)]
    assert table(leaderboard(h, Tally(sport="Trampoline"))) == [(1, "bea", 1)]
    assert leaderboard(h, Tally(sport="Skiing")) == ()


def test_per_games_scope_ranks_each_athlete_at_each_games() -> None:
    a1, b1, a2 = ev("a", W1), ev("b", W1), ev("a", W2)
    h = make(
        [a1, b1, a2],
        [won(a1, "NOR", "ann"), won(b1, "NOR", "ann"), won(a2, "NOR", "ann")],
    )
    board = leaderboard(h, Tally(scope=Scope.GAMES))
    assert [(s.rank, s.subject, s.games, s.count) for s in board] == [
        (1, "ann", W1, 2),
        (2, "ann", W2, 1),
    ]
    assert table(leaderboard(h, Tally())) == [(1, "ann", 3)]


def test_per_games_ties_list_the_earlier_games_first() -> None:
    a1, a2 = ev("a", W2), ev("a", W1)
    h = make([a1, a2], [won(a1, "NOR", "ann"), won(a2, "NOR", "ann")])
    board = leaderboard(h, Tally(scope=Scope.GAMES))
    assert [(s.rank, s.games) for s in board] == [(1, W1), (1, W2)]


def test_as_of_sees_only_events_held_by_that_day() -> None:
    early, late, undated = ev("early", day=3), ev("late", day=10), ev("undated")
    h = make(
        [early, late, undated],
        [won(early, "NOR", "ann"), won(late, "NOR", "ann"), won(undated, "SWE", "bea")],
    )
    assert table(leaderboard(h, Tally(), as_of=dt.date(1990, 2, 2))) == []
    assert table(leaderboard(h, Tally(), as_of=dt.date(1990, 2, 3))) == [(1, "ann", 1)]
    # An undated event counts from its Games' closing day.
    assert table(leaderboard(h, Tally(), as_of=dt.date(1990, 2, 14))) == [(1, "ann", 2)]
    assert table(leaderboard(h, Tally(), as_of=dt.date(1990, 2, 15))) == [
        (1, "ann", 2),
        (2, "bea", 1),
    ]


def test_as_of_needs_a_date() -> None:
    with pytest.raises(TypeError, match="as_of needs a datetime.date"):
        leaderboard(EMPTY, Tally(), as_of=dt.datetime(2026, 2, 1, 12, 0))
    with pytest.raises(TypeError, match="as_of needs a datetime.date"):
        record(EMPTY, Tally(), as_of="2026-02-01")  # type: ignore[arg-type]


def test_tally_must_be_a_tally() -> None:
    with pytest.raises(TypeError, match="tally must be a Tally"):
        leaderboard(EMPTY, Subject.ATHLETE)  # type: ignore[arg-type]


# Corrections ---------------------------------------------------------------------------

RACE = ev("race", day=5)
DECIDED = dt.date(1998, 6, 1)


def test_a_stripped_medal_counts_until_the_decision_only() -> None:
    h = make(
        [RACE],
        [won(RACE, "RUS", "ivan"), won(RACE, "NOR", "ola", medal=SILVER)],
        [Correction(event=RACE.id, noc="RUS", athletes=("ivan",), medal=None, decided=DECIDED)],
    )
    assert table(leaderboard(h, Tally())) == []
    assert table(leaderboard(h, Tally(), as_of=DECIDED - dt.timedelta(days=1))) == [(1, "ivan", 1)]
    assert table(leaderboard(h, Tally(), as_of=DECIDED)) == []
    assert record(h, Tally(subject=Subject.NOC)) == Record(value=0, holders=())


def test_a_reallocated_medal_counts_for_its_new_holder_from_the_decision_on() -> None:
    h = make(
        [RACE],
        [
            won(RACE, "RUS", "ivan"),
            won(RACE, "NOR", "ola", medal=SILVER),
            won(RACE, "SWE", "sven", medal=BRONZE),
            won(RACE, "FIN", "timo", medal=None),
        ],
        [
            Correction(event=RACE.id, noc="RUS", athletes=("ivan",), medal=None, decided=DECIDED),
            Correction(event=RACE.id, noc="NOR", athletes=("ola",), medal=GOLD, decided=DECIDED),
            Correction(event=RACE.id, noc="SWE", athletes=("sven",), medal=SILVER, decided=DECIDED),
            Correction(event=RACE.id, noc="FIN", athletes=("timo",), medal=BRONZE, decided=DECIDED),
        ],
    )
    everything = Tally(medals=tuple(Medal))
    after = [(s.subject, s.gold, s.silver, s.bronze) for s in leaderboard(h, everything)]
    assert after == [("ola", 1, 0, 0), ("sven", 0, 1, 0), ("timo", 0, 0, 1)]
    before = leaderboard(h, everything, as_of=dt.date(1998, 5, 31))
    assert [(s.subject, s.gold, s.silver, s.bronze) for s in before] == [
        ("ivan", 1, 0, 0),
        ("ola", 0, 1, 0),
        ("sven", 0, 0, 1),
    ]
    assert record(h, Tally(subject=Subject.NOC)).holders[0].subject == "NOR"


def test_a_correction_can_award_a_medal_to_an_entry_a_source_lacked() -> None:
    h = make(
        [RACE],
        [won(RACE, "RUS", "ivan", medal=BRONZE)],
        [
            Correction(event=RACE.id, noc="RUS", athletes=("ivan",), medal=None, decided=DECIDED),
            Correction(event=RACE.id, noc="CAN", athletes=("jo",), medal=BRONZE, decided=DECIDED),
        ],
    )
    bronzes = Tally(medals=BRONZE)
    assert table(leaderboard(h, bronzes)) == [(1, "jo", 1)]
    assert table(leaderboard(h, bronzes, as_of=dt.date(1998, 1, 1))) == [(1, "ivan", 1)]


# Records -------------------------------------------------------------------------------


def test_record_of_nothing_is_zero_held_by_nobody() -> None:
    assert record(EMPTY, Tally()) == Record(value=0, holders=())
    assert progression(EMPTY, Tally()) == ()


def test_record_lists_every_tied_holder() -> None:
    a, b = ev("a"), ev("b")
    h = make(
        [a, b], [won(a, "NOR", "ann"), won(b, "SWE", "bea"), won(a, "FIN", "cat", medal=SILVER)]
    )
    held = record(h, Tally())
    assert held.value == 1
    assert [(s.rank, s.subject) for s in held.holders] == [(1, "ann"), (1, "bea")]
    assert held.holders == leaderboard(h, Tally(), limit=1)


# Progressions --------------------------------------------------------------------------


def test_progression_marks_set_equalled_broken_and_extended() -> None:
    days = [ev(f"e{d}", day=d) for d in range(1, 8)]
    e1, e2, e3, e4, e5, e6, e7 = days
    h = make(
        days,
        [
            won(e1, "NOR", "ann"),  # set 1 (ann)
            won(e2, "SWE", "bea"),  # equalled 1 (ann, bea)
            won(e3, "SWE", "bea"),  # broken 2 (bea)
            won(e4, "SWE", "bea"),  # extended 3 (bea)
            won(e5, "NOR", "ann"),  # ann at 2: no mark
            won(e6, "NOR", "ann"),  # equalled 3 (bea, ann)
            won(e7, "NOR", "ann"),  # broken 4 (ann)
        ],
    )
    marks = progression(h, Tally())
    assert [(m.date.day, m.kind, m.value, [s.subject for s in m.holders]) for m in marks] == [
        (1, "set", 1, ["ann"]),
        (2, "equalled", 1, ["ann", "bea"]),
        (3, "broken", 2, ["bea"]),
        (4, "extended", 3, ["bea"]),
        (6, "equalled", 3, ["ann", "bea"]),
        (7, "broken", 4, ["ann"]),
    ]
    set_, equalled, broken, extended, equalled_3, broken_4 = marks
    assert (set_.previous, set_.stood) == (None, None)
    assert equalled.previous is set_
    assert equalled.stood == dt.timedelta(days=1)
    # A broken record's previous mark is the one that first reached it, not the tie.
    assert broken.previous is set_
    assert broken.stood == dt.timedelta(days=2)
    assert extended.previous is broken
    assert equalled_3.previous is extended
    assert broken_4.previous is extended
    assert broken_4.stood == dt.timedelta(days=3)
    assert all(s.rank == 1 for m in marks for s in m.holders)


def test_a_days_results_count_together() -> None:
    a, b, c = ev("a", day=2), ev("b", day=2), ev("c", day=3)
    h = make(
        [a, b, c],
        [won(a, "NOR", "ann"), won(b, "NOR", "ann"), won(a, "SWE", "bea", medal=SILVER)],
    )
    (mark,) = progression(h, Tally())
    assert (mark.kind, mark.value, mark.date) == ("set", 2, dt.date(1990, 2, 2))


def test_two_subjects_setting_a_record_on_one_day_share_the_mark() -> None:
    a, b = ev("a", day=2), ev("b", day=2)
    h = make([a, b], [won(a, "NOR", "ann"), won(b, "SWE", "bea")])
    (mark,) = progression(h, Tally())
    assert (mark.kind, [s.subject for s in mark.holders]) == ("set", ["ann", "bea"])


def test_a_sole_holder_beaten_by_another_on_the_day_he_extends_is_broken() -> None:
    a, b, c = ev("a", day=1), ev("b", day=2), ev("c", day=2)
    h = make(
        [a, b, c],
        [
            won(a, "NOR", "ann"),
            won(b, "NOR", "ann"),
            Entry(event=c.id, noc="SWE", athletes=("bea",), place=1, medal=GOLD),
        ],
    )
    # Day 1: ann 1 (set). Day 2: ann 2 and bea 1: extended by the sole holder.
    assert [m.kind for m in progression(h, Tally())] == ["set", "extended"]
    d = ev("d", day=2)
    h2 = make(
        [a, b, c, d],
        [won(a, "NOR", "ann"), won(b, "NOR", "ann"), won(c, "SWE", "bea"), won(d, "SWE", "bea")],
    )
    # bea also reaches 2 on day 2 after the sole holder ann was at 1: broken by two.
    last = progression(h2, Tally())[-1]
    assert (last.kind, [s.subject for s in last.holders]) == ("broken", ["ann", "bea"])


def test_per_games_records_compare_games_and_holders_carry_them() -> None:
    old = [ev(f"o{d}", W1, day=d) for d in (1, 2)]
    new = [ev(f"n{d}", W2, day=d) for d in (1, 2, 3)]
    h = make(
        old + new,
        [won(e, "USA", "eric") for e in old] + [won(e, "NOR", "jo") for e in new],
    )
    marks = progression(h, Tally(scope=Scope.GAMES))
    assert [(m.kind, m.value, [(s.subject, s.games) for s in m.holders]) for m in marks] == [
        ("set", 1, [("eric", W1)]),
        ("extended", 2, [("eric", W1)]),
        ("equalled", 2, [("eric", W1), ("jo", W2)]),
        ("broken", 3, [("jo", W2)]),
    ]
    assert marks[-1].stood == dt.date(1994, 2, 3) - dt.date(1990, 2, 2)


def test_holders_carry_their_medals_as_they_stood_on_the_day() -> None:
    a, b, c = ev("a", day=1), ev("b", day=2), ev("c", day=3)
    h = make(
        [a, b, c],
        [won(a, "NOR", "ann"), won(b, "NOR", "ann", medal=SILVER), won(c, "NOR", "ann")],
    )
    first, second = progression(h, Tally())
    assert (first.holders[0].gold, first.holders[0].silver) == (1, 0)
    assert (second.holders[0].gold, second.holders[0].silver) == (2, 1)


def test_progression_ignores_a_stripped_medal_and_can_stop_at_a_day() -> None:
    a, b = ev("a", day=1), ev("b", day=2)
    h = make(
        [a, b],
        [won(a, "RUS", "ivan"), won(b, "NOR", "ann")],
        [Correction(event=a.id, noc="RUS", athletes=("ivan",), medal=None, decided=DECIDED)],
    )
    assert [(m.date.day, m.kind) for m in progression(h, Tally())] == [(2, "set")]
    before = progression(h, Tally(), as_of=dt.date(1990, 2, 1))
    assert [(m.date.day, m.kind, m.holders[0].subject) for m in before] == [(1, "set", "ivan")]


def test_mark_repr_shows_only_the_head_of_the_previous_mark() -> None:
    a, b = ev("a", day=1), ev("b", day=2)
    h = make([a, b], [won(a, "NOR", "ann"), won(b, "SWE", "bea")])
    text = repr(progression(h, Tally())[-1])
    assert "previous=RecordMark(date=datetime.date(1990, 2, 1), value=1, kind='set', ...)" in text


# Sweeps, firsts and careers -------------------------------------------------------------


def podium(event: Event, *nocs: str) -> list[Entry]:
    medals = (GOLD, SILVER, BRONZE)
    return [
        won(event, noc, f"{event.name}-{i}", medal=m)
        for i, (noc, m) in enumerate(zip(nocs, medals, strict=False))
    ]


def test_sweeps_need_every_medal_of_the_event_for_one_nation() -> None:
    swept, mixed, short = ev("swept", day=3), ev("mixed", day=2), ev("short", day=1)
    tied = ev("tied", day=4)
    h = make(
        [swept, mixed, short, tied],
        [
            *podium(swept, "NOR", "NOR", "NOR"),
            *podium(mixed, "NOR", "NOR", "SWE"),
            *podium(short, "NOR", "NOR"),
            *podium(tied, "SWE", "SWE", "SWE"),
            won(tied, "SWE", "extra", medal=BRONZE),  # a tie for bronze, also Swedish
        ],
    )
    found = sweeps(h)
    assert [(s.event.name, s.noc, s.date.day) for s in found] == [
        ("swept", "NOR", 3),
        ("tied", "SWE", 4),
    ]
    assert [e.medal for e in found[1].entries] == [GOLD, SILVER, BRONZE, BRONZE]
    assert [s.event.name for s in sweeps(h, noc="SWE")] == ["tied"]


def test_sweeps_filter_by_games_season_and_event_and_skip_unofficial_events() -> None:
    w, s, demo = ev("w", W1), ev("s", S1, gender=Gender.WOMEN), ev("demo", W2, official=False)
    h = make(
        [w, s, demo],
        [
            *podium(w, "NOR", "NOR", "NOR"),
            *podium(s, "USA", "USA", "USA"),
            *podium(demo, "FIN", "FIN", "FIN"),
        ],
    )
    assert [x.noc for x in sweeps(h)] == ["NOR", "USA"]
    assert [x.noc for x in sweeps(h, games=S1)] == ["USA"]
    assert [x.noc for x in sweeps(h, games="1990-winter")] == ["NOR"]
    assert [x.noc for x in sweeps(h, season=Season.WINTER)] == ["NOR"]
    assert [x.noc for x in sweeps(h, gender=Gender.WOMEN)] == ["USA"]
    assert sweeps(h, discipline="Biathlon") == ()
    with pytest.raises(UnknownIdError, match="no Games with id '1850-summer'"):
        sweeps(h, games="1850-summer")


def test_first_medal_is_the_earliest_day_with_every_entry_of_it() -> None:
    a, b, c = ev("a", W2, day=1), ev("b", W1, day=5), ev("c", W1, day=5)
    relay = ev("relay", W1, day=2, kind=TEAM)
    h = make(
        [a, b, c, relay],
        [
            won(a, "USA", "amy"),
            won(b, "USA", "bob", medal=BRONZE),
            won(c, "USA", "cal", medal=SILVER),
            won(relay, "USA", "dee", "eve"),
            won(relay, "CAN", "fay", medal=SILVER),
        ],
    )
    first = firsts(h, "USA", kind=IND)
    assert first is not None
    assert first.noc == "USA"
    assert first.date == dt.date(1990, 2, 5)
    assert [(e.event, e.medal) for e in first.entries] == [(c.id, SILVER), (b.id, BRONZE)]
    any_kind = firsts(h, "USA")
    assert any_kind is not None
    assert any_kind.date == dt.date(1990, 2, 2)
    gold = firsts(h, "USA", medals=GOLD, kind=IND)
    assert gold is not None
    assert gold.date == dt.date(1994, 2, 1)
    assert firsts(h, "USA", season=Season.SUMMER) is None
    assert firsts(h, "USA", kind=IND, as_of=dt.date(1990, 2, 4)) is None
    with pytest.raises(UnknownIdError, match="no NOC with code 'UAS'"):
        firsts(h, "UAS")


def test_a_career_counts_official_entries_in_date_order() -> None:
    late, early, demo = ev("late", W2, day=3), ev("early", W1, day=9), ev("demo", official=False)
    summer, fourth = ev("row", S1, day=1), ev("fourth", W1, day=1)
    relay = ev("relay", W2, day=1, kind=TEAM)
    h = make(
        [late, early, demo, summer, fourth, relay],
        [
            won(late, "NOR", "ann"),
            won(early, "NOR", "ann", medal=SILVER),
            won(demo, "NOR", "ann"),
            won(summer, "NOR", "ann", medal=BRONZE),
            won(fourth, "NOR", "ann", medal=None),
            won(relay, "NOR", "ann", "bea"),
        ],
    )
    c = career(h, "ann")
    assert c.athlete == Athlete(id="ann", name="Ann")
    assert [e.event for e in c.entries] == [fourth.id, early.id, summer.id, relay.id, late.id]
    assert (c.gold, c.silver, c.bronze, c.total) == (2, 1, 1, 4)
    assert c.games == ("1990-winter", "1992-summer", "1994-winter")
    assert [e.event for e in c.medals] == [early.id, summer.id, relay.id, late.id]
    winter = career(h, "ann", season=Season.WINTER)
    assert (winter.total, winter.games) == (3, ("1990-winter", "1994-winter"))
    with pytest.raises(UnknownIdError, match="no athlete with id 'nobody'"):
        career(h, "nobody")


# The bundled Milano Cortina 2026 data (issue 3) --------------------------------------------


@pytest.fixture(scope="module")
def mc2026() -> History:
    return datasets.milano_cortina_2026()


@pytest.fixture(scope="module")
def klaebo(mc2026: History) -> str:
    return find_athlete(mc2026, "Klaebo").id


def names(standings: Iterable[Standing]) -> set[str]:
    return {s.name for s in standings}


PER_GAMES_WINTER_GOLDS = Tally(scope=Scope.GAMES, season=Season.WINTER)
CAREER_WINTER_GOLDS = Tally(season=Season.WINTER)


def test_klaebo_holds_the_record_for_golds_at_one_winter_games(
    mc2026: History, klaebo: str
) -> None:
    held = record(mc2026, PER_GAMES_WINTER_GOLDS)
    assert held.value == 6
    (holder,) = held.holders
    assert (holder.subject, holder.games) == (klaebo, mc2026.get_games("2026-winter"))


def test_klaebo_equalled_heidens_five_then_broke_it_after_46_years(
    mc2026: History, klaebo: str
) -> None:
    *_, heiden, equalled, broken = progression(mc2026, PER_GAMES_WINTER_GOLDS)
    assert (heiden.value, names(heiden.holders)) == (5, {"Eric Heiden"})
    assert heiden.holders[0].games == mc2026.get_games("1980-winter")
    assert (equalled.kind, equalled.date, equalled.value) == ("equalled", dt.date(2026, 2, 18), 5)
    assert names(equalled.holders) == {"Eric Heiden", "Johannes Høsflot Klæbo"}
    assert equalled.previous == heiden
    assert (broken.kind, broken.date, broken.value) == ("broken", dt.date(2026, 2, 21), 6)
    assert [s.subject for s in broken.holders] == [klaebo]
    assert broken.previous == heiden
    # Heiden's fifth gold is dated by the Games' closing day: the data has no event dates.
    assert broken.stood == dt.date(2026, 2, 21) - dt.date(1980, 2, 24)
    assert broken.stood.days // 365 == 46


def test_heidens_individual_record_still_stands(mc2026: History, klaebo: str) -> None:
    tally = Tally(scope=Scope.GAMES, season=Season.WINTER, kind=IND)
    held = record(mc2026, tally)
    assert held.value == 5
    (holder,) = held.holders
    assert (holder.name, holder.games) == ("Eric Heiden", mc2026.get_games("1980-winter"))
    (klaebo_2026,) = [
        s
        for s in leaderboard(mc2026, tally)
        if s.subject == klaebo and s.games is not None and s.games.year == 2026
    ]
    assert (klaebo_2026.rank, klaebo_2026.count) == (2, 4)
    assert progression(mc2026, tally)[-1].holders == held.holders


def test_klaebo_has_the_most_career_winter_golds(mc2026: History, klaebo: str) -> None:
    held = record(mc2026, CAREER_WINTER_GOLDS)
    assert held.value == 11
    assert [s.subject for s in held.holders] == [klaebo]
    c = career(mc2026, klaebo)
    assert (c.gold, c.total) == (11, 13)


@pytest.mark.parametrize("day", [dt.date(2026, 2, 13), dt.date(2026, 2, 14)])
def test_four_shared_the_career_winter_record_on_13_and_14_february(
    mc2026: History, day: dt.date
) -> None:
    held = record(mc2026, CAREER_WINTER_GOLDS, as_of=day)
    assert held.value == 8
    assert names(held.holders) == {
        "Marit Bjørgen",
        "Bjørn Dæhlie",
        "Ole Einar Bjørndalen",
        "Johannes Høsflot Klæbo",
    }


def test_klaebo_broke_the_career_winter_record_on_15_february(mc2026: History, klaebo: str) -> None:
    held = record(mc2026, CAREER_WINTER_GOLDS, as_of=dt.date(2026, 2, 15))
    assert held.value == 9
    assert [s.subject for s in held.holders] == [klaebo]
    marks = progression(mc2026, CAREER_WINTER_GOLDS)
    (tie,) = [m for m in marks if m.date == dt.date(2026, 2, 13)]
    (broken,) = [m for m in marks if m.date == dt.date(2026, 2, 15)]
    assert (tie.kind, tie.value, len(tie.holders)) == ("equalled", 8, 4)
    assert (broken.kind, broken.value, [s.subject for s in broken.holders]) == (
        "broken",
        9,
        [klaebo],
    )
    # The eight was first reached by Dæhlie at Nagano 1998.
    assert broken.previous is not None
    assert names(broken.previous.holders) == {"Bjørn Dæhlie"}
    assert (marks[-1].value, marks[-1].kind) == (11, "extended")


def test_norway_swept_the_2026_mens_50km(mc2026: History) -> None:
    (sweep,) = [
        s for s in sweeps(mc2026, games="2026-winter", gender=Gender.MEN) if "50km" in s.event.name
    ]
    assert sweep.noc == "NOR"
    assert sweep.date == dt.date(2026, 2, 21)
    assert [e.medal for e in sweep.entries] == [GOLD, SILVER, BRONZE]


def test_klaebo_won_every_mens_cross_country_event_of_2026(mc2026: History, klaebo: str) -> None:
    events = [
        e
        for e in mc2026.events
        if e.games == "2026-winter"
        and e.discipline == "Cross-Country Skiing"
        and e.gender is Gender.MEN
    ]
    assert len(events) == 6
    for event in events:
        golds = [e for e in mc2026.entries_of_event(event.id) if e.medal is GOLD]
        assert golds, event.id
        assert all(klaebo in e.athletes for e in golds), event.id
    tally = Tally(discipline="Cross-Country Skiing", gender=Gender.MEN, scope=Scope.GAMES)
    top = record(mc2026, tally)
    assert (top.value, [s.subject for s in top.holders]) == (6, [klaebo])
