"""What importing the package, and reading with it, imports: the import-time budget.

Structural, not timed: each test names modules that cost milliseconds to import and
that a path does not need, and checks in a fresh interpreter that they stay out.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import olympics_records

# Needed only to download, or where the package is zipped. importlib.resources alone
# imports tempfile, which imports shutil, random, bz2 and lzma: milliseconds in all.
_NOT_FOR_READING = ("importlib.resources", "tempfile", "shutil", "zipfile")


def _imported(code: str, modules: tuple[str, ...]) -> list[str]:
    """Which of ``modules`` a fresh interpreter has imported after running ``code``."""
    script = f"{code}\nimport sys\nprint(' '.join(m for m in {modules!r} if m in sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return sorted(done.stdout.split())


def test_the_package_imports_no_data_machinery() -> None:
    unwanted = (
        *_NOT_FOR_READING,
        "json",
        "pathlib",
        "olympics_records.datasets",
        "olympics_records.nocs",
    )
    assert _imported("import olympics_records", unwanted) == []


def test_importing_a_reader_imports_no_download_machinery() -> None:
    code = (
        "import olympics_records\n"
        "from olympics_records.datasets import read_olympics_com\n"
        "import olympics_records.records, olympics_records.tables"
    )
    unwanted = (*_NOT_FOR_READING, "json", "olympics_records.datasets._fetch")
    assert _imported(code, unwanted) == []


def test_the_bundled_files_are_read_without_importlib_resources() -> None:
    code = (
        "from olympics_records import datasets, nocs\n"
        "datasets.milano_cortina_2026(); datasets.editions(); nocs.registry()\n"
        "datasets.available()"
    )
    assert _imported(code, _NOT_FOR_READING) == []


def test_the_bundled_files_are_read_from_a_zipped_package(tmp_path: Path) -> None:
    # Where the package does not lie in files, the path read fails and the loader's
    # resource API takes over: the same data comes back.
    package = Path(olympics_records.__file__).parent
    archive = tmp_path / "olympics_records.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted(package.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                zipped.write(path, path.relative_to(package.parent).as_posix())
    code = (
        f"import sys; sys.path.insert(0, {str(archive)!r})\n"
        "import olympics_records as ol\n"
        "from olympics_records import datasets, nocs\n"
        f"assert ol.__file__.startswith({str(archive)!r}), ol.__file__\n"
        "h = datasets.milano_cortina_2026()\n"
        "print(len(h.entries_of_games('2026-winter')), datasets.editions()[-1].name,\n"
        "      nocs.get('EUN').name, datasets.available()[0], 'importlib.resources' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "81 Milano Cortina 2026 Unified Team kaggle-120 True"
