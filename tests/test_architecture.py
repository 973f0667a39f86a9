"""The architecture rules, counted from the source (STYLE.md 16-18, issue 15).

No private name imported across modules, no reach into ``History._index`` outside the
engine, no module over 1,000 lines, no core module importing ``datasets``, no test
using private names: ``tools/architecture.py --check`` allows only the exceptions it
lists (merging, which a later phase splits into a package).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_source_keeps_the_architecture_rules() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "architecture.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
