"""Tests for merging the real sources, in every order: the records they give."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from merge_builders import G, S, conflicts
from olympics_records import (
    Event,
    EventKind,
    History,
    Scope,
    Season,
    Tally,
    datasets,
    leaderboard,
    medal_table,
    record,
)
from olympics_records.merging import merge
from olympics_records.names import name_key

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
