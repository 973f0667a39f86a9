"""Small Histories of the 1998 Winter Games as two sources would give them, to merge."""

from __future__ import annotations

from collections.abc import Iterable

from olympics_records import (
    Athlete,
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
from olympics_records.merging import SOURCE

NAGANO = Games(year=1998, season=Season.WINTER, city="Nagano")


NOCS = {
    code: Noc(code=code, name=name)
    for code, name in [
        ("NOR", "Norway"),
        ("FIN", "Finland"),
        ("SWE", "Sweden"),
        ("ITA", "Italy"),
        ("AUT", "Austria"),
        ("GER", "Germany"),
        ("GBR", "Great Britain"),
        ("DEN", "Denmark"),
        ("BRA", "Brazil"),
        ("USA", "United States"),
    ]
}


def event(
    eid: str, name: str, *, discipline: str = "Cross-Country Skiing", team: bool = False
) -> Event:
    return Event(
        id=f"1998-winter/{eid}",
        games="1998-winter",
        sport=discipline,
        discipline=discipline,
        name=name,
        gender=Gender.MEN,
        kind=EventKind.TEAM if team else EventKind.INDIVIDUAL,
    )


def history(
    events: Iterable[Event],
    podiums: Iterable[tuple[str, Medal, str, tuple[str, ...], bool]],
    names: dict[str, str],
    *,
    games: Games = NAGANO,
    issues: Iterable[Issue] = (),
    coverage: Iterable[Coverage] = (),
) -> History:
    """A History from (event id suffix, medal, NOC, athlete ids, complete) rows."""
    entries = [
        Entry(
            event=f"1998-winter/{eid}",
            noc=noc,
            athletes=athletes,
            place=medal.place,
            medal=medal,
            complete=complete,
        )
        for eid, medal, noc, athletes, complete in podiums
    ]
    used = {e.noc for e in entries}
    return History(
        games=[games],
        events=sorted(events, key=lambda e: e.id),
        entries=entries,
        athletes=sorted((Athlete(id=a, name=n) for a, n in names.items()), key=lambda a: a.id),
        nocs=[NOCS[c] for c in sorted(used)],
        issues=issues,
        coverage=coverage,
    )


G, S, B = Medal.GOLD, Medal.SILVER, Medal.BRONZE


# olympics.com-like: ids from URLs, titles with the gender, relays without members.
LATIN = history(
    [
        event("xc/10km-men", "10km men"),
        event("xc/50km-men", "50 km classical men"),
        event("xc/relay-4x10km-men", "relay 4 x 10km men", team=True),
    ],
    [
        ("xc/10km-men", G, "NOR", ("bjorn-daehlie",), True),
        ("xc/10km-men", S, "AUT", ("markus-gandler",), True),
        ("xc/10km-men", B, "FIN", ("mika-myllylae",), True),
        ("xc/50km-men", G, "NOR", ("bjorn-daehlie",), True),
        ("xc/50km-men", S, "SWE", ("niklas-jonsson",), True),
        ("xc/50km-men", B, "AUT", ("christian-hoffmann",), True),
        ("xc/relay-4x10km-men", G, "NOR", ("thomas-alsgaard",), False),
        ("xc/relay-4x10km-men", S, "ITA", (), False),
        ("xc/relay-4x10km-men", B, "FIN", (), False),
    ],
    {
        "bjorn-daehlie": "Björn DAEHLIE",
        "markus-gandler": "Markus GANDLER",
        "mika-myllylae": "Mika MYLLYLÄ",
        "niklas-jonsson": "Niklas JONSSON",
        "christian-hoffmann": "Christian HOFFMANN",
        "thomas-alsgaard": "Thomas ALSGAARD",
    },
)


# OlympAnalyt-like: NOC-scoped name keys, Cyrillic surnames, other titles, full relays.
CYRILLIC = history(
    [
        event("cross-country-skiing/10km", "10km", discipline="Cross Country Skiing"),
        event("cross-country-skiing/50km", "50km classic", discipline="Cross Country Skiing"),
        event(
            "cross-country-skiing/4x10km-relay",
            "4x10km relay",
            discipline="Cross Country Skiing",
            team=True,
        ),
    ],
    [
        ("cross-country-skiing/10km", G, "NOR", ("NOR:deli",), True),
        ("cross-country-skiing/10km", S, "AUT", ("AUT:gandler",), True),
        ("cross-country-skiing/10km", B, "FIN", ("FIN:myullyula",), True),
        ("cross-country-skiing/50km", G, "NOR", ("NOR:deli",), True),
        ("cross-country-skiing/50km", S, "SWE", ("SWE:yonsson",), True),
        ("cross-country-skiing/50km", B, "AUT", ("AUT:khoffmann",), True),
        (
            "cross-country-skiing/4x10km-relay",
            G,
            "NOR",
            ("NOR:evne", "NOR:olsgord", "NOR:sivertsen", "NOR:deli"),
            True,
        ),
        ("cross-country-skiing/4x10km-relay", S, "ITA", (), False),
        ("cross-country-skiing/4x10km-relay", B, "FIN", (), False),
    ],
    {
        "NOR:deli": "Дэли",
        "AUT:gandler": "Гандлер",
        "FIN:myullyula": "Мюллюла",
        "SWE:yonsson": "Йонссон",
        "AUT:khoffmann": "Хоффманн",
        "NOR:evne": "Йевне",
        "NOR:olsgord": "ALSGAARD Thomas",
        "NOR:sivertsen": "Сивертсен",
    },
)


def golds(h: History, athlete: str) -> int:
    return sum(1 for e in h.results if e.medal is G and athlete in e.athletes)


def conflicts(h: History) -> list[Issue]:
    return [i for i in h.issues if i.source == SOURCE]


def relay_history(
    names: dict[str, str], eid: str = "xc/relay", title: str = "4 x 10km relay"
) -> History:
    return history([event(eid, title, team=True)], [(eid, G, "NOR", tuple(names), True)], names)
