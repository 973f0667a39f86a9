"""Fact-checking: claims from TOML, verdicts on hand-built and bundled data, the CLI command."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import attrs
import pytest

from olympics_records import (
    Athlete,
    Coverage,
    Entry,
    Event,
    EventKind,
    Games,
    Gender,
    History,
    Medal,
    Noc,
    Season,
    datasets,
)
from olympics_records import cli as cli_module
from olympics_records._cli_check import CheckOutput, register
from olympics_records.claims import (
    Claim,
    Complete,
    CompleteAbove,
    FirstClaim,
    MarkClaim,
    MedalTableClaim,
    RankClaim,
    RecordClaim,
    ReportedMedalRow,
    ReportedMedalTable,
    ResultClaim,
    StoodClaim,
    SweepClaim,
    TallyClaim,
    Verdict,
    WonAllClaim,
    check,
    load_claims,
    load_completeness,
    read_reported_medal_table,
)
from olympics_records.datasets import edition
from olympics_records.errors import AmbiguousNameError, DataError, ValidationError
from olympics_records.records import Scope, Subject, Tally

ROOT = Path(__file__).parents[1]
CLAIMS_FILE = ROOT / "docs/examples/milano-cortina-2026.claims.toml"
GOLD, SILVER, BRONZE = Medal.GOLD, Medal.SILVER, Medal.BRONZE
ALL = (GOLD, SILVER, BRONZE)
W = Season.WINTER


# A small hand-built world ------------------------------------------------------------
#
# Women's cross-country at three real Winter Games (so the registry of Games held applies):
# 2018 is complete, 2022 has full podiums of the events loaded only, 2014 holds a few medals.

G14, G18, G22 = (edition(year, W) for year in (2014, 2018, 2022))
PEOPLE = {
    "anna": ("Anna Alpha", "NOR"),
    "bea": ("Bea Beta", "SWE"),
    "cara": ("Cara Gamma", "NOR"),
    "dina": ("Dina Delta", "NOR"),
    "eva": ("Eva Epsilon", "SWE"),
    "fay": ("Fay Zeta", "FIN"),
    "gia": ("Gia Eta", "FIN"),
}


def event(games: Games, name: str, day: int, kind: EventKind = EventKind.INDIVIDUAL) -> Event:
    return Event(
        id=f"{games.id}/cross-country-skiing/women/{name.lower().replace(' ', '-')}",
        games=games.id,
        sport="Skiing",
        discipline="Cross-Country Skiing",
        name=f"Women's {name}",
        gender=Gender.WOMEN,
        kind=kind,
        date=dt.date(games.year, 2, day),
    )


E14_SPRINT = event(G14, "Sprint", 11)
E14_10KM = event(G14, "10km", 13)
E18_SPRINT = event(G18, "Sprint", 13)
E18_10KM = event(G18, "10km", 15)
E18_RELAY = event(G18, "Relay", 17, EventKind.TEAM)
E22_SPRINT = event(G22, "Sprint", 8)
E22_30KM = event(G22, "30km", 20)


def won(e: Event, medal: Medal | None, *who: str, complete: bool = True) -> Entry:
    noc = PEOPLE[who[0]][1]
    place = medal.place if medal else 4
    return Entry(event=e.id, noc=noc, athletes=who, place=place, medal=medal, complete=complete)


ENTRIES = (
    won(E14_SPRINT, GOLD, "anna"),
    won(E14_SPRINT, SILVER, "bea"),
    won(E14_10KM, GOLD, "anna"),
    won(E14_10KM, SILVER, "cara"),
    won(E18_SPRINT, GOLD, "anna"),
    won(E18_SPRINT, SILVER, "bea"),
    won(E18_SPRINT, BRONZE, "cara"),
    won(E18_SPRINT, None, "gia"),
    won(E18_10KM, GOLD, "anna"),
    won(E18_10KM, SILVER, "cara"),
    won(E18_10KM, BRONZE, "dina"),
    won(E18_RELAY, GOLD, "anna", "cara"),
    won(E18_RELAY, SILVER, "bea", "eva"),
    won(E18_RELAY, BRONZE, "fay", complete=False),  # FIN's other members are unknown
    won(E22_SPRINT, GOLD, "bea"),
    won(E22_SPRINT, SILVER, "anna"),
    won(E22_SPRINT, BRONZE, "eva"),
    won(E22_30KM, GOLD, "anna"),
    won(E22_30KM, SILVER, "bea"),
    won(E22_30KM, BRONZE, "cara"),
)


def mini() -> History:
    return History(
        games=(G14, G18, G22),
        events=(E14_SPRINT, E14_10KM, E18_SPRINT, E18_10KM, E18_RELAY, E22_SPRINT, E22_30KM),
        entries=ENTRIES,
        athletes=tuple(Athlete(id=k, name=name, sex="F") for k, (name, _) in PEOPLE.items()),
        nocs=(
            Noc(code="NOR", name="Norway"),
            Noc(code="SWE", name="Sweden"),
            Noc(code="FIN", name="Finland"),
        ),
        coverage=(
            Coverage(games=G14.id, all_events=False, full_podiums=False, note="a few medals"),
            Coverage(games=G18.id, all_events=True, full_podiums=True),
            Coverage(games=G22.id, all_events=False, full_podiums=True, note="two events"),
        ),
    )


H = mini()
GOLDS = Tally(season=W)
GAMES_GOLDS = Tally(scope=Scope.GAMES, season=W)
# Statements of what the small world holds in full, as a desk would vouch for them.
TOP_GAMES = CompleteAbove(tally=GAMES_GOLDS, at_least=2, source="test: 2+ golds at one Games")
TOP_CAREER = CompleteAbove(tally=GOLDS, at_least=2, source="test: 2+ career golds")
ALL_NOR = Complete(noc="NOR", source="test: every Norwegian medal")


def status(claim: Claim, *statements: Complete | CompleteAbove) -> str:
    return check(H, claim, completeness=statements).status


# Tally ----------------------------------------------------------------------------------


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


def test_a_complete_statement_for_an_athlete_settles_a_career() -> None:
    claim = TallyClaim(subject="anna", tally=GOLDS, value=6)
    assert status(claim) == "unverifiable"
    statement = Complete(athlete="Anna Alpha", source="test: every medal of Anna")
    v = check(H, claim, completeness=[statement])
    assert v.status == "supported"
    assert v.sources == (statement.describe(),)


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


# Record ---------------------------------------------------------------------------------


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


# Marks ----------------------------------------------------------------------------------


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


# Stood ----------------------------------------------------------------------------------


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


# Rank -----------------------------------------------------------------------------------


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


# Sweep, won all, first, result ----------------------------------------------------------


def test_sweep_supported_contradicted_unverifiable() -> None:
    v = check(H, SweepClaim(noc="NOR", games=G18.id, event="10km"))
    assert (v.status, v.actual) == ("supported", "NOR, NOR, NOR")
    assert status(SweepClaim(noc="NOR", games=G18.id, event="Sprint")) == "contradicted"
    assert status(SweepClaim(noc="NOR", games=G14.id, event="10km")) == "unverifiable"


def test_an_event_the_data_lacks() -> None:
    complete = check(H, SweepClaim(noc="NOR", games=G18.id, event="50km"))
    assert (complete.status, complete.actual) == ("contradicted", "no such event")
    partial = check(H, SweepClaim(noc="NOR", games=G22.id, event="50km"))
    assert partial.status == "unverifiable"
    with pytest.raises(AmbiguousNameError, match="matches 3 events"):
        check(H, SweepClaim(noc="NOR", games=G18.id, event="women"))


def test_won_all_supported_contradicted_unverifiable() -> None:
    every = WonAllClaim(athlete="anna", games=G18.id, discipline="cross-country skiing", count=3)
    v = check(H, every)
    assert (v.status, v.actual) == ("supported", "won 3 of 3")
    assert status(attrs.evolve(every, count=2)) == "contradicted"
    lost = check(H, attrs.evolve(every, games=G22.id, count=None))
    assert lost.status == "contradicted"
    assert "Women's Sprint went to Bea Beta (SWE)" in lost.explanation
    assert status(attrs.evolve(every, games=G14.id, count=None)) == "unverifiable"


def test_first_supported_contradicted_unverifiable() -> None:
    medals = Tally(season=W, discipline="Cross-Country Skiing", medals=ALL)
    at_2014 = FirstClaim(noc="NOR", tally=medals, games=G14.id)
    assert status(at_2014) == "unverifiable"  # earlier Games are not loaded
    assert status(at_2014, ALL_NOR) == "supported"
    sprint_2014 = attrs.evolve(at_2014, event="Sprint")
    assert status(sprint_2014, ALL_NOR) == "supported"
    assert status(attrs.evolve(at_2014, games=G18.id)) == "contradicted"
    relay = FirstClaim(noc="SWE", tally=medals, games=G18.id, event="Relay")
    v = check(H, relay)
    assert v.status == "contradicted"
    assert v.actual == "Bea Beta's silver in Women's Sprint on 11 February 2014"


def test_result_supported_contradicted_unverifiable() -> None:
    sprint = ResultClaim(
        athletes=("anna",), medal=GOLD, games=G18.id, event="Sprint", on=dt.date(2018, 2, 13)
    )
    v = check(H, sprint)
    assert v.explanation == "Anna Alpha won gold in Women's Sprint on Tuesday 13 February 2018."
    assert v.status == "supported"
    assert status(attrs.evolve(sprint, on=dt.date(2018, 2, 14))) == "contradicted"
    assert check(H, attrs.evolve(sprint, athletes=("bea",))).actual == "silver, Bea Beta (SWE)"
    assert status(attrs.evolve(sprint, athletes=("dina",))) == "contradicted"
    bronze_2014 = ResultClaim(athletes=("dina",), medal=BRONZE, games=G14.id, event="10km")
    assert status(bronze_2014) == "unverifiable"
    relay = ResultClaim(athletes=("gia",), medal=BRONZE, games=G18.id, event="Relay")
    v = check(H, relay)
    assert v.status == "unverifiable"
    assert "only partly known" in v.explanation
    not_yet = attrs.evolve(sprint, on=None, as_of=dt.date(2018, 2, 12))
    assert status(not_yet) == "contradicted"


# Medal tables ---------------------------------------------------------------------------


def test_medal_table_supported_contradicted_unverifiable() -> None:
    table = MedalTableClaim(noc="NOR", games=G18.id, gold=3, silver=1, bronze=2, rank=1)
    v = check(H, table)
    assert (v.status, v.actual) == ("supported", "3 gold, 1 silver, 2 bronze, 6 total")
    assert status(attrs.evolve(table, gold=2)) == "contradicted"
    assert status(attrs.evolve(table, rank=2)) == "contradicted"
    later = MedalTableClaim(noc="NOR", games=G22.id, gold=1)
    assert status(later) == "unverifiable"
    assert status(attrs.evolve(later, gold=0)) == "contradicted"  # 1 gold is loaded


def _reported(*rows: tuple[int | None, str]) -> ReportedMedalTable:
    return ReportedMedalTable(
        rows=tuple(
            ReportedMedalRow(
                as_of=dt.date(2022, 2, 20),
                noc="NOR",
                gold=gold,
                silver=None,
                bronze=None,
                total=None,
                source=source,
            )
            for gold, source in rows
        )
    )


def test_medal_table_against_reported_figures() -> None:
    claim = MedalTableClaim(noc="NOR", games=G22.id, gold=5, as_of=dt.date(2022, 2, 20))
    agree = check(H, claim, reported=_reported((5, "a.example"), (5, "b.example")))
    assert agree.status == "supported"
    assert "as reported by a.example and b.example" in agree.explanation
    assert agree.sources == (
        "reported medal table: a.example",
        "reported medal table: b.example",
    )
    split = check(H, claim, reported=_reported((5, "a.example"), (6, "b.example")))
    assert split.status == "unverifiable"
    assert split.missing == ("reports disagree on gold 5 (a.example) vs 6 (b.example)",)
    assert check(H, claim, reported=_reported((4, "a.example"))).status == "contradicted"
    # A report below what the events already show is wrong whoever made it: ignored.
    ignored = check(H, claim, reported=_reported((0, "a.example"), (5, "b.example")))
    assert ignored.status == "supported"
    assert check(H, claim, reported=_reported()).status == "unverifiable"


# Validation -----------------------------------------------------------------------------


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


def test_check_rejects_what_is_not_a_claim() -> None:
    with pytest.raises(TypeError, match="claim classes"):
        check(H, Claim(text="just words"))
    with pytest.raises(TypeError, match="History"):
        check("history", TallyClaim(subject="a", tally=GOLDS, value=1))  # type: ignore[arg-type]


# The claims file of the three reports -----------------------------------------------------
#
# Verdicts on the bundled data with the file's [[complete]] statements and no reported
# medal tables. Every claim of the file is listed: a claim added without an expectation
# fails test_every_claim_of_the_file_has_an_expected_verdict.

EXPECTED = {
    "000-record-one-games": "supported",
    "000-50km-broke-heiden": "supported",
    "000-half-century-old-mark": "supported",
    "000-heiden-five-1980": "supported",
    "000-beyond-eight": "supported",
    "000-extended-it": "supported",
    "000-six-career-golds": "contradicted",
    "000-second-behind-phelps": "contradicted",
    "000-phelps-23-winter": "contradicted",
    "000-iversen-third": "supported",
    "000-entered-with-five": "supported",
    "000-sixth-gold": "supported",
    "000-sixth-gold-broke": "contradicted",
    "000-sixth-gold-extended": "supported",
    "000-18-golds-40-medals": "unverifiable",
    "000-first-in-total": "unverifiable",
    "000-dale-skjevdal-won": "supported",
    "000-atop-gold-table": "unverifiable",
    "001-record-one-games": "supported",
    "001-50km-broke-heiden": "supported",
    "001-nearly-50-year-record": "supported",
    "001-heiden-five-1980": "supported",
    "001-heiden-all-individual": "supported",
    "001-klaebo-two-team": "supported",
    "001-heiden-individual-stands": "supported",
    "001-nyenget-silver": "supported",
    "001-iversen-bronze": "supported",
    "001-norwegian-sweep": "supported",
    "001-caption-50km-gold": "supported",
    "001-entered-with-five": "supported",
    "001-six-medals": "supported",
    "001-broke-eight": "supported",
    "001-extended": "supported",
    "001-second-all-time": "unverifiable",
    "001-phelps-23": "unverifiable",
    "001-18-golds-40-medals": "unverifiable",
    "001-record-18th-gold": "unverifiable",
    "001-lead-in-total": "unverifiable",
    "001-broke-own-record-friday": "unverifiable",
    "001-dale-skjevdal-friday": "supported",
    "002-sixth-gold": "supported",
    "002-50km-saturday": "supported",
    "002-nyenget-behind": "supported",
    "002-heiden-set-five": "supported",
    "002-heiden-all-individual": "supported",
    "002-klaebo-two-team": "supported",
    "002-iversen-bronze": "supported",
    "002-sweep": "supported",
    "002-won-all-six": "supported",
    "002-won-10k-interval": "supported",
    "002-won-relay": "supported",
    "002-won-skiathlon": "supported",
    "002-won-sprint": "supported",
    "002-won-team-sprint": "supported",
    "002-career-medals": "supported",
    "002-career-golds": "supported",
    "002-18-golds-40-medals": "unverifiable",
    "002-record-18th-gold": "unverifiable",
    "002-lead-in-total": "unverifiable",
    "002-set-record-friday": "unverifiable",
    "002-dale-skjevdal-friday": "supported",
    "002-first-us-medal-team-sprint": "contradicted",
    "002-first-us-medal-at-2026": "unverifiable",
    "002-team-sprint-silver": "supported",
    "002-ogden-sprint-silver": "supported",
    "002-ogden-two-silvers": "supported",
    "002-diggins-bronze": "supported",
    "002-diggins-four-medals": "unverifiable",
    "002-diggins-gold-2018": "unverifiable",
    "002-diggins-silver-2022": "unverifiable",
    "002-diggins-bronze-2022": "unverifiable",
    "002-us-three-medals": "supported",
    "002-us-best-output": "unverifiable",
}
# With the reported medal tables of ../shared/data, the figures the events cannot settle.
WITH_REPORTED = {
    "000-18-golds-40-medals": "supported",
    "001-18-golds-40-medals": "supported",
    "002-18-golds-40-medals": "supported",
}
# Claims the bundled data settles on its own, without the file's [[complete]] statements:
# single results and sweeps (2026 podiums are complete), and errors that what is loaded
# already shows. Every other settled claim needs a statement.
SETTLED_BY_DATA_ALONE = {
    "000-six-career-golds",
    "000-iversen-third",
    "000-dale-skjevdal-won",
    "001-nyenget-silver",
    "001-iversen-bronze",
    "001-norwegian-sweep",
    "001-caption-50km-gold",
    "001-dale-skjevdal-friday",
    "002-50km-saturday",
    "002-nyenget-behind",
    "002-iversen-bronze",
    "002-sweep",
    "002-won-10k-interval",
    "002-won-relay",
    "002-won-skiathlon",
    "002-won-sprint",
    "002-won-team-sprint",
    "002-dale-skjevdal-friday",
    "002-first-us-medal-team-sprint",
    "002-team-sprint-silver",
    "002-ogden-sprint-silver",
    "002-diggins-bronze",
}
NEED_STATEMENTS = {
    claim_id
    for claim_id, expected in EXPECTED.items()
    if expected != "unverifiable" and claim_id not in SETTLED_BY_DATA_ALONE
}


@pytest.fixture(scope="module")
def bundled() -> History:
    return datasets.milano_cortina_2026()


def verdicts(
    history: History,
    *,
    statements: bool = True,
    reported: ReportedMedalTable | None = None,
    extra: tuple[Complete | CompleteAbove, ...] = (),
) -> dict[str, Verdict]:
    known = (*load_completeness(CLAIMS_FILE), *extra) if statements else extra
    return {
        c.id: check(history, c, completeness=known, reported=reported)
        for c in load_claims(CLAIMS_FILE)
    }


def test_every_claim_of_the_file_has_an_expected_verdict() -> None:
    claims = load_claims(CLAIMS_FILE)
    assert [c.id for c in claims] == list(EXPECTED)
    assert {type(c).__name__ for c in claims} == {
        "TallyClaim",
        "RecordClaim",
        "MarkClaim",
        "StoodClaim",
        "RankClaim",
        "SweepClaim",
        "WonAllClaim",
        "FirstClaim",
        "ResultClaim",
        "MedalTableClaim",
    }
    assert all(c.text and c.source.startswith("reports/") for c in claims)


def test_claims_file_verdicts_on_the_bundled_data(bundled: History) -> None:
    found = {claim_id: v.status for claim_id, v in verdicts(bundled).items()}
    assert found == EXPECTED


def test_claims_file_medal_tables_against_the_reported_tables(
    bundled: History, shared_data: Path
) -> None:
    reported = read_reported_medal_table(
        shared_data / "milano-cortina-2026" / "reported_medal_table.csv"
    )
    found = {claim_id: v.status for claim_id, v in verdicts(bundled, reported=reported).items()}
    assert found == EXPECTED | WITH_REPORTED
    v = verdicts(bundled, reported=reported)["000-18-golds-40-medals"]
    assert v.sources == ("reported medal table: https://tass.com/sports/2090155",)
    assert "as reported by https://tass.com/sports/2090155" in v.explanation


def test_the_errors_of_report_000_are_explained(bundled: History) -> None:
    found = verdicts(bundled)
    phelps = found["000-second-behind-phelps"]
    assert phelps.actual == "rank 1 (11)"
    assert phelps.explanation.startswith(
        "Johannes Høsflot Klæbo leads career Winter Olympic golds as of 21 February 2026 with 11;"
        " Michael Phelps is not ahead (no career Winter Olympic golds in the data"
    )
    assert found["000-six-career-golds"].explanation == (
        "Johannes Høsflot Klæbo had 11 career Olympic golds as of 21 February 2026, not 6."
    )
    assert found["000-phelps-23-winter"].actual == "0 to 7"
    broke = found["000-sixth-gold-broke"]
    assert broke.actual == "extended 11 on 21 February 2026"
    assert "having broken it on 15 February 2026, at 9" in broke.explanation


def test_the_key_records_are_explained(bundled: History) -> None:
    found = verdicts(bundled)
    assert found["000-50km-broke-heiden"].explanation == (
        "Johannes Høsflot Klæbo (Milano Cortina 2026) broke the record for golds at one Winter "
        "Games on 21 February 2026, going to 6 past the 5 of Eric Heiden (Lake Placid 1980)."
    )
    assert found["001-heiden-individual-stands"].actual == "5, Eric Heiden (Lake Placid 1980)"
    # The 1980 event dates are not in the data: the span runs from either end of the Games.
    assert found["000-half-century-old-mark"].actual == (
        "45 years 362 days to 46 years 8 days (Lake Placid 1980 to 21 February 2026)"
    )
    assert found["001-broke-eight"].actual == "broken 9 on 15 February 2026"
    assert "Bjørn Dæhlie, Marit Bjørgen and Ole Einar Bjørndalen" in (
        found["001-broke-eight"].explanation
    )


def test_the_first_us_medal_came_before_the_team_sprint(bundled: History) -> None:
    """Ogden's sprint silver (10 February) came before the team sprint silver (18 February):
    the data alone contradicts the team sprint being the first. Whether 2026 brought the
    first US men's medal at all needs the earlier Games (Bill Koch won silver in 1976)."""
    found = verdicts(bundled)
    team = found["002-first-us-medal-team-sprint"]
    assert team.actual == "Ben Ogden's silver in Men's Sprint Classic on 10 February 2026"
    assert {e.event.rsplit("/", 1)[1] for e in team.evidence} == {
        "sprint-classic",
        "team-sprint-free",
    }
    games = found["002-first-us-medal-at-2026"]
    assert games.missing == (
        "9 Winter Games (Lake Placid 1980 to Beijing 2022) are only partly loaded",
        "15 Winter Games (Chamonix 1924 to Turin 2006) are not loaded",
    )


