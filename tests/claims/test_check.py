"""check() on the claims file of the three reports, the bundled data and a richer History."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims_story import CLAIMS_FILE, EXPECTED, WITH_REPORTED, verdicts
from claims_world import GOLD, GOLDS, H
from olympics_records import (
    Athlete,
    Coverage,
    Entry,
    Event,
    EventKind,
    Gender,
    History,
    Season,
    datasets,
)
from olympics_records.claims import (
    Claim,
    Complete,
    TallyClaim,
    check,
    load_claims,
    read_reported_medal_table,
)


def test_check_rejects_what_is_not_a_claim() -> None:
    with pytest.raises(TypeError, match="claim classes"):
        check(H, Claim(text="just words"))
    with pytest.raises(TypeError, match="History"):
        check("history", TallyClaim(subject="a", tally=GOLDS, value=1))  # type: ignore[arg-type]


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
