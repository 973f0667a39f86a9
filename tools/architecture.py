"""Count, from the source, what the architecture rules forbid (STYLE.md points 16-18).

    python tools/architecture.py [ROOT] [--check]

Prints, for the checkout at ``ROOT`` (default: this one):

- private names imported across modules in ``src/`` (``from m import _x`` or ``m._x``,
  where ``_x`` is not a module), a module's own package excepted;
- reaches into ``History._index`` outside ``History`` itself and ``_engine/index.py``;
- modules of ``src/`` and ``tests/`` over 1,000 lines;
- modules outside ``datasets/`` that import ``datasets`` at run time (the package's
  lazy re-export of the submodule and the command line excepted: they sit above it);
- tests that use private names of the package's modules.

``--check`` exits 1 if any count goes beyond the known exceptions listed in
``KNOWN`` (none are left).
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from pathlib import Path

PACKAGE = "olympics_records"
LIMIT = 1000
# Above the datasets package: the root's lazy re-export and the command line.
ABOVE_DATASETS = {PACKAGE, f"{PACKAGE}.cli", f"{PACKAGE}._cli_check"}
# Known exceptions to the rules, by rule: none left (issue 15 split claims and merging).
KNOWN: dict[str, set[str]] = {}


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


class Tree:
    """The package's modules and tests at ``root``, parsed."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.src = root / "src"

    def module_name(self, path: Path) -> str:
        parts = list(path.relative_to(self.src).with_suffix("").parts)
        return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)

    def is_module(self, name: str) -> bool:
        path = self.src.joinpath(*name.split("."))
        return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()

    def files(self, folder: str) -> Iterator[Path]:
        yield from sorted((self.root / folder).rglob("*.py"))

    def imports(self, path: Path) -> Iterator[tuple[int, str, bool]]:
        """(line, the module or name imported, whether only for type checking)."""
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            for inner in ast.walk(node)
        }
        modules: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith(PACKAGE):
                        modules[alias.asname or alias.name] = alias.name
                        yield node.lineno, alias.name, id(node) in typing_only
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(PACKAGE):
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    if self.is_module(full):
                        modules[alias.asname or alias.name] = full
                    yield node.lineno, full, id(node) in typing_only
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in modules
            ):
                yield node.lineno, f"{modules[node.value.id]}.{node.attr}", False

    def private_imports(self, folder: str) -> list[str]:
        found = []
        for path in self.files(folder):
            where = self.module_name(path) if folder == "src" else None
            for _, full, _ in self.imports(path):
                owner, _, name = full.rpartition(".")
                if _private(name) and not self.is_module(full) and owner != where:
                    found.append(f"{path.relative_to(self.root)}: {full}")
        return sorted(set(found))

    def index_reaches(self) -> list[str]:
        allowed = {"src/olympics_records/history.py", "src/olympics_records/_engine/index.py"}
        found = []
        for folder in ("src", "tests"):
            for path in self.files(folder):
                where = str(path.relative_to(self.root))
                for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                    if (
                        isinstance(node, ast.Attribute)
                        and node.attr == "_index"
                        and (
                            where not in allowed
                            or (where.endswith("history.py") and ast.unparse(node.value) != "self")
                        )
                    ):
                        found.append(f"{where}:{node.lineno}")
        return found

    def long_modules(self) -> list[str]:
        return [
            f"{path.relative_to(self.root)}"
            for folder in ("src", "tests")
            for path in self.files(folder)
            if path.read_text(encoding="utf-8").count("\n") > LIMIT
        ]

    def datasets_importers(self) -> list[str]:
        found = []
        datasets = f"{PACKAGE}.datasets"
        for path in self.files("src"):
            name = self.module_name(path)
            if name.startswith(datasets) or name in ABOVE_DATASETS:
                continue
            for line, full, typing_only in self.imports(path):
                if not typing_only and (full == datasets or full.startswith(datasets + ".")):
                    found.append(f"{path.relative_to(self.root)}:{line}: {full}")
        return found


def report(root: Path) -> dict[str, list[str]]:
    """Every count, by name, with the places found."""
    tree = Tree(root)
    return {
        "private names across modules in src": tree.private_imports("src"),
        "reaches into History._index": tree.index_reaches(),
        "long modules": tree.long_modules(),
        "core modules importing datasets": tree.datasets_importers(),
        "private names in tests": tree.private_imports("tests"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?", type=Path, default=Path(__file__).parents[1])
    parser.add_argument("--check", action="store_true", help="fail beyond the known exceptions")
    args = parser.parse_args(argv)
    failed = False
    for what, places in report(args.root).items():
        beyond = [p for p in places if p not in KNOWN.get(what, set())]
        print(f"{what}: {len(places)} ({len(beyond)} beyond the known exceptions)")
        for place in places:
            print(f"  {'  ' if place in KNOWN.get(what, set()) else '! '}{place}")
        failed = failed or bool(beyond)
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
