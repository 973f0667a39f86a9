"""Claims on the events of one Games: a podium sweep, every event won, one result."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from olympics_records._engine.index import index as history_index
from olympics_records.claims._claim import ALL_MEDALS, Claim
from olympics_records.claims._context import Context
from olympics_records.claims._fields import (
    a_name,
    a_noc,
    instance_of,
    names_tuple,
    optional_date,
    optional_instance_of,
    optional_name,
    optional_noc,
    optional_whole,
    to_tuple,
)
from olympics_records.claims._kind import ClaimKind
from olympics_records.claims._toml import Table
from olympics_records.claims._verdict import Answer, unsettled
from olympics_records.claims._words import GENDER_WORDS, date_words, join_words, weekday_words
from olympics_records.errors import AmbiguousNameError, ValidationError
from olympics_records.model import Entry, Event, Gender, Medal
from olympics_records.names import fold
from olympics_records.records import Subject
from olympics_records.sports import within

__all__ = [
    "RESULT",
    "SWEEP",
    "WON_ALL",
    "ResultClaim",
    "SweepClaim",
    "WonAllClaim",
    "find_event",
    "no_event",
]


@attrs.frozen(kw_only=True)
class SweepClaim(Claim):
    """A podium sweep: "Norway swept the 50 km podium".

    The event is found by ``event`` (its id, or words of its name: ``"50km Mass
    Start"``) among the events of ``games``, narrowed by ``discipline`` and ``gender``.

    Example:
        >>> from olympics_records import datasets, Gender
        >>> from olympics_records.claims import check
        >>> h = datasets.milano_cortina_2026()
        >>> check(h, SweepClaim(noc="NOR", games="2026-winter", event="50km",
        ...                     gender=Gender.MEN)).status
        'supported'
    """

    noc: str = attrs.field(validator=a_noc)
    """The nation said to have won every medal."""
    games: str = attrs.field(validator=a_name)
    """The Games id."""
    event: str = attrs.field(validator=a_name)
    """The event's id or words of its name."""
    discipline: str | None = attrs.field(default=None, validator=optional_name)
    """The event's discipline."""
    gender: Gender | None = attrs.field(
        default=None, validator=optional_instance_of(Gender, "a Gender")
    )
    """The event's gender."""


@attrs.frozen(kw_only=True)
class WonAllClaim(Claim):
    """Every event of a discipline won: "Klæbo won all six men's cross-country events".

    Example:
        >>> from olympics_records import datasets, Gender
        >>> from olympics_records.claims import check
        >>> h = datasets.milano_cortina_2026()
        >>> c = WonAllClaim(athlete="Klaebo", games="2026-winter",
        ...                 discipline="Cross-Country Skiing", gender=Gender.MEN, count=6)
        >>> v = check(h, c)
        >>> v.status, v.actual
        ('unverifiable', 'won 6 of the 6 events in the data')
    """

    athlete: str = attrs.field(validator=a_name)
    """The athlete."""
    games: str = attrs.field(validator=a_name)
    """The Games id."""
    discipline: str = attrs.field(validator=a_name)
    """The discipline."""
    gender: Gender | None = attrs.field(
        default=None, validator=optional_instance_of(Gender, "a Gender")
    )
    """Only men's, women's or mixed events; ``None`` for all."""
    count: int | None = attrs.field(default=None, validator=optional_whole(1))
    """How many events the report says there were."""


@attrs.frozen(kw_only=True)
class ResultClaim(Claim):
    """One result: "Dale-Skjevdal won the 15 km mass start on Friday".

    ``athletes`` (all members named, for a team) and/or ``noc`` say who won ``medal``.

    Example:
        >>> import datetime as dt
        >>> from olympics_records import datasets
        >>> from olympics_records.claims import check
        >>> h = datasets.milano_cortina_2026()
        >>> c = ResultClaim(athletes=("Dale-Skjevdal",), medal=Medal.GOLD, games="2026-winter",
        ...                 event="15km Mass Start", on=dt.date(2026, 2, 20))
        >>> check(h, c).explanation
        "Johannes Dale-Skjevdal won gold in Men's 15km Mass Start on Friday 20 February 2026."
    """

    medal: Medal = attrs.field(validator=instance_of(Medal, "a Medal"))
    """The medal won."""
    games: str = attrs.field(validator=a_name)
    """The Games id."""
    event: str = attrs.field(validator=a_name)
    """The event's id or words of its name."""
    athletes: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=names_tuple)
    """The winners named."""
    noc: str | None = attrs.field(default=None, validator=optional_noc)
    """The nation named."""
    discipline: str | None = attrs.field(default=None, validator=optional_name)
    """The event's discipline."""
    gender: Gender | None = attrs.field(
        default=None, validator=optional_instance_of(Gender, "a Gender")
    )
    """The event's gender."""
    on: dt.date | None = attrs.field(default=None, validator=optional_date)
    """The day it was won."""

    def __attrs_post_init__(self) -> None:
        if not self.athletes and self.noc is None:
            raise ValidationError("ResultClaim needs athletes or a noc")


