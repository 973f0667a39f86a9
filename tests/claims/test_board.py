"""Bounds on counts: team medals whose members are not all known."""

from __future__ import annotations

import pytest

from claims_world import (
    ALL,
    BRONZE,
    E14_SPRINT,
    E18_SPRINT,
    G14,
    G18,
    G22,
    GOLD,
    SILVER,
    H,
    W,
    event,
    status,
    won,
)
from olympics_records import Coverage, Entry, EventKind, History, Noc
from olympics_records.claims import Complete, TallyClaim, check
from olympics_records.records import Scope, Tally


def test_a_team_with_unknown_members_keeps_an_athlete_count_open() -> None:
    """Finland's relay bronze lists one of its members: any Finn at those Games may be
    another, but not an athlete who raced that relay for Sweden, nor a Norwegian."""
    medals = Tally(scope=Scope.GAMES, season=W, medals=ALL)
    gia = check(H, TallyClaim(subject="gia", tally=medals, games=G18.id, value=0))
    assert (gia.status, gia.actual) == ("unverifiable", "0 to 1")
    assert gia.missing == ("some team medals of PyeongChang 2018 do not list all their members",)
    bea = TallyClaim(subject="bea", tally=medals, games=G18.id, value=2)
    dina = TallyClaim(subject="dina", tally=medals, games=G18.id, value=1)
    assert status(bea) == status(dina) == "supported"


def test_a_statement_for_the_athlete_rules_out_teams_at_complete_games_too() -> None:
    """PyeongChang 2018 is complete by its coverage, which says nothing of who was in
    Finland's relay: only a statement that every medal of Gia's is loaded rules it out."""
    medals = Tally(scope=Scope.GAMES, season=W, medals=ALL)
    claim = TallyClaim(subject="gia", tally=medals, games=G18.id, value=0)
    statement = Complete(athlete="Gia Eta", source="test: every medal of Gia")
    v = check(H, claim, completeness=[statement])
    assert (v.status, v.actual) == ("supported", "0")
    assert v.sources == (statement.describe(),)
    # Only what the statement covers: her golds say nothing of a bronze.
    golds = Complete(athlete="Gia Eta", medals=(GOLD,), source="test: every gold of Gia")
    assert check(H, claim, completeness=[golds]).status == "unverifiable"
    # Nor does a statement about someone else, or for another Games.
    for other in (
        Complete(athlete="Fay Zeta", source="test"),
        Complete(athlete="Gia Eta", games=G22.id, source="test"),
    ):
        assert check(H, claim, completeness=[other]).sources == ()
        assert check(H, claim, completeness=[other]).status == "unverifiable"


# Teams of a second small world: PyeongChang 2018, complete, with three relays whose
# members are unknown, a mixed team among them (as in 1896-1904) and two Norwegian teams
# on one podium.
RELAY_A = event(G18, "Relay A", 20, EventKind.TEAM)


RELAY_B = event(G18, "Relay B", 21, EventKind.TEAM)


TEAMS = History(
    games=(G14, G18),
    events=(E14_SPRINT, E18_SPRINT, RELAY_A, RELAY_B),
    entries=(
        won(E14_SPRINT, GOLD, "anna"),
        won(E18_SPRINT, GOLD, "cara"),
        won(E18_SPRINT, SILVER, "bea"),
        Entry(event=RELAY_A.id, noc="NOR", place=1, medal=GOLD, complete=False),
        Entry(event=RELAY_A.id, noc="SWE", place=2, medal=SILVER, complete=False),
        Entry(event=RELAY_B.id, noc="NOR", place=1, medal=GOLD, complete=False),
        Entry(event=RELAY_B.id, noc="MIX", place=2, medal=SILVER, complete=False),
        Entry(event=RELAY_B.id, noc="NOR", place=3, medal=BRONZE, complete=False),
    ),
    athletes=H.athletes,
    nocs=(*H.nocs, Noc(code="MIX", name="Mixed team")),
    coverage=(
        Coverage(games=G14.id, all_events=True, full_podiums=True),
        Coverage(games=G18.id, all_events=True, full_podiums=True),
    ),
)


@pytest.mark.parametrize(
    ("who", "actual"),
    [
        # Not at those Games: one nation's teams, one per event (NOR's gold and bronze of
        # relay B are one), a mixed team too: 2 of the 5 team medals at most.
        ("anna", "0 to 2"),
        # Raced for Norway there: Norway's relays, or the mixed team in relay B.
        ("cara", "1 to 3"),
        # Raced for Sweden: Sweden's relay A and the mixed team in relay B.
        ("bea", "1 to 3"),
    ],
)
def test_an_athlete_hides_in_one_nations_teams_one_per_event(who: str, actual: str) -> None:
    medals = Tally(scope=Scope.GAMES, season=W, medals=ALL)
    low = int(actual.split(maxsplit=1)[0])
    v = check(TEAMS, TallyClaim(subject=who, tally=medals, games=G18.id, value=low))
    assert (v.status, v.actual) == ("unverifiable", actual)
    assert v.missing == ("some team medals of PyeongChang 2018 do not list all their members",)
