"""Tests for merge(): Games, events, athletes and entries linked across sources."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

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
    Scope,
    Season,
    Tally,
    datasets,
    find_athlete,
    leaderboard,
    medal_table,
    record,
)
from olympics_records.errors import Issue
from olympics_records.merging import SOURCE, merge, merge_report
from olympics_records.merging._labels import discipline_of_label, disciplines_fit
from olympics_records.merging._names import words_alike
from olympics_records.names import display_name, name_key

NAGANO = Games(year=1998, season=Season.WINTER, city="Nagano")
NOCS = {
    code: Noc(code=code, name=name)
    for code, name in [
        ("NOR", "Norway"),
        ("FIN", "Finland"),
        ("SWE", "Sweden"),
        ("ITA", "Italy"),
        ("AUT", "Austria"),
        ("GER", "Germany"),
        ("GBR", "Great Britain"),
        ("DEN", "Denmark"),
        ("BRA", "Brazil"),
        ("USA", "United States"),
    ]
}


def event(
    eid: str, name: str, *, discipline: str = "Cross-Country Skiing", team: bool = False
) -> Event:
    return Event(
        id=f"1998-winter/{eid}",
        games="1998-winter",
        sport=discipline,
        discipline=discipline,
        name=name,
        gender=Gender.MEN,
        kind=EventKind.TEAM if team else EventKind.INDIVIDUAL,
    )


def history(
    events: Iterable[Event],
    podiums: Iterable[tuple[str, Medal, str, tuple[str, ...], bool]],
    names: dict[str, str],
    *,
    games: Games = NAGANO,
    issues: Iterable[Issue] = (),
    coverage: Iterable[Coverage] = (),
) -> History:
    """A History from (event id suffix, medal, NOC, athlete ids, complete) rows."""
    entries = [
        Entry(
            event=f"1998-winter/{eid}",
            noc=noc,
            athletes=athletes,
            place=medal.place,
            medal=medal,
            complete=complete,
        )
        for eid, medal, noc, athletes, complete in podiums
    ]
    used = {e.noc for e in entries}
    return History(
        games=[games],
        events=sorted(events, key=lambda e: e.id),
        entries=entries,
        athletes=sorted((Athlete(id=a, name=n) for a, n in names.items()), key=lambda a: a.id),
        nocs=[NOCS[c] for c in sorted(used)],
        issues=issues,
        coverage=coverage,
    )


G, S, B = Medal.GOLD, Medal.SILVER, Medal.BRONZE

# olympics.com-like: ids from URLs, titles with the gender, relays without members.
LATIN = history(
    [
        event("xc/10km-men", "10km men"),
        event("xc/50km-men", "50 km classical men"),
        event("xc/relay-4x10km-men", "relay 4 x 10km men", team=True),
    ],
    [
        ("xc/10km-men", G, "NOR", ("bjorn-daehlie",), True),
        ("xc/10km-men", S, "AUT", ("markus-gandler",), True),
        ("xc/10km-men", B, "FIN", ("mika-myllylae",), True),
        ("xc/50km-men", G, "NOR", ("bjorn-daehlie",), True),
        ("xc/50km-men", S, "SWE", ("niklas-jonsson",), True),
        ("xc/50km-men", B, "AUT", ("christian-hoffmann",), True),
        ("xc/relay-4x10km-men", G, "NOR", ("thomas-alsgaard",), False),
        ("xc/relay-4x10km-men", S, "ITA", (), False),
        ("xc/relay-4x10km-men", B, "FIN", (), False),
    ],
    {
        "bjorn-daehlie": "Björn DAEHLIE",
        "markus-gandler": "Markus GANDLER",
        "mika-myllylae": "Mika MYLLYLÄ",
        "niklas-jonsson": "Niklas JONSSON",
        "christian-hoffmann": "Christian HOFFMANN",
        "thomas-alsgaard": "Thomas ALSGAARD",
    },
)

# OlympAnalyt-like: NOC-scoped name keys, Cyrillic surnames, other titles, full relays.
CYRILLIC = history(
    [
        event("cross-country-skiing/10km", "10km", discipline="Cross Country Skiing"),
        event("cross-country-skiing/50km", "50km classic", discipline="Cross Country Skiing"),
        event(
            "cross-country-skiing/4x10km-relay",
            "4x10km relay",
            discipline="Cross Country Skiing",
            team=True,
        ),
    ],
    [
        ("cross-country-skiing/10km", G, "NOR", ("NOR:deli",), True),
        ("cross-country-skiing/10km", S, "AUT", ("AUT:gandler",), True),
        ("cross-country-skiing/10km", B, "FIN", ("FIN:myullyula",), True),
        ("cross-country-skiing/50km", G, "NOR", ("NOR:deli",), True),
        ("cross-country-skiing/50km", S, "SWE", ("SWE:yonsson",), True),
        ("cross-country-skiing/50km", B, "AUT", ("AUT:khoffmann",), True),
        (
            "cross-country-skiing/4x10km-relay",
            G,
            "NOR",
            ("NOR:evne", "NOR:olsgord", "NOR:sivertsen", "NOR:deli"),
            True,
        ),
        ("cross-country-skiing/4x10km-relay", S, "ITA", (), False),
        ("cross-country-skiing/4x10km-relay", B, "FIN", (), False),
    ],
    {
        "NOR:deli": "Дэли",
        "AUT:gandler": "Гандлер",
        "FIN:myullyula": "Мюллюла",
        "SWE:yonsson": "Йонссон",
        "AUT:khoffmann": "Хоффманн",
        "NOR:evne": "Йевне",
        "NOR:olsgord": "ALSGAARD Thomas",
        "NOR:sivertsen": "Сивертсен",
    },
)


def golds(h: History, athlete: str) -> int:
    return sum(1 for e in h.results if e.medal is G and athlete in e.athletes)


def conflicts(h: History) -> list[Issue]:
    return [i for i in h.issues if i.source == SOURCE]


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


# Events and athletes --------------------------------------------------------------


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


# Partial podiums, several ids for one athlete, and the order of the histories ----------


def _partial_and_full() -> tuple[History, History]:
    """The bundle's shape (only the golds) and olympics.com's (full podiums, results)."""
    partial = history(
        [
            event("cross-country-skiing/10km-classical", "10km classical"),
            event("cross-country-skiing/50km-freestyle", "50km freestyle"),
            event("cross-country-skiing/4-x-10km-relay", "4 x 10km relay", team=True),
        ],
        [
            ("cross-country-skiing/10km-classical", G, "NOR", ("bjoern-daehlie",), True),
            ("cross-country-skiing/50km-freestyle", G, "NOR", ("bjoern-daehlie",), True),
            (
                "cross-country-skiing/4-x-10km-relay",
                G,
                "NOR",
                ("sture-sivertsen", "erling-jevne", "bjoern-daehlie", "thomas-alsgaard"),
                True,
            ),
        ],
        {
            "bjoern-daehlie": "Bjørn Dæhlie",
            "sture-sivertsen": "Sture Sivertsen",
            "erling-jevne": "Erling Jevne",
            "thomas-alsgaard": "Thomas Alsgaard",
        },
    )
    full = history(
        [
            event("xc/10km-men", "10km classical men"),
            event("xc/50km-men", "50km men"),
            event("xc/pursuit-men", "combined 10km 15km pursuit men"),
            event("xc/relay-4x10km-men", "relay 4x10km men", team=True),
        ],
        [
            ("xc/10km-men", G, "NOR", ("bjorn-daehlie",), True),
            ("xc/10km-men", S, "AUT", ("markus-gandler",), True),
            ("xc/10km-men", B, "FIN", ("mika-myllylae",), True),
            ("xc/50km-men", G, "NOR", ("bjorn-daehlie",), True),
            ("xc/50km-men", S, "SWE", ("niklas-jonsson",), True),
            ("xc/50km-men", B, "AUT", ("christian-hoffmann",), True),
            # A relay member's individual gold: the relay's only rival with a name in it.
            ("xc/pursuit-men", G, "NOR", ("thomas-alsgaard",), True),
            ("xc/pursuit-men", S, "NOR", ("bjorn-daehlie",), True),
            ("xc/pursuit-men", B, "FIN", ("mika-myllylae",), True),
            ("xc/relay-4x10km-men", G, "NOR", (), False),
            ("xc/relay-4x10km-men", S, "ITA", (), False),
            ("xc/relay-4x10km-men", B, "FIN", (), False),
        ],
        {
            "bjorn-daehlie": "Bjorn DAEHLIE",
            "markus-gandler": "Markus GANDLER",
            "mika-myllylae": "Mika MYLLYLÄ",
            "niklas-jonsson": "Niklas JONSSON",
            "christian-hoffmann": "Christian HOFFMANN",
            "thomas-alsgaard": "Thomas ALSGAARD",
            "erling-jevne": "Erling JEVNE",
        },
    )
    # Full results: entries without a medal count for nothing in aligning events.
    results = [
        Entry(event="1998-winter/xc/50km-men", noc="NOR", athletes=("erling-jevne",), place=4),
        Entry(event="1998-winter/xc/10km-men", noc="NOR", athletes=("thomas-alsgaard",), place=5),
    ]
    return partial, attrs.evolve(full, entries=[*full.entries, *results])


def test_partial_podium_aligns_with_full_podium_in_either_order() -> None:
    partial, full = _partial_and_full()
    expected = {
        ("1998-winter/cross-country-skiing/10km-classical", "1998-winter/xc/10km-men"),
        ("1998-winter/cross-country-skiing/50km-freestyle", "1998-winter/xc/50km-men"),
        ("1998-winter/cross-country-skiing/4-x-10km-relay", "1998-winter/xc/relay-4x10km-men"),
    }
    first = merge_report(partial, full)
    assert {(link.merged, link.event) for link in first.events} == expected
    second = merge_report(full, partial)
    assert {(link.event, link.merged) for link in second.events} == expected
    for merged, daehlie in [(first.history, "bjoern-daehlie"), (second.history, "bjorn-daehlie")]:
        assert len(merged.events) == 4
        assert golds(merged, daehlie) == 3
        relay = [e for e in merged.results if e.medal is G and len(e.athletes) == 4]
        assert len(relay) == 1
        assert len([e for e in merged.results if e.medal is not None]) == 12
        assert not conflicts(merged)


def test_an_id_made_from_a_name_is_the_source_s_own_id_of_that_name() -> None:
    # olympics.com ids athletes by URL; a row without a URL gets "NOC:name-key".
    h = history(
        [
            event("xc/sprint", "sprint classic"),
            event("xc/skiathlon", "15km 15km skiathlon"),
            event("biathlon/sprint", "10km sprint", discipline="Biathlon"),
        ],
        [
            ("xc/sprint", G, "NOR", ("klaebo",), True),
            ("xc/skiathlon", G, "NOR", ("NOR:hosflot-johannes-klabo",), True),
            # The same name in another discipline is no evidence.
            ("biathlon/sprint", G, "NOR", ("NOR:bo-johannes-thingnes",), True),
        ],
        {
            "klaebo": "Johannes Hoesflot KLAEBO",
            "NOR:hosflot-johannes-klabo": "Johannes Høsflot Klæbo",
            "NOR:bo-johannes-thingnes": "Johannes Thingnes Bø",
        },
    )
    report = merge_report(h, labels=["olympics.com"])
    merged = report.history
    assert golds(merged, "klaebo") == 2
    assert {a.id for a in merged.athletes} == {"klaebo", "NOR:bo-johannes-thingnes"}
    (link,) = report.athletes
    assert (link.source, link.athlete, link.merged) == (
        "olympics.com",
        "NOR:hosflot-johannes-klabo",
        "klaebo",
    )
    assert "made from the name" in link.evidence
    assert merged.get_athlete("klaebo").name == "Johannes Høsflot Klæbo"


def _split() -> History:
    """One athlete under two ids of one source (Cyrillic one Games, Latin another)."""
    return history(
        [
            event("cross-country-skiing/10km", "10km", discipline="Cross Country Skiing"),
            event("cross-country-skiing/50km", "50km", discipline="Cross Country Skiing"),
        ],
        [
            ("cross-country-skiing/10km", G, "NOR", ("NOR:deli",), True),
            ("cross-country-skiing/10km", S, "AUT", ("AUT:gandler",), True),
            ("cross-country-skiing/50km", G, "NOR", ("NOR:bjorn-dahlie",), True),
            ("cross-country-skiing/50km", S, "SWE", ("SWE:jonsson",), True),
        ],
        {
            "NOR:deli": "Дэли",
            "NOR:bjorn-dahlie": "Bjørn DÆHLIE",
            "AUT:gandler": "Гандлер",
            "SWE:jonsson": "Niklas Jonsson",
        },
    )


@pytest.mark.parametrize("split_first", [True, False])
def test_one_athlete_split_by_one_source_is_one_whichever_comes_first(split_first: bool) -> None:
    split = _split()
    report = merge_report(*((split, LATIN) if split_first else (LATIN, split)))
    merged = report.history
    holders = {a for e in merged.results if e.medal is G and e.noc == "NOR" for a in e.athletes}
    # LATIN lists only Alsgaard in the relay; the two individual golds are one athlete's.
    daehlie = holders - {"thomas-alsgaard"}
    assert len(daehlie) == 1
    assert golds(merged, daehlie.pop()) == 2
    if split_first:
        # The two ids of the first history are united, and the evidence says why.
        (united,) = [link for link in report.athletes if "both are" in link.evidence]
        assert {united.athlete, united.merged} == {"NOR:deli", "NOR:bjorn-dahlie"}
        assert "bjorn-daehlie" in united.evidence


@pytest.mark.parametrize("two_first", [True, False])
def test_an_id_that_is_two_people_is_split_by_its_results(two_first: bool) -> None:
    """An id made from a surname that two people share is split by its results.

    Each result goes to the one person of the other source it is (the ids a source
    gave), never chaining the two into one; the surname is an alias of both.
    """
    # A surname alone, one source's id for a man and a woman of one nation.
    two = history(
        [
            event("biathlon/10km", "10km", discipline="Biathlon"),
            attrs.evolve(event("canoe/k1", "K1 500m", discipline="Canoe"), gender=Gender.WOMEN),
        ],
        [
            ("biathlon/10km", G, "NOR", ("NOR:fisher",), True),
            ("canoe/k1", G, "NOR", ("NOR:fisher",), True),
        ],
        {"NOR:fisher": "Фишер"},
    )
    each = history(
        [
            event("biathlon/10km-men", "10km men", discipline="Biathlon"),
            attrs.evolve(
                event("canoe/k1-women", "K1 500m women", discipline="Canoe"), gender=Gender.WOMEN
            ),
        ],
        [
            ("biathlon/10km-men", G, "NOR", ("sven-fischer",), True),
            ("canoe/k1-women", G, "NOR", ("birgit-fischer",), True),
        ],
        {"sven-fischer": "Sven Fischer", "birgit-fischer": "Birgit Fischer"},
    )
    report = merge_report(*((two, each) if two_first else (each, two)))
    merged = report.history
    assert {a.id for a in merged.athletes} == {"sven-fischer", "birgit-fischer"}
    assert [e.athletes for e in merged.entries_of_athlete("sven-fischer")] == [("sven-fischer",)]
    assert len(merged.entries_of_athlete("birgit-fischer")) == 1
    assert {a.aliases for a in merged.athletes} == {("Фишер",)}
    assert {(link.athlete, link.merged) for link in report.athletes} == {
        ("NOR:fisher", "birgit-fischer"),
        ("NOR:fisher", "sven-fischer"),
    }
    assert len(merged.events) == 2


# One event for two --------------------------------------------------------------------

# olympics.com's shape in 1912: the coxed four's medals and the eight's in one event,
# crews without members.
FOLDED = history(
    [
        event(
            "rowing/four-oared-shell-with-coxswain-men",
            "four-oared shell with coxswain men",
            discipline="Rowing",
            team=True,
        )
    ],
    [
        ("rowing/four-oared-shell-with-coxswain-men", G, "GER", (), False),
        ("rowing/four-oared-shell-with-coxswain-men", S, "GBR", (), False),
        ("rowing/four-oared-shell-with-coxswain-men", B, "DEN", (), False),
        ("rowing/four-oared-shell-with-coxswain-men", B, "NOR", (), False),
        ("rowing/four-oared-shell-with-coxswain-men", G, "GBR", (), False),
        ("rowing/four-oared-shell-with-coxswain-men", S, "GBR", (), False),
        ("rowing/four-oared-shell-with-coxswain-men", B, "GER", (), False),
    ],
    {},
)

# OlympAnalyt's: two events, whole crews (two rowers each, for short).
CREWS = [
    ("rowing/four-oared-shell-with-coxswain", G, "GER", ("GER:four1", "GER:four2"), True),
    ("rowing/four-oared-shell-with-coxswain", S, "GBR", ("GBR:four1", "GBR:four2"), True),
    ("rowing/four-oared-shell-with-coxswain", B, "DEN", ("DEN:four1", "DEN:four2"), True),
    ("rowing/four-oared-shell-with-coxswain", B, "NOR", ("NOR:four1", "NOR:four2"), True),
    ("rowing/eight-with-coxswain-8", G, "GBR", ("GBR:eight1", "GBR:eight2"), True),
    ("rowing/eight-with-coxswain-8", S, "GBR", ("GBR:second1", "GBR:second2"), True),
    ("rowing/eight-with-coxswain-8", B, "GER", ("GER:eight1", "GER:eight2"), True),
]
APART = history(
    [
        event(
            "rowing/four-oared-shell-with-coxswain",
            "four-oared shell with coxswain",
            discipline="Rowing",
            team=True,
        ),
        event(
            "rowing/eight-with-coxswain-8",
            "eight with coxswain (8+)",
            discipline="Rowing",
            team=True,
        ),
    ],
    CREWS,
    {a: " ".join(reversed(a.split(":"))) for *_, crew, _ in CREWS for a in crew},
)


def medals_by_event(h: History) -> dict[str, list[tuple[Medal, str, int]]]:
    """Each event's medals: (medal, NOC, number of athletes), in order."""
    return {
        e.id: sorted(
            ((x.medal, x.noc, len(x.athletes)) for x in h.entries_of_event(e.id) if x.medal),
            key=lambda m: (m[0].place, m[1], m[2]),
        )
        for e in h.events
    }


