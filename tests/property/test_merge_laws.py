"""The laws of merging, checked on sources written from one generated truth.

:func:`strategies.sources` draws what happened (Games, events, people, podiums) and
writes 2-4 sources of it the ways real ones differ. Every id a source gives names
one true event or person, so what the merge links can be checked against the truth.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Set as AbstractSet

import attrs
from hypothesis import given, note

import strategies_sources as strategies
from olympics_records import History, Medal, sports
from olympics_records.merging import MergeResult, merge, merge_report
from olympics_records.names import display_name
from olympics_records.tables import medal_table
from strategies_sources import Sources


def base(merged_id: str) -> str:
    """The source id a merged id was made from (``x~2``: ``x`` kept apart)."""
    return merged_id.split("~", maxsplit=1)[0]


def noted(report: MergeResult) -> MergeResult:
    """The report, its links and conflicts noted to read a failing example by."""
    for event in report.events:
        note(f"event {event.source} {event.event} -> {event.merged}: {event.evidence}")
    for athlete in report.athletes:
        note(f"athlete {athlete.source} {athlete.athlete} -> {athlete.merged}: {athlete.evidence}")
    for issue in report.history.issues:
        note(f"issue {issue.field} {issue.value}: {issue.message}")
    for entry in report.history.entries:
        note(f"merged {entry}")
    return report


def medals_per_event(s: Sources, h: History) -> Counter[tuple[str, Medal]]:
    """Medals per (true event, medal), the merged or a source's events mapped to the truth."""
    return Counter((s.event_of[base(e.event)], e.medal) for e in h.results if e.medal is not None)


def medals_per_person(
    s: Sources, h: History, leave_out: AbstractSet[tuple[str, str]] = frozenset()
) -> Counter[tuple[str, Medal]]:
    """Medals per (true person, medal); a person under two ids in one entry counts once.

    ``leave_out``: (true event, person) whose medal in that event is not counted.
    """
    found: Counter[tuple[str, Medal]] = Counter()
    for entry in h.results:
        if entry.medal is not None:
            event = s.event_of[base(entry.event)]
            for person in {s.person_of[base(a)] for a in entry.athletes}:
                if (event, person) not in leave_out:
                    found[person, entry.medal] += 1
    return found


def disputed_members(s: Sources) -> set[tuple[str, str]]:
    """(true event, person) for each team member one source names and another's whole list lacks."""
    truth = {e.key: e for e in s.truth.events}
    whole: dict[tuple[str, int], list[set[str]]] = defaultdict(list)
    named: dict[tuple[str, int], set[str]] = defaultdict(set)
    for h in s.histories:
        for entry in h.entries:
            event = s.event_of[entry.event]
            people = {s.person_of[a] for a in entry.athletes}
            result = next(
                (
                    i
                    for i, r in enumerate(truth[event].results)
                    if r.noc == entry.noc
                    and (r.medal is entry.medal if entry.medal else r.place == entry.place)
                    and people <= set(r.members)
                ),
                None,
            )
            if result is not None:
                named[event, result] |= people
                if entry.complete and len(truth[event].results[result].members) > 1:
                    whole[event, result].append(people)
    return {
        (key[0], person)
        for key, lists in whole.items()
        for person in named[key] - lists[0].intersection(*lists[1:])
    }


def people_of(s: Sources, report: MergeResult) -> dict[str, set[str]]:
    """The true people whose ids each merged athlete holds: its own and all linked to it."""
    merged = {a.id for a in report.history.athletes}
    links: dict[str, set[str]] = defaultdict(set)
    for link in report.athletes:
        links[link.athlete].add(link.merged)

    def final(athlete: str, seen: frozenset[str] = frozenset()) -> set[str]:
        # A link may name an athlete that was itself linked on (or whose results all
        # went to others): follow it to the athletes the History holds.
        if athlete in merged:
            return {athlete}
        return {m for nxt in links.get(athlete, set()) - seen for m in final(nxt, seen | {athlete})}

    people = {m: {s.person_of[base(m)]} for m in merged}
    for link in report.athletes:
        for m in final(link.merged):
            people[m].add(s.person_of[base(link.athlete)])
    return people


