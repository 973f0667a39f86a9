"""The ``olympics-records`` command: parses arguments, calls the API, prints.

It holds no logic of its own: every figure comes from :mod:`olympics_records.records`
and :mod:`olympics_records.tables`.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime as dt
import difflib
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO, cast

from olympics_records import _cli_check, datasets
from olympics_records._engine.spans import span_words
from olympics_records._version import __version__
from olympics_records.errors import OlympicsRecordsError, UnknownIdError
from olympics_records.history import History, find_athlete
from olympics_records.milestones import milestones
from olympics_records.model import EventKind, Games, Gender, Medal, Season
from olympics_records.names import fold
from olympics_records.records import (
    IncompleteMedals,
    RecordMark,
    Scope,
    Standing,
    Subject,
    Tally,
    career,
    incomplete_medals,
    leaderboard,
    progression,
    record,
)
from olympics_records.serialize import converter, from_json
from olympics_records.sports import within
from olympics_records.tables import MedalRow, medal_table

__all__ = ["main"]

PROG = "olympics-records"
_QUOTED = re.compile(r"'[^']*'")
_NUMBERS = re.compile(r"\d+")
FORMATS = ("json", "olympics-com", "olympanalyt", "kaggle-120", "medallists")
#: The public data sets --dataset takes: every one that is a History (not Olympedia's tally).
DATASETS = ("all", "olympics-com", "paris-2024", "milano-cortina-2026", "kaggle-120", "olympanalyt")

#: The record book printed when no command is given: the records of the 2026 story.
BOOK = (
    Tally(subject=Subject.ATHLETE, scope=Scope.GAMES, season=Season.WINTER),
    Tally(
        subject=Subject.ATHLETE, scope=Scope.GAMES, season=Season.WINTER, kind=EventKind.INDIVIDUAL
    ),
    Tally(subject=Subject.ATHLETE, scope=Scope.CAREER, season=Season.WINTER),
)


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line and return its exit status.

    Exit status: 0 on success, 1 when the data cannot answer (a bad file, an unknown
    athlete) or when ``check`` finds a claim contradicted, 2 for a malformed command line.

    Example:
        >>> main(["record", "--scope", "games", "--season", "winter", "--kind", "individual"])
        most individual golds at one Winter Games: 5
          Eric Heiden, Lake Placid 1980
        0
    """
    out = out or sys.stdout
    args = _parse(argv)
    try:
        try:
            history = _load(args)
            result = args.run(history, args)
        except (OlympicsRecordsError, ValueError, OSError) as err:
            print(f"{PROG}: error: {err}", file=sys.stderr)  # noqa: T201 - the CLI's one job
            return 1
        _write(result, out, as_json=args.json)
    except KeyboardInterrupt:
        # Ctrl-C: the user knows; a traceback would only hide the prompt.
        return _INTERRUPTED
    except BrokenPipeError:
        # The reader (`| head`) has gone: stop writing, quietly, as other tools do.
        _silence(out)
        return _BROKEN_PIPE
    return int(getattr(result, "exit_status", 0))


_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a command stopped by Ctrl-C
_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a command whose reader left


def _write(result: _Output, out: TextIO, *, as_json: bool) -> None:
    """Write the answer; characters the terminal cannot show never stop it."""
    encoding = getattr(out, "encoding", None) or "utf-8"
    narrow = codecs.lookup(encoding).name not in ("utf-8", "utf-16", "utf-32")
    if narrow and getattr(out, "errors", "strict") == "strict":
        with contextlib.suppress(AttributeError, ValueError):
            # An ASCII or cp1252 terminal: "Kl?bo" rather than a UnicodeEncodeError.
            cast("Any", out).reconfigure(errors="replace")
    if as_json:
        # Escaped rather than replaced where the terminal is narrow: the JSON stays exact.
        json.dump(result.data, out, ensure_ascii=narrow, indent=2)
        out.write("\n")
    else:
        out.write(result.text)
    out.flush()


def _silence(out: TextIO) -> None:
    """Point stdout at the null device, so the flush at exit does not fail again."""
    if out is not sys.stdout:
        return
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, out.fileno())
        os.close(null)