@pytest.mark.parametrize("folded_first", [True, False])
def test_an_event_holding_two_events_medals_counts_each_medal_once(folded_first: bool) -> None:
    """One source's event that is two of another's: each real medal counts once."""
    report = merge_report(*((FOLDED, APART) if folded_first else (APART, FOLDED)))
    merged = report.history
    # Seven medals, not ten (the eight's three twice), and none taken for disputed:
    # the merged History has both events, whichever came first.
    assert len([e for e in merged.results if e.medal]) == 7
    four = "1998-winter/rowing/four-oared-shell-with-coxswain" + ("-men" if folded_first else "")
    assert medals_by_event(merged) == {
        four: [(G, "GER", 2), (S, "GBR", 2), (B, "DEN", 2), (B, "NOR", 2)],
        "1998-winter/rowing/eight-with-coxswain-8": [(G, "GBR", 2), (S, "GBR", 2), (B, "GER", 2)],
    }
    table = {row.noc: (row.gold, row.silver, row.bronze) for row in medal_table(merged, NAGANO)}
    assert table == {
        "GBR": (1, 2, 0),
        "GER": (1, 0, 1),
        "DEN": (0, 0, 1),
        "NOR": (0, 0, 1),
    }
    # The fold is reported once, as such; no medal is said to be disputed.
    assert [(i.field, i.value) for i in conflicts(merged)] == [("event", four)]
    assert "eight-with-coxswain-8" in conflicts(merged)[0].message


