"""The sports registry: which labels are one discipline, which disciplines one sport."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


# A sport's disciplines and the labels sources give each (as olympics.com, Kaggle and
# OlympAnalyt write them), to file events under.
_FILED = {
    ("Skiing", "Cross-Country Skiing"): ("Cross-Country Skiing", "Cross Country Skiing"),
    ("Skiing", "Snowboard"): ("Snowboard", "Snowboarding"),
    ("Gymnastics", "Artistic Gymnastics"): ("Artistic Gymnastics", "Gymnastics Artistic"),
    ("Gymnastics", "Trampoline"): ("Trampoline", "Trampolining", "Trampoline Gymnastics"),
    ("Aquatics", "Artistic Swimming"): ("Artistic Swimming", "Synchronized Swimming"),
    ("Aquatics", "Swimming"): ("Swimming",),
    ("Skating", "Short Track Speed Skating"): ("Short Track", "Short Track Speed Skating"),
    ("Skating", "Speed Skating"): ("Speed Skating", "Speed skating"),
    ("Cycling", "Cycling Track"): ("Cycling Track", "Track Cycling"),
    ("Cycling", "Cycling Road"): ("Cycling Road", "Road Cycling"),
}


def _written(label: str, style: int) -> str:
    """A label as a user may type it: as written, in capitals, or lower case hyphenated."""
    return (label, label.upper(), label.lower().replace(" ", "-"))[style]


@given(
    st.sampled_from(sorted(_FILED)),
    st.sampled_from(sorted(_FILED)),
    st.data(),
)
def test_an_event_is_within_its_discipline_and_sport_whatever_the_labels(
    asked: tuple[str, str], filed: tuple[str, str], data: st.DataObject
) -> None:
    """An event filed under any label of a discipline, with the discipline as its sport
    (olympics.com) or under the sport's name (the others), is within every label of
    that discipline and the sport's name, typed any way; never within another
    discipline's label, nor another sport's name."""
    label = data.draw(st.sampled_from(_FILED[filed]))
    sport = data.draw(st.sampled_from([label, filed[0]]))
    style = data.draw(st.integers(0, 2))
    wanted = _written(data.draw(st.sampled_from(_FILED[asked])), style)
    assert sports.within(wanted, sport, label) is (asked == filed)
    assert sports.within(_written(asked[0], style), sport, label) is (asked[0] == filed[0])
    assert sports.same_label(wanted, label) is (asked == filed)


def test_a_label_the_registry_lacks_is_compared_as_written() -> None:
    assert sports.within("Quidditch", "Quidditch", "Quidditch")
    assert sports.within("quidditch", "Magic", "Quidditch")
    assert not sports.within("Quidditch", "Skiing", "Alpine Skiing")
    assert not sports.within("Skiing", "Quidditch", "Quidditch")
