"""Tests for the NOC registry and its cross-check against Olympedia and olympics.com."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from olympics_records import nocs
from olympics_records.errors import UnknownIdError

CODES = tuple(noc.code for noc in nocs.registry())


@pytest.fixture
def shared_data() -> Path:
    """The folder of real data files, from ``OLYMPICS_RECORDS_DATA``."""
    value = os.environ.get("OLYMPICS_RECORDS_DATA")
    if not value:
        pytest.skip("OLYMPICS_RECORDS_DATA is not set; real-data tests need ../shared/data")
    return Path(value)


# --- the registry itself ---------------------------------------------------------------


def test_registry_is_sorted_and_unique() -> None:
    assert list(CODES) == sorted(set(CODES))
    assert len(CODES) > 200


def test_every_code_is_three_upper_case_letters() -> None:
    assert [code for code in CODES if not re.fullmatch(r"[A-Z][A-Z0-9]{2}", code)] == []


def test_get_and_is_known() -> None:
    assert nocs.get("URS").name == "Soviet Union"
    assert nocs.get("ROC").name == "Russian Olympic Committee"
    assert nocs.is_known("AIN")
    assert nocs.is_known("RU1"), "Olympedia's Russian Empire"
    assert "RU1" in nocs.lineage("RUS")
    assert not nocs.is_known("nor")


@pytest.mark.parametrize(
    "function", [nocs.get, nocs.successors, nocs.predecessors, nocs.heir, nocs.lineage]
)
def test_unknown_code_raises_naming_it(function: Any) -> None:
    with pytest.raises(UnknownIdError, match="no NOC with code 'XYZ'"):
        function("XYZ")


def test_nothing_is_read_at_import() -> None:
    code = (
        "import olympics_records.nocs\n"
        "from olympics_records._engine.registries import load_nocs\n"
        "print(load_nocs.cache_info().currsize)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["0"]


# --- lineage ---------------------------------------------------------------------------


def test_russian_lineage() -> None:
    assert {"URS", "EUN", "RUS", "OAR", "ROC", "AIN"} <= set(nocs.lineage("RUS"))
    assert set(nocs.lineage("URS")) == set(nocs.lineage("AIN"))


def test_german_lineage() -> None:
    assert {"FRG", "GDR", "EUA", "SAA", "GER"} <= set(nocs.lineage("GER"))
    assert set(nocs.successors("EUA")) == {"FRG", "GDR"}


def test_a_split_keeps_the_other_parts_out() -> None:
    """Ukraine continued EUN without being its heir, so it is not Russia's family."""
    assert "EUN" in nocs.predecessors("UKR")
    assert nocs.lineage("UKR") == ("UKR",)
    assert "UKR" not in nocs.lineage("RUS")
    # Belarusians also competed as AIN, but AIN continues Russia's line.
    assert "BLR" not in nocs.lineage("AIN")
    assert "SVK" not in nocs.lineage("CZE")
    assert {"BOH", "TCH"} <= set(nocs.lineage("CZE"))
    assert {"YUG", "SCG"} <= set(nocs.lineage("SRB"))
    assert "MNE" not in nocs.lineage("SRB")
    assert "CRO" not in nocs.lineage("SRB")


def test_a_split_into_equals_has_no_heir() -> None:
    assert nocs.successors("ANZ") == ("AUS", "NZL")
    assert nocs.heir("ANZ") is None
    assert "ANZ" not in nocs.lineage("AUS")


@pytest.mark.parametrize("code", CODES)
def test_lineage_is_symmetric_and_holds_the_code(code: str) -> None:
    family = nocs.lineage(code)
    assert code in family
    for other in family:
        assert code in nocs.lineage(other)


@pytest.mark.parametrize("code", CODES)
def test_successors_and_predecessors_are_inverse(code: str) -> None:
    for later in nocs.successors(code):
        assert code in nocs.predecessors(later)
    for earlier in nocs.predecessors(code):
        assert code in nocs.successors(earlier)
    heir = nocs.heir(code)
    assert heir is None or heir in nocs.successors(code)


def test_the_bundled_file_is_as_written() -> None:
    """Every object has exactly the documented keys, so no field is silently ignored."""
    path = Path(nocs.__file__).parent / "_data" / "nocs.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    assert [item["code"] for item in document] == list(CODES)
    assert {tuple(item) for item in document} == {("code", "name", "successors", "heir", "note")}


# --- cross-check against real data -----------------------------------------------------

