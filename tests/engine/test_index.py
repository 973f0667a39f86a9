"""The History's index: built by the checks or from a reader's checked values; its cache."""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from typing import Any

import attrs
from hypothesis import given

import strategies
from olympics_records import (
    History,
    Medal,
    Scope,
    Season,
    Subject,
    Tally,
    career,
    datasets,
    firsts,
    incomplete_medals,
    leaderboard,
    leaderboards_over,
    medal_table,
    milestones,
    progression,
    record,
    sweeps,
)
from olympics_records._engine.index import Index, checked_history, derived, index


def test_derived_values_are_built_once_per_history_and_key() -> None:
    h = datasets.milano_cortina_2026()
    built: list[int] = []

    def build() -> list[int]:
        built.append(1)
        return [len(built)]

    first = derived(h, ("test", 1), build)
    assert derived(h, ("test", 1), build) is first
    assert derived(h, ("test", 2), build) == [2]
    assert built == [1, 1]


def test_derived_values_go_with_their_history() -> None:
    h = History(games=(), events=(), entries=(), athletes=(), nocs=())
    kept: set[str] = derived(h, "test", set)
    alive = weakref.ref(h)
    del h
    gc.collect()
    assert alive() is None
    assert kept == set()


@given(strategies.histories(with_corrections=False))
def test_a_readers_checked_history_has_the_index_history_builds(h: History) -> None:
    """``checked_history`` (the readers' way in) skips the checks, not the index."""
    positions: dict[str, list[int]] = {}
    for position, entry in enumerate(h.entries):
        positions.setdefault(entry.event, []).append(position)
    values: dict[str, Any] = {
        name: getattr(h, name)
        for name in ("games", "events", "entries", "athletes", "nocs", "issues", "coverage")
    }
    given_all = checked_history(
        **values,
        per_event=positions,
        events_by_id={e.id: e for e in h.events},
        athletes_by_id={a.id: a for a in h.athletes},
    )
    for built in (given_all, checked_history(**values)):
        assert built == h
        mine, theirs = index(built), index(h)
        for name in Index.__slots__:
            if name != "derived":
                assert getattr(mine, name) == getattr(theirs, name), name


@given(strategies.histories())
def test_each_athletes_positions_are_those_of_their_entries_in_results_order(h: History) -> None:
    lookups = index(h)
    positions = lookups.by_athlete
    assert positions is lookups.by_athlete  # made on first use, then kept
    expected: dict[str, list[int]] = {}
    for position, entry in enumerate(h.results):
        for athlete in entry.athletes:
            expected.setdefault(athlete, []).append(position)
    assert {a: list(p) for a, p in positions.items()} == expected
    assert all(type(p) is tuple for p in positions.values())
    for known in h.athletes:
        assert h.entries_of_athlete(known.id) == tuple(
            e for e in h.results if known.id in e.athletes
        )


@given(strategies.histories())
def test_the_medal_rows_are_those_of_the_held_events_made_once(h: History) -> None:
    """By date; events of one date in the order of their first entries; then results order."""
    lookups = index(h)
    first: dict[str, int] = {}
    for position, entry in enumerate(h.results):
        first.setdefault(entry.event, position)
    for season in (None, *Season):
        rows = lookups.medalled(season)
        assert rows is lookups.medalled(season)  # made on first use, then kept
        counted = [
            (position, entry, h.get_event(entry.event))
            for position, entry in enumerate(h.results)
            if entry.medal is not None
        ]
        expected = [
            (entry, event, h.get_games(event.games), h.date_of(event.id))
            for position, entry, event in sorted(
                counted, key=lambda x: (h.date_of(x[2].id), first[x[2].id], x[0])
            )
            if event.official
            and h.get_games(event.games).official
            and (season is None or h.get_games(event.games).season is season)
        ]
        assert list(rows) == expected


@given(strategies.crowded_histories().flatmap(strategies.unlisting))
def test_what_queries_keep_with_a_history_goes_with_it_without_the_collector(
    drawn: History,
) -> None:
    """Whatever the queries work out and keep with a History holds no strong reference
    back to it or its look-ups: reference counting alone frees them all, as it frees a
    History no one asked about. (A cycle would leave every History asked about, and
    all it holds, to the cyclic collector.)
    """
    history = attrs.evolve(drawn)  # a History only this test holds
    days = sorted({c.decided for c in history.corrections} | {dt.date(2000, 1, 1)})
    for subject in Subject:
        for scope in Scope:
            for limit in (None, 1):
                tally = Tally(subject=subject, scope=scope, medals=tuple(Medal))
                leaderboard(history, tally, limit=limit)
                leaderboard(history, tally, as_of=days[0], limit=limit)
                list(leaderboards_over(history, tally, days, limit=limit))
            record(history, Tally(subject=subject, scope=scope))
            progression(history, Tally(subject=subject, scope=scope))
    for athlete in history.athletes:
        career(history, athlete.id)
    for games in history.games:
        medal_table(history, games)
        medal_table(history, games, as_of=days[-1])
    incomplete_medals(history)
    for noc in history.nocs:
        firsts(history, noc.code)
    sweeps(history)
    for day in days:
        milestones(history, day)
    history.as_of(days[0])
    lookups = index(history)
    assert lookups.derived  # the queries kept what they worked out
    gone: list[weakref.ref[Any]] = [weakref.ref(history), weakref.ref(lookups)]
    del lookups
    collecting = gc.isenabled()
    gc.disable()
    try:
        del history
        assert [ref() for ref in gone] == [None, None]
    finally:
        if collecting:
            gc.enable()
