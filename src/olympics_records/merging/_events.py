"""Aligning the events of the history being absorbed with the merged ones, by Games."""

from __future__ import annotations

import itertools
from collections import defaultdict

import attrs

from olympics_records.history import History
from olympics_records.merging._folds import find_folds, split_fold
from olympics_records.merging._labels import (
    DisciplineWords,
    disciplines_fit,
    same_sport,
)
from olympics_records.merging._scoring import (
    EventView,
    Partners,
    best_title,
    event_view,
    genders_meet,
    match_evidence,
    rank_weight_classes,
    same_weight_class,
    score_events,
)
from olympics_records.merging._state import DraftEntry, DraftEvent, MergeState, NameKeys
from olympics_records.model import (
    Entry,
    Event,
    Gender,
)

__all__ = ["add_new_event", "align_events", "report_look_alikes"]


def align_events(
    state: MergeState,
    history: History,
    entries_of: dict[str, list[Entry]],
    incoming_keys: dict[str, str],
    k: int,
) -> dict[str, str]:
    """Align the events of history ``k`` with the merged ones, Games by Games.

    Events are scored pairwise (:func:`score_events`) and taken best first; then an
    event of one side holding two of the other's is shared between them
    (:func:`split_fold`). Returns ``{event of history k: merged event}``.
    """
    theirs_keys = {a: {key} for a, key in incoming_keys.items()}
    mine_keys = NameKeys(state.athletes)
    by_games: dict[str, list[Event]] = defaultdict(list)
    for event in history.events:
        by_games[event.games].append(event)
    matches: dict[str, str] = {}
    events = state.events
    for games_id in sorted(by_games):
        mine = [
            event_view(e, events[e].event, events[e].entries, mine_keys, events[e].aligned)
            for e in state.events_of_games.get(games_id, ())
        ]
        if not mine:
            continue
        # Where this Games' matches start: ``matches`` holds every Games' so far.
        start = len(matches)
        theirs = [
            event_view(e.id, e, entries_of[e.id], theirs_keys)
            for e in sorted(by_games[games_id], key=lambda e: e.id)
        ]
        rank_weight_classes(mine)
        rank_weight_classes(theirs)
        mine_by: dict[DisciplineWords, list[EventView]] = defaultdict(list)
        for s in mine:
            mine_by[s.discipline].append(s)
        theirs_by: dict[DisciplineWords, list[EventView]] = defaultdict(list)
        for r in theirs:
            theirs_by[r.discipline].append(r)
        # The merged events of each discipline indexed for a gender, once asked for.
        partners_of: dict[tuple[DisciplineWords, Gender], Partners] = {}
        candidates: list[tuple[tuple[float, ...], EventView, EventView]] = []
        for incoming_discipline, incoming_views in theirs_by.items():
            for merged_discipline, merged_views in mine_by.items():
                if not same_sport(incoming_discipline, merged_discipline):
                    continue
                fit = disciplines_fit(incoming_discipline, merged_discipline)
                for r in incoming_views:
                    partners = partners_of.get((merged_discipline, r.event.gender))
                    if partners is None:
                        partners = Partners(merged_views, r.event.gender)
                        partners_of[(merged_discipline, r.event.gender)] = partners
                    # Only pairs that a medal or the title may make one are scored
                    # (see Partners), in the order of merged_views, as all once were.
                    by_medals = partners.by_medals(r)
                    # Where disciplines do not fit, a title alone never makes two one.
                    by_title = partners.by_title(r) - by_medals if fit else set()
                    for position in sorted(by_medals | by_title):
                        s = merged_views[position]
                        if (
                            position in by_title
                            and best_title(s, r) < 0.5
                            and not same_weight_class(s, r)
                        ):
                            continue
                        score = score_events(s, r, fit=fit)
                        if score is not None:
                            candidates.append((score, s, r))
        # Ties are broken on the pair of ids, whichever history each came from.
        candidates.sort(
            key=lambda c: (tuple(-x for x in c[0]), min(c[1].id, c[2].id), max(c[1].id, c[2].id))
        )
        # This Games' pairs, merged event first: ``matches`` holds every Games' so far,
        # and filtering it for each Games made aligning quadratic in the Games.
        aligned: dict[str, str] = {}
        for _, s, r in candidates:
            if s.id in aligned or r.id in matches:
                continue
            aligned[s.id] = r.id
            matches[r.id] = s.id
            events[s.id].aligned.append(r.labels[0])
            state.link_event(k, r.id, s.id, match_evidence(s, r))
        used: set[int] = set()
        for whole, first, second in find_folds(mine, theirs, aligned, matches, used):
            split_fold(
                state,
                whole,
                first,
                second,
                mine=True,
                keys=mine_keys,
                matches=matches,
                entries_of=entries_of,
                k=k,
            )
        for whole, first, second in find_folds(theirs, mine, matches, aligned, used):
            split_fold(
                state,
                whole,
                first,
                second,
                mine=False,
                keys=theirs_keys,
                matches=matches,
                entries_of=entries_of,
                k=k,
            )
        # The merged events matched in this Games, folds' parts included (a key set
        # for an earlier Games is never set again, so this Games' come after them).
        taken = set(itertools.islice(matches.values(), start, None))
        report_look_alikes(state, mine, theirs, matches=matches, taken=taken, used=used, k=k)
    return matches


