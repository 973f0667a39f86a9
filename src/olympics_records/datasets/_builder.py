"""Building a History from a reader's rows: ids and slugs, drafts, and the checks.

:class:`HistoryBuilder` collects drafts of Games, events, entries, athletes and NOCs
and checks, before the :class:`~olympics_records.History` is built, the invariants the
History would otherwise refuse (no athlete twice in one event, places consistent with
medals); entries that break them are reported row by row instead of stopping the load.
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
import re
from collections.abc import Callable
from typing import Any

import attrs

from olympics_records import nocs
from olympics_records._engine.construct import unchecked_athlete, unchecked_entry, unchecked_event
from olympics_records._engine.index import checked_history
from olympics_records._engine.places import SHARED, TIE, Clash, Podium
from olympics_records.datasets._csv import IssueCollector, RowRef
from olympics_records.datasets._kinds import event_kind, title_kind
from olympics_records.editions import edition
from olympics_records.errors import Issue
from olympics_records.history import History
from olympics_records.model import (
    NOC_CODE,
    Athlete,
    Coverage,
    Entry,
    Event,
    EventKind,
    Games,
    Gender,
    Medal,
    Noc,
    Season,
)
from olympics_records.names import name_key, repair_mojibake, slug

__all__ = [
    "EntryDraft",
    "EventDraft",
    "HistoryBuilder",
    "Solo",
    "athlete_key_id",
    "is_noc_code",
    "is_unofficial_event",
    "known_games",
    "name_slug",
    "title_slug",
    "trimmed",
]

_ATHLETES_OF = operator.attrgetter("athletes")
_ID_OF = operator.attrgetter("id")
_NOC_OF = operator.attrgetter("noc")
_SEXES = (None, "M", "F")
"""The values ``Athlete.sex`` allows."""

# A "+" or "-" glued to a number at the start of a word is part of a weight class
# ("+75kg" and "75kg" are different events), not a separator.
_PLUS = re.compile(r"(?:^\+\s*|(?<=[\s(])\+)(?=\d)")
_MINUS = re.compile(r"(?:^-\s*|(?<=[\s(])-)(?=\d)")

_UNOFFICIAL_WORDS = re.compile(r"\bart competitions?\b")
# Matched against lower-cased text: half the time of IGNORECASE.


_SLUGS: dict[str, str] = {}


def title_slug(title: str) -> str:
    """The id part of an event title: spelling variants meet, weight classes stay apart.

    Curly and straight apostrophes, doubled spaces and a lost ``+`` give one slug;
    ``+75kg`` and ``-75kg`` give different ones.

    Example:
        >>> title_slug("Men’s  15km+15km Skiathlon") == title_slug("Men's 15km + 15km Skiathlon")
        True
        >>> title_slug("+75kg women"), title_slug("75kg women"), title_slug("Men -80kg")
        ('plus-75kg-women', '75kg-women', 'men-minus-80kg')
    """
    found = _SLUGS.get(title)
    if found is None:
        text = title.strip()
        # The substitutions only where they can apply: most titles have neither sign.
        if "+" in text:
            text = _PLUS.sub(" plus ", text)
        if "-" in text:
            text = _MINUS.sub(" minus ", text)
        found = _SLUGS[title] = slug(text) or "event"
    return found


_NAME_SLUGS: dict[str, str] = {}


def name_slug(text: str) -> str:
    """:func:`olympics_records.names.slug`, remembered (readers ask for a few names often).

    Example:
        >>> name_slug("Cross Country  Skiing")
        'cross-country-skiing'
    """
    found = _NAME_SLUGS.get(text)
    if found is None:
        found = _NAME_SLUGS[text] = slug(text) or "unnamed"
    return found


def is_unofficial_event(year: int, *names: str) -> bool:
    """Whether an event is outside official records: art competitions and 1906.

    Example:
        >>> is_unofficial_event(1928, "Art Competitions", "Painting")
        True
        >>> is_unofficial_event(1906, "Athletics", "100m"), is_unofficial_event(1908, "Rowing")
        (True, False)
    """
    return year == 1906 or any(_UNOFFICIAL_WORDS.search(name.lower()) for name in names)


def athlete_key_id(name: str, noc: str) -> str | None:
    """An athlete id for a source without ids: the name key, scoped by NOC.

    ``SURNAME Given``, ``Given SURNAME`` and spellings with or without Nordic letters
    meet; the same name in two NOCs stays two athletes.

    Example:
        >>> athlete_key_id("KLAEBO Johannes Hoesflot", "NOR")
        'NOR:hosflot-johannes-klabo'
        >>> athlete_key_id("Johannes Høsflot Klæbo", "NOR")
        'NOR:hosflot-johannes-klabo'
    """
    key = name_key(name)
    return f"{noc}:{key.replace(' ', '-')}" if key else None


def trimmed(text: str) -> str:
    r"""``text`` without the white space at its ends, as written: not yet repaired.

    A no-break space right after the last letter is kept where it ends the bytes of a
    mangled letter (``Š`` is ``Å\u00a0``, ``à`` is ``Ã\u00a0``): it is a byte, not white
    space. Stripping it would lose the letter, so every reader trims a name this way
    before the name is repaired.

    Example:
        >>> trimmed("  Milan TOMAÅ\u00a0 "), trimmed("AndrÃ¡s\u00a0 "), trimmed(" Klæbo\t")
        ('Milan TOMAÅ\xa0', 'AndrÃ¡s', 'Klæbo')
        >>> repair_mojibake(trimmed("  Milan TOMAÅ\u00a0 "))
        'Milan TOMAŠ'
    """
    stripped = text.strip()
    if text.isascii() or len(stripped) == len(text):
        return stripped
    rest = text.rstrip()
    if text[len(rest) : len(rest) + 1] == "\u00a0" and _ends_in_a_lead(rest):
        return stripped + "\u00a0"
    return stripped


def _ends_in_a_lead(text: str) -> bool:
    """Whether ``text`` ends in a letter's first bytes (as cp1252) that A0 would end.

    A0 reads as a no-break space in cp1252: ``Å`` (C5) and A0 are ``Š``.
    """
    for size in (1, 2, 3):  # a letter of two to four bytes
        try:
            (text[-size:] + "\u00a0").encode("cp1252").decode("utf-8")
        except UnicodeError:  # (A0 begins no letter: the slice must hold its lead)
            continue
        return True
    return False


_CODES: set[str] = set()


def is_noc_code(code: str) -> bool:
    """Whether ``code`` is shaped like a NOC code, as :class:`~olympics_records.Noc` takes it.

    Three capital letters, or a capital and two capitals or digits: Olympedia's
    ``RU1`` (the Russian Empire) is a code the NOC registry knows.

    Example:
        >>> is_noc_code("NOR"), is_noc_code("RU1"), is_noc_code("nor"), is_noc_code("1RU")
        (True, True, False, False)
    """
    if code in _CODES:
        return True
    if NOC_CODE.match(code):
        _CODES.add(code)
        return True
    return False


class EventDraft:
    """An event while its rows are being read.

    Its kind is not a field: it is decided by
    :func:`~olympics_records.datasets._kinds.event_kind` from what the rows show
    (``team_rows``, ``most_members``) and the event's ``title``.

    Drafts are private working values, never compared or shown: plain slotted
    classes, which cost no import time to build, unlike attrs classes.
    """

    __slots__ = (
        "date",
        "discipline",
        "games",
        "gender",
        "id",
        "most_members",
        "name",
        "official",
        "sport",
        "team_rows",
        "title",
    )

    def __init__(  # noqa: PLR0917 - the fields of an Event
        self,
        id: str,
        games: str,
        sport: str,
        discipline: str,
        name: str,
        gender: Gender,
        official: bool,
        date: dt.date | None = None,
        *,
        title: str | None = None,
        team_rows: bool = False,
    ) -> None:
        self.id = id
        self.games = games
        self.sport = sport
        self.discipline = discipline
        self.name = name
        self.gender = gender
        self.official = official
        self.date = date
        """The day the medals were decided, where the source says (most do not)."""
        self.title = name if title is None else title
        """The event's own title, without the sport: the name, unless a source writes
        the sport into it (Kaggle's ``Synchronized Swimming Women's Solo``)."""
        self.team_rows = team_rows
        """Whether the source marks a result of the event as a team's."""
        self.most_members = 0
        """The most athletes one entry lists, where more than one (set by the builder)."""

    @property
    def kind(self) -> EventKind:
        """Team or individual, from the rows read so far and the title."""
        return event_kind(self.title, most_members=self.most_members, team_rows=self.team_rows)

    def build(self) -> Event:
        """The finished :class:`Event`."""
        kind = self.kind
        if (
            type(self.id) is type(self.games) is type(self.sport) is str
            and type(self.discipline) is type(self.name) is str
            and type(self.gender) is Gender
            and type(self.official) is bool
            and self.date is None  # a date has a range to check: Event checks it
            and self.id.strip()
            and self.games.strip()
            and self.sport.strip()
            and self.discipline.strip()
            and self.name.strip()
        ):
            # Every field Event checks is checked above, at a fraction of the cost.
            return unchecked_event(
                self.id,
                self.games,
                self.sport,
                self.discipline,
                self.name,
                self.gender,
                kind,
                None,
                self.official,
            )
        return Event(
            id=self.id,
            games=self.games,
            sport=self.sport,
            discipline=self.discipline,
            name=self.name,
            gender=self.gender,
            kind=kind,
            date=self.date,
            official=self.official,
        )


