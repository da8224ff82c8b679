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


def test_sums_of_two_kinds_added_up_are_their_own_claim() -> None:
    """A fine and restitution, and 'more than $145,000 in fines and restitution': the total
    is compared only with totals."""
    from crosscheck.awards import awards_of
    from crosscheck.models import QuantityKind

    for text, figure in (
        ("He was charged more than $145,000 in fines and restitution.", "more than $145,000"),
        ("a combination of fines and restitution totaling more than $145,000", "more than"),
    ):
        at = text.index(figure)
        end = text.index("$145,000") + len("$145,000")
        assert "combined sums" in awards_of(text, at, end, QuantityKind.AMOUNT)
    text = "He was ordered to pay $120,106 in restitution and a $25,000 fine."
    at = text.index("$120,106")
    assert awards_of(text, at, at + 8, QuantityKind.AMOUNT) == set()


def test_restitution_is_not_a_fine() -> None:
    from tests.texts import plain_source

    from crosscheck.reads import read_claims

    text = "He was ordered to pay restitution amounting to $120,106 on top of a $25,000 fine."
    counted = {c.quantity.text: c.counted for c in read_claims(plain_source(text)).claims}
    assert counted == {"$120,106": "restitution", "$25,000": "fee"}
