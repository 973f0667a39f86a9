"""The answer to a claim: the public Verdict, and the Answer each checker gives."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import attrs

from olympics_records.claims._claim import Claim
from olympics_records.claims._context import Context
from olympics_records.model import Entry

__all__ = ["Answer", "Status", "Verdict", "unsettled"]

Status = Literal["supported", "contradicted", "unverifiable"]
"""A verdict's answer."""


@attrs.frozen(kw_only=True)
class Verdict:
    """The answer to one claim.

    Example:
        >>> from olympics_records import datasets, Gender
        >>> from olympics_records.claims import SweepClaim, check
        >>> h = datasets.milano_cortina_2026()
        >>> v = check(h, SweepClaim(noc="NOR", games="2026-winter", event="50km Mass Start",
        ...                         gender=Gender.MEN))
        >>> v.status, v.actual, len(v.evidence)
        ('supported', 'NOR, NOR, NOR', 3)
        >>> v.explanation
        "Norway won gold, silver and bronze in Men's 50km Mass Start Classic."
    """

    claim: Claim
    """The claim checked."""
    status: Status
    """``"supported"``, ``"contradicted"`` or ``"unverifiable"``."""
    actual: str
    """What the data says: the true figure or holder (a bound where only that is known)."""
    explanation: str
    """One sentence a journalist can paste."""
    evidence: tuple[Entry, ...] = ()
    """The entries counted."""
    missing: tuple[str, ...] = ()
    """What data would settle an unverifiable claim (empty otherwise)."""
    sources: tuple[str, ...] = ()
    """The completeness statements and reported tables the verdict relied on."""


@attrs.frozen
class Answer:
    status: Status
    actual: str
    explanation: str
    evidence: tuple[Entry, ...] = ()
    missing: tuple[str, ...] = ()


def unsettled(
    ctx: Context, actual: str, lead: str, gaps: Iterable[str], evidence: tuple[Entry, ...] = ()
) -> Answer:
    """An unverifiable answer: ``lead`` (what the data shows) and what is missing."""
    gaps = tuple(gaps)
    text = f"{lead}: {ctx.gap_sentence(gaps)}."
    return Answer("unverifiable", actual, text, evidence, ctx.gap_phrases(gaps))
