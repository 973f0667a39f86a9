"""Tests for uniting entries: medals, ties and the members of teams."""

from __future__ import annotations

from collections import Counter

import attrs
import pytest

from merge_builders import CYRILLIC, LATIN, B, G, S, conflicts, event, golds, history, relay_history
from olympics_records import (
    Coverage,
    EventKind,
    find_athlete,
)
from olympics_records.merging import merge, merge_report


def test_team_members_are_united_and_complete_only_where_a_source_was() -> None:
    merged = merge(LATIN, CYRILLIC)
    relay = {e.noc: e for e in merged.entries_of_event("1998-winter/xc/relay-4x10km-men")}
    norway = relay["NOR"]
    # Alsgaard (known to both) and Дэли (linked by result) are matched; the other two
    # come from OlympAnalyt's complete list.
    assert len(norway.athletes) == 4
    assert norway.athletes[0] == "thomas-alsgaard"
    assert {"bjorn-daehlie", "NOR:evne", "NOR:sivertsen"} <= set(norway.athletes)
    assert norway.complete
    # Neither source lists Italy's team: it stays incomplete and empty.
    assert relay["ITA"].athletes == ()
    assert not relay["ITA"].complete


def test_conflicting_medals_are_reported_not_guessed() -> None:
    other = history(
        [event("xc/10km", "10km")],
        [
            ("xc/10km", G, "NOR", ("NOR:daehlie",), True),
            ("xc/10km", S, "AUT", ("AUT:gandler",), True),
            ("xc/10km", B, "SWE", ("SWE:someone",), True),
        ],
        {
            "NOR:daehlie": "Bjørn Dæhlie",
            "AUT:gandler": "Markus Gandler",
            "SWE:someone": "Per Elofsson",
        },
    )
    merged = merge(LATIN, other, labels=["first", "second"])
    podium = [(e.medal, e.noc) for e in merged.entries_of_event("1998-winter/xc/10km-men")]
    assert podium == [(G, "NOR"), (S, "AUT"), (B, "FIN")]
    reported = conflicts(merged)
    assert len(reported) == 1
    assert reported[0].field == "medal"
    assert reported[0].value == "1998-winter/xc/10km-men"
    assert "SWE" in reported[0].message
    assert "FIN" in reported[0].message
    assert "second" in reported[0].message
    # The athlete of the rejected bronze is still known, but holds no medal here.
    assert golds(merged, "SWE:someone") == 0


def test_a_medal_one_source_lacks_is_filled_in() -> None:
    partial = history(
        [event("xc/10km-men", "10km men")],
        [("xc/10km-men", G, "NOR", ("bjorn-daehlie",), True)],
        {"bjorn-daehlie": "Bjørn Dæhlie"},
        coverage=[Coverage(games="1998-winter", all_events=False, full_podiums=False)],
    )
    merged = merge(partial, CYRILLIC)
    podium = merged.entries_of_event("1998-winter/xc/10km-men")
    assert [(e.medal, e.noc) for e in podium] == [(G, "NOR"), (S, "AUT"), (B, "FIN")]
    assert not conflicts(merged)
    assert merged.get_athlete("bjorn-daehlie").name == "Bjørn Dæhlie"
    # CYRILLIC's relay lists some members only: athletes' counts are lower bounds there.
    assert merged.coverage == (
        Coverage(games="1998-winter", all_events=False, full_podiums=False, team_members=False),
    )


def test_a_complete_team_another_source_lists_with_more_members_gains_them() -> None:
    """A list given as whole, shorter than the event's other teams, missed a member.

    Kaggle lists three of the four Norwegians of the 1998 relay (Dæhlie has no row),
    and four Finns; OlympAnalyt lists the four. The fourth is added and the addition
    reported. A list as long as the others' is not doubted (see the next test).
    """
    finns = {"k:4": "Mika Myllyl", "k:5": "Harri Kirvesniemi", "k:6": "Sami Repo"}
    finns["k:7"] = "Jari Isomets"
    names = {"k:1": "Sture Sivertsen", "k:2": "Erling Jevne", "k:3": "Thomas Alsgaard", **finns}
    three = history(
        [event("xc/relay", "4 x 10km relay", team=True)],
        [
            ("xc/relay", G, "NOR", ("k:1", "k:2", "k:3"), True),
            ("xc/relay", B, "FIN", tuple(finns), True),
        ],
        names,
    )
    four = relay_history(
        {
            "NOR:sivertsen": "Sture SIVERTSEN",
            "NOR:jevne": "Erling JEVNE",
            "NOR:dahlie": "Bjørn DÆHLIE",
            "NOR:alsgaard": "Thomas ALSGAARD",
        },
        eid="xc/4x10km",
        title="4x10km relay",
    )
    for merged in (merge(three, four), merge(four, three)):
        (relay,) = [e for e in merged.entries if e.noc == "NOR"]
        assert len(relay.athletes) == 4
        assert relay.complete
        assert find_athlete(merged, "Daehlie").id in relay.athletes
    (added,) = [i for i in conflicts(merge(three, four)) if i.field == "athletes"]
    assert "NOR:dahlie" in added.message
    assert added.message.endswith("added")


