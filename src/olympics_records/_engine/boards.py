"""Leaderboards: the top of a ranking without ranking everyone, and boards over many days.

A leaderboard cut at ``limit`` keeps every subject ranked ``limit`` or better, ties at
the cut included: those whose count is at least the ``limit``-th highest count
(:func:`cut`). Only they become :class:`~olympics_records.Standing` values. The counts
come from the shared lists (:mod:`~olympics_records._engine.counts`) where they serve,
else from the medal rows. :func:`boards_over` walks the rows once, in date order, and
ranks at each day asked.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import heapq
import itertools
import operator
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any

from olympics_records._engine.bounds import bounds_of
from olympics_records._engine.construct import unchecked_columns
from olympics_records._engine.counts import (
    NOC_LISTS,
    Cell,
    Counter,
    cells_of,
    counter_of_rows,
    games_order,
    name_order,
)
from olympics_records._engine.index import Row, index
from olympics_records._engine.places import MEDAL_INDEX
from olympics_records._engine.select import Key, check_day, day_of, medal_rows, standing_on
from olympics_records.history import History
from olympics_records.model import Games
from olympics_records.tally import Scope, Standing, Subject, Tally

__all__ = ["board_of", "boards_over", "cut"]


def cut(counts: Mapping[Any, int], limit: int | None) -> int:
    """The lowest count a subject needs to be ranked ``limit`` or better.

    Ranks are shared (1, 2, 2, 4): a subject's rank is one more than the number of
    subjects counting more, so it is ``limit`` or better exactly when its count is at
    least the ``limit``-th highest count. ``counts`` must hold every subject that may
    reach it. Never below 1: a subject without a counted medal has no standing.

    Example:
        >>> cut({("a", None): 3, ("b", None): 2, ("c", None): 2, ("d", None): 1}, 2)
        2
        >>> cut({("a", None): 3}, 5)
        1
    """
    if limit is None:
        return 1
    if len(counts) <= limit:
        return 1
    return max(1, heapq.nlargest(limit, counts.values())[-1])


def board_of(
    history: History, tally: Tally, as_of: dt.date | None, limit: int | None = None
) -> list[Standing]:
    """The subjects with a count of ``tally`` as of ``as_of`` ranked ``limit`` or better.

    Every subject for ``limit=None``. The same standings as the reference path
    (:func:`~olympics_records._engine.counts.standings_of`) cut at ``limit``.
    """
    cells = cells_of(history, tally, as_of)
    if cells is not None:
        return _standings_of_cells(history, tally, cells, as_of, limit)
    return _ranked(counter_of_rows(history, tally, as_of), limit, as_of)


def _ranked(counter: Counter, limit: int | None, day: dt.date | None) -> list[Standing]:
    if limit is None:
        return counter.ranked(day=day)
    counts = {key: won[0] for key, won in counter.counts.items()}
    least = cut(counts, limit)
    return counter.ranked([key for key, count in counts.items() if count >= least], day)


def _standings_of_cells(
    history: History, tally: Tally, cells: list[Cell], as_of: dt.date | None, limit: int | None
) -> list[Standing]:
    """A leaderboard from the shared lists (``cells``: :func:`cells_of`).

    Each medal's lists are counted by ``collections.Counter`` (its loop runs in C), per
    Games or for all time; only the subjects at or above the cut get a standing.
    """
    at = NOC_LISTS if tally.subject is Subject.NOC else 0
    by_games = tally.scope is Scope.GAMES
    # Each medal's lists, per Games (or for all time: None).
    spaces: dict[str | None, tuple[list[list[str]], ...]] = {}
    for _, games_id, lists in cells:
        space = spaces.get(games_id if by_games else None)
        if space is None:
            space = spaces[games_id if by_games else None] = ([], [], [])
        for medal in range(3):
            if lists[at + medal]:
                space[medal].append(lists[at + medal])
    counted = [MEDAL_INDEX[medal] for medal in tally.medals]
    chain = itertools.chain.from_iterable
    won: dict[str | None, Won] = {}
    if limit is None:
        for games, space in spaces.items():
            gold, silver, bronze = (collections.Counter(chain(lists)) for lists in space)
            by_medal = (gold, silver, bronze)
            counts = by_medal[counted[0]]
            if len(counted) > 1:
                # Counted again from the lists: Counter.update with a mapping loops in Python.
                counts = collections.Counter(chain(chain(space[m] for m in counted)))
            won[games] = (counts, gold, silver, bronze)
        return _full_board(history, tally, won, as_of)
    counter = Counter(history, tally, bounds_of(history, tally))
    for games, space in spaces.items():
        counts = collections.Counter(chain(chain(space[m] for m in counted)))
        # Only those that may make the cut (the cut itself comes after every space) have
        # their medals counted.
        least = cut(counts, limit)
        chosen = {subject for subject, count in counts.items() if count >= least}
        # A tally of one medal (golds) has its medal counted already: not again.
        gold, silver, bronze = (
            counts
            if counted == [medal]
            else collections.Counter(filter(chosen.__contains__, chain(lists)))
            for medal, lists in enumerate(space)
        )
        for subject in chosen:
            counter.counts[subject, games] = [
                counts[subject],
                gold.get(subject, 0),
                silver.get(subject, 0),
                bronze.get(subject, 0),
            ]
    return _ranked(counter, limit, as_of)


Won = tuple[Mapping[str, int], Mapping[str, int], Mapping[str, int], Mapping[str, int]]
"""Each subject's count, golds, silvers and bronzes (in one Games, or all time)."""