def report_look_alikes(
    state: MergeState,
    mine: list[EventView],
    theirs: list[EventView],
    *,
    matches: dict[str, str],
    taken: set[str],
    used: set[int],
    k: int,
) -> None:
    """Report events left unaligned whose podiums are the same: perhaps one event.

    The same medals for the same nations (two at least), each with the same
    athletes' names where both sides name them. ``taken``: the merged events of
    ``mine`` that ``matches`` aligns an event with.
    """
    left_s = [s for s in mine if s.id not in taken and id(s) not in used]
    left_r = [r for r in theirs if r.id not in matches and id(r) not in used]
    for r in left_r:
        if r.total < 2:
            continue
        for s in left_s:
            if (
                s.medals == r.medals
                and genders_meet(s, r)
                and s.names.keys() == r.names.keys()
                and all(s.names[key] & r.names[key] for key in s.names)
            ):
                state.conflict(
                    "event",
                    s.id,
                    f"{state.labels[k]}'s event {r.id!r} ({r.event.discipline}, "
                    f"{r.event.name!r}) has the podium of {s.id!r} ({s.event.discipline}, "
                    f"{s.event.name!r}) but was not aligned with it: both are kept",
                )


def add_new_event(
    state: MergeState, event: Event, entries: list[Entry], merged_ids: dict[str, str], k: int
) -> str:
    """Add an event of history ``k`` aligned with none; return its merged id."""
    event_id = event.id
    suffix = 1
    while event_id in state.events:
        suffix += 1
        event_id = f"{event.id}~{suffix}"
    if event_id != event.id:
        state.conflict(
            "event",
            event.id,
            f"{state.labels[k]}'s event {event.id!r} matches no event of the same id "
            f"in an earlier history by its medals; kept apart as {event_id!r}",
        )
    # Events are frozen: one kept under its own id is shared, not copied.
    renamed = event if event_id == event.id else attrs.evolve(event, id=event_id)
    merged = DraftEvent(event=renamed, entries=[], sources={k})
    state.events[event_id] = merged
    state.events_of_games[event.games].append(event_id)
    seen: set[str] = set()
    for entry in entries:
        members = []
        complete = entry.complete
        for a in entry.athletes:
            m = merged_ids[a]
            if m in seen:
                complete = False
                state.conflict(
                    "athletes",
                    event_id,
                    f"{state.labels[k]} lists {a!r} (linked to {m!r}) twice in event "
                    f"{event_id!r}; listed once",
                )
                continue
            seen.add(m)
            members.append(m)
        merged.entries.append(
            DraftEntry(
                noc=entry.noc,
                athletes=members,
                place=entry.place,
                medal=entry.medal,
                complete=complete,
                sources={k},
            )
        )
    return event_id
