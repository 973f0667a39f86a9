"""Check what a built wheel holds: the package, its data and types, and nothing else.

python tools/check_wheel.py dist/olympics_records-*.whl
"""

from __future__ import annotations

import sys
import zipfile

REQUIRED = {
    "olympics_records/__init__.py",
    "olympics_records/py.typed",
    "olympics_records/cli.py",
    "olympics_records/datasets/_data/milano-cortina-2026.json",
    "olympics_records/_data/games.json",
    "olympics_records/_data/nocs.json",
    "olympics_records/datasets/_data/registry.json",
}


def main(path: str) -> int:
    names = set(zipfile.ZipFile(path).namelist())
    problems = [f"missing {name}" for name in sorted(REQUIRED - names)]
    for name in sorted(names):
        top = name.split("/", 1)[0]
        if not (top == "olympics_records" or top.endswith(".dist-info")):
            problems.append(f"unexpected {name}")
        if name.endswith((".csv", ".pyc")) or "__pycache__" in name:
            problems.append(f"should not ship {name}")
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    if not problems:
        print(f"{path}: {len(names)} files, contents as expected")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
