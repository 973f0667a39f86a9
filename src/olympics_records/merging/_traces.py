"""Where an athlete competed (a ``Trace``), and whether two traces can be one person."""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from olympics_records.merging._labels import (
    ANY_NATION,
    CAREER_YEARS,
    DisciplineWords,
    disciplines_fit,
    disciplines_related,
)
from olympics_records.model import (
    Gender,
)

__all__ = [
    "NAME_ID",
    "NOWHERE",
    "SEX_OF_GENDER",
    "Context",
    "Trace",
    "all_fit",
    "contexts_fit",
    "own_id",
    "sexes_of",
    "two_ids",
]


# Where an athlete competed: (the nation's lineage, the discipline, the year).
Context = tuple[str, DisciplineWords, int]


# An id a reader made from a name, scoped by NOC (``NOR:hosflot-johannes-klabo``).
NAME_ID = re.compile(r"[A-Z]{3}:[a-z0-9-]+\Z")


@attrs.define
class Trace:
    """Where one athlete, or athletes taken for one person, competed."""

    events: set[str]
    contexts: set[Context]
    sexes: set[str]
    # Ids of their own, (history, id): two of one source are two people.
    ids: frozenset[tuple[int, str]] = frozenset()

    def fits(self, other: Trace, *, by_name: bool = False) -> bool:
        """Whether the two can be one person.

        No source gives them two ids of its own (a source that ids its athletes says
        they are two; an id made from a name is no such word), they never met in one
        event, have one sex, and competed within a career's
        span in related disciplines (see :func:`disciplines_related`: the swimmer
        who won a marathon swim). With ``by_name`` (a name is all that says they are
        one), for one nation in one discipline: athletes change nations, from URS to
        BLR, and disciplines, but a name alone is no evidence of that.
        """
        if self.events & other.events or len(self.sexes | other.sexes) > 1:
            return False
        if two_ids(self.ids, other.ids):
            return False
        same = disciplines_fit if by_name else disciplines_related
        return any(
            (not by_name or n1 == n2 or ANY_NATION in (n1, n2))
            and abs(y1 - y2) <= CAREER_YEARS
            and same(d1, d2)
            for n1, d1, y1 in self.contexts
            for n2, d2, y2 in other.contexts
        )


def own_id(k: int, athlete: str) -> frozenset[tuple[int, str]]:
    """History ``k``'s id of an athlete, if the source gave it (not made from a name)."""
    return frozenset() if NAME_ID.match(athlete) else frozenset({(k, athlete)})


def two_ids(a: Iterable[tuple[int, str]], b: Iterable[tuple[int, str]]) -> bool:
    """Whether one source gives two different ids of its own among ``a`` and ``b``."""
    mine = dict(a)
    return any(k in mine and mine[k] != athlete for k, athlete in b)


def all_fit(group: list[Trace], other: list[Trace]) -> bool:
    """Whether every trace of ``group`` can be one person with every one of ``other``."""
    # Every two of the ids taken for one person must fit: an id that is itself two
    # people (a surname two athletes of one nation share) does not chain them.
    return all(a.fits(b) for a in group for b in other if a is not b)


# The sex an event's gender tells (an athlete of a women's event is a woman).
SEX_OF_GENDER = {Gender.MEN: ("M",), Gender.WOMEN: ("F",)}


def sexes_of(sex: str | None) -> set[str]:
    """The sexes an athlete's given sex allows: none known, or that one."""
    return set() if sex is None else {sex}


# An athlete found not to be a candidate (a sentinel: never fits, never joined).
NOWHERE = Trace(events=set(), contexts=set(), sexes=set())


def contexts_fit(mine: set[Context], theirs: set[Context]) -> bool:
    """Whether two athletes competed for one nation in one discipline within a career."""
    return any(
        n1 == n2 and abs(y1 - y2) <= CAREER_YEARS and disciplines_fit(d1, d2)
        for n1, d1, y1 in mine
        for n2, d2, y2 in theirs
    )