def find_event(
    ctx: Context, games: str, query: str, *, discipline: str | None, gender: Gender | None
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
        and (discipline is None or within(discipline, e.sport, e.discipline))
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


def no_event(
    ctx: Context, games: str, query: str, discipline: str | None, gender: Gender | None
) -> Answer:
    done, source = ctx.events_complete(games, discipline=discipline, gender=gender)
    name = ctx.games(games).name
    if done:
        if source:
            ctx.note(source)
        return Answer("contradicted", "no such event", f"{name} had no event {query!r}.")
    return unsettled(ctx, "event not loaded", f"{name}'s {query!r} is not in the data", [games])


def _held(ctx: Context, event: Event, as_of: dt.date | None) -> bool:
    return as_of is None or ctx.history.date_of(event.id) <= as_of


def _entry_words(ctx: Context, entry: Entry) -> str:
    names = [ctx.history.get_athlete(a).name for a in entry.athletes]
    return f"{join_words(names)} ({entry.noc})" if names else ctx.noc_name(entry.noc)


def _check_result(ctx: Context, claim: Claim) -> Answer:
    assert isinstance(claim, ResultClaim)
    event = find_event(
        ctx, claim.games, claim.event, discipline=claim.discipline, gender=claim.gender
    )
    if event is None:
        return no_event(ctx, claim.games, claim.event, claim.discipline, claim.gender)
    medal = claim.medal.value
    named = [ctx.athlete_id(a) for a in claim.athletes]
    who = join_words([ctx.subject(Subject.ATHLETE, a)[1] for a in claim.athletes])
    who = who or ctx.noc_name(claim.noc or "")
    day = ctx.history.date_of(event.id)
    if not _held(ctx, event, claim.as_of):
        after = date_words(claim.as_of or day)
        text = f"{event.name} was decided on {date_words(day)}, after {after}."
        return Answer("contradicted", f"decided on {date_words(day)}", text)
    entries = ctx.history.entries_of_event(event.id)

    def theirs(entry: Entry) -> bool:
        return (claim.noc is None or entry.noc == claim.noc) and all(
            a is not None and a in entry.athletes for a in named
        )

    won = tuple(e for e in entries if e.medal is claim.medal and theirs(e))
    if won:
        actual = f"{medal}, {_entry_words(ctx, won[0])}"
        if claim.on is None:
            return Answer("supported", actual, f"{who} won {medal} in {event.name}.", won)
        if event.date is None:
            lead = f"{who} won {medal} in {event.name}, but the data has no date for it"
            return unsettled(ctx, actual, lead, [event.games], won)
        if event.date != claim.on:
            text = f"{who} won {medal} in {event.name} on {weekday_words(event.date)}, not on {weekday_words(claim.on)}."  # noqa: E501
            return Answer("contradicted", f"{actual}, {date_words(event.date)}", text, won)
        text = f"{who} won {medal} in {event.name} on {weekday_words(event.date)}."
        return Answer("supported", actual, text, won)
    other = tuple(e for e in entries if e.medal is not None and named and theirs(e))
    if other:
        got = other[0].medal.value if other[0].medal else "no medal"
        text = f"{who} won {got} in {event.name}, not {medal}."
        return Answer("contradicted", f"{got}, {_entry_words(ctx, other[0])}", text, other)
    winners = tuple(e for e in entries if e.medal is claim.medal)
    complete, source = ctx.podium_complete(event)
    hidden = bool(named) and any(not e.complete and claim.noc in (None, e.noc) for e in winners)
    got = join_words([_entry_words(ctx, e) for e in winners]) or "no one in the data"
    if complete and not hidden:
        if source:
            ctx.note(source)
        text = f"{medal.capitalize()} in {event.name} went to {got}, not to {who}."
        return Answer("contradicted", f"{medal}, {got}", text, winners)
    if hidden:
        text = (
            f"The data cannot tell whether {who} won {medal} in {event.name}: the members of "
            f"the {medal} team of {got} are only partly known."
        )
        return Answer("unverifiable", f"{medal}, {got}", text, winners, ("the full team",))
    lead = f"The data cannot tell whether {who} won {medal} in {event.name}"
    return unsettled(ctx, f"{medal}, {got}", lead, [event.games], winners)


def _check_sweep(ctx: Context, claim: Claim) -> Answer:
    assert isinstance(claim, SweepClaim)
    event = find_event(
        ctx, claim.games, claim.event, discipline=claim.discipline, gender=claim.gender
    )
    if event is None:
        return no_event(ctx, claim.games, claim.event, claim.discipline, claim.gender)
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
        text = f"{nation} did not sweep {event.name}: {join_words(others)}."
        return Answer("contradicted", actual, text, won)
    complete, source = ctx.podium_complete(event)
    if complete:
        if source:
            ctx.note(source)
        if {e.medal for e in won} == set(ALL_MEDALS):
            text = f"{nation} won gold, silver and bronze in {event.name}."
            return Answer("supported", actual, text, won)
        text = f"{event.name} did not award all three medals, so it was no sweep."
        return Answer("contradicted", actual, text, won)
    lead = f"The data has only part of the podium of {event.name}"
    return unsettled(ctx, actual, lead, [event.games], won)


def _check_won_all(ctx: Context, claim: Claim) -> Answer:
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
            and within(claim.discipline, e.sport, e.discipline)
            and (claim.gender is None or e.gender is claim.gender)
            and _held(ctx, e, claim.as_of)
        ),
        key=lambda e: (ctx.history.date_of(e.id), e.id),
    )
    kind = " ".join(w for w in (claim.gender and GENDER_WORDS[claim.gender], claim.discipline) if w)
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
            lost.append(f"{event.name} went to {join_words([_entry_words(ctx, e) for e in golds])}")
        else:
            open_.append(event.name)
    actual = f"won {len(won)} of the {len(events)} events in the data"
    done, source = ctx.events_complete(games.id, discipline=claim.discipline, gender=claim.gender)
    if done:
        actual = f"won {len(won)} of {len(events)}"
        if source:
            ctx.note(source)
    if lost:
        text = f"{name} did not win every {kind} event at {games.name}: {join_words(lost)}."
        return Answer("contradicted", actual, text, tuple(won))
    count = claim.count
    if count is not None and (len(events) > count or (done and len(events) < count)):
        text = f"{games.name} had {len(events)} {kind} events{'' if done else ' in the data'}, not {count}."  # noqa: E501
        return Answer("contradicted", actual, text, tuple(won))
    if done and not open_ and events:
        text = f"{name} won all {len(events)} {kind} events at {games.name}."
        return Answer("supported", actual, text, tuple(won))
    if open_:
        text = (
            f"The data cannot tell whether {name} won every {kind} event at {games.name}: the "
            f"podiums of {join_words(open_)} are not complete in it."
        )
        return Answer(
            "unverifiable", actual, text, tuple(won), tuple(f"the podium of {e}" for e in open_)
        )
    lead = (
        f"{name} won all {len(won)} {kind} events of {games.name} in the data, but it cannot "
        "tell whether there were more"
    )
    return unsettled(ctx, actual, lead, [games.id], tuple(won))


def _sweep_claim(t: Table, common: dict[str, Any]) -> Claim:
    return SweepClaim(
        noc=t.need("noc"),
        games=t.need("games"),
        event=t.need("event"),
        discipline=t.text("discipline"),
        gender=t.choice("gender", Gender),
        **common,
    )


def _won_all_claim(t: Table, common: dict[str, Any]) -> Claim:
    return WonAllClaim(
        athlete=t.need("athlete"),
        games=t.need("games"),
        discipline=t.need("discipline"),
        gender=t.choice("gender", Gender),
        count=t.whole("count"),
        **common,
    )


def _result_claim(t: Table, common: dict[str, Any]) -> Claim:
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


SWEEP = ClaimKind("sweep", SweepClaim, build=_sweep_claim, check=_check_sweep)
"""``type = "sweep"``: :class:`SweepClaim`."""
WON_ALL = ClaimKind("won_all", WonAllClaim, build=_won_all_claim, check=_check_won_all)
"""``type = "won_all"``: :class:`WonAllClaim`."""
RESULT = ClaimKind("result", ResultClaim, build=_result_claim, check=_check_result)
"""``type = "result"``: :class:`ResultClaim`."""
