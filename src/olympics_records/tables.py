"""Medal tables: one row per nation, gold-first or total-first, with shared ranks.

Nation tables count **entries**, as the IOC and Olympedia do: a relay gold is one gold
for its nation, whatever the number of members.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Literal

import attrs

from olympics_records._engine.construct import unchecked
from olympics_records._engine.counts import table_of_cells, table_of_rows
from olympics_records._engine.index import index
from olympics_records._engine.public import public_dir
from olympics_records._engine.select import check_day, standing_on
from olympics_records.history import History
from olympics_records.model import Games
from olympics_records.names import fold

__all__ = ["MedalRow", "TableOrder", "medal_table"]
__dir__ = public_dir(__all__)

TableOrder = Literal["gold", "total"]
"""How a medal table is ordered: by golds first, or by total medals first."""


@attrs.frozen(kw_only=True)
class MedalRow:
    """One nation's line in a medal table.

    Example:
        >>> from olympics_records import datasets
        >>> row = medal_table(datasets.milano_cortina_2026(), "2026-winter")[0]
        >>> row.rank, row.noc, row.name, row.gold, row.silver, row.bronze, row.total
        (1, 'NOR', 'Norway', 10, 7, 8, 25)
    """

    rank: int
    """The rank; nations equal on the whole ordering share it (1, 2, 2, 4)."""
    noc: str
    """The NOC code as used at the time."""
    name: str
    """The NOC's display name."""
    gold: int
    """Gold medals: one per gold-winning entry."""
    silver: int
    """Silver medals: one per silver-winning entry."""
    bronze: int
    """Bronze medals: one per bronze-winning entry."""
    total: int
    """All medals."""


def medal_table(
    history: History,
    games: str | Games,
    *,
    order: TableOrder = "gold",
    as_of: dt.date | None = None,
) -> tuple[MedalRow, ...]:
    """The medal table of one Games edition.

    Every medal-winning entry counts once for its nation. Events with
    ``official=False`` (demonstrations, art competitions) are left out; the table of
    an unofficial Games (1906) is still given when asked for by name.

    Args:
        history: the results.
        games: the edition, as a :class:`~olympics_records.Games` or its id
            (``"2026-winter"``).
        order: ``"gold"`` ranks by golds, then silvers, then bronzes (the IOC's order);
            ``"total"`` by total medals, then golds, silvers and bronzes (the order of
            most US media).
        as_of: the table at the end of this day: only events held by then, and only
            corrections decided by then.

    Returns:
        One row per nation with at least one medal. Nations equal on the whole
        ordering share a rank and are listed by name.

    Raises:
        UnknownIdError: if the History has no such Games.
        ValueError: if ``order`` is neither ``"gold"`` nor ``"total"``.

    Example:
        >>> import datetime as dt
        >>> from olympics_records import datasets
        >>> h = datasets.milano_cortina_2026()
        >>> day_two = dt.date(2026, 2, 8)
        >>> for row in medal_table(h, "2026-winter", as_of=day_two):
        ...     print(row.rank, row.noc, row.gold, row.silver, row.bronze, row.total)
        1 FRA 1 1 0 2
        1 SWE 1 1 0 2
        3 NOR 1 0 2 3
        4 ITA 0 1 0 1
        5 GER 0 0 1 1
        >>> [(row.rank, row.noc) for row in medal_table(h, "2026-winter", order="total",
        ...                                            as_of=day_two)]
        [(1, 'NOR'), (2, 'FRA'), (2, 'SWE'), (4, 'ITA'), (5, 'GER')]
    """
    if order not in ("gold", "total"):
        raise ValueError(f"order must be 'gold' or 'total', not {order!r}")
    if isinstance(games, Games):
        games = games.id
    if not isinstance(games, str):
        raise TypeError(f"games must be a Games or a Games id, not {games!r}")
    edition = history.get_games(games)
    check_day(as_of)
    if edition.official and standing_on(history, as_of):
        golds, silvers, bronzes = table_of_cells(history, edition, as_of)
    else:
        golds, silvers, bronzes = table_of_rows(history, edition.id, as_of)

    # A nation's place in the order as one number, not a tuple, for a faster sort:
    # golds, silvers and bronzes are its digits in a base above any count (and the
    # total, for "total", the leading digit); the most medals get the lowest key.
    base = 1 + max(itertools.chain(golds.values(), silvers.values(), bronzes.values()), default=0)
    lead = base**3 if order == "total" else 0
    nocs = index(history).nocs
    rows: list[tuple[int, str, str, str, int, int, int]] = []
    for code in golds.keys() | silvers.keys() | bronzes.keys():
        gold, silver, bronze = golds.get(code, 0), silvers.get(code, 0), bronzes.get(code, 0)
        key = -((gold * base + silver) * base + bronze + (gold + silver + bronze) * lead)
        name = nocs[code].name
        rows.append((key, fold(name), code, name, gold, silver, bronze))
    rows.sort()  # the code is unique: the sort never compares past it
    table: list[MedalRow] = []
    rank = 0
    previous: int | None = None
    for position, (key, _, code, name, gold, silver, bronze) in enumerate(rows, start=1):
        if key != previous:
            rank, previous = position, key
        table.append(_new_row(rank, code, name, gold, silver, bronze, gold + silver + bronze))
    return tuple(table)


_new_row: Callable[[int, str, str, int, int, int, int], MedalRow] = unchecked(MedalRow)
"""A :class:`MedalRow` from its fields, unchecked: a book of tables makes thousands."""
