"""What checks look up in one History, built once per History and kept with it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from olympics_records._engine.index import derived
from olympics_records._engine.index import index as history_index
from olympics_records._engine.select import medal_entries, results_as_of
from olympics_records.errors import AmbiguousNameError, UnknownNameError
from olympics_records.history import History, find_athlete
from olympics_records.model import Coverage, Entry, Event, Season
from olympics_records.names import fold, name_key
from olympics_records.nocs import MIXED_TEAMS as _MIXED_TEAMS
from olympics_records.records import Scope, Subject, Tally

__all__ = ["Counted", "Facts", "Key", "facts_of", "most_hidden"]

Key = tuple[str | None, str | None]
"""A counted subject: (athlete id or NOC code, ``None`` for anyone the data does not
show; Games id for per-Games tallies, ``None`` for careers)."""


_CACHED_BOARDS = 64
"""How many counted tallies each History keeps for later checks (a few MB each on the
full Olympic record)."""


class Counted:
    """One tally counted in one History at the end of one day; shared by every check."""

    __slots__ = ("anyone", "counts", "evidence", "seasonal", "teams", "unknown")

    def __init__(self, history: History, tally: Tally, day: dt.date | None) -> None:
        self.counts: dict[Key, int] = {}
        self.evidence: dict[Key, list[Entry]] = {}
        self.seasonal: dict[tuple[Key, Season], int] = {}
        self.unknown: dict[str, list[tuple[Entry, Event]]] = {}
        """By Games id: the counted team medals whose members are not all known."""
        games = history_index(history).games
        counted = frozenset(tally.medals)
        for entry, event in medal_entries(history, tally, results_as_of(history, day)):
            if entry.medal not in counted:
                continue
            if not entry.complete:
                self.unknown.setdefault(event.games, []).append((entry, event))
            season = games[event.games].season
            for key in _keys(entry, event, tally):
                self.counts[key] = self.counts.get(key, 0) + 1
                self.evidence.setdefault(key, []).append(entry)
                self.seasonal[key, season] = self.seasonal.get((key, season), 0) + 1
        self.teams: dict[str, dict[str, set[str]]] = {}
        """By Games id and NOC: the events of those team medals."""
        self.anyone: dict[str, int] = {}
        """By Games id: how many of them one athlete the data does not show could hide in."""
        for games_id, rows in self.unknown.items():
            teams: dict[str, set[str]] = {}
            for entry, event in rows:
                teams.setdefault(entry.noc, set()).add(event.id)
            self.teams[games_id] = teams
            self.anyone[games_id] = most_hidden(teams, frozenset(), frozenset())


def most_hidden(teams: Mapping[str, set[str]], nocs: frozenset[str], events: frozenset[str]) -> int:
    """How many team medals with unknown members one athlete could hide in at one Games.

    ``teams`` gives the events of each NOC's such medals; ``nocs`` the NOCs the athlete
    competed for at those Games (none if the data does not show them there) and
    ``events`` the events they have an entry of their own in. One entry per athlete per
    event, and one NOC per athlete per Games (mixed teams aside): the teams of their own
    NOCs if known, else of any one NOC, and mixed teams either way.
    """
    mixed: set[str] = set()
    for code in _MIXED_TEAMS:
        mixed |= teams.get(code, set())
    if nocs:
        pool = set(mixed)
        for code in nocs:
            pool |= teams.get(code, set())
        return len(pool - events)
    return max(
        (
            len((mixed | found) - events)
            for code, found in teams.items()
            if code not in _MIXED_TEAMS
        ),
        default=len(mixed - events),
    )


_NOC_PREFIX = re.compile(r"^([A-Z]{3}):(.+)$")


_ID_SUFFIX = re.compile(r"[-_ ](?:\d+|ii|iii|iv)$", re.IGNORECASE)


class Facts:
    """What checks look up in one History, built once and shared by every check of it.

    Kept with the History by the engine's ``derived()`` and dropped with it: a desk checks a
    claims file of dozens of claims against the same large History, and each would
    otherwise fold every athlete's name and count every tally again.
    """

    def __init__(self) -> None:
        self._words: dict[str, set[str]] | None = None
        self._found: dict[str, str | AmbiguousNameError | None] = {}
        self._entered: dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]] | None = None
        self._nocs: dict[str, set[str]] = {}
        self._empty: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
        self._counted: dict[tuple[Tally, dt.date | None], Counted] = {}
        self.coverage: dict[str, Coverage | None] = {}

    def counted(self, history: History, tally: Tally, day: dt.date | None) -> Counted:
        key = (tally, day)
        found = self._counted.pop(key, None)  # put back last: the least recently used go first
        if found is None:
            found = Counted(history, tally, day)
            if len(self._counted) >= _CACHED_BOARDS:
                del self._counted[next(iter(self._counted))]
        self._counted[key] = found
        return found

    def entered(
        self, history: History, athlete: str, games_id: str
    ) -> tuple[frozenset[str], frozenset[str]]:
        """The NOCs (mixed teams aside) ``athlete`` competed for at a Games, and the events."""
        if self._entered is None:
            self._entered = self._enter(history)
        return self._entered.get((athlete, games_id), self._empty)

    def nocs_of(self, history: History, athlete: str) -> set[str]:
        """Every NOC ``athlete`` competed for."""
        if self._entered is None:
            self._entered = self._enter(history)
        return self._nocs.get(athlete, set())

    def _enter(
        self, history: History
    ) -> dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]]:
        nocs: dict[tuple[str, str], set[str]] = {}
        events: dict[tuple[str, str], set[str]] = {}
        index = history_index(history).events
        for entry in history.results:
            games = index[entry.event].games
            for a in entry.athletes:
                events.setdefault((a, games), set()).add(entry.event)
                self._nocs.setdefault(a, set()).add(entry.noc)
                if entry.noc not in _MIXED_TEAMS:
                    nocs.setdefault((a, games), set()).add(entry.noc)
        return {
            key: (frozenset(nocs.get(key, ())), frozenset(found)) for key, found in events.items()
        }

    def athlete_id(self, history: History, text: str) -> str | None:
        """The id of the one athlete ``text`` names, or ``None`` (see :func:`_find`)."""
        if text not in self._found:
            try:
                self._found[text] = self._find(history, text)
            except UnknownNameError:
                self._found[text] = None
            except AmbiguousNameError as err:
                self._found[text] = err
        found = self._found[text]
        if isinstance(found, AmbiguousNameError):
            raise found
        return found

    def _find(self, history: History, text: str) -> str:
        """The athlete ``text`` names: by id, else by name as :func:`find_athlete` has it.

        An id the History does not hold (another source's) is read as a name too: its
        words without an ``NOC:`` prefix (then only athletes of that NOC match) or a
        trailing number.
        """
        if text in history_index(history).athletes:
            return text
        readings: list[tuple[str, str | None]] = [(text, None)]
        if not any(c.isspace() for c in text):
            match = _NOC_PREFIX.match(text)
            bare = match.group(2) if match else text
            bare = _ID_SUFFIX.sub("", bare)
            if bare != text:
                readings.append((bare, match.group(1) if match else None))
        for query, noc in readings:
            found = self._by_words(history, query)
            if noc is not None:
                found = {a for a in found if noc in self.nocs_of(history, a)}
            if len(found) == 1:
                return next(iter(found))
            if found:
                key = name_key(query)
                exact = [a for a in found if name_key(history.get_athlete(a).name) == key]
                if len(exact) == 1:
                    return exact[0]
                listed = ", ".join(f"{history.get_athlete(a).name} ({a})" for a in sorted(found))
                raise AmbiguousNameError(
                    f"{text!r} matches {len(found)} athletes: {listed}",
                    candidates=tuple(sorted(found)),
                )
        # Words that only begin the name's, and the errors, as find_athlete has them.
        return find_athlete(history, text).id

    def _by_words(self, history: History, query: str) -> set[str]:
        """The athletes whose folded name has every folded word of ``query``."""
        if self._words is None:
            self._words = {}
            for athlete in history.athletes:
                for word in set(fold(athlete.name).split()):
                    self._words.setdefault(word, set()).add(athlete.id)
        postings = sorted((self._words.get(w, set()) for w in set(fold(query).split())), key=len)
        if not postings:
            return set()
        return set(postings[0]).intersection(*postings[1:])


def facts_of(history: History) -> Facts:
    """The look-ups of one History, built on first use and dropped with the History."""
    return derived(history, Facts, Facts)


def _keys(entry: Entry, event: Event, tally: Tally) -> list[Key]:
    games = event.games if tally.scope is Scope.GAMES else None
    if tally.subject is Subject.NOC:
        return [(entry.noc, games)]
    return [(athlete, games) for athlete in entry.athletes]
