"""Olympic results as immutable values; records as pure functions.

The public surface is re-exported here; the submodules :mod:`olympics_records.datasets`
(bundled data, readers, downloads), :mod:`olympics_records.claims` (fact-checking),
:mod:`olympics_records.crosscheck` (nation tables against Olympedia),
:mod:`olympics_records.nocs` (the NOC registry) and :mod:`olympics_records.sports` (the
sports and their disciplines) are imported by name.

Example:
    >>> import olympics_records as ol
    >>> h = ol.datasets.milano_cortina_2026()
    >>> ol.record(h, ol.Tally(season=ol.Season.WINTER)).value
    11
"""

from typing import TYPE_CHECKING, Any

from olympics_records._engine.public import public_dir
from olympics_records._version import __version__
from olympics_records.errors import DataError
from olympics_records.history import History, find_athlete
from olympics_records.milestones import Milestone, milestones
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
    IncompleteMedals,
    Record,
    RecordMark,
    Scope,
    Standing,
    Subject,
    Sweep,
    Tally,
    career,
    firsts,
    incomplete_medals,
    leaderboard,
    leaderboards_over,
    progression,
    record,
    sweeps,
)
from olympics_records.tables import MedalRow, medal_table

if TYPE_CHECKING:
    from olympics_records import claims as claims
    from olympics_records import datasets as datasets
    from olympics_records import nocs as nocs
    from olympics_records import sports as sports
    from olympics_records.merging import merge
    from olympics_records.serialize import from_json, to_json

# Imported on first use, so that ``import olympics_records`` stays cheap: cattrs (for
# JSON), the merger and the readers are not needed to answer a question.
_LAZY = {
    "from_json": "olympics_records.serialize",
    "to_json": "olympics_records.serialize",
    "merge": "olympics_records.merging",
}
_SUBMODULES = ("claims", "datasets", "nocs", "sports")


def __getattr__(name: str) -> Any:
    import importlib  # noqa: PLC0415 - only on the first use of a lazy name

    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    elif name in _SUBMODULES:
        value = importlib.import_module(f"{__name__}.{name}")
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


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
    "IncompleteMedals",
    "Medal",
    "MedalRow",
    "Milestone",
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
    "incomplete_medals",
    "leaderboard",
    "leaderboards_over",
    "medal_table",
    "merge",
    "milestones",
    "progression",
    "record",
    "sweeps",
    "to_json",
]
# dir() shows the public API, not the names this module imports.
__dir__ = public_dir(__all__, _SUBMODULES)
