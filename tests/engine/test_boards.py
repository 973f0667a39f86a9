"""The engine's leaderboards (``_engine/boards.py``) against the reference path.

A board cut at ``limit`` is found without ranking everyone; the days of a sweep are
counted in one pass; the rows and medal tables of a day come from prefixes of the
History's date-ordered lists. Each must agree with counting everything row by row.
"""

from __future__ import annotations

import collections
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import strategies
from olympics_records import (
    EventKind,
    Gender,
    History,
    Medal,
    Season,
    datasets,
    leaderboards_over,
    medal_table,
)
from olympics_records._engine.boards import board_of, boards_over, cut
from olympics_records._engine.counts import standings_of
from olympics_records._engine.index import index
from olympics_records._engine.select import medal_entries, medal_rows, standing_on
from olympics_records.records import Scope, Subject, Tally


def tallies() -> st.SearchStrategy[Tally]:
    """Any Tally over the sports and disciplines of :func:`strategies.histories`."""
    return st.builds(
        Tally,
        subject=st.sampled_from(Subject),
        medals=st.lists(st.sampled_from(Medal), min_size=1, max_size=3, unique=True).map(tuple),
        scope=st.sampled_from(Scope),
        season=st.none() | st.sampled_from(Season),
        kind=st.none() | st.sampled_from(EventKind),
        sport=st.none() | st.sampled_from(["Skiing", "skating"]),
        discipline=st.none() | st.sampled_from(["Cross-Country", "speed"]),
        gender=st.none() | st.sampled_from(Gender),
    )


def days_of(history: History) -> st.SearchStrategy[dt.date]:
    """A day some event was held or a correction decided, or any day."""
    known = sorted(
        {history.date_of(e.id) for e in history.events} | {c.decided for c in history.corrections}
    )
    anyday: st.SearchStrategy[dt.date] = strategies.days
    return st.sampled_from(known) | anyday if known else anyday


@given(strategies.histories(), tallies(), st.data())
def test_a_cut_board_is_the_reference_board_down_to_the_cut(
    history: History, tally: Tally, data: st.DataObject
) -> None:
    history = data.draw(strategies.unlisting(history))
    day = data.draw(st.none() | days_of(history))
    limit = data.draw(st.none() | st.integers(1, 5))
    full = standings_of(history, tally, day)
    assert board_of(history, tally, day, limit) == [
        s for s in full if limit is None or s.rank <= limit
    ]


@given(strategies.histories(), tallies(), st.data())
def test_the_rows_of_a_standing_day_are_those_held_by_then(
    history: History, tally: Tally, data: st.DataObject
) -> None:
    day = data.draw(days_of(history))
    if not standing_on(history, day):
        return
    dates = index(history).event_dates
    walked = [
        (entry, event.id)
        for entry, event in medal_entries(history, tally, history.results)
        if dates[event.id] <= day
    ]
    rows = medal_rows(history, tally, day)
    assert collections.Counter((e, event.id) for e, event, _, _ in rows) == collections.Counter(
        walked
    )
    assert [row[3] for row in rows] == sorted(row[3] for row in rows)


@given(strategies.histories(), st.data())
def test_a_medal_table_as_of_a_day_is_the_table_of_the_history_then(
    history: History, data: st.DataObject
) -> None:
    day = data.draw(days_of(history))
    then = history.as_of(day)
    for games in history.games:
        for order in ("gold", "total"):
            assert medal_table(history, games, as_of=day, order=order) == medal_table(
                then, games, order=order
            )


@given(strategies.histories(), tallies(), st.data())
def test_a_sweep_counts_each_day_as_the_reference_does(
    history: History, tally: Tally, data: st.DataObject
) -> None:
    history = data.draw(strategies.unlisting(history))
    days = data.draw(st.lists(days_of(history), max_size=6))
    limit = data.draw(st.none() | st.integers(1, 4))
    for day, standings in boards_over(history, tally, days, limit):
        assert standings == [
            s for s in standings_of(history, tally, day) if limit is None or s.rank <= limit
        ]


def test_the_cut_is_the_count_of_the_last_rank_kept() -> None:
    counts: dict[tuple[str, str | None], int] = {
        (s, None): c for s, c in zip("abcdef", [5, 4, 4, 4, 2, 1], strict=True)
    }
    assert [cut(counts, n) for n in range(1, 8)] == [5, 4, 4, 4, 2, 1, 1]
    assert cut(counts, None) == 1
    assert cut({}, 3) == 1


def test_a_sweep_answers_each_day_once_in_date_order() -> None:
    h = datasets.milano_cortina_2026()
    days = [dt.date(2026, 2, 21), dt.date(1980, 1, 1), dt.date(2026, 2, 21)]
    swept = list(leaderboards_over(h, Tally(), days, limit=2))
    assert [day for day, _ in swept] == [dt.date(1980, 1, 1), dt.date(2026, 2, 21)]
    assert swept[0][1] == ()


@pytest.mark.parametrize("limit", [0, -1, True, 1.5])
def test_a_sweep_refuses_a_bad_limit_when_called(limit: object) -> None:
    with pytest.raises(ValueError, match="limit must be a positive whole number"):
        leaderboards_over(datasets.milano_cortina_2026(), Tally(), [], limit=limit)  # type: ignore[arg-type]


def test_a_sweep_refuses_a_moment_for_a_day_when_called() -> None:
    moment = dt.datetime(2026, 2, 1, 12, 0)
    with pytest.raises(TypeError, match="as_of needs a datetime.date"):
        leaderboards_over(datasets.milano_cortina_2026(), Tally(), [moment])