class EntryDraft:
    """An entry while its rows are being read (a plain slotted class, as EventDraft).

    ``member_rows`` maps members that came from a row of their own (one row per
    athlete); ``rows`` are the rows that stand for the entry as a whole.
    """

    __slots__ = (
        "complete",
        "dropped",
        "event",
        "medal",
        "member_rows",
        "members",
        "noc",
        "place",
        "rows",
    )

    def __init__(  # noqa: PLR0917 - positional: readers make one per row
        self,
        event: str,
        noc: str,
        place: int | None,
        medal: Medal | None,
        complete: bool = True,
        members: list[str] | None = None,
        member_rows: dict[str, RowRef] | None = None,
        rows: list[RowRef] | None = None,
    ) -> None:
        self.event = event
        self.noc = noc
        self.place = place
        self.medal = medal
        self.complete = complete
        self.members: list[str] = [] if members is None else members
        self.member_rows: dict[str, RowRef] = {} if member_rows is None else member_rows
        self.rows: list[RowRef] = [] if rows is None else rows
        self.dropped = False

    def add_member(self, athlete: str, ref: RowRef | None) -> bool:
        """Add a member; ``False`` if already listed."""
        if athlete in self.members:
            return False
        self.members.append(athlete)
        if ref is not None:
            self.member_rows[athlete] = ref
        return True

    def all_rows(self) -> list[RowRef]:
        """Every row this entry was made from."""
        return [*self.member_rows.values(), *self.rows]


