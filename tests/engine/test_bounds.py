"""Lower bounds: medals listing no or not all members, and the counts they may miss.

An athlete's count is a lower bound when the tally counts a medal with
``complete=False`` at a Games, for a NOC, in a discipline where the athlete has an entry
for that NOC; a nation's count never is. Each clause of that rule has a test here, on
one small winter: a Norwegian cross-country relay gold listing no members.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import strategies
from builders import history_of, won
from olympics_records import (
    Correction,
    Entry,
    Event,
    EventKind,
    Games,
    Gender,
    History,
    IncompleteMedals,
    Medal,
    Season,
    incomplete_medals,
)
from olympics_records._engine.bounds import (
    Unlisted,
    bounds_of,
    bounds_of_rows,
    place_of,
    unlisted,
)
from olympics_records._engine.counts import (
    cells_of,
    progression_of_cells,
    progression_of_rows,
    record_of_cells,
    record_of_rows,
)
from olympics_records._engine.index import index
from olympics_records._engine.select import medal_rows
from olympics_records.names import fold
from olympics_records.records import (
    Scope,
    Standing,
    Subject,
    Tally,
    career,
    leaderboard,
    progression,
    record,
)

GOLD, SILVER, BRONZE = Medal.GOLD, Medal.SILVER, Medal.BRONZE
IND, TEAM = EventKind.INDIVIDUAL, EventKind.TEAM

W02 = Games(year=2002, season=Season.WINTER, city="Salt Lake City", closed=dt.date(2002, 2, 24))
W06 = Games(year=2006, season=Season.WINTER, city="Turin", closed=dt.date(2006, 2, 26))
S04 = Games(year=2004, season=Season.SUMMER, city="Athens", closed=dt.date(2004, 8, 29))


def ev(
    name: str,
    games: Games = W02,
    day: int = 10,
    *,
    kind: EventKind = IND,
    discipline: str = "Cross-Country Skiing",
    gender: Gender = Gender.MEN,
) -> Event:
    """An event of ``games`` held on day ``day`` of its closing month."""
    closed = games.closed or dt.date(games.year, 12, 31)
    return Event(
        id=f"{games.id}/{name}",
        games=games.id,
        sport="Skiing",
        discipline=discipline,
        name=name,
        gender=gender,
        kind=kind,
        date=closed.replace(day=day),
    )


def unnamed(event: Event, noc: str, *athletes: str, medal: Medal = GOLD) -> Entry:
    """A medal entry of ``event`` listing only ``athletes`` (maybe none) of its members."""
    return Entry(
        event=event.id, noc=noc, athletes=athletes, place=medal.place, medal=medal, complete=False
    )


SPRINT = ev("sprint", day=12)
FIFTEEN = ev("15km", day=14)
RELAY = ev("relay", day=18, kind=TEAM)
PURSUIT = ev("pursuit", day=16, discipline="Biathlon")
TURIN = ev("30km", W06, day=12)


def winter() -> History:
    """One Norwegian relay gold of 2002 listing no members, around a few individual races.

    - ``nor-a``: a Norwegian cross-country skier (two golds) — may be in the relay;
    - ``nor-b``: a Norwegian cross-country skier without a medal (an entry all the same);
    - ``nor-c``: a Norwegian biathlete (another discipline);
    - ``swe-a``: a Swedish cross-country skier (another NOC);
    - ``nor-a`` again at Turin 2006 (another Games), where no medal lists no members.
    """
    return history_of(
        [W02, W06],
        [SPRINT, FIFTEEN, RELAY, PURSUIT, TURIN],
        [
            won(SPRINT, "NOR", "nor-a"),
            won(SPRINT, "SWE", "swe-a", medal=SILVER),
            won(FIFTEEN, "NOR", "nor-a"),
            won(FIFTEEN, "NOR", "nor-b", medal=None),
            won(FIFTEEN, "SWE", "swe-a"),
            unnamed(RELAY, "NOR"),
            won(RELAY, "SWE", "swe-a", "swe-b", medal=SILVER),
            won(PURSUIT, "NOR", "nor-c"),
            won(TURIN, "NOR", "nor-a"),
        ],
    )


def flags(standings: tuple[Standing, ...]) -> dict[tuple[str, str | None], bool]:
    return {(s.subject, s.games.id if s.games else None): s.lower_bound for s in standings}


CAREER_GOLDS = Tally(season=Season.WINTER)
GAMES_GOLDS = Tally(season=Season.WINTER, scope=Scope.GAMES)


# Each clause of the rule -----------------------------------------------------------


def test_a_member_of_the_nation_in_the_discipline_may_be_in_the_relay() -> None:
    board = leaderboard(winter(), CAREER_GOLDS)
    assert [(s.subject, s.count, s.lower_bound) for s in board] == [
        ("nor-a", 3, True),
        ("swe-a", 1, False),
        ("nor-c", 1, False),
    ]


def test_another_discipline_is_not_flagged() -> None:
    assert flags(leaderboard(winter(), CAREER_GOLDS))["nor-c", None] is False


def test_another_nation_is_not_flagged() -> None:
    history = winter()
    assert flags(leaderboard(history, CAREER_GOLDS))["swe-a", None] is False
    medals = leaderboard(history, Tally(season=Season.WINTER, medals=tuple(Medal)))
    # The Swedish relay lists its members: nothing is unknown about Swedish counts.
    assert flags(medals)["swe-b", None] is False


def test_an_entry_without_a_medal_places_an_athlete_too() -> None:
    """``nor-b`` has no medal of his own: any entry puts him in the place."""
    history = winter()
    assert unlisted(history).entered["nor-b"] == frozenset(
        {("2002-winter", "NOR", "cross country skiing", "M")}
    )
    no_medal = Entry(event=FIFTEEN.id, noc="NOR", athletes=("nor-b",), medal=None)
    assert no_medal in history.results


def test_nations_are_never_flagged() -> None:
    history = winter()
    for scope in Scope:
        tally = Tally(subject=Subject.NOC, season=Season.WINTER, scope=scope)
        assert not any(s.lower_bound for s in leaderboard(history, tally))
        assert record(history, tally).lower_bound is False
        assert not any(h.lower_bound for m in progression(history, tally) for h in m.holders)


def test_before_the_relay_nothing_is_flagged() -> None:
    history = winter()
    assert flags(leaderboard(history, CAREER_GOLDS, as_of=dt.date(2002, 2, 17))) == {
        ("nor-a", None): False,
        ("swe-a", None): False,
        ("nor-c", None): False,
    }
    assert flags(leaderboard(history, CAREER_GOLDS, as_of=dt.date(2002, 2, 18)))["nor-a", None]


def test_individual_tallies_ignore_team_medals() -> None:
    history = winter()
    individual = Tally(season=Season.WINTER, kind=IND)
    assert not any(s.lower_bound for s in leaderboard(history, individual))
    assert record(history, individual).lower_bound is False


def test_only_the_medals_counted_matter() -> None:
    history = history_of(
        [W02],
        [SPRINT, RELAY],
        [won(SPRINT, "NOR", "nor-a", medal=SILVER), unnamed(RELAY, "NOR")],
    )
    silvers = Tally(medals=SILVER)
    assert flags(leaderboard(history, silvers)) == {("nor-a", None): False}
    assert record(history, silvers).lower_bound is False
    assert career(history, "nor-a").lower_bound is True  # a career counts every medal
    assert flags(leaderboard(history, Tally(medals=(GOLD, SILVER)))) == {("nor-a", None): True}


def test_the_tallys_filters_apply_to_the_relay() -> None:
    history = winter()
    for tally in (
        Tally(season=Season.SUMMER),
        Tally(gender=Gender.WOMEN),
        Tally(discipline="biathlon"),
        Tally(sport="Skating"),
    ):
        assert not any(s.lower_bound for s in leaderboard(history, tally)), tally
    for tally in (Tally(gender=Gender.MEN), Tally(discipline="cross country skiing")):
        assert flags(leaderboard(history, tally))["nor-a", None], tally


def test_per_games_only_the_games_of_the_relay() -> None:
    history = winter()
    assert flags(leaderboard(history, GAMES_GOLDS)) == {
        ("nor-a", "2002-winter"): True,
        ("nor-a", "2006-winter"): False,
        ("swe-a", "2002-winter"): False,
        ("nor-c", "2002-winter"): False,
    }


def test_disciplines_meet_whatever_their_spelling() -> None:
    spelled = ev("relay", day=18, kind=TEAM, discipline="cross country SKIING")
    history = history_of(
        [W02],
        [SPRINT, spelled],
        [won(SPRINT, "NOR", "nor-a"), unnamed(spelled, "NOR")],
    )
    assert flags(leaderboard(history, Tally())) == {("nor-a", None): True}


def test_a_partly_listed_team_flags_its_places_athletes() -> None:
    """A team listing some members may still miss others of the NOC there.

    Not those it lists: no one is twice in one event.
    """
    history = history_of(
        [W02],
        [SPRINT, RELAY],
        [
            won(SPRINT, "NOR", "nor-a"),
            won(SPRINT, "NOR", "nor-b", medal=SILVER),
            unnamed(RELAY, "NOR", "nor-b"),
        ],
    )
    assert flags(leaderboard(history, Tally(medals=tuple(Medal)))) == {
        ("nor-a", None): True,
        ("nor-b", None): False,
    }


def test_a_team_of_the_other_sex_flags_no_one() -> None:
    """A women's relay listing no members is no man's medal."""
    women = attrs.evolve(RELAY, id="2002-winter/relay-women", gender=Gender.WOMEN)
    history = history_of(
        [W02], [SPRINT, women], [won(SPRINT, "NOR", "nor-a"), unnamed(women, "NOR")]
    )
    assert flags(leaderboard(history, Tally(medals=tuple(Medal)))) == {("nor-a", None): False}
    mixed = attrs.evolve(RELAY, id="2002-winter/relay-mixed", gender=Gender.MIXED)
    history = history_of(
        [W02], [SPRINT, mixed], [won(SPRINT, "NOR", "nor-a"), unnamed(mixed, "NOR")]
    )
    assert flags(leaderboard(history, Tally(medals=tuple(Medal)))) == {("nor-a", None): True}


def test_unofficial_medals_never_flag() -> None:
    demo = Event(
        id="2002-winter/demo",
        games=W02.id,
        sport="Skiing",
        discipline="Cross-Country Skiing",
        name="demo relay",
        gender=Gender.MEN,
        kind=TEAM,
        official=False,
    )
    history = history_of([W02], [SPRINT, demo], [won(SPRINT, "NOR", "nor-a"), unnamed(demo, "NOR")])
    assert flags(leaderboard(history, Tally())) == {("nor-a", None): False}
    assert unlisted(history).entered == {}


# Records, progressions and careers --------------------------------------------------


def test_a_record_is_a_lower_bound_when_a_holder_is() -> None:
    history = winter()
    best = record(history, CAREER_GOLDS)
    assert (best.value, best.lower_bound) == (3, True)
    assert [(s.subject, s.lower_bound) for s in best.holders] == [("nor-a", True)]
    per_games = record(history, GAMES_GOLDS)
    assert (per_games.value, per_games.lower_bound) == (2, True)
    before = record(history, CAREER_GOLDS, as_of=dt.date(2002, 2, 17))
    assert (before.value, before.lower_bound) == (2, False)


def test_a_tie_is_a_lower_bound_if_any_holder_is() -> None:
    swede = ev("sprint-2", day=20)
    history = history_of(
        [W02],
        [SPRINT, RELAY, swede],
        [won(SPRINT, "NOR", "nor-a"), unnamed(RELAY, "NOR"), won(swede, "SWE", "swe-a")],
    )
    best = record(history, Tally())
    assert [(s.subject, s.lower_bound) for s in best.holders] == [
        ("nor-a", True),
        ("swe-a", False),
    ]
    assert best.lower_bound is True


def test_progression_marks_are_flagged_as_of_their_day() -> None:
    history = winter()
    marks = progression(history, CAREER_GOLDS)
    assert [(m.date.isoformat(), m.value, flags(m.holders)) for m in marks] == [
        ("2002-02-12", 1, {("nor-a", None): False}),
        ("2002-02-14", 2, {("nor-a", None): False}),
        ("2006-02-12", 3, {("nor-a", None): True}),
    ]


def test_a_career_is_a_lower_bound_within_its_season() -> None:
    history = winter()
    assert career(history, "nor-a").lower_bound is True
    assert career(history, "nor-a", season=Season.SUMMER).lower_bound is False
    assert career(history, "nor-b").lower_bound is True  # no medal, but maybe the relay's
    assert career(history, "nor-c").lower_bound is False
    assert career(history, "swe-a").lower_bound is False


def test_both_paths_agree_on_every_flag() -> None:
    history = winter()
    for subject in Subject:
        for scope in Scope:
            for medals in ((GOLD,), (SILVER,), tuple(Medal)):
                for as_of in (None, dt.date(2002, 2, 17), dt.date(2002, 2, 18)):
                    tally = Tally(subject=subject, scope=scope, medals=medals)
                    cells = cells_of(history, tally, as_of)
                    assert cells is not None
                    assert record_of_cells(history, tally, cells, as_of) == record_of_rows(
                        history, tally, as_of
                    )
                    assert progression_of_cells(history, tally, cells) == progression_of_rows(
                        history, tally, as_of
                    )


def test_the_unlisted_list_and_the_rows_agree_on_every_flag() -> None:
    """The History's list of medals with unlisted members and the rows give one answer.

    Two such golds at one place (the first one counts from its day) and a silver at
    another: every athlete, Games, day and tally.
    """
    team_sprint = ev("team-sprint", day=20, kind=TEAM)
    biathlon_relay = ev("biathlon-relay", day=21, kind=TEAM, discipline="Biathlon")
    base = winter()
    history = history_of(
        [W02, W06],
        [*base.events, team_sprint, biathlon_relay],
        [*base.entries, unnamed(team_sprint, "NOR"), unnamed(biathlon_relay, "NOR", medal=SILVER)],
    )
    days = [None, *(dt.date(2002, 2, day) for day in range(17, 23)), dt.date(2006, 2, 12)]
    games = [None, W02.id, W06.id]
    for medals in ((GOLD,), (SILVER,), (GOLD, SILVER), tuple(Medal)):
        for kind in (None, IND, TEAM):
            for discipline in (None, "biathlon"):
                tally = Tally(medals=medals, kind=kind, discipline=discipline)
                from_rows = bounds_of_rows(history, tally, medal_rows(history, tally, None))
                from_list = bounds_of(history, tally)
                for athlete in ("nor-a", "nor-b", "nor-c", "swe-a", "swe-b"):
                    for where in games:
                        for day in days:
                            by_rows = from_rows is not None and from_rows.hides(athlete, where, day)
                            by_list = from_list is not None and from_list.hides(athlete, where, day)
                            assert by_rows == by_list, (tally, athlete, where, day)
    gold = bounds_of(history, Tally(medals=GOLD))
    assert gold is not None
    assert not gold.hides("nor-c", None, None)  # the biathlon relay won silver
    assert gold.hides("nor-a", W02.id, dt.date(2002, 2, 18))


def test_a_stripped_relay_flags_only_until_the_decision() -> None:
    """While a medal later stripped stood, it could have been a member's."""
    decided = dt.date(2010, 6, 1)
    history = history_of(
        [W02],
        [SPRINT, RELAY],
        [won(SPRINT, "NOR", "nor-a"), unnamed(RELAY, "NOR")],
        [Correction(event=RELAY.id, noc="NOR", athletes=(), medal=None, decided=decided)],
    )
    before, after = decided - dt.timedelta(days=1), decided
    assert flags(leaderboard(history, Tally(), as_of=before)) == {("nor-a", None): True}
    assert record(history, Tally(), as_of=before).lower_bound is True
    assert flags(leaderboard(history, Tally(), as_of=after)) == {("nor-a", None): False}
    assert record(history, Tally()).lower_bound is False


