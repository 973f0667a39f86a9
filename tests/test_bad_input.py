r"""Bad input for every reader and for ``from_json``: the case × reader × mode matrix.

Each case starts from a small valid file of the reader's format (below, as strings)
and breaks it in one way. What must happen:

- a problem with a *row* raises :class:`DataError` naming the file, row, field and
  value in strict mode, and is an issue with those attributes in lenient mode;
- a problem with the *whole file* (empty, no header, a required column missing, a
  header that is not CSV) raises :class:`DataError` in both modes: nothing can be read;
- a quirk that loses nothing (BOM, line endings, ``;``, extra columns, a repeat of an
  earlier row) loads in both modes, with a note or an issue where something was odd;
- in every load, row accounting holds: rows read (counted here with :mod:`csv`) =
  rows loaded + rows reported.

``from_json`` reads the library's own lossless format: it has no lenient mode, so its
column has a strict cell only and every problem is a :class:`DataError`.

Set ``BAD_INPUT_MATRIX=path.md`` to write the outcome of every cell as a Markdown table.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import bad_input_claims
from bad_input_claims import (
    CLAIMS,
    CLAIMS_FILE,
    REPORTED,
    REPORTED_FILE,
    claims_case,
    reported_case,
)
from bad_input_formats import (
    FORMATS,
    HOSTS,
    MEDALS,
    OLYMPANALYT,
    REPORTED_FORMAT,
    Format,
)
from olympics_records import DataError, History, from_json, to_json
from olympics_records.claims import load_claims, read_reported_medal_table
from olympics_records.datasets._builder import athlete_key_id
from olympics_records.datasets._csv import SPREADSHEET_ERROR
from olympics_records.datasets.kaggle120 import read_kaggle120
from olympics_records.datasets.medallists import read_medallists
from olympics_records.datasets.olympanalyt import read_olympanalyt
from olympics_records.datasets.olympedia import read_olympedia_tally
from olympics_records.datasets.olympics_com import read_olympics_com
from olympics_records.errors import Issue

STRICT_ONLY = ("from_json", "claims_toml", "reported")
"""All-or-nothing readers: no lenient mode, a strict cell only."""
TARGETS = [*FORMATS, *STRICT_ONLY]
MODES = ("lenient", "strict")

# --- what a case expects ---------------------------------------------------------------

# In an expectation: any value is right (garbage splits into rows unpredictably).
ANY: Any = bad_input_claims.ANY


@dataclass(frozen=True)
class Bad:
    """A broken input and what reading it must give."""

    data: bytes
    kind: str
    """``file``: DataError in both modes. ``row``: strict raises, lenient reports the row.
    ``note``: loads in both modes with a note (``row=None``) on ``field``. ``header``:
    strict raises (``row`` 0), lenient loads with a note on ``field``. ``duplicate``:
    loads once in both modes and the repeat is reported. ``clean``: loads, no issue."""
    source: str = ""
    row: int | None = None
    field: str | None = None
    value: str | None = None
    same: bool = False
    """The load must equal the valid file's load (the quirk loses nothing)."""
    message: str = ""
    """Words the error's message must contain."""
    special: str = ""
    """How the file is given, if not as its bytes: ``fifo``, ``device`` (a link to
    ``/dev/zero``), ``nul-path`` (its path with a NUL), ``bytes-path`` (its path as bytes)."""


