"""The check command: a TOML file of claims fact-checked from the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from claims_story import CLAIMS_FILE, EXPECTED, WITH_REPORTED, write
from olympics_records.cli import main


def run(*argv: str) -> tuple[int, str]:
    """Run ``olympics-records`` with ``argv``: its exit status and what it printed."""
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


def test_check_command_prints_a_verdict_table() -> None:
    status, text = run("check", str(CLAIMS_FILE))
    assert status == 1  # report 000 has errors
    counts = {
        s: list(EXPECTED.values()).count(s) for s in ("supported", "contradicted", "unverifiable")
    }
    assert text.startswith(
        f"Checked {len(EXPECTED)} claims from {CLAIMS_FILE}: {counts['supported']} supported, "
        f"{counts['contradicted']} contradicted, {counts['unverifiable']} unverifiable.\n"
    )
    assert "  8  contradicted  000-second-behind-phelps:" in text
    assert "actual: rank 1 (11)" in text
    assert "Relied on:\n  - everyone with 5 or more golds at one Winter Games" in text


def test_check_command_json_and_options(
    shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reported = shared_data / "milano-cortina-2026" / "reported_medal_table.csv"
    status, text = run("check", str(CLAIMS_FILE), "--reported", str(reported), "--json")
    data = json.loads(text)
    assert status == 1
    assert [v["id"] for v in data["verdicts"]] == list(EXPECTED)
    assert {v["id"]: v["status"] for v in data["verdicts"]} == EXPECTED | WITH_REPORTED
    assert data["verdicts"][0]["evidence"][0]["athletes"] == ["johannes-hoesflot-klaebo"]
    bare = json.loads(run("check", str(CLAIMS_FILE), "--ignore-complete", "--json")[1])
    assert bare["counts"]["supported"] < data["counts"]["supported"]
    capsys.readouterr()
    assert run("check", str(CLAIMS_FILE), "--as-of", "2026-02-21") == (1, "")
    assert "check takes no --as-of" in capsys.readouterr().err


def test_check_command_passes_when_nothing_is_contradicted(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[[claim]]\ntype = "sweep"\nnoc = "NOR"\ngames = "2026-winter"\n'
        'event = "50km Mass Start"\ngender = "men"\n',
    )
    status, text = run("check", str(path), "--json")
    assert status == 0
    assert json.loads(text)["counts"] == {"supported": 1, "contradicted": 0, "unverifiable": 0}