def test_an_awarded_relay_flags_from_the_decision() -> None:
    """A relay bronze awarded later (a fourth place upgraded) counts from the decision."""
    decided = dt.date(2010, 6, 1)
    fourth = Entry(event=RELAY.id, noc="NOR", athletes=(), place=4, complete=False)
    history = history_of(
        [W02],
        [SPRINT, RELAY],
        [won(SPRINT, "NOR", "nor-a", medal=BRONZE), fourth],
        [Correction(event=RELAY.id, noc="NOR", athletes=(), medal=BRONZE, decided=decided)],
    )
    bronzes = Tally(medals=BRONZE)
    assert record(history, bronzes, as_of=decided - dt.timedelta(days=1)).lower_bound is False
    assert record(history, bronzes, as_of=decided).lower_bound is True
    assert record(history, bronzes).lower_bound is True


def test_nothing_unlisted_means_nothing_flagged() -> None:
    history = history_of([W02], [SPRINT], [won(SPRINT, "NOR", "nor-a")])
    assert unlisted(history).entered == {}
    assert leaderboard(history, Tally())[0].lower_bound is False
    assert career(history, "nor-a").lower_bound is False


def test_the_defaults_keep_old_constructors_working() -> None:
    standing = Standing(
        rank=1, subject="a", name="A", games=None, count=1, gold=1, silver=0, bronze=0
    )
    assert standing.lower_bound is False


