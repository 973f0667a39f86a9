"""The place/medal rules: one Podium, used entry by entry and by the History's check."""

from __future__ import annotations

from random import Random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from olympics_records import Entry, Medal
from olympics_records._engine.places import MEDAL_INDEX, MEDALS, ORDER, SHARED, TIE, Podium
from olympics_records._engine.places import check_event as check
from olympics_records.errors import DataError

GOLD, SILVER, BRONZE = Medal.GOLD, Medal.SILVER, Medal.BRONZE

placings = st.lists(
    st.tuples(st.integers(1, 6), st.none() | st.sampled_from(Medal)), min_size=1, max_size=7
)


def _entries(pairs: list[tuple[int, Medal | None]]) -> list[tuple[int, Entry]]:
    return [
        (i, Entry(event="e", noc="NOR", athletes=(f"a{i}",), place=place, medal=medal))
        for i, (place, medal) in enumerate(pairs)
    ]


def _valid(pairs: list[tuple[int, Medal | None]]) -> bool:
    try:
        check("e", _entries(pairs))
    except DataError:
        return False
    return True


def test_the_medal_columns_follow_the_medals_worth() -> None:
    assert [MEDAL_INDEX[m] for m in MEDALS] == [0, 1, 2]
    assert sorted(Medal, key=MEDAL_INDEX.__getitem__) == sorted(Medal, reverse=True)
    assert all(MEDAL_INDEX[m] == m.place - 1 for m in Medal)


@given(placings, st.randoms())
def test_a_podium_takes_every_entry_exactly_when_the_history_accepts_them(
    pairs: list[tuple[int, Medal | None]], random: Random
) -> None:
    """The rules are one: results the History accepts are taken whole by a Podium, in
    any order; results it refuses have an entry some Podium refuses, in every order."""
    shuffled = list(pairs)
    random.shuffle(shuffled)
    podium = Podium()
    clashes = [podium.clash(place, medal) for place, medal in shuffled]
    assert all(c is None for c in clashes) == _valid(pairs)


@given(placings, st.integers(1, 7))
def test_a_place_without_a_medal_is_taken_in_one_step_exactly_as_by_clash(
    pairs: list[tuple[int, Medal | None]], place: int
) -> None:
    """takes_plain(p) is clash(p, None) is None, and leaves the podium as clash does."""
    one_step, by_clash = Podium(), Podium()
    for taken, medal in pairs:
        one_step.clash(taken, medal)
        by_clash.clash(taken, medal)
    assert one_step.takes_plain(place) == (by_clash.clash(place, None) is None)
    state = ("medal_at", "place_of", "worst_medal_place", "best_plain_place")
    assert [getattr(one_step, a) for a in state] == [getattr(by_clash, a) for a in state]


@pytest.mark.parametrize(
    ("pairs", "rule", "other"),
    [
        ([(1, GOLD), (1, SILVER)], TIE, None),
        ([(1, GOLD), (2, GOLD)], SHARED, 1),
        ([(1, None), (2, GOLD)], ORDER, None),
        ([(2, GOLD), (1, None)], ORDER, None),
        ([(2, BRONZE), (3, SILVER)], ORDER, 2),
    ],
)
def test_each_rule_says_what_it_clashes_with(
    pairs: list[tuple[int, Medal | None]], rule: str, other: int | None
) -> None:
    podium = Podium()
    *before, (place, medal) = pairs
    assert all(podium.clash(p, m) is None for p, m in before)
    clash = podium.clash(place, medal)
    assert clash is not None
    assert (clash.rule, clash.other_place) == (rule, other)


def test_a_clash_takes_nothing() -> None:
    podium = Podium()
    podium.clash(1, GOLD)
    podium.clash(1, SILVER)
    podium.clash(3, GOLD)
    assert podium.medal_at == {1: GOLD}
    assert podium.clash(2, SILVER) is None


def test_the_history_check_reports_the_worse_place_of_a_wrong_order() -> None:
    # The order is judged best place first, whatever the order of the entries.
    with pytest.raises(DataError, match="place 3 in event 'e' has a better medal") as caught:
        check("e", _entries([(3, SILVER), (2, BRONZE)]))
    assert caught.value.row == 0
