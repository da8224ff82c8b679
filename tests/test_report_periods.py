"""The period a report covers is no date of an event; a day beside the same words is."""

from __future__ import annotations

import pytest

from crosscheck.claims import make_claims
from crosscheck.models import Sentence
from crosscheck.reads import read_sentence
from crosscheck.report_periods import with_report_periods


def dates_of(text: str) -> list[tuple[str, str | None]]:
    s = Sentence(source="a.txt", index=0, start=0, end=len(text), line=1, column=1, text=text)
    claims = with_report_periods(make_claims(s, read_sentence(s, text, default_year=2024), text))
    return [(c.quantity.text, c.counted) for c in claims if c.quantity.kind.value == "date"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tesla has released its Q4 2023 and full year earnings report this afternoon.",
            [("Q4 2023", None)],
        ),
        (
            "Tesla stock took a dive after the release of its Q4 2023 earnings report.",
            [("Q4 2023", None)],
        ),
        # a day beside a report's words is the day of its release
        (
            "The results were released after the closing bell on Wednesday, January 24, 2024.",
            [("January 24, 2024", "date of launch")],
        ),
        # a period that dates a launch, not a report
        ("The phone was released in Q3 2023.", [("Q3 2023", "date of launch")]),
    ],
)
def test_a_reports_period_is_no_date_of_an_event(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates_of(text) == expected


def test_the_quarter_of_a_results_story_is_the_one_its_opening_names() -> None:
    """'Net sales for the quarter' in a story of the second quarter's results is the
    second quarter's; with no quarter in the opening, 'the quarter' stays any quarter."""
    from tests.test_claims import claims_of

    from crosscheck.report_periods import with_story_quarter

    text = "Net sales for the quarter were $148 billion."
    (claim,) = claims_of(text)
    assert "during quarter" in claim.qualifiers
    opening = "Amazon released its results for the second quarter on Aug 1. " + text
    (named,) = with_story_quarter([claim], opening)
    assert "during q2" in named.qualifiers and "during quarter" not in named.qualifiers
    (same,) = with_story_quarter([claim], "Amazon released its results on Aug 1. " + text)
    assert same.qualifiers == claim.qualifiers
