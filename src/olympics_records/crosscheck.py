"""Cross-checking medal tables against a reference tally (Olympedia's), row by row.

:func:`compare_tally` computes the medal table of every Games the reference covers
(from a given year on) and compares each Games × NOC row. Every difference gets the
best explanation the data supports, tried in this order:

- the History has no results of those Games at all;
- the NOC code differs but the nation's lineage (:func:`olympics_records.nocs.lineage`)
  has the same medals (``OAR`` where the reference writes ``ROC``; ``GER`` for ``EUA``);
- medals of mixed teams (``MIX``/``ZZX``/``XXB``) that one side credits to a nation;
- medals of a part of the edition held apart that the History lacks (the 1956
  equestrian events, held in Stockholm);
- medals of events the History marks unofficial (art competitions, demonstrations);
- given other sources (``others``): an event another source has and the History
  lacks; a tie one source shows and the other not; or a podium the sources disagree
  on where another source agrees with the reference — a medal reallocated after a
  doping case, which the History still lists as first awarded;
- otherwise ``"unexplained"``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from olympics_records import nocs as noc_registry
from olympics_records._engine.places import MEDAL_INDEX
from olympics_records._engine.public import public_dir
from olympics_records.history import History
from olympics_records.merging import merge_report
from olympics_records.model import Entry, Medal
from olympics_records.nocs import MIXED_TEAMS as _MIXED_TEAMS
from olympics_records.tables import medal_table

if TYPE_CHECKING:  # the reader's type, in annotations only: no IO package at run time
    from olympics_records.datasets.olympedia import ReferenceTally

__all__ = [
    "EXPLANATIONS",
    "MISSING_EVENT",
    "MISSING_GAMES",
    "MISSING_PART",
    "MIXED_TEAM",
    "NOC_LINEAGE",
    "REALLOCATED",
    "TIE",
    "UNEXPLAINED",
    "UNOFFICIAL",
    "TallyComparison",
    "TallyDifference",
    "compare_tally",
]
__dir__ = public_dir(__all__)

MISSING_GAMES = "the History has no results of these Games"
NOC_LINEAGE = "NOC code differs (lineage)"
MIXED_TEAM = "mixed team (MIX/ZZX) medals"
MISSING_PART = "a part of the edition held apart is missing (1956 equestrian, Stockholm)"
UNOFFICIAL = "unofficial/art events"
MISSING_EVENT = "an event missing from the History (another source has it)"
TIE = "tie or shared bronze"
REALLOCATED = "a medal reallocated after doping (the source lists the original)"
UNEXPLAINED = "unexplained"
EXPLANATIONS = (
    MISSING_GAMES,
    NOC_LINEAGE,
    MIXED_TEAM,
    MISSING_PART,
    UNOFFICIAL,
    MISSING_EVENT,
    TIE,
    REALLOCATED,
    UNEXPLAINED,
)
"""Every explanation :func:`compare_tally` gives, in the order they are tried."""

_Counts = tuple[int, int, int]


@attrs.frozen(kw_only=True)
class TallyDifference:
    """One Games × NOC row where the History's medal table and the reference differ.

    Example:
        >>> d = TallyDifference(games="2018-winter", noc="OAR", computed=(2, 6, 9),
        ...                     reference=None, explanation=NOC_LINEAGE)
        >>> d.computed_total, d.reference_total
        (17, 0)
    """

    games: str
    """The :attr:`~olympics_records.Games.id`."""
    noc: str
    """The NOC code of the row."""
    computed: _Counts | None
    """Gold, silver and bronze from the History's table; ``None``: no row there."""
    reference: _Counts | None
    """Gold, silver and bronze from the reference; ``None``: no row there."""
    explanation: str
    """The best explanation found (one of :data:`EXPLANATIONS`)."""

    @property
    def computed_total(self) -> int:
        """All medals of the History's row (0 without a row)."""
        return sum(self.computed or ())

    @property
    def reference_total(self) -> int:
        """All medals of the reference's row (0 without a row)."""
        return sum(self.reference or ())


@attrs.frozen(kw_only=True)
class TallyComparison:
    """How a History's medal tables compare with a reference tally.

    Example:
        >>> c = TallyComparison(rows=4, agreeing=3, differences=(
        ...     TallyDifference(games="2018-winter", noc="OAR", computed=(2, 6, 9),
        ...                     reference=None, explanation=NOC_LINEAGE),))
        >>> c.rate, c.by_explanation()
        (0.75, {'NOC code differs (lineage)': 1})
    """

    rows: int
    """The Games × NOC rows compared (a NOC in either table counts once)."""
    agreeing: int
    """The rows whose gold, silver and bronze are all equal."""
    differences: tuple[TallyDifference, ...]
    """Every row that differs, by Games (in the reference's order) and NOC."""

    @property
    def rate(self) -> float:
        """The share of rows that agree (1.0 when there is nothing to compare)."""
        return self.agreeing / self.rows if self.rows else 1.0

    def by_explanation(self) -> dict[str, int]:
        """How many differences each explanation has, in the order of :data:`EXPLANATIONS`."""
        counts = Counter(d.explanation for d in self.differences)
        return {e: counts[e] for e in EXPLANATIONS if counts[e]}


