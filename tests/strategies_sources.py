"""Hypothesis strategies for the laws of merging: several sources of one truth.

A small "truth" (Games, events, people and their results) is drawn first; each source
is then written from it the way real sources differ. See :func:`sources`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import attrs
from hypothesis import reject
from hypothesis import strategies as st

from olympics_records import (
    Athlete,
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
from olympics_records.names import fold, name_key, slug
from strategies import medal_for

# Several sources of one truth, for the laws of merging ---------------------------------
#
# A small "truth" (Games, events, people and their results) is drawn first; each source
# is then written from it the way real sources differ: their own ids or ids made from
# names, other spellings of names, discipline labels and titles, partial podiums, team
# members missing or one short, and only some of the Games and events. Every id any
# source gives names one true event or one true person (``Sources.event_of``,
# ``Sources.person_of``), so a merged History can be checked against the truth.


@attrs.frozen
class Person:
    """A true athlete; each source writes their name and id its own way."""

    key: str
    given: str
    surname: str
    sex: str
    noc: str
    discipline: str
    number: int
    """The person's number in numbered sources (``kaggle120:17``)."""
    url: str
    """The person's id in sources that id athletes by URL (``bjorn-dahlie``)."""
    slug: str
    """The person's id in sources that slug the native name (``bjoern-daehlie``)."""

    @property
    def name(self) -> str:
        return f"{self.given} {self.surname}"


@attrs.frozen
class Result:
    """One true entry: a NOC's athlete or team, its place and its medal."""

    noc: str
    members: tuple[str, ...]
    place: int
    medal: Medal | None


@attrs.frozen
class TrueEvent:
    """One true event; ``title`` is unique within its Games, gender and sport."""

    key: str
    games: Games
    sport: str
    discipline: str
    gender: Gender
    kind: EventKind
    title: str
    results: tuple[Result, ...]


@attrs.frozen
class Truth:
    """What happened: every Games, event, person and result."""

    games: tuple[Games, ...]
    events: tuple[TrueEvent, ...]
    people: tuple[Person, ...]


@attrs.frozen(repr=False)
class Sources:
    """Histories written from one truth, and which true thing each of their ids names.

    Its repr lists each source's entries with the true event and people they are,
    to read a failing example by.
    """

    truth: Truth
    histories: tuple[History, ...]
    styles: tuple[str, ...]
    event_of: dict[str, str]
    """Every event id of every source: the key of the true event it is."""
    person_of: dict[str, str]
    """Every athlete id of every source: the key of the true person it is."""

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(f"{i + 1}:{style}" for i, style in enumerate(self.styles))

    def __repr__(self) -> str:
        lines = []
        for label, history in zip(self.labels, self.histories, strict=True):
            lines.append(f"--- {label}")
            names = {a.id: a.name for a in history.athletes}
            events = {e.id: e for e in history.events}
            for e in history.entries:
                event = events[e.event]
                medal = e.medal.value if e.medal else "-"
                team = ", ".join(f"{a} {names[a]!r}={self.person_of[a]}" for a in e.athletes)
                lines.append(
                    f"{e.event} [{event.discipline}, {event.name!r}]={self.event_of[e.event]}: "
                    f"{medal} {e.noc} {e.place} ({team}){'' if e.complete else ' incomplete'}"
                )
        return "\n".join(lines)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        # Hypothesis prints a falsifying example with this, not with its fields.
        printer.text(repr(self))

    def two_ids(self, history: History) -> bool:
        """Whether the history holds one person under two ids."""
        people = [self.person_of[a.id] for a in history.athletes]
        return len(people) != len(set(people))