def test_all_time_claims_need_the_summer_games(bundled: History) -> None:
    found = verdicts(bundled)
    for claim_id in ("001-second-all-time", "001-phelps-23"):
        assert found[claim_id].status == "unverifiable"
        assert "30 Summer Games (Athens 1896 to Paris 2024) are not loaded" in (
            found[claim_id].missing
        )


def test_without_statements_nothing_flips_and_the_partial_claims_turn_unverifiable(
    bundled: History,
) -> None:
    """Knowing less never turns supported into contradicted or back: it only unsettles."""
    informed = verdicts(bundled)
    bare = verdicts(bundled, statements=False)
    for claim_id, verdict in bare.items():
        assert verdict.status in (informed[claim_id].status, "unverifiable"), claim_id
        assert verdict.sources == ()
    unsettled = {claim_id for claim_id, v in bare.items() if v.status != EXPECTED[claim_id]}
    assert unsettled == NEED_STATEMENTS
    assert all(informed[claim_id].sources for claim_id in NEED_STATEMENTS)
    assert bare["002-career-golds"].missing == (
        "10 Winter Games (Lake Placid 1980 to Milano Cortina 2026) are only partly loaded",
        "15 Winter Games (Chamonix 1924 to Turin 2006) are not loaded",
        "30 Summer Games (Athens 1896 to Paris 2024) are not loaded",
    )


