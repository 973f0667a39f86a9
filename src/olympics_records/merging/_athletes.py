"""Linking the athletes of the history being absorbed: by shared results, then by name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from olympics_records.history import History
from olympics_records.merging._labels import CAREER_YEARS, discipline_tags
from olympics_records.merging._names import NameIndex
from olympics_records.merging._pairing import (
    EntryPair,
    links_matter,
    match_members,
    pair_entries,
)
from olympics_records.merging._persons import (
    merged_traces,
    one_person_each,
    rename_members,
    unite,
    unite_targets,
)
from olympics_records.merging._result import AthleteLink
from olympics_records.merging._state import DraftAthlete, MergeState, NameKeys
from olympics_records.merging._traces import Context, all_fit, contexts_fit, own_id
from olympics_records.model import (
    Athlete,
    Entry,
)
from olympics_records.names import name_key

__all__ = [
    "add_athletes",
    "best_proposal",
    "link_athletes",
    "link_by_name",
    "propose_links",
    "results_near",
    "unite_by_name",
]


def link_athletes(  # noqa: PLR0917 - one call, in order of the steps
    state: MergeState,
    entries_of: dict[str, list[Entry]],
    athletes: dict[str, Athlete],
    incoming_keys: dict[str, str],
    matches: dict[str, str],
    k: int,
    same_person: dict[str, tuple[str, str]],
) -> tuple[dict[str, str], dict[tuple[str, int, str], str]]:
    """Link each athlete of history ``k`` to a merged athlete, or to none.

    By the results they share in aligned events (``matches``), uniting merged athletes
    that prove one person; then by name (:func:`link_by_name`, :func:`unite_by_name`),
    keeping apart those that cannot be one (:func:`one_person_each`). Returns each
    athlete's merged id (a new one where nothing links it) and the match made within
    each paired entry: ``{(merged event, id(entry), athlete): merged athlete}``.
    """
    label = state.labels[k]
    same_id: dict[str, str] = {}
    for a in sorted(athletes):
        known = state.athletes.get(a)
        if a not in same_person and known is not None and name_key(athletes[a].name) in known.keys:
            same_id[a] = a
    merged_keys = NameKeys(state.athletes)
    pairs: list[tuple[str, list[EntryPair]]] = []
    for incoming_event in sorted(matches):
        merged_event = matches[incoming_event]
        paired, _ = pair_entries(
            entries_of[incoming_event],
            state.events[merged_event].entries,
            same_id,
            incoming_keys,
            merged_keys,
        )
        pairs.append((merged_event, paired))

    evidence: dict[tuple[str, str], str] = {}
    # Where one athlete's results are shared with several merged athletes that can
    # be one person, they are: united, then the results are matched again.
    # Links an id that is two people makes are blocked (see unite_targets).
    blocked: dict[str, set[str]] = {}
    for _ in range(4):
        same_id = {a: state.find(m) for a, m in same_id.items()}
        links, proposals, local = propose_links(
            pairs, same_id, incoming_keys, merged_keys, evidence, blocked=blocked
        )
        united, found = unite_targets(state, proposals, same_id, athletes, entries_of, evidence, k)
        found = {a: {state.find(s) for s in targets} for a, targets in found.items()}
        if not united and found == blocked:
            break
        blocked = found
    # The last round may have united athletes the links still name.
    links = {a: state.find(m) for a, m in links.items()}
    local = {key: state.find(m) for key, m in local.items()}
    for incoming_athlete, counts in list(proposals.items()):
        proposals[incoming_athlete] = state.counts_now(counts)
    evidence = {(a, state.find(m)): how for (a, m), how in reversed(evidence.items())}

    for incoming_athlete in sorted(proposals):
        targets = proposals[incoming_athlete]
        others = {s for s in targets if s != links.get(incoming_athlete)}
        if others:
            listed = ", ".join(f"{s!r} ({n} results)" for s, n in sorted(targets.items()))
            kept = links.get(incoming_athlete)
            state.conflict(
                "athletes",
                incoming_athlete,
                f"{label}'s athlete {incoming_athlete!r} ({athletes[incoming_athlete].name}) "
                f"shares results "
                f"with several athletes: {listed}; "
                + (f"linked to {kept!r} where no result says otherwise" if kept else "not linked"),
            )
    # Linked by a surname or a name with words left out only.
    weak: set[str] = set()
    own = {a: x for a, x in athletes.items() if a not in same_person}
    link_by_name(
        state,
        entries_of=entries_of,
        athletes=own,
        incoming_keys=incoming_keys,
        links=links,
        evidence=evidence,
        proposals=proposals,
        weak=weak,
    )
    unite_by_name(
        state,
        entries_of=entries_of,
        athletes=own,
        incoming_keys=incoming_keys,
        links=links,
        evidence=evidence,
        proposals=proposals,
        weak=weak,
        k=k,
    )
    one_person_each(
        state,
        links=links,
        proposals=proposals,
        same_id=same_id,
        weak=weak,
        entries_of=entries_of,
        athletes=athletes,
        k=k,
    )
    evidence = {(a, state.find(m)): how for (a, m), how in reversed(evidence.items())}
    merged_ids: dict[str, str] = {}
    for a in sorted(athletes):
        if a in same_person:
            continue
        target = links.get(a)
        if target is not None:
            merged_ids[a] = target
            how = evidence.get((a, target), "the same id and name")
            if a != target or (a, target) in evidence:
                state.athlete_links.append(
                    AthleteLink(source=label, athlete=a, merged=target, evidence=how)
                )
            continue
        new = a
        suffix = 1
        while new in state.athletes or new in state.united_into:
            suffix += 1
            new = f"{a}~{suffix}"
        if new != a:
            state.conflict(
                "athletes",
                a,
                f"{label}'s athlete {a!r} ({athletes[a].name}) shares an id with "
                f"{state.display(state.find(a))!r} of an earlier history but neither the "
                f"name nor a result; kept apart as {new!r}",
            )
        merged_ids[a] = new
    for a, (b, how) in sorted(same_person.items()):
        merged_ids[a] = merged_ids[b]
        state.athlete_links.append(
            AthleteLink(source=label, athlete=a, merged=merged_ids[b], evidence=how)
        )
    return merged_ids, local


def propose_links(
    pairs: list[tuple[str, list[EntryPair]]],
    same_id: dict[str, str],
    incoming_keys: dict[str, str],
    merged_keys: NameKeys,
    evidence: dict[tuple[str, str], str],
    *,
    blocked: dict[str, set[str]],
) -> tuple[dict[str, str], dict[str, dict[str, int]], dict[tuple[str, int, str], str]]:
    """Which merged athlete each athlete is, by the results they share.

    Members of paired entries are matched with the links so far, and each athlete
    linked to its most frequent match among those it may be (not ``blocked``), where
    one is; again, with the new links, until they hold (six rounds at most).
    Returns the links, every match proposed in the last round with its count, and
    the match within each paired entry.
    """
    flat = [(merged_event, *pair) for merged_event, paired in pairs for pair in paired]
    # A pair's matches depend on the links of its incoming entry's members only (the
    # merged side does not change here), and not even on those where one athlete
    # each is the whole entry: after the first round, only the pairs naming an
    # athlete whose link changed, and whose matches depend on links, are matched again.
    pairs_naming: dict[str, list[int]] = defaultdict(list)
    for position, (_, incoming_entry, merged_entry) in enumerate(flat):
        if links_matter(incoming_entry, merged_entry):
            for incoming_athlete in incoming_entry.athletes:
                pairs_naming[incoming_athlete].append(position)
    matched: list[list[tuple[str, str, str]]] = [[] for _ in flat]
    # Each athlete's proposals in a plain dict (a Counter's __init__ runs in Python):
    # every count read is of a key the dict has.
    proposals: dict[str, dict[str, int]] = defaultdict(dict)
    # Each athlete's link by its proposals, for those not linked by the same id.
    chosen: dict[str, str] = {}
    links = dict(same_id)
    stale: Iterable[int] = range(len(flat))
    for _ in range(6):
        touched: set[str] = set()
        for position in stale:
            merged_event, incoming_entry, merged_entry = flat[position]
            for incoming_athlete, merged_athlete, _ in matched[position]:
                counts = proposals[incoming_athlete]
                counts[merged_athlete] -= 1
                if not counts[merged_athlete]:
                    del counts[merged_athlete]
                touched.add(incoming_athlete)
            found = match_members(incoming_entry, merged_entry, links, incoming_keys, merged_keys)
            matched[position] = found
            for incoming_athlete, merged_athlete, how in found:
                counts = proposals[incoming_athlete]
                counts[merged_athlete] = counts.get(merged_athlete, 0) + 1
                touched.add(incoming_athlete)
                # Evidence is kept from the round that first found a link: later
                # rounds only see it as "linked by another result".
                if (incoming_athlete, merged_athlete) not in evidence:
                    medal = incoming_entry.medal.value if incoming_entry.medal else "result"
                    evidence[(incoming_athlete, merged_athlete)] = (
                        f"the same {medal} for {incoming_entry.noc} in {merged_event} ({how})"
                    )
        changed: set[str] = set()
        for incoming_athlete in touched:
            counts = proposals[incoming_athlete]
            if not counts:
                del proposals[incoming_athlete]
            if incoming_athlete in same_id:
                continue
            best = best_proposal(counts, blocked.get(incoming_athlete, ()))
            if chosen.get(incoming_athlete) != best:
                changed.add(incoming_athlete)
                if best is None:
                    del chosen[incoming_athlete]
                    del links[incoming_athlete]
                else:
                    chosen[incoming_athlete] = best
                    links[incoming_athlete] = best
        if not changed:
            break
        stale = sorted({position for a in changed for position in pairs_naming.get(a, ())})
    # The links in a fixed order (the rounds change them in the order of a set): made
    # once, not in every round, which would sort every link again for a few changed.
    links = dict(same_id)
    links.update((a, chosen[a]) for a in sorted(chosen))
    local: dict[tuple[str, int, str], str] = {}
    for (merged_event, _, merged_entry), found in zip(flat, matched, strict=True):
        for incoming_athlete, merged_athlete, _ in found:
            local[(merged_event, id(merged_entry), incoming_athlete)] = merged_athlete
    return links, proposals, local


def best_proposal(counts: Mapping[str, int], blocked: Iterable[str]) -> str | None:
    """The merged athlete proposed most often but not ``blocked``, if only one is."""
    if len(counts) == 1:
        # Most athletes have one proposal: nothing to rank.
        (only,) = counts
        return None if only in blocked else only
    ranked = [x for x in counts.items() if x[0] not in blocked]
    if not ranked:
        return None
    best, count = min(ranked, key=lambda x: (-x[1], x[0]))
    return best if sum(1 for _, c in ranked if c == count) == 1 else None


def link_by_name(
    state: MergeState,
    *,
    entries_of: dict[str, list[Entry]],
    athletes: dict[str, Athlete],
    incoming_keys: dict[str, str],
    links: dict[str, str],
    evidence: dict[tuple[str, str], str],
    proposals: dict[str, dict[str, int]],
    weak: set[str],
) -> None:
    """Link athletes of this history without a shared result by name, where one fits."""
    # A member one source adds to a team whose members the other did not list has
    # no result of its own to share. The anchor is then the other source's only
    # athlete of that name (or else whose name holds all the words of the other's,
    # a surname alone or a middle name left out, either way) with a result for the
    # same nation in the same discipline within a career's span.
    unlinked = {a for a in athletes if a not in links and a not in proposals}
    if not unlinked or not state.athletes:
        return
    unlinked_contexts: dict[str, set[Context]] = defaultdict(set)
    linked: dict[str, set[Context]] = defaultdict(set)
    for entries in entries_of.values():
        for entry in entries:
            for a in entry.athletes:
                if a in unlinked:
                    unlinked_contexts[a].add(state.context_of(entry.event, entry.noc))
                elif a in links:
                    linked[links[a]].add(state.context_of(entry.event, entry.noc))
    # Only athletes with a result that could fit are looked at (and name-keyed).
    merged_contexts = results_near(state, unlinked_contexts.values())
    # The results of this history's athletes linked to a merged athlete are its.
    for m, contexts in linked.items():
        merged_contexts[m] |= contexts
    index = NameIndex()
    for m in merged_contexts:
        for key in state.athletes[m].keys:
            index.add(m, key)
    # And the names this history gives them, as written: its athlete linked by a
    # result is the merged one, so its other ids of that very name (one per NOC,
    # where a source makes ids from names) are found by it, not only by the merged
    # athlete's names (OlympAnalyt's RUS and OAR "Ekaterina Bobrova", Kaggle's
    # "Yekaterina Aleksandrovna Bobrova"), or by a name holding it (its "Jocelyne
    # Lamoureux-Davidson" of 2018, its "Jocelyne Lamoureux" of 2014). Not a surname
    # it writes alone: that is no part of another name of it ("Rotenberger", "G.
    # Rotenberger": husband and wife), so it is looked up whole only.
    alone: dict[str, set[str]] = defaultdict(set)
    for a, m in links.items():
        key = incoming_keys[a]
        if m in merged_contexts and key not in state.athletes[m].keys:  # (else indexed)
            if " " in key:
                index.add(m, key)
            else:
                alone[key].add(m)
    for a in sorted(unlinked):
        key = incoming_keys[a]
        exact = index.exact(key)
        if key in alone:
            exact = exact | alone[key]
        found = exact or index.parts(key)
        found = {
            m
            for m in (exact or found)
            if contexts_fit(unlinked_contexts.get(a, set()), merged_contexts[m])
        }
        if len(found) == 1:
            (target,) = found
            links[a] = target
            if not exact:
                weak.add(a)
            evidence[(a, target)] = (
                f"the same {'name' if exact else 'surname'} for the same nation in the "
                "same discipline; no shared result"
            )


def unite_by_name(
    state: MergeState,
    *,
    entries_of: dict[str, list[Entry]],
    athletes: dict[str, Athlete],
    incoming_keys: dict[str, str],
    links: dict[str, str],
    evidence: dict[tuple[str, str], str],
    proposals: dict[str, dict[str, int]],
    weak: set[str],
    k: int,
) -> None:
    """Link or unite merged athletes without a shared result by name, where one fits."""
    # The mirror of link_by_name: a merged athlete who shares no result with this
    # history is the one person of this history with that name (or else whose
    # name holds all the words of the other's, either way) for the same nation in
    # the same discipline within a career's span. A person of this history is an
    # athlete with the merged athlete it is linked to (where it is): the two are
    # united, or the athlete, not linked, is linked to this one.
    if not state.where:
        # No merged athlete has a result yet (the first history): none is near, and
        # the contexts of this history's persons need not be gathered.
        return
    touched = {m for counts in proposals.values() for m in counts}
    touched.update(links.values())
    # A person of this history: ("m", the merged athlete its athletes are linked
    # to) or ("r", its one athlete not linked).
    group_of = {a: ("m", links[a]) if a in links else ("r", a) for a in athletes}
    contexts: dict[tuple[str, str], set[Context]] = defaultdict(set)
    for event_id, entries in entries_of.items():
        for entry in entries:
            if entry.athletes:
                context = state.context_of(event_id, entry.noc)
                for a in entry.athletes:
                    if a in group_of:
                        contexts[group_of[a]].add(context)
    for target in set(links.values()):
        contexts[("m", target)].update(state.where.get(target, {}).values())
    merged_contexts = results_near(state, contexts.values(), skip=touched)
    if not merged_contexts:
        return
    # Where the merged athletes to look up are fewer than this history's athletes
    # (the medals of two sources: some hundreds), only the athletes whose name shares
    # a word with one of theirs are indexed: no other could be found. A name without
    # words, found only as it is, is always indexed.
    wanted: set[str] | None = None
    if len(merged_contexts) < len(group_of):
        wanted = {
            word for m in merged_contexts for key in state.athletes[m].keys for word in key.split()
        }
    index = NameIndex()
    for a, group in group_of.items():
        key = incoming_keys[a]
        if group in contexts and (wanted is None or not key or not wanted.isdisjoint(key.split())):
            index.add(a, key)
    pairs: list[tuple[tuple[str, str], str, str]] = []
    for m in sorted(merged_contexts):
        keys = state.athletes[m].keys
        found = set().union(*(index.exact(key) for key in keys))
        exact = bool(found)
        if not found:
            found = set().union(*(index.parts(key) for key in keys))
        groups = {
            group_of[a] for a in found if contexts_fit(merged_contexts[m], contexts[group_of[a]])
        }
        if len(groups) == 1:
            pairs.append((groups.pop(), m, "name" if exact else "surname"))
    if not pairs:
        return
    traces = merged_traces(
        state,
        {m for _, m, _ in pairs} | {state.find(a) for (side, a), _, _ in pairs if side == "m"},
    )
    united = False
    anchored: dict[tuple[str, str], list[str]] = defaultdict(list)
    for group, m_id, _ in pairs:
        anchored[group].append(m_id)
    for (side, a), m_id, what in pairs:
        if side == "r" and a not in links:
            traced = [t for m in anchored[(side, a)] for t in traces[m]]
            if not all_fit(traced, traced):
                # Several merged athletes that cannot be one: none is this one.
                continue
            links[a] = m_id
            if what != "name":
                weak.add(a)
            evidence[(a, m_id)] = (
                f"the same {what} for the same nation in the same discipline; no shared result"
            )
            continue
        target, m = state.find(links[a] if side == "r" else a), state.find(m_id)
        if target == m or not all_fit(traces[target], traces[m]):
            continue
        unite(
            state,
            target,
            m,
            f"{m!r} has the same {what} as {state.labels[k]}'s athlete(s) linked to "
            f"{target!r}, for the same nation in the same discipline; no shared result",
            traces,
        )
        united = True
    if united:
        rename_members(state)
        for a, m in list(links.items()):
            links[a] = state.find(m)


def results_near(
    state: MergeState, known: Iterable[set[Context]], skip: set[str] | frozenset[str] = frozenset()
) -> dict[str, set[Context]]:
    """Merged athletes with a result near one of the contexts ``known``.

    Returns, for each (but those to ``skip``), the contexts of those results: the
    same nation, a discipline sharing a word, within a career's span.
    """
    seen: set[tuple[str, str, int]] = set()
    for contexts in known:
        for nation, discipline, year in contexts:
            for word in discipline_tags(discipline):
                seen.add((nation, word, year))
    # The years near those seen, for each nation and word of a discipline.
    near: dict[tuple[str, str], set[int]] = defaultdict(set)
    for nation, word, year in seen:
        near[(nation, word)].update(range(year - CAREER_YEARS, year + CAREER_YEARS + 1))
    found: dict[str, set[Context]] = defaultdict(set)
    for m, events in state.where.items():
        if m in skip or not events:
            continue
        for context in set(events.values()):
            nation, discipline, year = context
            for word in discipline_tags(discipline):
                if year in near.get((nation, word), ()):
                    found[m].add(context)
                    break
    return found


def add_athletes(
    state: MergeState,
    history: History,
    athletes: dict[str, Athlete],
    merged_ids: dict[str, str],
    k: int,
) -> None:
    """Add history ``k``'s athletes to the merged ones they are linked to, or as new ones.

    Their names, own ids and aliases join the merged athlete's; a sex it lacks is
    filled in, one that differs is reported. ``merged_ids``: each athlete's merged id.
    """
    label = state.labels[k]
    named = {a for e in history.entries for a in e.athletes}
    for a in sorted(athletes):
        merged = merged_ids[a]
        athlete = athletes[a]
        if a not in named:
            state.unnamed.add(merged)
        known = state.athletes.get(merged)
        if known is None:
            state.athletes[merged] = DraftAthlete(
                names=[(athlete.name, k)],
                sex=athlete.sex,
                ids=set(own_id(k, a)),
                aliases=set(athlete.aliases),
            )
            continue
        known.add(athlete.name, k)
        known.ids.update(own_id(k, a))
        if athlete.aliases:
            known.aliases.update(athlete.aliases)
            known.reset()
        if known.sex is None:
            known.sex = athlete.sex
        elif athlete.sex is not None and athlete.sex != known.sex:
            state.conflict(
                "sex",
                merged,
                f"{label} gives athlete {a!r} sex {athlete.sex}, the merged athlete "
                f"{merged!r} has {known.sex}; {known.sex} is kept",
            )