# Sport, discipline, the labels sources give it (from the sports registry), the
# individual titles, and the team titles with their team's size.
_Discipline = tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[tuple[str, int], ...]]
WINTER_DISCIPLINES: tuple[_Discipline, ...] = (
    (
        "Skiing",
        "Cross-Country Skiing",
        ("Cross Country Skiing",),
        ("10km classical", "15km", "30km", "50km", "sprint"),
        (("4x10km relay", 4), ("team sprint", 2)),
    ),
    ("Skiing", "Snowboard", ("Snowboarding",), ("halfpipe", "slopestyle", "big air"), ()),
    (
        "Skating",
        "Speed Skating",
        (),
        ("500m", "1000m", "1500m", "5000m"),
        (("team pursuit", 3),),
    ),
    (
        "Skating",
        "Short Track Speed Skating",
        ("Short Track",),
        ("500m", "1000m", "1500m"),
        (("5000m relay", 4),),
    ),
    (
        "Biathlon",
        "Biathlon",
        (),
        ("10km sprint", "12.5km pursuit", "20km individual"),
        (("4x7.5km relay", 4),),
    ),
)
SUMMER_DISCIPLINES: tuple[_Discipline, ...] = (
    ("Canoeing", "Canoe Sprint", ("Canoeing",), ("K-1 500m", "K-1 1000m"), (("K-2 500m", 2),)),
    ("Canoeing", "Canoe Slalom", ("Canoeing",), ("K-1 slalom", "C-1 slalom"), (("C-2", 2),)),
    (
        "Cycling",
        "Cycling Track",
        ("Track Cycling", "Cycling"),
        ("1km time trial", "individual pursuit"),
        (("team pursuit", 4),),
    ),
    ("Cycling", "Cycling Road", ("Road Cycling", "Cycling"), ("road race",), ()),
    (
        "Aquatics",
        "Swimming",
        (),
        ("100m freestyle", "200m backstroke", "100m butterfly"),
        (("4x100m freestyle relay", 4),),
    ),
    ("Aquatics", "Marathon Swimming", ("Open Water Swimming",), ("10km",), ()),
)
# Olympic years of each season, five in a row: a career can span them all.
YEARS = {Season.WINTER: (1994, 1998, 2002, 2006, 2010), Season.SUMMER: (1996, 2000, 2004, 2008)}
NOC_CODES = ("NOR", "SWE", "FIN", "AUT", "ITA", "USA", "FRA", "SUI")
GIVEN = {
    "M": ("Ole", "Thomas", "Johannes", "Mika", "Erling", "Sven", "Jörg", "Pål", "Émile"),
    "F": ("Marit", "Therese", "Ingrid", "Åsa", "Birgit", "Kateřina", "Anna", "Märta", "Heidi"),
}
SURNAMES = (
    "Dæhlie", "Alsgaard", "Bjørgen", "Klæbo", "Jönsson", "Myllylä", "Hoffmann", "Gandler",
    "Sivertsen", "Jevne", "Skari", "Østberg", "Weng", "Kalla", "Nilsson", "Väyrynen",
    "Müller", "Lindström", "Fourcade", "Hanevold", "Fischer", "Neumannová", "Smirnov",
    "Åkerlund", "Granström", "Eriksen", "Bø", "Lie", "Ulvang", "Mæland", "Solberg",
    "Haugen", "Nordgren", "Kowalczyk", "Vesterinen", "Kuitunen", "Ødegaard", "Aune", "Brå",
    "Grønvold", "Holmsen", "Jacobsen", "Kirkeeide", "Larsen", "Moe", "Nyberg", "Pettersen",
    "Rønning", "Stenseth", "Tveit", "Vik", "Wassberg", "Żurek", "Quist", "Tandrevold",
    "Røiseland", "Olsbu", "Iversen", "Ekström",
)  # fmt: skip
# How OlympAnalyt writes some of them in its Cyrillic Games (others are spelled letter
# by letter, see _cyrillic).
CYRILLIC = {
    "Dæhlie": "Дэли",
    "Alsgaard": "Алсгорд",
    "Bjørgen": "Бьорген",
    "Klæbo": "Клебо",
    "Jönsson": "Йонссон",
    "Myllylä": "Мюллюля",
    "Hanevold": "Ханевольд",
    "Fischer": "Фишер",
    "Østberg": "Эстберг",
}
_LATIN_TO_CYRILLIC = (
    ("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("kh", "х"), ("zh", "ж"), ("ts", "ц"),
    ("ya", "я"), ("yu", "ю"), ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"),
    ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"),
    ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"), ("s", "с"),
    ("t", "т"), ("u", "у"), ("v", "в"), ("w", "в"), ("x", "кс"), ("y", "ы"), ("z", "з"),
)  # fmt: skip
# Letters some sources write without their marks (Kaggle's "Bjorgen", "Daehlie").
_PLAIN = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "å": "a", "Å": "A"})
# The ways a source writes its ids, names and events; see _write_source.
SOURCE_STYLES = ("olympics.com", "olympanalyt", "kaggle", "bundle")