class _Output:
    def __init__(self, text: str, data: Any) -> None:
        self.text = text if text.endswith("\n") else text + "\n"
        self.data = data


# Arguments --------------------------------------------------------------------


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date like 2026-02-21: {text!r}") from None


def _limit(text: str) -> int:
    try:
        limit = int(text)
    except ValueError:
        limit = 0
    if limit < 1:
        raise argparse.ArgumentTypeError(f"a number of ranks, 1 or more, not {text!r}")
    return limit


def _medals(text: str) -> tuple[Medal, ...]:
    if text == "all":
        return tuple(Medal)
    try:
        return tuple(Medal(part.strip()) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"medals are gold, silver, bronze (comma-separated) or all, not {text!r}"
        ) from None


# The sources a command's own --data and --dataset add to those given before it.
# (argparse gives a command a namespace of its own, which replaces the top-level
# parser's values: the command's are kept apart and joined after parsing.)
_AFTER = "_after_command"


def _common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # On the top-level parser these set the defaults; on each command they may be
    # repeated after the command name. SUPPRESS keeps a command from resetting them.
    default = None if top else argparse.SUPPRESS
    after = "" if top else _AFTER
    group = parser.add_argument_group("data and output")
    group.add_argument(
        "--data",
        dest="data" + after,
        type=Path,
        action="append",
        metavar="PATH",
        default=default,
        help="a file or folder of results: the library's JSON, an olympics.com folder, an "
        "OlympAnalyt or Kaggle CSV file, a Paris 2024 or Milano Cortina 2026 medallists "
        "folder; given several times, they are merged, the first one primary "
        "(default: the bundled 2026 data)",
    )
    group.add_argument(
        "--format",
        choices=FORMATS,
        default=default,
        help="the format of --data (default: guessed from the name; a folder is olympics-com)",
    )
    group.add_argument(
        "--dataset",
        dest="dataset" + after,
        choices=DATASETS,
        action="append",
        default=default,
        help="a public data set, downloaded once and cached (needs the [data] extra); "
        "'all' is every one merged, 1896-2026; given several times, they are merged",
    )
    group.add_argument(
        "--strict",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="stop at the first bad row instead of reporting it",
    )
    group.add_argument(
        "--as-of",
        type=_date,
        metavar="DATE",
        default=default,
        help="answer as things stood at the end of DATE (YYYY-MM-DD)",
    )
    group.add_argument(
        "--json",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="print JSON instead of a table",
    )


