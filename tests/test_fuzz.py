r"""Fuzzing every reader and ``from_json`` with random and mutated input.

The laws checked, for any bytes at all:

- the only exception that leaves a reader or ``from_json`` is :class:`DataError`;
- a lenient reader raises only for a problem with the whole file, where no row can be
  read: the file is empty, its header is not CSV or lacks a required column (such an
  error has ``row`` 0 or ``None``). Every problem with a row is reported instead;
- row accounting: rows read = rows loaded + rows reported, one issue per reported row;
- strict and lenient agree: a strict read that succeeds loads what the lenient read
  loads, and a strict error is the issue the lenient read reports for that row (or,
  for a header strict refuses, the note the lenient read makes of it);
- a document ``from_json`` accepts writes back to itself (``to_json`` round trip), and
  so does every History a reader loads (which runs every validator the reader may skip);
- a claims file (TOML) or a reported medal table gives its claims or rows, or a
  :class:`DataError` naming the file;
- the command line, given any argv and any file, exits 0 or 1 with a message, or 2
  from argparse (0 for ``--help``): never a traceback.

Each target runs at least 2,000 examples (CI and local ``dev``); ``HYPOTHESIS_PROFILE=long``
multiplies the profile's ``max_examples`` by four (20,000 per target) for a local soak.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bad_input_formats import FORMATS
from olympics_records import DataError, from_json, to_json
from olympics_records.claims import (
    ReportedMedalTable,
    load_claims,
    load_completeness,
    read_reported_medal_table,
)
from olympics_records.cli import FORMATS as CLI_FORMATS
from olympics_records.cli import main
from olympics_records.errors import Issue
from test_bad_input import Read, _files, assert_accounting, json_base, read

EXAMPLES = max(2_000, 4 * settings().max_examples)
fuzz = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)

# Values that have broken readers before, or that readers must tell apart.
NASTY = [
    "",
    " ",
    "NA",
    "PLATINUM",
    "Gold",
    "gold",
    "GOLD",
    "-1",
    "0",
    "²",
    "١٩٨٠",
    "1_980",
    "1850",
    "2999",
    "1e3",
    "XYZ",
    "nor",
    "N0R",
    '"',
    '""',
    ",",
    ";",
    "\n",
    "\r",
    "\x00",
    "\ufeff",
    "Bjørn Dæhlie",
    "Дэли",
    "#NAME?",
    "[('a', None)]",
    "Winter",
    "Summer",
    "GameTeam",
    "Men's",
    "1980-02-30T00:00:00Z",
    "x" * 300,
]
cell_text = st.sampled_from(NASTY) | st.text(max_size=12)


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


@st.composite
def mutated(draw: st.DrawFn, valid: str) -> bytes:
    """A valid file broken by one to four edits to its bytes, cells, rows or delimiters."""
    lines = valid.rstrip("\n").split("\n")
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(
            st.sampled_from(
                ["cell", "drop-cell", "add-cell", "row", "delimiter", "quote", "swap", "lines"]
            )
        )
        i = draw(st.integers(0, len(lines) - 1)) if lines else 0
        if not lines:
            lines = [""]
        cells = lines[i].split(",")
        j = draw(st.integers(0, len(cells) - 1))
        if kind == "cell":
            cells[j] = draw(cell_text)
        elif kind == "drop-cell":
            del cells[j]
        elif kind == "add-cell":
            cells.insert(j, draw(cell_text))
        elif kind == "delimiter":
            lines[i] = lines[i].replace(",", draw(st.sampled_from([";", "\t", "|", ", "])))
            continue
        elif kind == "quote":
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + '"' + lines[i][at:]
            continue
        elif kind == "row":
            action = draw(st.sampled_from(["duplicate", "delete", "blank"]))
            if action == "duplicate":
                lines.insert(draw(st.integers(1, len(lines))), lines[i])
            elif action == "delete":
                del lines[i]
            else:
                lines.insert(i, "")
            continue
        elif kind == "swap":
            k = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[k] = lines[k], lines[i]
            continue
        else:
            lines = lines[: draw(st.integers(0, len(lines)))]
            continue
        lines[i] = ",".join(cells)
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = end.join(lines) + draw(st.sampled_from([end, ""]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        data = _byte_edit(draw, data)
    return data


def _byte_edit(draw: st.DrawFn, data: bytes) -> bytes:
    """Insert, delete or overwrite a few raw bytes (invalid UTF-8 included)."""
    at = draw(st.integers(0, len(data)))
    kind = draw(st.sampled_from(["insert", "delete", "overwrite", "truncate"]))
    if kind == "truncate":
        return data[:at]
    junk = draw(st.binary(min_size=1, max_size=8))
    if kind == "insert":
        return data[:at] + junk + data[at:]
    if kind == "delete":
        return data[:at] + data[at + len(junk) :]
    return data[:at] + junk + data[at + len(junk) :]


@st.composite
def random_rows(draw: st.DrawFn, valid: str) -> bytes:
    """The valid header over rows of random cells (right or wrong in number)."""
    header = valid.split("\n", 1)[0]
    width = header.count(",") + 1
    rows = draw(
        st.lists(
            st.lists(cell_text, min_size=width - 1, max_size=width + 1).map(
                lambda cells: ",".join(
                    f'"{c.replace(chr(34), chr(34) * 2)}"' if any(x in c for x in ',"\n\r') else c
                    for c in cells
                )
            ),
            max_size=6,
        )
    )
    return ("\n".join([header, *rows]) + "\n").encode("utf-8")


def csv_inputs(target: str) -> st.SearchStrategy[bytes]:
    valid = FORMATS[target].text
    return mutated(valid) | random_rows(valid) | st.binary(max_size=200)


def _attempt(call: Callable[[], Read]) -> Read | DataError:
    try:
        return call()
    except DataError as err:
        return err


Reader = Callable[..., Read]


def check_reader(target: str, data: bytes, tmp_path: Path, reader: Reader = read) -> None:
    """The laws of the module docstring for one input."""
    lenient = _attempt(lambda: reader(target, data, tmp_path, strict=False))
    strict = _attempt(lambda: reader(target, data, tmp_path, strict=True))
    if isinstance(lenient, DataError):
        # Only whole-file problems stop a lenient read, and then strict stops the same way.
        assert lenient.row in (None, 0), lenient
        assert isinstance(strict, DataError)
        assert (strict.source, strict.row, strict.field) == (
            lenient.source,
            lenient.row,
            lenient.field,
        )
        return
    if lenient.history is not None:
        # Readers may build values without running the validators (for speed): the JSON
        # round trip runs every one of them, so an invalid value cannot hide in a load.
        assert from_json(to_json(lenient.history)) == lenient.history
    if target == "olympics_com/hosts":
        # A host row is counted as loaded through the medals that use it (see read()):
        # a fuzzed slug no medal uses is loaded yet uncounted, so only the medals file
        # (whose rows the broken hosts file turns away) can be accounted for exactly.
        assert_accounting(
            lenient, {"olympic_medals.csv": _files(target, data)["olympic_medals.csv"]}
        )
    else:
        assert_accounting(lenient, _files(target, data))
    if isinstance(strict, DataError):
        if strict.row in (None, 0):
            # A file-level error found only in strict mode would mean lenient ignored it;
            # but a header lenient reads with a note (a column named twice) stops strict.
            noted = Issue(strict.source or "", None, strict.field, strict.value, strict.message)
            assert noted in lenient.issues, f"strict-only file error: {strict!r}"
            return
        assert strict.issue in lenient.issues, (strict, lenient.issues)
    else:
        assert strict.answer == lenient.answer
        assert strict.issues == lenient.issues


def _fuzz_target(target: str) -> Any:
    @fuzz
    @given(data=csv_inputs(target))
    def test(data: bytes, tmp_path: Path) -> None:
        check_reader(target, data, tmp_path)

    test.__name__ = f"test_fuzz_{target.replace('/', '_')}"
    return test


test_fuzz_olympics_com_medals = _fuzz_target("olympics_com/medals")
test_fuzz_olympics_com_hosts = _fuzz_target("olympics_com/hosts")
test_fuzz_olympanalyt = _fuzz_target("olympanalyt")
test_fuzz_kaggle120 = _fuzz_target("kaggle120")
test_fuzz_olympedia = _fuzz_target("olympedia")


# --- JSON ------------------------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.sampled_from(NASTY)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, (*path, i))
    return found


@st.composite
def json_documents(draw: st.DrawFn) -> bytes:
    """A valid ``to_json`` output with keys dropped, values retyped, garbage put in."""
    doc = json_base()
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(doc)))
        if not path:
            continue
        parent: Any = doc
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        action = draw(st.sampled_from(["drop", "retype", "add-key", "duplicate", "swap"]))
        if action == "drop":
            del parent[last]
        elif action == "retype":
            parent[last] = draw(json_values)
        elif action == "add-key" and isinstance(parent, dict):
            parent[draw(st.text(max_size=6))] = draw(json_values)
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(parent[last])
        elif action == "swap" and isinstance(parent, list):
            parent.insert(0, parent.pop(last))
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()))
    data = text.encode("utf-8")
    if draw(st.integers(0, 4)) == 0:
        data = _byte_edit(draw, data)
    return data


@fuzz
@given(data=json_documents() | st.binary(max_size=200))
def test_fuzz_from_json(data: bytes) -> None:
    """Any bytes: a History that round-trips, or a DataError naming the document."""
    try:
        history = from_json(data, source="fuzz.json")
    except DataError as err:
        source = err.source
    else:
        assert from_json(to_json(history)) == history
        return
    assert source == "fuzz.json"


@pytest.mark.parametrize("target", list(FORMATS))
def test_check_reader_catches_a_silent_drop(target: str, tmp_path: Path) -> None:
    """The fuzz oracle is not vacuous: a reader that loses a row unreported fails it."""

    def lossy(target: str, data: bytes, tmp_path: Path, *, strict: bool) -> Read:
        result = read(target, data, tmp_path, strict=strict)
        return Read(result.issues, {k: n - 1 for k, n in result.loaded.items()}, [])

    check_reader(target, FORMATS[target].text.encode(), tmp_path)
    with pytest.raises(AssertionError):
        check_reader(target, FORMATS[target].text.encode(), tmp_path, lossy)


# --- claims files (TOML) ---------------------------------------------------------------

CLAIMS = """\
[[claim]]
id = "tally"
text = "Klaebo has 11 career Olympic golds"
type = "tally"
athlete = "Klaebo"
value = 11
compare = "at least"
season = "winter"

