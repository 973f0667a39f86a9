r"""Reading the CSV files of public data: tolerant input, numbered rows, issues collected.

Public data files come in every flavour: UTF-8 with or without a byte-order mark,
Windows-1252, ``,`` or ``;`` between fields, ``\n``, ``\r\n`` or a bare ``\r`` at
line ends (mixed, even), and a truncated last line. :func:`read_csv` reads all of them
in one pass with the :mod:`csv` module and numbers the data rows from 1 (the header
is row 0; blank lines are not rows).

One physical line is one row: no file read here has a field that runs over two
lines, so a quote left open (a stray ``"``) costs its own line, which is reported,
and the next line is the next row, numbered as it would have been. A byte that is
not UTF-8 in a UTF-8 file is that row's problem too: it is read as cp1252 and noted
with its row; the rest of the file stays UTF-8.

Row accounting: every data row is either *loaded* or *reported*, never both and never
neither. A reported row has exactly one :class:`~olympics_records.errors.Issue` with
its ``row`` number; issues with ``row=None`` are notes about a whole file (an encoding
fallback, a count of rows loaded with a caveat) and do not stand for a row.
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import itertools
import os
import re
import stat
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, BinaryIO, NamedTuple

from olympics_records import nocs
from olympics_records.errors import DataError, Issue

__all__ = [
    "CHUNK",
    "SPREADSHEET_ERROR",
    "CsvTable",
    "IssueCollector",
    "Reread",
    "RowRef",
    "file_beside",
    "file_in",
    "local_path",
    "not_utf8_at",
    "read_csv",
    "row_key",
    "whole_number",
]

CHUNK = 256
"""Rows parsed at a time: enough for the C iterators to pay, few enough that a chunk's
rows are still in the CPU's caches when the reader works on them (256 read the
olympics.com medals about 2% faster than 4,096)."""

_SEP = "\n"
row_key = _SEP.join
"""What two rows that repeat each other exactly, and no others, have alike: their
fields joined by a line break. A row the table yields is one line of its file, so no
field holds a line break (a field running on to the next line is reported, not
yielded: see :meth:`CsvTable.blocks`), and the join is another row's only if the
fields are. One string per row, not a tuple that would keep every field of every row
alive until the file is read: a full olympics.com read peaked 95 MiB higher that
way, with 2.4 million strings to free at the end."""


_DIGITS = 9
"""The most digits a count, rank or year of these files can need: a longer number is
no value (and ``int()`` refuses one of over 4,300 digits with its own error)."""

SPREADSHEET_ERROR = re.compile(r"#(?:NAME\?|VALUE!|REF!|N/A|DIV/0!|NUM!|NULL!)\Z")
"""A cell a spreadsheet wrote its error into (``#NAME?``, ``#VALUE!`` ...): no value."""


class RowRef(NamedTuple):
    """One data row of one file (a named tuple: readers make one per row)."""

    source: str
    """The file name."""
    row: int
    """The 1-based data row."""


class IssueCollector:
    """Collects data-quality issues; in strict mode, raises at the first problem.

    ``reject`` stands for a row that is not loaded (one issue per row, always with
    the row number); ``duplicate`` for an exact repeat of an earlier row, which loses
    nothing and so never stops a strict read; ``note`` is about a whole file and never
    stops a strict read either.

    Example:
        >>> issues = IssueCollector(strict=False)
        >>> issues.reject("m.csv", 3, "medal", "PLATINUM", "not a medal")
        >>> issues.rejected("m.csv")
        1
        >>> IssueCollector(strict=True).reject("m.csv", 3, "medal", "X", "not a medal")
        Traceback (most recent call last):
        ...
        olympics_records.errors.DataError: m.csv, row 3, field 'medal', value 'X': not a medal
    """

    def __init__(self, *, strict: bool) -> None:
        self.strict = strict
        self.issues: list[Issue] = []
        self._rejected: set[RowRef] = set()

    def reject(
        self, source: str, row: int, field: str | None, value: str | None, message: str
    ) -> None:
        """Report a row that will not be loaded (strict mode: raise :class:`DataError`)."""
        ref = RowRef(source, row)
        if ref in self._rejected:
            return
        issue = Issue(source=source, row=row, field=field, value=value, message=message)
        if self.strict:
            raise DataError.from_issue(issue)
        self._rejected.add(ref)
        self.issues.append(issue)

    def duplicate(self, source: str, row: int, first: int) -> None:
        """Report an exact repeat of row ``first``: loaded once, so strict mode goes on."""
        ref = RowRef(source, row)
        if ref not in self._rejected:
            self._rejected.add(ref)
            self.issues.append(
                Issue(source, row, None, None, f"exact duplicate of row {first}: loaded once")
            )

    def exclude(
        self, source: str, row: int, field: str | None, value: str | None, message: str
    ) -> None:
        """Report a row a reader leaves out by a rule it documents: the row is no result.

        Like a duplicate, it loses nothing the History should hold, so strict mode goes
        on; unlike a note, it stands for its row.
        """
        ref = RowRef(source, row)
        if ref not in self._rejected:
            self._rejected.add(ref)
            self.issues.append(Issue(source, row, field, value, message))

    def note(
        self, source: str, message: str, *, field: str | None = None, value: str | None = None
    ) -> None:
        """Record a remark about a whole file; it stands for no row and never raises."""
        self.issues.append(
            Issue(source=source, row=None, field=field, value=value, message=message)
        )

    def is_rejected(self, ref: RowRef) -> bool:
        """Whether ``ref`` has been reported."""
        return ref in self._rejected

    def rejected(self, source: str) -> int:
        """How many rows of ``source`` have been reported."""
        return sum(1 for ref in self._rejected if ref.source == source)


class CsvTable:
    """One CSV file opened for a single pass: its header, then its numbered rows.

    Rows whose field count differs from the header's are reported (a truncated row,
    most often the last line of a cut file) and not yielded.
    """

    def __init__(
        self,
        path: str,
        issues: IssueCollector,
        *,
        required: tuple[str, ...] = (),
        header_only: bool = False,
    ) -> None:
        self.path = path
        self.source = os.path.basename(path)
        self.issues = issues
        self.encoding, stream, self._odd_bytes = _decode(path, issues, header_only=header_only)
        self._odd_lines = sorted(self._odd_bytes)
        # The text is decoded as it is read rather than held whole: a StringIO of it
        # would take four bytes a character. A byte that is not UTF-8 is read as
        # cp1252 (only a file found to be UTF-8 with a few such bytes has any: see
        # _decode); its row is noted.
        self._lines: Iterator[str] = io.TextIOWrapper(
            stream, encoding=self.encoding, errors=_AS_CP1252, newline=""
        )
        try:
            line = next(self._lines)
        except StopIteration:
            raise DataError("the file is empty: no header row", source=self.source) from None
        # ";" and "," are one character, and one byte, in every encoding read here.
        self.delimiter = ";" if line.count(";") > line.count(",") else ","
        try:
            header = next(self._parse((line,)), [])
        except csv.Error as err:
            # Without a header no row can be read: a file-level error, even when lenient.
            raise DataError(
                f"the header row is not valid CSV: {_problem(err)}", source=self.source, row=0
            ) from None
        self.header: tuple[str, ...] = tuple(name.strip() for name in header)
        self.columns: dict[str, int] = {}
        for i, name in enumerate(self.header):
            self.columns.setdefault(name, i)
        missing = [name for name in required if name not in self.columns]
        if missing:
            raise DataError(
                f"missing column(s) {', '.join(missing)}; the header is {', '.join(self.header)}",
                source=self.source,
                row=0,
                field=missing[0],
            )
        if len(self.columns) < len(self.header):
            for i, name in enumerate(self.header):
                if name and self.columns[name] != i:
                    self._two_columns(name, self.columns[name], i)
        if 0 in self._odd_bytes:
            self._note_odd(0, line, self._odd_bytes[0])
        if header_only:
            self._lines = iter(())
        self._line = 1  # physical lines taken from the file, the header's included
        self._seen: dict[str, int] = {}
        self.rows_read = 0
        """How many data rows have been read so far (blank lines are not rows)."""

    def _two_columns(self, name: str, first: int, again: int) -> None:
        message = (
            f"the header names column {name!r} twice (columns {first + 1} and {again + 1}): "
            "which one holds the values cannot be told; the first is read"
        )
        if self.issues.strict:
            raise DataError(message, source=self.source, row=0, field=name, value=name)
        self.note(message, field=name, value=name)

    def _parse(self, lines: Iterable[str]) -> Iterator[list[str]]:
        # strict: a quote left open at the end of the lines is an error, not a field.
        return csv.reader(lines, delimiter=self.delimiter, strict=True)

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        # Rows are parsed a chunk at a time and handed on by C iterators (chain, zip):
        # a clean chunk costs no Python code per row.
        return itertools.chain.from_iterable(itertools.starmap(zip, self.blocks()))

    def blocks(self) -> Iterator[tuple[Sequence[int], list[list[str]]]]:
        """The rows in blocks: each block's row numbers and rows, in file order.

        A block is a chunk of the file's lines, each of which is one row with as many
        fields as the header, so a reader may work on it column by column. A chunk
        with a line to report (a truncated or malformed row, a quote left open, a
        noted byte; a blank line, which is no row) comes line by line in blocks of
        one row: every report then comes after the rows before it were worked on,
        as strict mode needs.
        """
        width = len(self.header)
        lines = self._lines
        odd = self._odd_lines
        while True:
            chunk_lines = list(itertools.islice(lines, CHUNK))
            if not chunk_lines:
                return
            first = self._line
            self._line += len(chunk_lines)
            parsed = self._parse(chunk_lines)
            try:
                chunk = list(parsed)
            except csv.Error:
                chunk = []
            # A record over several lines shows as fewer records than lines.
            if (
                len(chunk) == len(chunk_lines)
                and min(map(len, chunk)) == width == max(map(len, chunk))
                and not (odd and bisect_left(odd, first) != bisect_left(odd, self._line))
            ):
                yield range(self.rows_read + 1, self.rows_read + 1 + len(chunk)), chunk
                self.rows_read += len(chunk)
            else:
                for number, row in self._rows_of(chunk_lines, first, width):
                    yield (number,), [row]

    def _rows_of(self, lines: list[str], first: int, width: int) -> Iterator[tuple[int, list[str]]]:
        """Parse, number, check and yield the rows of ``lines`` one at a time."""
        odd = self._odd_bytes
        for index, line in enumerate(lines, first):
            try:
                row = next(self._parse((line,)), [])
            except csv.Error as err:
                self.rows_read += 1
                self._report_malformed(self.rows_read, line, err, last=index == self._line - 1)
                if index in odd:
                    self._note_odd(self.rows_read, line, odd[index])
                continue
            if not row:
                continue
            self.rows_read += 1
            number = self.rows_read
            if index in odd:
                self._note_odd(number, line, odd[index])
            if len(row) != width:
                problem = "truncated" if len(row) < width else "has extra fields"
                self.issues.reject(
                    self.source,
                    number,
                    self.header[min(len(row), width) - 1],
                    self.delimiter.join(row)[-80:],
                    f"row {problem}: {len(row)} fields where the header has {width}",
                )
                continue
            yield number, row

    def _report_malformed(self, number: int, line: str, err: csv.Error, *, last: bool) -> None:
        problem = _problem(err)
        field = value = None
        if "end of data" in problem:
            # The quote left open is in the last field the lax parser finds.
            cells = next(csv.reader((line,), delimiter=self.delimiter), [""])
            field = self.header[min(len(cells), len(self.header)) - 1]
            value = cells[-1].rstrip("\r\n")[:80]
            if last and not line.endswith(("\n", "\r")):
                problem = "truncated: the file ends inside a quoted field"
            else:
                problem = (
                    "a quoted field is not closed on its line (a stray quote?); "
                    "the next line is read as the next row"
                )
        self.issues.reject(self.source, number, field, value, f"malformed row: {problem}")

    def _note_odd(self, number: int, line: str, byte: int) -> None:
        """Note that row ``number`` had bytes that are not UTF-8, read as cp1252."""
        self.note(
            f"row {number} is not UTF-8 (byte {byte:#04x}): its bytes that are not were "
            "read as cp1252, the rest of the file as UTF-8",
            field="encoding",
            value=line.rstrip("\r\n")[:80],
        )

    def reject(self, row: int, field: str | None, value: str | None, message: str) -> None:
        """Report ``row`` of this file as not loaded."""
        self.issues.reject(self.source, row, field, value, message)

    def is_duplicate(self, row: int, values: list[str]) -> bool:
        """Whether ``values`` repeat an earlier row exactly (then it is reported)."""
        first = self._seen.setdefault(row_key(values), row)
        if first == row:
            return False
        self.duplicate(row, first)
        return True

    def first_rows(self, numbers: Sequence[int], rows: list[list[str]]) -> list[int]:
        """For each of a block's rows, the number of the first row equal to it.

        A row's own number means it repeats no earlier row; any other is a repeat,
        which the reader reports with :meth:`duplicate` when it comes to it (as
        :meth:`is_duplicate` would). One pass in C for the whole block.
        """
        return list(map(self._seen.setdefault, map(row_key, rows), numbers))

    def duplicate(self, row: int, first: int) -> None:
        """Report ``row`` as an exact repeat of row ``first`` (see :meth:`first_rows`)."""
        self.issues.duplicate(self.source, row, first)

    def note(self, message: str, *, field: str | None = None, value: str | None = None) -> None:
        """Record a remark about this file."""
        self.issues.note(self.source, message, field=field, value=value)

    def note_unknown_nocs(self, codes: Iterable[str], *, field: str) -> None:
        """Note the NOC codes loaded from this file that the NOC registry does not know."""
        unknown = sorted({code for code in codes if not nocs.is_known(code)})
        if unknown:
            self.note(
                f"{len(unknown)} NOC codes are not in the NOC registry (loaded with the "
                "file's names; no lineage): " + ", ".join(unknown),
                field=field,
                value=", ".join(unknown),
            )


def read_csv(
    path: str | os.PathLike[str],
    issues: IssueCollector,
    *,
    required: tuple[str, ...] = (),
    header_only: bool = False,
) -> CsvTable:
    r"""Open a CSV file whatever its encoding, delimiter and line endings.

    Args:
        path: the file.
        issues: where problems go; a non-UTF-8 file is noted, not rejected.
        required: columns the file must have.
        header_only: read the header line alone, for a file that is only noted: the
            table then has no rows, and its encoding is judged by the header.

    Raises:
        DataError: the file is empty or lacks a required column.

    Example:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (d / "t.csv").write_bytes(b"\xef\xbb\xbfa;b\rx;1\r\ny;2\nz")
        >>> issues = IssueCollector(strict=False)
        >>> table = read_csv(d / "t.csv", issues, required=("a", "b"))
        >>> table.header, table.delimiter, list(table)
        (('a', 'b'), ';', [(1, ['x', '1']), (2, ['y', '2'])])
        >>> table.rows_read, [str(i) for i in issues.issues]
        (3, ["t.csv, row 3, field 'a', value 'z': row truncated: 1 fields where the header has 2"])
        >>> head = read_csv(d / "t.csv", issues, header_only=True)
        >>> head.header, list(head)
        (('a', 'b'), [])
    """
    # os.path, not pathlib: importing pathlib costs every cold run ~3 ms.
    return CsvTable(local_path(path), issues, required=required, header_only=header_only)


def file_beside(path: str | os.PathLike[str], name: str) -> str | None:
    """The file ``name`` in the folder ``path``, if ``path`` is a folder that holds it.

    Example:
        >>> import tempfile
        >>> file_beside(tempfile.mkdtemp(), "noc_regions.csv") is None
        True
    """
    path = local_path(path)
    file = os.path.join(path, name)
    return file if os.path.isdir(path) and os.path.isfile(file) else None


def file_in(path: str | os.PathLike[str], name: str, what: str) -> str:
    r"""``path`` itself, or the file ``name`` in it if ``path`` is a folder.

    Readers take the data set's folder or its file alike, wherever that is
    unambiguous: a folder must hold ``name``.

    Raises:
        DataError: ``path`` is a folder without ``name`` (``what`` says what it is).

    Example:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (d / "medals.csv").write_text("a\n")
        >>> file_in(d, "medals.csv", "the medals file") == str(d / "medals.csv")
        True
        >>> file_in(d / "medals.csv", "medals.csv", "the medals file") == str(d / "medals.csv")
        True
        >>> file_in(d, "other.csv", "the tally")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        olympics_records.errors.DataError: ...: the folder holds no other.csv (the tally); it ...
    """
    path = local_path(path)
    if not os.path.isdir(path):
        return path
    file = os.path.join(path, name)
    if os.path.isfile(file):
        return file
    held = sorted(os.listdir(path))
    holds = (
        f"it holds {', '.join(held[:8])}{' …' if len(held) > 8 else ''}" if held else "it is empty"
    )
    raise DataError(f"the folder holds no {name} ({what}); {holds}", source=path)


def local_path(path: object) -> str:
    r"""``path`` as a ``str`` the readers can open, or a :class:`DataError` saying why not.

    Bytes are decoded as the file system does (:func:`os.fsdecode`); a path with a NUL
    character, or a value that is no path at all, is refused.

    Example:
        >>> local_path(b"data/medals.csv")
        'data/medals.csv'
        >>> local_path("medals.csv" + chr(0))
        Traceback (most recent call last):
        ...
        olympics_records.errors.DataError: 'medals.csv\x00': the path contains a NUL character
    """
    if not isinstance(path, (str, bytes, os.PathLike)):
        raise DataError(f"a path must be a str or os.PathLike, not {type(path).__name__}")
    try:
        text = os.fsdecode(path)
    except (TypeError, UnicodeDecodeError) as err:
        raise DataError(f"the path cannot be read as a file name: {err}") from None
    if "\0" in text:
        raise DataError("the path contains a NUL character", source=repr(text))
    return text


def whole_number(text: str) -> int | None:
    """``text`` as a whole number of ASCII digits (spaces around allowed), or ``None``.

    Counts, ranks and years have a few digits: a number longer than nine is no value
    (``int()`` itself refuses one of over 4,300 digits, with an error of its own).

    Example:
        >>> whole_number(" 12"), whole_number("²"), whole_number("-1"), whole_number("9" * 5000)
        (12, None, None, None)
    """
    text = text.strip()
    # isdigit() alone lets "²" through, which int() refuses.
    if text.isascii() and text.isdigit() and len(text) <= _DIGITS:
        return int(text)
    return None


_AS_CP1252 = "olympics_records.cp1252"
"""The decoding error handler that reads a byte a codec refuses as cp1252 would."""

_CP1252 = "".join(
    bytes([b]).decode("cp1252", "ignore") or chr(b)  # latin-1 where cp1252 has no character
    for b in range(256)
)


def _as_cp1252(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return "".join(_CP1252[b] for b in err.object[err.start : err.end]), err.end


codecs.register_error(_AS_CP1252, _as_cp1252)

_BREAK = re.compile(r"\r\n?|\n")
_UTF8_TEXT = "[\x80-\ud7ff\ue000-\U0010ffff]"
"""A character that only a UTF-8 file could give (a surrogate stands for a bad byte).
A pattern, compiled (by ``re``'s own cache) only for a file that is not all UTF-8:
compiling it costs every import 3 ms."""
_BAD_BYTE = re.compile("[\udc80-\udcff]")

_HEAD = 1 << 16  # bytes read at a time for a header alone
_SLICE = 1 << 16  # bytes decoded at a time to learn whether a file is UTF-8


def not_utf8_at(body: memoryview, size: int = _SLICE) -> int | None:
    r"""The offset of the first byte of ``body`` that is not UTF-8, or ``None``.

    The bytes are decoded ``size`` at a time and each piece's text is dropped at once:
    about three times faster than one text of a whole file (only the csv reader needs
    the text, and makes it as it goes).

    Example:
        >>> not_utf8_at(memoryview("Dæhlie".encode())), not_utf8_at(memoryview(b"D\xe6hlie"))
        (None, 1)
    """
    return _not_utf8_in(body[offset : offset + size] for offset in range(0, len(body), size))


def _not_utf8_in(pieces: Iterable[bytes | memoryview]) -> int | None:
    """The offset of the first byte of the pieces, one after the other, that is not UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    # An error's start counts from the bytes the decoder held back from the piece
    # before (the start of a character cut by the piece's end), then the piece.
    offset = 0
    for piece in pieces:
        held = len(decoder.getstate()[0])
        try:
            decoder.decode(piece)
        except UnicodeDecodeError as err:
            return offset - held + err.start
        offset += len(piece)
    held = len(decoder.getstate()[0])
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as err:
        return offset - held + err.start
    return None


def _text_start(head: bytes) -> int:
    """Where the text of a file beginning with ``head`` starts: after a UTF-8 BOM."""
    return len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0


def _decode(
    path: str, issues: IssueCollector, *, header_only: bool = False
) -> tuple[str, BinaryIO, dict[int, int]]:
    """The file's encoding, its bytes from where its text starts (after a BOM), and odd lines.

    A UTF-8 file with a few bytes that are not UTF-8 stays UTF-8: the odd lines are
    given by index (the header is line 0) with the first such byte of each, for the
    reader to note with the row. A file with more such bytes than UTF-8 characters
    beyond ASCII is read whole as cp1252 (or latin-1), with a note about the file.

    A file that is all UTF-8, as nearly every file is, is checked a slice at a time
    and then read again as the rows are parsed (:class:`Reread`): its bytes are never
    held whole, which would add the file's size to the peak memory of every read.
    The others are held whole, to be searched for their odd bytes.

    With ``header_only``, the bytes are the file's up to the end of its first line
    (a line ending inside a quoted name ends it too: the header is then malformed).
    """
    name = os.path.basename(path)
    try:
        # A FIFO would block open() and a device never end: only regular files are read.
        kind = os.stat(path).st_mode
        if not stat.S_ISREG(kind):
            what = "a folder" if stat.S_ISDIR(kind) else "a FIFO, device or socket"
            raise DataError(f"not a regular file ({what}): nothing to read", source=path)
        with open(path, "rb") as file:
            if header_only:
                data = b""
                while not (b"\n" in data or b"\r" in data):
                    more = file.read(_HEAD)
                    if not more:
                        break
                    data += more
                ends = [i for i in (data.find(b"\n"), data.find(b"\r")) if i >= 0]
                data = data[: min(ends) + 1] if ends else data
            else:
                checked = os.fstat(file.fileno())
                start = _text_start(file.read(len(codecs.BOM_UTF8)))
                file.seek(start)
                if _not_utf8_in(iter(functools.partial(file.read, _SLICE), b"")) is None:
                    return "utf-8", io.BufferedReader(Reread(path, start, checked)), {}
                file.seek(0)
                data = file.read()
    except OSError as err:
        raise DataError(f"cannot read the file: {err.strerror}", source=path) from None
    except MemoryError:
        raise DataError("the file is too large to read into memory", source=path) from None
    start = _text_start(data)
    body = memoryview(data)[start:]
    stream = io.BytesIO(data)  # the bytes are shared, not copied
    stream.seek(start)
    bad = not_utf8_at(body)
    if bad is None:
        return "utf-8", stream, {}
    text = str(body, "utf-8", "surrogateescape")
    # UTF-8 with a few stray bytes, or a legacy file where a pair of bytes happens to
    # make a UTF-8 character: the more common kind of character decides.
    if len(re.findall(_UTF8_TEXT, text)) > len(_BAD_BYTE.findall(text)):
        breaks = [found.end() for found in _BREAK.finditer(text)]
        odd: dict[int, int] = {}
        for found in _BAD_BYTE.finditer(text):
            at = found.start()
            odd.setdefault(bisect_left(breaks, at + 1), ord(text[at]) - 0xDC00)
        return "utf-8", stream, odd
    for encoding in ("cp1252", "latin-1"):
        try:
            str(body, encoding)
        except UnicodeDecodeError:
            continue
        issues.note(
            name,
            f"not UTF-8 (byte {body[bad]:#04x} at offset {bad}); read as {encoding}",
            field="encoding",
            value=encoding,
        )
        return encoding, stream, {}
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


class Reread(io.RawIOBase):
    """A file's bytes from ``start``, read again as a reader asks for them.

    The file is opened at the first read and closed at its end, or when the reader
    lets go of it early (a strict read that stops at a bad row): the text wrapper
    closes this, and this closes the file, so no file is left open. A file that has
    changed since it was checked (its size or time of change) is not read.
    """

    def __init__(self, path: str, start: int, checked: os.stat_result) -> None:
        super().__init__()
        self._path = path
        self._start = start
        self._checked = (checked.st_size, checked.st_mtime_ns)
        self._file: io.BufferedReader | None = None
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._done:
            return 0
        if self._file is None:
            try:
                self._file = open(self._path, "rb")  # noqa: SIM115 - closed by close()
                now = os.fstat(self._file.fileno())
            except OSError as err:
                self._release()
                raise DataError(
                    f"cannot read the file: {err.strerror}", source=self._path
                ) from None
            if (now.st_size, now.st_mtime_ns) != self._checked:
                self._release()
                raise DataError("the file changed while it was read", source=self._path)
            self._file.seek(self._start)
        count = self._file.readinto(buffer)
        if not count:
            self._release()  # the end: the file is closed, the stream stays readable
        return count

    def _release(self) -> None:
        self._done = True
        if self._file is not None:
            self._file.close()

    def close(self) -> None:
        self._release()
        super().close()


def _problem(err: csv.Error) -> str:
    return str(err)
