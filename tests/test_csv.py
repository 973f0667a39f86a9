"""Reading CSV files: encodings, delimiters, line endings, row accounting."""

from __future__ import annotations

import codecs
import csv
import gc
import io
import tempfile
import warnings
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from olympics_records import DataError
from olympics_records.datasets._csv import (
    CHUNK,
    IssueCollector,
    Reread,
    RowRef,
    not_utf8_at,
    read_csv,
    row_key,
    whole_number,
)


def _write(tmp_path: Path, data: bytes, name: str = "t.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "delimiter"),
    [
        (b"a,b\nx,1\ny,2\n", ","),
        (b"a;b\r\nx;1\r\ny;2\r\n", ";"),
        (b"\xef\xbb\xbfa;b\r\nx;1\r\ny;2", ";"),
        (b"a,b\rx,1\ry,2\r", ","),
        (b"a,b\r\nx,1\ry,2\n", ","),
    ],
    ids=["lf", "semicolon-crlf", "bom-no-final-newline", "cr-only", "mixed"],
)
def test_every_flavour_reads_the_same_rows(tmp_path: Path, data: bytes, delimiter: str) -> None:
    issues = IssueCollector(strict=False)
    table = read_csv(_write(tmp_path, data), issues, required=("a", "b"))
    assert table.header == ("a", "b")
    assert table.delimiter == delimiter
    assert list(table) == [(1, ["x", "1"]), (2, ["y", "2"])]
    assert table.rows_read == 2
    assert issues.issues == []


def test_cp1252_is_read_and_noted(tmp_path: Path) -> None:
    issues = IssueCollector(strict=True)
    table = read_csv(_write(tmp_path, "name\nBjørn Dæhlie\n".encode("cp1252")), issues)
    assert list(table) == [(1, ["Bjørn Dæhlie"])]
    assert table.encoding == "cp1252"
    (note,) = issues.issues
    assert note.row is None
    assert note.value == "cp1252"
    assert "not UTF-8" in note.message


@pytest.mark.parametrize("ending", [b"\n", b"\r\n", b"\r", b""])
def test_header_only_reads_the_header_and_nothing_after_it(tmp_path: Path, ending: bytes) -> None:
    # Rows that would be reported (a truncated one, bytes no codec agrees on with
    # the header's) are never looked at: the file is only noted.
    rest = b"1,2,3\n1,2\n\xff\xfe,\x81,x\n" if ending else b""
    path = _write(tmp_path, b"\xef\xbb\xbfa, b ,c" + ending + rest)
    issues = IssueCollector(strict=True)
    table = read_csv(path, issues, required=("b",), header_only=True)
    assert table.header == ("a", "b", "c")
    assert table.encoding == "utf-8"
    assert list(table) == []
    assert table.rows_read == 0
    assert issues.issues == []


def test_header_only_reads_on_until_the_header_ends(tmp_path: Path) -> None:
    names = [f"column_{i}" for i in range(20_000)]  # a header longer than one read
    path = _write(tmp_path, ",".join(names).encode() + b"\n1\n")
    table = read_csv(path, IssueCollector(strict=True), header_only=True)
    assert table.header == tuple(names)
    assert list(table) == []


def test_header_only_judges_the_encoding_by_the_header(tmp_path: Path) -> None:
    path = _write(tmp_path, "navn,født\n".encode("cp1252") + "Dæhlie,1967\n".encode())
    issues = IssueCollector(strict=False)
    table = read_csv(path, issues, header_only=True)
    assert table.header == ("navn", "født")
    assert [i.value for i in issues.issues] == ["cp1252"]


def _whole_text_error(data: bytes) -> int | None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return err.start
    return None


# Text, then bytes that break it anywhere, decoded in pieces of any size: a bad byte
# or a cut character at a piece's edge is found where decoding the whole text finds it.
@given(
    st.text(max_size=40).map(str.encode),
    st.binary(max_size=6),
    st.text(max_size=40).map(str.encode),
    st.integers(min_value=1, max_value=9),
)
@example("Bjørn ".encode(), b"\xc3", "Dæhlie".encode(), 7)  # cut at a piece's end
@example("Dæ".encode(), b"\xe6", b"", 3)
@example("Dæhlie".encode(), b"", b"", 1)  # every character across pieces
@example(b"x", b"\xf0\x9f", b"", 2)  # the file ends inside a character
def test_utf8_is_checked_piecewise_as_the_whole_text(
    head: bytes, noise: bytes, tail: bytes, size: int
) -> None:
    data = head + noise + tail
    assert not_utf8_at(memoryview(data), size) == _whole_text_error(data)


