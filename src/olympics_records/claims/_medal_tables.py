"""Claims on a medal-table figure, checked against the events or reported tables."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from olympics_records._engine.index import index as history_index
from olympics_records._engine.select import results_as_of
from olympics_records.claims._claim import ALL_MEDALS, Claim
from olympics_records.claims._context import Context
from olympics_records.claims._fields import a_name, a_noc, one_of, optional_whole
from olympics_records.claims._kind import ClaimKind
from olympics_records.claims._toml import Table
from olympics_records.claims._verdict import Answer, Status, unsettled
from olympics_records.claims._words import as_of_words, join_words
from olympics_records.model import Entry
from olympics_records.records import Subject, Tally
from olympics_records.tables import medal_table

__all__ = ["MEDAL_TABLE", "MedalTableClaim"]


@attrs.frozen(kw_only=True)
class MedalTableClaim(Claim):
    """A medal-table figure: "Norway, 18 golds and 40 medals as of 21 February".

    Figures left ``None`` are not claimed. ``rank`` is the nation's place in the table
    ordered by ``order`` (``"gold"`` first or ``"total"`` first).

    Example:
        >>> import datetime as dt
        >>> from olympics_records import datasets
        >>> from olympics_records.claims import check
        >>> h = datasets.milano_cortina_2026()
        >>> c = MedalTableClaim(noc="NOR", games="2026-winter", gold=18, total=40,
        ...                     as_of=dt.date(2026, 2, 21))
        >>> check(h, c).status
        'unverifiable'
    """

    noc: str = attrs.field(validator=a_noc)
    """The nation."""
    games: str = attrs.field(validator=a_name)
    """The Games id."""
    gold: int | None = attrs.field(default=None, validator=optional_whole(0))
    """Golds."""
    silver: int | None = attrs.field(default=None, validator=optional_whole(0))
    """Silvers."""
    bronze: int | None = attrs.field(default=None, validator=optional_whole(0))
    """Bronzes."""
    total: int | None = attrs.field(default=None, validator=optional_whole(0))
    """All medals."""
    rank: int | None = attrs.field(default=None, validator=optional_whole(1))
    """The place in the table."""
    order: Literal["gold", "total"] = attrs.field(default="gold", validator=one_of("gold", "total"))
    """How the table behind ``rank`` is ordered."""


_ORDER: dict[str, Literal["gold", "total"]] = {"gold": "gold", "total": "total"}


_FIGURES = ("gold", "silver", "bronze", "total")


def _check_table(ctx: Context, claim: Claim) -> Answer:
    assert isinstance(claim, MedalTableClaim)
    games = ctx.games(claim.games)
    nation = ctx.noc_name(claim.noc)
    when = as_of_words(claim.as_of)
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
        text = f"The data alone gives {nation} {join_words(over)}{when}, more than claimed."
        return Answer("contradicted", figures, text, evidence)
    every_nation, _ = ctx.events_complete(games.id, discipline=None, gender=None)
    portion = Tally(subject=Subject.NOC, medals=ALL_MEDALS, season=games.season)
    done, source = (True, None) if every_nation else ctx.complete_for(games.id, portion, claim.noc)
    if done and (claim.rank is None or every_nation):
        if source:
            ctx.note(source)
        stated = join_words([f"{loaded[f]} {f}" for f in claimed]) or figures
        rank = f", ranked {row.rank if row else 'nowhere'}" if claim.rank is not None else ""
        wrong = any(loaded[f] != v for f, v in claimed.items()) or (
            claim.rank is not None and (row is None or row.rank != claim.rank)
        )
        status: Status = "contradicted" if wrong else "supported"
        return Answer(status, figures, f"{nation} had {stated}{rank}{when}.", evidence)
    if ctx.reported is not None and claimed and claim.as_of is not None:
        return _against_reported(
            ctx, claim, nation=nation, loaded=loaded, claimed=claimed, evidence=evidence
        )
    lead = f"The loaded events give {nation} only {figures}{when}, which cannot settle the claim"
    answer = unsettled(ctx, figures, lead, [games.id], evidence)
    if claim.rank is None:
        return answer
    text = answer.explanation
    if ctx.reported is not None:
        text = text.removesuffix(".") + ", and reported tables list only some nations."
    missing = (*answer.missing, "every nation's medals")
    return attrs.evolve(answer, explanation=text, missing=missing)


def _against_reported(
    ctx: Context,
    claim: MedalTableClaim,
    *,
    nation: str,
    loaded: Mapping[str, int],
    claimed: Mapping[str, int],
    evidence: tuple[Entry, ...],
) -> Answer:
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
    sources = join_words(list(dict.fromkeys(r.source for r in rows)))
    when = as_of_words(claim.as_of)
    if disagree and not split:
        text = f"As reported by {sources}, {nation} had {join_words(disagree)}{when}."
        return Answer("contradicted", actual, text, evidence)
    if split or unknown:
        problems = [f"reports disagree on {s}" for s in split]
        problems += [f"no report gives the {u}" for u in unknown]
        text = (
            f"The loaded events give {nation} only {', '.join(f'{loaded[f]} {f}' for f in _FIGURES)}"  # noqa: E501
            f"{when}, and {join_words(problems)}."
        )
        return Answer("unverifiable", actual, text, evidence, tuple(problems))
    text = (
        f"{nation} had {join_words(agree)}{when}, as reported by {sources} (the loaded events "
        "cover only part of the Games)."
    )
    return Answer("supported", actual, text, evidence)


def _table_claim(t: Table, common: dict[str, Any]) -> Claim:
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


MEDAL_TABLE = ClaimKind("medal_table", MedalTableClaim, build=_table_claim, check=_check_table)
"""``type = "medal_table"``: :class:`MedalTableClaim`."""
