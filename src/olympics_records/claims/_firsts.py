"""Claims on a nation's first medal of a kind."""

from __future__ import annotations

from typing import Any

import attrs

from olympics_records.claims._claim import ALL_MEDALS, Claim
from olympics_records.claims._context import Context
from olympics_records.claims._events import find_event, no_event
from olympics_records.claims._fields import a_name, a_noc, instance_of, optional_name
from olympics_records.claims._kind import ClaimKind
from olympics_records.claims._toml import Table
from olympics_records.claims._verdict import Answer, unsettled
from olympics_records.claims._words import date_words, games_start, join_words, kind_words
from olympics_records.model import Season
from olympics_records.records import Scope, Subject, Tally, firsts

__all__ = ["FIRST", "FirstClaim"]


@attrs.frozen(kw_only=True)
class FirstClaim(Claim):
    """A nation's first: "the first US men's cross-country medal, silver in the team sprint".

    ``tally`` gives the medals and filters (its subject and scope are ignored). The
    claim names the medal said to be the first by its ``event`` (at ``games``), or only
    the Games where the first came.

    Example:
        >>> from olympics_records import datasets, Gender, Medal, Tally
        >>> from olympics_records.claims import check
        >>> h = datasets.milano_cortina_2026()
        >>> c = FirstClaim(noc="USA", games="2026-winter", event="Team Sprint",
        ...                tally=Tally(discipline="Cross-Country Skiing", gender=Gender.MEN,
        ...                            medals=tuple(Medal)))
        >>> check(h, c).status
        'contradicted'
    """

    noc: str = attrs.field(validator=a_noc)
    """The nation."""
    tally: Tally = attrs.field(validator=instance_of(Tally, "a Tally"))
    """Which medals count (medals, season, kind, sport, discipline, gender)."""
    games: str = attrs.field(validator=a_name)
    """The Games of the medal said to be the first."""
    event: str | None = attrs.field(default=None, validator=optional_name)
    """The event of the medal said to be the first; ``None``: only the Games is claimed."""


def _check_first(ctx: Context, claim: Claim) -> Answer:
    assert isinstance(claim, FirstClaim)
    tally = attrs.evolve(claim.tally, subject=Subject.NOC, scope=Scope.CAREER)
    games = ctx.games(claim.games)
    nation = ctx.noc_name(claim.noc)
    kind = kind_words(tally)
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
        names = join_words([ctx.history.get_athlete(a).name for a in head.athletes]) or nation
        medal = head.medal.value if head.medal else ""
        event_name = ctx.history.get_event(head.event).name
        earliest = f"{names}'s {medal} in {event_name} on {date_words(first.date)}"
    first_games = ctx.history.games_of(first.entries[0].event) if first else None
    if claim.event is not None:
        event = find_event(
            ctx, games.id, claim.event, discipline=tally.discipline, gender=tally.gender
        )
        if event is None:
            return no_event(ctx, games.id, claim.event, tally.discipline, tally.gender)
        mine = tuple(
            e
            for e in ctx.history.entries_of_event(event.id)
            if e.noc == claim.noc and e.medal in tally.medals
        )
        day = ctx.history.date_of(event.id)
        subject = f"{nation}'s medal in {event.name} ({date_words(day)})"
        if not mine:
            complete, source = ctx.podium_complete(event)
            if complete:
                if source:
                    ctx.note(source)
                return Answer("contradicted", earliest, f"{nation} won no medal in {event.name}.")
            lead = f"The data does not show {nation} winning a medal in {event.name}"
            return unsettled(ctx, earliest, lead, [games.id])
        if first is not None and first.date < day:
            text = f"{subject} was not its first {kind}: {earliest} came before it."
            return Answer("contradicted", earliest, text, first.entries + mine)
        evidence, own = mine, True
    else:
        subject = f"{nation}'s first {kind} at {games.name}"
        if first_games is not None and games_start(first_games) < games_start(games):
            text = f"{nation}'s first {kind} was not at {games.name}: {earliest}."
            return Answer("contradicted", earliest, text, first.entries if first else ())
        if first_games is None or first_games.id != games.id:
            portion = attrs.evolve(tally, season=games.season)
            if ctx.complete_for(games.id, portion, claim.noc)[0]:
                return Answer("contradicted", earliest, f"{nation} won no {kind} at {games.name}.")
            lead = f"The data has no {kind} of {nation} at {games.name}"
            return unsettled(ctx, earliest, lead, [games.id])
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
        return Answer("supported", earliest, text, evidence)
    lead = f"The data has no earlier {kind} of {nation} than {earliest}, but cannot rule one out"
    return unsettled(ctx, earliest, lead, gaps, evidence)


def _first_claim(t: Table, common: dict[str, Any]) -> Claim:
    return FirstClaim(
        noc=t.need("noc"),
        tally=t.tally(subject=Subject.NOC, medals=ALL_MEDALS),
        games=t.need("games"),
        event=t.text("event"),
        **common,
    )


FIRST = ClaimKind("first", FirstClaim, build=_first_claim, check=_check_first)
"""``type = "first"``: :class:`FirstClaim`."""
