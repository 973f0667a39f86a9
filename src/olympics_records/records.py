"""Records: what is counted (a :class:`Tally`) and how it is ranked.

The functions here are pure: they take a :class:`~olympics_records.History` and return
values, reading :attr:`History.results <olympics_records.History.results>` (the entries
as they officially stand). Records and progressions, and the medal tables of
:mod:`~olympics_records.tables`, count from lists grouped once per History (see
"Shared counts" below); the History is immutable, so the lists cannot go stale.

Counting follows the authorities:

- a team entry counts **once for its nation** and **once for each listed member**;
- events with ``official=False`` (art competitions, demonstrations) and Games with
  ``official=False`` (1906) never count;
- ``as_of=day`` sees only events held by that day (:meth:`History.date_of
  <olympics_records.History.date_of>`) and only corrections decided by then;
- nations are counted by the code used at the time (``URS`` and ``RUS`` are two);
- an athlete's count that may miss a medal listing no or not all of its members
  (``Entry.complete=False``) says it is a lower bound (:attr:`Standing.lower_bound`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

import attrs

from olympics_records._engine.boards import board_of, boards_over
from olympics_records._engine.bounds import bounds_of, unlisted
from olympics_records._engine.counts import progression_of, record_of
from olympics_records._engine.gc import paused_gc
from olympics_records._engine.index import derived, index
from olympics_records._engine.places import MEDAL_INDEX, MEDALS
from olympics_records._engine.public import public_dir
from olympics_records._engine.select import (
    EventFilter,
    check_day,
    medal_entries,
    results_as_of,
)
from olympics_records.history import History
from olympics_records.model import Athlete, Entry, Event, EventKind, Games, Gender, Medal, Season
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
    "Career",
    "First",
    "IncompleteMedals",
    "MarkKind",
    "Record",
    "RecordMark",
    "Scope",
    "Standing",
    "Subject",
    "Sweep",
    "Tally",
    "career",
    "firsts",
    "incomplete_medals",
    "leaderboard",
    "leaderboards_over",
    "progression",
    "record",
    "sweeps",
]
__dir__ = public_dir(__all__)


def _check_tally(tally: object) -> None:
    if not isinstance(tally, Tally):
        raise TypeError(f"tally must be a Tally, not {tally!r}")


def _check_limit(limit: object) -> None:
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 1):
        raise ValueError(f"limit must be a positive whole number or None, not {limit!r}")


def leaderboard(
    history: History, tally: Tally, *, as_of: dt.date | None = None, limit: int | None = None
) -> tuple[Standing, ...]:
    """Rank every subject that won at least one of the tally's medals.

    Subjects with the same count share a rank, and the next rank skips (1, 2, 2, 4).
    Within a count the order is golds, silvers, bronzes (most first), then name, then
    id, then (for per-Games tallies) the Games in date order. Each standing says
    whether its count is a lower bound (:attr:`Standing.lower_bound`); that never
    changes a rank.

    Args:
        history: the results.
        tally: what is counted.
        as_of: count only what was known at the end of this day.
        limit: keep only the standings ranked ``limit`` or better; ties at the cut are
            all kept, so more than ``limit`` standings may come back.

    Raises:
        ValueError: if ``limit`` is not a positive whole number.

    Example:
        >>> import datetime as dt
        >>> from olympics_records import datasets, Season
        >>> h = datasets.milano_cortina_2026()
        >>> winter_golds = Tally(season=Season.WINTER)
        >>> for s in leaderboard(h, winter_golds, as_of=dt.date(2026, 2, 13), limit=5):
        ...     print(s.rank, s.name, s.count, s.silver, s.bronze)
        1 Johannes Høsflot Klæbo 8 1 1
        1 Bjørn Dæhlie 8 0 0
        1 Marit Bjørgen 8 0 0
        1 Ole Einar Bjørndalen 8 0 0
        5 Eric Heiden 5 0 0
    """
    _check_tally(tally)
    _check_limit(limit)
    with paused_gc():  # see _engine.gc: counting makes many containers and no cycles
        return tuple(board_of(history, tally, as_of, limit))


def leaderboards_over(
    history: History, tally: Tally, days: Iterable[dt.date], *, limit: int | None = None
) -> Iterator[tuple[dt.date, tuple[Standing, ...]]]:
    """The leaderboard at the end of each of ``days``, in about one pass over the results.

    Yields ``(day, standings)`` for each distinct day, earliest first; each
    ``standings`` is what ``leaderboard(history, tally, as_of=day, limit=limit)``
    returns. The medals are counted once, in date order, up to each day in turn, so
    a hundred days cost little more than the last of them (a day before a correction
    was decided has entries of its own and is counted apart).

    Args:
        history: the results.
        tally: what is counted.
        days: the days to rank at (any order; repeats are answered once).
        limit: as for :func:`leaderboard`: the standings ranked ``limit`` or better,
            ties at the cut kept.

    Raises:
        ValueError: if ``limit`` is not a positive whole number.
        TypeError: if a day is not a ``datetime.date``.

    Example:
        >>> import datetime as dt
        >>> from olympics_records import datasets, Season
        >>> h = datasets.milano_cortina_2026()
        >>> days = [dt.date(2026, 2, d) for d in (13, 15, 21)]
        >>> for day, top in leaderboards_over(h, Tally(season=Season.WINTER), days, limit=1):
        ...     print(day, [(s.name, s.count) for s in top])
        2026-02-13 [('Johannes Høsflot Klæbo', 8), ('Bjørn Dæhlie', 8), ('Marit Bjørgen', 8), \
('Ole Einar Bjørndalen', 8)]
        2026-02-15 [('Johannes Høsflot Klæbo', 9)]
        2026-02-21 [('Johannes Høsflot Klæbo', 11)]
    """
    _check_tally(tally)
    _check_limit(limit)
    days = list(days)
    for day in days:
        check_day(day)
    return _boards_over(history, tally, days, limit)


def _boards_over(
    history: History, tally: Tally, days: list[dt.date], limit: int | None
) -> Iterator[tuple[dt.date, tuple[Standing, ...]]]:
    # A generator of its own, so that leaderboards_over checks its arguments when
    # called, not at the first board.
    boards = boards_over(history, tally, days, limit)
    while True:
        with paused_gc():  # see _engine.gc: counting makes many containers and no cycles
            found = next(boards, None)
        if found is None:
            return
        yield found[0], tuple(found[1])


def record(history: History, tally: Tally, *, as_of: dt.date | None = None) -> Record:
    """The record for ``tally``: the best count and all who share it.

    Args:
        history: the results.
        tally: what is counted.
        as_of: the record as it stood at the end of this day.

    Example:
        >>> import datetime as dt
        >>> from olympics_records import datasets, Season
        >>> h = datasets.milano_cortina_2026()
        >>> r = record(h, Tally(season=Season.WINTER), as_of=dt.date(2026, 2, 15))
        >>> r.value, [s.name for s in r.holders]
        (9, ['Johannes Høsflot Klæbo'])
    """
    # The leaderboard's first rank, without ranking everyone: count the tally's
    # medals, then the full medals of the best subjects only.
    _check_tally(tally)
    with paused_gc():  # see _engine.gc: counting makes many containers and no cycles
        return record_of(history, tally, as_of)


def progression(
    history: History, tally: Tally, *, as_of: dt.date | None = None
) -> tuple[RecordMark, ...]:
    """How the record for ``tally`` grew: every day it was set, equalled or beaten.

    Results are taken day by day in the order of :meth:`History.date_of
    <olympics_records.History.date_of>` (the event's date where known, else the
    Games' closing day); all results of one day count together, so a subject that
    wins twice on one day goes up by two in one mark. The results are the standing
    ones (corrections decided later apply from the start: a stripped medal never
    counted); with ``as_of``, as they stood at the end of that day.

    Each mark's ``previous`` is the mark that first reached the count it equalled or
    beat, and ``stood`` is how long that count had stood. The last mark's value and
    holders are those of :func:`record`.

    Example:
        >>> from olympics_records import datasets, Season
        >>> h = datasets.milano_cortina_2026()
        >>> for m in progression(h, Tally(season=Season.WINTER))[-4:]:
        ...     print(m.date, m.kind, m.value, len(m.holders), m.previous.date)
        2026-02-13 equalled 8 4 1998-02-22
        2026-02-15 broken 9 1 1998-02-22
        2026-02-18 extended 10 1 2026-02-15
        2026-02-21 extended 11 1 2026-02-18
    """
    _check_tally(tally)
    with paused_gc():  # see _engine.gc: counting makes many containers and no cycles
        return progression_of(history, tally, as_of)


# Sweeps, firsts and careers -------------------------------------------------------


@attrs.frozen(kw_only=True)
class Sweep:
    """An event whose every medal went to one nation.

    Example:
        >>> from olympics_records import datasets
        >>> s = sweeps(datasets.milano_cortina_2026(), games="2026-winter", noc="NOR")[0]
        >>> s.event.name, s.noc, [e.medal.value for e in s.entries]
        ("Men's 50km Mass Start Classic", 'NOR', ['gold', 'silver', 'bronze'])
    """

    event: Event
    """The event swept."""
    noc: str
    """The NOC code that won every medal."""
    date: dt.date
    """The day of the event (see :meth:`History.date_of <olympics_records.History.date_of>`)."""
    entries: tuple[Entry, ...]
    """The medal entries, best medal first."""


def _games_id(history: History, games: str | Games | None) -> str | None:
    if games is None:
        return None
    if isinstance(games, Games):
        games = games.id
    if not isinstance(games, str):
        raise TypeError(f"games must be a Games, a Games id or None, not {games!r}")
    return history.get_games(games).id


def sweeps(
    history: History,
    *,
    games: str | Games | None = None,
    noc: str | None = None,
    season: Season | None = None,
    sport: str | None = None,
    discipline: str | None = None,
    gender: Gender | None = None,
) -> tuple[Sweep, ...]:
    """Podium sweeps: events whose gold, silver and bronze medals all went to one nation.

    Every medal entry of the event must be of that nation, and there must be at least
    one of each medal (an event with two golds and a bronze is not a sweep of the
    podium). Only official events count. Sweeps come in date order.

    Args:
        history: the results.
        games: only this Games edition (a :class:`~olympics_records.Games` or its id).
        noc: only sweeps by this NOC code.
        season: only Summer or only Winter Games.
        sport: only this sport.
        discipline: only this discipline.
        gender: only men's, women's, mixed or open events.

    Raises:
        UnknownIdError: if ``games`` is not in the History.

    Example:
        >>> from olympics_records import datasets
        >>> h = datasets.milano_cortina_2026()
        >>> [(s.date.isoformat(), s.noc, s.event.name) for s in sweeps(h, games="2026-winter")]
        [('2026-02-10', 'SWE', "Women's Sprint Classic"), ('2026-02-21', 'NOR', "Men's 50km Mass Start Classic")]
    """  # noqa: E501
    games_id = _games_id(history, games)
    tally = Tally(season=season, sport=sport, discipline=discipline, gender=gender)
    counts = EventFilter(history, tally)
    dates = index(history).event_dates
    found: list[Sweep] = []
    for event in history.events:
        if games_id is not None and event.games != games_id:
            continue
        if not counts(event):
            continue
        won = [e for e in history.entries_of_event(event.id) if e.medal is not None]
        nations = {e.noc for e in won}
        if len(nations) != 1 or {e.medal for e in won} != set(MEDALS):
            continue
        (nation,) = nations
        if noc is not None and nation != noc:
            continue
        won.sort(key=lambda e: (MEDAL_INDEX[e.medal] if e.medal else -1, e.athletes))
        found.append(Sweep(event=event, noc=nation, date=dates[event.id], entries=tuple(won)))
    found.sort(key=lambda s: (s.date, s.event.id))
    return tuple(found)


@attrs.frozen(kw_only=True)
class First:
    """A nation's first medal (or medals, if several came on the same day) of a kind.

    Example:
        >>> from olympics_records import datasets, Gender
        >>> h = datasets.milano_cortina_2026()
        >>> f = firsts(h, "USA", discipline="Cross-Country Skiing", gender=Gender.MEN)
        >>> f.date, [(e.medal.value, e.athletes) for e in f.entries]
        (datetime.date(2026, 2, 10), [('silver', ('ben-ogden',))])
    """

    noc: str
    """The NOC code."""
    date: dt.date
    """The day of the first medal."""
    entries: tuple[Entry, ...]
    """Every matching medal entry of the nation on that day, best medal first."""


def firsts(
    history: History,
    noc: str,
    *,
    medals: Medal | tuple[Medal, ...] = MEDALS,
    season: Season | None = None,
    kind: EventKind | None = None,
    sport: str | None = None,
    discipline: str | None = None,
    gender: Gender | None = None,
    as_of: dt.date | None = None,
) -> First | None:
    """A nation's first medal matching the filters: the earliest day and its entries.

    The filters are those of :class:`Tally`. Only official events count, and the NOC
    code is taken as used at the time (no lineage: ``URS`` is not ``RUS``).

    Returns:
        The first day and every matching medal entry of that day, or ``None`` if the
        nation has no such medal.

    Raises:
        UnknownIdError: if the History has no NOC with code ``noc``.

    Example:
        >>> from olympics_records import datasets, Medal
        >>> h = datasets.milano_cortina_2026()
        >>> firsts(h, "NOR", medals=Medal.GOLD, discipline="biathlon").date
        datetime.date(1998, 2, 22)
        >>> firsts(h, "DEN", medals=Medal.GOLD) is None
        True
    """
    history.get_noc(noc)  # a mistyped code is an error, not a nation without medals
    tally = Tally(
        subject=Subject.NOC,
        medals=medals,
        season=season,
        kind=kind,
        sport=sport,
        discipline=discipline,
        gender=gender,
    )
    dates = index(history).event_dates
    pool = history.entries_of_noc(noc) if as_of is None else results_as_of(history, as_of)
    earliest: dt.date | None = None
    chosen: list[Entry] = []
    for entry, _ in medal_entries(history, tally, pool):
        if entry.noc != noc or entry.medal not in tally.medals:
            continue
        day = dates[entry.event]
        if earliest is None or day < earliest:
            earliest, chosen = day, [entry]
        elif day == earliest:
            chosen.append(entry)
    if earliest is None:
        return None
    chosen.sort(key=lambda e: (MEDAL_INDEX[e.medal] if e.medal else -1, e.event, e.athletes))
    return First(noc=noc, date=earliest, entries=tuple(chosen))


@attrs.frozen(kw_only=True)
class Career:
    """An athlete's Olympic career: every counted entry and the medals won.

    Example:
        >>> from olympics_records import datasets, find_athlete
        >>> h = datasets.milano_cortina_2026()
        >>> c = career(h, find_athlete(h, "Klaebo").id)
        >>> c.total, c.gold, c.silver, c.bronze, c.games, c.lower_bound
        (13, 11, 1, 1, ('2018-winter', '2022-winter', '2026-winter'), False)
    """

    athlete: Athlete
    """The athlete."""
    entries: tuple[Entry, ...]
    """Every entry in official events of official Games, by date (then event id)."""
    gold: int
    """Golds won (a team gold counts for each member)."""
    silver: int
    """Silvers won."""
    bronze: int
    """Bronzes won."""
    games: tuple[str, ...]
    """The ids of the Games the athlete took part in, in date order."""
    lower_bound: bool = False
    """Whether the medal counts may be too low: a medal listing no or not all of its
    members (``Entry.complete=False``) counts, within the career's season, at a Games,
    for a NOC, in a discipline where the athlete has an entry for that NOC (see
    :attr:`Standing.lower_bound`)."""

    @property
    def total(self) -> int:
        """All medals won."""
        return self.gold + self.silver + self.bronze

    @property
    def medals(self) -> tuple[Entry, ...]:
        """The medal-winning entries, by date."""
        return tuple(e for e in self.entries if e.medal is not None)


def career(history: History, athlete_id: str, *, season: Season | None = None) -> Career:
    """One athlete's career: entries, medals and Games, counted as records count them.

    The counts are lower bounds (:attr:`Career.lower_bound`) where a medal listing no or
    not all of its members may be the athlete's.

    Args:
        history: the results.
        athlete_id: the athlete's id (see :func:`~olympics_records.find_athlete`).
        season: only Summer or only Winter Games.

    Raises:
        UnknownIdError: if there is no such athlete.

    Example:
        >>> from olympics_records import datasets
        >>> h = datasets.milano_cortina_2026()
        >>> c = career(h, "eric-heiden")
        >>> c.gold, c.games
        (5, ('1980-winter',))
    """
    athlete = history.get_athlete(athlete_id)
    counts = EventFilter(history, Tally(season=season))
    lookups = index(history)
    events, dates = lookups.events, lookups.event_dates
    entries = sorted(
        (e for e in history.entries_of_athlete(athlete_id) if counts(events[e.event])),
        key=lambda e: (dates[e.event], e.event),
    )
    won = dict.fromkeys(MEDALS, 0)
    games: dict[str, None] = {}  # insertion-ordered set
    for entry in entries:
        games.setdefault(events[entry.event].games)
        if entry.medal is not None:
            won[entry.medal] += 1
    bounds = None
    if athlete_id in unlisted(history).entered:  # most never entered where one was won
        # One per History and season, shared by every career asked.
        every_medal = Tally(medals=MEDALS, season=season)
        bounds = derived(history, (Career, season), lambda: bounds_of(history, every_medal))
    return Career(
        athlete=athlete,
        entries=tuple(entries),
        gold=won[Medal.GOLD],
        silver=won[Medal.SILVER],
        bronze=won[Medal.BRONZE],
        games=tuple(games),
        lower_bound=bounds is not None and bounds.hides(athlete_id, None, None),
    )


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
    lookups = index(history)
    found: dict[tuple[str, str], list[Entry]] = {}
    for entry in lookups.results:
        if not entry.complete and entry.medal is not None:
            games = lookups.events[entry.event].games
            found.setdefault((games, entry.noc), []).append(entry)
    dates = {g.id: (g.year, g.opened or dt.date(g.year, 1, 1), g.id) for g in history.games}
    ordered = sorted(found.items(), key=lambda item: (-len(item[1]), dates[item[0][0]], item[0]))
    return tuple(
        IncompleteMedals(games=games, noc=noc, entries=tuple(entries))
        for (games, noc), entries in ordered
    )
