"""The command line every benchmark script shares: answers, or warm timings, as JSON.

    python SCRIPT.py [DIRECTORY] [--warm N] [--only NAME,NAME]

Without ``--warm``, prints the answers (what ``run.py`` compares between the twins);
with it, the load time and ``N`` timings of each query, in seconds. ``DIRECTORY``
defaults to ``$OLYMPICS_RECORDS_DATA/olympics-com``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Mapping
from typing import Any


def run(
    argv: list[str],
    load: Callable[[str], Any],
    queries: Mapping[str, Callable[[Any], Any]],
    *,
    answers: Callable[[Any], Any] | None = None,
) -> None:
    """Read ``argv``, load the data and print the answers or the timings of ``queries``.

    ``answers`` gives the answers from the loaded data (printed with sorted keys);
    without it, they are each query's result by name.
    """
    repeats = 0
    if "--only" in argv:
        at = argv.index("--only")
        queries = {n: q for n, q in queries.items() if n in argv[at + 1].split(",")}
        argv = argv[:at] + argv[at + 2 :]
    if "--warm" in argv:
        at = argv.index("--warm")
        repeats = int(argv[at + 1])
        argv = argv[:at] + argv[at + 2 :]
    directory = argv[0] if argv else f"{os.environ['OLYMPICS_RECORDS_DATA']}/olympics-com"
    if not repeats:
        data = load(directory)
        if answers is None:
            json.dump({name: query(data) for name, query in queries.items()}, sys.stdout)
        else:
            json.dump(answers(data), sys.stdout, sort_keys=True)
        return
    start = time.perf_counter()
    data = load(directory)
    timings: dict[str, Any] = {"load": time.perf_counter() - start, "queries": {}}
    for name, query in queries.items():
        samples = []
        for _ in range(repeats):
            start = time.perf_counter()
            query(data)
            samples.append(time.perf_counter() - start)
        timings["queries"][name] = samples
    json.dump(timings, sys.stdout)
