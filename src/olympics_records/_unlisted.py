"""Medals whose members are not all listed, and the athletes who may be among them.

An entry with ``complete=False`` (a team medal listing no or not all of its members) may
be the medal of athletes it does not name. Records mark an athlete's count as a lower
bound where such a medal counts at a Games, for a NOC, in a discipline where the athlete
has an entry for that NOC (see "Lower bounds" in ``docs/concepts.md``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet

import attrs

from olympics_records.history import History
from olympics_records.model import Entry, Event, Medal
from olympics_records.names import fold

__all__ = [
    "Bounds",
    "IncompleteMedals",
    "Place",
    "Unlisted",
    "incomplete_medals",
    "place_of",
    "unlisted",
]

Place = tuple[str, str, str]
"""Where a team may have had unlisted members: (Games id, NOC code, folded discipline)."""


def place_of(event: Event, noc: str) -> Place:
    """The place of an entry of ``noc`` in ``event``.

    Disciplines match whatever their case, accents or punctuation, as in a Tally.

    Example:
        >>> from olympics_records import Event, EventKind, Gender
        >>> relay = Event(id="2002-winter/relay", games="2002-winter", sport="Skiing",
        ...               discipline="Cross-Country Skiing", name="Relay",
        ...               gender=Gender.MEN, kind=EventKind.TEAM)
        >>> place_of(relay, "NOR")
        ('2002-winter', 'NOR', 'cross country skiing')
    """
    return (event.games, noc, fold(event.discipline))


_Held = tuple[dt.date, Event, Medal]
"""A standing medal entry with unlisted members: its event's date, the event, the medal."""

_complete = operator.attrgetter("complete")


class Unlisted:
    """A History's medals with unlisted members, and who entered where they were won.

    Built once per History (see :func:`unlisted`); nothing may change it.
    """

    __slots__ = ("entered", "medals")

    def __init__(self, history: History) -> None:
        index = history._index
        events, games, dates = index.events, index.games, index.event_dates
        # A correction can give an entry a medal for a while: the days before it is
        # decided count it, so its place is one to know the entrants of too.
        corrected = {c.event for c in history.corrections}
        folded: dict[str, str] = {}  # each discipline folded once
        places: set[Place] = set()
        medals: dict[Place, list[_Held]] = {}
        # filterfalse runs in C: few entries have unlisted members.
        for entry in itertools.filterfalse(_complete, index.results):
            medal = entry.medal
            if medal is None and entry.event not in corrected:
                continue
            event = events[entry.event]
            if not (event.official and games[event.games].official):
                continue  # never counted
            discipline = folded.get(event.discipline)
            if discipline is None:
                discipline = folded[event.discipline] = fold(event.discipline)
            place = (event.games, entry.noc, discipline)
            places.add(place)
            if medal is not None:
                medals.setdefault(place, []).append((dates[event.id], event, medal))
        self.medals: Mapping[Place, Sequence[_Held]] = medals
        """The standing medals with unlisted members of official events of official
        Games, by place."""
        self.entered: Mapping[str, AbstractSet[Place]] = _entrants(history, places)
        """Each athlete's places among those of an entry with unlisted members (athletes
        with none are left out)."""


def _entrants(history: History, places: set[Place]) -> Mapping[str, AbstractSet[Place]]:
    """The places among ``places`` each athlete has an entry in (medal or not)."""
    if not places:
        return {}
    index = history._index
    results, events = index.results, index.events
    # Each place by the (Games, discipline as written) of its events, then by NOC: one
    # look-up per event and one per entry find it, whatever the discipline's spelling.
    spellings: dict[str, list[str]] = {}
    for written in {event.discipline for event in events.values()}:
        spellings.setdefault(fold(written), []).append(written)
    where: dict[tuple[str, str], dict[str, Place]] = {}
    for place in places:
        games, noc, discipline = place
        for written in spellings.get(discipline, ()):
            where.setdefault((games, written), {})[noc] = place
    found: dict[str, set[Place]] = {}
    for event_id, positions in index.by_event.items():
        event = events[event_id]
        nocs = where.get((event.games, event.discipline))
        if nocs is None:
            continue
        for entry in map(results.__getitem__, positions):
            at = nocs.get(entry.noc)
            if at is not None:
                for athlete in entry.athletes:
                    entered = found.get(athlete)
                    if entered is None:
                        found[athlete] = {at}
                    else:
                        entered.add(at)
    return found


