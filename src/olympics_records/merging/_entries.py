"""Uniting the entries of aligned events: medals, places, team members, conflicts."""

from __future__ import annotations

from collections import Counter
from typing import cast

import attrs

from olympics_records._engine.places import check_event
from olympics_records.errors import DataError
from olympics_records.history import History
from olympics_records.merging._events import add_new_event
from olympics_records.merging._labels import nation_family
from olympics_records.merging._pairing import pair_entries
from olympics_records.merging._persons import merged_traces, rename_members, unite
from olympics_records.merging._state import (
    DraftEntry,
    DraftEvent,
    MergeState,
    NameKeys,
    RejectedMembers,
    medal_name,
)
from olympics_records.merging._traces import all_fit
from olympics_records.model import (
    Entry,
    Event,
    EventKind,
)
from olympics_records.nocs import MIXED_TEAMS

__all__ = [
    "fill_event",
    "merge_event",
    "merge_members",
    "report_rejected",
    "settle_rejected",
    "team_is_short",
    "unite_events",
]


def _members(entry: Entry, merged_ids: dict[str, str]) -> str:
    """The merged ids of an entry's athletes, in brackets, for a message."""
    if not entry.athletes:
        return ""
    return f" ({', '.join(merged_ids.get(a, a) for a in entry.athletes)})"


