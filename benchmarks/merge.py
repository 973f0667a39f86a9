"""The merge of olympics.com and OlympAnalyt: the two loads, then ``merge``, timed apart.

Usage::

    OLYMPICS_RECORDS_DATA=../shared/data python benchmarks/merge.py [--results]

In one process: ``read_olympics_com`` (medals only; with ``--results``, the results
too), ``read_olympanalyt``, then ``merge`` of the two, each timed with
``time.perf_counter``; prints the seconds and the merged History's size as JSON.
``run.py`` runs it in fresh processes and reports the medians and the ratio of load
and merge together to the two loads alone.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

from olympics_records import merge
from olympics_records.datasets import read_olympanalyt, read_olympics_com


def main(argv: list[str]) -> None:
    root = os.environ["OLYMPICS_RECORDS_DATA"]
    start = time.perf_counter()
    olympics_com = read_olympics_com(f"{root}/olympics-com", results="--results" in argv)
    first = time.perf_counter()
    olympanalyt = read_olympanalyt(f"{root}/olympanalyt")
    loaded = time.perf_counter()
    merged = merge(olympics_com, olympanalyt, labels=("olympics.com", "OlympAnalyt"))
    done = time.perf_counter()
    found = {
        "olympics_com": first - start,
        "olympanalyt": loaded - first,
        "load": loaded - start,
        "merge": done - loaded,
        "entries": len(merged.entries),
        "athletes": len(merged.athletes),
        "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    }
    json.dump(found, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
