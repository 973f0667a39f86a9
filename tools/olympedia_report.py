"""Write a Markdown report of how olympics.com medal tables compare with Olympedia's tally.

    python tools/olympedia_report.py REPORT.md [DATA_DIR] [--since YEAR] [--all]

``DATA_DIR`` is the shared data folder (default: ``$OLYMPICS_RECORDS_DATA``). Every
Games × NOC row that differs is listed with the explanation the data supports;
OlympAnalyt's medallists serve as a second source to explain differences. ``--all``
checks the tables of ``load("all")`` (every source merged, built without a snapshot)
instead of olympics.com's: a medal the merge counts twice shows there.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from olympics_records import History
from olympics_records.crosscheck import compare_tally
from olympics_records.datasets import (
    load,
    read_olympanalyt,
    read_olympedia_tally,
    read_olympics_com,
)


def _counts(counts: tuple[int, int, int] | None) -> str:
    return "—" if counts is None else " / ".join(map(str, counts))


def write(report: Path, history: History, checked: str, data: Path, *, since: int = 1956) -> None:
    """Write the report of ``history`` (called ``checked`` in it) to ``report``."""
    other = read_olympanalyt(data / "olympanalyt" / "all_olympic_medalists.csv")
    reference = read_olympedia_tally(data / "olympedia" / "Olympic_Games_Medal_Tally.csv")
    result = compare_tally(history, reference, since=since, others=[other])

    lines = [
        f"# {checked} medal tables vs Olympedia's tally",
        "",
        (
            f"Games from {since} on: **{result.agreeing} of {result.rows}** Games × NOC "
            f"rows agree exactly (**{result.rate:.2%}**)."
        ),
        "",
        "| explanation | rows |",
        "|---|---:|",
        *(f"| {why} | {n} |" for why, n in result.by_explanation().items()),
        "",
        "## Every difference",
        "",
        "Medals as gold / silver / bronze.",
        "",
        f"| Games | NOC | {checked} | Olympedia | explanation |",
        "|---|---|---|---|---|",
        *(
            f"| {d.games} | {d.noc} | {_counts(d.computed)} | {_counts(d.reference)} "
            f"| {d.explanation} |"
            for d in result.differences
        ),
        "",
    ]
    report.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {report}: {result.agreeing}/{result.rows} rows agree ({result.rate:.2%})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path, help="the Markdown file to write")
    parser.add_argument("data", nargs="?", default=os.environ.get("OLYMPICS_RECORDS_DATA"))
    parser.add_argument("--since", type=int, default=1956)
    parser.add_argument("--all", action="store_true", help='check load("all"), not olympics.com')
    args = parser.parse_args(argv)
    if not args.data:
        parser.error("give DATA_DIR or set OLYMPICS_RECORDS_DATA")
    data = Path(args.data)
    if args.all:
        merged = load("all", data_home=data, snapshot=False)
        assert isinstance(merged, History)  # (every name but olympedia's)
        history, checked = merged, 'load("all")'
    else:
        history, checked = read_olympics_com(data / "olympics-com", results=False), "olympics.com"
    write(args.report, history, checked, data, since=args.since)
    return 0


if __name__ == "__main__":
    sys.exit(main())
