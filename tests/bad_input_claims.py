"""The bad-input matrix's cases for the claims file (TOML) and the reported medal table.

Both readers are all or nothing, as ``from_json`` is: a column of strict cells only.
The reported table is CSV, so it takes the CSV cases of ``test_bad_input`` (its file
broken the same way); what each must give is listed here. The claims file is TOML, so
it has cases of its own under the names of the CSV ones where the idea is the same.
"""

from __future__ import annotations

import codecs
from typing import Any

__all__ = [
    "ANY",
    "CLAIMS",
    "CLAIMS_FILE",
    "REPORTED",
    "REPORTED_FILE",
    "claims_case",
    "reported_case",
]

ANY: Any = object()
"""In an expectation: any value is right."""

CLAIMS_FILE = "story.claims.toml"
CLAIMS = """\
[[claim]]
id = "tally"
text = "Klaebo has 11 career Olympic golds"
type = "tally"
athlete = "Klaebo"
value = 11
compare = "at least"

[[claim]]
id = "mark"
type = "mark"
holder = "Klaebo"
how = "set"
scope = "games"

[[claim]]
id = "table"
type = "medal_table"
noc = "NOR"
games = "2026-winter"
rank = 1
order = "total"

[[complete]]
games = "2026-winter"
discipline = "Biathlon"
source = "fact sheet"
"""

REPORTED_FILE = "reported.csv"
REPORTED = (
    "as_of,noc,gold,silver,bronze,total,source\n"
    "2026-02-21,NOR,18,11,11,40,https://tass.com/sports/2090155\n"
    "2026-02-22,USA,12,12,9,,AP\n"
    "2026-02-22,ITA,,,,30,RAI\n"
)

# What each CSV case must give for the reported table: ("file", row, field, value,
# words of the message), or ("clean", same) where it loads (same: as the valid file).
REPORTED_EXPECTED: dict[str, tuple[Any, ...]] = {
    "empty-file": ("file", 0, "as_of", None, "column is missing"),
    "header-only": ("clean", False),
    "missing-column": ("file", 0, "gold", None, "column is missing"),
    "renamed-column": ("file", 0, "gold", None, "column is missing"),
    "extra-column": ("clean", True),
    "quote-in-header": ("file", 0, "as_of", None, "column is missing"),
    "tab-delimited": ("file", 0, "as_of", None, "column is missing"),
    # No delimiter but the comma: the other readers sniff ';', this one has no need.
    "semicolon-delimited": ("file", 0, "as_of", None, "column is missing"),
    "semicolon-rows": (
        "file",
        1,
        "as_of",
        "2026-02-21;NOR;18;11;11;40;https://tass.com/sports/2090155",
        "date",
    ),
    "bom": ("clean", True),
    "cr-only": ("clean", True),
    "mixed-line-endings": ("clean", True),
    "cp1252-bytes": (
        "file",
        1,
        None,
        "2026-02-21,NOR,18,11,11,40,Bj\\xf8rn D\\xe6hlie",
        "not UTF-8",
    ),
    # No field runs over two lines: the quote left open is its row's error.
    "embedded-newline": ("file", 1, "source", "Eric", "not closed on its line"),
    "truncated-last-row": ("file", 3, "source", "", "non-empty"),
    "truncated-in-quotes": ("file", 3, "silver", "cut sho", "not closed on its line"),
    "negative-place": ("file", 1, "gold", "-1", "whole number"),
    "empty-name": ("file", 1, "source", "", "non-empty"),
    "duplicate-row": ("clean", False),  # reports may repeat and disagree: each is kept
    "same-competitor-twice": ("clean", False),
    "unknown-noc": ("clean", False),  # the table names NOCs; it does not resolve them
    "malformed-noc": ("file", 1, "noc", "12", "three-letter"),
    "long-field": ("file", 1, None, None, "not CSV"),
    "binary-garbage-file": ("file", 0, None, ANY, "not UTF-8"),
    "binary-garbage-row": ("file", 4, None, ANY, "not UTF-8"),
    "non-ascii-digit": ("file", 1, "gold", "²", "whole number"),
    "huge-integer": ("file", 1, "total", "9" * 5_000, "whole number"),
}


