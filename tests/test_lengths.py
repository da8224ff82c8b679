"""A length glued to its unit before a vessel's or vehicle's noun is its length."""

from __future__ import annotations

import pytest

from crosscheck.lengths import length_noun


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("aboard the 75-foot commercial diving vessel called the Conception", "75-foot", "vessel"),
        ("A fire broke out on a 79-foot boat carrying 39 people", "79-foot", "boat"),
        ("the 24-metre-long ferry capsized", "24-metre", "ferry"),
        ("a 30-foot wall fell", "30-foot", None),
        ("the boat sank in 65 feet of water", "65 feet", None),
        ("a 500-metre-deep gorge", "500-metre", None),
    ],
)
def test_length_noun(text: str, figure: str, expected: str | None) -> None:
    end = text.index(figure) + len(figure)
    assert length_noun(text, figure, end) == expected
