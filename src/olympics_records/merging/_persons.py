"""One person under several ids: traces of athletes, and uniting merged athletes."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from olympics_records.merging._result import AthleteLink
from olympics_records.merging._state import MergeState
from olympics_records.merging._traces import (
    NAME_ID,
    NOWHERE,
    SEX_OF_GENDER,
    Trace,
    all_fit,
    own_id,
    sexes_of,
)
from olympics_records.model import (
    Athlete,
    Entry,
)
from olympics_records.names import name_key

__all__ = [
    "fold_results_away",
    "history_traces",
    "link_name_made_ids",
    "merged_traces",
    "one_person_each",
    "rename_members",
    "unite",
    "unite_targets",
]


_NONE_PROPOSED: Mapping[str, int] = MappingProxyType({})
"""The proposals of an athlete that has none: a read-only default, not a new Counter
for every athlete looked up."""


def merged_traces(state: MergeState, ids: set[str]) -> dict[str, list[Trace]]:
    """Where merged athletes competed, as traces taken for one person each.

    One trace per id united into a merged athlete (as it was when united), and
    one for the results it has had since.
    """
    traces: dict[str, list[Trace]] = {}
    for m in ids:
        known = state.member_traces.get(m, [])
        covered = set().union(*(t.events for t in known))
        own = frozenset(state.athletes[m].ids)
        fresh = Trace(events=set(), contexts=set(), sexes=sexes_of(state.athletes[m].sex), ids=own)
        for event_id, context in state.where.get(m, {}).items():
            if event_id not in covered:
                fresh.events.add(event_id)
                fresh.contexts.add(context)
                fresh.sexes.update(SEX_OF_GENDER.get(state.events[event_id].event.gender, ()))
        # Every trace of a merged athlete carries all its ids: it is one person now.
        known = [attrs.evolve(t, ids=own) for t in known]
        traces[m] = known + ([fresh] if fresh.events else [])
    return traces


def history_traces(
    state: MergeState,
    ids: set[str],
    entries_of: dict[str, list[Entry]],
    athletes: dict[str, Athlete],
) -> dict[str, Trace]:
    """Where athletes of the history being absorbed competed, one trace each."""
    traces = {
        a: Trace(
            events=set(),
            contexts=set(),
            sexes=sexes_of(athletes[a].sex),
            ids=own_id(state.absorbing, a),
        )
        for a in ids
    }
    for event_id, entries in entries_of.items():
        for entry in entries:
            for a in entry.athletes:
                trace = traces.get(a)
                if trace is not None:
                    trace.events.add(event_id)
                    trace.contexts.add(state.context_of(event_id, entry.noc))
                    trace.sexes.update(
                        SEX_OF_GENDER.get(state.incoming_events[event_id].gender, ())
                    )
    return traces


def unite(
    state: MergeState, one: str, other: str, evidence: str, traces: dict[str, list[Trace]]
) -> None:
    """Make two merged athletes one, and their traces the kept one's."""

    def rank(athlete: str) -> tuple[int, bool, str]:
        first = min(k for _, k in state.athletes[athlete].names)
        # An id of the source's own over one made from a name.
        return first, bool(NAME_ID.match(athlete)), athlete

    survivor, gone = sorted((one, other), key=rank)
    kept, lost = state.athletes[survivor], state.athletes.pop(gone)
    kept.names.extend(lost.names)
    kept.ids.update(lost.ids)
    kept.aliases.update(lost.aliases)
    kept.reset()
    if kept.sex is None:
        kept.sex = lost.sex
    state.united_into[gone] = survivor
    state.united_away.append(gone)
    traces[survivor] = state.member_traces[survivor] = traces.pop(gone) + traces[survivor]
    state.member_traces.pop(gone, None)
    source = min(k for _, k in lost.names)
    link = AthleteLink(
        source=state.labels[source], athlete=gone, merged=survivor, evidence=evidence
    )
    state.athlete_links.append(link)


def rename_members(state: MergeState) -> None:
    """Put the ids kept for the merged athletes united since in their entries."""
    for gone in state.united_away:
        survivor = state.find(gone)
        events = state.where.pop(gone, {})
        for event_id in events:
            for entry in state.events[event_id].entries:
                if gone in entry.athletes:
                    entry.athletes = list(
                        dict.fromkeys(survivor if a == gone else a for a in entry.athletes)
                    )
        state.where[survivor].update(events)
    state.united_away = []


