"""Counting medals for a tally: the shared lists (the fast path) and the rows beside them.

Records, progressions and medal tables count from lists of athlete ids and NOC codes
grouped once per History and season (:class:`Medals`); tallies by sport or
discipline, days before an undecided correction, and leaderboards count the medal rows
one by one (:class:`Counter`, the reference path). Both give the same answers.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import itertools
import operator
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from typing import Any

from olympics_records._engine.bounds import Bounds, bounds_of, bounds_of_rows
from olympics_records._engine.construct import unchecked
from olympics_records._engine.index import Held, Row, derived, index
from olympics_records._engine.places import MEDAL_INDEX
from olympics_records._engine.select import (
    Key,
    check_day,
    day_of,
    medal_rows,
    medal_rows_for,
    results_as_of,
    standing_on,
)
from olympics_records.history import History
from olympics_records.model import Entry, EventKind, Games, Gender, Medal, Season
from olympics_records.names import fold
from olympics_records.tally import (
    MarkKind,
    Record,
    RecordMark,
    Scope,
    Standing,
    Subject,
    Tally,
)

__all__ = [
    "NOC_LISTS",
    "Cell",
    "Counter",
    "Lists",
    "Medals",
    "Table",
    "add_mark",
    "cells_of",
    "counter_of_rows",
    "games_order",
    "medals_of",
    "name_order",
    "new_standing",
    "next_mark",
    "progression_of",
    "progression_of_cells",
    "progression_of_rows",
    "record_of",
    "record_of_cells",
    "record_of_rows",
    "standings_of",
    "table_of_cells",
    "table_of_rows",
]

# The fast path: shared lists --------------------------------------------------------
#
# A record book asks many questions of one History: ten records, two progressions and
# a medal table per Games. Walking one season's medal rows in Python for each of them
# (20,000 rows on the olympics.com data) was most of the cost. Instead the rows are
# grouped once per History and season into plain lists of athlete ids and NOC codes,
# by day, Games, event kind, gender and medal; each query then picks the lists it
# needs and counts them with collections.Counter, whose counting loop runs in C.

Lists = tuple[list[str], ...]
"""The athlete ids (one per listed member) won with gold, silver and bronze, then the
NOC codes (one per entry) won with gold, silver and bronze: six lists."""

NOC_LISTS = 3
"""Where the NOC codes start in a :data:`Lists`; each medal's list is its
:data:`~olympics_records._engine.places.MEDAL_INDEX` (plus this, for NOCs)."""

Cell = tuple[dt.date, str, Lists]
"""The medals won on one day at one Games: (day, Games id, lists). The lists are shared
between queries: nothing may change them."""

_day_of_cell = operator.itemgetter(0)

Table = tuple[collections.Counter[str], ...]
"""Each NOC code's golds, then silvers, then bronzes (shared: nothing may change them)."""

_NO_TABLE: Table = (collections.Counter(), collections.Counter(), collections.Counter())


def _joined(parts: list[Lists]) -> Lists:
    """Several groups' lists as one; a single group's are shared, not copied."""
    if len(parts) == 1:
        return parts[0]
    joined: Lists = ([], [], [], [], [], [])
    for lists in parts:
        for column, items in zip(joined, lists, strict=True):
            column.extend(items)
    return joined