# A richer History: the bundled data and Phelps's Summer golds ---------------------------


def with_phelps(history: History) -> History:
    """The bundled data plus Phelps's 23 golds (2004-2016), as if merged from a source that
    holds every Summer Games in full. The swimming events are synthetic stand-ins: one
    individual event per gold, so no relay teammates need inventing."""
    golds = {2004: 6, 2008: 8, 2012: 4, 2016: 5}
    summer = [g for g in datasets.editions() if g.season is Season.SUMMER and g.official]
    events = [
        Event(
            id=f"{year}-summer/swimming/men/gold-{n}",
            games=f"{year}-summer",
            sport="Aquatics",
            discipline="Swimming",
            name=f"Men's swimming gold {n}",
            gender=Gender.MEN,
            kind=EventKind.INDIVIDUAL,
        )
        for year, count in golds.items()
        for n in range(1, count + 1)
    ]
    entries = [
        Entry(event=e.id, noc="USA", athletes=("michael-phelps",), place=1, medal=GOLD)
        for e in events
    ]
    return History(
        games=(*history.games, *summer),
        events=(*history.events, *events),
        entries=(*history.entries, *entries),
        athletes=(*history.athletes, Athlete(id="michael-phelps", name="Michael Phelps", sex="M")),
        nocs=history.nocs,
        coverage=(
            *history.coverage,
            *(Coverage(games=g.id, all_events=True, full_podiums=True) for g in summer),
        ),
    )


