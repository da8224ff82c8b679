"""crosscheck: find where several reports of the same events disagree on numbers."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

__all__ = ["Report", "Settings", "__version__", "check"]

if TYPE_CHECKING:
    from crosscheck.models import Report
    from crosscheck.settings import Settings


def check(paths: list[str], settings: Settings | None = None) -> Report:
    """Read the sources at ``paths`` and cross-check their numeric claims."""
    from crosscheck.pipeline import check as _check

    return _check(paths, settings)


def __getattr__(name: str) -> object:
    # Lazy re-exports keep `crosscheck --version` from importing the whole pipeline.
    if name == "Report":
        from crosscheck.models import Report

        return Report
    if name == "Settings":
        from crosscheck.settings import Settings

        return Settings
    raise AttributeError(name)
