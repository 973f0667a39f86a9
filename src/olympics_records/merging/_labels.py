"""How the sources' labels are compared: disciplines, titles, genders and nations.

A discipline is its folded words in the order written (``DisciplineWords``); the
sports registry decides where it knows both names.
"""

from __future__ import annotations

import functools
import re

from olympics_records import nocs as noc_registry
from olympics_records import sports
from olympics_records.model import (
    Event,
    Gender,
)
from olympics_records.names import fold
from olympics_records.nocs import MIXED_TEAMS

__all__ = [
    "ANY_NATION",
    "CAREER_YEARS",
    "DisciplineWords",
    "Label",
    "WeightClass",
    "discipline_match",
    "discipline_of_event",
    "discipline_of_label",
    "discipline_tags",
    "disciplines_fit",
    "disciplines_related",
    "genders_fit",
    "label_of",
    "nation_family",
    "same_sport",
    "title_measures",
    "title_similarity",
    "title_tokens",
    "weight_class",
]


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
ANY_NATION = "*"


# How far apart two results of one athlete may be, in years (a long career).
CAREER_YEARS = 16


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


# ``+75kg`` is the class above 75 kg, not the one up to it: the sign is a word.
_PLUS = re.compile(r"\+\s*(?=\d)")


# A canoe or kayak is named by its class (``C-1``, ``K-2``) or in words (``Canadian
# Singles``, ``kayak double``; folding writes "canoe" as ``cano``): both are ``c1``.
_BOAT_CLASS = re.compile(r"\b([ck]) ?([1-4])\b")
_BOAT_WORDS = re.compile(r"\b(kayak|canadian|cano)s? (single|double|pair|four)s?\b")
_BOAT_SIZE = {"single": "1", "double": "2", "pair": "2", "four": "4"}


# A number starts a word, or follows the "x" of a relay (``4x100 metres``, as _TIMES
# writes ``4 x 100 metres``): its unit is glued to it either way.
_NUMBER = r"(?:\b|(?<=\dx))"
_UNITS = (
    (re.compile(_NUMBER + r"(\d+(?:p\d+)?)\s*(?:km|kilomet(?:re|er)s?)\b"), r"\1km"),
    (re.compile(_NUMBER + r"(\d+(?:p\d+)?)\s*(?:m|met(?:re|er)s?)\b"), r"\1m"),
    (re.compile(_NUMBER + r"(\d+(?:p\d+)?)\s*(?:kg|kilograms?|kilos?)\b"), r"\1kg"),
    (re.compile(_NUMBER + r"(\d+)\s*(?:y|yards?|yds?)\b"), r"\1y"),
)


# A discipline's name as its folded words, in the order written: the order tells a
# sport's branch from another discipline (see disciplines_fit). A label the sports
# registry knows is its registry name (``Snowboarding`` is ``Snowboard``).
DisciplineWords = tuple[str, ...]


@functools.lru_cache(maxsize=4096)
def discipline_of_label(text: str) -> DisciplineWords:
    """A discipline's label (or a sport's) as its folded words, as the registry names it."""
    folded = fold(sports.discipline_of(text) or sports.sport_of(text) or text)
    folded = _RENAMED.get(folded, folded)
    # "3x3" is part of the name (3x3 basketball is not basketball); a span of years
    # ("Baseball^(1992-2008)") is not.
    return tuple(w for w in folded.split() if w != "s" and not w.isdigit())


def _words(text: str) -> frozenset[str]:
    return frozenset(discipline_of_label(text))


@functools.lru_cache(maxsize=4096)
def _registered(discipline: DisciplineWords) -> tuple[str, str | None] | None:
    """The (sport, discipline) the registry gives a folded name; discipline ``None``: a sport."""
    label = " ".join(discipline)
    sport = sports.sport_of(label)
    return None if sport is None else (sport, sports.discipline_of(label))