def test_the_same_claims_on_a_richer_history(bundled: History) -> None:
    richer = with_phelps(bundled)
    found = verdicts(richer)
    changed = {
        claim_id: v.status for claim_id, v in found.items() if v.status != EXPECTED[claim_id]
    }
    assert changed == {"001-second-all-time": "supported"}
    second = found["001-second-all-time"]
    assert second.explanation == (
        "Johannes Høsflot Klæbo is 2nd on career Olympic golds as of 21 February 2026 with 11, "
        "behind Michael Phelps."
    )
    # Still contradicted, now saying where Phelps's golds came from.
    assert "all their medals in the data are from Summer Games" in (
        found["000-second-behind-phelps"].explanation
    )
    # Phelps's 23 needs his Winter record too: the file bounds it (under 8), not to zero.
    phelps = found["001-phelps-23"]
    assert (phelps.status, phelps.actual) == ("unverifiable", "23 to 30")
    vouched = Complete(athlete="Michael Phelps", source="test: every Phelps medal")
    assert verdicts(richer, extra=(vouched,))["001-phelps-23"].status == "supported"


# Loading claims files -----------------------------------------------------------------


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "story.claims.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_claims_reads_every_claim_type(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
[[claim]]
id = "a"
type = "tally"
noc = "NOR"
medals = ["gold", "silver"]
scope = "games"
games = "2026-winter"
value = 3
compare = "at least"
as_of = 2026-02-10

