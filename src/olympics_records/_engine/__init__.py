"""The internal engine: the machinery the public modules share, behind a named API.

Each module's ``__all__`` is its contract; the names inside are plain, and nothing
here is re-exported by a public module. See "Where things are" in ``docs/concepts.md``.
"""

__all__: list[str] = []