def compare_tally(
    history: History,
    reference: ReferenceTally,
    *,
    since: int = 1956,
    others: Sequence[History] = (),
) -> TallyComparison:
    """Compare the History's medal table of each Games with the reference, row by row.

    Args:
        history: the results whose tables are checked.
        reference: the reference tally (:func:`~olympics_records.datasets.read_olympedia_tally`).
        since: only Games of this year and later (early Games are known to differ:
            mixed teams, art competitions).
        others: other sources of the same Games, used only to explain differences
            (a medal another source shows as reallocated, a tie, an event missing).

    Returns:
        The number of rows compared, those that agree, and every difference with its
        explanation.

    Example:
        >>> from olympics_records import (Entry, Event, EventKind, Games, Gender, History,
        ...                               Medal, Noc, Season)
        >>> from olympics_records.datasets import ReferenceTally, TallyRow
        >>> games = Games(year=2018, season=Season.WINTER, city="PyeongChang")
        >>> h = History(
        ...     games=[games], athletes=[],
        ...     events=[Event(id="2018-winter/hockey/men/ice-hockey", games=games.id,
        ...                   sport="Ice Hockey", discipline="Ice Hockey", name="Ice Hockey",
        ...                   gender=Gender.MEN, kind=EventKind.TEAM)],
        ...     entries=[Entry(event="2018-winter/hockey/men/ice-hockey", noc=noc,
        ...                    place=m.place, medal=m, complete=False)
        ...              for noc, m in [("OAR", Medal.GOLD), ("GER", Medal.SILVER),
        ...                             ("CAN", Medal.BRONZE)]],
        ...     nocs=[Noc(code=c, name=c) for c in ("CAN", "GER", "OAR")])
        >>> olympedia = ReferenceTally(rows=(
        ...     TallyRow("2018-winter", "2018 Winter Olympics", "ROC", "ROC", 1, 0, 0, 1),
        ...     TallyRow("2018-winter", "2018 Winter Olympics", "GER", "Germany", 0, 1, 0, 1),
        ...     TallyRow("2018-winter", "2018 Winter Olympics", "CAN", "Canada", 0, 0, 1, 1)))
        >>> result = compare_tally(h, olympedia)
        >>> result.rows, result.agreeing, f"{result.rate:.0%}"
        (4, 2, '50%')
        >>> [(d.noc, d.explanation) for d in result.differences]
        [('OAR', 'NOC code differs (lineage)'), ('ROC', 'NOC code differs (lineage)')]
    """
    known = {g.id for g in history.games}
    explainer = _Explainer(history, reference, others)
    rows = agreeing = 0
    differences: list[TallyDifference] = []
    for games_id in reference.games:
        if int(games_id[:4]) < since:
            continue
        computed = _table(history, games_id) if games_id in known else {}
        expected = {r.noc: (r.gold, r.silver, r.bronze) for r in reference.for_games(games_id)}
        for noc in sorted(computed.keys() | expected.keys()):
            rows += 1
            mine, theirs = computed.get(noc), expected.get(noc)
            if mine == theirs:
                agreeing += 1
                continue
            differences.append(
                TallyDifference(
                    games=games_id,
                    noc=noc,
                    computed=mine,
                    reference=theirs,
                    explanation=explainer.explain(games_id, noc, computed, expected),
                )
            )
    return TallyComparison(rows=rows, agreeing=agreeing, differences=tuple(differences))


def _table(history: History, games_id: str) -> dict[str, _Counts]:
    return {r.noc: (r.gold, r.silver, r.bronze) for r in medal_table(history, games_id)}


def _minus(a: _Counts | None, b: _Counts | None) -> _Counts:
    x, y = a or (0, 0, 0), b or (0, 0, 0)
    return (x[0] - y[0], x[1] - y[1], x[2] - y[2])


def _family(code: str) -> tuple[str, ...]:
    return noc_registry.lineage(code) if noc_registry.is_known(code) else (code,)


