"""Each named-measure rule fires on its examples and on none of its counter-examples."""

from __future__ import annotations

import pytest

from crosscheck.named_measures import RULES, named_measure

CASES = [(rule.name, text, True) for rule in RULES for text in rule.fires_on] + [
    (rule.name, text, False) for rule in RULES for text in rule.not_on
]


@pytest.mark.parametrize(("rule", "text", "fires"), CASES)
def test_rule_examples(rule: str, text: str, fires: bool) -> None:
    before = text[: text.index("$X")]
    assert (named_measure(before) is not None) is fires, (rule, text)
