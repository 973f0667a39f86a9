"""The identity key of an athlete without a profile URL, for the DataFrame twins.

The rule of ``olympics_records.names.name_key`` (letters spelled out, diacritics
dropped, the digraphs that makes collapsed, words sorted), written out with the
standard library so that the twins do not import the library they are compared with.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_SPELLED_OUT = str.maketrans(
    {"ø": "oe", "æ": "ae", "å": "aa", "ß": "ss", "þ": "th", "ð": "d", "đ": "d", "ł": "l"}
    | {"ı": "i", "œ": "oe", "ŋ": "ng", "ħ": "h"}
)
_DIGRAPHS = re.compile(r"oe|ae|aa|ue")
_COLLAPSE = {"oe": "o", "ae": "a", "aa": "a", "ue": "u"}


@functools.cache
def name_key(name: str) -> str | None:
    """``SURNAME Given`` and ``Given Surname``, with or without Nordic letters, meet."""
    text = unicodedata.normalize("NFKC", name).lower().translate(_SPELLED_OUT)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    while (collapsed := _DIGRAPHS.sub(lambda m: _COLLAPSE[m.group()], text)) != text:
        text = collapsed
    words = sorted(re.sub(r"[^a-z0-9]+", " ", text).split())
    return "-".join(words) or None