def _tally_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("what to count")
    group.add_argument("--subject", choices=["athlete", "noc"], default="athlete")
    group.add_argument(
        "--medals",
        type=_medals,
        default=(Medal.GOLD,),
        metavar="LIST",
        help="gold, silver, bronze (comma-separated) or all (default: gold)",
    )
    group.add_argument(
        "--scope",
        choices=["games", "career"],
        default="career",
        help="per Games or over a career (default: career)",
    )
    group.add_argument("--season", choices=["winter", "summer", "all"], default="all")
    group.add_argument(
        "--kind", choices=["individual", "team", "any"], default="any", help="event kind"
    )
    group.add_argument("--sport", help='only this sport, like "Skiing"')
    group.add_argument("--discipline", help='only this discipline, like "Biathlon"')
    group.add_argument("--gender", choices=[g.value for g in Gender])


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line's arguments.

    The sources given before the command name and after it are all kept, in that
    order (argparse alone would keep only those after it).
    """
    args = _parser().parse_args(argv)
    for name in ("data", "dataset"):
        added = vars(args).pop(name + _AFTER, None)
        if added:
            setattr(args, name, (getattr(args, name) or []) + added)
    return args


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Olympic records computed from data. With no command, prints the record book "
            "of the bundled Milano Cortina 2026 data."
        ),
        epilog=f"Example: {PROG} progression --scope games --season winter",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _common(parser, top=True)
    parser.set_defaults(run=_book)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    book = commands.add_parser("book", help="the record book (the default)")
    _common(book, top=False)
    book.set_defaults(run=_book)

    for name, run, text in [
        ("leaderboard", _leaderboard, "rank athletes or nations by a tally"),
        ("record", _record, "the record for a tally and every holder"),
        ("progression", _progression, "how the record for a tally was set, equalled, broken"),
    ]:
        command = commands.add_parser(name, help=text, description=text)
        _tally_options(command)
        _common(command, top=False)
        if name == "leaderboard":
            command.add_argument(
                "--limit", type=_limit, default=10, help="ranks to show, 1 or more (default: 10)"
            )
        command.set_defaults(run=run)

    table = commands.add_parser("table", help="the medal table of one Games")
    table.add_argument("games", help="a Games id like 2026-winter")
    table.add_argument("--order", choices=["gold", "total"], default="gold")
    _common(table, top=False)
    table.set_defaults(run=_table)

    quality = commands.add_parser(
        "quality",
        help="the data-quality report of a file: every row loaded or reported",
        description="Read a file leniently and print every problem found in it.",
    )
    quality.add_argument(
        "data",
        type=Path,
        nargs="+",
        metavar="PATH",
        help="a file or folder to read (several are merged, and the merge's conflicts shown)",
    )
    quality.add_argument("--all", action="store_true", help="list every problem, not a sample")
    _common(quality, top=False)
    quality.set_defaults(run=_quality)

    athlete = commands.add_parser("athlete", help="one athlete's Olympic career")
    athlete.add_argument("name", help="any spelling, like Klaebo")
    _common(athlete, top=False)
    athlete.set_defaults(run=_athlete)

    day = commands.add_parser(
        "milestones",
        help="every record mark made on one day: what fell that day",
        description=(
            "Every record set, equalled, broken or extended on DATE, as things stood at "
            "the end of that day: athletes and nations, golds and all medals, one Games "
            "and career, all and individual events; --all adds each discipline's."
        ),
    )
    day.add_argument("date", type=_date, metavar="DATE", help="the day, like 2026-02-21")
    day.add_argument(
        "--all", action="store_true", help="add the records of each discipline held that day"
    )
    _common(day, top=False)
    day.set_defaults(run=_milestones)

    _cli_check.register(commands, common=_common)
    return parser


def _load(args: argparse.Namespace) -> History:
    """The History the command asks about: the data sets, then the files, merged."""
    names: list[str] = args.dataset or []
    paths: list[Path] = args.data or []
    if not names and not paths:
        return datasets.milano_cortina_2026()
    if args.format is not None and len(paths) > 1:
        raise ValueError("--format names the format of one --data; give each file alone")
    # Every file's format is known before anything is read: a mistake costs no wait.
    for path in paths:
        if not path.exists():
            raise ValueError(f"{path}: no such file or folder")
    kinds = [args.format or _guess_format(path) for path in paths]
    histories: list[History] = []
    for name in names:
        loaded = datasets.load(name, strict=args.strict)
        assert isinstance(loaded, History)  # the choices exclude the Olympedia tally
        histories.append(loaded)
    histories += [_read(p, kind, strict=args.strict) for p, kind in zip(paths, kinds, strict=True)]
    if len(histories) == 1:
        return histories[0]
    from olympics_records.merging import merge  # noqa: PLC0415 - only to merge

    return merge(*histories, labels=[*names, *(str(p) for p in paths)])


def _read(path: Path, kind: str, *, strict: bool) -> History:
    if kind == "json":
        return from_json(path.read_bytes(), source=str(path))
    if kind == "olympics-com":
        return datasets.read_olympics_com(path if path.is_dir() else path.parent, strict=strict)
    if kind == "medallists":
        return datasets.read_medallists(path, strict=strict)
    # The readers take their data set's folder or its file alike.
    if kind == "olympanalyt":
        return datasets.read_olympanalyt(path, strict=strict)
    return datasets.read_kaggle120(path, strict=strict)


# What a folder of each format holds, by the file that tells it.
_FOLDERS = (
    ("medallists.csv", "medallists"),
    ("olympic_medals.csv", "olympics-com"),
    ("all_olympic_medalists.csv", "olympanalyt"),
    ("athlete_events.csv", "kaggle-120"),
)


def _guess_format(path: Path) -> str:
    if path.is_dir():
        for marker, kind in _FOLDERS:
            if (path / marker).is_file():
                return kind
        expected = ", ".join(marker for marker, _ in _FOLDERS)
        raise ValueError(
            f"{path}: a folder of none of the known formats (it holds none of {expected}); "
            f"give a file, or --format ({', '.join(FORMATS)})"
        )
    name = path.name.lower()
    if name.endswith(".json"):
        return "json"
    if name == "medallists.csv":
        return "medallists"
    if "medalist" in name:
        return "olympanalyt"
    if "athlete_events" in name:
        return "kaggle-120"
    if name.startswith("olympic_"):
        return "olympics-com"
    raise ValueError(f"cannot tell the format of {path}; give --format ({', '.join(FORMATS)})")


def _tally(args: argparse.Namespace, history: History) -> Tally:
    for option, given in [("--sport", args.sport), ("--discipline", args.discipline)]:
        if given is None:
            continue
        if not any(within(given, e.sport, e.discipline) for e in history.events):
            have = {getattr(e, option[2:]) for e in history.events}
            raise ValueError(
                f"{option} {given!r}: no such {option[2:]} in the data; it holds "
                f"{', '.join(sorted(have, key=fold))}"
            )
    return Tally(
        subject=Subject(args.subject),
        medals=args.medals,
        scope=Scope(args.scope),
        season=None if args.season == "all" else Season(args.season),
        kind=None if args.kind == "any" else EventKind(args.kind),
        sport=args.sport,
        discipline=args.discipline,
        gender=Gender(args.gender) if args.gender else None,
    )


# Commands ---------------------------------------------------------------------

AT_LEAST = "+"
"""The mark after a count that is a lower bound (``Standing.lower_bound``)."""
_FOOTNOTE = (
    f"{AT_LEAST} at least: some team medals they may have won list no or not all members "
    f"(see `{PROG} quality PATH`)"
)


def _figure(value: int, lower_bound: bool, width: int = 3) -> str:
    """A count right-aligned, then the lower-bound mark or a space, so columns stay put."""
    return f"{value:>{width}}{AT_LEAST if lower_bound else ' '}"


def _footnote(lower_bound: bool) -> list[str]:
    """The footnote explaining the mark, for output that shows one."""
    return ["", _FOOTNOTE] if lower_bound else []


def _holder(standing: Standing) -> str:
    where = f", {standing.games.name}" if standing.games is not None else ""
    return f"{standing.name}{where}"


def _standing_data(standing: Standing) -> dict[str, Any]:
    data: dict[str, Any] = converter.unstructure(standing)
    data["games"] = standing.games.id if standing.games is not None else None
    return data


def _mark_data(mark: RecordMark) -> dict[str, Any]:
    return {
        "date": mark.date.isoformat(),
        "value": mark.value,
        "lower_bound": _lower_bound(mark.holders),
        "kind": mark.kind,
        "holders": [_standing_data(s) for s in mark.holders],
        "previous": None
        if mark.previous is None
        else {"date": mark.previous.date.isoformat(), "value": mark.previous.value},
        "stood_days": None if mark.stood is None else mark.stood.days,
    }


def _lower_bound(holders: Sequence[Standing]) -> bool:
    """Whether some holder's count is a lower bound (as ``Record.lower_bound``)."""
    return any(s.lower_bound for s in holders)


