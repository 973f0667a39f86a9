"""The Olympic sports and their disciplines, with the labels sources give them.

Sources label one discipline differently (``Snowboard``, ``Snowboarding``;
``Trampoline``, ``Trampolining``) and group disciplines differently: Kaggle's
``Canoeing`` is olympics.com's ``Canoe Sprint`` and ``Canoe Slalom``, its
``Equestrianism`` the three equestrian disciplines, and olympics.com files the 1948
canoe 10000 m races under ``Canoe Marathon`` where OlympAnalyt says ``Canoe Sprint``.
This registry knows which labels are one discipline and which disciplines are one
sport, so that :func:`~olympics_records.merging.merge` can align an event whatever
label each source uses. It is reference data: nothing here reads a file.

Example:
    >>> sport_of("Snowboarding"), sport_of("Canoe Marathon"), sport_of("Equestrianism")
    ('Skiing', 'Canoeing', 'Equestrian')
    >>> discipline_of("Trampolining"), discipline_of("Synchronized Swimming")
    ('Trampoline', 'Artistic Swimming')
"""

from __future__ import annotations

import functools
import re

from olympics_records._engine.public import public_dir
from olympics_records.names import fold

__all__ = [
    "discipline_of",
    "is_whole_sport",
    "kindred",
    "same_label",
    "sport_of",
    "sports",
    "within",
]
__dir__ = public_dir(__all__)

# Each sport, its disciplines, and each discipline's other labels. A sport's own name
# (and the labels in _WHOLE) names the whole sport: Kaggle's "Canoeing", "Cycling".
_SPORTS: dict[str, dict[str, tuple[str, ...]]] = {
    "Aquatics": {
        "Artistic Swimming": ("Synchronized Swimming", "Synchronised Swimming"),
        "Diving": (),
        "Marathon Swimming": ("Open Water Swimming",),
        "Swimming": (),
        "Water Polo": (),
    },
    "Archery": {"Archery": ()},
    "Athletics": {"Athletics": ("Track and Field",)},
    "Badminton": {"Badminton": ()},
    "Baseball/Softball": {"Baseball": (), "Softball": ()},
    "Basketball": {"Basketball": (), "3x3 Basketball": ()},
    "Basque Pelota": {"Basque Pelota": ()},
    "Boxing": {"Boxing": ()},
    "Breaking": {"Breaking": ("Breakdancing",)},
    "Canoeing": {"Canoe Marathon": (), "Canoe Slalom": (), "Canoe Sprint": ()},
    "Cricket": {"Cricket": ()},
    "Croquet": {"Croquet": ()},
    "Cycling": {
        "Cycling BMX Freestyle": ("BMX Freestyle",),
        "Cycling BMX Racing": ("Cycling BMX", "BMX Racing", "BMX"),
        "Cycling Mountain Bike": ("Mountain Bike", "Mountain Biking"),
        "Cycling Road": ("Road Cycling",),
        "Cycling Track": ("Track Cycling",),
    },
    "Equestrian": {
        "Equestrian Dressage": ("Dressage",),
        "Equestrian Eventing": ("Eventing",),
        "Equestrian Jumping": ("Jumping",),
        "Equestrian Vaulting": ("Vaulting",),
    },
    "Fencing": {"Fencing": ()},
    "Football": {"Football": ()},
    "Golf": {"Golf": ()},
    "Gymnastics": {
        "Artistic Gymnastics": ("Gymnastics Artistic",),
        "Rhythmic Gymnastics": ("Gymnastics Rhythmic",),
        "Trampoline": ("Trampolining", "Trampoline Gymnastics", "Gymnastics Trampoline"),
    },
    "Handball": {"Handball": ()},
    "Hockey": {"Hockey": ("Field Hockey",)},
    "Jeu de Paume": {"Jeu de Paume": ()},
    "Judo": {"Judo": ()},
    "Karate": {"Karate": ()},
    "Lacrosse": {"Lacrosse": ()},
    "Modern Pentathlon": {"Modern Pentathlon": ()},
    "Motorboating": {"Motorboating": ("Water Motorsports", "Powerboating")},
    "Polo": {"Polo": ()},
    "Rackets": {"Rackets": ("Racquets",)},
    "Roque": {"Roque": ()},
    "Rowing": {"Rowing": ()},
    "Rugby": {"Rugby": ("Rugby Union",), "Rugby Sevens": ()},
    "Sailing": {"Sailing": ("Yachting",)},
    "Shooting": {"Shooting": ()},
    "Skateboarding": {"Skateboarding": ()},
    "Sport Climbing": {"Sport Climbing": ()},
    "Surfing": {"Surfing": ()},
    "Table Tennis": {"Table Tennis": ()},
    "Taekwondo": {"Taekwondo": ()},
    "Tennis": {"Tennis": ()},
    "Triathlon": {"Triathlon": ()},
    "Tug of War": {"Tug of War": ()},
    "Volleyball": {"Volleyball": (), "Beach Volleyball": ()},
    "Weightlifting": {"Weightlifting": ()},
    "Wrestling": {
        "Wrestling Freestyle": ("Freestyle Wrestling",),
        "Wrestling Greco-Roman": ("Greco-Roman Wrestling",),
    },
    "Art Competitions": {"Art Competitions": ()},
    "Aeronautics": {"Aeronautics": ()},
    "Alpinism": {"Alpinism": ()},
    "Biathlon": {"Biathlon": (), "Military Patrol": ("Military Ski Patrol",)},
    "Bobsleigh": {"Bobsleigh": ("Bobsled",), "Skeleton": ()},
    "Curling": {"Curling": ()},
    "Ice Hockey": {"Ice Hockey": ()},
    "Luge": {"Luge": ()},
    "Skating": {
        "Figure Skating": (),
        "Short Track Speed Skating": ("Short Track",),
        "Speed Skating": (),
    },
    "Skiing": {
        "Alpine Skiing": (),
        "Cross-Country Skiing": ("Cross Country Skiing",),
        "Freestyle Skiing": (),
        "Nordic Combined": (),
        "Ski Jumping": (),
        "Ski Mountaineering": (),
        "Snowboard": ("Snowboarding",),
    },
}
# Disciplines of two sports that athletes move between: biathlon is cross-country
# skiing with a rifle (Anfisa Reztsova, Denise Herrmann won medals in both), and the
# military patrol was its forerunner.
_KINDRED = (frozenset({"Cross-Country Skiing", "Biathlon", "Military Patrol"}),)
# Labels that name a whole sport of several disciplines, as some sources file them.
_WHOLE = {"Canoe": "Canoeing", "Equestrianism": "Equestrian"}
# A span of years some sources append ("Baseball^(1992-2008)") is not part of a name.
_YEARS = re.compile(r"\d{4}")


