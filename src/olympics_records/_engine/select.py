"""Selecting what a tally counts: the results as of a day, its events, its medal rows.

:func:`results_as_of` gives the standing entries at the end of a day;
:class:`EventFilter` says whether an event counts for a tally; :func:`medal_entries`
and :func:`medal_rows` pick the medals it counts, the rows with their events, Games
and days (the reference path of :mod:`~olympics_records._engine.counts`).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence

from olympics_records._engine.index import Row, index
from olympics_records.history import History
from olympics_records.model import Entry, Event
from olympics_records.sports import within
from olympics_records.tally import Scope, Subject, Tally

__all__ = [
    "EventFilter",
    "Key",
    "check_day",
    "day_of",
    "keys_of",
    "medal_entries",
    "medal_rows",
    "medal_rows_for",
    "results_as_of",
    "standing_on",
]


def check_day(as_of: object) -> None:
    """Refuse an ``as_of`` that is neither a date nor ``None``."""
    if as_of is not None and (not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime)):
        raise TypeError(f"as_of needs a datetime.date or None, not {as_of!r}")


def results_as_of(history: History, as_of: dt.date | None) -> Sequence[Entry]:
    """The standing entries as of the end of ``as_of`` (all of them for ``None``)."""
    check_day(as_of)
    if as_of is None:
        return history.results
    if not standing_on(history, as_of):
        # Some corrections were not yet decided: the entries must be re-corrected.
        return history.as_of(as_of).results
    dates = index(history).event_dates
    return [e for e in history.results if dates[e.event] <= as_of]


class EventFilter:
    """Whether events count for a tally; each event is judged once per query."""

    __slots__ = ("_filed", "_games", "_seen", "_tally")

    def __init__(self, history: History, tally: Tally) -> None:
        self._tally = tally
        self._seen: dict[str, bool] = {}
        # Whether events filed under a (sport, discipline) pair of labels count: the
        # pairs are few, the events many.
        self._filed: dict[tuple[str, str], bool] = {}
        self._games = index(history).games

    def __call__(self, event: Event) -> bool:
        known = self._seen.get(event.id)
        if known is None:
            known = self._seen[event.id] = self._judge(event)
        return known

    def _judge(self, event: Event) -> bool:
        tally = self._tally
        games = self._games[event.games]
        return (
            event.official
            and games.official
            and (tally.season is None or games.season is tally.season)
            and (tally.kind is None or event.kind is tally.kind)
            and (tally.gender is None or event.gender is tally.gender)
            and self._of_sport(event.sport, event.discipline)
        )

    def _of_sport(self, sport: str, discipline: str) -> bool:
        # By the sports registry: sources label one sport or one discipline apart.
        known = self._filed.get((sport, discipline))
        if known is None:
            tally = self._tally
            known = self._filed[sport, discipline] = (
                tally.sport is None or within(tally.sport, sport, discipline)
            ) and (tally.discipline is None or within(tally.discipline, sport, discipline))
        return known


Key = tuple[str, str | None]  # (athlete id or NOC code, Games id or None)


def keys_of(entry: Entry, event: Event, tally: Tally) -> Iterator[Key]:
    games = event.games if tally.scope is Scope.GAMES else None
    if tally.subject is Subject.NOC:
        yield entry.noc, games
    else:
        for athlete in entry.athletes:
            yield athlete, games


def medal_entries(
    history: History, tally: Tally, entries: Iterable[Entry]
) -> Iterator[tuple[Entry, Event]]:
    """The medal-winning entries among ``entries`` whose events count for ``tally``."""
    events = index(history).events
    counts = EventFilter(history, tally)
    for entry in entries:
        if entry.medal is not None:
            event = events[entry.event]
            if counts(event):
                yield entry, event


def medal_rows(history: History, tally: Tally, as_of: dt.date | None) -> Sequence[Row]:
    """The medal entries that count for ``tally``, with their events and Games, by date.

    They come from the History's index, which holds the standing medal entries of
    official events of official Games by season and date (with ``as_of``, those held
    by then: a prefix); only the tally's own filters are left to apply. A day before
    an undecided correction has entries of its own, selected from all results.
    """
    check_day(as_of)
    lookups = index(history)
    if as_of is not None and not standing_on(history, as_of):
        dates = lookups.event_dates
        games = lookups.games
        found = [
            (entry, event, games[event.games], dates[event.id])
            for entry, event in medal_entries(history, tally, results_as_of(history, as_of))
        ]
        found.sort(key=lambda row: row[3])
        return found
    rows = lookups.medalled(tally.season)
    if as_of is not None:
        # The standing entries by then: the rows are by date, so a prefix of them.
        rows = rows[: bisect.bisect_right(rows, as_of, key=day_of)]
    kind, gender = tally.kind, tally.gender
    if tally.sport is not None or tally.discipline is not None:
        counts = EventFilter(history, tally)
        return [row for row in rows if counts(row[1])]
    if kind is None and gender is None:
        return rows
    return [
        row
        for row in rows
        if (kind is None or row[1].kind is kind) and (gender is None or row[1].gender is gender)
    ]


def medal_rows_for(
    history: History, tally: Tally, as_of: dt.date | None, rows: Sequence[Row], keys: set[Key]
) -> Sequence[Row]:
    """The rows among ``rows`` that may count for ``keys`` (a few subjects), found fast."""
    if as_of is not None:
        return rows
    lookups = index(history)
    if tally.subject is Subject.ATHLETE:
        lists, which = lookups.by_athlete, {subject for subject, _ in keys}
    elif tally.scope is Scope.GAMES:
        lists, which = lookups.by_games, {games for _, games in keys if games is not None}
    else:
        lists, which = lookups.by_noc, {subject for subject, _ in keys}
    positions = sorted({i for key in which for i in lists.get(key, ())})
    results = lookups.results
    dates = lookups.event_dates
    counts = EventFilter(history, tally)
    found = []
    for i in positions:
        entry = results[i]
        if entry.medal is not None:
            event = lookups.events[entry.event]
            if counts(event):
                found.append((entry, event, lookups.games[event.games], dates[event.id]))
    return found


def day_of(row: Row) -> dt.date:
    """The day of a row."""
    return row[3]


def standing_on(history: History, as_of: dt.date | None) -> bool:
    """Whether the entries on ``as_of`` are the standing ones: no correction undecided."""
    return as_of is None or all(c.decided <= as_of for c in history.corrections)
