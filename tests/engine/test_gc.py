"""The collector pause around bulk builds: what it leaves in which generation."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from olympics_records._engine.gc import BULK, paused_gc


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def _young(value: object) -> bool:
    return any(o is value for o in gc.get_objects(generation=0))


@pytest.mark.usefixtures("collector_on")
def test_what_the_block_builds_leaves_it_in_the_oldest_generation() -> None:
    with paused_gc():
        assert not gc.isenabled()
        built = [[i] for i in range(BULK)]
        assert _young(built)
    assert gc.isenabled()
    assert not _young(built)
    assert any(o is built for o in gc.get_objects(generation=2))
    assert gc.get_freeze_count() == 0


@pytest.mark.usefixtures("collector_on")
def test_objects_the_program_froze_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with paused_gc():
            built = [[i] for i in range(BULK)]
        assert gc.get_freeze_count() == frozen
        # Left to the collector's own course: not moved to the oldest generation.
        assert not any(o is built for o in gc.get_objects(generation=2))
    finally:
        gc.unfreeze()


@pytest.mark.usefixtures("collector_on")
def test_a_small_build_is_left_to_the_collector() -> None:
    gc.collect()
    with paused_gc():
        built = [[i] for i in range(100)]
    assert not any(o is built for o in gc.get_objects(generation=2))


def test_a_disabled_collector_stays_disabled() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


@pytest.mark.usefixtures("collector_on")
def test_an_error_in_the_block_turns_the_collector_back_on() -> None:
    with pytest.raises(RuntimeError), paused_gc():
        raise RuntimeError
    assert gc.isenabled()
