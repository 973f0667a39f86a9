"""Data: the bundled Milano Cortina 2026 results, readers of public formats, downloads.

Everything here turns files into :class:`~olympics_records.History` values and
nothing else. Nothing is read at import time.
"""

from __future__ import annotations

import functools
import importlib
from typing import TYPE_CHECKING, Any

from olympics_records._engine.public import public_dir
from olympics_records._engine.resources import data_text
from olympics_records.history import History

if TYPE_CHECKING:
    from olympics_records.datasets._all import ALL_SOURCES
    from olympics_records.datasets._fetch import (
        CacheError,
        DownloadError,
        HashMismatchError,
        MissingDependencyError,
        UnpinnedFileError,
        UnsafePathError,
        available,
        cache_dir,
        clear_cache,
        download_all,
        fetch,
        load,
    )
    from olympics_records.datasets._snapshot import SnapshotWarning
    from olympics_records.datasets.kaggle120 import read_kaggle120
    from olympics_records.datasets.medallists import read_medallists
    from olympics_records.datasets.olympanalyt import read_olympanalyt
    from olympics_records.datasets.olympedia import (
        ReferenceTally,
        TallyRow,
        read_olympedia_tally,
    )
    from olympics_records.datasets.olympics_com import read_olympics_com
    from olympics_records.editions import edition, editions

# Each name is imported from its module on first use: reading one format should not
# pay for importing the others, nor the download machinery.
_LAZY = {
    **dict.fromkeys(
        (
            "CacheError",
            "DownloadError",
            "HashMismatchError",
            "MissingDependencyError",
            "UnpinnedFileError",
            "UnsafePathError",
            "available",
            "cache_dir",
            "clear_cache",
            "download_all",
            "fetch",
            "load",
        ),
        "._fetch",
    ),
    "ALL_SOURCES": "._all",
    "SnapshotWarning": "._snapshot",
    # The Games editions are reference data of the core; re-exported here, where they were.
    "edition": "olympics_records.editions",
    "editions": "olympics_records.editions",
    "read_kaggle120": ".kaggle120",
    "read_medallists": ".medallists",
    "read_olympanalyt": ".olympanalyt",
    "ReferenceTally": ".olympedia",
    "TallyRow": ".olympedia",
    "read_olympedia_tally": ".olympedia",
    "read_olympics_com": ".olympics_com",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "ALL_SOURCES",
    "CacheError",
    "DownloadError",
    "HashMismatchError",
    "MissingDependencyError",
    "ReferenceTally",
    "SnapshotWarning",
    "TallyRow",
    "UnpinnedFileError",
    "UnsafePathError",
    "available",
    "cache_dir",
    "clear_cache",
    "download_all",
    "edition",
    "editions",
    "fetch",
    "load",
    "milano_cortina_2026",
    "read_kaggle120",
    "read_medallists",
    "read_olympanalyt",
    "read_olympedia_tally",
    "read_olympics_com",
]
# dir() shows the public API, not the names this module imports.
__dir__ = public_dir(__all__)

_BUNDLED = "milano-cortina-2026.json"


@functools.cache
def milano_cortina_2026() -> History:
    """The bundled data: Milano Cortina 2026 podiums and the history their records need.

    It holds the complete podiums of every 2026 cross-country and biathlon event, the
    speed-skating mass starts and ski cross (81 podium places, each event with its
    date), and, for earlier Winter Games, only the medals the 2026 record story needs
    (Heiden 1980; every gold of Bjørgen, Dæhlie and Bjørndalen; Klæbo 2018 and 2022).
    ``History.coverage`` says so per Games. Loaded once; the History is immutable.

    Example:
        >>> h = milano_cortina_2026()
        >>> len(h.entries_of_games("2026-winter"))
        81
        >>> h.coverage_of("2026-winter").full_podiums
        True
    """
    from olympics_records.serialize import from_json  # noqa: PLC0415 - cattrs on demand

    return from_json(data_text(_BUNDLED, __name__), source=_BUNDLED)