def _key(label: str) -> str:
    return " ".join(fold(_YEARS.sub(" ", label)).split())


@functools.cache
def _table() -> dict[str, tuple[str, str | None]]:
    """Folded label -> (sport, discipline); the discipline is ``None`` for a whole sport."""
    table: dict[str, tuple[str, str | None]] = {}
    for sport, disciplines in _SPORTS.items():
        for discipline, labels in disciplines.items():
            for label in (discipline, *labels):
                table[_key(label)] = (sport, discipline)
    for sport, disciplines in _SPORTS.items():
        if len(disciplines) > 1:
            table.setdefault(_key(sport), (sport, None))
    for label, sport in _WHOLE.items():
        table[_key(label)] = (sport, None)
    return table


def sports() -> tuple[str, ...]:
    """Every sport the registry knows, sorted.

    Example:
        >>> "Skiing" in sports(), "Canoe Sprint" in sports()
        (True, False)
    """
    return tuple(sorted(_SPORTS))


def sport_of(label: str) -> str | None:
    """The sport a discipline label (or a sport's own name) belongs to; ``None`` if unknown.

    Example:
        >>> sport_of("Cross Country Skiing"), sport_of("Canoeing"), sport_of("Quidditch")
        ('Skiing', 'Canoeing', None)
    """
    found = _table().get(_key(label))
    return None if found is None else found[0]


def discipline_of(label: str) -> str | None:
    """The discipline a label names, by its registry name; ``None`` if unknown or a whole sport.

    Example:
        >>> discipline_of("Snowboarding"), discipline_of("Short Track"), discipline_of("Cycling")
        ('Snowboard', 'Short Track Speed Skating', None)
    """
    found = _table().get(_key(label))
    return None if found is None else found[1]


def is_whole_sport(label: str) -> bool:
    """Whether a label names a sport of several disciplines as a whole (Kaggle's ``Canoeing``).

    Example:
        >>> is_whole_sport("Equestrianism"), is_whole_sport("Equestrian Jumping")
        (True, False)
    """
    found = _table().get(_key(label))
    return found is not None and found[1] is None


@functools.lru_cache(maxsize=1024)
def _place(label: str) -> tuple[str, str | None] | None:
    """The (sport, discipline) a label names, the discipline ``None`` for a whole sport."""
    return _table().get(_key(label))


@functools.lru_cache(maxsize=1024)
def _event_place(sport: str, discipline: str) -> tuple[str, str | None] | None:
    """Where an event filed under these labels is: by its discipline's label, else its sport's."""
    return _place(discipline) or _place(sport)


def within(label: str, sport: str, discipline: str) -> bool:
    """Whether an event filed under ``sport`` and ``discipline`` is of ``label``.

    ``label`` is a sport or a discipline, as a user asks for it. Sources file one event
    under different labels (olympics.com gives the discipline as the sport, Kaggle
    ``Gymnastics`` where others say ``Artistic Gymnastics``): a label the registry
    knows as a whole sport takes every discipline of that sport, whatever their
    labels; one it knows as a discipline, that discipline under any of its labels.
    A label it does not know is compared with the event's two labels, folded.

    Example:
        >>> within("Skiing", "Cross Country Skiing", "Cross Country Skiing")
        True
        >>> within("Artistic Gymnastics", "Gymnastics", "Gymnastics Artistic")
        True
        >>> within("Swimming", "Aquatics", "Diving"), within("Quidditch", "Quidditch", "Quidditch")
        (False, True)
    """
    wanted = _place(label)
    if wanted is None:
        key = _key(label)
        return key in {_key(sport), _key(discipline)}
    found = _event_place(sport, discipline)
    if found is None:
        return False
    if wanted[1] is None:
        return found[0] == wanted[0]
    return found[1] == wanted[1]


def same_label(a: str, b: str) -> bool:
    """Whether two labels name one sport or one discipline (see :func:`within`).

    Example:
        >>> same_label("Artistic Gymnastics", "Gymnastics Artistic")
        True
        >>> same_label("Skiing", "Alpine Skiing")
        False
    """
    place = _place(a)
    return _key(a) == _key(b) if place is None else place == _place(b)


def kindred(a: str, b: str) -> bool:
    """Whether athletes move between the disciplines two labels name, of two sports.

    Example:
        >>> kindred("Cross Country Skiing", "Biathlon"), kindred("Alpine Skiing", "Biathlon")
        (True, False)
    """
    da, db = discipline_of(a), discipline_of(b)
    return da is not None and db is not None and any({da, db} <= group for group in _KINDRED)
