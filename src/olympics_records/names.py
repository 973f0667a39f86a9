"""Name folding: one identity key for the spellings real sources use.

``Johannes Høsflot Klæbo``, ``Johannes Hoesflot Klaebo``, ``Johannes Hoesflot KLAEBO``
and ``KLAEBO Johannes Hoesflot`` are one person. The rules, in order:

1. Unicode compatibility form, then lower case.
2. Letters with a conventional ASCII spelling are spelled out: ``ø`` → ``oe``,
   ``æ`` → ``ae``, ``å`` → ``aa``, ``ß`` → ``ss``, ``þ`` → ``th``, ``ł`` → ``l`` …;
   Cyrillic is transliterated letter by letter.
3. Other diacritics are dropped (``é`` → ``e``, ``ö`` → ``o``).
4. The digraphs those spellings produce are collapsed (``oe`` → ``o``, ``ae`` → ``a``,
   ``aa`` → ``a``, ``ue`` → ``u``), so ``Øberg``, ``Oeberg``, ``Öberg`` and ``Oberg``
   meet, and so do ``Klæbo`` and ``Klaebo``.
5. Punctuation and hyphens separate words; the words are sorted, so word order
   (``KLAEBO Johannes`` vs ``Johannes KLAEBO``) does not matter.

A key is a matching aid, not a proof of identity: two different people can share
one (``Michael`` and ``Michal`` fold alike). Readers and :func:`~olympics_records.merging.merge`
anchor name matches on shared results before they link athletes.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from olympics_records._engine.public import public_dir

__all__ = [
    "display_name",
    "fold",
    "looks_mangled",
    "name_key",
    "name_words",
    "repair_mojibake",
    "romanised",
    "slug",
    "surname_first",
]
__dir__ = public_dir(__all__)

_SPELLED_OUT = str.maketrans(
    {
        "ø": "oe",
        "æ": "ae",
        "å": "aa",
        "ß": "ss",
        "þ": "th",
        "ð": "d",
        "đ": "d",
        "ł": "l",
        "ı": "i",
        "œ": "oe",
        "ŋ": "ng",
        "ħ": "h",
        # Cyrillic, as sports federations usually romanise it.
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e",
        "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m",
        "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
        "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    }
)  # fmt: skip

_DIGRAPHS = re.compile(r"oe|ae|aa|ue")
_COLLAPSE = {"oe": "o", "ae": "a", "aa": "a", "ue": "u"}
_SEPARATORS = re.compile(r"[^a-z0-9]+")


def _plain(text: str) -> str:
    """Rules 1 to 3: compatibility form, lower case, letters spelled out, no diacritics."""
    if text.isascii():
        # ASCII text is its own compatibility and decomposed form and has no letter to
        # spell out: only the case changes. Most names and titles are ASCII, and the
        # character-by-character pass below is the slow part of reading them.
        return text.lower()
    text = unicodedata.normalize("NFKC", text).lower().translate(_SPELLED_OUT)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Fold one name or word to lower-case ASCII with Nordic digraphs collapsed.

    Word order is kept; use :func:`name_key` for an order-free identity key.

    Example:
        >>> fold("Johannes Høsflot Klæbo")
        'johannes hosflot klabo'
        >>> fold("Johannes Hoesflot KLAEBO")
        'johannes hosflot klabo'
        >>> fold("Бьорндален")
        'borndalen'
    """
    text = _plain(text)
    # Collapse until nothing changes, so that folding a folded name is a no-op.
    while True:
        collapsed = _DIGRAPHS.sub(lambda m: _COLLAPSE[m.group()], text)
        if collapsed == text:
            break
        text = collapsed
    return " ".join(_SEPARATORS.sub(" ", text).split())


