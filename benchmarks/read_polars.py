"""A full read of the olympics.com folder (medals *and* results) with polars.

Usage::

    python benchmarks/read_polars.py [DIRECTORY]

The same as ``read_pandas.py`` with polars: ``read_csv`` of the three files (every
column as text, as the other polars twins read), and the results' member lists parsed
with ``ast.literal_eval``, which has no polars expression. It prints the rows and
member lists read as JSON.
"""

from __future__ import annotations

import ast
import json
import os
import sys
from pathlib import Path

import polars as pl


def main(argv: list[str]) -> None:
    directory = Path(argv[0] if argv else f"{os.environ['OLYMPICS_RECORDS_DATA']}/olympics-com")
    hosts = pl.read_csv(directory / "olympic_hosts.csv", infer_schema=False)
    medals = pl.read_csv(directory / "olympic_medals.csv", infer_schema=False)
    results = pl.read_csv(directory / "olympic_results.csv", infer_schema=False)
    members = [ast.literal_eval(text) for text in results["athletes"].drop_nulls()]
    found = {
        "hosts": hosts.height,
        "medals": medals.height,
        "results": results.height,
        "member_lists": len(members),
        "members": sum(map(len, members)),
    }
    json.dump(found, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
