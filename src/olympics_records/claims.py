"""Fact-checking: the claims reports make, checked against a History.

A :class:`Claim` is one statement of a report in structured form: a count ("Klæbo has 11
career Olympic golds"), a record and its holder, a record broken, how long a record
stood, a rank, a podium sweep, a clean sweep of a discipline's events, a nation's first
medal, a single result, a medal-table figure. :func:`check` returns a :class:`Verdict`:
``"supported"``, ``"contradicted"`` (with the true figure) or ``"unverifiable"`` (with the
data that is missing), a sentence a journalist can paste, and the entries counted.

What the data can settle
------------------------

Loaded data is usually partial, and :attr:`History.coverage
<olympics_records.History.coverage>` says so per Games. Verdicts follow one rule:

* Every count the data gives is a **lower bound**: more results never lower a tally.
* It is also an **upper bound** only where nothing that could add to it is missing: each
  Games it spans is complete (every edition held, from the bundled registry of Games,
  not only those loaded), and no team medal whose members are unknown
  (``Entry.complete=False``) could hide the athlete (see below). A Games is complete when its
  coverage says ``all_events`` and ``full_podiums``, or a :class:`Complete` statement says
  so for what is counted. A :class:`CompleteAbove` statement ("everyone with 8 or more
  career Winter golds is loaded") bounds everyone instead: whoever the data shows below
  8 has at most 7.
* A claim is **supported** when the bounds pin the claimed fact, **contradicted** when
  they exclude it, and **unverifiable** otherwise. So a loaded count above an "exactly
  N" contradicts it on any data, while a count that merely reaches N supports it only
  where nothing could add to it.

Completeness statements are what a desk knows about its data that the data does not say
("the fact sheet holds every gold of Bjørgen, Dæhlie and Bjørndalen"). Each names its
source, and a verdict that relied on one lists it in :attr:`Verdict.sources`. Checked
against a richer History (more Games loaded, complete coverage) the same claims give
supported or contradicted where the partial data could not.

Team medals whose members are not all known
-------------------------------------------

A team medal listed without all its members (``Entry.complete=False``; common in the
full record, for relays and team sports) could be any athlete's, and so leaves their
count open by one, unless something rules it out. Only what the rules of the Games and
the data make certain does:

* the athlete has an entry of their own in that event (no one enters an event twice);
* they competed for another NOC at those Games (one NOC per athlete per Games; the mixed
  teams of 1896-1904, ``MIX`` or ``ZZX``, go with any NOC);
* a :class:`Complete` statement about the athlete covers the medal. "Every medal of
  Klæbo is loaded" means each team he was on is loaded listing him, so a team that does
  not list him is not his: for what it covers, the statement removes this uncertainty
  entirely, at Games that are complete by their own coverage too.

And one athlete can be in at most one team per event and, at a Games the data does not
show them at, in the teams of only one NOC. Nothing else is inferred: not the span of an
athlete's known career (a relay-only Games before or after it is possible), nor their
sport, season or sex (athletes change sports and seasons; sources mislabel events). Where
that leaves a count open, the remedy is a statement the desk vouches for, with its
source, not a guess.

Naming athletes
---------------

Claims and statements name athletes as :func:`~olympics_records.find_athlete` finds
them: any spelling, case or word order of the name (``"Klaebo"``, ``"KLAEBO Johannes
Hoesflot"``), or an id of the History checked. Names are what carry across sources: a
merged History keeps the first source's ids (olympics.com's ``klaebo``, not the bundled
``johannes-hoesflot-klaebo``) and shows the native spelling of each name. An id the
History does not hold is read as a name: its words (a slug spells the name), without a
trailing number or an ``NOC:`` prefix (which then admits only that NOC's athletes). A
statement about an athlete the History does not show applies to no one.

Example:
    >>> from olympics_records import datasets, Season, Tally
    >>> h = datasets.milano_cortina_2026()
    >>> v = check(h, TallyClaim(subject="Klaebo", tally=Tally(season=Season.WINTER), value=6))
    >>> v.status, v.actual
    ('contradicted', 'at least 11')
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, TypeVar

import attrs

from olympics_records._engine.index import derived
from olympics_records._engine.index import index as history_index
from olympics_records._engine.select import medal_entries, results_as_of
from olympics_records._engine.spans import span_words as _span_words
from olympics_records._engine.spans import whole_years as _whole_years
from olympics_records.editions import editions
from olympics_records.errors import (
    AmbiguousNameError,
    DataError,
    UnknownIdError,
    UnknownNameError,
    ValidationError,
)
from olympics_records.history import History, find_athlete
from olympics_records.model import (
    Coverage,
    Entry,
    Event,
    EventKind,
    Games,
    Gender,
    Medal,
    Season,
)
from olympics_records.names import fold, name_key
from olympics_records.nocs import MIXED_TEAMS as _MIXED_TEAMS
from olympics_records.records import (
    RecordMark,
    Scope,
    Subject,
    Tally,
    firsts,
    progression,
)
from olympics_records.tables import medal_table

if sys.version_info >= (3, 11):
    import tomllib
else:  # tomllib joined the standard library in 3.11; tomli is the same parser.
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

__all__ = [
    "Claim",
    "Compare",
    "Complete",
    "CompleteAbove",
    "Completeness",
    "FirstClaim",
    "MarkClaim",
    "MarkHow",
    "MedalTableClaim",
    "RankClaim",
    "RecordClaim",
    "ReportedMedalRow",
    "ReportedMedalTable",
    "ResultClaim",
    "Status",
    "StoodClaim",
    "SweepClaim",
    "TallyClaim",
    "Verdict",
    "WonAllClaim",
    "check",
    "load_claims",
    "load_completeness",
    "read_reported_medal_table",
]

Status = Literal["supported", "contradicted", "unverifiable"]
"""A verdict's answer."""
Compare = Literal["exactly", "at least", "at most"]
"""How a claimed count is meant: ``"11 golds"`` is exactly 11."""
MarkHow = Literal["set", "equalled", "broken", "extended"]
"""What a :class:`MarkClaim` says a holder did to a record (``"set"``: first to reach it)."""

_ALL_MEDALS = (Medal.GOLD, Medal.SILVER, Medal.BRONZE)
_ONE_DAY = dt.timedelta(days=1)


# Validators ---------------------------------------------------------------------


def _fail(inst: object, field: str, expected: str, value: object) -> ValidationError:
    return ValidationError(f"{type(inst).__name__}.{field} must be {expected}, not {value!r}")


