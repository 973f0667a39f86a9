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

import collections
import datetime as dt
import enum
import itertools
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal

import attrs

from olympics_records._engine.construct import unchecked
from olympics_records._engine.gc import paused_gc
from olympics_records._unlisted import Bounds, Place, place_of, unlisted
from olympics_records.errors import ValidationError
from olympics_records.history import History, _Held
from olympics_records.model import Athlete, Entry, Event, EventKind, Games, Gender, Medal, Season
from olympics_records.names import fold

__all__ = [
    "Career",
    "First",
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
    "leaderboard",
    "progression",
    "record",
    "sweeps",
]

MarkKind = Literal["set", "equalled", "broken", "extended"]
"""What a :class:`RecordMark` did to the record."""

_ALL_MEDALS = (Medal.GOLD, Medal.SILVER, Medal.BRONZE)


class Subject(enum.Enum):
    """Who a tally counts for: each athlete, or each nation (NOC).

    Example:
        >>> Subject("noc")
        <Subject.NOC: 'noc'>
    """

    ATHLETE = "athlete"
    NOC = "noc"


class Scope(enum.Enum):
    """Over what a tally counts: one Games edition at a time, or a whole career.

    For nations, ``CAREER`` means all time.

    Example:
        >>> Scope("games")
        <Scope.GAMES: 'games'>
    """

    GAMES = "games"
    CAREER = "career"


def _fail(field: str, expected: str, value: object) -> ValidationError:
    return ValidationError(f"Tally.{field} must be {expected}, not {value!r}")


def _to_medals(value: Any) -> Any:
    # One medal alone is accepted, and any iterable of medals; the medals are kept best
    # first so that two tallies counting the same medals are equal.
    if isinstance(value, Medal):
        return (value,)
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        return value
    items = tuple(value)
    if all(isinstance(m, Medal) for m in items):
        return tuple(sorted(items, reverse=True))
    return items


def _optional(kind: type[enum.Enum], expected: str) -> Any:
    def check(inst: Tally, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, kind):
            raise _fail(attribute.name, expected, value)

    return check


