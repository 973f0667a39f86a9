"""The snapshot of ``load("all")``: the merged History kept in the cache, read back fast.

Building the record book takes seconds (every source read and merged); a restarted
notebook should not pay for it again. The first ``load("all")`` writes the History it
built to ``<cache>/snapshots/all.snapshot``; the next one, in any process, reads it
instead, if it was built from the very same inputs.

**The key.** A snapshot holds the key of what it was built from: the snapshot format,
the library version, a fingerprint of the library's own code and bundled data (a
development checkout changes without a new version), and the sha256 of every source
file (and the presence of optional ones). A snapshot whose key differs from the
current one is *stale* and is never answered from.

**The file.** Four parts, one a line: ``olympics-records snapshot``, the key as JSON,
the History as JSON, and the sha256 (hex) of everything before it. JSON is read with
:func:`json.loads` and nothing else: reading a snapshot cannot run code, whatever it
holds. The checksum is verified before anything is parsed, so a damaged or truncated
file is rebuilt, not read. Then every column is checked for its type and range before
a value is made: a file of the right checksum but the wrong shape is rebuilt too.
(The checksum detects damage, not forgery: someone who can write to the cache can
change what ``load("all")`` answers, as they could by editing the snapshot's sources
in a cache without pins.)

**The body** is columnar: each string is written once in a table and referred to by
its position; events, athletes and entries are columns of those positions and of small
codes (enums, dates as ordinals, 0 for ``None``). The values are made with the
engine's unchecked constructors, the collector paused: the History they describe was
checked when it was built, and the checks above make sure each field is of its type.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import stat
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from olympics_records._engine.construct import (
    unchecked,
    unchecked_athlete,
    unchecked_entry,
    unchecked_event,
)
from olympics_records._engine.gc import paused_gc
from olympics_records._engine.index import checked_history
from olympics_records._version import __version__
from olympics_records.datasets._fetch import SNAPSHOTS, os_cache_dir, temporary
from olympics_records.errors import Issue
from olympics_records.history import History
from olympics_records.model import (
    MAX_YEAR,
    MIN_YEAR,
    Correction,
    Coverage,
    EventKind,
    Games,
    Gender,
    Medal,
    Noc,
    Season,
)

__all__ = [
    "ENV_VAR",
    "FORMAT",
    "SnapshotWarning",
    "code_fingerprint",
    "decode",
    "encode",
    "read_snapshot",
    "snapshot_key",
    "snapshot_path",
    "want_snapshot",
    "write_snapshot",
]

FORMAT = 1
"""The version of the snapshot layout this release writes and reads."""

ENV_VAR = "OLYMPICS_RECORDS_SNAPSHOT"
"""Set to ``0`` (or ``no``, ``off``, ``false``) to neither read nor write snapshots."""


_MAGIC = b"olympics-records snapshot\n"
_DIGEST = 64  # hex digits of a sha256
_OFF = frozenset({"0", "no", "off", "false"})
_ABSENT = object()

# The codes of the columns: a position in these tuples (0 is None where it may be).
_GENDERS = (Gender.MEN, Gender.WOMEN, Gender.MIXED, Gender.OPEN)
_KINDS = (EventKind.INDIVIDUAL, EventKind.TEAM)
_MEDALS = (None, Medal.GOLD, Medal.SILVER, Medal.BRONZE)
_SEXES = (None, "M", "F")
_FIRST_DAY = dt.date(MIN_YEAR, 1, 1).toordinal()
_LAST_DAY = dt.date(MAX_YEAR, 12, 31).toordinal()


class SnapshotWarning(UserWarning):
    """A snapshot could not be used (stale, damaged, foreign) or written; nothing is lost.

    ``load("all")`` then builds the History from the sources, as without a snapshot,
    and says why in this warning.

    Example:
        >>> issubclass(SnapshotWarning, UserWarning)
        True
    """


def want_snapshot(snapshot: bool | None) -> bool:
    """Whether to use snapshots: as asked, else unless ``OLYMPICS_RECORDS_SNAPSHOT`` is off.

    Example:
        >>> want_snapshot(False)
        False
    """
    if snapshot is not None:
        return snapshot
    return os.environ.get(ENV_VAR, "").strip().lower() not in _OFF


def snapshot_path(root: Path, name: str) -> Path:
    """Where the snapshot of data set ``name`` lives in the cache at ``root``.

    A cache folder its owner made read-only (a shared copy of the data, say) is not
    written to, even by a user whom permissions would not stop: the snapshot goes to
    the OS's cache folder instead.

    Example:
        >>> import pathlib, tempfile
        >>> root = pathlib.Path(tempfile.mkdtemp())
        >>> snapshot_path(root, "all") == root / "snapshots" / "all.snapshot"
        True
    """
    try:
        read_only = not root.stat().st_mode & stat.S_IWUSR
    except OSError:
        read_only = False  # not there yet: made with the first download
    return (os_cache_dir() if read_only else root) / SNAPSHOTS / f"{name}.snapshot"


@functools.cache
def code_fingerprint() -> str:
    """The sha256 of the library's modules and bundled data, computed once per process.

    A development checkout changes its code without changing its version: a merger
    fixed since the snapshot was written must not be answered from it.
    """
    package = Path(__file__).resolve().parents[1]
    sha = hashlib.sha256()
    try:
        files = sorted(
            (path.relative_to(package).as_posix(), path)
            for path in package.rglob("*")
            if path.suffix in (".py", ".json") and path.is_file()
        )
        for relative, path in files:
            content = path.read_bytes()
            sha.update(f"{relative}\0{len(content)}\0".encode())
            sha.update(content)
    except OSError:
        # Installed where its files cannot be read (a zip): the version keys alone.
        return "unreadable"
    return sha.hexdigest()


def snapshot_key(name: str, sources: Mapping[str, str | None]) -> dict[str, Any]:
    """What a snapshot of ``name`` built now from ``sources`` (path: sha256) depends on.

    Example:
        >>> key = snapshot_key("all", {"a.csv": "0" * 64})
        >>> key["format"], key["sources"]
        (1, {'a.csv': '0000000000000000000000000000000000000000000000000000000000000000'})
    """
    return {
        "format": FORMAT,
        "name": name,
        "library": __version__,
        "code": code_fingerprint(),
        "sources": dict(sorted(sources.items())),
    }


# --- the file -----------------------------------------------------------------------


def write_snapshot(path: Path, history: History, key: Mapping[str, Any]) -> None:
    """Write ``history`` and its ``key`` to ``path``, atomically; warn if it cannot be.

    A failed write loses nothing: the next load builds the History again.
    """
    if _linked(path):
        warnings.warn(
            f"not writing the snapshot {path}: the cache follows no symbolic link",
            SnapshotWarning,
            stacklevel=4,
        )
        return
    try:
        with paused_gc():  # many small lists, all kept until written
            body = encode(history)
        data = _MAGIC + _dumps(dict(key)) + b"\n" + _dumps(body) + b"\n"
        data += hashlib.sha256(data).hexdigest().encode("ascii") + b"\n"
        path.parent.mkdir(parents=True, exist_ok=True)
        with temporary(path) as part:
            part.write_bytes(data)
            part.replace(path)
    except (OSError, ValueError) as err:
        warnings.warn(
            f"could not write the snapshot {path} ({type(err).__name__}: {err}); the next "
            f"load builds the History from its sources again",
            SnapshotWarning,
            stacklevel=4,
        )


def read_snapshot(path: Path, key: Mapping[str, Any]) -> History | None:
    """The History kept at ``path`` if it was built with ``key`` and is intact, else ``None``.

    No snapshot: ``None``. A snapshot that cannot be used (unreadable, damaged,
    truncated, not a snapshot, stale, malformed): ``None`` and a
    :class:`SnapshotWarning` that says why. Never raises.
    """
    if _linked(path):
        _unusable(path, "it is a symbolic link, which the cache never follows")
        return None
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as err:
        _unusable(path, f"it cannot be read ({type(err).__name__}: {err})")
        return None
    try:
        why, history = _parse(data, key)
    except Exception as err:  # whatever the bytes hold, the answer is to rebuild
        why, history = f"it is malformed ({type(err).__name__}: {err})", None
    if history is None:
        _unusable(path, why)
    return history


def _parse(data: bytes, key: Mapping[str, Any]) -> tuple[str, History | None]:
    if not data.startswith(_MAGIC[: len(data)]):
        return "it is not a snapshot of olympics-records", None
    body, digest = data[: -_DIGEST - 1], data[-_DIGEST - 1 :]
    if len(data) < len(_MAGIC) + _DIGEST + 1 or not digest.endswith(b"\n"):
        return "it is truncated", None
    if hashlib.sha256(body).hexdigest().encode("ascii") != digest[:-1]:
        return "its checksum does not match: it is damaged or truncated", None
    header, _, document = body[len(_MAGIC) :].partition(b"\n")
    found = json.loads(header)
    if found != key:
        return f"it is stale: {_difference(found, key)}", None
    with paused_gc():
        return "", decode(json.loads(document))


def _difference(found: Any, key: Mapping[str, Any]) -> str:
    if not isinstance(found, dict):
        return "its key is not an object"
    for field, what in (
        ("format", "another snapshot format"),
        ("name", "another data set"),
        ("library", "another version of olympics-records"),
        ("code", "other code of olympics-records"),
    ):
        if found.get(field) != key[field]:
            return f"written by {what} ({_short(found.get(field))}, now {_short(key[field])})"
    sources = found.get("sources")
    if not isinstance(sources, dict):
        return "its key names no sources"
    now = key["sources"]
    changed = sorted(
        path for path in {*sources, *now} if sources.get(path, _ABSENT) != now.get(path, _ABSENT)
    )
    if changed:
        return f"built from other source files ({', '.join(changed)})"
    return "its key differs"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 24 else f"{text[:20]}..."


def _linked(path: Path) -> bool:
    return path.is_symlink() or path.parent.is_symlink()


def _unusable(path: Path, why: str) -> None:
    warnings.warn(
        f"not using the snapshot {path}: {why}; building the History from its sources",
        SnapshotWarning,
        stacklevel=5,
    )


def _dumps(value: Any) -> bytes:
    # ASCII escapes keep every string, even one with a lone surrogate, lossless.
    return json.dumps(value, separators=(",", ":"), allow_nan=False).encode("ascii")


# --- the body -----------------------------------------------------------------------


class _Strings:
    """The string table: each distinct string once, referred to by its position."""

    def __init__(self) -> None:
        self.table: list[str] = []
        self.positions: dict[str, int] = {}

    def __call__(self, value: str) -> int:
        position = self.positions.get(value)
        if position is None:
            position = self.positions[value] = len(self.table)
            self.table.append(value)
        return position


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def encode(history: History) -> dict[str, Any]:
    """The snapshot body of ``history``: plain JSON values, columns where it counts.

    Example:
        >>> from olympics_records import datasets
        >>> h = datasets.milano_cortina_2026()
        >>> decode(encode(h)) == h
        True
    """
    s = _Strings()
    events = history.events
    athletes = history.athletes
    entries = history.entries
    gender = {g: i for i, g in enumerate(_GENDERS)}
    kind = {k: i for i, k in enumerate(_KINDS)}
    medal = {m: i for i, m in enumerate(_MEDALS)}
    sex = {x: i for i, x in enumerate(_SEXES)}
    body: dict[str, Any] = {
        "games": [
            [g.year, g.season.value, g.city, _iso(g.opened), _iso(g.closed), g.official]
            for g in history.games
        ],
        "nocs": [[n.code, n.name] for n in history.nocs],
        "events": {
            "id": [s(e.id) for e in events],
            "games": [s(e.games) for e in events],
            "sport": [s(e.sport) for e in events],
            "discipline": [s(e.discipline) for e in events],
            "name": [s(e.name) for e in events],
            "gender": [gender[e.gender] for e in events],
            "kind": [kind[e.kind] for e in events],
            "date": [0 if e.date is None else e.date.toordinal() for e in events],
            "official": [int(e.official) for e in events],
        },
        "athletes": {
            "id": [s(a.id) for a in athletes],
            "name": [s(a.name) for a in athletes],
            "sex": [sex[a.sex] for a in athletes],
            "aliases": [len(a.aliases) for a in athletes],
            "alias": [s(x) for a in athletes for x in a.aliases],
        },
        "entries": {
            "event": [s(e.event) for e in entries],
            "noc": [s(e.noc) for e in entries],
            "athletes": [len(e.athletes) for e in entries],
            "athlete": [s(x) for e in entries for x in e.athletes],
            "place": [0 if e.place is None else e.place for e in entries],
            "medal": [medal[e.medal] for e in entries],
            "complete": [int(e.complete) for e in entries],
        },
        "corrections": [
            [
                c.event,
                c.noc,
                list(c.athletes),
                None if c.medal is None else c.medal.value,
                c.decided.isoformat(),
                c.note,
            ]
            for c in history.corrections
        ],
        "issues": [[i.source, i.row, i.field, i.value, i.message] for i in history.issues],
        "coverage": [
            [c.games, c.all_events, c.full_podiums, c.note, c.team_members]
            for c in history.coverage
        ],
    }
    body["strings"] = s.table
    return body


def decode(body: Any) -> History:
    """The History a snapshot body describes (see :func:`encode`).

    Raises:
        ValueError, TypeError, KeyError: the body is not of the shape :func:`encode`
            writes (each column is checked for its type and range before use).
    """
    _keys(body, "body", ("strings", "games", "nocs", "events", "athletes", "entries",
                         "corrections", "issues", "coverage"))  # fmt: skip
    strings = body["strings"]
    if not isinstance(strings, list) or not all(type(x) is str for x in strings):
        raise TypeError("the string table must be a list of strings")

    def text(column: Any, rows: int, what: str) -> list[str]:
        return [strings[i] for i in _ints(column, rows, 0, len(strings) - 1, what)]

    with paused_gc():
        games = tuple(_rows(body["games"], "games", _games))
        nocs = tuple(Noc(code=_str(code), name=_str(name)) for code, name in
                     _rows(body["nocs"], "nocs", lambda row: _fields(row, 2)))  # fmt: skip

        columns = _keys(body["events"], "events", ("id", "games", "sport", "discipline",
                        "name", "gender", "kind", "date", "official"))  # fmt: skip
        rows = _length(columns["id"], "events.id")
        day = _days(_ints(columns["date"], rows, 0, _LAST_DAY, "events.date"))
        events = tuple(
            map(
                unchecked_event,
                text(columns["id"], rows, "events.id"),
                text(columns["games"], rows, "events.games"),
                text(columns["sport"], rows, "events.sport"),
                text(columns["discipline"], rows, "events.discipline"),
                text(columns["name"], rows, "events.name"),
                _coded(columns["gender"], rows, _GENDERS, "events.gender"),
                _coded(columns["kind"], rows, _KINDS, "events.kind"),
                day,
                _flags(columns["official"], rows, "events.official"),
            )
        )

        columns = _keys(body["athletes"], "athletes", ("id", "name", "sex", "aliases", "alias"))
        rows = _length(columns["id"], "athletes.id")
        aliases = _groups(columns["aliases"], rows, text, columns["alias"], "athletes.alias")
        athletes = tuple(
            map(
                unchecked_athlete,
                text(columns["id"], rows, "athletes.id"),
                text(columns["name"], rows, "athletes.name"),
                _coded(columns["sex"], rows, _SEXES, "athletes.sex"),
                aliases,
            )
        )

        columns = _keys(body["entries"], "entries", ("event", "noc", "athletes", "athlete",
                        "place", "medal", "complete"))  # fmt: skip
        rows = _length(columns["event"], "entries.event")
        members = _groups(columns["athletes"], rows, text, columns["athlete"], "entries.athlete")
        places = _ints(columns["place"], rows, 0, None, "entries.place")
        entries = tuple(
            map(
                unchecked_entry,
                text(columns["event"], rows, "entries.event"),
                text(columns["noc"], rows, "entries.noc"),
                members,
                [place or None for place in places],
                _coded(columns["medal"], rows, _MEDALS, "entries.medal"),
                _flags(columns["complete"], rows, "entries.complete"),
            )
        )

        corrections = tuple(_rows(body["corrections"], "corrections", _correction))
        issues = tuple(_rows(body["issues"], "issues", _issue))
        coverage = tuple(_rows(body["coverage"], "coverage", _coverage))
        return checked_history(
            games=games,
            events=events,
            entries=entries,
            athletes=athletes,
            nocs=nocs,
            corrections=corrections,
            issues=issues,
            coverage=coverage,
        )


# --- checks of the shape, before any value is made ----------------------------------


def _keys(value: Any, what: str, keys: Sequence[str]) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != set(keys):
        raise TypeError(f"{what} must be an object with the keys {', '.join(keys)}")
    return value


def _length(column: Any, what: str) -> int:
    if not isinstance(column, list):
        raise TypeError(f"{what} must be a list")
    return len(column)


def _ints(column: Any, rows: int, low: int, high: int | None, what: str) -> list[int]:
    """``column`` if it is a list of ``rows`` whole numbers from ``low`` to ``high``."""
    if not isinstance(column, list) or len(column) != rows:
        raise TypeError(f"{what} must be a list of {rows} numbers")
    if not all(type(x) is int for x in column):
        raise TypeError(f"{what} must hold whole numbers only")
    if column and (min(column) < low or (high is not None and max(column) > high)):
        raise ValueError(f"{what} holds a number out of range")
    return column


def _coded(column: Any, rows: int, codes: tuple[Any, ...], what: str) -> list[Any]:
    return [codes[i] for i in _ints(column, rows, 0, len(codes) - 1, what)]


def _flags(column: Any, rows: int, what: str) -> list[bool]:
    return [x == 1 for x in _ints(column, rows, 0, 1, what)]


def _days(ordinals: list[int]) -> list[dt.date | None]:
    made: dict[int, dt.date | None] = {0: None}
    for ordinal in set(ordinals) - {0}:
        if not _FIRST_DAY <= ordinal <= _LAST_DAY:
            raise ValueError(f"date ordinal {ordinal} is out of range")
        made[ordinal] = dt.date.fromordinal(ordinal)
    return [made[o] for o in ordinals]


def _groups(
    counts: Any,
    rows: int,
    text: Callable[[Any, int, str], list[str]],
    flat: Any,
    what: str,
) -> list[tuple[str, ...]]:
    """The tuples of a flattened column: ``counts[i]`` items each."""
    sizes = _ints(counts, rows, 0, None, f"{what} counts")
    items = text(flat, sum(sizes), what)
    groups: list[tuple[str, ...]] = []
    append = groups.append
    start = 0
    for size in sizes:
        if size == 0:
            append(())
        else:
            end = start + size
            append(tuple(items[start:end]))
            start = end
    return groups


def _rows(value: Any, what: str, make: Callable[[Any], Any]) -> Iterator[Any]:
    if not isinstance(value, list):
        raise TypeError(f"{what} must be a list")
    return map(make, value)


def _fields(row: Any, count: int) -> list[Any]:
    if not isinstance(row, list) or len(row) != count:
        raise TypeError(f"a row must be a list of {count} values, not {row!r:.80}")
    return row


def _str(value: Any) -> str:
    if type(value) is not str:
        raise TypeError(f"expected a string, not {value!r:.80}")
    return value


def _optional_str(value: Any) -> str | None:
    return None if value is None else _str(value)


def _bool(value: Any) -> bool:
    if type(value) is not bool:
        raise TypeError(f"expected true or false, not {value!r:.80}")
    return value


def _int(value: Any) -> int:
    if type(value) is not int:
        raise TypeError(f"expected a whole number, not {value!r:.80}")
    return value


def _date(value: Any) -> dt.date:
    return dt.date.fromisoformat(_str(value))


def _optional_date(value: Any) -> dt.date | None:
    return None if value is None else _date(value)


def _games(row: Any) -> Games:
    year, season, city, opened, closed, official = _fields(row, 6)
    return Games(
        year=_int(year),
        season=Season(_str(season)),
        city=_str(city),
        opened=_optional_date(opened),
        closed=_optional_date(closed),
        official=_bool(official),
    )


def _correction(row: Any) -> Correction:
    event, noc, athletes, medal, decided, note = _fields(row, 6)
    if not isinstance(athletes, list):
        raise TypeError(f"a correction's athletes must be a list, not {athletes!r:.80}")
    return Correction(
        event=_str(event),
        noc=_str(noc),
        athletes=tuple(map(_str, athletes)),
        medal=None if medal is None else Medal(_str(medal)),
        decided=_date(decided),
        note=_str(note),
    )


_make_issue = unchecked(Issue)
_make_coverage = unchecked(Coverage)


def _issue(row: Any) -> Issue:
    source, line, field, value, message = _fields(row, 5)
    return _make_issue(
        _str(source),
        None if line is None else _int(line),
        _optional_str(field),
        _optional_str(value),
        _str(message),
    )


def _coverage(row: Any) -> Coverage:
    games, all_events, full_podiums, note, team_members = _fields(row, 5)
    made: Coverage = _make_coverage(
        _str(games), _bool(all_events), _bool(full_podiums), _str(note), _bool(team_members)
    )
    return made