def unite_targets(  # noqa: PLR0917 - one caller
    state: MergeState,
    proposals: dict[str, dict[str, int]],
    same_id: dict[str, str],
    athletes: dict[str, Athlete],
    entries_of: dict[str, list[Entry]],
    evidence: dict[tuple[str, str], str],
    k: int,
) -> tuple[bool, dict[str, set[str]]]:
    """Settle which merged athletes the athletes of history ``k`` may be.

    The merged athletes one athlete shares results with are one person, and are
    united, where nothing says otherwise: they never met in one event, their sexes
    agree, and they competed in one discipline within a career's span. Both ways,
    an id that is two people is linked to neither: one whose results tell both
    sexes, or one whose results are shared by athletes who cannot be one person
    (a surname two athletes share), unless one of them shares more results with it
    than any other. Returns whether any were united, and for each athlete of
    history ``k``, the merged athletes it may not be linked to.
    """
    # Plain dicts, not Counters: every count read below is of a key its dict has.
    strength: dict[str, dict[str, int]] = {}
    for incoming_athlete in sorted(proposals.keys() | same_id.keys()):
        counts = state.counts_now(proposals.get(incoming_athlete, _NONE_PROPOSED))
        if incoming_athlete in same_id:
            # The same id and name outweighs any count of shared results.
            same = same_id[incoming_athlete]
            counts[same] = counts.get(same, 0) + len(entries_of) + 1
        strength[incoming_athlete] = counts
    claims: dict[str, list[str]] = defaultdict(list)
    for incoming_athlete, counts in strength.items():
        for merged_athlete in counts:
            claims[merged_athlete].append(incoming_athlete)
    shared = {s for s, claimed in claims.items() if len(claimed) > 1}
    several = {incoming_athlete for incoming_athlete, counts in strength.items() if len(counts) > 1}
    if not shared and not several:
        return False, {}
    incoming_traces = history_traces(
        state, {a for s in shared for a in claims[s]} | several, entries_of, athletes
    )
    traces = merged_traces(state, shared | {s for r in several for s in strength[r]})
    blocked: dict[str, set[str]] = defaultdict(set)
    for incoming_athlete, trace in incoming_traces.items():
        if len(trace.sexes) > 1:
            blocked[incoming_athlete].update(strength[incoming_athlete])
    for merged_athlete, found in traces.items():
        if any(len(trace.sexes) > 1 for trace in found):
            for incoming_athlete in claims[merged_athlete]:
                blocked[incoming_athlete].add(merged_athlete)
    # A link gives way to one at least as strong that it cannot stand with, both
    # ways: the same rule whichever history came first.
    for incoming_athlete in sorted(several):
        counts = strength[incoming_athlete]
        for merged_athlete in counts:
            if any(
                other != merged_athlete
                and counts[other] >= counts[merged_athlete]
                and not all_fit(traces[other], traces[merged_athlete])
                for other in counts
            ):
                blocked[incoming_athlete].add(merged_athlete)
    for merged_athlete in sorted(shared):
        claimed = claims[merged_athlete]
        for incoming_athlete in claimed:
            if any(
                other != incoming_athlete
                and strength[other][merged_athlete] >= strength[incoming_athlete][merged_athlete]
                and not incoming_traces[other].fits(incoming_traces[incoming_athlete])
                for other in claimed
            ):
                blocked[incoming_athlete].add(merged_athlete)
    united = False
    for incoming_athlete in sorted(several):
        counts = strength[incoming_athlete]
        order = sorted(
            (s for s in counts if s not in blocked[incoming_athlete]), key=lambda s: (-counts[s], s)
        )
        for next_one in order[1:]:
            base, other = state.find(order[0]), state.find(next_one)
            if base == other or not all_fit(traces[base], traces[other]):
                continue
            why = "; ".join(
                evidence.get((incoming_athlete, s), "the same id and name")
                for s in sorted((base, other))
                if (incoming_athlete, s) in evidence or same_id.get(incoming_athlete) == s
            )
            unite(
                state,
                base,
                other,
                f"both are {state.labels[k]}'s {incoming_athlete!r} "
                f"({athletes[incoming_athlete].name}): {why}",
                traces,
            )
            united = True
    if united:
        rename_members(state)
    return united, {a: found for a, found in blocked.items() if found}


def one_person_each(
    state: MergeState,
    *,
    links: dict[str, str],
    proposals: dict[str, dict[str, int]],
    same_id: dict[str, str],
    weak: set[str],
    entries_of: dict[str, list[Entry]],
    athletes: dict[str, Athlete],
    k: int,
) -> None:
    """Keep apart athletes of one history linked to one merged athlete.

    Where they cannot be one person (the test that unites merged athletes), the
    one with the strongest link (the same id, then more shared results, then a
    whole name over a surname) keeps it, with those that can be one with it; where
    two are as strong, none does.
    """
    linked_to: dict[str, list[str]] = defaultdict(list)
    for a, m in links.items():
        linked_to[m].append(a)
    groups = {m: found for m, found in linked_to.items() if len(found) > 1}
    if not groups:
        return
    traces = history_traces(
        state, {a for found in groups.values() for a in found}, entries_of, athletes
    )
    for m in sorted(groups):

        def strength(a: str, m: str = m) -> tuple[bool, int, bool]:
            return a in same_id, proposals.get(a, _NONE_PROPOSED).get(m, 0), a not in weak

        order = sorted(groups[m], key=lambda a: (*(-x for x in strength(a)), a))
        first = order[0]
        kept = [traces[first]]
        apart = []
        for a in order[1:]:
            if all_fit(kept, [traces[a]]):
                kept.append(traces[a])
            else:
                apart.append(a)
        if any(strength(a) == strength(first) for a in apart):
            # As strong a link that cannot stand with the first: none is kept.
            apart = order
        for a in apart:
            del links[a]
            state.conflict(
                "athletes",
                a,
                f"{state.labels[k]}'s athletes {', '.join(map(repr, order))} all match "
                f"{m!r} but cannot all be one person (they met in one event, differ in "
                f"sex, or competed apart); {a!r} ({athletes[a].name}) is not linked",
            )


