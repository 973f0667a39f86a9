"""Aligning events, the evidence: one source's view of an event, and two views scored."""

from __future__ import annotations

from collections import Counter, defaultdict

import attrs

from olympics_records.merging._labels import (
    ANY_NATION,
    DisciplineWords,
    discipline_match,
    discipline_of_label,
    nation_family,
    title_measures,
    title_similarity,
    title_tokens,
)
from olympics_records.merging._state import DraftEntry, NameKeys
from olympics_records.model import (
    Entry,
    Event,
    Medal,
)

__all__ = ["EventView", "event_view", "score_events"]


@attrs.define
class EventView:
    """One source's view of an event being aligned: its signature and name keys."""

    id: str
    event: Event
    entries: list[Entry] | list[DraftEntry]
    medals: Counter[tuple[Medal, str]]
    names: dict[tuple[Medal, str, bool], set[str]]
    discipline: DisciplineWords
    title: frozenset[str]
    per_medal: dict[Medal, int]
    nocs: Counter[str]


def event_view(
    event_id: str,
    event: Event,
    entries: list[Entry] | list[DraftEntry],
    keys_of: NameKeys | dict[str, set[str]],
) -> EventView:
    """One side's view of an event: its medals by nation and the athletes' name keys."""
    medals: Counter[tuple[Medal, str]] = Counter()
    names: dict[tuple[Medal, str, bool], set[str]] = defaultdict(set)
    per_medal: dict[Medal, int] = {}
    nations: Counter[str] = Counter()
    for entry in entries:
        if entry.medal is None:
            continue
        key = (entry.medal, nation_family(entry.noc))
        medals[key] += 1
        nations[key[1]] += 1
        per_medal[entry.medal] = per_medal.get(entry.medal, 0) + 1
        # A name is evidence only between entries of one shape: a relay's member
        # who also won an individual race does not make the race the relay. (A
        # team is several athletes, or some of them: an entry not complete.)
        shaped = (*key, len(entry.athletes) > 1 or not entry.complete)
        for athlete in entry.athletes:
            names[shaped] |= keys_of.get(athlete, set())
    return EventView(
        id=event_id,
        event=event,
        entries=entries,
        medals=medals,
        names=names,
        discipline=discipline_of_label(event.discipline) or discipline_of_label(event.sport),
        title=title_tokens(event.name, event.discipline, event.sport),
        per_medal=per_medal,
        nocs=nations,
    )


def score_events(
    s: EventView, r: EventView, *, fit: bool = True
) -> tuple[tuple[float, ...], str] | None:
    """How well two events match, or ``None`` if they cannot be one event.

    Two events of one sport filed under disciplines that do not fit (``Canoe
    Marathon`` and ``Canoe Sprint``) are one only on stronger evidence: most of their
    medals agree, and their titles name no different distance, boat or weight.
    """
    agree = contra = 0
    for medal, mine in s.per_medal.items():
        theirs = r.per_medal.get(medal, 0)
        if not theirs:
            # A medal one source lacks is missing, not contradicted (partial podiums).
            continue
        same = sum(
            min(n, r.medals.get(key, 0))
            for key, n in s.medals.items()
            if key[0] is medal and key[1] != ANY_NATION
        )
        # A mixed team on either side can be any nation on the other.
        wild = s.medals.get((medal, ANY_NATION), 0) + r.medals.get((medal, ANY_NATION), 0)
        same += min(mine - same, theirs - same, wild)
        agree += same
        contra += max(mine, theirs) - same
    names = sum(1 for key in s.names.keys() & r.names.keys() if s.names[key] & r.names[key])
    title = title_similarity(s.title, r.title)
    total_s, total_r = sum(s.medals.values()), sum(r.medals.values())
    if not fit:
        measures_s, measures_r = title_measures(s.title), title_measures(r.title)
        if (
            agree < 2
            or agree <= contra
            or (measures_s and measures_r and not measures_s & measures_r)
        ):
            return None
    if agree:
        if agree <= contra and not names and title < 0.5:
            return None
    elif not total_s or not total_r:
        if title < 1.0:
            return None
    else:
        # Medals reallocated after doping cases shift a podium: no medal agrees, but
        # the nations on it do, and so does the title.
        shared = sum((s.nocs & r.nocs).values())
        if title < 0.5 or 2 * shared < min(total_s, total_r):
            return None
    evidence = f"{agree} of {max(total_s, total_r)} medals agree"
    if contra:
        evidence += f", {contra} disagree"
    if names:
        evidence += f", {names} with the same athletes' names"
    evidence += f"; titles {s.event.name!r} / {r.event.name!r}"
    score = (
        float(agree - contra + names),
        float(s.event.gender is r.event.gender),
        discipline_match(s.discipline, r.discipline),
        title,
        float(agree),
    )
    return score, evidence
