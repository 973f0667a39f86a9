"""The shared counts: lists grouped once per History answer as the rows do.

``record``, ``progression`` and ``medal_table`` count from lists of athlete ids and
NOC codes grouped once per History and season (``counts.Medals``) whenever those
can serve the query; the row-by-row count (``counts.record_of_rows`` and its kin)
answers the rest. Both must agree to the last holder, mark and rank, and on which
counts are lower bounds: the shared path asks the History's list of medals with
unlisted members (``bounds.Unlisted``), the rows find them among the medals they count.
"""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

import strategies
from builders import history_of, won
from olympics_records import Event, EventKind, Games, Gender, History, Medal, Season
from olympics_records._engine.bounds import bounds_of, bounds_of_rows
from olympics_records._engine.counts import (
    Medals,
    cells_of,
    medals_of,
    progression_of_cells,
    progression_of_rows,
    record_of_cells,
    record_of_rows,
    table_of_cells,
    table_of_rows,
)
from olympics_records._engine.index import index
from olympics_records._engine.select import medal_rows, standing_on
from olympics_records.records import Scope, Subject, Tally
from olympics_records.tables import TableOrder, medal_table

GOLD, SILVER, BRONZE = Medal.GOLD, Medal.SILVER, Medal.BRONZE


def shared_tallies() -> st.SearchStrategy[Tally]:
    """Any Tally the shared lists can count: every field but sport and discipline."""
    return st.builds(
        Tally,
        subject=st.sampled_from(Subject),
        medals=st.lists(st.sampled_from(Medal), min_size=1, max_size=3, unique=True).map(tuple),
        scope=st.sampled_from(Scope),
        season=st.none() | st.sampled_from(Season),
        kind=st.none() | st.sampled_from(EventKind),
        gender=st.none() | st.sampled_from(Gender),
    )


def days_of(history: History) -> st.SearchStrategy[dt.date | None]:
    """No day, a day some event was held or a correction decided, or any day."""
    known = sorted(
        {history.date_of(e.id) for e in history.events} | {c.decided for c in history.corrections}
    )
    picks: st.SearchStrategy[dt.date] = strategies.days
    if known:
        picks = st.sampled_from(known) | picks
    return st.none() | picks


@given(strategies.histories(), shared_tallies(), st.data())
def test_records_and_progressions_from_the_shared_lists_match_the_rows(
    history: History, tally: Tally, data: st.DataObject
) -> None:
    as_of = data.draw(days_of(history))
    cells = cells_of(history, tally, as_of)
    if cells is None:
        # Only corrections still undecided on the day send the query to the rows.
        assert as_of is not None
        assert any(c.decided > as_of for c in history.corrections)
        return
    assert record_of_cells(history, tally, cells, as_of) == record_of_rows(history, tally, as_of)
    progression = progression_of_cells(history, tally, cells)
    assert progression == progression_of_rows(history, tally, as_of)


@given(
    strategies.histories(),
    shared_tallies(),
    st.none() | st.sampled_from(["skiing", "Skating"]),
    st.none() | st.sampled_from(["cross country", "Speed"]),
    st.data(),
)
def test_lower_bounds_from_the_unlisted_medals_match_the_rows(
    history: History,
    tally: Tally,
    sport: str | None,
    discipline: str | None,
    data: st.DataObject,
) -> None:
    history = data.draw(strategies.unlisting(history))
    tally = attrs.evolve(tally, sport=sport, discipline=discipline)
    as_of = data.draw(days_of(history))
    if not standing_on(history, as_of):
        return  # the History's list holds the standing medals: the rows alone serve
    # None: no count can be a lower bound.
    from_rows = bounds_of_rows(history, tally, medal_rows(history, tally, as_of))
    from_list = bounds_of(history, tally)
    days = sorted({history.date_of(e.id) for e in history.events})
    for athlete in history.athletes:
        for games in [None, *(g.id for g in history.games)]:
            for day in [as_of, *(d for d in days if as_of is None or d <= as_of)]:
                by_rows = from_rows is not None and from_rows.hides(athlete.id, games, day)
                by_list = from_list is not None and from_list.hides(athlete.id, games, day)
                assert by_rows == by_list, (athlete.id, games, day)


@given(strategies.histories())
def test_medal_counts_from_the_shared_lists_match_the_entries(history: History) -> None:
    for games in history.games:
        if games.official:
            shared = [dict(column) for column in table_of_cells(history, games)]
            assert shared == list(table_of_rows(history, games.id, None))