def test_a_folded_event_is_shared_by_medal_then_shape_with_a_partial_podium() -> None:
    """The trap of 1912: an individual podium lacking its bronze, and a team event."""
    folded = history(
        [event("shooting/trap-men", "trap 125 targets men", discipline="Shooting", team=True)],
        [
            ("shooting/trap-men", G, "USA", (), False),
            ("shooting/trap-men", S, "GBR", (), False),
            ("shooting/trap-men", B, "GER", (), False),
            ("shooting/trap-men", G, "USA", ("jay-graham",), True),
            ("shooting/trap-men", S, "GER", ("alfred-goeldel",), True),
            ("shooting/trap-men", B, "SWE", ("harry-blau",), True),
        ],
        {
            "jay-graham": "Jay GRAHAM",
            "alfred-goeldel": "Alfred GOELDEL",
            "harry-blau": "Harry BLAU",
        },
    )
    apart = history(
        [
            event("shooting/trap", "Trap", discipline="Shooting"),
            event(
                "shooting/clay-pigeons-team", "clay pigeons, team", discipline="Shooting", team=True
            ),
        ],
        [
            ("shooting/trap", G, "USA", ("USA:graham-james",), True),
            ("shooting/trap", S, "GER", ("GER:alfred-goldel",), True),
            ("shooting/clay-pigeons-team", G, "USA", ("USA:graham-james", "USA:frank-hall"), True),
            ("shooting/clay-pigeons-team", S, "GBR", ("GBR:palmer", "GBR:humby"), True),
            ("shooting/clay-pigeons-team", B, "GER", ("GER:goldel-horst", "GER:koch"), True),
        ],
        {
            "USA:graham-james": "James GRAHAM",
            "USA:frank-hall": "Frank HALL",
            "GER:alfred-goldel": "Alfred GÖLDEL",
            "GBR:palmer": "Charles PALMER",
            "GBR:humby": "Harry HUMBY",
            "GER:goldel-horst": "Horst GÖLDEL",
            "GER:koch": "Erland KOCH",
        },
    )
    for first, second in [(folded, apart), (apart, folded)]:
        merged = merge(first, second)
        shared = {e.name: e.id for e in merged.events}
        trap = shared.get("Trap", shared.get("trap 125 targets men"))
        assert trap is not None
        by_event = medals_by_event(merged)
        # The bronze only olympics.com has is the individual event's (its podium
        # lacked one); the single athlete's gold is the individual one.
        assert by_event[trap] == [(G, "USA", 1), (S, "GER", 1), (B, "SWE", 1)]
        team = next(e for e in by_event if e != trap)
        assert by_event[team] == [(G, "USA", 2), (S, "GBR", 2), (B, "GER", 2)]
        graham = {a for e in merged.entries_of_event(trap) if e.medal is G for a in e.athletes}
        assert len(graham) == 1
        assert graham <= {a for e in merged.entries_of_event(team) for a in e.athletes}
        # The folded event was a team event for its team part only.
        assert merged.get_event(trap).kind is EventKind.INDIVIDUAL
        assert not [i for i in conflicts(merged) if i.field == "kind"]


