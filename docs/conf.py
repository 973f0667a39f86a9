"""Sphinx configuration: furo theme, MyST Markdown pages, executed notebooks, autodoc API."""

from __future__ import annotations

import os
from pathlib import Path

import olympics_records

project = "olympics-records"
author = "olympics-records developers"
copyright = "olympics-records developers"
release = olympics_records.__version__
version = release

extensions = [
    "myst_nb",  # MyST Markdown pages and .ipynb notebooks, executed at build time
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",  # the package's docstrings are Google style
    "sphinx.ext.viewcode",
]

root_doc = "index"
exclude_patterns = ["_build", "**/.ipynb_checkpoints", "Thumbs.db", ".DS_Store"]
source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb"}

html_theme = "furo"
html_title = f"olympics-records {release}"

# MyST: fenced ``{directive}`` blocks, ``:::`` admonitions and heading anchors.
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# Notebooks are committed without outputs and executed on every build, so a
# notebook that no longer runs fails the build instead of showing stale output.
nb_execution_mode = "cache"
nb_execution_cache_path = str(Path(__file__).parent / "_build" / ".jupyter_cache")
nb_execution_timeout = 180
nb_execution_raise_on_error = True
nb_execution_show_tb = True
nb_merge_streams = True

# Notebooks on the real public datasets need OLYMPICS_RECORDS_DATA (set in CI); without
# it they are rendered unexecuted rather than failing the build on a workstation.
REAL_DATA_NOTEBOOKS = [
    "notebooks/public-datasets.ipynb",
    "notebooks/fact-checking.ipynb",
    "notebooks/nation-tables.ipynb",
]
if not os.environ.get("OLYMPICS_RECORDS_DATA"):
    nb_execution_excludepatterns = REAL_DATA_NOTEBOOKS

# Autodoc: members in source order, typed signatures, no import of private helpers.
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
