"""A full read of the olympics.com folder (medals *and* results) with olympics_records.

Usage::

    python benchmarks/read_olympics_records.py [DIRECTORY]

Reads ``olympic_hosts.csv``, ``olympic_medals.csv`` and ``olympic_results.csv`` (162,804
rows) into a checked :class:`~olympics_records.History`, as ``read_olympics_com`` does
for a user, and prints what it holds as JSON. ``run.py`` times it, whole process,
beside ``read_pandas.py`` and ``read_polars.py`` reading the same files.
"""

from __future__ import annotations

import json
import os
import sys

from olympics_records.datasets import read_olympics_com


def main(argv: list[str]) -> None:
    directory = argv[0] if argv else f"{os.environ['OLYMPICS_RECORDS_DATA']}/olympics-com"
    history = read_olympics_com(directory, results=True)
    found = {
        "entries": len(history.entries),
        "athletes": len(history.athletes),
        "events": len(history.events),
        "issues": len(history.issues),
    }
    json.dump(found, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
