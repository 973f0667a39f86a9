"""Claims on records over time: marks set, equalled, broken, extended; how long one stood."""

from __future__ import annotations

import datetime as dt

import attrs

from claims_story import CLAIMS_FILE
from claims_world import GAMES_GOLDS, GOLDS, TOP_CAREER, TOP_GAMES, H, status
from olympics_records import History
from olympics_records.claims import MarkClaim, StoodClaim, check, load_completeness


def test_mark_supported_contradicted_unverifiable() -> None:
    # Anna's 2 golds of 2014 were equalled by her 2018 self on the 15th, beaten on the 17th.
    broke = MarkClaim(
        tally=GAMES_GOLDS,
        holder="anna",
        how="broken",
        on=dt.date(2018, 2, 17),
        value=3,
        previous_value=2,
        previous_holders=("Anna Alpha",),
    )
    v = check(H, broke, completeness=[TOP_GAMES])
    assert (v.status, v.actual) == ("supported", "broken 3 on 17 February 2018")
    assert status(broke) == "unverifiable"
    early = attrs.evolve(broke, on=dt.date(2018, 2, 15), value=None, previous_value=None)
    v = check(H, early, completeness=[TOP_GAMES])
    assert (v.status, v.actual) == ("contradicted", "equalled 2 on 15 February 2018")
    assert v.explanation == (
        "Anna Alpha (PyeongChang 2018) equalled the record of 2 for golds at one Winter Games, "
        "held by Anna Alpha (Sochi 2014), on 15 February 2018, rather than having broken it then."
    )
    assert status(attrs.evolve(broke, previous_value=1), TOP_GAMES) == "contradicted"
    assert status(attrs.evolve(broke, how="extended"), TOP_GAMES) == "contradicted"
    assert status(attrs.evolve(early, how="equalled"), TOP_GAMES) == "supported"


def test_mark_previous_holder_who_never_held_it() -> None:
    broke = MarkClaim(
        tally=GAMES_GOLDS,
        holder="anna",
        how="broken",
        on=dt.date(2018, 2, 17),
        previous_holders=("Bea Beta",),
    )
    v = check(H, broke, completeness=[TOP_GAMES])
    assert v.status == "contradicted"
    assert v.explanation.endswith("; Bea Beta did not hold it the day before.")


def test_a_first_mark_cannot_tell_set_from_broken(bundled: History) -> None:
    """Heiden was the first to 5 golds at one Winter Games (the data holds everyone with 5),
    but what stood before 1980 is not loaded: "broke" is neither supported nor refuted."""
    statements = load_completeness(CLAIMS_FILE)
    heiden = MarkClaim(tally=GAMES_GOLDS, holder="Eric Heiden", how="set", value=5)
    v = check(bundled, heiden, completeness=statements)
    assert (v.status, v.actual) == ("supported", "first to 5 at Lake Placid 1980")
    for how in ("broken", "extended"):
        assert check(bundled, attrs.evolve(heiden, how=how), completeness=statements).status == (
            "unverifiable"
        )
    assert check(bundled, attrs.evolve(heiden, how="equalled"), completeness=statements).status == (
        "contradicted"
    )


def test_mark_never_reached() -> None:
    never = MarkClaim(tally=GOLDS, holder="bea", how="set", value=4)
    assert status(never, TOP_CAREER) == "contradicted"
    assert status(never) == "unverifiable"


def test_stood_supported_contradicted_unverifiable() -> None:
    # Anna's 2 golds at Sochi 2014 (13 February) stood until her 3rd at PyeongChang 2018.
    stood = StoodClaim(
        tally=GAMES_GOLDS, holders=("anna",), value=2, years_at_least=4, years_under=5
    )
    v = check(H, stood, completeness=[TOP_GAMES])
    assert (v.status, v.actual) == (
        "supported",
        "4 years 4 days (13 February 2014 to 17 February 2018)",
    )
    assert status(attrs.evolve(stood, years_at_least=None, years_under=4), TOP_GAMES) == (
        "contradicted"
    )
    assert status(attrs.evolve(stood, broken_by="bea"), TOP_GAMES) == "contradicted"
    assert status(attrs.evolve(stood, holders=("bea",)), TOP_GAMES) == "contradicted"
    assert status(stood) == "unverifiable"
