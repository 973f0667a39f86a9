"""Building a History from rows: slugs and ids, drafts, and the checks reported by row."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import strategies
from olympics_records import DataError, Medal
from olympics_records.datasets._builder import (
    EntryDraft,
    EventDraft,
    HistoryBuilder,
    athlete_key_id,
    title_slug,
)
from olympics_records.datasets._csv import IssueCollector, RowRef
from olympics_records.errors import ValidationError
from olympics_records.model import Entry, Event, EventKind, Games, Gender, Season
from olympics_records.names import repair_mojibake


def test_title_slug_merges_spellings_but_not_weight_classes() -> None:
    assert title_slug("Men’s 500m") == title_slug("Men's  500m")
    assert title_slug("Combined 10km  15km pursuit men") == title_slug(
        "Combined 10km + 15km pursuit men"
    )
    assert len({title_slug(t) for t in ("+75kg women", "75kg women", "-75kg women")}) == 3
    assert title_slug("Men +80kg") != title_slug("Men -80kg")
    assert title_slug("+ 100kg (heavyweight) men") == "plus-100kg-heavyweight-men"


def test_athlete_key_id_is_order_and_spelling_free_but_noc_scoped() -> None:
    ids = {
        athlete_key_id(name, "NOR")
        for name in (
            "Johannes Høsflot Klæbo",
            "KLAEBO Johannes Hoesflot",
            "Johannes Hoesflot KLAEBO",
        )
    }
    assert ids == {"NOR:hosflot-johannes-klabo"}
    assert athlete_key_id("Johannes Høsflot Klæbo", "SWE") != athlete_key_id(
        "Johannes Høsflot Klæbo", "NOR"
    )
    assert athlete_key_id("  ", "NOR") is None


def _builder(strict: bool = False) -> HistoryBuilder:
    builder = HistoryBuilder(IssueCollector(strict=strict))
    builder.games["1980-winter"] = Games(year=1980, season=Season.WINTER, city="Lake Placid")
    builder.events["e"] = EventDraft(
        id="e",
        games="1980-winter",
        sport="S",
        discipline="S",
        name="E",
        gender=Gender.MEN,
        official=True,
    )
    builder.noc("USA", "United States")
    builder.athlete("a", "A")
    builder.athlete("b", "B")
    return builder


def test_builder_reports_an_athlete_twice_in_one_event_by_row() -> None:
    builder = _builder()
    first = builder.entry(EntryDraft(event="e", noc="USA", place=1, medal=Medal.GOLD))
    first.add_member("a", RowRef("f.csv", 1))
    second = builder.entry(EntryDraft(event="e", noc="USA", place=2, medal=Medal.SILVER))
    second.add_member("a", RowRef("f.csv", 2))
    second.add_member("b", RowRef("f.csv", 3))
    history = builder.build()
    assert [(e.athletes, e.complete) for e in history.entries] == [
        (("a",), True),
        (("b",), False),
    ]
    assert [(i.row, i.field, i.value) for i in history.issues] == [(2, "athletes", "a")]


@pytest.mark.parametrize(
    ("place", "medal"),
    [(1, Medal.SILVER), (3, Medal.GOLD), (1, None), (5, Medal.BRONZE)],
)
def test_builder_reports_places_the_history_would_refuse(place: int, medal: Medal | None) -> None:
    builder = _builder()
    builder.entry(
        EntryDraft(event="e", noc="USA", place=1, medal=Medal.GOLD, rows=[RowRef("f.csv", 1)])
    )
    builder.entry(EntryDraft(event="e", noc="USA", place=4, medal=None, rows=[RowRef("f.csv", 2)]))
    builder.entry(
        EntryDraft(event="e", noc="USA", place=place, medal=medal, rows=[RowRef("f.csv", 3)])
    )
    history = builder.build()
    assert len(history.entries) == 2
    assert [(i.row, i.field) for i in history.issues] == [(3, "place")]
    strict = _builder(strict=True)
    strict.entries = builder.entries
    for draft in strict.entries:
        assert isinstance(draft, EntryDraft)
        draft.dropped = False
    with pytest.raises(DataError):
        strict.build()


def test_builder_keeps_ties() -> None:
    builder = _builder()
    for row, athlete in ((1, "a"), (2, "b")):
        draft = builder.entry(EntryDraft(event="e", noc="USA", place=3, medal=Medal.BRONZE))
        draft.add_member(athlete, RowRef("f.csv", row))
    assert len(builder.build().entries) == 2


@pytest.mark.parametrize("team", [False, True])
@pytest.mark.parametrize("official", [False, True])
def test_an_event_draft_builds_what_the_validating_constructor_builds(
    team: bool, official: bool
) -> None:
    """The draft sets an Event's fields itself, for speed: it must set every one."""
    draft = EventDraft(
        id="1980-winter/s/men/e",
        games="1980-winter",
        sport="Speed Skating",
        discipline="Speed Skating",
        name="500m",
        gender=Gender.MEN,
        official=official,
        team_rows=team,
    )
    built = draft.build()
    expected = Event(
        id=draft.id,
        games=draft.games,
        sport=draft.sport,
        discipline=draft.discipline,
        name=draft.name,
        gender=draft.gender,
        kind=EventKind.TEAM if team else EventKind.INDIVIDUAL,
        official=official,
    )
    assert attrs.asdict(built) == attrs.asdict(expected)
    assert built == expected


