"""``python -m crosscheck``."""

from crosscheck.console import main

main()
