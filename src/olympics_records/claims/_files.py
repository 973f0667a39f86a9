"""Reading a claims file or a reported table as text: every failure is a DataError."""

from __future__ import annotations

import codecs
import stat
from pathlib import Path

from olympics_records.errors import DataError

__all__ = ["MAX_BYTES", "read_utf8"]

MAX_BYTES = 64 << 20
"""The largest file read (64 MiB): claims files and reported tables hold a few kB."""


def read_utf8(path: str | Path, *, first_row: int = 1) -> str:
    """The file's text, decoded as UTF-8 (a byte order mark is read past).

    Args:
        path: the file.
        first_row: the row number of the first line, for errors (``0`` for a CSV
            file, whose header is row 0).

    Raises:
        DataError: the file cannot be read (missing, a folder, a pipe or device, no
            permission, too large), or a byte is not UTF-8 (``row`` is its line).
    """
    where = str(path)
    try:
        # Checked before opening: opening a FIFO would wait for a writer.
        status = Path(path).stat()
        if not stat.S_ISREG(status.st_mode):
            what = "a folder" if stat.S_ISDIR(status.st_mode) else "not a regular file"
            raise DataError(f"cannot be read: {what}", source=where)
        if status.st_size > MAX_BYTES:
            raise DataError(
                f"cannot be read: {status.st_size:,} bytes, more than {MAX_BYTES:,}", source=where
            )
        with Path(path).open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except (OSError, ValueError) as err:  # ValueError: a NUL in the path
        if isinstance(err, DataError):
            raise
        reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        raise DataError(f"cannot be read: {reason}", source=where) from None
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start)
        start = data.rfind(b"\n", 0, err.start) + 1
        end = data.find(b"\n", err.start)
        text = data[start : end if end >= 0 else len(data)]
        raise DataError(
            f"byte {data[err.start]:#04x} on line {line + 1} is not UTF-8; save the file as UTF-8",
            source=where,
            row=line + first_row,
            value=text.decode("utf-8", "backslashreplace")[:200],
        ) from None
