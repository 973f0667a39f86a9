"""The unchecked constructors build the values the validating constructors build."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import strategies
from olympics_records import (
    Athlete,
    Correction,
    Coverage,
    Entry,
    Event,
    Games,
    MedalRow,
    Noc,
    Standing,
)
from olympics_records._engine.construct import (
    unchecked,
    unchecked_athlete,
    unchecked_columns,
    unchecked_entry,
    unchecked_event,
)

counts = st.integers(0, 30)

VALUES: dict[type[Any], st.SearchStrategy[Any]] = {
    Entry: strategies.entries(),
    Event: strategies.events(),
    Athlete: st.builds(
        Athlete,
        id=strategies.ids,
        name=strategies.person_names,
        sex=st.sampled_from([None, "M", "F"]),
        aliases=st.lists(strategies.words, max_size=3).map(tuple),
    ),
    Noc: strategies.nocs(),
    Correction: strategies.corrections(),
    Coverage: st.builds(
        Coverage,
        games=strategies.ids,
        all_events=st.booleans(),
        full_podiums=st.booleans(),
        note=st.text(max_size=10),
        team_members=st.booleans(),
    ),
    Standing: st.builds(
        Standing,
        rank=st.integers(1, 50),
        subject=strategies.ids,
        name=strategies.person_names,
        games=st.none() | strategies.games(),
        count=counts,
        gold=counts,
        silver=counts,
        bronze=counts,
        lower_bound=st.booleans(),
    ),
    MedalRow: st.builds(
        MedalRow,
        rank=st.integers(1, 50),
        noc=strategies.noc_codes,
        name=strategies.person_names,
        gold=counts,
        silver=counts,
        bronze=counts,
        total=counts,
    ),
}


def _fields(value: Any) -> list[Any]:
    return [getattr(value, field.name) for field in attrs.fields(type(value))]


@given(st.one_of(*VALUES.values()))
def test_an_unchecked_value_equals_the_validated_one(value: Any) -> None:
    """Every field is set, in order, to what was given: asdict reads each slot (and fails
    on one left unset), and the repr shows them in the class's order."""
    built = unchecked(type(value))(*_fields(value))
    assert type(built) is type(value)
    assert attrs.asdict(built, recurse=False) == attrs.asdict(value, recurse=False)
    assert built == value
    assert repr(built) == repr(value)
    assert hash(built) == hash(value)


@given(st.sampled_from(list(VALUES)).flatmap(lambda cls: st.lists(VALUES[cls], max_size=5)))
def test_values_built_by_columns_equal_the_validated_ones(values: list[Any]) -> None:
    """Column by column, each value of each field goes to its own object, in order."""
    if not values:
        assert unchecked_columns(Noc)([], []) == []
        return
    columns = list(zip(*map(_fields, values), strict=True))
    # The first column is a sequence (it gives the count), the others any iterables.
    built = unchecked_columns(type(values[0]))(list(columns[0]), *map(iter, columns[1:]))
    assert [type(b) for b in built] == [type(v) for v in values]
    assert [attrs.asdict(b, recurse=False) for b in built] == [
        attrs.asdict(v, recurse=False) for v in values
    ]
    assert built == values
    assert len({id(b) for b in built}) == len(values)


@given(strategies.entries(), strategies.events(), VALUES[Athlete])
def test_the_model_constructors_are_the_generated_ones(
    entry: Entry, event: Event, athlete: Athlete
) -> None:
    assert unchecked_entry(*_fields(entry)) == entry
    assert unchecked_event(*_fields(event)) == event
    assert unchecked_athlete(*_fields(athlete)) == athlete


def test_each_class_is_generated_once() -> None:
    assert unchecked(Entry) is unchecked_entry
    assert unchecked_entry.__name__ == "unchecked_entry"


@pytest.mark.parametrize(
    ("cls", "message"),
    [
        (Games, "Games has a post-init"),
        (dict, "dict is not a slotted attrs class"),
    ],
)
def test_only_slotted_attrs_classes_without_post_init(cls: type[Any], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        unchecked(cls)
    with pytest.raises(TypeError, match=message):
        unchecked_columns(cls)
