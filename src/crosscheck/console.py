"""The ``crosscheck`` command's entry point, in front of the command line.

Loading the command line (typer, the pydantic records) takes about 0.4 s; Ctrl-C in that
time exits as it does later, with one line on stderr and code 130, not a traceback.
"""

from __future__ import annotations

import sys

# 128 + SIGINT: what shells report for a command stopped by Ctrl-C.
EXIT_INTERRUPTED = 130
INTERRUPTED = "crosscheck: interrupted"


def main() -> None:
    """Load the command line and run it."""
    try:
        from crosscheck.cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write(INTERRUPTED + "\n")
        raise SystemExit(EXIT_INTERRUPTED) from None
    run()
