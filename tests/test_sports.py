"""The sports registry: which labels are one discipline, which disciplines one sport."""

from __future__ import annotations

import pytest

from olympics_records import History, sports


@pytest.mark.parametrize(
    ("label", "sport", "discipline"),
    [
        ("Cross Country Skiing", "Skiing", "Cross-Country Skiing"),
        ("Snowboarding", "Skiing", "Snowboard"),
        ("Synchronized Swimming", "Aquatics", "Artistic Swimming"),
        ("Trampolining", "Gymnastics", "Trampoline"),
        ("Gymnastics Artistic", "Gymnastics", "Artistic Gymnastics"),
        ("Baseball^(1992-2008)", "Baseball/Softball", "Baseball"),
        ("Military Ski Patrol", "Biathlon", "Military Patrol"),
        ("Tug-Of-War", "Tug of War", "Tug of War"),
        ("Short Track", "Skating", "Short Track Speed Skating"),
        ("Canoe Marathon", "Canoeing", "Canoe Marathon"),
        # Labels of a whole sport: no one discipline.
        ("Canoeing", "Canoeing", None),
        ("Equestrianism", "Equestrian", None),
        ("Cycling", "Cycling", None),
        ("Wrestling", "Wrestling", None),
    ],
)
def test_labels(label: str, sport: str, discipline: str | None) -> None:
    assert sports.sport_of(label) == sport
    assert sports.discipline_of(label) == discipline
    assert sports.is_whole_sport(label) is (discipline is None)


def test_unknown_labels_are_unknown() -> None:
    assert sports.sport_of("Quidditch") is None
    assert sports.discipline_of("Quidditch") is None
    assert not sports.is_whole_sport("Quidditch")


def test_disciplines_of_one_name_stay_apart() -> None:
    """Words before a name make another discipline: both are known, neither the other."""
    for one, other in [
        ("Volleyball", "Beach Volleyball"),
        ("Swimming", "Marathon Swimming"),
        ("Speed Skating", "Short Track Speed Skating"),
        ("Basketball", "3x3 Basketball"),
    ]:
        assert sports.sport_of(one) == sports.sport_of(other)
        assert sports.discipline_of(one) != sports.discipline_of(other)
    assert sports.sport_of("Tennis") != sports.sport_of("Table Tennis")
    assert sports.sport_of("Polo") != sports.sport_of("Water Polo")
    assert sports.sport_of("Hockey") != sports.sport_of("Ice Hockey")


def test_every_label_of_the_public_sources_is_known(record_book: History) -> None:
    """The merge aligns by the registry: a label it lacks would fall back to names."""
    unknown = {e.discipline for e in record_book.events if sports.sport_of(e.discipline) is None}
    assert unknown == set()