# The data-quality report -------------------------------------------------------------


def test_incomplete_medals_by_games_and_noc_most_first() -> None:
    team_sprint = ev("team-sprint", day=19, kind=TEAM)
    summer = ev("4x100", S04, day=20, kind=TEAM, discipline="Athletics")
    history = history_of(
        [W02, W06, S04],
        [SPRINT, RELAY, team_sprint, summer],
        [
            won(SPRINT, "NOR", "nor-a"),
            unnamed(RELAY, "NOR"),
            unnamed(RELAY, "SWE", "swe-a", medal=SILVER),
            unnamed(team_sprint, "NOR", "nor-a", medal=BRONZE),
            unnamed(summer, "USA"),
        ],
    )
    found = incomplete_medals(history)
    assert [(m.games, m.noc, m.count) for m in found] == [
        ("2002-winter", "NOR", 2),
        ("2002-winter", "SWE", 1),
        ("2004-summer", "USA", 1),
    ]
    assert found[0] == IncompleteMedals(
        games="2002-winter",
        noc="NOR",
        entries=(unnamed(RELAY, "NOR"), unnamed(team_sprint, "NOR", "nor-a", medal=BRONZE)),
    )


def test_incomplete_medals_skip_entries_without_a_medal() -> None:
    fourth = Entry(event=RELAY.id, noc="NOR", athletes=(), place=4, complete=False)
    history = history_of([W02], [SPRINT, RELAY], [won(SPRINT, "NOR", "nor-a"), fourth])
    assert incomplete_medals(history) == ()


