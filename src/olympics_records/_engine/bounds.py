"""Lower bounds: medals whose members are not all listed, and who may be among them.

An entry with ``complete=False`` (a team medal listing no or not all of its members) may
be the medal of athletes it does not name: those with an entry at its Games, for its
NOC, in its discipline (its :data:`Place`), in an event open to their sex that they have
no entry in. :func:`unlisted` knows, once per History, who entered at each place; an
athlete's count is a lower bound where the query counts such a medal at one of their
places. The row path finds the medals it counts in its rows (:func:`bounds_of_rows`);
the others ask the History's list of such medals with the query's filter
(:func:`bounds_of`). See "Lower bounds" in ``docs/concepts.md``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet

from olympics_records._engine.index import Index, Row, derived, index
from olympics_records._engine.select import EventFilter
from olympics_records.history import History
from olympics_records.model import Event, Gender, Medal
from olympics_records.names import fold
from olympics_records.tally import Subject, Tally

__all__ = [
    "Bounds",
    "Entered",
    "FirstCounted",
    "MedalWon",
    "Place",
    "Unlisted",
    "bounds_of",
    "bounds_of_rows",
    "place_of",
    "unlisted",
]

Place = tuple[str, str, str, str]
"""Where a team may have had unlisted members: (Games id, NOC code, folded discipline,
the sex the event is open to: ``"M"``, ``"F"`` or ``"*"`` for mixed and open events)."""

_SEX = {Gender.MEN: "M", Gender.WOMEN: "F"}
_OPEN = "*"


def place_of(event: Event, noc: str) -> Place:
    """The place of an entry of ``noc`` in ``event``.

    Disciplines match whatever their case, accents or punctuation, as in a Tally.

    Example:
        >>> from olympics_records import Event, EventKind, Gender
        >>> relay = Event(id="2002-winter/relay", games="2002-winter", sport="Skiing",
        ...               discipline="Cross-Country Skiing", name="Relay",
        ...               gender=Gender.MEN, kind=EventKind.TEAM)
        >>> place_of(relay, "NOR")
        ('2002-winter', 'NOR', 'cross country skiing', 'M')
    """
    return (event.games, noc, fold(event.discipline), _SEX.get(event.gender, _OPEN))


MedalWon = tuple[dt.date, Event, Medal]
"""A standing medal entry with unlisted members: its event's date, the event, the medal."""

_complete = operator.attrgetter("complete")


class Unlisted:
    """A History's medals with unlisted members, and who entered where they were won.

    Built once per History (see :func:`unlisted`); nothing may change it.
    """

    __slots__ = ("entered", "medals")

    def __init__(self, history: History) -> None:
        lookups = index(history)
        events, games, dates = lookups.events, lookups.games, lookups.event_dates
        # A correction can give an entry a medal for a while: the days before it is
        # decided count it, so its place is one to know the entrants of too.
        corrected = {c.event for c in history.corrections}
        folded: dict[str, str] = {}  # each discipline folded once
        places: dict[Place, set[str]] = {}  # and the events of its entries
        medals: dict[Place, list[MedalWon]] = {}
        # filterfalse runs in C: few entries have unlisted members.
        for entry in itertools.filterfalse(_complete, lookups.results):
            medal = entry.medal
            if medal is None and entry.event not in corrected:
                continue
            event = events[entry.event]
            if not (event.official and games[event.games].official):
                continue  # never counted
            discipline = folded.get(event.discipline)
            if discipline is None:
                discipline = folded[event.discipline] = fold(event.discipline)
            place = (event.games, entry.noc, discipline, _SEX.get(event.gender, _OPEN))
            places.setdefault(place, set()).add(event.id)
            if medal is not None:
                medals.setdefault(place, []).append((dates[event.id], event, medal))
        self.medals: Mapping[Place, Sequence[MedalWon]] = medals
        """The standing medals with unlisted members of official events of official
        Games, by place."""
        self.entered = Entered(lookups, places)
        """Each athlete's places among those of an entry with unlisted members, where
        such an entry is of an event they have no entry in (athletes with none are left
        out)."""


_NONE: AbstractSet[Place] = frozenset()


