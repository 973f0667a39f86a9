"""``load("all")``: every public source merged into one record book, 1896–2026.

No single public file holds the Olympic record book: olympics.com's medals name no
members for 3,624 team medals, Kaggle's file stops in 2016 and lacks some athletes
(Bjørn Dæhlie), OlympAnalyt writes some Games in Cyrillic, and Paris 2024 and
Milano Cortina 2026 come in files of their own. :func:`load_all` reads each and
merges them with :func:`~olympics_records.merging.merge`, which links the same
event, athlete and medal across sources and reports what they disagree on.

What is merged, in this order (the first is the primary source where sources
disagree: olympics.com follows the IOC's reallocations after doping cases):

1. ``olympics-com``: every medal 1896–2022 (the results file is not read: the record
   book counts medals, and its ranked entries add no member to a medal team). Where
   the folder holds ``olympic_athletes.csv``, an athlete olympics.com lists under two
   profiles is one (``read_olympics_com(..., profiles=True)``).
2. ``paris-2024`` and ``milano-cortina-2026``: every medallist, with medal dates.
3. ``kaggle-120``: its medal rows, 1896–2016, which name almost every team member.
4. ``olympanalyt``: medallists 1896–2024, which name the members Kaggle lacks.
5. The bundled 2026 fact sheet (:func:`~olympics_records.datasets.milano_cortina_2026`).

Only medals are kept: the History is the record book, not every ranked entry.

The merged History is kept in the cache as a snapshot (see
:mod:`olympics_records.datasets._snapshot`), keyed by the sha256 of every source file
and the library's version and code: the next ``load("all")`` reads it back instead of
building it again.
"""

from __future__ import annotations

import contextlib
import importlib
import itertools
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

from olympics_records.datasets._snapshot import (
    read_snapshot,
    snapshot_key,
    snapshot_path,
    want_snapshot,
    write_snapshot,
)
from olympics_records.history import History

__all__ = ["ALL_SOURCES", "load_all"]

ALL_SOURCES = ("olympics-com", "paris-2024", "milano-cortina-2026", "kaggle-120", "olympanalyt")
"""The public data sets merged by ``load("all")``, primary first (the bundle comes last)."""
_BUNDLE = "bundled"


def load_all(
    *,
    data_home: str | os.PathLike[str] | None = None,
    strict: bool = False,
    progress: bool | None = None,
    snapshot: bool | None = None,
) -> History:
    """Fetch and read every public source, and merge them into one History of medals.

    See :func:`olympics_records.datasets.load` (``load("all")``), which calls this.
    Where a snapshot built from the same sources is in the cache, it is the answer;
    otherwise the History is built and a snapshot written for next time.
    """
    # A strict load is a check of the sources: answering it from a snapshot would skip it.
    if strict or not want_snapshot(snapshot):
        return _build(data_home=data_home, strict=strict, progress=progress)
    from olympics_records.datasets._fetch import (  # noqa: PLC0415 - cycle at import
        ALL,
        cache_dir,
        source_hashes,
    )

    key = snapshot_key(ALL, source_hashes(ALL_SOURCES, data_home=data_home, progress=progress))
    path = snapshot_path(cache_dir(data_home), ALL)
    kept = read_snapshot(path, key)
    if kept is not None:
        return kept
    history = _build(data_home=data_home, strict=strict, progress=progress)
    write_snapshot(path, history, key)
    return history


def _build(
    *,
    data_home: str | os.PathLike[str] | None,
    strict: bool,
    progress: bool | None,
) -> History:
    """Read every source and merge them (what ``load("all")`` does without a snapshot)."""
    from olympics_records.datasets import milano_cortina_2026  # noqa: PLC0415
    from olympics_records.datasets._fetch import (  # noqa: PLC0415 - cycle at import
        load,
        want_progress,
    )
    from olympics_records.merging import merge  # noqa: PLC0415 - the merger on demand

    steps = [*ALL_SOURCES, _BUNDLE, "merging"]
    show = want_progress(progress)
    with _progress(len(steps), enabled=show) as step:
        histories = []
        for name in ALL_SOURCES:
            step(f"reading {name}")
            if name == "olympics-com":
                from olympics_records.datasets._fetch import fetch  # noqa: PLC0415
                from olympics_records.datasets.olympics_com import (  # noqa: PLC0415
                    read_olympics_com,
                )

                folder = fetch(name, data_home=data_home, progress=progress)
                history = read_olympics_com(folder, strict=strict, results=False, profiles=True)
            else:
                loaded = load(name, data_home=data_home, strict=strict, progress=progress)
                assert isinstance(loaded, History)  # every name but olympedia's
                history = loaded
            histories.append(_medals_only(history))
        step("reading the bundled 2026 fact sheet")
        histories.append(milano_cortina_2026())
        step("merging")
        return merge(*histories, labels=[*ALL_SOURCES, _BUNDLE])


def _medals_only(history: History) -> History:
    """The medals of a History: its medal entries, and the events and athletes they name."""
    if all(e.medal is not None for e in history.entries):
        return history
    entries = [e for e in history.entries if e.medal is not None]
    events = {e.event for e in entries}
    athletes = {a for e in entries for a in e.athletes}
    return History(
        games=history.games,
        events=[e for e in history.events if e.id in events],
        entries=entries,
        athletes=[a for a in history.athletes if a.id in athletes],
        nocs=history.nocs,
        corrections=history.corrections,
        issues=history.issues,
        coverage=history.coverage,
    )


@contextlib.contextmanager
def _progress(total: int, *, enabled: bool) -> Iterator[Callable[[str], None]]:
    """Say each step as it starts: a tqdm bar where installed, else a line on stderr."""
    if not enabled:
        yield lambda what: None
        return
    try:
        # By name: tqdm (the [data] extra) ships no type information.
        tqdm: Any = importlib.import_module("tqdm").tqdm
    except ImportError:
        count = itertools.count(1)

        def line(what: str) -> None:
            print(f"[{next(count)}/{total}] {what}", file=sys.stderr, flush=True)  # noqa: T201

        yield line
        return
    with tqdm(total=total, unit="step", file=sys.stderr) as bar:

        def step(what: str) -> None:
            if bar.desc:
                bar.update(1)
            bar.set_description_str(what)

        yield step
        bar.update(total - bar.n)
