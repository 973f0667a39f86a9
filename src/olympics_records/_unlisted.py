"""Medals whose members are not all listed, and the athletes who may be among them.

An entry with ``complete=False`` (a team medal listing no or not all of its members) may
be the medal of athletes it does not name. Records mark an athlete's count as a lower
bound where such a medal counts at a Games, for a NOC, in a discipline where the athlete
has an entry for that NOC, in an event open to their sex that they have no entry in
(see "Lower bounds" in ``docs/concepts.md``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet

import attrs

from olympics_records.history import History
from olympics_records.model import Entry, Event, Gender, Medal
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
        places: dict[Place, set[str]] = {}  # and the events of its entries
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
            place = (event.games, entry.noc, discipline, _SEX.get(event.gender, _OPEN))
            places.setdefault(place, set()).add(event.id)
            if medal is not None:
                medals.setdefault(place, []).append((dates[event.id], event, medal))
        self.medals: Mapping[Place, Sequence[_Held]] = medals
        """The standing medals with unlisted members of official events of official
        Games, by place."""
        self.entered: Mapping[str, AbstractSet[Place]] = _entrants(history, places)
        """Each athlete's places among those of an entry with unlisted members, where
        such an entry is of an event they have no entry in (athletes with none are left
        out)."""


# The sexes an athlete of an event of each gender may be, where the athlete's own is
# not known: a men's event's are men, a mixed or open event's either.
_SEXES_OF = {Gender.MEN: ("M",), Gender.WOMEN: ("F",)}
_EITHER = ("M", "F")


def _entrants(
    history: History, places: Mapping[Place, AbstractSet[str]]
) -> Mapping[str, AbstractSet[Place]]:
    """The places among ``places`` each athlete may have been an unlisted member at.

    Those of their entries (medal or not), for an event open to their sex (their own,
    else the one their entry's event tells), leaving out a place all of whose entries
    with unlisted members are of events they have an entry in (no one enters an event
    twice).
    """
    if not places:
        return {}
    index = history._index
    results, events, athletes = index.results, index.events, index.athletes
    # Each place by the (Games, discipline as written) of its events, then by NOC: one
    # look-up per event and one per entry find it, whatever the discipline's spelling.
    spellings: dict[str, list[str]] = {}
    for written in {event.discipline for event in events.values()}:
        spellings.setdefault(fold(written), []).append(written)
    where: dict[tuple[str, str], dict[str, dict[str, Place]]] = {}
    for place in places:
        games, noc, discipline, sex = place
        for written in spellings.get(discipline, ()):
            where.setdefault((games, written), {}).setdefault(noc, {})[sex] = place
    found: dict[str, dict[Place, set[str]]] = {}
    for event_id, positions in index.by_event.items():
        event = events[event_id]
        nocs = where.get((event.games, event.discipline))
        if nocs is None:
            continue
        for entry in map(results.__getitem__, positions):
            at = nocs.get(entry.noc)
            if at is None:
                continue
            for athlete in entry.athletes:
                known = athletes[athlete].sex
                sexes = (known,) if known is not None else _SEXES_OF.get(event.gender, _EITHER)
                mine = found.setdefault(athlete, {})
                for sex in (*sexes, _OPEN):
                    open_to = at.get(sex)
                    if open_to is not None:
                        mine.setdefault(open_to, set())
                        if event_id in places[open_to]:
                            mine[open_to].add(event_id)
    entered: dict[str, set[Place]] = {}
    for athlete, mine in found.items():
        open_ = {place for place, own in mine.items() if not places[place] <= own}
        if open_:
            entered[athlete] = open_
    return entered


def unlisted(history: History) -> Unlisted:
    """The :class:`Unlisted` of ``history``, built on first use.

    It is kept on the History's index, so it goes with it.

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

        >>> unlisted(h).entered
        {}
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
