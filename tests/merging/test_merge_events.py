"""Tests for aligning events: titles, disciplines, partial podiums and one event for two."""

from __future__ import annotations

import itertools
from collections import Counter

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from merge_builders import NAGANO, NOCS, B, G, S, conflicts, event, golds, history
from olympics_records import (
    Athlete,
    Entry,
    Event,
    EventKind,
    Games,
    Gender,
    History,
    Medal,
    Season,
    medal_table,
)
from olympics_records.merging import merge, merge_report
from olympics_records.merging._labels import (
    discipline_of_label,
    disciplines_fit,
    title_tokens,
)


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


def _gendered(h: History, gender: Gender) -> History:
    return attrs.evolve(h, events=[attrs.evolve(e, gender=gender) for e in h.events])


def test_a_fold_is_found_by_any_label_its_sources_gave_the_event() -> None:
    """The folded event's first source calls it men's, its second open: the two events
    of a third source, called women's, are its parts by the second source's label.

    Men's and women's events never meet, so by the first source's label alone the
    fold goes unseen, and the eight's medals count twice.
    """
    mens, open_ = _gendered(FOLDED, Gender.MEN), _gendered(FOLDED, Gender.OPEN)
    womens = _gendered(APART, Gender.WOMEN)
    merged = merge(mens, open_, womens)
    assert len([e for e in merged.results if e.medal]) == 7
    table = {row.noc: (row.gold, row.silver, row.bronze) for row in medal_table(merged, NAGANO)}
    assert table == {"GBR": (1, 2, 0), "GER": (1, 0, 1), "DEN": (0, 0, 1), "NOR": (0, 0, 1)}
    assert [i.field for i in conflicts(merged)] == ["event"]  # the fold, reported


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


def _athens(events: list[tuple[str, str, str]], podiums: list[tuple[str, str]]) -> History:
    """A History of Athens 2004: (id, discipline, title) events; (event id, athlete) golds
    for NOR, an athlete of ``""`` for a team medal that lists no member."""
    athens = Games(year=2004, season=Season.SUMMER, city="Athens")
    return History(
        games=[athens],
        events=[
            Event(
                id=f"2004-summer/{eid}",
                games=athens.id,
                sport=discipline,
                discipline=discipline,
                name=title,
                gender=Gender.MEN,
                kind=EventKind.TEAM if title.startswith("C-2") else EventKind.INDIVIDUAL,
            )
            for eid, discipline, title in events
        ],
        entries=[
            Entry(
                event=f"2004-summer/{eid}",
                noc="NOR",
                athletes=(athlete,) if athlete else (),
                place=1,
                medal=G,
                complete=bool(athlete),
            )
            for eid, athlete in podiums
        ],
        athletes=[
            Athlete(id=athlete, name=name)
            for athlete, name in {a: a.split(":")[-1] for _, a in podiums if a}.items()
        ],
        nocs=[NOCS["NOR"]],
    )


def test_an_event_a_source_files_under_its_sport_is_known_by_its_discipline_too() -> None:
    """Which source is first does not decide what a merged event is called.

    One source files the K-1 slalom under its sport (``Canoeing``), two under its
    discipline (``Canoe Slalom``), where the C-2 also is. In every order, the third
    source's K-1 slalom is the K-1 slalom (the titles say so), not the C-2 for the
    discipline the first source did not name: the gold is counted once.
    """
    by_sport = _athens(
        [("canoeing/k-1-slalom", "Canoeing", "K-1 slalom")],
        [("canoeing/k-1-slalom", "a:GANDLER Ole")],
    )
    both = _athens(
        [
            ("canoe-slalom/c-2-men", "Canoe Slalom", "C-2 men"),
            ("canoe-slalom/k-1-slalom-men", "Canoe Slalom", "K-1 slalom men"),
        ],
        [("canoe-slalom/c-2-men", ""), ("canoe-slalom/k-1-slalom-men", "b:Ole GANDLER")],
    )
    spelled_otherwise = _athens(
        [("canoe-slalom-k-1", "Canoe Slalom", "Canoe Slalom Men's K-1 slalom")],
        [("canoe-slalom-k-1", "c:Ole Gndler")],
    )
    sources = [by_sport, both, spelled_otherwise]
    for order in itertools.permutations(sources):
        merged = merge(*order)
        assert [(row.noc, row.gold) for row in medal_table(merged, "2004-summer")] == [("NOR", 2)]
        golds_of = Counter(a for e in merged.entries for a in e.athletes)
        assert sorted(golds_of.values()) == [1], golds_of


