"""Tests for compare_tally(): medal tables against Olympedia's tally, with explanations."""

from __future__ import annotations

from pathlib import Path

import pytest

from olympics_records import Entry, Event, EventKind, Games, Gender, History, Medal, Noc, Season
from olympics_records.crosscheck import (
    EXPLANATIONS,
    MISSING_GAMES,
    MISSING_PART,
    MIXED_TEAM,
    NOC_LINEAGE,
    REALLOCATED,
    UNEXPLAINED,
    UNOFFICIAL,
    TallyComparison,
    compare_tally,
)
from olympics_records.datasets import (
    ReferenceTally,
    TallyRow,
    read_olympanalyt,
    read_olympedia_tally,
    read_olympics_com,
)

GAMES = Games(year=1960, season=Season.SUMMER, city="Rome")


def history(podiums: list[tuple[str, Medal, str]], *, unofficial: tuple[str, ...] = ()) -> History:
    events = sorted({eid for eid, _, _ in podiums})
    return History(
        games=[GAMES],
        events=[
            Event(
                id=eid,
                games=GAMES.id,
                sport="Athletics",
                discipline="Athletics",
                name=eid.rsplit("/", 1)[-1],
                gender=Gender.MEN,
                kind=EventKind.INDIVIDUAL,
                official=eid not in unofficial,
            )
            for eid in events
        ],
        entries=[
            Entry(event=eid, noc=noc, place=medal.place, medal=medal, complete=False)
            for eid, medal, noc in podiums
        ],
        athletes=[],
        nocs=[Noc(code=c, name=c) for c in sorted({noc for _, _, noc in podiums})],
    )


def tally(
    *rows: tuple[str, int, int, int], edition: str = "1960 Summer Olympics"
) -> ReferenceTally:
    return ReferenceTally(
        rows=tuple(
            TallyRow(GAMES.id, edition, noc, noc, g, s, b, g + s + b) for noc, g, s, b in rows
        )
    )


G, S, B = Medal.GOLD, Medal.SILVER, Medal.BRONZE


def test_agreeing_tables() -> None:
    h = history([("1960-summer/a/100m", G, "USA"), ("1960-summer/a/100m", S, "GER")])
    result = compare_tally(h, tally(("USA", 1, 0, 0), ("GER", 0, 1, 0)))
    assert (result.rows, result.agreeing, result.rate, result.differences) == (2, 2, 1.0, ())


def test_lineage_explains_a_code_that_differs() -> None:
    h = history([("1960-summer/a/100m", G, "GER")])
    result = compare_tally(h, tally(("EUA", 1, 0, 0)))
    assert [(d.noc, d.explanation) for d in result.differences] == [
        ("EUA", NOC_LINEAGE),
        ("GER", NOC_LINEAGE),
    ]
    assert result.rate == 0.0


def test_mixed_teams_explain_a_medal_credited_to_a_nation() -> None:
    h = history([("1960-summer/a/relay", G, "MIX"), ("1960-summer/a/100m", S, "GBR")])
    result = compare_tally(h, tally(("GBR", 1, 1, 0)))
    assert {d.noc: d.explanation for d in result.differences} == {
        "GBR": MIXED_TEAM,
        "MIX": MIXED_TEAM,
    }


def test_unofficial_events_explain_what_the_reference_counts() -> None:
    h = history(
        [("1960-summer/art/painting", G, "ITA"), ("1960-summer/a/100m", G, "ITA")],
        unofficial=("1960-summer/art/painting",),
    )
    result = compare_tally(h, tally(("ITA", 2, 0, 0)))
    assert [(d.computed, d.reference, d.explanation) for d in result.differences] == [
        ((1, 0, 0), (2, 0, 0), UNOFFICIAL)
    ]


def test_a_part_held_apart_explains_its_medals() -> None:
    h = history([("1960-summer/a/100m", G, "SWE")])
    reference = ReferenceTally(
        rows=(
            TallyRow(GAMES.id, "1960 Summer Olympics", "SWE", "Sweden", 1, 0, 0, 1),
            TallyRow(GAMES.id, "1960 Equestrian", "SWE", "Sweden", 1, 0, 0, 1),
        )
    )
    assert compare_tally(h, reference).differences[0].explanation == MISSING_PART


def test_other_sources_explain_a_reallocation() -> None:
    original = history([("1960-summer/a/100m", G, "RUS"), ("1960-summer/a/100m", S, "USA")])
    reallocated = history([("1960-summer/a/100m", G, "USA"), ("1960-summer/a/100m", S, "GBR")])
    reference = tally(("USA", 1, 0, 0), ("GBR", 0, 1, 0))
    alone = compare_tally(original, reference)
    assert {d.explanation for d in alone.differences} == {UNEXPLAINED}
    helped = compare_tally(original, reference, others=[reallocated])
    assert {d.noc: d.explanation for d in helped.differences} == {
        "GBR": REALLOCATED,
        "RUS": REALLOCATED,
        "USA": REALLOCATED,
    }


def test_games_missing_and_since() -> None:
    h = history([("1960-summer/a/100m", G, "USA")])
    reference = ReferenceTally(
        rows=(
            TallyRow("1960-summer", "1960 Summer Olympics", "USA", "USA", 1, 0, 0, 1),
            TallyRow("1964-summer", "1964 Summer Olympics", "USA", "USA", 2, 0, 0, 2),
            TallyRow("1952-summer", "1952 Summer Olympics", "USA", "USA", 3, 0, 0, 3),
        )
    )
    result = compare_tally(h, reference)
    assert [(d.games, d.explanation) for d in result.differences] == [
        ("1964-summer", MISSING_GAMES)
    ]
    assert result.rows == 2
    assert compare_tally(h, reference, since=1900).rows == 3


# Real data ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def comparison(shared_data: Path) -> TallyComparison:
    olympics_com = read_olympics_com(shared_data / "olympics-com", results=False)
    olympanalyt = read_olympanalyt(shared_data / "olympanalyt" / "all_olympic_medalists.csv")
    reference = read_olympedia_tally(shared_data / "olympedia" / "Olympic_Games_Medal_Tally.csv")
    return compare_tally(olympics_com, reference, since=1956, others=[olympanalyt])


def test_real_olympics_com_agrees_with_olympedia(comparison: TallyComparison) -> None:
    # Seen: 1384 of 1410 rows (98.16%).
    assert comparison.rate >= 0.98, (comparison.agreeing, comparison.rows)
    assert comparison.rows > 1300


def test_real_differences_are_mostly_explained(comparison: TallyComparison) -> None:
    counts = comparison.by_explanation()
    assert set(counts) <= set(EXPLANATIONS)
    # 1956: Olympedia adds the Stockholm equestrian events; 2018: OAR vs ROC; the
    # doping reallocations of 2008–2014 that olympics.com still lists as awarded.
    assert counts.get(MISSING_PART, 0) >= 5
    assert counts.get(NOC_LINEAGE, 0) == 2
    assert counts.get(REALLOCATED, 0) >= 5
    assert counts.get(UNEXPLAINED, 0) <= len(comparison.differences) // 3
    by_row = {(d.games, d.noc): d.explanation for d in comparison.differences}
    assert by_row[("2018-winter", "OAR")] == NOC_LINEAGE
