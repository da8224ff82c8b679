"""Shared test set-up: every run (in-process or through the CLI) caches in a temp folder."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder: Path = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("CROSSCHECK_CACHE_DIR", str(folder))
