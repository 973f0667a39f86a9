"""Hypothesis strategies for every model class and for whole, valid Histories.

The model's validators define what is valid; these strategies build values inside
those rules, so a failing example points at the code under test, not at the data.
"""

from __future__ import annotations

import datetime as dt
import string

import attrs
from hypothesis import strategies as st

from olympics_records import (
    Athlete,
    Correction,
    Coverage,
    Entry,
    Event,
    EventKind,
    Games,
    Gender,
    History,
    Medal,
    Noc,
    Season,
)
from olympics_records.errors import Issue
from olympics_records.names import fold

# Names drawn from the letters real sources mix: Nordic, accented, Cyrillic.
NAME_LETTERS = string.ascii_letters + "øæåØÆÅéèöüäßÖÜÄçñłĐđþбвгдежзиклмнопрстуфхцчшщэюя"

ids = st.text(string.ascii_lowercase + string.digits + "-", min_size=1, max_size=12).filter(
    lambda s: s.strip("-") != ""
)
noc_codes = st.text(string.ascii_uppercase, min_size=3, max_size=3)
words = st.text(NAME_LETTERS, min_size=1, max_size=10)
person_names = st.lists(words, min_size=1, max_size=4).map(" ".join)


def mangled(text: str) -> str | None:
    """``text``'s UTF-8 read as cp1252 (mojibake), where every byte has a reading."""
    try:
        return text.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return None


# Words of letters with and without accents whose UTF-8 has a cp1252 reading (five
# bytes have no cp1252 character: Á is C3 81).
mangleable_words = st.text(
    st.sampled_from(
        "aeszAESZ" + "".join(c for c in map(chr, range(0xC0, 0x180)) if mangled(c) is not None)
    ),
    min_size=1,
    max_size=12,
)
days = st.dates(min_value=dt.date(1896, 1, 1), max_value=dt.date(2100, 12, 31))


@st.composite
def games(draw: st.DrawFn, year: int | None = None, season: Season | None = None) -> Games:
    """A Games edition; ``opened`` ≤ ``closed`` whenever both are known."""
    y = draw(st.integers(1896, 2099)) if year is None else year
    opened = draw(st.none() | st.dates(dt.date(y, 1, 1), dt.date(y, 12, 1)))
    closed = None
    if draw(st.booleans()):
        start = opened or dt.date(y, 1, 1)
        closed = draw(st.dates(start, start + dt.timedelta(days=30)))
    return Games(
        year=y,
        season=draw(st.sampled_from(Season)) if season is None else season,
        city=draw(person_names),
        opened=opened,
        closed=closed,
        official=draw(st.booleans()),
    )


def athletes() -> st.SearchStrategy[Athlete]:
    """An athlete with an id, a name in any script, and perhaps a sex."""
    return st.builds(Athlete, id=ids, name=person_names, sex=st.sampled_from([None, "M", "F"]))


def nocs() -> st.SearchStrategy[Noc]:
    """A NOC with a three-letter code."""
    return st.builds(Noc, code=noc_codes, name=person_names)


def medals() -> st.SearchStrategy[Medal]:
    """A medal."""
    return st.sampled_from(Medal)


def events(games_id: str | None = None) -> st.SearchStrategy[Event]:
    """An event of ``games_id`` (or of any Games id)."""
    return st.builds(
        Event,
        id=ids,
        games=st.just(games_id) if games_id else ids,
        sport=words,
        discipline=words,
        name=person_names,
        gender=st.sampled_from(Gender),
        kind=st.sampled_from(EventKind),
        date=st.none() | days,
        official=st.booleans(),
    )


def entries() -> st.SearchStrategy[Entry]:
    """A single entry, with no promise that a History would accept it with others."""
    return st.builds(
        Entry,
        event=ids,
        noc=noc_codes,
        athletes=st.lists(ids, max_size=4, unique=True).map(tuple),
        place=st.none() | st.integers(1, 200),
        medal=st.none() | medals(),
        complete=st.booleans(),
    )