def link_name_made_ids(
    state: MergeState,
    athletes: dict[str, Athlete],
    entries_of: dict[str, list[Entry]],
    incoming_keys: dict[str, str],
    k: int,
) -> dict[str, tuple[str, str]]:
    """Athletes of one history under two ids, one of them made from the name.

    A source that ids athletes by URL gives a row without a URL an id made of the
    name key and NOC (``NOR:hosflot-johannes-klabo``). That athlete is the one of
    the source's own ids with the same name key, for a nation of the same lineage,
    in the same discipline within a career's span, never in the same event as
    them, where exactly one is. Returns ``{name id: (own id, evidence)}``.
    """
    named = {a: a[4:].replace("-", " ") for a in athletes if NAME_ID.match(a)}
    if not named or len(named) == len(athletes):
        return {}
    traces = history_traces(state, set(named), entries_of, athletes)
    wanted = {(n, frozenset(d)) for trace in traces.values() for n, d, _ in trace.contexts}
    keys = set(named.values())
    near: dict[str, Trace] = {}
    for event_id, entries in entries_of.items():
        for entry in entries:
            nation, discipline, year = state.context_of(event_id, entry.noc)
            if (nation, frozenset(discipline)) not in wanted:
                continue
            for a in entry.athletes:
                if a in named:
                    continue
                trace = near.get(a)
                if trace is None:
                    if (incoming_keys.get(a) or name_key(athletes[a].name)) not in keys:
                        near[a] = NOWHERE
                        continue
                    sexes = sexes_of(athletes[a].sex)
                    trace = near[a] = Trace(events=set(), contexts=set(), sexes=sexes)
                elif trace is NOWHERE:
                    continue
                trace.events.add(event_id)
                trace.contexts.add((nation, discipline, year))
                trace.sexes.update(SEX_OF_GENDER.get(state.incoming_events[event_id].gender, ()))
    by_key: dict[str, list[str]] = defaultdict(list)
    for a in sorted(near):
        if near[a] is not NOWHERE:
            by_key[incoming_keys.get(a) or name_key(athletes[a].name)].append(a)
    found: dict[str, tuple[str, str]] = {}
    for a in sorted(named):
        fits = [b for b in by_key.get(named[a], ()) if traces[a].fits(near[b], by_name=True)]
        if len(fits) == 1:
            how = (
                f"{fits[0]!r} in {state.labels[k]} too: the same name for the same nation "
                f"in the same discipline; {a!r} was made from the name (no id of its own)"
            )
            found[a] = (fits[0], how)
    if found:
        for entries in entries_of.values():
            for i, entry in enumerate(entries):
                if any(a in found for a in entry.athletes):
                    members = (found[a][0] if a in found else a for a in entry.athletes)
                    entries[i] = attrs.evolve(entry, athletes=tuple(dict.fromkeys(members)))
    return found


def fold_results_away(state: MergeState, entries: list[Entry]) -> None:
    """Drop the athletes all of whose results went to others; they are those others.

    An athlete of a later history is merged as itself where nothing links it as a
    whole, yet each of its results may be paired with another's (an id that is two
    people, ``USA:dzhonson`` for Allen and Michael Johnson, is split so). Left with
    no result, it is the athletes its results went to: its names become theirs.
    """
    entered = {a for e in entries for a in e.athletes}
    kept = {a for c in state.corrections for a in c.athletes}
    for gone in sorted(state.went):
        athlete = state.athletes.get(gone)
        if athlete is None or gone in entered or gone in kept:
            continue
        counts: Counter[str] = Counter()
        for m, n in state.went[gone].items():
            counts[state.find(m)] += n
        targets = sorted(set(counts) - {gone})
        if not targets or any(t not in state.athletes for t in targets):
            continue
        del state.athletes[gone]
        for target in targets:
            state.athletes[target].aliases.update(n for n, _ in athlete.names)
            state.athletes[target].aliases.update(athlete.aliases)
            state.athletes[target].reset()
            state.athlete_links.append(
                AthleteLink(
                    source=state.labels[min(k for _, k in athlete.names)],
                    athlete=gone,
                    merged=target,
                    evidence=f"{counts[target]} of its results are {target!r}'s, and none "
                    "is left its own",
                )
            )