def _podium(draw: st.DrawFn, bronzes: st.SearchStrategy[int]) -> list[tuple[Medal, str]]:
    nations = st.sampled_from(sorted(NOCS))
    return [(G, draw(nations)), (S, draw(nations))] + [
        (B, draw(nations)) for _ in range(draw(bronzes))
    ]


@st.composite
def folds(draw: st.DrawFn) -> tuple[History, History, int]:
    """Two events of one source (the first may lack its bronze) and another's one."""
    first = _podium(draw, st.integers(0, 2))
    second = _podium(draw, st.integers(1, 2))
    named = draw(st.booleans())
    rows = [
        (eid, medal, noc, (f"{noc}:{eid[-1]}{i}",) if named else (), named)
        for eid, podium in (("rowing/a", first), ("rowing/b", second))
        for i, (medal, noc) in enumerate(podium)
    ]
    apart = history(
        [
            event("rowing/a", "coxed four", discipline="Rowing", team=True),
            event("rowing/b", "eight", discipline="Rowing", team=True),
        ],
        rows,
        {a: f"Rower {a.replace(':', ' ')}" for *_, crew, _ in rows for a in crew},
    )
    whole = draw(st.permutations([("rowing/whole", m, n, (), False) for _, m, n, *_ in rows]))
    folded = history(
        [event("rowing/whole", "coxed four men", discipline="Rowing", team=True)], whole, {}
    )
    return apart, folded, len(rows)


@given(folds(), st.booleans())
def test_an_event_folded_from_two_merged_with_them_counts_each_medal_once(
    fold: tuple[History, History, int], folded_first: bool
) -> None:
    """Each medal counts once: one source's event holding two events' medals is both."""
    apart, folded, medals = fold
    merged = merge(*((folded, apart) if folded_first else (apart, folded)))
    assert len(merged.events) == 2
    assert len([e for e in merged.results if e.medal]) == medals
    assert medal_table(merged, NAGANO) == medal_table(apart, NAGANO)


def test_one_podium_with_ties_is_not_taken_for_two_events() -> None:
    """A podium with a single gold is never two events' medals."""
    judo = history(
        [event("judo/60kg", "60kg", discipline="Judo")],
        [
            ("judo/60kg", G, "GER", ("a",), True),
            ("judo/60kg", S, "GBR", ("b",), True),
            ("judo/60kg", B, "DEN", ("c",), True),
            ("judo/60kg", B, "NOR", ("d",), True),
        ],
        {"a": "Anna A", "b": "Bea B", "c": "Cleo C", "d": "Dora D"},
    )
    halves = history(
        [
            event("judo/60", "-60kg", discipline="Judo"),
            event("judo/60b", "-60kg b", discipline="Judo"),
        ],
        [
            ("judo/60", G, "GER", ("GER:x",), True),
            ("judo/60", S, "GBR", ("GBR:y",), True),
            ("judo/60b", B, "DEN", ("DEN:z",), True),
            ("judo/60b", B, "NOR", ("NOR:w",), True),
        ],
        {"GER:x": "Anna A", "GBR:y": "Bea B", "DEN:z": "Cleo C", "NOR:w": "Dora D"},
    )
    merged = merge(judo, halves)
    assert not [i for i in conflicts(merged) if i.field == "event"]
    assert len(merged.entries_of_event("1998-winter/judo/60kg")) == 4


# Disciplines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other", "fit"),
    [
        ("Cross Country Skiing", "Cross-Country Skiing", True),
        ("Gymnastics Artistic", "Artistic Gymnastics", True),
        ("Gymnastics", "Gymnastics Artistic", True),
        ("Wrestling", "Wrestling Freestyle", True),
        ("Cycling BMX", "Cycling BMX Racing", True),
        ("Short Track", "Short Track Speed Skating", True),
        ("Synchronized Swimming", "Artistic Swimming", True),
        ("Baseball^(1992-2008)", "Baseball", True),
        ("Volleyball", "Beach Volleyball", False),
        ("Swimming", "Marathon Swimming", False),
        ("Speed Skating", "Short Track Speed Skating", False),
        ("Tennis", "Table Tennis", False),
        ("Polo", "Water Polo", False),
        ("Hockey", "Ice Hockey", False),
        ("Basketball", "3x3 Basketball", False),
    ],
)
def test_disciplines_are_one_only_when_they_are(one: str, other: str, fit: bool) -> None:
    """A sport and its branch written after it are one; words before make another."""
    assert disciplines_fit(discipline_of_label(one), discipline_of_label(other)) is fit
    assert disciplines_fit(discipline_of_label(other), discipline_of_label(one)) is fit


@pytest.mark.parametrize("partial_first", [True, False])
def test_a_beach_volleyball_podium_is_not_an_indoor_one(partial_first: bool) -> None:
    beach = history(
        [
            event(
                "beach-volleyball/men",
                "beach volleyball men",
                discipline="Beach Volleyball",
                team=True,
            )
        ],
        [
            ("beach-volleyball/men", G, "BRA", (), False),
            ("beach-volleyball/men", S, "USA", (), False),
            ("beach-volleyball/men", B, "SWE", (), False),
        ],
        {},
    )
    indoor_gold = history(
        [event("volleyball/men", "volleyball", discipline="Volleyball", team=True)],
        [("volleyball/men", G, "BRA", (), False)],
        {},
    )
    report = merge_report(*((indoor_gold, beach) if partial_first else (beach, indoor_gold)))
    assert not report.events
    assert len(report.history.events) == 2