Solo = tuple[Entry, RowRef]
"""An entry of one athlete, finished when its row was read, and that row."""


def _made(
    drafts: dict[str, tuple[str, str | None]],
    wanted: set[str],
    display: Callable[[str], str] | None,
) -> dict[str, Athlete]:
    """The athletes ``wanted``, each made once from its draft, under its display name.

    A spelling as written that differs from the display name beyond case is kept as
    the athlete's alias. The drafts' fields were checked when they were registered.
    """
    made: dict[str, Athlete] = {}
    for key, (written, sex) in drafts.items():
        if key not in wanted:
            continue
        name = written if display is None else display(written)
        if name == written or name.casefold() == written.casefold():
            made[key] = unchecked_athlete(key, name, sex, ())
        else:
            made[key] = unchecked_athlete(key, name, sex, (written,))
    return made


class HistoryBuilder:
    """Drafts of a History, checked and reported before it is built."""

    def __init__(self, issues: IssueCollector, *, source: str | None = None) -> None:
        self.issues = issues
        self.source = source
        """The file that notes about the whole History go to (``None``: no such notes)."""
        self.games: dict[str, Games] = {}
        self.events: dict[str, EventDraft] = {}
        self.entries: list[EntryDraft | Solo] = []
        """The entries in the order they were made: drafts, and solos (see solo)."""
        self.athletes: dict[str, tuple[str, str | None]] = {}
        """Each athlete's name as written and sex, by id: made into an Athlete once,
        under its display name, when the History is built."""
        self.nocs: dict[str, Noc] = {}
        self.coverage: dict[str, Coverage] = {}
        self.display: Callable[[str], str] | None = None
        """How the source's names are shown (``None``: as written); a spelling that
        differs beyond case is kept as the athlete's alias."""
        self.repaired: dict[str, str] = {}
        """Text read as mojibake and what it was (see :meth:`spelled`), for a note."""

    def athlete(self, athlete_id: str, name: str, sex: str | None = None) -> str:
        """Register an athlete and return the id.

        Of the spellings seen, the first in sort order is kept, so the display name
        does not depend on the order of the rows; without any, the id stands in.
        """
        name = trimmed(name)
        if not name.isascii():
            name = self.spelled(name)
        known = self.athletes.get(athlete_id)
        if known is None:
            if not (type(athlete_id) is str and athlete_id.strip() and sex in _SEXES):
                # The fields Athlete checks, tested here at once: it says what is wrong.
                Athlete(id=athlete_id, name=name or athlete_id, sex=sex)
            self.athletes[athlete_id] = (name or athlete_id, sex)
        elif name and (name < known[0] or known[0] == athlete_id):
            sex = known[1] or sex
            if sex not in _SEXES:  # (the id was checked when it was first registered)
                Athlete(id=athlete_id, name=name, sex=sex)
            self.athletes[athlete_id] = (name, sex)
        return athlete_id

    def spelled(self, text: str) -> str:
        """``text`` with the source's mojibake undone (see ``names.repair_mojibake``).

        A reader that makes ids from names calls it before it does; each text
        repaired is noted when the History is built.
        """
        fixed = repair_mojibake(text)
        if fixed != text:
            self.repaired[text] = fixed
        return fixed

    def noc(self, code: str, name: str) -> None:
        """Register a NOC code; its name comes from the NOC registry when it knows it.

        Otherwise the first in sort order of the names seen is kept (as for athletes).
        """
        known = self.nocs.get(code)
        if known is None:
            self.nocs[code] = Noc(code=code, name=_noc_name(code, name))
        elif (
            name.strip()
            and not nocs.is_known(code)
            and (name.strip() < known.name or known.name == code)
        ):
            self.nocs[code] = Noc(code=code, name=name.strip())

    def entry(self, draft: EntryDraft) -> EntryDraft:
        """Add an entry draft (it may still gain members)."""
        self.entries.append(draft)
        return draft

    def solo(self, event: str, noc: str, medal: Medal | None, athlete: str, ref: RowRef) -> None:
        """Add the entry of one athlete with ``medal`` (at its place) or none, from row ``ref``.

        The entry is finished at once, as nothing can be added to it: a draft would
        cost three objects more per row, and most rows of the olympics.com medals and
        of Kaggle's file are such rows. It is checked with the drafts, in order, when
        the History is built. ``event`` and ``noc`` are the reader's, checked by it.
        """
        place = None if medal is None else medal.place
        self.entries.append((unchecked_entry(event, noc, (athlete,), place, medal, True), ref))

    def build(self) -> History:
        """Check the drafts, report what breaks the History's rules, and build it."""
        entries, per_event = self._check()
        # Only what the entries refer to goes into the History.
        games = {self.events[e].games for e in per_event}
        events = {e: draft.build() for e, draft in self.events.items() if e in per_event}
        self._note_overruled_titles(events)
        self._note_repaired()
        wanted = set(itertools.chain.from_iterable(map(_ATHLETES_OF, entries)))
        athletes = _made(self.athletes, wanted, self.display)
        nocs = set(map(_NOC_OF, entries))
        # Whether every team medal lists its members is read off the entries.
        short = {self.events[e.event].games for e in entries if e.medal and not e.complete}
        for key, coverage in self.coverage.items():
            if key in short and coverage.team_members:
                self.coverage[key] = attrs.evolve(coverage, team_members=False)
        values: dict[str, Any] = {
            "games": tuple(
                g for g in sorted(self.games.values(), key=_games_order) if g.id in games
            ),
            "events": tuple(events.values()),
            "entries": entries,
            "athletes": tuple(athletes.values()),
            "nocs": tuple(n for code, n in sorted(self.nocs.items()) if code in nocs),
            "issues": tuple(self.issues.issues),
            "coverage": tuple(c for key, c in sorted(self.coverage.items()) if key in games),
        }
        if (
            len(events) == len(per_event)
            and len(athletes) == len(wanted)
            and self._checked(values, events=events, athletes=athletes, games=games, nocs=nocs)
        ):
            # _check has kept the rules of each event's results and every reference
            # resolves: the History need not check them again.
            return checked_history(
                **values, per_event=per_event, events_by_id=events, athletes_by_id=athletes
            )
        return History(**values)

    def _note_repaired(self) -> None:
        """Note the names read back from mojibake: the source's text was changed."""
        if self.repaired and self.source is not None:
            shown = sorted(self.repaired.items())
            self.issues.note(
                self.source,
                f"{len(shown)} names were UTF-8 read as cp1252 (mojibake) and are read "
                "back: " + "; ".join(f"{was!r} as {now!r}" for was, now in shown[:10]),
                field="name",
                value=shown[0][0],
            )

    def _note_overruled_titles(self, events: dict[str, Event]) -> None:
        """Note the team events whose titles say one athlete: the source contradicts itself.

        The rows win (see :func:`~olympics_records.datasets._kinds.event_kind`): an
        entry of several athletes is a team's whatever its event is called.
        """
        overruled = sorted(
            e
            for e, event in events.items()
            if event.kind is EventKind.TEAM
            and title_kind(self.events[e].title) is EventKind.INDIVIDUAL
        )
        if overruled and self.source is not None:
            self.issues.note(
                self.source,
                f"{len(overruled)} events whose titles say one athlete have entries of "
                "several athletes or rows marked as a team's: loaded as team events: "
                + ", ".join(overruled),
                field="kind",
                value=", ".join(overruled),
            )

    def _checked(
        self,
        values: dict[str, tuple[Any, ...]],
        *,
        events: dict[str, Event],
        athletes: dict[str, Athlete],
        games: set[str],
        nocs: set[str],
    ) -> bool:
        """Whether the values are of their types, ids are unique and references resolve.

        ``events`` and ``athletes`` are the History's by id; the checks of the many
        run in C (map, set and list comparisons), not one Python step per value.
        """
        return (
            set(map(type, events.values())) <= {Event}
            and list(map(_ID_OF, events.values())) == list(events)
            and set(map(type, athletes.values())) <= {Athlete}
            and list(map(_ID_OF, athletes.values())) == list(athletes)
            and games <= self.games.keys()
            and nocs <= self.nocs.keys()
            and all(type(g) is Games and g.id in games for g in values["games"])
            and all(type(n) is Noc and n.code == k for k, n in self.nocs.items())
            and all(type(c) is Coverage and c.games == k for k, c in self.coverage.items())
            and all(type(i) is Issue for i in values["issues"])
            and len({g.id for g in values["games"]}) == len(values["games"])
        )

    def _reject_entry(self, draft: EntryDraft, field: str, value: str | None, why: str) -> None:
        draft.dropped = True
        for ref in draft.all_rows():
            self.issues.reject(ref.source, ref.row, field, value, why)

    def _check(self) -> tuple[tuple[Entry, ...], dict[str, list[int]]]:
        """The finished entries, and the positions of each event's entries among them."""
        # Two rules, kept per event in the order the entries were drafted (the first
        # entry keeps an athlete): no athlete twice, and places agree with medals.
        # Most events need no work for the second: when each entry's place is its
        # medal's place (or none), every order of medals is consistent. Only events
        # with another place go through a Podium.
        placed = {
            entry.event
            for draft in self.entries
            if (entry := draft[0] if isinstance(draft, tuple) else draft).place is not None
            and (entry.medal is None or entry.medal.place != entry.place)
        }
        seen: dict[str, set[str]] = {}
        places: dict[str, Podium] = {}
        entries: list[Entry] = []
        per_event: dict[str, list[int]] = {}
        for draft in self.entries:
            if isinstance(draft, tuple):
                entry = draft[0]
                athlete = entry.athletes[0]
                members = seen.get(entry.event)
                if members is not None and athlete in members:
                    self._keeps_solo(entry, draft[1], seen, places, placed)  # (reported)
                    continue
                if entry.event in placed and not (
                    # A place without a medal, as most of a results file's entries
                    # have, is checked with one call.
                    entry.medal is None
                    and entry.place is not None
                    and _podium(places, entry.event).takes_plain(entry.place)
                ):
                    if not self._keeps_solo(entry, draft[1], seen, places, placed):
                        continue
                elif members is None:  # (the common cases, without a call)
                    seen[entry.event] = {athlete}
                else:
                    members.add(athlete)
            else:
                if draft.dropped:
                    continue
                members = seen.get(draft.event)
                if members is None:
                    members = seen[draft.event] = set()
                elif not members.isdisjoint(draft.members):
                    self._drop_members_taken(draft, members)
                if draft.dropped or (not draft.members and not draft.rows):
                    draft.dropped = True
                    continue
                problem = _place_problem(places, placed, draft)
                if problem:
                    value = str(draft.place) if draft.place is not None else None
                    self._reject_entry(draft, "place", value, problem)
                    continue
                members.update(draft.members)
                if len(draft.members) > 1:
                    event = self.events.get(draft.event)
                    if event is not None and len(draft.members) > event.most_members:
                        event.most_members = len(draft.members)
                # No later draft can change this one: it is finished.
                entry = _entry(draft)
            positions = per_event.get(entry.event)
            if positions is None:
                per_event[entry.event] = [len(entries)]
            else:
                positions.append(len(entries))
            entries.append(entry)
        return tuple(entries), per_event

    def _keeps_solo(
        self,
        entry: Entry,
        ref: RowRef,
        seen: dict[str, set[str]],
        places: dict[str, Podium],
        placed: set[str],
    ) -> bool:
        """Whether a solo keeps the rules after the entries before it (else reported)."""
        athlete = entry.athletes[0]
        members = seen.get(entry.event)
        if members is None:
            members = seen[entry.event] = set()
        elif athlete in members:
            why = _already_entered(entry.event)
            self.issues.reject(ref.source, ref.row, "athletes", athlete, why)
            return False
        problem = _place_problem(places, placed, entry)
        if problem:
            self.issues.reject(ref.source, ref.row, "place", str(entry.place), problem)
            return False
        members.add(athlete)
        return True

    def _drop_members_taken(self, draft: EntryDraft, taken: set[str]) -> None:
        """Take out of ``draft`` the athletes an earlier entry of its event has.

        A member with a row of its own loses that row; a member listed with the entry
        as a whole makes the whole entry go.
        """
        why = _already_entered(draft.event)
        for athlete in list(draft.members):
            if athlete not in taken:
                continue
            ref = draft.member_rows.get(athlete)
            if ref is None:
                self._reject_entry(draft, "athletes", athlete, why)
                return
            draft.members.remove(athlete)
            del draft.member_rows[athlete]
            self.issues.reject(ref.source, ref.row, "athletes", athlete, why)
            draft.complete = False


