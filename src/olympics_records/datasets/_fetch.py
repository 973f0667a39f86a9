"""Pinned downloads of the public data sets, and the local cache that keeps them.

The registry (``_data/registry.json``, shipped in the wheel) names every public file:
its path in the cache, its URL pinned to a commit, and the sha256 of the bytes at that
URL. A zipped source also names the member to extract and the sha256 of that member.
:func:`fetch` makes the files of one data set present and verified, and returns where
they are; :func:`load` then hands them to the matching reader.

**Where the cache is.** An explicit ``data_home`` argument, else the
``OLYMPICS_RECORDS_DATA`` environment variable, else the user cache directory of the
OS (``platformdirs.user_cache_dir("olympics-records", appauthor=False)`` when
platformdirs is installed, else the same folder worked out with the standard library).
Inside it the layout is that of ``../shared/data``: ``olympanalyt/all_olympic_medalists.csv``,
``olympics-com/olympic_medals.csv`` and so on, so a folder of hand-downloaded copies
works as a cache. Nothing is created until a download needs it.

**A warm cache never touches the network.** A file that is present with its pinned
hash is used as it is; pooch is not even imported. The hash of a file is computed once
per process and remembered by (path, size, inode, modification and change times in
nanoseconds), so a file rewritten in place is hashed again, even with its size and
modification time restored (no one can set the change time back). A present file with
the wrong hash is downloaded again, and replaced only once the new copy is verified.

**Downloads are all or nothing.** Bytes go to a hidden temporary file beside the
target; the file becomes visible (an atomic rename) only after its sha256 matches. A
wrong hash (:class:`HashMismatchError`) or a dropped connection (:class:`DownloadError`)
leaves no file behind. A download stops at the size the registry pins (a server cannot
fill the disk before the hash check; 1 GiB where no size is pinned) and at an overall
deadline (30 minutes a file, however slowly the bytes trickle in). Cached files get
the mode a plain ``open`` gives (0666 less the umask), so a shared cache serves every
user. A cache that cannot hold a file (a file where a folder should be, a folder where
the file should be, no permission) is a :class:`CacheError`, raised before any
download where it can be seen. Cache paths come from the registry, never from the
server or the zip: each must be relative and free of ``..``, and no part of it may be a
symbolic link (:class:`UnsafePathError`), so nothing can be written outside the cache.

**Files without a pinned hash are refused, not trusted.** One upstream file has no
verified copy to take a hash from (``../shared/data`` holds a reduced
``olympic_athletes.csv``), so its ``sha256`` is ``null``. :func:`fetch` neither
downloads nor uses such a file: it
raises :class:`UnpinnedFileError`, which says how to pin it (pass
``known_hashes={path: sha256}`` for a copy you trust, or add the hash to the registry).
The alternative, trust on first use, was rejected: it would accept whatever the server
sends the first time, without a word, and two machines could end up with different
bytes under the same name, which is what a pinned registry exists to prevent. An
optional file (the olympics.com athletes) is simply not part of the data set until it
is pinned; the readers do not need it.

The results of olympics.com come as ``olympic_results.csv.zip``: the zip's hash is the
upstream pin, and ``member_sha256`` is that of the extracted ``olympic_results.csv``
as stored in ``../shared/data``. Both are checked; the member hash is what lets a warm
cache (which keeps only the extracted file) be verified.

**Transport.** Downloads go through pooch's ``HTTPDownloader`` (requests, proxies from
the environment, a tqdm progress bar), the ``data`` extra. The temporary file, the
hash checks, the zip extraction and the rename are done here rather than by
``pooch.retrieve``, so that each guarantee above is in this module and tested. There
is no urllib fallback: one transport is one code path to test, and the error when
pooch is missing says ``pip install "olympics-records[data]"``.
"""

from __future__ import annotations

# tempfile (which imports shutil, random, bz2 and lzma), zipfile, the download limits
# (_transport) and urllib.parse are imported by the functions that download or rebase:
# a warm cache never needs them, and together they cost milliseconds to import.
import contextlib
import functools
import hashlib
import importlib
import importlib.util
import json
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Literal, overload

import attrs

from olympics_records._engine.resources import data_text
from olympics_records.errors import (
    DataError,
    OlympicsRecordsError,
    UnknownNameError,
    ValidationError,
)

if TYPE_CHECKING:
    from olympics_records.datasets import _transport
    from olympics_records.datasets.olympedia import ReferenceTally
    from olympics_records.history import History

