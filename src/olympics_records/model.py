"""The domain model: immutable value objects for Games, events, athletes and results.

Every class is a frozen, slotted attrs class. Constructors validate at once and raise
:class:`~olympics_records.errors.ValidationError` naming the field and the value.

References between values are ids (strings): an :class:`Entry` names its event by
``Event.id``, an :class:`Event` names its Games by ``Games.id``. The
:class:`~olympics_records.History` checks that every reference resolves.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from typing import Any

import attrs

from olympics_records._engine.public import public_dir
from olympics_records.errors import ValidationError

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "NOC_CODE",
    "Athlete",
    "Correction",
    "Coverage",
    "Entry",
    "Event",
    "EventKind",
    "Games",
    "Gender",
    "Medal",
    "Noc",
    "Season",
]
__dir__ = public_dir(__all__)

MIN_YEAR = 1896
"""The first modern Olympic Games."""
MAX_YEAR = 2100
"""Later years are taken for typing mistakes rather than far-future Games."""

NOC_CODE = re.compile(r"[A-Z][A-Z0-9]{2}\Z")
"""What a NOC code looks like: three capitals, or a capital and two capitals or digits
(Olympedia's ``RU1``, the Russian Empire)."""


class Season(enum.Enum):
    """The season of a Games edition.

    Example:
        >>> Season("winter")
        <Season.WINTER: 'winter'>
    """

    SUMMER = "summer"
    WINTER = "winter"

    # Members are singletons compared by identity: hash them by identity too, in C,
    # instead of Enum's Python-level hash of the name (records key dicts by them).
    __hash__ = object.__hash__


@functools.total_ordering
class Medal(enum.Enum):
    """An Olympic medal, ordered by worth: ``GOLD > SILVER > BRONZE``.

    Example:
        >>> Medal.GOLD > Medal.SILVER > Medal.BRONZE
        True
        >>> sorted([Medal.BRONZE, Medal.GOLD, Medal.SILVER], reverse=True)
        [<Medal.GOLD: 'gold'>, <Medal.SILVER: 'silver'>, <Medal.BRONZE: 'bronze'>]
        >>> Medal.SILVER.place
        2
    """

    GOLD = "gold"
    SILVER = "silver"
    BRONZE = "bronze"

    __hash__ = object.__hash__  # identity, in C (see Season)

    @property
    def place(self) -> int:
        """The place this medal is normally awarded for (1, 2 or 3)."""
        return _MEDAL_PLACE[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Medal):
            return NotImplemented
        return _MEDAL_PLACE[self] > _MEDAL_PLACE[other]


_MEDAL_PLACE = {Medal.GOLD: 1, Medal.SILVER: 2, Medal.BRONZE: 3}


class Gender(enum.Enum):
    """Who an event is for.

    ``OPEN`` is for events where men and women competed against each other
    (early sailing, equestrian); ``MIXED`` for events whose teams must mix both.

    Example:
        >>> Gender("women")
        <Gender.WOMEN: 'women'>
    """

    MEN = "men"
    WOMEN = "women"
    MIXED = "mixed"
    OPEN = "open"

    __hash__ = object.__hash__  # identity, in C (see Season)


class EventKind(enum.Enum):
    """Whether one athlete or several share a result.

    ``TEAM`` covers relays, team sprints, pairs, doubles, mixed relays and every
    event where several athletes share one result and one medal.

    Example:
        >>> EventKind.TEAM.value
        'team'
    """

    INDIVIDUAL = "individual"
    TEAM = "team"

    __hash__ = object.__hash__  # identity, in C (see Season)


def _fail(cls: str, field: str, expected: str, value: object) -> ValidationError:
    return ValidationError(f"{cls}.{field} must be {expected}, not {value!r}")


def _non_empty_str(inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise _fail(type(inst).__name__, attribute.name, "a non-empty string", value)


def _enum(kind: type[enum.Enum], choices: str) -> Any:
    def check(inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise _fail(type(inst).__name__, attribute.name, choices, value)

    return check


def _optional_date(inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise _fail(type(inst).__name__, attribute.name, "a datetime.date or None", value)
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise _fail(
            type(inst).__name__, attribute.name, f"a date from {MIN_YEAR} to {MAX_YEAR}", value
        )


def _bool(inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise _fail(type(inst).__name__, attribute.name, "True or False", value)


def _noc_code(inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not NOC_CODE.match(value):
        raise _fail(
            type(inst).__name__, attribute.name, "a three-letter NOC code like 'NOR'", value
        )


def _athlete_ids(inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    cls = type(inst).__name__
    if not isinstance(value, tuple):
        raise _fail(cls, attribute.name, "a tuple of athlete ids", value)
    for athlete in value:
        if not isinstance(athlete, str) or not athlete.strip():
            raise _fail(cls, attribute.name, "a tuple of non-empty athlete ids", value)
    if len(set(value)) != len(value):
        raise _fail(cls, attribute.name, "a tuple without repeated athlete ids", value)


def _names(inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(x, str) and x.strip() for x in value):
        raise _fail(type(inst).__name__, attribute.name, "a tuple of non-empty names", value)


def _optional_medal(inst: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Medal):
        raise _fail(type(inst).__name__, attribute.name, "a Medal or None", value)


@attrs.frozen(order=False)
class Games:
    """One edition of the Olympic Games.

    Example:
        >>> import datetime as dt
        >>> g = Games(year=1980, season=Season.WINTER, city="Lake Placid",
        ...           opened=dt.date(1980, 2, 13), closed=dt.date(1980, 2, 24))
        >>> g.id
        '1980-winter'
        >>> g.name
        'Lake Placid 1980'
    """

    year: int = attrs.field()
    """The year the Games are named after (Tokyo 2020 is ``2020``, though held in 2021)."""
    season: Season = attrs.field(validator=_enum(Season, "a Season"))
    """Summer or Winter."""
    city: str = attrs.field(validator=_non_empty_str)
    """The host city as usually written in English (several, joined by ``/``, if shared)."""
    opened: dt.date | None = attrs.field(default=None, validator=_optional_date)
    """The opening day, or ``None`` if unknown."""
    closed: dt.date | None = attrs.field(default=None, validator=_optional_date)
    """The closing day, or ``None`` if unknown."""
    official: bool = attrs.field(default=True, validator=_bool)
    """``False`` for Games whose results the IOC does not count (the 1906 Intercalated Games)."""

    @year.validator
    def _check_year(self, attribute: attrs.Attribute[int], value: object) -> None:
        if (
            not isinstance(value, int)
            or isinstance(value, bool)
            or not MIN_YEAR <= value <= MAX_YEAR
        ):
            raise _fail("Games", "year", f"a year from {MIN_YEAR} to {MAX_YEAR}", value)

    def __attrs_post_init__(self) -> None:
        if self.opened is not None and self.closed is not None and self.closed < self.opened:
            raise ValidationError(
                f"Games.closed ({self.closed}) must not be before Games.opened ({self.opened})"
            )

    @property
    def id(self) -> str:
        """The identity of the edition: ``"<year>-<season>"``, like ``"2026-winter"``."""
        return f"{self.year}-{self.season.value}"

    @property
    def name(self) -> str:
        """The usual display name, like ``"Lake Placid 1980"``."""
        return f"{self.city} {self.year}"


@attrs.frozen
class Event:
    """One medal event at one Games.

    Example:
        >>> Event(id="1980-winter/speed-skating/men/500m", games="1980-winter",
        ...       sport="Skating", discipline="Speed Skating", name="500m",
        ...       gender=Gender.MEN, kind=EventKind.INDIVIDUAL).kind
        <EventKind.INDIVIDUAL: 'individual'>
    """

    id: str = attrs.field(validator=_non_empty_str)
    """Unique id of the event across all Games."""
    games: str = attrs.field(validator=_non_empty_str)
    """The :attr:`Games.id` of the edition it belongs to."""
    sport: str = attrs.field(validator=_non_empty_str)
    """The sport, like ``"Skiing"`` or ``"Aquatics"`` (or the discipline, where a source has no sport)."""  # noqa: E501
    discipline: str = attrs.field(validator=_non_empty_str)
    """The discipline, like ``"Cross-Country Skiing"`` or ``"Swimming"``."""
    name: str = attrs.field(validator=_non_empty_str)
    """The event's title as the source writes it."""
    gender: Gender = attrs.field(validator=_enum(Gender, "a Gender"))
    """Men, women, mixed or open."""
    kind: EventKind = attrs.field(validator=_enum(EventKind, "an EventKind"))
    """Individual or team."""
    date: dt.date | None = attrs.field(default=None, validator=_optional_date)
    """The day the medals were decided, or ``None`` if unknown."""
    official: bool = attrs.field(default=True, validator=_bool)
    """``False`` for art competitions, demonstration events and the like."""


@attrs.frozen
class Athlete:
    """A person. ``id`` is the identity; ``name`` is for display only.

    Example:
        >>> Athlete(id="eric-heiden", name="Eric Heiden", sex="M")
        Athlete(id='eric-heiden', name='Eric Heiden', sex='M', aliases=())
        >>> Athlete(id="bjorn-daehlie", name="Bjørn Dæhlie", aliases=("Дэли",)).aliases
        ('Дэли',)
    """

    id: str = attrs.field(validator=_non_empty_str)
    """A stable id: the source's own where it has one, else a key derived from the name."""
    name: str = attrs.field(validator=_non_empty_str)
    """The display name, in the spelling the athlete uses (``"Johannes Høsflot Klæbo"``)."""
    sex: str | None = attrs.field(default=None)
    """``"M"``, ``"F"`` or ``None`` where the source does not say."""
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_names)
    """Other spellings sources give the athlete (``"Дэли"``, ``"Bjorn DAEHLIE"``),
    sorted; :func:`~olympics_records.find_athlete` finds them too."""

    @sex.validator
    def _check_sex(self, attribute: attrs.Attribute[str | None], value: object) -> None:
        if value not in (None, "M", "F"):
            raise _fail("Athlete", "sex", "'M', 'F' or None", value)


@attrs.frozen
class Noc:
    """A National Olympic Committee (or a team code like ``EUN`` or ``AIN``).

    Lineage (``URS`` → ``EUN`` → ``RUS``) lives in :mod:`olympics_records.nocs`.

    Example:
        >>> Noc(code="NOR", name="Norway")
        Noc(code='NOR', name='Norway')
    """

    code: str = attrs.field(validator=_noc_code)
    """The three-letter code as used at the time."""
    name: str = attrs.field(validator=_non_empty_str)
    """The committee's or team's name in English."""


@attrs.frozen
class Entry:
    """One competitor or team in one event, with the place and medal it got.

    A team medal is *one* entry: it counts once for the nation and once for each
    listed member. Ties are two entries sharing a place and medal.

    Example:
        >>> e = Entry(event="2026-winter/cross-country-skiing/men/team-sprint-free",
        ...           noc="NOR", athletes=("klaebo", "hedegart"), place=1, medal=Medal.GOLD)
        >>> e.medal > Medal.SILVER
        True
    """

    event: str = attrs.field(validator=_non_empty_str)
    """The :attr:`Event.id` this entry belongs to."""
    noc: str = attrs.field(validator=_noc_code)
    """The NOC code the entry competed for, as used at the time."""
    athletes: tuple[str, ...] = attrs.field(default=(), validator=_athlete_ids)
    """Athlete ids of the competitor or team members that are known (may be empty)."""
    place: int | None = attrs.field(default=None)
    """The final place (1 for the winner; tied entries share it), or ``None``: unranked or unknown."""  # noqa: E501
    medal: Medal | None = attrs.field(default=None, validator=_optional_medal)
    """The medal won, or ``None``."""
    complete: bool = attrs.field(default=True, validator=_bool)
    """``False`` where the team's members are unknown or only partly known."""

    @place.validator
    def _check_place(self, attribute: attrs.Attribute[int | None], value: object) -> None:
        if value is None:
            return
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise _fail("Entry", "place", "a positive whole number or None", value)


@attrs.frozen
class Correction:
    """A medal stripped or reallocated after the Games, and the day it was decided.

    It applies to the entry of ``event`` with the same ``noc`` and ``athletes``;
    ``medal`` is the medal that entry holds from ``decided`` on (``None``: stripped).
    Where no such entry exists (a fourth place upgraded to bronze in a medals-only
    source), the correction adds it.

    Example:
        >>> import datetime as dt
        >>> Correction(event="2014-winter/x", noc="RUS", athletes=("a",), medal=None,
        ...            decided=dt.date(2017, 11, 1), note="doping").medal is None
        True
    """

    event: str = attrs.field(validator=_non_empty_str)
    """The :attr:`Event.id` of the event corrected."""
    noc: str = attrs.field(validator=_noc_code)
    """The NOC of the entry corrected."""
    athletes: tuple[str, ...] = attrs.field(validator=_athlete_ids)
    """The athletes of the entry corrected."""
    medal: Medal | None = attrs.field(validator=_optional_medal)
    """The entry's medal from ``decided`` on; ``None`` if stripped."""
    decided: dt.date = attrs.field()
    """The day the decision took effect."""
    note: str = attrs.field(default="")
    """Why, in a few words (a case number, a source)."""

    @decided.validator
    def _check_decided(self, attribute: attrs.Attribute[dt.date], value: object) -> None:
        if value is None:
            raise _fail("Correction", "decided", "a datetime.date", value)
        _optional_date(self, attribute, value)

    @note.validator
    def _check_note(self, attribute: attrs.Attribute[str], value: object) -> None:
        if not isinstance(value, str):
            raise _fail("Correction", "note", "a string", value)


@attrs.frozen
class Coverage:
    """What a data set holds for one Games, so answers can say when data is missing.

    Example:
        >>> Coverage(games="1980-winter", all_events=False, full_podiums=False,
        ...          note="only the medals the 2026 record story needs").all_events
        False
    """

    games: str = attrs.field(validator=_non_empty_str)
    """The :attr:`Games.id` described."""
    all_events: bool = attrs.field(validator=_bool)
    """``True`` if every medal event of those Games is present."""
    full_podiums: bool = attrs.field(validator=_bool)
    """``True`` if every medal of the events present is present."""
    note: str = attrs.field(default="")
    """A sentence for people: which events or medals are present."""
    team_members: bool = attrs.field(default=True, validator=_bool)
    """``True`` if every team medal present lists all its members; ``False`` if some
    list none or only some (:attr:`Entry.complete` is ``False``): athletes' counts at
    those Games are then lower bounds."""

    @note.validator
    def _check_note(self, attribute: attrs.Attribute[str], value: object) -> None:
        if not isinstance(value, str):
            raise _fail("Coverage", "note", "a string", value)