def _book(history: History, args: argparse.Namespace) -> _Output:
    lines = ["Record book" + (f" as of {args.as_of}" if args.as_of else ""), ""]
    data = []
    marked = False  # whether a count shown is a lower bound
    for tally in BOOK:
        best = record(history, tally, as_of=args.as_of)
        marks = progression(history.as_of(args.as_of) if args.as_of else history, tally)
        lines.append(tally.describe()[0].upper() + tally.describe()[1:])
        if not best.holders:
            lines += ["  no medals in the data", ""]
            continue
        holders = "; ".join(_holder(s) for s in best.holders)
        last = marks[-1]
        lines.append(
            f"  {_figure(best.value, best.lower_bound)} {holders}  ({last.kind} {last.date})"
        )
        marked |= best.lower_bound
        beaten = _beaten(marks)
        if beaten is not None and beaten.previous is not None:
            first = beaten.previous
            before = _beaten_holders(marks, beaten)
            who = "; ".join(_holder(s) for s in before)
            lines.append(
                f"  {_figure(first.value, _lower_bound(before))} {who}  (set {first.date}; "
                f"beaten on {beaten.date} after {span_words(first.date, beaten.date)})"
            )
            marked |= _lower_bound(before)
        else:
            lines.append(f"       still standing since {_first_reached(marks).date}")
        lines.append("")
        data.append(
            {
                "record": tally.describe(),
                "value": best.value,
                "lower_bound": best.lower_bound,
                "holders": [_standing_data(s) for s in best.holders],
                "progression": [_mark_data(m) for m in marks],
            }
        )
    lines.append(_coverage_note(history))
    if marked:
        lines[-1:] = [line for line in (lines[-1], _FOOTNOTE) if line]
    return _Output("\n".join(lines), data)


