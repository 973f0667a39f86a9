"""Write every answer the library gives on the real data, or compare two such folders.

    python tools/answers.py write OUT [DATA_DIR]
    python tools/answers.py compare BEFORE AFTER

``write`` puts in ``OUT``: the lossless JSON of each reader's History (olympics.com with
its results, OlympAnalyt, Kaggle's full file, Paris 2024, Milano Cortina 2026, the
bundle) and of ``load("all")``; the benchmark book's JSON; the claims file's verdicts
on the bundle and on ``load("all")``; and Olympedia's difference reports, of olympics.com
and of ``load("all")``. ``compare``
says, file by file, whether two such folders are byte-identical, and where the first
difference is. A refactoring that changes no answer leaves every file identical.
``DATA_DIR`` is the shared data folder (default: ``$OLYMPICS_RECORDS_DATA``).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import olympedia_report

from olympics_records import History, datasets, to_json
from olympics_records.claims import (
    check,
    load_claims,
    load_completeness,
    read_reported_medal_table,
)

ROOT = Path(__file__).resolve().parents[1]


def _write(out: Path, data: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    readers: dict[str, Callable[[], History]] = {
        "olympics-com": lambda: datasets.read_olympics_com(data / "olympics-com"),
        "olympanalyt": lambda: datasets.read_olympanalyt(
            data / "olympanalyt" / "all_olympic_medalists.csv"
        ),
        "kaggle-120": lambda: datasets.read_kaggle120(
            data / "kaggle-120" / "athlete_events.csv",
            noc_regions=data / "kaggle-120" / "noc_regions.csv",
        ),
        "paris-2024": lambda: datasets.read_medallists(data / "paris-2024"),
        "milano-cortina-2026": lambda: datasets.read_medallists(data / "milano-cortina-2026-full"),
        "bundled": datasets.milano_cortina_2026,
        "all": lambda: datasets.load("all", data_home=data, progress=False),
    }
    claims_file = ROOT / "docs" / "examples" / "milano-cortina-2026.claims.toml"
    statements = load_completeness(claims_file)
    reported = read_reported_medal_table(data / "milano-cortina-2026" / "reported_medal_table.csv")
    merged: History | None = None
    for name, read in readers.items():
        history = read()
        if name == "all":
            merged = history
        (out / f"{name}.json").write_text(to_json(history), encoding="utf-8")
        print(f"wrote {name}.json", flush=True)
        if name in ("bundled", "all"):
            lines = [
                f"{c.id}\t{v.status}\t{v.actual}\t{v.explanation}"
                for c in load_claims(claims_file)
                for v in [check(history, c, completeness=statements, reported=reported)]
            ]
            (out / f"claims-{name}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    environment = {**os.environ, "OLYMPICS_RECORDS_DATA": str(data)}
    book = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "book_olympics_records.py")],
        check=True,
        capture_output=True,
        text=True,
        env=environment,
    )
    (out / "book.json").write_text(book.stdout, encoding="utf-8")
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "olympedia_report.py"), str(out / "olympedia.md")],
        check=True,
        env=environment,
    )
    # load("all") was read above: its report is written from it, not built again.
    assert merged is not None
    olympedia_report.write(out / "olympedia-all.md", merged, 'load("all")', data)


def _compare(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    differ = 0
    for name in names:
        one, other = before / name, after / name
        if not one.exists() or not other.exists():
            print(f"{name}: only in {'after' if not one.exists() else 'before'}")
            differ += 1
            continue
        a, b = one.read_bytes(), other.read_bytes()
        if a == b:
            print(f"{name}: identical ({hashlib.sha256(a).hexdigest()[:12]})")
            continue
        differ += 1
        at = next(
            (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
        )
        print(f"{name}: DIFFERS at byte {at}: {a[max(0, at - 60) : at + 60]!r}")
        print(f"{' ' * len(name)}            vs {b[max(0, at - 60) : at + 60]!r}")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    write = verbs.add_parser("write")
    write.add_argument("out", type=Path)
    write.add_argument("data", nargs="?", default=os.environ.get("OLYMPICS_RECORDS_DATA"))
    compare = verbs.add_parser("compare")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.verb == "compare":
        return _compare(args.before, args.after)
    if not args.data:
        parser.error("give DATA_DIR or set OLYMPICS_RECORDS_DATA")
    _write(args.out, Path(args.data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
