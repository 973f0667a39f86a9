"""Tests for merge() and merge_report(): what a merge keeps, reports and gives back."""

from __future__ import annotations

import datetime as dt
import random

import attrs
import pytest

from merge_builders import CYRILLIC, LATIN, NAGANO, G, conflicts, event, golds, history
from olympics_records import (
    Coverage,
    History,
    medal_table,
)
from olympics_records.errors import Issue
from olympics_records.merging import merge, merge_report
from olympics_records.names import display_name


def shuffled(h: History, seed: int) -> History:
    rng = random.Random(seed)

    def mix(items: tuple[object, ...]) -> list[object]:
        return rng.sample(list(items), len(items))

    return History(
        games=mix(h.games),
        events=mix(h.events),
        entries=mix(h.entries),
        athletes=mix(h.athletes),
        nocs=mix(h.nocs),
        corrections=mix(h.corrections),
        issues=mix(h.issues),
        coverage=mix(h.coverage),
    )


def test_events_align_across_titles_and_discipline_spellings() -> None:
    report = merge_report(LATIN, CYRILLIC)
    assert {(link.event, link.merged) for link in report.events} == {
        ("1998-winter/cross-country-skiing/10km", "1998-winter/xc/10km-men"),
        ("1998-winter/cross-country-skiing/50km", "1998-winter/xc/50km-men"),
        ("1998-winter/cross-country-skiing/4x10km-relay", "1998-winter/xc/relay-4x10km-men"),
    }
    merged = report.history
    assert [e.id for e in merged.events] == [e.id for e in LATIN.events]
    # One entry per medal: nothing counted twice.
    assert len(merged.entries) == len(LATIN.entries)
    assert medal_table(merged, NAGANO) == medal_table(LATIN, NAGANO)


def test_cyrillic_athlete_is_linked_by_result_and_everywhere_in_its_source() -> None:
    report = merge_report(LATIN, CYRILLIC, labels=["olympics.com", "OlympAnalyt"])
    merged = report.history
    links = {link.athlete: link for link in report.athletes}
    assert links["NOR:deli"].merged == "bjorn-daehlie"
    assert "names differ" in links["NOR:deli"].evidence
    assert "NOR:deli" not in {a.id for a in merged.athletes}
    # The relay lists Дэли: the link made on the individual results holds there too.
    relay = merged.entries_of_event("1998-winter/xc/relay-4x10km-men")[0]
    assert "bjorn-daehlie" in relay.athletes
    assert golds(merged, "bjorn-daehlie") == 3
    # The display name: native letters over Cyrillic, in normal case; the spellings
    # the sources give are its aliases.
    daehlie = merged.get_athlete("bjorn-daehlie")
    assert (daehlie.name, daehlie.aliases) == ("Björn Daehlie", ("Дэли",))


def test_team_member_linked_by_elimination() -> None:
    latin = history(
        [event("xc/relay", "relay 4x10km men", team=True)],
        [("xc/relay", G, "NOR", ("a1", "a2"), True)],
        {"a1": "Thomas ALSGAARD", "a2": "Sture SIVERTSEN"},
    )
    cyrillic = history(
        [event("xc/4x10km", "4x10km relay", team=True)],
        [("xc/4x10km", G, "NOR", ("NOR:alsgaard", "NOR:x"), True)],
        {"NOR:alsgaard": "Thomas Alsgaard", "NOR:x": "Зиверт"},
    )
    report = merge_report(latin, cyrillic)
    links = {link.athlete: (link.merged, link.evidence) for link in report.athletes}
    assert links["NOR:alsgaard"][0] == "a1"
    assert links["NOR:x"] == (
        "a2",
        "the same gold for NOR in 1998-winter/xc/relay (the one team member left on each side)",
    )
    assert report.history.entries[0].athletes == ("a1", "a2")


def test_no_elimination_when_neither_team_is_complete() -> None:
    latin = history(
        [event("xc/relay", "relay 4x10km men", team=True)],
        [("xc/relay", G, "NOR", ("a1", "a2"), False)],
        {"a1": "Thomas ALSGAARD", "a2": "Sture SIVERTSEN"},
    )
    other = history(
        [event("xc/4x10km", "4x10km relay", team=True)],
        [("xc/4x10km", G, "NOR", ("NOR:alsgaard", "NOR:x"), False)],
        {"NOR:alsgaard": "Thomas Alsgaard", "NOR:x": "Erling Jevne"},
    )
    merged = merge(latin, other)
    # Each source may know a different member: both are kept, the team still incomplete.
    assert merged.entries[0].athletes == ("a1", "a2", "NOR:x")
    assert not merged.entries[0].complete


