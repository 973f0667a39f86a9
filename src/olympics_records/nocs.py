"""The NOC registry: every National Olympic Committee and team code, and its lineage.

The registry holds the codes that real data uses, as used at the time: current NOCs,
historical ones (``URS``, ``FRG``, ``TCH`` …) and special team codes (``EUN``,
``OAR``, ``ROC``, ``AIN``, ``IOA``, ``EOR``, ``MIX`` …); :data:`MIXED_TEAMS` are the
codes of teams of several nations. ``ROC`` is the Russian
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

from olympics_records._engine.public import public_dir
from olympics_records._engine.registries import load_nocs as _load
from olympics_records.errors import UnknownIdError
from olympics_records.model import Noc

__all__ = [
    "MIXED_TEAMS",
    "get",
    "heir",
    "is_known",
    "lineage",
    "predecessors",
    "registry",
    "successors",
]
__dir__ = public_dir(__all__)

MIXED_TEAMS = frozenset({"MIX", "ZZX", "XXB"})
"""The codes of teams whose members came from several nations: no nation's medals.

``MIX`` (olympics.com), ``ZZX`` (its old Olympedia alias) and ``XXB``, which OlympAnalyt
writes for the mixed teams of 1896-1904. (olympics.com writes ``XXB`` for the Refugee
Olympic Athletes of Rio 2016, who won no medal and belong to no nation either.)
"""


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
