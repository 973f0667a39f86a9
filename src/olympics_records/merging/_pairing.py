"""Pairing the entries of two aligned events, and the members of two paired entries."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from olympics_records.merging._labels import nation_family
from olympics_records.merging._names import (
    alike_score,
    initials,
    key_words,
    part_of,
    spelled_alike,
)
from olympics_records.merging._state import DraftEntry, NameKeys
from olympics_records.model import (
    Entry,
)
from olympics_records.nocs import MIXED_TEAMS

__all__ = ["EntryPair", "links_matter", "match_members", "pair_entries", "shared_members"]


EntryPair = tuple[Entry, DraftEntry]


def shared_members(
    incoming_entry: Entry,
    merged_entry: DraftEntry,
    links: dict[str, str],
    incoming_keys: dict[str, str],
    merged_keys: NameKeys,
) -> int:
    """How many athletes of ``incoming_entry`` the merged entry holds, linked or by name."""
    if not incoming_entry.athletes or not merged_entry.athletes:
        return 0
    members = set(merged_entry.athletes)
    keys: set[str] = set()
    for m in merged_entry.athletes:
        keys |= merged_keys.get(m, set())
    # A name spelled alike as a whole (letters dropped: ``Ganstrom``) is the same name.
    return sum(
        1
        for a in incoming_entry.athletes
        if links.get(a) in members
        or incoming_keys[a] in keys
        or spelled_alike(incoming_keys[a], keys)
    )


def pair_entries(
    incoming_entries: Sequence[Entry],
    merged_entries: Sequence[DraftEntry],
    links: dict[str, str],
    incoming_keys: dict[str, str],
    merged_keys: NameKeys,
) -> tuple[list[EntryPair], list[Entry]]:
    """Pair the entries of two aligned events: the same medal to the same NOC.

    Where several entries share a medal and NOC (ties, two teams of one NOC), those
    sharing athletes are paired, then one left on each side, or else those naming no
    athlete with those of the other side, in order. Left-overs are then paired
    with the same medal for another code of the same lineage (GER/EUA). Returns the
    pairs and the entries of ``incoming_entries`` left unpaired.
    """
    pairs: list[EntryPair] = []
    free_s = list(range(len(merged_entries)))
    free_r = list(range(len(incoming_entries)))

    def by(key_of: Callable[[Entry | DraftEntry], object]) -> None:
        groups_r: dict[object, list[int]] = defaultdict(list)
        groups_s: dict[object, list[int]] = defaultdict(list)
        for i in free_r:
            groups_r[key_of(incoming_entries[i])].append(i)
        for j in free_s:
            groups_s[key_of(merged_entries[j])].append(j)
        used_r: set[int] = set()
        used_s: set[int] = set()
        # Groups share no entry, so the order they are visited in changes nothing.
        for key in groups_r.keys() & groups_s.keys():
            rs, ss = groups_r[key], groups_s[key]
            if len(rs) > 1 or len(ss) > 1:
                scored = sorted(
                    (
                        (
                            -shared_members(
                                incoming_entries[i],
                                merged_entries[j],
                                links,
                                incoming_keys,
                                merged_keys,
                            ),
                            i,
                            j,
                        )
                        for i in rs
                        for j in ss
                    ),
                )
                for score, i, j in scored:
                    if score == 0:
                        break
                    if i in used_r or j in used_s:
                        continue
                    used_r.add(i)
                    used_s.add(j)
                    pairs.append((incoming_entries[i], merged_entries[j]))
                rs = [i for i in rs if i not in used_r]
                ss = [j for j in ss if j not in used_s]
            if len(rs) == 1 and len(ss) == 1:
                matched = [(rs[0], ss[0])]
            else:
                # An entry naming no athlete (a team whose members a source lacks) may
                # be any of the other side's: the named are paired with such entries
                # first, in order, then those naming none with each other. Two naming
                # different athletes may be two teams.
                named_r = [i for i in rs if incoming_entries[i].athletes]
                named_s = [j for j in ss if merged_entries[j].athletes]
                bare_r = [i for i in rs if not incoming_entries[i].athletes]
                bare_s = [j for j in ss if not merged_entries[j].athletes]
                matched = list(zip(named_r, bare_s, strict=False))
                matched += zip(bare_r, named_s, strict=False)
                matched += zip(bare_r[len(named_s) :], bare_s[len(named_r) :], strict=False)
            for i, j in matched:
                used_r.add(i)
                used_s.add(j)
                pairs.append((incoming_entries[i], merged_entries[j]))
        free_r[:] = [i for i in free_r if i not in used_r]
        free_s[:] = [j for j in free_s if j not in used_s]

    def exact(e: Entry | DraftEntry) -> object:
        return (e.medal, e.noc) if e.medal is not None else (None, e.noc, e.place)

    def family(e: Entry | DraftEntry) -> object:
        return (e.medal, nation_family(e.noc)) if e.medal is not None else (None, e.noc, e.place)

    by(exact)
    if free_r and free_s:  # (most events: every entry paired by medal and code)
        by(family)
    # A mixed team on one side may be a nation on the other: the same medal, by
    # shared athletes first, then where only one pairing is possible.
    wild = [
        (
            -shared_members(
                incoming_entries[i], merged_entries[j], links, incoming_keys, merged_keys
            ),
            i,
            j,
        )
        for i in free_r
        for j in free_s
        if incoming_entries[i].medal is not None
        and incoming_entries[i].medal is merged_entries[j].medal
        and (incoming_entries[i].noc in MIXED_TEAMS or merged_entries[j].noc in MIXED_TEAMS)
    ]
    if wild:
        wild.sort()
        taken_r: set[int] = set()
        taken_s: set[int] = set()
        for score, i, j in wild:
            if score < 0 and i not in taken_r and j not in taken_s:
                taken_r.add(i)
                taken_s.add(j)
                pairs.append((incoming_entries[i], merged_entries[j]))
        left = [(i, j) for _, i, j in wild if i not in taken_r and j not in taken_s]
        for i, j in left:
            if sum(1 for x, _ in left if x == i) == 1 and sum(1 for _, y in left if y == j) == 1:
                taken_r.add(i)
                pairs.append((incoming_entries[i], merged_entries[j]))
        free_r[:] = [i for i in free_r if i not in taken_r]
    return pairs, [incoming_entries[i] for i in free_r]


def links_matter(incoming_entry: Entry, merged_entry: DraftEntry) -> bool:
    """Whether :func:`match_members` looks at the links of two entries' members.

    Not where each entry is one athlete and the whole entry: those two are one.
    """
    return not (
        len(incoming_entry.athletes) == 1
        and len(merged_entry.athletes) == 1
        and incoming_entry.complete
        and merged_entry.complete
    )


def match_members(
    incoming_entry: Entry,
    merged_entry: DraftEntry,
    links: dict[str, str],
    incoming_keys: dict[str, str],
    merged_keys: NameKeys,
) -> list[tuple[str, str, str]]:
    """Which member of ``incoming_entry`` is which of ``merged_entry``: (theirs, mine, how)."""
    whole = incoming_entry.complete and merged_entry.complete
    if not links_matter(incoming_entry, merged_entry):
        (a,), (m,) = incoming_entry.athletes, merged_entry.athletes
        same = incoming_keys[a] in merged_keys.get(m, set())
        return [(a, m, "the same name" if same else "names differ, one athlete each")]
    found: list[tuple[str, str, str]] = []
    left_r = list(incoming_entry.athletes)
    left_s = list(merged_entry.athletes)
    for a in list(left_r):
        linked = links.get(a)
        if linked is not None and linked in left_s:
            found.append((a, linked, "linked by another result"))
            left_r.remove(a)
            left_s.remove(linked)
    # Each member's name keys, looked up once: the steps below compare every pair.
    keys_of = {m: merged_keys.get(m, set()) for m in left_s}
    for a in list(left_r):
        if not left_s:
            break
        key = incoming_keys[a]
        named = [m for m in left_s if key in keys_of[m]]
        if len(named) == 1 and sum(1 for b in left_r if incoming_keys[b] == key) == 1:
            found.append((a, named[0], "the same name in the team"))
            left_r.remove(a)
            left_s.remove(named[0])
    # Some sources give surnames only (OlympAnalyt's Cyrillic Games): within one team,
    # a name whose words are all in the other's name, where each of the two has exactly
    # one such teammate on the other side (whichever side gives the shorter name).
    fitting: list[tuple[str, str]] = []
    if left_s:
        # A pair is looked at only where the two names share a word (see key_words).
        words_of = {m: frozenset().union(*map(key_words, keys_of[m])) for m in left_s}
        for a in left_r:
            key = incoming_keys[a]
            words = key_words(key)
            fitting.extend(
                (a, m)
                for m in left_s
                if not words_of[m].isdisjoint(words) and part_of(key, keys_of[m])
            )
    if fitting:
        of_r = Counter(a for a, _ in fitting)
        of_s = Counter(m for _, m in fitting)
        for a, m in fitting:
            if of_r[a] == 1 and of_s[m] == 1:
                found.append((a, m, "the surname in the team"))
                left_r.remove(a)
                left_s.remove(m)
    # Then names spelled otherwise, or given in part: letters dropped in scraping
    # (Kaggle's ``Bjrgen``), a transliteration (``Бьорген``), a nickname or middle
    # names (``Emmanul MCARTHUR``, ``Malcolm Julian "Mannie" McArthur``). Within one
    # team, two members are one where each is the other's strictly best match by the
    # words their names share, spelled alike (see :func:`words_alike`).
    # A pair's score depends on its two names only: worked out once, not each round,
    # and without a call where no word of one begins as a long word of the other does.
    scores: dict[tuple[str, str], tuple[int, int]] = {}
    if left_r and left_s:
        begins = {m: frozenset().union(*map(initials, keys_of[m])) for m in left_s}
        for a in left_r:
            key, mine = incoming_keys[a], initials(incoming_keys[a])
            for m in left_s:
                scores[a, m] = alike_score(key, keys_of[m]) if mine & begins[m] else (0, 0)
    while left_r and left_s:
        best_r = {a: max(scores[(a, m)] for m in left_s) for a in left_r}
        best_s = {m: max(scores[(a, m)] for a in left_r) for m in left_s}
        pairs = [
            (a, m)
            for a in left_r
            for m in left_s
            if (score := scores[a, m]) > (0, 0)
            and score == best_r[a] == best_s[m]
            and sum(1 for x in left_s if scores[(a, x)] == score) == 1
            and sum(1 for x in left_r if scores[(x, m)] == score) == 1
        ]
        if not pairs:
            break
        for a, m in pairs:
            found.append((a, m, "the name spelled alike, in the team"))
            left_r.remove(a)
            left_s.remove(m)
    # One member left on each side is the same person only if both sides list the
    # whole team: otherwise each source may know a different member, and a list of
    # some members as long as a list given as whole says that one misses a member.
    if len(left_r) == 1 and len(left_s) == 1 and whole:
        found.append((left_r[0], left_s[0], "the one team member left on each side"))
    return found