# olympics.com-like: the beach volleyball team with its one-name Ricardo, the indoor
# team without members; OlympAnalyt-like: the indoor team listed whole.
BEACH_RICARDO = history(
    [
        event(
            "beach-volleyball/men", "beach volleyball men", discipline="Beach Volleyball", team=True
        ),
        event("volleyball/men", "volleyball men", discipline="Volleyball", team=True),
    ],
    [
        ("beach-volleyball/men", G, "BRA", ("ricardo", "emanuel"), True),
        ("volleyball/men", S, "BRA", (), False),
    ],
    {"ricardo": "RICARDO", "emanuel": "EMANUEL"},
)
INDOOR_RICARDO = history(
    [event("volleyball/volleyball", "volleyball", discipline="Volleyball", team=True)],
    [("volleyball/volleyball", S, "BRA", ("BRA:garcia-ricardo", "BRA:giba"), True)],
    {"BRA:garcia-ricardo": "Ricardo GARCIA", "BRA:giba": "GIBA"},
)


@pytest.mark.parametrize("beach_first", [True, False])
def test_a_name_is_no_link_across_disciplines(beach_first: bool) -> None:
    """Two Ricardos of Brazil, indoor and on the beach, are two athletes."""
    histories = (BEACH_RICARDO, INDOOR_RICARDO)
    report = merge_report(*(histories if beach_first else histories[::-1]))
    merged = report.history
    assert not report.athletes
    ricardos = {
        a.id: {merged.get_event(e.event).discipline for e in merged.results if a.id in e.athletes}
        for a in merged.athletes
        if "ricardo" in a.name.lower()
    }
    assert sorted(ricardos.values(), key=sorted) == [{"Beach Volleyball"}, {"Volleyball"}]


@pytest.mark.parametrize("split_first", [True, False])
def test_results_unite_one_athlete_across_related_disciplines(split_first: bool) -> None:
    """A swimmer who won a marathon swim: results, not a name, say it is one person."""
    one_id = history(
        [
            event("swimming/1500m-men", "1500m freestyle men", discipline="Swimming"),
            event("marathon/10km-men", "marathon 10km men", discipline="Marathon Swimming"),
        ],
        [
            ("swimming/1500m-men", B, "GBR", ("david-davies",), True),
            ("marathon/10km-men", S, "GBR", ("david-davies",), True),
        ],
        {"david-davies": "David DAVIES"},
    )
    two_ids = history(
        [
            event("swimming/1500m", "1500m freestyle", discipline="Swimming"),
            event("marathon/10km", "marathon 10km", discipline="Marathon swimming"),
        ],
        [
            ("swimming/1500m", B, "GBR", ("GBR:devis-deyv",), True),
            ("marathon/10km", S, "GBR", ("GBR:david-davies",), True),
        ],
        {"GBR:devis-deyv": "Дэйв Девис", "GBR:david-davies": "David DAVIES"},
    )
    merged = merge(*((two_ids, one_id) if split_first else (one_id, two_ids)))
    assert len(merged.athletes) == 1
    assert not conflicts(merged)


# A team member matched once the others are linked, whichever history links them -------

# OlympAnalyt-like: Hanevold under two ids (Cyrillic one Games, Latin another).
RELAY_CYRILLIC = history(
    [
        event("biathlon/relay", "4x7.5km relay", discipline="Biathlon", team=True),
        event("biathlon/20km", "20km individual", discipline="Biathlon"),
        event("biathlon/10km", "10km sprint", discipline="Biathlon"),
    ],
    [
        ("biathlon/relay", G, "NOR", ("NOR:borndalen", "NOR:gelland", "NOR:khanevold"), True),
        ("biathlon/20km", G, "NOR", ("NOR:khanevold",), True),
        ("biathlon/10km", G, "NOR", ("NOR:borndalen",), True),
        ("biathlon/10km", S, "NOR", ("NOR:halvard-hanevold",), True),
    ],
    {
        "NOR:borndalen": "Бьорндален",
        "NOR:gelland": "Гьелланд",
        "NOR:khanevold": "Ханеволд",
        "NOR:halvard-hanevold": "Halvard HANEVOLD",
    },
)
# The bundle-like: the whole relay in Latin letters.
RELAY_LATIN = history(
    [
        event("biathlon/4-x-7-5km-relay", "4 x 7.5km relay", discipline="Biathlon", team=True),
        event("biathlon/10km-sprint", "10km sprint", discipline="Biathlon"),
    ],
    [
        (
            "biathlon/4-x-7-5km-relay",
            G,
            "NOR",
            ("ole-einar-bjorndalen", "halvard-hanevold", "egil-gjelland"),
            True,
        ),
        ("biathlon/10km-sprint", G, "NOR", ("ole-einar-bjorndalen",), True),
        ("biathlon/10km-sprint", S, "NOR", ("halvard-hanevold",), True),
    ],
    {
        "ole-einar-bjorndalen": "Ole Einar Bjørndalen",
        "halvard-hanevold": "Halvard Hanevold",
        "egil-gjelland": "Egil Gjelland",
    },
)
# olympics.com-like: no relay members, but both of Hanevold's individual medals.
RELAY_URLS = history(
    [
        event("biathlon/4x75km-relay-men", "4x7.5km relay men", discipline="Biathlon", team=True),
        event("biathlon/20km-men", "20km men", discipline="Biathlon"),
        event("biathlon/10km-men", "10km men", discipline="Biathlon"),
    ],
    [
        ("biathlon/4x75km-relay-men", G, "NOR", (), False),
        ("biathlon/20km-men", G, "NOR", ("hanevold",), True),
        ("biathlon/10km-men", G, "NOR", ("bjorndalen",), True),
        ("biathlon/10km-men", S, "NOR", ("hanevold",), True),
    ],
    {"hanevold": "Halvard HANEVOLD", "bjorndalen": "Ole Einar BJØRNDALEN"},
)


@pytest.mark.parametrize(
    "order", list(itertools.permutations(range(3))), ids=lambda o: "-".join(map(str, o))
)
def test_a_team_member_is_linked_whichever_history_links_the_others(
    order: tuple[int, ...],
) -> None:
    """Gjelland is one athlete in every order, once Hanevold's two ids are one.

    Only the third history says that Ханеволд is Halvard Hanevold; with the Cyrillic
    history first, the Latin relay's Gjelland is the one member left on each side
    only after it.
    """
    histories = [RELAY_CYRILLIC, RELAY_LATIN, RELAY_URLS]
    merged = merge(*(histories[i] for i in order))
    relay = next(e for e in merged.results if e.medal is G and len(e.athletes) > 1)
    assert len(relay.athletes) == 3
    assert len(merged.athletes) == 3
    assert not conflicts(merged)


def test_a_team_member_spelled_alike_is_linked_in_the_team() -> None:
    """``Гьелланд`` (``gelland``) is ``Egil Gjelland``: a name with a letter left out."""
    merged = merge(RELAY_CYRILLIC, RELAY_LATIN)
    assert not conflicts(merged)
    gjelland = find_athlete(merged, "Egil Gjelland")
    assert gjelland.aliases == ("Гьелланд",)


