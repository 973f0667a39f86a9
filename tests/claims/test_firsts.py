"""Claims on a nation's first medal of a kind."""

from __future__ import annotations

import attrs

from claims_world import ALL, ALL_NOR, G14, G18, H, W, status
from olympics_records.claims import FirstClaim, check
from olympics_records.records import Tally


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
