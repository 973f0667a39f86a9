"""The :class:`History`: a validated, immutable collection of results, and its indexes.

A History holds entries *as awarded* and the corrections decided later. Queries see
:attr:`History.results`: the entries as they officially stand, every correction
applied. :meth:`History.as_of` gives the History as it stood on a given day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import attrs

from olympics_records._engine.gc import paused_gc
from olympics_records._engine.index import Index, build_index, derived, index
from olympics_records._engine.public import public_dir
from olympics_records.errors import (
    AmbiguousNameError,
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
)
from olympics_records.names import fold, name_key, romanised

__all__ = ["History", "find_athlete"]
__dir__ = public_dir(__all__)


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return value if isinstance(value, tuple) else tuple(value)


@attrs.frozen(kw_only=True, repr=False)
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
    _index: Index = attrs.field(init=False, eq=False, repr=False, hash=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_index", build_index(self))

    def __repr__(self) -> str:
        """A summary, not the data: a History of every Games is millions of characters.

        Example:
            >>> from olympics_records import datasets
            >>> datasets.milano_cortina_2026()  # doctest: +ELLIPSIS
            <History 1980-winter … 2026-winter: 10 Games, 63 events, 117 entries, ...>
        """
        if self.games:
            by_year = sorted(self.games, key=lambda g: (g.year, g.season.value))
            span = f"{by_year[0].id} … {by_year[-1].id}" if len(by_year) > 1 else by_year[0].id
        else:
            span = "empty"
        counts = [
            (len(self.games), "Games", "Games"),
            (len(self.events), "event", "events"),
            (len(self.entries), "entry", "entries"),
            (len(self.athletes), "athlete", "athletes"),
            (len(self.nocs), "NOC", "NOCs"),
            (len(self.corrections), "correction", "corrections"),
            (len(self.issues), "issue", "issues"),
        ]
        said = ", ".join(f"{n:,} {one if n == 1 else many}" for n, one, many in counts)
        covered = f"; coverage declared for {len(self.coverage):,} Games" if self.coverage else ""
        return f"<History {span}: {said}{covered}>"

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
    failing that, when every query word begins a word of the name; failing that, when
    every query word is a word of the name as another romanisation spells it
    (:func:`~olympics_records.names.romanised`): ``"Nikolai Andrianov"`` finds the
    source's Nikolay Andrianov, ``"Alexander Karelin"`` its Aleksandr Karelin. An
    athlete id is accepted too.

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
    athletes = index(history).athletes
    if query in athletes:
        return athletes[query]
    words = set(fold(query).split())
    if not words:
        raise UnknownNameError(f"{query!r} is not a name")
    names = derived(history, find_athlete, lambda: _NameIndex(history.athletes))
    found = (
        names.with_words(words)
        or names.with_word_starts(words)
        or names.with_words_romanised(words)
    )
    if not found:
        raise UnknownNameError(f"no athlete matches {query!r}")
    if len(found) > 1:
        key = name_key(query)
        exact = [a for a in found if key in names.keys[a.id]]
        if len(exact) == 1:
            return exact[0]
        listed = ", ".join(f"{a.name} ({a.id})" for a in sorted(found, key=lambda a: a.id))
        raise AmbiguousNameError(
            f"{query!r} matches {len(found)} athletes: {listed}",
            candidates=tuple(sorted(a.id for a in found)),
        )
    return found[0]


class _NameIndex:
    """The folded words of every athlete's names, built once per History.

    ``find_athlete`` intersects the athletes of each query word instead of reading
    every name of every athlete at each look-up.
    """

    @paused_gc()  # a bulk build (see _engine.gc): sets of every word, no cycles
    def __init__(self, athletes: Iterable[Athlete]) -> None:
        self.order: dict[str, int] = {}
        self.athletes: dict[str, Athlete] = {}
        self.by_word: dict[str, set[str]] = {}
        # Per athlete, the word sets of each of its names, and their name keys.
        self.word_sets: dict[str, list[frozenset[str]]] = {}
        self.keys: dict[str, set[str]] = {}
        self.spellings: dict[str, list[str]] | None = None
        """The words of each romanised spelling, made at the first query that needs it."""
        for n, athlete in enumerate(athletes):
            self.order[athlete.id] = n
            self.athletes[athlete.id] = athlete
            names = (athlete.name, *athlete.aliases)
            sets = [frozenset(fold(name).split()) for name in names]
            self.word_sets[athlete.id] = sets
            self.keys[athlete.id] = {name_key(name) for name in names}
            for word in set().union(*sets):
                self.by_word.setdefault(word, set()).add(athlete.id)

    def _listed(self, ids: Iterable[str]) -> list[Athlete]:
        return [self.athletes[i] for i in sorted(ids, key=self.order.__getitem__)]

    def with_words(self, words: set[str]) -> list[Athlete]:
        """Athletes one of whose names holds every word, in the History's order."""
        found = _in_all(self.by_word.get(word, set()) for word in words)
        return self._listed(i for i in found if any(words <= s for s in self.word_sets[i]))

    def with_words_romanised(self, words: set[str]) -> list[Athlete]:
        """Athletes one of whose names holds every word, as romanised alike."""
        if self.spellings is None:
            with paused_gc():  # as for the word index
                self.spellings = {}
                for word in self.by_word:
                    self.spellings.setdefault(romanised(word), []).append(word)
        spellings = self.spellings
        wanted = {romanised(word) for word in words}
        found = _in_all(
            set().union(*(self.by_word[w] for w in spellings.get(word, ()))) for word in wanted
        )
        return self._listed(
            i for i in found if any(wanted <= {romanised(w) for w in s} for s in self.word_sets[i])
        )

    def with_word_starts(self, words: set[str]) -> list[Athlete]:
        """Athletes one of whose names has, for every word, a word that begins with it."""
        found = _in_all(
            {i for known, ids in self.by_word.items() if known.startswith(word) for i in ids}
            for word in words
        )
        return self._listed(
            i
            for i in found
            if any(all(any(h.startswith(w) for h in s) for w in words) for s in self.word_sets[i])
        )


def _in_all(postings: Iterable[set[str]]) -> set[str]:
    """The ids in every one of ``postings``, each worked out only while some are left."""
    found: set[str] | None = None
    for have in postings:
        found = set(have) if found is None else found & have
        if not found:
            return set()
    return found or set()
