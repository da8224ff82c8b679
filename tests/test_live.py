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


def test_residents_in_the_dark_are_customers_without_power() -> None:
    from tests.test_claims import claims_of

    from crosscheck.live import with_power_counts

    for text in (
        "Power outages are also impacting 36,000 residents in Georgia and South Carolina.",
        "The storm left more than 100,000 residents in the dark.",
    ):
        counted = [c.counted for c in with_power_counts(claims_of(text))]
        assert counted[0] == "customers without power"
    # a population with no power cut stays a population
    town = with_power_counts(claims_of("The town has a population of 9,000."))
    assert [c.counted for c in town] != ["customers without power"]
