"""The public surface of DESIGN.md's contract: every name importable, none shadowed."""

from __future__ import annotations

import importlib
import subprocess
import sys
import types

import olympics_records

CONTRACT = [
    "Season",
    "Medal",
    "Gender",
    "EventKind",
    "Subject",
    "Scope",
    "Games",
    "Event",
    "Athlete",
    "Noc",
    "Entry",
    "Correction",
    "History",
    "Tally",
    "Standing",
    "Record",
    "RecordMark",
    "MedalRow",
    "leaderboard",
    "record",
    "progression",
    "medal_table",
    "find_athlete",
    "merge",
    "to_json",
    "from_json",
    "DataError",
]


def test_the_contract_is_exported_and_sorted() -> None:
    assert set(CONTRACT) <= set(olympics_records.__all__)
    assert olympics_records.__all__ == sorted(olympics_records.__all__)


def test_no_exported_name_is_a_module_even_after_submodules_are_imported() -> None:
    # A lazily exported function must not be shadowed by a submodule of the same name.
    for module in ("merging", "serialize", "claims", "datasets", "crosscheck", "frames"):
        importlib.import_module(f"olympics_records.{module}")
    for name in olympics_records.__all__:
        value = getattr(olympics_records, name)
        assert not isinstance(value, types.ModuleType), name


def test_submodules_of_the_contract() -> None:
    from olympics_records import claims, datasets

    for name in ["milano_cortina_2026", "read_olympics_com", "read_olympanalyt",
                 "read_kaggle120", "read_olympedia_tally", "load"]:  # fmt: skip
        assert callable(getattr(datasets, name))
    for name in ["Claim", "Verdict", "check", "load_claims"]:
        assert hasattr(claims, name)


def test_import_is_cheap_and_lazy() -> None:
    """Importing the package pulls in neither cattrs nor the readers."""
    code = (
        "import sys, olympics_records; "
        "print(sorted(m for m in ('cattrs', 'olympics_records.merging', "
        "'olympics_records.datasets.olympics_com') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


PUBLIC_MODULES = [
    "olympics_records.claims",
    "olympics_records.crosscheck",
    "olympics_records.datasets",
    "olympics_records.editions",
    "olympics_records.errors",
    "olympics_records.frames",
    "olympics_records.history",
    "olympics_records.merging",
    "olympics_records.milestones",
    "olympics_records.model",
    "olympics_records.names",
    "olympics_records.nocs",
    "olympics_records.records",
    "olympics_records.serialize",
    "olympics_records.sports",
    "olympics_records.tables",
    "olympics_records.tally",
]
MODULE_NAMES = {"__all__", "__doc__", "__file__", "__name__"}


def test_dir_of_a_public_module_is_its_api() -> None:
    """``dir()`` lists what ``__all__`` offers, not ``attrs``, ``Counter`` or ``dt``."""
    for name in PUBLIC_MODULES:
        module = importlib.import_module(name)
        assert set(dir(module)) == set(module.__all__) | MODULE_NAMES, name
        assert all(hasattr(module, n) for n in module.__all__), name
    listed = set(dir(olympics_records)) - MODULE_NAMES
    assert listed == set(olympics_records.__all__) | {"claims", "datasets", "nocs", "sports"}
