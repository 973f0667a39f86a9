"""The command line: the record book by default, every command, clean errors."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from olympics_records import (
    Athlete,
    Entry,
    Event,
    EventKind,
    Games,
    Gender,
    History,
    Medal,
    Noc,
    Season,
    datasets,
    to_json,
)
from olympics_records.cli import main


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


def test_record_book_is_the_default() -> None:
    status, text = run()
    assert status == 0
    assert text.startswith("Record book\n")
    lines = text.splitlines()
    golds = lines.index("Most golds at one Winter Games")
    assert lines[golds + 1].split() == [
        "6", "Johannes", "Høsflot", "Klæbo,", "Milano", "Cortina", "2026", "(broken", "2026-02-21)",
    ]  # fmt: skip
    assert "5  Eric Heiden, Lake Placid 1980  (set 1980-02-24; beaten on 2026-02-21" in text
    assert "after 45 years 362 days" in text
    individual = lines.index("Most individual golds at one Winter Games")
    assert "5  Eric Heiden, Lake Placid 1980" in lines[individual + 1]
    assert "still standing" in lines[individual + 2]
    career = lines.index("Most career Winter Olympic golds")
    assert lines[career + 1].split()[:4] == ["11", "Johannes", "Høsflot", "Klæbo"]
    assert "8  Bjørn Dæhlie; Marit Bjørgen; Ole Einar Bjørndalen" in lines[career + 2]
    assert "beaten on 2026-02-15" in lines[career + 2]
    assert "Partial data" in text


def test_record_book_as_of_a_day() -> None:
    status, text = run("--as-of", "2026-02-14")
    assert status == 0
    assert "Record book as of 2026-02-14" in text
    assert "8  Johannes Høsflot Klæbo; Bjørn Dæhlie; Marit Bjørgen; Ole Einar Bjørndalen" in text


def test_record_book_as_json() -> None:
    status, text = run("book", "--json")
    assert status == 0
    book = json.loads(text)
    assert [(r["record"], r["value"]) for r in book] == [
        ("most golds at one Winter Games", 6),
        ("most individual golds at one Winter Games", 5),
        ("most career Winter Olympic golds", 11),
    ]
    assert book[0]["holders"][0]["games"] == "2026-winter"
    last = book[0]["progression"][-1]
    assert (last["kind"], last["date"], last["previous"]["value"]) == ("broken", "2026-02-21", 5)


def test_leaderboard_progression_record_table_athlete() -> None:
    status, text = run("leaderboard", "--season", "winter", "--as-of", "2026-02-13", "--limit", "1")
    assert status == 0
    assert [line.split()[0] for line in text.splitlines()[2:]] == ["1", "1", "1", "1"]

    status, text = run("progression", "--scope", "games", "--season", "winter", "--json")
    marks = json.loads(text)
    assert [(m["date"], m["kind"], m["value"]) for m in marks[-2:]] == [
        ("2026-02-18", "equalled", 5),
        ("2026-02-21", "broken", 6),
    ]

    status, text = run("record", "--subject", "noc", "--scope", "games", "--medals", "all")
    assert status == 0
    assert text.startswith("most medals won by a nation at one Olympic Games: 25\n  Norway, ")

    status, text = run("table", "2026-winter", "--order", "total", "--json")
    rows = json.loads(text)
    assert rows[0]["noc"] == "NOR"
    assert sum(r["total"] for r in rows) == 81

    status, text = run("athlete", "KLAEBO")
    assert text.startswith("Johannes Høsflot Klæbo: 13 medals (11 gold, 1 silver, 1 bronze)")


def test_data_option_reads_a_json_history(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    path.write_text(to_json(datasets.milano_cortina_2026().as_of(dt.date(2026, 2, 20))))
    status, text = run("record", "--scope", "games", "--season", "winter", "--data", str(path))
    assert status == 0
    assert text.splitlines()[0] == "most golds at one Winter Games: 5"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["athlete", "Phelps"], "no athlete matches 'Phelps'"),
        (["athlete", "Johannes"], "'Johannes' matches 2 athletes: Johannes Dale-Skjevdal"),
        (["table", "1999-winter"], "no Games '1999-winter'; did you mean 1992-winter (Albertv"),
        (["table", "2022-wintr"], "did you mean 2002-winter (Salt Lake City 2002), 2022-winter"),
        (["table", "Atlantis"], "no Games 'Atlantis'; the data holds 10 Games, 1980-winter to"),
        (["--data", "/no/such/file.json"], "/no/such/file.json: no such file or folder"),
        (["--data", "/no/such", "--format", "olympics-com"], "/no/such: no such file or folder"),
        (["leaderboard", "--sport", "Curling"], "no such sport in the data; it holds Biathlon,"),
        (["record", "--discipline", "Luge"], "no such discipline in the data; it holds Biathlon,"),
    ],
)
def test_errors_go_to_stderr_without_traceback(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, text = run(*argv)
    err = capsys.readouterr().err
    assert status == 1
    assert text == ""
    assert err.startswith("olympics-records: error: ")
    assert message in err
    assert "Traceback" not in err


def test_bad_json_file_is_a_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"schema_version": 1, "games": "oops"}')
    assert run("--data", str(path))[0] == 1
    err = capsys.readouterr().err
    assert f"{path}, field '$.games': expected a list" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["--as-of", "2026-13-01"],
        ["leaderboard", "--medals", "platinum"],
        ["nonsense"],
        ["leaderboard", "--limit", "0"],
        ["leaderboard", "--limit", "ten"],
    ],
)
def test_malformed_command_lines_exit_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert "usage: olympics-records" in capsys.readouterr().err


def test_help_documents_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["leaderboard", "--help"])
    text = capsys.readouterr().out
    options = "--subject --medals --scope --season --kind --sport --discipline --gender --limit"
    for option in [*options.split(), "--data", "--as-of", "--json"]:
        assert option in text


def test_python_dash_m_runs_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "olympics_records", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.startswith("olympics-records 0.")


def test_quality_reports_every_problem_of_a_file(
    shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = shared_data / "kaggle-120" / "athlete_events.head.csv"
    status, text = run("quality", str(path))
    assert status == 0
    assert text.splitlines()[0].endswith("66 problems reported")
    assert "     59  exact duplicate of row N: loaded once" in text
    assert "row 16911" in run("quality", str(path), "--all")[1]
    report = json.loads(run("quality", str(path), "--json")[1])
    problems = report["issues"]
    assert len(problems) == 66
    assert {"source", "row", "field", "value", "message"} == set(problems[0])
    assert report["incomplete_medals"] == []  # Kaggle lists every member it has
    assert "Medals listing no or not all members (complete=False): none" in text
    assert run("quality", str(path), "--strict")[0] == 1
    assert "row 16911" in capsys.readouterr().err


def test_public_data_sets_by_name_and_format(shared_data: Path) -> None:
    # OLYMPICS_RECORDS_DATA is the cache here, so --dataset never touches the network.
    # OlympAnalyt alone lacks Phelps' 2004 medals and some relays: 14, not 23, and
    # relays of his that list no members make it a lower bound.
    status, text = run("record", "--dataset", "olympanalyt", "--season", "summer")
    assert status == 0
    assert text.startswith("most career Summer Olympic golds: 14+\n  Michael Phelps  (14+)\n\n")
    assert text.endswith(
        "+ at least: some team medals they may have won list no or not all members "
        "(see `olympics-records quality PATH`)\n"
    )
    medals = shared_data / "olympanalyt" / "all_olympic_medalists.csv"
    assert run("record", "--data", str(medals), "--season", "summer")[1] == text


def test_unknown_formats_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "results.csv"
    path.write_text("a,b\n1,2\n")
    assert run("--data", str(path))[0] == 1
    assert "cannot tell the format of" in capsys.readouterr().err
    # Known before any data set is read.
    assert run("--data", str(path), "--dataset", "olympanalyt")[0] == 1
    assert "cannot tell the format of" in capsys.readouterr().err
    assert run("--data", str(tmp_path))[0] == 1
    assert "a folder of none of the known formats" in capsys.readouterr().err


@pytest.fixture(scope="module")
def early_and_full(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """The bundled data as of 14 February 2026 (record: 8) and in full (11), as files."""
    folder = tmp_path_factory.mktemp("sources")
    bundled = datasets.milano_cortina_2026()
    early, full = folder / "early.json", folder / "full.json"
    early.write_text(to_json(bundled.as_of(dt.date(2026, 2, 14))), encoding="utf-8")
    full.write_text(to_json(bundled), encoding="utf-8")
    return str(early), str(full)


def test_several_sources_are_merged(early_and_full: tuple[str, str]) -> None:
    """``--data`` given twice: one History, the first source primary."""
    early, full = early_and_full
    argv = ("record", "--season", "winter", "--json")
    status, text = run(*argv, "--data", early, "--data", full)
    assert status == 0
    assert json.loads(text)["value"] == 11


def test_sources_given_before_and_after_the_command_are_all_merged(
    early_and_full: tuple[str, str],
) -> None:
    """``--data`` before the command and again after it: every source is read."""
    early, full = early_and_full
    argv = ("record", "--season", "winter", "--json")
    assert json.loads(run(*argv, "--data", early)[1])["value"] == 8
    # The full data is given before the command only: read with the early data.
    status, text = run("--data", full, *argv, "--data", early)
    assert status == 0
    assert json.loads(text)["value"] == 11


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 3), st.data())
def test_every_source_is_read_wherever_it_is_given(
    early_and_full: tuple[str, str], early_copies: int, data: st.DataObject
) -> None:
    """However the ``--data`` options are split around the command name, all are read."""
    early, full = early_and_full
    sources = [early] * early_copies
    sources.insert(data.draw(st.integers(0, early_copies)), full)
    split = data.draw(st.integers(0, len(sources)))
    before = [a for path in sources[:split] for a in ("--data", path)]
    after = [a for path in sources[split:] for a in ("--data", path)]
    status, text = run(*before, "record", "--season", "winter", "--json", *after)
    assert status == 0
    assert json.loads(text)["value"] == 11  # the full data's, read wherever it was given


def test_every_public_source_at_once(shared_data: Path) -> None:
    """``--dataset all``: the record book 1896-2026 (read from OLYMPICS_RECORDS_DATA)."""
    status, text = run("record", "--season", "summer", "--medals", "all", "--dataset", "all")
    assert status == 0
    assert text == "most career Summer Olympic medals: 28\n  Michael Phelps\n"


def _unlisted_relay(tmp_path: Path) -> Path:
    """A History as JSON: two golds of ``nor-a`` and a Norwegian relay gold naming no one."""
    games = Games(year=2002, season=Season.WINTER, city="Salt Lake City")

    def event(name: str, kind: EventKind) -> Event:
        return Event(
            id=f"2002-winter/{name}",
            games=games.id,
            sport="Skiing",
            discipline="Cross-Country Skiing",
            name=name,
            gender=Gender.MEN,
            kind=kind,
            date=dt.date(2002, 2, 10 + len(name)),
        )

    sprint, relay = event("sprint", EventKind.INDIVIDUAL), event("relay", EventKind.TEAM)
    history = History(
        games=[games],
        events=[sprint, relay],
        entries=[
            Entry(event=sprint.id, noc="NOR", athletes=("nor-a",), place=1, medal=Medal.GOLD),
            Entry(event=sprint.id, noc="SWE", athletes=("swe-a",), place=2, medal=Medal.SILVER),
            Entry(event=relay.id, noc="NOR", place=1, medal=Medal.GOLD, complete=False),
        ],
        athletes=[Athlete(id="nor-a", name="Nora A"), Athlete(id="swe-a", name="Svea A")],
        nocs=[Noc(code="NOR", name="Norway"), Noc(code="SWE", name="Sweden")],
    )
    path = tmp_path / "relay.json"
    path.write_text(to_json(history), encoding="utf-8")
    return path


FOOTNOTE = (
    "+ at least: some team medals they may have won list no or not all members "
    "(see `olympics-records quality PATH`)"
)


def test_lower_bounds_are_marked_and_explained_once(tmp_path: Path) -> None:
    data = str(_unlisted_relay(tmp_path))
    status, text = run("record", "--data", data, "--medals", "all")
    assert status == 0
    assert text == f"most career Olympic medals: 1+\n  Nora A  (1+)\n  Svea A\n\n{FOOTNOTE}\n"

    text = run("leaderboard", "--data", data, "--medals", "all")[1]
    assert text.splitlines()[2:5] == [
        "   1  Nora A    1+   1 G  0 S  0 B",
        "   1  Svea A    1    0 G  1 S  0 B",
        "",
    ]
    assert text.count(FOOTNOTE) == 1

    text = run("progression", "--data", data, "--scope", "games")[1]
    assert text.splitlines()[2] == "2002-02-16  set         1+ Nora A, Salt Lake City 2002"
    assert text.endswith(f"\n\n{FOOTNOTE}\n")

    text = run("athlete", "--data", data, "Nora")[1]
    assert text.startswith("Nora A: 1+ medals (1 gold, 0 silver, 0 bronze)\n")
    assert text.endswith(f"\n\n{FOOTNOTE}\n")
    assert FOOTNOTE not in run("athlete", "--data", data, "Svea")[1]

    text = run("--data", data)[1]
    assert "\n    1+ Nora A, Salt Lake City 2002  (set 2002-02-16)\n" in text
    assert text.endswith(f"\n{FOOTNOTE}\n")


def test_lower_bounds_in_json(tmp_path: Path) -> None:
    data = str(_unlisted_relay(tmp_path))
    found = json.loads(run("record", "--data", data, "--medals", "all", "--json")[1])
    assert found["lower_bound"] is True
    assert [(h["subject"], h["lower_bound"]) for h in found["holders"]] == [
        ("nor-a", True),
        ("swe-a", False),
    ]
    board = json.loads(run("leaderboard", "--data", data, "--json")[1])
    assert [(s["subject"], s["lower_bound"]) for s in board] == [("nor-a", True)]
    marks = json.loads(run("progression", "--data", data, "--json")[1])
    assert [(m["value"], m["lower_bound"]) for m in marks] == [(1, True)]
    assert json.loads(run("athlete", "--data", data, "Nora", "--json")[1])["lower_bound"] is True
    book = json.loads(run("--data", data, "--json")[1])
    assert [r["lower_bound"] for r in book] == [True, False, True]
    assert not any(m["lower_bound"] for m in book[1]["progression"])


def test_quality_counts_medals_without_all_members(tmp_path: Path) -> None:
    data = str(_unlisted_relay(tmp_path))
    text = run("quality", data)[1]
    assert (
        "Medals listing no or not all members (complete=False): 1 entries (1 of team events) "
        "at 1 Games, for 1 NOCs.\n"
    ) in text
    assert "\n  2002-winter      1  (NOR 1)\n" in text
    report = json.loads(run("quality", data, "--json")[1])
    assert report["issues"] == []
    assert report["incomplete_medals"] == [
        {
            "games": "2002-winter",
            "noc": "NOR",
            "count": 1,
            "entries": [
                {
                    "event": "2002-winter/relay",
                    "noc": "NOR",
                    "athletes": [],
                    "place": 1,
                    "medal": "gold",
                    "complete": False,
                }
            ],
        }
    ]


def test_the_olympics_com_book_says_the_career_record_is_a_lower_bound(
    shared_data: Path,
) -> None:
    status, text = run("--data", str(shared_data / "olympics-com"))
    assert status == 0
    lines = text.splitlines()
    career = lines.index("Most career Winter Olympic golds")
    assert lines[career + 1].startswith("    6+ Marit Bjoergen; Björn Daehlie; Lidiya Skoblikova")
    heiden = lines.index("Most individual golds at one Winter Games")
    assert lines[heiden + 1].startswith("    5  Eric Heiden")
    assert lines[-1] == FOOTNOTE


@pytest.mark.parametrize(
    "name", ["1980-winter", "1980", "1980-Winter", "Lake Placid 1980", "lake-placid", "Winter 1980"]
)
def test_a_games_is_found_by_year_season_or_city(name: str) -> None:
    status, text = run("table", name)
    assert status == 0
    assert text.startswith("Medal table, Lake Placid 1980 (gold first)\n")


def test_several_games_of_one_year_are_offered_not_guessed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    h = datasets.milano_cortina_2026()
    summer = Games(year=1980, season=Season.SUMMER, city="Moscow")
    path = tmp_path / "h.json"
    path.write_text(to_json(attrs.evolve(h, games=(*h.games, summer))), encoding="utf-8")
    assert run("--data", str(path), "table", "1980")[0] == 1
    err = capsys.readouterr().err
    assert "no Games '1980'; did you mean 1980-summer (Moscow 1980), 1980-winter (Lake" in err


def test_an_empty_table_as_of_a_day_says_why() -> None:
    status, text = run("--as-of", "2022-02-15", "table", "2022-winter")
    assert status == 0
    assert "No medal of Beijing 2022 had been decided by the end of 2022-02-15" in text
    assert "events have no date here: their medals count from the Games' closing day" in text
    status, text = run("--as-of", "2026-02-01", "table", "2026-winter")
    assert "The Games opened on 2026-02-06." in text


# --- the terminal: closed pipes, Ctrl-C, encodings (issue 14) -------------------------

OLYMPANALYT_SAMPLE = (
    "season,year,medal,country_code,country,athletes,games,sport,event_gender,event_name\n"
    "Winter,2018,Gold,NOR,Norway,Johannes Høsflot KLÆBO,2018 Pyeongchang,"
    "Cross Country Skiing,Men's,sprint 1.5km\n"
)
COMMANDS = [
    [],
    ["leaderboard"],
    ["record"],
    ["progression"],
    ["table", "2026-winter"],
    ["quality", "{sample}"],
    ["athlete", "Klaebo"],
    ["milestones", "2026-02-21"],
    ["check", "docs/examples/milano-cortina-2026.claims.toml"],
    ["leaderboard", "--json"],
]
ROOT = Path(__file__).parents[1]


def _argv(command: list[str], tmp_path: Path) -> list[str]:
    sample = tmp_path / "all_olympic_medalists.csv"
    sample.write_text(OLYMPANALYT_SAMPLE, encoding="utf-8")
    return [a.format(sample=sample) for a in command]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:1]) or "book")
def test_a_closed_pipe_ends_the_command_quietly(command: list[str], tmp_path: Path) -> None:
    """`olympics-records … | head -0`: the reader is gone before the first write."""
    process = subprocess.Popen(
        [sys.executable, "-m", "olympics_records", *_argv(command, tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None
    process.stdout.close()
    _, err = process.communicate(timeout=120)
    assert b"Traceback" not in err, err.decode()
    assert b"Exception ignored" not in err, err.decode()
    assert process.returncode == 141


def test_ctrl_c_exits_quietly_with_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from olympics_records import datasets

    def interrupted(*args: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(datasets, "milano_cortina_2026", interrupted)
    assert run()[0] == 130
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="signals differ on Windows")
def test_ctrl_c_mid_load_exits_quietly_with_130(tmp_path: Path) -> None:
    import signal
    import time

    # A file large enough to still be loading when the signal comes.
    sample = tmp_path / "all_olympic_medalists.csv"
    header, row = OLYMPANALYT_SAMPLE.splitlines()
    rows = [row.replace("sprint 1.5km", f"event {i}") for i in range(200_000)]
    sample.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "olympics_records", "quality", str(sample)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    time.sleep(1.5)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert b"Traceback" not in err, err.decode()
    assert process.returncode == 130, (out[-300:], err)


@pytest.mark.parametrize("encoding", ["ascii", "cp1252", "latin-1"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:1]) or "book")
def test_a_narrow_terminal_encoding_gets_a_safe_rendering(
    command: list[str], encoding: str, tmp_path: Path
) -> None:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "PYTHONUTF8": "0"}
    done = subprocess.run(
        [sys.executable, "-m", "olympics_records", *_argv(command, tmp_path)],
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert b"Traceback" not in done.stderr, done.stderr.decode()
    assert done.returncode in (0, 1), done.stderr.decode()
    text = done.stdout.decode(encoding)
    assert text
    if "--json" in command:
        # Escaped, not replaced: the JSON stays exact.
        assert json.loads(text)
        assert "?" not in text


def test_a_name_that_no_terminal_encoding_has_is_replaced() -> None:
    out = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    assert main(["athlete", "Klaebo"], out=out) == 0
    out.flush()
    assert isinstance(out.buffer, io.BytesIO)
    assert "Klæbo" in out.buffer.getvalue().decode("cp1252")