def _optional_name(inst: Tally, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise _fail(attribute.name, "a non-empty string or None", value)


@attrs.frozen(kw_only=True)
class Tally:
    """What a record counts: whose medals, which medals, over what, in which events.

    Sport and discipline match whatever their case, accents or punctuation
    (``"cross-country skiing"`` finds ``"Cross-Country Skiing"``).

    Raises:
        ValidationError: if a field has a wrong value, naming the field and the value.

    Example:
        >>> from olympics_records import EventKind, Season
        >>> heiden = Tally(scope=Scope.GAMES, season=Season.WINTER, kind=EventKind.INDIVIDUAL)
        >>> heiden.describe()
        'most individual golds at one Winter Games'
        >>> Tally(medals=(Medal.BRONZE, Medal.GOLD, Medal.SILVER)).medals
        (<Medal.GOLD: 'gold'>, <Medal.SILVER: 'silver'>, <Medal.BRONZE: 'bronze'>)
        >>> Tally(medals=())
        Traceback (most recent call last):
        ...
        olympics_records.errors.ValidationError: Tally.medals must be a non-empty tuple of \
medals without repeats, not ()
    """

    subject: Subject = attrs.field(default=Subject.ATHLETE)
    """Count for each athlete (every member of a team) or for each nation (once per entry)."""
    medals: tuple[Medal, ...] = attrs.field(default=(Medal.GOLD,), converter=_to_medals)
    """The medals counted, best first; the other medals still show in each standing."""
    scope: Scope = attrs.field(default=Scope.CAREER)
    """Per Games edition, or over a career (all time, for nations)."""
    season: Season | None = attrs.field(default=None, validator=_optional(Season, "a Season"))
    """Only Summer or only Winter Games; ``None`` for both."""
    kind: EventKind | None = attrs.field(
        default=None, validator=_optional(EventKind, "an EventKind or None")
    )
    """Only individual or only team events; ``None`` for both."""
    sport: str | None = attrs.field(default=None, validator=_optional_name)
    """Only events of this sport (like ``"Skiing"``); ``None`` for any."""
    discipline: str | None = attrs.field(default=None, validator=_optional_name)
    """Only events of this discipline (like ``"Cross-Country Skiing"``); ``None`` for any."""
    gender: Gender | None = attrs.field(default=None, validator=_optional(Gender, "a Gender"))
    """Only men's, women's, mixed or open events; ``None`` for any."""

    @subject.validator
    def _check_subject(self, attribute: attrs.Attribute[Subject], value: object) -> None:
        if not isinstance(value, Subject):
            raise _fail("subject", "a Subject", value)

    @medals.validator
    def _check_medals(self, attribute: attrs.Attribute[tuple[Medal, ...]], value: object) -> None:
        if (
            not isinstance(value, tuple)
            or not value
            or not all(isinstance(m, Medal) for m in value)
            or len(set(value)) != len(value)
        ):
            raise _fail("medals", "a non-empty tuple of medals without repeats", value)

    @scope.validator
    def _check_scope(self, attribute: attrs.Attribute[Scope], value: object) -> None:
        if not isinstance(value, Scope):
            raise _fail("scope", "a Scope", value)

    def describe(self) -> str:
        """The record this tally measures, in English, for headlines and reports.

        Example:
            >>> from olympics_records import Gender, Season
            >>> Tally(season=Season.WINTER).describe()
            'most career Winter Olympic golds'
            >>> Tally(subject=Subject.NOC, scope=Scope.GAMES, season=Season.WINTER).describe()
            'most golds won by a nation at one Winter Games'
            >>> Tally(medals=tuple(Medal), gender=Gender.MEN,
            ...       discipline="Cross-Country Skiing").describe()
            "most career Olympic men's Cross-Country Skiing medals"
        """
        words = ["most"]
        if self.scope is Scope.CAREER:
            if self.subject is Subject.ATHLETE:
                words.append("career")
            if self.season is not None:
                words.append(self.season.value.capitalize())
            words.append("Olympic")
        if self.gender is not None:
            words.append(_GENDER_WORDS[self.gender])
        if self.kind is not None:
            words.append(self.kind.value)
        if self.discipline is not None or self.sport is not None:
            words.append(self.discipline or self.sport or "")
        words.append(_medal_words(self.medals))
        if self.subject is Subject.NOC:
            words.append("won by a nation")
        if self.scope is Scope.GAMES:
            season = "Olympic" if self.season is None else self.season.value.capitalize()
            words.append(f"at one {season} Games")
        return " ".join(words)


_GENDER_WORDS = {
    Gender.MEN: "men's",
    Gender.WOMEN: "women's",
    Gender.MIXED: "mixed",
    Gender.OPEN: "open",
}


def _medal_words(medals: tuple[Medal, ...]) -> str:
    if len(medals) == 1:
        return f"{medals[0].value}s"
    if len(medals) == len(_ALL_MEDALS):
        return "medals"
    return f"{medals[0].value} and {medals[1].value} medals"


@attrs.frozen(kw_only=True)
class Standing:
    """One line of a leaderboard: a subject, its rank and its medals.

    Example:
        >>> from olympics_records import datasets, Season
        >>> h = datasets.milano_cortina_2026()
        >>> top = leaderboard(h, Tally(season=Season.WINTER), limit=1)[0]
        >>> (top.rank, top.name, top.count, top.gold, top.silver, top.bronze)
        (1, 'Johannes Høsflot Klæbo', 11, 11, 1, 1)
        >>> top.lower_bound  # every team gold of his lists all its members
        False
    """

    rank: int
    """The rank; tied counts share it and the next rank skips (1, 2, 2, 4)."""
    subject: str
    """The athlete id or the NOC code."""
    name: str
    """The athlete's or the NOC's display name."""
    games: Games | None
    """The Games edition, for per-Games tallies; ``None`` for career tallies."""
    count: int
    """How many of the tally's medals the subject won."""
    gold: int
    """Golds won within the tally's filters (counted or not)."""
    silver: int
    """Silvers won within the tally's filters (counted or not)."""
    bronze: int
    """Bronzes won within the tally's filters (counted or not)."""
    lower_bound: bool = False
    """Whether :attr:`count` may be too low because some medals it could include list
    no or not all of their members (``Entry.complete=False``).

    For an athlete: the tally counts (within its filters, by the day asked, at the
    standing's Games for per-Games tallies) a medal with ``complete=False`` won at a
    Games, for a NOC, in a discipline where the athlete has an entry (any entry, medal or
    not) for that NOC: they may be one of its unlisted members. Never for a NOC: a team
    medal counts once for its nation whatever its members. See "Lower bounds" in the
    concepts page."""


@attrs.frozen(kw_only=True)
class Record:
    """A record: the best count and every subject that holds it.

    Example:
        >>> from olympics_records import datasets, EventKind, Season
        >>> h = datasets.milano_cortina_2026()
        >>> r = record(h, Tally(scope=Scope.GAMES, season=Season.WINTER,
        ...                     kind=EventKind.INDIVIDUAL))
        >>> r.value, [(s.name, s.games.year) for s in r.holders], r.lower_bound
        (5, [('Eric Heiden', 1980)], False)
    """

    value: int
    """The record count (``0`` when nothing was counted)."""
    holders: tuple[Standing, ...]
    """Every subject at the record count, in leaderboard order (all have rank 1)."""
    lower_bound: bool = False
    """Whether a holder's count is a lower bound (:attr:`Standing.lower_bound`): the
    record may be higher than :attr:`value`."""


def _short_mark(mark: RecordMark | None) -> str:
    # The previous mark has its own previous mark, and so on: show only its head.
    if mark is None:
        return "None"
    return f"RecordMark(date={mark.date!r}, value={mark.value!r}, kind={mark.kind!r}, ...)"


@attrs.frozen(kw_only=True)
class RecordMark:
    """One step of a record's progression: the day a record was set, equalled or beaten.

    Example:
        >>> import datetime as dt
        >>> from olympics_records import datasets, Season
        >>> h = datasets.milano_cortina_2026()
        >>> last = progression(h, Tally(scope=Scope.GAMES, season=Season.WINTER))[-1]
        >>> last.date, last.value, last.kind, [s.name for s in last.holders]
        (datetime.date(2026, 2, 21), 6, 'broken', ['Johannes Høsflot Klæbo'])
        >>> last.previous.holders[0].name, last.previous.date, last.stood.days // 365
        ('Eric Heiden', datetime.date(1980, 2, 24), 46)
    """

    date: dt.date
    """The day the mark was made."""
    value: int
    """The record count from that day on."""
    holders: tuple[Standing, ...]
    """Every holder of the record at the end of that day, with their medals then (and
    whether their count was a lower bound then)."""
    kind: MarkKind = attrs.field(
        validator=attrs.validators.in_(("set", "equalled", "broken", "extended"))
    )
    """``"set"`` (the first mark), ``"equalled"`` (another subject reached the record),
    ``"broken"`` (a higher count, by a subject that was not the sole holder) or
    ``"extended"`` (the sole holder raised their own record)."""
    previous: RecordMark | None = attrs.field(repr=_short_mark)
    """The mark that first reached the count equalled or beaten; ``None`` for ``"set"``."""
    stood: dt.timedelta | None
    """How long that count had stood (``date - previous.date``); ``None`` for ``"set"``."""


# Counting -----------------------------------------------------------------------


def _check_day(as_of: object) -> None:
    if as_of is not None and (not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime)):
        raise TypeError(f"as_of needs a datetime.date or None, not {as_of!r}")


