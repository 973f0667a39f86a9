"""Tests of ``datasets._fetch``: pinned downloads, verification and the cache.

Every download is served by a local HTTP server on 127.0.0.1 (started per test, stopped
at its end) from synthetic files, through a registry that points at it. Tests that
must not touch the network block ``socket.connect`` outright.
"""

from __future__ import annotations

import hashlib
import http.server
import io
import os
import re
import socket
import sys
import threading
import time
import zipfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, cast

import pytest

from olympics_records.datasets import _fetch
from olympics_records.datasets._fetch import (
    ENV_VAR,
    DownloadError,
    HashMismatchError,
    MissingDependencyError,
    UnpinnedFileError,
    UnsafePathError,
    available,
    cache_dir,
    clear_cache,
    download_all,
    fetch,
    load,
)
from olympics_records.errors import (
    DataError,
    UnknownNameError,
    ValidationError,
)
from olympics_records.history import History

INSTALL = 'pip install "olympics-records[data]"'

# --- synthetic files, in the formats the readers expect -----------------------------

OLYMPANALYT = (
    b"season,year,medal,country_code,country,athletes,games,sport,event_gender,event_name\n"
    b"Winter,2018,Gold,NOR,Norway,Johannes Hoesflot KLAEBO,2018 Pyeongchang,"
    b"Cross Country Skiing,Men's,sprint 1.5km\n"
)
TALLY = (
    b"edition,edition_id,year,country,country_noc,gold,silver,bronze,total\n"
    b"1980 Winter Olympics,41,1980,United States,USA,6,4,2,12\n"
)
GAMES = b"edition;edition_id;year\n1980 Winter Olympics;41;1980\n"
COUNTRY = b"noc,country\nUSA,United States\n"
HOSTS = b"game_slug,game_year\nlake-placid-1980,1980\n"
MEDALS = b"slug_game,medal_type\nlake-placid-1980,GOLD\n"
RESULTS = b"slug_game,rank_position\nlake-placid-1980,1\n"
ATHLETES = b"athlete_full_name,athlete_year_birth\nEric HEIDEN,1958\n"
EVENTS = (
    b'"ID","Name","Sex","Age","Height","Weight","Team","NOC","Games","Year","Season","City",'
    b'"Sport","Event","Medal"\n'
    b'"1","Eric Heiden","M",21,NA,NA,"United States","USA","1980 Winter",1980,"Winter",'
    b'"Lake Placid","Speed Skating","Speed Skating Men\'s 500 metres","Gold"\n'
)
REGIONS = b"NOC,region,notes\rUSA,USA,\r"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def zipped(members: Mapping[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


RESULTS_ZIP = zipped({"olympic_results.csv": RESULTS})

# What the server holds, by URL path.
SERVED: dict[str, bytes] = {
    "/oc/olympic_hosts.csv": HOSTS,
    "/oc/olympic_medals.csv": MEDALS,
    "/oc/olympic_results.csv.zip": RESULTS_ZIP,
    "/oc/olympic_athletes.csv": ATHLETES,
    "/oa/all_olympic_medalists.csv": OLYMPANALYT,
    "/k/athlete_events.csv": EVENTS,
    "/k/noc_regions.csv": REGIONS,
    "/op/Olympic_Games_Medal_Tally.csv": TALLY,
    "/op/Olympics_Games.csv": GAMES,
    "/op/Olympics_Country.csv": COUNTRY,
}


def registry_data(base: str) -> dict[str, Any]:
    """A registry shaped like the shipped one, over the synthetic files at ``base``."""

    def entry(url_path: str, pinned: bool = True) -> dict[str, Any]:
        return {"url": base + url_path, "sha256": sha(SERVED[url_path]) if pinned else None}

    results = entry("/oc/olympic_results.csv.zip")
    results.update(member="olympic_results.csv", member_sha256=sha(RESULTS))
    return {
        "files": {
            "olympics-com/olympic_hosts.csv": entry("/oc/olympic_hosts.csv"),
            "olympics-com/olympic_medals.csv": entry("/oc/olympic_medals.csv"),
            "olympics-com/olympic_results.csv": results,
            "olympics-com/olympic_athletes.csv": entry("/oc/olympic_athletes.csv", False),
            "olympanalyt/all_olympic_medalists.csv": entry("/oa/all_olympic_medalists.csv"),
            "kaggle-120/athlete_events.csv": entry("/k/athlete_events.csv", False),
            "kaggle-120/noc_regions.csv": entry("/k/noc_regions.csv"),
            "olympedia/Olympic_Games_Medal_Tally.csv": entry("/op/Olympic_Games_Medal_Tally.csv"),
            "olympedia/Olympics_Games.csv": entry("/op/Olympics_Games.csv"),
            "olympedia/Olympics_Country.csv": entry("/op/Olympics_Country.csv"),
        },
        "datasets": {
            "olympics-com": {
                "target": "olympics-com",
                "files": [
                    "olympics-com/olympic_hosts.csv",
                    "olympics-com/olympic_medals.csv",
                    "olympics-com/olympic_results.csv",
                ],
                "optional": ["olympics-com/olympic_athletes.csv"],
            },
            "olympanalyt": {
                "target": "olympanalyt/all_olympic_medalists.csv",
                "files": ["olympanalyt/all_olympic_medalists.csv"],
            },
            "kaggle-120": {
                "target": "kaggle-120",
                "files": ["kaggle-120/athlete_events.csv", "kaggle-120/noc_regions.csv"],
            },
            "olympedia": {
                "target": "olympedia",
                "files": [
                    "olympedia/Olympic_Games_Medal_Tally.csv",
                    "olympedia/Olympics_Games.csv",
                    "olympedia/Olympics_Country.csv",
                ],
            },
        },
    }


# --- the local server ---------------------------------------------------------------


class Server(http.server.ThreadingHTTPServer):
    """Serves ``files`` by URL path; records each request; can cut a body short."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.files: dict[str, bytes] = dict(SERVED)
        self.cut_short: set[str] = set()
        self.trickle: set[str] = set()
        """Paths sent one byte at a time, slowly: a server that never stalls long enough."""
        self.sent: dict[str, int] = {}
        """Bytes of each path's body written before the client went away."""
        self.requests: list[str] = []

    @property
    def base(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


class Handler(http.server.BaseHTTPRequestHandler):
    # A stuck client must not keep a server thread alive past the test.
    timeout = 5

    def do_GET(self) -> None:
        server = cast("Server", self.server)
        server.requests.append(self.path)
        body = server.files.get(self.path)
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.path in server.cut_short:
            # Half the promised bytes, then the connection closes: an interrupted download.
            self.wfile.write(body[: len(body) // 2])
            self.close_connection = True
            return
        step = 1 if self.path in server.trickle else 1 << 16
        sent = 0
        try:
            for start in range(0, len(body), step):
                self.wfile.write(body[start : start + step])
                sent += step
                if step == 1:
                    self.wfile.flush()
                    time.sleep(0.05)
        except OSError:  # the client went away
            self.close_connection = True
        finally:
            server.sent[self.path] = min(sent, len(body))

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output clean."""


@pytest.fixture
def server() -> Iterator[Server]:
    pytest.importorskip("pooch")
    httpd = Server()
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture(autouse=True)
def short_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    # Bounds every download in these tests, should the server misbehave.
    monkeypatch.setattr(_fetch, "_TIMEOUT", 5.0)


@pytest.fixture
def registry(server: Server, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The synthetic registry, in use; tests may edit the dict before fetching."""
    data = registry_data(server.base)
    monkeypatch.setattr(_fetch, "load_registry", lambda: _fetch.parse_registry(data))
    return data


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to connect anywhere, even to 127.0.0.1, raises."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network access is blocked in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def files_under(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder``, hidden ones included, by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# --- the shipped registry -----------------------------------------------------------


def test_available_lists_the_data_sets() -> None:
    assert available() == (
        "all",
        "kaggle-120",
        "milano-cortina-2026",
        "olympanalyt",
        "olympedia",
        "olympics-com",
        "paris-2024",
    )


def test_shipped_registry_pins_every_url_to_a_commit() -> None:
    registry = _fetch.load_registry()
    for key, remote in registry.files.items():
        parts = remote.url.split("/")
        assert remote.url.startswith("https://raw.githubusercontent.com/"), key
        commit = parts[5]
        assert len(commit) == 40, key
        assert set(commit) <= set("0123456789abcdef"), key


def test_shipped_registry_leaves_unpinned_only_the_file_without_an_upstream_copy() -> None:
    registry = _fetch.load_registry()
    unpinned = sorted(k for k, f in registry.files.items() if f.local_sha256 is None)
    assert unpinned == ["olympics-com/olympic_athletes.csv"]
    results = registry.files["olympics-com/olympic_results.csv"]
    assert results.url.endswith("/olympic_results.csv.zip")
    assert results.sha256 == "f95064174087535912b5c46c835756e4cc849fe8021af7667c51dcef6d30a776"
    assert results.member == "olympic_results.csv"


def test_olympics_com_athletes_are_optional_and_kaggle_events_required() -> None:
    datasets = _fetch.load_registry().datasets
    assert datasets["olympics-com"].optional == ("olympics-com/olympic_athletes.csv",)
    assert "kaggle-120/athlete_events.csv" in datasets["kaggle-120"].files


def test_the_full_kaggle_file_is_pinned_to_its_authors_repository() -> None:
    events = _fetch.load_registry().files["kaggle-120/athlete_events.csv"]
    assert events.url.startswith(
        "https://raw.githubusercontent.com/rgriff23/Olympic_history/"
        "b14dd25bf2b63c562fc7771c70439d005696ea4c/"
    )
    assert events.sha256 == "675c6e6bb445107614c85ed6b886a66ff094cdaeb58443da14b9e9cd98fc56bd"


@pytest.mark.parametrize(
    ("name", "target", "files"),
    [
        (
            "paris-2024",
            "paris-2024",
            ("medallists.csv", "medals.csv", "medals_total.csv", "events.csv", "nocs.csv"),
        ),
        ("milano-cortina-2026", "milano-cortina-2026-full", ("medallists.csv", "medals.csv")),
    ],
)
def test_the_per_games_medallist_sets_are_pinned(
    name: str, target: str, files: tuple[str, ...]
) -> None:
    registry = _fetch.load_registry()
    dataset = registry.datasets[name]
    assert dataset.target == target
    assert dataset.files == tuple(f"{target}/{file}" for file in files)
    assert all(registry.files[key].sha256 is not None for key in dataset.files)


def test_unknown_name_lists_what_is_available() -> None:
    with pytest.raises(UnknownNameError, match="available: kaggle-120, milano-cortina-2026"):
        fetch("olympics", data_home="unused")


# --- where the cache is -------------------------------------------------------------


def test_explicit_data_home_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env"))
    assert cache_dir(tmp_path / "explicit") == tmp_path / "explicit"
    assert cache_dir() == tmp_path / "env"


def test_the_os_cache_dir_is_used_without_argument_or_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, "")  # empty means unset
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    expected = _fetch.fallback_cache_dir(sys.platform, os.environ, Path.home())
    assert cache_dir() == expected
    assert not expected.exists()  # resolving the folder creates nothing


def test_the_fallback_matches_platformdirs_on_this_os(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    platformdirs = pytest.importorskip("platformdirs")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    assert _fetch.os_cache_dir() == Path(
        platformdirs.user_cache_dir("olympics-records", appauthor=False)
    )
    monkeypatch.setitem(sys.modules, "platformdirs", None)  # as if not installed
    assert _fetch.os_cache_dir() == Path(
        platformdirs.user_cache_dir("olympics-records", appauthor=False)
    )


@pytest.mark.parametrize(
    ("platform", "environ", "expected"),
    [
        ("linux", {}, "/h/.cache/olympics-records"),
        ("linux", {"XDG_CACHE_HOME": "/x"}, "/x/olympics-records"),
        ("linux", {"XDG_CACHE_HOME": "  "}, "/h/.cache/olympics-records"),
        ("darwin", {"XDG_CACHE_HOME": "/x"}, "/h/Library/Caches/olympics-records"),
        ("win32", {"LOCALAPPDATA": "/l"}, "/l/olympics-records/Cache"),
        ("win32", {}, "/h/AppData/Local/olympics-records/Cache"),
    ],
)
def test_fallback_cache_dir_per_os(platform: str, environ: dict[str, str], expected: str) -> None:
    assert _fetch.fallback_cache_dir(platform, environ, Path("/h")) == Path(expected)


# --- downloading --------------------------------------------------------------------


def test_download_verifies_and_lays_out_the_cache_like_shared_data(
    registry: dict[str, Any], server: Server, home: Path
) -> None:
    folder = fetch("olympedia", data_home=home, progress=False)
    assert folder == home / "olympedia"
    assert files_under(home) == {
        "olympedia/Olympic_Games_Medal_Tally.csv": TALLY,
        "olympedia/Olympics_Games.csv": GAMES,
        "olympedia/Olympics_Country.csv": COUNTRY,
    }
    assert sorted(server.requests) == [
        "/op/Olympic_Games_Medal_Tally.csv",
        "/op/Olympics_Country.csv",
        "/op/Olympics_Games.csv",
    ]


def test_a_single_file_data_set_returns_the_file(
    registry: dict[str, Any], home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fetch("olympanalyt", data_home=home, progress=True)
    assert path == home / "olympanalyt" / "all_olympic_medalists.csv"
    assert path.read_bytes() == OLYMPANALYT
    assert "B/s" in capsys.readouterr().err  # tqdm's bar went to stderr


def test_the_environment_variable_names_the_cache(
    registry: dict[str, Any], home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(home))
    assert fetch("olympanalyt") == home / "olympanalyt" / "all_olympic_medalists.csv"


def test_warm_cache_makes_no_network_call(
    registry: dict[str, Any],
    server: Server,
    home: Path,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fetch("olympanalyt", data_home=home)
    fetch("olympedia", data_home=home)
    served = len(server.requests)
    request.getfixturevalue("no_network")
    # Without pooch too: a warm cache needs no download machinery at all.
    monkeypatch.setitem(sys.modules, "pooch", None)
    _fetch.HASHES.clear()  # a fresh process: every file is hashed, not taken on trust
    history = load("olympanalyt", data_home=home)
    assert isinstance(history, History)
    assert len(history.entries) == 1
    tally = load("olympedia", data_home=home)
    assert [(r.noc, r.gold) for r in tally.for_games("1980-winter")] == [("USA", 6)]
    assert len(server.requests) == served


def test_a_file_changed_in_place_is_hashed_again(
    registry: dict[str, Any], server: Server, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = fetch("olympanalyt", data_home=home)
    status = path.stat()
    path.write_bytes(OLYMPANALYT.replace(b"Gold", b"Gilt"))  # same size, other bytes
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))
    with monkeypatch.context() as blocked:
        blocked.setattr(socket.socket, "connect", _refuse)
        with pytest.raises(DownloadError, match="has sha256 .*, not " + sha(OLYMPANALYT)):
            fetch("olympanalyt", data_home=home)
    assert fetch("olympanalyt", data_home=home).read_bytes() == OLYMPANALYT
    assert server.requests.count("/oa/all_olympic_medalists.csv") == 2


def _refuse(*args: object, **kwargs: object) -> None:
    raise OSError("network access is blocked in this test")


def test_a_wrong_hash_is_an_error_and_leaves_no_file(
    registry: dict[str, Any], server: Server, home: Path
) -> None:
    server.files["/oa/all_olympic_medalists.csv"] = OLYMPANALYT + b"tampered\n"
    with pytest.raises(HashMismatchError) as caught:
        fetch("olympanalyt", data_home=home)
    assert caught.value.expected == sha(OLYMPANALYT)
    assert caught.value.actual == sha(OLYMPANALYT + b"tampered\n")
    assert caught.value.source == server.base + "/oa/all_olympic_medalists.csv"
    assert isinstance(caught.value, DataError)
    assert files_under(home) == {}


def test_a_wrong_download_does_not_replace_the_copy_in_the_cache(
    registry: dict[str, Any], server: Server, home: Path
) -> None:
    path = home / "olympanalyt" / "all_olympic_medalists.csv"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"an old copy\n")
    server.files["/oa/all_olympic_medalists.csv"] = b"also wrong\n"
    with pytest.raises(HashMismatchError):
        fetch("olympanalyt", data_home=home)
    assert files_under(home) == {"olympanalyt/all_olympic_medalists.csv": b"an old copy\n"}


def test_an_interrupted_download_is_an_error_and_leaves_no_partial_file(
    registry: dict[str, Any], server: Server, home: Path
) -> None:
    server.cut_short.add("/oa/all_olympic_medalists.csv")
    with pytest.raises(DownloadError, match="could not download"):
        fetch("olympanalyt", data_home=home)
    assert server.requests == ["/oa/all_olympic_medalists.csv"]
    assert files_under(home) == {}


def test_an_http_error_says_how_to_work_offline(
    registry: dict[str, Any], server: Server, home: Path
) -> None:
    del server.files["/oa/all_olympic_medalists.csv"]
    target = home / "olympanalyt" / "all_olympic_medalists.csv"
    with pytest.raises(DownloadError, match="404") as caught:
        fetch("olympanalyt", data_home=home)
    assert f"save it as {target}" in str(caught.value)
    assert files_under(home) == {}


@pytest.mark.usefixtures("no_network")
def test_offline_the_error_says_where_to_put_the_file(
    registry: dict[str, Any], server: Server, home: Path
) -> None:
    target = home / "olympanalyt" / "all_olympic_medalists.csv"
    with pytest.raises(DownloadError) as caught:
        fetch("olympanalyt", data_home=home)
    message = str(caught.value)
    assert f"save it as {target} (sha256 {sha(OLYMPANALYT)})" in message
    assert f"set {ENV_VAR} to a folder that holds olympanalyt/all_olympic_medalists.csv" in message
    assert isinstance(caught.value, OSError)
    assert server.requests == []
    assert files_under(home) == {}


def test_without_pooch_the_error_says_what_to_install(
    registry: dict[str, Any], server: Server, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pooch", None)  # makes `import pooch` fail
    with pytest.raises(MissingDependencyError, match=re.escape(INSTALL)) as caught:
        fetch("olympanalyt", data_home=home)
    assert isinstance(caught.value, ImportError)
    assert f"set {ENV_VAR}" in str(caught.value)
    assert server.requests == []


def test_a_progress_bar_without_tqdm_says_what_to_install(
    registry: dict[str, Any], home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    with pytest.raises(MissingDependencyError, match=re.escape(INSTALL)):
        fetch("olympanalyt", data_home=home, progress=True)


# --- paths that would leave the cache -----------------------------------------------


@pytest.mark.parametrize(
    "key",
    [
        "../evil.csv",
        "olympedia/../../evil.csv",
        "/tmp/evil.csv",
        "C:evil.csv",
        "olympedia\\..\\..\\evil.csv",
        "olympedia//evil.csv",
        "./evil.csv",
        "",
    ],
)
def test_registry_paths_outside_the_cache_are_rejected(key: str) -> None:
    data = registry_data("http://127.0.0.1:9")
    data["files"][key] = data["files"].pop("olympanalyt/all_olympic_medalists.csv")
    data["datasets"]["olympanalyt"]["files"] = [key]
    with pytest.raises(UnsafePathError, match="relative path inside the cache"):
        _fetch.parse_registry(data)


@pytest.mark.parametrize("member", ["../evil.csv", "/evil.csv", "a/../../evil.csv"])
def test_zip_members_outside_the_cache_are_rejected(member: str) -> None:
    data = registry_data("http://127.0.0.1:9")
    data["files"]["olympics-com/olympic_results.csv"]["member"] = member
    with pytest.raises(UnsafePathError):
        _fetch.parse_registry(data)


def test_a_symbolic_link_in_the_cache_is_not_followed(
    registry: dict[str, Any], server: Server, home: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    home.mkdir()
    (home / "olympanalyt").symlink_to(outside, target_is_directory=True)
    with pytest.raises(UnsafePathError, match="symbolic link"):
        fetch("olympanalyt", data_home=home)
    assert list(outside.iterdir()) == []
    assert server.requests == []


def test_a_linked_file_is_not_trusted_even_with_the_right_bytes(
    registry: dict[str, Any], home: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere.csv"
    elsewhere.write_bytes(OLYMPANALYT)
    (home / "olympanalyt").mkdir(parents=True)
    (home / "olympanalyt" / "all_olympic_medalists.csv").symlink_to(elsewhere)
    with pytest.raises(UnsafePathError):
        fetch("olympanalyt", data_home=home)


# --- zips ---------------------------------------------------------------------------


def test_a_zipped_file_is_checked_then_extracted_and_the_zip_dropped(
    registry: dict[str, Any], server: Server, home: Path
) -> None:
    folder = fetch("olympics-com", data_home=home)
    assert folder == home / "olympics-com"
    assert files_under(home) == {
        "olympics-com/olympic_hosts.csv": HOSTS,
        "olympics-com/olympic_medals.csv": MEDALS,
        "olympics-com/olympic_results.csv": RESULTS,
    }
    # The athletes file is optional and not pinned: not even asked for.
    assert "/oc/olympic_athletes.csv" not in server.requests
    assert "/oc/olympic_results.csv.zip" in server.requests


def test_the_zip_hash_is_checked(registry: dict[str, Any], server: Server, home: Path) -> None:
    # Same member, other archive bytes: the zip's own pin must catch it.
    server.files["/oc/olympic_results.csv.zip"] = zipped(
        {"olympic_results.csv": RESULTS, "extra.txt": b"x"}
    )
    with pytest.raises(HashMismatchError) as caught:
        fetch("olympics-com", data_home=home)
    assert caught.value.source == server.base + "/oc/olympic_results.csv.zip"
    assert "olympics-com/olympic_results.csv" not in files_under(home)
    assert not [name for name in files_under(home) if name.endswith((".zip", ".part"))]


def test_the_member_hash_is_checked(registry: dict[str, Any], server: Server, home: Path) -> None:
    registry["files"]["olympics-com/olympic_results.csv"]["member_sha256"] = "0" * 64
    with pytest.raises(HashMismatchError) as caught:
        fetch("olympics-com", data_home=home)
    assert caught.value.source == server.base + "/oc/olympic_results.csv.zip!olympic_results.csv"
    assert "olympics-com/olympic_results.csv" not in files_under(home)
    assert not [name for name in files_under(home) if name.endswith(".part")]


def test_a_zip_without_the_member_is_a_data_error(
    registry: dict[str, Any], server: Server, home: Path
) -> None:
    other = zipped({"results.csv": RESULTS})
    server.files["/oc/olympic_results.csv.zip"] = other
    registry["files"]["olympics-com/olympic_results.csv"]["sha256"] = sha(other)
    with pytest.raises(DataError, match="cannot extract 'olympic_results.csv'"):
        fetch("olympics-com", data_home=home)
    assert "olympics-com/olympic_results.csv" not in files_under(home)


def test_a_zipped_entry_must_pin_its_member() -> None:
    data = registry_data("http://127.0.0.1:9")
    data["files"]["olympics-com/olympic_results.csv"]["member_sha256"] = None
    with pytest.raises(ValidationError, match="needs sha256 and member_sha256"):
        _fetch.parse_registry(data)


# --- files without a pin ------------------------------------------------------------


def test_an_unpinned_file_is_refused_before_any_download(
    registry: dict[str, Any], server: Server, home: Path
) -> None:
    with pytest.raises(UnpinnedFileError, match="known_hashes=") as caught:
        fetch("kaggle-120", data_home=home)
    assert "kaggle-120/athlete_events.csv has no pinned sha256" in str(caught.value)
    assert server.requests == []  # not even the pinned noc_regions.csv
    assert not home.exists()


def test_an_unpinned_file_already_in_the_cache_is_not_trusted(
    registry: dict[str, Any], home: Path
) -> None:
    (home / "kaggle-120").mkdir(parents=True)
    (home / "kaggle-120" / "athlete_events.csv").write_bytes(EVENTS)
    (home / "kaggle-120" / "noc_regions.csv").write_bytes(REGIONS)
    with pytest.raises(UnpinnedFileError):
        fetch("kaggle-120", data_home=home)


def test_known_hashes_pin_a_file_for_the_caller(
    registry: dict[str, Any], server: Server, home: Path
) -> None:
    known = {"kaggle-120/athlete_events.csv": "SHA256:" + sha(EVENTS).upper()}
    history = load("kaggle-120", data_home=home, known_hashes=known)
    assert isinstance(history, History)
    assert [e.athletes for e in history.entries] == [("kaggle120:1",)]
    assert files_under(home) == {
        "kaggle-120/athlete_events.csv": EVENTS,
        "kaggle-120/noc_regions.csv": REGIONS,
    }


def test_a_wrong_known_hash_is_a_mismatch(registry: dict[str, Any], home: Path) -> None:
    with pytest.raises(HashMismatchError):
        fetch(
            "kaggle-120", data_home=home, known_hashes={"kaggle-120/athlete_events.csv": "1" * 64}
        )
    assert "kaggle-120/athlete_events.csv" not in files_under(home)


def test_an_optional_file_joins_its_data_set_once_pinned(
    registry: dict[str, Any], server: Server, home: Path
) -> None:
    known = {"olympics-com/olympic_athletes.csv": sha(ATHLETES)}
    fetch("olympics-com", data_home=home, known_hashes=known)
    assert files_under(home)["olympics-com/olympic_athletes.csv"] == ATHLETES


def test_known_hashes_cannot_override_a_pin(registry: dict[str, Any], home: Path) -> None:
    with pytest.raises(ValidationError, match="a pin cannot be overridden"):
        fetch(
            "olympanalyt",
            data_home=home,
            known_hashes={"olympanalyt/all_olympic_medalists.csv": "2" * 64},
        )
    # Restating the pin is harmless.
    known = {"olympanalyt/all_olympic_medalists.csv": sha(OLYMPANALYT)}
    assert fetch("olympanalyt", data_home=home, known_hashes=known).is_file()


@pytest.mark.parametrize(
    ("known", "error"),
    [
        ({"kaggle-120/nothing.csv": "0" * 64}, UnknownNameError),
        ({"kaggle-120/athlete_events.csv": "abc"}, ValidationError),
        ({"kaggle-120/athlete_events.csv": "g" * 64}, ValidationError),
    ],
)
def test_malformed_known_hashes_are_rejected(
    registry: dict[str, Any], home: Path, known: dict[str, str], error: type[Exception]
) -> None:
    with pytest.raises(error):
        fetch("kaggle-120", data_home=home, known_hashes=known)


# --- download_all and clear_cache ---------------------------------------------------


def test_download_all_fetches_every_pinned_file(
    registry: dict[str, Any], server: Server, home: Path
) -> None:
    paths = download_all(data_home=home)
    assert len(paths) == 8
    assert sorted(p.relative_to(home).as_posix() for p in paths) == sorted(files_under(home))
    assert "/k/athlete_events.csv" not in server.requests
    assert "/oc/olympic_athletes.csv" not in server.requests
    served = len(server.requests)
    assert download_all(data_home=home) == paths
    assert len(server.requests) == served


def test_clear_cache_removes_registry_files_and_leftovers_only(
    registry: dict[str, Any], home: Path
) -> None:
    fetch("olympedia", data_home=home)
    fetch("olympanalyt", data_home=home)
    (home / "olympedia" / "notes.txt").write_text("mine")
    (home / "olympanalyt" / ".all_olympic_medalists.csv.x1y2.part").write_bytes(b"half")
    removed = clear_cache(data_home=home)
    assert len(removed) == 5
    assert files_under(home) == {"olympedia/notes.txt": b"mine"}
    assert not (home / "olympanalyt").exists()  # left empty, so removed
    assert clear_cache(data_home=home) == ()


# --- nothing happens behind the caller's back ---------------------------------------


def test_resolving_and_listing_create_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "cache"))
    available()
    cache_dir()
    clear_cache()
    assert list(tmp_path.iterdir()) == []


# --- the real registry against the real files (skipped without ../shared/data) ------


@pytest.mark.usefixtures("no_network")
def test_shared_data_is_a_warm_cache_for_olympanalyt(shared_data: Path) -> None:
    path = fetch("olympanalyt", data_home=shared_data)
    assert path == shared_data.absolute() / "olympanalyt" / "all_olympic_medalists.csv"
    pin = _fetch.load_registry().files["olympanalyt/all_olympic_medalists.csv"].sha256
    assert hashlib.sha256(path.read_bytes()).hexdigest() == pin


def test_every_pinned_file_matches_its_copy_in_shared_data(shared_data: Path) -> None:
    """A pin is the hash of the upstream bytes; the shared copies are those bytes."""
    for key, remote in _fetch.load_registry().files.items():
        if remote.local_sha256 is None:
            continue
        data = (shared_data / key).read_bytes()
        assert hashlib.sha256(data).hexdigest() == remote.local_sha256, key
        assert len(data) == (remote.member_size if remote.member else remote.size), key


def test_every_pinned_file_has_a_size_to_stop_at() -> None:
    """A download stops at the pinned size: a server cannot fill the disk."""
    for key, remote in _fetch.load_registry().files.items():
        if remote.local_sha256 is None:
            continue
        if remote.member is None:
            assert remote.size is not None, key
        else:
            assert remote.member_size is not None, key


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize(
    ("name", "games", "events"),
    [("paris-2024", "2024-summer", 329), ("milano-cortina-2026", "2026-winter", 116)],
)
def test_load_reads_the_medallists_of_one_games_offline(
    shared_data: Path, name: str, games: str, events: int
) -> None:
    history = load(name, data_home=shared_data)
    assert isinstance(history, History)
    assert [g.id for g in history.games] == [games]
    assert len(history.events) == events


@pytest.mark.usefixtures("no_network")
def test_load_reads_the_full_kaggle_file_offline(shared_data: Path) -> None:
    history = load("kaggle-120", data_home=shared_data)
    assert "athlete_events.csv" in {i.source for i in history.issues}
    assert len(history.entries) > 180_000
    assert min(g.year for g in history.games) == 1896
    assert max(g.year for g in history.games) == 2016


@pytest.mark.usefixtures("no_network")
def test_load_reads_shared_data_offline_through_the_variable(
    shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(shared_data))
    history = load("olympanalyt")
    assert len(history.entries) > 10_000


def test_the_real_registry_downloads_through_its_urls(
    shared_data: Path, server: Server, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The shipped registry, rebased onto the local server that serves the shared copies
    # at the upstream URL paths: the download path checks the real pins.
    rebased = _fetch.load_registry().rebased(server.base)
    monkeypatch.setattr(_fetch, "load_registry", lambda: rebased)
    key = "olympanalyt/all_olympic_medalists.csv"
    url_path = rebased.files[key].url.removeprefix(server.base)
    server.files[url_path] = (shared_data / key).read_bytes()
    fetch("olympanalyt", data_home=home)
    commit = "d598b149fb0d238389023f546764d06db21bc5ee"
    assert server.requests == [
        f"/sainsdataid/olympics-medalist-dataset/{commit}/all_olympic_medalists.csv"
    ]
    assert (
        files_under(home)["olympanalyt/all_olympic_medalists.csv"]
        == (shared_data / "olympanalyt" / "all_olympic_medalists.csv").read_bytes()
    )
