"""Shared fixtures and Hypothesis profiles.

Profiles: ``dev`` (fast, the default on a workstation) and ``ci`` (thorough; chosen
when the ``CI`` environment variable is set). ``HYPOTHESIS_PROFILE`` overrides both.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from olympics_records import History

settings.register_profile("dev", max_examples=40, deadline=None)
settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("long", max_examples=5000, deadline=None)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)

DATA_VARIABLE = "OLYMPICS_RECORDS_DATA"

# The real data folder is shared: no test writes a snapshot of load("all") into it.
# The snapshot's tests turn it on for caches of their own (and subprocesses inherit it).
os.environ["OLYMPICS_RECORDS_SNAPSHOT"] = "0"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The folder of real public data (``../shared/data``), or skip the test.

    Real-data tests skip only where the variable is unset; a variable that points at
    a missing folder is a broken setup and fails loudly.
    """
    value = os.environ.get(DATA_VARIABLE)
    if not value:
        pytest.skip(f"{DATA_VARIABLE} is not set; real-data tests need ../shared/data")
    path = Path(value)
    if not path.is_dir():
        pytest.fail(f"{DATA_VARIABLE}={value!r} is not a folder")
    return path


@pytest.fixture(scope="session")
def record_book(shared_data: Path) -> History:
    """``datasets.load("all")`` on the real data: every public source merged, read once."""
    from olympics_records import datasets

    return datasets.load("all", data_home=shared_data, progress=False)


@pytest.fixture(scope="session")
def bundled() -> History:
    """The bundled Milano Cortina 2026 data, read once."""
    from olympics_records import datasets

    return datasets.milano_cortina_2026()