def _results(history: History, as_of: dt.date | None) -> Sequence[Entry]:
    """The standing entries as of the end of ``as_of`` (all of them for ``None``)."""
    _check_day(as_of)
    if as_of is None:
        return history.results
    if not _standing_on(history, as_of):
        # Some corrections were not yet decided: the entries must be re-corrected.
        return history.as_of(as_of).results
    dates = history._index.event_dates
    return [e for e in history.results if dates[e.event] <= as_of]


class _Filter:
    """Whether events count for a tally; each event is judged once per query."""

    __slots__ = ("_discipline", "_games", "_seen", "_sport", "_tally")

    def __init__(self, history: History, tally: Tally) -> None:
        self._tally = tally
        self._sport = None if tally.sport is None else fold(tally.sport)
        self._discipline = None if tally.discipline is None else fold(tally.discipline)
        self._seen: dict[str, bool] = {}
        self._games = history._index.games

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
            and (self._sport is None or fold(event.sport) == self._sport)
            and (self._discipline is None or fold(event.discipline) == self._discipline)
        )


_Key = tuple[str, str | None]  # (athlete id or NOC code, Games id or None)


def _keys(entry: Entry, event: Event, tally: Tally) -> Iterator[_Key]:
    games = event.games if tally.scope is Scope.GAMES else None
    if tally.subject is Subject.NOC:
        yield entry.noc, games
    else:
        for athlete in entry.athletes:
            yield athlete, games