def test_a_team_member_left_unmatched_is_reported_where_nothing_links_the_others() -> None:
    # Gjelland's place taken by a name like none of the other list's.
    latin = History(
        games=RELAY_LATIN.games,
        events=RELAY_LATIN.events,
        entries=[
            attrs.evolve(
                e,
                athletes=tuple("frode-andresen" if a == "egil-gjelland" else a for a in e.athletes),
            )
            for e in RELAY_LATIN.entries
        ],
        athletes=[
            Athlete(id="frode-andresen", name="Frode Andresen") if a.id == "egil-gjelland" else a
            for a in RELAY_LATIN.athletes
        ],
        nocs=RELAY_LATIN.nocs,
    )
    merged = merge(RELAY_CYRILLIC, latin)
    (reported,) = conflicts(merged)
    assert reported.field == "athletes"
    assert "frode-andresen" in reported.message
    assert "both list the whole NOR team" in reported.message


# Laws -----------------------------------------------------------------------------------


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


# Real data ------------------------------------------------------------------------------

# The orders the real-data merges are checked in: which links are made must not depend
# on it, only which source's values stand.
ORDERS = [
    ("olympics.com", "OlympAnalyt", "bundle"),
    ("bundle", "olympics.com", "OlympAnalyt"),
    ("OlympAnalyt", "bundle", "olympics.com"),
]


@pytest.fixture(scope="session")
def olympics_com(shared_data: Path) -> History:
    """The olympics.com medals only."""
    return datasets.read_olympics_com(shared_data / "olympics-com", results=False)


@pytest.fixture(scope="session")
def olympics_com_results(shared_data: Path) -> History:
    """The olympics.com medals and results (160,000 entries)."""
    return datasets.read_olympics_com(shared_data / "olympics-com", results=True)


@pytest.fixture(scope="session")
def olympanalyt(shared_data: Path) -> History:
    return datasets.read_olympanalyt(shared_data / "olympanalyt" / "all_olympic_medalists.csv")


class Merges:
    """The real sources merged in an order, with or without results: each merge once."""

    def __init__(self, sources: dict[str, History], results: History) -> None:
        self.sources = sources
        self.results = results
        self.done: dict[tuple[bool, tuple[str, ...]], History] = {}

    def __call__(self, results: bool, order: tuple[str, ...]) -> History:
        if (results, order) not in self.done:
            sources = dict(self.sources, **({"olympics.com": self.results} if results else {}))
            self.done[(results, order)] = merge(*(sources[s] for s in order), labels=list(order))
        return self.done[(results, order)]


@pytest.fixture(scope="session")
def merges(olympics_com: History, olympics_com_results: History, olympanalyt: History) -> Merges:
    sources = {
        "olympics.com": olympics_com,
        "OlympAnalyt": olympanalyt,
        "bundle": datasets.milano_cortina_2026(),
    }
    return Merges(sources, olympics_com_results)


@pytest.fixture(scope="session")
def merged(olympics_com: History, olympanalyt: History) -> History:
    return merge(olympics_com, olympanalyt)


@pytest.fixture(scope="session")
def merged_2026(merges: Merges) -> History:
    return merges(False, ORDERS[0])


@pytest.fixture(
    scope="session",
    params=[(results, order) for results in (True, False) for order in ORDERS],
    ids=lambda p: f"{'results' if p[0] else 'medals'}: {', '.join(p[1])}",
)
def merged_in_order(
    request: pytest.FixtureRequest,
    merges: Merges,
    olympics_com: History,
    olympics_com_results: History,
) -> tuple[History, History]:
    """The three sources merged in one of the orders, and olympics.com as read."""
    results, order = request.param
    return merges(results, order), olympics_com_results if results else olympics_com


def names_of(h: History, holders: Iterable[str]) -> set[str]:
    from olympics_records.names import name_key

    return {name_key(h.get_athlete(a).name) for a in holders}


def test_real_career_winter_golds_whatever_the_order(
    merged_in_order: tuple[History, History],
) -> None:
    merged, _ = merged_in_order
    top = leaderboard(merged, Tally(season=Season.WINTER), limit=4)
    assert [(s.rank, s.count) for s in top] == [(1, 11), (2, 8), (2, 8), (2, 8)]
    assert names_of(merged, [top[0].subject]) == {"hosflot johannes klabo"}
    assert names_of(merged, (s.subject for s in top[1:])) == {
        "bjorgen marit",
        "bjorn dahlie",
        "bjorndalen einar ole",
    }
    # Exactly three at 8: the fifth has fewer.
    assert leaderboard(merged, Tally(season=Season.WINTER), limit=5)[4].count < 8


def test_real_norway_2022_and_phelps_2008_whatever_the_order(
    merged_in_order: tuple[History, History],
) -> None:
    merged, _ = merged_in_order
    norway = {row.noc: row for row in medal_table(merged, "2022-winter")}["NOR"]
    assert norway.gold == 16
    best = record(merged, Tally(scope=Scope.GAMES, season=Season.SUMMER))
    assert best.value == 8
    assert [(s.name.lower(), s.games.year if s.games else None) for s in best.holders] == [
        ("michael phelps", 2008)
    ]


def test_real_the_bundle_adds_no_medal_to_1998_whatever_the_order(
    merged_in_order: tuple[History, History],
) -> None:
    merged, olympics_com = merged_in_order
    # The bundle's 1998 medals (golds only) are all olympics.com's too: none is new.
    assert medal_table(merged, "1998-winter") == medal_table(olympics_com, "1998-winter")


def test_real_events_linked_are_the_same_whatever_the_order(
    merges: Merges,
) -> None:
    for results in (True, False):
        assert len({len(merges(results, order).events) for order in ORDERS}) == 1


def test_real_winter_career_record_is_shared_by_three(merged: History) -> None:
    best = record(merged, Tally(season=Season.WINTER))
    assert best.value == 8
    assert names_of(merged, (s.subject for s in best.holders)) == {
        "bjorgen marit",
        "bjorn dahlie",
        "bjorndalen einar ole",
    }


def test_real_most_golds_at_one_summer_games(merged: History) -> None:
    best = record(merged, Tally(scope=Scope.GAMES, season=Season.SUMMER))
    assert best.value == 8
    assert [(s.name.lower(), s.games.year if s.games else None) for s in best.holders] == [
        ("michael phelps", 2008)
    ]


def test_real_no_medal_counted_twice(
    olympics_com: History, merged: History, merged_2026: History
) -> None:
    norway = {row.noc: row for row in medal_table(merged_2026, "2022-winter")}["NOR"]
    assert norway.gold == 16
    assert medal_table(merged, "2018-winter") == medal_table(olympics_com, "2018-winter")
    assert medal_table(merged_2026, "2018-winter") == medal_table(olympics_com, "2018-winter")


def test_real_conflicts_are_reported(merged: History) -> None:
    reported = conflicts(merged)
    fields = {i.field for i in reported}
    # EUA/GER in 1956–64 and the mixed teams of 1900 are the same medals under
    # different codes; reallocations after doping cases are real medal disagreements.
    assert {"noc", "medal", "athletes"} <= fields
    assert any(i.value == "2012-summer/athletics/women/400m-hurdles-women" for i in reported)


