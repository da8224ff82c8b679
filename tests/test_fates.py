"""Fates told before the group they befell, and a school's roll."""

from __future__ import annotations

import pytest
from tests.test_claims import claims_of

from crosscheck.fates import with_fates


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        ("The dead were identified as two students and two teachers.", "two", "students killed"),
        ("Among the injured were eight students, police said.", "eight", "students injured"),
        ("Apalachee High School serves about 1,900 students.", "about 1,900", "students enrolled"),
        ("Eight students were taken to a hospital in good time.", "Eight", "students"),
    ],
)
def test_the_fate_or_roll_of_a_counted_group(text: str, figure: str, counted: str) -> None:
    claims = with_fates(claims_of(text))
    assert next(c.counted for c in claims if c.quantity.text == figure) == counted