def _medal_entries(
    history: History, tally: Tally, entries: Iterable[Entry]
) -> Iterator[tuple[Entry, Event]]:
    """The medal-winning entries among ``entries`` whose events count for ``tally``."""
    events = history._index.events
    counts = _Filter(history, tally)
    for entry in entries:
        if entry.medal is not None:
            event = events[entry.event]
            if counts(event):
                yield entry, event


_Row = tuple[Entry, Event, Games, dt.date]


def _rows(history: History, tally: Tally, as_of: dt.date | None) -> Sequence[_Row]:
    """The medal entries that count for ``tally``, with their events and Games, by date.

    Without ``as_of`` they come from the History's index, which holds the standing
    medal entries of official events of official Games by season and date; only the
    tally's own filters are left to apply.
    """
    index = history._index
    if as_of is not None:
        dates = index.event_dates
        games = index.games
        found = [
            (entry, event, games[event.games], dates[event.id])
            for entry, event in _medal_entries(history, tally, _results(history, as_of))
        ]
        found.sort(key=lambda row: row[3])
        return found
    rows = index.medalled(tally.season)
    kind, gender = tally.kind, tally.gender
    if tally.sport is not None or tally.discipline is not None:
        counts = _Filter(history, tally)
        return [row for row in rows if counts(row[1])]
    if kind is None and gender is None:
        return rows
    return [
        row
        for row in rows
        if (kind is None or row[1].kind is kind) and (gender is None or row[1].gender is gender)
    ]


def _rows_of(
    history: History, tally: Tally, as_of: dt.date | None, rows: Sequence[_Row], keys: set[_Key]
) -> Sequence[_Row]:
    """The rows among ``rows`` that may count for ``keys`` (a few subjects), found fast."""
    if as_of is not None:
        return rows
    index = history._index
    if tally.subject is Subject.ATHLETE:
        lists, which = index.by_athlete, {subject for subject, _ in keys}
    elif tally.scope is Scope.GAMES:
        lists, which = index.by_games, {games for _, games in keys if games is not None}
    else:
        lists, which = index.by_noc, {subject for subject, _ in keys}
    positions = sorted({i for key in which for i in lists.get(key, ())})
    results = index.results
    dates = index.event_dates
    counts = _Filter(history, tally)
    found = []
    for i in positions:
        entry = results[i]
        if entry.medal is not None:
            event = index.events[entry.event]
            if counts(event):
                found.append((entry, event, index.games[event.games], dates[event.id]))
    return found


def _day_of(row: _Row) -> dt.date:
    return row[3]


# Shared counts ---------------------------------------------------------------------
#
# A record book asks many questions of one History: ten records, two progressions and
# a medal table per Games. Walking one season's medal rows in Python for each of them
# (20,000 rows on the olympics.com data) was most of the cost. Instead the rows are
# grouped once per History and season into plain lists of athlete ids and NOC codes,
# by day, Games, event kind, gender and medal; each query then picks the lists it
# needs and counts them with collections.Counter, whose counting loop runs in C.
# Tallies by sport or discipline, and days before an undecided correction, still
# walk the rows (_record_of_rows, _progression_of_rows).

_Lists = tuple[list[str], ...]
"""The athlete ids (one per listed member) won with gold, silver and bronze, then the
NOC codes (one per entry) won with gold, silver and bronze: six lists."""

_NOC_LISTS = 3  # where the NOC codes start in a _Lists

_AT = {Medal.GOLD: 0, Medal.SILVER: 1, Medal.BRONZE: 2}  # each medal's list in a _Lists

_Cell = tuple[dt.date, str, _Lists]
"""The medals won on one day at one Games: (day, Games id, lists). The lists are shared
between queries: nothing may change them."""

_day_of_cell = operator.itemgetter(0)

_Table = tuple[collections.Counter[str], ...]
"""Each NOC code's golds, then silvers, then bronzes (shared: nothing may change them)."""

_NO_TABLE: _Table = (collections.Counter(), collections.Counter(), collections.Counter())


def _joined(parts: list[_Lists]) -> _Lists:
    """Several groups' lists as one; a single group's are shared, not copied."""
    if len(parts) == 1:
        return parts[0]
    joined: _Lists = ([], [], [], [], [], [])
    for lists in parts:
        for column, items in zip(joined, lists, strict=True):
            column.extend(items)
    return joined