[[claim]]
id = "mark"
type = "mark"
holder = "Klaebo"
how = "set"
scope = "games"
medals = ["gold", "silver"]

[[claim]]
id = "table"
type = "medal_table"
noc = "NOR"
games = "2026-winter"
rank = 1
order = "total"
as_of = 2026-02-22

[[complete]]
games = "2026-winter"
discipline = "Biathlon"
source = "fact sheet"

[[complete]]
season = "winter"
at_least = 8
source = "fact sheet"
"""

CLAIM_KEYS = [
    "id", "text", "type", "athlete", "noc", "holder", "value", "compare", "how", "order",
    "season", "scope", "kind", "gender", "medals", "games", "rank", "as_of", "source",
    "at_least", "subject", "sport", "discipline", "event",
]  # fmt: skip


class _Huge:
    """A 5,000-digit integer, written out only in the file (its repr would fail)."""

    def __repr__(self) -> str:
        return "9" * 20 + "..."


HUGE = _Huge()

toml_values = st.recursive(
    st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.just(HUGE)
    | st.floats()
    | st.dates()
    | st.sampled_from(NASTY)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=2)
    ),
    max_leaves=5,
)


def toml_value(value: object) -> str:
    """``value`` as TOML (a lone surrogate or a huge number makes it invalid, on purpose)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _Huge):
        return "9" * 5_000
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return {"inf": "inf", "-inf": "-inf", "nan": "nan"}.get(repr(value), repr(value))
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        pairs = (f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}" for k, v in value.items())
        return "{ " + ", ".join(pairs) + " }"
    return str(value)  # a date