def _beaten(marks: Sequence[RecordMark]) -> RecordMark | None:
    """The last mark that raised the record over someone else's mark."""
    for mark in reversed(marks):
        if mark.kind == "broken":
            return mark
    return None


def _beaten_holders(marks: Sequence[RecordMark], beaten: RecordMark) -> list[Standing]:
    """Who held the mark just before ``beaten``, less whoever beat it."""
    before = marks[marks.index(beaten) - 1]

    def key(s: Standing) -> tuple[str, str | None]:
        return (s.subject, s.games.id if s.games else None)

    breakers = {key(s) for s in beaten.holders}
    return [s for s in before.holders if key(s) not in breakers]


def _first_reached(marks: Sequence[RecordMark]) -> RecordMark:
    last = marks[-1]
    return last.previous if last.kind == "equalled" and last.previous else last


def _coverage_note(history: History) -> str:
    partial = [c for c in history.coverage if not (c.all_events and c.full_podiums)]
    if not partial:
        return ""
    by_note: dict[str, list[str]] = {}
    for c in partial:
        by_note.setdefault(c.note or "partial", []).append(c.games)
    notes = "; ".join(f"{', '.join(games)}: {note}" for note, games in by_note.items())
    return f"Partial data, so records count only what is loaded. {notes}."


def _leaderboard(history: History, args: argparse.Namespace) -> _Output:
    tally = _tally(args, history)
    rows = leaderboard(history, tally, as_of=args.as_of, limit=args.limit)
    lines = [tally.describe(), ""]
    width = max((len(_holder(s)) for s in rows), default=0)
    for s in rows:
        lines.append(
            f"{s.rank:>4}  {_holder(s):<{width}}  {_figure(s.count, s.lower_bound)}  "
            f"{s.gold:>2} G {s.silver:>2} S {s.bronze:>2} B"
        )
    if not rows:
        by = f" by the end of {args.as_of}" if args.as_of is not None else ""
        lines.append(f"  no medals in the data{by} for this tally")
    lines += _footnote(_lower_bound(rows))
    return _Output("\n".join(lines), [_standing_data(s) for s in rows])


def _record(history: History, args: argparse.Namespace) -> _Output:
    tally = _tally(args, history)
    best = record(history, tally, as_of=args.as_of)
    lines = [f"{tally.describe()}: {best.value}{AT_LEAST if best.lower_bound else ''}"]
    lines += [
        f"  {_holder(s)}" + (f"  ({s.count}{AT_LEAST})" if s.lower_bound else "")
        for s in best.holders
    ]
    lines += _footnote(best.lower_bound)
    data = {
        "record": tally.describe(),
        "value": best.value,
        "lower_bound": best.lower_bound,
        "holders": [_standing_data(s) for s in best.holders],
    }
    return _Output("\n".join(lines), data)


def _progression(history: History, args: argparse.Namespace) -> _Output:
    tally = _tally(args, history)
    marks = progression(history.as_of(args.as_of) if args.as_of else history, tally)
    lines = [tally.describe(), ""]
    for m in marks:
        stood = (
            f"  (previous mark stood {span_words(m.previous.date, m.date)})" if m.previous else ""
        )
        holders = "; ".join(_holder(s) for s in m.holders)
        value = _figure(m.value, _lower_bound(m.holders))
        lines.append(f"{m.date}  {m.kind:<9} {value} {holders}{stood}")
    lines += _footnote(any(_lower_bound(m.holders) for m in marks))
    return _Output("\n".join(lines), [_mark_data(m) for m in marks])


