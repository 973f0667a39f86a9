"""Reading CSV files: encodings, delimiters, line endings, row accounting."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from olympics_records import DataError
from olympics_records.datasets._csv import CHUNK, IssueCollector, RowRef, not_utf8_at, read_csv


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