def tuple_ordered(
    history: History, games: Games, order: TableOrder
) -> list[tuple[int, str, int, int, int]]:
    """The medal table as the IOC orders it, sorted on plain tuples."""
    golds, silvers, bronzes = table_of_rows(history, games.id, None)
    won_by = {
        code: (golds.get(code, 0), silvers.get(code, 0), bronzes.get(code, 0))
        for code in golds.keys() | silvers.keys() | bronzes.keys()
    }

    def key(code: str) -> tuple[int, ...]:
        gold, silver, bronze = won_by[code]
        lead = (-(gold + silver + bronze),) if order == "total" else ()
        return (*lead, -gold, -silver, -bronze)

    name = {n.code: n.name for n in history.nocs}
    ordered = sorted(won_by, key=lambda code: (key(code), name[code], code))
    rows = []
    for code in ordered:
        rank = 1 + sum(1 for other in ordered if key(other) < key(code))
        rows.append((rank, code, *won_by[code]))
    return rows


@given(strategies.histories(), st.sampled_from(["gold", "total"]))
def test_medal_tables_rank_as_tuples_would(history: History, order: TableOrder) -> None:
    # The nations' names here are "Nation XYZ": folding keeps their order.
    for games in history.games:
        table = medal_table(history, games, order=order)
        got = [(r.rank, r.noc, r.gold, r.silver, r.bronze) for r in table]
        assert got == tuple_ordered(history, games, order)
        assert all(r.total == r.gold + r.silver + r.bronze for r in table)


GAMES = Games(year=2002, season=Season.WINTER, city="Salt Lake City", closed=dt.date(2002, 2, 24))


def event(
    name: str,
    *,
    games: Games = GAMES,
    gender: Gender = Gender.MEN,
    kind: EventKind = EventKind.INDIVIDUAL,
) -> Event:
    """An event of ``games`` (speed skating) whose id ends in ``name``."""
    return Event(
        id=f"{games.id}/{name}",
        games=games.id,
        sport="Skating",
        discipline="Speed",
        name=name,
        gender=gender,
        kind=kind,
    )


def silvers_history() -> History:
    """One nation with a gold and eleven silvers, one with two golds and a bronze."""
    events = [
        Event(
            id=f"{GAMES.id}/e{n}",
            games=GAMES.id,
            sport="Skating",
            discipline="Speed",
            name=f"event {n}",
            gender=Gender.MEN,
            kind=EventKind.INDIVIDUAL,
        )
        for n in range(13)
    ]
    entries = [
        won(events[0], "AAA", "a0"),
        *(won(e, "AAA", f"a{n}", medal=SILVER) for n, e in enumerate(events[1:12], start=1)),
        won(events[12], "BBB", "b0"),
        won(events[11], "BBB", "b1", medal=BRONZE),
        won(events[1], "BBB", "b2"),
    ]
    return history_of([GAMES], events, entries)


def test_many_silvers_do_not_outweigh_a_gold() -> None:
    history = silvers_history()
    gold_first = medal_table(history, GAMES)
    assert [(r.rank, r.noc, r.gold, r.silver, r.bronze) for r in gold_first] == [
        (1, "BBB", 2, 0, 1),
        (2, "AAA", 1, 11, 0),
    ]
    total_first = medal_table(history, GAMES, order="total")
    assert [(r.rank, r.noc, r.total) for r in total_first] == [(1, "AAA", 12), (2, "BBB", 3)]


def test_the_shared_lists_are_built_once_and_go_with_their_history() -> None:
    history = silvers_history()
    assert medals_of(history, Season.WINTER) is medals_of(history, Season.WINTER)
    assert medals_of(history, None) is not medals_of(history, Season.WINTER)
    # Kept on the History's own index: nothing outside it holds the History alive.
    assert set(index(history).derived) == {(Medals, Season.WINTER), (Medals, None)}
    gone = weakref.ref(history)
    del history
    gc.collect()
    assert gone() is None


def test_a_record_counts_each_listed_member_and_each_team_once_for_its_nation() -> None:
    relay, solo = event("relay", kind=EventKind.TEAM), event("solo")
    history = history_of(
        [GAMES],
        [relay, solo],
        [won(relay, "AAA", "a1", "a2", "a3"), won(solo, "AAA", "a1"), won(solo, "BBB", "b1")],
    )
    athletes = Tally(season=Season.WINTER, scope=Scope.GAMES)
    best = record_of_cells(history, athletes, cells_of(history, athletes, None) or [], None)
    assert (best.value, [s.subject for s in best.holders]) == (2, ["a1"])
    nations = Tally(subject=Subject.NOC, season=Season.WINTER)
    best = record_of_cells(history, nations, cells_of(history, nations, None) or [], None)
    assert (best.value, [s.subject for s in best.holders]) == (2, ["AAA"])


