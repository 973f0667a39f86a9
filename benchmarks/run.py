"""Run the benchmarks of issue 7: olympics_records against plain pandas and a bare csv parse.

Usage::

    OLYMPICS_RECORDS_DATA=../shared/data python benchmarks/run.py [--quick] [--no-scaling]
        [--no-snapshot] [--boards] [--before OTHER/src] [--json PATH]

0. Compiles both libraries to bytecode, as ``pip install`` does (see
   :func:`compile_bytecode`).
1. Checks that ``book_olympics_records.py`` and ``book_pandas.py`` give the same
   answers on ``$OLYMPICS_RECORDS_DATA/olympics-com`` (exits 1, printing every
   difference, if not).
2. Cold: each script (and ``floor_csv.py``) as its own ``python`` process, wall time
   from spawn to exit, in rotating order so drift hits all of them; median of 9 runs
   (3 with ``--quick``). Two more processes in the rotation split the cold run's
   fixed costs from its work: ``python -c pass`` (the interpreter's start and exit)
   and one that only imports what ``book_olympics_records.py`` imports.
3. Warm: each book script loads once, then times every query ``REPEATS`` times; the
   two processes alternate; median of all samples.
4. Snapshot of ``load("all")`` (``snapshot.py``; ``--no-snapshot`` skips it): the cold
   build and its peak RSS, the snapshot's write time and size, and the snapshot load
   in a fresh process, whole process, median of 7 runs (3 with ``--quick``).
5. Scaling: synthetic folders 1x, 10x and 100x the real medals (``synthetic.py``;
   ``--quick``: 1x and 10x), each read and answered in 3 child processes (1 with
   ``--quick``), the median of each figure taken: time per entry for load, index
   build and the book, and the child's peak RSS per entry, and how much each grows
   per tenfold.
6. A full read (results included): ``read_olympics_records.py``, ``read_pandas.py``
   and ``read_polars.py`` on the same files, with the floor (``floor_csv.py
   --results``) and the fixed costs, whole processes in rotating order.
7. Merge (``merge.py``): olympics.com (medals only, then with results) and
   OlympAnalyt loaded, then merged, in fresh processes; the loads and the merge timed
   apart, medians of 5 runs (3 with ``--quick``).
8. The book users write (issue 16): ``boards_olympics_records.py`` and its pandas and
   polars twins must agree; then cold (whole process, the book's queries), warm (per
   query, with a full leaderboard) and the 100 days (one by one, in a sweep, medal
   tables), in rotating order. ``--before OTHER/src`` also times the 100 days on the
   library found there (the code before a change), for the ratio to it. ``--boards``
   runs this part alone.

With ``--before OTHER/src``, the library found there must first give the same answers
as this one to both books (steps 1 and 8): the runner stops, listing the differences,
if a change to make it faster changed an answer.

It prints Markdown tables (the ones in ``benchmarks/README.md``); ``--json PATH`` also
writes the raw samples there.
"""

from __future__ import annotations

import compileall
import importlib.util
import itertools
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
OURS = HERE / "book_olympics_records.py"
PANDAS = HERE / "book_pandas.py"
FLOOR = HERE / "floor_csv.py"
# The book users write (issue 16): leaderboards, tables, a progression, and days.
BOARDS = {
    "olympics_records": HERE / "boards_olympics_records.py",
    "pandas": HERE / "boards_pandas.py",
    "polars": HERE / "boards_polars.py",
}
# A full read of the olympics.com folder, results included, and its merge.
READS = {
    "olympics_records": HERE / "read_olympics_records.py",
    "pandas": HERE / "read_pandas.py",
    "polars": HERE / "read_polars.py",
}
MERGE = HERE / "merge.py"
BOOK_QUERIES = (
    "golds_at_one_games,individual_golds_at_one_games,career_golds,career_medals,"
    "nation_golds_at_one_games,medal_tables,gold_record_progression"
)
"""The book users write, as timed cold: top-10 leaderboards, every table, a progression."""
BOARD_QUERIES = BOOK_QUERIES + ",career_medals_full"
DAY_QUERIES = "top_as_of_each_day,top_over_days,tables_as_of_each_day"
"""The days: 100 of them, asked one by one, in a sweep, and of a medal table."""


