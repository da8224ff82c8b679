"""Live counts (live.py) end to end: a labelled case of a storm's power cut.

The case lives under tests/data/cases, not fixtures/: the fixtures' mixed run is a guard of
story grouping whose corpus size each new case moves (see benchmarks/README.md).
"""

from __future__ import annotations

from pathlib import Path

from crosscheck.evaluate import evaluate

CASES = Path(__file__).parent / "data" / "cases"


def test_customers_without_power_a_day_apart_are_no_conflict() -> None:
    result = evaluate(CASES)
    assert (result.hits, result.conflicts_found, result.false_alarms) == (1, 1, 0)