_FIELDS = st.text(st.characters(codec="utf-8", exclude_characters="\r\n\x00"))


# A UTF-8 file is checked, then read again as it is parsed, never held whole: whatever
# its size, characters or line ends, its rows are those a whole-text parse gives.
@given(
    st.lists(st.tuples(_FIELDS, _FIELDS), min_size=1, max_size=8),
    st.integers(min_value=1, max_value=300),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.booleans(),
)
@example([("Bjørn Dæhlie", "Kläbo " * 300)], 40, "\r\n", True)  # across read buffers
def test_a_utf8_file_read_as_it_is_parsed_gives_the_rows_of_its_whole_text(
    rows: list[tuple[str, str]], times: int, ending: str, bom: bool
) -> None:
    text = io.StringIO()
    csv.writer(text, lineterminator=ending).writerows([("a", "b"), *rows * times])
    data = ("\ufeff" if bom else "") + text.getvalue()
    expected = list(csv.reader(io.StringIO(data.removeprefix("\ufeff"), newline="")))
    with tempfile.TemporaryDirectory() as folder:
        path = _write(Path(folder), data.encode())
        issues = IssueCollector(strict=True)
        table = read_csv(path, issues)
        assert [table.header, *(row for _, row in table)] == [tuple(expected[0]), *expected[1:]]
    assert table.encoding == "utf-8"
    assert issues.issues == []


def test_a_file_changed_after_its_check_is_not_read(tmp_path: Path) -> None:
    path = _write(tmp_path, b"a,b\nx,1\n")
    checked = path.stat()
    path.write_bytes(b"a,b\nx,1\ny,2\n")
    stream = Reread(str(path), 0, checked)
    with pytest.raises(DataError, match="the file changed while it was read"):
        stream.readinto(bytearray(16))
    stream.close()


def test_a_strict_read_stopped_early_leaves_no_file_open(tmp_path: Path) -> None:
    path = _write(tmp_path, b"a,b\n" + b"1,2\n" * 5000 + b"3\n" + b"4,5\n" * 5000)
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)  # an unclosed file would warn
        table = read_csv(path, IssueCollector(strict=True))
        with pytest.raises(DataError):
            list(table)
        del table
        gc.collect()


def test_truncated_and_long_rows_are_reported_not_yielded(tmp_path: Path) -> None:
    issues = IssueCollector(strict=False)
    table = read_csv(_write(tmp_path, b'a,b,c\n1,2,3\n1,2,3,4\n1,2,"cut'), issues)
    assert [n for n, _ in table] == [1]
    assert table.rows_read == 3
    assert [(i.row, i.message) for i in issues.issues] == [
        (2, "row has extra fields: 4 fields where the header has 3"),
        (3, "malformed row: truncated: the file ends inside a quoted field"),
    ]


@pytest.mark.parametrize("bad_at", [1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 9000])
def test_rows_past_a_chunk_boundary_keep_their_numbers(tmp_path: Path, bad_at: int) -> None:
    """Rows are parsed in bulk chunks; a csv error, a blank line or a short row in any
    chunk must leave every number and every other row as the row-by-row reading has."""
    lines = [f"{n},x{n}".encode() for n in range(1, 10_001)]
    lines[bad_at - 1] = b'%d,"broken"quote' % bad_at  # a csv.Error (strict quoting)
    lines[bad_at + 99] = b"%d" % (bad_at + 100)  # a short row
    lines.insert(bad_at + 500, b"")  # a blank line is not a row
    issues = IssueCollector(strict=False)
    table = read_csv(_write(tmp_path, b"n,v\n" + b"\n".join(lines) + b"\n"), issues)
    rows = list(table)
    assert all(int(row[0]) == number for number, row in rows)
    assert [number for number, _ in rows] == [
        n for n in range(1, 10_001) if n not in {bad_at, bad_at + 100}
    ]
    assert table.rows_read == 10_000
    assert [(i.row, i.message.split(":")[0]) for i in issues.issues] == [
        (bad_at, "malformed row"),
        (bad_at + 100, "row truncated"),
    ]


