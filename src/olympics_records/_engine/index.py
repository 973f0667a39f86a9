"""The History's index, and the one cache of what is derived from a History.

:func:`index` is the only way to the look-ups a History builds once (by id, by event,
the standing results, the events held by date); :func:`derived` keeps, per History,
what modules work out from them on first use. A History is immutable: neither can go
stale, and both go with it. :func:`build_index` checks a new History's values;
:func:`checked_history` builds one from values a reader has checked.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from olympics_records._engine.gc import paused_gc
from olympics_records._engine.places import check_event
from olympics_records.errors import DataError, Issue
from olympics_records.model import (
    Athlete,
    Correction,
    Coverage,
    Entry,
    Event,
    Games,
    Noc,
    Season,
)

if TYPE_CHECKING:
    from olympics_records.history import History

__all__ = [
    "Held",
    "Index",
    "Row",
    "build_index",
    "checked_history",
    "derived",
    "index",
]

T = TypeVar("T")


def index(history: History) -> Index:
    """The index of ``history``: the only place that reaches into ``History._index``.

    Example:
        >>> from olympics_records import datasets
        >>> index(datasets.milano_cortina_2026()).games["1980-winter"].city
        'Lake Placid'
    """
    return history._index


def derived(history: History, key: Hashable, build: Callable[[], T]) -> T:
    """What ``build()`` returns, worked out once per History and kept with it.

    ``key`` names the value: something its module owns (its class or function, with
    arguments), so that two modules never share a key.

    Example:
        >>> from olympics_records import datasets
        >>> h = datasets.milano_cortina_2026()
        >>> first = derived(h, ("example", 1), list)
        >>> derived(h, ("example", 1), list) is first
        True
    """
    cache = history._index.derived
    found: T = cache.get(key, _MISSING)
    if found is _MISSING:
        found = cache[key] = build()
    return found


_MISSING: Any = object()


Row = tuple[Entry, Event, Games, dt.date]
Held = tuple[dt.date, Event, Games, tuple[int, ...]]
"""An official event of official Games with a medal entry: its date, the event, the
Games, and the positions of its entries (with a medal or not) in the results."""
_DATE_OF = operator.itemgetter(0)  # a Held's date (itemgetter: the sort key runs in C)
_ATHLETES = operator.attrgetter("athletes")  # an entry's athletes, got in C


class Index:
    """Look-ups built once per History (:func:`index`); never compared.

    What every query needs is built with the History; the per-athlete, per-Games and
    per-NOC look-ups only on first use (the History is immutable, so they cannot go
    stale).
    """

    __slots__ = (
        "__weakref__",  # what is derived refers back weakly (see bounds.Entered)
        "athletes",
        "by_event",
        "derived",
        "event_dates",
        "events",
        "games",
        "held",
        "held_by_season",
        "nocs",
        "results",
    )

    def __init__(
        self,
        *,
        games: Mapping[str, Games],
        events: Mapping[str, Event],
        athletes: Mapping[str, Athlete],
        nocs: Mapping[str, Noc],
        results: tuple[Entry, ...],
        event_dates: Mapping[str, dt.date],
        by_event: Mapping[str, tuple[int, ...]],
        held: tuple[Held, ...],
        held_by_season: Mapping[Season, tuple[Held, ...]],
    ) -> None:
        self.games = games
        self.events = events
        self.athletes = athletes
        self.nocs = nocs
        self.results = results
        self.event_dates = event_dates
        self.by_event = by_event
        self.held = held
        """The official events of official Games that have a standing medal entry, in
        order of date (:meth:`History.date_of`; events of one date in the order of
        their first entries)."""
        self.held_by_season = held_by_season
        """:attr:`held`, split by the Games' season (order kept)."""
        self.derived: dict[Hashable, Any] = {}
        """The cache of :func:`derived`."""

    def medalled(self, season: Season | None = None) -> tuple[Row, ...]:
        """The standing medal entries of :attr:`held` (of one season, or all), by date.

        Each with its event, Games and date; an event's entries in results order.
        """
        found: tuple[Row, ...] | None = self.derived.get(("medalled", season))
        if found is None:
            results = self.results
            found = self.derived["medalled", season] = tuple(
                (entry, event, games, day)
                for day, event, games, positions in (
                    self.held if season is None else self.held_by_season[season]
                )
                for entry in map(results.__getitem__, positions)
                if entry.medal is not None
            )
        return found

    @property
    def by_athlete(self) -> Mapping[str, tuple[int, ...]]:
        """Positions in :attr:`results` of each athlete's entries."""
        found: dict[str, tuple[int, ...]] | None = self.derived.get("by_athlete")
        if found is None:
            # Each athlete's tuple grows by one position at a time: most athletes have
            # one to a few entries (the most in the shared data: 34), so copying costs
            # less than lists made then frozen (a third to a half of the time).
            found = {}
            had = found.get
            with paused_gc():
                for position, athletes in enumerate(map(_ATHLETES, self.results)):
                    for athlete in athletes:
                        found[athlete] = had(athlete, ()) + (position,)  # noqa: RUF005 - faster than (*t, p)
            self.derived["by_athlete"] = found
        return found

    @property
    def by_games(self) -> Mapping[str, tuple[int, ...]]:
        """Positions in :attr:`results` of each Games' entries."""
        found: dict[str, tuple[int, ...]] | None = self.derived.get("by_games")
        if found is None:
            lists: dict[str, list[int]] = defaultdict(list)
            events = self.events
            for event_id, positions in self.by_event.items():
                lists[events[event_id].games].extend(positions)
            found = self.derived["by_games"] = {
                key: tuple(sorted(value)) for key, value in lists.items()
            }
        return found

    @property
    def by_noc(self) -> Mapping[str, tuple[int, ...]]:
        """Positions in :attr:`results` of each NOC's entries."""
        found: dict[str, tuple[int, ...]] | None = self.derived.get("by_noc")
        if found is None:
            lists: dict[str, list[int]] = defaultdict(list)
            for position, entry in enumerate(self.results):
                lists[entry.noc].append(position)
            found = self.derived["by_noc"] = _freeze(lists)
        return found


