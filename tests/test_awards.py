"""Sums of a court story: each award signal's examples (awards.py)."""

from __future__ import annotations

import pytest
from tests.bracketed import located

from crosscheck.awards import SIGNALS, awards_of
from crosscheck.models import QuantityKind

CASES = [(s.name, example, True) for s in SIGNALS for example in s.fires_on] + [
    (s.name, example, False) for s in SIGNALS for example in s.not_on
]


@pytest.mark.parametrize(("signal", "example", "fires"), CASES)
def test_award_signal_examples(signal: str, example: str, fires: bool) -> None:
    text, start, end = located(example)
    assert bool(awards_of(text, start, end, QuantityKind.AMOUNT)) is fires, signal


def test_damages_of_two_kinds_are_two_claims() -> None:
    text, start, end = located(
        "pay him $10 million in compensatory damages and [$5 million] in punitive damages"
    )
    assert awards_of(text, start, end, QuantityKind.AMOUNT) == {"punitive damages"}