def merge_event(
    state: MergeState,
    event: Event,
    target: str,
    *,
    entries: list[Entry],
    merged_ids: dict[str, str],
    keys: tuple[dict[str, str], NameKeys],
    local: dict[tuple[str, int, str], str],
    k: int,
) -> None:
    """Unite the entries of history ``k``'s ``event`` with those of the merged ``target``.

    Paired entries gain the members and places one side lacks; unpaired ones are
    added unless they contradict the podium; a merge that breaks the event's places
    is undone. Every disagreement is reported.
    """
    label = state.labels[k]
    merged = state.events[target]
    original = list(merged.entries)
    fill_event(state, merged, event, k)
    paired, extra = pair_entries(entries, merged.entries, merged_ids, *keys)
    # Only paired entries change: their state is kept to undo a merge that breaks
    # the event's places.
    saved = [(e, list(e.athletes), e.place, e.complete, set(e.sources)) for _, e in paired]
    in_event = {a for e in merged.entries for a in e.athletes}
    for incoming_entry, merged_entry in paired:
        merged_entry.sources.add(k)
        if incoming_entry.noc != merged_entry.noc:
            why = (
                "a mixed team"
                if {incoming_entry.noc, merged_entry.noc} & MIXED_TEAMS
                else "the same nation's lineage"
            )
            state.conflict(
                "noc",
                target,
                f"{label} gives the {medal_name(incoming_entry.medal)} of {target!r} to "
                f"{incoming_entry.noc}, {state.who(merged_entry.sources - {k})} "
                f"to {merged_entry.noc} "
                f"({why}); {merged_entry.noc} is kept",
            )
        if merged_entry.place is None:
            merged_entry.place = incoming_entry.place
        # A match made within an entry may name an athlete united since.
        mapped = [
            state.find(local.get((target, id(merged_entry), a), merged_ids[a]))
            for a in incoming_entry.athletes
        ]
        for i, (a, m) in enumerate(zip(incoming_entry.athletes, mapped, strict=True)):
            own = merged_ids[a]
            if m == own:
                continue
            # The two share this result but are not one person as a whole: one of
            # them is an id that is two people, split by its results. The result is
            # a's where m holds another id of a's source (that source says the
            # result is a's, not m's) or m has no id a source gave and a has.
            theirs = state.athletes[m].ids
            if own not in in_event and (
                any(j == k and b != a for j, b in theirs)
                or (not theirs and state.athletes[own].ids)
            ):
                merged_entry.athletes[merged_entry.athletes.index(m)] = own
                in_event.discard(m)
                in_event.add(own)
                mapped[i] = own
                state.went[m][own] += 1
            else:
                state.went[own][m] += 1
                # The name this source writes for that result is one of m's too.
                state.athletes[m].aliases.add(state.incoming_names[a])
                state.athletes[m].reset()
        merge_members(
            state, target, merged_entry, incoming_entry, mapped=mapped, in_event=in_event, k=k
        )
    merged_medals = {e.medal for e in merged.entries if e.medal is not None}
    # Where the sources' podiums disagree, a medal only the later one has is as
    # doubtful as the rest (a reallocation one source shows and the other not):
    # it is reported, not added. Tied entries nothing tells apart (two golds for
    # one nation, named in two scripts) are left unpaired, yet where both sides
    # give that nation as many of that medal, the podiums agree.
    disputed = False
    if extra:  # (most events: every entry paired, and nothing to count)
        held = Counter((e.medal, nation_family(e.noc)) for e in merged.entries if e.medal)
        given = Counter((e.medal, nation_family(e.noc)) for e in entries if e.medal)
        disputed = any(
            e.medal in merged_medals
            and given[e.medal, nation_family(e.noc)] != held[e.medal, nation_family(e.noc)]
            for e in extra
            if e.medal is not None
        )
    added: list[DraftEntry] = []
    for incoming_entry in extra:
        if (
            disputed
            and incoming_entry.medal is not None
            and incoming_entry.medal not in merged_medals
        ):
            state.conflict(
                "medal",
                target,
                f"{label} gives a {incoming_entry.medal.value} in {target!r} "
                f"to {incoming_entry.noc}"
                f"{_members(incoming_entry, merged_ids)}, which no earlier history has, and the "
                "podiums disagree; not added",
            )
            continue
        if incoming_entry.medal is not None and incoming_entry.medal in merged_medals:
            holders = sorted(e.noc for e in merged.entries if e.medal is incoming_entry.medal)
            first = sorted(
                {i for e in merged.entries if e.medal is incoming_entry.medal for i in e.sources}
            )
            state.conflict(
                "medal",
                target,
                f"{label} gives a {incoming_entry.medal.value} in {target!r} "
                f"to {incoming_entry.noc}"
                f"{_members(incoming_entry, merged_ids)}, {state.who(first)} to "
                f"{', '.join(holders)}; the {incoming_entry.medal.value} of {state.who(first)} "
                "is kept",
            )
            continue
        members = []
        complete = incoming_entry.complete
        for a in incoming_entry.athletes:
            m = merged_ids[a]
            if m in in_event:
                complete = False
                state.conflict(
                    "athletes",
                    target,
                    f"{label} has {m!r} in another entry of {target!r} than an earlier "
                    "history; left out of the entry from " + label,
                )
                continue
            in_event.add(m)
            members.append(m)
        if incoming_entry.medal is None and not members and incoming_entry.athletes:
            continue
        added.append(
            DraftEntry(
                noc=incoming_entry.noc,
                athletes=members,
                place=incoming_entry.place,
                medal=incoming_entry.medal,
                complete=complete,
                sources={k},
            )
        )
    merged.entries.extend(added)
    merged.sources.add(k)
    try:
        # The check reads only athletes, place and medal, which a draft has too.
        check_event(target, [(i, cast("Entry", e)) for i, e in enumerate(merged.entries)])
    except DataError as err:
        for entry, athletes, place, complete, sources in saved:
            entry.athletes, entry.place, entry.complete = athletes, place, complete
            entry.sources = sources
        merged.entries = original
        state.conflict(
            "place",
            target,
            f"merging {label}'s entries into {target!r} breaks the event's places: "
            f"{err.message}; the earlier histories' entries are kept",
        )


def fill_event(state: MergeState, merged: DraftEvent, event: Event, k: int) -> None:
    """Fill a date the merged event lacks; report fields that differ."""
    known = merged.event
    if known.date is None and event.date is not None:
        merged.event = known = attrs.evolve(known, date=event.date)
    for field in ("date", "official", "kind"):
        mine, theirs = getattr(known, field), getattr(event, field)
        if theirs is not None and mine != theirs:
            shown = getattr(theirs, "value", theirs)
            kept = getattr(mine, "value", mine)
            state.conflict(
                field,
                known.id,
                f"{state.labels[k]} gives event {event.id!r} {field} {shown}, "
                f"{state.who(merged.sources)} {kept} for {known.id!r}; {kept} is kept",
            )


