"""The bundled data: what it holds, and that it matches the fact sheets it came from."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

from olympics_records import EventKind, Medal, datasets, from_json, to_json
from olympics_records.names import name_key

ROOT = Path(__file__).parents[1]
BUNDLED = ROOT / "src/olympics_records/datasets/_data/milano-cortina-2026.json"


def test_bundled_history_is_valid_and_round_trips() -> None:
    h = datasets.milano_cortina_2026()
    assert from_json(to_json(h)) == h
    assert datasets.milano_cortina_2026() is h, "loaded once"
    assert len(h.entries) == 117
    assert len(h.entries_of_games("2026-winter")) == 81


def test_bundled_history_declares_its_coverage() -> None:
    h = datasets.milano_cortina_2026()
    assert {c.games for c in h.coverage} == {g.id for g in h.games}
    now = h.coverage_of("2026-winter")
    assert now is not None
    assert (now.all_events, now.full_podiums) == (False, True)
    for games in h.games:
        if games.id != "2026-winter":
            before = h.coverage_of(games.id)
            assert before is not None
            assert (before.all_events, before.full_podiums) == (False, False)


def test_every_2026_podium_is_complete() -> None:
    h = datasets.milano_cortina_2026()
    events = [e for e in h.events if e.games == "2026-winter"]
    assert len(events) == 27
    for event in events:
        medals = sorted((e.medal for e in h.entries_of_event(event.id) if e.medal), reverse=True)
        assert medals == [Medal.GOLD, Medal.SILVER, Medal.BRONZE], event.id
        assert event.date is not None


def test_the_incomplete_relay_is_marked() -> None:
    h = datasets.milano_cortina_2026()
    incomplete = [e for e in h.entries if not e.complete]
    assert len(incomplete) == 1
    assert incomplete[0].noc == "NOR"
    assert h.get_event(incomplete[0].event).kind is EventKind.TEAM
    assert [h.get_athlete(a).name for a in incomplete[0].athletes] == ["Maren Kirkeeide"]


def fact_rows(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / "milano-cortina-2026" / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_bundled_data_matches_the_fact_sheets(shared_data: Path) -> None:
    h = datasets.milano_cortina_2026()
    # The fact sheet has one row per podium place; the bundle one entry per place.
    expected = set()
    for row in fact_rows(shared_data, "medals.csv"):
        names = frozenset(name_key(n) for n in row["athletes"].split(";") if n)
        expected.add(("2026-winter", row["event"], row["date"], row["medal"], row["noc"], names))
    for row in fact_rows(shared_data, "history.csv"):
        names = frozenset(name_key(n) for n in row["athletes"].split(";") if n)
        games = f"{row['games'].split()[0]}-winter"
        expected.add((games, row["event"], "", row["medal"], row["noc"], names))
    found = set()
    for entry in h.entries:
        event = h.get_event(entry.event)
        names = frozenset(name_key(h.get_athlete(a).name) for a in entry.athletes)
        medal = entry.medal.value if entry.medal else ""
        day = event.date.isoformat() if event.date else ""
        found.add((event.games, event.name, day, medal, entry.noc, names))
    assert len(expected) == 117
    assert found == expected


def test_build_script_reproduces_the_bundle(shared_data: Path, tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("build_bundled", ROOT / "tools/build_bundled.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "bundle.json"
    module.main(shared_data / "milano-cortina-2026", out)
    assert out.read_text(encoding="utf-8") == BUNDLED.read_text(encoding="utf-8")


def test_shared_data_is_never_in_the_repository() -> None:
    tracked = {p.name for p in ROOT.rglob("*.csv") if ".venv" not in p.parts}
    assert not tracked & {"medals.csv", "history.csv", "olympic_medals.csv"}