def _cyrillic(surname: str) -> str:
    known = CYRILLIC.get(surname)
    if known is not None:
        return known
    text = fold(surname)
    out = ""
    while text:
        for latin, cyrillic in _LATIN_TO_CYRILLIC:
            if text.startswith(latin):
                out += cyrillic
                text = text[len(latin) :]
                break
        else:
            text = text[1:]
    return out.capitalize()


def _without_marks(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(c for c in text if not unicodedata.combining(c))


def _dropped(word: str, at: int) -> str:
    """The word with one letter after the first left out, as scraping sometimes does."""
    if len(word) < 5:
        return word
    i = 1 + at % (len(word) - 2)
    return word[:i] + word[i + 1 :]


@st.composite
def truths(draw: st.DrawFn, *, max_games: int = 3, max_events: int = 3) -> Truth:
    """A small true history: 1-3 Games of one season, a few events of 1-2 sports.

    Podiums have a gold, a silver and a bronze, sometimes a tie (two golds and a
    bronze, two silvers, two bronzes); an individual event sometimes places a fourth
    and fifth. Teams have 2-4 members of one NOC, none with another's given name. A
    person competes for one NOC in one discipline, in that discipline's events of
    their sex, at any of the Games; no two people of one NOC share a surname.
    """
    season = draw(st.sampled_from(Season))
    years = draw(
        st.lists(st.sampled_from(YEARS[season]), min_size=1, max_size=max_games, unique=True)
    )
    all_games = tuple(Games(year=y, season=season, city=f"City {y}") for y in sorted(years))
    table = WINTER_DISCIPLINES if season is Season.WINTER else SUMMER_DISCIPLINES
    sports_drawn = draw(
        st.lists(
            st.sampled_from(sorted({d[0] for d in table})), min_size=1, max_size=2, unique=True
        )
    )
    disciplines = [d for d in table if d[0] in sports_drawn]
    codes = draw(st.lists(st.sampled_from(NOC_CODES), min_size=2, max_size=4, unique=True))
    people: list[Person] = []
    used_urls: set[str] = set()
    used_slugs: set[str] = set()

    def new_person(noc: str, sex: str, discipline: str, teammates: set[str]) -> Person:
        taken = {p.surname for p in people if p.noc == noc}
        free = [s for s in SURNAMES if s not in taken]
        if not free:
            reject()  # a nation with more athletes than names: rare, and namesakes
        surname = draw(st.sampled_from(free))
        given = draw(st.sampled_from([g for g in GIVEN[sex] if g not in teammates]))
        url = "-".join(fold(f"{given} {surname}").split())
        while url in used_urls:
            url += "-1"
        handle = slug(f"{given} {surname}")
        while handle in used_slugs:
            handle += "-1"
        used_urls.add(url)
        used_slugs.add(handle)
        person = Person(
            key=f"p{len(people)}",
            given=given,
            surname=surname,
            sex=sex,
            noc=noc,
            discipline=discipline,
            number=100 + len(people),
            url=url,
            slug=handle,
        )
        people.append(person)
        return person

    def someone(
        noc: str, sex: str, discipline: str, taken: set[str], teammates: set[str]
    ) -> Person:
        # Teammates share no given name (see sources()); surnames are a nation's own.
        known = [
            p
            for p in people
            if (p.noc, p.sex, p.discipline) == (noc, sex, discipline)
            and p.key not in taken
            and p.given not in teammates
        ]
        reuse = draw(st.booleans()) if known else False
        return (
            draw(st.sampled_from(known)) if reuse else new_person(noc, sex, discipline, teammates)
        )

    events: list[TrueEvent] = []
    for g in all_games:
        titles_used: set[tuple[Gender, str, str]] = set()
        for _ in range(draw(st.integers(1, max_events))):
            sport, discipline, _labels, singles, teams = draw(st.sampled_from(disciplines))
            gender = draw(st.sampled_from([Gender.MEN, Gender.WOMEN]))
            choices = [(t, 1) for t in singles] + list(teams)
            free_titles = [(t, n) for t, n in choices if (gender, sport, t) not in titles_used]
            if not free_titles:
                continue
            title, size = draw(st.sampled_from(free_titles))
            titles_used.add((gender, sport, title))
            kind = EventKind.INDIVIDUAL if size == 1 else EventKind.TEAM
            # Now and then a tie: two golds and a bronze, two silvers, two bronzes.
            places = draw(
                st.just((1, 2, 3)) | st.sampled_from([(1, 1, 3), (1, 2, 2), (1, 2, 3, 3)])
            )
            if kind is EventKind.INDIVIDUAL:
                places += tuple(range(len(places) + 1, len(places) + 1 + draw(st.integers(0, 2))))
            sex = "M" if gender is Gender.MEN else "F"
            taken: set[str] = set()
            results = []
            for place in places:
                noc = draw(st.sampled_from(codes))
                members = []
                teammates: set[str] = set()
                for _ in range(size):
                    member = someone(noc, sex, discipline, taken, teammates)
                    taken.add(member.key)
                    teammates.add(member.given)
                    members.append(member.key)
                results.append(
                    Result(noc=noc, members=tuple(members), place=place, medal=medal_for(place))
                )
            events.append(
                TrueEvent(
                    key=f"t{len(events)}",
                    games=g,
                    sport=sport,
                    discipline=discipline,
                    gender=gender,
                    kind=kind,
                    title=title,
                    results=tuple(results),
                )
            )
    return Truth(games=all_games, events=tuple(events), people=tuple(people))


def _spaced(title: str) -> str:
    """``4x10km`` as ``4 x 10 km``."""
    title = re.sub(r"(\d)x(\d)", r"\1 x \2", title)
    return re.sub(r"(\d)(km|m)\b", r"\1 \2", title)


def _in_words(title: str) -> str:
    """``10km`` as ``10 kilometres``."""
    title = re.sub(r"(\d)km\b", r"\1 kilometres", title)
    return re.sub(r"(\d)m\b", r"\1 metres", title)


def _entry_order(entry: Entry) -> tuple[object, ...]:
    # The order merge() writes entries in: a source written so is canonical.
    medal = 3 if entry.medal is None else entry.medal.place - 1
    place = entry.place
    return (
        entry.event,
        medal,
        place is None,
        place or 0,
        entry.noc,
        entry.athletes,
        entry.complete,
    )


@st.composite
def sources(draw: st.DrawFn, *, min_sources: int = 2, max_sources: int = 4) -> Sources:
    """2-4 Histories written from one :func:`truths`, the ways real sources differ.

    Each source has a style (see :func:`_write_source`) and covers some of the Games
    and some of their events; at a Games it may hold only the golds. The Histories
    are in canonical order (as :func:`~olympics_records.merging.merge` writes them).

    Of two sources, one holds every event of a sport and gender at a Games that the
    other holds: two events, each held by one source only, whose podiums have the
    same nations are one event as far as any evidence goes. Titles do not tell them
    apart (sources write ``440y freestyle`` and ``400m freestyle``, ``Light-
    Heavyweight`` and ``75-81kg``), nor do names (``Дэли`` is ``Bjørn DÆHLIE``), and
    a name with another medal in the other is a medal reallocated as often as
    another event. Real sources are so: olympics.com holds every event, the others
    all or some of them.

    Teammates share no word of their names: no given name (see :func:`truths`) and,
    as all of a nation's athletes, no surname. Where one list of a team is short and
    the other partial, a member named in one only is another spelling of one named in
    the other as far as a word they share tells: ``Cariou J`` is ``Cariou Jacques``,
    but ``Bjørn Fourcade`` is not ``Bjørn Neumannova``, and nothing tells a given name
    from a surname.
    """
    truth = draw(truths())
    # Sources of different styles, and sometimes two of one (olympics.com's medals and
    # its results).
    styles = draw(
        st.lists(st.sampled_from(SOURCE_STYLES), min_size=1, max_size=max_sources, unique=True)
    )
    styles += draw(
        st.lists(
            st.sampled_from(styles),
            min_size=max(0, min_sources - len(styles)),
            max_size=max_sources - len(styles),
        )
    )
    event_of: dict[str, str] = {}
    person_of: dict[str, str] = {}
    short: dict[tuple[str, int], int | None] = {}
    histories = tuple(
        draw(_write_source(truth, style, event_of=event_of, person_of=person_of, short=short))
        for style in styles
    )
    return Sources(
        truth=truth,
        histories=histories,
        styles=tuple(styles),
        event_of=event_of,
        person_of=person_of,
    )


@st.composite
def _write_source(
    draw: st.DrawFn,
    truth: Truth,
    style: str,
    *,
    event_of: dict[str, str],
    person_of: dict[str, str],
    short: dict[tuple[str, int], int | None],
) -> History:
    """One source's History of ``truth``, in ``style``.

    ``event_of`` and ``person_of`` gather the ids every source gives; ``short`` is the
    member a Kaggle-like list leaves out of each team (``None``: none), the same in
    every such source: they are copies of one file.

    - ``olympics.com``: athletes by URL (a row without one gets an id made from the
      name key, ``NOR:bjorn-dahlie``), ``Given SURNAME`` with or without the marks,
      sex given, registry disciplines, titles with the gender, team members all,
      some or none, full results.
    - ``olympanalyt``: ids made from the name as written, ``NOR:dahlie-bjorn``; some
      Games in Cyrillic surnames (``Дэли``), the others ``SURNAME Given`` or the
      surname alone; other discipline labels; medallists only, without places,
      teams whole.
    - ``kaggle``: numbered athletes (``kaggle120:103``), ``Given Surname`` without
      marks or with a letter dropped, whole-sport labels (``Canoeing``), titles
      with the discipline and the units in words, a team list sometimes one member
      short yet marked complete, full results.
    - ``bundle``: ids slugged from the native name (``bjoern-daehlie``), native
      names, registry disciplines, plain titles.
    """

    def claim(ids: dict[str, str], handle: str, key: str) -> str:
        # Ids never name two true things: a clash with another's gets a digit.
        while ids.get(handle, key) != key:
            handle += "-2"
        ids[handle] = key
        return handle

    covered = [g for g in truth.games if draw(st.booleans())] or [truth.games[0]]
    partial = {g.id for g in covered if draw(st.booleans())}
    # Of a sport's events for one gender at one Games, a source holds the first few
    # (see sources()).
    groups: dict[tuple[str, str, Gender], list[TrueEvent]] = {}
    for e in truth.events:
        if e.games in covered:
            groups.setdefault((e.games.id, e.sport, e.gender), []).append(e)
    chosen = [e for group in groups.values() for e in group[: draw(st.integers(0, len(group)))]]
    events_here = chosen or [next(iter(groups.values()))[0]]
    cyrillic_games = {g.id for g in covered if style == "olympanalyt" and draw(st.booleans())}

    labels: dict[str, str] = {}
    for _, discipline, others, _, _ in (*WINTER_DISCIPLINES, *SUMMER_DISCIPLINES):
        if style in ("olympanalyt", "kaggle") and others:
            labels[discipline] = draw(st.sampled_from((discipline, *others)))
        else:
            labels[discipline] = discipline

    spelling: dict[object, str] = {}
    athletes: dict[str, Athlete] = {}
    people = {p.key: p for p in truth.people}

    def athlete_id(person: Person, games: Games) -> str:
        if style == "olympanalyt":
            # One spelling of a person at one Games; another at another Games.
            if (person.key, games.id) not in spelling:
                if games.id in cyrillic_games:
                    written = _cyrillic(person.surname)
                elif draw(st.booleans()):
                    written = person.surname.upper()
                else:
                    written = f"{person.surname.upper()} {person.given}"
                spelling[person.key, games.id] = written
            name = spelling[person.key, games.id]
            handle = claim(person_of, f"{person.noc}:{'-'.join(fold(name).split())}", person.key)
        else:
            if person.key not in spelling:
                if style == "olympics.com":
                    plain = draw(st.booleans())
                    surname = _without_marks(person.surname) if plain else person.surname
                    spelling[person.key] = f"{person.given} {surname.upper()}"
                elif style == "kaggle":
                    surname = _without_marks(person.surname)
                    if draw(st.booleans()):
                        surname = _dropped(surname, draw(st.integers(0, 20)))
                    spelling[person.key] = f"{_without_marks(person.given)} {surname}"
                else:
                    spelling[person.key] = person.name
            name = spelling[person.key]
            if style == "olympics.com":
                # Now and then a row without a URL: the reader makes an id of the name.
                if draw(st.integers(0, 4)) == 4:
                    handle = f"{person.noc}:{name_key(name).replace(' ', '-')}"
                else:
                    handle = person.url
            elif style == "kaggle":
                handle = f"kaggle120:{person.number}"
            else:
                handle = person.slug
            handle = claim(person_of, handle, person.key)
        sex = person.sex if style in ("olympics.com", "kaggle") else None
        athletes.setdefault(handle, Athlete(id=handle, name=name, sex=sex))
        return handle

    events: list[Event] = []
    entries: list[Entry] = []
    for true_event in events_here:
        games = true_event.games
        label = labels[true_event.discipline]
        gender = true_event.gender.value
        if style == "olympics.com":
            title = draw(
                st.sampled_from(
                    [
                        f"{true_event.title} {gender}",
                        f"{gender.capitalize()}'s {_spaced(true_event.title)}",
                    ]
                )
            )
            event_id = f"{games.id}/{slug(label)}/{gender}/{slug(title)}"
        elif style == "kaggle":
            title = f"{label} {gender.capitalize()}'s {_in_words(true_event.title)}"
            event_id = f"{games.id}/{slug(title)}"
        else:
            title = draw(st.sampled_from([true_event.title, _spaced(true_event.title)]))
            event_id = f"{games.id}/{slug(label)}/{gender}/{slug(title)}"
        event_id = claim(event_of, event_id, true_event.key)
        events.append(
            Event(
                id=event_id,
                games=games.id,
                sport=true_event.sport if style in ("olympics.com", "bundle") else label,
                discipline=label,
                name=title,
                gender=true_event.gender,
                kind=true_event.kind,
            )
        )
        for i, result in enumerate(true_event.results):
            if result.medal is None and style in ("olympanalyt", "bundle"):
                continue
            if games.id in partial and result.medal is not Medal.GOLD:
                continue
            members = [athlete_id(people[m], games) for m in result.members]
            complete = True
            if len(members) > 1:
                shape = draw(st.integers(0, 3))
                if style == "olympics.com" and shape == 1:
                    members, complete = [], False
                elif style == "olympics.com" and shape == 2:
                    kept = draw(st.integers(1, len(members) - 1))
                    members, complete = members[:kept], False
                elif style == "kaggle":
                    if (true_event.key, i) not in short:
                        drawn = draw(st.integers(0, len(members) - 1))
                        short[true_event.key, i] = drawn if shape == 1 else None
                    left_out = short[true_event.key, i]
                    if left_out is not None:
                        members = members[:left_out] + members[left_out + 1 :]
            entries.append(
                Entry(
                    event=event_id,
                    noc=result.noc,
                    athletes=tuple(members),
                    place=None if style == "olympanalyt" else result.place,
                    medal=result.medal,
                    complete=complete,
                )
            )
    named = {a for e in entries for a in e.athletes}
    return History(
        games=sorted(covered, key=lambda g: g.year),
        events=sorted(events, key=lambda e: e.id),
        entries=sorted(entries, key=_entry_order),
        athletes=sorted((a for a in athletes.values() if a.id in named), key=lambda a: a.id),
        nocs=[Noc(code=c, name=f"Nation {c}") for c in sorted({e.noc for e in entries})],
    )