__all__ = [
    "ENV_VAR",
    "HASHES",
    "SNAPSHOTS",
    "CacheError",
    "DownloadError",
    "HashMismatchError",
    "MissingDependencyError",
    "UnpinnedFileError",
    "UnsafePathError",
    "available",
    "cache_dir",
    "clear_cache",
    "download_all",
    "fallback_cache_dir",
    "fetch",
    "load",
    "load_registry",
    "os_cache_dir",
    "parse_registry",
    "source_hashes",
    "temporary",
    "want_progress",
]

ALL = "all"
"""The name :func:`load` gives every public source merged into one History."""

ENV_VAR = "OLYMPICS_RECORDS_DATA"
"""The environment variable that names the cache folder when no ``data_home`` is given."""

SNAPSHOTS = "snapshots"
"""The folder of the cache that holds the snapshot of ``load("all")``."""

_APP = "olympics-records"
_INSTALL = 'pip install "olympics-records[data]"'
_REGISTRY = "registry.json"
_PART = ".part"
_CHUNK = 1 << 16
# Seconds to wait for a connection or for the next bytes; a stalled server must not hang.
_TIMEOUT = 60.0
_HEX = frozenset("0123456789abcdef")


class DownloadError(OlympicsRecordsError, OSError):
    """A file could not be downloaded: offline, refused, an HTTP error, a dropped connection.

    The message says how to work offline instead.

    Example:
        >>> isinstance(DownloadError("offline"), OSError)
        True
    """


class CacheError(OlympicsRecordsError, OSError):
    """The cache cannot hold a file: a file where a folder should be, or no permission.

    The message names the path and says how to use another folder.

    Example:
        >>> isinstance(CacheError("no room"), OSError)
        True
    """


class HashMismatchError(DataError):
    """A file's sha256 differs from its pin; the file was not kept.

    ``source`` names the URL (or zip member), ``value`` the hash found, ``expected``
    the pinned one.

    Example:
        >>> err = HashMismatchError("not the pinned file", source="https://x/a.csv",
        ...                         expected="0" * 64, actual="1" * 64)
        >>> err.field, err.expected == "0" * 64
        ('sha256', True)
    """

    def __init__(self, message: str, *, source: str, expected: str, actual: str) -> None:
        super().__init__(message, source=source, field="sha256", value=actual)
        self.expected = expected
        self.actual = actual


class UnpinnedFileError(OlympicsRecordsError, LookupError):
    """The registry has no sha256 for a file, so it is neither downloaded nor used.

    Example:
        >>> isinstance(UnpinnedFileError("no pin"), LookupError)
        True
    """


class UnsafePathError(OlympicsRecordsError, ValueError):
    """A cache path would leave the cache: absolute, with ``..``, or through a symbolic link.

    Example:
        >>> isinstance(UnsafePathError("../x"), ValueError)
        True
    """


class MissingDependencyError(OlympicsRecordsError, ImportError):
    """An optional dependency is needed: ``pip install "olympics-records[data]"``.

    Example:
        >>> isinstance(MissingDependencyError("pooch"), ImportError)
        True
    """


# --- the registry -------------------------------------------------------------------


@attrs.frozen
class _RemoteFile:
    path: str
    """Where the file lives in the cache, relative, with ``/``."""
    url: str
    sha256: str | None
    """Of the bytes at ``url``; ``None`` when not pinned yet."""
    member: str | None = None
    """For a zip: the member extracted to ``path``."""
    member_sha256: str | None = None
    size: int | None = None
    """Bytes at ``url``: a download stops past it."""
    member_size: int | None = None
    """Bytes of the extracted member: an extraction stops past it."""

    @property
    def local_sha256(self) -> str | None:
        """The hash of the file as it lies in the cache."""
        return self.member_sha256 if self.member is not None else self.sha256


@attrs.frozen
class _Dataset:
    name: str
    target: str
    """What :func:`fetch` returns, relative to the cache: the file or the folder."""
    files: tuple[str, ...]
    optional: tuple[str, ...]
    """Part of the data set only once pinned (by the registry or ``known_hashes``)."""


@attrs.frozen
class _Registry:
    files: Mapping[str, _RemoteFile]
    datasets: Mapping[str, _Dataset]

    def rebased(self, base_url: str) -> _Registry:
        """The same files served from ``base_url``: each URL's path joined to it."""
        from urllib.parse import urlsplit  # noqa: PLC0415 - see the imports

        base = base_url.rstrip("/")
        files = {
            key: attrs.evolve(f, url=f"{base}/{urlsplit(f.url).path.lstrip('/')}")
            for key, f in self.files.items()
        }
        return attrs.evolve(self, files=files)