@functools.lru_cache(maxsize=65536)
def disciplines_fit(a: DisciplineWords, b: DisciplineWords) -> bool:
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


def _same_discipline(a: DisciplineWords, b: DisciplineWords) -> bool:
    return a == b or frozenset(a) == frozenset(b)


def discipline_match(a: DisciplineWords, b: DisciplineWords) -> float:
    """How well two labels say one discipline: 1 the same, 0 another, ½ one names a sport.

    A label that names a whole sport (Kaggle's ``Canoeing``) may be any of its
    disciplines: the same label on two events says no more than another of the sport.
    """
    if any((known := _registered(d)) is not None and known[1] is None for d in (a, b)):
        return 0.5
    return float(_same_discipline(a, b))


@functools.lru_cache(maxsize=65536)
def same_sport(a: DisciplineWords, b: DisciplineWords) -> bool:
    """Whether two disciplines are of one sport (the registry's), or fit (names it lacks)."""
    known_a, known_b = _registered(a), _registered(b)
    if known_a is not None and known_b is not None:
        return known_a[0] == known_b[0]
    return disciplines_fit(a, b)


@functools.lru_cache(maxsize=65536)
def disciplines_related(a: DisciplineWords, b: DisciplineWords) -> bool:
    """Whether one person may have competed in both disciplines.

    Those of one sport (a canoeist's sprint and marathon races, a skater's long and
    short track), those one of whose names has all the words of the other's:
    ``Swimming`` and ``Marathon Swimming``, ``Volleyball`` and ``Beach Volleyball``,
    and those the sports registry says athletes move between (cross-country skiing
    and biathlon, see :func:`olympics_records.sports.kindred`).
    Only for athletes that results already say are one person, to tell those that
    cannot be (a surname two athletes share): a name alone needs one discipline.
    """
    if not a or not b:
        return False
    words_a, words_b = frozenset(a), frozenset(b)
    return (
        words_a <= words_b
        or words_b <= words_a
        or same_sport(a, b)
        or sports.kindred(" ".join(a), " ".join(b))
    )


@functools.lru_cache(maxsize=4096)
def discipline_tags(discipline: DisciplineWords) -> frozenset[str]:
    """What a discipline is filed under, to find results near another's: words and sport."""
    known = _registered(discipline)
    return frozenset(discipline) | ({f"@{known[0]}"} if known is not None else frozenset())


def genders_fit(a: Gender, b: Gender) -> bool:
    """Whether two events' genders can be one event's."""
    # Early events were open to all; sources disagree on calling them open, men's or
    # mixed (equestrian). Only men's and women's events never meet.
    return {a, b} != {Gender.MEN, Gender.WOMEN}


@functools.lru_cache(maxsize=65536)
def title_tokens(name: str, discipline: str, sport: str) -> frozenset[str]:
    """An event's title as folded words, without its gender and discipline."""
    text = _DECIMAL.sub(r"\1p\2", _THOUSANDS.sub(r"\1\2", name))
    text = _TIMES.sub(r"\1x", fold(_PLUS.sub(" plus ", text)))
    if "cano" in fold(f"{discipline} {sport}"):
        text = _BOAT_WORDS.sub(lambda m: f"{m[1][0]}{_BOAT_SIZE[m[2]]}", text)
        text = _BOAT_CLASS.sub(r"\1\2", text)
    for pattern, replacement in _UNITS:
        text = pattern.sub(replacement, text)
    words = [_SYNONYMS.get(w, w) for w in text.split()]
    # Titles repeat the gender and sometimes the discipline; both are compared apart.
    noise = _GENDER_WORDS | _words(discipline) | _words(sport)
    kept = frozenset(w for w in words if w not in noise)
    return kept or frozenset(words)