class _Medals:
    """One season's (or every season's) counted medal rows, in lists for counting.

    The medals are those of the History index's ``held`` events: standing medal
    entries of official events of official Games, by date. Built once per History and
    season (see :func:`_medals_of`).
    """

    __slots__ = ("_groups", "_tables", "_views")

    def __init__(self, held: Sequence[_Held], results: tuple[Entry, ...]) -> None:
        groups: dict[tuple[dt.date, str, EventKind, Gender], _Lists] = {}
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
        self._views: dict[tuple[EventKind | None, Gender | None], list[_Cell]] = {}
        self._tables: dict[str, _Table] | None = None

    def cells(self, kind: EventKind | None, gender: Gender | None) -> list[_Cell]:
        """The medals of events of ``kind`` and ``gender`` (``None``: any), by day."""
        view = self._views.get((kind, gender))
        if view is None:
            parts: dict[tuple[dt.date, str], list[_Lists]] = {}
            for (day, games, event_kind, event_gender), lists in self._groups.items():
                if (kind is None or event_kind is kind) and (
                    gender is None or event_gender is gender
                ):
                    parts.setdefault((day, games), []).append(lists)
            # The groups were made in row order, so the cells come by day.
            view = [(day, games, _joined(lists)) for (day, games), lists in parts.items()]
            self._views[(kind, gender)] = view
        return view

    def table(self, games: str) -> _Table:
        """Each NOC code's golds, silvers and bronzes at one Games."""
        if self._tables is None:
            # Every Games of the season at once: one walk over the cells.
            tables: dict[str, _Table] = {}
            for _, games_id, lists in self.cells(None, None):
                table = tables.get(games_id)
                if table is None:
                    table = tables[games_id] = tuple(collections.Counter() for _ in _AT)
                for won, nocs in zip(table, lists[_NOC_LISTS:], strict=True):
                    won.update(nocs)
            self._tables = tables
        return self._tables.get(games, _NO_TABLE)


def _medals_of(history: History, season: Season | None) -> _Medals:
    """The shared lists of ``season`` (``None``: all), built once per History.

    They are kept on the History's index, so they go with it.
    """
    derived = history._index.derived
    found: _Medals | None = derived.get((_Medals, season))
    if found is None:
        index = history._index
        held = index.held if season is None else index.held_by_season[season]
        found = derived[_Medals, season] = _Medals(held, index.results)
    return found


def _cells(history: History, tally: Tally, as_of: dt.date | None) -> list[_Cell] | None:
    """The shared lists that count for ``tally``, or ``None`` if they cannot serve it.

    Sports and disciplines match by folded name, and corrections undecided on
    ``as_of`` change the entries: such queries walk the rows (:func:`_rows`).
    """
    if tally.sport is not None or tally.discipline is not None:
        return None
    _check_day(as_of)
    if not _standing_on(history, as_of):
        return None
    cells = _medals_of(history, tally.season).cells(tally.kind, tally.gender)
    if as_of is not None:
        cells = [cell for cell in cells if cell[0] <= as_of]
    return cells


def _medals_won_at(history: History, games: Games) -> tuple[Mapping[str, int], ...]:
    """Each NOC code's golds, then silvers, then bronzes at one official Games."""
    return _medals_of(history, games.season).table(games.id)


def _won(
    cells: Iterable[_Cell], keys: Iterable[_Key], at: int, known: int | None
) -> dict[_Key, list[int]]:
    """The golds, silvers and bronzes of each of ``keys`` in ``cells``.

    ``at`` picks the athlete or the NOC lists; the medal ``known`` (its place in _AT)
    is not counted but left at 0, for the caller to fill in. One pass over the lists
    for all keys: a record can have many holders, and a pass each would make the
    work grow with their number times the data's size.
    """
    wanted: dict[str | None, set[str]] = {}  # Games (None: all) -> whose medals
    won: dict[_Key, list[int]] = {}
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


def _record_of_cells(
    history: History, tally: Tally, cells: list[_Cell], as_of: dt.date | None
) -> Record:
    at = _NOC_LISTS if tally.subject is Subject.NOC else 0
    counted = [at + _AT[medal] for medal in tally.medals]
    by_games = tally.scope is Scope.GAMES
    # The lists to count for each Games (or for all time: None).
    spaces: dict[str | None, list[list[str]]] = {}
    for _, games_id, lists in cells:
        space = spaces.setdefault(games_id if by_games else None, [])
        space.extend([lists[i] for i in counted])
    best = 0
    top: list[_Key] = []
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
    known = _AT[tally.medals[0]] if len(tally.medals) == 1 else None
    counter = _Counter(history, tally, _bounds_of(history, tally))
    for key, won in _won(cells, top, at, known).items():
        if known is not None:
            won[known] = best
        counter._counts[key] = [best, *won]
    return _record_of(best, counter.ranked(top, as_of))