def test_an_event_draft_keeps_its_date_and_the_constructor_checks_it() -> None:
    def draft(date: dt.date | None = None) -> EventDraft:
        fields = ("2026-winter/s/men/e", "2026-winter", "Skiing", "Skiing", "50km")
        return EventDraft(*fields, Gender.MEN, True, date)

    assert draft().build().date is None
    assert draft(dt.date(2026, 2, 21)).build().date == dt.date(2026, 2, 21)
    with pytest.raises(ValidationError, match="date"):
        draft(dt.date(1850, 1, 1)).build()


def test_an_event_draft_with_a_blank_field_is_refused_by_the_constructor() -> None:
    draft = EventDraft(
        id="e",
        games="g",
        sport=" ",
        discipline="d",
        name="n",
        gender=Gender.MEN,
        official=True,
    )
    with pytest.raises(ValidationError, match="sport"):
        draft.build()


@pytest.mark.parametrize(
    ("athlete_id", "sex", "field"), [("", None, "id"), (" ", "M", "id"), ("z", "X", "sex")]
)
def test_an_athlete_the_constructor_would_refuse_is_refused_when_registered(
    athlete_id: str, sex: str, field: str
) -> None:
    # Athletes are made when the History is built, unchecked: their fields are
    # checked when the reader registers them, on the row that gives them.
    with pytest.raises(ValidationError, match=field):
        _builder().athlete(athlete_id, "Eric Heiden", sex)


_SPACE = st.text(st.sampled_from(" \t\u00a0"), max_size=3)


@given(
    st.lists(strategies.mangleable_words, min_size=1, max_size=3), st.integers(0, 2), _SPACE, _SPACE
)
@example(["TOMAŠ"], 1, "", "\u00a0")  # "Š" is "Å" and a no-break space: then one more
@example(["Andrá"], 1, " ", "\u00a0\t")  # a no-break space after a whole letter
@example(["Ã"], 0, "", "\u00a0")  # read as "à", as inside a word
def test_white_space_around_a_name_is_stripped_after_its_repair(
    words: list[str], times: int, lead: str, tail: str
) -> None:
    """A name as written, mangled ``times`` over, is registered repaired once, whatever
    white space is around it: a mangled letter may end in a byte that reads as a
    no-break space, which the repair needs, so the white space goes after it."""
    text = " ".join(words)
    for _ in range(times):
        text = strategies.mangled(text) or text
    padded, bare = _builder(), _builder()
    padded.athlete("x", lead + text + tail)
    bare.athlete("x", text)
    # Mangling puts no white space at the start of a name, and at its end only a byte
    # that reads as a no-break space: the name is its own repair, nothing stripped.
    name = repair_mojibake(text)
    assert bare.athletes["x"] == (name, None)
    as_bytes = (text + "\u00a0").encode("cp1252", errors="replace")
    if tail[:1] == "\u00a0" and as_bytes.decode("utf-8", errors="replace")[-1] != "\ufffd":
        # The last word and a no-break space read back as one: the space is a letter's
        # last byte (Ã and U+00A0 are à), at the end of a name as inside a word.
        name = repair_mojibake(text + "\u00a0")
    assert padded.athletes["x"] == (name, None)


def test_a_later_spelling_with_a_sex_the_constructor_refuses_is_refused() -> None:
    builder = _builder()
    builder.athlete("z", "Heiden")
    with pytest.raises(ValidationError, match="sex"):
        builder.athlete("z", "Eric Heiden", "X")  # sorts first: would be kept
    assert builder.athlete("z", "Zed", "X") == "z"  # sorts later: its sex is not taken


def test_a_solo_after_a_plain_place_it_contradicts_is_reported_by_row() -> None:
    builder = _builder()
    builder.entry(EntryDraft(event="e", noc="USA", place=2, medal=None, rows=[RowRef("f.csv", 1)]))
    builder.solo("e", "USA", Medal.SILVER, "a", RowRef("f.csv", 2))
    builder.solo("e", "USA", Medal.GOLD, "b", RowRef("f.csv", 3))
    history = builder.build()
    assert [(e.athletes, e.place, e.medal) for e in history.entries] == [
        ((), 2, None),
        (("b",), 1, Medal.GOLD),
    ]
    (issue,) = builder.issues.issues
    assert (issue.row, issue.field, issue.value) == (2, "place", "2")
    assert "already held with a different medal" in issue.message


def test_a_solo_of_an_athlete_already_in_the_event_is_reported_by_row() -> None:
    builder = _builder()
    team = builder.entry(EntryDraft(event="e", noc="USA", place=1, medal=Medal.GOLD))
    team.add_member("a", RowRef("f.csv", 1))
    builder.solo("e", "USA", Medal.SILVER, "a", RowRef("f.csv", 2))
    builder.solo("e", "USA", Medal.BRONZE, "b", RowRef("f.csv", 3))
    history = builder.build()
    assert [(e.athletes, e.medal) for e in history.entries] == [
        (("a",), Medal.GOLD),
        (("b",), Medal.BRONZE),
    ]
    (issue,) = builder.issues.issues
    assert (issue.row, issue.field, issue.value) == (2, "athletes", "a")
    assert history.entries[1] == Entry(
        event="e", noc="USA", athletes=("b",), place=3, medal=Medal.BRONZE, complete=True
    )
