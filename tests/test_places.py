"""The place a casualty figure is of: each rule's examples (places.py)."""

from __future__ import annotations

from pathlib import Path

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


def test_an_ordinal_person_tells_a_larger_count_than_the_place_part(tmp_path: Path) -> None:
    """Issue 15: "Two people were shot in the hallway ... and shot a third person" against
    "shot three people": the hallway's two are a part of the report's three."""
    from crosscheck.pipeline import check

    (tmp_path / "a.txt").write_text(
        "School shooting in Rigby\nPublished: 2021-05-06\n\n"
        "Two people were shot in the hallway. The girl moved outside and shot a third "
        "person, the sheriff said.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Girl shoots three at Rigby school\nPublished: 2021-05-06\n\n"
        "A sixth-grade girl shot three people at the school in Rigby, the sheriff said.\n"
    )
    assert not [f for f in check([str(tmp_path)]).conflicts if f.subject in {"shot", "injured"}]