def _progression_of_cells(
    history: History, tally: Tally, cells: list[_Cell]
) -> tuple[RecordMark, ...]:
    at = _NOC_LISTS if tally.subject is Subject.NOC else 0
    counted = [_AT[medal] for medal in tally.medals]
    by_games = tally.scope is Scope.GAMES
    # Per Games (or for all time: None), as in a _Counter: each subject's count, golds,
    # silvers and bronzes. The count is kept day by day; the medals only when a mark
    # shows them, from the lists not yet added (``unseen``): most Games hold no record.
    won: dict[str | None, list[collections.Counter[str]]] = {}
    unseen: dict[str | None, list[_Lists]] = {}
    counter = _Counter(history, tally, _bounds_of(history, tally))
    marks: list[RecordMark] = []
    value = 0
    holders: set[_Key] = set()
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
        kind, holders, value = _next_mark(best, reached, value, holders, first)
        for subject, space in holders:
            tallies = won[space]
            for lists in unseen.pop(space, ()):
                for medal in range(3):
                    if tallies[1 + medal] is not tallies[0]:
                        tallies[1 + medal].update(lists[at + medal])
            counter._counts[(subject, space)] = [c[subject] for c in tallies]
        first = _add_mark(marks, day, value, tuple(counter.ranked(holders, day)), kind, first)
    return tuple(marks)


# Lower bounds ----------------------------------------------------------------------
#
# A medal listing no or not all of its members (Entry.complete=False) may be the medal
# of athletes it does not name: those with an entry at its Games, for its NOC, in its
# discipline (its place; _unlisted.Unlisted knows who entered each, once per History).
# An athlete's count is a lower bound where the query counts such a medal at one of
# their places. The row path finds the medals it counts in its rows (_bounds_of_rows);
# the others ask the History's list of such medals, by place, with the query's filter
# (_bounds_of), and only for the places of the athletes they rank.


def _standing_on(history: History, as_of: dt.date | None) -> bool:
    """Whether the entries on ``as_of`` are the standing ones: no correction undecided."""
    return as_of is None or all(c.decided <= as_of for c in history.corrections)


class _FirstCounted:
    """The first day a tally counts a standing medal with unlisted members at a place."""

    __slots__ = ("_counts", "_held", "_medals", "_seen")

    def __init__(self, history: History, tally: Tally) -> None:
        self._held = unlisted(history).medals
        self._counts = _Filter(history, tally)
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


def _bounds_of(history: History, tally: Tally) -> Bounds | None:
    """Which athletes' counts of ``tally`` are lower bounds, on the standing entries.

    Only for days with no correction undecided (:func:`_standing_on`); ``None`` for
    nations and where no athlete can have a lower bound.
    """
    if tally.subject is Subject.NOC:
        return None
    entered = unlisted(history).entered
    if not entered:
        return None
    return Bounds(entered, _FirstCounted(history, tally))


def _bounds_of_rows(history: History, tally: Tally, rows: Iterable[_Row]) -> Bounds | None:
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


# Index of each medal in a counter: [count, gold, silver, bronze].
_SLOT = {Medal.GOLD: 1, Medal.SILVER: 2, Medal.BRONZE: 3}


