"""Merging Histories from several sources into one, reporting what they disagree on.

Sources describe the same Games with different ids, titles and names: olympics.com
ids athletes by URL, OlympAnalyt by a name key scoped by NOC (and writes some Games
in Cyrillic), the bundled data by a slug of the name; one calls an event ``50km men``,
another ``50 km Mass Start Classic``. :func:`merge` links them:

- **Games** by id (``"1998-winter"``); a field one source lacks is filled from another.
- **Events** within one Games, among events of the same gender and discipline
  (``Cross Country Skiing`` and ``Cross-Country Skiing`` meet, as do ``Gymnastics
  Artistic`` and ``Artistic Gymnastics``, and a sport and its branch written after it:
  ``Wrestling`` and ``Wrestling Freestyle``, ``Short Track`` and ``Short Track Speed
  Skating``; words written before a name make another discipline, one a source lists
  beside it at the same Games: ``Beach Volleyball`` is not ``Volleyball``, nor
  ``Marathon Swimming`` ``Swimming``, nor ``Short Track Speed Skating`` ``Speed
  Skating``), scored above all on their **medals** (the same medal to the same NOC, the
  NOC's lineage as a weaker match), then on the athletes' name keys, then on the
  similarity of their titles (``50km``/``50 km``, ``classical``/``classic``, ``4 x
  10km``/``4x10km``). Only entries with a medal count: full results (entries without
  one) on one side and a partial podium (only the gold) on the other still align, a
  medal one side lacks being missing, not contradicted. A name is evidence only
  between entries of one shape: a relay's member who also won an individual race does
  not make that race the relay. Events with no counterpart are kept as they are.
- **One event for two.** Some sources fold two events of one Games into one:
  olympics.com's 1912 coxed four holds the eight's medals too, and its 1912 trap the
  team event's; OlympAnalyt's 1900 coxed four holds both finals'. Each medal counts
  once: where one event's medals are two events' of the other source together (but for
  medals of a kind one of the two lacks: a partial podium), with two golds at least
  (two winners: one podium has two only for a tie), the three fit (Games, discipline,
  gender), it is aligned with one of the two (or with none, and its title says it is
  one), neither of the two is aligned with another event, and no other two fit so, its
  entries are shared between the two by medal and nation (then by athletes' names,
  then by the shape of the entry, a team or one athlete). The merged History has the
  two events whichever source comes first (a first source's folded event keeps its id
  for the part aligned with it), each of the kind the other source gives it (the
  folded event's told of both). The fold is reported, and so is a share that nothing
  decided (two bronzes for one nation, one in each event, neither entry named in the
  other source).
- **Athletes** by id where both sources use the same id with the same name key, and
  otherwise by **results**: two entries for the same medal in the same (aligned) event
  for the same NOC, each with one athlete, are the same person whatever their names
  (so ``Дэли`` is Dæhlie), unless one is a team's list of some of its members. Team
  members are matched by name key, then by elimination (one member left on each side,
  where both sides list the whole team: a list of some members as long as a list given
  as whole says that one is short, like Kaggle's relays without Dæhlie). A link made
  once holds for every entry of that athlete in that source; the evidence is kept in
  :attr:`MergeResult.athletes`. An athlete without a shared result is anchored by
  name: the other side's one athlete of that name (or whose name holds all the words
  of the other's, like a surname alone) for the same nation in the same discipline (as
  events are aligned: a volleyball player is not anchored to a beach volleyball
  player) within a career's span, looked for both ways. Members a history gives a team
  that another lists whole without them are matched again after each history: where
  both lists are whole, the one member left on each side is the same person once the
  others are linked, even where only a later history links them.
- **One person under several ids** is one athlete, whichever source split them: two
  ids one athlete of another source shares results with (``Дэли`` in 1998 and
  ``Bjorn DAEHLIE`` in 1994), and, within one source, an id a reader made from a name
  for a row without an id of its own (``NOR:hosflot-johannes-klabo``) and the
  source's own id with that name, nation and discipline (``klaebo``). They are united
  only where nothing says otherwise: they never met in one event, their sexes agree
  (as given, or as their events' genders tell), and they competed within a career's
  span in related disciplines (one discipline, or two of which one's name holds all
  the other's words: the swimmer who won a marathon swim; where a name is all the
  evidence, one discipline for one nation); every two of the ids united must fit so,
  so an id that is itself two people (a surname that two athletes of one nation
  share) does not chain them. Such an id is linked to neither of them, unless it shares more results
  with one; each union is in :attr:`MergeResult.athletes` with its evidence.
- **Entries** of aligned events: one entry per medal, NOC and team; team members one
  source lacks are added from another (``complete=True`` only where a source listed
  the whole team).

What the sources disagree on is reported in the merged History's ``issues`` (source
``"merge"``), never guessed: a medal given to different NOCs, different members for
a complete team, one athlete matching two, differing Games dates. The inputs' issues
are kept too.

**What the order of the histories decides.** Which events and athletes are linked does
not depend on it: each rule looks both ways (a partial podium aligns with a full one
whichever comes first; two ids of one person are united whether they come from the
first history or a later one), and ties are broken on ids, not on the order. The first
history is the primary source: where sources disagree, its medals, places, NOC names,
Games fields and event fields stand, and so do its teams' members (a team it lists
whole takes no member another source names that none of its own is known to be); the
disagreement is reported. Aligned events and linked athletes keep its ids (of two ids
united, the earliest history's, and a source's own id over one made from a name). An
athlete's display name is the spelling with the most native letters of the Latin
alphabet (``Bjørn Dæhlie`` over ``Bjorn DAEHLIE`` and ``Дэли``), then the one with
fewer capitalised words, then the earliest history's. One limit remains: two ids that
a later history could link only by elimination within a team, after an earlier one put
both in that team's entry (a team no source listed whole, so each one's members were
added), stay two. Nothing depends on the order of the values *within* an input: every
step works on sorted ids, and the result is in a canonical order (so merging a
canonical History with itself gives it back, unless it holds one athlete under two
ids).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

import attrs

from olympics_records import nocs as noc_registry
from olympics_records import sports
from olympics_records._engine.construct import unchecked_athlete, unchecked_entry
from olympics_records._engine.gc import paused_gc
from olympics_records._engine.places import check_event
from olympics_records.errors import DataError, Issue
from olympics_records.history import History
from olympics_records.model import (
    Athlete,
    Correction,
    Coverage,
    Entry,
    Event,
    EventKind,
    Games,
    Gender,
    Medal,
    Noc,
)
from olympics_records.names import display_name, fold, name_key
from olympics_records.nocs import MIXED_TEAMS as _MIXED_TEAMS

__all__ = ["SOURCE", "AthleteLink", "EventLink", "MergeResult", "merge", "merge_report"]

SOURCE = "merge"
"""The ``source`` of the issues :func:`merge` reports."""


@attrs.frozen(kw_only=True)
class EventLink:
    """An event of a later history found to be an event already merged.

    Example:
        >>> EventLink(source="history 2", event="1998-winter/x/men/50km",
        ...           merged="1998-winter/x/men/50km-men", evidence="3 of 3 medals agree").merged
        '1998-winter/x/men/50km-men'
    """

    source: str
    """The label of the history the event comes from."""
    event: str
    """The event's id in that history."""
    merged: str
    """The event's id in the merged History."""
    evidence: str
    """Why they are one event, in words."""


@attrs.frozen(kw_only=True)
class AthleteLink:
    """An athlete found to be another.

    An athlete of a later history found to be one already merged; one of a history
    found to be another id of the same history; or a merged athlete found to be
    another one (``athlete`` is then its id in the merge so far).

    Example:
        >>> AthleteLink(source="history 2", athlete="NOR:deli", merged="bjorn-daehlie",
        ...             evidence="same gold in 1998-winter/... for NOR").merged
        'bjorn-daehlie'
    """

    source: str
    """The label of the history the athlete comes from."""
    athlete: str
    """The athlete's id in that history."""
    merged: str
    """The athlete's id in the merged History."""
    evidence: str
    """Why they are one person, in words."""


@attrs.frozen(kw_only=True)
class MergeResult:
    """The merged History and the links that made it.

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
        >>> r = merge_report(latin, cyrillic)
        >>> len(r.history.entries), len(r.events), len(r.athletes)
        (1, 1, 1)
    """

    history: History
    """The merged History; conflicts are in its ``issues`` with source ``"merge"``."""
    events: tuple[EventLink, ...]
    """Every event of a later history aligned with one already merged."""
    athletes: tuple[AthleteLink, ...]
    """Every athlete linked to another, with the evidence (see :class:`AthleteLink`)."""


