"""Claims on counts: a tally, a record and its holders, a rank on a list."""

from __future__ import annotations

from typing import Any

import attrs

from olympics_records.claims._board import Board, Bound, amount_words, standings
from olympics_records.claims._claim import Claim, Compare, check_games_scope
from olympics_records.claims._context import Context
from olympics_records.claims._facts import Key
from olympics_records.claims._fields import (
    a_name,
    instance_of,
    names_tuple,
    one_of,
    optional_name,
    optional_whole,
    to_tuple,
    whole,
)
from olympics_records.claims._kind import ClaimKind
from olympics_records.claims._toml import Table
from olympics_records.claims._verdict import Answer, unsettled
from olympics_records.claims._words import as_of_words, as_reason, join_words, ordinal, tally_words
from olympics_records.records import Subject, Tally

__all__ = ["RANK", "RECORD", "TALLY", "RankClaim", "RecordClaim", "TallyClaim"]


@attrs.frozen(kw_only=True)
class TallyClaim(Claim):
    """A count: "Klæbo has 11 career Olympic golds", "Heiden won five golds in 1980".

    ``subject`` is an athlete's name (any spelling) or id, or a NOC code, as the
    tally's ``subject`` says. For a per-Games tally (``Scope.GAMES``) ``games`` names
    the edition.

    Example:
        >>> import datetime as dt
        >>> from olympics_records import datasets, Tally
        >>> from olympics_records.claims import Complete, check
        >>> h = datasets.milano_cortina_2026()
        >>> entering = TallyClaim(subject="Klaebo", tally=Tally(), value=5,
        ...                       as_of=dt.date(2026, 2, 5))
        >>> v = check(h, entering, completeness=[
        ...     Complete(athlete="Klaebo", source="every Klæbo medal is in the fact sheet")])
        >>> v.status, v.actual
        ('supported', '5')
    """

    subject: str = attrs.field(validator=a_name)
    """The athlete (name or id) or NOC code counted for."""
    tally: Tally = attrs.field(validator=instance_of(Tally, "a Tally"))
    """What is counted."""
    value: int = attrs.field(validator=whole(0))
    """The claimed count."""
    compare: Compare = attrs.field(
        default="exactly", validator=one_of("exactly", "at least", "at most")
    )
    """``"exactly"`` (the usual meaning of a figure), ``"at least"`` or ``"at most"``."""
    games: str | None = attrs.field(default=None, validator=optional_name)
    """The Games id, for a per-Games tally (and only then)."""

    def __attrs_post_init__(self) -> None:
        check_games_scope(self, self.tally, self.games)


@attrs.frozen(kw_only=True)
class RecordClaim(Claim):
    """A record and its holders: "Heiden's record of five individual golds still stands".

    ``holders`` must all hold the record (others may share it). With ``within``, the
    record is one subject's own best ("the nation's best output in the sport at one
    Games"): only that athlete's or NOC's tallies compete.

    Example:
        >>> from olympics_records import datasets, EventKind, Scope, Season, Tally
        >>> from olympics_records.claims import check
        >>> h = datasets.milano_cortina_2026()
        >>> individual = Tally(scope=Scope.GAMES, season=Season.WINTER,
        ...                    kind=EventKind.INDIVIDUAL)
        >>> check(h, RecordClaim(tally=individual, value=5, holders=("Eric Heiden",))).status
        'unverifiable'
    """

    tally: Tally = attrs.field(validator=instance_of(Tally, "a Tally"))
    """What the record counts."""
    value: int | None = attrs.field(default=None, validator=optional_whole(0))
    """The claimed record figure, or ``None`` when only the holders are claimed."""
    holders: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=names_tuple)
    """Who holds it (athlete names or NOC codes)."""
    within: str | None = attrs.field(default=None, validator=optional_name)
    """Only this athlete's or NOC's own tallies compete (a personal or national best)."""


