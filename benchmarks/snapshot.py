"""The snapshot of ``load("all")``: cold build, snapshot write, and reading it back.

Usage (``run.py`` calls :func:`measure`; run alone, it prints its table)::

    OLYMPICS_RECORDS_DATA=../shared/data python benchmarks/snapshot.py [--quick]

The sources of ``load("all")`` are copied into a cache of its own (the shared folder
is never written). Each figure is a child process:

- *cold build*: ``load("all", snapshot=False)`` (as every cold benchmark loads), its
  time in the child and the child's peak RSS; then the snapshot written, timed alone;
- *snapshot load*: a fresh ``python`` that imports the library and calls
  ``load("all")``, timed by the parent from spawn to exit, median of the runs; it
  fails on any :class:`~olympics_records.datasets.SnapshotWarning` (a load that did
  not answer from the snapshot);
- the History read back is checked equal to the one built (a digest of ``to_json``).
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PYTHON = sys.executable
HERE = Path(__file__).resolve()
# The folders of the sources load("all") reads (the registry's data set targets).
FOLDERS = ("olympics-com", "paris-2024", "milano-cortina-2026-full", "kaggle-120", "olympanalyt")
_LOAD = (
    "import sys, warnings\n"
    "from olympics_records import datasets\n"
    "warnings.simplefilter('error', datasets.SnapshotWarning)\n"
    "history = datasets.load('all', data_home=sys.argv[1], progress=False, snapshot=True)\n"
    "import resource\n"
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)\n"
)


def child_build(cache: str) -> None:
    """Build ``load("all")`` without a snapshot, then write its snapshot; print figures."""
    start = time.perf_counter()
    from olympics_records import datasets, to_json  # noqa: PLC0415
    from olympics_records.datasets._all import ALL_SOURCES  # noqa: PLC0415
    from olympics_records.datasets._fetch import source_hashes  # noqa: PLC0415
    from olympics_records.datasets._snapshot import (  # noqa: PLC0415
        snapshot_key,
        snapshot_path,
        write_snapshot,
    )

    history = datasets.load("all", data_home=cache, progress=False, snapshot=False)
    built = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    key = snapshot_key("all", source_hashes(ALL_SOURCES, data_home=cache))
    written = time.perf_counter()
    path = snapshot_path(Path(cache), "all")
    write_snapshot(path, history, key)
    done = time.perf_counter()
    digest = hashlib.sha256(to_json(history).encode()).hexdigest()
    json.dump(
        {
            "build": built - start,
            "peak_rss": peak,
            "write": done - written,
            "size": path.stat().st_size,
            "digest": digest,
        },
        sys.stdout,
    )


def child_check(cache: str) -> None:
    """Load from the snapshot; print the digest of the History read."""
    namespace: dict[str, Any] = {}
    sys.argv[1:] = [cache]
    exec(_LOAD, namespace)  # the very code timed in the fresh processes
    from olympics_records import to_json  # noqa: PLC0415

    digest = hashlib.sha256(to_json(namespace["history"]).encode()).hexdigest()
    print(json.dumps({"digest": digest}))


def _run(*args: str) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([PYTHON, *args], capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)[:200]} failed:\n{done.stderr}")
    return elapsed, done.stdout


def measure(root: Path, *, builds: int = 1, runs: int = 5) -> dict[str, Any]:
    """Every figure of the snapshot on the sources under ``root`` (``../shared/data``)."""
    scratch = Path(tempfile.mkdtemp(prefix="olympics-records-snapshot-"))
    try:
        for folder in FOLDERS:
            shutil.copytree(root / folder, scratch / folder)
        built = []
        for _ in range(builds):
            built.append(json.loads(_run(str(HERE), "--child-build", str(scratch))[1]))
        check = json.loads(_run(str(HERE), "--child-check", str(scratch))[1].splitlines()[-1])
        if check["digest"] != built[-1]["digest"]:
            raise SystemExit("THE HISTORY READ FROM THE SNAPSHOT IS NOT THE ONE BUILT")
        loaded = [_run("-c", _LOAD, str(scratch)) for _ in range(runs)]
        start = [_run("-c", "pass")[0] for _ in range(runs)]
    finally:
        shutil.rmtree(scratch)
    return {
        "build": [b["build"] for b in built],
        "write": [b["write"] for b in built],
        "build_peak_rss": max(b["peak_rss"] for b in built),
        "size": built[-1]["size"],
        "load": [wall for wall, _ in loaded],
        "load_peak_rss": max(int(out) for _, out in loaded),
        "python_start": start,
    }


def table(f: dict[str, Any]) -> list[str]:
    """The Markdown table of :func:`measure`'s figures."""
    build, write = statistics.median(f["build"]), statistics.median(f["write"])
    load, start = statistics.median(f["load"]), statistics.median(f["python_start"])
    return [
        (
            f"Snapshot of load('all') (cold build: median of {len(f['build'])}; snapshot "
            f"load: whole fresh process, median of {len(f['load'])}):"
        ),
        "",
        "| figure | value |",
        "|---|---:|",
        f"| cold build, `load('all', snapshot=False)` in its process | {build:.2f} s |",
        f"| peak RSS of that first load | {f['build_peak_rss'] / 2**20:,.0f} MiB |",
        f"| snapshot write | {write * 1000:.0f} ms |",
        f"| snapshot size | {f['size'] / 2**20:.1f} MiB |",
        f"| snapshot load, fresh process, spawn to exit | {load * 1000:.0f} ms |",
        f"| of which python start and exit (`python -c pass`) | {start * 1000:.0f} ms |",
        f"| peak RSS of the snapshot load | {f['load_peak_rss'] / 2**20:,.0f} MiB |",
        "",
        (
            f"Target: snapshot load <= 2 s (here {load:.2f} s; a build takes {build / load:.0f}x "
            "as long)."
        ),
    ]


def main(argv: list[str]) -> None:
    if argv[:1] == ["--child-build"]:
        child_build(argv[1])
        return
    if argv[:1] == ["--child-check"]:
        child_check(argv[1])
        return
    root = os.environ.get("OLYMPICS_RECORDS_DATA")
    if not root:
        raise SystemExit("set OLYMPICS_RECORDS_DATA to the shared data folder (../shared/data)")
    quick = "--quick" in argv
    figures = measure(Path(root), builds=1 if quick else 3, runs=3 if quick else 7)
    print("\n".join(table(figures)))


if __name__ == "__main__":
    main(sys.argv[1:])