@st.composite
def claims_files(draw: st.DrawFn) -> bytes:
    """The valid claims file with values retyped, keys renamed, lines moved, bytes broken."""
    lines = CLAIMS.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        key, eq, _value = lines[i].partition(" = ")
        kind = draw(st.sampled_from(["value", "key", "drop", "repeat", "header", "deep"]))
        if kind == "value" and eq:
            lines[i] = f"{key} = {toml_value(draw(toml_values))}"
        elif kind == "key" and eq:
            other = draw(st.sampled_from(CLAIM_KEYS) | st.text(min_size=1, max_size=6))
            lines[i] = f"{json.dumps(other, ensure_ascii=False)} = {_value}"
        elif kind == "drop":
            del lines[i]
        elif kind == "repeat":
            lines.insert(i, lines[i])
        elif kind == "header":
            lines.insert(i, draw(st.sampled_from(["[[claim]]", "[[complete]]", "[claim]", "[x]"])))
        elif kind == "deep":
            depth = draw(st.sampled_from([10, 1_000, 10_000]))
            lines.insert(i, "value = " + "[" * depth + "]" * depth)
        if not lines:
            lines = [""]
    text = "\n".join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16"]))
    data = text.encode(encoding, errors="surrogatepass" if encoding == "utf-8" else "replace")
    if draw(st.booleans()):
        data = _byte_edit(draw, data)
    return data


