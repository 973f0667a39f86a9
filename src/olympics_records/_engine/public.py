"""What ``dir()`` of a public module lists: its public API, not what it imports."""

from __future__ import annotations

from collections.abc import Callable, Iterable

__all__ = ["public_dir"]

_MODULE_NAMES = ("__all__", "__doc__", "__file__", "__name__")


def public_dir(*names: Iterable[str]) -> Callable[[], list[str]]:
    """A module ``__dir__`` that lists ``names`` (its ``__all__``, and any more).

    ``dir(olympics_records.records)`` then shows ``leaderboard`` and ``Tally``, not the
    ``attrs``, ``dt`` and engine helpers the module imports (PEP 562).

    Example:
        >>> __dir__ = public_dir(["record", "Tally"], ["records"])
        >>> __dir__()
        ['Tally', '__all__', '__doc__', '__file__', '__name__', 'record', 'records']
    """
    listed = sorted({*_MODULE_NAMES, *(n for group in names for n in group)})
    return lambda: list(listed)
