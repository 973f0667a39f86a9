"""Claims on counts: tallies, records and their holders, ranks."""

from __future__ import annotations

import datetime as dt

import attrs

from claims_world import ALL_NOR, G18, G22, GAMES_GOLDS, GOLDS, TOP_CAREER, TOP_GAMES, H, W, status
from olympics_records.claims import RankClaim, RecordClaim, TallyClaim, check
from olympics_records.records import Scope, Subject, Tally


def test_tally_supported_where_the_games_is_complete() -> None:
    claim = TallyClaim(subject="Anna Alpha", tally=GAMES_GOLDS, games=G18.id, value=3)
    v = check(H, claim)
    assert (v.status, v.actual) == ("supported", "3")
    assert v.explanation == "Anna Alpha has 3 golds at PyeongChang 2018."
    assert len(v.evidence) == 3
    assert v.missing == ()


def test_tally_contradicted_by_an_exact_count_and_by_a_lower_bound() -> None:
    assert status(TallyClaim(subject="anna", tally=GAMES_GOLDS, games=G18.id, value=2)) == (
        "contradicted"
    )
    # Career data is partial, but 6 golds are loaded: "2 golds" is wrong whatever is missing.
    v = check(H, TallyClaim(subject="anna", tally=GOLDS, value=2))
    assert (v.status, v.actual) == ("contradicted", "at least 6")
    assert "more than 2" in v.explanation


def test_tally_unverifiable_names_the_partial_games() -> None:
    v = check(H, TallyClaim(subject="anna", tally=GAMES_GOLDS, games=G22.id, value=1))
    assert (v.status, v.actual) == ("unverifiable", "at least 1")
    assert v.missing == ("Beijing 2022 is only partly loaded",)


def test_tally_compare_at_least_and_at_most() -> None:
    assert status(TallyClaim(subject="anna", tally=GOLDS, value=4, compare="at least")) == (
        "supported"
    )
    assert status(TallyClaim(subject="anna", tally=GOLDS, value=4, compare="at most")) == (
        "contradicted"
    )
    assert status(TallyClaim(subject="anna", tally=GOLDS, value=9, compare="at most")) == (
        "unverifiable"
    )


def test_tally_as_of_a_day_counts_what_was_won_by_then() -> None:
    claim = TallyClaim(
        subject="anna", tally=GAMES_GOLDS, games=G18.id, value=2, as_of=dt.date(2018, 2, 15)
    )
    v = check(H, claim)
    assert (v.status, v.explanation) == (
        "supported",
        "Anna Alpha had 2 golds at PyeongChang 2018 as of 15 February 2018.",
    )


def test_nation_tally() -> None:
    nations = Tally(subject=Subject.NOC, scope=Scope.GAMES, season=W)
    assert status(TallyClaim(subject="NOR", tally=nations, games=G18.id, value=3)) == "supported"
    assert status(TallyClaim(subject="Sweden", tally=nations, games=G18.id, value=1)) == (
        "contradicted"
    )


def test_record_supported_contradicted_unverifiable() -> None:
    claim = RecordClaim(tally=GAMES_GOLDS, value=3, holders=("Anna Alpha",))
    v = check(H, claim, completeness=[TOP_GAMES])
    assert (v.status, v.actual) == ("supported", "3, Anna Alpha (PyeongChang 2018)")
    assert v.sources == (TOP_GAMES.describe(),)
    assert status(claim) == "unverifiable"
    assert status(attrs.evolve(claim, value=2)) == "contradicted"  # 3 is already loaded
    wrong_holder = check(H, attrs.evolve(claim, holders=("Bea Beta",)), completeness=[TOP_GAMES])
    assert wrong_holder.status == "contradicted"
    assert "not Bea Beta (1)" in wrong_holder.explanation


def test_record_of_one_subject_own_best() -> None:
    best = RecordClaim(
        tally=Tally(subject=Subject.NOC, scope=Scope.GAMES, season=W),
        within="NOR",
        value=3,
        holders=("NOR",),
    )
    assert status(best) == "unverifiable"
    assert status(best, ALL_NOR) == "supported"
    assert status(attrs.evolve(best, value=4), ALL_NOR) == "contradicted"


def test_rank_supported_contradicted_unverifiable() -> None:
    second = RankClaim(subject="bea", tally=GOLDS, rank=2, behind=("anna",))
    v = check(H, second, completeness=[TOP_CAREER])
    assert (v.status, v.actual) == ("supported", "rank 2 (1)")
    assert (
        v.explanation == "Bea Beta is 2nd on career Winter Olympic golds with 1, behind Anna Alpha."
    )
    assert status(second) == "unverifiable"
    assert status(RankClaim(subject="anna", tally=GOLDS, rank=2), TOP_CAREER) == "contradicted"
    behind_cara = attrs.evolve(second, behind=("Cara Gamma",))  # they share rank 2
    v = check(H, behind_cara, completeness=[TOP_CAREER])
    assert v.status == "contradicted"
    assert "Cara Gamma is not ahead (1 career Winter Olympic gold)" in v.explanation


def test_rank_behind_someone_the_data_lacks() -> None:
    claim = RankClaim(subject="anna", tally=GOLDS, rank=2, behind=("Nobody Known",))
    v = check(H, claim, completeness=[TOP_CAREER])
    assert v.status == "contradicted"
    assert "Nobody Known is not ahead (no career Winter Olympic golds in the data" in v.explanation
