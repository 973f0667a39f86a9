"""The snapshot of ``load("all")``: lossless, keyed, and never answered from when unfit."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import strategies
import strategies_sources
from olympics_records import (
    Correction,
    Coverage,
    History,
    Medal,
    datasets,
    from_json,
    merge,
    to_json,
)
from olympics_records.datasets import _snapshot
from olympics_records.datasets._all import ALL_SOURCES
from olympics_records.datasets._fetch import clear_cache, load_registry, source_hashes
from olympics_records.datasets._snapshot import (
    ENV_VAR,
    SnapshotWarning,
    decode,
    encode,
    read_snapshot,
    snapshot_key,
    snapshot_path,
    want_snapshot,
    write_snapshot,
)
from olympics_records.errors import Issue

KEY = snapshot_key("all", {"a/one.csv": "1" * 64, "a/two.csv": None})
MAGIC = b"olympics-records snapshot\n"


def through_json(history: History) -> History:
    """The History back from its snapshot body, as the file carries it."""
    return decode(json.loads(json.dumps(encode(history))))


def same(history: History, back: History) -> None:
    """Equal, and answering the same: the index is built as for the original."""
    assert back == history
    assert back.results == history.results
    assert back.issues == history.issues
    assert back.coverage == history.coverage
    for event in history.events:
        assert back.date_of(event.id) == history.date_of(event.id)
    for athlete in history.athletes:
        assert back.entries_of_athlete(athlete.id) == history.entries_of_athlete(athlete.id)


@pytest.fixture
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


# --- lossless -----------------------------------------------------------------------


@given(strategies.histories())
def test_any_history_comes_back_equal(history: History) -> None:
    """A snapshot holds a History losslessly: ``decode(encode(h)) == h``."""
    same(history, through_json(history))


@given(strategies_sources.sources())
def test_a_merged_history_comes_back_with_its_report(s: strategies_sources.Sources) -> None:
    """The merge's data-quality report and coverage come back with the merged History."""
    merged = merge(*s.histories)
    same(merged, through_json(merged))


@given(strategies.histories())
def test_any_history_comes_back_from_the_file(history: History) -> None:
    """Written and read back under the same key, a snapshot is the History it was."""
    with tempfile.TemporaryDirectory() as name:
        path = snapshot_path(Path(name), "all")
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            write_snapshot(path, history, KEY)
            back = read_snapshot(path, KEY)
    assert back is not None
    same(history, back)


def test_odd_values_come_back() -> None:
    """Strings that JSON must escape, aliases, corrections and unknown dates survive."""
    bundled = datasets.milano_cortina_2026()
    entry = next(e for e in bundled.entries if e.medal is Medal.GOLD)
    odd = History(
        games=bundled.games,
        events=bundled.events,
        entries=bundled.entries,
        athletes=bundled.athletes,
        nocs=bundled.nocs,
        corrections=[
            Correction(
                event=entry.event,
                noc=entry.noc,
                athletes=entry.athletes,
                medal=None,
                decided=dt.date(2030, 1, 1),
                note='"quoted" \\ \u2028 \ud800',
            )
        ],
        issues=[Issue(source="x", row=None, field=None, value="\x00\ud83c", message="m")],
        coverage=[*bundled.coverage, Coverage(games="2026-winter", all_events=True,
                                              full_podiums=True, team_members=False)],
    )  # fmt: skip
    same(odd, through_json(odd))


def test_the_body_is_smaller_than_the_json_document() -> None:
    """Strings are written once: the body is no larger than ``to_json``'s document."""
    bundled = datasets.milano_cortina_2026()
    assert len(json.dumps(encode(bundled))) < len(to_json(bundled))


# --- unfit snapshots are rebuilt, with a note, never answered from ------------------


def written(folder: Path, history: History | None = None) -> Path:
    path = snapshot_path(folder, "all")
    write_snapshot(path, history or datasets.milano_cortina_2026(), KEY)
    return path


def refused(path: Path, why: str) -> None:
    """``read_snapshot`` answers ``None`` with a SnapshotWarning matching ``why``."""
    with pytest.warns(SnapshotWarning, match=why):
        assert read_snapshot(path, KEY) is None


def signed(content: bytes) -> bytes:
    """A snapshot file of ``content`` (key and body lines) with a right checksum."""
    data = MAGIC + content
    return data + hashlib.sha256(data).hexdigest().encode() + b"\n"


def body_of(path: Path) -> dict[str, Any]:
    lines = path.read_bytes().split(b"\n")
    found: dict[str, Any] = json.loads(lines[2])
    return found