class Medals:
    """One season's (or every season's) counted medal rows, in lists for counting.

    The medals are those of the History index's ``held`` events: standing medal
    entries of official events of official Games, by date. Built once per History and
    season (see :func:`medals_of`).
    """

    __slots__ = ("_by_games", "_groups", "_tables", "_views")

    def __init__(self, held: Sequence[Held], results: tuple[Entry, ...]) -> None:
        groups: dict[tuple[dt.date, str, EventKind, Gender], Lists] = {}
        gold, silver, bronze = Medal.GOLD, Medal.SILVER, Medal.BRONZE
        entry_at = results.__getitem__
        for day, event, _, positions in held:
            key = (day, event.games, event.kind, event.gender)
            lists = groups.get(key)
            if lists is None:
                lists = groups[key] = ([], [], [], [], [], [])
            # Written out per medal: this loop sees every entry of the season.
            for entry in map(entry_at, positions):
                medal = entry.medal
                if medal is gold:
                    lists[0].extend(entry.athletes)
                    lists[3].append(entry.noc)
                elif medal is silver:
                    lists[1].extend(entry.athletes)
                    lists[4].append(entry.noc)
                elif medal is bronze:
                    lists[2].extend(entry.athletes)
                    lists[5].append(entry.noc)
        self._groups = groups
        self._views: dict[tuple[EventKind | None, Gender | None], list[Cell]] = {}
        self._tables: dict[str, Table] | None = None
        self._by_games: dict[str, list[Cell]] | None = None

    def cells(self, kind: EventKind | None, gender: Gender | None) -> list[Cell]:
        """The medals of events of ``kind`` and ``gender`` (``None``: any), by day."""
        view = self._views.get((kind, gender))
        if view is None:
            parts: dict[tuple[dt.date, str], list[Lists]] = {}
            for (day, games, event_kind, event_gender), lists in self._groups.items():
                if (kind is None or event_kind is kind) and (
                    gender is None or event_gender is gender
                ):
                    parts.setdefault((day, games), []).append(lists)
            # The groups were made in row order, so the cells come by day.
            view = [(day, games, _joined(lists)) for (day, games), lists in parts.items()]
            self._views[(kind, gender)] = view
        return view

    def table(self, games: str) -> Table:
        """Each NOC code's golds, silvers and bronzes at one Games."""
        if self._tables is None:
            # Every Games of the season at once: one walk over the cells.
            tables: dict[str, Table] = {}
            for _, games_id, lists in self.cells(None, None):
                table = tables.get(games_id)
                if table is None:
                    table = tables[games_id] = tuple(collections.Counter() for _ in MEDAL_INDEX)
                for won, nocs in zip(table, lists[NOC_LISTS:], strict=True):
                    won.update(nocs)
            self._tables = tables
        return self._tables.get(games, _NO_TABLE)

    def table_on(self, games: str, day: dt.date) -> Table:
        """Each NOC code's golds, silvers and bronzes at one Games by the end of ``day``.

        Only that Games' cells are counted, up to the day.
        """
        if self._by_games is None:
            by_games: dict[str, list[Cell]] = {}
            for cell in self.cells(None, None):
                by_games.setdefault(cell[1], []).append(cell)
            self._by_games = by_games
        cells = self._by_games.get(games, [])
        table: Table = tuple(collections.Counter() for _ in MEDAL_INDEX)
        for _, _, lists in cells[: bisect.bisect_right(cells, day, key=_day_of_cell)]:
            for won, nocs in zip(table, lists[NOC_LISTS:], strict=True):
                won.update(nocs)
        return table


def medals_of(history: History, season: Season | None) -> Medals:
    """The shared lists of ``season`` (``None``: all), built once per History."""

    def build() -> Medals:
        lookups = index(history)
        held = lookups.held if season is None else lookups.held_by_season[season]
        return Medals(held, lookups.results)

    return derived(history, (Medals, season), build)


def cells_of(history: History, tally: Tally, as_of: dt.date | None) -> list[Cell] | None:
    """The shared lists that count for ``tally``, or ``None`` if they cannot serve it.

    Sports and disciplines match through the sports registry, and corrections undecided on
    ``as_of`` change the entries: such queries walk the rows (:func:`medal_rows`).
    """
    if tally.sport is not None or tally.discipline is not None:
        return None
    check_day(as_of)
    if not standing_on(history, as_of):
        return None
    cells = medals_of(history, tally.season).cells(tally.kind, tally.gender)
    if as_of is not None:
        cells = [cell for cell in cells if cell[0] <= as_of]
    return cells


def table_of_cells(
    history: History, games: Games, as_of: dt.date | None = None
) -> tuple[Mapping[str, int], ...]:
    """Each NOC code's golds, then silvers, then bronzes at one official Games.

    With ``as_of``, by the end of that day, which must be one with the standing
    entries (:func:`~olympics_records._engine.select.standing_on`).
    """
    medals = medals_of(history, games.season)
    return medals.table(games.id) if as_of is None else medals.table_on(games.id, as_of)