class Entered(Mapping[str, AbstractSet[Place]]):
    """Each athlete's places where they may have been an unlisted member.

    A leaderboard's top ten, or a career, asks about a few athletes: each one's places
    are worked out from their own entries when first asked. Going through the mapping
    (``len``, iteration, :meth:`whole`) works out everyone's at once, in one pass over
    the entries, as a full leaderboard needs. Both give the same places (the rule of
    :func:`_entrants`).
    """

    __slots__ = ("_asked", "_lookups", "_places", "_where", "_whole")

    def __init__(self, lookups: Index, places: Mapping[Place, AbstractSet[str]]) -> None:
        # The look-ups keep this (in their derived values): a strong reference back
        # would make a cycle, and every History asked about would wait for the cyclic
        # collector to be freed.
        self._lookups = weakref.ref(lookups)
        self._places = places
        self._where: _Where | None = None
        self._asked: dict[str, AbstractSet[Place]] = {}
        self._whole: Mapping[str, AbstractSet[Place]] | None = None

    def whole(self) -> Mapping[str, AbstractSet[Place]]:
        """Every athlete's places, worked out at once (then kept)."""
        if self._whole is None:
            self._whole = _entrants(self._live_lookups(), self._places, self._where_of())
        return self._whole

    def places_of(self, athlete: str) -> AbstractSet[Place]:
        """The athlete's places (empty if none), worked out on first ask."""
        if self._whole is not None:
            return self._whole.get(athlete, _NONE)
        found = self._asked.get(athlete)
        if found is None:
            found = self._asked[athlete] = self._of(athlete)
        return found

    def __getitem__(self, athlete: str) -> AbstractSet[Place]:
        found = self.places_of(athlete)
        if not found:
            raise KeyError(athlete)
        return found

    def __contains__(self, athlete: object) -> bool:
        return isinstance(athlete, str) and bool(self.places_of(athlete))

    def __iter__(self) -> Iterator[str]:
        return iter(self.whole())

    def __len__(self) -> int:
        return len(self.whole())

    def __repr__(self) -> str:
        return repr(dict(self.whole()))

    def _live_lookups(self) -> Index:
        lookups = self._lookups()
        if lookups is None:  # (only the History's look-ups hold this)
            raise RuntimeError("the History of these lower bounds is gone")
        return lookups

    def _where_of(self) -> _Where:
        if self._where is None:
            self._where = _where(self._live_lookups(), self._places)
        return self._where

    def _of(self, athlete: str) -> AbstractSet[Place]:
        """The places of one athlete, from their own entries."""
        places = self._places
        if not places:
            return _NONE
        lookups = self._live_lookups()
        positions = lookups.by_athlete.get(athlete)
        if not positions:
            return _NONE
        where, events = self._where_of(), lookups.events
        known = lookups.athletes[athlete].sex
        mine: dict[Place, int] = {}
        for entry in map(lookups.results.__getitem__, positions):
            event = events[entry.event]
            nocs = where.get((event.games, event.discipline))
            at = None if nocs is None else nocs.get(entry.noc)
            if at is None:
                continue
            sexes = (known,) if known is not None else _SEXES_OF.get(event.gender, _EITHER)
            for place, counted in _targets(at, sexes, event.id, places):
                mine[place] = mine.get(place, 0) + counted
        return _open(mine, places)


# The sexes an athlete of an event of each gender may be, where the athlete's own is
# not known: a men's event's are men, a mixed or open event's either.
_SEXES_OF = {Gender.MEN: ("M",), Gender.WOMEN: ("F",)}
_EITHER = ("M", "F")


_Where = Mapping[tuple[str, str], Mapping[str, Mapping[str, Place]]]
"""Each place by the (Games, discipline as written) of its events, then by NOC and sex."""


def _where(lookups: Index, places: Iterable[Place]) -> _Where:
    """``places`` by the (Games, discipline as written) of their events, NOC and sex.

    One look-up per event and one per entry find an entry's places, whatever the
    discipline's spelling.
    """
    spellings: dict[str, list[str]] = {}
    for written in {event.discipline for event in lookups.events.values()}:
        spellings.setdefault(fold(written), []).append(written)
    where: dict[tuple[str, str], dict[str, dict[str, Place]]] = {}
    for place in places:
        games, noc, discipline, sex = place
        for written in spellings.get(discipline, ()):
            where.setdefault((games, written), {}).setdefault(noc, {})[sex] = place
    return where


def _entrants(
    lookups: Index, places: Mapping[Place, AbstractSet[str]], where: _Where
) -> Mapping[str, AbstractSet[Place]]:
    """The places among ``places`` each athlete may have been an unlisted member at.

    Those of their entries (medal or not), for an event open to their sex (their own,
    else the one their entry's event tells), leaving out a place all of whose entries
    with unlisted members are of events they have an entry in (no one enters an event
    twice). ``where`` is ``places`` found by event and NOC (:func:`_where`).
    """
    if not places:
        return {}
    results, events, athletes = lookups.results, lookups.events, lookups.athletes
    # Per athlete and place, how many of the place's events with unlisted members they
    # have an entry in (no one enters an event twice, so a count is enough).
    found: dict[str, dict[Place, int]] = {}
    for event_id, positions in lookups.by_event.items():
        event = events[event_id]
        nocs = where.get((event.games, event.discipline))
        if nocs is None:
            continue
        either = _SEXES_OF.get(event.gender, _EITHER)
        unknown_sex: dict[str, list[tuple[Place, int]]] = {}  # by NOC, worked out once
        for entry in map(results.__getitem__, positions):
            at = nocs.get(entry.noc)
            if at is None:
                continue
            for athlete in entry.athletes:
                known = athletes[athlete].sex
                if known is None:
                    targets = unknown_sex.get(entry.noc)
                    if targets is None:
                        targets = unknown_sex[entry.noc] = _targets(at, either, event_id, places)
                else:
                    targets = _targets(at, (known,), event_id, places)
                mine = found.get(athlete)
                if mine is None:
                    mine = found[athlete] = {}
                for place, counted in targets:
                    mine[place] = mine.get(place, 0) + counted
    entered: dict[str, AbstractSet[Place]] = {}
    for athlete, mine in found.items():
        open_ = _open(mine, places)
        if open_:
            entered[athlete] = open_
    return entered