def merge_members(
    state: MergeState,
    target: str,
    merged_entry: DraftEntry,
    incoming_entry: Entry,
    *,
    mapped: list[str],
    in_event: set[str],
    k: int,
) -> None:
    """Add to a merged entry the members the paired entry of history ``k`` names.

    ``mapped``: the paired entry's athletes as merged ids; ``in_event``: the merged
    athletes the event already holds.
    """
    label = state.labels[k]
    mine = set(merged_entry.athletes)
    new = [m for m in dict.fromkeys(mapped) if m not in mine]
    if (
        merged_entry.complete
        and new
        and mine <= set(mapped)
        and team_is_short(state, target, merged_entry)
    ):
        # A list given as whole that another holds with more names, shorter than
        # the event's other teams, missed them.
        state.conflict(
            "athletes",
            target,
            f"{label} lists the {merged_entry.noc} team of {target!r} with "
            f"{', '.join(new)}, whom {state.who(merged_entry.sources - {k})} left out of a "
            "list given as whole; added",
        )
    elif merged_entry.complete and new:
        # Not added; reported at the end unless later links account for them.
        state.rejected.append(
            RejectedMembers(
                entry=merged_entry,
                event=target,
                members=list(dict.fromkeys(mapped)),
                complete=incoming_entry.complete,
                k=k,
                others=merged_entry.sources - {k},
            )
        )
        return
    if incoming_entry.complete and not merged_entry.complete and not (mine - set(mapped)):
        merged_entry.complete = True
    elif incoming_entry.complete and not merged_entry.complete and new:
        # The complete list lacks members the other source has: keep every name,
        # but the team is no longer known to be complete.
        state.conflict(
            "athletes",
            target,
            f"{label} lists the {merged_entry.noc} team of {target!r} as complete without "
            f"{', '.join(sorted(mine - set(mapped)))}, whom an earlier history lists",
        )
    for m in new:
        if m in in_event:
            merged_entry.complete = False
            state.conflict(
                "athletes",
                target,
                f"{label} puts {m!r} in the {merged_entry.noc} entry of {target!r}, an "
                "earlier history in another entry; not added",
            )
            continue
        in_event.add(m)
        merged_entry.athletes.append(m)


def team_is_short(state: MergeState, event_id: str, entry: DraftEntry) -> bool:
    """Whether a team listed as whole is short: members may be missing from it.

    A team's list is doubted only where the event says so: another medal team of
    the event lists more members (Kaggle's Norwegian relays of three, where the
    others list four: Dæhlie has no row). A squad one source lists with its
    reserves and another without is not short, and one athlete's result in an
    individual event stays one athlete's (a horse written beside its rider).
    """
    merged = state.events[event_id]
    if len(entry.athletes) < 2 and merged.event.kind is not EventKind.TEAM:
        return False
    longest = max(
        (len(e.athletes) for e in merged.entries if e.medal is not None and e.complete),
        default=0,
    )
    return len(entry.athletes) < longest