def test_no_snapshot_is_no_answer_and_no_note(folder: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert read_snapshot(snapshot_path(folder, "all"), KEY) is None


@pytest.mark.parametrize("where", [0, 5, 30, 60, 200, 1000, -40, -2])
def test_a_flipped_byte_is_damage(folder: Path, where: int) -> None:
    """One byte changed anywhere (magic, key, body, checksum): not read."""
    path = written(folder)
    data = bytearray(path.read_bytes())
    data[where] ^= 0x20
    path.write_bytes(bytes(data))
    refused(path, "checksum|not a snapshot|truncated")


@given(st.data())
def test_any_changed_byte_is_refused(data: st.DataObject) -> None:
    """Whatever byte changes, and to whatever value, the snapshot is not answered from."""
    with tempfile.TemporaryDirectory() as name:
        path = written(Path(name))
        content = bytearray(path.read_bytes())
        where = data.draw(st.integers(0, len(content) - 1))
        value = data.draw(st.integers(0, 255).filter(lambda v: v != content[where]))
        content[where] = value
        path.write_bytes(bytes(content))
        refused(path, "")


@pytest.mark.parametrize("keep", [0, 3, len(MAGIC), 100, -66, -65, -1])
def test_a_truncated_snapshot_is_refused(folder: Path, keep: int) -> None:
    path = written(folder)
    data = path.read_bytes()
    path.write_bytes(data[:keep])
    refused(path, "truncated|checksum")


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"format": 2}, "another snapshot format"),
        ({"format": "1"}, "another snapshot format"),
        ({"library": "0.0.1"}, "another version"),
        ({"code": "0" * 64}, "other code"),
        ({"name": "olympanalyt"}, "another data set"),
        ({"sources": {"a/one.csv": "2" * 64, "a/two.csv": None}}, r"other source files \(a/one"),
        ({"sources": {"a/one.csv": "1" * 64, "a/two.csv": "3" * 64}}, r"source files \(a/two"),
        ({"sources": {"a/one.csv": "1" * 64}}, r"source files \(a/two"),
        ({"sources": ["a/one.csv"]}, "names no sources"),
    ],
)
def test_a_stale_snapshot_is_refused(folder: Path, change: dict[str, Any], why: str) -> None:
    """A snapshot built from other inputs (or by another library) is stale."""
    path = snapshot_path(folder, "all")
    write_snapshot(path, datasets.milano_cortina_2026(), {**KEY, **change})
    refused(path, f"stale: .*{why}")


def test_a_key_of_the_wrong_type_is_refused(folder: Path) -> None:
    path = snapshot_path(folder, "all")
    path.parent.mkdir()
    path.write_bytes(signed(b'["format", 1]\n{}\n'))
    refused(path, "stale: its key is not an object")


@pytest.mark.parametrize(
    "spoil",
    [
        lambda b: b["entries"].__setitem__("place", [str(p) for p in b["entries"]["place"]]),
        lambda b: b["entries"].__setitem__("medal", [7] * len(b["entries"]["medal"])),
        lambda b: b["entries"].__setitem__("complete", [True] * len(b["entries"]["complete"])),
        lambda b: b["entries"]["event"].pop(),
        lambda b: b["entries"].__setitem__("extra", []),
        lambda b: b["athletes"].__setitem__("aliases", [9] * len(b["athletes"]["aliases"])),
        lambda b: b["events"].__setitem__("date", [-1] * len(b["events"]["date"])),
        lambda b: b["events"].__setitem__("date", [10**9] * len(b["events"]["date"])),
        lambda b: b.__setitem__("strings", [1, 2, 3]),
        lambda b: b.__setitem__("strings", {"a": 1}),
        lambda b: b.__setitem__("games", [["1980", "winter", "Lake Placid", None, None, True]]),
        lambda b: b.__setitem__("nocs", [["NOR"]]),
        lambda b: b.__setitem__("issues", [["s", "12", None, None, "m"]]),
        lambda b: b.__setitem__("coverage", [["1980-winter", 1, 0, "", True]]),
        lambda b: b.__setitem__("corrections", [["e", "NOR", "a", None, "2020-01-01", ""]]),
        lambda b: b.pop("issues"),
    ],
)
def test_a_body_of_the_wrong_shape_is_refused(
    folder: Path, spoil: Callable[[dict[str, Any]], object]
) -> None:
    """Values of the wrong type or range are refused before any is made, checksum or not."""
    path = written(folder)
    body = body_of(path)
    spoil(body)
    path.write_bytes(signed(json.dumps(KEY).encode() + b"\n" + json.dumps(body).encode() + b"\n"))
    refused(path, "malformed")


def test_json_that_is_not_a_body_is_refused(folder: Path) -> None:
    path = snapshot_path(folder, "all")
    path.parent.mkdir()
    for body in (b"[]", b"null", b"{", b"[" * 100_000, b"NaN"):
        path.write_bytes(signed(json.dumps(KEY).encode() + b"\n" + body + b"\n"))
        refused(path, "malformed")