def test_the_shared_lists_keep_genders_and_kinds_apart() -> None:
    men, women = event("men"), event("women", gender=Gender.WOMEN)
    relay = event("relay", gender=Gender.WOMEN, kind=EventKind.TEAM)
    history = history_of(
        [GAMES],
        [men, women, relay],
        [
            won(men, "AAA", "m1"),
            won(women, "BBB", "w1"),
            won(women, "AAA", "w2", medal=SILVER),
            won(relay, "BBB", "w1", "w3"),
            won(relay, "AAA", "w2", "w4", medal=SILVER),
        ],
    )

    def best(**fields: Any) -> tuple[int, list[str]]:
        tally = Tally(season=Season.WINTER, scope=Scope.GAMES, **fields)
        found = record_of_cells(history, tally, cells_of(history, tally, None) or [], None)
        assert found == record_of_rows(history, tally, None)
        return found.value, sorted(s.subject for s in found.holders)

    assert best() == (2, ["w1"])
    assert best(gender=Gender.MEN) == (1, ["m1"])
    assert best(gender=Gender.WOMEN, kind=EventKind.INDIVIDUAL) == (1, ["w1"])
    assert best(kind=EventKind.TEAM) == (1, ["w1", "w3"])
    assert best(subject=Subject.NOC, gender=Gender.MEN) == (1, ["AAA"])
    assert best(subject=Subject.NOC, gender=Gender.WOMEN) == (2, ["BBB"])
    assert best(subject=Subject.NOC, medals=(SILVER,), gender=Gender.WOMEN) == (2, ["AAA"])


def test_records_skip_games_without_the_medal_and_keep_ties_across_games() -> None:
    """No gold at the first Games; one gold each for four athletes at two later ones.

    The record is 1, held at both later Games; each holder's silvers and bronzes are
    counted too (per Games, and over a career).
    """
    games = [
        Games(year=year, season=Season.WINTER, city=city, closed=dt.date(year, 2, 20))
        for year, city in ((2002, "Salt Lake City"), (2006, "Turin"), (2010, "Vancouver"))
    ]
    a1, a2 = (event(name, games=games[0]) for name in ("a1", "a2"))
    b1, b2, b3 = (event(name, games=games[1]) for name in ("b1", "b2", "b3"))
    c1 = event("c1", games=games[2])
    history = history_of(
        games,
        [a1, a2, b1, b2, b3, c1],
        [
            won(a1, "AAA", "x", medal=SILVER),
            won(a1, "BBB", "y", medal=BRONZE),
            won(a2, "AAA", "x", medal=SILVER),
            won(b1, "AAA", "x"),
            won(b1, "BBB", "y", medal=SILVER),
            won(b1, "CCC", "z", medal=BRONZE),
            won(b2, "BBB", "y"),
            won(b2, "AAA", "x", medal=SILVER),
            won(b3, "CCC", "z"),
            won(b3, "AAA", "x", medal=BRONZE),
            won(c1, "DDD", "w"),
            won(c1, "AAA", "x", medal=SILVER),
        ],
    )

    def record_of(**fields: Any) -> tuple[int, list[tuple[str, str | None, int, int, int]]]:
        tally = Tally(season=Season.WINTER, **fields)
        found = record_of_cells(history, tally, cells_of(history, tally, None) or [], None)
        assert found == record_of_rows(history, tally, None)
        return found.value, sorted(
            (s.subject, s.games.id if s.games else None, s.gold, s.silver, s.bronze)
            for s in found.holders
        )

    assert record_of(scope=Scope.GAMES) == (
        1,
        [
            ("w", "2010-winter", 1, 0, 0),
            ("x", "2006-winter", 1, 1, 1),
            ("y", "2006-winter", 1, 1, 0),
            ("z", "2006-winter", 1, 0, 1),
        ],
    )
    assert record_of() == (
        1,
        [("w", None, 1, 0, 0), ("x", None, 1, 4, 1), ("y", None, 1, 1, 1), ("z", None, 1, 0, 1)],
    )
    assert record_of(scope=Scope.GAMES, medals=(SILVER,)) == (2, [("x", "2002-winter", 0, 2, 0)])
    # The progressions' marks carry the same counts, whichever one medal is counted.
    for scope in Scope:
        for medals in ((GOLD,), (SILVER,), (BRONZE,), (GOLD, SILVER)):
            tally = Tally(season=Season.WINTER, scope=scope, medals=medals)
            cells = cells_of(history, tally, None) or []
            shared = progression_of_cells(history, tally, cells)
            assert shared == progression_of_rows(history, tally, None)
            assert shared, tally
    silvers = Tally(season=Season.WINTER, scope=Scope.GAMES, medals=(SILVER,))
    first_silvers = progression_of_cells(history, silvers, cells_of(history, silvers, None) or [])[
        0
    ]
    assert [(s.subject, s.gold, s.silver, s.bronze) for s in first_silvers.holders] == [
        ("x", 0, 2, 0)
    ]
