"""The :class:`History`: a validated, immutable collection of results, and its indexes.

A History holds entries *as awarded* and the corrections decided later. Queries see
:attr:`History.results`: the entries as they officially stand, every correction
applied. :meth:`History.as_of` gives the History as it stood on a given day.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from olympics_records._engine.gc import paused_gc
from olympics_records._engine.places import check_event
from olympics_records.errors import (
    AmbiguousNameError,
    DataError,
    Issue,
    UnknownIdError,
    UnknownNameError,
)
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
from olympics_records.names import fold, name_key

__all__ = ["History", "find_athlete"]


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return value if isinstance(value, tuple) else tuple(value)


_Row = tuple[Entry, Event, Games, dt.date]
_Held = tuple[dt.date, Event, Games, tuple[int, ...]]
"""An official event of official Games with a medal entry: its date, the event, the
Games, and the positions of its entries (with a medal or not) in the results."""
_DATE_OF = operator.itemgetter(0)  # a _Held's date (itemgetter: the sort key runs in C)


class _Index:
    """Look-ups built once per History; private and never compared.

    What every query needs is built with the History; the per-athlete, per-Games and
    per-NOC look-ups only on first use (the History is immutable, so they cannot go
    stale).
    """

    __slots__ = (
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
        held: tuple[_Held, ...],
        held_by_season: Mapping[Season, tuple[_Held, ...]],
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
        self.derived: dict[object, Any] = {}
        """What other modules work out from this index on first use, by a key of
        theirs (the History is immutable: it cannot go stale, and it goes with it)."""

    def medalled(self, season: Season | None = None) -> tuple[_Row, ...]:
        """The standing medal entries of :attr:`held` (of one season, or all), by date.

        Each with its event, Games and date; an event's entries in results order.
        """
        found: tuple[_Row, ...] | None = self.derived.get(("medalled", season))
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
            with paused_gc():
                lists: dict[str, list[int]] = defaultdict(list)
                for position, entry in enumerate(self.results):
                    for athlete in entry.athletes:
                        lists[athlete].append(position)
                found = self.derived["by_athlete"] = _freeze(lists)
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


@attrs.frozen(kw_only=True)
class History:
    """Olympic results: Games, events, entries, athletes, NOCs and later corrections.

    Construction checks every reference (each entry's event, each event's Games, each
    athlete and NOC) and the invariants of a result list (no athlete twice in one
    event; tied places share a medal; better places never get worse medals) and raises
    :class:`~olympics_records.errors.DataError` naming the first problem.

    Example:
        >>> from olympics_records import datasets
        >>> h = datasets.milano_cortina_2026()
        >>> h.get_games("2026-winter").city
        'Milano Cortina'
        >>> len([e for e in h.results if e.event.startswith("2026-winter/")])
        81
    """

    games: tuple[Games, ...] = attrs.field(converter=_tuple)
    """Every Games edition referred to (more are allowed)."""
    events: tuple[Event, ...] = attrs.field(converter=_tuple)
    """Every event with at least one entry (more are allowed)."""
    entries: tuple[Entry, ...] = attrs.field(converter=_tuple)
    """The entries as awarded on the day; see :attr:`results` for the standing state."""
    athletes: tuple[Athlete, ...] = attrs.field(converter=_tuple)
    """Every athlete referred to by an entry or correction."""
    nocs: tuple[Noc, ...] = attrs.field(converter=_tuple)
    """Every NOC code referred to by an entry or correction."""
    corrections: tuple[Correction, ...] = attrs.field(default=(), converter=_tuple)
    """Medals stripped or reallocated after the Games."""
    issues: tuple[Issue, ...] = attrs.field(default=(), converter=_tuple)
    """The data-quality report of the reader that built this History."""
    coverage: tuple[Coverage, ...] = attrs.field(default=(), converter=_tuple)
    """What the data holds for each Games (absent: not declared)."""
    _index: _Index = attrs.field(init=False, eq=False, repr=False, hash=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_index", _build(self))

    # Look-ups -------------------------------------------------------------------

    def get_games(self, games_id: str) -> Games:
        """The Games edition with id ``games_id`` (like ``"1980-winter"``).

        Raises:
            UnknownIdError: if there is none.

        Example:
            >>> from olympics_records import datasets
            >>> datasets.milano_cortina_2026().get_games("1980-winter").city
            'Lake Placid'
        """
        try:
            return self._index.games[games_id]
        except KeyError:
            raise UnknownIdError(f"no Games with id {games_id!r}") from None

    def get_event(self, event_id: str) -> Event:
        """The event with id ``event_id``.

        Raises:
            UnknownIdError: if there is none.

        Example:
            >>> from olympics_records import datasets
            >>> h = datasets.milano_cortina_2026()
            >>> h.get_event("1980-winter/speed-skating/men/500m").name
            '500m'
        """
        try:
            return self._index.events[event_id]
        except KeyError:
            raise UnknownIdError(f"no event with id {event_id!r}") from None

    def get_athlete(self, athlete_id: str) -> Athlete:
        """The athlete with id ``athlete_id``.

        Raises:
            UnknownIdError: if there is none.

        Example:
            >>> from olympics_records import datasets
            >>> datasets.milano_cortina_2026().get_athlete("eric-heiden").name
            'Eric Heiden'
        """
        try:
            return self._index.athletes[athlete_id]
        except KeyError:
            raise UnknownIdError(f"no athlete with id {athlete_id!r}") from None

    def get_noc(self, code: str) -> Noc:
        """The NOC with code ``code``.

        Raises:
            UnknownIdError: if there is none.

        Example:
            >>> from olympics_records import datasets
            >>> datasets.milano_cortina_2026().get_noc("NOR").name
            'Norway'
        """
        try:
            return self._index.nocs[code]
        except KeyError:
            raise UnknownIdError(f"no NOC with code {code!r}") from None

    def games_of(self, event_id: str) -> Games:
        """The Games edition an event belongs to.

        Example:
            >>> from olympics_records import datasets
            >>> h = datasets.milano_cortina_2026()
            >>> h.games_of("1980-winter/speed-skating/men/500m").year
            1980
        """
        return self._index.games[self.get_event(event_id).games]

    def date_of(self, event_id: str) -> dt.date:
        """The day an event's medals were decided, as far as the data knows.

        The event's own date where known; otherwise the closing day of its Games
        (the day by which it had certainly been held); otherwise 31 December of the
        Games' year.

        Example:
            >>> from olympics_records import datasets
            >>> h = datasets.milano_cortina_2026()
            >>> h.date_of("1980-winter/speed-skating/men/500m")
            datetime.date(1980, 2, 24)
        """
        try:
            return self._index.event_dates[event_id]
        except KeyError:
            raise UnknownIdError(f"no event with id {event_id!r}") from None

    def coverage_of(self, games_id: str) -> Coverage | None:
        """What the data declares it holds for one Games, or ``None`` if undeclared.

        Example:
            >>> from olympics_records import datasets
            >>> datasets.milano_cortina_2026().coverage_of("1980-winter").all_events
            False
        """
        for coverage in self.coverage:
            if coverage.games == games_id:
                return coverage
        return None

    # The standing state ---------------------------------------------------------

    @property
    def results(self) -> tuple[Entry, ...]:
        """The entries as they officially stand: every correction applied.

        Example:
            >>> from olympics_records import datasets
            >>> h = datasets.milano_cortina_2026()
            >>> len(h.results) == len(h.entries) + 0  # the bundled data has no corrections
            True
        """
        return self._index.results

    def entries_of_athlete(self, athlete_id: str) -> tuple[Entry, ...]:
        """The standing entries an athlete took part in.

        Example:
            >>> from olympics_records import datasets
            >>> h = datasets.milano_cortina_2026()
            >>> len(h.entries_of_athlete("eric-heiden"))
            5
        """
        return self._pick(self._index.by_athlete.get(athlete_id, ()))

    def entries_of_games(self, games_id: str) -> tuple[Entry, ...]:
        """The standing entries of one Games edition.

        Example:
            >>> from olympics_records import datasets
            >>> len(datasets.milano_cortina_2026().entries_of_games("2026-winter"))
            81
        """
        return self._pick(self._index.by_games.get(games_id, ()))

    def entries_of_noc(self, code: str) -> tuple[Entry, ...]:
        """The standing entries of one NOC code (as used at the time; no lineage).

        Example:
            >>> from olympics_records import datasets
            >>> len(datasets.milano_cortina_2026().entries_of_noc("DEN"))
            1
        """
        return self._pick(self._index.by_noc.get(code, ()))

    def entries_of_event(self, event_id: str) -> tuple[Entry, ...]:
        """The standing entries of one event.

        Example:
            >>> from olympics_records import datasets
            >>> h = datasets.milano_cortina_2026()
            >>> [e.noc for e in h.entries_of_event(
            ...     "2026-winter/cross-country-skiing/men/50km-mass-start-classic")]
            ['NOR', 'NOR', 'NOR']
        """
        return self._pick(self._index.by_event.get(event_id, ()))

    def _pick(self, positions: tuple[int, ...]) -> tuple[Entry, ...]:
        results = self._index.results
        return tuple(results[i] for i in positions)

    # Time travel ----------------------------------------------------------------

    def as_of(self, day: dt.date) -> History:
        """The History as it stood at the end of ``day``.

        Only events held by that day (see :meth:`date_of`) and only corrections
        decided by then are kept; Games, athletes and NOCs are kept whole.

        Example:
            >>> import datetime as dt
            >>> from olympics_records import datasets
            >>> h = datasets.milano_cortina_2026().as_of(dt.date(2026, 2, 8))
            >>> sorted({h.get_event(e.event).name for e in h.entries_of_games("2026-winter")})
            ["Men's 10km + 10km Skiathlon", 'Mixed Relay 4x6km', "Women's 10km + 10km Skiathlon"]
        """
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
            raise TypeError(f"as_of needs a datetime.date, not {day!r}")
        dates = self._index.event_dates
        events = tuple(e for e in self.events if dates[e.id] <= day)
        kept = {e.id for e in events}
        return History(
            games=self.games,
            events=events,
            entries=tuple(e for e in self.entries if e.event in kept),
            athletes=self.athletes,
            nocs=self.nocs,
            corrections=tuple(c for c in self.corrections if c.decided <= day and c.event in kept),
            issues=self.issues,
            coverage=self.coverage,
        )


def find_athlete(history: History, query: str) -> Athlete:
    """Find one athlete by name, whatever the spelling, case or word order.

    The query matches an athlete when every folded word of the query is one of the
    folded words of the athlete's name (so ``"klaebo"`` finds Johannes Høsflot Klæbo);
    failing that, when every query word begins a word of the name. An athlete id is
    accepted too.

    Raises:
        UnknownNameError: no athlete matches.
        AmbiguousNameError: several do; ``candidates`` lists their ids.

    Example:
        >>> from olympics_records import datasets, find_athlete
        >>> h = datasets.milano_cortina_2026()
        >>> find_athlete(h, "KLAEBO Johannes Hoesflot").name
        'Johannes Høsflot Klæbo'
        >>> find_athlete(h, "Bjørn").name
        'Bjørn Dæhlie'
        >>> find_athlete(h, "Johannes")
        Traceback (most recent call last):
        ...
        olympics_records.errors.AmbiguousNameError: 'Johannes' matches 2 athletes: ...
    """
    if query in history._index.athletes:
        return history._index.athletes[query]
    words = set(fold(query).split())
    if not words:
        raise UnknownNameError(f"{query!r} is not a name")
    named = [
        (a, set(fold(name).split())) for a in history.athletes for name in (a.name, *a.aliases)
    ]
    found = list(dict.fromkeys(a for a, have in named if words <= have))
    if not found:
        found = list(
            dict.fromkeys(
                a for a, have in named if all(any(h.startswith(w) for h in have) for w in words)
            )
        )
    if not found:
        raise UnknownNameError(f"no athlete matches {query!r}")
    if len(found) > 1:
        key = name_key(query)
        exact = [a for a in found if key in {name_key(n) for n in (a.name, *a.aliases)}]
        if len(exact) == 1:
            return exact[0]
        listed = ", ".join(f"{a.name} ({a.id})" for a in sorted(found, key=lambda a: a.id))
        raise AmbiguousNameError(
            f"{query!r} matches {len(found)} athletes: {listed}",
            candidates=tuple(sorted(a.id for a in found)),
        )
    return found[0]


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


def _build(history: History) -> _Index:
    with paused_gc():
        return _build_index(history)


def _checked_history(
    *,
    games: tuple[Games, ...],
    events: tuple[Event, ...],
    entries: tuple[Entry, ...],
    athletes: tuple[Athlete, ...],
    nocs: tuple[Noc, ...],
    issues: tuple[Issue, ...] = (),
    coverage: tuple[Coverage, ...] = (),
    per_event: dict[str, list[int]] | None = None,
    events_by_id: dict[str, Event] | None = None,
    athletes_by_id: dict[str, Athlete] | None = None,
) -> History:
    """A History from values a reader's builder has already checked (private).

    The caller guarantees what :class:`History` would otherwise check: every value is
    of its type, ids are unique, every reference resolves, and each event's entries
    keep the rules of a result list (no athlete twice; places agree with medals).
    Only the index is built, from ``per_event`` (the positions of each event's
    entries, in order) and the events and athletes by id, where the caller has them
    (in the order of ``events`` and ``athletes``). Everything else goes through
    ``History(...)``, which checks it all.
    """
    history: History = object.__new__(History)
    for name, value in (
        ("games", games),
        ("events", events),
        ("entries", entries),
        ("athletes", athletes),
        ("nocs", nocs),
        ("corrections", ()),
        ("issues", issues),
        ("coverage", coverage),
    ):
        object.__setattr__(history, name, value)
    with paused_gc():
        index = _index_of(
            history,
            games_by_id={g.id: g for g in games},
            events={e.id: e for e in events} if events_by_id is None else events_by_id,
            athletes={a.id: a for a in athletes} if athletes_by_id is None else athletes_by_id,
            nocs={n.code: n for n in nocs},
            per_event=per_event,
        )
        object.__setattr__(history, "_index", index)
    return history


def _build_index(history: History) -> _Index:
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
) -> _Index:
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
    held: list[_Held] = []
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
    by_season: dict[Season, list[_Held]] = {s: [] for s in Season}
    for item in held:
        by_season[item[2].season].append(item)

    return _Index(
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