[[claim]]
id = "b"
type = "result"
athletes = ["Ben Ogden", "Gus Schumacher"]
medal = "silver"
games = "2026-winter"
event = "Team Sprint"
on = "2026-02-18"
""",
    )
    first, second = load_claims(path)
    assert first == TallyClaim(
        id="a",
        subject="NOR",
        tally=Tally(subject=Subject.NOC, medals=(GOLD, SILVER), scope=Scope.GAMES),
        games="2026-winter",
        value=3,
        compare="at least",
        as_of=dt.date(2026, 2, 10),
    )
    assert isinstance(second, ResultClaim)
    assert (second.athletes, second.on) == (("Ben Ogden", "Gus Schumacher"), dt.date(2026, 2, 18))


@pytest.mark.parametrize(
    ("body", "field", "value", "message"),
    [
        ('type = "tally"\nathlete = "A"\nvalue = "six"', "claim[1].value", "six", "whole number"),
        ('type = "tally"\nathlete = "A"', "claim[1].value", None, "is required"),
        ('type = "tally"\nathlete = "A"\nvalue = 1\nwhen = 1', "claim[1].when", "1", "not a known"),
        ('type = "guess"', "claim[1].type", "guess", "must be one of tally"),
        (
            'type = "tally"\nathlete = "A"\nnoc = "NOR"\nvalue = 1',
            "claim[1].athlete",
            "A",
            "exactly one",
        ),
        (
            'type = "tally"\nathlete = "A"\nvalue = 1\nmedals = "tin"',
            "claim[1].medals",
            "tin",
            "gold, silver, bronze",
        ),
        (
            'type = "tally"\nathlete = "A"\nvalue = 1\nseason = "spring"',
            "claim[1].season",
            "spring",
            "'summer', 'winter'",
        ),
        (
            'type = "tally"\nathlete = "A"\nvalue = 1\nas_of = "21 Feb"',
            "claim[1].as_of",
            "21 Feb",
            "a date",
        ),
        (
            'type = "tally"\nathlete = "A"\nvalue = 1\nscope = "games"',
            "claim[1]",
            None,
            "games is needed",
        ),
        (
            'type = "mark"\nholder = "A"\nhow = "smashed"',
            "claim[1].how",
            "smashed",
            "'set', 'equalled'",
        ),
    ],
)
def test_load_claims_names_the_claim_and_key_at_fault(
    tmp_path: Path, body: str, field: str, value: str | None, message: str
) -> None:
    path = write(
        tmp_path,
        f'[[claim]]\ntype = "sweep"\nnoc = "NOR"\ngames = "x"\nevent = "y"\n\n[[claim]]\n{body}\n',
    )
    with pytest.raises(DataError, match=message) as caught:
        load_claims(path)
    assert caught.value.source == str(path)
    assert caught.value.field == field.replace("claim[1]", "claim[2]")
    assert caught.value.value == value


def test_load_claims_rejects_broken_files(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="not valid TOML"):
        load_claims(write(tmp_path, "[[claim]\n"))
    with pytest.raises(DataError, match="not a known table") as caught:
        load_claims(write(tmp_path, "[[claims]]\nid = 1\n"))
    assert caught.value.field == "claims"
    twice = '[[claim]]\nid = "a"\ntype = "tally"\nathlete = "A"\nvalue = 1\n'
    with pytest.raises(DataError, match="repeats the id of claim") as caught:
        load_claims(write(tmp_path, twice + twice))
    assert caught.value.field == "claim[2].id"


def test_load_completeness(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
[[complete]]
athlete = "Klaebo"
medals = "gold"
source = "fact sheet"

[[complete]]
scope = "games"
season = "winter"
at_least = 5
source = "fact sheet"

[[complete]]
games = "2026-winter"
""",
    )
    with pytest.raises(DataError, match="is required") as caught:
        load_completeness(path)
    assert caught.value.field == "complete[3].source"
    path.write_text(path.read_text(encoding="utf-8").rsplit("[[complete]]", 1)[0])
    assert load_completeness(path) == (
        Complete(athlete="Klaebo", medals=(GOLD,), source="fact sheet"),
        CompleteAbove(tally=GAMES_GOLDS, at_least=5, source="fact sheet"),
    )
    assert load_claims(path) == ()


