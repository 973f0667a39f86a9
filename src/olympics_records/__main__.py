"""``python -m olympics_records``: the same as the ``olympics-records`` command."""

import sys

from olympics_records.cli import main

if __name__ == "__main__":
    sys.exit(main())