# The names of weight classes, lightest first. Each sport's classes come in this
# order (boxing's light-welterweight, judo's half-middleweight, weightlifting's
# heavyweights I and II); a name is hyphenated, spaced or one word.
_CLASS_NAMES = (
    ("light flyweight",),
    ("flyweight",),
    ("bantamweight",),
    ("featherweight",),
    ("extra lightweight",),
    ("half lightweight",),
    ("lightweight",),
    ("light welterweight",),
    ("welterweight",),
    ("half middleweight",),
    ("light middleweight",),
    ("middleweight",),
    ("light heavyweight",),
    ("half heavyweight",),
    ("middle heavyweight",),
    ("heavyweight i", "first heavyweight"),
    ("heavyweight",),
    ("heavyweight ii",),
    ("super heavyweight",),
)
_CLASS_ORDER = {
    frozenset(form): order
    for order, names in enumerate(_CLASS_NAMES)
    for name in names
    for form in (name.split(), ["".join(name.split())])
}
_CLASS_WORDS = frozenset().union(*_CLASS_ORDER)
_WEIGHT = re.compile(r"(\d+)(?:p(\d+))?kg")


WeightClass = tuple[frozenset[str], float | None, int | None]
"""A weight class's title: its other words, its limit in kg and its name's order.

Either may be ``None``, not both. Where both are given the name tells two classes
with one limit apart (olympics.com's heavyweight up to 105 kg and the
super-heavyweight above it).
"""


@functools.lru_cache(maxsize=4096)
def weight_class(title: frozenset[str]) -> WeightClass | None:
    """A title as a weight class, or ``None`` if it names none.

    Sources name the same class by its limit (``94kg``, ``85 - 94kg``, ``+75kg``) or
    by its name (``Middle-Heavyweight``), whose limit changed over the years: a
    class is known among its Games' classes by where it ranks (see
    :func:`olympics_records.merging._scoring.rank_weight_classes`). The other words
    (``free``, ``greco roman``) tell a sport's sets of classes apart.
    """
    limits = []
    rest = set()
    for word in title:
        weight = _WEIGHT.fullmatch(word)
        if weight is not None:
            value = float(f"{weight[1]}.{weight[2] or 0}")
            # No class is heavier than 250 kg: a larger number lost its decimal point
            # (olympics.com writes 82.5 kg as ``825kg``).
            while value > 250:
                value /= 10
            limits.append(value)
        elif not word.isdigit() and word not in _CLASS_WORDS and word not in {"plus", "kg"}:
            rest.add(word)
    order = _CLASS_ORDER.get(title & _CLASS_WORDS)
    if not limits and order is None:
        return None
    # The class above a limit ranks after the class up to it.
    limit = max(limits) + 0.5 * ("plus" in title) if limits else None
    return frozenset(rest), limit, order


Label = tuple[DisciplineWords, frozenset[str], Gender]
"""What one source calls an event: its discipline, its title's words and its gender."""


def discipline_of_event(event: Event) -> DisciplineWords:
    """An event's discipline as folded words: its discipline's label, else its sport's."""
    return discipline_of_label(event.discipline) or discipline_of_label(event.sport)


def label_of(event: Event) -> Label:
    """The discipline, title words and gender one source gives an event."""
    return (
        discipline_of_event(event),
        title_tokens(event.name, event.discipline, event.sport),
        event.gender,
    )


def title_measures(title: frozenset[str]) -> frozenset[str]:
    """The words of a title that measure: distances, weights, boats (``10000m``, ``k1``)."""
    return frozenset(w for w in title if any(c.isdigit() for c in w))


def title_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """How alike two titles are: the words they share among all of theirs."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


@functools.lru_cache(maxsize=1024)
def nation_family(code: str) -> str:
    """A NOC's lineage (``ANY_NATION`` for a mixed team), to match nations over time."""
    # The "same nation over time" family: GER, EUA, FRG and GDR are one for matching.
    if code in MIXED_TEAMS:
        return ANY_NATION
    if noc_registry.is_known(code):
        return noc_registry.lineage(code)[0]
    return code