@given(strategies.sources())
def test_merging_never_yields_more_medals_than_a_source_holds(s: Sources) -> None:
    """Merging never yields more medals for an (event, medal) than the most any source holds.

    Each merged event is one true event: every event of a later source aligned with
    it is that event too. And as no medal is lost where no source contradicts
    another (these sources never give a medal to another nation), the merge holds
    exactly the most any source holds.
    """
    report = noted(merge_report(*s.histories, labels=s.labels))
    for link in report.events:
        assert s.event_of[link.event] == s.event_of[base(link.merged)], link
    most: Counter[tuple[str, Medal]] = Counter()
    for h in s.histories:
        most |= medals_per_event(s, h)
    held = medals_per_event(s, report.history)
    assert held <= most, held - most
    assert held == most, most - held


@given(strategies.sources(max_sources=3))
def test_merging_says_the_same_whatever_the_order_of_the_sources(s: Sources) -> None:
    """Merging is independent of source order in what it says.

    For every order of the sources: the same medal table at each Games, the same
    number of medals in each true event, the same medals for each true person. But
    for a team member one source names and another's list, given as whole, lacks:
    there the sources disagree, and the first one's list stands, as the module says
    (nothing tells whether the whole list is short, like Kaggle's relays without
    Dæhlie, or the name is another spelling of one of its members).
    """
    leave_out = disputed_members(s)
    said = []
    for order in itertools.permutations(range(len(s.histories))):
        report = merge_report(*(s.histories[i] for i in order), labels=[s.labels[i] for i in order])
        for link in report.events:
            note(f"{order}: event {link.source} {link.event} -> {link.merged}")
        for athlete in report.athletes:
            note(f"{order}: athlete {athlete.source} {athlete.athlete} -> {athlete.merged}")
        merged = report.history
        said.append(
            (
                order,
                {g.id: medal_table(merged, g) for g in merged.games},
                medals_per_event(s, merged),
                medals_per_person(s, merged, leave_out),
            )
        )
    first = said[0]
    for other in said[1:]:
        assert other[1] == first[1], (first[0], other[0])
        assert other[2] == first[2], (first[0], other[0])
        assert other[3] == first[3], (first[0], other[0])


@given(strategies.sources())
def test_merging_a_history_with_itself_changes_nothing(s: Sources) -> None:
    """Merging a history with itself changes nothing.

    ``merge(h, h) == merge(h)`` and ``merge(merge(h)) == merge(h)``, for each source
    and for the sources merged; a source in canonical order that holds no person
    under two ids is its own merge, but for its names, written in normal case
    (``Ole DÆHLIE`` is shown as ``Ole Dæhlie``; a spelling in other case is no alias).
    """
    for h in (*s.histories, merge(*s.histories)):
        once = merge(h)
        assert merge(h, h) == once
        assert merge(once) == once
    for h in s.histories:
        if not s.two_ids(h):
            shown = tuple(attrs.evolve(a, name=display_name(a.name)) for a in h.athletes)
            assert merge(h) == attrs.evolve(h, athletes=shown)


@given(strategies.sources())
def test_merging_never_makes_two_people_one(s: Sources) -> None:
    """An entry's athletes never belong to two different people after the merge.

    Every merged athlete holds the ids of one true person (its own and every id
    linked to it), and each of its results is a result of that person. One person
    may stay under two ids where the evidence cannot link them, even in one team: a
    list of some members names one (``Bjørn DÆHLIE``) whom a whole list spells so
    that nothing ties the two (``Дэли``).
    """
    report = noted(merge_report(*s.histories, labels=s.labels))
    people = people_of(s, report)
    for athlete, found in people.items():
        assert len(found) == 1, (athlete, found)
    truth = {e.key: e for e in s.truth.events}
    for entry in report.history.entries:
        event = truth[s.event_of[base(entry.event)]]
        members = {
            p
            for r in event.results
            if r.noc == entry.noc
            and (r.medal is entry.medal if entry.medal else r.place == entry.place)
            for p in r.members
        }
        for athlete in entry.athletes:
            assert people[athlete] <= members, (entry, athlete, people[athlete], members)


def test_the_labels_sources_give_are_the_sports_registry_s() -> None:
    """Each label a generated source files a discipline under names it, or its sport."""
    for sport, discipline, labels, _, _ in (
        *strategies.WINTER_DISCIPLINES,
        *strategies.SUMMER_DISCIPLINES,
    ):
        assert (sports.sport_of(discipline), sports.discipline_of(discipline)) == (
            sport,
            discipline,
        )
        for label in labels:
            assert sports.sport_of(label) == sport
            assert sports.discipline_of(label) in (discipline, None)