# Reported medal tables ------------------------------------------------------------------


def test_read_the_reported_medal_table(shared_data: Path) -> None:
    table = read_reported_medal_table(
        shared_data / "milano-cortina-2026" / "reported_medal_table.csv"
    )
    assert len(table.rows) == 11
    # Two reports of 15 February disagree; both rows are kept.
    assert [(r.gold, r.total) for r in table.rows_for("NOR", dt.date(2026, 2, 15))] == [
        (11, 24),
        (12, 26),
    ]
    (partial,) = table.rows_for("NOR", dt.date(2026, 2, 18))
    assert (partial.gold, partial.silver, partial.bronze, partial.total) == (15, None, None, 32)


def test_reported_tables_that_disagree_settle_nothing(bundled: History, shared_data: Path) -> None:
    reported = read_reported_medal_table(
        shared_data / "milano-cortina-2026" / "reported_medal_table.csv"
    )
    claim = MedalTableClaim(noc="NOR", games="2026-winter", gold=12, as_of=dt.date(2026, 2, 15))
    v = check(bundled, claim, reported=reported)
    assert v.status == "unverifiable"
    assert "reports disagree on gold 11" in v.explanation
    wrong = attrs.evolve(claim, gold=17, total=None, as_of=dt.date(2026, 2, 21))
    assert check(bundled, wrong, reported=reported).status == "contradicted"


