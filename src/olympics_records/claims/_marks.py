"""Claims on records over time: a record set, equalled, broken or extended; how long it stood."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import attrs

from olympics_records._engine.spans import span_words as _span_words
from olympics_records._engine.spans import whole_years as _whole_years
from olympics_records.claims._board import Board, Standings, standings
from olympics_records.claims._claim import Claim, MarkHow
from olympics_records.claims._context import Context
from olympics_records.claims._facts import Key
from olympics_records.claims._fields import (
    a_name,
    instance_of,
    names_tuple,
    one_of,
    optional_date,
    optional_name,
    optional_whole,
    to_tuple,
    whole,
)
from olympics_records.claims._kind import ClaimKind
from olympics_records.claims._toml import Table
from olympics_records.claims._verdict import Answer, unsettled
from olympics_records.claims._words import as_reason, date_words, join_words, tally_words
from olympics_records.records import RecordMark, Tally, progression

__all__ = ["MARK", "STOOD", "MarkClaim", "StoodClaim"]


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
        >>> from olympics_records.claims import CompleteAbove, check
        >>> h = datasets.milano_cortina_2026()
        >>> broke = MarkClaim(tally=Tally(scope=Scope.GAMES, season=Season.WINTER),
        ...                   holder="Klaebo", how="broken", on=dt.date(2026, 2, 21),
        ...                   value=6, previous_value=5, previous_holders=("Heiden",))
        >>> check(h, broke, completeness=[CompleteAbove(
        ...     tally=Tally(scope=Scope.GAMES, season=Season.WINTER), at_least=5,
        ...     source="no one but Heiden and Klæbo won 5 golds at one Winter Games")]).status
        'supported'
    """

    tally: Tally = attrs.field(validator=instance_of(Tally, "a Tally"))
    """What the record counts."""
    holder: str = attrs.field(validator=a_name)
    """Who made the mark."""
    how: MarkHow = attrs.field(validator=one_of("set", "equalled", "broken", "extended"))
    """What the holder did to the record."""
    value: int | None = attrs.field(default=None, validator=optional_whole(1))
    """The record figure from the mark on."""
    on: dt.date | None = attrs.field(default=None, validator=optional_date)
    """The day of the mark."""
    previous_value: int | None = attrs.field(default=None, validator=optional_whole(0))
    """The record figure the day before."""
    previous_holders: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=names_tuple
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
        >>> from olympics_records.claims import CompleteAbove, check
        >>> h = datasets.milano_cortina_2026()
        >>> per_games = Tally(scope=Scope.GAMES, season=Season.WINTER)
        >>> stood = StoodClaim(tally=per_games, holders=("Heiden",), value=5,
        ...                    years_at_least=45, years_under=50)
        >>> v = check(h, stood, completeness=[CompleteAbove(tally=per_games, at_least=5,
        ...     source="no one but Heiden and Klæbo won 5 golds at one Winter Games")])
        >>> v.status, v.actual
        ('supported', '45 years 362 days to 46 years 8 days (Lake Placid 1980 to 21 February 2026)')
    """

    tally: Tally = attrs.field(validator=instance_of(Tally, "a Tally"))
    """What the record counts."""
    holders: tuple[str, ...] = attrs.field(converter=to_tuple, validator=names_tuple)
    """Who first reached the record figure."""
    value: int = attrs.field(validator=whole(1))
    """The record figure."""
    years_at_least: int | None = attrs.field(default=None, validator=optional_whole(0))
    """The span is at least this many whole years."""
    years_under: int | None = attrs.field(default=None, validator=optional_whole(1))
    """The span is under this many whole years."""
    broken_by: str | None = attrs.field(default=None, validator=optional_name)
    """Who went past it."""


_ONE_DAY = dt.timedelta(days=1)


_VERB = {"set": "set", "equalled": "equalled", "broken": "broke", "extended": "extended"}


_HOW: dict[str, MarkHow] = {h: h for h in ("set", "equalled", "broken", "extended")}


@attrs.frozen
class _MarkFacts:
    """What the data proves of one mark: its kind (None: cannot tell), the day before."""

    kind: str | None
    before: Standings


def _mark_facts(ctx: Context, tally: Tally, key: Key, day: dt.date, value: int) -> _MarkFacts:
    """What the key's count reaching ``value`` on ``day`` did to the record.

    Set, equalled, broken or extended, as far as the data can prove it; ``kind`` is
    ``None`` where it cannot.
    """
    board0 = Board(ctx, tally, day - _ONE_DAY)
    before = standings(board0)
    after = standings(Board(ctx, tally, day))
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


def _check_mark(ctx: Context, claim: Claim) -> Answer:
    assert isinstance(claim, MarkClaim)
    tally = claim.tally
    subject, name = ctx.subject(tally.subject, claim.holder)
    what = tally_words(tally)
    board = Board(ctx, tally, claim.as_of)
    made: list[tuple[RecordMark, Key]] = []  # the loaded marks the holder made
    for mark in progression(ctx.history, tally, as_of=claim.as_of) if subject else ():
        for standing in mark.holders:
            key: Key = (subject, standing.games.id if standing.games else None)
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
            return Answer("contradicted", actual, text, evidence)
        previous = facts.before
        if (
            claim.previous_value is not None
            and previous.exact
            and (previous.best != claim.previous_value)
        ):
            text = f"{said}; the record before was {previous.best}, not {claim.previous_value}."
            return Answer("contradicted", actual, text, evidence)
        wrong, unsure = _previous_holders(ctx, tally, claim.previous_holders, previous)
        if wrong:
            text = f"{said}; {join_words(wrong)} did not hold it the day before."
            return Answer("contradicted", actual, text, evidence)
        if unsure or (claim.previous_value is not None and not previous.exact):
            break
        return Answer("supported", actual, f"{said}.", evidence)
    shown = candidates or made[-1:]
    loaded = "; ".join(f"{m.kind} {m.value} on {date_words(m.date)}" for m, _ in shown)
    actual = f"in the data: {loaded}" if loaded else "no mark in the data"
    if claim.value is not None and not candidates:
        mine = standings(board).of(subject)
        if mine.high is not None and mine.high < claim.value:
            text = f"{name} never had {claim.value} {what}: at most {mine.high}."
            return Answer("contradicted", actual, text, board.entries(board.keys_of(subject)))
    day = claim.on or (made[0][0].date if made else claim.as_of)
    gaps = standings(Board(ctx, tally, day - _ONE_DAY if day else None)).gaps()
    on = f" on {date_words(claim.on)}" if claim.on else ""
    lead = f"The data cannot prove that {name} {_VERB[claim.how]} the record for {what}{on}"
    return unsettled(
        ctx, actual, lead, gaps or standings(board).gaps(), board.entries(board.keys_of(subject))
    )


def _rise_days(ctx: Context, board: Board, key: Key) -> set[dt.date]:
    """The days a key's count went up."""
    return {ctx.history.date_of(e.event) for e in board.evidence.get(key, ())}