def _table(history: History, args: argparse.Namespace) -> _Output:
    games = _games(history, args.games)
    rows = medal_table(history, games.id, order=args.order, as_of=args.as_of)
    lines = [f"Medal table, {games.name} ({args.order} first)", ""]
    lines.append(f"{'rank':>4}  {'NOC':<4} {'G':>3} {'S':>3} {'B':>3} {'total':>5}")
    lines += [_row(r) for r in rows]
    if not rows and args.as_of is not None:
        lines += ["", _none_yet(history, games, args.as_of)]
    coverage = history.coverage_of(games.id)
    if coverage is not None and not coverage.all_events:
        lines += ["", f"Partial data: {coverage.note}."]
    return _Output("\n".join(lines), [converter.unstructure(r) for r in rows])


def _games(history: History, text: str) -> Games:
    """The Games ``text`` names: its id, or a year, season and city in any order."""
    try:
        return history.get_games(text)
    except UnknownIdError:
        pass
    words = re.findall(r"[a-z0-9]+", fold(text))
    years = {int(w) for w in words if w.isdigit() and len(w) == 4}
    seasons = {w for w in words if w in {"winter", "summer"}}
    places = [w for w in words if not w.isdigit() and w not in seasons]
    found = [
        g
        for g in history.games
        if (not years or g.year in years)
        and (not seasons or g.season.value in seasons)
        and all(
            any(c.startswith(w) for c in re.findall(r"[a-z0-9]+", fold(g.city))) for w in places
        )
    ]
    if (years or places) and len(found) == 1:
        return found[0]
    if not (years or places) or not found:
        ids = [g.id for g in history.games]
        found = [history.get_games(i) for i in difflib.get_close_matches(fold(text), ids, n=3)]
    by_year = sorted(found, key=lambda g: (g.year, g.season.value))
    hint = (
        f"; did you mean {', '.join(f'{g.id} ({g.name})' for g in by_year)}?"
        if by_year
        else f"; the data holds {len(history.games)} Games"
        + (f", {_span(history)}" if history.games else "")
    )
    raise UnknownIdError(f"no Games {text!r}{hint}")


def _span(history: History) -> str:
    by_year = sorted(history.games, key=lambda g: (g.year, g.season.value))
    return f"{by_year[0].id} to {by_year[-1].id}"


def _none_yet(history: History, games: Games, day: dt.date) -> str:
    """Why a table as of ``day`` is empty: nothing decided yet, or no dates known."""
    events = [e for e in history.events if e.games == games.id]
    undated = sum(e.date is None for e in events)
    said = f"No medal of {games.name} had been decided by the end of {day} in this data."
    if games.opened is not None and day < games.opened:
        said += f" The Games opened on {games.opened}."
    if undated:
        closed = f", {games.closed}" if games.closed else ""
        said += (
            f" {undated} of its {len(events)} events have no date here: their medals count "
            f"from the Games' closing day{closed}."
        )
    return said


def _row(r: MedalRow) -> str:
    return f"{r.rank:>4}  {r.noc:<4} {r.gold:>3} {r.silver:>3} {r.bronze:>3} {r.total:>5}"


def _quality(history: History, args: argparse.Namespace) -> _Output:
    issues = history.issues
    # Group alike problems: the same message but for the quoted values and numbers.
    by_message: dict[str, int] = {}
    for issue in issues:
        kind = _NUMBERS.sub("N", _QUOTED.sub("'…'", issue.message))
        by_message[kind] = by_message.get(kind, 0) + 1
    lines = [
        (
            f"{', '.join(map(str, args.data))}: {len(history.entries)} entries loaded, "
            f"{len(issues)} problems reported"
        ),
        "",
    ]
    for message, count in sorted(by_message.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"{count:>7}  {message}")
    incomplete = incomplete_medals(history)
    team = sum(
        history.get_event(e.event).kind is EventKind.TEAM for m in incomplete for e in m.entries
    )
    lines += _incomplete_lines(incomplete, team, every=args.all)
    shown = issues if args.all else issues[:20]
    if shown:
        lines += ["", "Problems" + ("" if args.all else " (first 20; --all lists every one)")]
        lines += [f"  {issue}" for issue in shown]
    data = {
        "issues": [converter.unstructure(i) for i in issues],
        "incomplete_medals": [
            {
                "games": m.games,
                "noc": m.noc,
                "count": m.count,
                "entries": [converter.unstructure(e) for e in m.entries],
            }
            for m in incomplete
        ],
    }
    return _Output("\n".join(lines), data)