def corrections() -> st.SearchStrategy[Correction]:
    """A single correction, not tied to any History."""
    return st.builds(
        Correction,
        event=ids,
        noc=noc_codes,
        athletes=st.lists(ids, max_size=4, unique=True).map(tuple),
        medal=st.none() | medals(),
        decided=days,
        note=st.text(max_size=20),
    )


def issues() -> st.SearchStrategy[Issue]:
    """A data-quality problem."""
    return st.builds(
        Issue,
        source=st.text(max_size=20),
        row=st.none() | st.integers(0, 10**6),
        field=st.none() | st.text(max_size=10),
        value=st.none() | st.text(max_size=20),
        message=st.text(min_size=1, max_size=40),
    )


def medal_for(place: int) -> Medal | None:
    return {1: Medal.GOLD, 2: Medal.SILVER, 3: Medal.BRONZE}.get(place)


@st.composite
def histories(
    draw: st.DrawFn,
    *,
    max_games: int = 3,
    max_events: int = 4,
    max_athletes: int = 12,
    with_corrections: bool = True,
    max_nocs: int = 5,
    disciplines: tuple[str, ...] = ("Cross-Country", "Speed", "Swimming"),
) -> History:
    """A valid History: references resolve and every event's results obey the rules.

    Places follow standard competition ranking (ties share a place, the next place
    skips: 1, 1, 3); medals follow places. Some entries carry a medal but no place
    (medals-only sources); some teams are incomplete; some events are unofficial.
    Fewer NOCs and disciplines make athletes meet at one Games, NOC and discipline
    more often.
    """
    years = draw(st.lists(st.integers(1896, 2099), min_size=1, max_size=max_games, unique=True))
    all_games = [draw(games(year=y)) for y in years]
    codes = draw(st.lists(noc_codes, min_size=1, max_size=max_nocs, unique=True))
    noc_list = [Noc(code=c, name=f"Nation {c}") for c in codes]
    athlete_ids = draw(st.lists(ids, min_size=1, max_size=max_athletes, unique=True))
    athlete_list = [Athlete(id=a, name=draw(person_names)) for a in athlete_ids]

    event_list: list[Event] = []
    entry_list: list[Entry] = []
    for g in all_games:
        for n in range(draw(st.integers(0, max_events))):
            low = g.opened or dt.date(g.year, 1, 1)
            high = g.closed or dt.date(g.year, 12, 31)
            event = Event(
                id=f"{g.id}/e{n}",
                games=g.id,
                sport=draw(st.sampled_from(["Skiing", "Skating", "Aquatics"])),
                discipline=draw(st.sampled_from(disciplines)),
                name=f"event {n}",
                gender=draw(st.sampled_from(Gender)),
                kind=draw(st.sampled_from(EventKind)),
                date=draw(st.none() | st.dates(low, max(low, high))),
                official=draw(st.booleans() | st.just(True)),
            )
            event_list.append(event)
            entry_list.extend(draw(_event_entries(event, athlete_ids, codes)))

    correction_list: list[Correction] = []
    if with_corrections and entry_list:
        keys = [(e.event, e.noc, frozenset(e.athletes)) for e in entry_list]
        for entry in draw(st.lists(st.sampled_from(entry_list), max_size=2, unique=True)):
            # A correction must name one entry: skip teams it could not tell apart.
            if (
                entry.medal is None
                or keys.count((entry.event, entry.noc, frozenset(entry.athletes))) > 1
            ):
                continue
            correction_list.append(
                Correction(
                    event=entry.event,
                    noc=entry.noc,
                    athletes=entry.athletes,
                    medal=None,
                    decided=draw(days),
                    note="stripped",
                )
            )
    coverage = [
        Coverage(games=g.id, all_events=draw(st.booleans()), full_podiums=draw(st.booleans()))
        for g in all_games
        if draw(st.booleans())
    ]
    return History(
        games=all_games,
        events=event_list,
        entries=entry_list,
        athletes=athlete_list,
        nocs=noc_list,
        corrections=correction_list,
        issues=draw(st.lists(issues(), max_size=2)),
        coverage=coverage,
    )


