"""The fields of claims and statements: bad values are refused at once."""

from __future__ import annotations

import pytest

from claims_world import GAMES_GOLDS, GOLD, GOLDS
from olympics_records.claims import (
    Complete,
    CompleteAbove,
    MarkClaim,
    ResultClaim,
    SweepClaim,
    TallyClaim,
)
from olympics_records.errors import ValidationError


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: TallyClaim(subject="a", tally=GAMES_GOLDS, value=1), "games is needed"),
        (lambda: TallyClaim(subject="a", tally=GOLDS, value=1, games="2018-winter"), "career"),
        (lambda: TallyClaim(subject="a", tally=GOLDS, value=-1), "TallyClaim.value"),
        (lambda: TallyClaim(subject="a", tally=GOLDS, value=1, compare="about"), "compare"),  # type: ignore[arg-type]
        (lambda: MarkClaim(tally=GOLDS, holder="a", how="smashed"), "MarkClaim.how"),  # type: ignore[arg-type]
        (lambda: ResultClaim(medal=GOLD, games="x", event="y"), "athletes or a noc"),
        (lambda: SweepClaim(noc="nor", games="x", event="y"), "SweepClaim.noc"),
        (lambda: Complete(source=""), "Complete.source"),
        (lambda: CompleteAbove(tally=GOLDS, at_least=0, source="s"), "at_least"),
    ],
)
def test_claims_reject_bad_values(make: object, message: str) -> None:
    assert callable(make)
    with pytest.raises(ValidationError, match=message):
        make()
