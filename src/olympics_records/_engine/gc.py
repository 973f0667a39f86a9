"""Pausing the cyclic garbage collector while a large immutable collection is built."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["BULK", "paused_gc"]

BULK = 10_000
"""Young objects (net of those freed) from which a block counts as a bulk build, whose
survivors are moved to the oldest generation: a History of a few hundred entries is
left to the collector's usual course. (The olympics.com medals leave ~94,000.)"""


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while many small objects are built.

    Reading a data set allocates a few objects per row and frees almost none, so the
    collector's passes, which grow with the heap, would find nothing and make a load
    quadratic in its size. Reference counting still frees everything as usual.

    When the block ends, what it built is moved to the collector's oldest generation
    before the collector runs again. Left young, the whole History would be traversed
    by the next young collection and again on each promotion (two or three passes,
    about 10 ms each for the olympics.com medals), only to find it all alive, as a
    History always is: it is immutable and holds no reference cycles. Moving it
    costs nothing. (Other young objects move too: a cycle among them is collected at
    the next full collection instead of a young one.) Only bulk builds are moved
    (:data:`BULK`), and nothing is if the program has frozen objects itself
    (:func:`gc.freeze`), so they stay frozen.

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
            if gc.get_count()[0] >= BULK and gc.get_freeze_count() == 0:
                # freeze() moves every tracked object to the permanent generation
                # and unfreeze() moves them all to the oldest one: no traversal.
                gc.freeze()
                gc.unfreeze()
            gc.enable()