@pytest.mark.parametrize("subject", list(Subject))
def test_the_unlisted_medals_are_built_once_per_history(subject: Subject) -> None:
    history = winter()
    leaderboard(history, Tally(subject=subject))
    first = unlisted(history)
    record(history, Tally(subject=subject))
    assert unlisted(history) is first


def _entered_by_the_rule(history: History) -> dict[str, set[tuple[str, str, str, str]]]:
    """Who may be an unlisted member where, worked out entry by entry from the rule.

    A place is one of a standing entry with unlisted members that has a medal (or an
    event a correction changes), of an official event of official Games. An athlete's
    entry reaches the places of its Games, NOC and discipline (folded) open to the
    athlete's sex (theirs, else the ones their event tells) or to either; a reached
    place counts unless every event of its unlisted entries is one they entered there.
    """
    lookups = index(history)
    events, games = lookups.events, lookups.games
    corrected = {c.event for c in history.corrections}
    told = {Gender.MEN: ("M",), Gender.WOMEN: ("F",)}
    places: dict[tuple[str, str, str, str], set[str]] = {}
    for entry in lookups.results:
        event = events[entry.event]
        if entry.complete or (entry.medal is None and entry.event not in corrected):
            continue
        if event.official and games[event.games].official:
            places.setdefault(place_of(event, entry.noc), set()).add(event.id)
    reached: dict[str, dict[tuple[str, str, str, str], set[str]]] = {}
    for entry in lookups.results:
        event = events[entry.event]
        for athlete in entry.athletes:
            known = lookups.athletes[athlete].sex
            for sex in ((known,) if known else told.get(event.gender, ("M", "F"))) + ("*",):
                place = (event.games, entry.noc, fold(event.discipline), sex)
                if place in places:
                    own = reached.setdefault(athlete, {}).setdefault(place, set())
                    if event.id in places[place]:
                        own.add(event.id)
    entered = {
        athlete: {place for place, own in mine.items() if len(own) < len(places[place])}
        for athlete, mine in reached.items()
    }
    return {athlete: found for athlete, found in entered.items() if found}


