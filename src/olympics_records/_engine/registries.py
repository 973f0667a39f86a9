"""The reference registries in the package's data: the Games editions and the NOC codes.

Each is parsed and checked on first use and kept; nothing is read at import.
:mod:`olympics_records.editions` and :mod:`olympics_records.nocs` are their public faces.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from olympics_records._engine.resources import data_text
from olympics_records.errors import DataError, ValidationError
from olympics_records.model import Games, Noc, Season

__all__ = [
    "EDITIONS_SOURCE",
    "NOCS_SOURCE",
    "Editions",
    "NocRegistry",
    "load_editions",
    "load_nocs",
    "parse_editions",
    "parse_nocs",
]

EDITIONS_SOURCE = "games.json"
NOCS_SOURCE = "nocs.json"
_FIELDS = ("code", "name", "successors", "heir", "note")

Editions = tuple[tuple[Games, ...], dict[str, Games]]
"""Every edition in opening order, and the editions by id."""


class NocRegistry:
    """The NOC registry parsed: each code's NOC, successors, heir, predecessors and lineage."""

    # A plain slotted class, not a NamedTuple: building a NamedTuple class costs more
    # at import than this one object's tuple behaviour is worth (it is never unpacked).
    __slots__ = ("heirs", "lineages", "nocs", "predecessors", "successors")

    def __init__(
        self,
        *,
        nocs: dict[str, Noc],
        successors: dict[str, tuple[str, ...]],
        heirs: dict[str, str | None],
        predecessors: dict[str, tuple[str, ...]],
        lineages: dict[str, tuple[str, ...]],
    ) -> None:
        self.nocs = nocs
        self.successors = successors
        self.heirs = heirs
        self.predecessors = predecessors
        self.lineages = lineages


@functools.cache
def load_nocs() -> NocRegistry:
    """The registry of the bundled ``nocs.json``, read on first use and kept."""
    # json when the registry is first read, not when the module is imported.
    import json  # noqa: PLC0415

    try:
        document = json.loads(data_text(NOCS_SOURCE))
    except json.JSONDecodeError as err:
        raise DataError(f"not valid JSON: {err}", source=NOCS_SOURCE) from None
    return parse_nocs(document, NOCS_SOURCE)


def parse_nocs(document: Any, source: str) -> NocRegistry:
    """The registry a ``nocs.json`` document (parsed JSON) describes, checked.

    Raises:
        DataError: naming the row and field at fault.
    """
    if not isinstance(document, list):
        raise DataError("must be a JSON list", source=source, value=type(document).__name__)
    nocs: dict[str, Noc] = {}
    links: dict[str, tuple[tuple[str, ...], str | None]] = {}
    rows: dict[str, int] = {}
    for row, item in enumerate(document, start=1):
        noc, succ, heir_ = _parse_item(item, row, source)
        if noc.code in nocs:
            raise DataError(
                "repeats an earlier code", source=source, row=row, field="code", value=noc.code
            )
        nocs[noc.code] = noc
        links[noc.code] = (succ, heir_)
        rows[noc.code] = row
    for code, (succ, heir_) in links.items():
        for later in succ:
            if later not in links or later == code:
                raise DataError(
                    "must name other codes of the registry",
                    source=source,
                    row=rows[code],
                    field="successors",
                    value=later,
                )
        if heir_ is not None and heir_ not in succ:
            raise DataError(
                "must be one of the successors",
                source=source,
                row=rows[code],
                field="heir",
                value=heir_,
            )
    _check_acyclic({code: succ for code, (succ, _) in links.items()}, rows, source)
    codes = sorted(nocs)
    earlier: dict[str, list[str]] = {code: [] for code in codes}
    for code in codes:
        for later in links[code][0]:
            earlier[later].append(code)
    heirs = {code: links[code][1] for code in codes}
    return NocRegistry(
        nocs={code: nocs[code] for code in codes},
        successors={code: tuple(sorted(links[code][0])) for code in codes},
        heirs=heirs,
        predecessors={code: tuple(sorted(earlier[code])) for code in codes},
        lineages=_families(heirs),
    )


def _parse_item(item: Any, row: int, source: str) -> tuple[Noc, tuple[str, ...], str | None]:
    if not isinstance(item, dict):
        raise DataError("must be a JSON object", source=source, row=row, value=type(item).__name__)
    if set(item) != set(_FIELDS):
        raise DataError(
            f"must have exactly the keys {', '.join(_FIELDS)}",
            source=source,
            row=row,
            field=sorted(set(item) ^ set(_FIELDS))[0],
        )
    try:
        noc = Noc(code=item["code"], name=item["name"])
    except ValidationError as err:
        raise DataError(str(err), source=source, row=row, value=item["code"]) from None
    succ, heir_, note = item["successors"], item["heir"], item["note"]
    if not isinstance(succ, list) or not all(isinstance(later, str) for later in succ):
        raise DataError("must be a list of codes", source=source, row=row, field="successors")
    if len(set(succ)) != len(succ):
        raise DataError("must not repeat a code", source=source, row=row, field="successors")
    if heir_ is not None and not isinstance(heir_, str):
        raise DataError("must be a code or null", source=source, row=row, field="heir", value=heir_)
    if not isinstance(note, str):
        raise DataError("must be a string", source=source, row=row, field="note", value=note)
    return noc, tuple(succ), heir_


