"""Checking a claim: :func:`check` and the checker of each claim type."""

from __future__ import annotations

from collections.abc import Iterable

from olympics_records.claims._claim import Claim
from olympics_records.claims._context import Context
from olympics_records.claims._registry import CHECKERS
from olympics_records.claims._statements import Completeness, ReportedMedalTable
from olympics_records.claims._verdict import Verdict
from olympics_records.history import History

__all__ = ["check"]


def check(
    history: History,
    claim: Claim,
    *,
    reported: ReportedMedalTable | None = None,
    completeness: Iterable[Completeness] = (),
) -> Verdict:
    """Check one claim against the data: supported, contradicted or unverifiable.

    A claim is supported only where nothing missing from the data could change the
    answer, contradicted where the data already rules it out, and otherwise
    unverifiable, with what is missing named (``docs/concepts.md`` gives the rule).

    Args:
        history: the results.
        claim: what is claimed.
        reported: medal tables as the news reported them. A :class:`MedalTableClaim`
            the loaded events cannot settle is checked against them, and the verdict's
            sources name the reports used.
        completeness: what the data holds in full beyond its coverage
            (:class:`Complete` and :class:`CompleteAbove` statements).

    Raises:
        AmbiguousNameError: a name or event in the claim matches several.
        UnknownIdError: the claim names Games that were never held.

    Example:
        >>> from olympics_records import datasets, Season, Tally
        >>> from olympics_records.claims import Complete, TallyClaim
        >>> h = datasets.milano_cortina_2026()
        >>> claim = TallyClaim(subject="Klæbo", tally=Tally(season=Season.WINTER), value=11)
        >>> check(h, claim).status
        'unverifiable'
        >>> v = check(h, claim, completeness=[Complete(
        ...     athlete="Klæbo", source="the fact sheet holds every Klæbo medal")])
        >>> v.status, v.explanation
        ('supported', 'Johannes Høsflot Klæbo has 11 career Winter Olympic golds.')
    """
    if not isinstance(history, History):
        raise TypeError(f"history must be a History, not {history!r}")
    checker = CHECKERS.get(type(claim))
    if checker is None:
        raise TypeError(f"claim must be one of the claim classes, not {claim!r}")
    if reported is not None and not isinstance(reported, ReportedMedalTable):
        raise TypeError(f"reported must be a ReportedMedalTable or None, not {reported!r}")
    ctx = Context(history, completeness, reported)
    answer = checker(ctx, claim)
    return Verdict(
        claim=claim,
        status=answer.status,
        actual=answer.actual,
        explanation=answer.explanation,
        evidence=answer.evidence,
        missing=answer.missing if answer.status == "unverifiable" else (),
        sources=tuple(ctx.used),
    )
