"""Aligning Games (by id) and NOCs (by code): fields one source lacks come from another."""

from __future__ import annotations

from typing import Any

import attrs

from olympics_records.history import History
from olympics_records.merging._state import MergeState
from olympics_records.names import fold

__all__ = ["absorb_games", "absorb_nocs"]


def absorb_games(state: MergeState, history: History, k: int) -> None:
    """Add history ``k``'s Games; fill fields one lacks, report those that differ."""
    for games in sorted(history.games, key=lambda g: (g.year, g.season.value)):
        known = state.games.get(games.id)
        if known is None:
            state.games[games.id] = games
            continue
        changes: dict[str, Any] = {}
        for field in ("city", "opened", "closed", "official"):
            mine, theirs = getattr(known, field), getattr(games, field)
            if mine is None and theirs is not None:
                changes[field] = theirs
            elif theirs is not None and mine != theirs:
                state.conflict(
                    field,
                    games.id,
                    f"{state.labels[k]} gives Games {games.id} {field} {theirs}, an "
                    f"earlier history {mine}; {mine} is kept",
                )
        if changes:
            try:
                state.games[games.id] = attrs.evolve(known, **changes)
            except ValueError as err:
                state.conflict("closed", games.id, f"cannot fill the Games' dates: {err}")


def absorb_nocs(state: MergeState, history: History, label: str) -> None:
    """Add the history's NOCs; report a name that differs from an earlier history's."""
    for noc in sorted(history.nocs, key=lambda n: n.code):
        known = state.nocs.get(noc.code)
        if known is None:
            state.nocs[noc.code] = noc
        elif fold(known.name) != fold(noc.name):
            state.conflict(
                "noc",
                noc.code,
                f"{label} names NOC {noc.code} {noc.name!r}, an earlier history "
                f"{known.name!r}; {known.name!r} is kept",
            )