@pytest.mark.parametrize(
    ("row", "field", "message"),
    [
        ("21/02/2026,NOR,18,11,11,40,s", "as_of", "date"),
        ("2026-02-21,NOR,eighteen,11,11,40,s", "gold", "whole number"),
        ("2026-02-21,NOR,18,11,11,41,s", "total", "gold \\+ silver \\+ bronze"),
        ("2026-02-21,Norway,18,11,11,40,s", "noc", "three-letter"),
        ("2026-02-21,NOR,18,11,11,40,", "source", "non-empty"),
    ],
)
def test_reported_table_errors_name_row_and_field(
    tmp_path: Path, row: str, field: str, message: str
) -> None:
    path = tmp_path / "reported.csv"
    path.write_text(f"as_of,noc,gold,silver,bronze,total,source\n{row}\n", encoding="utf-8")
    with pytest.raises(DataError, match=message) as caught:
        read_reported_medal_table(path)
    assert (caught.value.row, caught.value.field) == (1, field)


def test_reported_table_needs_every_column(tmp_path: Path) -> None:
    path = tmp_path / "reported.csv"
    path.write_text("as_of,noc,gold\n2026-02-21,NOR,18\n", encoding="utf-8")
    with pytest.raises(DataError, match="column is missing") as caught:
        read_reported_medal_table(path)
    assert caught.value.field == "silver"


