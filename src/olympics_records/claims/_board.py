"""Bounds on counts: what the data says of each count of one tally on one day."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping

import attrs

from olympics_records.claims._context import MEMBERS, Context, covers_entry, same_name
from olympics_records.claims._facts import Key, most_hidden
from olympics_records.claims._statements import CompleteAbove
from olympics_records.model import Entry, Games, Season
from olympics_records.nocs import MIXED_TEAMS as _MIXED_TEAMS
from olympics_records.records import Scope, Subject, Tally

__all__ = ["Board", "Bound", "Standings", "amount_words", "standings"]


@attrs.frozen
class Bound:
    """What the data says of one count: at least ``low``, at most ``high`` (None: open)."""

    low: int
    high: int | None
    gaps: tuple[str, ...] = ()
    """The Games ids whose missing data keeps the count from being exact (prefixed with
    ``MEMBERS`` where it is team members that are missing)."""
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


_PLURAL = re.compile(r"\b(gold|silver|bronze|medal)s\b")


def amount_words(bound: Bound, what: str) -> str:
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


def _covers(wide: Tally, narrow: Tally) -> bool:
    """Whether every medal ``narrow`` counts for a subject is also counted by ``wide``."""
    return (
        wide.subject is narrow.subject
        and wide.scope is narrow.scope
        and set(narrow.medals) <= set(wide.medals)
        and (wide.season is None or wide.season is narrow.season)
        and (wide.kind is None or wide.kind is narrow.kind)
        and (wide.gender is None or wide.gender is narrow.gender)
        and (wide.sport is None or same_name(wide.sport, narrow.sport))
        and (wide.discipline is None or same_name(wide.discipline, narrow.discipline))
    )


class Board:
    """One tally counted at the end of one day, and what the data can say of each count."""

    def __init__(self, ctx: Context, tally: Tally, day: dt.date | None) -> None:
        self.ctx = ctx
        self.tally = tally
        self.day = day
        self.counted = ctx.facts.counted(ctx.history, tally, day)
        self.counts = self.counted.counts
        self.evidence = self.counted.evidence
        self._portions = {s: attrs.evolve(tally, season=s) for s in self.seasons()}

    def seasons(self) -> tuple[Season, ...]:
        return (self.tally.season,) if self.tally.season else (Season.WINTER, Season.SUMMER)

    def bound(self, key: Key) -> Bound:
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
        return Bound(low, high, tuple(gaps), "; ".join(why))

    def _part(
        self, key: Key, season: Season, span: tuple[Games, ...], loaded: int
    ) -> tuple[int | None, list[str], str]:
        portion = self._portions[season]
        missing, used = self.ctx.span_complete(portion, span, key[0])
        if not missing:
            for source in used:
                self.ctx.note(source)
            hidden = self._hidden(key[0], span)
            extra = sum(n for _, n in hidden)
            return loaded + extra, [MEMBERS + g for g, _ in hidden], ""
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

        ``docs/concepts.md`` gives the rule ("Team medals whose members are not all known").
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
                covering = next((s for s in own if covers_entry(s, entry, event)), None)
                if covering is None:
                    kept.setdefault(entry.noc, set()).add(event.id)
                elif event.id not in events and (
                    not nocs or entry.noc in nocs or entry.noc in _MIXED_TEAMS
                ):
                    ctx.note(covering.describe())
            teams = kept
        return most_hidden(teams, nocs, events)

    def other(self) -> Bound:
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
        return Bound(0, high, tuple(gaps), "; ".join(why))

    def keys_of(self, subject: str | None) -> list[Key]:
        """The keys of one subject (every loaded Games of theirs, if per Games)."""
        if subject is None:
            return []
        if self.tally.scope is Scope.CAREER:
            return [(subject, None)]
        return sorted((k for k in self.counts if k[0] == subject), key=str)

    def entries(self, keys: Iterable[Key]) -> tuple[Entry, ...]:
        chosen: dict[int, Entry] = {}
        for key in keys:
            for entry in self.evidence.get(key, ()):
                chosen.setdefault(id(entry), entry)
        return tuple(chosen.values())


@attrs.frozen
class Standings:
    """The bound of every count a board loaded, and of everyone else."""

    board: Board
    bounds: Mapping[Key, Bound]
    other: Bound | None
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

    def holders(self) -> list[Key]:
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

    def of(self, subject: str | None) -> Bound:
        """The best count a subject can have had on this list (at any Games)."""
        board = self.board
        if board.tally.scope is Scope.CAREER:
            return self.bounds.get((subject, None)) or board.bound((subject, None))
        bounds = [b for k, b in self.bounds.items() if k[0] == subject and subject is not None]
        highs = [b.high for b in bounds]
        if self.other is not None:
            highs.append(self.other.high)  # their Games with nothing loaded
        high = None if None in highs else max((h or 0 for h in highs), default=0)
        return Bound(max((b.low for b in bounds), default=0), high)


def standings(board: Board, within: str | None = None) -> Standings:
    if within is not None:
        spans = [g for s in board.seasons() for g in board.ctx.span(s, board.day)]
        return Standings(board, {(within, g.id): board.bound((within, g.id)) for g in spans}, None)
    bounds = {k: board.bound(k) for k in sorted(board.counts, key=str)}
    return Standings(board, bounds, board.other())