def merge(*histories: History, labels: Sequence[str] | None = None) -> History:
    """Merge Histories of the same Games from different sources into one.

    See the module's documentation for how Games, events, athletes and entries are
    linked, and what the order of ``histories`` decides (the first is the primary
    source). Each medal counts once: an event one source makes of two events of
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
        state = _State(labels)
        for position, history in enumerate(histories):
            state.absorb(history, position)
        return state.build()


# Normalising names of disciplines and titles -----------------------------------------


# "mixed" stays: it tells a mixed relay from the men's.
_GENDER_WORDS = frozenset(
    {"men", "man", "mens", "women", "woman", "womens", "ladies", "lady", "s", "boys", "girls"}
    | {"open", "the", "and", "of", "a"}
)
# Disciplines renamed over time, folded: the old name is the same discipline.
_RENAMED = {
    "synchronized swimming": "artistic swimming",
    "synchronised swimming": "artistic swimming",
}
# Codes for teams of several nations: olympics.com writes MIX where OlympAnalyt writes
# XXB (see the NOC registry's notes) and others name a nation. They match any NOC,
# and the difference is reported.
_ANY = "*"
# How far apart two results of one athlete may be, in years (a long career).
_CAREER_YEARS = 16

_SYNONYMS = {
    "classical": "classic",
    "freestyle": "free",
    "kilometres": "km",
    "kilometers": "km",
    "metres": "m",
    "meters": "m",
    "hurdle": "hurdles",
    "relays": "relay",
    "teams": "team",
    "singles": "single",
    "doubles": "double",
}
_THOUSANDS = re.compile(r"(\d),(\d{3})\b")
_DECIMAL = re.compile(r"(\d)[.,](\d)")
_TIMES = re.compile(r"\b(\d+)\s*x\s*(?=\d)")
_UNITS = (
    (re.compile(r"\b(\d+(?:p\d+)?)\s*(?:km|kilomet(?:re|er)s?)\b"), r"\1km"),
    (re.compile(r"\b(\d+(?:p\d+)?)\s*(?:m|met(?:re|er)s?)\b"), r"\1m"),
    (re.compile(r"\b(\d+(?:p\d+)?)\s*(?:kg|kilograms?|kilos?)\b"), r"\1kg"),
    (re.compile(r"\b(\d+)\s*(?:y|yards?|yds?)\b"), r"\1y"),
)


# A discipline's name as its folded words, in the order written: the order tells a
# sport's branch from another discipline (see _disciplines_fit). A label the sports
# registry knows is its registry name (``Snowboarding`` is ``Snowboard``).
_Discipline = tuple[str, ...]


@functools.lru_cache(maxsize=4096)
def _discipline(text: str) -> _Discipline:
    folded = fold(sports.discipline_of(text) or sports.sport_of(text) or text)
    folded = _RENAMED.get(folded, folded)
    # "3x3" is part of the name (3x3 basketball is not basketball); a span of years
    # ("Baseball^(1992-2008)") is not.
    return tuple(w for w in folded.split() if w != "s" and not w.isdigit())


def _words(text: str) -> frozenset[str]:
    return frozenset(_discipline(text))


@functools.lru_cache(maxsize=4096)
def _registered(discipline: _Discipline) -> tuple[str, str | None] | None:
    """The (sport, discipline) the registry gives a folded name; discipline ``None``: a sport."""
    label = " ".join(discipline)
    sport = sports.sport_of(label)
    return None if sport is None else (sport, sports.discipline_of(label))


@functools.lru_cache(maxsize=65536)
def _disciplines_fit(a: _Discipline, b: _Discipline) -> bool:
    """Whether two names can be one discipline.

    Names the sports registry knows fit where they are one discipline, or one names
    the other's whole sport (Kaggle's ``Canoeing`` holds ``Canoe Sprint``). Other
    names: the same words in any order (``Gymnastics Artistic``, ``Artistic
    Gymnastics``), or one name followed by more words, a sport's branch
    (``Wrestling``, ``Wrestling Freestyle``). Words put *before* a name make another
    discipline, one that a source lists beside it at the same Games: ``Beach
    Volleyball`` is not ``Volleyball``, nor ``Marathon Swimming`` ``Swimming``.
    """
    if not a or not b:
        return False
    if a == b:
        return True
    known_a, known_b = _registered(a), _registered(b)
    if known_a is not None and known_b is not None:
        return known_a[0] == known_b[0] and (
            known_a[1] == known_b[1] or known_a[1] is None or known_b[1] is None
        )
    shorter, longer = sorted((a, b), key=len)
    return longer[: len(shorter)] == shorter or _same_discipline(a, b)


def _same_discipline(a: _Discipline, b: _Discipline) -> bool:
    return a == b or frozenset(a) == frozenset(b)


def _discipline_match(a: _Discipline, b: _Discipline) -> float:
    """How well two labels say one discipline: 1 the same, 0 another, ½ one names a sport.

    A label that names a whole sport (Kaggle's ``Canoeing``) may be any of its
    disciplines: the same label on two events says no more than another of the sport.
    """
    if any((known := _registered(d)) is not None and known[1] is None for d in (a, b)):
        return 0.5
    return float(_same_discipline(a, b))


@functools.lru_cache(maxsize=65536)
def _same_sport(a: _Discipline, b: _Discipline) -> bool:
    """Whether two disciplines are of one sport (the registry's), or fit (names it lacks)."""
    known_a, known_b = _registered(a), _registered(b)
    if known_a is not None and known_b is not None:
        return known_a[0] == known_b[0]
    return _disciplines_fit(a, b)


@functools.lru_cache(maxsize=65536)
def _disciplines_related(a: _Discipline, b: _Discipline) -> bool:
    """Whether one person may have competed in both disciplines.

    Those of one sport (a canoeist's sprint and marathon races, a skater's long and
    short track), and those one of whose names has all the words of the other's:
    ``Swimming`` and ``Marathon Swimming``, ``Volleyball`` and ``Beach Volleyball``.
    Only for athletes that results already say are one person, to tell those that
    cannot be (a surname two athletes share): a name alone needs one discipline.
    """
    if not a or not b:
        return False
    words_a, words_b = frozenset(a), frozenset(b)
    return words_a <= words_b or words_b <= words_a or _same_sport(a, b)


@functools.lru_cache(maxsize=4096)
def _tags(discipline: _Discipline) -> frozenset[str]:
    """What a discipline is filed under, to find results near another's: words and sport."""
    known = _registered(discipline)
    return frozenset(discipline) | ({f"@{known[0]}"} if known is not None else frozenset())


def _genders_fit(a: Gender, b: Gender) -> bool:
    # Early events were open to all; sources disagree on calling them open, men's or
    # mixed (equestrian). Only men's and women's events never meet.
    return {a, b} != {Gender.MEN, Gender.WOMEN}


@functools.lru_cache(maxsize=65536)
def _title_tokens(name: str, discipline: str, sport: str) -> frozenset[str]:
    text = _DECIMAL.sub(r"\1p\2", _THOUSANDS.sub(r"\1\2", name))
    text = _TIMES.sub(r"\1x", fold(text))
    for pattern, replacement in _UNITS:
        text = pattern.sub(replacement, text)
    words = [_SYNONYMS.get(w, w) for w in text.split()]
    # Titles repeat the gender and sometimes the discipline; both are compared apart.
    noise = _GENDER_WORDS | _words(discipline) | _words(sport)
    kept = frozenset(w for w in words if w not in noise)
    return kept or frozenset(words)


def _measures(title: frozenset[str]) -> frozenset[str]:
    """The words of a title that measure: distances, weights, boats (``10000m``, ``k1``)."""
    return frozenset(w for w in title if any(c.isdigit() for c in w))


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


@functools.lru_cache(maxsize=1024)
def _family(code: str) -> str:
    # The "same nation over time" family: GER, EUA, FRG and GDR are one for matching.
    if code in _MIXED_TEAMS:
        return _ANY
    if noc_registry.is_known(code):
        return noc_registry.lineage(code)[0]
    return code


def _latin_letters(name: str) -> tuple[bool, int]:
    latin = True
    native = 0
    for char in name:
        if not char.isalpha():
            continue
        if not char.isascii():
            if "LATIN" not in unicodedata.name(char, ""):
                latin = False
            else:
                native += 1
    return latin, native


_ASIDE = re.compile(r"[()\"“”]")


@functools.lru_cache(maxsize=65536)
def _name_rank(name: str, shared: int) -> tuple[bool, int, int, bool, bool, int, int]:
    latin, native = _latin_letters(name)
    words = name.split()
    shouting = sum(1 for w in words if len(w) > 1 and w.isupper())
    surname_first = bool(words) and len(words[0]) > 1 and words[0].isupper()
    return (
        latin,
        native,
        shared,
        not _ASIDE.search(name),
        not surname_first,
        -len(words),
        -shouting,
    )


_MEDAL_ORDER = {Medal.GOLD: 0, Medal.SILVER: 1, Medal.BRONZE: 2, None: 3}


def _entry_order(entry: Entry) -> tuple[object, ...]:
    return (
        entry.event,
        _MEDAL_ORDER[entry.medal],
        entry.place is None,
        entry.place or 0,
        entry.noc,
        entry.athletes,
        entry.complete,
    )


def _issue_order(issue: Issue) -> tuple[object, ...]:
    return (
        issue.source,
        issue.row is not None,
        issue.row or 0,
        issue.field or "",
        issue.value or "",
        issue.message,
    )


# The merge state -----------------------------------------------------------------------


@attrs.define
class _MEntry:
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
class _MEvent:
    event: Event
    entries: list[_MEntry]
    sources: set[int]


@attrs.define
class _Rejected:
    """Members a history gave a merged team that lists its whole team without them.

    Kept to be matched again once more athletes are linked: one member left on each
    side is then the same person (see :meth:`_State._settle_rejected`).
    """

    entry: _MEntry
    event: str
    members: list[str]
    complete: bool
    k: int
    others: set[int]


class _MAthlete:
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


class _KeysOf:
    """The name keys of the merged athletes, as a read-only mapping computed lazily."""

    __slots__ = ("_athletes",)

    def __init__(self, athletes: dict[str, _MAthlete]) -> None:
        self._athletes = athletes

    def get(self, athlete: str, default: set[str] | tuple[()] = ()) -> set[str]:
        known = self._athletes.get(athlete)
        return set(default) if known is None else known.keys


@attrs.define
class _Side:
    """One source's view of an event being aligned: its signature and name keys."""

    id: str
    event: Event
    entries: list[Entry] | list[_MEntry]
    medals: Counter[tuple[Medal, str]]
    names: dict[tuple[Medal, str, bool], set[str]]
    discipline: _Discipline
    title: frozenset[str]
    per_medal: dict[Medal, int]
    nocs: Counter[str]


_Pair = tuple[Entry, _MEntry]
# Where an athlete competed: (the nation's lineage, the discipline, the year).
_Context = tuple[str, _Discipline, int]
# An id a reader made from a name, scoped by NOC (``NOR:hosflot-johannes-klabo``).
_NAME_ID = re.compile(r"[A-Z]{3}:[a-z0-9-]+\Z")


@attrs.define
class _Trace:
    """Where one athlete, or athletes taken for one person, competed."""

    events: set[str]
    contexts: set[_Context]
    sexes: set[str]
    # Ids of their own, (history, id): two of one source are two people.
    ids: frozenset[tuple[int, str]] = frozenset()

    def fits(self, other: _Trace, *, by_name: bool = False) -> bool:
        """Whether the two can be one person.

        No source gives them two ids of its own (a source that ids its athletes says
        they are two; an id made from a name is no such word), they never met in one
        event, have one sex, and competed within a career's
        span in related disciplines (see :func:`_disciplines_related`: the swimmer
        who won a marathon swim). With ``by_name`` (a name is all that says they are
        one), for one nation in one discipline: athletes change nations, from URS to
        BLR, and disciplines, but a name alone is no evidence of that.
        """
        if self.events & other.events or len(self.sexes | other.sexes) > 1:
            return False
        if _two_ids(self.ids, other.ids):
            return False
        same = _disciplines_fit if by_name else _disciplines_related
        return any(
            (not by_name or n1 == n2 or _ANY in (n1, n2))
            and abs(y1 - y2) <= _CAREER_YEARS
            and same(d1, d2)
            for n1, d1, y1 in self.contexts
            for n2, d2, y2 in other.contexts
        )


def _own_id(k: int, athlete: str) -> frozenset[tuple[int, str]]:
    """History ``k``'s id of an athlete, if the source gave it (not made from a name)."""
    return frozenset() if _NAME_ID.match(athlete) else frozenset({(k, athlete)})


def _two_ids(a: Iterable[tuple[int, str]], b: Iterable[tuple[int, str]]) -> bool:
    """Whether one source gives two different ids of its own among ``a`` and ``b``."""
    mine = dict(a)
    return any(k in mine and mine[k] != athlete for k, athlete in b)


def _all_fit(group: list[_Trace], other: list[_Trace]) -> bool:
    # Every two of the ids taken for one person must fit: an id that is itself two
    # people (a surname two athletes of one nation share) does not chain them.
    return all(a.fits(b) for a in group for b in other if a is not b)


# The sex an event's gender tells (an athlete of a women's event is a woman).
_SEX_OF = {Gender.MEN: ("M",), Gender.WOMEN: ("F",)}


def _sexes(sex: str | None) -> set[str]:
    return set() if sex is None else {sex}


# An athlete found not to be a candidate (a sentinel: never fits, never joined).
_NOWHERE = _Trace(events=set(), contexts=set(), sexes=set())


class _State:
    def __init__(self, labels: list[str]) -> None:
        self.labels = labels
        self.games: dict[str, Games] = {}
        self.nocs: dict[str, Noc] = {}
        self.events: dict[str, _MEvent] = {}
        self.events_of_games: dict[str, list[str]] = defaultdict(list)
        self.athletes: dict[str, _MAthlete] = {}
        self.corrections: set[Correction] = set()
        self.coverage: dict[str, list[Coverage]] = defaultdict(list)
        self.issues: set[Issue] = set()
        self.conflicts: list[Issue] = []
        self.event_links: list[EventLink] = []
        self.athlete_links: list[AthleteLink] = []
        # Merged athletes found to be another: their id, and the id kept.
        self.alias: dict[str, str] = {}
        # Where each id united into a merged athlete competed, as it was when united.
        self.member_traces: dict[str, list[_Trace]] = {}
        # Where each merged athlete competed: {event: context}.
        self.where: dict[str, dict[str, _Context]] = defaultdict(dict)
        # United athletes whose entries still name them.
        self._gone: list[str] = []
        # Athletes an input holds that none of its entries names: kept as they are.
        self.unnamed: set[str] = set()
        # Athletes some of whose results went to others: {athlete: {other: results}}.
        self.went: dict[str, Counter[str]] = defaultdict(Counter)
        # Team members not added to a complete team, to match again (see _Rejected).
        self.rejected: list[_Rejected] = []
        self._r_events: dict[str, Event] = {}
        self._r_contexts: dict[str, tuple[_Discipline, int]] = {}
        # An event of the history being absorbed that holds two merged events' medals
        # is merged in two parts (see _split): the second part's key in entries_of
        # and matches, and each part's kind (the whole's told of both).
        self._parts: list[str] = []
        self._kinds: dict[str, EventKind] = {}
        # The history being absorbed, and its athletes' names.
        self._k = 0
        self._r_names: dict[str, str] = {}

    # Reporting --------------------------------------------------------------------

    def conflict(self, field: str, value: str, message: str) -> None:
        self.conflicts.append(
            Issue(source=SOURCE, row=None, field=field, value=value, message=message)
        )

    def who(self, sources: Iterable[int]) -> str:
        return " and ".join(self.labels[i] for i in sorted(sources))

    # Absorbing one history -----------------------------------------------------

    def absorb(self, history: History, k: int) -> None:
        label = self.labels[k]
        self._k = k
        self.issues.update(history.issues)
        self._r_events = {e.id: e for e in history.events}
        self._r_contexts = {}
        self._parts = []
        self._kinds = {}
        self._absorb_games(history, k)
        self._absorb_nocs(history, label)
        athletes = {a.id: a for a in history.athletes}
        self._r_names = {a: x.name for a, x in athletes.items()}
        entries_of: dict[str, list[Entry]] = defaultdict(list)
        for entry in sorted(history.entries, key=_entry_order):
            entries_of[entry.event].append(entry)
        # Name keys are costly to fold: on the first history nothing is matched yet.
        r_keys = {a: name_key(x.name) for a, x in athletes.items()} if self.athletes else {}
        same_person = self._same_person(athletes, entries_of, r_keys, k)
        matches = self._align_events(history, entries_of, r_keys, k)
        amap, local = self._link_athletes(entries_of, athletes, r_keys, matches, k, same_person)
        named = {a for e in history.entries for a in e.athletes}
        for a in sorted(athletes):
            merged = amap[a]
            athlete = athletes[a]
            if a not in named:
                self.unnamed.add(merged)
            known = self.athletes.get(merged)
            if known is None:
                self.athletes[merged] = _MAthlete(
                    names=[(athlete.name, k)],
                    sex=athlete.sex,
                    ids=set(_own_id(k, a)),
                    aliases=set(athlete.aliases),
                )
                continue
            known.add(athlete.name, k)
            known.ids.update(_own_id(k, a))
            if athlete.aliases:
                known.aliases.update(athlete.aliases)
                known.reset()
            if known.sex is None:
                known.sex = athlete.sex
            elif athlete.sex is not None and athlete.sex != known.sex:
                self.conflict(
                    "sex",
                    merged,
                    f"{label} gives athlete {a!r} sex {athlete.sex}, the merged athlete "
                    f"{merged!r} has {known.sex}; {known.sex} is kept",
                )
        s_keys = _KeysOf(self.athletes)
        emap: dict[str, str] = {}
        # The events, and the second part of each event split in two (see _split).
        pieces = [(e.id, e) for e in sorted(history.events, key=lambda e: e.id)]
        pieces += [(part, self._r_events[part]) for part in sorted(self._parts)]
        pieces = [
            (piece, attrs.evolve(e, kind=self._kinds[piece]) if piece in self._kinds else e)
            for piece, e in pieces
        ]
        for piece, event in pieces:
            target = matches.get(piece)
            if target is None:
                emap[event.id] = self._new_event(event, entries_of[event.id], amap, k)
                self._index_event(emap[event.id], set())
            else:
                emap.setdefault(event.id, target)
                before = {a for e in self.events[target].entries for a in e.athletes}
                self._merge_event(
                    event,
                    target,
                    entries=entries_of[piece],
                    amap=amap,
                    keys=(r_keys, s_keys),
                    local=local,
                    k=k,
                )
                self._index_event(target, before)
        for correction in history.corrections:
            self.corrections.add(
                attrs.evolve(
                    correction,
                    event=emap.get(correction.event, correction.event),
                    athletes=tuple(amap.get(a, a) for a in correction.athletes),
                )
            )
        for coverage in history.coverage:
            self.coverage[coverage.games].append(coverage)
        self._settle_rejected()

    def _absorb_games(self, history: History, k: int) -> None:
        for games in sorted(history.games, key=lambda g: (g.year, g.season.value)):
            known = self.games.get(games.id)
            if known is None:
                self.games[games.id] = games
                continue
            changes: dict[str, Any] = {}
            for field in ("city", "opened", "closed", "official"):
                mine, theirs = getattr(known, field), getattr(games, field)
                if mine is None and theirs is not None:
                    changes[field] = theirs
                elif theirs is not None and mine != theirs:
                    self.conflict(
                        field,
                        games.id,
                        f"{self.labels[k]} gives Games {games.id} {field} {theirs}, an "
                        f"earlier history {mine}; {mine} is kept",
                    )
            if changes:
                try:
                    self.games[games.id] = attrs.evolve(known, **changes)
                except ValueError as err:
                    self.conflict("closed", games.id, f"cannot fill the Games' dates: {err}")

    def _absorb_nocs(self, history: History, label: str) -> None:
        for noc in sorted(history.nocs, key=lambda n: n.code):
            known = self.nocs.get(noc.code)
            if known is None:
                self.nocs[noc.code] = noc
            elif fold(known.name) != fold(noc.name):
                self.conflict(
                    "noc",
                    noc.code,
                    f"{label} names NOC {noc.code} {noc.name!r}, an earlier history "
                    f"{known.name!r}; {known.name!r} is kept",
                )

    # Events ---------------------------------------------------------------------

    def _side(
        self,
        event_id: str,
        event: Event,
        entries: list[Entry] | list[_MEntry],
        keys_of: _KeysOf | dict[str, set[str]],
    ) -> _Side:
        medals: Counter[tuple[Medal, str]] = Counter()
        names: dict[tuple[Medal, str, bool], set[str]] = defaultdict(set)
        per_medal: dict[Medal, int] = {}
        nations: Counter[str] = Counter()
        for entry in entries:
            if entry.medal is None:
                continue
            key = (entry.medal, _family(entry.noc))
            medals[key] += 1
            nations[key[1]] += 1
            per_medal[entry.medal] = per_medal.get(entry.medal, 0) + 1
            # A name is evidence only between entries of one shape: a relay's member
            # who also won an individual race does not make the race the relay. (A
            # team is several athletes, or some of them: an entry not complete.)
            shaped = (*key, len(entry.athletes) > 1 or not entry.complete)
            for athlete in entry.athletes:
                names[shaped] |= keys_of.get(athlete, set())
        return _Side(
            id=event_id,
            event=event,
            entries=entries,
            medals=medals,
            names=names,
            discipline=_discipline(event.discipline) or _discipline(event.sport),
            title=_title_tokens(event.name, event.discipline, event.sport),
            per_medal=per_medal,
            nocs=nations,
        )

    def _align_events(
        self,
        history: History,
        entries_of: dict[str, list[Entry]],
        r_keys: dict[str, str],
        k: int,
    ) -> dict[str, str]:
        theirs_keys = {a: {key} for a, key in r_keys.items()}
        mine_keys = _KeysOf(self.athletes)
        by_games: dict[str, list[Event]] = defaultdict(list)
        for event in history.events:
            by_games[event.games].append(event)
        matches: dict[str, str] = {}
        for games_id in sorted(by_games):
            mine = [
                self._side(e, self.events[e].event, self.events[e].entries, mine_keys)
                for e in self.events_of_games.get(games_id, ())
            ]
            if not mine:
                continue
            theirs = [
                self._side(e.id, e, entries_of[e.id], theirs_keys)
                for e in sorted(by_games[games_id], key=lambda e: e.id)
            ]
            mine_by: dict[_Discipline, list[_Side]] = defaultdict(list)
            for s in mine:
                mine_by[s.discipline].append(s)
            theirs_by: dict[_Discipline, list[_Side]] = defaultdict(list)
            for r in theirs:
                theirs_by[r.discipline].append(r)
            candidates: list[tuple[tuple[float, ...], str, str, str]] = []
            for r_discipline, r_sides in theirs_by.items():
                for s_discipline, s_sides in mine_by.items():
                    if not _same_sport(r_discipline, s_discipline):
                        continue
                    fit = _disciplines_fit(r_discipline, s_discipline)
                    for r in r_sides:
                        for s in s_sides:
                            if not _genders_fit(r.event.gender, s.event.gender):
                                continue
                            scored = _score(s, r, fit=fit)
                            if scored is not None:
                                candidates.append((scored[0], s.id, r.id, scored[1]))
            # Ties are broken on the pair of ids, whichever history each came from.
            candidates.sort(key=lambda c: (tuple(-x for x in c[0]), min(c[1:3]), max(c[1:3])))
            taken: set[str] = set()
            for _, s_id, r_id, evidence in candidates:
                if s_id in taken or r_id in matches:
                    continue
                taken.add(s_id)
                matches[r_id] = s_id
                self._link_event(k, r_id, s_id, evidence)
            aligned = {s_id: r_id for r_id, s_id in matches.items() if s_id in taken}
            used: set[int] = set()
            for whole, first, second in _folds(mine, theirs, aligned, matches, used):
                self._split(
                    whole,
                    first,
                    second,
                    mine=True,
                    keys=mine_keys,
                    matches=matches,
                    entries_of=entries_of,
                    k=k,
                )
            for whole, first, second in _folds(theirs, mine, matches, aligned, used):
                self._split(
                    whole,
                    first,
                    second,
                    mine=False,
                    keys=theirs_keys,
                    matches=matches,
                    entries_of=entries_of,
                    k=k,
                )
            self._report_look_alikes(mine, theirs, matches, used, k)
        return matches

    def _report_look_alikes(
        self,
        mine: list[_Side],
        theirs: list[_Side],
        matches: dict[str, str],
        used: set[int],
        k: int,
    ) -> None:
        """Report events left unaligned whose podiums are the same: perhaps one event.

        The same medals for the same nations (two at least), each with the same
        athletes' names where both sides name them.
        """
        taken = set(matches.values())
        left_s = [s for s in mine if s.id not in taken and id(s) not in used]
        left_r = [r for r in theirs if r.id not in matches and id(r) not in used]
        for r in left_r:
            if sum(r.medals.values()) < 2:
                continue
            for s in left_s:
                if (
                    s.medals == r.medals
                    and _genders_fit(s.event.gender, r.event.gender)
                    and s.names.keys() == r.names.keys()
                    and all(s.names[key] & r.names[key] for key in s.names)
                ):
                    self.conflict(
                        "event",
                        s.id,
                        f"{self.labels[k]}'s event {r.id!r} ({r.event.discipline}, "
                        f"{r.event.name!r}) has the podium of {s.id!r} ({s.event.discipline}, "
                        f"{s.event.name!r}) but was not aligned with it: both are kept",
                    )

    def _link_event(self, k: int, event: str, merged: str, evidence: str) -> None:
        """Report that history ``k``'s ``event`` was merged into ``merged``, and why."""
        self.event_links.append(
            EventLink(source=self.labels[k], event=event, merged=merged, evidence=evidence)
        )

    def _split(
        self,
        whole: _Side,
        first: _Side,
        second: _Side,
        *,
        mine: bool,
        keys: _KeysOf | dict[str, set[str]],
        matches: dict[str, str],
        entries_of: dict[str, list[Entry]],
        k: int,
    ) -> None:
        """Share an event that holds the medals of two of the other side's between them.

        ``first`` is aligned with ``whole`` and gets its entries without a medal;
        ``second`` gets the medals that are its own. A merged ``whole`` (``mine``) is
        split in two; one of the history being absorbed is merged in two parts, the
        second under a key of its own in ``entries_of`` and ``matches``. ``keys``:
        the name keys of the athletes of ``whole``'s side.
        """
        label = self.labels[k]
        ours, theirs, guessed = _share(whole, first, second, keys)
        n = sum(whole.medals.values())
        if mine:
            merged = self.events[whole.id]
            before = {a for e in merged.entries for a in e.athletes}
            moved = {id(e) for e in theirs}
            merged.entries = [e for e in merged.entries if id(e) not in moved]
            # The whole's kind told of both parts: each now has the other side's.
            merged.event = attrs.evolve(merged.event, kind=first.event.kind)
            event_id = second.id
            suffix = 1
            while event_id in self.events:
                suffix += 1
                event_id = f"{second.id}~{suffix}"
            self.events[event_id] = _MEvent(
                event=attrs.evolve(second.event, id=event_id),
                entries=cast("list[_MEntry]", theirs),
                sources=set(merged.sources),
            )
            self.events_of_games[second.event.games].append(event_id)
            for rejected in self.rejected:
                if id(rejected.entry) in moved:
                    rejected.event = event_id
            self._index_event(whole.id, before)
            self._index_event(event_id, set())
            if first.id not in matches:
                matches[first.id] = whole.id
                self._link_event(
                    k,
                    first.id,
                    whole.id,
                    f"{len(ours)} of the {n} medals of {whole.id!r}, which also holds those "
                    f"of {second.id!r}",
                )
            matches[second.id] = event_id
            self._link_event(
                k,
                second.id,
                event_id,
                f"{len(theirs)} of the {n} medals of {whole.id!r}, which also holds those "
                f"of {first.id!r}: split off",
            )
            message = (
                f"{label} has two events, {first.id!r} and {second.id!r}, where "
                f"{self.who(merged.sources)} has one with the medals of both, {whole.id!r}: "
                f"those of {second.id!r} are split off as {event_id!r}"
            )
            value = whole.id
        else:
            part = f"{whole.id}\n{second.id}"
            entries_of[whole.id] = cast("list[Entry]", ours)
            entries_of[part] = cast("list[Entry]", theirs)
            self._r_events[part] = whole.event
            self._parts.append(part)
            # The whole's kind told of both parts: each is merged as the other side's.
            self._kinds[whole.id] = first.event.kind
            self._kinds[part] = second.event.kind
            if whole.id not in matches:
                matches[whole.id] = first.id
                self._link_event(
                    k,
                    whole.id,
                    first.id,
                    f"{len(ours)} of its {n} medals; the others are {second.id!r}'s",
                )
            matches[part] = second.id  # the whole's other part, linked under the whole's id
            self._link_event(
                k,
                whole.id,
                second.id,
                f"{len(theirs)} of its {n} medals; the others are {first.id!r}'s",
            )
            message = (
                f"{label} has one event, {whole.id!r}, with the medals of two events of "
                f"{self.who(self.events[first.id].sources)}, {first.id!r} and {second.id!r}: "
                "they are shared between the two"
            )
            value = first.id
        if guessed:
            message += (
                f" (which of the {', '.join(guessed)} is which event's, nothing tells: "
                "they are shared in order)"
            )
        self.conflict("event", value, message)

    def _new_event(self, event: Event, entries: list[Entry], amap: dict[str, str], k: int) -> str:
        event_id = event.id
        suffix = 1
        while event_id in self.events:
            suffix += 1
            event_id = f"{event.id}~{suffix}"
        if event_id != event.id:
            self.conflict(
                "event",
                event.id,
                f"{self.labels[k]}'s event {event.id!r} matches no event of the same id "
                f"in an earlier history by its medals; kept apart as {event_id!r}",
            )
        merged = _MEvent(event=attrs.evolve(event, id=event_id), entries=[], sources={k})
        self.events[event_id] = merged
        self.events_of_games[event.games].append(event_id)
        seen: set[str] = set()
        for entry in entries:
            members = []
            complete = entry.complete
            for a in entry.athletes:
                m = amap[a]
                if m in seen:
                    complete = False
                    self.conflict(
                        "athletes",
                        event_id,
                        f"{self.labels[k]} lists {a!r} (linked to {m!r}) twice in event "
                        f"{event_id!r}; listed once",
                    )
                    continue
                seen.add(m)
                members.append(m)
            merged.entries.append(
                _MEntry(
                    noc=entry.noc,
                    athletes=members,
                    place=entry.place,
                    medal=entry.medal,
                    complete=complete,
                    sources={k},
                )
            )
        return event_id

    # Athletes -------------------------------------------------------------------

    def _link_athletes(  # noqa: PLR0917 - one call, in order of the steps
        self,
        entries_of: dict[str, list[Entry]],
        athletes: dict[str, Athlete],
        r_keys: dict[str, str],
        matches: dict[str, str],
        k: int,
        same_person: dict[str, tuple[str, str]],
    ) -> tuple[dict[str, str], dict[tuple[str, int, str], str]]:
        label = self.labels[k]
        same_id: dict[str, str] = {}
        for a in sorted(athletes):
            known = self.athletes.get(a)
            if (
                a not in same_person
                and known is not None
                and name_key(athletes[a].name) in known.keys
            ):
                same_id[a] = a
        s_keys = _KeysOf(self.athletes)
        pairs: list[tuple[str, list[_Pair]]] = []
        for r_id in sorted(matches):
            s_id = matches[r_id]
            paired, _ = _pair_entries(
                entries_of[r_id], self.events[s_id].entries, same_id, r_keys, s_keys
            )
            pairs.append((s_id, paired))

        evidence: dict[tuple[str, str], str] = {}
        # Where one athlete's results are shared with several merged athletes that can
        # be one person, they are: united, then the results are matched again.
        # Links an id that is two people makes are blocked (see _unite_targets).
        blocked: dict[str, set[str]] = {}
        for _ in range(4):
            same_id = {a: self._find(m) for a, m in same_id.items()}
            links, proposals, local = self._propose(
                pairs, same_id, r_keys, s_keys, evidence, blocked=blocked
            )
            united, found = self._unite_targets(
                proposals, same_id, athletes, entries_of, evidence, k
            )
            found = {a: {self._find(s) for s in targets} for a, targets in found.items()}
            if not united and found == blocked:
                break
            blocked = found
        # The last round may have united athletes the links still name.
        links = {a: self._find(m) for a, m in links.items()}
        local = {key: self._find(m) for key, m in local.items()}
        for r_ath, counts in list(proposals.items()):
            proposals[r_ath] = Counter()
            for s_ath, n in counts.items():
                proposals[r_ath][self._find(s_ath)] += n
        evidence = {(a, self._find(m)): how for (a, m), how in reversed(evidence.items())}

        for r_ath in sorted(proposals):
            targets = proposals[r_ath]
            others = {s for s in targets if s != links.get(r_ath)}
            if others:
                listed = ", ".join(f"{s!r} ({n} results)" for s, n in sorted(targets.items()))
                kept = links.get(r_ath)
                self.conflict(
                    "athletes",
                    r_ath,
                    f"{label}'s athlete {r_ath!r} ({athletes[r_ath].name}) shares results "
                    f"with several athletes: {listed}; "
                    + (
                        f"linked to {kept!r} where no result says otherwise"
                        if kept
                        else "not linked"
                    ),
                )
        # Linked by a surname or a name with words left out only.
        weak: set[str] = set()
        own = {a: x for a, x in athletes.items() if a not in same_person}
        self._link_by_name(
            entries_of=entries_of,
            athletes=own,
            r_keys=r_keys,
            links=links,
            evidence=evidence,
            proposals=proposals,
            weak=weak,
        )
        self._unite_by_name(
            entries_of=entries_of,
            athletes=own,
            r_keys=r_keys,
            links=links,
            evidence=evidence,
            proposals=proposals,
            weak=weak,
            k=k,
        )
        self._one_person_each(
            links=links,
            proposals=proposals,
            same_id=same_id,
            weak=weak,
            entries_of=entries_of,
            athletes=athletes,
            k=k,
        )
        evidence = {(a, self._find(m)): how for (a, m), how in reversed(evidence.items())}
        amap: dict[str, str] = {}
        for a in sorted(athletes):
            if a in same_person:
                continue
            target = links.get(a)
            if target is not None:
                amap[a] = target
                how = evidence.get((a, target), "the same id and name")
                if a != target or (a, target) in evidence:
                    self.athlete_links.append(
                        AthleteLink(source=label, athlete=a, merged=target, evidence=how)
                    )
                continue
            new = a
            suffix = 1
            while new in self.athletes or new in self.alias:
                suffix += 1
                new = f"{a}~{suffix}"
            if new != a:
                self.conflict(
                    "athletes",
                    a,
                    f"{label}'s athlete {a!r} ({athletes[a].name}) shares an id with "
                    f"{self._display(self._find(a))!r} of an earlier history but neither the "
                    f"name nor a result; kept apart as {new!r}",
                )
            amap[a] = new
        for a, (b, how) in sorted(same_person.items()):
            amap[a] = amap[b]
            self.athlete_links.append(
                AthleteLink(source=label, athlete=a, merged=amap[b], evidence=how)
            )
        return amap, local

    def _propose(
        self,
        pairs: list[tuple[str, list[_Pair]]],
        same_id: dict[str, str],
        r_keys: dict[str, str],
        s_keys: _KeysOf,
        evidence: dict[tuple[str, str], str],
        *,
        blocked: dict[str, set[str]],
    ) -> tuple[dict[str, str], dict[str, Counter[str]], dict[tuple[str, int, str], str]]:
        """Which merged athlete each athlete is, by the results they share.

        Returns the links (an athlete's most frequent match among those not
        it may be (not ``blocked``), where one is), every match proposed with its count, and the
        match within each paired entry.
        """
        links = dict(same_id)
        proposals: dict[str, Counter[str]] = {}
        local: dict[tuple[str, int, str], str] = {}
        for _ in range(6):
            proposals = defaultdict(Counter)
            # Evidence is kept from the round that first found a link: later rounds
            # only see it as "linked by another result".
            local = {}
            for s_id, paired in pairs:
                for r_entry, s_entry in paired:
                    for r_ath, s_ath, how in _match_members(
                        r_entry, s_entry, links, r_keys, s_keys
                    ):
                        proposals[r_ath][s_ath] += 1
                        local[(s_id, id(s_entry), r_ath)] = s_ath
                        medal = r_entry.medal.value if r_entry.medal else "result"
                        evidence.setdefault(
                            (r_ath, s_ath),
                            f"the same {medal} for {r_entry.noc} in {s_id} ({how})",
                        )
            resolved = dict(same_id)
            for r_ath in sorted(proposals):
                if r_ath in same_id:
                    continue
                ranked = [x for x in proposals[r_ath].items() if x[0] not in blocked.get(r_ath, ())]
                if not ranked:
                    continue
                best, count = min(ranked, key=lambda x: (-x[1], x[0]))
                if sum(1 for _, c in ranked if c == count) == 1:
                    resolved[r_ath] = best
            if resolved == links:
                break
            links = resolved
        return links, proposals, local

    # One person under several ids ------------------------------------------------

    def _find(self, athlete: str) -> str:
        while athlete in self.alias:
            athlete = self.alias[athlete]
        return athlete

    def _unite_targets(  # noqa: PLR0917 - one caller
        self,
        proposals: dict[str, Counter[str]],
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
        strength: dict[str, Counter[str]] = {}
        for r_ath in sorted(proposals.keys() | same_id.keys()):
            counts: Counter[str] = Counter()
            for s_ath, n in proposals.get(r_ath, Counter()).items():
                counts[self._find(s_ath)] += n
            if r_ath in same_id:
                # The same id and name outweighs any count of shared results.
                counts[same_id[r_ath]] += len(entries_of) + 1
            strength[r_ath] = counts
        claims: dict[str, list[str]] = defaultdict(list)
        for r_ath, counts in strength.items():
            for s_ath in counts:
                claims[s_ath].append(r_ath)
        shared = {s for s, claimed in claims.items() if len(claimed) > 1}
        several = {r_ath for r_ath, counts in strength.items() if len(counts) > 1}
        if not shared and not several:
            return False, {}
        r_traces = self._history_traces(
            {a for s in shared for a in claims[s]} | several, entries_of, athletes
        )
        traces = self._merged_traces(shared | {s for r in several for s in strength[r]})
        blocked: dict[str, set[str]] = defaultdict(set)
        for r_ath, trace in r_traces.items():
            if len(trace.sexes) > 1:
                blocked[r_ath].update(strength[r_ath])
        for s_ath, found in traces.items():
            if any(len(trace.sexes) > 1 for trace in found):
                for r_ath in claims[s_ath]:
                    blocked[r_ath].add(s_ath)
        # A link gives way to one at least as strong that it cannot stand with, both
        # ways: the same rule whichever history came first.
        for r_ath in sorted(several):
            counts = strength[r_ath]
            for s_ath in counts:
                if any(
                    other != s_ath
                    and counts[other] >= counts[s_ath]
                    and not _all_fit(traces[other], traces[s_ath])
                    for other in counts
                ):
                    blocked[r_ath].add(s_ath)
        for s_ath in sorted(shared):
            claimed = claims[s_ath]
            for r_ath in claimed:
                if any(
                    other != r_ath
                    and strength[other][s_ath] >= strength[r_ath][s_ath]
                    and not r_traces[other].fits(r_traces[r_ath])
                    for other in claimed
                ):
                    blocked[r_ath].add(s_ath)
        united = False
        for r_ath in sorted(several):
            counts = strength[r_ath]
            order = sorted(
                (s for s in counts if s not in blocked[r_ath]), key=lambda s: (-counts[s], s)
            )
            for next_one in order[1:]:
                base, other = self._find(order[0]), self._find(next_one)
                if base == other or not _all_fit(traces[base], traces[other]):
                    continue
                why = "; ".join(
                    evidence.get((r_ath, s), "the same id and name")
                    for s in sorted((base, other))
                    if (r_ath, s) in evidence or same_id.get(r_ath) == s
                )
                self._unite(
                    base,
                    other,
                    f"both are {self.labels[k]}'s {r_ath!r} ({athletes[r_ath].name}): {why}",
                    traces,
                )
                united = True
        if united:
            self._rename_members()
        return united, {a: found for a, found in blocked.items() if found}

    def _unite(self, one: str, other: str, evidence: str, traces: dict[str, list[_Trace]]) -> None:
        """Make two merged athletes one, and their traces the kept one's."""

        def rank(athlete: str) -> tuple[int, bool, str]:
            first = min(k for _, k in self.athletes[athlete].names)
            # An id of the source's own over one made from a name.
            return first, bool(_NAME_ID.match(athlete)), athlete

        survivor, gone = sorted((one, other), key=rank)
        kept, lost = self.athletes[survivor], self.athletes.pop(gone)
        kept.names.extend(lost.names)
        kept.ids.update(lost.ids)
        kept.aliases.update(lost.aliases)
        kept.reset()
        if kept.sex is None:
            kept.sex = lost.sex
        self.alias[gone] = survivor
        self._gone.append(gone)
        traces[survivor] = self.member_traces[survivor] = traces.pop(gone) + traces[survivor]
        self.member_traces.pop(gone, None)
        source = min(k for _, k in lost.names)
        link = AthleteLink(
            source=self.labels[source], athlete=gone, merged=survivor, evidence=evidence
        )
        self.athlete_links.append(link)

    def _rename_members(self) -> None:
        """Put the ids kept for the merged athletes united since in their entries."""
        for gone in self._gone:
            survivor = self._find(gone)
            events = self.where.pop(gone, {})
            for event_id in events:
                for entry in self.events[event_id].entries:
                    if gone in entry.athletes:
                        entry.athletes = list(
                            dict.fromkeys(survivor if a == gone else a for a in entry.athletes)
                        )
            self.where[survivor].update(events)
        self._gone = []

    def _settle_rejected(self) -> None:
        """Match again the members a history gave teams listed whole without them.

        Such a member is the team's one member left on each side once the others are
        linked, which may take a later history (OlympAnalyt's ``Ханеволд`` is
        ``Halvard HANEVOLD`` by olympics.com's results): the order of the histories
        must not decide it. The two are united where they can be one person.
        """
        while True:
            united = False
            left: list[_Rejected] = []
            for rejected in self.rejected:
                entry = rejected.entry
                team = [self._find(a) for a in entry.athletes]
                members = list(dict.fromkeys(self._find(m) for m in rejected.members))
                extra = [m for m in members if m not in team]
                if not extra:
                    continue
                missing = [a for a in team if a not in members]
                if rejected.complete and len(team) > 1 and len(extra) == 1 and len(missing) == 1:
                    traces = self._merged_traces({extra[0], missing[0]})
                    if _all_fit(traces[missing[0]], traces[extra[0]]):
                        medal = _medal_name(entry.medal)
                        self._unite(
                            missing[0],
                            extra[0],
                            f"the same {medal} for {entry.noc} in {rejected.event} (the one "
                            "team member left on each side, once the others were linked)",
                            traces,
                        )
                        self._rename_members()
                        united = True
                        continue
                left.append(rejected)
            self.rejected = left
            if not united:
                return

    def _short(self, event_id: str, entry: _MEntry) -> bool:
        """Whether a team listed as whole is short: members may be missing from it.

        A team's list is doubted only where the event says so: another medal team of
        the event lists more members (Kaggle's Norwegian relays of three, where the
        others list four: Dæhlie has no row). A squad one source lists with its
        reserves and another without is not short, and one athlete's result in an
        individual event stays one athlete's (a horse written beside its rider).
        """
        merged = self.events[event_id]
        if len(entry.athletes) < 2 and merged.event.kind is not EventKind.TEAM:
            return False
        longest = max(
            (len(e.athletes) for e in merged.entries if e.medal is not None and e.complete),
            default=0,
        )
        return len(entry.athletes) < longest

    def _report_rejected(self) -> None:
        for rejected in self.rejected:
            team = {self._find(a) for a in rejected.entry.athletes}
            members = dict.fromkeys(self._find(m) for m in rejected.members)
            extra = [m for m in members if m not in team]
            new = ", ".join(extra)
            if not new:
                continue
            label, noc, target = self.labels[rejected.k], rejected.entry.noc, rejected.event
            if team <= members.keys() and self._short(target, rejected.entry):
                # Once linked, the other list holds the whole of this one, and more.
                in_event = {a for e in self.events[target].entries for a in e.athletes}
                added = [m for m in extra if m not in in_event]
                rejected.entry.athletes.extend(added)
                self._index_event(target, set())
                message = (
                    f"{label} lists the {noc} team of {target!r} with {', '.join(added)}, "
                    f"whom {self.who(rejected.others)} left out of a list given as whole; added"
                )
                if len(added) < len(extra):
                    message += (
                        f" (not {', '.join(m for m in extra if m not in added)}, in another "
                        "entry of the event)"
                    )
                self.conflict("athletes", target, message)
                continue
            if rejected.complete:
                message = (
                    f"{label} and {self.who(rejected.others)} both list the whole {noc} team "
                    f"of {target!r} but not the same members: {new} only in {label}; the "
                    "earlier list is kept"
                )
            else:
                message = (
                    f"{label} adds {new} to the {noc} team of {target!r}, which "
                    f"{self.who(rejected.others)} lists complete; not added"
                )
            self.conflict("athletes", target, message)

    def _index_event(self, event_id: str, before: set[str]) -> None:
        """Note where the athletes of a merged event competed.

        ``before``: the event's athletes before it changed.
        """
        merged = self.events[event_id]
        event = merged.event
        discipline = _discipline(event.discipline) or _discipline(event.sport)
        year = self.games[event.games].year
        now: set[str] = set()
        for entry in merged.entries:
            if entry.athletes:
                context = (_family(entry.noc), discipline, year)
                for a in entry.athletes:
                    self.where[a][event_id] = context
                    now.add(a)
        for a in before - now:
            self.where[a].pop(event_id, None)

    def _merged_traces(self, ids: set[str]) -> dict[str, list[_Trace]]:
        """Where merged athletes competed, as traces taken for one person each.

        One trace per id united into a merged athlete (as it was when united), and
        one for the results it has had since.
        """
        traces: dict[str, list[_Trace]] = {}
        for m in ids:
            known = self.member_traces.get(m, [])
            covered = set().union(*(t.events for t in known))
            own = frozenset(self.athletes[m].ids)
            fresh = _Trace(
                events=set(), contexts=set(), sexes=_sexes(self.athletes[m].sex), ids=own
            )
            for event_id, context in self.where.get(m, {}).items():
                if event_id not in covered:
                    fresh.events.add(event_id)
                    fresh.contexts.add(context)
                    fresh.sexes.update(_SEX_OF.get(self.events[event_id].event.gender, ()))
            # Every trace of a merged athlete carries all its ids: it is one person now.
            known = [attrs.evolve(t, ids=own) for t in known]
            traces[m] = known + ([fresh] if fresh.events else [])
        return traces

    def _history_traces(
        self, ids: set[str], entries_of: dict[str, list[Entry]], athletes: dict[str, Athlete]
    ) -> dict[str, _Trace]:
        traces = {
            a: _Trace(
                events=set(), contexts=set(), sexes=_sexes(athletes[a].sex), ids=_own_id(self._k, a)
            )
            for a in ids
        }
        for event_id, entries in entries_of.items():
            for entry in entries:
                for a in entry.athletes:
                    trace = traces.get(a)
                    if trace is not None:
                        trace.events.add(event_id)
                        trace.contexts.add(self._context(event_id, entry.noc))
                        trace.sexes.update(_SEX_OF.get(self._r_events[event_id].gender, ()))
        return traces

    def _one_person_each(
        self,
        *,
        links: dict[str, str],
        proposals: dict[str, Counter[str]],
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
        traces = self._history_traces(
            {a for found in groups.values() for a in found}, entries_of, athletes
        )
        for m in sorted(groups):

            def strength(a: str, m: str = m) -> tuple[bool, int, bool]:
                return a in same_id, proposals.get(a, Counter())[m], a not in weak

            order = sorted(groups[m], key=lambda a: (*(-x for x in strength(a)), a))
            first = order[0]
            kept = [traces[first]]
            apart = []
            for a in order[1:]:
                if _all_fit(kept, [traces[a]]):
                    kept.append(traces[a])
                else:
                    apart.append(a)
            if any(strength(a) == strength(first) for a in apart):
                # As strong a link that cannot stand with the first: none is kept.
                apart = order
            for a in apart:
                del links[a]
                self.conflict(
                    "athletes",
                    a,
                    f"{self.labels[k]}'s athletes {', '.join(map(repr, order))} all match "
                    f"{m!r} but cannot all be one person (they met in one event, differ in "
                    f"sex, or competed apart); {a!r} ({athletes[a].name}) is not linked",
                )

    def _same_person(
        self,
        athletes: dict[str, Athlete],
        entries_of: dict[str, list[Entry]],
        r_keys: dict[str, str],
        k: int,
    ) -> dict[str, tuple[str, str]]:
        """Athletes of one history under two ids, one of them made from the name.

        A source that ids athletes by URL gives a row without a URL an id made of the
        name key and NOC (``NOR:hosflot-johannes-klabo``). That athlete is the one of
        the source's own ids with the same name key, for a nation of the same lineage,
        in the same discipline within a career's span, never in the same event as
        them, where exactly one is. Returns ``{name id: (own id, evidence)}``.
        """
        named = {a: a[4:].replace("-", " ") for a in athletes if _NAME_ID.match(a)}
        if not named or len(named) == len(athletes):
            return {}
        traces = self._history_traces(set(named), entries_of, athletes)
        wanted = {(n, frozenset(d)) for trace in traces.values() for n, d, _ in trace.contexts}
        keys = set(named.values())
        near: dict[str, _Trace] = {}
        for event_id, entries in entries_of.items():
            for entry in entries:
                nation, discipline, year = self._context(event_id, entry.noc)
                if (nation, frozenset(discipline)) not in wanted:
                    continue
                for a in entry.athletes:
                    if a in named:
                        continue
                    trace = near.get(a)
                    if trace is None:
                        if (r_keys.get(a) or name_key(athletes[a].name)) not in keys:
                            near[a] = _NOWHERE
                            continue
                        sexes = _sexes(athletes[a].sex)
                        trace = near[a] = _Trace(events=set(), contexts=set(), sexes=sexes)
                    elif trace is _NOWHERE:
                        continue
                    trace.events.add(event_id)
                    trace.contexts.add((nation, discipline, year))
                    trace.sexes.update(_SEX_OF.get(self._r_events[event_id].gender, ()))
        by_key: dict[str, list[str]] = defaultdict(list)
        for a in sorted(near):
            if near[a] is not _NOWHERE:
                by_key[r_keys.get(a) or name_key(athletes[a].name)].append(a)
        found: dict[str, tuple[str, str]] = {}
        for a in sorted(named):
            fits = [b for b in by_key.get(named[a], ()) if traces[a].fits(near[b], by_name=True)]
            if len(fits) == 1:
                how = (
                    f"{fits[0]!r} in {self.labels[k]} too: the same name for the same nation "
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

    def _link_by_name(
        self,
        *,
        entries_of: dict[str, list[Entry]],
        athletes: dict[str, Athlete],
        r_keys: dict[str, str],
        links: dict[str, str],
        evidence: dict[tuple[str, str], str],
        proposals: dict[str, Counter[str]],
        weak: set[str],
    ) -> None:
        # A member one source adds to a team whose members the other did not list has
        # no result of its own to share. The anchor is then the other source's only
        # athlete of that name (or else whose name holds all the words of the other's,
        # a surname alone or a middle name left out, either way) with a result for the
        # same nation in the same discipline within a career's span.
        unlinked = {a for a in athletes if a not in links and a not in proposals}
        if not unlinked or not self.athletes:
            return
        r_context: dict[str, set[_Context]] = defaultdict(set)
        linked: dict[str, set[_Context]] = defaultdict(set)
        for entries in entries_of.values():
            for entry in entries:
                for a in entry.athletes:
                    if a in unlinked:
                        r_context[a].add(self._context(entry.event, entry.noc))
                    elif a in links:
                        linked[links[a]].add(self._context(entry.event, entry.noc))
        # Only athletes with a result that could fit are looked at (and name-keyed).
        s_context = self._near(r_context.values())
        # The results of this history's athletes linked to a merged athlete are its.
        for m, contexts in linked.items():
            s_context[m] |= contexts
        index = _NameIndex()
        for m in s_context:
            for key in self.athletes[m].keys:
                index.add(m, key)
        for a in sorted(unlinked):
            exact = index.exact(r_keys[a])
            found = exact or index.parts(r_keys[a])
            found = {
                m for m in (exact or found) if _contexts_fit(r_context.get(a, set()), s_context[m])
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

    def _unite_by_name(
        self,
        *,
        entries_of: dict[str, list[Entry]],
        athletes: dict[str, Athlete],
        r_keys: dict[str, str],
        links: dict[str, str],
        evidence: dict[tuple[str, str], str],
        proposals: dict[str, Counter[str]],
        weak: set[str],
        k: int,
    ) -> None:
        # The mirror of _link_by_name: a merged athlete who shares no result with this
        # history is the one person of this history with that name (or else whose
        # name holds all the words of the other's, either way) for the same nation in
        # the same discipline within a career's span. A person of this history is an
        # athlete with the merged athlete it is linked to (where it is): the two are
        # united, or the athlete, not linked, is linked to this one.
        touched = {m for counts in proposals.values() for m in counts}
        touched.update(links.values())
        # A person of this history: ("m", the merged athlete its athletes are linked
        # to) or ("r", its one athlete not linked).
        group_of = {a: ("m", links[a]) if a in links else ("r", a) for a in athletes}
        contexts: dict[tuple[str, str], set[_Context]] = defaultdict(set)
        for event_id, entries in entries_of.items():
            for entry in entries:
                if entry.athletes:
                    context = self._context(event_id, entry.noc)
                    for a in entry.athletes:
                        if a in group_of:
                            contexts[group_of[a]].add(context)
        for target in set(links.values()):
            contexts[("m", target)].update(self.where.get(target, {}).values())
        s_context = self._near(contexts.values(), skip=touched)
        if not s_context:
            return
        index = _NameIndex()
        for a, group in group_of.items():
            if group in contexts:
                index.add(a, r_keys[a])
        pairs: list[tuple[tuple[str, str], str, str]] = []
        for m in sorted(s_context):
            keys = self.athletes[m].keys
            found = set().union(*(index.exact(key) for key in keys))
            exact = bool(found)
            if not found:
                found = set().union(*(index.parts(key) for key in keys))
            groups = {
                group_of[a] for a in found if _contexts_fit(s_context[m], contexts[group_of[a]])
            }
            if len(groups) == 1:
                pairs.append((groups.pop(), m, "name" if exact else "surname"))
        if not pairs:
            return
        traces = self._merged_traces(
            {m for _, m, _ in pairs} | {self._find(a) for (side, a), _, _ in pairs if side == "m"}
        )
        united = False
        anchored: dict[tuple[str, str], list[str]] = defaultdict(list)
        for group, m_id, _ in pairs:
            anchored[group].append(m_id)
        for (side, a), m_id, what in pairs:
            if side == "r" and a not in links:
                traced = [t for m in anchored[(side, a)] for t in traces[m]]
                if not _all_fit(traced, traced):
                    # Several merged athletes that cannot be one: none is this one.
                    continue
                links[a] = m_id
                if what != "name":
                    weak.add(a)
                evidence[(a, m_id)] = (
                    f"the same {what} for the same nation in the same discipline; no shared result"
                )
                continue
            target, m = self._find(links[a] if side == "r" else a), self._find(m_id)
            if target == m or not _all_fit(traces[target], traces[m]):
                continue
            self._unite(
                target,
                m,
                f"{m!r} has the same {what} as {self.labels[k]}'s athlete(s) linked to "
                f"{target!r}, for the same nation in the same discipline; no shared result",
                traces,
            )
            united = True
        if united:
            self._rename_members()
            for a, m in list(links.items()):
                links[a] = self._find(m)

    def _near(
        self, known: Iterable[set[_Context]], skip: set[str] | frozenset[str] = frozenset()
    ) -> dict[str, set[_Context]]:
        """Merged athletes with a result near one of the contexts ``known``.

        Returns, for each (but those to ``skip``), the contexts of those results: the
        same nation, a discipline sharing a word, within a career's span.
        """
        seen: set[tuple[str, str, int]] = set()
        for contexts in known:
            for nation, discipline, year in contexts:
                for word in _tags(discipline):
                    seen.add((nation, word, year))
        # The years near those seen, for each nation and word of a discipline.
        near: dict[tuple[str, str], set[int]] = defaultdict(set)
        for nation, word, year in seen:
            near[(nation, word)].update(range(year - _CAREER_YEARS, year + _CAREER_YEARS + 1))
        found: dict[str, set[_Context]] = defaultdict(set)
        for m, events in self.where.items():
            if m in skip or not events:
                continue
            for context in set(events.values()):
                nation, discipline, year = context
                for word in _tags(discipline):
                    if year in near.get((nation, word), ()):
                        found[m].add(context)
                        break
        return found

    def _context(self, event_id: str, noc: str) -> _Context:
        """The context of a result of the history being absorbed."""
        where = self._r_contexts.get(event_id)
        if where is None:
            event = self._r_events[event_id]
            discipline = _discipline(event.discipline) or _discipline(event.sport)
            where = self._r_contexts[event_id] = (discipline, self.games[event.games].year)
        return _family(noc), *where

    def _display(self, athlete: str) -> str:
        return _best_name(self.athletes[athlete].names)

    # Entries ----------------------------------------------------------------------

    def _merge_event(
        self,
        event: Event,
        target: str,
        *,
        entries: list[Entry],
        amap: dict[str, str],
        keys: tuple[dict[str, str], _KeysOf],
        local: dict[tuple[str, int, str], str],
        k: int,
    ) -> None:
        label = self.labels[k]
        merged = self.events[target]
        original = list(merged.entries)
        self._fill_event(merged, event, k)
        paired, extra = _pair_entries(entries, merged.entries, amap, *keys)
        # Only paired entries change: their state is kept to undo a merge that breaks
        # the event's places.
        saved = [(e, list(e.athletes), e.place, e.complete, set(e.sources)) for _, e in paired]
        in_event = {a for e in merged.entries for a in e.athletes}
        for r_entry, s_entry in paired:
            s_entry.sources.add(k)
            if r_entry.noc != s_entry.noc:
                why = (
                    "a mixed team"
                    if {r_entry.noc, s_entry.noc} & _MIXED_TEAMS
                    else "the same nation's lineage"
                )
                self.conflict(
                    "noc",
                    target,
                    f"{label} gives the {_medal_name(r_entry.medal)} of {target!r} to "
                    f"{r_entry.noc}, {self.who(s_entry.sources - {k})} to {s_entry.noc} "
                    f"({why}); {s_entry.noc} is kept",
                )
            if s_entry.place is None:
                s_entry.place = r_entry.place
            # A match made within an entry may name an athlete united since.
            mapped = [
                self._find(local.get((target, id(s_entry), a), amap[a])) for a in r_entry.athletes
            ]
            for i, (a, m) in enumerate(zip(r_entry.athletes, mapped, strict=True)):
                own = amap[a]
                if m == own:
                    continue
                # The two share this result but are not one person as a whole: one of
                # them is an id that is two people, split by its results. The result is
                # a's where m holds another id of a's source (that source says the
                # result is a's, not m's) or m has no id a source gave and a has.
                theirs = self.athletes[m].ids
                if own not in in_event and (
                    any(j == k and b != a for j, b in theirs)
                    or (not theirs and self.athletes[own].ids)
                ):
                    s_entry.athletes[s_entry.athletes.index(m)] = own
                    in_event.discard(m)
                    in_event.add(own)
                    mapped[i] = own
                    self.went[m][own] += 1
                else:
                    self.went[own][m] += 1
                    # The name this source writes for that result is one of m's too.
                    self.athletes[m].aliases.add(self._r_names[a])
                    self.athletes[m].reset()
            self._merge_members(target, s_entry, r_entry, mapped=mapped, in_event=in_event, k=k)
        s_medals = {e.medal for e in merged.entries if e.medal is not None}
        # Where the sources' podiums disagree, a medal only the later one has is as
        # doubtful as the rest (a reallocation one source shows and the other not):
        # it is reported, not added. Tied entries nothing tells apart (two golds for
        # one nation, named in two scripts) are left unpaired, yet where both sides
        # give that nation as many of that medal, the podiums agree.
        held = Counter((e.medal, _family(e.noc)) for e in merged.entries if e.medal)
        given = Counter((e.medal, _family(e.noc)) for e in entries if e.medal)
        disputed = any(
            e.medal in s_medals and given[e.medal, _family(e.noc)] != held[e.medal, _family(e.noc)]
            for e in extra
            if e.medal is not None
        )
        added: list[_MEntry] = []
        for r_entry in extra:
            if disputed and r_entry.medal is not None and r_entry.medal not in s_medals:
                self.conflict(
                    "medal",
                    target,
                    f"{label} gives a {r_entry.medal.value} in {target!r} to {r_entry.noc}"
                    f"{_members(r_entry, amap)}, which no earlier history has, and the "
                    "podiums disagree; not added",
                )
                continue
            if r_entry.medal is not None and r_entry.medal in s_medals:
                holders = sorted(e.noc for e in merged.entries if e.medal is r_entry.medal)
                first = sorted(
                    {i for e in merged.entries if e.medal is r_entry.medal for i in e.sources}
                )
                self.conflict(
                    "medal",
                    target,
                    f"{label} gives a {r_entry.medal.value} in {target!r} to {r_entry.noc}"
                    f"{_members(r_entry, amap)}, {self.who(first)} to "
                    f"{', '.join(holders)}; the {r_entry.medal.value} of {self.who(first)} "
                    "is kept",
                )
                continue
            members = []
            complete = r_entry.complete
            for a in r_entry.athletes:
                m = amap[a]
                if m in in_event:
                    complete = False
                    self.conflict(
                        "athletes",
                        target,
                        f"{label} has {m!r} in another entry of {target!r} than an earlier "
                        "history; left out of the entry from " + label,
                    )
                    continue
                in_event.add(m)
                members.append(m)
            if r_entry.medal is None and not members and r_entry.athletes:
                continue
            added.append(
                _MEntry(
                    noc=r_entry.noc,
                    athletes=members,
                    place=r_entry.place,
                    medal=r_entry.medal,
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
            self.conflict(
                "place",
                target,
                f"merging {label}'s entries into {target!r} breaks the event's places: "
                f"{err.message}; the earlier histories' entries are kept",
            )

    def _fill_event(self, merged: _MEvent, event: Event, k: int) -> None:
        known = merged.event
        if known.date is None and event.date is not None:
            merged.event = known = attrs.evolve(known, date=event.date)
        for field in ("date", "official", "kind"):
            mine, theirs = getattr(known, field), getattr(event, field)
            if theirs is not None and mine != theirs:
                shown = getattr(theirs, "value", theirs)
                kept = getattr(mine, "value", mine)
                self.conflict(
                    field,
                    known.id,
                    f"{self.labels[k]} gives event {event.id!r} {field} {shown}, "
                    f"{self.who(merged.sources)} {kept} for {known.id!r}; {kept} is kept",
                )

    def _merge_members(
        self,
        target: str,
        s_entry: _MEntry,
        r_entry: Entry,
        *,
        mapped: list[str],
        in_event: set[str],
        k: int,
    ) -> None:
        label = self.labels[k]
        mine = set(s_entry.athletes)
        new = [m for m in dict.fromkeys(mapped) if m not in mine]
        if s_entry.complete and new and mine <= set(mapped) and self._short(target, s_entry):
            # A list given as whole that another holds with more names, shorter than
            # the event's other teams, missed them.
            self.conflict(
                "athletes",
                target,
                f"{label} lists the {s_entry.noc} team of {target!r} with "
                f"{', '.join(new)}, whom {self.who(s_entry.sources - {k})} left out of a "
                "list given as whole; added",
            )
        elif s_entry.complete and new:
            # Not added; reported at the end unless later links account for them.
            self.rejected.append(
                _Rejected(
                    entry=s_entry,
                    event=target,
                    members=list(dict.fromkeys(mapped)),
                    complete=r_entry.complete,
                    k=k,
                    others=s_entry.sources - {k},
                )
            )
            return
        if r_entry.complete and not s_entry.complete and not (mine - set(mapped)):
            s_entry.complete = True
        elif r_entry.complete and not s_entry.complete and new:
            # The complete list lacks members the other source has: keep every name,
            # but the team is no longer known to be complete.
            self.conflict(
                "athletes",
                target,
                f"{label} lists the {s_entry.noc} team of {target!r} as complete without "
                f"{', '.join(sorted(mine - set(mapped)))}, whom an earlier history lists",
            )
        for m in new:
            if m in in_event:
                s_entry.complete = False
                self.conflict(
                    "athletes",
                    target,
                    f"{label} puts {m!r} in the {s_entry.noc} entry of {target!r}, an "
                    "earlier history in another entry; not added",
                )
                continue
            in_event.add(m)
            s_entry.athletes.append(m)

    # Building ------------------------------------------------------------------

    def _fold_results_away(self, entries: list[Entry]) -> None:
        """Drop the athletes all of whose results went to others; they are those others.

        An athlete of a later history is merged as itself where nothing links it as a
        whole, yet each of its results may be paired with another's (an id that is two
        people, ``USA:dzhonson`` for Allen and Michael Johnson, is split so). Left with
        no result, it is the athletes its results went to: its names become theirs.
        """
        entered = {a for e in entries for a in e.athletes}
        kept = {a for c in self.corrections for a in c.athletes}
        for gone in sorted(self.went):
            athlete = self.athletes.get(gone)
            if athlete is None or gone in entered or gone in kept:
                continue
            counts: Counter[str] = Counter()
            for m, n in self.went[gone].items():
                counts[self._find(m)] += n
            targets = sorted(set(counts) - {gone})
            if not targets or any(t not in self.athletes for t in targets):
                continue
            del self.athletes[gone]
            for target in targets:
                self.athletes[target].aliases.update(n for n, _ in athlete.names)
                self.athletes[target].aliases.update(athlete.aliases)
                self.athletes[target].reset()
                self.athlete_links.append(
                    AthleteLink(
                        source=self.labels[min(k for _, k in athlete.names)],
                        athlete=gone,
                        merged=target,
                        evidence=f"{counts[target]} of its results are {target!r}'s, and none "
                        "is left its own",
                    )
                )

    def build(self) -> MergeResult:
        self._report_rejected()
        entries: list[Entry] = []
        events: list[Event] = []
        for event_id in sorted(self.events):
            merged = self.events[event_id]
            kind = merged.event.kind
            if kind is EventKind.INDIVIDUAL and any(len(e.athletes) > 1 for e in merged.entries):
                # Several athletes share one result: a team event, whatever a title says.
                kind = EventKind.TEAM
            events.append(attrs.evolve(merged.event, kind=kind))
            # Events come in id order; sorting each one's entries orders them all.
            entries.extend(sorted((e.frozen(event_id) for e in merged.entries), key=_entry_order))
        self._fold_results_away(entries)
        # An athlete no merged entry names had all its results taken by others, or
        # its place in a team refused (reported): it is no one's any more.
        named = {a for e in entries for a in e.athletes}
        named |= {self._find(a) for c in self.corrections for a in c.athletes}
        named |= {self._find(a) for a in self.unnamed}
        athletes = []
        for a, x in sorted(self.athletes.items()):
            if a not in named:
                continue
            name = _best_name(x.names)
            # A spelling that differs from the name only in case is no other name.
            spellings = {n for n, _ in x.names} | x.aliases
            aliases = tuple(sorted(n for n in spellings if n.casefold() != name.casefold()))
            athletes.append(unchecked_athlete(a, name, x.sex, aliases))
        # Members one source lacks another may give: whether every team medal lists
        # its members is a fact of the merged entries, not of any one source.
        games_of = {e.id: e.games for e in events}
        short = {games_of[e.event] for e in entries if e.medal is not None and not e.complete}
        coverage = []
        for games_id in sorted(self.coverage):
            parts = self.coverage[games_id]
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
        conflicts = list(dict.fromkeys(self.conflicts))
        issues = sorted(self.issues | set(conflicts), key=_issue_order)
        history = History(
            games=sorted(self.games.values(), key=lambda g: (g.year, g.season.value)),
            events=events,
            entries=entries,
            athletes=athletes,
            nocs=sorted(self.nocs.values(), key=lambda n: n.code),
            corrections=sorted(
                {
                    attrs.evolve(c, athletes=tuple(self._find(a) for a in c.athletes))
                    for c in self.corrections
                },
                key=lambda c: (c.decided, c.event, c.noc, c.athletes),
            ),
            issues=issues,
            coverage=coverage,
        )
        return MergeResult(
            history=history,
            events=tuple(self.event_links),
            athletes=tuple(
                attrs.evolve(link, merged=self._find(link.merged)) for link in self.athlete_links
            ),
        )


# Scoring, pairing and matching ------------------------------------------------------


def _score(s: _Side, r: _Side, *, fit: bool = True) -> tuple[tuple[float, ...], str] | None:
    """How well two events match, or ``None`` if they cannot be one event.

    Two events of one sport filed under disciplines that do not fit (``Canoe
    Marathon`` and ``Canoe Sprint``) are one only on stronger evidence: most of their
    medals agree, and their titles name no different distance, boat or weight.
    """
    agree = contra = 0
    for medal, mine in s.per_medal.items():
        theirs = r.per_medal.get(medal, 0)
        if not theirs:
            # A medal one source lacks is missing, not contradicted (partial podiums).
            continue
        same = sum(
            min(n, r.medals.get(key, 0))
            for key, n in s.medals.items()
            if key[0] is medal and key[1] != _ANY
        )
        # A mixed team on either side can be any nation on the other.
        wild = s.medals.get((medal, _ANY), 0) + r.medals.get((medal, _ANY), 0)
        same += min(mine - same, theirs - same, wild)
        agree += same
        contra += max(mine, theirs) - same
    names = sum(1 for key in s.names.keys() & r.names.keys() if s.names[key] & r.names[key])
    title = _similarity(s.title, r.title)
    total_s, total_r = sum(s.medals.values()), sum(r.medals.values())
    if not fit:
        measures_s, measures_r = _measures(s.title), _measures(r.title)
        if (
            agree < 2
            or agree <= contra
            or (measures_s and measures_r and not measures_s & measures_r)
        ):
            return None
    if agree:
        if agree <= contra and not names and title < 0.5:
            return None
    elif not total_s or not total_r:
        if title < 1.0:
            return None
    else:
        # Medals reallocated after doping cases shift a podium: no medal agrees, but
        # the nations on it do, and so does the title.
        shared = sum((s.nocs & r.nocs).values())
        if title < 0.5 or 2 * shared < min(total_s, total_r):
            return None
    evidence = f"{agree} of {max(total_s, total_r)} medals agree"
    if contra:
        evidence += f", {contra} disagree"
    if names:
        evidence += f", {names} with the same athletes' names"
    evidence += f"; titles {s.event.name!r} / {r.event.name!r}"
    score = (
        float(agree - contra + names),
        float(s.event.gender is r.event.gender),
        _discipline_match(s.discipline, r.discipline),
        title,
        float(agree),
    )
    return score, evidence


def _folds(
    wholes: Sequence[_Side],
    parts: Sequence[_Side],
    whole_aligned: dict[str, str],
    part_aligned: dict[str, str],
    used: set[int],
) -> list[tuple[_Side, _Side, _Side]]:
    """Events of one side that hold the medals of two events of the other side.

    Some sources fold two events of one Games into one: olympics.com's 1912 coxed
    four holds the eight's medals too, OlympAnalyt's 1900 coxed four both finals'.
    An event is two of the other side's where its medals (medal and nation) are
    theirs together, but for medals of a kind one of the two lacks (a partial
    podium); it has two golds at least (one podium has two only for a tie, and a
    tied podium's counterpart is aligned with it whole); the three fit (Games,
    discipline, gender); it is aligned with one of the two, or with none and a title
    says they are one event; neither of the two is aligned with another event; and no
    other two fit so. ``whole_aligned`` and ``part_aligned``
    map the ids of each side to those of the events they are aligned with. Returns
    (the event, the one of the two it is aligned with or whose title is nearer, the
    other); the three are added to ``used`` (by ``id()``: the two sides' ids may be
    the same strings), which no other match may take.
    """
    found: list[tuple[_Side, _Side, _Side]] = []
    for whole in wholes:
        if id(whole) in used or whole.per_medal.get(Medal.GOLD, 0) < 2:
            continue
        fitting = [
            part
            for part in parts
            if part.medals
            and id(part) not in used
            and part_aligned.get(part.id, whole.id) == whole.id
            and all(whole.medals[key] >= n for key, n in part.medals.items())
            and _same_sport(whole.discipline, part.discipline)
            and _genders_fit(whole.event.gender, part.event.gender)
        ]
        pairs = []
        for one, other in itertools.combinations(fitting, 2):
            together = one.medals + other.medals
            if any(whole.medals[key] < n for key, n in together.items()):
                continue
            # What is left is the medals one of the two lacks: of a kind it has none of.
            if any(
                (medal in one.per_medal) == (medal in other.per_medal)
                for medal, _ in whole.medals - together
            ):
                continue
            aligned = whole_aligned.get(whole.id)
            titles = {x.id: _similarity(whole.title, x.title) for x in (one, other)}
            # Aligned with a third event, it is that one (a tied podium, two golds).
            if aligned is not None and aligned not in titles:
                continue
            if aligned is None and max(titles.values()) < 0.5:
                continue
            first, second = sorted(
                (one, other), key=lambda x: (aligned != x.id, -titles[x.id], x.id)
            )
            pairs.append((whole, first, second))
        if len(pairs) == 1:
            found.extend(pairs)
            used.update(id(x) for x in pairs[0])
    return found


def _share(
    whole: _Side, first: _Side, second: _Side, keys: _KeysOf | dict[str, set[str]]
) -> tuple[list[Entry | _MEntry], list[Entry | _MEntry], list[str]]:
    """Which entries of ``whole`` are ``first``'s and which ``second``'s.

    A medal one of them has for a nation is its own, and so is one of a kind the
    other has but it lacks. Where both have it, the entry whose athletes' names the
    part has is that part's, then the one of the shape of the part's (a team or one
    athlete), else they are taken in order. The entries without a medal go with
    ``first``. Returns the two lists, and the medals shared in order between entries
    that differ (a guess, to report).
    """
    ours: list[Entry | _MEntry] = []
    theirs: list[Entry | _MEntry] = []
    groups: dict[tuple[Medal, str], list[Entry | _MEntry]] = defaultdict(list)
    for entry in whole.entries:
        if entry.medal is None:
            ours.append(entry)
        else:
            groups[(entry.medal, _family(entry.noc))].append(entry)

    def team(entry: Entry | _MEntry) -> bool:
        # Several athletes, or some of them; else one athlete (as in _Side).
        return len(entry.athletes) > 1 or not entry.complete

    shapes = {
        part.id: {(e.medal, _family(e.noc), team(e)) for e in part.entries if e.medal is not None}
        for part in (first, second)
    }

    def leaning(entry: Entry | _MEntry, key: tuple[Medal, str]) -> tuple[int, int]:
        """How much more the entry looks like ``second``'s than ``first``'s."""
        shaped = (*key, team(entry))
        names = [
            len([a for a in entry.athletes if keys.get(a, set()) & part.names.get(shaped, set())])
            for part in (first, second)
        ]
        fits = [int(shaped in shapes[part.id]) for part in (first, second)]
        return names[1] - names[0], fits[1] - fits[0]

    guessed: list[str] = []
    for key, group in groups.items():
        n = first.medals[key] if key[0] in first.per_medal else len(group) - second.medals[key]
        ranked = sorted(enumerate(group), key=lambda x: (leaning(x[1], key), x[0]))
        ours.extend(e for _, e in ranked[:n])
        theirs.extend(e for _, e in ranked[n:])
        if 0 < n < len(group):
            last, following = ranked[n - 1][1], ranked[n][1]
            if (
                leaning(last, key) == leaning(following, key)
                and last.athletes != following.athletes
            ):
                guessed.append(f"{key[0].value}s for {last.noc}")
    return ours, theirs, guessed


def _overlap(
    r_entry: Entry,
    s_entry: _MEntry,
    links: dict[str, str],
    r_keys: dict[str, str],
    s_keys: _KeysOf,
) -> int:
    if not r_entry.athletes or not s_entry.athletes:
        return 0
    members = set(s_entry.athletes)
    keys: set[str] = set()
    for m in s_entry.athletes:
        keys |= s_keys.get(m, set())
    # A name spelled alike as a whole (letters dropped: ``Ganstrom``) is the same name.
    return sum(
        1
        for a in r_entry.athletes
        if links.get(a) in members or r_keys[a] in keys or _spelled_alike(r_keys[a], keys)
    )


def _pair_entries(
    r_entries: Sequence[Entry],
    s_entries: Sequence[_MEntry],
    links: dict[str, str],
    r_keys: dict[str, str],
    s_keys: _KeysOf,
) -> tuple[list[_Pair], list[Entry]]:
    """Pair the entries of two aligned events: the same medal to the same NOC.

    Where several entries share a medal and NOC (ties, two teams of one NOC), those
    sharing athletes are paired, then one left on each side, or else those naming no
    athlete with those of the other side, in order. Left-overs are then paired
    with the same medal for another code of the same lineage (GER/EUA). Returns the
    pairs and the entries of ``r_entries`` left unpaired.
    """
    pairs: list[_Pair] = []
    free_s = list(range(len(s_entries)))
    free_r = list(range(len(r_entries)))

    def by(key_of: Callable[[Entry | _MEntry], object]) -> None:
        groups_r: dict[object, list[int]] = defaultdict(list)
        groups_s: dict[object, list[int]] = defaultdict(list)
        for i in free_r:
            groups_r[key_of(r_entries[i])].append(i)
        for j in free_s:
            groups_s[key_of(s_entries[j])].append(j)
        used_r: set[int] = set()
        used_s: set[int] = set()
        # Groups share no entry, so the order they are visited in changes nothing.
        for key in groups_r.keys() & groups_s.keys():
            rs, ss = groups_r[key], groups_s[key]
            if len(rs) > 1 or len(ss) > 1:
                scored = sorted(
                    (
                        (-_overlap(r_entries[i], s_entries[j], links, r_keys, s_keys), i, j)
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
                    pairs.append((r_entries[i], s_entries[j]))
                rs = [i for i in rs if i not in used_r]
                ss = [j for j in ss if j not in used_s]
            if len(rs) == 1 and len(ss) == 1:
                matched = [(rs[0], ss[0])]
            else:
                # An entry naming no athlete (a team whose members a source lacks) may
                # be any of the other side's: the named are paired with such entries
                # first, in order, then those naming none with each other. Two naming
                # different athletes may be two teams.
                named_r = [i for i in rs if r_entries[i].athletes]
                named_s = [j for j in ss if s_entries[j].athletes]
                bare_r = [i for i in rs if not r_entries[i].athletes]
                bare_s = [j for j in ss if not s_entries[j].athletes]
                matched = list(zip(named_r, bare_s, strict=False))
                matched += zip(bare_r, named_s, strict=False)
                matched += zip(bare_r[len(named_s) :], bare_s[len(named_r) :], strict=False)
            for i, j in matched:
                used_r.add(i)
                used_s.add(j)
                pairs.append((r_entries[i], s_entries[j]))
        free_r[:] = [i for i in free_r if i not in used_r]
        free_s[:] = [j for j in free_s if j not in used_s]

    def exact(e: Entry | _MEntry) -> object:
        return (e.medal, e.noc) if e.medal is not None else (None, e.noc, e.place)

    def family(e: Entry | _MEntry) -> object:
        return (e.medal, _family(e.noc)) if e.medal is not None else (None, e.noc, e.place)

    by(exact)
    by(family)
    # A mixed team on one side may be a nation on the other: the same medal, by
    # shared athletes first, then where only one pairing is possible.
    wild = [
        (-_overlap(r_entries[i], s_entries[j], links, r_keys, s_keys), i, j)
        for i in free_r
        for j in free_s
        if r_entries[i].medal is not None
        and r_entries[i].medal is s_entries[j].medal
        and (r_entries[i].noc in _MIXED_TEAMS or s_entries[j].noc in _MIXED_TEAMS)
    ]
    if wild:
        wild.sort()
        taken_r: set[int] = set()
        taken_s: set[int] = set()
        for score, i, j in wild:
            if score < 0 and i not in taken_r and j not in taken_s:
                taken_r.add(i)
                taken_s.add(j)
                pairs.append((r_entries[i], s_entries[j]))
        left = [(i, j) for _, i, j in wild if i not in taken_r and j not in taken_s]
        for i, j in left:
            if sum(1 for x, _ in left if x == i) == 1 and sum(1 for _, y in left if y == j) == 1:
                taken_r.add(i)
                pairs.append((r_entries[i], s_entries[j]))
        free_r[:] = [i for i in free_r if i not in taken_r]
    return pairs, [r_entries[i] for i in free_r]


def _match_members(
    r_entry: Entry,
    s_entry: _MEntry,
    links: dict[str, str],
    r_keys: dict[str, str],
    s_keys: _KeysOf,
) -> list[tuple[str, str, str]]:
    """Which member of ``r_entry`` is which of ``s_entry``: (theirs, mine, how)."""
    whole = r_entry.complete and s_entry.complete
    if len(r_entry.athletes) == 1 and len(s_entry.athletes) == 1 and whole:
        (a,), (m,) = r_entry.athletes, s_entry.athletes
        same = r_keys[a] in s_keys.get(m, set())
        return [(a, m, "the same name" if same else "names differ, one athlete each")]
    found: list[tuple[str, str, str]] = []
    left_r = list(r_entry.athletes)
    left_s = list(s_entry.athletes)
    for a in list(left_r):
        linked = links.get(a)
        if linked is not None and linked in left_s:
            found.append((a, linked, "linked by another result"))
            left_r.remove(a)
            left_s.remove(linked)
    for a in list(left_r):
        named = [m for m in left_s if r_keys[a] in s_keys.get(m, set())]
        if len(named) == 1 and sum(1 for b in left_r if r_keys[b] == r_keys[a]) == 1:
            found.append((a, named[0], "the same name in the team"))
            left_r.remove(a)
            left_s.remove(named[0])
    # Some sources give surnames only (OlympAnalyt's Cyrillic Games): within one team,
    # a name whose words are all in the other's name, where each of the two has exactly
    # one such teammate on the other side (whichever side gives the shorter name).
    fitting = [(a, m) for a in left_r for m in left_s if _part_of(r_keys[a], s_keys.get(m, set()))]
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
    # words their names share, spelled alike (see :func:`_words_alike`).
    while left_r and left_s:
        scores = {
            (a, m): _alike_score(r_keys[a], s_keys.get(m, set())) for a in left_r for m in left_s
        }
        best_r = {a: max(scores[(a, m)] for m in left_s) for a in left_r}
        best_s = {m: max(scores[(a, m)] for a in left_r) for m in left_s}
        pairs = [
            (a, m)
            for (a, m), score in scores.items()
            if score > (0, 0)
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


def _contexts_fit(mine: set[_Context], theirs: set[_Context]) -> bool:
    """Whether two athletes competed for one nation in one discipline within a career."""
    return any(
        n1 == n2 and abs(y1 - y2) <= _CAREER_YEARS and _disciplines_fit(d1, d2)
        for n1, d1, y1 in mine
        for n2, d2, y2 in theirs
    )


_MAX_WORDS = 8


class _NameIndex:
    """Ids by their name keys, to find those of a name or whose name holds another's."""

    def __init__(self) -> None:
        self._by_key: dict[str, set[str]] = defaultdict(set)
        self._holders: dict[str, set[str]] = defaultdict(set)
        self._keys: dict[str, set[str]] = defaultdict(set)

    def add(self, item: str, key: str) -> None:
        self._by_key[key].add(item)
        self._keys[item].add(key)
        for word in set(key.split()):
            self._holders[word].add(item)

    def exact(self, key: str) -> set[str]:
        return self._by_key.get(key, set())

    def parts(self, key: str) -> set[str]:
        """The ids with a name whose words are all in ``key``, or hold all of its."""
        words = sorted(key.split())
        if not words:
            return set()
        distinct = set(words)
        holding = sorted((self._holders.get(w, set()) for w in distinct), key=len)
        found = holding[0].intersection(*holding[1:])
        if len(distinct) < len(words) or any(len(self._keys[item]) > 1 for item in found):
            # Words written twice, or a name's words spread over two of its keys.
            found = {item for item in found if _part_of(key, self._keys[item])}
        # Names made of some of the words: each is a key of its own, sorted like these
        # (a name of many words is no one's: a team's or a list's, left alone).
        for size in range(1, len(words) if len(words) <= _MAX_WORDS else 1):
            for part in itertools.combinations(words, size):
                found |= self._by_key.get(" ".join(part), set())
        return found


@functools.lru_cache(maxsize=65536)
def _word_counts(key: str) -> Counter[str]:
    return Counter(key.split())


def _part_of(name: str, keys: Iterable[str]) -> bool:
    """Whether a name key's words are all in one of the keys, or one's all in it.

    Words count as often as they are written: ``li li`` is not part of ``li yu``.
    """
    words = _word_counts(name)
    if not words:
        return False
    for key in keys:
        other = _word_counts(key)
        if other and (words <= other or other <= words):
            return True
    return False


@functools.lru_cache(maxsize=65536)
def _words_alike(a: str, b: str) -> bool:
    """Whether two folded words of four letters or more are one, spelled otherwise.

    The same first letter, and one is the other with letters left out (``bjrgen``,
    ``borgen``: ``bjorgen``) or one letter changed (``griffen``, ``griffin``).
    """
    if a == b:
        return len(a) >= 4
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4 or short[0] != long_[0]:
        return False
    if len(short) == len(long_):
        return sum(x != y for x, y in zip(short, long_, strict=True)) == 1
    if 10 * len(short) < 6 * len(long_):
        return False
    rest = iter(long_)
    return all(char in rest for char in short)


def _alike_score(name: str, keys: Iterable[str]) -> tuple[int, int]:
    """How much of a name another's keys share, as words spelled alike: (words, letters)."""
    best = (0, 0)
    words = name.split()
    for key in keys:
        free = key.split()
        count = letters = 0
        for word in words:
            match = next((w for w in free if _words_alike(word, w)), None)
            if match is not None:
                free.remove(match)
                count += 1
                letters += min(len(word), len(match))
        best = max(best, (count, letters))
    return best


def _spelled_alike(name: str, keys: Iterable[str]) -> bool:
    """Whether every word of a name, or of one of the keys, is spelled alike in the other.

    The shorter of the two names is all there in the longer (``bjorn ganstrom`` in
    ``bjorn granstrom``, ``borgen`` in ``bjorgen marit``), not a word shared alone.
    """
    words = name.split()
    for key in keys:
        shorter, longer = sorted((words, key.split()), key=len)
        free = list(longer)
        for word in shorter:
            match = next((w for w in free if w == word or _words_alike(word, w)), None)
            if match is None:
                break
            free.remove(match)
        else:
            return True
    return False


def _medal_name(medal: Medal | None) -> str:
    return medal.value if medal is not None else "result"


def _members(entry: Entry, amap: dict[str, str]) -> str:
    if not entry.athletes:
        return ""
    return f" ({', '.join(amap.get(a, a) for a in entry.athletes)})"


def _best_name(names: list[tuple[str, int]]) -> str:
    """The display name of a merged athlete, from the spellings its sources give.

    Latin letters, then the most native ones (``Bjørn Dæhlie`` over ``Bjorn
    DAEHLIE``), then the spelling most sources share (``Michael PHELPS`` over
    Kaggle's ``Michael Fred Phelps, II``), then one without brackets or a nickname in
    quotes, written given name first, with fewer words and fewer in capitals; then
    the earliest history's. Written in normal case (:func:`~olympics_records.names.display_name`).
    """
    if len(names) == 1:
        return display_name(names[0][0])
    shared = Counter(name_key(name) for name, _ in names)
    best = max(
        names,
        key=lambda pair: (_name_rank(pair[0], shared[name_key(pair[0])]), -pair[1], pair[0]),
    )
    return display_name(best[0])