def _table(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def _write(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue()


GARBAGE = bytes(range(256))[::-1] * 4
STRAY = "\x00stray\x00"
"""Marks where a raw byte goes into a file written by the csv module."""


def csv_case(case: str, fmt: Format) -> Bad | None:
    """The valid file of ``fmt`` broken as ``case`` says, or ``None`` if not applicable."""
    rows = _table(fmt.text)
    header, body = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(header)}
    last = len(body)
    src = fmt.file

    def changed(column: str | None, value: str, row: int = 1) -> list[list[str]]:
        assert column is not None
        out = [list(r) for r in rows]
        out[row][col[column]] = value
        return out

    def encode(text: str) -> bytes:
        return text.encode("utf-8")

    if case in OWN_CASES:
        return None
    if case == "empty-file":
        return Bad(b"", "file", src)
    if case == "header-only":
        if fmt.target == "olympics_com/hosts":
            # No Games at all: every medal row points at Games that do not exist.
            return Bad(
                encode(_write([header])),
                "row",
                "olympic_medals.csv",
                1,
                "slug_game",
                "lake-placid-1980",
            )
        return Bad(encode(_write([header])), "clean")
    if case in ("missing-column", "renamed-column"):
        i = col[fmt.key]
        if case == "missing-column":
            broken = [r[:i] + r[i + 1 :] for r in rows]
        else:
            broken = [list(r) for r in rows]
            broken[0][i] = fmt.key + " (renamed)"
        return Bad(encode(_write(broken)), "file", src, 0, fmt.key)
    if case == "extra-column":
        return Bad(encode(_write([[*r, "x"] for r in rows])), "clean", same=True)
    if case == "quote-in-header":
        return Bad(encode('"' + fmt.text), "file", src, 0)
    if case == "tab-delimited":
        return Bad(encode(_write(rows, "\t")), "file", src, 0, ANY)
    if case == "semicolon-delimited":
        return Bad(encode(_write(rows, ";")), "clean", same=True)
    if case == "semicolon-rows":
        first = _write([body[0]], ";").rstrip("\n")
        text = _write([header]) + _write(body, ";")
        return Bad(encode(text), "row", src, 1, header[0], first[-80:])
    if case == "bom":
        return Bad(codecs.BOM_UTF8 + encode(fmt.text), "clean", same=True)
    if case == "cr-only":
        return Bad(encode(fmt.text.replace("\n", "\r")), "clean", same=True)
    if case == "mixed-line-endings":
        lines = fmt.text.split("\n")
        ends = ["\r\n", "\r", "\n"]
        text = "".join(line + ends[i % 3] for i, line in enumerate(lines[:-1]))
        return Bad(encode(text), "clean", same=True)
    if case == "cp1252-bytes":
        return Bad(
            _write(changed(fmt.name, "Bjørn Dæhlie")).encode("cp1252"), "note", field="encoding"
        )
    if case == "embedded-newline":
        # No format has a field over two lines: the first line is a quote left open,
        # the second a row of its own (here a short one), each reported.
        return Bad(
            encode(_write(changed(fmt.name, "Eric\nHeiden"))), "row", src, 1, fmt.name, "Eric"
        )
    if case == "stray-quote":
        # A quote opened in row 1 and never closed: it costs row 1 alone.
        text = _write(changed(fmt.name, STRAY + body[0][col[fmt.name]]))
        return Bad(encode(text).replace(STRAY.encode(), b'"'), "row", src, 1, fmt.name, ANY)
    if case == "latin1-byte":
        # One latin-1 byte in a UTF-8 file: read as such in its row, noted; the rest
        # stays UTF-8.
        rows2 = changed(fmt.name, "Bjørn Dæhlie")
        rows2[2][col[fmt.name]] = STRAY + rows2[2][col[fmt.name]]
        data = encode(_write(rows2)).replace(STRAY.encode(), b"\xe6")
        return Bad(data, "note", field="encoding", message="row 2 is not UTF-8")
    if case == "duplicate-column":
        # Which of two columns of one name holds the values cannot be told.
        text = _write([[*r, fmt.key if i == 0 else "x"] for i, r in enumerate(rows)])
        return Bad(encode(text), "header", src, 0, fmt.key, fmt.key, same=True)
    if case == "huge-number":
        column = fmt.count or fmt.year
        if column is None:
            return None
        huge = "1" * 5000
        return Bad(encode(_write(changed(column, huge))), "row", src, 1, column, huge)
    if case == "year-contradicts-slug":
        if fmt.target != "olympics_com/hosts":
            return None
        return Bad(encode(_write(changed("game_year", "2022"))), "row", src, 1, "game_year", "2022")
    if case == "one-id-two-people":
        if fmt.target != "kaggle120":
            return None
        one_id = changed("ID", "1", row=2)
        return Bad(encode(_write(one_id)), "row", src, 2, "Name", "Yevgeny Kulikov")
    if case in ("fifo", "device", "nul-path"):
        words = "NUL" if case == "nul-path" else "not a regular file"
        return Bad(b"", "file", ANY, None, None, ANY, message=words, special=case)
    if case == "bytes-path":
        return Bad(encode(fmt.text), "clean", same=True, special=case)
    if case == "truncated-last-row":
        cut = ",".join(body[-1][:3])
        return Bad(encode(_write(rows[:-1]) + cut), "row", src, last, header[2], cut[-80:])
    if case == "truncated-in-quotes":
        cut = ",".join(body[-1][:3]) + ',"cut sho'
        return Bad(encode(_write(rows[:-1]) + cut), "row", src, last, header[3], "cut sho")
    if case == "medal-platinum":
        if fmt.medal is None:
            return None
        return Bad(
            encode(_write(changed(fmt.medal, "PLATINUM"))), "row", src, 1, fmt.medal, "PLATINUM"
        )
    if case in ("year-1850", "year-2999"):
        if fmt.year is None:
            return None
        year = case[-4:]
        return Bad(encode(_write(changed(fmt.year, year))), "row", src, 1, fmt.year, year)
    if case == "negative-place":
        if fmt.count is None:
            return None
        return Bad(encode(_write(changed(fmt.count, "-1"))), "row", src, 1, fmt.count, "-1")
    if case == "empty-name":
        if fmt.target == "olympics_com/hosts":
            # The registry of editions names the Games; the file's name is not needed.
            return Bad(encode(_write(changed(fmt.name, ""))), "clean", same=True)
        return Bad(encode(_write(changed(fmt.name, ""))), "note", field=fmt.name)
    if case == "duplicate-row":
        text = _write([*rows, body[0]])
        if fmt.target == "olympics_com/medals":
            # A medal row repeated is the same athlete twice in one event.
            return Bad(encode(text), "row", src, last + 1, "athletes", "eric-heiden")
        return Bad(encode(text), "duplicate", src, last + 1)
    if case == "same-competitor-twice":
        # Row 1 again with a difference that changes nothing about who won what.
        again = list(body[0])
        assert fmt.other is not None
        again[col[fmt.other]] = "changed"
        text = _write([*rows, again])
        if fmt.target == "olympedia":
            return Bad(encode(text), "row", src, last + 1, "country_noc", again[col["country_noc"]])
        if fmt.target == "olympics_com/hosts":
            return Bad(encode(text), "row", src, last + 1, "game_slug", again[col["game_slug"]])
        return Bad(encode(text), "row", src, last + 1, "athletes", ANY)
    if case == "conflicting-medals":
        if fmt.target == "olympedia":
            text = _write(changed("total", "99"))
            return Bad(encode(text), "row", src, 1, "total", "99")
        if not fmt.next_medal:
            return None
        # The same competitor with two medals in one event: that is no tie.
        again = list(body[0])
        assert fmt.medal is not None
        again[col[fmt.medal]] = fmt.next_medal[again[col[fmt.medal]]]
        return Bad(encode(_write([*rows, again])), "row", src, last + 1, "athletes", ANY)
    if case == "unknown-noc":
        if not fmt.noc:
            return None
        return Bad(encode(_write(changed(fmt.noc, "XYZ"))), "note", field=fmt.noc)
    if case == "malformed-noc":
        if not fmt.noc:
            return None
        return Bad(encode(_write(changed(fmt.noc, "12"))), "row", src, 1, fmt.noc, "12")
    if case == "long-field":
        # Past the csv module's field limit (128 kB): reported as malformed, not loaded.
        return Bad(encode(_write(changed(fmt.name, "x" * 1_000_000))), "row", src, 1)
    if case == "binary-garbage-file":
        return Bad(GARBAGE, "file", src, ANY, ANY, ANY)
    if case == "binary-garbage-row":
        return Bad(encode(fmt.text) + GARBAGE + b"\n", "row", src, last + 1, ANY, ANY)
    raise AssertionError(case)


# --- JSON ------------------------------------------------------------------------------

JSON_ONLY = ("deep-nesting", "huge-integer", "lone-surrogate")
"""Cases of JSON's own: CSV has no nesting, and its numbers and text are per reader."""
OWN_CASES = (*JSON_ONLY, "non-ascii-digit", "wrong-toml-type")
"""Cases the CSV readers of History do not take (they have their own)."""


def json_base() -> dict[str, Any]:
    """A valid document: what ``to_json`` writes for the OlympAnalyt sample."""
    return dict(json.loads(to_json(_olympanalyt_sample())))


_SAMPLE: list[History] = []


def _olympanalyt_sample() -> History:
    if not _SAMPLE:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "sample.csv"
            path.write_text(OLYMPANALYT, encoding="utf-8")
            _SAMPLE.append(read_olympanalyt(path))
    return _SAMPLE[0]


def json_case(case: str) -> Bad | None:
    """A broken JSON document; every problem is a DataError (``from_json`` is all or nothing)."""
    base = json_base()
    text = json.dumps(base, ensure_ascii=False, indent=1)

    def edit(change: Callable[[dict[str, Any]], object]) -> bytes:
        doc = json.loads(text)
        change(doc)
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")

    def entry(key: str, value: object) -> Callable[[dict[str, Any]], object]:
        return lambda doc: doc["entries"][0].__setitem__(key, value)

    doc_entries = len(base["entries"])
    # (data, row, field, value, words of the message); ANY where JSON has no such notion.
    bad: dict[str, tuple[bytes, Any, Any, Any, str]] = {
        "empty-file": (b"", None, None, None, "not valid JSON"),
        "header-only": (b'{"schema_version": 1}', None, "$.games", None, "required field"),
        "missing-column": (
            edit(lambda d: d["entries"][0].pop("noc")),
            None,
            "$.entries[0].noc",
            None,
            "required field missing",
        ),
        "renamed-column": (
            edit(lambda d: d["entries"][0].__setitem__("country", d["entries"][0].pop("noc"))),
            None,
            "$.entries[0].noc",
            None,
            "and 1 more problems",
        ),
        "extra-column": (edit(entry("comment", "x")), None, "$.entries[0]", "comment", "extra"),
        "quote-in-header": (b'"' + text.encode(), None, None, None, "not valid JSON"),
        "tab-delimited": (text.replace(",", "\t").encode(), None, None, None, "not valid JSON"),
        "semicolon-delimited": (text.replace(",", ";").encode(), None, None, None, "not valid"),
        "cp1252-bytes": (
            edit(lambda d: d["athletes"][0].__setitem__("name", "Bjørn Dæhlie"))
            .decode()
            .encode("cp1252"),
            None,
            None,
            None,
            "'utf-8' codec can't decode byte 0xf8",
        ),
        "embedded-newline": (
            text.replace("Hoesflot", "Hoesflot\n").encode(),
            None,
            None,
            None,
            "Invalid control character",
        ),
        "truncated-last-row": (text[: len(text) // 2].encode(), None, None, None, "not valid"),
        "truncated-in-quotes": (
            text[: text.index("Hoesflot")].encode(),
            None,
            None,
            None,
            "Unterminated string",
        ),
        "medal-platinum": (
            edit(entry("medal", "PLATINUM")),
            None,
            "$.entries[0].medal",
            None,
            "'PLATINUM' is not a valid Medal",
        ),
        "year-1850": (
            edit(lambda d: d["games"][0].__setitem__("year", 1850)),
            None,
            "$.games[0]",
            None,
            "Games.year must be a year from 1896 to 2100, not 1850",
        ),
        "year-2999": (
            edit(lambda d: d["games"][0].__setitem__("year", 2999)),
            None,
            "$.games[0]",
            None,
            "not 2999",
        ),
        "negative-place": (
            edit(entry("place", -1)),
            None,
            "$.entries[0]",
            None,
            "Entry.place must be a positive whole number or None, not -1",
        ),
        "empty-name": (
            edit(lambda d: d["athletes"][0].__setitem__("name", "")),
            None,
            "$.athletes[0]",
            None,
            "Athlete.name must be a non-empty string, not ''",
        ),
        "duplicate-row": (
            edit(lambda d: d["entries"].append(d["entries"][0])),
            doc_entries,
            "History.entries.athletes",
            "NOR:hosflot-johannes-klabo",
            "athlete appears twice",
        ),
        "same-competitor-twice": (
            edit(lambda d: d["entries"].append({**d["entries"][0], "noc": "ITA"})),
            doc_entries,
            "History.entries.athletes",
            "NOR:hosflot-johannes-klabo",
            "athlete appears twice",
        ),
        "conflicting-medals": (
            # A second gold, at place 4, for somebody else: no tie shares it.
            edit(lambda d: d["entries"].append({**d["entries"][0], "athletes": [], "place": 4})),
            doc_entries,
            "History.entries.medal",
            "gold",
            "two gold medals at different places (1 and 4)",
        ),
        "unknown-noc": (
            edit(entry("noc", "XYZ")),
            0,
            "History.entries.noc",
            "XYZ",
            "refers to an unknown NOC",
        ),
        "malformed-noc": (
            edit(entry("noc", "12")),
            None,
            "$.entries[0]",
            None,
            "Entry.noc must be a three-letter NOC code like 'NOR', not '12'",
        ),
        "duplicate-column": (
            text.replace('"entries": ', '"entries": [], "entries": ', 1).encode(),
            None,
            "$",
            "entries",
            "a key appears twice",
        ),
        "binary-garbage-file": (GARBAGE, None, None, None, "not valid JSON"),
        "binary-garbage-row": (text.encode() + GARBAGE, None, None, None, "not valid JSON"),
        "deep-nesting": (b"[" * 100_000 + b"]" * 100_000, None, None, None, "nested too deeply"),
        "huge-integer": (
            edit(entry("place", 0)).replace(b'"place": 0', b'"place": ' + b"9" * 5_000),
            None,
            None,
            None,
            "5000 digits",
        ),
        "lone-surrogate": (
            edit(lambda d: d["athletes"][0].__setitem__("name", "Bjørn")).replace(
                "ø".encode(), b"\\ud800"
            ),
            None,
            "$.athletes[0].name",
            "Bj\\ud800rn",
            "lone surrogate",
        ),
    }
    loads = {
        # JSON allows any whitespace between tokens, and the bytes may start with a BOM
        # (RFC 8259 §8.1 lets a parser accept it; json.loads does).
        "bom": codecs.BOM_UTF8 + text.encode(),
        "cr-only": text.replace("\n", "\r").encode(),
        "mixed-line-endings": text.replace("\n", "\r\n", 3).replace("\n", "\r", 3).encode(),
        "long-field": edit(lambda d: d["athletes"][0].__setitem__("name", "x" * 1_000_000)),
    }
    if case in bad:
        data, row, where, value, words = bad[case]
        return Bad(data, "file", "bad.json", row, where, value, message=words)
    if case in loads:
        return Bad(loads[case], "clean", same=case != "long-field")
    return None  # a CSV-only idea (a header of its own, rows under a header)


# --- reading, and counting rows independently ------------------------------------------


@dataclass
class Read:
    """What a reader gave: its issues, the rows it loaded per file, and a comparable answer."""

    issues: tuple[Issue, ...]
    loaded: dict[str, int]
    answer: object
    history: History | None = None


def _place(path: Path, data: bytes, special: str) -> Any:
    """Write ``data`` at ``path`` (or what ``special`` says); the path to give the reader."""
    if special == "fifo":
        os.mkfifo(path)
    elif special == "device":
        path.symlink_to("/dev/zero")
    else:
        path.write_bytes(data)
    if special == "nul-path":
        return f"{path}\0"
    return os.fsencode(path) if special == "bytes-path" else path


def _folder(tmp_path: Path, fmt: Format, data: bytes, special: str = "") -> Any:
    for name, text in (("olympic_hosts.csv", HOSTS), ("olympic_medals.csv", MEDALS)):
        if name == fmt.file:
            _place(tmp_path / name, data, special)
        else:
            (tmp_path / name).write_bytes(text.encode("utf-8"))
    if special == "nul-path":
        return f"{tmp_path}\0"
    return os.fsencode(tmp_path) if special == "bytes-path" else tmp_path


def read(target: str, data: bytes, tmp_path: Path, *, strict: bool, special: str = "") -> Read:
    """Read ``data`` as ``target``'s file; count the rows loaded from what the reader exposes."""
    fmt = FORMATS[target]
    if target.startswith("olympics_com/"):
        h = read_olympics_com(_folder(tmp_path, fmt, data, special), strict=strict)
        # A loaded medal row is a member of one entry, or a row without a usable athlete
        # of an entry (an unknown team counts once, however many such rows it has).
        # Every host row in the samples has medals, so each loaded host is one Games.
        medals = data if fmt.file == "olympic_medals.csv" else MEDALS.encode()
        reported = {i.row for i in h.issues if i.source == "olympic_medals.csv"}
        loaded = {
            "olympic_medals.csv": sum(len(e.athletes) for e in h.entries)
            + len(memberless_medal_rows(medals) - reported),
            "olympic_hosts.csv": len(h.games),
        }
        return Read(h.issues, loaded, h.entries, h)
    path = _place(tmp_path / fmt.file, data, special)
    if target == "olympanalyt":
        h = read_olympanalyt(path, strict=strict)
        return Read(h.issues, {fmt.file: len(h.entries)}, h.entries, h)
    if target == "kaggle120":
        h = read_kaggle120(path, strict=strict)
        loaded = {fmt.file: sum(len(e.athletes) for e in h.entries)}
        return Read(h.issues, loaded, h.entries, h)
    if target.startswith("medallists/"):
        # Every loaded row is one member of one entry.
        h = read_medallists(path, strict=strict)
        loaded = {fmt.file: sum(len(e.athletes) for e in h.entries)}
        return Read(h.issues, loaded, h.entries, h)
    tally = read_olympedia_tally(path, strict=strict)
    return Read(tally.issues, {fmt.file: len(tally.rows)}, tally.rows)


def csv_rows(data: bytes) -> list[list[str] | None]:
    """The rows of a CSV file by the csv module, header first; ``None`` for a bad line.

    One physical line is one row (no format read here has a field over two lines);
    blank lines are not rows. A line the csv module cannot parse alone (a quote left
    open, a field past its size limit) is one row, as it is one problem for whoever
    reads the file.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    first = text.replace("\r", "\n").split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows: list[list[str] | None] = []
    for line in re.split(r"\r\n|\r|\n", text):
        try:
            row = next(csv.reader([line], delimiter=delimiter, strict=True), [])
        except csv.Error:
            rows.append(None)
            continue
        if row:
            rows.append(row)
    return rows


def rows_read(data: bytes) -> int:
    """How many data rows a CSV file has (see :func:`csv_rows`)."""
    return max(len(csv_rows(data)) - 1, 0)


def memberless_medal_rows(data: bytes) -> set[int]:
    """The olympics.com medal rows that name no usable athlete, by row number.

    Such a row is loaded as the row of an entry with no member (several of them may
    stand for one team), so the History alone cannot say how many were loaded.
    """
    header, *rows = csv_rows(data) or [None]
    if header is None:
        return set()
    col = {name.strip(): i for i, name in enumerate(header)}  # as the reader strips them
    if not {"athlete_url", "athlete_full_name", "country_3_letter_code"} <= col.keys():
        return set()
    found = set()
    for number, row in enumerate(rows, 1):
        if row is None or len(row) != len(header):
            continue
        url = row[col["athlete_url"]].strip()
        name = row[col["athlete_full_name"]]
        noc = row[col["country_3_letter_code"]].strip()
        if url.rstrip("/").rpartition("/")[2].strip():
            continue
        if SPREADSHEET_ERROR.match(name) or athlete_key_id(name, noc) is None:
            found.add(number)
    return found


def assert_accounting(result: Read, files: dict[str, bytes]) -> None:
    """Rows read = rows loaded + rows reported, with one issue per reported row."""
    for name, data in files.items():
        reported = [i.row for i in result.issues if i.source == name and i.row is not None]
        assert len(reported) == len(set(reported)), f"{name}: two issues for one row"
        assert rows_read(data) == result.loaded[name] + len(reported), name


def _files(target: str, data: bytes) -> dict[str, bytes]:
    fmt = FORMATS[target]
    if target == "olympics_com/hosts":
        # Loaded hosts are counted as the Games of loaded medals (see read()); a medals
        # file that loses rows to a broken hosts file still accounts for each of them.
        return {fmt.file: data, "olympic_medals.csv": MEDALS.encode()}
    return {fmt.file: data}


def _matches(expected: object, actual: object) -> bool:
    return expected is ANY or expected == actual


# --- the matrix ------------------------------------------------------------------------

CASES = [
    "empty-file",
    "header-only",
    "missing-column",
    "renamed-column",
    "extra-column",
    "quote-in-header",
    "tab-delimited",
    "semicolon-delimited",
    "semicolon-rows",
    "bom",
    "cr-only",
    "mixed-line-endings",
    "cp1252-bytes",
    "embedded-newline",
    "truncated-last-row",
    "truncated-in-quotes",
    "medal-platinum",
    "year-1850",
    "year-2999",
    "negative-place",
    "empty-name",
    "duplicate-row",
    "same-competitor-twice",
    "conflicting-medals",
    "unknown-noc",
    "malformed-noc",
    "long-field",
    "binary-garbage-file",
    "binary-garbage-row",
    # issue 14: each class of silent loss or escape found by attack
    "stray-quote",
    "latin1-byte",
    "duplicate-column",
    "huge-number",
    "year-contradicts-slug",
    "one-id-two-people",
    "fifo",
    "device",
    "nul-path",
    "bytes-path",
    *OWN_CASES,
]


def build(case: str, target: str) -> Bad | None:
    """The input of one cell (``None``: the case has no meaning for that format)."""
    if target == "from_json":
        return json_case(case)
    if target in ("claims_toml", "reported"):
        return _all_or_nothing(case, target)
    return csv_case(case, FORMATS[target])


def _all_or_nothing(case: str, target: str) -> Bad | None:
    if target == "claims_toml":
        found, file = claims_case(case), CLAIMS_FILE
    else:
        broken = None if case in OWN_CASES else csv_case(case, REPORTED_FORMAT)
        found, file = reported_case(case, None if broken is None else broken.data), REPORTED_FILE
    if found is None:
        return None
    data, expected = found
    if expected[0] == "clean":
        return Bad(data, "clean", file, same=expected[1])
    _, row, where, value, words = expected
    return Bad(data, "file", file, row, where, value, message=words)


def _read_all_or_nothing(target: str, data: bytes, tmp_path: Path) -> Read:
    """Claims or reported rows, as a Read: every row of the file loaded, or an error."""
    if target == "claims_toml":
        path = tmp_path / CLAIMS_FILE
        path.write_bytes(data)
        claims = load_claims(path)
        return Read((), {CLAIMS_FILE: len(claims)}, claims)
    path = tmp_path / REPORTED_FILE
    path.write_bytes(data)
    rows = read_reported_medal_table(path).rows
    return Read((), {REPORTED_FILE: len(rows)}, rows)


def cells() -> Iterator[Any]:
    for case in CASES:
        for target in TARGETS:
            if build(case, target) is None:
                continue
            for mode in MODES:
                if target in STRICT_ONLY and mode == "lenient":
                    continue
                yield pytest.param(case, target, mode, id=f"{case}-{target}-{mode}")


OUTCOMES: dict[tuple[str, str, str], str] = {}


@pytest.fixture(scope="module", autouse=True)
def _matrix_report() -> Iterator[None]:
    """Write the outcome of every cell run to ``$BAD_INPUT_MATRIX`` (Markdown)."""
    yield
    target_file = os.environ.get("BAD_INPUT_MATRIX")
    if not target_file or not OUTCOMES:
        return
    columns = [(t, m) for t in TARGETS for m in MODES]
    lines = [
        "| case | " + " | ".join(f"{t} {m}" for t, m in columns) + " |",
        "|---" * (len(columns) + 1) + "|",
    ]
    for case in CASES:
        outcome = [OUTCOMES.get((case, t, m), "n/a") for t, m in columns]
        lines.append(f"| {case} | " + " | ".join(outcome) + " |")
    escapes = sum("ESCAPED" in o for o in OUTCOMES.values())
    lines.append("")
    lines.append(f"{len(OUTCOMES)} cells; exceptions other than DataError: {escapes}")
    Path(target_file).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _describe(result: Read | BaseException) -> str:
    if isinstance(result, DataError):
        where = f" r{result.row}" if result.row is not None else ""
        return f"DataError{where}" + (f" `{result.field}`" if result.field else "")
    if isinstance(result, BaseException):
        return f"ESCAPED {type(result).__name__}"
    rows = sorted({i.row for i in result.issues if i.row is not None})
    notes = sorted({i.field or "?" for i in result.issues if i.row is None})
    text = "loaded"
    if rows:
        text += f", rows {','.join(map(str, rows[:3]))}{'…' if len(rows) > 3 else ''} reported"
    if notes:
        text += f", note {'/'.join(f'`{n}`' for n in notes)}"
    return text


def _run(case: str, target: str, mode: str, tmp_path: Path) -> tuple[Bad, Read | BaseException]:
    bad = build(case, target)
    assert bad is not None
    result: Read | BaseException
    try:
        if target == "from_json":
            h = from_json(bad.data, source="bad.json")
            result = Read(h.issues, {}, h)
        elif target in STRICT_ONLY:
            result = _read_all_or_nothing(target, bad.data, tmp_path)
        else:
            result = read(target, bad.data, tmp_path, strict=mode == "strict", special=bad.special)
    except Exception as err:  # recorded, then judged below
        result = err
    OUTCOMES[(case, target, mode)] = _describe(result)
    return bad, result


@pytest.mark.parametrize(("case", "target", "mode"), list(cells()))
def test_bad_input(case: str, target: str, mode: str, tmp_path: Path) -> None:
    bad, result = _run(case, target, mode, tmp_path)
    if isinstance(result, BaseException) and not isinstance(result, DataError):
        raise result
    strict = mode == "strict"
    if bad.kind == "file" or (bad.kind in ("row", "header") and strict):
        assert isinstance(result, DataError), f"expected DataError, got {result!r}"
        source = result.source or ""
        if target in ("claims_toml", "reported"):
            assert source == str(tmp_path / bad.source)
            source = bad.source
        assert _matches(bad.source or FORMATS[target].file, source)
        assert _matches(bad.row, result.row), result
        assert _matches(bad.field, result.field), result
        assert _matches(bad.value, result.value), result
        assert bad.message in result.message
        return
    assert isinstance(result, Read), f"expected a load, got {result!r}"
    if target == "reported":
        assert result.loaded[REPORTED_FILE] == rows_read(bad.data)
    elif target in FORMATS:
        assert_accounting(result, _files(target, bad.data))
    rows = [i for i in result.issues if i.row is not None]
    notes = [i for i in result.issues if i.row is None]
    if bad.kind in ("row", "duplicate"):
        assert any(
            i.source == bad.source
            and i.row == bad.row
            and _matches(bad.field, i.field)
            and _matches(bad.value, i.value)
            for i in rows
        ), rows
    elif bad.kind in ("note", "header"):
        assert rows == []
        assert any(i.field == bad.field and bad.message in i.message for i in notes), notes
    else:
        assert rows == []
    if bad.same:
        # The quirk loses nothing: the load equals that of the valid file.
        if target == "from_json":
            assert result.answer == from_json(json.dumps(json_base()))
        elif target in STRICT_ONLY:
            valid = (CLAIMS if target == "claims_toml" else REPORTED).encode()
            assert result.answer == _read_all_or_nothing(target, valid, tmp_path).answer
        else:
            valid = FORMATS[target].text.encode()
            assert result.answer == read(target, valid, tmp_path, strict=True).answer


@pytest.mark.parametrize("target", list(FORMATS))
def test_the_valid_samples_load_cleanly_in_strict_mode(target: str, tmp_path: Path) -> None:
    """The starting point of every case is itself valid: any issue comes from the case."""
    fmt = FORMATS[target]
    result = read(target, fmt.text.encode(), tmp_path, strict=True)
    assert [i for i in result.issues if i.row is not None] == []
    assert result.loaded[fmt.file] == rows_read(fmt.text.encode())


def test_the_json_sample_round_trips() -> None:
    h = _olympanalyt_sample()
    assert from_json(to_json(h)) == h