def _mark_words(ctx: Context, board: Board, key: Key, mark: RecordMark, facts: _MarkFacts) -> str:
    holder = ctx.label(board.tally, key)
    where = " " + _mark_day(ctx, board, key, mark.date)
    if key[1] is not None and where == f" at {ctx.games(key[1]).name}":
        where = ""  # the holder's label already names the Games
    what = tally_words(board.tally)
    if facts.kind == "set":
        return f"{holder} set the record for {what} at {mark.value}{where}"
    if facts.kind == "first":
        return f"{holder} was the first to reach {mark.value} {what}{where}"
    if facts.kind == "equalled":
        held = join_words([ctx.label(board.tally, k) for k in facts.before.holders()])
        return f"{holder} equalled the record of {mark.value} for {what}, held by {held},{where}"
    if facts.kind == "extended":
        return f"{holder} extended their own record for {what} to {mark.value}{where}"
    held = join_words([ctx.label(board.tally, k) for k in facts.before.holders() if k != key])
    return (
        f"{holder} broke the record for {what}{where}, going to {mark.value} past the "
        f"{facts.before.best} of {held}"
    )


def _earlier_mark(
    ctx: Context,
    tally: Tally,
    made: Sequence[tuple[RecordMark, Key]],
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
                return f" (having {how} it on {date_words(other.date)}, at {other.value})"
    return ""


def _mark_day(ctx: Context, board: Board, key: Key, day: dt.date) -> str:
    """The day of a mark in words: "on 21 February 2026", or "at Lake Placid 1980"."""
    entries = [e for e in board.evidence.get(key, ()) if ctx.history.date_of(e.event) == day]
    if entries and all(ctx.history.get_event(e.event).date is None for e in entries):
        return f"at {ctx.history.games_of(entries[0].event).name}"
    return f"on {date_words(day)}"


def _previous_holders(
    ctx: Context, tally: Tally, names: Sequence[str], before: Standings
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


def _check_stood(ctx: Context, claim: Claim) -> Answer:
    assert isinstance(claim, StoodClaim)
    tally, value = claim.tally, claim.value
    what = tally_words(tally)
    board = Board(ctx, tally, claim.as_of)
    marks = progression(ctx.history, tally, as_of=claim.as_of)
    reached = next((m for m in marks if m.value >= value), None)
    if reached is None or reached.value > value:
        st = standings(board)
        if reached is None and st.high is not None and st.high < value:
            text = f"No one ever had {value} {what}{as_reason(st.why())}."
            return Answer("contradicted", "never reached", text)
        lead = f"The data never shows a record of exactly {value} {what}"
        return unsettled(ctx, "not in the data", lead, st.gaps())
    firsts_ = [(s.subject, s.games.id if s.games else None) for s in reached.holders]
    evidence = board.entries(firsts_)
    before = standings(Board(ctx, tally, reached.date - _ONE_DAY))
    at_set = standings(Board(ctx, tally, reached.date))
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
        pre = standings(Board(ctx, tally, broken.date - _ONE_DAY))
        post = standings(Board(ctx, tally, broken.date))
        unsure = unsure or not (pre.high is not None and pre.high <= value < post.best)
        breakers = [(s.subject, s.games.id if s.games else None) for s in broken.holders]
        end_days = _date_range(ctx, board, breakers, broken.date)
        evidence += board.entries(breakers)
        who = join_words([ctx.label(tally, k) for k in breakers])
        if claim.broken_by is not None:
            them = ctx.subject(tally.subject, claim.broken_by)[0]
            if them not in {k[0] for k in breakers}:
                wrong.append(f"broken by {claim.broken_by} ({who} went past it)")
    else:
        now = standings(board)
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
        date_words(end_days[0])
        if end_days[0] == end_days[1]
        else f"{date_words(end_days[0])}–{date_words(end_days[1])}"
    )
    actual = f"{span} ({start} to {end})"
    firsts_words = join_words([ctx.label(tally, k) for k in firsts_])
    ended = f"until {who} went past it on {end}" if broken else f"unbroken as of {end}"
    lead = f"The record of {value} {what}, set by {firsts_words}, stood {span}, {ended}"
    least, under = claim.years_at_least, claim.years_under
    inside = (least is None or years[0] >= least) and (under is None or years[1] < under)
    outside = (least is not None and years[1] < least) or (under is not None and years[0] >= under)
    if not unsure and wrong:
        return Answer("contradicted", actual, f"{lead}; not {join_words(wrong)}.", evidence)
    if not unsure and outside:
        return Answer(
            "contradicted", actual, f"{lead}, not {_years_words(least, under)}.", evidence
        )
    if not unsure and inside:
        return Answer("supported", actual, f"{lead}.", evidence)
    lead = f"The data cannot prove how long the record of {value} {what} stood"
    gaps = tuple(dict.fromkeys([*before.gaps(), *standings(board).gaps()]))
    return unsettled(ctx, actual, lead, gaps, evidence)


def _years_words(least: int | None, under: int | None) -> str:
    if least is not None and under is not None:
        return f"{least} to under {under} years"
    if least is not None:
        return f"at least {least} years"
    return f"under {under} years"


def _date_range(
    ctx: Context, board: Board, keys: Sequence[Key], day: dt.date
) -> tuple[dt.date, dt.date]:
    """When a mark was made: that day, or any day of its Games where the events are undated."""
    entries = [
        e for k in keys for e in board.evidence.get(k, ()) if ctx.history.date_of(e.event) == day
    ]
    if entries and all(ctx.history.get_event(e.event).date is None for e in entries):
        games = ctx.history.games_of(entries[0].event)
        return (games.opened or day, games.closed or day)
    return (day, day)


def _mark_claim(t: Table, common: dict[str, Any]) -> Claim:
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


def _stood_claim(t: Table, common: dict[str, Any]) -> Claim:
    return StoodClaim(
        tally=t.tally(subject=t.subject_kind()),
        holders=t.names("holders"),
        value=t.count("value"),
        years_at_least=t.whole("years_at_least"),
        years_under=t.whole("years_under"),
        broken_by=t.text("broken_by"),
        **common,
    )


MARK = ClaimKind("mark", MarkClaim, build=_mark_claim, check=_check_mark)
"""``type = "mark"``: :class:`MarkClaim`."""
STOOD = ClaimKind("stood", StoodClaim, build=_stood_claim, check=_check_stood)
"""``type = "stood"``: :class:`StoodClaim`."""
