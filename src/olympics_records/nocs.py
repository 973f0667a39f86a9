"""The NOC registry: every National Olympic Committee and team code, and its lineage.

The registry holds the codes that real data uses, as used at the time: current NOCs,
historical ones (``URS``, ``FRG``, ``TCH`` …) and special team codes (``EUN``,
``OAR``, ``ROC``, ``AIN``, ``IOA``, ``EOR``, ``MIX`` …). ``ROC`` is the Russian
Olympic Committee of Tokyo 2020 and Beijing 2022, never the Republic of China.

Lineage follows two kinds of links, both read from the bundled ``nocs.json``:

- **successors**: the codes that continued a code. A split lists every part
  (``TCH`` → ``CZE``, ``SVK``), a merge names the merged code (``GDR`` → ``GER``).
- **heir**: at most one of the successors, the one the IOC treats as the same
  committee carried on (``EUN`` → ``RUS``; ``TCH`` → ``CZE``). Every part of a merge
  has the merged code as heir; a split into equals (``ANZ`` → ``AUS``, ``NZL``) has none.

:func:`lineage` is the "same nation over time" family: every code reachable from
``code`` through heir links, followed in either direction. So ``lineage("RUS")``
holds ``URS``, ``EUN``, ``OAR``, ``ROC`` and ``AIN``, while ``lineage("UKR")`` stays
``("UKR",)``: Ukraine is a successor of ``EUN`` but not its heir. The relation is
symmetric: ``b in lineage(a)`` exactly when ``a in lineage(b)``.

Nothing is read at import time; the data is loaded on first use and kept.
"""

from __future__ import annotations

import functools
from typing import Any

from olympics_records.datasets import _data_text
from olympics_records.errors import DataError, UnknownIdError, ValidationError
from olympics_records.model import Noc

__all__ = ["get", "heir", "is_known", "lineage", "predecessors", "registry", "successors"]

_SOURCE = "nocs.json"
_FIELDS = ("code", "name", "successors", "heir", "note")


class _Registry:
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


def registry() -> tuple[Noc, ...]:
    """Every code the registry knows, sorted by code.

    Example:
        >>> nocs = registry()
        >>> nocs[0]
        Noc(code='AFG', name='Afghanistan')
        >>> [n.name for n in nocs if n.code in ("EUN", "URS")]
        ['Unified Team', 'Soviet Union']
    """
    return tuple(_load().nocs.values())


def is_known(code: str) -> bool:
    """Whether ``code`` is in the registry (codes are upper case, as data writes them).

    Example:
        >>> is_known("EUN"), is_known("XYZ"), is_known("nor")
        (True, False, False)
    """
    return code in _load().nocs


def get(code: str) -> Noc:
    """The :class:`~olympics_records.model.Noc` with this code.

    Args:
        code: a three-letter code as used at the time, like ``"URS"``.

    Raises:
        UnknownIdError: the registry has no such code.

    Example:
        >>> get("FRG")
        Noc(code='FRG', name='Federal Republic of Germany')
        >>> get("XYZ")
        Traceback (most recent call last):
        ...
        olympics_records.errors.UnknownIdError: no NOC with code 'XYZ'
    """
    return _load().nocs[_known(code)]


def successors(code: str) -> tuple[str, ...]:
    """The codes that continued ``code``, sorted; empty if none did.

    Raises:
        UnknownIdError: the registry has no such code.

    Example:
        >>> successors("TCH")
        ('CZE', 'SVK')
        >>> successors("NOR")
        ()
    """
    return _load().successors[_known(code)]


def predecessors(code: str) -> tuple[str, ...]:
    """The codes that ``code`` continued (whose successors include it), sorted.

    Raises:
        UnknownIdError: the registry has no such code.

    Example:
        >>> predecessors("GER")
        ('FRG', 'GDR')
        >>> predecessors("UKR")
        ('EUN',)
    """
    return _load().predecessors[_known(code)]


def heir(code: str) -> str | None:
    """The successor the IOC treats as ``code`` carried on, or ``None``.

    Raises:
        UnknownIdError: the registry has no such code.

    Example:
        >>> heir("EUN")
        'RUS'
        >>> heir("ANZ") is None
        True
    """
    return _load().heirs[_known(code)]


def lineage(code: str) -> tuple[str, ...]:
    """The "same nation over time" family of ``code``, itself included, sorted by code.

    It is every code connected to ``code`` by heir links in either direction (see
    the module's docstring), so a split's other parts stay out.

    Raises:
        UnknownIdError: the registry has no such code.

    Example:
        >>> lineage("RUS")
        ('AIN', 'EUN', 'OAR', 'ROC', 'RU1', 'RUS', 'URS')
        >>> lineage("UKR")
        ('UKR',)
        >>> "EUA" in lineage("GDR")
        True
    """
    return _load().lineages[_known(code)]


def _known(code: str) -> str:
    if code not in _load().nocs:
        raise UnknownIdError(f"no NOC with code {code!r}")
    return code


@functools.cache
def _load() -> _Registry:
    # json when the registry is first read, not when the module is imported.
    import json  # noqa: PLC0415

    try:
        document = json.loads(_data_text(_SOURCE))
    except json.JSONDecodeError as err:
        raise DataError(f"not valid JSON: {err}", source=_SOURCE) from None
    return _parse(document, _SOURCE)


def _parse(document: Any, source: str) -> _Registry:
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
    return _Registry(
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
