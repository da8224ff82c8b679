"""Each staff action fires on its examples and on none of its counter-examples."""

from __future__ import annotations

import pytest
from tests.bracketed import located

from crosscheck.personnel import ACTIONS, action_of

CASES = [(a.name, text, True) for a in ACTIONS for text in a.fires_on] + [
    (a.name, text, False) for a in ACTIONS for text in a.not_on
]


@pytest.mark.parametrize(("action", "text", "fires"), CASES)
def test_action_examples(action: str, text: str, fires: bool) -> None:
    plain, start, end = located(text)
    assert (action_of(plain, start, end) == action) is fires, (action, text)