def _only_data_errors(call: Callable[[], object], path: Path) -> object:
    """What ``call`` returns, or the DataError it raised (which must name ``path``)."""
    try:
        result = call()
    except DataError as err:
        result = err
    if isinstance(result, DataError):
        assert result.source == str(path), result
    return result


@fuzz
@given(data=claims_files() | st.binary(max_size=200))
def test_fuzz_claims_files(data: bytes, tmp_path: Path) -> None:
    """Any bytes as a claims file: claims, or a DataError naming the file."""
    path = tmp_path / "fuzz.claims.toml"
    path.write_bytes(data)
    claims = _only_data_errors(lambda: load_claims(path), path)
    _only_data_errors(lambda: load_completeness(path), path)
    if isinstance(claims, tuple):
        ids = [c.id for c in claims if c.id]
        assert len(ids) == len(set(ids))


def test_the_claims_sample_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "sample.claims.toml"
    path.write_text(CLAIMS, encoding="utf-8")
    assert [c.id for c in load_claims(path)] == ["tally", "mark", "table"]
    assert len(load_completeness(path)) == 2


# --- reported medal tables ---------------------------------------------------------------

REPORTED = (
    "as_of,noc,gold,silver,bronze,total,source\n"
    "2026-02-21,NOR,18,11,11,40,https://tass.com/sports/2090155\n"
    "2026-02-22,USA,12,12,9,,AP\n"
    "2026-02-22,ITA,,,,30,RAI\n"
)


@fuzz
@given(data=mutated(REPORTED) | random_rows(REPORTED) | st.binary(max_size=200))
def test_fuzz_reported_medal_tables(data: bytes, tmp_path: Path) -> None:
    """Any bytes as a reported table: rows of whole numbers, or a DataError naming the file."""
    path = tmp_path / "reported.csv"
    path.write_bytes(data)
    table = _only_data_errors(lambda: read_reported_medal_table(path), path)
    if isinstance(table, DataError):
        lines = data.count(b"\n") + data.count(b"\r") + 1
        assert table.row is None or 0 <= table.row <= lines, table
        return
    assert isinstance(table, ReportedMedalTable)
    for row in table.rows:
        for figure in (row.gold, row.silver, row.bronze, row.total):
            assert figure is None or (isinstance(figure, int) and figure >= 0)


def test_the_reported_sample_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "reported.csv"
    path.write_text(REPORTED, encoding="utf-8")
    assert len(read_reported_medal_table(path).rows) == 3


# --- the command line ---------------------------------------------------------------------