def _string(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise _fail(inst, attribute.name, "a string", value)


def _name(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise _fail(inst, attribute.name, "a non-empty string", value)


def _optional_name(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _name(inst, attribute, value)


def _optional_date(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise _fail(inst, attribute.name, "a datetime.date or None", value)


def _whole(least: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or value < least:
            raise _fail(inst, attribute.name, f"a whole number of at least {least}", value)

    return check


def _optional_whole(least: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    whole = _whole(least)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            whole(inst, attribute, value)

    return check


def _names(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(n, str) and n.strip() for n in value):
        raise _fail(inst, attribute.name, "a tuple of non-empty names", value)


def _to_tuple(value: Any) -> Any:
    # Lists from TOML or from callers become tuples; anything else is left to the validator.
    return tuple(value) if isinstance(value, list) else value


def _instance(kind: type[Any], expected: str) -> Any:
    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise _fail(inst, attribute.name, expected, value)

    return check


def _optional_instance(kind: type[Any], expected: str) -> Any:
    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, kind):
            raise _fail(inst, attribute.name, expected, value)

    return check


def _choice(*choices: str) -> Any:
    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in choices:
            listed = ", ".join(repr(c) for c in choices)
            raise _fail(inst, attribute.name, f"one of {listed}", value)

    return check


def _noc(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or len(value) != 3 or not value.isalpha() or not value.isupper():
        raise _fail(inst, attribute.name, "a three-letter NOC code like 'NOR'", value)


def _optional_noc(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _noc(inst, attribute, value)


def _to_medals(value: Any) -> Any:
    if isinstance(value, Medal):
        return (value,)
    if isinstance(value, (list, tuple)) and all(isinstance(m, Medal) for m in value):
        return tuple(sorted(value, reverse=True))
    return value


def _medals(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if (
        not isinstance(value, tuple)
        or not value
        or not all(isinstance(m, Medal) for m in value)
        or len(set(value)) != len(value)
    ):
        raise _fail(inst, attribute.name, "a non-empty tuple of medals without repeats", value)


# Claims ---------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Claim:
    """A statement of a report; the subclasses say what it asserts.

    Every claim keeps the sentence as printed (``text``), where it was printed
    (``source``), an ``id`` to refer to it, and the day it speaks of (``as_of``: the
    data is taken as it stood at the end of that day; ``None`` for the latest state).

    Example:
        >>> from olympics_records import Tally
        >>> c = TallyClaim(text="Klæbo has 11 golds", subject="Klaebo", tally=Tally(), value=11)
        >>> isinstance(c, Claim), c.text
        (True, 'Klæbo has 11 golds')
    """

    text: str = attrs.field(default="", validator=_string)
    """The sentence as printed."""
    source: str = attrs.field(default="", validator=_string)
    """Where it was printed: a report file, a URL."""
    id: str = attrs.field(default="", validator=_string)
    """A short name for the claim, unique within a claims file."""
    as_of: dt.date | None = attrs.field(default=None, validator=_optional_date)
    """The day the claim speaks of; ``None``: the latest state of the data."""


@attrs.frozen(kw_only=True)
class TallyClaim(Claim):
    """A count: "Klæbo has 11 career Olympic golds", "Heiden won five golds in 1980".

    ``subject`` is an athlete's name (any spelling) or id, or a NOC code, as the
    tally's ``subject`` says. For a per-Games tally (``Scope.GAMES``) ``games`` names
    the edition.

    Example:
        >>> import datetime as dt
        >>> from olympics_records import datasets, Tally
        >>> h = datasets.milano_cortina_2026()
        >>> entering = TallyClaim(subject="Klaebo", tally=Tally(), value=5,
        ...                       as_of=dt.date(2026, 2, 5))
        >>> v = check(h, entering, completeness=[
        ...     Complete(athlete="Klaebo", source="every Klæbo medal is in the fact sheet")])
        >>> v.status, v.actual
        ('supported', '5')
    """

    subject: str = attrs.field(validator=_name)
    """The athlete (name or id) or NOC code counted for."""
    tally: Tally = attrs.field(validator=_instance(Tally, "a Tally"))
    """What is counted."""
    value: int = attrs.field(validator=_whole(0))
    """The claimed count."""
    compare: Compare = attrs.field(
        default="exactly", validator=_choice("exactly", "at least", "at most")
    )
    """``"exactly"`` (the usual meaning of a figure), ``"at least"`` or ``"at most"``."""
    games: str | None = attrs.field(default=None, validator=_optional_name)
    """The Games id, for a per-Games tally (and only then)."""

    def __attrs_post_init__(self) -> None:
        _check_games_scope(self, self.tally, self.games)


def _check_games_scope(claim: Claim, tally: Tally, games: str | None) -> None:
    per_games = tally.scope is Scope.GAMES
    if per_games and games is None:
        raise ValidationError(f"{type(claim).__name__}.games is needed for a per-Games tally")
    if not per_games and games is not None:
        raise ValidationError(
            f"{type(claim).__name__}.games must be None for a career tally, not {games!r}"
        )


@attrs.frozen(kw_only=True)
class RecordClaim(Claim):
    """A record and its holders: "Heiden's record of five individual golds still stands".

    ``holders`` must all hold the record (others may share it). With ``within``, the
    record is one subject's own best ("the nation's best output in the sport at one
    Games"): only that athlete's or NOC's tallies compete.

    Example:
        >>> from olympics_records import datasets, EventKind, Scope, Season, Tally
        >>> h = datasets.milano_cortina_2026()
        >>> individual = Tally(scope=Scope.GAMES, season=Season.WINTER,
        ...                    kind=EventKind.INDIVIDUAL)
        >>> check(h, RecordClaim(tally=individual, value=5, holders=("Eric Heiden",))).status
        'unverifiable'
    """

    tally: Tally = attrs.field(validator=_instance(Tally, "a Tally"))
    """What the record counts."""
    value: int | None = attrs.field(default=None, validator=_optional_whole(0))
    """The claimed record figure, or ``None`` when only the holders are claimed."""
    holders: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_names)
    """Who holds it (athlete names or NOC codes)."""
    within: str | None = attrs.field(default=None, validator=_optional_name)
    """Only this athlete's or NOC's own tallies compete (a personal or national best)."""


@attrs.frozen(kw_only=True)
class MarkClaim(Claim):
    """A record set, equalled, broken or extended: "Klæbo's sixth gold broke Heiden's five".

    ``how`` is what ``holder`` did: ``"set"`` (was the first to reach ``value``),
    ``"equalled"``, ``"broken"`` (went past a mark others held) or ``"extended"`` (went
    past their own mark as its sole holder). ``on``, ``value``, ``previous_value`` and
    ``previous_holders`` narrow which mark is meant, and are checked.

    Example:
        >>> import datetime as dt
        >>> from olympics_records import datasets, Scope, Season, Tally
        >>> h = datasets.milano_cortina_2026()
        >>> broke = MarkClaim(tally=Tally(scope=Scope.GAMES, season=Season.WINTER),
        ...                   holder="Klaebo", how="broken", on=dt.date(2026, 2, 21),
        ...                   value=6, previous_value=5, previous_holders=("Heiden",))
        >>> check(h, broke, completeness=[CompleteAbove(
        ...     tally=Tally(scope=Scope.GAMES, season=Season.WINTER), at_least=5,
        ...     source="no one but Heiden and Klæbo won 5 golds at one Winter Games")]).status
        'supported'
    """

    tally: Tally = attrs.field(validator=_instance(Tally, "a Tally"))
    """What the record counts."""
    holder: str = attrs.field(validator=_name)
    """Who made the mark."""
    how: MarkHow = attrs.field(validator=_choice("set", "equalled", "broken", "extended"))
    """What the holder did to the record."""
    value: int | None = attrs.field(default=None, validator=_optional_whole(1))
    """The record figure from the mark on."""
    on: dt.date | None = attrs.field(default=None, validator=_optional_date)
    """The day of the mark."""
    previous_value: int | None = attrs.field(default=None, validator=_optional_whole(0))
    """The record figure the day before."""
    previous_holders: tuple[str, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_names
    )
    """Who held the record the day before (all of them must have)."""


@attrs.frozen(kw_only=True)
class StoodClaim(Claim):
    """How long a record stood: "the nearly half-century-old mark held by Heiden".

    The record of ``value`` counts from the day it was first reached (by ``holders``)
    to the day someone went past it (by ``broken_by``, if given), or to ``as_of`` if
    it still stands. The claim holds if that span is at least ``years_at_least`` and
    under ``years_under`` whole years ("nearly 50 years": at least 45, under 50).

    Example:
        >>> from olympics_records import datasets, Scope, Season, Tally
        >>> h = datasets.milano_cortina_2026()
        >>> per_games = Tally(scope=Scope.GAMES, season=Season.WINTER)
        >>> stood = StoodClaim(tally=per_games, holders=("Heiden",), value=5,
        ...                    years_at_least=45, years_under=50)
        >>> v = check(h, stood, completeness=[CompleteAbove(tally=per_games, at_least=5,
        ...     source="no one but Heiden and Klæbo won 5 golds at one Winter Games")])
        >>> v.status, v.actual
        ('supported', '45 years 362 days to 46 years 8 days (Lake Placid 1980 to 21 February 2026)')
    """

    tally: Tally = attrs.field(validator=_instance(Tally, "a Tally"))
    """What the record counts."""
    holders: tuple[str, ...] = attrs.field(converter=_to_tuple, validator=_names)
    """Who first reached the record figure."""
    value: int = attrs.field(validator=_whole(1))
    """The record figure."""
    years_at_least: int | None = attrs.field(default=None, validator=_optional_whole(0))
    """The span is at least this many whole years."""
    years_under: int | None = attrs.field(default=None, validator=_optional_whole(1))
    """The span is under this many whole years."""
    broken_by: str | None = attrs.field(default=None, validator=_optional_name)
    """Who went past it."""


@attrs.frozen(kw_only=True)
class RankClaim(Claim):
    """A rank on a list: "second on the all-time gold list, behind Phelps".

    Ranks are shared (1, 2, 2, 4): the rank is one more than the number of subjects
    with a higher count. ``behind`` names subjects that must all rank above.

    Example:
        >>> from olympics_records import datasets, Season, Tally
        >>> h = datasets.milano_cortina_2026()
        >>> c = RankClaim(subject="Klaebo", tally=Tally(), rank=2, behind=("Michael Phelps",))
        >>> v = check(h, c)
        >>> v.status, v.missing[-1]
        ('unverifiable', '30 Summer Games (Athens 1896 to Paris 2024) are not loaded')
    """

    subject: str = attrs.field(validator=_name)
    """The athlete or NOC ranked."""
    tally: Tally = attrs.field(validator=_instance(Tally, "a Tally"))
    """The list."""
    rank: int = attrs.field(validator=_whole(1))
    """The claimed rank."""
    behind: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_names)
    """Who ranks above."""
    games: str | None = attrs.field(default=None, validator=_optional_name)
    """The Games id, for a per-Games list."""

    def __attrs_post_init__(self) -> None:
        _check_games_scope(self, self.tally, self.games)


@attrs.frozen(kw_only=True)
class SweepClaim(Claim):
    """A podium sweep: "Norway swept the 50 km podium".

    The event is found by ``event`` (its id, or words of its name: ``"50km Mass
    Start"``) among the events of ``games``, narrowed by ``discipline`` and ``gender``.

    Example:
        >>> from olympics_records import datasets, Gender
        >>> h = datasets.milano_cortina_2026()
        >>> check(h, SweepClaim(noc="NOR", games="2026-winter", event="50km",
        ...                     gender=Gender.MEN)).status
        'supported'
    """

    noc: str = attrs.field(validator=_noc)
    """The nation said to have won every medal."""
    games: str = attrs.field(validator=_name)
    """The Games id."""
    event: str = attrs.field(validator=_name)
    """The event's id or words of its name."""
    discipline: str | None = attrs.field(default=None, validator=_optional_name)
    """The event's discipline."""
    gender: Gender | None = attrs.field(
        default=None, validator=_optional_instance(Gender, "a Gender")
    )
    """The event's gender."""


@attrs.frozen(kw_only=True)
class WonAllClaim(Claim):
    """Every event of a discipline won: "Klæbo won all six men's cross-country events".

    Example:
        >>> from olympics_records import datasets, Gender
        >>> h = datasets.milano_cortina_2026()
        >>> c = WonAllClaim(athlete="Klaebo", games="2026-winter",
        ...                 discipline="Cross-Country Skiing", gender=Gender.MEN, count=6)
        >>> v = check(h, c)
        >>> v.status, v.actual
        ('unverifiable', 'won 6 of the 6 events in the data')
    """

    athlete: str = attrs.field(validator=_name)
    """The athlete."""
    games: str = attrs.field(validator=_name)
    """The Games id."""
    discipline: str = attrs.field(validator=_name)
    """The discipline."""
    gender: Gender | None = attrs.field(
        default=None, validator=_optional_instance(Gender, "a Gender")
    )
    """Only men's, women's or mixed events; ``None`` for all."""
    count: int | None = attrs.field(default=None, validator=_optional_whole(1))
    """How many events the report says there were."""


@attrs.frozen(kw_only=True)
class FirstClaim(Claim):
    """A nation's first: "the first US men's cross-country medal, silver in the team sprint".

    ``tally`` gives the medals and filters (its subject and scope are ignored). The
    claim names the medal said to be the first by its ``event`` (at ``games``), or only
    the Games where the first came.

    Example:
        >>> from olympics_records import datasets, Gender, Tally
        >>> h = datasets.milano_cortina_2026()
        >>> c = FirstClaim(noc="USA", games="2026-winter", event="Team Sprint",
        ...                tally=Tally(discipline="Cross-Country Skiing", gender=Gender.MEN,
        ...                            medals=tuple(Medal)))
        >>> check(h, c).status
        'contradicted'
    """

    noc: str = attrs.field(validator=_noc)
    """The nation."""
    tally: Tally = attrs.field(validator=_instance(Tally, "a Tally"))
    """Which medals count (medals, season, kind, sport, discipline, gender)."""
    games: str = attrs.field(validator=_name)
    """The Games of the medal said to be the first."""
    event: str | None = attrs.field(default=None, validator=_optional_name)
    """The event of the medal said to be the first; ``None``: only the Games is claimed."""


@attrs.frozen(kw_only=True)
class ResultClaim(Claim):
    """One result: "Dale-Skjevdal won the 15 km mass start on Friday".

    ``athletes`` (all members named, for a team) and/or ``noc`` say who won ``medal``.

    Example:
        >>> import datetime as dt
        >>> from olympics_records import datasets
        >>> h = datasets.milano_cortina_2026()
        >>> c = ResultClaim(athletes=("Dale-Skjevdal",), medal=Medal.GOLD, games="2026-winter",
        ...                 event="15km Mass Start", on=dt.date(2026, 2, 20))
        >>> check(h, c).explanation
        "Johannes Dale-Skjevdal won gold in Men's 15km Mass Start on Friday 20 February 2026."
    """

    medal: Medal = attrs.field(validator=_instance(Medal, "a Medal"))
    """The medal won."""
    games: str = attrs.field(validator=_name)
    """The Games id."""
    event: str = attrs.field(validator=_name)
    """The event's id or words of its name."""
    athletes: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_names)
    """The winners named."""
    noc: str | None = attrs.field(default=None, validator=_optional_noc)
    """The nation named."""
    discipline: str | None = attrs.field(default=None, validator=_optional_name)
    """The event's discipline."""
    gender: Gender | None = attrs.field(
        default=None, validator=_optional_instance(Gender, "a Gender")
    )
    """The event's gender."""
    on: dt.date | None = attrs.field(default=None, validator=_optional_date)
    """The day it was won."""

    def __attrs_post_init__(self) -> None:
        if not self.athletes and self.noc is None:
            raise ValidationError("ResultClaim needs athletes or a noc")


@attrs.frozen(kw_only=True)
class MedalTableClaim(Claim):
    """A medal-table figure: "Norway, 18 golds and 40 medals as of 21 February".

    Figures left ``None`` are not claimed. ``rank`` is the nation's place in the table
    ordered by ``order`` (``"gold"`` first or ``"total"`` first).

    Example:
        >>> import datetime as dt
        >>> from olympics_records import datasets
        >>> h = datasets.milano_cortina_2026()
        >>> c = MedalTableClaim(noc="NOR", games="2026-winter", gold=18, total=40,
        ...                     as_of=dt.date(2026, 2, 21))
        >>> check(h, c).status
        'unverifiable'
    """

    noc: str = attrs.field(validator=_noc)
    """The nation."""
    games: str = attrs.field(validator=_name)
    """The Games id."""
    gold: int | None = attrs.field(default=None, validator=_optional_whole(0))
    """Golds."""
    silver: int | None = attrs.field(default=None, validator=_optional_whole(0))
    """Silvers."""
    bronze: int | None = attrs.field(default=None, validator=_optional_whole(0))
    """Bronzes."""
    total: int | None = attrs.field(default=None, validator=_optional_whole(0))
    """All medals."""
    rank: int | None = attrs.field(default=None, validator=_optional_whole(1))
    """The place in the table."""
    order: Literal["gold", "total"] = attrs.field(
        default="gold", validator=_choice("gold", "total")
    )
    """How the table behind ``rank`` is ordered."""


# Completeness statements and reported tables ----------------------------------------


@attrs.frozen(kw_only=True)
class Complete:
    """A statement that every medal of some kind is in the data, and who vouches for it.

    Each field narrows what is covered: ``games`` (``None``: every Games), ``athlete``
    (every medal of that athlete, each team listing them), ``noc``, ``sport``,
    ``discipline``, ``gender`` and ``medals``. ``Complete(games="2026-winter",
    discipline="Biathlon")`` says every 2026 biathlon event is loaded with its podium.

    Example:
        >>> Complete(athlete="Klaebo", source="fact sheet: every Klæbo medal").describe()
        'every medal of Klaebo is loaded (fact sheet: every Klæbo medal)'
    """

    source: str = attrs.field(validator=_name)
    """Who or what vouches for it."""
    games: str | None = attrs.field(default=None, validator=_optional_name)
    """The Games id; ``None`` for every Games."""
    athlete: str | None = attrs.field(default=None, validator=_optional_name)
    """Only this athlete's medals (name or id)."""
    noc: str | None = attrs.field(default=None, validator=_optional_noc)
    """Only this nation's medals."""
    sport: str | None = attrs.field(default=None, validator=_optional_name)
    """Only this sport."""
    discipline: str | None = attrs.field(default=None, validator=_optional_name)
    """Only this discipline."""
    gender: Gender | None = attrs.field(
        default=None, validator=_optional_instance(Gender, "a Gender")
    )
    """Only events of this gender."""
    medals: tuple[Medal, ...] = attrs.field(
        default=_ALL_MEDALS, converter=_to_medals, validator=_medals
    )
    """Only these medals."""

    def describe(self) -> str:
        """The statement in English, with its source.

        Example:
            >>> Complete(games="2026-winter", discipline="Biathlon", source="fact sheet",
            ...          medals=(Medal.GOLD,)).describe()
            'every Biathlon gold of 2026-winter is loaded (fact sheet)'
        """
        what = " ".join(
            part
            for part in (
                self.gender and _GENDER_WORDS[self.gender],
                self.discipline or self.sport,
                _medal_noun(self.medals, plural=False),
            )
            if part
        )
        whose = [f"of {x}" for x in (self.athlete, self.noc, self.games) if x]
        return f"every {' '.join([what, *whose])} is loaded ({self.source})"


@attrs.frozen(kw_only=True)
class CompleteAbove:
    """A statement that everyone at or above a count has all of it in the data.

    ``CompleteAbove(tally=career Winter golds, at_least=8)`` says each athlete with 8
    or more career Winter golds has every one of them loaded, so anyone the data shows
    with fewer has at most 7. It bounds tallies that count within this one (fewer
    medals, narrower filters, same subject and scope).

    Example:
        >>> from olympics_records import Season, Tally
        >>> CompleteAbove(tally=Tally(season=Season.WINTER), at_least=8,
        ...               source="fact sheet").describe()
        'everyone with 8 or more career Winter Olympic golds has them all loaded (fact sheet)'
    """

    tally: Tally = attrs.field(validator=_instance(Tally, "a Tally"))
    """What is counted."""
    at_least: int = attrs.field(validator=_whole(1))
    """The count from which everything is loaded."""
    source: str = attrs.field(validator=_name)
    """Who or what vouches for it."""

    def describe(self) -> str:
        """The statement in English, with its source.

        Example:
            >>> from olympics_records import Scope, Season, Tally
            >>> CompleteAbove(tally=Tally(scope=Scope.GAMES, season=Season.WINTER),
            ...               at_least=5, source="s").describe()
            'everyone with 5 or more golds at one Winter Games has them all loaded (s)'
        """
        return (
            f"everyone with {self.at_least} or more {_what(self.tally)} has them all "
            f"loaded ({self.source})"
        )


Completeness = Complete | CompleteAbove
"""A statement of what the data holds in full: :class:`Complete` or :class:`CompleteAbove`."""


@attrs.frozen(kw_only=True)
class ReportedMedalRow:
    """One nation's medal-table figures as a news source reported them on a day.

    Example:
        >>> import datetime as dt
        >>> ReportedMedalRow(as_of=dt.date(2026, 2, 21), noc="NOR", gold=18, silver=11,
        ...                  bronze=11, total=40, source="https://tass.com/sports/2090155").total
        40
    """

    as_of: dt.date = attrs.field(validator=_instance(dt.date, "a datetime.date"))
    """The day the figures are for."""
    noc: str = attrs.field(validator=_noc)
    """The nation."""
    gold: int | None = attrs.field(validator=_optional_whole(0))
    """Golds (``None``: not reported)."""
    silver: int | None = attrs.field(validator=_optional_whole(0))
    """Silvers (``None``: not reported)."""
    bronze: int | None = attrs.field(validator=_optional_whole(0))
    """Bronzes (``None``: not reported)."""
    total: int | None = attrs.field(validator=_optional_whole(0))
    """All medals (``None``: not reported)."""
    source: str = attrs.field(validator=_name)
    """The report."""

    def __attrs_post_init__(self) -> None:
        parts = (self.gold, self.silver, self.bronze)
        if (
            self.total is not None
            and None not in parts
            and sum(p or 0 for p in parts) != self.total
        ):
            raise ValidationError(
                f"ReportedMedalRow.total ({self.total}) must be gold + silver + bronze "
                f"({sum(p or 0 for p in parts)})"
            )


@attrs.frozen(kw_only=True)
class ReportedMedalTable:
    """Medal-table figures as the news reported them, day by day; reports may disagree.

    Example:
        >>> import datetime as dt
        >>> row = ReportedMedalRow(as_of=dt.date(2026, 2, 21), noc="NOR", gold=18,
        ...                        silver=None, bronze=None, total=40, source="tass.com")
        >>> table = ReportedMedalTable(rows=(row,), source="reported.csv")
        >>> [r.gold for r in table.rows_for("NOR", dt.date(2026, 2, 21))]
        [18]
    """

    rows: tuple[ReportedMedalRow, ...] = attrs.field(converter=_to_tuple)
    """Every row, in file order."""
    source: str = attrs.field(default="", validator=_string)
    """The file they were read from."""

    def rows_for(self, noc: str, day: dt.date) -> tuple[ReportedMedalRow, ...]:
        """The rows for one nation and day, in file order.

        Example:
            >>> import datetime as dt
            >>> ReportedMedalTable(rows=()).rows_for("NOR", dt.date(2026, 2, 21))
            ()
        """
        return tuple(r for r in self.rows if r.noc == noc and r.as_of == day)


# Verdicts -------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Verdict:
    """The answer to one claim.

    Example:
        >>> from olympics_records import datasets, Gender
        >>> h = datasets.milano_cortina_2026()
        >>> v = check(h, SweepClaim(noc="NOR", games="2026-winter", event="50km Mass Start",
        ...                         gender=Gender.MEN))
        >>> v.status, v.actual, len(v.evidence)
        ('supported', 'NOR, NOR, NOR', 3)
        >>> v.explanation
        "Norway won gold, silver and bronze in Men's 50km Mass Start Classic."
    """

    claim: Claim
    """The claim checked."""
    status: Status
    """``"supported"``, ``"contradicted"`` or ``"unverifiable"``."""
    actual: str
    """What the data says: the true figure or holder (a bound where only that is known)."""
    explanation: str
    """One sentence a journalist can paste."""
    evidence: tuple[Entry, ...] = ()
    """The entries counted."""
    missing: tuple[str, ...] = ()
    """What data would settle an unverifiable claim (empty otherwise)."""
    sources: tuple[str, ...] = ()
    """The completeness statements and reported tables the verdict relied on."""


@attrs.frozen
class _Answer:
    status: Status
    actual: str
    explanation: str
    evidence: tuple[Entry, ...] = ()
    missing: tuple[str, ...] = ()


# Words ----------------------------------------------------------------------------

_GENDER_WORDS = {
    Gender.MEN: "men's",
    Gender.WOMEN: "women's",
    Gender.MIXED: "mixed",
    Gender.OPEN: "open",
}
_VERB = {"set": "set", "equalled": "equalled", "broken": "broke", "extended": "extended"}
_PLURAL = re.compile(r"\b(gold|silver|bronze|medal)s\b")


def _medal_noun(medals: tuple[Medal, ...], *, plural: bool = True) -> str:
    s = "s" if plural else ""
    if len(medals) == len(_ALL_MEDALS):
        return f"medal{s}"
    if len(medals) == 1:
        return f"{medals[0].value}{s}"
    return f"{medals[0].value} and {medals[1].value} medal{s}"


def _what(tally: Tally, games: Games | None = None) -> str:
    """What a tally counts, as a plural noun phrase: "career Winter Olympic golds"."""
    text = tally.describe().removeprefix("most ").replace(" won by a nation", "")
    if games is not None:
        for season in ("Winter", "Summer", "Olympic"):
            text = text.replace(f" at one {season} Games", f" at {games.name}")
    return text


def _kind_words(tally: Tally) -> str:
    """One medal of a tally's kind: "men's Cross-Country Skiing medal"."""
    words = (
        tally.gender and _GENDER_WORDS[tally.gender],
        tally.kind and tally.kind.value,
        tally.discipline or tally.sport,
        _medal_noun(tally.medals, plural=False),
    )
    return " ".join(w for w in words if w)


def _amount(bound: _Bound, what: str) -> str:
    """A bound with its noun: "11 career Winter Olympic golds", "no team golds"."""
    one = _PLURAL.sub(r"\1", what, count=1)
    if bound.exact:
        n = bound.low
        return f"no {what}" if n == 0 else f"1 {one}" if n == 1 else f"{n} {what}"
    if bound.high is None:
        if bound.low == 0:
            return f"no {what}"
        return f"at least 1 {one}" if bound.low == 1 else f"at least {bound.low} {what}"
    if bound.low == 0:
        return f"at most {bound.high} {what}"
    return f"{bound.low} to {bound.high} {what}"


# Explanations are English whatever the process locale, which strftime would follow.
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _day(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _weekday(day: dt.date) -> str:
    return f"{_WEEKDAYS[day.weekday()]} {_day(day)}"


def _as_of_words(day: dt.date | None) -> str:
    return f" as of {_day(day)}" if day else ""


def _join(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def _start(games: Games) -> dt.date:
    return games.opened or dt.date(games.year, 1, 1)


# Bounds -----------------------------------------------------------------------------

_MEMBERS = "members:"
"""Prefix of a gap that is a team medal with unknown members, not missing results."""
_Key = tuple[str | None, str | None]
"""A counted subject: (athlete id or NOC code, ``None`` for anyone the data does not
show; Games id for per-Games tallies, ``None`` for careers)."""


@attrs.frozen
class _Bound:
    """What the data says of one count: at least ``low``, at most ``high`` (None: open)."""

    low: int
    high: int | None
    gaps: tuple[str, ...] = ()
    """The Games ids whose missing data keeps the count from being exact (prefixed with
    ``_MEMBERS`` where it is team members that are missing)."""
    why: str = ""
    """Where ``high`` comes from, when a statement rather than full coverage gave it."""

    @property
    def exact(self) -> bool:
        return self.high == self.low

    def words(self) -> str:
        if self.exact:
            return str(self.low)
        if self.high is None:
            return f"at least {self.low}" if self.low else "none in the data"
        return f"{self.low} to {self.high}"


_CACHED_BOARDS = 64
"""How many counted tallies each History keeps for later checks (a few MB each on the
full Olympic record)."""


class _Counted:
    """One tally counted in one History at the end of one day; shared by every check."""

    __slots__ = ("anyone", "counts", "evidence", "seasonal", "teams", "unknown")

    def __init__(self, history: History, tally: Tally, day: dt.date | None) -> None:
        self.counts: dict[_Key, int] = {}
        self.evidence: dict[_Key, list[Entry]] = {}
        self.seasonal: dict[tuple[_Key, Season], int] = {}
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
            self.anyone[games_id] = _most_hidden(teams, frozenset(), frozenset())


def _most_hidden(
    teams: Mapping[str, set[str]], nocs: frozenset[str], events: frozenset[str]
) -> int:
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


class _Facts:
    """What checks look up in one History, built once and shared by every check of it.

    Held per History (by identity, and dropped with it): a desk checks a claims file of
    dozens of claims against the same large History, and each would otherwise fold every
    athlete's name and count every tally again.
    """

    def __init__(self) -> None:
        self._words: dict[str, set[str]] | None = None
        self._found: dict[str, str | AmbiguousNameError | None] = {}
        self._entered: dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]] | None = None
        self._nocs: dict[str, set[str]] = {}
        self._empty: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
        self._counted: dict[tuple[Tally, dt.date | None], _Counted] = {}
        self.coverage: dict[str, Coverage | None] = {}

    def counted(self, history: History, tally: Tally, day: dt.date | None) -> _Counted:
        key = (tally, day)
        found = self._counted.pop(key, None)  # put back last: the least recently used go first
        if found is None:
            found = _Counted(history, tally, day)
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


def _facts(history: History) -> _Facts:
    """The look-ups of one History, built on first use and dropped with the History."""
    return derived(history, _Facts, _Facts)


def _covers_entry(statement: Complete, entry: Entry, event: Event) -> bool:
    """Whether ``statement`` covers the medal ``entry`` (its athlete aside)."""
    return (
        statement.games in (None, event.games)
        and statement.noc in (None, entry.noc)
        and entry.medal in statement.medals
        and (statement.sport is None or _same(event.sport, statement.sport))
        and (statement.discipline is None or _same(event.discipline, statement.discipline))
        and (statement.gender is None or event.gender is statement.gender)
    )


class _Context:
    """One check's History, the statements vouched for, and the sources relied on."""

    def __init__(
        self,
        history: History,
        completeness: Iterable[Completeness],
        reported: ReportedMedalTable | None,
    ) -> None:
        self.history = history
        self.facts = _facts(history)
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
            and (day is None or _start(g) <= day)
            and (before is None or _start(g) < _start(before))
        ]
        return tuple(sorted(chosen, key=lambda g: (_start(g), g.id)))

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

    def label(self, tally: Tally, key: _Key) -> str:
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
                + _what(statement.tally)
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
        if statement.games not in (None, games_id) or not _narrows(tally, statement):
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
        probe = Tally(sport=sport, discipline=discipline, gender=gender, medals=_ALL_MEDALS)
        for statement in self.complete:
            if (
                statement.games in (None, games_id)
                and statement.athlete is None
                and statement.noc is None
                and _narrows(probe, statement)
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

    def final_count(self, statement: CompleteAbove, key: _Key) -> int:
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
        teams = [self.games(g.removeprefix(_MEMBERS)) for g in gaps if g.startswith(_MEMBERS)]
        games_ids = {g for g in gaps if not g.startswith(_MEMBERS)}
        chosen = sorted({self.games(g) for g in games_ids}, key=lambda g: (_start(g), g.id))
        phrases: list[str] = []
        for season in (Season.WINTER, Season.SUMMER):
            partial = [g for g in chosen if g.season is season and g.id in loaded]
            absent = [g for g in chosen if g.season is season and g.id not in loaded]
            for games, state in ((partial, "only partly loaded"), (absent, "not loaded")):
                if games:
                    verb = "is" if len(games) == 1 else "are"
                    phrases.append(f"{_games_list(games, season)} {verb} {state}")
        for season in (Season.WINTER, Season.SUMMER):
            where = sorted({g for g in teams if g.season is season}, key=_start)
            if where:
                phrases.append(
                    f"some team medals of {_games_list(where, season)} do not list all their "
                    "members"
                )
        return tuple(phrases)

    def gap_sentence(self, gaps: Iterable[str]) -> str:
        return _join(self.gap_phrases(gaps)) or "the data is incomplete"


def _games_list(games: Sequence[Games], season: Season) -> str:
    if len(games) <= 3:
        return _join([g.name for g in games])
    return f"{len(games)} {season.value.capitalize()} Games ({games[0].name} to {games[-1].name})"


def _same(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and fold(a) == fold(b)


def _narrows(tally: Tally, statement: Complete) -> bool:
    """Whether everything ``tally`` counts falls within what ``statement`` covers."""
    return (
        set(tally.medals) <= set(statement.medals)
        and (statement.sport is None or _same(tally.sport, statement.sport))
        and (statement.discipline is None or _same(tally.discipline, statement.discipline))
        and (statement.gender is None or tally.gender is statement.gender)
    )


def _covers(wide: Tally, narrow: Tally) -> bool:
    """Whether every medal ``narrow`` counts for a subject is also counted by ``wide``."""
    return (
        wide.subject is narrow.subject
        and wide.scope is narrow.scope
        and set(narrow.medals) <= set(wide.medals)
        and (wide.season is None or wide.season is narrow.season)
        and (wide.kind is None or wide.kind is narrow.kind)
        and (wide.gender is None or wide.gender is narrow.gender)
        and (wide.sport is None or _same(wide.sport, narrow.sport))
        and (wide.discipline is None or _same(wide.discipline, narrow.discipline))
    )


def _keys(entry: Entry, event: Event, tally: Tally) -> list[_Key]:
    games = event.games if tally.scope is Scope.GAMES else None
    if tally.subject is Subject.NOC:
        return [(entry.noc, games)]
    return [(athlete, games) for athlete in entry.athletes]


class _Board:
    """One tally counted at the end of one day, and what the data can say of each count."""

    def __init__(self, ctx: _Context, tally: Tally, day: dt.date | None) -> None:
        self.ctx = ctx
        self.tally = tally
        self.day = day
        self.counted = ctx.facts.counted(ctx.history, tally, day)
        self.counts = self.counted.counts
        self.evidence = self.counted.evidence
        self._portions = {s: attrs.evolve(tally, season=s) for s in self.seasons()}

    def seasons(self) -> tuple[Season, ...]:
        return (self.tally.season,) if self.tally.season else (Season.WINTER, Season.SUMMER)

    def bound(self, key: _Key) -> _Bound:
        """What the data says of the count of ``key``.

        Summer and Winter are bounded apart (a statement may cover one season only):
        each season's part is exact where every Games it spans is complete for the
        subject, capped where a :class:`CompleteAbove` covers it, else open.
        """
        subject, games_id = key
        high: int | None = 0
        gaps: list[str] = []
        why: list[str] = []
        for season in self.seasons():
            if games_id is not None:
                edition = self.ctx.edition_span(games_id)
                span = edition if edition[0].season is season else ()
            else:
                span = self.ctx.span(season, self.day)
            if not span:
                continue
            loaded = self.counted.seasonal.get((key, season), 0) if subject is not None else 0
            part, missing, reason = self._part(key, season, span, loaded)
            gaps += missing
            why += [reason] if reason else []
            high = None if part is None or high is None else high + part
        low = self.counts.get(key, 0) if subject is not None else 0
        return _Bound(low, high, tuple(gaps), "; ".join(why))

    def _part(
        self, key: _Key, season: Season, span: tuple[Games, ...], loaded: int
    ) -> tuple[int | None, list[str], str]:
        portion = self._portions[season]
        missing, used = self.ctx.span_complete(portion, span, key[0])
        if not missing:
            for source in used:
                self.ctx.note(source)
            hidden = self._hidden(key[0], span)
            extra = sum(n for _, n in hidden)
            return loaded + extra, [_MEMBERS + g for g, _ in hidden], ""
        # Everyone at or above ``at_least`` is loaded in full: a count the data shows
        # there is exact; one shown below it stays below it.
        best: tuple[int, CompleteAbove] | None = None
        for statement in self.ctx.above:
            if _covers(statement.tally, portion):
                final = self.ctx.final_count(statement, key)
                unseen = 0 if final >= statement.at_least else statement.at_least - 1 - final
                if best is None or loaded + unseen < best[0]:
                    best = (loaded + unseen, statement)
        if best is not None:
            cap, statement = best
            self.ctx.note(statement.describe())
            return cap, list(missing), self.ctx.reason(statement)
        return None, list(missing), ""

    def _hidden(self, subject: str | None, span: tuple[Games, ...]) -> list[tuple[str, int]]:
        """How many team medals with unknown members could be the athlete's, by Games.

        The module docstring gives the rule.
        """
        if self.tally.subject is not Subject.ATHLETE or not self.counted.teams:
            return []
        ids = self.ctx.span_ids(span)[1]
        found: list[tuple[str, int]] = []
        for games_id in self.counted.teams:
            if games_id in ids:
                n = self._hidden_at(subject, games_id)
                if n:
                    found.append((games_id, n))
        return found

    def _hidden_at(self, subject: str | None, games_id: str) -> int:
        if subject is None:
            return self.counted.anyone[games_id]
        ctx = self.ctx
        nocs, events = ctx.facts.entered(ctx.history, subject, games_id)
        teams = self.counted.teams[games_id]
        own = ctx.own_statements(Subject.ATHLETE, subject)
        if not (own or nocs or events):
            return self.counted.anyone[games_id]
        if own:
            # A statement that every medal of theirs is loaded rules out each team medal
            # it covers: had it been theirs, it would list them.
            kept: dict[str, set[str]] = {}
            for entry, event in self.counted.unknown[games_id]:
                covering = next((s for s in own if _covers_entry(s, entry, event)), None)
                if covering is None:
                    kept.setdefault(entry.noc, set()).add(event.id)
                elif event.id not in events and (
                    not nocs or entry.noc in nocs or entry.noc in _MIXED_TEAMS
                ):
                    ctx.note(covering.describe())
            teams = kept
        return _most_hidden(teams, nocs, events)

    def other(self) -> _Bound:
        """The bound of anyone the data does not show (at any Games, if per Games)."""
        if self.tally.scope is Scope.CAREER:
            return self.bound((None, None))
        high: int | None = 0
        gaps: list[str] = []
        why: dict[str, None] = {}
        for season in self.seasons():
            for games in self.ctx.span(season, self.day):
                b = self.bound((None, games.id))
                gaps += b.gaps
                why.update(dict.fromkeys([b.why] if b.why else []))
                high = None if b.high is None or high is None else max(high, b.high)
        return _Bound(0, high, tuple(gaps), "; ".join(why))

    def keys_of(self, subject: str | None) -> list[_Key]:
        """The keys of one subject (every loaded Games of theirs, if per Games)."""
        if subject is None:
            return []
        if self.tally.scope is Scope.CAREER:
            return [(subject, None)]
        return sorted((k for k in self.counts if k[0] == subject), key=str)

    def entries(self, keys: Iterable[_Key]) -> tuple[Entry, ...]:
        chosen: dict[int, Entry] = {}
        for key in keys:
            for entry in self.evidence.get(key, ()):
                chosen.setdefault(id(entry), entry)
        return tuple(chosen.values())


@attrs.frozen
class _Standings:
    """The bound of every count a board loaded, and of everyone else."""

    board: _Board
    bounds: Mapping[_Key, _Bound]
    other: _Bound | None
    """``None`` when only some subjects compete (a personal best)."""

    @property
    def best(self) -> int:
        return max((b.low for b in self.bounds.values()), default=0)

    @property
    def high(self) -> int | None:
        highs = [b.high for b in self.bounds.values()]
        if self.other is not None:
            highs.append(self.other.high)
        if None in highs:
            return None
        return max((h or 0 for h in highs), default=0)

    @property
    def exact(self) -> bool:
        return self.high == self.best

    def holders(self) -> list[_Key]:
        best = self.best
        return [k for k, b in self.bounds.items() if b.low == best > 0]

    def gaps(self) -> tuple[str, ...]:
        gaps = [g for b in self.bounds.values() if not b.exact for g in b.gaps]
        if self.other is not None and self.other.high != 0:
            gaps += self.other.gaps
        return tuple(dict.fromkeys(gaps))

    def why(self) -> str:
        reasons = [b.why for b in self.bounds.values() if b.why]
        if self.other is not None and self.other.why:
            reasons.append(self.other.why)
        return next(iter(dict.fromkeys(reasons)), "")

    def of(self, subject: str | None) -> _Bound:
        """The best count a subject can have had on this list (at any Games)."""
        board = self.board
        if board.tally.scope is Scope.CAREER:
            return self.bounds.get((subject, None)) or board.bound((subject, None))
        bounds = [b for k, b in self.bounds.items() if k[0] == subject and subject is not None]
        highs = [b.high for b in bounds]
        if self.other is not None:
            highs.append(self.other.high)  # their Games with nothing loaded
        high = None if None in highs else max((h or 0 for h in highs), default=0)
        return _Bound(max((b.low for b in bounds), default=0), high)


def _standings(board: _Board, within: str | None = None) -> _Standings:
    if within is not None:
        spans = [g for s in board.seasons() for g in board.ctx.span(s, board.day)]
        return _Standings(board, {(within, g.id): board.bound((within, g.id)) for g in spans}, None)
    bounds = {k: board.bound(k) for k in sorted(board.counts, key=str)}
    return _Standings(board, bounds, board.other())


# Checking ---------------------------------------------------------------------------


def check(
    history: History,
    claim: Claim,
    *,
    reported: ReportedMedalTable | None = None,
    completeness: Iterable[Completeness] = (),
) -> Verdict:
    """Check one claim against the data: supported, contradicted or unverifiable.

    The module's docstring gives the rule: a claim is supported only where nothing
    missing from the data could change the answer, contradicted where the data already
    rules it out, and otherwise unverifiable, with what is missing named.

    Args:
        history: the results.
        claim: what is claimed.
        reported: medal tables as the news reported them. A :class:`MedalTableClaim`
            the loaded events cannot settle is checked against them, and the verdict's
            sources name the reports used.
        completeness: what the data holds in full beyond its coverage
            (:class:`Complete` and :class:`CompleteAbove` statements).

    Raises:
        AmbiguousNameError: a name or event in the claim matches several.
        UnknownIdError: the claim names Games that were never held.

    Example:
        >>> from olympics_records import datasets, Season, Tally
        >>> h = datasets.milano_cortina_2026()
        >>> claim = TallyClaim(subject="Klæbo", tally=Tally(season=Season.WINTER), value=11)
        >>> check(h, claim).status
        'unverifiable'
        >>> v = check(h, claim, completeness=[Complete(
        ...     athlete="Klæbo", source="the fact sheet holds every Klæbo medal")])
        >>> v.status, v.explanation
        ('supported', 'Johannes Høsflot Klæbo has 11 career Winter Olympic golds.')
    """
    if not isinstance(history, History):
        raise TypeError(f"history must be a History, not {history!r}")
    checker = _CHECKERS.get(type(claim))
    if checker is None:
        raise TypeError(f"claim must be one of the claim classes, not {claim!r}")
    if reported is not None and not isinstance(reported, ReportedMedalTable):
        raise TypeError(f"reported must be a ReportedMedalTable or None, not {reported!r}")
    ctx = _Context(history, completeness, reported)
    answer = checker(ctx, claim)
    return Verdict(
        claim=claim,
        status=answer.status,
        actual=answer.actual,
        explanation=answer.explanation,
        evidence=answer.evidence,
        missing=answer.missing if answer.status == "unverifiable" else (),
        sources=tuple(ctx.used),
    )


def _unsettled(
    ctx: _Context, actual: str, lead: str, gaps: Iterable[str], evidence: tuple[Entry, ...] = ()
) -> _Answer:
    """An unverifiable answer: ``lead`` (what the data shows) and what is missing."""
    gaps = tuple(gaps)
    text = f"{lead}: {ctx.gap_sentence(gaps)}."
    return _Answer("unverifiable", actual, text, evidence, ctx.gap_phrases(gaps))


def _check_tally(ctx: _Context, claim: Claim) -> _Answer:
    assert isinstance(claim, TallyClaim)
    tally = claim.tally
    games = ctx.games(claim.games) if claim.games else None
    subject, name = ctx.subject(tally.subject, claim.subject)
    board = _Board(ctx, tally, claim.as_of)
    key: _Key = (subject, games.id if games else None)
    b = board.bound(key)
    evidence = board.entries([key])
    what = _what(tally, games)
    verb = "had" if claim.as_of else "has"
    when = _as_of_words(claim.as_of)
    value, low, high = claim.value, b.low, b.high
    if claim.compare == "exactly":
        holds = b.exact and low == value
        fails = low > value or (high is not None and high < value)
    elif claim.compare == "at least":
        holds = low >= value
        fails = high is not None and high < value
    else:
        holds = high is not None and high <= value
        fails = low > value
    wanted = str(value) if claim.compare == "exactly" else f"{claim.compare} {value}"
    if holds:
        return _Answer("supported", b.words(), f"{name} {verb} {_amount(b, what)}{when}.", evidence)
    if fails and b.exact:
        text = f"{name} {verb} {_amount(b, what)}{when}, not {wanted}."
    elif fails and low > value:
        text = f"The data alone gives {name} {_amount(b, what)}{when}, more than {wanted}."
    elif fails:
        text = f"{name} {verb} {_amount(b, what)}{when}, not {wanted}{_as(b.why)}."
    else:
        lead = f"The data gives {name} {_amount(b, what)}{when} but cannot settle {wanted}"
        return _unsettled(ctx, b.words(), lead, b.gaps, evidence)
    return _Answer("contradicted", b.words(), text, evidence)


def _check_record(ctx: _Context, claim: Claim) -> _Answer:
    assert isinstance(claim, RecordClaim)
    tally = claim.tally
    board = _Board(ctx, tally, claim.as_of)
    within = None
    what = _what(tally)
    if claim.within is not None:
        within, label = ctx.subject(tally.subject, claim.within)
        within = within or claim.within
        what = f"{what} by {label}"
    st = _standings(board, within)
    best, holders = st.best, st.holders()
    names = _join([ctx.label(tally, k) for k in holders]) or "no one"
    figure = str(best) if st.exact else f"at least {best}"
    actual = f"{figure}, {names}"
    evidence = board.entries(holders)
    record = f"The record for {what}{_as_of_words(claim.as_of)} is {figure}, held by {names}"
    value = claim.value
    if value is not None and best > value:
        return _Answer("contradicted", actual, f"{record}, not {value}.", evidence)
    high = st.high
    if value is not None and high is not None and high < value:
        text = f"No one has {value} {what}{_as(st.why())}: the most is {high}."
        return _Answer("contradicted", actual, text, evidence)
    target = best if value is None else value
    short: list[str] = []
    unsure = False
    for name in claim.holders:
        subject, label = ctx.subject(tally.subject, name)
        b = st.of(subject)
        if b.high is not None and b.high < target:
            short.append(f"{label} ({b.words()})")
        elif not (st.exact and b.low == best):
            unsure = True
    if short:
        return _Answer("contradicted", actual, f"{record}, not {_join(short)}.", evidence)
    if st.exact and best > 0 and not unsure and value in (None, best):
        return _Answer("supported", actual, f"{record}.", evidence)
    lead = f"The data's best for {what} is {best} ({names}), but it cannot rule out more"
    return _unsettled(ctx, actual, lead, st.gaps(), evidence)


def _as(reason: str) -> str:
    return f", as {reason}" if reason else ""


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _check_rank(ctx: _Context, claim: Claim) -> _Answer:
    assert isinstance(claim, RankClaim)
    tally = claim.tally
    board = _Board(ctx, tally, claim.as_of)
    games = ctx.games(claim.games) if claim.games else None
    subject, name = ctx.subject(tally.subject, claim.subject)
    key: _Key = (subject, games.id if games else None)
    mine = board.bound(key)
    st = _standings(board)
    rivals = {k: b for k, b in st.bounds.items() if k != key}
    above = [k for k, b in rivals.items() if mine.high is not None and b.low > mine.high]
    maybe = [
        k for k, b in rivals.items() if k not in above and (b.high is None or b.high > mine.low)
    ]
    assert st.other is not None
    anyone = st.other.high is None or st.other.high > mine.low
    best_rank = 1 + len(above)
    worst_rank = None if anyone else best_rank + len(maybe)
    what = _what(tally, games)
    when = _as_of_words(claim.as_of)
    if worst_rank == best_rank:
        actual = f"rank {best_rank} ({mine.words()})"
    elif worst_rank is None:
        actual = f"rank {best_rank} or lower ({mine.words()})"
    else:
        actual = f"rank {best_rank} to {worst_rank} ({mine.words()})"
    ahead = [ctx.label(tally, k) for k in sorted(above, key=lambda k: -rivals[k].low)]
    evidence = board.entries([key, *above])
    not_ahead: list[str] = []
    unsure = False
    for behind in claim.behind:
        them, label = ctx.subject(tally.subject, behind)
        b = st.of(them) if them is not None else st.other
        if b.high is not None and b.high <= mine.low:
            not_ahead.append(f"{label} is not ahead ({_why_not_ahead(ctx, tally, them, b)})")
        elif not (mine.high is not None and b.low > mine.high):
            unsure = True
    if worst_rank == best_rank == 1:
        lead = f"{name} leads {what}{when} with {mine.words()}"
    elif worst_rank == best_rank:
        lead = f"{name} is {_ordinal(best_rank)} on {what}{when} with {mine.words()}"
    else:
        lead = f"{name} ranks {actual} on {what}{when}"
    if ahead and worst_rank == best_rank:
        lead += f", behind {_join(ahead)}"
    if claim.rank < best_rank or (worst_rank is not None and claim.rank > worst_rank) or not_ahead:
        text = lead + "".join(f"; {n}" for n in not_ahead) + "."
        return _Answer("contradicted", actual, text, evidence)
    if best_rank == worst_rank == claim.rank and not unsure:
        return _Answer("supported", actual, lead + ".", evidence)
    lead = f"The data gives {name} {_amount(mine, what)}{when}, but cannot settle the rank"
    gaps = tuple(dict.fromkeys([*mine.gaps, *st.gaps()]))
    return _unsettled(ctx, actual, lead, gaps, evidence)


def _why_not_ahead(ctx: _Context, tally: Tally, subject: str | None, bound: _Bound) -> str:
    what = _what(tally)
    parts = [f"no {what} in the data" if bound.low == 0 else _amount(bound, what)]
    if subject is not None and tally.subject is Subject.ATHLETE and tally.season is not None:
        games = {ctx.history.games_of(e.event) for e in ctx.history.entries_of_athlete(subject)}
        seasons = sorted({g.season.value.capitalize() for g in games})
        if seasons and tally.season.value.capitalize() not in seasons:
            parts.append(f"all their medals in the data are from {_join(seasons)} Games")
    if bound.why and bound.low == 0:
        parts.append(bound.why)
    return "; ".join(parts)


# Record marks


@attrs.frozen
class _MarkFacts:
    """What the data proves of one mark: its kind (None: cannot tell), the day before."""

    kind: str | None
    before: _Standings


def _mark_facts(ctx: _Context, tally: Tally, key: _Key, day: dt.date, value: int) -> _MarkFacts:
    """What the key's count reaching ``value`` on ``day`` did to the record.

    Set, equalled, broken or extended, as far as the data can prove it; ``kind`` is
    ``None`` where it cannot.
    """
    board0 = _Board(ctx, tally, day - _ONE_DAY)
    before = _standings(board0)
    after = _standings(_Board(ctx, tally, day))
    mine_before = before.bounds.get(key) or board0.bound(key)
    mine_after = after.bounds.get(key)
    if not (mine_after and mine_after.exact and mine_after.low == value == after.best) or not (
        after.exact
    ):
        return _MarkFacts(None, before)
    high0 = before.high
    kind: str | None = None
    if high0 is not None and high0 < value:
        holders0 = set(before.holders())
        if not before.exact:
            kind = "first"  # the first to reach ``value``; what stood before is not known
        elif before.best == 0 or holders0 - {key}:
            kind = "set" if before.best == 0 else "broken"
        elif mine_before.exact:
            kind = "extended"
    elif before.exact and before.best == value and (mine_before.high or 0) < value:
        kind = "equalled" if mine_before.high is not None else None
    return _MarkFacts(kind, before)


def _kind_fits(how: str, kind: str | None) -> bool:
    # "Set" means first to reach the figure, which breaking or extending a record also is.
    return kind is not None and (
        kind == how or (how == "set" and kind in ("first", "broken", "extended"))
    )


def _kind_unknown(how: str, kind: str | None) -> bool:
    # First to reach the figure, but whether a lower record stood before is not known:
    # that cannot tell a record set from one broken or extended.
    return kind is None or (kind == "first" and how in ("broken", "extended"))


def _check_mark(ctx: _Context, claim: Claim) -> _Answer:
    assert isinstance(claim, MarkClaim)
    tally = claim.tally
    subject, name = ctx.subject(tally.subject, claim.holder)
    what = _what(tally)
    board = _Board(ctx, tally, claim.as_of)
    made: list[tuple[RecordMark, _Key]] = []  # the loaded marks the holder made
    for mark in progression(ctx.history, tally, as_of=claim.as_of) if subject else ():
        for standing in mark.holders:
            key: _Key = (subject, standing.games.id if standing.games else None)
            if standing.subject == subject and mark.date in _rise_days(ctx, board, key):
                made.append((mark, key))
    candidates = [
        (m, k) for m, k in made if claim.on in (None, m.date) and claim.value in (None, m.value)
    ]
    preferred = [(m, k) for m, k in candidates if _kind_fits(claim.how, m.kind)]
    for mark, key in preferred or candidates:
        facts = _mark_facts(ctx, tally, key, mark.date, mark.value)
        if _kind_unknown(claim.how, facts.kind):
            break
        evidence = board.entries([key])
        kind = "first to" if facts.kind == "first" else facts.kind
        actual = f"{kind} {mark.value} {_mark_day(ctx, board, key, mark.date)}"
        said = _mark_words(ctx, board, key, mark, facts)
        if not _kind_fits(claim.how, facts.kind):
            earlier = _earlier_mark(ctx, tally, made, claim.how, mark)
            text = f"{said}{earlier}, rather than having {claim.how} it then."
            return _Answer("contradicted", actual, text, evidence)
        previous = facts.before
        if (
            claim.previous_value is not None
            and previous.exact
            and (previous.best != claim.previous_value)
        ):
            text = f"{said}; the record before was {previous.best}, not {claim.previous_value}."
            return _Answer("contradicted", actual, text, evidence)
        wrong, unsure = _previous_holders(ctx, tally, claim.previous_holders, previous)
        if wrong:
            text = f"{said}; {_join(wrong)} did not hold it the day before."
            return _Answer("contradicted", actual, text, evidence)
        if unsure or (claim.previous_value is not None and not previous.exact):
            break
        return _Answer("supported", actual, f"{said}.", evidence)
    shown = candidates or made[-1:]
    loaded = "; ".join(f"{m.kind} {m.value} on {_day(m.date)}" for m, _ in shown)
    actual = f"in the data: {loaded}" if loaded else "no mark in the data"
    if claim.value is not None and not candidates:
        mine = _standings(board).of(subject)
        if mine.high is not None and mine.high < claim.value:
            text = f"{name} never had {claim.value} {what}: at most {mine.high}."
            return _Answer("contradicted", actual, text, board.entries(board.keys_of(subject)))
    day = claim.on or (made[0][0].date if made else claim.as_of)
    gaps = _standings(_Board(ctx, tally, day - _ONE_DAY if day else None)).gaps()
    on = f" on {_day(claim.on)}" if claim.on else ""
    lead = f"The data cannot prove that {name} {_VERB[claim.how]} the record for {what}{on}"
    return _unsettled(
        ctx, actual, lead, gaps or _standings(board).gaps(), board.entries(board.keys_of(subject))
    )


def _rise_days(ctx: _Context, board: _Board, key: _Key) -> set[dt.date]:
    """The days a key's count went up."""
    return {ctx.history.date_of(e.event) for e in board.evidence.get(key, ())}


def _mark_words(
    ctx: _Context, board: _Board, key: _Key, mark: RecordMark, facts: _MarkFacts
) -> str:
    holder = ctx.label(board.tally, key)
    where = " " + _mark_day(ctx, board, key, mark.date)
    if key[1] is not None and where == f" at {ctx.games(key[1]).name}":
        where = ""  # the holder's label already names the Games
    what = _what(board.tally)
    if facts.kind == "set":
        return f"{holder} set the record for {what} at {mark.value}{where}"
    if facts.kind == "first":
        return f"{holder} was the first to reach {mark.value} {what}{where}"
    if facts.kind == "equalled":
        held = _join([ctx.label(board.tally, k) for k in facts.before.holders()])
        return f"{holder} equalled the record of {mark.value} for {what}, held by {held},{where}"
    if facts.kind == "extended":
        return f"{holder} extended their own record for {what} to {mark.value}{where}"
    held = _join([ctx.label(board.tally, k) for k in facts.before.holders() if k != key])
    return (
        f"{holder} broke the record for {what}{where}, going to {mark.value} past the "
        f"{facts.before.best} of {held}"
    )


def _earlier_mark(
    ctx: _Context,
    tally: Tally,
    made: Sequence[tuple[RecordMark, _Key]],
    how: str,
    mark: RecordMark,
) -> str:
    """When the holder made the kind of mark claimed, if on an earlier day.

    Like " (having broken it on 15 February 2026, at 9)".
    """
    for other, key in made:
        if other.date < mark.date and _kind_fits(how, other.kind):
            facts = _mark_facts(ctx, tally, key, other.date, other.value)
            if _kind_fits(how, facts.kind):
                return f" (having {how} it on {_day(other.date)}, at {other.value})"
    return ""


def _mark_day(ctx: _Context, board: _Board, key: _Key, day: dt.date) -> str:
    """The day of a mark in words: "on 21 February 2026", or "at Lake Placid 1980"."""
    entries = [e for e in board.evidence.get(key, ()) if ctx.history.date_of(e.event) == day]
    if entries and all(ctx.history.get_event(e.event).date is None for e in entries):
        return f"at {ctx.history.games_of(entries[0].event).name}"
    return f"on {_day(day)}"


def _previous_holders(
    ctx: _Context, tally: Tally, names: Sequence[str], before: _Standings
) -> tuple[list[str], bool]:
    """The named holders that surely did not hold the record the day before.

    And whether the data cannot tell for some of them.
    """
    wrong: list[str] = []
    unsure = False
    holders = set(before.holders())
    for name in names:
        subject, label = ctx.subject(tally.subject, name)
        if before.exact and any(k in holders for k in before.board.keys_of(subject)):
            continue
        b = before.of(subject)
        if before.exact and b.high is not None and b.high < before.best:
            wrong.append(label)
        else:
            unsure = True
    return wrong, unsure


def _check_stood(ctx: _Context, claim: Claim) -> _Answer:
    assert isinstance(claim, StoodClaim)
    tally, value = claim.tally, claim.value
    what = _what(tally)
    board = _Board(ctx, tally, claim.as_of)
    marks = progression(ctx.history, tally, as_of=claim.as_of)
    reached = next((m for m in marks if m.value >= value), None)
    if reached is None or reached.value > value:
        st = _standings(board)
        if reached is None and st.high is not None and st.high < value:
            text = f"No one ever had {value} {what}{_as(st.why())}."
            return _Answer("contradicted", "never reached", text)
        lead = f"The data never shows a record of exactly {value} {what}"
        return _unsettled(ctx, "not in the data", lead, st.gaps())
    firsts_ = [(s.subject, s.games.id if s.games else None) for s in reached.holders]
    evidence = board.entries(firsts_)
    before = _standings(_Board(ctx, tally, reached.date - _ONE_DAY))
    at_set = _standings(_Board(ctx, tally, reached.date))
    unsure = not (before.high is not None and before.high < value)
    wrong: list[str] = []
    for holder in claim.holders:
        subject, label = ctx.subject(tally.subject, holder)
        if any(k[0] == subject and at_set.bounds[k].exact for k in firsts_):
            continue
        mine = at_set.of(subject)
        if not unsure and mine.high is not None and mine.high < value:
            wrong.append(f"{label} (who had {mine.words()} then)")
        else:
            unsure = True
    set_days = _date_range(ctx, board, firsts_, reached.date)
    broken = next((m for m in marks if m.value > value), None)
    if broken is not None:
        pre = _standings(_Board(ctx, tally, broken.date - _ONE_DAY))
        post = _standings(_Board(ctx, tally, broken.date))
        unsure = unsure or not (pre.high is not None and pre.high <= value < post.best)
        breakers = [(s.subject, s.games.id if s.games else None) for s in broken.holders]
        end_days = _date_range(ctx, board, breakers, broken.date)
        evidence += board.entries(breakers)
        who = _join([ctx.label(tally, k) for k in breakers])
        if claim.broken_by is not None:
            them = ctx.subject(tally.subject, claim.broken_by)[0]
            if them not in {k[0] for k in breakers}:
                wrong.append(f"broken by {claim.broken_by} ({who} went past it)")
    else:
        now = _standings(board)
        unsure = unsure or now.high is None or now.high > value
        last = claim.as_of or max(ctx.history.date_of(e.event) for e in ctx.history.results)
        end_days = (last, last)
        if claim.broken_by is not None:
            wrong.append(f"broken by {claim.broken_by} (no one went past it)")
    shortest = _span_words(set_days[1], end_days[0])
    longest = _span_words(set_days[0], end_days[1])
    years = (_whole_years(set_days[1], end_days[0]), _whole_years(set_days[0], end_days[1]))
    span = shortest if shortest == longest else f"{shortest} to {longest}"
    start = _mark_day(ctx, board, firsts_[0], reached.date).removeprefix("on ").removeprefix("at ")
    end = (
        _day(end_days[0])
        if end_days[0] == end_days[1]
        else f"{_day(end_days[0])}–{_day(end_days[1])}"
    )
    actual = f"{span} ({start} to {end})"
    firsts_words = _join([ctx.label(tally, k) for k in firsts_])
    ended = f"until {who} went past it on {end}" if broken else f"unbroken as of {end}"
    lead = f"The record of {value} {what}, set by {firsts_words}, stood {span}, {ended}"
    least, under = claim.years_at_least, claim.years_under
    inside = (least is None or years[0] >= least) and (under is None or years[1] < under)
    outside = (least is not None and years[1] < least) or (under is not None and years[0] >= under)
    if not unsure and wrong:
        return _Answer("contradicted", actual, f"{lead}; not {_join(wrong)}.", evidence)
    if not unsure and outside:
        return _Answer(
            "contradicted", actual, f"{lead}, not {_years_words(least, under)}.", evidence
        )
    if not unsure and inside:
        return _Answer("supported", actual, f"{lead}.", evidence)
    lead = f"The data cannot prove how long the record of {value} {what} stood"
    gaps = tuple(dict.fromkeys([*before.gaps(), *_standings(board).gaps()]))
    return _unsettled(ctx, actual, lead, gaps, evidence)


def _years_words(least: int | None, under: int | None) -> str:
    if least is not None and under is not None:
        return f"{least} to under {under} years"
    if least is not None:
        return f"at least {least} years"
    return f"under {under} years"


def _date_range(
    ctx: _Context, board: _Board, keys: Sequence[_Key], day: dt.date
) -> tuple[dt.date, dt.date]:
    """When a mark was made: that day, or any day of its Games where the events are undated."""
    entries = [
        e for k in keys for e in board.evidence.get(k, ()) if ctx.history.date_of(e.event) == day
    ]
    if entries and all(ctx.history.get_event(e.event).date is None for e in entries):
        games = ctx.history.games_of(entries[0].event)
        return (games.opened or day, games.closed or day)
    return (day, day)


# Events -------------------------------------------------------------------------------


def _find_event(
    ctx: _Context, games: str, query: str, *, discipline: str | None, gender: Gender | None
) -> Event | None:
    """The one event of ``games`` that ``query`` names, or ``None``.

    ``query`` is an event id, or words of the event's name: they match when, folded and
    without spaces, they occur in the folded name (``"50km mass start"`` finds "Men's
    50km Mass Start Classic"). An exact name wins over partial matches.
    """
    ctx.games(games)  # Games never held are an error, not a missing event
    if query in history_index(ctx.history).events:
        return ctx.history.get_event(query)
    wanted = fold(query).replace(" ", "")
    found = [
        e
        for e in ctx.history.events
        if e.games == games
        and (discipline is None or _same(e.discipline, discipline))
        and (gender is None or e.gender is gender)
        and wanted in fold(e.name).replace(" ", "")
    ]
    exact = [e for e in found if fold(e.name).replace(" ", "") == wanted]
    if len(exact) == 1:
        return exact[0]
    if len(found) > 1:
        listed = ", ".join(f"{e.name} ({e.id})" for e in found)
        raise AmbiguousNameError(
            f"event {query!r} matches {len(found)} events: {listed}",
            candidates=tuple(e.id for e in found),
        )
    return found[0] if found else None


def _no_event(
    ctx: _Context, games: str, query: str, discipline: str | None, gender: Gender | None
) -> _Answer:
    done, source = ctx.events_complete(games, discipline=discipline, gender=gender)
    name = ctx.games(games).name
    if done:
        if source:
            ctx.note(source)
        return _Answer("contradicted", "no such event", f"{name} had no event {query!r}.")
    return _unsettled(ctx, "event not loaded", f"{name}'s {query!r} is not in the data", [games])


def _held(ctx: _Context, event: Event, as_of: dt.date | None) -> bool:
    return as_of is None or ctx.history.date_of(event.id) <= as_of


def _entry_words(ctx: _Context, entry: Entry) -> str:
    names = [ctx.history.get_athlete(a).name for a in entry.athletes]
    return f"{_join(names)} ({entry.noc})" if names else ctx.noc_name(entry.noc)


def _check_result(ctx: _Context, claim: Claim) -> _Answer:
    assert isinstance(claim, ResultClaim)
    event = _find_event(
        ctx, claim.games, claim.event, discipline=claim.discipline, gender=claim.gender
    )
    if event is None:
        return _no_event(ctx, claim.games, claim.event, claim.discipline, claim.gender)
    medal = claim.medal.value
    named = [ctx.athlete_id(a) for a in claim.athletes]
    who = _join([ctx.subject(Subject.ATHLETE, a)[1] for a in claim.athletes])
    who = who or ctx.noc_name(claim.noc or "")
    day = ctx.history.date_of(event.id)
    if not _held(ctx, event, claim.as_of):
        text = f"{event.name} was decided on {_day(day)}, after {_day(claim.as_of or day)}."
        return _Answer("contradicted", f"decided on {_day(day)}", text)
    entries = ctx.history.entries_of_event(event.id)

    def theirs(entry: Entry) -> bool:
        return (claim.noc is None or entry.noc == claim.noc) and all(
            a is not None and a in entry.athletes for a in named
        )

    won = tuple(e for e in entries if e.medal is claim.medal and theirs(e))
    if won:
        actual = f"{medal}, {_entry_words(ctx, won[0])}"
        if claim.on is None:
            return _Answer("supported", actual, f"{who} won {medal} in {event.name}.", won)
        if event.date is None:
            lead = f"{who} won {medal} in {event.name}, but the data has no date for it"
            return _unsettled(ctx, actual, lead, [event.games], won)
        if event.date != claim.on:
            text = f"{who} won {medal} in {event.name} on {_weekday(event.date)}, not on {_weekday(claim.on)}."  # noqa: E501
            return _Answer("contradicted", f"{actual}, {_day(event.date)}", text, won)
        text = f"{who} won {medal} in {event.name} on {_weekday(event.date)}."
        return _Answer("supported", actual, text, won)
    other = tuple(e for e in entries if e.medal is not None and named and theirs(e))
    if other:
        got = other[0].medal.value if other[0].medal else "no medal"
        text = f"{who} won {got} in {event.name}, not {medal}."
        return _Answer("contradicted", f"{got}, {_entry_words(ctx, other[0])}", text, other)
    winners = tuple(e for e in entries if e.medal is claim.medal)
    complete, source = ctx.podium_complete(event)
    hidden = bool(named) and any(not e.complete and claim.noc in (None, e.noc) for e in winners)
    got = _join([_entry_words(ctx, e) for e in winners]) or "no one in the data"
    if complete and not hidden:
        if source:
            ctx.note(source)
        text = f"{medal.capitalize()} in {event.name} went to {got}, not to {who}."
        return _Answer("contradicted", f"{medal}, {got}", text, winners)
    if hidden:
        text = (
            f"The data cannot tell whether {who} won {medal} in {event.name}: the members of "
            f"the {medal} team of {got} are only partly known."
        )
        return _Answer("unverifiable", f"{medal}, {got}", text, winners, ("the full team",))
    lead = f"The data cannot tell whether {who} won {medal} in {event.name}"
    return _unsettled(ctx, f"{medal}, {got}", lead, [event.games], winners)


def _check_sweep(ctx: _Context, claim: Claim) -> _Answer:
    assert isinstance(claim, SweepClaim)
    event = _find_event(
        ctx, claim.games, claim.event, discipline=claim.discipline, gender=claim.gender
    )
    if event is None:
        return _no_event(ctx, claim.games, claim.event, claim.discipline, claim.gender)
    won = tuple(
        sorted(
            (e for e in ctx.history.entries_of_event(event.id) if e.medal is not None),
            key=lambda e: (e.medal.place if e.medal else 0, e.noc),
        )
    )
    actual = ", ".join(e.noc for e in won) or "no medals in the data"
    nation = ctx.noc_name(claim.noc)
    others = [
        f"{e.medal.value} to {ctx.noc_name(e.noc)}" for e in won if e.medal and e.noc != claim.noc
    ]
    if others:
        text = f"{nation} did not sweep {event.name}: {_join(others)}."
        return _Answer("contradicted", actual, text, won)
    complete, source = ctx.podium_complete(event)
    if complete:
        if source:
            ctx.note(source)
        if {e.medal for e in won} == set(_ALL_MEDALS):
            text = f"{nation} won gold, silver and bronze in {event.name}."
            return _Answer("supported", actual, text, won)
        text = f"{event.name} did not award all three medals, so it was no sweep."
        return _Answer("contradicted", actual, text, won)
    lead = f"The data has only part of the podium of {event.name}"
    return _unsettled(ctx, actual, lead, [event.games], won)


def _check_won_all(ctx: _Context, claim: Claim) -> _Answer:
    assert isinstance(claim, WonAllClaim)
    games = ctx.games(claim.games)
    athlete = ctx.athlete_id(claim.athlete)
    name = ctx.subject(Subject.ATHLETE, claim.athlete)[1]
    events = sorted(
        (
            e
            for e in ctx.history.events
            if e.games == games.id
            and e.official
            and _same(e.discipline, claim.discipline)
            and (claim.gender is None or e.gender is claim.gender)
            and _held(ctx, e, claim.as_of)
        ),
        key=lambda e: (ctx.history.date_of(e.id), e.id),
    )
    kind = " ".join(
        w for w in (claim.gender and _GENDER_WORDS[claim.gender], claim.discipline) if w
    )
    won: list[Entry] = []
    lost: list[str] = []
    open_: list[str] = []
    for event in events:
        golds = [e for e in ctx.history.entries_of_event(event.id) if e.medal is Medal.GOLD]
        mine = [e for e in golds if athlete is not None and athlete in e.athletes]
        complete, source = ctx.podium_complete(event)
        if mine:
            won += mine
        elif golds and complete and all(e.complete for e in golds):
            if source:
                ctx.note(source)
            lost.append(f"{event.name} went to {_join([_entry_words(ctx, e) for e in golds])}")
        else:
            open_.append(event.name)
    actual = f"won {len(won)} of the {len(events)} events in the data"
    done, source = ctx.events_complete(games.id, discipline=claim.discipline, gender=claim.gender)
    if done:
        actual = f"won {len(won)} of {len(events)}"
        if source:
            ctx.note(source)
    if lost:
        text = f"{name} did not win every {kind} event at {games.name}: {_join(lost)}."
        return _Answer("contradicted", actual, text, tuple(won))
    count = claim.count
    if count is not None and (len(events) > count or (done and len(events) < count)):
        text = f"{games.name} had {len(events)} {kind} events{'' if done else ' in the data'}, not {count}."  # noqa: E501
        return _Answer("contradicted", actual, text, tuple(won))
    if done and not open_ and events:
        text = f"{name} won all {len(events)} {kind} events at {games.name}."
        return _Answer("supported", actual, text, tuple(won))
    if open_:
        text = (
            f"The data cannot tell whether {name} won every {kind} event at {games.name}: the "
            f"podiums of {_join(open_)} are not complete in it."
        )
        return _Answer(
            "unverifiable", actual, text, tuple(won), tuple(f"the podium of {e}" for e in open_)
        )
    lead = (
        f"{name} won all {len(won)} {kind} events of {games.name} in the data, but it cannot "
        "tell whether there were more"
    )
    return _unsettled(ctx, actual, lead, [games.id], tuple(won))


def _check_first(ctx: _Context, claim: Claim) -> _Answer:
    assert isinstance(claim, FirstClaim)
    tally = attrs.evolve(claim.tally, subject=Subject.NOC, scope=Scope.CAREER)
    games = ctx.games(claim.games)
    nation = ctx.noc_name(claim.noc)
    kind = _kind_words(tally)
    first = firsts(
        ctx.history,
        claim.noc,
        medals=tally.medals,
        season=tally.season,
        kind=tally.kind,
        sport=tally.sport,
        discipline=tally.discipline,
        gender=tally.gender,
        as_of=claim.as_of,
    )
    earliest = "none"
    if first is not None:
        head = first.entries[0]
        names = _join([ctx.history.get_athlete(a).name for a in head.athletes]) or nation
        medal = head.medal.value if head.medal else ""
        event_name = ctx.history.get_event(head.event).name
        earliest = f"{names}'s {medal} in {event_name} on {_day(first.date)}"
    first_games = ctx.history.games_of(first.entries[0].event) if first else None
    if claim.event is not None:
        event = _find_event(
            ctx, games.id, claim.event, discipline=tally.discipline, gender=tally.gender
        )
        if event is None:
            return _no_event(ctx, games.id, claim.event, tally.discipline, tally.gender)
        mine = tuple(
            e
            for e in ctx.history.entries_of_event(event.id)
            if e.noc == claim.noc and e.medal in tally.medals
        )
        day = ctx.history.date_of(event.id)
        subject = f"{nation}'s medal in {event.name} ({_day(day)})"
        if not mine:
            complete, source = ctx.podium_complete(event)
            if complete:
                if source:
                    ctx.note(source)
                return _Answer("contradicted", earliest, f"{nation} won no medal in {event.name}.")
            lead = f"The data does not show {nation} winning a medal in {event.name}"
            return _unsettled(ctx, earliest, lead, [games.id])
        if first is not None and first.date < day:
            text = f"{subject} was not its first {kind}: {earliest} came before it."
            return _Answer("contradicted", earliest, text, first.entries + mine)
        evidence, own = mine, True
    else:
        subject = f"{nation}'s first {kind} at {games.name}"
        if first_games is not None and _start(first_games) < _start(games):
            text = f"{nation}'s first {kind} was not at {games.name}: {earliest}."
            return _Answer("contradicted", earliest, text, first.entries if first else ())
        if first_games is None or first_games.id != games.id:
            portion = attrs.evolve(tally, season=games.season)
            if ctx.complete_for(games.id, portion, claim.noc)[0]:
                return _Answer("contradicted", earliest, f"{nation} won no {kind} at {games.name}.")
            lead = f"The data has no {kind} of {nation} at {games.name}"
            return _unsettled(ctx, earliest, lead, [games.id])
        evidence, own = (first.entries if first else ()), False
    # The claimed medal is the earliest in the data: it was the first only if nothing is
    # missing before it (in its own Games too, where a medal of an earlier day could be).
    gaps: list[str] = []
    for season in (tally.season,) if tally.season else (Season.WINTER, Season.SUMMER):
        portion = attrs.evolve(tally, season=season)
        earlier = ctx.span(season, None, before=games)
        for g in [*earlier, *([games] if own and season is games.season else [])]:
            done, source = ctx.complete_for(g.id, portion, claim.noc)
            if not done:
                gaps.append(g.id)
            elif source:
                ctx.note(source)
    if not gaps:
        text = (
            f"{subject} was its first {kind}."
            if own
            else f"{nation}'s first {kind} came at {games.name}: {earliest}."
        )
        return _Answer("supported", earliest, text, evidence)
    lead = f"The data has no earlier {kind} of {nation} than {earliest}, but cannot rule one out"
    return _unsettled(ctx, earliest, lead, gaps, evidence)


_FIGURES = ("gold", "silver", "bronze", "total")


def _check_table(ctx: _Context, claim: Claim) -> _Answer:
    assert isinstance(claim, MedalTableClaim)
    games = ctx.games(claim.games)
    nation = ctx.noc_name(claim.noc)
    when = _as_of_words(claim.as_of)
    rows = medal_table(ctx.history, games.id, order=claim.order, as_of=claim.as_of)
    row = next((r for r in rows if r.noc == claim.noc), None)
    loaded = {f: getattr(row, f) if row else 0 for f in _FIGURES}
    events = history_index(ctx.history).events
    evidence = tuple(
        e
        for e in results_as_of(ctx.history, claim.as_of)
        if e.noc == claim.noc
        and e.medal is not None
        and events[e.event].games == games.id
        and events[e.event].official
    )
    claimed = {f: v for f in _FIGURES if (v := getattr(claim, f)) is not None}
    figures = ", ".join(f"{loaded[f]} {f}" for f in _FIGURES)
    over = [f"{loaded[f]} {f}" for f, v in claimed.items() if loaded[f] > v]
    if over:
        text = f"The data alone gives {nation} {_join(over)}{when}, more than claimed."
        return _Answer("contradicted", figures, text, evidence)
    every_nation, _ = ctx.events_complete(games.id, discipline=None, gender=None)
    portion = Tally(subject=Subject.NOC, medals=_ALL_MEDALS, season=games.season)
    done, source = (True, None) if every_nation else ctx.complete_for(games.id, portion, claim.noc)
    if done and (claim.rank is None or every_nation):
        if source:
            ctx.note(source)
        stated = _join([f"{loaded[f]} {f}" for f in claimed]) or figures
        rank = f", ranked {row.rank if row else 'nowhere'}" if claim.rank is not None else ""
        wrong = any(loaded[f] != v for f, v in claimed.items()) or (
            claim.rank is not None and (row is None or row.rank != claim.rank)
        )
        status: Status = "contradicted" if wrong else "supported"
        return _Answer(status, figures, f"{nation} had {stated}{rank}{when}.", evidence)
    if ctx.reported is not None and claimed and claim.as_of is not None:
        return _against_reported(
            ctx, claim, nation=nation, loaded=loaded, claimed=claimed, evidence=evidence
        )
    lead = f"The loaded events give {nation} only {figures}{when}, which cannot settle the claim"
    answer = _unsettled(ctx, figures, lead, [games.id], evidence)
    if claim.rank is None:
        return answer
    text = answer.explanation
    if ctx.reported is not None:
        text = text.removesuffix(".") + ", and reported tables list only some nations."
    missing = (*answer.missing, "every nation's medals")
    return attrs.evolve(answer, explanation=text, missing=missing)


def _against_reported(
    ctx: _Context,
    claim: MedalTableClaim,
    *,
    nation: str,
    loaded: Mapping[str, int],
    claimed: Mapping[str, int],
    evidence: tuple[Entry, ...],
) -> _Answer:
    """Check figures the events cannot settle against what the news reported that day.

    A figure below what the loaded events already give is wrong, whoever reported it,
    and is left out. Reports that disagree settle nothing.
    """
    assert ctx.reported is not None
    assert claim.as_of is not None
    rows = ctx.reported.rows_for(claim.noc, claim.as_of)
    agree: list[str] = []
    disagree: list[str] = []
    split: list[str] = []
    unknown = ["rank"] if claim.rank is not None else []
    for figure, value in claimed.items():
        said = {
            r.source: v
            for r in rows
            if (v := getattr(r, figure)) is not None and v >= loaded[figure]
        }
        for source in said:
            ctx.note(f"reported medal table: {source}")
        values = set(said.values())
        if not values:
            unknown.append(figure)
        elif len(values) > 1:
            split.append(f"{figure} " + " vs ".join(f"{v} ({s})" for s, v in said.items()))
        elif value in values:
            agree.append(f"{value} {figure}")
        else:
            disagree.append(f"{values.pop()} {figure}, not {value}")
    reports = [
        ", ".join(f"{v} {f}" for f in _FIGURES if (v := getattr(r, f)) is not None)
        + f" ({r.source})"
        for r in rows
    ]
    actual = "reported: " + "; ".join(reports) if reports else "no reported figures"
    sources = _join(list(dict.fromkeys(r.source for r in rows)))
    when = _as_of_words(claim.as_of)
    if disagree and not split:
        text = f"As reported by {sources}, {nation} had {_join(disagree)}{when}."
        return _Answer("contradicted", actual, text, evidence)
    if split or unknown:
        problems = [f"reports disagree on {s}" for s in split]
        problems += [f"no report gives the {u}" for u in unknown]
        text = (
            f"The loaded events give {nation} only {', '.join(f'{loaded[f]} {f}' for f in _FIGURES)}"  # noqa: E501
            f"{when}, and {_join(problems)}."
        )
        return _Answer("unverifiable", actual, text, evidence, tuple(problems))
    text = (
        f"{nation} had {_join(agree)}{when}, as reported by {sources} (the loaded events "
        "cover only part of the Games)."
    )
    return _Answer("supported", actual, text, evidence)


_CHECKERS: dict[type[Claim], Callable[[_Context, Claim], _Answer]] = {
    TallyClaim: _check_tally,
    RecordClaim: _check_record,
    MarkClaim: _check_mark,
    StoodClaim: _check_stood,
    RankClaim: _check_rank,
    SweepClaim: _check_sweep,
    WonAllClaim: _check_won_all,
    FirstClaim: _check_first,
    ResultClaim: _check_result,
    MedalTableClaim: _check_table,
}


# Loading claims ---------------------------------------------------------------------

_TALLY_KEYS = ("subject", "medals", "scope", "season", "kind", "sport", "discipline", "gender")
_E = TypeVar("_E", bound=enum.Enum)
_W = TypeVar("_W")
_COMPARE: dict[str, Compare] = {"exactly": "exactly", "at least": "at least", "at most": "at most"}
_HOW: dict[str, MarkHow] = {h: h for h in ("set", "equalled", "broken", "extended")}
_ORDER: dict[str, Literal["gold", "total"]] = {"gold": "gold", "total": "total"}


class _Table:
    """One TOML table of a claims file, read key by key; every error names the key."""

    def __init__(self, path: str, where: str, table: Mapping[str, Any]) -> None:
        self.path = path
        self.where = where
        self.table = table
        self.seen: set[str] = set()

    def fail(self, key: str | None, message: str, value: object = None) -> DataError:
        field = f"{self.where}.{key}" if key else self.where
        shown = value if value is None or isinstance(value, str) else repr(value)
        return DataError(message, source=self.path, field=field, value=shown)

    def raw(self, key: str, *, required: bool = False) -> Any:
        self.seen.add(key)
        if key not in self.table:
            if required:
                raise self.fail(key, "is required")
            return None
        return self.table[key]

    def text(self, key: str, *, required: bool = False) -> str | None:
        value = self.raw(key, required=required)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "must be a non-empty string", value)
        return value

    def need(self, key: str) -> str:
        value = self.text(key, required=True)
        assert value is not None  # raw() raised if it was missing
        return value

    def whole(self, key: str) -> int | None:
        value = self.raw(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise self.fail(key, "must be a whole number", value)
        return value

    def count(self, key: str) -> int:
        self.raw(key, required=True)
        value = self.whole(key)
        assert value is not None  # raw() raised if it was missing
        return value

    def day(self, key: str) -> dt.date | None:
        value = self.raw(key)
        if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise self.fail(key, "must be a date like 2026-02-21", value)

    def names(self, key: str) -> tuple[str, ...]:
        value = self.raw(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(key, "must be a name or a list of names", value)
        return tuple(value)

    def choice(self, key: str, kind: type[_E]) -> _E | None:
        value = self.raw(key)
        if value is None:
            return None
        try:
            return kind(value)
        except ValueError:
            listed = ", ".join(repr(m.value) for m in kind)
            raise self.fail(key, f"must be one of {listed}", value) from None

    def word(self, key: str, choices: Mapping[str, _W], default: _W | None = None) -> _W:
        value = self.raw(key, required=default is None)
        if value is None:
            assert default is not None  # raw() raised if it was required
            return default
        if value not in choices:
            listed = ", ".join(repr(c) for c in choices)
            raise self.fail(key, f"must be one of {listed}", value)
        return choices[value]

    def medals(self, key: str, default: tuple[Medal, ...]) -> tuple[Medal, ...]:
        value = self.raw(key)
        if value is None:
            return default
        if value == "all":
            return _ALL_MEDALS
        items = [value] if isinstance(value, str) else value
        try:
            if not isinstance(items, list) or not items:
                raise ValueError
            return tuple(Medal(v) for v in items)
        except ValueError:
            raise self.fail(
                key, "must be gold, silver, bronze, a list of them, or all", value
            ) from None

    def tally(self, *, subject: Subject, medals: tuple[Medal, ...] = (Medal.GOLD,)) -> Tally:
        scope = self.choice("scope", Scope)
        try:
            return Tally(
                subject=subject,
                medals=self.medals("medals", medals),
                scope=scope or Scope.CAREER,
                season=self.choice("season", Season),
                kind=self.choice("kind", EventKind),
                sport=self.text("sport"),
                discipline=self.text("discipline"),
                gender=self.choice("gender", Gender),
            )
        except ValidationError as err:
            raise self.fail(None, str(err)) from None

    def subject_kind(self) -> Subject:
        return self.choice("subject", Subject) or Subject.ATHLETE

    def who(self) -> tuple[str, Subject]:
        athlete, noc = self.text("athlete"), self.text("noc")
        if (athlete is None) == (noc is None):
            raise self.fail("athlete", "give exactly one of athlete and noc", athlete or noc)
        return (athlete, Subject.ATHLETE) if athlete else (noc or "", Subject.NOC)

    def finish(self) -> None:
        extra = sorted(set(self.table) - self.seen)
        if extra:
            raise self.fail(extra[0], "is not a known key here", self.table[extra[0]])


def _tally_claim(t: _Table, common: dict[str, Any]) -> Claim:
    subject, kind = t.who()
    return TallyClaim(
        subject=subject,
        tally=t.tally(subject=kind),
        value=t.count("value"),
        compare=t.word("compare", _COMPARE, "exactly"),
        games=t.text("games"),
        **common,
    )


def _record_claim(t: _Table, common: dict[str, Any]) -> Claim:
    return RecordClaim(
        tally=t.tally(subject=t.subject_kind()),
        value=t.whole("value"),
        holders=t.names("holders"),
        within=t.text("within"),
        **common,
    )


def _mark_claim(t: _Table, common: dict[str, Any]) -> Claim:
    return MarkClaim(
        tally=t.tally(subject=t.subject_kind()),
        holder=t.need("holder"),
        how=t.word("how", _HOW),
        value=t.whole("value"),
        on=t.day("on"),
        previous_value=t.whole("previous_value"),
        previous_holders=t.names("previous_holders"),
        **common,
    )


def _stood_claim(t: _Table, common: dict[str, Any]) -> Claim:
    return StoodClaim(
        tally=t.tally(subject=t.subject_kind()),
        holders=t.names("holders"),
        value=t.count("value"),
        years_at_least=t.whole("years_at_least"),
        years_under=t.whole("years_under"),
        broken_by=t.text("broken_by"),
        **common,
    )


def _rank_claim(t: _Table, common: dict[str, Any]) -> Claim:
    subject, kind = t.who()
    return RankClaim(
        subject=subject,
        tally=t.tally(subject=kind),
        rank=t.count("rank"),
        behind=t.names("behind"),
        games=t.text("games"),
        **common,
    )


def _sweep_claim(t: _Table, common: dict[str, Any]) -> Claim:
    return SweepClaim(
        noc=t.need("noc"),
        games=t.need("games"),
        event=t.need("event"),
        discipline=t.text("discipline"),
        gender=t.choice("gender", Gender),
        **common,
    )


def _won_all_claim(t: _Table, common: dict[str, Any]) -> Claim:
    return WonAllClaim(
        athlete=t.need("athlete"),
        games=t.need("games"),
        discipline=t.need("discipline"),
        gender=t.choice("gender", Gender),
        count=t.whole("count"),
        **common,
    )


def _first_claim(t: _Table, common: dict[str, Any]) -> Claim:
    return FirstClaim(
        noc=t.need("noc"),
        tally=t.tally(subject=Subject.NOC, medals=_ALL_MEDALS),
        games=t.need("games"),
        event=t.text("event"),
        **common,
    )


def _result_claim(t: _Table, common: dict[str, Any]) -> Claim:
    medal = t.choice("medal", Medal)
    if medal is None:
        raise t.fail("medal", "is required")
    athletes = t.names("athletes") + t.names("athlete")
    return ResultClaim(
        athletes=athletes,
        noc=t.text("noc"),
        medal=medal,
        games=t.need("games"),
        event=t.need("event"),
        discipline=t.text("discipline"),
        gender=t.choice("gender", Gender),
        on=t.day("on"),
        **common,
    )


def _table_claim(t: _Table, common: dict[str, Any]) -> Claim:
    return MedalTableClaim(
        noc=t.need("noc"),
        games=t.need("games"),
        gold=t.whole("gold"),
        silver=t.whole("silver"),
        bronze=t.whole("bronze"),
        total=t.whole("total"),
        rank=t.whole("rank"),
        order=t.word("order", _ORDER, "gold"),
        **common,
    )


_BUILDERS: dict[str, Callable[[_Table, dict[str, Any]], Claim]] = {
    "tally": _tally_claim,
    "record": _record_claim,
    "mark": _mark_claim,
    "stood": _stood_claim,
    "rank": _rank_claim,
    "sweep": _sweep_claim,
    "won_all": _won_all_claim,
    "first": _first_claim,
    "result": _result_claim,
    "medal_table": _table_claim,
}


def _read_toml(path: str | Path) -> tuple[str, dict[str, Any]]:
    where = str(path)
    try:
        with Path(path).open("rb") as f:
            document: dict[str, Any] = tomllib.load(f)
    except tomllib.TOMLDecodeError as err:
        raise DataError(f"not valid TOML: {err}", source=where) from None
    for key in document:
        if key not in ("claim", "complete"):
            raise DataError(
                "is not a known table: use [[claim]] and [[complete]]", source=where, field=key
            )
    return where, document


def _tables(where: str, document: Mapping[str, Any], name: str) -> list[_Table]:
    items = document.get(name, [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise DataError(f"must be an array of tables: [[{name}]]", source=where, field=name)
    return [_Table(where, f"{name}[{n}]", item) for n, item in enumerate(items, start=1)]


def load_claims(path: str | Path) -> tuple[Claim, ...]:
    """Read the claims of a TOML claims file, in file order.

    Each claim is one ``[[claim]]`` table: ``type`` (``tally``, ``record``, ``mark``,
    ``stood``, ``rank``, ``sweep``, ``won_all``, ``first``, ``result`` or
    ``medal_table``), the sentence as printed (``text``), where (``source``), an
    ``id``, an optional ``as_of`` date, and the fields of that claim class. Tallies are
    given by the keys ``subject`` (``athlete`` or ``noc``), ``medals`` (``"gold"``, a
    list, or ``"all"``), ``scope``, ``season``, ``kind``, ``sport``, ``discipline`` and
    ``gender``, as in :class:`~olympics_records.Tally`. ``[[complete]]`` tables are
    read by :func:`load_completeness`.

    Raises:
        DataError: the file is not valid TOML, or a claim has a missing, unknown or
            malformed key; ``field`` says which (``claim[3].value``: the third claim's
            ``value``) and ``value`` what it held.

    Example:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "story.claims.toml"
        >>> _ = path.write_text('''
        ... [[claim]]
        ... id = "klaebo-11"
        ... text = "Klæbo has 11 career Olympic golds"
        ... type = "tally"
        ... athlete = "Klaebo"
        ... value = 11
        ... ''', encoding="utf-8")
        >>> [(c.id, c.value) for c in load_claims(path)]
        [('klaebo-11', 11)]
        >>> _ = path.write_text('[[claim]]  type = "tally"  athlete = "Klaebo"  value = "six"'
        ...                     .replace("  ", chr(10)), encoding="utf-8")
        >>> load_claims(path)
        Traceback (most recent call last):
        ...
        olympics_records.errors.DataError: ...field 'claim[1].value', value 'six': must be ...
    """
    where, document = _read_toml(path)
    claims: list[Claim] = []
    ids: dict[str, str] = {}
    for table in _tables(where, document, "claim"):
        kind = table.need("type")
        builder = _BUILDERS.get(kind)
        if builder is None:
            raise table.fail("type", f"must be one of {', '.join(_BUILDERS)}", kind)
        common = {
            "text": table.text("text") or "",
            "source": table.text("source") or "",
            "id": table.text("id") or "",
            "as_of": table.day("as_of"),
        }
        try:
            claim = builder(table, common)
        except ValidationError as err:
            raise table.fail(None, str(err)) from None
        table.finish()
        if claim.id:
            if claim.id in ids:
                raise table.fail("id", f"repeats the id of {ids[claim.id]}", claim.id)
            ids[claim.id] = table.where
        claims.append(claim)
    return tuple(claims)


def load_completeness(path: str | Path) -> tuple[Completeness, ...]:
    """Read the ``[[complete]]`` statements of a TOML claims file, in file order.

    A table with ``at_least`` is a :class:`CompleteAbove` (its tally given by the same
    keys as a claim's); any other is a :class:`Complete`. Each needs a ``source``.

    Raises:
        DataError: a statement has a missing, unknown or malformed key.

    Example:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "story.claims.toml"
        >>> _ = path.write_text('''
        ... [[complete]]
        ... games = "2026-winter"
        ... discipline = "Biathlon"
        ... source = "fact sheet: all 11 biathlon events"
        ...
        ... [[complete]]
        ... season = "winter"
        ... at_least = 8
        ... source = "fact sheet: every gold of the 8-gold athletes"
        ... ''', encoding="utf-8")
        >>> [type(s).__name__ for s in load_completeness(path)]
        ['Complete', 'CompleteAbove']
    """
    where, document = _read_toml(path)
    statements: list[Completeness] = []
    for table in _tables(where, document, "complete"):
        source = table.need("source")
        try:
            if "at_least" in table.table:
                at_least = table.whole("at_least")
                statements.append(
                    CompleteAbove(
                        tally=table.tally(subject=table.subject_kind()),
                        at_least=at_least if at_least is not None else 0,
                        source=source,
                    )
                )
            else:
                statements.append(
                    Complete(
                        source=source,
                        games=table.text("games"),
                        athlete=table.text("athlete"),
                        noc=table.text("noc"),
                        sport=table.text("sport"),
                        discipline=table.text("discipline"),
                        gender=table.choice("gender", Gender),
                        medals=table.medals("medals", _ALL_MEDALS),
                    )
                )
        except ValidationError as err:
            raise table.fail(None, str(err)) from None
        table.finish()
    return tuple(statements)


_REPORTED_COLUMNS = ("as_of", "noc", "gold", "silver", "bronze", "total", "source")


def read_reported_medal_table(path: str | Path) -> ReportedMedalTable:
    """Read medal-table figures as the news reported them.

    The CSV has the columns ``as_of,noc,gold,silver,bronze,total,source``; a figure
    left empty was not reported. Rows may disagree: each keeps its source.

    Raises:
        DataError: a missing column, or a malformed row (with its row and field).

    Example:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "reported.csv"
        >>> _ = path.write_text(chr(10).join([
        ...     "as_of,noc,gold,silver,bronze,total,source",
        ...     "2026-02-21,NOR,18,11,11,40,https://tass.com/sports/2090155"]))
        >>> table = read_reported_medal_table(path)
        >>> [(r.noc, r.gold, r.total) for r in table.rows]
        [('NOR', 18, 40)]
    """
    where = str(path)
    rows: list[ReportedMedalRow] = []
    with Path(path).open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames or []
        for column in _REPORTED_COLUMNS:
            if column not in header:
                raise DataError("column is missing", source=where, row=0, field=column)
        for number, row in enumerate(reader, start=1):
            rows.append(_reported_row(where, number, row))
    return ReportedMedalTable(rows=tuple(rows), source=where)


def _reported_row(where: str, number: int, row: Mapping[str, str | None]) -> ReportedMedalRow:
    def cell(column: str) -> str:
        return (row.get(column) or "").strip()

    def fail(column: str, message: str) -> DataError:
        return DataError(message, source=where, row=number, field=column, value=cell(column))

    try:
        day = dt.date.fromisoformat(cell("as_of"))
    except ValueError:
        raise fail("as_of", "must be a date like 2026-02-21") from None
    figures: dict[str, int | None] = {}
    for column in ("gold", "silver", "bronze", "total"):
        text = cell(column)
        if not text:
            figures[column] = None
        elif text.isdigit():
            figures[column] = int(text)
        else:
            raise fail(column, "must be a whole number or empty")
    try:
        return ReportedMedalRow(
            as_of=day,
            noc=cell("noc"),
            gold=figures["gold"],
            silver=figures["silver"],
            bronze=figures["bronze"],
            total=figures["total"],
            source=cell("source"),
        )
    except ValidationError as err:
        field = str(err).split(".", 1)[1].split(" ", 1)[0] if "." in str(err) else None
        raise DataError(
            str(err), source=where, row=number, field=field, value=cell(field) if field else None
        ) from None