def parse_registry(data: Mapping[str, Any]) -> _Registry:
    """The download registry a ``registry.json`` document (parsed JSON) describes."""
    files: dict[str, _RemoteFile] = {}
    for key, entry in data["files"].items():
        _relative(key, "registry path")
        remote = _RemoteFile(
            path=key,
            url=entry["url"],
            sha256=_optional_hash(entry["sha256"], key),
            member=entry.get("member"),
            member_sha256=_optional_hash(entry.get("member_sha256"), key),
            size=_optional_size(entry.get("size"), key),
            member_size=_optional_size(entry.get("member_size"), key),
        )
        if remote.member is not None:
            _relative(remote.member, "zip member")
            # A warm cache keeps only the member, so it must be verifiable on its own.
            if remote.sha256 is None or remote.member_sha256 is None:
                raise ValidationError(f"{key}: a zipped file needs sha256 and member_sha256")
        files[key] = remote
    datasets: dict[str, _Dataset] = {}
    for name, entry in data["datasets"].items():
        dataset = _Dataset(
            name=name,
            target=entry["target"],
            files=tuple(entry["files"]),
            optional=tuple(entry.get("optional", ())),
        )
        _relative(dataset.target, "data set target")
        for key in dataset.files + dataset.optional:
            if key not in files:
                raise ValidationError(f"data set {name!r} names {key!r}, not in the registry")
        datasets[name] = dataset
    return _Registry(files=files, datasets=datasets)


@functools.cache
def load_registry() -> _Registry:
    """The bundled download registry (``_data/registry.json``), read on first use."""
    return parse_registry(json.loads(data_text(_REGISTRY, "olympics_records.datasets")))


def _optional_hash(value: str | None, what: str) -> str | None:
    return None if value is None else _hash_value(value, what)


