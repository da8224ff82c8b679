"""Quantities: figures read as intervals with bound, scale, currency, unit and rate."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.models import Sentence
from crosscheck.quantities import read_quantities


def read(text: str) -> list[tuple[str, float | None, float | None, float | None, str]]:
    sentence = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
    return [
        (q.text, q.value, q.low, q.high, q.bound.value) for q in read_quantities(sentence, text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said 11,000 troops crossed.", [("11,000", 11000, 11000, 11000, "exact")]),
        ("Up to 12,000 troops were sent.", [("Up to 12,000", 12000, None, 12000, "upper")]),
        (
            "An estimated 12,000 troops joined.",
            [("An estimated 12,000", 12000, 12000, 12000, "approximate")],
        ),
        ("At least 30 people died.", [("At least 30", 30, 30, None, "lower")]),
        (
            "Another 25,000–30,000 soldiers may follow.",
            [("25,000–30,000", None, 25000, 30000, "range")],
        ),
        ("It sent 8 million shells.", [("8 million", 8e6, 8e6, 8e6, "exact")]),
        (
            "The deal is worth half a billion dollars.",
            [("half a billion dollars", 5e8, 5e8, 5e8, "exact")],
        ),
        ("Shares rose 4.5% on Monday.", [("4.5%", 4.5, 4.5, 4.5, "exact")]),
        ("Su-34 and Tu-160 jets flew over.", []),
        ("The 155mm munitions were delivered.", []),
        ("In 2019 the war began.", []),
    ],
)
def test_read(text: str, expected: list[tuple[object, ...]]) -> None:
    assert read(text) == expected


def test_range_in_two_dollar_signs() -> None:
    text = "It earned anywhere from US$1.7 billion to $5.5 billion."
    sentence = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
    (q,) = read_quantities(sentence, text)
    assert (q.low, q.high, q.bound.value, q.currency, q.value) == (
        1.7e9,
        5.5e9,
        "range",
        "USD",
        None,
    )


def test_alternate_currency_stays_inside() -> None:
    text = "It earned US$1.7 billion (A$2.6 billion)."
    sentence = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
    (q,) = read_quantities(sentence, text)
    assert [a.currency for a in q.alternates] == ["AUD"]


def test_rate_is_read() -> None:
    text = "Russia fired about 5,000 shells per day."
    sentence = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
    (q,) = read_quantities(sentence, text)
    assert q.rate == "day"


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_formatted_number_parses_back(n: int) -> None:
    text = f"Officials counted {n:,} troops."
    values = [v for _, v, _, _, _ in read(text)]
    if 1800 <= n <= 2100:
        return  # a bare year-like figure is read as a year, not a count
    assert values == [n]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_reads_safely_and_spans_slice_back(text: str) -> None:
    sentence = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
    for q in read_quantities(sentence, text):
        assert text[q.start : q.end] == q.text
