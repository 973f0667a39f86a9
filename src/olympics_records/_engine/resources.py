"""Reading the data files shipped inside the package (``<package>/_data/<name>``)."""

from __future__ import annotations

import os

__all__ = ["data_text"]

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # noqa: PTH100, PTH120
"""The ``olympics_records`` folder, where the package lies in plain files."""


def data_text(name: str, package: str = "olympics_records") -> str:
    """The text of the bundled file ``_data/<name>`` of ``package`` (a subpackage, or the root).

    Read by path, with os.path: importing ``importlib.resources`` costs more than the
    read itself (milliseconds: it imports tempfile, shutil and pathlib). Only where the
    package does not lie in plain files (a zip import) is that API needed, and imported.

    Example:
        >>> data_text("games.json")[:1]
        '['
        >>> data_text("registry.json", "olympics_records.datasets")[:1]
        '{'
    """
    parts = package.split(".")[1:]
    path = os.path.join(_ROOT, *parts, "_data", name)  # noqa: PTH118
    try:
        with open(path, encoding="utf-8") as file:  # noqa: PTH123
            return file.read()
    except OSError:
        from importlib import resources  # noqa: PLC0415 - not a plain file system install

        return (resources.files(package) / "_data" / name).read_text(encoding="utf-8")