def _full_board(
    history: History, tally: Tally, won: Mapping[str | None, Won], day: dt.date | None
) -> list[Standing]:
    """Every subject of ``won`` ranked, as :meth:`Counter.ranked` ranks them.

    Thousands of subjects: the names' order is the History's
    (:func:`~olympics_records._engine.counts.name_order`), so the sort compares numbers
    only, and the rows and standings are made by C iterators, not a loop in Python.
    """
    lookups = index(history)
    names = lookups.nocs if tally.subject is Subject.NOC else lookups.athletes
    order = name_order(history, tally.subject)
    editions = lookups.games
    in_time = games_order(history)
    # One row per subject: (count, golds, silvers, bronzes, minus the place of the name,
    # minus the place of the Games, id, Games), made by C iterators and sorted highest
    # first; the places of the name and of the Games are unique together, so the sort
    # never compares past them.
    rows: list[tuple[int, int, int, int, int, int, str, Games | None]] = []
    zeros = itertools.repeat(0)
    for games_id, (counts, gold, silver, bronze) in won.items():
        subjects = list(counts)  # Counters of lists: every count is positive
        rows.extend(
            zip(
                counts.values(),
                map(gold.get, subjects, zeros),
                map(silver.get, subjects, zeros),
                map(bronze.get, subjects, zeros),
                map(operator.neg, map(order.__getitem__, subjects)),
                itertools.repeat(0 if games_id is None else -in_time[games_id]),
                subjects,
                itertools.repeat(None if games_id is None else editions[games_id]),
            )
        )
    if not rows:
        return []
    rows.sort(reverse=True)
    columns: list[tuple[Any, ...]] = list(zip(*rows, strict=True))
    numbers, golds, silvers, bronzes, _, _, ids, at_games = columns
    ranks: list[int] = []
    rank = 0
    previous = 0
    for position, count in enumerate(numbers, start=1):
        if count != previous:
            rank, previous = position, count
        ranks.append(rank)
    bounds = bounds_of(history, tally)
    if bounds is None:
        lower_bounds: Iterable[bool] = itertools.repeat(False)
    else:
        entered = bounds.entered.whole()  # whose counts may be bounds: everyone's at once
        lower_bounds = [
            subject in entered and bounds.hides(subject, None if at is None else at.id, day)
            for subject, at in zip(ids, at_games, strict=True)
        ]
    return _new_standings(
        ranks,
        ids,
        map(_name, map(names.__getitem__, ids)),
        at_games,
        numbers,
        golds,
        silvers,
        bronzes,
        lower_bounds,
    )


_name = operator.attrgetter("name")
_new_standings = unchecked_columns(Standing)
"""Standings from their fields' columns: a whole board makes thousands at once."""


def boards_over(
    history: History, tally: Tally, days: Collection[dt.date], limit: int | None
) -> Iterator[tuple[dt.date, list[Standing]]]:
    """The leaderboard of ``tally`` at the end of each of ``days``, in date order.

    Each day once. The medal rows are counted once, in date order, up to each day in
    turn; a day before an undecided correction (whose entries are not the standing
    ones) is counted on its own. With ``limit``, each day's cut is found among the
    subjects at or above the last day's and those raised since: counts never fall
    between two days of standing entries, so no one else can reach it.
    """
    for day in days:
        check_day(day)
    ordered = sorted(set(days))
    rows = medal_rows(history, tally, None)
    counter = Counter(history, tally, bounds_of(history, tally))
    position = 0
    least = 1
    top: set[Key] = set()
    for day in ordered:
        if not standing_on(history, day):
            yield day, board_of(history, tally, day, limit)
            continue
        end = _after(rows, day, position)
        raised = counter.add_rows(itertools.islice(rows, position, end))
        position = end
        if limit is None:
            yield day, counter.ranked(day=day)
            continue
        counts = counter.counts
        top |= {key for key in raised if counts[key][0] >= least}
        least = max(least, cut({key: counts[key][0] for key in top}, limit))
        top = {key for key in top if counts[key][0] >= least}
        yield day, counter.ranked(top, day)


def _after(rows: Sequence[Row], day: dt.date, start: int) -> int:
    """The position of the first row after ``day`` in ``rows`` (by date), from ``start``."""
    return bisect.bisect_right(rows, day, lo=start, key=day_of)