COMMANDS = ["book", "leaderboard", "record", "progression", "table", "quality", "athlete"]
COMMANDS += ["milestones", "check"]
OPTIONS = [
    "--all", "--as-of", "--data", "--discipline", "--format", "--gender", "--json", "--kind",
    "--limit", "--medals", "--order", "--scope", "--season", "--sport", "--strict",
    "--subject", "--reported", "--ignore-complete", "--help", "--version", "-h", "--",
]  # fmt: skip
WORDS = [
    "2026-winter", "1980-winter", "2026-02-21", "2026-13-01", "Klaebo", "Heiden", "NOR",
    "gold", "all", "games", "career", "winter", "summer", "individual", "team", "men",
    "women", "3", "0", "-1", "json", "olympanalyt", "kaggle-120", "medallists",
    "olympics-com", "Biathlon", "total",
]  # fmt: skip
# Files the command line reads, under the names that decide their format.
FILE_NAMES = [
    "all_olympic_medalists.csv", "athlete_events.csv", "medallists.csv", "olympic_medals.csv",
    "history.json", "story.claims.toml", "reported.csv", "other.txt",
]  # fmt: skip
FILE_TOKEN = "<file>"
CLAIMS_TOKEN = "<claims>"
# Command lines that read the fuzzed file, so that most examples get past argparse.
READS = [
    ["quality", FILE_TOKEN],
    ["quality", FILE_TOKEN, "--all", "--json"],
    ["quality", FILE_TOKEN, "--strict"],
    ["quality", FILE_TOKEN, FILE_TOKEN],
    ["leaderboard", "--data", FILE_TOKEN],
    ["record", "--data", FILE_TOKEN, "--json"],
    ["progression", "--data", FILE_TOKEN, "--season", "winter"],
    ["table", "2026-winter", "--data", FILE_TOKEN],
    ["athlete", "Klaebo", "--data", FILE_TOKEN],
    ["milestones", "2026-02-21", "--data", FILE_TOKEN],
    ["book", "--data", FILE_TOKEN, "--strict"],
    ["check", FILE_TOKEN],
    ["check", FILE_TOKEN, "--json"],
    ["check", CLAIMS_TOKEN, "--reported", FILE_TOKEN],
]
words = st.sampled_from(OPTIONS) | st.sampled_from(WORDS) | st.text(max_size=6)


@st.composite
def command_lines(draw: st.DrawFn) -> tuple[list[str], str, bytes]:
    """argv (``<file>`` standing for a fuzzed file), the file's name and its bytes."""
    if draw(st.booleans()):
        argv = [*draw(st.sampled_from(READS))]
        if draw(st.booleans()):
            argv += ["--format", draw(st.sampled_from([*CLI_FORMATS, "csv"]))]
        argv += draw(st.lists(words, max_size=1))
    else:
        argv = draw(st.lists(st.sampled_from(COMMANDS), max_size=1))
        argv += draw(st.lists(words | st.just(FILE_TOKEN), max_size=6))
    name = draw(st.sampled_from(FILE_NAMES))
    data = draw(
        st.sampled_from(list(FORMATS)).flatmap(csv_inputs)
        | json_documents()
        | claims_files()
        | mutated(REPORTED)
        | st.binary(max_size=100)
    )
    return argv, name, data


@fuzz
@given(case=command_lines())
def test_fuzz_command_line(case: tuple[list[str], str, bytes], tmp_path: Path) -> None:
    """Any argv and file: exit 0 or 1, or argparse's 2 (0 for --help); never a traceback."""
    argv, name, data = case
    path = tmp_path / name
    path.write_bytes(data)
    claims = tmp_path / "sample.claims.toml"
    claims.write_text(CLAIMS, encoding="utf-8")
    argv = [{FILE_TOKEN: str(path), CLAIMS_TOKEN: str(claims)}.get(a, a) for a in argv]
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            status: object = main(argv, out=out)
    except SystemExit as exit_:
        status = exit_.code
        assert status in (0, 2), (argv, err.getvalue())
    else:
        assert status in (0, 1), (argv, err.getvalue())
    assert "Traceback" not in err.getvalue()