def _open(own: Mapping[Place, int], places: Mapping[Place, AbstractSet[str]]) -> AbstractSet[Place]:
    """The places an athlete may have been an unlisted member at.

    ``own`` is how many of each place's events with unlisted members they have an entry
    in; a place counts unless that is all of them (no one enters an event twice).
    """
    return frozenset(place for place, count in own.items() if count < len(places[place]))


def _targets(
    at: Mapping[str, Place],
    sexes: tuple[str, ...],
    event: str,
    places: Mapping[Place, AbstractSet[str]],
) -> list[tuple[Place, int]]:
    """The places of ``at`` open to an athlete of one of ``sexes``, or to either.

    Each with 1 if ``event`` is among the place's events with unlisted members, else 0.
    """
    targets = []
    for sex in (*sexes, _OPEN):
        place = at.get(sex)
        if place is not None:
            targets.append((place, int(event in places[place])))
    return targets


def unlisted(history: History) -> Unlisted:
    """The :class:`Unlisted` of ``history``, built on first use.

    It is kept with the History (:func:`~olympics_records._engine.index.derived`).

    Example:
        >>> from olympics_records import datasets
        >>> h = datasets.milano_cortina_2026()
        >>> unlisted(h) is unlisted(h)
        True
        >>> for place, held in unlisted(h).medals.items():
        ...     print(place, [(d.isoformat(), e.name, m.value) for d, e, m in held])
        ('2026-winter', 'NOR', 'biathlon', 'F') [('2026-02-18', "Women's 4x6km Relay", 'bronze')]

        The relay lists its one confirmed member, who is not missing from it, and the
        bundled data has no other Norwegian woman in biathlon: no one may be.

        >>> dict(unlisted(h).entered)
        {}
    """
    return derived(history, Unlisted, lambda: Unlisted(history))


class Bounds:
    """Which athletes' counts of one query may be lower bounds.

    ``first`` gives, for a place, the first day a medal the query counts was won
    there with members unlisted (``None``: never).
    """

    __slots__ = ("_first", "entered")

    def __init__(self, entered: Entered, first: Callable[[Place], dt.date | None]) -> None:
        self.entered = entered
        """Each athlete's places with an entry with unlisted members; no one else's
        count can be a lower bound."""
        self._first = first

    def hides(self, athlete: str, games: str | None, day: dt.date | None) -> bool:
        """Whether an athlete's count may miss a medal with unlisted members.

        The count is at ``games`` (over a career for ``None``), at the end of ``day``
        (``None``: with every medal).
        """
        places = self.entered.places_of(athlete)
        if not places:
            return False
        first = self._first
        for place in places:
            if games is None or place[0] == games:
                since = first(place)
                if since is not None and (day is None or since <= day):
                    return True
        return False


class FirstCounted:
    """The first day a tally counts a standing medal with unlisted members at a place."""

    __slots__ = ("_counts", "_held", "_medals", "_seen")

    def __init__(self, history: History, tally: Tally) -> None:
        self._held = unlisted(history).medals
        self._counts = EventFilter(history, tally)
        self._medals = frozenset(tally.medals)
        self._seen: dict[Place, dt.date | None] = {}

    def __call__(self, place: Place) -> dt.date | None:
        if place in self._seen:
            return self._seen[place]
        first = None
        for day, event, medal in self._held.get(place, ()):
            if (first is None or day < first) and medal in self._medals and self._counts(event):
                first = day
        self._seen[place] = first
        return first


def bounds_of(history: History, tally: Tally) -> Bounds | None:
    """Which athletes' counts of ``tally`` are lower bounds, on the standing entries.

    Only for days with no correction undecided
    (:func:`~olympics_records._engine.select.standing_on`); ``None`` for nations and
    where no athlete can have a lower bound.
    """
    if tally.subject is Subject.NOC:
        return None
    found = unlisted(history)
    if not found.medals:  # (a place without a medal is a correction's, not standing)
        return None
    return Bounds(found.entered, FirstCounted(history, tally))


def bounds_of_rows(history: History, tally: Tally, rows: Iterable[Row]) -> Bounds | None:
    """Which athletes' counts of ``tally`` are lower bounds, from the rows it counts."""
    if tally.subject is Subject.NOC:
        return None
    medals = frozenset(tally.medals)
    first: dict[Place, dt.date] = {}
    for entry, event, _, day in rows:
        if not entry.complete and entry.medal in medals:
            place = place_of(event, entry.noc)
            if day < first.get(place, dt.date.max):
                first[place] = day
    if not first:
        return None
    return Bounds(unlisted(history).entered, first.get)
