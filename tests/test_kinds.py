"""Team or individual (``datasets/_kinds.py``): the rule, and each reader on real data."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from olympics_records import EventKind, History, Medal
from olympics_records.datasets import read_kaggle120, read_olympanalyt, read_olympics_com
from olympics_records.datasets._kinds import event_kind, title_kind

TEAM, INDIVIDUAL = EventKind.TEAM, EventKind.INDIVIDUAL

# Titles as the three sources spell them (Kaggle's without the sport's name in front).
SAY_INDIVIDUAL = [
    # The issue's two bugs: a solo in "Synchronized Swimming", a lift with two hands.
    "solo women",  # olympics.com
    "solo",  # OlympAnalyt
    "Women's Solo",  # Kaggle
    "heavyweight - two hand lift men",
    "heavyweight - two hand lift",
    "Men's Unlimited, Two Hands",
    "heavyweight - one hand lift men",
    "Men's Unlimited, One Hand",
    "825kg onetwo hand 3 events heavyweight men",
    "+ 82.5kg, one-two hand 3 events (heavyweight)",
    "discus throw both hands men",
    "Singles, Two Balls, Handicap Open",
    "Mixed Singles, Two Balls",
    "single sculls 1x men",
    "single sculls (1x)",
    "Men's Single Sculls",
    "C1 canoe single men",
    "K-1 200m (kayak single) women",
    "Finn - One Person Dinghy (Heavyweight) men",
    "One Person Dinghy (Olympic Monotype) Open",
    "single-handed dinghy (Europe)",
    "singlehanded dinghy Europe women",
    "Individual men",
    "Sprint individual men",
    "Men's Foil, Individual",
    "Men's Three-Day Event, Individual",
    "stick single men",
    "Ladies' Single Skating",
    "Singles women",
    "100m running deer, single shots",
]
SAY_TEAM = [
    "Duet Women",
    "duet",
    "Women's Duet",
    "synchronized diving 10m platform men",
    "Men's Synchronised 3m Springboard",
    "Men's Synchronized Platform",
    "4x100m freestyle men",  # no "relay" in this one
    "4 x 50 yard Freestyle Relay Men",
    "Men's 4 x 10 kilometres Relay",
    "2x6km Women + 2x7.5km Men Mixed Relay",
    "K-1 4x500m men",
    "K2 500m kayak double women",
    "K-4 1000m (kayak four)",
    "C2 canoe double men",
    "Men's Kayak Four 500m",
    "Men's Canoe Double 1000m",
    "Men's Kayak Doubles, 1,000 metres",
    "four-man men",
    "fourman men",
    "twoman men",
    "fiveman men",
    "two-woman women",
    "Men's Two",
    "Women's Two",
    "Men's Four",
    "Men's Four/Five",
    "Women's Eight",
    "eight with coxswain 8 men",
    "eight with coxswain (8+)",
    "four without coxswain 4 men",
    "fouroared shell with coxswain 4 women",
    "coxless four (4-)",
    "Men's Coxed Fours",
    "double sculls 2x men",
    "double sculls (2x)",
    "quadruple sculls without coxswain (4x) women",
    "Men's Pair",
    "Pair Skating",
    "Ice dancing mixed",
    "Mixed Ice Dancing",
    "Ice Dance",
    "Olympic Sprint men",
    "Team sprint men",
    "Madison men",
    "2000m tandem men",
    "Military Patrol men",
    "Men's Military Ski Patrol",
    "group competition women",
    "Women's Group",
    "handball men",
    "Ice Hockey men",
    "3x3 basketball",
    "Men's Tug-Of-War",
    "twoperson keelboat open Star mixed",
    "Mixed Three Person Keelboat",
    "49er - Skiff men",
    "Tornado - Multihull mixed",
    "Men's Two-Man Teams With Cesta",
    "Men's 17-Man Naval Rowing Boats",
    "double men",  # croquet
    "double",  # rackets
    "Doubles mixed",
    "Mixed Doubles",
    # "team" and "relay" beat the words that say one athlete.
    "100m running deer single shots team men",
    "Men's Running Target, Single Shot, Team",
    "Men's Three-Day Event, Team",
    "Single Mixed Relay",
]
SAY_NOTHING = [
    "500m men",
    "Men's Pole Vault",
    "2x500m men",  # two races, one skater
    "50m rifle 3 positions 3x40 shots men",
    "double trap 150 targets men",
    "Men's Double Trap",
    "double american round (60y - 50y - 40y) men",
    "Four-in-Hand Mail Coach",  # one driver, four horses
    "0.5t mixed, race two",
    "20t + mixed",
    "Mixed 5.5 metres",
    "Mixed Alpinism",
    "Combined 10km  15km pursuit men",
    "Men’s 500m",
]


@pytest.mark.parametrize("title", SAY_INDIVIDUAL)
def test_titles_that_say_one_athlete(title: str) -> None:
    assert title_kind(title) is INDIVIDUAL
    assert event_kind(title, most_members=1) is INDIVIDUAL


@pytest.mark.parametrize("title", SAY_TEAM)
def test_titles_that_say_several_athletes(title: str) -> None:
    assert title_kind(title) is TEAM
    # The members may be unknown, or listed one per row: the title still decides.
    assert event_kind(title, most_members=0) is TEAM
    assert event_kind(title, most_members=1) is TEAM


@pytest.mark.parametrize("title", SAY_NOTHING)
def test_titles_that_say_nothing_are_individual_unless_the_rows_say_team(title: str) -> None:
    assert title_kind(title) is None
    assert event_kind(title, most_members=1) is INDIVIDUAL
    assert event_kind(title, most_members=2) is TEAM
    assert event_kind(title, team_rows=True) is TEAM


@pytest.mark.parametrize("title", SAY_INDIVIDUAL[:3])
def test_the_rows_win_over_a_title_that_says_individual(title: str) -> None:
    """An entry of several athletes is a team's: the source contradicts itself."""
    assert event_kind(title, most_members=3) is TEAM
    assert event_kind(title, most_members=1, team_rows=True) is TEAM


