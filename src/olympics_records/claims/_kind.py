"""A claim type as the package knows it: its TOML name, its class, its builder, its checker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from olympics_records.claims._claim import Claim
from olympics_records.claims._context import Context
from olympics_records.claims._toml import Table
from olympics_records.claims._verdict import Answer

__all__ = ["ClaimKind"]


@attrs.frozen
class ClaimKind:
    """One type of claim, declared by the module that checks it.

    A new type of claim is one module: its class, the function that builds it from a
    ``[[claim]]`` table, the function that checks it, and a ``ClaimKind`` tying them
    together, listed in ``_registry.py``.
    """

    name: str
    """The ``type`` of its ``[[claim]]`` tables."""
    cls: type[Claim]
    """Its claim class."""
    build: Callable[[Table, dict[str, Any]], Claim] = attrs.field(kw_only=True)
    """Makes the claim from its table and the keys every claim has (``text``, ``id`` …)."""
    check: Callable[[Context, Claim], Answer] = attrs.field(kw_only=True)
    """Checks the claim."""