_UNIT_SPELLINGS = {
    "m": ("m", "metres", "meters", "metre"),
    "km": ("km", "kilometres", "kilometers"),
    "y": ("y", "yards", "yds"),
}


@given(
    st.integers(1, 9),
    st.integers(1, 50000),
    st.sampled_from(sorted(_UNIT_SPELLINGS)),
    st.data(),
)
def test_a_relays_distance_is_one_word_however_it_is_written(
    legs: int, distance: int, unit: str, data: st.DataObject
) -> None:
    """``4 x 100 metres relay`` and ``4x100m relay`` are one title: the distance after
    a relay's ``x`` takes its unit as a distance at the start of a word does."""
    spelled = data.draw(st.sampled_from(_UNIT_SPELLINGS[unit]))
    gap, times = data.draw(st.sampled_from(["", " "])), data.draw(st.sampled_from(["", " "]))
    written = f"Athletics Women's {legs}{times}x{times}{distance}{gap}{spelled} Relay"
    short = f"{legs}x{distance}{unit} relay women"
    assert title_tokens(written, "Athletics", "Athletics") == title_tokens(
        short, "Athletics", "Athletics"
    )


def test_a_reallocated_relay_is_known_by_its_title_written_in_full() -> None:
    """One source has the relay's podium as reallocated, the other as awarded (a gold
    stripped years later, as Russia's of 2008): no medal agrees, but two nations and
    the title do. One event, its medals counted once, the first source's standing."""
    reallocated = history(
        [event("athletics/4x100m-relay", "4x100m relay women", discipline="Athletics", team=True)],
        [
            ("athletics/4x100m-relay", G, "GER", (), False),
            ("athletics/4x100m-relay", S, "GBR", (), False),
            ("athletics/4x100m-relay", B, "BRA", (), False),
        ],
        {},
    )
    awarded = history(
        [
            event(
                "athletics/athletics-women-s-4-x-100-metres-relay",
                "Athletics Women's 4 x 100 metres Relay",
                discipline="Athletics",
                team=True,
            )
        ],
        [
            ("athletics/athletics-women-s-4-x-100-metres-relay", G, "SWE", (), False),
            ("athletics/athletics-women-s-4-x-100-metres-relay", S, "GER", (), False),
            ("athletics/athletics-women-s-4-x-100-metres-relay", B, "GBR", (), False),
        ],
        {},
    )
    merged = merge(reallocated, awarded)
    assert len(merged.events) == 1
    table = {row.noc: (row.gold, row.silver, row.bronze) for row in medal_table(merged, NAGANO)}
    assert table == {"GER": (1, 0, 0), "GBR": (0, 1, 0), "BRA": (0, 0, 1)}


# Weight classes by name, lightest first (each sport's classes are in this order).
_CLASS_NAMES = (
    "Light-Flyweight",
    "Flyweight",
    "Bantamweight",
    "Featherweight",
    "Extra-Lightweight",
    "Half-Lightweight",
    "Lightweight",
    "Light-Welterweight",
    "Welterweight",
    "Half-Middleweight",
    "Light-Middleweight",
    "Middleweight",
    "Light-Heavyweight",
    "Half-Heavyweight",
    "Middle-Heavyweight",
    "Heavyweight I",
    "Heavyweight",
    "Heavyweight II",
    "Super-Heavyweight",
)
_PODIUM_NOCS = ("NOR", "SWE", "FIN", "GER")
# A row of merge_builders.history: event, medal, NOC, athletes, complete.
Podium = tuple[str, Medal, str, tuple[str, ...], bool]