def _freeze(lists: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
    return {key: tuple(value) for key, value in lists.items()}


def _unique(items: Iterable[Any], key: str, what: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for position, item in enumerate(items):
        ident = getattr(item, key)
        if ident in found:
            if found[ident] == item:
                message = f"{what} {ident!r} is listed twice"
            else:
                message = f"two different {what}s share the {key} {ident!r}"
            raise DataError(
                message, source=f"History.{what}s", row=position, field=key, value=ident
            )
        found[ident] = item
    return found


def _check_references(
    where: str, position: int, item: Entry | Correction, history: History, index: dict[str, Any]
) -> None:
    if item.event not in index["events"]:
        raise DataError(
            "refers to an unknown event",
            source=where,
            row=position,
            field="event",
            value=item.event,
        )
    if item.noc not in index["nocs"]:
        raise DataError(
            "refers to an unknown NOC", source=where, row=position, field="noc", value=item.noc
        )
    for athlete in item.athletes:
        if athlete not in index["athletes"]:
            raise DataError(
                "refers to an unknown athlete",
                source=where,
                row=position,
                field="athletes",
                value=athlete,
            )


def _apply_corrections(
    entries: tuple[Entry, ...], corrections: tuple[Correction, ...]
) -> tuple[Entry, ...]:
    if not corrections:
        return entries
    results = list(entries)
    where: dict[tuple[str, str, frozenset[str]], list[int]] = defaultdict(list)
    for i, e in enumerate(results):
        where[(e.event, e.noc, frozenset(e.athletes))].append(i)
    decided: dict[tuple[tuple[str, str, frozenset[str]], dt.date], Correction] = {}
    for position, correction in enumerate(corrections):
        key = (correction.event, correction.noc, frozenset(correction.athletes))
        # Which entry a correction means must not depend on the order entries are given.
        if len(where.get(key, ())) > 1:
            raise DataError(
                f"matches {len(where[key])} entries of {correction.noc} in event "
                f"{correction.event!r}; name the athletes to say which one it corrects",
                source="History.corrections",
                row=position,
                field="athletes",
                value=",".join(correction.athletes),
            )
        same_day = decided.setdefault((key, correction.decided), correction)
        if same_day.medal != correction.medal:
            raise DataError(
                f"two corrections of one entry decided on {correction.decided} disagree",
                source="History.corrections",
                row=position,
                field="medal",
                value=correction.medal.value if correction.medal else None,
            )
    for correction in sorted(corrections, key=lambda c: c.decided):
        key = (correction.event, correction.noc, frozenset(correction.athletes))
        if key in where:
            (i,) = where[key]
            results[i] = attrs.evolve(results[i], medal=correction.medal)
        elif correction.medal is not None:
            where[key] = [len(results)]
            results.append(
                Entry(
                    event=correction.event,
                    noc=correction.noc,
                    athletes=correction.athletes,
                    place=None,
                    medal=correction.medal,
                )
            )
    return tuple(results)


def build_index(history: History) -> Index:
    """Check a new History's values and build its index (the History's post-init).

    Raises:
        DataError: naming the first problem.
    """
    with paused_gc():
        return _check_and_index(history)


def checked_history(
    *,
    games: tuple[Games, ...],
    events: tuple[Event, ...],
    entries: tuple[Entry, ...],
    athletes: tuple[Athlete, ...],
    nocs: tuple[Noc, ...],
    corrections: tuple[Correction, ...] = (),
    issues: tuple[Issue, ...] = (),
    coverage: tuple[Coverage, ...] = (),
    per_event: dict[str, list[int]] | None = None,
    events_by_id: dict[str, Event] | None = None,
    athletes_by_id: dict[str, Athlete] | None = None,
) -> History:
    """A History from values a reader's builder has already checked.

    The caller guarantees what :class:`History` would otherwise check: every value is
    of its type, ids are unique, every reference resolves, and each event's entries
    keep the rules of a result list (no athlete twice; places agree with medals),
    and each correction names one entry (or none) and agrees with those of its day.
    Only the index is built, from ``per_event`` (the positions of each event's
    entries, in order) and the events and athletes by id, where the caller has them
    (in the order of ``events`` and ``athletes``). Everything else goes through
    ``History(...)``, which checks it all.
    """
    from olympics_records.history import History  # noqa: PLC0415 - History imports this module

    history: History = object.__new__(History)
    for name, value in (
        ("games", games),
        ("events", events),
        ("entries", entries),
        ("athletes", athletes),
        ("nocs", nocs),
        ("corrections", corrections),
        ("issues", issues),
        ("coverage", coverage),
    ):
        object.__setattr__(history, name, value)
    with paused_gc():
        built = _index_of(
            history,
            games_by_id={g.id: g for g in games},
            events={e.id: e for e in events} if events_by_id is None else events_by_id,
            athletes={a.id: a for a in athletes} if athletes_by_id is None else athletes_by_id,
            nocs={n.code: n for n in nocs},
            per_event=per_event,
        )
        object.__setattr__(history, "_index", built)
    return history


def _check_and_index(history: History) -> Index:
    for name in ("games", "events", "entries", "athletes", "nocs", "corrections", "issues"):
        kind = {
            "games": Games,
            "events": Event,
            "entries": Entry,
            "athletes": Athlete,
            "nocs": Noc,
            "corrections": Correction,
            "issues": Issue,
        }[name]
        items = getattr(history, name)
        if all(type(item) is kind for item in items):
            continue
        for position, item in enumerate(items):
            if not isinstance(item, kind):
                raise DataError(
                    f"must hold {kind.__name__} values, not {type(item).__name__}",
                    source=f"History.{name}",
                    row=position,
                    value=repr(item),
                )
    for position, item in enumerate(history.coverage):
        if not isinstance(item, Coverage):
            raise DataError(
                f"must hold Coverage values, not {type(item).__name__}",
                source="History.coverage",
                row=position,
                value=repr(item),
            )

    index: dict[str, Any] = {
        "games": {g.id: g for g in _unique(history.games, "id", "Games").values()},
        "events": _unique(history.events, "id", "event"),
        "athletes": _unique(history.athletes, "id", "athlete"),
        "nocs": _unique(history.nocs, "code", "NOC"),
    }
    for position, event in enumerate(history.events):
        if event.games not in index["games"]:
            raise DataError(
                "refers to unknown Games",
                source="History.events",
                row=position,
                field="games",
                value=event.games,
            )

    entries = history.entries
    known_events, known_nocs, known_athletes = index["events"], index["nocs"], index["athletes"]
    if not (
        known_events.keys() >= {e.event for e in entries}
        and known_nocs.keys() >= {e.noc for e in entries}
        and known_athletes.keys() >= set().union(*[e.athletes for e in entries])
    ):
        for position, entry in enumerate(entries):
            _check_references("History.entries", position, entry, history, index)
    of_event = _positions_of_events(entries)
    for event_id, positions in of_event.items():
        if len(positions) > 1:  # one entry alone always satisfies the rules
            check_event(event_id, [(i, entries[i]) for i in positions])
    for position, correction in enumerate(history.corrections):
        _check_references("History.corrections", position, correction, history, index)
    for position, coverage in enumerate(history.coverage):
        if coverage.games not in index["games"]:
            raise DataError(
                "refers to unknown Games",
                source="History.coverage",
                row=position,
                field="games",
                value=coverage.games,
            )

    return _index_of(
        history,
        games_by_id=index["games"],
        events=index["events"],
        athletes=index["athletes"],
        nocs=index["nocs"],
        per_event=of_event,
    )


def _positions_of_events(entries: tuple[Entry, ...]) -> dict[str, list[int]]:
    """The positions in ``entries`` of each event's entries, events in order of first entry."""
    positions_of: dict[str, list[int]] = {}
    for position, entry in enumerate(entries):
        positions = positions_of.get(entry.event)
        if positions is None:
            positions_of[entry.event] = [position]
        else:
            positions.append(position)
    return positions_of


def _index_of(
    history: History,
    *,
    games_by_id: dict[str, Games],
    events: dict[str, Event],
    athletes: dict[str, Athlete],
    nocs: dict[str, Noc],
    per_event: dict[str, list[int]] | None = None,
) -> Index:
    """The index of a History whose values have been checked."""
    entries = history.entries
    results = _apply_corrections(entries, history.corrections)
    if per_event is None or results is not entries:
        per_event = _positions_of_events(results)
    event_dates: dict[str, dt.date] = {}
    for event in events.values():
        games = games_by_id[event.games]
        event_dates[event.id] = event.date or games.closed or dt.date(games.year, 12, 31)
    by_event = _freeze(per_event)
    held: list[Held] = []
    for event_id, positions in by_event.items():
        event = events[event_id]
        if not event.official:
            continue
        games = games_by_id[event.games]
        if not games.official:
            continue
        for position in positions:
            if results[position].medal is not None:
                held.append((event_dates[event_id], event, games, positions))
                break
    held.sort(key=_DATE_OF)  # stable: events of one day keep their order
    by_season: dict[Season, list[Held]] = {s: [] for s in Season}
    for item in held:
        by_season[item[2].season].append(item)

    return Index(
        games=games_by_id,
        events=events,
        athletes=athletes,
        nocs=nocs,
        results=results,
        event_dates=event_dates,
        by_event=by_event,
        held=tuple(held),
        held_by_season={s: tuple(items) for s, items in by_season.items()},
    )