def _optional_size(value: object, what: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValidationError(f"{what}: size must be a whole number of bytes, not {value!r}")
    return value


def _hash_value(value: str, what: str) -> str:
    digest = value.lower().removeprefix("sha256:")
    if len(digest) != 64 or not set(digest) <= _HEX:
        raise ValidationError(f"{what}: sha256 must be 64 hexadecimal digits, not {value!r}")
    return digest


def _dataset(registry: _Registry, name: str) -> _Dataset:
    try:
        return registry.datasets[name]
    except KeyError:
        if name == ALL:
            raise UnknownNameError(
                "'all' is every data set merged, not files of its own: load('all') reads "
                "it, download_all() fetches its files"
            ) from None
        names = ", ".join(sorted(registry.datasets))
        raise UnknownNameError(f"no data set named {name!r}; available: {names}") from None


# --- the cache folder ---------------------------------------------------------------


def cache_dir(data_home: str | os.PathLike[str] | None = None) -> Path:
    r"""The folder that holds downloaded files: ``data_home``, else the env var, else the OS's.

    Nothing is created: the folder appears with the first download.

    Args:
        data_home: an explicit folder; wins over everything else.

    Returns:
        ``data_home`` if given; else ``$OLYMPICS_RECORDS_DATA`` if set and not empty;
        else the user cache directory of the OS (``~/.cache/olympics-records`` on Linux,
        ``~/Library/Caches/olympics-records`` on macOS,
        ``%LOCALAPPDATA%\\olympics-records\\Cache`` on Windows). Always absolute.

    Example:
        >>> import os, pathlib, tempfile
        >>> from unittest import mock
        >>> home = pathlib.Path(tempfile.mkdtemp())
        >>> with mock.patch.dict(os.environ, {"OLYMPICS_RECORDS_DATA": str(home / "env")}):
        ...     cache_dir().name, cache_dir(home / "mine").name
        ('env', 'mine')
        >>> cache_dir(home / "mine").exists()
        False
    """
    if data_home is not None:
        return Path(data_home).expanduser().absolute()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser().absolute()
    return os_cache_dir()


def os_cache_dir() -> Path:
    """The OS cache folder of the package (platformdirs', or the same without it)."""
    try:
        # By name: platformdirs is optional, and mypy runs where it may be missing.
        platformdirs = importlib.import_module("platformdirs")
    except ImportError:
        return fallback_cache_dir(sys.platform, os.environ, Path.home())
    # appauthor=False: no vendor folder on Windows, the same path as the fallback.
    return Path(platformdirs.user_cache_dir(_APP, appauthor=False)).absolute()


def fallback_cache_dir(platform: str, environ: Mapping[str, str], home: Path) -> Path:
    """What ``platformdirs.user_cache_dir(_APP, appauthor=False)`` gives, without it."""
    if platform == "win32":
        return Path(environ.get("LOCALAPPDATA") or home / "AppData" / "Local") / _APP / "Cache"
    if platform == "darwin":
        return home / "Library" / "Caches" / _APP
    xdg = environ.get("XDG_CACHE_HOME", "").strip()
    return Path(xdg or home / ".cache") / _APP


def _relative(path: str, what: str) -> PurePosixPath:
    """``path`` as a cache-relative path, or :class:`UnsafePathError`."""
    parts = path.split("/")
    if (
        not path
        or path.startswith("/")
        or "\\" in path
        or ":" in path  # a Windows drive, as in C:x
        or any(part in ("", ".", "..") for part in parts)
    ):
        raise UnsafePathError(
            f"{what} {path!r} must be a relative path inside the cache, without '..'"
        )
    return PurePosixPath(path)


def _target(root: Path, path: str) -> Path:
    """Where ``path`` lives under ``root``, refusing links that would lead elsewhere."""
    current = root
    for part in _relative(path, "cache path").parts:
        current = current / part
        if current.is_symlink():
            raise UnsafePathError(
                f"{current} is a symbolic link; the cache follows none, so that nothing "
                f"is read or written outside {root}"
            )
    return current


HASHES: dict[tuple[str, int, int, int, int], str] = {}
"""Each file's sha256 by (path, size, inode, mtime, ctime): hashed once while unchanged."""


def _sha256(path: Path) -> str:
    """The file's sha256, hashed once while unchanged: any write changes the ctime."""
    key = _memo_key(path)
    digest = HASHES.get(key)
    if digest is None:
        digest = HASHES[key] = _hash_file(path)
    return digest


def _memo_key(path: Path) -> tuple[str, int, int, int, int]:
    status = path.stat()
    return (str(path), status.st_size, status.st_ino, status.st_mtime_ns, status.st_ctime_ns)


def _hash_file(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(_CHUNK), b""):
            sha.update(chunk)
    return sha.hexdigest()


# --- fetching -----------------------------------------------------------------------


def available() -> tuple[str, ...]:
    """The names :func:`load` accepts, sorted: every data set, and ``"all"``.

    Returns:
        The data set names of the registry, and ``"all"`` (every public source merged:
        see :func:`load`), which :func:`fetch` does not take.

    Example:
        >>> available()
        ('all', 'kaggle-120', 'milano-cortina-2026', 'olympanalyt', 'olympedia',
         'olympics-com', 'paris-2024')
    """
    return tuple(sorted({*load_registry().datasets, ALL}))


def fetch(
    name: str,
    *,
    data_home: str | os.PathLike[str] | None = None,
    progress: bool | None = None,
    known_hashes: Mapping[str, str] | None = None,
) -> Path:
    """Make the files of a data set present and verified in the cache; return where they are.

    Files already there with their pinned sha256 are used without any network access;
    the others are downloaded, verified, and only then put in place.

    Args:
        name: one of :func:`available`.
        data_home: the cache folder (see :func:`cache_dir`).
        progress: show a progress bar while downloading; ``None`` shows one when
            stderr is a terminal and tqdm is installed.
        known_hashes: sha256 for files the registry has not pinned yet, by cache path
            (``{"olympics-com/olympic_athletes.csv": "…"}``). A hash given for a
            pinned file must equal the pin.

    Returns:
        The file (``"olympanalyt"``) or the folder (``"olympics-com"``,
        ``"kaggle-120"``, ``"paris-2024"``, ``"milano-cortina-2026-full"``,
        ``"olympedia"``) in the cache.

    Raises:
        UnknownNameError: ``name`` is not a data set, or ``known_hashes`` names no file.
        UnpinnedFileError: a file the data set needs has no sha256 to verify it with.
        DownloadError: a download failed (offline, HTTP error, dropped connection).
        HashMismatchError: a downloaded file is not the pinned one; nothing was kept.
        MissingDependencyError: a download is needed and pooch is not installed.
        UnsafePathError: a cache path would lead outside the cache.

    Example:
        >>> import tempfile
        >>> fetch("kaggle-120", data_home=tempfile.mkdtemp(),
        ...       known_hashes={"kaggle-120/athlete_events.csv": "0" * 64})
        Traceback (most recent call last):
        ...
        olympics_records.errors.ValidationError: known_hashes gives 'kaggle-120/athlete_events.csv' the sha256 000..., but it is pinned to 675c6e6b...; a pin cannot be overridden

        With network access, or a warm cache:

        >>> fetch("olympanalyt")  # doctest: +SKIP
        PosixPath('/home/me/.cache/olympics-records/olympanalyt/all_olympic_medalists.csv')
    """  # noqa: E501
    registry = load_registry()
    dataset = _dataset(registry, name)
    root = cache_dir(data_home)
    plan = _plan(registry, dataset.files, dataset.optional, _check_known(registry, known_hashes))
    for remote, local_hash in plan:
        _ensure(root, remote, local_hash, progress)
    return _target(root, dataset.target)


def download_all(
    *,
    data_home: str | os.PathLike[str] | None = None,
    progress: bool | None = None,
    known_hashes: Mapping[str, str] | None = None,
) -> tuple[Path, ...]:
    """Download every pinned file of every data set, so that later work can be offline.

    Files without a pinned hash (and not in ``known_hashes``) are not downloaded: see
    :class:`UnpinnedFileError`. Files already present and verified are not downloaded
    again.

    Args:
        data_home: the cache folder (see :func:`cache_dir`).
        progress: as for :func:`fetch`.
        known_hashes: as for :func:`fetch`.

    Returns:
        The local path of every file now present and verified, in registry order.

    Raises:
        DownloadError, HashMismatchError, MissingDependencyError: as for :func:`fetch`.

    Example:
        >>> download_all(known_hashes={"nowhere.csv": "0" * 64})
        Traceback (most recent call last):
        ...
        olympics_records.errors.UnknownNameError: known_hashes names 'nowhere.csv', ...
        >>> paths = download_all()  # doctest: +SKIP
    """
    registry = load_registry()
    known = _check_known(registry, known_hashes)
    root = cache_dir(data_home)
    # Every file is optional here: download_all fetches what can be verified.
    plan = _plan(registry, (), tuple(registry.files), known)
    return tuple(_ensure(root, remote, local_hash, progress) for remote, local_hash in plan)


def source_hashes(
    names: tuple[str, ...],
    *,
    data_home: str | os.PathLike[str] | None = None,
    progress: bool | None = None,
) -> dict[str, str | None]:
    """Fetch the data sets ``names`` and give the sha256 of each of their files.

    Every file of each data set, by its cache path: the sha256 of the verified copy,
    or of an optional file where present (a reader may read it), else ``None``.

    Example:
        >>> source_hashes(())
        {}
    """
    registry = load_registry()
    root = cache_dir(data_home)
    hashes: dict[str, str | None] = {}
    for name in names:
        fetch(name, data_home=data_home, progress=progress)
        dataset = _dataset(registry, name)
        for key in dataset.files + dataset.optional:
            target = _target(root, key)
            # Hashed once per process: fetch has just hashed the required files.
            hashes[key] = _sha256(target) if target.is_file() else None
    return hashes


def clear_cache(data_home: str | os.PathLike[str] | None = None) -> tuple[Path, ...]:
    """Delete the files the registry names from the cache, and what failed downloads left.

    Only those files go (and data set folders left empty), with the snapshot of
    ``load("all")`` (its folder ``snapshots``), so pointing ``data_home`` or
    ``OLYMPICS_RECORDS_DATA`` at a folder of your own never loses anything else.

    Args:
        data_home: the cache folder (see :func:`cache_dir`).

    Returns:
        The paths deleted.

    Example:
        >>> import tempfile
        >>> clear_cache(tempfile.mkdtemp())
        ()
    """
    root = cache_dir(data_home)
    removed: list[Path] = []
    if not root.is_dir():
        return ()
    folders: dict[Path, None] = {}
    for key in load_registry().files:
        target = _target(root, key)
        folders[target.parent] = None
        if target.is_file():
            target.unlink()
            removed.append(target)
    snapshots = root / SNAPSHOTS
    if snapshots.is_dir() and not snapshots.is_symlink():
        for snapshot in sorted(snapshots.glob("*.snapshot")):
            snapshot.unlink()
            removed.append(snapshot)
        folders[snapshots] = None
    for folder in folders:
        if folder.is_dir() and not folder.is_symlink():
            # Temporary files of a process killed mid-download.
            for part in sorted(folder.glob(f".*{_PART}")):
                part.unlink()
                removed.append(part)
            if folder != root and not any(folder.iterdir()):
                folder.rmdir()
    return tuple(removed)


def _check_known(registry: _Registry, known_hashes: Mapping[str, str] | None) -> dict[str, str]:
    known: dict[str, str] = {}
    for key, value in (known_hashes or {}).items():
        remote = registry.files.get(key)
        if remote is None:
            raise UnknownNameError(
                f"known_hashes names {key!r}, which is not a file of the registry; "
                f"files: {', '.join(registry.files)}"
            )
        digest = _hash_value(value, key)
        if remote.local_sha256 is not None and digest != remote.local_sha256:
            raise ValidationError(
                f"known_hashes gives {key!r} the sha256 {digest}, but it is pinned "
                f"to {remote.local_sha256}; a pin cannot be overridden"
            )
        known[key] = digest
    return known


def _plan(
    registry: _Registry,
    required: tuple[str, ...],
    optional: tuple[str, ...],
    known: Mapping[str, str],
) -> list[tuple[_RemoteFile, str]]:
    """Each file to make present, with the hash it must have; checked before any download."""
    plan: list[tuple[_RemoteFile, str]] = []
    for key in required + optional:
        remote = registry.files[key]
        local_hash = remote.local_sha256 or known.get(key)
        if local_hash is not None:
            plan.append((remote, local_hash))
        elif key in required:
            raise UnpinnedFileError(
                f"{key} has no pinned sha256 yet, and olympics-records neither downloads "
                f"nor uses a file it cannot verify. If you trust a copy of {remote.url}, "
                f"compute its hash (sha256sum FILE) and pass "
                f"known_hashes={{{key!r}: '<sha256>'}}, or propose the pin for "
                f"datasets/_data/{_REGISTRY}. To read a local copy without checks, call "
                f"the reader of olympics_records.datasets on it directly."
            )
    return plan


def _ensure(root: Path, remote: _RemoteFile, local_hash: str, progress: bool | None) -> Path:
    """The verified local copy of ``remote``: the cached one, or a fresh download."""
    target = _target(root, remote.path)
    hint = (
        f"Make room for it, or set {ENV_VAR} (or pass data_home) to use another folder "
        f"as the cache."
    )
    if target.is_dir():
        raise CacheError(f"the cache cannot hold {remote.path}: {target} is a folder. {hint}")
    try:
        found = None
        if target.is_file():
            found = _sha256(target)
            if found == local_hash:
                return target
        _download(remote, target, local_hash, progress, found)
    except OlympicsRecordsError:
        raise
    except OSError as exc:
        # A file where a folder should be, a cache without write permission, a copy
        # another user left unreadable: the OS's own words, with the way out.
        reason = exc.strerror or str(exc)
        place = f" ({exc.filename})" if exc.filename else ""
        raise CacheError(f"the cache cannot hold {remote.path}: {reason}{place}. {hint}") from exc
    return target


def _download(
    remote: _RemoteFile,
    target: Path,
    local_hash: str,
    progress: bool | None,
    found: str | None,
) -> None:
    from olympics_records.datasets import _transport  # noqa: PLC0415 - see the imports

    offline = _offline_hint(remote, target, local_hash)
    if found is not None:
        offline = f"The copy at {target} has sha256 {found}, not {local_hash}. {offline}"
    deadline = _transport.Deadline(_transport.DEADLINE)
    downloader = _downloader(want_progress(progress), remote.path, offline, deadline.hook)
    download_hash = remote.sha256 or local_hash
    limit = remote.size if remote.size is not None else _transport.MAX_BYTES
    target.parent.mkdir(parents=True, exist_ok=True)
    with temporary(target) as part:
        try:
            with part.open("wb") as stream:
                downloader(remote.url, _transport.Sink(stream, limit, deadline), None)
        except Exception as exc:  # requests, urllib3 and OS errors alike: all mean "failed"
            # pooch leaves the response of an HTTP error open: release its socket now
            # rather than at garbage collection (a ResourceWarning).
            response = getattr(exc, "response", None)
            if response is not None:
                response.close()
            raise DownloadError(_failure(remote, exc, limit, deadline, offline)) from exc
        finally:
            deadline.close()  # and the response of a download the limits stopped
        _verify(part, download_hash, remote.url)
        if remote.member is None:
            _transport.shareable(part)
            part.replace(target)
        else:
            with temporary(target) as extracted:
                member_limit = remote.member_size
                if member_limit is None:
                    member_limit = _transport.MAX_BYTES
                _transport.extract(part, remote.member, extracted, remote.url, member_limit)
                _verify(extracted, local_hash, f"{remote.url}!{remote.member}")
                _transport.shareable(extracted)
                extracted.replace(target)
    # A rename keeps size and mtime: remember the hash, so the next check costs a stat.
    HASHES[_memo_key(target)] = local_hash


def _failure(
    remote: _RemoteFile, exc: Exception, limit: int, deadline: _transport.Deadline, offline: str
) -> str:
    from olympics_records.datasets import _transport  # noqa: PLC0415 - see the imports

    url = remote.url
    if isinstance(exc, _transport.TooLargeError):
        what = "the file has" if remote.size is not None else "taken without a pinned size"
        return (
            f"could not download {url}: the server sent more than the {limit:,} bytes "
            f"{what}; the download was stopped and nothing kept. {offline}"
        )
    if deadline.expired:
        return (
            f"could not download {url}: it took longer than {deadline.seconds:g} s; "
            f"nothing was kept. {offline}"
        )
    return f"could not download {url}: {type(exc).__name__}: {exc}. {offline}"


def _verify(path: Path, expected: str, source: str) -> None:
    # Not memoised: temporary files come and go.
    actual = _hash_file(path)
    if actual != expected:
        raise HashMismatchError(
            f"sha256 {actual} is not the pinned {expected}: the file changed upstream or "
            f"was damaged on the way, and was not kept",
            source=source,
            expected=expected,
            actual=actual,
        )


@contextlib.contextmanager
def temporary(target: Path) -> Iterator[Path]:
    """A hidden file beside ``target``, deleted on the way out unless renamed into place.

    Beside the target, so that the final rename stays on one file system and is atomic.
    """
    import tempfile  # noqa: PLC0415 - see the imports

    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=_PART)
    os.close(handle)
    path = Path(name)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)