def unlisted(history: History) -> Unlisted:
    """The :class:`Unlisted` of ``history``, built on first use.

    It is kept on the History's index, so it goes with it.

    Example:
        >>> from olympics_records import datasets
        >>> h = datasets.milano_cortina_2026()
        >>> unlisted(h) is unlisted(h)
        True
        >>> [(place, [(day.isoformat(), event.name, medal.value) for day, event, medal in held])
        ...  for place, held in unlisted(h).medals.items()]
        [(('2026-winter', 'NOR', 'biathlon'), [('2026-02-18', "Women's 4x6km Relay", 'bronze')])]
        >>> sorted(unlisted(h).entered)[:2]
        ['johan-olav-botn', 'johannes-dale-skjevdal']
    """
    derived = history._index.derived
    found: Unlisted | None = derived.get(Unlisted)
    if found is None:
        found = derived[Unlisted] = Unlisted(history)
    return found


class Bounds:
    """Which athletes' counts of one query may be lower bounds.

    ``first`` gives, for a place, the first day a medal the query counts was won
    there with members unlisted (``None``: never).
    """

    __slots__ = ("_first", "entered")

    def __init__(
        self, entered: Mapping[str, AbstractSet[Place]], first: Callable[[Place], dt.date | None]
    ) -> None:
        self.entered = entered
        """Each athlete's places with an entry with unlisted members; no one else's
        count can be a lower bound."""
        self._first = first

    def hides(self, athlete: str, games: str | None, day: dt.date | None) -> bool:
        """Whether an athlete's count may miss a medal with unlisted members.

        The count is at ``games`` (over a career for ``None``), at the end of ``day``
        (``None``: with every medal).
        """
        places = self.entered.get(athlete)
        if not places:
            return False
        first = self._first
        for place in places:
            if games is None or place[0] == games:
                since = first(place)
                if since is not None and (day is None or since <= day):
                    return True
        return False


@attrs.frozen(kw_only=True)
class IncompleteMedals:
    """The medals one NOC won at one Games listing no or not all of their members.

    Example:
        >>> from olympics_records import Entry, Medal
        >>> m = IncompleteMedals(games="1924-winter", noc="SUI", entries=(
        ...     Entry(event="1924-winter/bobsleigh", noc="SUI", medal=Medal.GOLD,
        ...           complete=False),))
        >>> m.count
        1
    """

    games: str
    """The Games id."""
    noc: str
    """The NOC code as used at the time."""
    entries: tuple[Entry, ...]
    """The medal entries with ``complete=False``, in the History's order."""

    @property
    def count(self) -> int:
        """How many medals (entries, whatever the number of their rows in a source)."""
        return len(self.entries)


def incomplete_medals(history: History) -> tuple[IncompleteMedals, ...]:
    """The medals listing no or not all of their members, by Games and NOC.

    These are the standing entries with a medal and ``complete=False`` of any event
    (unofficial ones too: this is a report on the data). An athlete's count that may
    miss one of them is a lower bound (:attr:`Standing.lower_bound
    <olympics_records.Standing.lower_bound>`).

    Returns:
        One item per Games and NOC, most medals first (then by Games date and NOC).

    Example:
        >>> from olympics_records import (Entry, Event, EventKind, Games, Gender, History,
        ...                               Medal, Noc, Season)
        >>> games = Games(year=1924, season=Season.WINTER, city="Chamonix")
        >>> bob = Event(id="1924-winter/bob", games=games.id, sport="Bobsleigh",
        ...             discipline="Bobsleigh", name="Four-man", gender=Gender.MEN,
        ...             kind=EventKind.TEAM)
        >>> h = History(games=[games], events=[bob], athletes=[],
        ...             nocs=[Noc(code="SUI", name="Switzerland")],
        ...             entries=[Entry(event=bob.id, noc="SUI", medal=Medal.GOLD,
        ...                            place=1, complete=False)])
        >>> [(m.games, m.noc, m.count) for m in incomplete_medals(h)]
        [('1924-winter', 'SUI', 1)]
    """
    index = history._index
    found: dict[tuple[str, str], list[Entry]] = {}
    for entry in index.results:
        if not entry.complete and entry.medal is not None:
            games = index.events[entry.event].games
            found.setdefault((games, entry.noc), []).append(entry)
    dates = {g.id: (g.year, g.opened or dt.date(g.year, 1, 1), g.id) for g in history.games}
    ordered = sorted(found.items(), key=lambda item: (-len(item[1]), dates[item[0][0]], item[0]))
    return tuple(
        IncompleteMedals(games=games, noc=noc, entries=tuple(entries))
        for (games, noc), entries in ordered
    )