class _Counter:
    """Per-subject counters, and Standings made from them."""

    __slots__ = ("_bounds", "_counts", "_history", "_medals", "_tally")

    def __init__(self, history: History, tally: Tally, bounds: Bounds | None = None) -> None:
        self._history = history
        self._tally = tally
        self._medals = frozenset(tally.medals)
        self._counts: dict[_Key, list[int]] = {}
        self._bounds = bounds
        """Which counts are lower bounds; ``None``: none is (nations, or no such medal)."""

    def add_rows(self, rows: Iterable[_Row], only: set[_Key] | None = None) -> None:
        """Count every row (or, with ``only``, just the medals of those subjects)."""
        medals = self._medals
        by_games = self._tally.scope is Scope.GAMES
        by_noc = self._tally.subject is Subject.NOC
        all_counts = self._counts
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

    def count(self, key: _Key) -> int:
        """The number of counted medals of ``key``."""
        return self._counts[key][0]

    def ranked(
        self, keys: Iterable[_Key] | None = None, day: dt.date | None = None
    ) -> list[Standing]:
        """Standings of ``keys`` (default: every subject with a count), ranked.

        ``day`` is the day the counts are of, for their lower bounds (``None``: today).
        """
        chosen = self._counts if keys is None else keys
        bounds = self._bounds
        entered = {} if bounds is None else bounds.entered  # whose counts may be bounds
        rows = [
            (self._sort_key(key, name), key, name)
            for key in chosen
            if self._counts[key][0] > 0
            for name in (self._name(key[0]),)
        ]
        rows.sort(key=lambda row: row[0])
        standings: list[Standing] = []
        rank = 0
        previous = -1
        for position, (_, key, name) in enumerate(rows, start=1):
            counts = self._counts[key]
            if counts[0] != previous:
                rank, previous = position, counts[0]
            games = None if key[1] is None else self._history._index.games[key[1]]
            lower_bound = key[0] in entered and bounds is not None and bounds.hides(*key, day)
            count, gold, silver, bronze = counts
            standings.append(
                _new_standing(rank, key[0], name, games, count, gold, silver, bronze, lower_bound)
            )
        return standings

    def _name(self, subject: str) -> str:
        index = self._history._index
        if self._tally.subject is Subject.NOC:
            return index.nocs[subject].name
        return index.athletes[subject].name

    def _sort_key(self, key: _Key, name: str) -> tuple[Any, ...]:
        count, gold, silver, bronze = self._counts[key]
        games: tuple[Any, ...] = ()
        if key[1] is not None:
            edition = self._history._index.games[key[1]]
            games = (edition.year, edition.season.value)
        return (-count, -gold, -silver, -bronze, fold(name), name, key[0], games)


_new_standing: Callable[[int, str, str, Games | None, int, int, int, int, bool], Standing] = (
    unchecked(Standing)
)
"""A :class:`Standing` from its fields, unchecked: a leaderboard makes one per subject."""


def _check_tally(tally: object) -> None:
    if not isinstance(tally, Tally):
        raise TypeError(f"tally must be a Tally, not {tally!r}")


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
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 1):
        raise ValueError(f"limit must be a positive whole number or None, not {limit!r}")
    with paused_gc():  # see _engine.gc: counting makes many containers and no cycles
        rows = _rows(history, tally, as_of)
        if _standing_on(history, as_of):
            bounds = _bounds_of(history, tally)
        else:
            bounds = _bounds_of_rows(history, tally, rows)
        counter = _Counter(history, tally, bounds)
        counter.add_rows(rows)
        standings = counter.ranked(day=as_of)
    if limit is not None:
        standings = [s for s in standings if s.rank <= limit]
    return tuple(standings)


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
        return _record(history, tally, as_of)


def _record(history: History, tally: Tally, as_of: dt.date | None) -> Record:
    cells = _cells(history, tally, as_of)
    if cells is not None:
        return _record_of_cells(history, tally, cells, as_of)
    return _record_of_rows(history, tally, as_of)


def _record_of_rows(history: History, tally: Tally, as_of: dt.date | None) -> Record:
    rows = _rows(history, tally, as_of)
    counted = frozenset(tally.medals)
    by_games = tally.scope is Scope.GAMES
    by_noc = tally.subject is Subject.NOC
    counts: dict[_Key, int] = {}
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
    counter = _Counter(history, tally, _bounds_of_rows(history, tally, rows))
    counter.add_rows(_rows_of(history, tally, as_of, rows, top), only=top)
    return _record_of(best, counter.ranked(top, as_of))


def _record_of(value: int, holders: Iterable[Standing]) -> Record:
    holders = tuple(holders)
    return Record(value=value, holders=holders, lower_bound=any(s.lower_bound for s in holders))


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
        return _progression(history, tally, as_of)


def _progression(history: History, tally: Tally, as_of: dt.date | None) -> tuple[RecordMark, ...]:
    cells = _cells(history, tally, as_of)
    if cells is not None:
        return _progression_of_cells(history, tally, cells)
    return _progression_of_rows(history, tally, as_of)