# Every known difference between Olympedia's NOC list and the registry, as
# (kind, code, Olympedia's name or None). The test fails when one appears or goes.
KNOWN_OLYMPEDIA_DIFFERENCES = {
    # The Russian Empire's code, used in Olympedia's results and OlympAnalyt but not in
    # its country list.
    ("missing", "RU1", None),
    # Olympedia lists ROC twice, as "ROC" and "Russian Olympic Committee"; the
    # registry keeps the committee's name (the IOC wrote "ROC" for the team).
    ("duplicate", "ROC", "Russian Olympic Committee"),
    ("name", "ROC", "ROC"),
    # Names where the IOC's spelling differs from Olympedia's.
    ("name", "USA", "United States"),
    ("name", "FRG", "West Germany"),
    ("name", "GDR", "East Germany"),
    ("name", "KSA", "Kingdom of Saudi Arabia"),
    ("name", "BAH", "The Bahamas"),
    ("name", "GAM", "The Gambia"),
    ("name", "GBS", "Guinea Bissau"),
    ("name", "ISV", "United States Virgin Islands"),
    ("name", "IVB", "British Virgin Islands"),
    # Codes other sources use that Olympedia lacks.
    ("missing", "EUA", None),  # United Team of Germany (Olympedia files it under GER)
    ("missing", "OAR", None),  # olympics.com, PyeongChang 2018
    ("missing", "IOP", None),  # OlympAnalyt, Barcelona 1992
    ("missing", "XXB", None),  # olympics.com results and OlympAnalyt placeholder
    ("missing", "BWI", None),  # OlympAnalyt's West Indies Federation
    ("missing", "LIB", None),  # Kaggle's former code for Lebanon
    ("missing", "SIN", None),  # Kaggle's former code for Singapore
    ("missing", "ROT", None),  # Kaggle's Refugee Olympic Team, Rio 2016
    ("missing", "ZZX", None),  # former code for mixed teams (MIX)
}


def _olympedia_differences(path: Path) -> set[tuple[str, str, str | None]]:
    found: set[tuple[str, str, str | None]] = set()
    seen: set[str] = set()
    with path.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            code, name = row["noc"], row["country"]
            if code in seen:
                found.add(("duplicate", code, name))
                continue
            seen.add(code)
            if not nocs.is_known(code):
                found.add(("unknown", code, name))
            elif nocs.get(code).name != name:
                found.add(("name", code, name))
    found |= {("missing", code, None) for code in CODES if code not in seen}
    return found


def test_registry_matches_olympedia(shared_data: Path) -> None:
    found = _olympedia_differences(shared_data / "olympedia" / "Olympics_Country.csv")
    assert sorted(found - KNOWN_OLYMPEDIA_DIFFERENCES, key=str) == []
    assert sorted(KNOWN_OLYMPEDIA_DIFFERENCES - found, key=str) == []


def _column(path: Path, column: str, **options: Any) -> set[str]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return {row[column] for row in csv.DictReader(file, **options)}


# Codes in real data the registry cannot hold, and why.
NOT_CODES = {
    "",  # OlympAnalyt rows without a country
}


@pytest.mark.parametrize(
    ("relative", "column", "options"),
    [
        ("olympics-com/olympic_medals.csv", "country_3_letter_code", {}),
        ("olympics-com/olympic_results.csv", "country_3_letter_code", {}),
        (
            "olympics-com-2023-semicolon/olympic_medals.csv",
            "country_3_letter_code",
            {"delimiter": ";"},
        ),
        ("olympedia/Olympic_Games_Medal_Tally.csv", "country_noc", {}),
        ("olympanalyt/all_olympic_medalists.csv", "country_code", {}),
        ("kaggle-120/athlete_events.head.csv", "NOC", {}),
    ],
)
def test_every_code_in_real_data_is_known(
    shared_data: Path, relative: str, column: str, options: dict[str, Any]
) -> None:
    codes = _column(shared_data / relative, column, **options)
    assert sorted(code for code in codes - NOT_CODES if not nocs.is_known(code)) == []


def test_every_kaggle_region_code_is_known(shared_data: Path) -> None:
    codes = _column(shared_data / "kaggle-120" / "noc_regions.csv", "NOC")
    # Guards against the CR-only line endings being read as one row.
    assert len(codes) == 230
    assert sorted(code for code in codes if not nocs.is_known(code)) == []


# --- mixed teams -----------------------------------------------------------------------


def test_the_mixed_team_codes_are_registered_and_no_nations_family() -> None:
    for code in nocs.MIXED_TEAMS:
        assert nocs.is_known(code)
        assert nocs.lineage(code) == (code,)


def test_xxb_is_a_mixed_team_wherever_it_has_a_medal(shared_data: Path) -> None:
    """OlympAnalyt writes XXB for mixed teams; olympics.com for Rio's refugees, medalless."""
    with (shared_data / "olympanalyt" / "all_olympic_medalists.csv").open(encoding="utf-8") as f:
        teams = {row["country"] for row in csv.DictReader(f) if row["country_code"] == "XXB"}
    assert teams == {"Mixed Team"}
    results = shared_data / "olympics-com" / "olympic_results.csv"
    with results.open(encoding="utf-8") as f:
        xxb = [row for row in csv.DictReader(f) if row["country_3_letter_code"] == "XXB"]
    assert xxb
    assert {row["slug_game"] for row in xxb} == {"rio-2016"}
    assert not any(row["medal_type"] for row in xxb)