def medals_of(merged: History, games: str, chosen: Callable[[Event], bool]) -> Counter[str]:
    """The medals of the chosen events of one Games, as ``"NOC medal"`` counts."""
    return Counter(
        f"{e.noc} {e.medal.value}"
        for event in merged.events
        if event.games == games and chosen(event)
        for e in merged.entries_of_event(event.id)
        if e.medal is not None
    )


def test_real_events_one_source_folds_count_each_medal_once(
    merged_in_order: tuple[History, History],
) -> None:
    """Events olympics.com or OlympAnalyt fold into one count each medal once.

    olympics.com's 1912 coxed four also holds the eight's medals, and its 1912 trap
    the team event's; OlympAnalyt's 1900 coxed four holds both finals'. Merged, each
    is two events whichever source comes first: with the folding source first, the
    other's second event is not counted again; with it second, its extra medals are
    not taken for disputed ones (Blau's 1912 trap bronze only olympics.com has).
    """
    merged, _ = merged_in_order
    rowing_1912 = medals_of(
        merged, "1912-summer", lambda e: e.discipline == "Rowing" and e.kind is EventKind.TEAM
    )
    # Coxed four GER, GBR, DEN and NOR; inriggers DEN, SWE, NOR; eight GBR, GBR, GER.
    assert rowing_1912 == Counter(
        {
            "GBR gold": 1,
            "GBR silver": 2,
            "GER gold": 1,
            "GER bronze": 1,
            "DEN gold": 1,
            "DEN bronze": 1,
            "NOR bronze": 2,
            "SWE silver": 1,
        }
    )
    coxed_fours_1900 = [
        e for e in merged.events if e.games == "1900-summer" and "four-oared-shell-with-cox" in e.id
    ]
    assert len(coxed_fours_1900) == 2
    assert medals_of(merged, "1900-summer", lambda e: e in coxed_fours_1900) == Counter(
        {"FRA gold": 1, "FRA silver": 1, "GER bronze": 2, "GER gold": 1, "NED silver": 1}
    )
    trap_1912 = medals_of(
        merged, "1912-summer", lambda e: e.discipline == "Shooting" and "trap" in e.name.lower()
    ) + medals_of(merged, "1912-summer", lambda e: "clay-pigeons" in e.id)
    # Trap: Graham, Goeldel, Blau (only olympics.com has him); team: USA, GBR, GER.
    assert trap_1912 == Counter(
        {"USA gold": 2, "GER silver": 1, "GBR silver": 1, "GER bronze": 1, "RUS bronze": 1}
    )


def test_real_gjelland_is_one_athlete_whatever_the_order(
    merged_in_order: tuple[History, History],
) -> None:
    """Egil Gjelland's two relay medals are one athlete's in every order.

    OlympAnalyt writes him ``Гьелланд`` and Hanevold ``Ханеволд``, and only
    olympics.com's results say that ``Ханеволд`` is its Halvard HANEVOLD: with
    OlympAnalyt first, the bundle's Gjelland was the one member of the 2002 relay
    left on each side only once olympics.com came in.
    """
    merged, _ = merged_in_order
    gjelland = [
        a.id for a in merged.athletes if {"gjelland", "gelland"} & set(name_key(a.name).split())
    ]
    assert len(gjelland) == 1
    medals = sorted(
        (merged.games_of(e.event).year, e.medal)
        for e in merged.results
        if e.medal is not None and gjelland[0] in e.athletes
    )
    assert medals == [(1998, S), (2002, G)]


def test_real_indoor_and_beach_volleyball_ricardos_are_two(
    merged_in_order: tuple[History, History],
) -> None:
    """Ricardo Garcia (indoor) and Ricardo Santos (beach) stay two athletes."""
    merged, _ = merged_in_order
    disciplines: dict[str, set[str]] = defaultdict(set)
    for e in merged.results:
        if e.medal is not None and e.noc == "BRA":
            discipline = merged.get_event(e.event).discipline
            for a in e.athletes:
                if (
                    "volleyball" in discipline.lower()
                    and "ricardo" in name_key(merged.get_athlete(a).name).split()
                ):
                    disciplines[a].add(discipline)
    assert sorted(map(sorted, disciplines.values())) == [["Beach Volleyball"], ["Volleyball"]]


# Rules of the complete record book -----------------------------------------------------


def _canoe(discipline: str, eid: str, title: str, names: dict[str, str]) -> History:
    """The 1948 K-1 10000 m podium, filed under ``discipline`` with ``title``."""
    ids = list(names)
    return history(
        [event(eid, title, discipline=discipline)],
        [
            (eid, G, "SWE", (ids[0],), True),
            (eid, S, "FIN", (ids[1],), True),
            (eid, B, "NOR", (ids[2],), True),
        ],
        names,
    )


@pytest.mark.parametrize(
    "discipline", ["Canoe Sprint", "Canoeing", "Canoe Marathon"], ids=lambda d: d.split()[-1]
)
def test_an_event_aligns_whatever_discipline_label_its_sport_is_filed_under(
    discipline: str,
) -> None:
    """Events align on what they are, not on a source's discipline label or grouping."""
    marathon = _canoe(
        "Canoe Marathon",
        "canoe-marathon/k1-10000m-men",
        "K-1 10000m men",
        {
            "gert-fredriksson": "Gert FREDRIKSSON",
            "kurt-wires": "Kurt WIRES",
            "skabo": "Eivind SKABO",
        },
    )
    other = _canoe(
        discipline,
        "other/kayak-singles-10000m",
        "Kayak Singles, 10,000 metres",
        {"k:1": "Gert Fridolf Fredriksson", "k:2": "Kurt Wires", "k:3": "Eivind Skabo"},
    )
    for merged in (merge(marathon, other), merge(other, marathon)):
        assert len(merged.events) == 1
        assert len(merged.entries) == 3
        assert len(merged.athletes) == 3


def test_events_of_two_sports_stay_apart_and_a_shared_podium_is_reported() -> None:
    """An unaligned pair with identical podiums is kept apart, and reported."""
    athletics = history(
        [event("athletics/triathlon", "triathlon", discipline="Athletics")],
        [
            ("athletics/triathlon", G, "USA", ("max-emmerich",), True),
            ("athletics/triathlon", S, "USA", ("john-grieb",), True),
        ],
        {"max-emmerich": "Max EMMERICH", "john-grieb": "John GRIEB"},
    )
    gymnastics = history(
        [event("gym/field-sports", "all-around, field sports", discipline="Artistic Gymnastics")],
        [
            ("gym/field-sports", G, "USA", ("k:1",), True),
            ("gym/field-sports", S, "USA", ("k:2",), True),
        ],
        {"k:1": "Max Emmerich", "k:2": "John Grieb"},
    )
    merged = merge(athletics, gymnastics)
    assert len(merged.events) == 2
    (reported,) = [i for i in conflicts(merged) if i.field == "event"]
    assert "has the podium of" in reported.message
    assert "not aligned" in reported.message


