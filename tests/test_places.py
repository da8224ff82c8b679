"""The place a casualty figure is of: each rule's examples (places.py)."""

from __future__ import annotations

import pytest
from tests.bracketed import located

from crosscheck.places import RULES, place_of

CASES = [(rule.name, example, True) for rule in RULES for example in rule.fires_on] + [
    (rule.name, example, False) for rule in RULES for example in rule.not_on
]


@pytest.mark.parametrize(("rule", "example", "fires"), CASES)
def test_place_rule_examples(rule: str, example: str, fires: bool) -> None:
    text, start, end = located(example)
    assert (place_of(text, start, end) is not None) is fires, rule