def _check_acyclic(
    successors_: dict[str, tuple[str, ...]], rows: dict[str, int], source: str
) -> None:
    # A code cannot continue itself through a chain: any walk along successors
    # would never end.
    finished: dict[str, bool] = {}

    def visit(code: str, path: tuple[str, ...]) -> None:
        if finished.get(code):
            return
        if code in finished:
            raise DataError(
                "successor links form a cycle: " + " -> ".join((*path, code)),
                source=source,
                row=rows[code],
                field="successors",
            )
        finished[code] = False
        for later in successors_[code]:
            visit(later, (*path, code))
        finished[code] = True

    for code in successors_:
        visit(code, ())


def _families(heirs: dict[str, str | None]) -> dict[str, tuple[str, ...]]:
    parent = {code: code for code in heirs}

    def root(code: str) -> str:
        while parent[code] != code:
            parent[code] = parent[parent[code]]
            code = parent[code]
        return code

    for code, heir_ in heirs.items():
        if heir_ is not None:
            parent[root(code)] = root(heir_)
    members: dict[str, list[str]] = {}
    for code in heirs:
        members.setdefault(root(code), []).append(code)
    return {code: tuple(sorted(members[root(code)])) for code in heirs}


@functools.cache
def load_editions() -> Editions:
    """The editions of the bundled ``games.json``, read on first use and kept."""
    return parse_editions(data_text(EDITIONS_SOURCE), EDITIONS_SOURCE)


def parse_editions(text: str, source: str) -> Editions:
    """The editions a ``games.json`` text describes, checked: in opening order, and by id.

    Raises:
        DataError: naming the problem.
    """
    # json when the registry is first read, not when the module is imported.
    import json  # noqa: PLC0415

    try:
        document = json.loads(text)
    except json.JSONDecodeError as err:
        raise DataError(f"not valid JSON: {err}", source=source) from None
    games = _plain(document)
    if games is None:
        games = _structure(document, source)
    by_id: dict[str, Games] = {}
    for row, games_ in enumerate(games, start=1):
        if games_.id in by_id:
            raise DataError("repeats an earlier edition", source=source, row=row, value=games_.id)
        by_id[games_.id] = games_
    ordered = sorted(games, key=lambda g: (g.opened or dt.date(g.year, 1, 1), g.season.value))
    return tuple(ordered), by_id


_KEYS = frozenset(("year", "season", "city", "opened", "closed", "official"))


def _plain(document: Any) -> list[Games] | None:
    """The editions of a well-formed document, without cattrs; ``None`` if in doubt.

    The bundled file is read on every first use of the registry, so it is read here
    with the plain JSON types; any surprise is left to :func:`_structure`, which
    names the problem.
    """
    if type(document) is not list:
        return None
    found = []
    for item in document:
        if type(item) is not dict or not item.keys() <= _KEYS:
            return None
        year, season, city = item.get("year"), item.get("season"), item.get("city")
        opened, closed = item.get("opened"), item.get("closed")
        official = item.get("official", True)
        if (
            type(year) is not int
            or type(season) is not str
            or type(city) is not str
            or type(official) is not bool
            or not (opened is None or type(opened) is str)
            or not (closed is None or type(closed) is str)
        ):
            return None
        try:
            found.append(
                Games(
                    year=year,
                    season=Season(season),
                    city=city,
                    opened=None if opened is None else dt.date.fromisoformat(opened),
                    closed=None if closed is None else dt.date.fromisoformat(closed),
                    official=official,
                )
            )
        except ValueError:  # the model's ValidationError included
            return None
    return found


def _structure(document: Any, source: str) -> list[Games]:
    import cattrs  # noqa: PLC0415 - only for a document _plain would not read
    from cattrs.errors import BaseValidationError  # noqa: PLC0415

    from olympics_records.serialize import converter  # noqa: PLC0415

    try:
        games: list[Games] = converter.structure(document, list[Games])
    except BaseValidationError as err:
        problem = cattrs.transform_error(err, path="$", format_exception=_describe)[0]
        raise DataError(problem, source=source) from None
    return games


def _describe(exc: BaseException, kind: type[Any] | None) -> str:
    # The model's own messages name the field and value; cattrs' default drops them.
    if isinstance(exc, (TypeError, ValueError)) and str(exc):
        return str(exc)
    from cattrs.v import format_exception  # noqa: PLC0415

    return format_exception(exc, kind)
