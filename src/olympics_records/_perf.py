"""Private helpers for building large immutable collections quickly."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["paused_gc"]


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while many small objects are built.

    Reading a data set allocates a few objects per row and frees almost none, so the
    collector's full passes, which grow with the heap, would find nothing and make a
    load quadratic in its size. Reference counting still frees everything as usual;
    the collector runs again (if it was on) when the block ends.

    Example:
        >>> with paused_gc():
        ...     rows = [[i] for i in range(1000)]
        >>> len(rows)
        1000
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