@attrs.frozen(kw_only=True)
class RankClaim(Claim):
    """A rank on a list: "second on the all-time gold list, behind Phelps".

    Ranks are shared (1, 2, 2, 4): the rank is one more than the number of subjects
    with a higher count. ``behind`` names subjects that must all rank above.

    Example:
        >>> from olympics_records import datasets, Season, Tally
        >>> from olympics_records.claims import check
        >>> h = datasets.milano_cortina_2026()
        >>> c = RankClaim(subject="Klaebo", tally=Tally(), rank=2, behind=("Michael Phelps",))
        >>> v = check(h, c)
        >>> v.status, v.missing[-1]
        ('unverifiable', '30 Summer Games (Athens 1896 to Paris 2024) are not loaded')
    """

    subject: str = attrs.field(validator=a_name)
    """The athlete or NOC ranked."""
    tally: Tally = attrs.field(validator=instance_of(Tally, "a Tally"))
    """The list."""
    rank: int = attrs.field(validator=whole(1))
    """The claimed rank."""
    behind: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=names_tuple)
    """Who ranks above."""
    games: str | None = attrs.field(default=None, validator=optional_name)
    """The Games id, for a per-Games list."""

    def __attrs_post_init__(self) -> None:
        check_games_scope(self, self.tally, self.games)


_COMPARE: dict[str, Compare] = {"exactly": "exactly", "at least": "at least", "at most": "at most"}


def _check_tally(ctx: Context, claim: Claim) -> Answer:
    assert isinstance(claim, TallyClaim)
    tally = claim.tally
    games = ctx.games(claim.games) if claim.games else None
    subject, name = ctx.subject(tally.subject, claim.subject)
    board = Board(ctx, tally, claim.as_of)
    key: Key = (subject, games.id if games else None)
    b = board.bound(key)
    evidence = board.entries([key])
    what = tally_words(tally, games)
    verb = "had" if claim.as_of else "has"
    when = as_of_words(claim.as_of)
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
        return Answer(
            "supported", b.words(), f"{name} {verb} {amount_words(b, what)}{when}.", evidence
        )
    if fails and b.exact:
        text = f"{name} {verb} {amount_words(b, what)}{when}, not {wanted}."
    elif fails and low > value:
        text = f"The data alone gives {name} {amount_words(b, what)}{when}, more than {wanted}."
    elif fails:
        text = f"{name} {verb} {amount_words(b, what)}{when}, not {wanted}{as_reason(b.why)}."
    else:
        lead = f"The data gives {name} {amount_words(b, what)}{when} but cannot settle {wanted}"
        return unsettled(ctx, b.words(), lead, b.gaps, evidence)
    return Answer("contradicted", b.words(), text, evidence)


def _check_record(ctx: Context, claim: Claim) -> Answer:
    assert isinstance(claim, RecordClaim)
    tally = claim.tally
    board = Board(ctx, tally, claim.as_of)
    within = None
    what = tally_words(tally)
    if claim.within is not None:
        within, label = ctx.subject(tally.subject, claim.within)
        within = within or claim.within
        what = f"{what} by {label}"
    st = standings(board, within)
    best, holders = st.best, st.holders()
    names = join_words([ctx.label(tally, k) for k in holders]) or "no one"
    figure = str(best) if st.exact else f"at least {best}"
    actual = f"{figure}, {names}"
    evidence = board.entries(holders)
    record = f"The record for {what}{as_of_words(claim.as_of)} is {figure}, held by {names}"
    value = claim.value
    if value is not None and best > value:
        return Answer("contradicted", actual, f"{record}, not {value}.", evidence)
    high = st.high
    if value is not None and high is not None and high < value:
        text = f"No one has {value} {what}{as_reason(st.why())}: the most is {high}."
        return Answer("contradicted", actual, text, evidence)
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
        return Answer("contradicted", actual, f"{record}, not {join_words(short)}.", evidence)
    if st.exact and best > 0 and not unsure and value in (None, best):
        return Answer("supported", actual, f"{record}.", evidence)
    lead = f"The data's best for {what} is {best} ({names}), but it cannot rule out more"
    return unsettled(ctx, actual, lead, st.gaps(), evidence)


