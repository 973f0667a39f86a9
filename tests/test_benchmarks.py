"""Smoke test of ``benchmarks/``: both record books run and give the same answers.

Timing is never tested here; ``python benchmarks/run.py`` measures it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

DATA_VARIABLE = "OLYMPICS_RECORDS_DATA"
BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"

pytest.importorskip("pandas")


def _book(script: str, folder: Path) -> Any:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _shared_folder() -> Path:
    """The shared data's olympics.com folder (the test is skipped without the data)."""
    root = os.environ.get(DATA_VARIABLE)
    if not root:
        pytest.skip(f"{DATA_VARIABLE} is not set")
    return Path(root) / "olympics-com"


def _synthetic(folder: Path, factor: int) -> Path:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "synthetic.py"), "seed", str(folder), str(factor)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return folder


def test_record_books_agree_on_a_small_synthetic_history(tmp_path: Path) -> None:
    folder = _synthetic(tmp_path / "x3", 3)
    ours = _book("book_olympics_records.py", folder)
    assert ours == _book("book_pandas.py", folder)
    # Three copies of the seed: Heiden's 3 golds of 1980, held three times over.
    winter = ours["golds_at_one_games"]["winter"]
    assert winter["value"] == 3
    assert [h[1] for h in winter["holders"]] == ["1980-winter"] * 3
    # A team gold counts once for the nation: Norway's 2022 golds are 2 per copy.
    assert ours["medal_tables"]["winter"]["2022-winter"][0][1:3] == ["NOR", 6]


def test_record_books_agree_on_the_shared_data() -> None:
    folder = _shared_folder()
    ours = _book("book_olympics_records.py", folder)
    assert ours == _book("book_pandas.py", folder)
    assert ours["golds_at_one_games"]["winter"]["holders"] == [["eric-heiden", "1980-winter"]]


@pytest.mark.parametrize("twin", ["boards_pandas.py", "boards_polars.py"])
def test_the_books_users_write_agree_on_a_small_synthetic_history(
    tmp_path: Path, twin: str
) -> None:
    pytest.importorskip(twin.removeprefix("boards_").removesuffix(".py"))
    folder = _synthetic(tmp_path / "x2", 2)
    ours = _book("boards_olympics_records.py", folder)
    assert ours == _book(twin, folder)
    # Two copies of the seed's three golds of Heiden (1980): a tie at the top.
    winter = ours["golds_at_one_games"]["winter"]
    assert [row[:4] for row in winter[:2]] == [[1, row[1], "1980-winter", 3] for row in winter[:2]]
    assert ours["top_over_days"] == ours["top_as_of_each_day"]


@pytest.mark.parametrize("twin", ["boards_pandas.py", "boards_polars.py"])
def test_the_books_users_write_agree_on_the_shared_data(twin: str) -> None:
    pytest.importorskip(twin.removeprefix("boards_").removesuffix(".py"))
    folder = _shared_folder()
    ours = _book("boards_olympics_records.py", folder)
    assert ours == _book(twin, folder)
    assert len(ours["career_medals_full"]["summer"]) > 10_000


def test_the_full_reads_read_the_same_rows() -> None:
    pytest.importorskip("polars")
    folder = _shared_folder()
    pandas = _book("read_pandas.py", folder)
    assert pandas == _book("read_polars.py", folder)
    ours = _book("read_olympics_records.py", folder)
    # Every entry is a results row or a medals row; repeats and bad rows are issues.
    assert 0 < ours["entries"] <= pandas["results"] + pandas["medals"]
    assert ours["issues"] > 0
