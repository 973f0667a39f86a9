"""The values of records: what a :class:`Tally` counts, and the answers it gets.

:class:`Standing`, :class:`Record` and :class:`RecordMark` are what the record functions
return. :mod:`olympics_records.records` re-exports every name here; the values live
apart so that the engine, which counts, can build them.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Any, Literal

import attrs

from olympics_records._engine.public import public_dir
from olympics_records.errors import ValidationError
from olympics_records.model import EventKind, Games, Gender, Medal, Season

__all__ = [
    "MarkKind",
    "Record",
    "RecordMark",
    "Scope",
    "Standing",
    "Subject",
    "Tally",
]
__dir__ = public_dir(__all__)

MarkKind = Literal["set", "equalled", "broken", "extended"]
"""What a :class:`RecordMark` did to the record."""


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
    """Only events of this sport (like ``"Skiing"``), whatever label a source filed them
    under (see :func:`olympics_records.sports.within`); ``None`` for any."""
    discipline: str | None = attrs.field(default=None, validator=_optional_name)
    """Only events of this discipline (like ``"Cross-Country Skiing"``), under any of its
    labels; ``None`` for any."""
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
    if len(medals) == len(Medal):
        return "medals"
    return f"{medals[0].value} and {medals[1].value} medals"


@attrs.frozen(kw_only=True)
class Standing:
    """One line of a leaderboard: a subject, its rank and its medals.

    Example:
        >>> from olympics_records import datasets, leaderboard, Season
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
        >>> from olympics_records import datasets, record, EventKind, Season
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
        >>> from olympics_records import datasets, progression, Season
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
