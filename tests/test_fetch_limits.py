"""Downloads against a faulty cache or a misbehaving server: every fault is the library's.

The local server and the synthetic registry are those of ``test_fetch``.
"""

from __future__ import annotations

import os
import socket
import stat
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from olympics_records.datasets import _transport
from olympics_records.datasets._fetch import ENV_VAR, CacheError, DownloadError, fetch
from olympics_records.errors import DataError, OlympicsRecordsError
from test_fetch import (  # the fixtures, by name
    OLYMPANALYT,
    Server,
    files_under,
    home,
    registry,
    server,
    sha,
    short_timeout,
)

__all__ = ["home", "registry", "server", "short_timeout"]  # fixtures, used by name


def _refuse(*args: object, **kwargs: object) -> None:
    raise OSError("network access is blocked in this test")


def _cache_error(home: Path, server: Server) -> CacheError:
    with pytest.raises(CacheError) as caught:
        fetch("olympanalyt", data_home=home)
    assert isinstance(caught.value, OlympicsRecordsError)
    assert isinstance(caught.value, OSError)
    assert "all_olympic_medalists.csv" in str(caught.value)
    return caught.value


@pytest.mark.parametrize("where", ["cache", "data set folder"])
def test_a_file_where_a_folder_should_be_is_a_cache_error(
    registry: dict[str, Any], server: Server, home: Path, where: str
) -> None:
    if where == "cache":
        home.write_bytes(b"not a folder")
    else:
        home.mkdir()
        (home / "olympanalyt").write_bytes(b"not a folder")
    error = _cache_error(home, server)
    assert f"set {ENV_VAR}" in str(error)


def test_a_folder_where_the_file_should_be_is_refused_before_downloading(
    registry: dict[str, Any], server: Server, home: Path
) -> None:
    (home / "olympanalyt" / "all_olympic_medalists.csv").mkdir(parents=True)
    assert "is a folder" in str(_cache_error(home, server))
    assert server.requests == []


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="permissions do not bind here"
)
def test_an_unwritable_cache_is_a_cache_error(
    registry: dict[str, Any], server: Server, home: Path
) -> None:
    home.mkdir()
    home.chmod(0o500)
    try:
        _cache_error(home, server)
    finally:
        home.chmod(0o700)


@pytest.mark.parametrize(
    "error", [PermissionError(13, "Permission denied"), FileNotFoundError(2, "No such file")]
)
def test_an_os_error_writing_the_cache_is_a_cache_error(
    registry: dict[str, Any],
    server: Server,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: OSError,
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(Path, "mkdir", refuse)
    assert error.strerror is not None
    assert error.strerror in str(_cache_error(home, server))


@pytest.mark.skipif(sys.platform == "win32", reason="no POSIX modes")
def test_cached_files_are_readable_by_everyone_the_umask_allows(
    registry: dict[str, Any], server: Server, home: Path
) -> None:
    old = os.umask(0o027)
    try:
        path = fetch("olympanalyt", data_home=home)
        folder = fetch("olympics-com", data_home=home)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert stat.S_IMODE((folder / "olympic_results.csv").stat().st_mode) == 0o640
    old = os.umask(0o022)
    try:
        path.unlink()
        assert stat.S_IMODE(fetch("olympanalyt", data_home=home).stat().st_mode) == 0o644
    finally:
        os.umask(old)


def test_a_trickling_server_meets_an_overall_deadline(
    registry: dict[str, Any], server: Server, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One byte every 50 ms never trips the per-read timeout; the deadline stops it."""
    monkeypatch.setattr(_transport, "DEADLINE", 1.0)
    server.trickle.add("/oa/all_olympic_medalists.csv")
    started = time.monotonic()
    with pytest.raises(DownloadError, match="took longer than 1 s"):
        fetch("olympanalyt", data_home=home)
    assert time.monotonic() - started < 4
    assert files_under(home) == {}


def test_a_response_longer_than_the_pinned_size_is_cut_off(
    registry: dict[str, Any], server: Server, home: Path
) -> None:
    server.files["/oa/all_olympic_medalists.csv"] = OLYMPANALYT * 200_000  # 36 MB
    registry["files"]["olympanalyt/all_olympic_medalists.csv"]["size"] = len(OLYMPANALYT)
    with pytest.raises(DownloadError, match=f"more than the {len(OLYMPANALYT)} bytes"):
        fetch("olympanalyt", data_home=home)
    assert files_under(home) == {}
    # The client hung up long before the end of the body (the server notices a moment later).
    for _ in range(100):
        if "/oa/all_olympic_medalists.csv" in server.sent:
            break
        time.sleep(0.05)
    assert server.sent["/oa/all_olympic_medalists.csv"] < 16 << 20


def test_without_a_pinned_size_a_download_stops_at_a_sane_maximum(
    registry: dict[str, Any], server: Server, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_transport, "MAX_BYTES", 1000)
    server.files["/oa/all_olympic_medalists.csv"] = OLYMPANALYT * 100
    with pytest.raises(DownloadError, match="more than the 1,000 bytes"):
        fetch("olympanalyt", data_home=home)
    assert files_under(home) == {}


def test_a_zip_member_larger_than_pinned_is_not_extracted_in_full(
    registry: dict[str, Any], server: Server, home: Path
) -> None:
    registry["files"]["olympics-com/olympic_results.csv"]["member_size"] = 10
    with pytest.raises(DataError, match="more than the 10 bytes"):
        fetch("olympics-com", data_home=home)
    assert "olympics-com/olympic_results.csv" not in files_under(home)


def test_a_file_rewritten_with_the_same_size_and_mtime_is_hashed_again(
    registry: dict[str, Any], server: Server, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = fetch("olympanalyt", data_home=home)
    status = path.stat()
    time.sleep(0.05)  # past the clock tick of the change time
    path.write_bytes(OLYMPANALYT.replace(b"Gold", b"Gilt"))  # same size, other bytes
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))  # the same mtime
    assert path.stat().st_size == status.st_size
    with monkeypatch.context() as blocked:
        blocked.setattr(socket.socket, "connect", _refuse)
        with pytest.raises(DownloadError, match="has sha256 .*, not " + sha(OLYMPANALYT)):
            fetch("olympanalyt", data_home=home)