def _weight_classes(
    data: st.DataObject, titles: list[str], prefix: str
) -> tuple[list[Event], list[Podium], dict[str, str]]:
    """Weightlifting events of the titles, each with a drawn podium of one lifter each.

    A lifter's name says the class's rank, the medal and the nation: two sources name
    a lifter alike only for the same medal of one class won by one nation.
    """
    events: list[Event] = []
    podiums: list[Podium] = []
    names: dict[str, str] = {}
    for rank, title in enumerate(titles):
        eid = f"weightlifting/{prefix}{rank}"
        events.append(event(eid, title, discipline="Weightlifting"))
        for medal in (G, S, B):
            noc = data.draw(st.sampled_from(_PODIUM_NOCS))
            athlete = f"{prefix}{rank}{medal.name}"
            names[athlete] = f"{noc.title()} {medal.name.title()} Lifter{'I' * (rank + 1)}"
            podiums.append((eid, medal, noc, (athlete,), True))
    return events, podiums, names


@given(st.data())
def test_a_weight_class_named_by_its_limit_or_its_name_is_known_by_its_rank(
    data: st.DataObject,
) -> None:
    """One source names each class by its limit (``94kg``, ``85 - 94kg``, ``+105kg``),
    the other by its name (``Middle-Heavyweight``), whose limit changed over the years.
    Whatever the podiums (a podium reallocated whole after doping cases shares no
    nation), each class is one event with the first source's medals: the class of the
    same rank among the Games' classes, never another."""
    count = data.draw(st.integers(2, 8), label="classes")
    chosen = sorted(
        data.draw(
            st.lists(
                st.integers(0, len(_CLASS_NAMES) - 1), min_size=count, max_size=count, unique=True
            )
        )
    )
    limits = sorted(
        data.draw(
            st.lists(st.integers(40, 130), min_size=count - 1, max_size=count - 1, unique=True)
        )
    )
    by_limit = []
    for i, limit in enumerate(limits):
        below = limits[i - 1] if i else 30
        written = data.draw(st.sampled_from(["{1}kg men", "{1} kg", "{0} - {1}kg"]))
        by_limit.append(written.format(below, limit))
    # The heaviest class: above the limit of the one before.
    heaviest = data.draw(st.sampled_from(["+{}kg", "+ {} kg", "+ {}kg (super heavyweight)"]))
    by_limit.append(heaviest.format(limits[-1]))
    by_name = []
    for i in chosen:
        spelling = data.draw(st.sampled_from(["-", " ", ""]))  # Light-Heavyweight, ...
        by_name.append(f"Weightlifting Men's {_CLASS_NAMES[i].replace('-', spelling)}")
    limit_side = history(*_weight_classes(data, by_limit, "kg"))
    name_side = history(*_weight_classes(data, by_name, "name"))
    first, second = (limit_side, name_side) if data.draw(st.booleans()) else (name_side, limit_side)
    report = merge_report(first, second)
    merged = report.history
    assert len(merged.events) == count
    rank_of = {e.id: i for h in (first, second) for i, e in enumerate(h.events)}
    for link in report.events:
        assert rank_of[link.event] == rank_of[link.merged]

    def podiums(h: History) -> Counter[tuple[str, Medal, str]]:
        return Counter((e.event, e.medal, e.noc) for e in h.results if e.medal is not None)

    assert podiums(merged) == podiums(first)


@pytest.mark.parametrize(
    ("by_class", "in_words", "another"),
    [
        ("C-1 200m (canoe single) men", "Canoeing Men's Canadian Singles, 200 metres", "K-1 200m"),
        ("K-1 500m", "Canoeing Women's Kayak Singles, 500 metres", "K-2 500m"),
        ("K2 200m kayak double men", "Canoeing Men's Kayak Doubles, 200 metres", "C-2 200m"),
        ("K-4 1000m", "Canoeing Men's Kayak Fours, 1,000 metres", "K-1 1000m"),
        ("C-2 1000m (canoe double)", "Canoeing Men's Canadian Doubles, 1,000 metres", "C1 1000m"),
    ],
)
def test_a_canoe_is_one_title_by_its_class_or_in_words(
    by_class: str, in_words: str, another: str
) -> None:
    """``C-1`` and ``Canadian Singles`` are one boat; ``K-1`` and ``C-1`` are two."""
    words = title_tokens(in_words, "Canoeing", "Canoeing")
    assert title_tokens(by_class, "Canoe Sprint", "Canoeing") == words
    assert title_tokens(another, "Canoe Sprint", "Canoeing") != words


