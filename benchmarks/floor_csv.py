"""The floor: a bare ``csv``-module parse of the olympics.com medals file.

Usage::

    python benchmarks/floor_csv.py [DIRECTORY]

Reads every row of ``olympic_medals.csv`` with :func:`csv.reader` and prints the
number of data rows. No answer is computed: this is what any Python program reading
the file must pay at least (interpreter start, ``import csv``, decode and split).
"""

from __future__ import annotations

import csv
import os
import sys


def main(argv: list[str]) -> None:
    directory = argv[0] if argv else f"{os.environ['OLYMPICS_RECORDS_DATA']}/olympics-com"
    # No pathlib: the floor imports only what a csv parse needs.
    with open(f"{directory}/olympic_medals.csv", encoding="utf-8", newline="") as f:  # noqa: PTH123
        rows = sum(1 for _ in csv.reader(f)) - 1
    print(rows)


if __name__ == "__main__":
    main(sys.argv[1:])
