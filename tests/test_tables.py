"""Tests for olympics_records.tables: medal tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pytest

from builders import history_of, won
from olympics_records import (
    Correction,
    Entry,
    Event,
    EventKind,
    Games,
    Gender,
    History,
    Medal,
    Season,
    datasets,
)
from olympics_records.errors import UnknownIdError
from olympics_records.tables import MedalRow, medal_table

GOLD, SILVER, BRONZE = Medal.GOLD, Medal.SILVER, Medal.BRONZE

GAMES = Games(
    year=2002,
    season=Season.WINTER,
    city="Salt Lake City",
    opened=dt.date(2002, 2, 8),
    closed=dt.date(2002, 2, 24),
)
OTHER = Games(year=2006, season=Season.WINTER, city="Torino", closed=dt.date(2006, 2, 26))


def ev(
    name: str,
    day: int = 10,
    *,
    games: Games = GAMES,
    kind: EventKind = EventKind.INDIVIDUAL,
    official: bool = True,
) -> Event:
    return Event(
        id=f"{games.id}/{name}",
        games=games.id,
        sport="Skiing",
        discipline="Biathlon",
        name=name,
        gender=Gender.MEN,
        kind=kind,
        date=dt.date(games.year, 2, day),
        official=official,
    )


def make(
    events: Iterable[Event], entries: Iterable[Entry], corrections: Iterable[Correction] = ()
) -> History:
    """A History of ``entries`` at this module's Games."""
    return history_of((GAMES, OTHER), events, entries, corrections)


def rows(table: Iterable[MedalRow]) -> list[tuple[int, str, int, int, int, int]]:
    return [(r.rank, r.noc, r.gold, r.silver, r.bronze, r.total) for r in table]


def test_a_team_medal_counts_once_for_its_nation() -> None:
    relay, solo = ev("relay", kind=EventKind.TEAM), ev("solo")
    h = make(
        [relay, solo],
        [
            won(relay, "NOR", "a", "b", "c", "d"),
            won(relay, "GER", "e", "f", "g", "h", medal=SILVER),
            Entry(event=relay.id, noc="FRA", medal=BRONZE, complete=False),  # members unknown
            won(solo, "NOR", "a", medal=SILVER),
            won(solo, "GER", "e", medal=None),  # no medal: not in the table
        ],
    )
    assert rows(medal_table(h, GAMES)) == [
        (1, "NOR", 1, 1, 0, 2),
        (2, "GER", 0, 1, 0, 1),
        (3, "FRA", 0, 0, 1, 1),
    ]
    assert medal_table(h, GAMES)[0].name == "Nation NOR"


def test_gold_first_and_total_first_orders_differ() -> None:
    a, b, c, d = ev("a"), ev("b"), ev("c"), ev("d")
    h = make(
        [a, b, c, d],
        [
            won(a, "USA"),
            won(a, "CAN", medal=SILVER),
            won(b, "CAN", medal=SILVER),
            won(c, "CAN", medal=BRONZE),
            won(b, "NOR"),
            won(c, "NOR"),
        ],
    )
    assert rows(medal_table(h, GAMES)) == [
        (1, "NOR", 2, 0, 0, 2),
        (2, "USA", 1, 0, 0, 1),
        (3, "CAN", 0, 2, 1, 3),
    ]
    assert rows(medal_table(h, GAMES, order="total")) == [
        (1, "CAN", 0, 2, 1, 3),
        (2, "NOR", 2, 0, 0, 2),
        (3, "USA", 1, 0, 0, 1),
    ]


def test_ranks_are_shared_only_when_the_whole_ordering_is_equal() -> None:
    a, b, c = ev("a"), ev("b"), ev("c")
    h = make(
        [a, b, c],
        [
            won(a, "SWE"),
            won(a, "FIN", medal=SILVER),
            won(b, "AUT"),
            won(b, "ITA", medal=SILVER),
            won(c, "ITA", medal=BRONZE),
        ],
    )
    # AUT and SWE: 1-0-0, shared rank 1, listed by name. ITA 0-1-1 is before FIN 0-1-0.
    assert rows(medal_table(h, GAMES)) == [
        (1, "AUT", 1, 0, 0, 1),
        (1, "SWE", 1, 0, 0, 1),
        (3, "ITA", 0, 1, 1, 2),
        (4, "FIN", 0, 1, 0, 1),
    ]
    # By total, ITA's two medals lead, and AUT, SWE and FIN differ in golds: no tie for FIN.
    assert rows(medal_table(h, GAMES, order="total")) == [
        (1, "ITA", 0, 1, 1, 2),
        (2, "AUT", 1, 0, 0, 1),
        (2, "SWE", 1, 0, 0, 1),
        (4, "FIN", 0, 1, 0, 1),
    ]