def _check_rank(ctx: Context, claim: Claim) -> Answer:
    assert isinstance(claim, RankClaim)
    tally = claim.tally
    board = Board(ctx, tally, claim.as_of)
    games = ctx.games(claim.games) if claim.games else None
    subject, name = ctx.subject(tally.subject, claim.subject)
    key: Key = (subject, games.id if games else None)
    mine = board.bound(key)
    st = standings(board)
    rivals = {k: b for k, b in st.bounds.items() if k != key}
    above = [k for k, b in rivals.items() if mine.high is not None and b.low > mine.high]
    maybe = [
        k for k, b in rivals.items() if k not in above and (b.high is None or b.high > mine.low)
    ]
    assert st.other is not None
    anyone = st.other.high is None or st.other.high > mine.low
    best_rank = 1 + len(above)
    worst_rank = None if anyone else best_rank + len(maybe)
    what = tally_words(tally, games)
    when = as_of_words(claim.as_of)
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
        lead = f"{name} is {ordinal(best_rank)} on {what}{when} with {mine.words()}"
    else:
        lead = f"{name} ranks {actual} on {what}{when}"
    if ahead and worst_rank == best_rank:
        lead += f", behind {join_words(ahead)}"
    if claim.rank < best_rank or (worst_rank is not None and claim.rank > worst_rank) or not_ahead:
        text = lead + "".join(f"; {n}" for n in not_ahead) + "."
        return Answer("contradicted", actual, text, evidence)
    if best_rank == worst_rank == claim.rank and not unsure:
        return Answer("supported", actual, lead + ".", evidence)
    lead = f"The data gives {name} {amount_words(mine, what)}{when}, but cannot settle the rank"
    gaps = tuple(dict.fromkeys([*mine.gaps, *st.gaps()]))
    return unsettled(ctx, actual, lead, gaps, evidence)


def _why_not_ahead(ctx: Context, tally: Tally, subject: str | None, bound: Bound) -> str:
    what = tally_words(tally)
    parts = [f"no {what} in the data" if bound.low == 0 else amount_words(bound, what)]
    if subject is not None and tally.subject is Subject.ATHLETE and tally.season is not None:
        games = {ctx.history.games_of(e.event) for e in ctx.history.entries_of_athlete(subject)}
        seasons = sorted({g.season.value.capitalize() for g in games})
        if seasons and tally.season.value.capitalize() not in seasons:
            parts.append(f"all their medals in the data are from {join_words(seasons)} Games")
    if bound.why and bound.low == 0:
        parts.append(bound.why)
    return "; ".join(parts)


def _tally_claim(t: Table, common: dict[str, Any]) -> Claim:
    subject, kind = t.who()
    return TallyClaim(
        subject=subject,
        tally=t.tally(subject=kind),
        value=t.count("value"),
        compare=t.word("compare", _COMPARE, "exactly"),
        games=t.text("games"),
        **common,
    )


def _record_claim(t: Table, common: dict[str, Any]) -> Claim:
    return RecordClaim(
        tally=t.tally(subject=t.subject_kind()),
        value=t.whole("value"),
        holders=t.names("holders"),
        within=t.text("within"),
        **common,
    )


def _rank_claim(t: Table, common: dict[str, Any]) -> Claim:
    subject, kind = t.who()
    return RankClaim(
        subject=subject,
        tally=t.tally(subject=kind),
        rank=t.count("rank"),
        behind=t.names("behind"),
        games=t.text("games"),
        **common,
    )


TALLY = ClaimKind("tally", TallyClaim, build=_tally_claim, check=_check_tally)
"""``type = "tally"``: :class:`TallyClaim`."""
RECORD = ClaimKind("record", RecordClaim, build=_record_claim, check=_check_record)
"""``type = "record"``: :class:`RecordClaim`."""
RANK = ClaimKind("rank", RankClaim, build=_rank_claim, check=_check_rank)
"""``type = "rank"``: :class:`RankClaim`."""
