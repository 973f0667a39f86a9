"""Tests for the Games registry and its cross-check against Olympedia's editions."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import olympics_records
from olympics_records import datasets
from olympics_records.editions import edition, editions
from olympics_records.errors import UnknownIdError
from olympics_records.model import Games, Season
from olympics_records.serialize import converter

GAMES_JSON = Path(olympics_records.__file__).parent / "_data" / "games.json"


@pytest.fixture
def shared_data() -> Path:
    """The folder of real data files, from ``OLYMPICS_RECORDS_DATA``."""
    value = os.environ.get("OLYMPICS_RECORDS_DATA")
    if not value:
        pytest.skip("OLYMPICS_RECORDS_DATA is not set; real-data tests need ../shared/data")
    return Path(value)


# --- the registry itself ---------------------------------------------------------------


def test_editions_are_unique_and_in_opening_order() -> None:
    games = editions()
    assert len({g.id for g in games}) == len(games)
    opened = [g.opened for g in games]
    assert None not in opened
    assert opened == sorted(opened)  # type: ignore[type-var]


def test_every_summer_games_held() -> None:
    held = set(range(1896, 2025, 4)) - {1916, 1940, 1944}
    years = {g.year for g in editions() if g.season is Season.SUMMER}
    assert years == held | {1906}


def test_every_winter_games_held() -> None:
    held = (set(range(1924, 1993, 4)) - {1940, 1944}) | set(range(1994, 2027, 4))
    assert {g.year for g in editions() if g.season is Season.WINTER} == held


def test_only_1906_is_unofficial() -> None:
    assert [g.id for g in editions() if not g.official] == ["1906-summer"]


@pytest.mark.parametrize("games", editions(), ids=lambda g: g.id)
def test_dates_are_plausible(games: Games) -> None:
    assert games.opened is not None
    assert games.closed is not None
    assert games.opened <= games.closed
    # London 1908 ran longest, 187 days; anything longer is a typing mistake.
    assert (games.closed - games.opened).days <= 187
    # Tokyo 2020 is the only edition held after its year.
    expected_year = 2021 if games.id == "2020-summer" else games.year
    assert games.opened.year == expected_year


def test_nothing_is_read_at_import() -> None:
    code = (
        "import olympics_records.editions\n"
        "from olympics_records._engine.registries import load_editions\n"
        "print(load_editions.cache_info().currsize)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["0"]


def test_the_datasets_package_re_exports_the_registry() -> None:
    assert (datasets.edition, datasets.editions) == (edition, editions)


def test_lookups() -> None:
    assert edition(1980, Season.WINTER).city == "Lake Placid"
    assert edition(2026, Season.WINTER).city == "Milano Cortina"
    melbourne = edition(1956, Season.SUMMER)
    assert (melbourne.city, melbourne.opened, melbourne.closed) == (
        "Melbourne",
        dt.date(1956, 11, 22),
        dt.date(1956, 12, 8),
    )
    assert edition(2024, Season.SUMMER).closed == dt.date(2024, 8, 11)


@pytest.mark.parametrize(("year", "season"), [(1916, Season.SUMMER), (1944, Season.WINTER)])
def test_cancelled_games_are_unknown(year: int, season: Season) -> None:
    with pytest.raises(UnknownIdError, match=f"no Games with id '{year}-{season.value}'"):
        edition(year, season)


def test_the_bundled_file_is_as_the_converter_writes_it() -> None:
    document = json.loads(GAMES_JSON.read_text(encoding="utf-8"))
    by_id = {g.id: g for g in editions()}
    written = [
        converter.unstructure(by_id[f"{item['year']}-{item['season']}"]) for item in document
    ]
    assert document == written
    assert [list(item) for item in document] == [list(item) for item in written]


# --- cross-check against Olympedia -----------------------------------------------------

# Olympedia's start/end dates are the ceremonies; for these Games, spread over months,
# the registry uses the first and last days of competition instead.
COMPETITION_DAYS = {
    "1900 Summer Olympics",
    "1904 Summer Olympics",
    "1908 Summer Olympics",
    "1912 Summer Olympics",
    "1920 Summer Olympics",
}

# Every known difference, as (field, Olympedia's edition, Olympedia's value, the
# registry's value). The test fails when one appears or goes.
KNOWN_OLYMPEDIA_DIFFERENCES = {
    # Olympedia writes host cities in the local language; the registry in English.
    ("city", "1896 Summer Olympics", "Athina", "Athens"),
    ("city", "1906 Intercalated", "Athina", "Athens"),
    ("city", "1920 Summer Olympics", "Antwerpen", "Antwerp"),
    ("city", "1960 Summer Olympics", "Roma", "Rome"),
    ("city", "1968 Summer Olympics", "Ciudad de México", "Mexico City"),
    ("city", "1972 Summer Olympics", "München", "Munich"),
    ("city", "1976 Summer Olympics", "Montréal", "Montreal"),
    ("city", "1980 Summer Olympics", "Moskva", "Moscow"),
    ("city", "2004 Summer Olympics", "Athina", "Athens"),
    ("city", "1928 Winter Olympics", "Sankt Moritz", "St. Moritz"),
    ("city", "1948 Winter Olympics", "Sankt Moritz", "St. Moritz"),
    ("city", "2006 Winter Olympics", "Torino", "Turin"),
    ("city", "2026 Winter Olympics", "Milano-Cortina d'Ampezzo", "Milano Cortina"),
    # olympics.com and the usual references end the Games on 23 November (the last
    # football match); Olympedia's competition dates run to 26 November.
    ("closed", "1904 Summer Olympics", "1904-11-26", "1904-11-23"),
    # Opening ceremony on 25 January, the eve of the first event on 26 January by
    # Olympedia's own competition dates (olympics.com agrees).
    ("opened", "1924 Winter Olympics", "1924-01-24", "1924-01-25"),
    # Closing ceremony on 19 February, the last day of competition by Olympedia's own
    # competition dates (olympics.com agrees).
    ("closed", "1928 Winter Olympics", "1928-02-17", "1928-02-19"),
    # Olympedia's copy predates Paris 2024 and has no dates for it.
    ("opened", "2024 Summer Olympics", None, "2024-07-26"),
    ("closed", "2024 Summer Olympics", None, "2024-08-11"),
    # One edition for 1956 Summer (Melbourne); Olympedia also lists the Stockholm
    # equestrian events as an edition of their own.
    ("edition", "1956 Equestrian", "Stockholm", None),
    # Awarded, not yet held.
    ("edition", "2028 Summer Olympics", "Los Angeles", None),
    ("edition", "2032 Summer Olympics", "Brisbane", None),
}

_MONTHS = {
    name: number
    for number, name in enumerate(
        ("January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"),
        start=1,
    )
}  # fmt: skip


def _date(words: list[str], year: int, month: str | None = None) -> dt.date:
    """Read ``["6", "April"]`` or ``["23", "July", "2021"]``; ``month`` fills a bare day."""
    if len(words) > 2:
        year = int(words[2])
    return dt.date(year, _MONTHS[words[1] if len(words) > 1 else str(month)], int(words[0]))


def _span(text: str, year: int) -> tuple[dt.date | None, dt.date | None]:
    """Read a competition span like ``"6 – 13 April"`` or ``"21 July –  8 August 2021"``."""
    if "–" not in text:
        return None, None
    first, last = (part.split() for part in text.split("–"))
    end = _date(last, year)
    return _date(first, end.year, last[1]), end


def test_olympedia_dates_are_read() -> None:
    assert _span("6 – 13 April", 1896) == (dt.date(1896, 4, 6), dt.date(1896, 4, 13))
    assert _span("21 July –  8 August 2021", 2020) == (dt.date(2021, 7, 21), dt.date(2021, 8, 8))
    assert _span("—", 1916) == (None, None)
    assert _date(["6", "February"], 2026) == dt.date(2026, 2, 6)


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _olympedia_differences(path: Path) -> set[tuple[str, str, str | None, str | None]]:
    registry = {g.id: g for g in editions()}
    seen: set[str] = set()
    found: set[tuple[str, str, str | None, str | None]] = set()
    with path.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file, delimiter=";"):
            name, year = row["edition"], int(row["year"])
            season = "winter" if "Winter" in name else "summer"
            key = f"{year}-{season}"
            held = not row["isHeld"].startswith("Not held")
            if not held:
                if key in registry:
                    found.add(("held", name, None, key))
                continue
            if name.endswith("Equestrian") or key not in registry:
                found.add(("edition", name, row["city"], None))
                continue
            seen.add(key)
            games = registry[key]
            if row["city"] != games.city:
                found.add(("city", name, row["city"], games.city))
            if name in COMPETITION_DAYS:
                opened, closed = _span(row["competition_date"], year)
            else:
                opened = _date(row["start_date"].split(), year) if row["start_date"] else None
                closed = _date(row["end_date"].split(), year) if row["end_date"] else None
            for field, theirs, ours in (
                ("opened", opened, games.opened),
                ("closed", closed, games.closed),
            ):
                if theirs != ours:
                    found.add((field, name, _iso(theirs), _iso(ours)))
    found |= {("missing", key, None, key) for key in registry if key not in seen}
    return found


def test_registry_matches_olympedia(shared_data: Path) -> None:
    found = _olympedia_differences(shared_data / "olympedia" / "Olympics_Games.csv")
    assert sorted(found - KNOWN_OLYMPEDIA_DIFFERENCES, key=str) == []
    assert sorted(KNOWN_OLYMPEDIA_DIFFERENCES - found, key=str) == []