def test_ties_within_an_event_give_each_entry_its_medal() -> None:
    a = ev("a")
    h = make([a], [won(a, "NOR", "x"), won(a, "SWE", "y"), won(a, "FIN", "z", medal=BRONZE)])
    assert rows(medal_table(h, GAMES)) == [
        (1, "NOR", 1, 0, 0, 1),
        (1, "SWE", 1, 0, 0, 1),
        (3, "FIN", 0, 0, 1, 1),
    ]


def test_only_the_games_asked_for_and_only_official_events_count() -> None:
    here, there, demo = ev("here"), ev("there", games=OTHER), ev("demo", official=False)
    h = make([here, there, demo], [won(here, "NOR"), won(there, "SWE"), won(demo, "FIN")])
    assert rows(medal_table(h, "2002-winter")) == [(1, "NOR", 1, 0, 0, 1)]
    assert rows(medal_table(h, OTHER)) == [(1, "SWE", 1, 0, 0, 1)]


def test_as_of_counts_events_held_and_corrections_decided_by_that_day() -> None:
    early, late = ev("early", 10), ev("late", 20)
    decided = dt.date(2004, 1, 5)
    h = make(
        [early, late],
        [won(early, "RUS", "ivan"), won(early, "GER", "kai", medal=SILVER), won(late, "NOR")],
        [
            Correction(event=early.id, noc="RUS", athletes=("ivan",), medal=None, decided=decided),
            Correction(event=early.id, noc="GER", athletes=("kai",), medal=GOLD, decided=decided),
        ],
    )
    assert rows(medal_table(h, GAMES, as_of=dt.date(2002, 2, 10))) == [
        (1, "RUS", 1, 0, 0, 1),
        (2, "GER", 0, 1, 0, 1),
    ]
    assert rows(medal_table(h, GAMES, as_of=dt.date(2002, 2, 24))) == [
        (1, "NOR", 1, 0, 0, 1),
        (1, "RUS", 1, 0, 0, 1),
        (3, "GER", 0, 1, 0, 1),
    ]
    standing = [(1, "GER", 1, 0, 0, 1), (1, "NOR", 1, 0, 0, 1)]
    assert rows(medal_table(h, GAMES, as_of=decided)) == standing
    assert rows(medal_table(h, GAMES)) == standing


def test_a_games_without_medals_has_an_empty_table() -> None:
    assert medal_table(make([], []), GAMES) == ()


def test_bad_arguments_are_named() -> None:
    h = make([], [])
    with pytest.raises(UnknownIdError, match="no Games with id '1850-summer'"):
        medal_table(h, "1850-summer")
    with pytest.raises(ValueError, match="order must be 'gold' or 'total', not 'silver'"):
        medal_table(h, GAMES, order="silver")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="games must be a Games or a Games id"):
        medal_table(h, 2002)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="as_of needs a datetime.date"):
        medal_table(h, GAMES, as_of="2002-02-10")  # type: ignore[arg-type]


# The bundled data ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def mc2026() -> History:
    return datasets.milano_cortina_2026()


def test_the_bundled_2026_table_counts_every_podium_place_once(mc2026: History) -> None:
    table = medal_table(mc2026, "2026-winter")
    # The bundled 2026 events all have full podiums: 27 events, 81 medals.
    assert sum(r.total for r in table) == 81
    assert rows(table)[:3] == [
        (1, "NOR", 10, 7, 8, 25),
        (2, "FRA", 6, 7, 3, 16),
        (3, "SWE", 6, 5, 3, 14),
    ]
    # Switzerland and the United States: 0-2-2 each, sharing seventh place.
    assert [(r.rank, r.noc) for r in table if r.rank == 7] == [(7, "SUI"), (7, "USA")]
    by_total = medal_table(mc2026, "2026-winter", order="total")
    assert [(r.rank, r.noc) for r in by_total[4:8]] == [
        (5, "SUI"),
        (5, "USA"),
        (7, "GER"),
        (8, "NED"),
    ]
