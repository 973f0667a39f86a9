"""Olympic results as immutable values; records as pure functions."""

from olympics_records._version import __version__
from olympics_records.errors import DataError
from olympics_records.history import History, find_athlete
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
    Season,
)
from olympics_records.serialize import from_json, to_json

__all__ = [
    "Athlete",
    "Correction",
    "Coverage",
    "DataError",
    "Entry",
    "Event",
    "EventKind",
    "Games",
    "Gender",
    "History",
    "Medal",
    "Noc",
    "Season",
    "__version__",
    "find_athlete",
    "from_json",
    "to_json",
]
