"""Deal values: each basis fires on its examples and not on its counter-examples."""

from __future__ import annotations

import pytest

from bracketed import located
from crosscheck.deal_values import SIGNALS, bases_of
from crosscheck.models import QuantityKind


@pytest.mark.parametrize(
    ("qualifier", "example", "fires"),
    [
        *[(s.qualifier, e, True) for s in SIGNALS for e in s.fires_on],
        *[(s.qualifier, e, False) for s in SIGNALS for e in s.not_on],
    ],
)
def test_deal_value_examples(qualifier: str, example: str, fires: bool) -> None:
    text, start, end = located(example)
    assert (qualifier in bases_of(text, start, end, QuantityKind.AMOUNT)) is fires
