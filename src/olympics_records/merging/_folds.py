"""One event for two: an event of one source that holds two events' medals of another."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from typing import cast

import attrs

from olympics_records.merging._labels import nation_family, same_sport
from olympics_records.merging._scoring import EventView, best_title, genders_meet
from olympics_records.merging._state import DraftEntry, DraftEvent, MergeState, NameKeys
from olympics_records.model import (
    Entry,
    Medal,
)

__all__ = ["find_folds", "share_fold", "split_fold"]


def find_folds(
    wholes: Sequence[EventView],
    parts: Sequence[EventView],
    whole_aligned: dict[str, str],
    part_aligned: dict[str, str],
    used: set[int],
) -> list[tuple[EventView, EventView, EventView]]:
    """Events of one side that hold the medals of two events of the other side.

    Some sources fold two events of one Games into one: olympics.com's 1912 coxed
    four holds the eight's medals too, OlympAnalyt's 1900 coxed four both finals'.
    An event is two of the other side's where its medals (medal and nation) are
    theirs together, but for medals of a kind one of the two lacks (a partial
    podium); it has two golds at least (one podium has two only for a tie, and a
    tied podium's counterpart is aligned with it whole); the three fit (Games,
    discipline, gender); it is aligned with one of the two, or with none and a title
    says they are one event or its medals are the two's, each of them; neither of the
    two is aligned with another event; and no other two fit so. ``whole_aligned``
    and ``part_aligned`` map the ids of each side to those of the events they are
    aligned with. Returns
    (the event, the one of the two it is aligned with or whose title is nearer, the
    other); the three are added to ``used`` (by ``id()``: the two sides' ids may be
    the same strings), which no other match may take.
    """
    found: list[tuple[EventView, EventView, EventView]] = []
    for whole in wholes:
        if id(whole) in used or whole.per_medal.get(Medal.GOLD, 0) < 2:
            continue
        fitting = [
            part
            for part in parts
            if part.medals
            and id(part) not in used
            and part_aligned.get(part.id, whole.id) == whole.id
            and all(whole.medals[key] >= n for key, n in part.medals.items())
            and same_sport(whole.discipline, part.discipline)
            and genders_meet(whole, part)
        ]
        pairs = []
        for one, other in itertools.combinations(fitting, 2):
            together = one.medals + other.medals
            if any(whole.medals[key] < n for key, n in together.items()):
                continue
            # What is left is the medals one of the two lacks: of a kind it has none of.
            if any(
                (medal in one.per_medal) == (medal in other.per_medal)
                for medal, _ in whole.medals - together
            ):
                continue
            aligned = whole_aligned.get(whole.id)
            titles = {x.id: best_title(whole, x) for x in (one, other)}
            # Aligned with a third event, it is that one (a tied podium, two golds).
            if aligned is not None and aligned not in titles:
                continue
            # Aligned with neither, a title says they are one, or the medals do: the
            # event's are the two's, each of them (Kaggle's 1972 three-person
            # keelboat is the Dragon and the Soling, neither title half its own).
            if aligned is None and max(titles.values()) < 0.5 and whole.medals != together:
                continue
            first, second = sorted(
                (one, other), key=lambda x: (aligned != x.id, -titles[x.id], x.id)
            )
            pairs.append((whole, first, second))
        if len(pairs) == 1:
            found.extend(pairs)
            used.update(id(x) for x in pairs[0])
    return found


def share_fold(
    whole: EventView, first: EventView, second: EventView, keys: NameKeys | dict[str, set[str]]
) -> tuple[list[Entry | DraftEntry], list[Entry | DraftEntry], list[str]]:
    """Which entries of ``whole`` are ``first``'s and which ``second``'s.

    A medal one of them has for a nation is its own, and so is one of a kind the
    other has but it lacks. Where both have it, the entry whose athletes' names the
    part has is that part's, then the one of the shape of the part's (a team or one
    athlete), else they are taken in order. The entries without a medal go with
    ``first``. Returns the two lists, and the medals shared in order between entries
    that differ (a guess, to report).
    """
    ours: list[Entry | DraftEntry] = []
    theirs: list[Entry | DraftEntry] = []
    groups: dict[tuple[Medal, str], list[Entry | DraftEntry]] = defaultdict(list)
    for entry in whole.entries:
        if entry.medal is None:
            ours.append(entry)
        else:
            groups[(entry.medal, nation_family(entry.noc))].append(entry)

    def team(entry: Entry | DraftEntry) -> bool:
        # Several athletes, or some of them; else one athlete (as in EventView).
        return len(entry.athletes) > 1 or not entry.complete

    shapes = {
        part.id: {
            (e.medal, nation_family(e.noc), team(e)) for e in part.entries if e.medal is not None
        }
        for part in (first, second)
    }

    def leaning(entry: Entry | DraftEntry, key: tuple[Medal, str]) -> tuple[int, int]:
        """How much more the entry looks like ``second``'s than ``first``'s."""
        shaped = (*key, team(entry))
        names = [
            len([a for a in entry.athletes if keys.get(a, set()) & part.names.get(shaped, set())])
            for part in (first, second)
        ]
        fits = [int(shaped in shapes[part.id]) for part in (first, second)]
        return names[1] - names[0], fits[1] - fits[0]

    guessed: list[str] = []
    for key, group in groups.items():
        n = first.medals[key] if key[0] in first.per_medal else len(group) - second.medals[key]
        ranked = sorted(enumerate(group), key=lambda x: (leaning(x[1], key), x[0]))
        ours.extend(e for _, e in ranked[:n])
        theirs.extend(e for _, e in ranked[n:])
        if 0 < n < len(group):
            last, following = ranked[n - 1][1], ranked[n][1]
            if (
                leaning(last, key) == leaning(following, key)
                and last.athletes != following.athletes
            ):
                guessed.append(f"{key[0].value}s for {last.noc}")
    return ours, theirs, guessed


def split_fold(
    state: MergeState,
    whole: EventView,
    first: EventView,
    second: EventView,
    *,
    mine: bool,
    keys: NameKeys | dict[str, set[str]],
    matches: dict[str, str],
    entries_of: dict[str, list[Entry]],
    k: int,
) -> None:
    """Share an event that holds the medals of two of the other side's between them.

    ``first`` is aligned with ``whole`` and gets its entries without a medal;
    ``second`` gets the medals that are its own. A merged ``whole`` (``mine``) is
    split in two; one of the history being absorbed is merged in two parts, the
    second under a key of its own in ``entries_of`` and ``matches``. ``keys``:
    the name keys of the athletes of ``whole``'s side.
    """
    label = state.labels[k]
    ours, theirs, guessed = share_fold(whole, first, second, keys)
    n = sum(whole.medals.values())
    if mine:
        merged = state.events[whole.id]
        before = {a for e in merged.entries for a in e.athletes}
        moved = {id(e) for e in theirs}
        merged.entries = [e for e in merged.entries if id(e) not in moved]
        # The whole's kind told of both parts: each now has the other side's.
        merged.event = attrs.evolve(merged.event, kind=first.event.kind)
        event_id = second.id
        suffix = 1
        while event_id in state.events:
            suffix += 1
            event_id = f"{second.id}~{suffix}"
        state.events[event_id] = DraftEvent(
            event=attrs.evolve(second.event, id=event_id),
            entries=cast("list[DraftEntry]", theirs),
            sources=set(merged.sources),
        )
        state.events_of_games[second.event.games].append(event_id)
        for rejected in state.rejected:
            if id(rejected.entry) in moved:
                rejected.event = event_id
        state.index_event(whole.id, before)
        state.index_event(event_id, set())
        if first.id not in matches:
            matches[first.id] = whole.id
            state.link_event(
                k,
                first.id,
                whole.id,
                f"{len(ours)} of the {n} medals of {whole.id!r}, which also holds those "
                f"of {second.id!r}",
            )
        matches[second.id] = event_id
        state.link_event(
            k,
            second.id,
            event_id,
            f"{len(theirs)} of the {n} medals of {whole.id!r}, which also holds those "
            f"of {first.id!r}: split off",
        )
        message = (
            f"{label} has two events, {first.id!r} and {second.id!r}, where "
            f"{state.who(merged.sources)} has one with the medals of both, {whole.id!r}: "
            f"those of {second.id!r} are split off as {event_id!r}"
        )
        value = whole.id
    else:
        part = f"{whole.id}\n{second.id}"
        entries_of[whole.id] = cast("list[Entry]", ours)
        entries_of[part] = cast("list[Entry]", theirs)
        state.incoming_events[part] = whole.event
        state.split_parts.append(part)
        # The whole's kind told of both parts: each is merged as the other side's.
        state.part_kinds[whole.id] = first.event.kind
        state.part_kinds[part] = second.event.kind
        if whole.id not in matches:
            matches[whole.id] = first.id
            state.link_event(
                k,
                whole.id,
                first.id,
                f"{len(ours)} of its {n} medals; the others are {second.id!r}'s",
            )
        matches[part] = second.id  # the whole's other part, linked under the whole's id
        state.link_event(
            k,
            whole.id,
            second.id,
            f"{len(theirs)} of its {n} medals; the others are {first.id!r}'s",
        )
        message = (
            f"{label} has one event, {whole.id!r}, with the medals of two events of "
            f"{state.who(state.events[first.id].sources)}, {first.id!r} and {second.id!r}: "
            "they are shared between the two"
        )
        value = first.id
    if guessed:
        message += (
            f" (which of the {', '.join(guessed)} is which event's, nothing tells: "
            "they are shared in order)"
        )
    state.conflict("event", value, message)