def name_words(name: str) -> tuple[str, ...]:
    """The folded words of a name, in the order written.

    Example:
        >>> name_words("Johan-Olav Botn")
        ('johan', 'olav', 'botn')
    """
    return tuple(fold(name).split())


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The order-free identity key of a personal name.

    Example:
        >>> name_key("KLAEBO Johannes Hoesflot") == name_key("Johannes Høsflot Klæbo")
        True
        >>> name_key("Marit Bjørgen")
        'bjorgen marit'
    """
    return " ".join(sorted(fold(name).split()))


# The spellings that romanisations of one name differ by, made one in this order
# (Cyrillic names most often: Aleksandr and Alexander, Nikolay and Nikolai). Each
# is tried only where its letters are: most words have none of them.
_Y_A = re.compile(r"iya|(?<=[^aeiouy])ya")  # Anastasiya, Anastasia; Tatyana, Tatiana
_I_END = re.compile(r"[ei]?[iy]$")  # Sergey, Sergei, Sergii; Nikolay, Nikolai; Dmitriy
_ER_END = re.compile(r"(?<=[^aeiouy])er$")  # Alexander, Aleksandr; Peter, Petr
_DOUBLE = re.compile(r"(.)\1")  # Larissa, Larisa


def romanised(word: str) -> str:
    """A folded word, with the spellings that romanisations of one name differ by made one.

    Transliterations of one name (most often from Cyrillic) differ by a few
    spellings of one sound: ``x`` or ``ks``, a leading ``ye`` or ``e``, ``ya`` or
    ``ia``, an ending in ``y``, ``i``, ``iy`` or ``ey``, ``er`` or ``r`` at the end,
    a double letter or a single one (in words of five letters or more). Those are
    made one, in words of four letters or more; nothing else is. Like a name key,
    this is a matching aid, not a proof of identity.

    Example:
        >>> romanised("nikolai") == romanised("nikolay")
        True
        >>> romanised("alexander") == romanised("aleksandr"), romanised("sergei") == romanised("sergey")
        (True, True)
        >>> romanised("tatiana") == romanised("tatyana"), romanised("larissa") == romanised("larisa")
        (True, True)
        >>> romanised("smith") == romanised("smyth"), romanised("anna") == romanised("ana")
        (False, False)
        >>> romanised("lei") == romanised("li"), romanised("yury") == romanised("yuriy")
        (False, True)
    """  # noqa: E501
    if len(word) < 4:
        # Syllables (Li and Lei, An and Ahn) are names of their own, not spellings.
        return word
    if "x" in word:
        word = word.replace("x", "ks")  # Alexei, Aleksei
    if word.startswith("ye"):
        word = word[1:]  # Yelena, Elena; Yevgeny, Evgeny
    if "ya" in word:
        word = _Y_A.sub("ia", word)
    if word.endswith(("i", "y")):
        word = _I_END.sub("i", word)
    elif word.endswith("er"):
        word = _ER_END.sub("r", word)
    return _DOUBLE.sub(r"\1", word) if len(word) > 4 else word  # (Anna is not Ana)


def slug(text: str) -> str:
    """A readable ASCII id for a name or title, in the order written.

    Unlike :func:`fold`, letters stay spelled out (``ø`` → ``oe``), so the slug reads
    like the name; it is for building ids, not for matching.

    Example:
        >>> slug("Johannes Høsflot Klæbo")
        'johannes-hoesflot-klaebo'
        >>> slug("Men's 10km + 10km Skiathlon")
        'men-s-10km-10km-skiathlon'
    """
    return "-".join(_SEPARATORS.sub(" ", _plain(text)).split())


# Words of a surname written in lower case inside it ("Horn af Aminne", "von Rochow").
_PARTICLES = frozenset(
    {"af", "av", "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos", "du"}
    | {"la", "le", "ten", "ter", "van", "von", "y", "zu"}
)


def _shouted(word: str) -> bool:
    """Whether a word is written in capitals: two letters or more, none in lower case."""
    # str.isupper is true where a word has cased letters and none in lower case.
    # Most such words start with two letters: count them only where one does not.
    if not word.isupper():
        return False
    return (len(word) > 1 and word[:2].isalpha()) or sum(c.isalpha() for c in word) > 1


_JOINS = re.compile(r"([-'’])")


def _spoken(word: str, first: bool) -> str:
    """A word of a surname in capitals, in normal case (``MCARTHUR`` -> ``McArthur``)."""
    lower = word.lower()
    if not first and lower in _PARTICLES:
        return lower
    if "-" in lower or "'" in lower or "’" in lower:
        cased = "".join(p[:1].upper() + p[1:] for p in _JOINS.split(lower))
    else:
        cased = lower[:1].upper() + lower[1:]
    if len(cased) > 4 and cased.startswith("Mc"):
        cased = "Mc" + cased[2].upper() + cased[3:]
    return cased


def surname_first(name: str) -> bool | None:
    """Whether a name is written ``SURNAME Given``: ``False`` for ``Given SURNAME``.

    ``None`` where the capitals do not tell: a name of one word, a name in normal
    case or all in capitals, a script without case. A source that writes some
    Games one way and some the other is read by the way most of a Games' names go:
    one name alone cannot tell ``SURNAME Given`` from an East Asian name in its
    native order written so in a ``Given SURNAME`` file.

    Example:
        >>> surname_first("BRENNSTEINER Stefan"), surname_first("Stefan BRENNSTEINER")
        (True, False)
        >>> surname_first("Eric Heiden"), surname_first("MA"), surname_first("Дэли")
        (None, None, None)
    """
    words = name.split()
    if len(words) < 2:
        return None
    first, last = _shouted(words[0]), _shouted(words[-1])
    return None if first == last else first


def display_name(name: str, *, surname_first: bool = False) -> str:
    """A name in normal case, where a source writes the surname in capitals.

    ``Given SURNAME`` (olympics.com's style) is unambiguous: the trailing words in
    capitals are the surname. A name that *starts* in capitals is left as written:
    ``SURNAME Given`` is a file's format for some sources and the native order of
    East Asian names for others, and the two cannot be told apart from the name —
    unless the source says it writes ``SURNAME Given`` (the results systems of Paris
    2024 and Milano Cortina 2026 do): with ``surname_first``, the leading words in
    capitals (and the particles among them) are the surname, written after the given
    names, as olympics.com writes every name (``Yang SUN``).

    Example:
        >>> display_name("Michael PHELPS"), display_name("Ireen WÜST")
        ('Michael Phelps', 'Ireen Wüst')
        >>> display_name("Henric HORN AF AMINNE"), display_name("Malcolm MCARTHUR")
        ('Henric Horn af Aminne', 'Malcolm McArthur')
        >>> display_name("MARCHAND Leon"), display_name("Eric Heiden"), display_name("J CARIOU")
        ('MARCHAND Leon', 'Eric Heiden', 'J Cariou')
        >>> display_name("MARCHAND Leon", surname_first=True)
        'Leon Marchand'
        >>> display_name("von ALLMEN Franjo", surname_first=True)
        'Franjo von Allmen'
        >>> display_name("MA Long", surname_first=True), display_name("Eric Heiden", surname_first=True)
        ('Long Ma', 'Eric Heiden')
    """  # noqa: E501
    if not surname_first and name[-1:].islower():
        return name  # the last word is not in capitals: no surname to write
    words = name.split()
    if surname_first:
        return _given_first(words) or name
    if len(words) == 2:
        # "Given SURNAME", most names: the rule below for two words, without a call.
        given, last = words
        if last.isupper() and last.isalpha() and len(last) > 1 and not given.isupper():
            last = last.capitalize()
            if not last.startswith("Mc") or len(last) <= 4:
                return given + " " + last
    tail = len(words)
    while tail > 0 and _shouted(words[tail - 1]):
        tail -= 1
    if tail == len(words) or tail == 0:
        return name
    for word in words[:tail]:
        if _shouted(word):
            return name
    if tail == len(words) - 1 and words[-1].isalpha():
        # One plain word, the usual case: str.capitalize is the rule, in C.
        last = words[-1].capitalize()
        if not last.startswith("Mc") or len(last) <= 4:
            return " ".join(words[:tail]) + " " + last
    surname = [_spoken(w, i == 0) for i, w in enumerate(words[tail:])]
    return " ".join(words[:tail] + surname)


# A letter a UTF-8 lead byte stands for in cp1252 (Â to ô), then a character a
# continuation byte stands for (0x80 to 0xBF): how UTF-8 text read as cp1252 looks.
# Patterns, compiled (by re's own cache) only when a name with such a letter is read.
_CONTINUATION = (
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]"
)
_MOJIBAKE = "[\u00c2-\u00f4]" + _CONTINUATION
_LOST_BYTE = "[\u00c2-\u00f4]\\?"  # such a letter, then the "?" of a byte lost on the way
_MANGLED_CAPITAL = "[\u00c2-\u00df]" + _CONTINUATION  # a lead letter that is a capital
_CASED_BYTES = frozenset("ŠšŒœŽžŸ")  # continuation bytes that are letters with a case


def repair_mojibake(text: str) -> str:
    """``text`` as written, where a source read its UTF-8 as cp1252 (mojibake).

    Each word (between spaces) whose characters are the cp1252 reading of UTF-8 bytes
    is decoded back: ``AndrÃ¡s`` → ``András``. A word is left as it is where that
    reading does not give back UTF-8 (``Baláž``, ``Tomáš``: real letters), where a
    byte was lost on the way (``ROZSNYÃ?I``), or where the word was put in capitals
    after it was mangled and a byte's letter changed case with it (``BRAUMÃŒLLER``:
    ``Œ`` may have been ``œ``, so which letter it was cannot be told).

    Example:
        >>> repair_mojibake("AndrÃ¡s SZENTE"), repair_mojibake("JosÃ© BELTRÃƒO")
        ('András SZENTE', 'José BELTRÃO')
        >>> repair_mojibake("Tomáš Baláž"), repair_mojibake("SÃ¡ndor ROZSNYÃ?I")
        ('Tomáš Baláž', 'Sándor ROZSNYÃ?I')
        >>> repair_mojibake("Milan TOMAÅ\u00a0EVIC"), repair_mojibake("Otto BRAUMÃŒLLER")
        ('Milan TOMAŠEVIC', 'Otto BRAUMÃŒLLER')
    """
    if text.isascii() or not re.search(_MOJIBAKE, text):
        return text
    return " ".join(map(_repaired, text.split(" ")))


def _repaired(word: str) -> str:
    if not re.search(_MOJIBAKE, word):
        return word
    if word.isupper() and not _CASED_BYTES.isdisjoint(word):
        return word
    try:
        return word.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return word


def looks_mangled(text: str) -> bool:
    """Whether ``text`` still shows mojibake that :func:`repair_mojibake` could not undo.

    A lost byte (``ROZSNYÃ?I``), or a capital that only a UTF-8 lead byte gives
    (``Â`` to ``ß``) before a continuation byte's character in a word it leaves
    (``BRAUMÃŒLLER``, ``Ã–dÃn``): a spelling to show only where no source has another.

    Example:
        >>> looks_mangled("Sándor ROZSNYÃ?I"), looks_mangled("Sándor ROZSNYÓI")
        (True, False)
        >>> looks_mangled("Ã–dÃn FÖLDESSY"), looks_mangled("Tomáš Baláž")
        (True, False)
    """
    if text.isascii():
        return False
    return (
        bool(re.search(_LOST_BYTE, text) or re.search(_MANGLED_CAPITAL, text))
        or repair_mojibake(text) != text
    )


def _given_first(words: list[str]) -> str | None:
    """``SURNAME Given`` as ``Given Surname``; ``None`` if the words are not so written."""
    head = 0
    while head < len(words) and (_shouted(words[head]) or words[head] in _PARTICLES):
        head += 1
    surname, given = words[:head], words[head:]
    if not given or not any(_shouted(w) for w in surname) or any(_shouted(w) for w in given):
        return None
    return " ".join(given + [_spoken(w, False) for w in surname])