def _won(
    cells: Iterable[Cell], keys: Iterable[Key], at: int, known: int | None
) -> dict[Key, list[int]]:
    """The golds, silvers and bronzes of each of ``keys`` in ``cells``.

    ``at`` picks the athlete or the NOC lists; the medal ``known`` (its place in MEDAL_INDEX)
    is not counted but left at 0, for the caller to fill in. One pass over the lists
    for all keys: a record can have many holders, and a pass each would make the
    work grow with their number times the data's size.
    """
    wanted: dict[str | None, set[str]] = {}  # Games (None: all) -> whose medals
    won: dict[Key, list[int]] = {}
    for subject, games in keys:
        wanted.setdefault(games, set()).add(subject)
        won[subject, games] = [0, 0, 0]
    career = wanted.get(None)
    medals = [medal for medal in range(3) if medal != known]
    for _, games_id, lists in cells:
        for games, subjects in ((games_id, wanted.get(games_id)), (None, career)):
            if not subjects:
                continue
            for medal in medals:
                found = list(filter(subjects.__contains__, lists[at + medal]))
                for subject in found:
                    won[subject, games][medal] += 1
    return won


def record_of_cells(
    history: History, tally: Tally, cells: list[Cell], as_of: dt.date | None
) -> Record:
    """The record of ``tally`` from the shared lists (``cells``: :func:`cells_of`)."""
    at = NOC_LISTS if tally.subject is Subject.NOC else 0
    counted = [at + MEDAL_INDEX[medal] for medal in tally.medals]
    by_games = tally.scope is Scope.GAMES
    # The lists to count for each Games (or for all time: None).
    spaces: dict[str | None, list[list[str]]] = {}
    for _, games_id, lists in cells:
        space = spaces.setdefault(games_id if by_games else None, [])
        space.extend([lists[i] for i in counted])
    best = 0
    top: list[Key] = []
    for games, space in spaces.items():
        counts = collections.Counter(itertools.chain.from_iterable(space))
        if not counts:
            continue
        most = max(counts.values())
        if most < best:
            continue
        if most > best:
            best, top = most, []
        top.extend([(subject, games) for subject, count in counts.items() if count == most])
    if not best:
        return Record(value=0, holders=())
    # With one medal counted, its number is the count: only the others are looked for.
    known = MEDAL_INDEX[tally.medals[0]] if len(tally.medals) == 1 else None
    counter = Counter(history, tally, bounds_of(history, tally))
    for key, won in _won(cells, top, at, known).items():
        if known is not None:
            won[known] = best
        counter.counts[key] = [best, *won]
    return _record_with(best, counter.ranked(top, as_of))


def progression_of_cells(
    history: History, tally: Tally, cells: list[Cell]
) -> tuple[RecordMark, ...]:
    """The progression of ``tally`` from the shared lists (``cells``: :func:`cells_of`)."""
    at = NOC_LISTS if tally.subject is Subject.NOC else 0
    counted = [MEDAL_INDEX[medal] for medal in tally.medals]
    by_games = tally.scope is Scope.GAMES
    # Per Games (or for all time: None), as in a Counter: each subject's count, golds,
    # silvers and bronzes. The count is kept day by day; the medals only when a mark
    # shows them, from the lists not yet added (``unseen``): most Games hold no record.
    won: dict[str | None, list[collections.Counter[str]]] = {}
    unseen: dict[str | None, list[Lists]] = {}
    counter = Counter(history, tally, bounds_of(history, tally))
    marks: list[RecordMark] = []
    value = 0
    holders: set[Key] = set()
    first: RecordMark | None = None  # the mark that first reached ``value``
    for day, group in itertools.groupby(cells, key=_day_of_cell):
        raised: dict[str | None, set[str]] = {}  # who won a counted medal that day
        for _, games, lists in group:
            space = games if by_games else None
            tallies = won.get(space)
            if tallies is None:
                tallies = won[space] = [collections.Counter() for _ in range(4)]
                if len(counted) == 1:  # the one medal counted is the count
                    tallies[1 + counted[0]] = tallies[0]
            unseen.setdefault(space, []).append(lists)
            for medal in counted:
                subjects = lists[at + medal]
                if subjects:
                    tallies[0].update(subjects)
                    raised.setdefault(space, set()).update(subjects)
        if not raised:
            continue
        best = max(max(map(won[space][0].__getitem__, who)) for space, who in raised.items())
        if best < value:
            continue
        reached = {
            (subject, space)
            for space, who in raised.items()
            for subject in itertools.compress(
                who, map(best.__eq__, map(won[space][0].__getitem__, who))
            )
        }
        kind, holders, value = next_mark(best, reached, value, holders, first)
        for subject, space in holders:
            tallies = won[space]
            for lists in unseen.pop(space, ()):
                for medal in range(3):
                    if tallies[1 + medal] is not tallies[0]:
                        tallies[1 + medal].update(lists[at + medal])
            counter.counts[(subject, space)] = [c[subject] for c in tallies]
        first = add_mark(marks, day, value, tuple(counter.ranked(holders, day)), kind, first)
    return tuple(marks)


