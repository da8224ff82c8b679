"""Errors the library raises; only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class CrosscheckError(Exception):
    """Base class: a problem the user can fix, with a one-line message."""


class InputError(CrosscheckError):
    """A path or input the user gave cannot be used (exit code 2)."""


class NothingToCheckError(InputError):
    """Every input was skipped, so there is nothing to compare."""