def _already_entered(event: str) -> str:
    """Why an athlete's second entry in one event is reported."""
    return f"athlete already has an entry in event {event!r}"


def _place_problem(
    places: dict[str, Podium], placed: set[str], draft: EntryDraft | Entry
) -> str | None:
    """What breaks the place rules of ``draft``'s event, if its event needs checking."""
    if draft.event not in placed or draft.place is None:
        return None
    clash = _podium(places, draft.event).clash(draft.place, draft.medal)
    return None if clash is None else _clash_words(clash, draft.place, draft.medal, draft.event)


def _podium(places: dict[str, Podium], event: str) -> Podium:
    """The podium of ``event`` so far (a new one for its first place)."""
    podium = places.get(event)
    if podium is None:
        podium = places[event] = Podium()
    return podium


def _clash_words(clash: Clash, place: int, medal: Medal | None, event: str) -> str:
    """The reader's words for a place that breaks its event's rules."""
    if clash.rule == TIE:
        return f"place {place} is already held with a different medal in {event!r}"
    if clash.rule == SHARED and medal is not None:
        return f"the {medal.value} medal is already at place {clash.other_place}"
    if medal is None:
        return f"place {place} has no medal but a worse place has one in {event!r}"
    if clash.other_medal is None:
        return f"place {place} has a medal but a better place has none in {event!r}"
    return (
        f"place {place} ({medal.value}) contradicts place {clash.other_place} "
        f"({clash.other_medal.value}) in {event!r}"
    )