def _offline_hint(remote: _RemoteFile, target: Path, local_hash: str) -> str:
    extract = "" if remote.member is None else f", extract {remote.member} from the zip"
    return (
        f"To work offline, download {remote.url} by hand{extract} and save it as "
        f"{target} (sha256 {local_hash}), or set {ENV_VAR} to a folder that holds "
        f"{remote.path}."
    )


def want_progress(progress: bool | None) -> bool:
    """Whether to draw a progress bar: as asked, else on a terminal with tqdm installed."""
    if progress is not None:
        return progress
    return (
        sys.stderr is not None
        and sys.stderr.isatty()
        and importlib.util.find_spec("tqdm") is not None
    )


def _downloader(
    progress: bool, what: str, offline: str, hook: Callable[..., object]
) -> Callable[[str, object, None], object]:
    try:
        # By name: pooch ships no type information, and mypy runs where it may be missing.
        pooch = importlib.import_module("pooch")
        if progress:
            importlib.import_module("tqdm")
    except ImportError as exc:
        raise MissingDependencyError(
            f"downloading {what} needs pooch and tqdm: {_INSTALL}. {offline}"
        ) from exc
    downloader: Callable[[str, object, None], object] = pooch.HTTPDownloader(
        progressbar=progress, chunk_size=_CHUNK, timeout=_TIMEOUT, hooks={"response": [hook]}
    )
    return downloader


