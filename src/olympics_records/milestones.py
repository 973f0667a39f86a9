"""What fell on a day: every record mark made that day, across the standard tallies."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Sequence

import attrs

from olympics_records._engine.public import public_dir
from olympics_records._engine.spans import span_words
from olympics_records.history import History
from olympics_records.model import EventKind, Medal, Season
from olympics_records.records import progression
from olympics_records.tally import RecordMark, Scope, Standing, Subject, Tally

__all__ = ["Milestone", "milestones", "standard_tallies"]
__dir__ = public_dir(__all__)

_MEDAL_WORDS = re.compile(r"\b(gold|silver|bronze|medal)s\b")
_VERBS = {"broken": "breaks", "equalled": "equals", "extended": "extends"}


@attrs.frozen(kw_only=True)
class Milestone:
    """A record mark made on one day: which tally, and the mark itself.

    Example:
        >>> import datetime as dt
        >>> from olympics_records import datasets
        >>> m = milestones(datasets.milano_cortina_2026(), dt.date(2026, 2, 21))[0]
        >>> m.tally.describe(), m.mark.kind, m.mark.value
        ('most career Winter Olympic golds', 'extended', 11)
    """

    tally: Tally
    """What is counted."""
    mark: RecordMark
    """The mark made that day: its value, holders, kind and the mark it beat or equalled."""
    made_by: tuple[Standing, ...]
    """The holders who reached the record that day (for ``"equalled"``, not those who
    held it before)."""
    beaten: tuple[Standing, ...] = ()
    """The holders of the record the day before, with their medals then (none for
    ``"set"``)."""

    @property
    def headline(self) -> str:
        """The mark in one line, as a report would write it.

        Example:
            >>> import datetime as dt
            >>> from olympics_records import datasets
            >>> day = milestones(datasets.milano_cortina_2026(), dt.date(2026, 2, 21))
            >>> print(next(m for m in day if m.tally.scope.value == "games").headline)
            Johannes Høsflot Klæbo: 6 golds at one Winter Games — breaks Eric Heiden's 5 \
(Lake Placid 1980), which stood 45 years 362 days
        """
        mark = self.mark
        what = self.tally.describe().removeprefix("most ")
        if mark.value == 1:  # "1 gold", not "1 golds"
            what = _MEDAL_WORDS.sub(lambda m: m.group(1), what, count=1)
        value = f"{mark.value}{'+' if any(s.lower_bound for s in self.made_by) else ''}"
        said = f"{_names(self.made_by)}: {value} {what}"
        previous = mark.previous
        if previous is None:
            return f"{said} — the first such mark"
        # At one Games, a holder is a nation or athlete at those Games.
        made_by = {(s.subject, s.games) for s in self.made_by}
        others = [s for s in self.beaten if (s.subject, s.games) not in made_by]
        if mark.kind == "extended" or not others:
            beaten = f"extends the previous {previous.value}"
        elif self.tally.scope is Scope.CAREER and len(others) < len(self.beaten):
            beaten = f"{_VERBS[mark.kind]} the {previous.value} shared with {_names(others)}"
        else:
            beaten = f"{_VERBS[mark.kind]} {_possessive(others)} {previous.value}"
        when = _where(others or self.beaten or previous.holders)
        return f"{said} — {beaten}{when}, which stood {span_words(previous.date, mark.date)}"


def milestones(
    history: History, day: dt.date, *, tallies: Iterable[Tally] | None = None
) -> tuple[Milestone, ...]:
    """Every record mark (set, equalled, broken, extended) made on ``day``.

    The records are those of :func:`standard_tallies` for the events decided that day
    (see :meth:`History.date_of <olympics_records.History.date_of>`), or of
    ``tallies``. Each is judged as things stood at the end of ``day``: a medal
    reallocated later does not change what fell that night. A mark of one discipline
    that says no more than the same mark over every discipline is left out.

    Example:
        >>> import datetime as dt
        >>> from olympics_records import datasets
        >>> h = datasets.milano_cortina_2026()
        >>> print(milestones(h, dt.date(2026, 2, 15))[0].headline)
        Johannes Høsflot Klæbo: 9 career Winter Olympic golds — breaks the 8 shared with \
