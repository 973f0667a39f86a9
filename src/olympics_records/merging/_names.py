"""Athletes' names compared: an index of name keys, words spelled alike, the name shown."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

from olympics_records.names import display_name, looks_mangled, name_key

__all__ = [
    "NameIndex",
    "alike_score",
    "best_name",
    "initials",
    "key_words",
    "part_of",
    "spelled_alike",
    "words_alike",
]


def _latin_letters(name: str) -> tuple[bool, int]:
    if name.isascii():  # (most names: every letter Latin, none beyond ASCII)
        return True, 0
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
def _name_rank(name: str, shared: int) -> tuple[bool, bool, int, int, bool, bool, int, int]:
    latin, native = _latin_letters(name)
    words = name.split()
    shouting = sum(1 for w in words if len(w) > 1 and w.isupper())
    surname_first = bool(words) and len(words[0]) > 1 and words[0].isupper()
    return (
        not looks_mangled(name),
        latin,
        native,
        shared,
        not _ASIDE.search(name),
        not surname_first,
        -len(words),
        -shouting,
    )


_MAX_WORDS = 8


class NameIndex:
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
            found = {item for item in found if part_of(key, self._keys[item])}
        # Names made of some of the words: each is a key of its own, sorted like these
        # (a name of many words is no one's: a team's or a list's, left alone).
        for size in range(1, len(words) if len(words) <= _MAX_WORDS else 1):
            for part in itertools.combinations(words, size):
                found |= self._by_key.get(" ".join(part), set())
        return found


Words = tuple[frozenset[str], Counter[str] | None]
"""A name key's words, and how often each is written where one is written twice."""


@functools.lru_cache(maxsize=65536)
def _words(key: str) -> Words:
    written = key.split()
    words = frozenset(written)
    return words, None if len(words) == len(written) else Counter(written)


def _within(small: Words, big: Words) -> bool:
    """Whether every word of ``small`` is in ``big``, as often as it is written."""
    if not small[0] <= big[0]:
        return False
    if small[1] is None:  # each word once: in big at least once
        return True
    if big[1] is None:  # a word twice in small, once in big
        return False
    counts = big[1]
    return all(counts[word] >= n for word, n in small[1].items())


def part_of(name: str, keys: Iterable[str]) -> bool:
    """Whether a name key's words are all in one of the keys, or one's all in it.

    Words count as often as they are written: ``li li`` is not part of ``li yu``.

    Example:
        >>> part_of("li li", ["li yu"]), part_of("li", ["li yu"]), part_of("li yu", ["yu"])
        (False, True, True)
    """
    words = _words(name)
    if not words[0]:
        return False
    for key in keys:
        other = _words(key)
        if other[0] and (_within(words, other) or _within(other, words)):
            return True
    return False


@functools.lru_cache(maxsize=65536)
def words_alike(a: str, b: str) -> bool:
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


def key_words(key: str) -> frozenset[str]:
    """The words of a name key.

    A name is :func:`part_of` keys only where it shares one of these with one of them:
    all of one's words are in the other's, and a key without words is part of none.

    Example:
        >>> sorted(key_words("bjorgen marit"))
        ['bjorgen', 'marit']
    """
    return _words(key)[0]


@functools.lru_cache(maxsize=65536)
def initials(key: str) -> frozenset[str]:
    """The first letters of a name key's words that :func:`words_alike` can match.

    Two names share no word spelled alike unless they share one of these: a word
    alike to another has four letters or more and begins with the same one.

    Example:
        >>> sorted(initials("li bjorgen marit"))
        ['b', 'm']
    """
    return frozenset(word[0] for word in key.split() if len(word) >= 4)


def alike_score(name: str, keys: Iterable[str]) -> tuple[int, int]:
    """How much of a name another's keys share, as words spelled alike: (words, letters)."""
    best = (0, 0)
    words = name.split()
    for key in keys:
        free = key.split()
        count = letters = 0
        for word in words:
            match = next((w for w in free if words_alike(word, w)), None)
            if match is not None:
                free.remove(match)
                count += 1
                letters += min(len(word), len(match))
        best = max(best, (count, letters))
    return best


def spelled_alike(name: str, keys: Iterable[str]) -> bool:
    """Whether every word of a name, or of one of the keys, is spelled alike in the other.

    The shorter of the two names is all there in the longer (``bjorn ganstrom`` in
    ``bjorn granstrom``, ``borgen`` in ``bjorgen marit``), not a word shared alone.
    """
    words = name.split()
    for key in keys:
        shorter, longer = sorted((words, key.split()), key=len)
        free = list(longer)
        for word in shorter:
            match = next((w for w in free if w == word or words_alike(word, w)), None)
            if match is None:
                break
            free.remove(match)
        else:
            return True
    return False


def best_name(names: list[tuple[str, int]]) -> str:
    """The display name of a merged athlete, from the spellings its sources give.

    A spelling without mojibake left in it (:func:`~olympics_records.names.looks_mangled`),
    then Latin letters, then the most native ones (``Bjørn Dæhlie`` over ``Bjorn
    DAEHLIE``), then the spelling most sources share (``Michael PHELPS`` over
    Kaggle's ``Michael Fred Phelps, II``), then one without brackets or a nickname in
    quotes, written given name first, with fewer words and fewer in capitals; then
    the earliest history's. Written in normal case (:func:`~olympics_records.names.display_name`).
    """
    if len(names) == 1:
        return display_name(names[0][0])
    keys = [name_key(name) for name, _ in names]
    shared: dict[str, int] = {}  # (a Counter's __init__ runs in Python: one per athlete)
    for key in keys:
        shared[key] = shared.get(key, 0) + 1
    (best, _), _ = max(
        zip(names, keys, strict=True),
        key=lambda item: (_name_rank(item[0][0], shared[item[1]]), -item[0][1], item[0][0]),
    )
    return display_name(best)