def test_coverage_is_the_best_of_the_inputs() -> None:
    some = attrs.evolve(
        LATIN,
        coverage=[Coverage(games="1998-winter", all_events=False, full_podiums=True, note="a")],
    )
    every = attrs.evolve(
        CYRILLIC,
        coverage=[Coverage(games="1998-winter", all_events=True, full_podiums=False, note="b")],
    )
    assert merge(some, every).coverage == (
        Coverage(
            games="1998-winter",
            all_events=True,
            full_podiums=True,
            note="a; b",
            team_members=False,
        ),
    )


def test_games_fields_are_filled_and_conflicts_reported() -> None:
    dated = attrs.evolve(
        CYRILLIC,
        games=[attrs.evolve(NAGANO, opened=dt.date(1998, 2, 7), closed=dt.date(1998, 2, 22))],
    )
    merged = merge(LATIN, dated)
    assert merged.get_games("1998-winter").opened == dt.date(1998, 2, 7)
    assert not conflicts(merged)
    elsewhere = attrs.evolve(dated, games=[attrs.evolve(NAGANO, city="Hakuba")])
    merged = merge(LATIN, elsewhere)
    assert merged.get_games("1998-winter").city == "Nagano"
    assert [(i.field, i.value) for i in conflicts(merged)] == [("city", "1998-winter")]


def test_unmatched_events_are_kept_and_ids_never_collide() -> None:
    other = history(
        [event("xc/10km-men", "sprint")],
        [("xc/10km-men", G, "SWE", ("SWE:x",), True)],
        {"SWE:x": "Someone Else"},
    )
    merged = merge(LATIN, other)
    assert merged.get_event("1998-winter/xc/10km-men~2").name == "sprint"
    assert len(merged.entries) == len(LATIN.entries) + 1


def test_same_id_different_person_is_kept_apart() -> None:
    other = history(
        [event("biathlon/20km", "20km", discipline="Biathlon")],
        [("biathlon/20km", G, "NOR", ("bjorn-daehlie",), True)],
        {"bjorn-daehlie": "Halvard Hanevold"},
    )
    merged = merge(LATIN, other)
    assert merged.get_athlete("bjorn-daehlie~2").name == "Halvard Hanevold"
    assert golds(merged, "bjorn-daehlie") == 2


def test_inputs_issues_are_kept_with_their_sources() -> None:
    issue = Issue(source="medals.csv", row=3, field="medal", value="X", message="not a medal")
    other = attrs.evolve(CYRILLIC, issues=[issue])
    assert issue in merge(LATIN, other).issues


@pytest.mark.parametrize("seed", range(5))
def test_order_within_inputs_never_changes_the_result(seed: int) -> None:
    """The order in which results are given never changes any answer."""
    expected = merge(LATIN, CYRILLIC)
    assert merge(shuffled(LATIN, seed), shuffled(CYRILLIC, seed + 100)) == expected


def test_merging_a_history_with_itself_gives_it_back() -> None:
    """Merging is idempotent: the same facts twice are the same facts."""
    assert merge(LATIN, LATIN) == merge(LATIN)
    # Merging writes display names in normal case; a spelling that differs only in
    # case is no alias. Nothing else changes.
    assert merge(LATIN) == attrs.evolve(
        LATIN, athletes=[attrs.evolve(a, name=display_name(a.name)) for a in LATIN.athletes]
    )
    assert merge(merge(LATIN)) == merge(LATIN)
    # The result is in canonical order, which CYRILLIC's entries are not.
    assert merge(CYRILLIC, CYRILLIC, CYRILLIC) == merge(CYRILLIC)
    assert set(merge(CYRILLIC).entries) == set(CYRILLIC.entries)
    assert merge(CYRILLIC) != CYRILLIC
    merged = merge(LATIN, CYRILLIC)
    assert merge(merged, merged) == merged


def test_merge_needs_histories() -> None:
    with pytest.raises(ValueError, match="at least one"):
        merge()
    with pytest.raises(ValueError, match="labels"):
        merge(LATIN, labels=["a", "b"])
    with pytest.raises(TypeError, match="Histories"):
        merge(LATIN, "not a history")  # type: ignore[arg-type]