_GAMES_SHOWN = 10  # Games listed without --all
_NOCS_SHOWN = 5  # NOCs listed per Games without --all


def _incomplete_lines(
    incomplete: Sequence[IncompleteMedals], team: int, *, every: bool
) -> list[str]:
    """The quality report's section on medals listing no or not all members.

    ``team`` is how many of them are of team events.
    """
    total = sum(m.count for m in incomplete)
    by_games: dict[str, list[IncompleteMedals]] = {}
    for item in incomplete:  # most first: so are each Games' NOCs
        by_games.setdefault(item.games, []).append(item)
    if not incomplete:
        return ["", "Medals listing no or not all members (complete=False): none"]
    codes = len({m.noc for m in incomplete})
    cut = "" if every else f" (first {_GAMES_SHOWN}; --all lists all)"
    lines = [
        "",
        (
            f"Medals listing no or not all members (complete=False): {total:,} entries "
            f"({team:,} of team events) at {len(by_games)} Games, for {codes} NOCs."
        ),
        f"Athletes' counts that may miss one of them are lower bounds (shown as 6{AT_LEAST}).",
        f"By Games, most first{cut}:",
    ]
    ranked = sorted(by_games.items(), key=lambda item: (-sum(m.count for m in item[1]), item[0]))
    for games, items in ranked if every else ranked[:_GAMES_SHOWN]:
        shown = items if every else items[:_NOCS_SHOWN]
        nocs = ", ".join(f"{m.noc} {m.count}" for m in shown)
        more = ", …" if len(shown) < len(items) else ""
        lines.append(f"  {games:<12} {sum(m.count for m in items):>5}  ({nocs}{more})")
    return lines


def _athlete(history: History, args: argparse.Namespace) -> _Output:
    found = find_athlete(history, args.name)
    past = history.as_of(args.as_of) if args.as_of else history
    summary = career(past, found.id)
    medals = f"{summary.gold} gold, {summary.silver} silver, {summary.bronze} bronze"
    total = f"{summary.total}{AT_LEAST if summary.lower_bound else ''}"
    lines = [f"{found.name}: {total} medals ({medals})", ""]
    for entry in summary.entries:
        event = past.get_event(entry.event)
        medal = entry.medal.value if entry.medal else "-"
        lines.append(f"  {past.date_of(entry.event)}  {medal:<6}  {event.name} ({event.games})")
    lines += _footnote(summary.lower_bound)
    data = {
        "athlete": converter.unstructure(found),
        "gold": summary.gold,
        "silver": summary.silver,
        "bronze": summary.bronze,
        "total": summary.total,
        "lower_bound": summary.lower_bound,
        "entries": [converter.unstructure(e) for e in summary.entries],
    }
    return _Output("\n".join(lines), data)


def _milestones(history: History, args: argparse.Namespace) -> _Output:
    found = milestones(history, args.date)
    shown = [m for m in found if args.all or m.tally.discipline is None]
    lines = [f"Records of {args.date}", ""]
    lines += [f"  {m.headline}" for m in shown]
    if not found:
        held = any(history.date_of(e.id) == args.date for e in history.events)
        lines.append(
            "  no record fell that day"
            if held
            else "  no medal was decided that day in this data (undated events count "
            "from their Games' closing day)"
        )
    left = len(found) - len(shown)
    if left:
        lines += ["", f"{left} more in single disciplines: --all lists them."]
    lines += _footnote(any(s.lower_bound for m in shown for s in m.made_by))
    data = [
        {
            "record": m.tally.describe(),
            "headline": m.headline,
            "discipline": m.tally.discipline,
            "made_by": [_standing_data(s) for s in m.made_by],
            **_mark_data(m.mark),
        }
        for m in shown
    ]
    return _Output("\n".join(lines), data)