def test_a_bad_row_is_reported_after_the_rows_before_it_are_worked_on(tmp_path: Path) -> None:
    """Strict mode stops at the first problem in file order, whoever finds it: the
    table must not report a short row before its reader has seen the rows before."""
    issues = IssueCollector(strict=False)
    table = read_csv(_write(tmp_path, b"a,b\n1,x\n2,bad\n3\n4,y\n"), issues)
    for number, row in table:
        if row[1] == "bad":
            issues.reject(table.source, number, "b", row[1], "found by the reader")
    assert [(i.row, i.message) for i in issues.issues] == [
        (2, "found by the reader"),
        (3, "row truncated: 1 fields where the header has 2"),
    ]


def test_a_row_cut_between_fields_is_reported(tmp_path: Path) -> None:
    issues = IssueCollector(strict=False)
    table = read_csv(_write(tmp_path, b"a,b,c\n1,2,3\n1,2"), issues)
    assert [n for n, _ in table] == [1]
    assert [(i.row, i.field, i.value) for i in issues.issues] == [(2, "b", "1,2")]


def test_strict_raises_at_the_first_bad_row_naming_it(tmp_path: Path) -> None:
    table = read_csv(_write(tmp_path, b"a,b\n1,2\n3\n4\n"), IssueCollector(strict=True))
    with pytest.raises(DataError) as caught:
        list(table)
    assert (caught.value.source, caught.value.row, caught.value.field) == ("t.csv", 2, "a")


def test_missing_column_and_empty_file_raise(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="missing column"):
        read_csv(_write(tmp_path, b"a,b\n1,2\n"), IssueCollector(strict=False), required=("c",))
    with pytest.raises(DataError, match="empty"):
        read_csv(_write(tmp_path, b""), IssueCollector(strict=False))
    with pytest.raises(DataError, match="cannot read"):
        read_csv(tmp_path / "absent.csv", IssueCollector(strict=False))


def test_duplicates_are_reported_once_each_and_do_not_stop_strict(tmp_path: Path) -> None:
    issues = IssueCollector(strict=True)
    table = read_csv(_write(tmp_path, b"a\nx\ny\nx\nx\n"), issues)
    kept = [n for n, row in table if not table.is_duplicate(n, row)]
    assert kept == [1, 2]
    assert [(i.row, i.message) for i in issues.issues] == [
        (3, "exact duplicate of row 1: loaded once"),
        (4, "exact duplicate of row 1: loaded once"),
    ]


# Text with every character that shapes a row: delimiters, quotes, line breaks of
# each kind, a NUL.
_SHAPES = st.text(alphabet='ab,;"\r\n\x00 ', max_size=60)


@given(_SHAPES)
@example('a,"b\nc",d\n')  # a field running on to the next line
@example('a,"b\rc"\r\n')
def test_no_field_of_a_row_read_holds_a_line_break(
    tmp_path_factory: pytest.TempPathFactory, body: str
) -> None:
    """A row is one line: what keys repeated rows (their fields joined by a line break)
    relies on this."""
    path = _write(tmp_path_factory.mktemp("rows"), ("h1,h2\n" + body).encode())
    table = read_csv(path, IssueCollector(strict=False))
    fields = [field for numbers, block in table.blocks() for row in block for field in row]
    assert not any("\n" in field or "\r" in field for field in fields)


# Fields that meet the key's separator's neighbours, the delimiter and quotes.
_FIELDS = st.text(alphabet='ab,"\x00 ', max_size=4)


@given(st.lists(_FIELDS, min_size=1, max_size=4), st.lists(_FIELDS, min_size=1, max_size=4))
@example(["a", "b"], ["a", "b"])
@example(["a", ""], ["a"])
def test_two_rows_have_one_key_exactly_when_they_are_equal(
    first: list[str], second: list[str]
) -> None:
    assert (row_key(first) == row_key(second)) is (first == second)


@given(st.lists(st.lists(_FIELDS, min_size=2, max_size=2), min_size=1, max_size=12))
@example([["a", "b"], ["a,b", ""], ["a", "b"]])
def test_a_block_and_a_row_at_a_time_find_the_same_repeats(
    tmp_path_factory: pytest.TempPathFactory, rows: list[list[str]]
) -> None:
    """Row n repeats the first row equal to it, whichever way the rows are looked at."""
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows([["a", "b"], *rows])
    path = _write(tmp_path_factory.mktemp("rows"), text.getvalue().encode())
    expected = [rows.index(row) + 1 for row in rows]
    table = read_csv(path, IssueCollector(strict=False))
    in_blocks = [n for numbers, block in table.blocks() for n in table.first_rows(numbers, block)]
    assert in_blocks == expected
    issues = IssueCollector(strict=False)
    table = read_csv(path, issues)
    kept = [n for n, row in table if not table.is_duplicate(n, row)]
    assert kept == [n for n, first in enumerate(expected, start=1) if n == first]
    assert [i.row for i in issues.issues] == [
        n for n, first in enumerate(expected, start=1) if n != first
    ]


