"""merge() and merge_report(): each history absorbed in turn, then the result built."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import attrs

from olympics_records._engine.construct import unchecked_athlete
from olympics_records._engine.gc import paused_gc
from olympics_records.history import History
from olympics_records.merging._athletes import add_athletes, link_athletes
from olympics_records.merging._entries import (
    report_rejected,
    settle_rejected,
    unite_events,
)
from olympics_records.merging._events import align_events
from olympics_records.merging._games import absorb_games, absorb_nocs
from olympics_records.merging._names import best_name
from olympics_records.merging._persons import fold_results_away, link_name_made_ids
from olympics_records.merging._result import MergeResult
from olympics_records.merging._state import (
    MergeState,
    entry_order,
    issue_order,
)
from olympics_records.model import (
    Coverage,
    Entry,
    Event,
    EventKind,
)
from olympics_records.names import name_key

__all__ = ["absorb", "build_result", "merge", "merge_report"]


def merge(*histories: History, labels: Sequence[str] | None = None) -> History:
    """Merge Histories of the same Games from different sources into one.

    "Merging sources" in the concepts guide tells how Games, events, athletes and
    entries are linked, and what the order of ``histories`` decides (the first is the
    primary source). Each medal counts once: an event one source makes of two events of
    another (olympics.com's 1912 coxed four also holds the eight's medals) is shared
    between those two, whichever comes first.

    Args:
        histories: the Histories, primary source first.
        labels: a name for each history, used in the issues reported (default
            ``"history 1"``, ``"history 2"`` …).

    Returns:
        One History: every Games, event, athlete and medal of the inputs, each once;
        ``issues`` holds the inputs' issues and every conflict found.

    Raises:
        ValueError: if no history is given, or ``labels`` does not fit.

    Example:
        >>> import datetime as dt
        >>> from olympics_records import (Athlete, Entry, Event, EventKind, Games, Gender,
        ...                               History, Medal, Noc, Season)
        >>> games = Games(year=1998, season=Season.WINTER, city="Nagano")
        >>> def medallist(event, athlete, name):
        ...     return History(
        ...         games=[games], nocs=[Noc(code="NOR", name="Norway")],
        ...         events=[Event(id=event, games=games.id, sport="Skiing",
        ...                       discipline="Cross-Country Skiing", name=event.split("/")[-1],
        ...                       gender=Gender.MEN, kind=EventKind.INDIVIDUAL)],
        ...         athletes=[Athlete(id=athlete, name=name)],
        ...         entries=[Entry(event=event, noc="NOR", athletes=(athlete,), place=1,
        ...                        medal=Medal.GOLD)])
        >>> latin = medallist("1998-winter/cross-country-skiing/men/50km-men",
        ...                   "bjorn-daehlie", "Bjørn Dæhlie")
        >>> cyrillic = medallist("1998-winter/cross-country-skiing/men/50km",
        ...                      "NOR:deli", "Дэли")
        >>> merged = merge(cyrillic, latin)
        >>> [(e.event, e.athletes) for e in merged.entries]
        [('1998-winter/cross-country-skiing/men/50km', ('NOR:deli',))]
        >>> [a.name for a in merged.athletes]
        ['Bjørn Dæhlie']
        >>> merge(latin, latin) == latin
        True
    """
    return merge_report(*histories, labels=labels).history


def merge_report(*histories: History, labels: Sequence[str] | None = None) -> MergeResult:
    """Merge like :func:`merge`, and say which events and athletes were linked and why.

    Args:
        histories: the Histories, primary source first.
        labels: a name for each history (default ``"history 1"`` …).

    Raises:
        ValueError: if no history is given, or ``labels`` does not fit.

    Example:
        >>> import datetime as dt
        >>> from olympics_records import (Athlete, Entry, Event, EventKind, Games, Gender,
        ...                               History, Medal, Noc, Season)
        >>> games = Games(year=1998, season=Season.WINTER, city="Nagano")
        >>> def medallist(event, athlete, name):
        ...     return History(
        ...         games=[games], nocs=[Noc(code="NOR", name="Norway")],
        ...         events=[Event(id=event, games=games.id, sport="Skiing",
        ...                       discipline="Cross-Country Skiing", name=event.split("/")[-1],
        ...                       gender=Gender.MEN, kind=EventKind.INDIVIDUAL)],
        ...         athletes=[Athlete(id=athlete, name=name)],
        ...         entries=[Entry(event=event, noc="NOR", athletes=(athlete,), place=1,
        ...                        medal=Medal.GOLD)])
        >>> latin = medallist("1998-winter/cross-country-skiing/men/50km-men",
        ...                   "bjorn-daehlie", "Bjørn Dæhlie")
        >>> cyrillic = medallist("1998-winter/cross-country-skiing/men/50km",
        ...                      "NOR:deli", "Дэли")
        >>> report = merge_report(latin, cyrillic, labels=["olympics.com", "OlympAnalyt"])
        >>> link = report.athletes[0]
        >>> link.source, link.athlete, link.merged
        ('OlympAnalyt', 'NOR:deli', 'bjorn-daehlie')
        >>> print(link.evidence)
        the same gold for NOR in 1998-winter/cross-country-skiing/men/50km-men (names differ, one
        athlete each)
        >>> report.events[0].evidence
        "1 of 1 medals agree; titles '50km-men' / '50km'"
    """
    if not histories:
        raise ValueError("merge needs at least one History")
    for position, history in enumerate(histories):
        if not isinstance(history, History):
            raise TypeError(f"merge takes Histories; argument {position + 1} is {history!r}")
    if labels is None:
        labels = [f"history {i + 1}" for i in range(len(histories))]
    labels = list(labels)
    if len(labels) != len(histories) or not all(isinstance(x, str) and x for x in labels):
        raise ValueError(f"labels must be one non-empty string per history, not {labels!r}")
    # Merging makes many small objects and frees few: the collector's full passes
    # would find nothing (see paused_gc).
    with paused_gc():
        state = MergeState(labels)
        for position, history in enumerate(histories):
            absorb(state, history, position)
        return build_result(state)


def absorb(state: MergeState, history: History, k: int) -> None:
    """Merge history ``k`` into the merge so far, step by step.

    Games and NOCs first; then, on the history's entries grouped by event: its ids
    made from names linked to its own ids, its events aligned with the merged ones,
    its athletes linked to the merged ones and added; then the entries united event
    by event, its corrections and coverage kept, and the team members refused so
    far matched again.
    """
    label = state.labels[k]
    state.absorbing = k
    state.issues.update(history.issues)
    state.incoming_events = {e.id: e for e in history.events}
    state.incoming_contexts = {}
    state.split_parts = []
    state.part_kinds = {}
    absorb_games(state, history, k)
    absorb_nocs(state, history, label)
    athletes = {a.id: a for a in history.athletes}
    state.incoming_names = {a: x.name for a, x in athletes.items()}
    entries_of: dict[str, list[Entry]] = defaultdict(list)
    for entry in sorted(history.entries, key=entry_order):
        entries_of[entry.event].append(entry)
    # Name keys are costly to fold: on the first history nothing is matched yet.
    incoming_keys = {a: name_key(x.name) for a, x in athletes.items()} if state.athletes else {}
    same_person = link_name_made_ids(state, athletes, entries_of, incoming_keys, k)
    matches = align_events(state, history, entries_of, incoming_keys, k)
    merged_ids, local = link_athletes(
        state, entries_of, athletes, incoming_keys, matches, k, same_person
    )
    add_athletes(state, history, athletes, merged_ids, k)
    merged_event_ids = unite_events(
        state,
        history,
        matches=matches,
        entries_of=entries_of,
        merged_ids=merged_ids,
        incoming_keys=incoming_keys,
        local=local,
        k=k,
    )
    for correction in history.corrections:
        state.corrections.add(
            attrs.evolve(
                correction,
                event=merged_event_ids.get(correction.event, correction.event),
                athletes=tuple(merged_ids.get(a, a) for a in correction.athletes),
            )
        )
    for coverage in history.coverage:
        state.coverage[coverage.games].append(coverage)
    settle_rejected(state)


def build_result(state: MergeState) -> MergeResult:
    """The merged History from the merge state, with the links that made it."""
    report_rejected(state)
    entries: list[Entry] = []
    events: list[Event] = []
    for event_id in sorted(state.events):
        merged = state.events[event_id]
        kind = merged.event.kind
        if kind is EventKind.INDIVIDUAL and any(len(e.athletes) > 1 for e in merged.entries):
            # Several athletes share one result: a team event, whatever a title says.
            kind = EventKind.TEAM
        events.append(
            merged.event if kind is merged.event.kind else attrs.evolve(merged.event, kind=kind)
        )
        # Events come in id order; sorting each one's entries orders them all.
        entries.extend(sorted((e.frozen(event_id) for e in merged.entries), key=entry_order))
    fold_results_away(state, entries)
    # An athlete no merged entry names had all its results taken by others, or
    # its place in a team refused (reported): it is no one's any more.
    named = {a for e in entries for a in e.athletes}
    named |= {state.find(a) for c in state.corrections for a in c.athletes}
    named |= {state.find(a) for a in state.unnamed}
    athletes = []
    for a, x in sorted(state.athletes.items()):
        if a not in named:
            continue
        name = best_name(x.names)
        # A spelling that differs from the name only in case is no other name.
        spellings = {n for n, _ in x.names} | x.aliases
        aliases = tuple(sorted(n for n in spellings if n.casefold() != name.casefold()))
        athletes.append(unchecked_athlete(a, name, x.sex, aliases))
    # Members one source lacks another may give: whether every team medal lists
    # its members is a fact of the merged entries, not of any one source.
    games_of = {e.id: e.games for e in events}
    short = {games_of[e.event] for e in entries if e.medal is not None and not e.complete}
    coverage = []
    for games_id in sorted(state.coverage):
        parts = state.coverage[games_id]
        notes = list(dict.fromkeys(c.note for c in parts if c.note))
        coverage.append(
            Coverage(
                games=games_id,
                all_events=any(c.all_events for c in parts),
                full_podiums=any(c.full_podiums for c in parts),
                note="; ".join(notes),
                team_members=games_id not in short,
            )
        )
    conflicts = list(dict.fromkeys(state.conflicts))
    issues = sorted(state.issues | set(conflicts), key=issue_order)
    history = History(
        games=sorted(state.games.values(), key=lambda g: (g.year, g.season.value)),
        events=events,
        entries=entries,
        athletes=athletes,
        nocs=sorted(state.nocs.values(), key=lambda n: n.code),
        corrections=sorted(
            {
                attrs.evolve(c, athletes=tuple(state.find(a) for a in c.athletes))
                for c in state.corrections
            },
            key=lambda c: (c.decided, c.event, c.noc, c.athletes),
        ),
        issues=issues,
        coverage=coverage,
    )
    return MergeResult(
        history=history,
        events=tuple(state.event_links),
        athletes=tuple(
            # Most links name an athlete that is still merged under its id: kept as is.
            link if (m := state.find(link.merged)) == link.merged else attrs.evolve(link, merged=m)
            for link in state.athlete_links
        ),
    )
