"""The floor: a bare ``csv``-module parse of the olympics.com medals file.

Usage::

    python benchmarks/floor_csv.py [DIRECTORY] [--results]

Reads every row of ``olympic_medals.csv`` (with ``--results``, of the hosts, medals and
results files: what a full read reads) with :func:`csv.reader` and prints the number
of data rows. No answer is computed: this is what any Python program reading the
files must pay at least (interpreter start, ``import csv``, decode and split).
"""

from __future__ import annotations

import csv
import os
import sys


def main(argv: list[str]) -> None:
    names = ["olympic_medals.csv"]
    if "--results" in argv:
        argv = [a for a in argv if a != "--results"]
        names = ["olympic_hosts.csv", "olympic_medals.csv", "olympic_results.csv"]
    directory = argv[0] if argv else f"{os.environ['OLYMPICS_RECORDS_DATA']}/olympics-com"
    rows = 0
    for name in names:
        # No pathlib: the floor imports only what a csv parse needs.
        with open(f"{directory}/{name}", encoding="utf-8", newline="") as f:  # noqa: PTH123
            rows += sum(1 for _ in csv.reader(f)) - 1
    print(rows)


if __name__ == "__main__":
    main(sys.argv[1:])
