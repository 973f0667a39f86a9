"""Completeness statements: what they settle, and the athletes they name."""

from __future__ import annotations

import attrs
import pytest

from claims_world import GOLDS, H, status
from olympics_records.claims import Complete, TallyClaim, check
from olympics_records.errors import AmbiguousNameError


def test_a_complete_statement_for_an_athlete_settles_a_career() -> None:
    claim = TallyClaim(subject="anna", tally=GOLDS, value=6)
    assert status(claim) == "unverifiable"
    statement = Complete(athlete="Anna Alpha", source="test: every medal of Anna")
    v = check(H, claim, completeness=[statement])
    assert v.status == "supported"
    assert v.sources == (statement.describe(),)


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("Anna Alpha", "supported"),
        ("ALPHA Anna", "supported"),
        ("anna", "supported"),  # this History's id
        ("anna-alpha", "supported"),  # another source's slug of the name
        ("anna-alpha-2", "supported"),
        ("NOR:alpha-anna", "supported"),  # OlympAnalyt's NOC-scoped name key
        ("SWE:alpha-anna", "unverifiable"),  # Anna competed for Norway
        ("Nobody Known", "unverifiable"),
    ],
)
def test_statements_find_their_athlete_by_any_spelling_or_source_id(name: str, status: str) -> None:
    """Ids differ between sources (a merged History keeps the first one's), names do not."""
    claim = TallyClaim(subject="Anna Alpha", tally=GOLDS, value=6)
    v = check(H, claim, completeness=[Complete(athlete=name, source="test: every medal")])
    assert v.status == status
    # Claims find their subject the same way.
    named = check(H, attrs.evolve(claim, subject=name)).actual
    assert named == ("at least 6" if status == "supported" else "none in the data")


def test_a_statement_with_an_ambiguous_name_raises() -> None:
    claim = TallyClaim(subject="anna", tally=GOLDS, value=6)
    for _ in range(2):  # the answer is kept for the History, the error too
        with pytest.raises(AmbiguousNameError, match="'E' matches 2 athletes"):
            check(H, claim, completeness=[Complete(athlete="E", source="test")])
