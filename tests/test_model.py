"""The model's value classes: validation messages name the field and the value."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given

import strategies
from olympics_records import (
    Athlete,
    Correction,
    Coverage,
    Entry,
    Event,
    EventKind,
    Games,
    Gender,
    Medal,
    Noc,
    Season,
)
from olympics_records.errors import ValidationError

EVENT: dict[str, Any] = {
    "id": "e",
    "games": "1980-winter",
    "sport": "Skating",
    "discipline": "Speed Skating",
    "name": "500m",
    "gender": Gender.MEN,
    "kind": EventKind.INDIVIDUAL,
}


def test_medals_are_ordered_by_worth() -> None:
    assert Medal.GOLD > Medal.SILVER > Medal.BRONZE
    assert max([Medal.SILVER, Medal.GOLD, Medal.BRONZE]) is Medal.GOLD
    assert [m.place for m in Medal] == [1, 2, 3]
    assert Medal.GOLD.__lt__(1) is NotImplemented


def test_games_id_and_name() -> None:
    g = Games(year=2026, season=Season.WINTER, city="Milano Cortina")
    assert g.id == "2026-winter"
    assert g.name == "Milano Cortina 2026"
    assert g.official


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"year": 1850}, "Games.year must be a year from 1896 to 2100, not 1850"),
        ({"year": 2999}, "Games.year must be a year from 1896 to 2100, not 2999"),
        ({"year": "1980"}, "Games.year must be a year from 1896 to 2100, not '1980'"),
        ({"year": True}, "Games.year must be a year from 1896 to 2100, not True"),
        ({"season": "winter"}, "Games.season must be a Season, not 'winter'"),
        ({"city": " "}, "Games.city must be a non-empty string, not ' '"),
        ({"opened": dt.datetime(1980, 2, 13)}, "Games.opened must be a datetime.date or None"),
        ({"opened": dt.date(1700, 1, 1)}, "Games.opened must be a date from 1896 to 2100"),
        ({"official": 1}, "Games.official must be True or False, not 1"),
        (
            {"opened": dt.date(1980, 2, 24), "closed": dt.date(1980, 2, 13)},
            "Games.closed (1980-02-13) must not be before Games.opened (1980-02-24)",
        ),
    ],
)
def test_games_rejects_bad_values(kwargs: dict[str, Any], message: str) -> None:
    base: dict[str, Any] = {"year": 1980, "season": Season.WINTER, "city": "Lake Placid"}
    with pytest.raises(ValidationError) as err:
        Games(**{**base, **kwargs})
    assert str(err.value).startswith(message)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("id", "", "Event.id must be a non-empty string, not ''"),
        ("gender", "men", "Event.gender must be a Gender, not 'men'"),
        ("kind", "team", "Event.kind must be an EventKind, not 'team'"),
        ("date", "2026-02-21", "Event.date must be a datetime.date or None, not '2026-02-21'"),
        ("official", None, "Event.official must be True or False, not None"),
    ],
)
def test_event_rejects_bad_values(field: str, value: object, message: str) -> None:
    with pytest.raises(
        ValidationError, match="^" + message.replace("(", r"\(").replace(")", r"\)")
    ):
        Event(**{**EVENT, field: value})


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"noc": "nor"}, "Entry.noc must be a three-letter NOC code like 'NOR', not 'nor'"),
        ({"noc": "NORW"}, "Entry.noc must be a three-letter NOC code like 'NOR', not 'NORW'"),
        ({"place": 0}, "Entry.place must be a positive whole number or None, not 0"),
        ({"place": -1}, "Entry.place must be a positive whole number or None, not -1"),
        ({"place": 1.0}, "Entry.place must be a positive whole number or None, not 1.0"),
        ({"medal": "gold"}, "Entry.medal must be a Medal or None, not 'gold'"),
        ({"athletes": ["a"]}, "Entry.athletes must be a tuple of athlete ids, not ['a']"),
        ({"athletes": ("a", "a")}, "Entry.athletes must be a tuple without repeated athlete ids"),
        ({"athletes": ("a", "")}, "Entry.athletes must be a tuple of non-empty athlete ids"),
        ({"complete": "yes"}, "Entry.complete must be True or False, not 'yes'"),
    ],
)
def test_entry_rejects_bad_values(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        Entry(**{"event": "e", "noc": "NOR", **kwargs})
    assert str(err.value).startswith(message)


def test_athlete_noc_correction_coverage_reject_bad_values() -> None:
    with pytest.raises(ValidationError, match="Athlete.sex must be 'M', 'F' or None, not 'X'"):
        Athlete(id="a", name="A", sex="X")
    with pytest.raises(ValidationError, match="Noc.name must be a non-empty string"):
        Noc(code="NOR", name="")
    with pytest.raises(ValidationError, match="Correction.decided must be a datetime.date"):
        Correction(event="e", noc="NOR", athletes=(), medal=None, decided=None)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="Correction.note must be a string"):
        Correction(
            event="e",
            noc="NOR",
            athletes=(),
            medal=None,
            decided=dt.date(2000, 1, 1),
            note=None,  # type: ignore[arg-type]
        )
    with pytest.raises(ValidationError, match="Coverage.all_events must be True or False"):
        Coverage(games="g", all_events="no", full_podiums=True)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="Coverage.note must be a string"):
        Coverage(games="g", all_events=True, full_podiums=True, note=1)  # type: ignore[arg-type]


@given(strategies.entries())
def test_values_are_immutable_and_hashable(entry: Entry) -> None:
    """Frozen values: no attribute can be set, and equal values hash alike."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        entry.place = 1  # type: ignore[misc]
    assert hash(entry) == hash(attrs.evolve(entry))


@given(strategies.games())
def test_games_strategy_respects_its_rules(games: Games) -> None:
    if games.opened and games.closed:
        assert games.opened <= games.closed
    assert games.id == f"{games.year}-{games.season.value}"


def test_reprs_read_like_constructor_calls() -> None:
    assert repr(Noc(code="NOR", name="Norway")) == "Noc(code='NOR', name='Norway')"
    assert repr(Season.WINTER) == "<Season.WINTER: 'winter'>"
