"""A full read of the olympics.com folder (medals *and* results) with pandas.

Usage::

    python benchmarks/read_pandas.py [DIRECTORY]

What a pandas user does before any question: ``read_csv`` of the hosts, the medals and
the results, and the team member lists of the results' ``athletes`` column (a Python
repr of ``[(name, url), ...]``) parsed with ``ast.literal_eval``, the idiom for such a
column. It prints the rows and member lists read as JSON. Nothing is checked, linked
or merged: see ``benchmarks/README.md`` for what that leaves out.
"""

from __future__ import annotations

import ast
import json
import os
import sys
from pathlib import Path

import pandas as pd


def main(argv: list[str]) -> None:
    directory = Path(argv[0] if argv else f"{os.environ['OLYMPICS_RECORDS_DATA']}/olympics-com")
    hosts = pd.read_csv(directory / "olympic_hosts.csv")
    medals = pd.read_csv(directory / "olympic_medals.csv")
    results = pd.read_csv(directory / "olympic_results.csv")
    listed = results["athletes"].notna()
    members = results.loc[listed, "athletes"].map(ast.literal_eval)
    found = {
        "hosts": len(hosts),
        "medals": len(medals),
        "results": len(results),
        "member_lists": len(members),
        "members": int(members.map(len).sum()),
    }
    json.dump(found, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
