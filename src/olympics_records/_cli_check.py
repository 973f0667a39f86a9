"""The ``check`` command: fact-check a TOML file of claims and print a verdict table.

Kept apart from :mod:`olympics_records.cli` (which registers it) so the command line
stays a thin layer: every verdict comes from :func:`olympics_records.claims.check`.
This module imports nothing from :mod:`olympics_records.cli`, which imports it.
"""

from __future__ import annotations

import argparse
import textwrap
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from olympics_records.claims import (
    Verdict,
    check,
    load_claims,
    load_completeness,
    read_reported_medal_table,
)
from olympics_records.history import History
from olympics_records.serialize import converter

__all__ = ["CheckOutput", "register", "run_check"]

_WIDTH = 100
_INDENT = " " * 19


class CheckOutput:
    """The printed table, its JSON form, and the exit status (1 if any claim is contradicted).

    Example:
        >>> CheckOutput("all good", [], exit_status=0).text.splitlines()
        ['all good']
    """

    def __init__(self, text: str, data: Any, *, exit_status: int) -> None:
        self.text = text if text.endswith("\n") else text + "\n"
        self.data = data
        self.exit_status = exit_status


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    *,
    common: Callable[..., None],
) -> argparse.ArgumentParser:
    """Add the ``check`` command to the subcommands of the ``olympics-records`` parser.

    Args:
        commands: what ``ArgumentParser.add_subparsers()`` returned.
        common: the CLI's function adding ``--data``, ``--as-of`` and ``--json`` to a
            command (called as ``common(parser, top=False)``).

    Example:
        >>> import argparse
        >>> parser = argparse.ArgumentParser(prog="olympics-records")
        >>> command = register(parser.add_subparsers(), common=lambda p, top: None)
        >>> parser.parse_args(["check", "story.claims.toml"]).file.name
        'story.claims.toml'
    """
    text = "fact-check the claims of a TOML file against the data"
    command = commands.add_parser(
        "check",
        help=text,
        description=(
            f"{text[0].upper()}{text[1:]}. Exit status 1 if any claim is contradicted "
            "(or the file is malformed)."
        ),
        epilog=(
            "Example: olympics-records check docs/examples/milano-cortina-2026.claims.toml "
            "--reported ../shared/data/milano-cortina-2026/reported_medal_table.csv"
        ),
    )
    command.add_argument("file", type=Path, help="a claims file ([[claim]] and [[complete]])")
    command.add_argument(
        "--reported",
        type=Path,
        metavar="CSV",
        help="medal tables as reported (as_of,noc,gold,silver,bronze,total,source), "
        "for medal-table claims the loaded events cannot settle",
    )
    command.add_argument(
        "--ignore-complete",
        action="store_true",
        help="ignore the file's [[complete]] statements: only the data's own coverage counts",
    )
    common(command, top=False)
    command.set_defaults(run=run_check)
    return command


def run_check(history: History, args: argparse.Namespace) -> CheckOutput:
    """Check every claim of ``args.file`` and lay the verdicts out as a table.

    Raises:
        ValueError: ``--as-of`` was given (each claim carries its own ``as_of``).
        DataError: the claims file or the reported table is malformed.

    Example:
        >>> import argparse, pathlib, tempfile
        >>> from olympics_records import datasets
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "story.claims.toml"
        >>> _ = path.write_text(
        ...     '[[claim]]  text = "Klaebo has six Olympic golds"  type = "tally"  '
        ...     'athlete = "Klaebo"  value = 6'.replace("  ", chr(10)), encoding="utf-8")
        >>> args = argparse.Namespace(file=path, reported=None, ignore_complete=False, as_of=None)
        >>> out = run_check(datasets.milano_cortina_2026(), args)
        >>> print(out.text)
        Checked 1 claim from ...: 1 contradicted.
        <BLANKLINE>
          1  contradicted  "Klaebo has six Olympic golds"
                           actual: at least 11
                           The data alone gives Johannes Høsflot Klæbo at least 11 career Olympic
                           golds, more than 6.
        <BLANKLINE>
        >>> out.exit_status
        1
    """
    if getattr(args, "as_of", None) is not None:
        raise ValueError("check takes no --as-of: each claim says the day it speaks of")
    claims = load_claims(args.file)
    statements = () if args.ignore_complete else load_completeness(args.file)
    reported = read_reported_medal_table(args.reported) if args.reported else None
    verdicts = [check(history, c, reported=reported, completeness=statements) for c in claims]
    counts = Counter(v.status for v in verdicts)
    summary = ", ".join(
        f"{counts[s]} {s}" for s in ("supported", "contradicted", "unverifiable") if counts[s]
    )
    noun = "claim" if len(verdicts) == 1 else "claims"
    lines = [f"Checked {len(verdicts)} {noun} from {args.file}: {summary or 'none'}.", ""]
    for number, verdict in enumerate(verdicts, start=1):
        lines += _rows(number, verdict)
    used = list(dict.fromkeys(s for v in verdicts for s in v.sources))
    if used:
        lines += ["Relied on:"]
        lines += [
            textwrap.fill(s, _WIDTH, initial_indent="  - ", subsequent_indent="    ") for s in used
        ]
    data = {
        "counts": {s: counts[s] for s in ("supported", "contradicted", "unverifiable")},
        "verdicts": [_verdict_data(v) for v in verdicts],
    }
    return CheckOutput("\n".join(lines), data, exit_status=1 if counts["contradicted"] else 0)


def _rows(number: int, verdict: Verdict) -> list[str]:
    claim = verdict.claim
    said = f"{claim.id}: " if claim.id else ""
    said += f'"{claim.text}"' if claim.text else type(claim).__name__
    head = f"{number:>3}  {verdict.status:<13} "
    rows = textwrap.wrap(said, _WIDTH, initial_indent=head, subsequent_indent=_INDENT)
    rows += textwrap.wrap(
        f"actual: {verdict.actual}", _WIDTH, initial_indent=_INDENT, subsequent_indent=_INDENT
    )
    rows += textwrap.wrap(
        verdict.explanation, _WIDTH, initial_indent=_INDENT, subsequent_indent=_INDENT
    )
    return [*rows, ""]


def _verdict_data(verdict: Verdict) -> dict[str, Any]:
    claim = verdict.claim
    return {
        "id": claim.id,
        "text": claim.text,
        "source": claim.source,
        "claim": type(claim).__name__,
        "status": verdict.status,
        "actual": verdict.actual,
        "explanation": verdict.explanation,
        "missing": list(verdict.missing),
        "sources": list(verdict.sources),
        "evidence": [converter.unstructure(e) for e in verdict.evidence],
    }