def test_a_squad_as_long_as_the_others_gains_no_reserve() -> None:
    """A whole list as long as the event's others is not short.

    A name only another source gives (a reserve who won no medal) is reported, not
    added.
    """
    team = {"k:1": "Ona Carbonell", "k:2": "Iris Tio"}
    rivals = {"k:3": "Anna Voloshyna", "k:4": "Marta Fiedina"}
    listed = history(
        [event("as/team", "team", discipline="Artistic Swimming", team=True)],
        [
            ("as/team", G, "NOR", tuple(team), True),
            ("as/team", S, "SWE", tuple(rivals), True),
        ],
        team | rivals,
    )
    with_reserve = relay_history(
        {"NOR:carbonell": "Ona CARBONELL", "NOR:tio": "Iris TIO", "NOR:lopez": "Sara LOPEZ"},
        eid="as/team-event",
        title="team",
    )
    with_reserve = attrs.evolve(
        with_reserve,
        events=[
            attrs.evolve(e, discipline="Artistic Swimming", sport="Artistic Swimming")
            for e in with_reserve.events
        ],
    )
    merged = merge(listed, with_reserve)
    (norway,) = [e for e in merged.entries if e.noc == "NOR"]
    assert set(norway.athletes) == {"k:1", "k:2"}
    (reported,) = conflicts(merged)
    assert "NOR:lopez only in" in reported.message
    assert reported.message.endswith("the earlier list is kept")


def test_a_name_beside_an_individual_result_is_reported_not_added() -> None:
    """One athlete's result stays one athlete's: the horse another source names is not."""
    rider = history(
        [event("eq/dressage", "dressage individual", discipline="Equestrian Dressage")],
        [("eq/dressage", G, "SWE", ("carl-bonde",), True)],
        {"carl-bonde": "Carl BONDE"},
    )
    with_horse = history(
        [event("eq/individual", "individual", discipline="Equestrian Dressage")],
        [("eq/individual", G, "SWE", ("SWE:bonde-carl", "SWE:emperor"), True)],
        {"SWE:bonde-carl": "Carl BONDE", "SWE:emperor": "EMPEROR"},
    )
    merged = merge(rider, with_horse)
    (gold,) = merged.entries
    assert gold.athletes == ("carl-bonde",)
    assert merged.get_event(gold.event).kind is EventKind.INDIVIDUAL
    assert any("SWE:emperor" in i.message for i in conflicts(merged))


@pytest.mark.parametrize("short_first", [True, False])
def test_a_partial_team_list_as_long_as_a_short_whole_one_links_no_one(short_first: bool) -> None:
    """One member left on each side is one person only where both lists are whole.

    Kaggle lists a team sprint's bronze with one of its two skiers and calls it whole;
    olympics.com names the other and says some are missing. Nothing says which list is
    wrong: the two stay two people, and the disagreement is reported.
    """
    short = history(
        [event("xc/team-sprint", "team sprint", team=True)],
        [("xc/team-sprint", B, "SWE", ("k:1",), True)],
        {"k:1": "Mika Myllyla"},
    )
    partial = history(
        [event("xc/team-sprint-men", "team sprint men", team=True)],
        [("xc/team-sprint-men", B, "SWE", ("niklas-jonsson",), False)],
        {"niklas-jonsson": "Niklas JÖNSSON"},
    )
    report = merge_report(*((short, partial) if short_first else (partial, short)))
    assert not report.athletes
    (bronze,) = report.history.entries
    assert "k:1" in bronze.athletes
    assert all(not a.aliases for a in report.history.athletes)
    assert [i.field for i in conflicts(report.history)] == ["athletes"]


@pytest.mark.parametrize("tie_first", [True, False])
def test_tied_medals_nothing_tells_apart_are_no_disagreement(tie_first: bool) -> None:
    """A bronze only one source has is added where the podiums agree, ties and all.

    Two Norwegians share the gold; OlympAnalyt names them in Cyrillic and lists no
    bronze, olympics.com names them in Latin letters. Nothing tells which gold is
    which, yet both sources give Norway two: the podiums agree.
    """
    tie = history(
        [event("xc/10km", "10km")],
        [
            ("xc/10km", G, "NOR", ("NOR:deli",), True),
            ("xc/10km", G, "NOR", ("NOR:alsgord",), True),
        ],
        {"NOR:deli": "Дэли", "NOR:alsgord": "Алсгорд"},
    )
    full = history(
        [event("xc/10km-men", "10km men")],
        [
            ("xc/10km-men", G, "NOR", ("bjorn-daehlie",), True),
            ("xc/10km-men", G, "NOR", ("thomas-alsgaard",), True),
            ("xc/10km-men", B, "FIN", ("mika-myllylae",), True),
        ],
        {
            "bjorn-daehlie": "Bjørn DÆHLIE",
            "thomas-alsgaard": "Thomas ALSGAARD",
            "mika-myllylae": "Mika MYLLYLÄ",
        },
    )
    merged = merge(*((tie, full) if tie_first else (full, tie)))
    assert Counter((e.medal, e.noc) for e in merged.entries) == {(G, "NOR"): 2, (B, "FIN"): 1}


