"""Every type of claim, in the order claims files list them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from olympics_records.claims._claim import Claim
from olympics_records.claims._context import Context
from olympics_records.claims._events import RESULT, SWEEP, WON_ALL
from olympics_records.claims._firsts import FIRST
from olympics_records.claims._kind import ClaimKind
from olympics_records.claims._marks import MARK, STOOD
from olympics_records.claims._medal_tables import MEDAL_TABLE
from olympics_records.claims._tallies import RANK, RECORD, TALLY
from olympics_records.claims._toml import Table
from olympics_records.claims._verdict import Answer

__all__ = ["BUILDERS", "CHECKERS", "KINDS"]

KINDS: tuple[ClaimKind, ...] = (
    TALLY, RECORD, MARK, STOOD, RANK, SWEEP, WON_ALL, FIRST, RESULT, MEDAL_TABLE,
)  # fmt: skip
"""Every type of claim."""
CHECKERS: dict[type[Claim], Callable[[Context, Claim], Answer]] = {k.cls: k.check for k in KINDS}
"""The checker of each claim class."""
BUILDERS: dict[str, Callable[[Table, dict[str, Any]], Claim]] = {k.name: k.build for k in KINDS}
"""The builder of each ``type`` of ``[[claim]]`` table."""
