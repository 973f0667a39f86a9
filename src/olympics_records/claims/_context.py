"""One check's context: the History, the statements vouched for, the sources relied on.

It says which Games are complete for a count, and words what is missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from olympics_records.claims._claim import ALL_MEDALS
from olympics_records.claims._facts import Key, facts_of
from olympics_records.claims._statements import (
    Complete,
    CompleteAbove,
    Completeness,
    ReportedMedalTable,
)
from olympics_records.claims._words import games_start, join_words, tally_words
from olympics_records.editions import editions
from olympics_records.errors import UnknownIdError
from olympics_records.history import History
from olympics_records.model import Coverage, Entry, Event, Games, Gender, Season
from olympics_records.names import fold
from olympics_records.records import Subject, Tally
from olympics_records.sports import same_label, within

__all__ = ["MEMBERS", "Context", "covers_entry", "narrows", "same_name"]

MEMBERS = "members:"
"""Prefix of a gap that is a team medal with unknown members, not missing results."""


class Context:
    """One check's History, the statements vouched for, and the sources relied on."""

    def __init__(
        self,
        history: History,
        completeness: Iterable[Completeness],
        reported: ReportedMedalTable | None,
    ) -> None:
        self.history = history
        self.facts = facts_of(history)
        statements = tuple(completeness)
        for item in statements:
            if not isinstance(item, (Complete, CompleteAbove)):
                raise TypeError(f"completeness must hold Complete or CompleteAbove, not {item!r}")
        self.complete = [s for s in statements if isinstance(s, Complete)]
        self.above = [s for s in statements if isinstance(s, CompleteAbove)]
        self.reported = reported
        self.used: dict[str, None] = {}  # an insertion-ordered set
        # Every edition held counts as something the data may lack, not only those loaded.
        self._games: dict[str, Games] = {g.id: g for g in editions()}
        self._games.update({g.id: g for g in history.games})
        self._spans: dict[tuple[Season, dt.date | None, str | None], tuple[Games, ...]] = {}
        self._editions: dict[str, tuple[Games, ...]] = {}
        self._ids: dict[int, tuple[tuple[Games, ...], tuple[str, ...], frozenset[str]]] = {}
        self._generic: dict[
            tuple[Tally, tuple[str, ...]], tuple[tuple[str, ...], tuple[str, ...]]
        ] = {}
        self._own: dict[tuple[Subject, str], list[Complete]] | None = None
        self._reasons: dict[int, str] = {}

    # Look-ups

    def coverage_of(self, games_id: str) -> Coverage | None:
        # Asked for every Games of every count: History.coverage_of scans the list.
        known = self.facts.coverage
        if games_id not in known:
            known[games_id] = self.history.coverage_of(games_id)
        return known[games_id]

    def games(self, games_id: str) -> Games:
        found = self._games.get(games_id)
        return found if found is not None else self.history.get_games(games_id)

    def span(
        self, season: Season, day: dt.date | None, before: Games | None = None
    ) -> tuple[Games, ...]:
        """The official Games of ``season`` begun by ``day`` (and before ``before``)."""
        key = (season, day, before.id if before else None)
        if key not in self._spans:
            self._spans[key] = self._span(season, day, before)
        return self._spans[key]

    def _span(self, season: Season, day: dt.date | None, before: Games | None) -> tuple[Games, ...]:
        chosen = [
            g
            for g in self._games.values()
            if g.official
            and g.season is season
            and (day is None or games_start(g) <= day)
            and (before is None or games_start(g) < games_start(before))
        ]
        return tuple(sorted(chosen, key=lambda g: (games_start(g), g.id)))

    def edition_span(self, games_id: str) -> tuple[Games, ...]:
        """One Games as a span (kept, like :meth:`span`'s, for :meth:`span_ids`)."""
        if games_id not in self._editions:
            self._editions[games_id] = (self.games(games_id),)
        return self._editions[games_id]

    def span_ids(self, span: tuple[Games, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
        """The ids of a span from :meth:`span` or :meth:`edition_span`, in order and as a set."""
        found = self._ids.get(id(span))
        if found is None:
            ids = tuple(g.id for g in span)
            # The span is kept with its ids, so its id() is not reused while cached.
            found = self._ids[id(span)] = (span, ids, frozenset(ids))
        return found[1], found[2]

    def athlete_id(self, name: str) -> str | None:
        """The id of the athlete ``name`` finds, or ``None`` if the data has none."""
        return self.facts.athlete_id(self.history, name)

    def subject(self, kind: Subject, text: str) -> tuple[str | None, str]:
        """A subject's id (``None``: not in the data) and display name."""
        if kind is Subject.NOC:
            code = self.noc_code(text)
            return code, self.noc_name(code) if code else text
        athlete = self.athlete_id(text)
        return athlete, self.history.get_athlete(athlete).name if athlete else text

    def noc_code(self, text: str) -> str | None:
        if len(text) == 3 and text.isalpha() and text.isupper():
            return text
        wanted = fold(text)
        return next((n.code for n in self.history.nocs if fold(n.name) == wanted), None)

    def noc_name(self, code: str) -> str:
        try:
            return self.history.get_noc(code).name
        except UnknownIdError:
            return code

    def label(self, tally: Tally, key: Key) -> str:
        subject, games = key
        if subject is None:
            name = "anyone else"
        elif tally.subject is Subject.NOC:
            name = self.noc_name(subject)
        else:
            name = self.history.get_athlete(subject).name
        return f"{name} ({self.games(games).name})" if games else name

    def note(self, source: str) -> None:
        self.used[source] = None

    def reason(self, statement: CompleteAbove) -> str:
        """Why a :class:`CompleteAbove` caps a count, in words."""
        if id(statement) not in self._reasons:
            self._reasons[id(statement)] = (
                f"the data holds everyone with {statement.at_least} or more "
                + tally_words(statement.tally)
            )
        return self._reasons[id(statement)]

    # Completeness

    def own_statements(self, kind: Subject, subject: str | None) -> list[Complete]:
        """The :class:`Complete` statements about one athlete or NOC only.

        An athlete's are found by the name (or id) they give, in this History.
        """
        if self._own is None:
            self._own = {}
            for statement in self.complete:
                if statement.athlete is not None:
                    athlete = self.athlete_id(statement.athlete)
                    if athlete is not None:
                        self._own.setdefault((Subject.ATHLETE, athlete), []).append(statement)
                elif statement.noc is not None:
                    self._own.setdefault((Subject.NOC, statement.noc), []).append(statement)
        return self._own.get((kind, subject), []) if subject is not None else []

    def _applies(
        self, statement: Complete, games_id: str, tally: Tally, subject: str | None
    ) -> bool:
        """Whether ``statement`` says all ``tally`` counts for ``subject`` at a Games is loaded."""
        if statement.games not in (None, games_id) or not narrows(tally, statement):
            return False
        if statement.noc is not None and (
            tally.subject is not Subject.NOC or subject != statement.noc
        ):
            return False
        return statement.athlete is None or (
            tally.subject is Subject.ATHLETE
            and subject is not None
            and subject == self.athlete_id(statement.athlete)
        )

    def complete_for(
        self, games_id: str, tally: Tally, subject: str | None
    ) -> tuple[bool, str | None]:
        """Whether every medal ``tally`` counts for ``subject`` at one Games is loaded.

        And the statement that says so (``None``: the History's own coverage).
        """
        coverage = self.coverage_of(games_id)
        if coverage is not None and coverage.all_events and coverage.full_podiums:
            return True, None
        for statement in self.complete:
            if self._applies(statement, games_id, tally, subject):
                return True, statement.describe()
        return False, None

    def span_complete(
        self, tally: Tally, span: tuple[Games, ...], subject: str | None
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The Games of ``span`` not known to be complete for ``subject``, and the sources.

        As :meth:`complete_for` for many Games: the sources are the statements that say
        the other Games are complete.
        """
        ids = self.span_ids(span)[0]
        key = (tally, ids)
        generic = self._generic.get(key)
        if generic is None:
            missing: list[str] = []
            used: list[str] = []
            for games_id in ids:
                done, source = self.complete_for(games_id, tally, None)
                if not done:
                    missing.append(games_id)
                elif source:
                    used.append(source)
            generic = self._generic[key] = (tuple(missing), tuple(used))
        own = self.own_statements(tally.subject, subject)
        if not own or not generic[0]:
            return generic
        missing = []
        used = list(generic[1])
        for games_id in generic[0]:
            found = next((s for s in own if self._applies(s, games_id, tally, subject)), None)
            if found is None:
                missing.append(games_id)
            else:
                used.append(found.describe())
        return tuple(missing), tuple(used)

    def events_complete(
        self,
        games_id: str,
        *,
        discipline: str | None,
        gender: Gender | None,
        sport: str | None = None,
    ) -> tuple[bool, str | None]:
        """Whether every event of that kind at a Games is loaded, with its podium."""
        coverage = self.coverage_of(games_id)
        if coverage is not None and coverage.all_events and coverage.full_podiums:
            return True, None
        probe = Tally(sport=sport, discipline=discipline, gender=gender, medals=ALL_MEDALS)
        for statement in self.complete:
            if (
                statement.games in (None, games_id)
                and statement.athlete is None
                and statement.noc is None
                and narrows(probe, statement)
            ):
                return True, statement.describe()
        return False, None

    def podium_complete(self, event: Event) -> tuple[bool, str | None]:
        """Whether every medal of one loaded event is loaded."""
        coverage = self.coverage_of(event.games)
        if coverage is not None and coverage.full_podiums:
            return True, None
        return self.events_complete(
            event.games, discipline=event.discipline, gender=event.gender, sport=event.sport
        )

    def final_count(self, statement: CompleteAbove, key: Key) -> int:
        """The count of ``key`` under the statement's tally in all the data."""
        if key[0] is None:
            return 0
        return self.facts.counted(self.history, statement.tally, None).counts.get(key, 0)

    # Words

    def gap_phrases(self, gaps: Iterable[str]) -> tuple[str, ...]:
        """What is missing, by season and state, as phrases.

        Like "15 Winter Games (Chamonix 1924 to Turin 2006) are not loaded" and "Lake
        Placid 1980 is only partly loaded".
        """
        gaps = list(gaps)
        loaded = {g.id for g in self.history.games}
        teams = [self.games(g.removeprefix(MEMBERS)) for g in gaps if g.startswith(MEMBERS)]
        games_ids = {g for g in gaps if not g.startswith(MEMBERS)}
        chosen = sorted({self.games(g) for g in games_ids}, key=lambda g: (games_start(g), g.id))
        phrases: list[str] = []
        for season in (Season.WINTER, Season.SUMMER):
            partial = [g for g in chosen if g.season is season and g.id in loaded]
            absent = [g for g in chosen if g.season is season and g.id not in loaded]
            for games, state in ((partial, "only partly loaded"), (absent, "not loaded")):
                if games:
                    verb = "is" if len(games) == 1 else "are"
                    phrases.append(f"{_games_list(games, season)} {verb} {state}")
        for season in (Season.WINTER, Season.SUMMER):
            where = sorted({g for g in teams if g.season is season}, key=games_start)
            if where:
                phrases.append(
                    f"some team medals of {_games_list(where, season)} do not list all their "
                    "members"
                )
        return tuple(phrases)

    def gap_sentence(self, gaps: Iterable[str]) -> str:
        return join_words(self.gap_phrases(gaps)) or "the data is incomplete"


def _games_list(games: Sequence[Games], season: Season) -> str:
    if len(games) <= 3:
        return join_words([g.name for g in games])
    return f"{len(games)} {season.value.capitalize()} Games ({games[0].name} to {games[-1].name})"


def same_name(a: str | None, b: str | None) -> bool:
    """Whether two sport or discipline labels are one (``sports.same_label``)."""
    return a is not None and b is not None and same_label(a, b)


def narrows(tally: Tally, statement: Complete) -> bool:
    """Whether everything ``tally`` counts falls within what ``statement`` covers."""
    return (
        set(tally.medals) <= set(statement.medals)
        and (statement.sport is None or same_name(tally.sport, statement.sport))
        and (statement.discipline is None or same_name(tally.discipline, statement.discipline))
        and (statement.gender is None or tally.gender is statement.gender)
    )


def covers_entry(statement: Complete, entry: Entry, event: Event) -> bool:
    """Whether ``statement`` covers the medal ``entry`` (its athlete aside)."""
    return (
        statement.games in (None, event.games)
        and statement.noc in (None, entry.noc)
        and entry.medal in statement.medals
        and (statement.sport is None or within(statement.sport, event.sport, event.discipline))
        and (
            statement.discipline is None
            or within(statement.discipline, event.sport, event.discipline)
        )
        and (statement.gender is None or event.gender is statement.gender)
    )