@pytest.mark.parametrize("unnamed_first", [True, False])
def test_tied_teams_one_source_leaves_unnamed_gain_the_other_s_members(
    unnamed_first: bool,
) -> None:
    """Two bronzes for one nation, unnamed in one source, are the other source's two.

    olympics.com names no member of Great Britain's two hockey bronzes of 1908, and
    Kaggle names both teams. Either unnamed entry is as good as the other: each gets
    one team, no medal is reported as given twice, and merging a source with itself
    reports nothing.
    """
    unnamed = history(
        [event("hockey/hockey-men", "hockey men", discipline="Hockey", team=True)],
        [
            ("hockey/hockey-men", B, "GBR", (), False),
            ("hockey/hockey-men", B, "GBR", (), False),
        ],
        {},
    )
    named = history(
        [event("hockey/hockey", "Hockey Men's Hockey", discipline="Hockey", team=True)],
        [
            ("hockey/hockey", B, "GBR", ("k:1", "k:2"), True),
            ("hockey/hockey", B, "GBR", ("k:3", "k:4"), True),
        ],
        {"k:1": "Alexander Burt", "k:2": "John Burt", "k:3": "Arthur Law", "k:4": "Hew Fraser"},
    )
    merged = merge(*((unnamed, named) if unnamed_first else (named, unnamed)))
    assert sorted(e.athletes for e in merged.entries) == [("k:1", "k:2"), ("k:3", "k:4")]
    assert all(e.complete for e in merged.entries)
    assert not conflicts(merged)
    assert merge(unnamed, unnamed) == merge(unnamed)


@pytest.mark.parametrize("partial_first", [True, False])
def test_a_named_tied_team_is_paired_with_an_unnamed_one_first(partial_first: bool) -> None:
    """Of two tied teams of one nation, a named one is one the other source left unnamed.

    One source names one member of one of Norway's two relay golds, the other names
    the whole other team: nothing says they are one team, and each source has an
    unnamed gold the other team may be. Each team keeps its members in either order.
    """
    partial = history(
        [event("xc/relay", "relay men", team=True)],
        [
            ("xc/relay", G, "NOR", (), False),
            ("xc/relay", G, "NOR", ("niklas-jonsson",), False),
        ],
        {"niklas-jonsson": "Niklas JONSSON"},
    )
    whole = history(
        [event("xc/relay-4x10km", "4x10km relay", team=True)],
        [
            ("xc/relay-4x10km", G, "NOR", (), False),
            ("xc/relay-4x10km", G, "NOR", ("k:1", "k:2"), True),
        ],
        {"k:1": "Thomas Alsgaard", "k:2": "Bjorn Daehlie"},
    )
    merged = merge(*((partial, whole) if partial_first else (whole, partial)))
    assert sorted(e.athletes for e in merged.entries) == [("k:1", "k:2"), ("niklas-jonsson",)]


@pytest.mark.parametrize("partial_first", [True, False])
def test_tied_teams_are_paired_by_a_name_spelled_alike(partial_first: bool) -> None:
    """A member whose name a source spells with a letter dropped tells his team.

    Norway wins two relay golds. olympics.com names one member of one team, Kaggle
    names both teams and drops a letter of his name: his team is the one he is in,
    not the first in order, and he has one gold.
    """
    partial = history(
        [event("xc/relay", "relay men", team=True)],
        [
            ("xc/relay", G, "NOR", (), False),
            ("xc/relay", G, "NOR", ("bjorn-granstrom",), False),
        ],
        {"bjorn-granstrom": "Bjørn GRANSTRÖM"},
    )
    kaggle = history(
        [event("xc/relay-4x10km", "4x10km relay", team=True)],
        [
            ("xc/relay-4x10km", G, "NOR", ("k:1", "k:2"), True),
            ("xc/relay-4x10km", G, "NOR", ("k:3", "k:4"), True),
        ],
        {"k:1": "Bjorn Ganstrom", "k:2": "Thomas Eriksen", "k:3": "Pal Berg", "k:4": "Ole Lie"},
    )
    merged = merge(*((partial, kaggle) if partial_first else (kaggle, partial)))
    granstrom = find_athlete(merged, "Granström").id
    assert granstrom == find_athlete(merged, "Ganstrom").id
    assert golds(merged, granstrom) == 1
    assert len(merged.entries) == 2