def test_a_discipline_name_in_the_title_would_decide_nothing_it_should_not() -> None:
    """Why readers give the title alone: the sport's name speaks for every event."""
    assert title_kind("Synchronized Swimming solo women") is INDIVIDUAL
    assert title_kind("synchronized swimming 10km") is TEAM
    assert title_kind("10km") is None


# Real data ---------------------------------------------------------------------------

KAGGLE_EVENTS = (
    "Synchronized Swimming Women's Solo",
    "Synchronized Swimming Women's Duet",
    "Weightlifting Men's Unlimited, Two Hands",
    "Swimming Women's 100 metres Freestyle",
    "Athletics Women's 100 metres",
    "Gymnastics Men's Pommelled Horse",
    "Sailing Mixed 5.5 metres",
    "Figure Skating Mixed Ice Dancing",
)


@pytest.fixture(scope="module")
def sources(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, History]:
    """The three sources: olympics.com's medals, OlympAnalyt, and the Kaggle rows of
    :data:`KAGGLE_EVENTS` (every Games), copied from the full file to save reading it."""
    kaggle = tmp_path_factory.mktemp("kaggle") / "athlete_events.csv"
    with (shared_data / "kaggle-120" / "athlete_events.csv").open(
        encoding="utf-8", newline=""
    ) as source:
        rows = csv.reader(source)
        header = next(rows)
        kept = [row for row in rows if row[13] in KAGGLE_EVENTS]
    with kaggle.open("w", encoding="utf-8", newline="") as copy:
        csv.writer(copy, quoting=csv.QUOTE_NONNUMERIC).writerows([header, *kept])
    return {
        "olympics.com": read_olympics_com(shared_data / "olympics-com", results=False),
        "OlympAnalyt": read_olympanalyt(shared_data / "olympanalyt" / "all_olympic_medalists.csv"),
        "Kaggle": read_kaggle120(kaggle),
    }


def _golds(history: History, *names: str) -> Counter[tuple[str, EventKind]]:
    """The golds of the athletes whose names hold all of ``names``: by Games and kind."""
    ids = {a.id for a in history.athletes if all(n in a.name.lower() for n in names)}
    golds: Counter[tuple[str, EventKind]] = Counter()
    for entry in history.entries:
        if entry.medal is Medal.GOLD and ids & set(entry.athletes):
            event = history.get_event(entry.event)
            golds[event.games, event.kind] += 1
    return golds


