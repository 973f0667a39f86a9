"""The model of a claim: what every claim holds, and the words a claim may use."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

from olympics_records.claims._fields import a_string, optional_date
from olympics_records.errors import ValidationError
from olympics_records.model import Medal
from olympics_records.records import Scope, Tally

__all__ = ["ALL_MEDALS", "Claim", "Compare", "MarkHow", "check_games_scope"]

Compare = Literal["exactly", "at least", "at most"]
"""How a claimed count is meant: ``"11 golds"`` is exactly 11."""


MarkHow = Literal["set", "equalled", "broken", "extended"]
"""What a :class:`MarkClaim` says a holder did to a record (``"set"``: first to reach it)."""


ALL_MEDALS = (Medal.GOLD, Medal.SILVER, Medal.BRONZE)


@attrs.frozen(kw_only=True)
class Claim:
    """A statement of a report; the subclasses say what it asserts.

    Every claim keeps the sentence as printed (``text``), where it was printed
    (``source``), an ``id`` to refer to it, and the day it speaks of (``as_of``: the
    data is taken as it stood at the end of that day; ``None`` for the latest state).

    Example:
        >>> from olympics_records import Tally
        >>> from olympics_records.claims import TallyClaim
        >>> c = TallyClaim(text="Klæbo has 11 golds", subject="Klaebo", tally=Tally(), value=11)
        >>> isinstance(c, Claim), c.text
        (True, 'Klæbo has 11 golds')
    """

    text: str = attrs.field(default="", validator=a_string)
    """The sentence as printed."""
    source: str = attrs.field(default="", validator=a_string)
    """Where it was printed: a report file, a URL."""
    id: str = attrs.field(default="", validator=a_string)
    """A short name for the claim, unique within a claims file."""
    as_of: dt.date | None = attrs.field(default=None, validator=optional_date)
    """The day the claim speaks of; ``None``: the latest state of the data."""


def check_games_scope(claim: Claim, tally: Tally, games: str | None) -> None:
    per_games = tally.scope is Scope.GAMES
    if per_games and games is None:
        raise ValidationError(f"{type(claim).__name__}.games is needed for a per-Games tally")
    if not per_games and games is not None:
        raise ValidationError(
            f"{type(claim).__name__}.games must be None for a career tally, not {games!r}"
        )
