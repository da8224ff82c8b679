"""Every part rule fires on its examples and on none of its counter-examples."""

from __future__ import annotations

import pytest

from crosscheck.parts import RULES, part_rules


def _split(example: str) -> tuple[str, str]:
    before, rest = example.split("[", 1)
    return before, rest.split("]", 1)[1]


@pytest.mark.parametrize(
    ("name", "example", "fires"),
    [
        (r.name, e, fires)
        for r in RULES
        for fires, examples in ((True, r.fires_on), (False, r.not_on))
        for e in examples
    ],
)
def test_rule_examples(name: str, example: str, fires: bool) -> None:
    assert (name in part_rules(*_split(example))) is fires
