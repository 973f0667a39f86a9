"""Tests for merge(): Games, events, athletes and entries linked across sources."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable
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
    Scope,
    Season,
    Tally,
    datasets,
    leaderboard,
    medal_table,
    record,
)
from olympics_records.errors import Issue
from olympics_records.merging import SOURCE, merge, merge_report

NAGANO = Games(year=1998, season=Season.WINTER, city="Nagano")
NOCS = {
    code: Noc(code=code, name=name)
    for code, name in [
        ("NOR", "Norway"),
        ("FIN", "Finland"),
        ("SWE", "Sweden"),
        ("ITA", "Italy"),
        ("AUT", "Austria"),
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
    # The display name: native letters, then fewer capitals, over Cyrillic.
    assert merged.get_athlete("bjorn-daehlie").name == "Björn DAEHLIE"


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
    assert merged.coverage == (Coverage(games="1998-winter", all_events=False, full_podiums=False),)


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
        Coverage(games="1998-winter", all_events=True, full_podiums=True, note="a; b"),
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
def test_an_id_that_is_two_people_is_linked_to_neither(two_first: bool) -> None:
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
    assert not report.athletes
    assert {"sven-fischer", "birgit-fischer", "NOR:fisher"} <= {
        a.id for a in report.history.athletes
    }
    assert len(report.history.events) == 2


# Laws -----------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(5))
def test_order_within_inputs_never_changes_the_result(seed: int) -> None:
    """The order in which results are given never changes any answer."""
    expected = merge(LATIN, CYRILLIC)
    assert merge(shuffled(LATIN, seed), shuffled(CYRILLIC, seed + 100)) == expected


def test_merging_a_history_with_itself_gives_it_back() -> None:
    """Merging is idempotent: the same facts twice are the same facts."""
    assert merge(LATIN, LATIN) == LATIN
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
