"""A small hand-built world for the claims tests.

Women's cross-country at three real Winter Games (so the registry of Games held applies):
2018 is complete, 2022 has full podiums of the events loaded only, 2014 holds a few medals.
"""

from __future__ import annotations

import datetime as dt

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
from olympics_records.claims import Claim, Complete, CompleteAbove, check
from olympics_records.datasets import edition
from olympics_records.records import Scope, Tally

GOLD, SILVER, BRONZE = Medal.GOLD, Medal.SILVER, Medal.BRONZE
ALL = (GOLD, SILVER, BRONZE)
W = Season.WINTER


G14, G18, G22 = (edition(year, W) for year in (2014, 2018, 2022))


PEOPLE = {
    "anna": ("Anna Alpha", "NOR"),
    "bea": ("Bea Beta", "SWE"),
    "cara": ("Cara Gamma", "NOR"),
    "dina": ("Dina Delta", "NOR"),
    "eva": ("Eva Epsilon", "SWE"),
    "fay": ("Fay Zeta", "FIN"),
    "gia": ("Gia Eta", "FIN"),
}


def event(games: Games, name: str, day: int, kind: EventKind = EventKind.INDIVIDUAL) -> Event:
    return Event(
        id=f"{games.id}/cross-country-skiing/women/{name.lower().replace(' ', '-')}",
        games=games.id,
        sport="Skiing",
        discipline="Cross-Country Skiing",
        name=f"Women's {name}",
        gender=Gender.WOMEN,
        kind=kind,
        date=dt.date(games.year, 2, day),
    )


E14_SPRINT = event(G14, "Sprint", 11)


E14_10KM = event(G14, "10km", 13)


E18_SPRINT = event(G18, "Sprint", 13)


E18_10KM = event(G18, "10km", 15)


E18_RELAY = event(G18, "Relay", 17, EventKind.TEAM)


E22_SPRINT = event(G22, "Sprint", 8)


E22_30KM = event(G22, "30km", 20)


def won(e: Event, medal: Medal | None, *who: str, complete: bool = True) -> Entry:
    noc = PEOPLE[who[0]][1]
    place = medal.place if medal else 4
    return Entry(event=e.id, noc=noc, athletes=who, place=place, medal=medal, complete=complete)


ENTRIES = (
    won(E14_SPRINT, GOLD, "anna"),
    won(E14_SPRINT, SILVER, "bea"),
    won(E14_10KM, GOLD, "anna"),
    won(E14_10KM, SILVER, "cara"),
    won(E18_SPRINT, GOLD, "anna"),
    won(E18_SPRINT, SILVER, "bea"),
    won(E18_SPRINT, BRONZE, "cara"),
    won(E18_SPRINT, None, "gia"),
    won(E18_10KM, GOLD, "anna"),
    won(E18_10KM, SILVER, "cara"),
    won(E18_10KM, BRONZE, "dina"),
    won(E18_RELAY, GOLD, "anna", "cara"),
    won(E18_RELAY, SILVER, "bea", "eva"),
    won(E18_RELAY, BRONZE, "fay", complete=False),  # FIN's other members are unknown
    won(E22_SPRINT, GOLD, "bea"),
    won(E22_SPRINT, SILVER, "anna"),
    won(E22_SPRINT, BRONZE, "eva"),
    won(E22_30KM, GOLD, "anna"),
    won(E22_30KM, SILVER, "bea"),
    won(E22_30KM, BRONZE, "cara"),
)


def mini() -> History:
    return History(
        games=(G14, G18, G22),
        events=(E14_SPRINT, E14_10KM, E18_SPRINT, E18_10KM, E18_RELAY, E22_SPRINT, E22_30KM),
        entries=ENTRIES,
        athletes=tuple(Athlete(id=k, name=name, sex="F") for k, (name, _) in PEOPLE.items()),
        nocs=(
            Noc(code="NOR", name="Norway"),
            Noc(code="SWE", name="Sweden"),
            Noc(code="FIN", name="Finland"),
        ),
        coverage=(
            Coverage(games=G14.id, all_events=False, full_podiums=False, note="a few medals"),
            Coverage(games=G18.id, all_events=True, full_podiums=True),
            Coverage(games=G22.id, all_events=False, full_podiums=True, note="two events"),
        ),
    )


H = mini()


GOLDS = Tally(season=W)


GAMES_GOLDS = Tally(scope=Scope.GAMES, season=W)


# Statements of what the small world holds in full, as a desk would vouch for them.
TOP_GAMES = CompleteAbove(tally=GAMES_GOLDS, at_least=2, source="test: 2+ golds at one Games")


TOP_CAREER = CompleteAbove(tally=GOLDS, at_least=2, source="test: 2+ career golds")


ALL_NOR = Complete(noc="NOR", source="test: every Norwegian medal")


def status(claim: Claim, *statements: Complete | CompleteAbove) -> str:
    return check(H, claim, completeness=statements).status