def test_a_name_made_id_never_makes_two_ids_of_one_source_one_person() -> None:
    """Allen and Michael Johnson, two ids of one source, stay two.

    A source without ids writes both ``Джонсон`` (``USA:dzhonson``): the id is two
    people, split by its results: each result goes to its own Johnson.
    """
    ids = history(
        [
            event("athletics/200m", "200m men", discipline="Athletics"),
            event("athletics/400m", "400m men", discipline="Athletics"),
            event("athletics/110m-hurdles", "110m hurdles men", discipline="Athletics"),
        ],
        [
            ("athletics/200m", G, "USA", ("michael-johnson",), True),
            ("athletics/400m", G, "USA", ("michael-johnson",), True),
            ("athletics/110m-hurdles", G, "USA", ("allen-johnson",), True),
        ],
        {"michael-johnson": "Michael JOHNSON", "allen-johnson": "Allen JOHNSON"},
    )
    surnames = history(
        [
            event("athletics/200", "200m", discipline="Athletics"),
            event("athletics/400", "400m", discipline="Athletics"),
            event("athletics/110h", "110m hurdles", discipline="Athletics"),
        ],
        [
            ("athletics/200", G, "USA", ("USA:dzhonson",), True),
            ("athletics/400", G, "USA", ("USA:dzhonson",), True),
            ("athletics/110h", G, "USA", ("USA:dzhonson",), True),
        ],
        {"USA:dzhonson": "Джонсон"},
    )
    for merged in (merge(ids, surnames), merge(surnames, ids)):
        michael = find_athlete(merged, "Michael Johnson")
        allen = find_athlete(merged, "Allen Johnson")
        assert michael.id != allen.id
        assert golds(merged, michael.id) == 2
        assert golds(merged, allen.id) == 1
        assert {a.id for a in merged.athletes} == {michael.id, allen.id}
        assert "Джонсон" in (michael.name, *michael.aliases)
        assert not any("Michael" in name for name in (allen.name, *allen.aliases))


def _relay(names: dict[str, str], eid: str = "xc/relay", title: str = "4 x 10km relay") -> History:
    return history([event(eid, title, team=True)], [(eid, G, "NOR", tuple(names), True)], names)


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
    four = _relay(
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
    with_reserve = _relay(
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


def test_team_members_spelled_alike_are_one_person() -> None:
    """Letters dropped in scraping, a transliteration, a nickname: one person in a team."""
    scraped = _relay(
        {"k:1": "Marit Bjrgen", "k:2": "Bente Skari", "k:3": 'Malcolm Julian "Mannie" McArthur'}
    )
    other = _relay(
        {"NOR:borgen": "Бьорген", "NOR:skari": "Скари", "NOR:mcarthur": "Emmanul MCARTHUR"},
        eid="xc/4x5km",
        title="4x5km relay",
    )
    merged = merge(scraped, other)
    assert len(merged.athletes) == 3
    assert not conflicts(merged)
    assert find_athlete(merged, "Бьорген").id == "k:1"
    assert find_athlete(merged, "Emmanul").id == "k:3"


def test_words_alike_are_strict() -> None:
    assert words_alike("bjrgen", "bjorgen")
    assert words_alike("griffen", "griffin")
    assert not words_alike("borgen", "morgen")  # another first letter
    assert not words_alike("ann", "anna")  # too short to tell
    assert not words_alike("rasanen", "rsn")  # too little of it left
    assert not words_alike("hansen", "hanson") or words_alike("hanson", "hansen")


def test_an_athlete_all_of_whose_results_are_others_is_not_kept() -> None:
    """No merged athlete is left without a result; its names are the others' aliases."""
    merged = merge(LATIN, CYRILLIC)
    named = {a for e in merged.entries for a in e.athletes}
    assert {a.id for a in merged.athletes} == named
    assert "Дэли" in find_athlete(merged, "Daehlie").aliases
    assert find_athlete(merged, "Дэли").id == find_athlete(merged, "Daehlie").id


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


@pytest.mark.parametrize("kaggle_first", [True, False])
def test_a_whole_sport_label_says_nodiscipline_of_label(kaggle_first: bool) -> None:
    """An event filed under a sport's name aligns by its title, not by that label.

    Kaggle files the canoe slalom under ``Canoeing`` and the sprint under ``Canoe
    Sprint``; OlympAnalyt files the sprint's K-2 under ``Canoeing``, with only its
    gold. The same label says nothing of the discipline: the titles do.
    """
    kaggle = history(
        [
            event(
                "canoe/k-2-500m", "Canoe Sprint Women's K-2 500 metres", discipline="Canoe Sprint"
            ),
            event("canoeing/c-2", "Canoeing Women's C-2", discipline="Canoeing"),
        ],
        [
            ("canoe/k-2-500m", G, "SWE", ("k:1", "k:2"), True),
            ("canoe/k-2-500m", S, "NOR", ("k:3", "k:4"), True),
            ("canoeing/c-2", G, "SWE", ("k:5", "k:6"), True),
            ("canoeing/c-2", S, "NOR", ("k:7", "k:8"), True),
        ],
        {f"k:{i}": f"Paddler {name}" for i, name in enumerate("ABCDEFGH", 1)},
    )
    cyrillic = history(
        [event("canoeing/k-2-500m", "K-2 500m", discipline="Canoeing")],
        [("canoeing/k-2-500m", G, "SWE", ("SWE:deli", "SWE:alsgord"), True)],
        {"SWE:deli": "Дэли", "SWE:alsgord": "Алсгорд"},
    )
    report = merge_report(*((kaggle, cyrillic) if kaggle_first else (cyrillic, kaggle)))
    (link,) = [link for link in report.events if "k-2" in link.event]
    assert "c-2" not in link.merged
    assert len(report.history.events) == 2


@pytest.mark.parametrize("tie_first", [True, False])
def test_a_tied_podium_aligned_whole_is_no_fold_of_two_other_events(tie_first: bool) -> None:
    """Two golds of a tie are one event's, once aligned with it, not two events'.

    The K-1 slalom ends in a tie for gold (Norway and Sweden); the bundle holds its
    golds, another source holds them too and the golds of two sprint races, one to
    each nation, whose titles are near the slalom's. The slalom is its own event.
    """
    tie = [
        ("canoe-slalom/k-1", G, "NOR", ("marit-aakerlund",), True),
        ("canoe-slalom/k-1", G, "SWE", ("marit-bjoergen",), True),
    ]
    names = {"marit-aakerlund": "Marit Åkerlund", "marit-bjoergen": "Marit Bjørgen"}
    slalom = event("canoe-slalom/k-1", "K-1 slalom", discipline="Canoe Slalom")
    bundle = history([slalom], tie, names)
    other = history(
        [
            slalom,
            event("canoe-sprint/k-1-500m", "K-1 500m", discipline="Canoe Sprint"),
            event("canoe-sprint/k-1-1000m", "K-1 1000m", discipline="Canoe Sprint"),
        ],
        [
            *tie,
            ("canoe-sprint/k-1-500m", G, "NOR", ("marit-eriksen",), True),
            ("canoe-sprint/k-1-1000m", G, "SWE", ("marit-klaebo",), True),
        ],
        {**names, "marit-eriksen": "Marit Eriksen", "marit-klaebo": "Marit Klæbo"},
    )
    merged = merge(*((bundle, other) if tie_first else (other, bundle)))
    assert medals_by_event(merged) == medals_by_event(other)
    assert not conflicts(merged)
