"""Aligning events, the evidence: one source's view of an event, and two views scored."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

import attrs

from olympics_records.merging._labels import (
    ANY_NATION,
    DisciplineWords,
    Label,
    discipline_match,
    genders_fit,
    label_of,
    nation_family,
    title_measures,
    title_similarity,
    weight_class,
)
from olympics_records.merging._state import DraftEntry, NameKeys
from olympics_records.model import (
    Entry,
    Event,
    Gender,
    Medal,
)

__all__ = [
    "EventView",
    "Partners",
    "best_title",
    "event_view",
    "genders_meet",
    "match_evidence",
    "medals_agree",
    "nations_won",
    "rank_weight_classes",
    "same_names",
    "same_weight_class",
    "score_events",
]


@attrs.define
class EventView:
    """One source's view of an event being aligned: its signature and name keys.

    ``medals``: the medals by nation's lineage; ``per_medal`` and ``total``: how
    many medals of each kind and in all; ``podium``:
    for each kind of medal, how many, how many for each nation, and how many for
    mixed teams (the same counts, arranged for :func:`medals_agree`). ``labels``: the
    (discipline, title, gender) of the event and of every event aligned with it; the
    first is ``discipline``, ``title`` and the event's gender. ``weight``: for a
    weight class, its title's other words, its rank among its Games' classes of those
    words, and how many they are (see :func:`rank_weight_classes`).
    """

    id: str
    event: Event
    entries: list[Entry] | list[DraftEntry]
    medals: Counter[tuple[Medal, str]]
    names: dict[tuple[Medal, str, bool], set[str]]
    discipline: DisciplineWords
    title: frozenset[str]
    per_medal: dict[Medal, int]
    podium: dict[Medal, tuple[int, dict[str, int], int]]
    total: int
    labels: tuple[Label, ...]
    weight: tuple[frozenset[str], int, int] | None = None


def event_view(
    event_id: str,
    event: Event,
    entries: list[Entry] | list[DraftEntry],
    keys_of: NameKeys | dict[str, set[str]],
    aligned: Sequence[Label] = (),
) -> EventView:
    """One side's view of an event: its medals by nation and the athletes' name keys.

    ``aligned``: the labels of the events of other sources already aligned with it
    (a merged event's), which are its too.
    """
    medals: Counter[tuple[Medal, str]] = Counter()
    names: dict[tuple[Medal, str, bool], set[str]] = defaultdict(set)
    podium: dict[Medal, tuple[int, dict[str, int], int]] = {}
    total = 0
    for entry in entries:
        medal = entry.medal
        if medal is None:
            continue
        nation = nation_family(entry.noc)
        key = (medal, nation)
        medals[key] = medals.get(key, 0) + 1
        total += 1
        count, nations, mixed = podium.get(medal) or (0, {}, 0)
        if nation == ANY_NATION:
            mixed += 1
        else:
            nations[nation] = nations.get(nation, 0) + 1
        podium[medal] = (count + 1, nations, mixed)
        if entry.athletes:
            # A name is evidence only between entries of one shape: a relay's member
            # who also won an individual race does not make the race the relay. (A
            # team is several athletes, or some of them: an entry not complete.)
            shaped = names[(medal, nation, len(entry.athletes) > 1 or not entry.complete)]
            for athlete in entry.athletes:
                shaped |= keys_of.get(athlete, set())
    label = label_of(event)
    labels = (label, *dict.fromkeys(x for x in aligned if x != label)) if aligned else (label,)
    return EventView(
        id=event_id,
        event=event,
        entries=entries,
        medals=medals,
        names=names,
        discipline=label[0],
        title=label[1],
        per_medal={medal: count for medal, (count, _, _) in podium.items()},
        podium=podium,
        total=total,
        labels=labels,
    )


def rank_weight_classes(views: Sequence[EventView]) -> None:
    """Rank the weight classes of one side's events of one Games (set ``weight``).

    One source names a class by its limit (``94kg``), another by its name
    (``Middle-Heavyweight``), and the limit of a name changed over the years. What
    both tell is the order: the classes of one discipline, gender and other words
    (``free``, ``greco roman``) are ranked by limit where all have one (the name
    breaks a tie), else by name. Classes two of which rank alike are not ranked.
    """
    groups: dict[
        tuple[DisciplineWords, Gender, frozenset[str]],
        list[tuple[EventView, float | None, int | None]],
    ] = defaultdict(list)
    for view in views:
        found = weight_class(view.title)
        if found is not None:
            rest, limit, order = found
            groups[(view.discipline, view.event.gender, rest)].append((view, limit, order))
    for (_, _, rest), members in groups.items():
        keys: list[tuple[float, int]]
        if all(limit is not None for _, limit, _ in members):
            keys = [(limit or 0.0, -1 if order is None else order) for _, limit, order in members]
        elif all(order is not None for _, _, order in members):
            keys = [(float(order or 0), 0) for _, _, order in members]
        else:
            continue
        if len(members) < 2 or len(set(keys)) < len(keys):
            continue
        ranked = sorted(range(len(members)), key=keys.__getitem__)
        for rank, position in enumerate(ranked):
            members[position][0].weight = (rest, rank, len(members))


def same_weight_class(s: EventView, r: EventView) -> bool | None:
    """Whether two views are the same weight class; ``None`` where that is not known.

    Known where both are ranked among as many classes with like other words (see
    :func:`rank_weight_classes`): then the same rank is the same class, another rank
    another class, whatever their titles say.
    """
    a, b = s.weight, r.weight
    if a is None or b is None or a[2] != b[2] or title_similarity(a[0], b[0]) < 0.5:
        return None
    return a[1] == b[1]


def nations_won(view: EventView) -> Counter[str]:
    """The medals of a view by nation's lineage."""
    nations: Counter[str] = Counter()
    for (_, nation), n in view.medals.items():
        nations[nation] += n
    return nations


class Partners:
    """Where to look for the events of one side that another event may be one with.

    :func:`score_events` scores no two events unless a medal agrees (the same medal
    for one nation, or a mixed team's on either side for a medal both give) or their
    titles are half the same (which takes a word in common, or no word on either
    side), or they are the same weight class: the views of one discipline whose
    gender fits ``gender`` indexed by those, so that only such pairs are scored.
    Views are found by their position in ``views``.
    """

    def __init__(self, views: list[EventView], gender: Gender) -> None:
        self.views = views
        self._by_nation: dict[tuple[Medal, str], list[int]] = defaultdict(list)
        self._with_medal: dict[Medal, list[int]] = defaultdict(list)
        self._mixed: dict[Medal, list[int]] = defaultdict(list)
        self._by_word: dict[str, list[int]] = defaultdict(list)
        self._by_rank: dict[tuple[int, int], list[int]] = defaultdict(list)
        self._untitled: list[int] = []
        for position, view in enumerate(views):
            if not (
                genders_fit(view.event.gender, gender)
                or any(genders_fit(label[2], gender) for label in view.labels[1:])
            ):
                continue
            for key in view.medals:
                self._by_nation[key].append(position)
            for medal in view.per_medal:
                self._with_medal[medal].append(position)
            for medal, (_, _, mixed) in view.podium.items():
                if mixed:
                    self._mixed[medal].append(position)
            words = view.title
            if len(view.labels) > 1:
                words = words.union(*(label[1] for label in view.labels[1:]))
            for word in words:
                self._by_word[word].append(position)
            if not all(label[1] for label in view.labels):
                self._untitled.append(position)
            if view.weight is not None:
                self._by_rank[view.weight[1:]].append(position)

    def by_medals(self, other: EventView) -> set[int]:
        """The views a medal of ``other`` may agree with."""
        found: set[int] = set()
        for key in other.medals:
            if key[1] == ANY_NATION:
                found.update(self._with_medal.get(key[0], ()))
            else:
                found.update(self._by_nation.get(key, ()))
        for medal in other.per_medal:
            found.update(self._mixed.get(medal, ()))
        return found

    def by_title(self, other: EventView) -> set[int]:
        """The views whose title may be half the same as that of ``other``.

        A weight class's title is that of the class of its rank (see
        :func:`same_weight_class`), whatever its words.
        """
        found: set[int] = set()
        if other.weight is not None:
            found.update(self._by_rank.get(other.weight[1:], ()))
        if not other.title:
            return found.union(self._untitled)
        for word in other.title:
            found.update(self._by_word.get(word, ()))
        return found


def medals_agree(s: EventView, r: EventView) -> tuple[int, int, int]:
    """How many medals of two views agree and disagree, of the kinds both give.

    A medal agrees for the same nation's lineage; a mixed team on either side can be
    any nation on the other. Returns the medals that agree, those that disagree, and
    of these the ones that clash: a medal both sides give, each to another nation
    (not one that only one side gives more of, as an event holding two events' medals).
    """
    agree = contra = clash = 0
    podium_r = r.podium
    for medal, (mine, nations_s, mixed_s) in s.podium.items():
        found = podium_r.get(medal)
        if found is None:
            # A medal one source lacks is missing, not contradicted (partial podiums).
            continue
        theirs, nations_r, mixed_r = found
        same = 0
        for nation, n in nations_s.items():
            other = nations_r.get(nation)
            if other:
                same += min(n, other)
        wild = mixed_s + mixed_r
        if wild:
            same += min(mine - same, theirs - same, wild)
        agree += same
        contra += max(mine, theirs) - same
        clash += min(mine, theirs) - same
    return agree, contra, clash


def same_names(s: EventView, r: EventView) -> int:
    """For how many medals (of one nation, of one shape) the two name an athlete alike."""
    return sum(
        1 for key in s.names.keys() & r.names.keys() if not s.names[key].isdisjoint(r.names[key])
    )


def score_events(s: EventView, r: EventView, *, fit: bool = True) -> tuple[float, ...] | None:
    """How well two events match, or ``None`` if they cannot be one event.

    Two events of one sport filed under disciplines that do not fit (``Canoe
    Marathon`` and ``Canoe Sprint``) are one only on stronger evidence: most of their
    medals agree, and their titles name no different distance, boat or weight. Two
    weight classes ranked among as many are one if they rank alike, and never
    otherwise (see :func:`same_weight_class`).
    """
    agree, contra, clash = medals_agree(s, r)
    if not fit and (agree < 2 or agree <= contra):
        return None
    klass = same_weight_class(s, r)
    if klass is False:
        return None
    names = same_names(s, r)
    title = 1.0 if klass else best_title(s, r)
    total_s, total_r = s.total, r.total
    if not fit:
        measures_s = title_measures(s.title).union(
            *(title_measures(label[1]) for label in s.labels[1:])
        )
        measures_r = title_measures(r.title)
        if measures_s and measures_r and not measures_s & measures_r:
            return None
    if agree:
        if not names and (title < 0.5 if agree <= contra else title == 0 and clash):
            # Medals agree by chance between events whose titles share no word (a
            # shot put and a hammer throw won by the same nations).
            return None
    elif not total_s or not total_r:
        if title < 1.0:
            return None
    elif not klass:
        # Medals reallocated after doping cases shift a podium: no medal agrees, but
        # the nations on it do, and so does the title. (A podium redrawn whole shares
        # no nation: a weight class is known by its rank.)
        shared = sum((nations_won(s) & nations_won(r)).values())
        if title < 0.5 or 2 * shared < min(total_s, total_r):
            return None
    if len(s.labels) == 1 == len(r.labels):  # (most views: one source's)
        gender = float(s.event.gender is r.event.gender)
        discipline = discipline_match(s.discipline, r.discipline)
    else:  # the best any of the events' labels gives (see EventView.labels)
        gender = max(float(a[2] is b[2]) for a in s.labels for b in r.labels)
        discipline = max(discipline_match(a[0], b[0]) for a in s.labels for b in r.labels)
    return (float(agree - contra + names), gender, discipline, title, float(agree))


def genders_meet(s: EventView, r: EventView) -> bool:
    """Whether the genders of two views can be one event's, by any of their labels."""
    if len(s.labels) == 1 == len(r.labels):
        return genders_fit(s.event.gender, r.event.gender)
    return any(genders_fit(a[2], b[2]) for a in s.labels for b in r.labels)


def best_title(s: EventView, r: EventView) -> float:
    """How alike the titles of two views are: the most alike of their labels'."""
    if len(s.labels) == 1 == len(r.labels):
        return title_similarity(s.title, r.title)
    return max(title_similarity(a[1], b[1]) for a in s.labels for b in r.labels)


def match_evidence(s: EventView, r: EventView) -> str:
    """Why two events scored (see :func:`score_events`) are one, in words."""
    agree, contra, _ = medals_agree(s, r)
    names = same_names(s, r)
    evidence = f"{agree} of {max(s.total, r.total)} medals agree"
    if contra:
        evidence += f", {contra} disagree"
    if names:
        evidence += f", {names} with the same athletes' names"
    if same_weight_class(s, r):
        evidence += ", the same weight class"
    return evidence + f"; titles {s.event.name!r} / {r.event.name!r}"