# The reference path: rows -----------------------------------------------------------
#
# Tallies by sport or discipline, days before an undecided correction, and leaderboards
# walk the medal rows (select.medal_rows) with a Counter. The shared lists must agree
# with it to the last holder, mark and rank (tests/engine/test_counts.py).

_SLOT = {medal: 1 + column for medal, column in MEDAL_INDEX.items()}
"""Each medal's place in a counter's [count, gold, silver, bronze]."""


class Counter:
    """Per-subject counters, and Standings made from them."""

    __slots__ = ("_bounds", "_folded", "_history", "_medals", "_tally", "counts")

    def __init__(self, history: History, tally: Tally, bounds: Bounds | None = None) -> None:
        self._history = history
        self._tally = tally
        self._medals = frozenset(tally.medals)
        self.counts: dict[Key, list[int]] = {}
        """Each subject's [count, golds, silvers, bronzes]."""
        self._bounds = bounds
        """Which counts are lower bounds; ``None``: none is (nations, or no such medal)."""
        # Names folded for the order, kept per History: a full board folds thousands.
        self._folded: dict[str, str] = derived(history, (Counter, "folded"), dict)

    def add_rows(self, rows: Iterable[Row], only: set[Key] | None = None) -> set[Key]:
        """Count every row (or, with ``only``, just the medals of those subjects).

        Returns the subjects whose count went up.
        """
        medals = self._medals
        by_games = self._tally.scope is Scope.GAMES
        by_noc = self._tally.subject is Subject.NOC
        all_counts = self.counts
        raised: set[Key] = set()
        for entry, event, _, _ in rows:
            medal = entry.medal
            if medal is None:  # pragma: no cover - rows hold medal entries only
                continue
            slot = _SLOT[medal]
            counted = medal in medals
            games = event.games if by_games else None
            for subject in (entry.noc,) if by_noc else entry.athletes:
                key = (subject, games)
                if only is not None and key not in only:
                    continue
                counts = all_counts.get(key)
                if counts is None:
                    counts = all_counts[key] = [0, 0, 0, 0]
                counts[slot] += 1
                if counted:
                    counts[0] += 1
                    raised.add(key)
        return raised

    def count(self, key: Key) -> int:
        """The number of counted medals of ``key``."""
        return self.counts[key][0]

    def ranked(
        self, keys: Iterable[Key] | None = None, day: dt.date | None = None
    ) -> list[Standing]:
        """Standings of ``keys`` (default: every subject with a count), ranked.

        ``day`` is the day the counts are of, for their lower bounds (``None``: today).
        """
        lookups = index(self._history)
        names = lookups.nocs if self._tally.subject is Subject.NOC else lookups.athletes
        editions = lookups.games
        folded = self._folded
        all_counts = self.counts
        # One flat tuple per subject, compared as a whole: the order is (count, golds,
        # silvers, bronzes: most first), folded name, name, id, Games by date. The id
        # and the Games make it unique, so the trailing fields are never compared.
        rows: list[tuple[Any, ...]] = []
        for key in all_counts if keys is None else keys:
            counts = all_counts[key]
            count = counts[0]
            if count <= 0:
                continue
            subject, games_id = key
            name = names[subject].name
            order = folded.get(name)
            if order is None:
                order = folded[name] = fold(name)
            games = None if games_id is None else editions[games_id]
            when = () if games is None else (games.year, games.season.value)
            rows.append(
                (-count, -counts[1], -counts[2], -counts[3], order, name, subject, when, games)
            )
        rows.sort()
        bounds = self._bounds
        # Whose counts may be bounds: a whole board asks about everyone, at once.
        entered: Container[str] = ()
        if bounds is not None:
            entered = bounds.entered.whole() if keys is None else bounds.entered
        standings: list[Standing] = []
        rank = 0
        previous = 1
        for position, (count, gold, silver, bronze, _, name, subject, _, games) in enumerate(
            rows, start=1
        ):
            if count != previous:
                rank, previous = position, count
            lower_bound = (
                subject in entered
                and bounds is not None
                and bounds.hides(subject, None if games is None else games.id, day)
            )
            standings.append(
                new_standing(
                    rank, subject, name, games, -count, -gold, -silver, -bronze, lower_bound
                )
            )
        return standings