# --- loading ------------------------------------------------------------------------


@overload
def load(
    name: Literal["olympedia"],
    *,
    data_home: str | os.PathLike[str] | None = ...,
    strict: bool = ...,
    progress: bool | None = ...,
    known_hashes: Mapping[str, str] | None = ...,
    snapshot: bool | None = ...,
) -> ReferenceTally: ...
@overload
def load(
    name: Literal[
        "all", "olympics-com", "olympanalyt", "kaggle-120", "paris-2024", "milano-cortina-2026"
    ],
    *,
    data_home: str | os.PathLike[str] | None = ...,
    strict: bool = ...,
    progress: bool | None = ...,
    known_hashes: Mapping[str, str] | None = ...,
    snapshot: bool | None = ...,
) -> History: ...
@overload
def load(
    name: str,
    *,
    data_home: str | os.PathLike[str] | None = ...,
    strict: bool = ...,
    progress: bool | None = ...,
    known_hashes: Mapping[str, str] | None = ...,
    snapshot: bool | None = ...,
) -> History | ReferenceTally: ...
def load(
    name: str,
    *,
    data_home: str | os.PathLike[str] | None = None,
    strict: bool = False,
    progress: bool | None = None,
    known_hashes: Mapping[str, str] | None = None,
    snapshot: bool | None = None,
) -> History | ReferenceTally:
    """Fetch a data set (see :func:`fetch`) and read it with its reader.

    Args:
        name: one of :func:`available`.
        data_home: the cache folder (see :func:`cache_dir`).
        strict: make the reader raise at the first bad row instead of reporting it.
        progress: as for :func:`fetch`.
        known_hashes: as for :func:`fetch`.
        snapshot: for ``"all"`` only (other names ignore it): whether to keep the
            merged History in the cache and answer the next call from it (see below).
            ``None`` (the default): yes, unless the environment variable
            ``OLYMPICS_RECORDS_SNAPSHOT`` is ``0`` (or ``no``, ``off``, ``false``).

    ``"all"`` fetches and reads every public data set but Olympedia's tally and
    merges them, with the bundled 2026 fact sheet, into one History of every medal
    1896–2026 (see :func:`~olympics_records.merging.merge`): olympics.com first (it
    follows the IOC's reallocations), then Paris 2024, Milano Cortina 2026, Kaggle's
    120 years and OlympAnalyt, which name the team members olympics.com lacks. Its
    ``coverage`` says per Games what is complete, ``issues`` holds every reader's
    report and every conflict between sources. It takes some seconds: a progress bar
    says what it is doing (``progress``). The History it builds is kept in the cache
    (``snapshots/all.snapshot``), and the next ``load("all")``, in this process or
    another, reads it back in a fraction of a second, if it was built from the same
    source files (by sha256) by the same version of the library. A stale, damaged or
    foreign snapshot is never answered from: the History is built again, with a
    :class:`~olympics_records.datasets.SnapshotWarning` saying why. The snapshot is
    JSON: reading it cannot run code. ``strict=True`` neither reads nor writes one
    (a strict load is a check of the sources). :func:`clear_cache` deletes it.

    Returns:
        A :class:`~olympics_records.History` with its data-quality report, except for
        ``"olympedia"``: Olympedia's tally has no events, so that name gives the
        :class:`~olympics_records.datasets.olympedia.ReferenceTally` of
        ``read_olympedia_tally`` (the editions and country files are fetched beside it).
        ``"olympics-com"`` reads the results too; ``"kaggle-120"`` the full
        ``athlete_events.csv`` (seconds); ``"paris-2024"`` and ``"milano-cortina-2026"``
        the medallists, cross-checked against the tables beside them.

    Raises:
        DataError: the reader could not read a file (or, ``strict``, a row).
        UnknownNameError, UnpinnedFileError, DownloadError, HashMismatchError,
            MissingDependencyError: as for :func:`fetch`.

    Example:
        >>> load("olympics")
        Traceback (most recent call last):
        ...
        olympics_records.errors.UnknownNameError: no data set named 'olympics'; available: kaggle-120, milano-cortina-2026, olympanalyt, olympedia, olympics-com, paris-2024

        With network access, or a warm cache:

        >>> medallists = load("olympanalyt")  # doctest: +SKIP

        Every public source merged; the first call builds it (seconds), the next
        calls read its snapshot; ``snapshot=False`` builds it every time:

        >>> book = load("all")  # doctest: +SKIP
        >>> load("all") == book  # doctest: +SKIP
        True
        >>> load("all", snapshot=False) == book  # doctest: +SKIP
        True
    """  # noqa: E501
    if name == ALL:
        from olympics_records.datasets._all import load_all  # noqa: PLC0415

        return load_all(data_home=data_home, strict=strict, progress=progress, snapshot=snapshot)
    path = fetch(name, data_home=data_home, progress=progress, known_hashes=known_hashes)
    # The readers are imported here: fetching works without them, and importing the
    # package does not import every reader.
    if name == "olympics-com":
        from olympics_records.datasets.olympics_com import read_olympics_com  # noqa: PLC0415

        return read_olympics_com(path, strict=strict)
    if name == "olympanalyt":
        from olympics_records.datasets.olympanalyt import read_olympanalyt  # noqa: PLC0415

        return read_olympanalyt(path, strict=strict)
    if name == "kaggle-120":
        from olympics_records.datasets.kaggle120 import read_kaggle120  # noqa: PLC0415

        return read_kaggle120(
            path / "athlete_events.csv", noc_regions=path / "noc_regions.csv", strict=strict
        )
    if name in ("paris-2024", "milano-cortina-2026"):
        from olympics_records.datasets.medallists import read_medallists  # noqa: PLC0415

        return read_medallists(path, strict=strict)
    if name == "olympedia":
        from olympics_records.datasets.olympedia import read_olympedia_tally  # noqa: PLC0415

        return read_olympedia_tally(path / "Olympic_Games_Medal_Tally.csv", strict=strict)
    raise UnknownNameError(f"data set {name!r} has files but no reader")