ANY_HISTORY = pytest.mark.parametrize(
    "histories",
    [strategies.crowded_histories(), strategies.histories()],
    ids=["crowded", "any"],
)
"""Histories where many athletes share places, and any (with unlisted members added)."""


@ANY_HISTORY
@given(data=st.data())
def test_who_may_be_unlisted_where_follows_the_rule_entry_by_entry(
    histories: st.SearchStrategy[History], data: st.DataObject
) -> None:
    history = data.draw(histories.flatmap(strategies.unlisting))
    found = {athlete: set(at) for athlete, at in unlisted(history).entered.items()}
    assert found == _entered_by_the_rule(history)


@ANY_HISTORY
@given(data=st.data())
def test_one_athlete_at_a_time_follows_the_same_rule(
    histories: st.SearchStrategy[History], data: st.DataObject
) -> None:
    """Asked athlete by athlete, in any order, then whole: the rule's places each time."""
    history = data.draw(histories.flatmap(strategies.unlisting))
    rule = _entered_by_the_rule(history)
    ids = [a.id for a in history.athletes]
    asked = data.draw(st.permutations([*ids, "no-such-athlete"]))
    entered = Unlisted(history).entered  # a new one: nothing worked out yet
    for athlete in asked:
        assert set(entered.places_of(athlete)) == rule.get(athlete, set())
        assert (athlete in entered) == (athlete in rule)
    assert {athlete: set(at) for athlete, at in entered.items()} == rule
    assert {athlete: set(entered.places_of(athlete)) for athlete in rule} == rule