def _progression_of_rows(
    history: History, tally: Tally, as_of: dt.date | None
) -> tuple[RecordMark, ...]:
    rows = _rows(history, tally, as_of)
    counter = _Counter(history, tally, _bounds_of_rows(history, tally, rows))
    counts = counter._counts
    medals = frozenset(tally.medals)
    by_games = tally.scope is Scope.GAMES
    by_noc = tally.subject is Subject.NOC
    marks: list[RecordMark] = []
    value = 0
    holders: set[_Key] = set()
    first: RecordMark | None = None  # the mark that first reached ``value``
    for day, group in itertools.groupby(rows, key=_day_of):
        raised: set[_Key] = set()
        # _Counter.add_rows, inlined per day: this loop sees every medal of the tally's events.
        for entry, event, _, _ in group:
            medal = entry.medal
            if medal is None:  # pragma: no cover - rows hold medal entries only
                continue
            slot = _SLOT[medal]
            counted = medal in medals
            games = event.games if by_games else None
            for subject in (entry.noc,) if by_noc else entry.athletes:
                key = (subject, games)
                subject_counts = counts.get(key)
                if subject_counts is None:
                    subject_counts = counts[key] = [0, 0, 0, 0]
                subject_counts[slot] += 1
                if counted:
                    subject_counts[0] += 1
                    raised.add(key)
        if not raised:
            continue
        best = max(counter.count(key) for key in raised)
        if best < value:
            continue
        reached = {key for key in raised if counter.count(key) == best}
        kind, holders, value = _next_mark(best, reached, value, holders, first)
        first = _add_mark(marks, day, value, tuple(counter.ranked(holders, day)), kind, first)
    return tuple(marks)


def _next_mark(
    best: int, reached: set[_Key], value: int, holders: set[_Key], first: RecordMark | None
) -> tuple[MarkKind, set[_Key], int]:
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


def _add_mark(  # noqa: PLR0917 - the fields of a mark
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
    counts = _Filter(history, tally)
    dates = history._index.event_dates
    found: list[Sweep] = []
    for event in history.events:
        if games_id is not None and event.games != games_id:
            continue
        if not counts(event):
            continue
        won = [e for e in history.entries_of_event(event.id) if e.medal is not None]
        nations = {e.noc for e in won}
        if len(nations) != 1 or {e.medal for e in won} != set(_ALL_MEDALS):
            continue
        (nation,) = nations
        if noc is not None and nation != noc:
            continue
        won.sort(key=lambda e: (_SLOT[e.medal] if e.medal else 0, e.athletes))
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
    medals: Medal | tuple[Medal, ...] = _ALL_MEDALS,
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
    dates = history._index.event_dates
    pool = history.entries_of_noc(noc) if as_of is None else _results(history, as_of)
    earliest: dt.date | None = None
    chosen: list[Entry] = []
    for entry, _ in _medal_entries(history, tally, pool):
        if entry.noc != noc or entry.medal not in tally.medals:
            continue
        day = dates[entry.event]
        if earliest is None or day < earliest:
            earliest, chosen = day, [entry]
        elif day == earliest:
            chosen.append(entry)
    if earliest is None:
        return None
    chosen.sort(key=lambda e: (_SLOT[e.medal] if e.medal else 0, e.event, e.athletes))
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
    counts = _Filter(history, Tally(season=season))
    events = history._index.events
    dates = history._index.event_dates
    entries = sorted(
        (e for e in history.entries_of_athlete(athlete_id) if counts(events[e.event])),
        key=lambda e: (dates[e.event], e.event),
    )
    won = dict.fromkeys(_ALL_MEDALS, 0)
    games: dict[str, None] = {}  # insertion-ordered set
    for entry in entries:
        games.setdefault(events[entry.event].games)
        if entry.medal is not None:
            won[entry.medal] += 1
    bounds = None
    if athlete_id in unlisted(history).entered:  # most never entered where one was won
        # One per History and season, shared by every career asked.
        derived = history._index.derived
        bounds = derived.get((Career, season))
        if bounds is None:
            bounds = derived[Career, season] = _bounds_of(
                history, Tally(medals=_ALL_MEDALS, season=season)
            )
    return Career(
        athlete=athlete,
        entries=tuple(entries),
        gold=won[Medal.GOLD],
        silver=won[Medal.SILVER],
        bronze=won[Medal.BRONZE],
        games=tuple(games),
        lower_bound=bounds is not None and bounds.hides(athlete_id, None, None),
    )