def test_one_issue_per_row_even_if_reported_twice() -> None:
    issues = IssueCollector(strict=False)
    issues.reject("f.csv", 1, "a", "x", "first")
    issues.reject("f.csv", 1, "b", "y", "second")
    assert len(issues.issues) == 1
    assert issues.rejected("f.csv") == 1
    assert issues.is_rejected(RowRef("f.csv", 1))


def count_rows(path: Path) -> int:
    """Data rows as the csv module sees them (blank lines are not rows)."""
    text = path.read_bytes().decode("utf-8-sig")
    delimiter = (
        ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    )
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return sum(1 for row in csv.reader(handle, delimiter=delimiter) if row) - 1


def test_count_rows_matches_the_readme(shared_data: Path) -> None:
    assert count_rows(shared_data / "olympics-com" / "olympic_medals.csv") == 21_697
    assert count_rows(shared_data / "kaggle-120" / "noc_regions.csv") == 230


def test_an_excluded_row_is_reported_once_and_never_stops_a_strict_read() -> None:
    issues = IssueCollector(strict=True)
    issues.exclude("m.csv", 4, "is_medallist", "False", "a reserve: not loaded")
    issues.exclude("m.csv", 4, "is_medallist", "False", "a reserve: not loaded")
    assert [(i.row, i.field, i.value) for i in issues.issues] == [(4, "is_medallist", "False")]
    assert issues.is_rejected(RowRef("m.csv", 4))
    assert issues.rejected("m.csv") == 1


# --- issue 14: a damaged row costs that row alone --------------------------------------


def test_a_stray_quote_costs_its_own_row_and_numbers_run_on(tmp_path: Path) -> None:
    """A quote left open ends with its line: the next line is the next row, as numbered."""
    lines = [f"n{i},{i}\n" for i in range(1, 600)]
    lines[99] = 'n100,"100\n'  # the stray quote
    issues = IssueCollector(strict=False)
    table = read_csv(_write(tmp_path, b"a,b\n" + "".join(lines).encode()), issues)
    rows = list(table)
    assert [n for n, _ in rows] == [n for n in range(1, 600) if n != 100]
    assert all(row == [f"n{n}", str(n)] for n, row in rows)
    (issue,) = issues.issues
    assert (issue.row, issue.field, issue.value) == (100, "b", "100")
    assert "not closed on its line" in issue.message


@pytest.mark.parametrize("where", [1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK])
def test_a_field_running_across_lines_is_two_rows_reported(tmp_path: Path, where: int) -> None:
    """No file read here has a field over two lines: such a field is a damaged row."""
    lines = [f"x{i},{i}\n" for i in range(1, 4 * CHUNK)]
    # The line after a field's first line is read as a row: here, a short one.
    lines[where - 1] = f'x{where},"{where}\nmore"\n'
    issues = IssueCollector(strict=False)
    table = read_csv(_write(tmp_path, b"a,b\n" + "".join(lines).encode()), issues)
    numbers = [n for n, _ in table]
    reported = {i.row for i in issues.issues if i.row is not None}
    assert sorted(reported | set(numbers)) == list(range(1, 4 * CHUNK + 1))
    assert [i.row for i in issues.issues] == [where, where + 1]
    assert table.rows_read == 4 * CHUNK


def test_a_huge_unclosed_field_costs_one_row(tmp_path: Path) -> None:
    big = "y" * 200_000
    data = f'a,b\nx,1\nx,"{big}\nx,3\n'.encode()
    issues = IssueCollector(strict=False)
    assert list(read_csv(_write(tmp_path, data), issues)) == [(1, ["x", "1"]), (3, ["x", "3"])]
    assert [i.row for i in issues.issues] == [2]