def settle_rejected(state: MergeState) -> None:
    """Match again the members a history gave teams listed whole without them.

    Such a member is the team's one member left on each side once the others are
    linked, which may take a later history (OlympAnalyt's ``Ханеволд`` is
    ``Halvard HANEVOLD`` by olympics.com's results): the order of the histories
    must not decide it. The two are united where they can be one person.
    """
    while True:
        united = False
        left: list[RejectedMembers] = []
        for rejected in state.rejected:
            entry = rejected.entry
            team = [state.find(a) for a in entry.athletes]
            members = list(dict.fromkeys(state.find(m) for m in rejected.members))
            extra = [m for m in members if m not in team]
            if not extra:
                continue
            missing = [a for a in team if a not in members]
            if rejected.complete and len(team) > 1 and len(extra) == 1 and len(missing) == 1:
                traces = merged_traces(state, {extra[0], missing[0]})
                if all_fit(traces[missing[0]], traces[extra[0]]):
                    medal = medal_name(entry.medal)
                    unite(
                        state,
                        missing[0],
                        extra[0],
                        f"the same {medal} for {entry.noc} in {rejected.event} (the one "
                        "team member left on each side, once the others were linked)",
                        traces,
                    )
                    rename_members(state)
                    united = True
                    continue
            left.append(rejected)
        state.rejected = left
        if not united:
            return


def report_rejected(state: MergeState) -> None:
    """Report the members refused to teams listed whole, or add them where a list was short."""
    for rejected in state.rejected:
        team = {state.find(a) for a in rejected.entry.athletes}
        members = dict.fromkeys(state.find(m) for m in rejected.members)
        extra = [m for m in members if m not in team]
        new = ", ".join(extra)
        if not new:
            continue
        label, noc, target = state.labels[rejected.k], rejected.entry.noc, rejected.event
        if team <= members.keys() and team_is_short(state, target, rejected.entry):
            # Once linked, the other list holds the whole of this one, and more.
            in_event = {a for e in state.events[target].entries for a in e.athletes}
            added = [m for m in extra if m not in in_event]
            rejected.entry.athletes.extend(added)
            state.index_event(target, set())
            message = (
                f"{label} lists the {noc} team of {target!r} with {', '.join(added)}, "
                f"whom {state.who(rejected.others)} left out of a list given as whole; added"
            )
            if len(added) < len(extra):
                message += (
                    f" (not {', '.join(m for m in extra if m not in added)}, in another "
                    "entry of the event)"
                )
            state.conflict("athletes", target, message)
            continue
        if rejected.complete:
            message = (
                f"{label} and {state.who(rejected.others)} both list the whole {noc} team "
                f"of {target!r} but not the same members: {new} only in {label}; the "
                "earlier list is kept"
            )
        else:
            message = (
                f"{label} adds {new} to the {noc} team of {target!r}, which "
                f"{state.who(rejected.others)} lists complete; not added"
            )
        state.conflict("athletes", target, message)


def unite_events(
    state: MergeState,
    history: History,
    *,
    matches: dict[str, str],
    entries_of: dict[str, list[Entry]],
    merged_ids: dict[str, str],
    incoming_keys: dict[str, str],
    local: dict[tuple[str, int, str], str],
    k: int,
) -> dict[str, str]:
    """Merge history ``k``'s events into those they are aligned with, or add them as new.

    ``matches``: the merged event each aligned event (or part of one) is; the second
    part of an event split in two (see :func:`split_fold`) comes after the events.
    Returns each event's merged id.
    """
    merged_keys = NameKeys(state.athletes)
    merged_event_ids: dict[str, str] = {}
    # The events, and the second part of each event split in two (see split_fold).
    pieces = [(e.id, e) for e in sorted(history.events, key=lambda e: e.id)]
    pieces += [(part, state.incoming_events[part]) for part in sorted(state.split_parts)]
    pieces = [
        (piece, attrs.evolve(e, kind=state.part_kinds[piece]) if piece in state.part_kinds else e)
        for piece, e in pieces
    ]
    for piece, event in pieces:
        target = matches.get(piece)
        if target is None:
            merged_event_ids[event.id] = add_new_event(
                state, event, entries_of[event.id], merged_ids, k
            )
            state.index_event(merged_event_ids[event.id], set())
        else:
            merged_event_ids.setdefault(event.id, target)
            before = {a for e in state.events[target].entries for a in e.athletes}
            merge_event(
                state,
                event,
                target,
                entries=entries_of[piece],
                merged_ids=merged_ids,
                keys=(incoming_keys, merged_keys),
                local=local,
                k=k,
            )
            state.index_event(target, before)
    return merged_event_ids