def test_what_looks_like_code_is_data_or_refused(folder: Path) -> None:
    """Nothing in a snapshot runs: a pickle is not a snapshot; code in a string is text."""
    marker = folder / "ran"
    path = snapshot_path(folder, "all")
    path.parent.mkdir()

    class Payload:
        def __reduce__(self) -> tuple[Callable[..., object], tuple[str]]:
            return (os.system, (f"touch {marker}",))

    path.write_bytes(pickle.dumps(Payload()))
    refused(path, "not a snapshot")
    path.write_bytes(signed(pickle.dumps(Payload())))
    refused(path, "malformed")
    # Code as a value: a string of the History, never evaluated.
    body = body_of(written(folder))
    code = f"__import__('os').system('touch {marker}')"
    body["issues"] = [["x", None, None, code, "m"]]
    path.write_bytes(signed(json.dumps(KEY).encode() + b"\n" + json.dumps(body).encode() + b"\n"))
    back = read_snapshot(path, KEY)
    assert back is not None
    assert back.issues[0].value == code
    assert not marker.exists()


def test_a_snapshot_through_a_link_is_refused(folder: Path) -> None:
    elsewhere = written(folder / "elsewhere")
    path = snapshot_path(folder / "cache", "all")
    path.parent.mkdir(parents=True)
    path.symlink_to(elsewhere)
    refused(path, "symbolic link")
    with pytest.warns(SnapshotWarning, match="symbolic link"):
        write_snapshot(path, datasets.milano_cortina_2026(), KEY)


def test_a_cache_that_cannot_be_written_is_a_note(folder: Path) -> None:
    """The load still answers; the warning says the next one builds again."""
    (folder / "snapshots").write_text("a file where the folder should be")
    with pytest.warns(SnapshotWarning, match="could not write"):
        write_snapshot(snapshot_path(folder, "all"), datasets.milano_cortina_2026(), KEY)


def test_clear_cache_deletes_the_snapshot(folder: Path) -> None:
    path = written(folder)
    assert clear_cache(folder) == (path,)
    assert not path.parent.exists()


def test_the_snapshot_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """``snapshot=`` wins; else ``OLYMPICS_RECORDS_SNAPSHOT`` off turns it off."""
    for value, wanted in (("0", False), ("off", False), ("No", False), ("1", True), ("", True)):
        monkeypatch.setenv(ENV_VAR, value)
        assert want_snapshot(None) is wanted
        assert want_snapshot(True) is True
        assert want_snapshot(False) is False
    monkeypatch.delenv(ENV_VAR)
    assert want_snapshot(None) is True


def test_the_key_names_every_file_merged() -> None:
    registry = load_registry()
    files = {f for name in ALL_SOURCES for f in registry.datasets[name].files}
    key = snapshot_key("all", dict.fromkeys(files, "0" * 64))
    assert set(key) == {"format", "name", "library", "code", "sources"}
    assert len(key["code"]) == 64
    assert list(key["sources"]) == sorted(files)


# --- the real record book -----------------------------------------------------------


@pytest.fixture(scope="session")
def real_cache(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache of its own holding copies of the sources of ``load("all")``."""
    home = tmp_path_factory.mktemp("cache")
    registry = load_registry()
    for name in ALL_SOURCES:
        dataset = registry.datasets[name]
        for key in dataset.files + dataset.optional:
            if (shared_data / key).is_file():
                (home / key).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(shared_data / key, home / key)
    return home


def test_the_real_record_book_comes_back_equal(real_cache: Path, record_book: History) -> None:
    """``load("all")`` from its snapshot is the History built from the sources,
    in this process and in a fresh one; a damaged snapshot is rebuilt and rewritten."""
    key = snapshot_key("all", source_hashes(ALL_SOURCES, data_home=real_cache))
    path = snapshot_path(real_cache, "all")
    write_snapshot(path, record_book, key)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        loaded = datasets.load("all", data_home=real_cache, progress=False, snapshot=True)
    same(record_book, loaded)
    assert from_json(to_json(loaded)) == record_book

    # A fresh process answers from the snapshot: it cannot merge.
    script = (
        "import hashlib, warnings\n"
        "warnings.simplefilter('error')\n"
        "from olympics_records import datasets, merging, to_json\n"
        "def refuse(*a, **k): raise AssertionError('merged instead of reading the snapshot')\n"
        "merging.merge = refuse\n"
        f"h = datasets.load('all', data_home={str(real_cache)!r}, progress=False)\n"
        "print(hashlib.sha256(to_json(h).encode()).hexdigest())\n"
    )
    env = {**os.environ, ENV_VAR: "1"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == hashlib.sha256(to_json(record_book).encode()).hexdigest()

    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))
    with pytest.warns(SnapshotWarning, match="checksum"):
        rebuilt = datasets.load("all", data_home=real_cache, progress=False, snapshot=True)
    assert rebuilt == record_book
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert read_snapshot(path, key) == record_book


def test_a_read_only_cache_folder_is_not_written_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shared, read-only copy of the data keeps no snapshot: the OS cache does."""
    shared, own = tmp_path / "shared", tmp_path / "own"
    shared.mkdir()
    monkeypatch.setattr(_snapshot, "os_cache_dir", lambda: own)
    assert snapshot_path(shared, "all") == shared / "snapshots" / "all.snapshot"
    shared.chmod(0o555)
    try:
        assert snapshot_path(shared, "all") == own / "snapshots" / "all.snapshot"
    finally:
        shared.chmod(0o755)