@given(st.integers(1, 200), st.sampled_from(["+{}kg", "+ {}kg", "+{} kg", "+ {} kg"]))
def test_the_class_above_a_limit_is_not_the_class_up_to_it(limit: int, written: str) -> None:
    """``+75kg`` and ``75kg`` are two classes (olympics.com's women of 2008 had both)."""
    above = title_tokens(written.format(limit), "Weightlifting", "Weightlifting")
    assert above != title_tokens(f"{limit}kg", "Weightlifting", "Weightlifting")
    assert above == title_tokens(f"+{limit}kg", "Weightlifting", "Weightlifting")


_THROWS = {"shot": "shot put women", "hammer": "hammer throw women"}


@given(st.data())
def test_medals_that_clash_never_make_one_event_of_titles_sharing_no_word(
    data: st.DataObject,
) -> None:
    """Two throws of one Games in two sources, every podium drawn, no athlete's name
    alike. A shot put is the other source's hammer throw only if every medal both
    give went to one nation: two medals won by the same nations (Cuba and China on
    both throws of 2008) beside a third that is not are chance, not one event."""

    def side(prefix: str) -> History:
        events = [
            event(f"athletics/{prefix}-{throw}", title, discipline="Athletics")
            for throw, title in _THROWS.items()
        ]
        podiums, names = [], {}
        for throw in _THROWS:
            for medal in (G, S, B):
                athlete = f"{prefix}-{throw}-{medal.name}"
                names[athlete] = f"{prefix}{throw}{medal.name} {medal.name}{throw}{prefix}"
                noc = data.draw(st.sampled_from(_PODIUM_NOCS))
                podiums.append((f"athletics/{prefix}-{throw}", medal, noc, (athlete,), True))
        return history(events, podiums, names)

    one, two = side("one"), side("two")
    report = merge_report(one, two)

    def podium(h: History, event_id: str) -> dict[Medal | None, str]:
        return {e.medal: e.noc for e in h.results if e.event == event_id}

    for link in report.events:
        if link.merged.rsplit("-", 1)[1] != link.event.rsplit("-", 1)[1]:
            assert podium(one, link.merged) == podium(two, link.event), link.evidence


@given(st.data(), st.booleans())
def test_an_event_whose_medals_are_two_events_is_both_whatever_its_title(
    data: st.DataObject, folded_first: bool
) -> None:
    """Kaggle's 1972 three-person keelboat holds the medals of the Dragon and of the
    Soling, no title of which is half its own, and the crews are not named: the
    medals, every one of them the two's, say it is both. Each medal counts once."""
    parts = {"dragon": "dragon mixed", "soling": "fleet/match race keelboat (Soling)"}
    podiums: list[Podium] = [
        (f"sailing/{boat}", medal, data.draw(st.sampled_from(_PODIUM_NOCS)), (), False)
        for boat in parts
        for medal in (G, S, B)
    ]
    apart = history(
        [
            event(f"sailing/{boat}", title, discipline="Sailing", team=True)
            for boat, title in parts.items()
        ],
        podiums,
        {},
    )
    whole = "sailing/sailing-mixed-three-person-keelboat"
    folded = history(
        [event(whole, "Sailing Mixed Three Person Keelboat", discipline="Sailing", team=True)],
        [(whole, medal, noc, (), False) for _, medal, noc, _, _ in podiums],
        {},
    )
    merged = merge(*((folded, apart) if folded_first else (apart, folded)))
    assert len(merged.events) == 2
    assert len([e for e in merged.results if e.medal]) == 6
    assert medal_table(merged, NAGANO) == medal_table(apart, NAGANO)
