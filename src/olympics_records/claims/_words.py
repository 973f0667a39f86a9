"""Explanations in English: noun phrases for tallies and medals, days, lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from olympics_records.claims._claim import ALL_MEDALS
from olympics_records.model import Games, Gender, Medal
from olympics_records.records import Tally

__all__ = [
    "GENDER_WORDS",
    "as_of_words",
    "as_reason",
    "date_words",
    "games_start",
    "join_words",
    "kind_words",
    "medal_noun",
    "ordinal",
    "tally_words",
    "weekday_words",
]

GENDER_WORDS = {
    Gender.MEN: "men's",
    Gender.WOMEN: "women's",
    Gender.MIXED: "mixed",
    Gender.OPEN: "open",
}


def medal_noun(medals: tuple[Medal, ...], *, plural: bool = True) -> str:
    s = "s" if plural else ""
    if len(medals) == len(ALL_MEDALS):
        return f"medal{s}"
    if len(medals) == 1:
        return f"{medals[0].value}{s}"
    return f"{medals[0].value} and {medals[1].value} medal{s}"


def tally_words(tally: Tally, games: Games | None = None) -> str:
    """What a tally counts, as a plural noun phrase: "career Winter Olympic golds"."""
    text = tally.describe().removeprefix("most ").replace(" won by a nation", "")
    if games is not None:
        for season in ("Winter", "Summer", "Olympic"):
            text = text.replace(f" at one {season} Games", f" at {games.name}")
    return text


def kind_words(tally: Tally) -> str:
    """One medal of a tally's kind: "men's Cross-Country Skiing medal"."""
    words = (
        tally.gender and GENDER_WORDS[tally.gender],
        tally.kind and tally.kind.value,
        tally.discipline or tally.sport,
        medal_noun(tally.medals, plural=False),
    )
    return " ".join(w for w in words if w)


# Explanations are English whatever the process locale, which strftime would follow.
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def date_words(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def weekday_words(day: dt.date) -> str:
    return f"{_WEEKDAYS[day.weekday()]} {date_words(day)}"


def as_of_words(day: dt.date | None) -> str:
    return f" as of {date_words(day)}" if day else ""


def join_words(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def games_start(games: Games) -> dt.date:
    return games.opened or dt.date(games.year, 1, 1)


def as_reason(reason: str) -> str:
    return f", as {reason}" if reason else ""


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
