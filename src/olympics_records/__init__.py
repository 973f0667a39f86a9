"""Olympic results as immutable values; records as pure functions.

The public surface is re-exported here; the submodules :mod:`olympics_records.datasets`
(bundled data, readers, downloads), :mod:`olympics_records.claims` (fact-checking),
:mod:`olympics_records.crosscheck` (nation tables against Olympedia) and
:mod:`olympics_records.nocs` (the NOC registry) are imported by name.

Example:
    >>> import olympics_records as ol
    >>> h = ol.datasets.milano_cortina_2026()
    >>> ol.record(h, ol.Tally(season=ol.Season.WINTER)).value
    11
"""

from olympics_records._version import __version__
from olympics_records.errors import DataError
from olympics_records.history import History, find_athlete
from olympics_records.merge import merge
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
from olympics_records.records import (
    Career,
    First,
    Record,
    RecordMark,
    Scope,
    Standing,
    Subject,
    Sweep,
    Tally,
    career,
    firsts,
    leaderboard,
    progression,
    record,
    sweeps,
)
from olympics_records.serialize import from_json, to_json
from olympics_records.tables import MedalRow, medal_table

__all__ = [
    "Athlete",
    "Career",
    "Correction",
    "Coverage",
    "DataError",
    "Entry",
    "Event",
    "EventKind",
    "First",
    "Games",
    "Gender",
    "History",
    "Medal",
    "MedalRow",
    "Noc",
    "Record",
    "RecordMark",
    "Scope",
    "Season",
    "Standing",
    "Subject",
    "Sweep",
    "Tally",
    "__version__",
    "career",
    "find_athlete",
    "firsts",
    "from_json",
    "leaderboard",
    "medal_table",
    "merge",
    "progression",
    "record",
    "sweeps",
    "to_json",
]