@st.composite
def _event_entries(
    draw: st.DrawFn, event: Event, athlete_ids: list[str], codes: list[str]
) -> list[Entry]:
    size = 1 if event.kind is EventKind.INDIVIDUAL else draw(st.integers(0, 4))
    count = draw(st.integers(0, min(6, len(athlete_ids) // max(size, 1))))
    pool = draw(st.permutations(athlete_ids))
    ranked = draw(st.booleans())
    out: list[Entry] = []
    place = 0
    for i in range(count):
        members = tuple(pool[i * size : (i + 1) * size]) if size else ()
        tie = i > 0 and draw(st.integers(0, 4)) == 0
        if not tie:
            place = i + 1
        medal = medal_for(place)
        out.append(
            Entry(
                event=event.id,
                noc=draw(st.sampled_from(codes)),
                athletes=members,
                place=place if ranked else None,
                medal=medal,
                complete=bool(members) and draw(st.booleans() | st.just(True)),
            )
        )
    return out


# Team or individual ---------------------------------------------------------------
# Words of event titles as the sources write them, for the rule of team or individual
# (datasets/_kinds.py): some say nothing of the kind, some say one athlete, some say
# several. "race two", "Two Balls", "Four-in-Hand" and "double trap" are quiet on
# purpose: a number or "double" there counts no athletes.
QUIET_TITLE_WORDS = (
    "500m",
    "10km",
    "100 metres",
    "Free",
    "Classic",
    "Sprint",
    "Pursuit",
    "Downhill",
    "Pole Vault",
    "Heavyweight",
    "+ 82.5kg",
    "(lightweight)",
    "men",
    "women",
    "Men's",
    "Women’s",
    "Mixed",
    "Open",
    "Handicap",
    "race two",
    "Two Balls,",
    "Four-in-Hand",
    "double trap",
    "3x40 shots",
    "2x500m",
    "Skeleton",
)
INDIVIDUAL_TITLE_WORDS = (
    "solo",
    "Solo",
    "individual",
    "Individual",
    "singles",
    "Singles",
    "single sculls",
    "One Person Dinghy",
    "two hand lift",
    "one hand lift",
    "one-two hand",
    "Two Hands",
    "both hands",
    "1x",
)
TEAM_TITLE_WORDS = (
    "relay",
    "Team",
    "pairs",
    "Doubles",
    "duet",
    "group",
    "synchronized",
    "Synchronised",
    "four-man",
    "Two-man",
    "coxless four",
    "eight with coxswain",
    "4x100m",
    "4 x 10km",
    "K-2",
    "C2",
    "ice dancing",
    "Madison",
    "tug of war",
    "hockey",
)
# Sports and disciplines whose names hold words that would say team in a title.
TEAM_SOUNDING_DISCIPLINES = (
    "Synchronized Swimming",
    "Artistic Swimming",
    "Weightlifting",
    "Team Handball",
    "Two-Man Bob",
    "Relay Racing",
    "Rowing Eights",
    "Doubles Tennis",
    "Figure Skating Pairs",
    "Group Gymnastics",
)


def event_titles(*, team_words: bool = True) -> st.SearchStrategy[str]:
    """A title of one to five words the sources use; without ``team_words``, none says team."""
    vocabulary: tuple[str, ...] = QUIET_TITLE_WORDS + INDIVIDUAL_TITLE_WORDS
    if team_words:
        vocabulary += TEAM_TITLE_WORDS
    return st.lists(st.sampled_from(vocabulary), min_size=1, max_size=5).map(" ".join)


def disciplines() -> st.SearchStrategy[str]:
    """A sport or discipline name: one that sounds like a team's, or any letters."""
    return st.sampled_from(TEAM_SOUNDING_DISCIPLINES) | st.text(
        string.ascii_letters + " ", min_size=1, max_size=30
    ).filter(str.strip)


def medal_teams(
    *, most: int = 3, least: int = 0, entries: tuple[int, int] = (1, 4)
) -> st.SearchStrategy[tuple[int, ...]]:
    """How many athletes each medal entry of one event lists, gold first (0: unknown)."""
    return st.lists(st.integers(least, most), min_size=entries[0], max_size=entries[1]).map(tuple)


@st.composite
def completions(draw: st.DrawFn, history: History) -> History:
    """``history`` with members added to every entry with ``complete=False``, now complete.

    The members added to an entry (one at least, where there is any) are drawn among
    the athletes with an entry of their own at its Games, for its NOC, in its
    discipline (folded), of a sex its event is open to (theirs, else the one their
    entry's event tells) and not yet in its event: the athletes the data says may be
    its unlisted members. Corrections follow the entries they correct.
    """
    events = {e.id: e for e in history.events}
    sex_of = {a.id: a.sex for a in history.athletes}
    told = {Gender.MEN: ("M",), Gender.WOMEN: ("F",)}

    def place(entry: Entry | Correction, sex: str) -> tuple[str, str, str, str]:
        event = events[entry.event]
        return (event.games, entry.noc, fold(event.discipline), sex)

    entrants: dict[tuple[str, str, str, str], set[str]] = {}
    in_event: dict[str, set[str]] = {}
    for entry in history.entries:
        for athlete in entry.athletes:
            known = sex_of[athlete]
            sexes = (known,) if known else told.get(events[entry.event].gender, ("M", "F"))
            for sex in (*sexes, "*"):
                entrants.setdefault(place(entry, sex), set()).add(athlete)
        in_event.setdefault(entry.event, set()).update(entry.athletes)
    filled: dict[tuple[str, str, frozenset[str]], tuple[str, ...]] = {}
    entries: list[Entry] = []
    for entry in history.entries:
        if entry.complete:
            entries.append(entry)
            continue
        open_to = told.get(events[entry.event].gender, ("*",))[0]
        free = sorted(entrants.get(place(entry, open_to), set()) - in_event[entry.event])
        added = draw(
            st.lists(st.sampled_from(free), min_size=1, unique=True) if free else st.just([])
        )
        in_event[entry.event].update(added)
        members = (*entry.athletes, *added)
        filled[entry.event, entry.noc, frozenset(entry.athletes)] = members
        entries.append(attrs.evolve(entry, athletes=members, complete=True))
    corrections = [
        attrs.evolve(c, athletes=filled.get((c.event, c.noc, frozenset(c.athletes)), c.athletes))
        for c in history.corrections
    ]
    return attrs.evolve(history, entries=entries, corrections=corrections)


@st.composite
def unlisting(draw: st.DrawFn, history: History) -> History:
    """``history`` with some entries marked ``complete=False`` (members kept)."""
    marked = draw(
        st.lists(st.booleans(), min_size=len(history.entries), max_size=len(history.entries))
    )
    entries = [
        attrs.evolve(e, complete=False) if mark else e
        for e, mark in zip(history.entries, marked, strict=True)
    ]
    return attrs.evolve(history, entries=entries)


def crowded_histories() -> st.SearchStrategy[History]:
    """Histories whose athletes often meet: official, one discipline, two NOCs at most."""

    def official(history: History) -> History:
        return attrs.evolve(
            history,
            games=[attrs.evolve(g, official=True) for g in history.games],
            events=[attrs.evolve(e, official=True) for e in history.events],
        )

    return histories(
        max_games=2, max_events=6, max_athletes=10, max_nocs=2, disciplines=("Cross-Country",)
    ).map(official)
