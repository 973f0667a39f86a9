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
        "matplotlib",
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


def test_reading_the_olympics_com_files_imports_no_pathlib(tmp_path: Path) -> None:
    # The cold record book's path: pathlib (with urllib.parse, ipaddress, fnmatch)
    # costs ~3 ms of every run and the reader needs none of it.
    (tmp_path / "olympic_hosts.csv").write_text(
        "game_slug,game_end_date,game_start_date,game_location,game_name,game_season,"
        "game_year\nlake-placid-1980,1980-02-24,1980-02-13,USA,Lake Placid 1980,Winter,1980\n"
    )
    (tmp_path / "olympic_medals.csv").write_text(
        "discipline_title,slug_game,event_title,event_gender,medal_type,participant_type,"
        "participant_title,athlete_url,athlete_full_name,country_name,country_3_letter_code\n"
        "Speed skating,lake-placid-1980,500m men,Men,GOLD,Athlete,,"
        "https://olympics.com/en/athletes/eric-heiden,Eric HEIDEN,United States,USA\n"
    )
    code = (
        "import olympics_records as ol\n"
        "from olympics_records.datasets import read_olympics_com\n"
        f"h = read_olympics_com({str(tmp_path)!r})\n"
        "assert ol.record(h, ol.Tally(season=ol.Season.WINTER)).value == 1\n"
        "ol.medal_table(h, h.games[0])"
    )
    assert _imported(code, ("pathlib", *_NOT_FOR_READING)) == []


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
        "      nocs.get('EUN').name, 'kaggle-120' in datasets.available(),\n"
        "      'importlib.resources' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "81 Milano Cortina 2026 Unified Team True True"
