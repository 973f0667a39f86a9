"""Small hand-built Histories for unit tests: medal entries and the History around them."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from olympics_records import Athlete, Correction, Entry, Event, Games, History, Medal, Noc


def won(event: Event, noc: str, *athletes: str, medal: Medal | None = Medal.GOLD) -> Entry:
    """An entry of ``event`` placed by its medal (gold 1st …; no medal: no place)."""
    place = None if medal is None else medal.place
    return Entry(event=event.id, noc=noc, athletes=athletes, place=place, medal=medal)


def history_of(
    games: Iterable[Games],
    events: Iterable[Event],
    entries: Iterable[Entry],
    corrections: Iterable[Correction] = (),
    *,
    name: Callable[[str], str] = str,
) -> History:
    """A History of ``entries``; athletes and NOCs are made up from the ids they use."""
    results = tuple(entries)
    fixes = tuple(corrections)
    both: tuple[Entry | Correction, ...] = (*results, *fixes)
    people = sorted({a for e in both for a in e.athletes})
    return History(
        games=tuple(games),
        events=tuple(events),
        entries=results,
        athletes=[Athlete(id=a, name=name(a)) for a in people],
        nocs=[Noc(code=c, name=f"Nation {c}") for c in sorted({e.noc for e in both})],
        corrections=fixes,
    )
