"""Reporting periods (periods.py): which span of time a result is for."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.periods import lead_period, period_at, periods_in


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Operating profit fell 18% in the six months to September.", ["h1"]),
        ("Sales for the four weeks ended February 28 rose 10.8 pct.", ["4w feb"]),
        ("Retail sales for the five weeks ended April Four were 791.8 mln dlrs.", ["5w apr"]),
        ("Its four-week March 1 sales totaled 25.7 mln dlrs.", ["4w mar"]),
        ("Sales in the 13 weeks ended March 1 rose 11 pct.", ["13w mar"]),
        ("The surplus in the first 20 days of February jumped.", ["20d feb"]),
        ("Sales for the first eight weeks of the year were up 26.1 pct.", ["8w"]),
        # spans that are the named periods
        ("Sales for the first six months of 1987 rose.", ["h1"]),
        ("In the 52-weeks ended March 1 sales totaled 430.2 mln dlrs.", ["fy"]),
        # durations are not reporting periods
        ("Exports were suspended for an expected four months.", []),
        ("He has ten days to decide.", []),
        ("The talks took two weeks of hard bargaining.", []),
        ("Four weeks may be needed.", []),
    ],
)
def test_periods_named(text: str, names: list[str]) -> None:
    assert [name for _, name in periods_in(text)] == names


def test_two_spans_of_one_sentence_are_both_found_in_order() -> None:
    text = "Sales in the four weeks ended March 1 rose, and in the 13 weeks ended March 1 fell."
    found = periods_in(text)
    assert [name for _, name in found] == ["4w mar", "13w mar"]
    assert period_at(found, text.index("fell")) == "13w mar"
    assert period_at(found, text.index("rose")) == "4w mar"


def test_the_lead_names_the_period_of_the_story() -> None:
    assert lead_period("Dayton Hudson said sales for the five weeks ended April Four rose.") == (
        "5w apr"
    )
    assert lead_period("Nothing here names a period.") is None


@given(st.text(alphabet=st.sampled_from(list("abdefhiklmnorstwy 0123456789-,.")), max_size=120))
def test_any_text_gives_ordered_well_formed_periods(text: str) -> None:
    found = periods_in(text)
    assert [at for at, _ in found] == sorted(at for at, _ in found)
    for _, name in found:
        assert re.fullmatch(r"h1|h2|q[1-4]|9m|ytd|fy|\d{1,2}[wdm]( [a-z]{3})?", name), name