# The check command ----------------------------------------------------------------------


def run(*argv: str) -> CheckOutput:
    """Parse like ``olympics-records`` does once ``check`` is registered, and run it."""
    parser = argparse.ArgumentParser(prog="olympics-records")
    cli_module._common(parser, top=True)
    register(parser.add_subparsers(), common=cli_module._common)
    args = parser.parse_args(argv)
    result: CheckOutput = args.run(cli_module._load(args), args)
    return result


def test_check_command_prints_a_verdict_table() -> None:
    out = run("check", str(CLAIMS_FILE))
    assert out.exit_status == 1  # report 000 has errors
    counts = {
        s: list(EXPECTED.values()).count(s) for s in ("supported", "contradicted", "unverifiable")
    }
    assert out.text.startswith(
        f"Checked {len(EXPECTED)} claims from {CLAIMS_FILE}: {counts['supported']} supported, "
        f"{counts['contradicted']} contradicted, {counts['unverifiable']} unverifiable.\n"
    )
    assert "  8  contradicted  000-second-behind-phelps:" in out.text
    assert "actual: rank 1 (11)" in out.text
    assert "Relied on:\n  - everyone with 5 or more golds at one Winter Games" in out.text


def test_check_command_json_and_options(shared_data: Path) -> None:
    reported = shared_data / "milano-cortina-2026" / "reported_medal_table.csv"
    out = run("check", str(CLAIMS_FILE), "--reported", str(reported), "--json")
    data = json.loads(json.dumps(out.data))
    assert [v["id"] for v in data["verdicts"]] == list(EXPECTED)
    assert {v["id"]: v["status"] for v in data["verdicts"]} == EXPECTED | WITH_REPORTED
    assert data["verdicts"][0]["evidence"][0]["athletes"] == ["johannes-hoesflot-klaebo"]
    bare = run("check", str(CLAIMS_FILE), "--ignore-complete")
    assert bare.data["counts"]["supported"] < out.data["counts"]["supported"]
    with pytest.raises(ValueError, match="no --as-of"):
        run("check", str(CLAIMS_FILE), "--as-of", "2026-02-21")


def test_check_command_passes_when_nothing_is_contradicted(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[[claim]]\ntype = "sweep"\nnoc = "NOR"\ngames = "2026-winter"\n'
        'event = "50km Mass Start"\ngender = "men"\n',
    )
    out = run("check", str(path))
    assert out.exit_status == 0
    assert out.data["counts"] == {"supported": 1, "contradicted": 0, "unverifiable": 0}