@pytest.mark.parametrize("source", ["olympics.com", "OlympAnalyt", "Kaggle"])
def test_tracie_ruiz_has_one_individual_gold_the_1984_solo(
    sources: dict[str, History], source: str
) -> None:
    golds = _golds(sources[source], "tracie", "ruiz")
    assert golds == {("1984-summer", INDIVIDUAL): 1, ("1984-summer", TEAM): 1}


@pytest.mark.parametrize("source", ["olympics.com", "OlympAnalyt", "Kaggle"])
def test_every_solo_and_every_lift_with_hands_is_individual(
    sources: dict[str, History], source: str
) -> None:
    history = sources[source]
    solos = [e for e in history.events if "solo" in e.name.lower()]
    lifts = [
        e
        for e in history.events
        if "weightlifting" in e.discipline.lower() and "hand" in e.name.lower()
    ]
    assert len(solos) >= 3
    assert len(lifts) >= 2
    assert {e.kind for e in solos + lifts} == {INDIVIDUAL}


def test_kaggle_ties_between_compatriots_are_individual_medals(
    sources: dict[str, History],
) -> None:
    """Two USA golds in 1984 (Hogshead, Steinseifer), three Finnish in 1948."""
    history = sources["Kaggle"]

    def medals(event_id: str) -> list[tuple[str, Medal | None, int]]:
        return sorted(
            (e.noc, e.medal, len(e.athletes))
            for e in history.entries_of_event(event_id)
            if e.medal is not None
        )

    free = "1984-summer/swimming/women/swimming-women-s-100-metres-freestyle"
    assert history.get_event(free).kind is INDIVIDUAL
    assert medals(free) == [
        ("NED", Medal.BRONZE, 1),
        ("USA", Medal.GOLD, 1),
        ("USA", Medal.GOLD, 1),
    ]
    pommel = "1948-summer/gymnastics/men/gymnastics-men-s-pommelled-horse"
    assert history.get_event(pommel).kind is INDIVIDUAL
    assert medals(pommel) == [("FIN", Medal.GOLD, 1)] * 3
    # Not a tie: the three crews of 1968 each share their medal.
    sailing = "1968-summer/sailing/mixed/sailing-mixed-5-5-metres"
    assert history.get_event(sailing).kind is TEAM
    assert [n for _, _, n in medals(sailing)] == [3, 3, 3]


def test_the_sources_agree_on_the_kinds_of_the_events_of_the_issue(
    sources: dict[str, History],
) -> None:
    def kinds(games: str, *words: str) -> dict[str, set[EventKind]]:
        return {
            label: {
                e.kind
                for e in history.events
                if e.games == games and all(w in e.name.lower() for w in words)
            }
            for label, history in sources.items()
        }

    everywhere = {label: {INDIVIDUAL} for label in sources}
    assert kinds("1984-summer", "solo") == everywhere
    assert kinds("1896-summer", "two hand") == everywhere
    assert kinds("1976-winter", "ice danc") == {label: {TEAM} for label in sources}


def test_olympanalyt_eights_without_members_are_team_events(
    sources: dict[str, History],
) -> None:
    """2000 and 2004 list no rowers: the title's "eight" says team."""
    eights = [
        e
        for e in sources["OlympAnalyt"].events
        if e.name.startswith("eight with coxswain") and e.games in ("2000-summer", "2004-summer")
    ]
    assert len(eights) == 4
    assert {e.kind for e in eights} == {TEAM}


def test_titles_that_say_individual_with_team_rows_are_reported(
    sources: dict[str, History],
) -> None:
    """Titles the source swapped: a team's medallists under an individual title, reported.

    (OlympAnalyt's horses, named beside their riders, no longer make equestrian
    events teams: the reader leaves them out.)
    """
    (note,) = [i for i in sources["OlympAnalyt"].issues if i.field == "kind"]
    assert note.row is None
    assert note.value is not None
    assert not [e for e in note.value.split(", ") if "equestrian" in e]
    # 2008: the men's team's medallists under women's singles, in the source.
    assert "2008-summer/table-tennis/women/singles" in note.value.split(", ")