def name_order(history: History, subject: Subject) -> Mapping[str, int]:
    """Each athlete's (or NOC's) place in the order of names a leaderboard keeps.

    That is folded name, then name, then id: the order :meth:`Counter.ranked` gives
    subjects of equal counts. Worked out once per History and kind of subject.
    """

    def build() -> dict[str, int]:
        lookups = index(history)
        found = lookups.nocs if subject is Subject.NOC else lookups.athletes
        ordered = sorted((fold(item.name), item.name, key) for key, item in found.items())
        return {key: place for place, (_, _, key) in enumerate(ordered)}

    return derived(history, (name_order, subject), build)


def games_order(history: History) -> Mapping[str, int]:
    """Each Games' place in time (year, then season): a leaderboard's last tie-break."""

    def build() -> dict[str, int]:
        games = index(history).games
        ordered = sorted((g.year, g.season.value, key) for key, g in games.items())
        return {key: place for place, (_, _, key) in enumerate(ordered)}

    return derived(history, games_order, build)


new_standing: Callable[[int, str, str, Games | None, int, int, int, int, bool], Standing] = (
    unchecked(Standing)
)
"""A :class:`Standing` from its fields, unchecked: a leaderboard makes one per subject."""


def standings_of(history: History, tally: Tally, as_of: dt.date | None) -> list[Standing]:
    """Every subject with a count of ``tally`` as of ``as_of``, ranked (a leaderboard).

    The reference path: leaderboards are made by
    :func:`~olympics_records._engine.boards.board_of`, which must agree with it.
    """
    return counter_of_rows(history, tally, as_of).ranked(day=as_of)


def counter_of_rows(history: History, tally: Tally, as_of: dt.date | None) -> Counter:
    """The medal rows of ``tally`` as of ``as_of``, counted row by row (the reference)."""
    rows = medal_rows(history, tally, as_of)
    if standing_on(history, as_of):
        bounds = bounds_of(history, tally)
    else:
        bounds = bounds_of_rows(history, tally, rows)
    counter = Counter(history, tally, bounds)
    counter.add_rows(rows)
    return counter


def record_of(history: History, tally: Tally, as_of: dt.date | None) -> Record:
    """The record of ``tally`` as of ``as_of``: from the shared lists where they serve."""
    cells = cells_of(history, tally, as_of)
    if cells is not None:
        return record_of_cells(history, tally, cells, as_of)
    return record_of_rows(history, tally, as_of)


def record_of_rows(history: History, tally: Tally, as_of: dt.date | None) -> Record:
    """The record of ``tally``, counted row by row (the reference path)."""
    rows = medal_rows(history, tally, as_of)
    counted = frozenset(tally.medals)
    by_games = tally.scope is Scope.GAMES
    by_noc = tally.subject is Subject.NOC
    counts: dict[Key, int] = {}
    for entry, event, _, _ in rows:
        if entry.medal in counted:
            games = event.games if by_games else None
            for subject in (entry.noc,) if by_noc else entry.athletes:
                key = (subject, games)
                counts[key] = counts.get(key, 0) + 1
    if not counts:
        return Record(value=0, holders=())
    best = max(counts.values())
    top = {key for key, count in counts.items() if count == best}
    counter = Counter(history, tally, bounds_of_rows(history, tally, rows))
    counter.add_rows(medal_rows_for(history, tally, as_of, rows, top), only=top)
    return _record_with(best, counter.ranked(top, as_of))