class _Explainer:
    def __init__(
        self, history: History, reference: ReferenceTally, others: Sequence[History]
    ) -> None:
        self.history = history
        self.reference = reference
        self.others = list(others)
        self._known = {g.id for g in history.games}
        self._aligned: list[dict[str, str]] | None = None
        self._other_tables: dict[tuple[int, str], dict[str, _Counts]] = {}

    def explain(
        self,
        games_id: str,
        noc: str,
        computed: dict[str, _Counts],
        expected: dict[str, _Counts],
    ) -> str:
        if games_id not in self._known:
            return MISSING_GAMES
        gap = _minus(expected.get(noc), computed.get(noc))
        family = _family(noc)
        if len(family) > 1:
            mine = (0, 0, 0)
            theirs = (0, 0, 0)
            for code in family:
                mine = _minus(mine, _minus((0, 0, 0), computed.get(code)))
                theirs = _minus(theirs, _minus((0, 0, 0), expected.get(code)))
            if mine == theirs:
                return NOC_LINEAGE
        if self._mixed(noc, gap, computed, expected):
            return MIXED_TEAM
        if self._part(games_id, noc, gap):
            return MISSING_PART
        if gap == self._unofficial(games_id, noc):
            return UNOFFICIAL
        return self._from_others(games_id, noc, expected.get(noc), computed.get(noc))

    def _mixed(
        self, noc: str, gap: _Counts, computed: dict[str, _Counts], expected: dict[str, _Counts]
    ) -> bool:
        if noc in _MIXED_TEAMS:
            return True
        pool = [0, 0, 0]
        for code in _MIXED_TEAMS:
            for counts in (computed.get(code), expected.get(code)):
                for i, n in enumerate(counts or ()):
                    pool[i] += n
        return any(pool) and all(abs(g) <= p for g, p in zip(gap, pool, strict=True))

    def _part(self, games_id: str, noc: str, gap: _Counts) -> bool:
        # The reference adds separately held parts to their Games (1956 Equestrian in
        # Stockholm): the gap is exactly such a part's row.
        editions = [r for r in self.reference.rows if r.games == games_id]
        main = Counter(r.edition for r in editions).most_common(1)
        if not main:
            return False
        return any(
            r.edition != main[0][0] and r.noc == noc and (r.gold, r.silver, r.bronze) == gap
            for r in editions
        )

    def _unofficial(self, games_id: str, noc: str) -> _Counts:
        counts = [0, 0, 0]
        for entry in self.history.entries_of_games(games_id):
            if (
                entry.noc == noc
                and entry.medal is not None
                and not self.history.get_event(entry.event).official
            ):
                counts[MEDAL_INDEX[entry.medal]] += 1
        return (counts[0], counts[1], counts[2])

    def _from_others(
        self, games_id: str, noc: str, expected: _Counts | None, computed: _Counts | None
    ) -> str:
        if not self.others:
            return UNEXPLAINED
        aligned = self._alignments()
        family = set(_family(noc))
        for position, other in enumerate(self.others):
            if games_id not in {g.id for g in other.games}:
                continue
            table = self._other_tables.get((position, games_id))
            if table is None:
                table = self._other_tables[(position, games_id)] = _table(other, games_id)
            links = aligned[position]
            found: str | None = None
            for event in other.events:
                if event.games != games_id or not event.official:
                    continue
                theirs = [e for e in other.entries_of_event(event.id) if e.medal is not None]
                target = links.get(event.id)
                if target is None:
                    if any(e.noc in family for e in theirs):
                        found = found or MISSING_EVENT
                    continue
                mine = [e for e in self.history.entries_of_event(target) if e.medal is not None]
                if not any(e.noc in family for e in [*mine, *theirs]):
                    continue
                podium_mine = Counter((e.medal, e.noc) for e in mine)
                podium_theirs = Counter((e.medal, e.noc) for e in theirs)
                if podium_mine == podium_theirs:
                    continue
                if _has_tie(mine) != _has_tie(theirs):
                    return TIE
                # The other source moves this nation's medals the way the reference
                # does: the podium was changed after the Games, and the History shows
                # it as first awarded.
                shift = _minus(_counts(theirs, family), _counts(mine, family))
                toward = _minus(expected, computed)
                if table.get(noc) == expected or any(
                    s * g > 0 for s, g in zip(shift, toward, strict=True)
                ):
                    found = REALLOCATED
            if found is not None:
                return found
        return UNEXPLAINED

    def _alignments(self) -> list[dict[str, str]]:
        if self._aligned is None:
            self._aligned = []
            for other in self.others:
                report = merge_report(self.history, other, labels=["history", "other"])
                self._aligned.append({link.event: link.merged for link in report.events})
        return self._aligned


def _counts(entries: Sequence[Entry], family: set[str]) -> _Counts:
    counts = [0, 0, 0]
    for entry in entries:
        if entry.medal is not None and entry.noc in family:
            counts[MEDAL_INDEX[entry.medal]] += 1
    return (counts[0], counts[1], counts[2])


def _has_tie(entries: Sequence[object]) -> bool:
    """Whether one medal goes to several entries (a tie, or a second bronze)."""
    counts: dict[Medal, int] = defaultdict(int)
    for entry in entries:
        medal = getattr(entry, "medal", None)
        if isinstance(medal, Medal):
            counts[medal] += 1
    return any(n > 1 for n in counts.values())