def data_dir() -> Path:
    root = os.environ.get("OLYMPICS_RECORDS_DATA")
    if not root:
        raise SystemExit("set OLYMPICS_RECORDS_DATA to the shared data folder (../shared/data)")
    folder = Path(root) / "olympics-com"
    if not (folder / "olympic_medals.csv").is_file():
        raise SystemExit(f"no olympic_medals.csv in {folder}")
    return folder


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def spawn(script: Path | str, *args: str, path: str | None = None) -> tuple[float, float, str]:
    """Run ``python script args`` in a fresh process: wall time, CPU time and stdout.

    ``script`` may be ``"-c"``, with the code as the first argument. ``path``, if
    given, is the child's ``PYTHONPATH`` (another checkout's ``src``, to time it).
    """
    env = None if path is None else {**os.environ, "PYTHONPATH": path}
    cpu = _cpu()
    start = time.perf_counter()
    done = subprocess.run(
        [PYTHON, str(script), *args], capture_output=True, text=True, check=False, env=env
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{script} {' '.join(args)} failed:\n{done.stderr}")
    return elapsed, _cpu() - cpu, done.stdout


def differences(ours: Any, theirs: Any, path: str = "$", *, other: str = "pandas") -> list[str]:
    """Every place two JSON values differ, as ``path: ours != theirs``."""
    if isinstance(ours, dict) and isinstance(theirs, dict):
        found = []
        for key in sorted(set(ours) | set(theirs)):
            if key not in ours or key not in theirs:
                found.append(f"{path}.{key}: only in {'ours' if key in ours else other}")
            else:
                found += differences(ours[key], theirs[key], f"{path}.{key}", other=other)
        return found
    if ours != theirs:
        return [f"{path}: olympics_records {ours!r} != {other} {theirs!r}"]
    return []


def compile_bytecode() -> None:
    """Compile both libraries' modules to bytecode before anything is timed.

    ``pip install`` does this for a regular install (pandas in site-packages has its
    ``.pyc`` files). An editable install of olympics_records has none until a run
    writes them, and none at all where ``PYTHONDONTWRITEBYTECODE`` is set, which would
    make every cold run compile the library's source (~20 ms): not what users run.
    """
    for name in ("olympics_records", "pandas", "polars"):
        spec = importlib.util.find_spec(name)
        for location in (spec.submodule_search_locations or []) if spec else []:
            compileall.compile_dir(location, quiet=2)


def check_answers(folder: Path, before: str | None = None) -> dict[str, Any]:
    """Stop, listing the differences, unless the two record books agree.

    With ``before`` (another checkout's ``src``), the library found there must give
    the same record book too.
    """
    ours = json.loads(spawn(OURS, str(folder))[2])
    others = {"pandas": json.loads(spawn(PANDAS, str(folder))[2])}
    if before is not None:
        others["before"] = json.loads(spawn(OURS, str(folder), path=before)[2])
    for name, theirs in others.items():
        found = differences(ours, theirs, other=name)
        if found:
            print(f"THE RECORD BOOKS DISAGREE (olympics_records, {name}):", file=sys.stderr)
            for line in found[:50]:
                print("  " + line[:300], file=sys.stderr)
            raise SystemExit(1)
    book: dict[str, Any] = ours
    return book


def check_boards(folder: Path, before: str | None = None) -> None:
    """Stop, listing the differences, unless the three books users write agree.

    With ``before`` (another checkout's ``src``), the library found there must give
    the same answers too: a change that makes it faster changes no answer.
    """
    answers = {name: json.loads(spawn(script, str(folder))[2]) for name, script in BOARDS.items()}
    if before is not None:
        script = BOARDS["olympics_records"]
        answers["before"] = json.loads(spawn(script, str(folder), path=before)[2])
    ours = answers.pop("olympics_records")
    for name, theirs in answers.items():
        # (Older code has no sweep: what it cannot answer is left out.)
        found = differences({q: a for q, a in ours.items() if q in theirs}, theirs, other=name)
        if found:
            print(f"THE BOOKS USERS WRITE DISAGREE (olympics_records, {name}):", file=sys.stderr)
            for line in found[:50]:
                print("  " + line[:300], file=sys.stderr)
            raise SystemExit(1)


def cold_boards(folder: Path, runs: int) -> dict[str, dict[str, list[float]]]:
    """The book users write, each tool's script as a whole process, in rotating order."""
    return rotate(
        {name: (script, str(folder), "--only", BOOK_QUERIES) for name, script in BOARDS.items()},
        runs,
    )


def warm_boards(
    folder: Path, queries: str, runs: int, repeats: int, before: str | None = None
) -> dict[str, dict[str, list[float]]]:
    """Each tool's script loads once and times ``queries``; the processes rotate.

    With ``before`` (another checkout's ``src``), the library found there is timed
    too, as ``"before"``: the same script on the code before a change.
    """
    tools: list[tuple[str, Path, str | None]] = [(n, s, None) for n, s in BOARDS.items()]
    if before is not None:
        tools.append(("before", BOARDS["olympics_records"], before))
    samples: dict[str, dict[str, list[float]]] = {name: {} for name, _, _ in tools}
    for run in range(runs):
        turn = run % len(tools)
        for name, script, path in tools[turn:] + tools[:turn]:
            args = (str(folder), "--only", queries, "--warm", str(repeats))
            timings = json.loads(spawn(script, *args, path=path)[2])
            samples[name].setdefault("load", []).append(timings["load"])
            for query, times in timings["queries"].items():
                samples[name].setdefault(query, []).extend(times)
    return samples


# The fixed part of a cold run: start and exit, then those and the book's imports
# (book_olympics_records.py imports json, os, sys, time and the library).
START = ("-c", "pass")
_BOOK_IMPORTS = (
    "import json, os, sys, time, olympics_records; "
    "from olympics_records.datasets import read_olympics_com"
)
IMPORTS = ("-c", _BOOK_IMPORTS)


def rotate(
    commands: dict[str, tuple[Path | str, ...]], runs: int
) -> dict[str, dict[str, list[float]]]:
    """Run each command ``runs`` times as a whole process, in rotating order.

    Each round starts one command later, so drift in the machine's speed hits every
    command alike. Returns the wall and CPU seconds of every run, by command.
    """
    times: dict[str, dict[str, list[float]]] = {n: {"wall": [], "cpu": []} for n in commands}
    names = list(commands)
    for run in range(runs):
        turn = run % len(names)
        for name in names[turn:] + names[:turn]:
            script, *args = commands[name]
            wall, cpu, _ = spawn(script, *map(str, args))
            times[name]["wall"].append(wall)
            times[name]["cpu"].append(cpu)
    return times


def cold(folder: Path, runs: int) -> dict[str, dict[str, list[float]]]:
    """The record book, its floor and the fixed costs, each a whole process."""
    return rotate(
        {
            "olympics_records": (OURS, str(folder)),
            "pandas": (PANDAS, str(folder)),
            "csv floor": (FLOOR, str(folder)),
            "python start": START,
            "start + imports": IMPORTS,
        },
        runs,
    )


# What read_olympics_records.py imports.
_READ_IMPORTS = "import json, os, sys; from olympics_records.datasets import read_olympics_com"


def cold_reads(folder: Path, runs: int) -> dict[str, dict[str, list[float]]]:
    """A full read (results included) by each tool, its floor and the fixed costs."""
    return rotate(
        {
            **{name: (script, str(folder)) for name, script in READS.items()},
            "csv floor": (FLOOR, str(folder), "--results"),
            "python start": START,
            "start + imports": ("-c", _READ_IMPORTS),
        },
        runs,
    )


def merges(runs: int) -> dict[str, list[dict[str, Any]]]:
    """``merge.py`` in fresh processes, medals only and with results, alternating."""
    found: dict[str, list[dict[str, Any]]] = {"medals": [], "with results": []}
    for run in range(runs):
        order = [("medals", ()), ("with results", ("--results",))]
        for name, args in order if run % 2 == 0 else order[::-1]:
            found[name].append(json.loads(spawn(MERGE, *args)[2]))
    return found


def warm(folder: Path, runs: int, repeats: int) -> dict[str, dict[str, list[float]]]:
    samples: dict[str, dict[str, list[float]]] = {"olympics_records": {}, "pandas": {}}
    for run in range(runs):
        order = [("olympics_records", OURS), ("pandas", PANDAS)]
        for name, script in order if run % 2 == 0 else order[::-1]:
            timings = json.loads(spawn(script, str(folder), "--warm", str(repeats))[2])
            samples[name].setdefault("load", []).append(timings["load"])
            for query, times in timings["queries"].items():
                samples[name].setdefault(query, []).extend(times)
    return samples


def scale_child(folder: str) -> None:
    """In a child process: load, rebuild the index, answer the books; print figures.

    The record book, then the book users write (its top-10 boards, tables and
    progression), each timed whole.
    """
    sys.path.insert(0, str(HERE))
    start = time.perf_counter()
    import attrs  # noqa: PLC0415
    import boards_olympics_records as boards  # noqa: PLC0415
    import book_olympics_records as book  # noqa: PLC0415

    imported = time.perf_counter()
    history = book.load(folder)
    loaded = time.perf_counter()
    attrs.evolve(history)  # a new History of the same values: checked and indexed again
    indexed = time.perf_counter()
    book.book(history)
    answered = time.perf_counter()
    for query in BOOK_QUERIES.split(","):
        boards.QUERIES[query](history)
    boarded = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    json.dump(
        {
            "entries": len(history.entries),
            "import": imported - start,
            "load": loaded - imported,
            "index": indexed - loaded,
            "book": answered - indexed,
            "boards": boarded - answered,
            "peak_rss": peak,
        },
        sys.stdout,
    )


def scaling(folder: Path, factors: tuple[int, ...], children: int = 3) -> dict[int, dict[str, Any]]:
    """Each size's figures: the median of ``children`` child processes, field by field.

    One child alone is too noisy for a growth per tenfold (a tenth of a second at 1x);
    the children's own figures are kept under ``"children"``.
    """
    sys.path.insert(0, str(HERE))
    import synthetic  # noqa: PLC0415

    scratch = Path(tempfile.gettempdir()) / "olympics-records-bench"
    source = folder / synthetic.MEDALS
    found: dict[int, dict[str, Any]] = {}
    for factor in factors:
        target = scratch / f"x{factor}"
        medals = target / synthetic.MEDALS
        if not medals.exists() or medals.stat().st_mtime < source.stat().st_mtime:
            print(f"generating {factor}x in {target} ...", file=sys.stderr)
            synthetic.generate(folder, target, factor)
        runs = []
        for _ in range(children):
            done = subprocess.run(
                [PYTHON, str(Path(__file__).resolve()), "--scale-child", str(target)],
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0:
                raise SystemExit(f"scaling {factor}x failed:\n{done.stderr}")
            runs.append(json.loads(done.stdout))
        found[factor] = {**medians(runs), "children": runs}
    return found


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    pandas = subprocess.run(
        [PYTHON, "-c", "import pandas; print(pandas.__version__)"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return (
        f"{os.cpu_count()} CPUs ({model}), Python {platform.python_version()}, "
        f"pandas {pandas or 'not installed'}, {platform.system()} {platform.release()}"
    )


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


def medians(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Each figure's median over the runs (dicts of the same keys, one per process)."""
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def _ratio(a: list[float] | None, b: list[float] | None) -> str:
    if not a or not b:
        return "-"
    return f"{statistics.median(a) / statistics.median(b):.2f}x"


def _median(samples: list[float] | None) -> str:
    return ms(statistics.median(samples)) if samples else "-"


def _cold_table(
    times: dict[str, dict[str, list[float]]],
    against: tuple[str, ...],
    *,
    floor: float | None = None,
) -> list[str]:
    """A cold table: each command's median wall and CPU time and its ratios to those of
    the commands ``against``; with ``floor``, also its wall time's ratio to that."""
    wall = {name: statistics.median(t["wall"]) for name, t in times.items()}
    cpu = {name: statistics.median(t["cpu"]) for name, t in times.items()}
    vs = "".join(f" vs {name} |" for name in against)
    lines = [
        f"| script | wall |{vs}{' vs floor |' if floor else ''} CPU |{vs}",
        "|---|" + "---:|" * (2 + 2 * len(against) + (1 if floor else 0)),
    ]
    for name in times:
        w, c = wall[name], cpu[name]
        row = f"| {name} | {ms(w)} |" + "".join(f" {w / wall[a]:.2f}x |" for a in against)
        if floor:
            row += f" {w / floor:.2f}x |"
        row += f" {ms(c)} |" + "".join(f" {c / cpu[a]:.2f}x |" for a in against)
        lines.append(row)
    return lines


def report_boards(
    cold_times: dict[str, dict[str, list[float]]],
    warm_times: dict[str, dict[str, list[float]]],
    day_times: dict[str, dict[str, list[float]]],
    runs: int,
) -> str:
    """The tables of the book users write: cold, warm per query, and the days."""
    lines = [
        f"The book users write, cold (whole process; median of {runs} runs):",
        "",
        *_cold_table(cold_times, ("pandas", "polars")),
    ]
    ours, pd, pl = (warm_times[n] for n in BOARDS)
    lines += [
        "",
        (
            "Warm (in-process, after the load; median of all repeats; each query answers both "
            "seasons):"
        ),
        "",
        "| query | olympics_records | pandas | polars | vs pandas | vs polars |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for query in ours:
        lines.append(
            f"| {query} | {_median(ours[query])} | {_median(pd.get(query))} "
            f"| {_median(pl.get(query))} | {_ratio(ours[query], pd.get(query))} "
            f"| {_ratio(ours[query], pl.get(query))} |"
        )
    ours, pd, pl = (day_times[n] for n in BOARDS)
    before = day_times.get("before", {})
    lines += [
        "",
        (
            "100 days (in-process; median of all repeats; `before`: the same script on the "
            "library before this change, where given; a sweep is compared with the days "
            "asked one by one there):"
        ),
        "",
        (
            "| query | before | olympics_records | pandas | polars | vs before | vs pandas "
            "| vs polars |"
        ),
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for query in ours:
        if query == "load":
            continue
        then = before.get(query) or before.get("top_as_of_each_day" if "over" in query else "")
        lines.append(
            f"| {query} | {_median(then)} | {_median(ours[query])} "
            f"| {_median(pd.get(query))} | {_median(pl.get(query))} "
            f"| {_ratio(ours[query], then)} | {_ratio(ours[query], pd.get(query))} "
            f"| {_ratio(ours[query], pl.get(query))} |"
        )
    return "\n".join(lines)


def report_reads(times: dict[str, dict[str, list[float]]], runs: int) -> str:
    """The table of the full read: each tool, the floor and the fixed costs."""
    wall = {name: statistics.median(t["wall"]) for name, t in times.items()}
    cpu = {name: statistics.median(t["cpu"]) for name, t in times.items()}
    floor = wall["start + imports"] + wall["csv floor"] - wall["python start"]
    cpu_floor = cpu["start + imports"] + cpu["csv floor"] - cpu["python start"]
    lines = [
        (
            "A full read of the olympics.com folder, results included (whole process; "
            f"median of {runs} runs):"
        ),
        "",
        *_cold_table(times, ("pandas", "polars"), floor=floor),
        "",
        (
            f"The floor of a pure-Python read (start, the imports of "
            f"`read_olympics_records.py`, and the bare `csv` parse of the three files): "
            f"{ms(floor)} wall, {ms(cpu_floor)} CPU; olympics_records is "
            f"{wall['olympics_records'] / floor:.2f}x it."
        ),
    ]
    return "\n".join(lines)


def report_merges(found: dict[str, list[dict[str, Any]]]) -> str:
    """The table of the merge of olympics.com and OlympAnalyt (medians of the runs)."""
    lines = [
        (
            "Merge of olympics.com and OlympAnalyt (`merge.py`, fresh processes; median "
            f"of {len(found['medals'])} runs each):"
        ),
        "",
        (
            "| olympics.com read | olympics.com | OlympAnalyt | load both | merge "
            "| (load + merge) / load | entries | athletes | peak RSS |"
        ),
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, runs in found.items():
        if not runs:
            continue
        median = medians(runs)
        lines.append(
            f"| {name} | {ms(median['olympics_com'])} | {ms(median['olympanalyt'])} "
            f"| {ms(median['load'])} | {ms(median['merge'])} "
            f"| {(median['load'] + median['merge']) / median['load']:.2f}x "
            f"| {median['entries']:,.0f} | {median['athletes']:,.0f} "
            f"| {median['peak_rss'] / 2**20:,.0f} MiB |"
        )
    return "\n".join(lines)


def report(
    cold_times: dict[str, dict[str, list[float]]],
    warm_times: dict[str, dict[str, list[float]]],
    scaled: dict[int, dict[str, Any]],
    runs: int,
) -> str:
    wall = {name: statistics.median(t["wall"]) for name, t in cold_times.items()}
    lines = [
        f"Machine: {machine()}",
        "",
        f"Cold (whole process; median of {runs} runs; CPU = user + system of the child):",
        "",
        *_cold_table(cold_times, ("pandas", "csv floor")),
    ]
    ours = "olympics_records"
    start, imports, floor = wall["python start"], wall["start + imports"], wall["csv floor"]
    lines += [
        "",
        f"Target (wall): olympics_records / pandas = {wall[ours] / wall['pandas']:.2f} (<= 0.5).",
        "",
        "Where the cold run's wall time goes (medians of the rows above):",
        "",
        "| part | olympics_records | csv floor |",
        "|---|---:|---:|",
        f"| python start and exit (`python -c pass`) | {ms(start)} | {ms(start)} |",
        f"| imports (start + imports, less start) | {ms(imports - start)} | - |",
        (
            f"| reading and answering (the rest) | {ms(wall[ours] - imports)} "
            f"| {ms(floor - start)} |"
        ),
        f"| whole run | {ms(wall[ours])} | {ms(floor)} |",
        "",
        (
            f"The floor of a pure-Python core (start and the book's imports, then the bare "
            f"parse: {ms(imports)} + {ms(floor - start)} = {ms(imports + floor - start)}); "
            f"olympics_records is {wall[ours] / (imports + floor - start):.2f}x it."
        ),
        "",
        "Warm (in-process, after the load; median of all repeats; a query answers both seasons):",
        "",
        "| query | olympics_records | pandas | ratio |",
        "|---|---:|---:|---:|",
    ]
    for query in warm_times[ours]:
        a = statistics.median(warm_times[ours][query])
        b = statistics.median(warm_times["pandas"][query])
        lines.append(f"| {query} | {ms(a)} | {ms(b)} | {a / b:.2f}x |")
    if scaled:
        children = len(next(iter(scaled.values())).get("children", [None]))
        lines += [
            "",
            (
                f"Scaling (synthetic olympics.com folders; per size, the median of {children} "
                "child processes):"
            ),
            "",
            (
                "| size | entries | load | index build | record book | users' book | peak RSS "
                "| load / entry | index / entry | book / entry | users' book / entry "
                "| RSS / entry |"
            ),
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for factor, f in scaled.items():
            n = f["entries"]
            boards = f.get("boards", 0.0)  # (a --json file of an older runner has none)
            lines.append(
                f"| {factor}x | {n:,} | {ms(f['load'])} | {ms(f['index'])} | {ms(f['book'])} "
                f"| {ms(boards)} | {f['peak_rss'] / 2**20:,.0f} MiB "
                f"| {f['load'] / n * 1e6:.1f} µs | {f['index'] / n * 1e6:.1f} µs "
                f"| {f['book'] / n * 1e6:.1f} µs | {boards / n * 1e6:.1f} µs "
                f"| {f['peak_rss'] / n:,.0f} B |"
            )
        sizes = sorted(scaled)
        for small, large in itertools.pairwise(sizes):
            first, then = scaled[small], scaled[large]
            growth = {
                key: (then[key] / then["entries"]) / (first[key] / first["entries"])
                for key in ("load", "index", "book", "boards", "peak_rss")
            }
            lines.append(
                f"| {small}x to {large}x: growth per entry | | | | | | "
                f"| {growth['load']:.2f}x | {growth['index']:.2f}x | {growth['book']:.2f}x "
                f"| {growth['boards']:.2f}x | {growth['peak_rss']:.2f}x |"
            )
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    if argv[:1] == ["--scale-child"]:
        scale_child(argv[1])
        return
    quick = "--quick" in argv
    before = argv[argv.index("--before") + 1] if "--before" in argv else None
    folder = data_dir()
    runs = 3 if quick else 9
    compile_bytecode()
    # --boards: only the book users write (issue 16), not the record book of issue 7.
    record_book = "--boards" not in argv
    cold_times: dict[str, dict[str, list[float]]] = {}
    warm_times: dict[str, dict[str, list[float]]] = {}
    scaled: dict[int, dict[str, Any]] = {}
    reads: dict[str, dict[str, list[float]]] = {}
    merged: dict[str, list[dict[str, Any]]] = {}
    if record_book:
        print("checking that both record books agree ...", file=sys.stderr)
        check_answers(folder, before)
        print("cold runs ...", file=sys.stderr)
        cold_times = cold(folder, runs)
        print("warm runs ...", file=sys.stderr)
        warm_times = warm(folder, runs=3 if quick else 7, repeats=5 if quick else 9)
        if "--no-scaling" not in argv:
            scaled = scaling(folder, (1, 10) if quick else (1, 10, 100), 1 if quick else 3)
        print("full reads ...", file=sys.stderr)
        reads = cold_reads(folder, runs)
        print("merges ...", file=sys.stderr)
        merged = merges(3 if quick else 5)
    print("the book users write: checking that the three agree ...", file=sys.stderr)
    check_boards(folder, before)
    print("the book users write: cold runs ...", file=sys.stderr)
    boards_cold = cold_boards(folder, runs)
    print("the book users write: warm runs ...", file=sys.stderr)
    boards_warm = warm_boards(
        folder, BOARD_QUERIES, runs=3 if quick else 6, repeats=5 if quick else 9
    )
    print("the book users write: 100 days ...", file=sys.stderr)
    days = warm_boards(folder, DAY_QUERIES, runs=3 if quick else 4, repeats=3, before=before)
    snapshot: dict[str, Any] = {}
    if record_book and "--no-snapshot" not in argv:
        print("snapshot of load('all') ...", file=sys.stderr)
        sys.path.insert(0, str(HERE))
        import snapshot as snapshot_bench  # noqa: PLC0415

        snapshot = snapshot_bench.measure(
            folder.parent, builds=1 if quick else 3, runs=3 if quick else 7
        )
    if record_book:
        print(report(cold_times, warm_times, scaled, runs))
        print()
        print(report_reads(reads, runs))
        print()
        print(report_merges(merged))
        print()
    print(report_boards(boards_cold, boards_warm, days, runs))
    if snapshot:
        print("\n" + "\n".join(snapshot_bench.table(snapshot)))
    if "--json" in argv:
        raw = {
            "cold": cold_times,
            "warm": warm_times,
            "scaling": scaled,
            "boards_cold": boards_cold,
            "boards_warm": boards_warm,
            "days": days,
            "snapshot": snapshot,
            "reads": reads,
            "merges": merged,
        }
        Path(argv[argv.index("--json") + 1]).write_text(json.dumps(raw, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