def _record_with(value: int, holders: Iterable[Standing]) -> Record:
    holders = tuple(holders)
    return Record(value=value, holders=holders, lower_bound=any(s.lower_bound for s in holders))


def progression_of(history: History, tally: Tally, as_of: dt.date | None) -> tuple[RecordMark, ...]:
    """The progression of ``tally``: from the shared lists where they serve."""
    cells = cells_of(history, tally, as_of)
    if cells is not None:
        return progression_of_cells(history, tally, cells)
    return progression_of_rows(history, tally, as_of)


def progression_of_rows(
    history: History, tally: Tally, as_of: dt.date | None
) -> tuple[RecordMark, ...]:
    """The progression of ``tally``, counted row by row, day by day (the reference path)."""
    rows = medal_rows(history, tally, as_of)
    counter = Counter(history, tally, bounds_of_rows(history, tally, rows))
    marks: list[RecordMark] = []
    value = 0
    holders: set[Key] = set()
    first: RecordMark | None = None  # the mark that first reached ``value``
    for day, group in itertools.groupby(rows, key=day_of):
        raised = counter.add_rows(group)
        if not raised:
            continue
        best = max(counter.count(key) for key in raised)
        if best < value:
            continue
        reached = {key for key in raised if counter.count(key) == best}
        kind, holders, value = next_mark(best, reached, value, holders, first)
        first = add_mark(marks, day, value, tuple(counter.ranked(holders, day)), kind, first)
    return tuple(marks)


def next_mark(
    best: int, reached: set[Key], value: int, holders: set[Key], first: RecordMark | None
) -> tuple[MarkKind, set[Key], int]:
    """What a day does to the record ``value`` held by ``holders``.

    ``best`` (at least ``value``) is the day's best count, ``reached`` who has it.
    Returns the mark's kind, the holders after it and the record's value.
    """
    if best == value:
        # Nobody at ``value`` can have gone up and stayed there: every raised subject
        # that is now at ``value`` is a new co-holder.
        return "equalled", holders | reached, value
    if first is None:
        return "set", reached, best
    if len(holders) == 1 and reached == holders:
        return "extended", reached, best
    return "broken", reached, best


def add_mark(  # noqa: PLR0917 - the fields of a mark
    marks: list[RecordMark],
    day: dt.date,
    value: int,
    holders: tuple[Standing, ...],
    kind: MarkKind,
    first: RecordMark | None,
) -> RecordMark | None:
    """Add the mark of ``day`` to ``marks``.

    Returns the mark that first reached the record now: ``first``, unless this mark
    set, broke or extended it.
    """
    mark = RecordMark(
        date=day,
        value=value,
        holders=holders,
        kind=kind,
        previous=first,
        stood=None if first is None else day - first.date,
    )
    marks.append(mark)
    return first if kind == "equalled" else mark


def table_of_rows(
    history: History, games_id: str, as_of: dt.date | None
) -> tuple[dict[str, int], ...]:
    """Each NOC code's golds, then silvers, then bronzes at one Games, from its entries."""
    events = index(history).events
    entries: Sequence[Entry]
    if as_of is None:
        entries = history.entries_of_games(games_id)
    elif standing_on(history, as_of):
        dates = index(history).event_dates
        entries = [e for e in history.entries_of_games(games_id) if dates[e.event] <= as_of]
    else:
        entries = [e for e in results_as_of(history, as_of) if events[e.event].games == games_id]
    won: tuple[dict[str, int], ...] = ({}, {}, {})
    for entry in entries:
        if entry.medal is None or not events[entry.event].official:
            continue
        column = won[MEDAL_INDEX[entry.medal]]
        column[entry.noc] = column.get(entry.noc, 0) + 1
    return won