def _entry(draft: EntryDraft) -> Entry:
    """The finished :class:`Entry` of a draft.

    The History checks the event, NOC and athletes of every entry against its own
    events, NOCs and athletes, whose ids and codes their constructors validated; the
    other fields are checked here, so Entry's validators need not run again.
    """
    place, medal, complete, members = draft.place, draft.medal, draft.complete, draft.members
    if (
        (place is None or (type(place) is int and place > 0))
        and (medal is None or type(medal) is Medal)
        and type(complete) is bool
        and (len(members) < 2 or len(set(members)) == len(members))
    ):
        return unchecked_entry(draft.event, draft.noc, tuple(draft.members), place, medal, complete)
    return Entry(
        event=draft.event,
        noc=draft.noc,
        athletes=tuple(draft.members),
        place=place,
        medal=medal,
        complete=complete,
    )


def _games_order(games: Games) -> tuple[int, str]:
    return games.year, games.season.value


def _noc_name(code: str, fallback: str) -> str:
    try:
        return nocs.get(code).name
    except (LookupError, ValueError):
        return fallback.strip() or code


def known_games(year: int, season: Season) -> Games | None:
    """The Games edition from the package's registry, or ``None`` if it has none."""
    try:
        return edition(year, season)
    except (LookupError, ValueError):
        return None
