"""Every reader, and the JSON writer, run with the cyclic collector paused.

A reader allocates a few objects per row and frees almost none, so each pass of the
collector during a read would find nothing, and the passes grow with the heap: left
running, the collector took half of the time of reading Kaggle's whole file, and more
than half of ``to_json`` of ``load("all")`` (see ``_engine.gc``). The test asks each
public reader, and ``from_json``, to read a small file (and ``to_json`` to write one)
with the collector set to run at almost every allocation, and finds no pass that
starts in the library's code, except as the pause ends and the collector is turned
back on.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

import olympics_records
from bad_input_formats import HOSTS, KAGGLE, MC2026, MEDALS, OLYMPANALYT, TALLY
from olympics_records import datasets, from_json, to_json
from olympics_records.names import display_name

READERS: dict[str, tuple[Callable[[Path], Any], dict[str, str]]] = {
    "read_kaggle120": (datasets.read_kaggle120, {"athlete_events.csv": KAGGLE}),
    "read_medallists": (datasets.read_medallists, {"medallists.csv": MC2026}),
    "read_olympanalyt": (datasets.read_olympanalyt, {"all_olympic_medalists.csv": OLYMPANALYT}),
    "read_olympedia_tally": (
        datasets.read_olympedia_tally,
        {"Olympic_Games_Medal_Tally.csv": TALLY},
    ),
    "read_olympics_com": (
        datasets.read_olympics_com,
        {"olympic_hosts.csv": HOSTS, "olympic_medals.csv": MEDALS},
    ),
}
"""Each public reader (imported here, not while counting), and the small valid files of
its format that the bad-input cases break."""


def test_every_public_reader_is_asked() -> None:
    readers = {name for name in dir(datasets) if name.startswith("read_")}
    assert readers == set(READERS)


PACKAGE = str(Path(olympics_records.__file__).parent) + os.sep
PAUSE = str(Path(PACKAGE) / "_engine" / "gc.py")


@pytest.fixture
def eager_collector() -> Iterator[list[str]]:
    """The collector on, set to run at almost every allocation.

    Yields where the library's code was when each pass started: the line of its
    innermost frame, or nothing for a pass started outside it (by the test itself) or
    as the pause ends (in ``_engine/gc.py``).
    """
    passes: list[str] = []

    def where(phase: str, info: dict[str, int]) -> None:
        if phase != "start":
            return
        frame: FrameType | None = sys._getframe(1)
        while frame is not None:
            file = frame.f_code.co_filename
            if file.startswith(PACKAGE):
                if file != PAUSE:
                    passes.append(f"{file[len(PACKAGE) :]}:{frame.f_lineno}")
                return
            frame = frame.f_back

    was, threshold = gc.isenabled(), gc.get_threshold()
    gc.enable()
    gc.set_threshold(2, 1, 1)
    gc.callbacks.append(where)
    try:
        yield passes
    finally:
        gc.callbacks.remove(where)
        gc.set_threshold(*threshold)
        if not was:
            gc.disable()


@pytest.mark.parametrize("name", sorted(READERS))
def test_a_reader_runs_with_the_collector_paused(
    tmp_path: Path, eager_collector: list[str], name: str
) -> None:
    read, files = READERS[name]
    for file, text in files.items():
        (tmp_path / file).write_text(text, encoding="utf-8")
    eager_collector.clear()
    read(tmp_path)
    assert eager_collector == []


def test_json_is_read_and_written_with_the_collector_paused(eager_collector: list[str]) -> None:
    bundled = datasets.milano_cortina_2026()
    eager_collector.clear()
    text = to_json(bundled)
    assert eager_collector == []
    history = from_json(text)
    assert eager_collector == []
    assert len(history.entries) == len(bundled.entries)


def test_the_collector_would_be_seen(eager_collector: list[str]) -> None:
    # The check is a real one: the library's own code, run with the collector on,
    # starts passes, and they are seen where that code was.
    eager_collector.clear()
    shown = [display_name(f"Given SURNAME{n}") for n in range(100)]
    assert shown[-1] == "Given Surname99"
    assert any(place.startswith("names.py:") for place in eager_collector)
