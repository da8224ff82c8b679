"""A run pauses Python's cycle collector (its records hold no cycles) and restores it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from crosscheck.pipeline import check, list_claims

SEEDS = str(Path(__file__).resolve().parent.parent / "seeds")


@pytest.fixture
def collector_enabled() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.enable()
    yield
    if not enabled:
        gc.disable()


def test_a_run_restores_the_collector_as_it_found_it(collector_enabled: None) -> None:
    check([SEEDS])
    list_claims([SEEDS])
    assert gc.isenabled()
    gc.disable()
    try:
        check([SEEDS])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_run_leaves_no_reference_cycles(collector_enabled: None) -> None:
    """What makes pausing the collector safe: reference counting frees a run's garbage.
    (The first run may leave a few, from modules loading lazily.)"""
    check([SEEDS], jobs=1)
    list_claims([SEEDS])
    gc.collect()
    gc.disable()
    try:
        check([SEEDS], jobs=1)
        list_claims([SEEDS])
        assert gc.collect() == 0
    finally:
        gc.enable()