def test_strict_names_the_row_with_the_stray_quote(tmp_path: Path) -> None:
    data = b'a,b\nx,1\nx,"2\nx,3\n'
    with pytest.raises(DataError) as caught:
        list(read_csv(_write(tmp_path, data), IssueCollector(strict=True)))
    assert (caught.value.row, caught.value.field, caught.value.value) == (2, "b", "2")


def test_one_latin1_byte_is_read_in_its_row_and_the_rest_stays_utf8(tmp_path: Path) -> None:
    """A stray byte is that row's problem: the file's UTF-8 names stay as they are."""
    lines = ["Bjørn Dæhlie,1\n"] * 300
    data = ("name,n\n" + "".join(lines)).encode()
    at = data.index(b"Bj", 200 * 20)
    data = data[:at] + b"\xe6" + data[at:]
    issues = IssueCollector(strict=True)
    table = read_csv(_write(tmp_path, data), issues)
    rows = dict(table)
    assert table.encoding == "utf-8"
    assert len(rows) == 300
    (bad,) = [n for n, row in rows.items() if row[0] != "Bjørn Dæhlie"]
    assert rows[bad][0] == "æBjørn Dæhlie"
    (note,) = issues.issues
    assert note.row is None
    assert note.field == "encoding"
    assert f"row {bad} " in note.message
    assert "0xe6" in note.message


@pytest.mark.parametrize("stray", [b"", b"\xe6"], ids=["read-as-parsed", "held-whole"])
def test_a_bom_is_not_text_whichever_way_the_file_is_read(tmp_path: Path, stray: bytes) -> None:
    """A UTF-8 file is read again as it is parsed; one with a stray byte is held whole."""
    data = codecs.BOM_UTF8 + b"name,n\n" + stray + "Bjørn Dæhlie,1\n".encode()
    table = read_csv(_write(tmp_path, data), IssueCollector(strict=False))
    assert table.header == ("name", "n")
    assert [row[0] for _, row in table] == [stray.decode("cp1252") + "Bjørn Dæhlie"]


def test_a_duplicated_column_is_noted_and_strict_refuses_it(tmp_path: Path) -> None:
    path = _write(tmp_path, b"a,b,a\n1,2,3\n")
    issues = IssueCollector(strict=False)
    table = read_csv(path, issues, required=("a", "b"))
    assert list(table) == [(1, ["1", "2", "3"])]
    assert table.columns["a"] == 0
    (note,) = issues.issues
    assert (note.row, note.field, note.value) == (None, "a", "a")
    with pytest.raises(DataError) as caught:
        read_csv(path, IssueCollector(strict=True))
    assert (caught.value.row, caught.value.field) == (0, "a")


@pytest.mark.parametrize(
    "path", ["t\0.csv", b"t\0.csv", 3, None], ids=["nul", "b-nul", "int", "none"]
)
def test_a_path_that_is_no_path_is_a_data_error(path: object) -> None:
    with pytest.raises(DataError, match="path"):
        read_csv(path, IssueCollector(strict=False))  # type: ignore[arg-type]


def test_a_path_given_as_bytes_is_read(tmp_path: Path) -> None:
    path = bytes(_write(tmp_path, b"a\n1\n"))
    assert list(read_csv(path, IssueCollector(strict=True))) == [(1, ["1"])]  # type: ignore[arg-type]


def test_a_fifo_or_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "fifo.csv"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero")):
        with pytest.raises(DataError, match="not a regular file"):
            read_csv(path, IssueCollector(strict=False))


@pytest.mark.parametrize(
    ("text", "number"),
    [("12", 12), (" 7 ", 7), ("0", 0), ("", None), ("-1", None), ("²", None), ("1" * 5000, None)],
)
def test_whole_number_reads_only_small_ascii_whole_numbers(text: str, number: int | None) -> None:
    assert whole_number(text) == number


def test_a_cp1252_file_with_a_pair_that_looks_like_utf8_is_read_whole_as_cp1252(
    tmp_path: Path,
) -> None:
    # "Ã©" in cp1252 is the bytes of "é" in UTF-8; the file's other bytes decide.
    text = "name\nBjørn Dæhlie\nMarit Bjørgen\nÃ©\n"
    issues = IssueCollector(strict=False)
    table = read_csv(_write(tmp_path, text.encode("cp1252")), issues)
    assert [row[0] for _, row in table] == ["Bjørn Dæhlie", "Marit Bjørgen", "Ã©"]
    assert table.encoding == "cp1252"
