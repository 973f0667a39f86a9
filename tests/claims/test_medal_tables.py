"""Claims on medal-table figures, against the events and against reported tables."""

from __future__ import annotations

import datetime as dt

import attrs

from claims_world import G18, G22, H, status
from olympics_records.claims import MedalTableClaim, ReportedMedalRow, ReportedMedalTable, check


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