def reported_case(case: str, data: bytes | None) -> tuple[bytes, tuple[Any, ...]] | None:
    """The bytes and the expectation of one cell; ``data`` is the CSV case's bytes."""
    if case == "non-ascii-digit":
        data = REPORTED.replace(",18,", ",²,", 1).encode()
    elif case == "huge-integer":
        data = REPORTED.replace(",40,", f",{'9' * 5_000},", 1).encode()
    if data is None or case not in REPORTED_EXPECTED:
        return None
    return data, REPORTED_EXPECTED[case]


def claims_case(case: str) -> tuple[bytes, tuple[Any, ...]] | None:
    """A broken claims file and what reading it must give (as for the reported table)."""
    text = CLAIMS

    def encode(s: str) -> bytes:
        return s.encode("utf-8")

    cases: dict[str, tuple[bytes, tuple[Any, ...]]] = {
        "empty-file": (b"", ("clean", False)),
        "missing-column": (
            encode(text.replace('holder = "Klaebo"\n', "")),
            ("file", None, "claim[2].holder", None, "is required"),
        ),
        "extra-column": (
            encode(text.replace('how = "set"\n', 'how = "set"\ncolour = "red"\n')),
            ("file", None, "claim[2].colour", "red", "not a known key"),
        ),
        "bom": (codecs.BOM_UTF8 + encode(text), ("clean", True)),
        "cr-only": (encode(text.replace("\n", "\r")), ("file", None, None, None, "not valid TOML")),
        "mixed-line-endings": (encode(text.replace("\n", "\r\n", 5)), ("clean", True)),
        "cp1252-bytes": (
            text.replace('athlete = "Klaebo"', 'athlete = "Klæbo"').encode("cp1252"),
            ("file", 5, None, 'athlete = "Kl\\xe6bo"', "not UTF-8"),
        ),
        "embedded-newline": (
            encode(text.replace('"Klaebo has', '"Klaebo\nhas')),
            ("file", None, None, None, "not valid TOML"),
        ),
        "truncated-in-quotes": (
            encode(text[: text.index("career")]),
            ("file", None, None, None, "not valid TOML"),
        ),
        "medal-platinum": (
            encode(text.replace('scope = "games"', 'scope = "games"\nmedals = "platinum"')),
            ("file", None, "claim[2].medals", "platinum", "gold, silver, bronze"),
        ),
        "negative-place": (
            encode(text.replace("rank = 1", "rank = -1")),
            ("file", None, "claim[3].rank", "-1", "whole number"),
        ),
        "empty-name": (
            encode(text.replace('athlete = "Klaebo"', 'athlete = ""')),
            ("file", None, "claim[1].athlete", "", "non-empty"),
        ),
        "duplicate-row": (
            encode(text + text.split("\n\n")[0] + "\n"),
            ("file", None, "claim[4].id", "tally", "repeats the id"),
        ),
        "long-field": (
            encode(text.replace("Klaebo has", "x" * 1_000_000)),
            ("clean", False),
        ),
        "binary-garbage-file": (bytes(range(256))[::-1] * 4, ("file", 1, None, ANY, "not UTF-8")),
        "binary-garbage-row": (
            encode(text) + bytes(range(256))[::-1] * 4,
            ("file", 28, None, ANY, "not UTF-8"),
        ),
        "deep-nesting": (
            encode("[[claim]]\nvalue = " + "[" * 10_000 + "]" * 10_000 + "\n"),
            ("file", None, None, None, "nested too deeply"),
        ),
        "huge-integer": (
            encode(text.replace("value = 11", "value = " + "9" * 5_000)),
            ("file", None, None, None, "not valid TOML"),
        ),
        "lone-surrogate": (
            encode(text.replace('athlete = "Klaebo"', 'athlete = "Kl\\ud800bo"')),
            ("file", None, None, None, "not valid TOML"),
        ),
        "non-ascii-digit": (
            encode(text.replace("value = 11", "value = ١١")),
            ("file", None, None, None, "not valid TOML"),
        ),
        "wrong-toml-type": (
            encode(text.replace('compare = "at least"', 'compare = ["at least"]')),
            ("file", None, "claim[1].compare", "['at least']", "must be one of"),
        ),
    }
    return cases.get(case)
