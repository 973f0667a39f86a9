"""Limits on one download: an overall deadline, a size cap, and the mode of cached files.

:mod:`olympics_records.datasets._fetch` hands pooch's downloader a :class:`Sink`
instead of a file name, and the ``requests`` hook of a :class:`Deadline`: the bytes
are counted as they arrive, and a transfer that outlasts the deadline is stopped
however slowly its bytes trickle in (requests' timeout is per read, and a server
sending one byte a second never trips it).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from olympics_records.errors import DataError

__all__ = [
    "DEADLINE",
    "MAX_BYTES",
    "Deadline",
    "Sink",
    "TooLargeError",
    "TooSlowError",
    "extract",
    "shareable",
]

DEADLINE = 30 * 60.0
"""Seconds one file may take to download, whatever the pace of its bytes."""

MAX_BYTES = 1 << 30
"""The most bytes taken from a server for a file whose size the registry does not pin."""

_CHUNK = 1 << 16


class TooLargeError(Exception):
    """The server sent more bytes than the file can have."""


class TooSlowError(Exception):
    """The download outlasted its deadline."""


class Deadline:
    """A clock for one download; as a ``requests`` response hook, it paces the reads.

    requests reads a body in chunks that each wait until they are full, so a server
    sending one byte a second holds one chunk for 18 hours. The hook has the body read
    as the bytes come (``read1``: at most one read of the socket per step, each bound
    by the per-read timeout) and checks the clock at every step.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.expired = False
        self.responses: list[Any] = []

    def check(self) -> None:
        if time.monotonic() > self.end:
            self.expired = True
            raise TooSlowError

    def hook(self, response: Any, *args: object, **kwargs: object) -> Any:
        """The ``requests`` response hook: read the body through :class:`_Paced`."""
        response.raw = _Paced(response.raw, self)
        self.responses.append(response)
        return response

    def close(self) -> None:
        """Release every response: pooch leaves one open when the download fails."""
        for response in self.responses:
            response.close()


class _Paced:
    """A urllib3 response whose ``stream`` reads as bytes arrive, watching the clock."""

    def __init__(self, raw: Any, deadline: Deadline) -> None:
        self._raw = raw
        self._deadline = deadline

    def stream(self, amt: int, decode_content: bool | None = None) -> Iterator[bytes]:
        read1 = getattr(self._raw, "read1", None)
        while True:
            self._deadline.check()
            if read1 is not None:
                data = read1(amt, decode_content=decode_content)
            else:  # urllib3 1.26: no read1; a full chunk, checked after
                data = self._raw.read(amt, decode_content=decode_content)
            if not data:
                return
            yield data

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)


class Sink:
    """A file that takes at most ``limit`` bytes, and only until the deadline."""

    def __init__(self, stream: IO[bytes], limit: int, deadline: Deadline) -> None:
        self.stream = stream
        self.limit = limit
        self.deadline = deadline
        self.written = 0

    def write(self, data: bytes) -> int:
        self.deadline.check()
        self.written += len(data)
        if self.written > self.limit:
            raise TooLargeError
        return self.stream.write(data)

    def flush(self) -> None:
        self.stream.flush()


def extract(archive: Path, member: str, out: Path, url: str, limit: int) -> None:
    """Copy ``member`` of the zip to ``out``, stopping past ``limit`` bytes."""
    import zipfile  # noqa: PLC0415 - a warm cache never needs it

    try:
        with (
            zipfile.ZipFile(archive) as zipped,
            zipped.open(member) as source,
            out.open("wb") as sink,
        ):
            written = 0
            for chunk in iter(lambda: source.read(_CHUNK), b""):
                written += len(chunk)
                if written > limit:
                    raise DataError(
                        f"cannot extract {member!r}: more than the {limit:,} bytes it has",
                        source=url,
                    )
                sink.write(chunk)
    except (KeyError, zipfile.BadZipFile) as exc:
        raise DataError(f"cannot extract {member!r}: {exc}", source=url) from exc


def shareable(path: Path) -> None:
    """Give a new cache file the mode a plain ``open`` would: 0666 less the umask.

    ``tempfile`` creates files 0600; renamed into a shared cache, they would lock
    every other user out.
    """
    if os.name != "posix":
        return
    mask = os.umask(0o022)  # the only portable way to read the umask is to set it
    os.umask(mask)
    path.chmod(0o666 & ~mask)
