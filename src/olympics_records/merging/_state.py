"""The merge so far: draft events, entries and athletes, the links and the conflicts.

The steps of the merge (``_games``, ``_events``, ``_athletes``, ``_entries`` …) are
functions that take a :class:`MergeState` first and change it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

import attrs

from olympics_records._engine.construct import unchecked_entry
from olympics_records.errors import Issue
from olympics_records.merging._labels import (
    DisciplineWords,
    Label,
    discipline_of_event,
    nation_family,
)
from olympics_records.merging._names import best_name
from olympics_records.merging._result import SOURCE, AthleteLink, EventLink
from olympics_records.merging._traces import Context, Trace
from olympics_records.model import (
    Correction,
    Coverage,
    Entry,
    Event,
    EventKind,
    Games,
    Medal,
    Noc,
)
from olympics_records.names import name_key

__all__ = [
    "DraftAthlete",
    "DraftEntry",
    "DraftEvent",
    "MergeState",
    "NameKeys",
    "RejectedMembers",
    "entry_order",
    "issue_order",
    "medal_name",
]


_MEDAL_ORDER = {Medal.GOLD: 0, Medal.SILVER: 1, Medal.BRONZE: 2, None: 3}


def entry_order(entry: Entry) -> tuple[object, ...]:
    """The canonical order of entries: by event, medal, place, NOC and athletes."""
    return (
        entry.event,
        _MEDAL_ORDER[entry.medal],
        entry.place is None,
        entry.place or 0,
        entry.noc,
        entry.athletes,
        entry.complete,
    )


def issue_order(issue: Issue) -> tuple[object, ...]:
    """The canonical order of issues."""
    return (
        issue.source,
        issue.row is not None,
        issue.row or 0,
        issue.field or "",
        issue.value or "",
        issue.message,
    )


def medal_name(medal: Medal | None) -> str:
    """A medal in words, or ``result`` for an entry without one."""
    return medal.value if medal is not None else "result"


@attrs.define
class DraftEntry:
    """A merged entry being built; ``sources``: the histories that give it."""

    noc: str
    athletes: list[str]
    place: int | None
    medal: Medal | None
    complete: bool
    sources: set[int]

    def frozen(self, event: str) -> Entry:
        # Every field comes from a checked Entry of an input: no need to check again.
        return unchecked_entry(
            event, self.noc, tuple(self.athletes), self.place, self.medal, self.complete
        )


@attrs.define
class DraftEvent:
    """A merged event being built, its entries and the histories that give it.

    ``aligned``: the labels (discipline, title, gender) of the events of later
    histories aligned with it. They are its too when another event is scored against
    it: which history gave it first must not decide what it is called.
    """

    event: Event
    entries: list[DraftEntry]
    sources: set[int]
    aligned: list[Label] = attrs.Factory(list)


@attrs.define
class RejectedMembers:
    """Members a history gave a merged team that lists its whole team without them.

    Kept to be matched again once more athletes are linked: one member left on each
    side is then the same person (see :func:`settle_rejected`).
    """

    entry: DraftEntry
    event: str
    members: list[str]
    complete: bool
    k: int
    others: set[int]


class DraftAthlete:
    """An athlete being merged; name keys are computed only when asked for.

    ``names``: the display names the histories give it, with the history; ``aliases``:
    other spellings, never shown unless no name is left. ``ids``: the ids of its own
    (not made from a name) each source gives it, as (history, id): two of one source
    are two people, as that source says.
    """

    __slots__ = ("_keys", "aliases", "ids", "names", "sex")

    def __init__(
        self,
        names: list[tuple[str, int]],
        sex: str | None,
        ids: set[tuple[int, str]],
        aliases: set[str],
    ) -> None:
        self.names = names
        self.sex = sex
        self.ids = ids
        self.aliases = aliases
        self._keys: set[str] | None = None

    @property
    def keys(self) -> set[str]:
        if self._keys is None:
            self._keys = {name_key(name) for name, _ in self.names}
            self._keys.update(name_key(alias) for alias in self.aliases)
        return self._keys

    def add(self, name: str, k: int) -> None:
        self.names.append((name, k))
        if self._keys is not None:
            self._keys.add(name_key(name))

    def reset(self) -> None:
        """Forget the name keys, after names were added in bulk."""
        self._keys = None


class NameKeys:
    """The name keys of the merged athletes, as a read-only mapping computed lazily."""

    __slots__ = ("_athletes",)

    def __init__(self, athletes: dict[str, DraftAthlete]) -> None:
        self._athletes = athletes

    def get(self, athlete: str, default: set[str] | tuple[()] = ()) -> set[str]:
        known = self._athletes.get(athlete)
        return set(default) if known is None else known.keys


class MergeState:
    """The merge so far, and the history being absorbed into it.

    ``games``, ``nocs``, ``events`` and ``athletes`` are the merged values (events and
    athletes as drafts, keyed by merged id); ``event_links``, ``athlete_links`` and
    ``conflicts`` are what :func:`merge_report` reports. The ``incoming_*`` fields
    describe the history being absorbed (its position: ``absorbing``) and are reset
    for each history.
    """

    def __init__(self, labels: list[str]) -> None:
        self.labels = labels
        self.games: dict[str, Games] = {}
        self.nocs: dict[str, Noc] = {}
        self.events: dict[str, DraftEvent] = {}
        self.events_of_games: dict[str, list[str]] = defaultdict(list)
        self.athletes: dict[str, DraftAthlete] = {}
        self.corrections: set[Correction] = set()
        self.coverage: dict[str, list[Coverage]] = defaultdict(list)
        self.issues: set[Issue] = set()
        self.conflicts: list[Issue] = []
        self.event_links: list[EventLink] = []
        self.athlete_links: list[AthleteLink] = []
        # Merged athletes found to be another: their id, and the id kept.
        self.united_into: dict[str, str] = {}
        # Where each id united into a merged athlete competed, as it was when united.
        self.member_traces: dict[str, list[Trace]] = {}
        # Where each merged athlete competed: {event: context}.
        self.where: dict[str, dict[str, Context]] = defaultdict(dict)
        # United athletes whose entries still name them.
        self.united_away: list[str] = []
        # Athletes an input holds that none of its entries names: kept as they are.
        self.unnamed: set[str] = set()
        # Athletes some of whose results went to others: {athlete: {other: results}}.
        self.went: dict[str, Counter[str]] = defaultdict(Counter)
        # Team members not added to a complete team, to match again (see RejectedMembers).
        self.rejected: list[RejectedMembers] = []
        # The events of the history being absorbed, and their (discipline, year).
        self.incoming_events: dict[str, Event] = {}
        self.incoming_contexts: dict[str, tuple[DisciplineWords, int]] = {}
        # An event of the history being absorbed that holds two merged events' medals
        # is merged in two parts (see split_fold): the second part's key in entries_of
        # and matches, and each part's kind (the whole's told of both).
        self.split_parts: list[str] = []
        self.part_kinds: dict[str, EventKind] = {}
        # The position of the history being absorbed, and its athletes' names.
        self.absorbing = 0
        self.incoming_names: dict[str, str] = {}

    def conflict(self, field: str, value: str, message: str) -> None:
        """Report a disagreement between the sources (an issue of source ``"merge"``)."""
        self.conflicts.append(
            Issue(source=SOURCE, row=None, field=field, value=value, message=message)
        )

    def who(self, sources: Iterable[int]) -> str:
        """The labels of the histories at ``sources``, in words."""
        return " and ".join(self.labels[i] for i in sorted(sources))

    def find(self, athlete: str) -> str:
        """The merged id an athlete's id is now, after the unions since it was given."""
        while athlete in self.united_into:
            athlete = self.united_into[athlete]
        return athlete

    def counts_now(self, counts: Mapping[str, int]) -> dict[str, int]:
        """``counts`` by merged athlete, by the ids they are now (see :meth:`find`)."""
        now: dict[str, int] = {}  # (a plain dict: a Counter's __init__ runs in Python)
        for athlete, n in counts.items():
            kept = self.find(athlete)
            now[kept] = now.get(kept, 0) + n
        return now

    def display(self, athlete: str) -> str:
        """The name a merged athlete is shown by (see :func:`best_name`)."""
        return best_name(self.athletes[athlete].names)

    def link_event(self, k: int, event: str, merged: str, evidence: str) -> None:
        """Report that history ``k``'s ``event`` was merged into ``merged``, and why."""
        self.event_links.append(
            EventLink(source=self.labels[k], event=event, merged=merged, evidence=evidence)
        )

    def index_event(self, event_id: str, before: set[str]) -> None:
        """Note where the athletes of a merged event competed.

        ``before``: the event's athletes before it changed.
        """
        merged = self.events[event_id]
        event = merged.event
        discipline = discipline_of_event(event)
        year = self.games[event.games].year
        now: set[str] = set()
        for entry in merged.entries:
            if entry.athletes:
                context = (nation_family(entry.noc), discipline, year)
                for a in entry.athletes:
                    self.where[a][event_id] = context
                    now.add(a)
        for a in before - now:
            self.where[a].pop(event_id, None)

    def context_of(self, event_id: str, noc: str) -> Context:
        """The context of a result of the history being absorbed."""
        where = self.incoming_contexts.get(event_id)
        if where is None:
            event = self.incoming_events[event_id]
            discipline = discipline_of_event(event)
            where = self.incoming_contexts[event_id] = (discipline, self.games[event.games].year)
        return nation_family(noc), *where
