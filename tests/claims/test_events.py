"""Claims on the events of one Games: sweeps, every event won, single results."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from claims_world import BRONZE, G14, G18, G22, GOLD, H, status
from olympics_records.claims import ResultClaim, SweepClaim, WonAllClaim, check
from olympics_records.errors import AmbiguousNameError


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
