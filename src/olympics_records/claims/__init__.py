"""Fact-checking: the claims reports make, checked against a History.

A :class:`Claim` is one statement of a report in structured form: a count, a record and
its holders, a record broken, how long a record stood, a rank, a podium sweep, every
event of a discipline won, a nation's first medal, a single result, a medal-table
figure. :func:`check` returns a :class:`Verdict`: ``"supported"``, ``"contradicted"``
(with the true figure) or ``"unverifiable"`` (with the data that is missing), a sentence
a journalist can paste, and the entries counted. What partial data can settle, and how
athletes are named, is told in ``docs/concepts.md`` ("Fact-checking claims").

Example:
    >>> from olympics_records import datasets, Season, Tally
    >>> h = datasets.milano_cortina_2026()
    >>> v = check(h, TallyClaim(subject="Klaebo", tally=Tally(season=Season.WINTER), value=6))
    >>> v.status, v.actual
    ('contradicted', 'at least 11')
"""

from olympics_records._engine.public import public_dir
from olympics_records.claims import _claim, _statements, _verdict
from olympics_records.claims._check import check
from olympics_records.claims._claim import Claim
from olympics_records.claims._events import ResultClaim, SweepClaim, WonAllClaim
from olympics_records.claims._firsts import FirstClaim
from olympics_records.claims._load import load_claims, load_completeness, read_reported_medal_table
from olympics_records.claims._marks import MarkClaim, StoodClaim
from olympics_records.claims._medal_tables import MedalTableClaim
from olympics_records.claims._statements import (
    Complete,
    CompleteAbove,
    ReportedMedalRow,
    ReportedMedalTable,
)
from olympics_records.claims._tallies import RankClaim, RecordClaim, TallyClaim
from olympics_records.claims._verdict import Verdict

# The type aliases, named here with their docstrings for the API reference.
Compare = _claim.Compare
"""How a claimed count is meant: ``"11 golds"`` is exactly 11."""
Completeness = _statements.Completeness
"""A statement of what the data holds in full: :class:`Complete` or :class:`CompleteAbove`."""
MarkHow = _claim.MarkHow
"""What a :class:`MarkClaim` says a holder did to a record (``"set"``: first to reach it)."""
Status = _verdict.Status
"""A verdict's answer."""

__all__ = [
    "Claim",
    "Compare",
    "Complete",
    "CompleteAbove",
    "Completeness",
    "FirstClaim",
    "MarkClaim",
    "MarkHow",
    "MedalTableClaim",
    "RankClaim",
    "RecordClaim",
    "ReportedMedalRow",
    "ReportedMedalTable",
    "ResultClaim",
    "Status",
    "StoodClaim",
    "SweepClaim",
    "TallyClaim",
    "Verdict",
    "WonAllClaim",
    "check",
    "load_claims",
    "load_completeness",
    "read_reported_medal_table",
]
__dir__ = public_dir(__all__)
