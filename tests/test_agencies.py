"""Each agency rule fires on its examples and on none of its counter-examples."""

from __future__ import annotations

import pytest
from tests.bracketed import located

from crosscheck.agencies import RULES, agency_of

CASES = [(rule.name, text, True) for rule in RULES for text in rule.fires_on] + [
    (rule.name, text, False) for rule in RULES for text in rule.not_on
]


@pytest.mark.parametrize(("rule", "text", "fires"), CASES)
def test_rule_examples(rule: str, text: str, fires: bool) -> None:
    plain, start, end = located(text)
    assert (agency_of(plain, start, end) is not None) is fires, (rule, text)