Bjørn Dæhlie, Marit Bjørgen and Ole Einar Bjørndalen, which stood 27 years 358 days
    """
    chosen = list(standard_tallies(history, day) if tallies is None else tallies)
    found: list[Milestone] = []
    said: set[tuple[object, ...]] = set()
    for tally in chosen:
        marks = progression(history, tally, as_of=day)
        if not marks or marks[-1].date != day:
            continue
        mark = marks[-1]
        beaten = marks[-2].holders if len(marks) > 1 else ()
        made_by = mark.holders
        if mark.kind == "equalled":
            before = {(s.subject, s.games) for s in beaten}
            made_by = tuple(s for s in mark.holders if (s.subject, s.games) not in before)
        # The same mark in a narrower tally (one season, one discipline) says no more.
        plain = attrs.evolve(tally, season=None, sport=None, discipline=None)
        key = (plain, mark.value, mark.kind, tuple((s.subject, s.games) for s in mark.holders))
        if key in said:
            continue
        said.add(key)
        found.append(Milestone(tally=tally, mark=mark, made_by=made_by, beaten=beaten))
    return tuple(found)


def standard_tallies(history: History, day: dt.date) -> tuple[Tally, ...]:
    """The tallies a record of ``day`` can be in: those :func:`milestones` judges.

    For athletes and nations; golds and all medals; one Games and career; all and
    individual events; in the season of each Games with an event that day, then over
    both seasons, then per discipline decided that day.

    Example:
        >>> import datetime as dt
        >>> from olympics_records import datasets
        >>> tallies = standard_tallies(datasets.milano_cortina_2026(), dt.date(2026, 2, 21))
        >>> len(tallies), tallies[0].describe()
        (96, 'most career Winter Olympic golds')
        >>> sorted({t.discipline for t in tallies if t.discipline})
        ['Biathlon', 'Cross-Country Skiing', 'Freestyle Skiing', 'Speed Skating']
    """
    seasons: dict[Season, None] = {}
    disciplines: dict[tuple[Season, str], None] = {}
    games = {g.id: g for g in history.games}
    for event in history.events:
        if history.date_of(event.id) == day:
            season = games[event.games].season
            seasons[season] = None
            disciplines[season, event.discipline] = None
    if not seasons:
        return ()
    # Each season of the day first: a season's record is what a report names.
    scopes: list[tuple[Season | None, str | None]] = [(season, None) for season in seasons]
    scopes.append((None, None))
    by_discipline = sorted(disciplines, key=lambda pair: (pair[0].value, pair[1]))
    scopes.extend(by_discipline)
    return tuple(tally for season, discipline in scopes for tally in _tallies(season, discipline))


def _tallies(season: Season | None, discipline: str | None) -> list[Tally]:
    return [
        Tally(
            subject=subject,
            medals=medals,
            scope=scope,
            season=season,
            kind=kind,
            discipline=discipline,
        )
        for scope, subject, medals, kind in itertools.product(
            (Scope.CAREER, Scope.GAMES),
            (Subject.ATHLETE, Subject.NOC),
            ((Medal.GOLD,), tuple(Medal)),
            (None, EventKind.INDIVIDUAL),
        )
    ]


def _names(holders: Sequence[Standing]) -> str:
    names = list(dict.fromkeys(s.name for s in holders))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _possessive(holders: Sequence[Standing]) -> str:
    names = list(dict.fromkeys(s.name for s in holders))
    owned = [f"{n}'" if n.endswith("s") else f"{n}'s" for n in names]
    return owned[0] if len(owned) == 1 else ", ".join(owned[:-1]) + " and " + owned[-1]


def _where(holders: Sequence[Standing]) -> str:
    """The Games of a record at one Games, like `` (Lake Placid 1980)``; no more for careers."""
    places = list(dict.fromkeys(s.games.name for s in holders if s.games is not None))
    return f" ({', '.join(places)})" if places else ""
