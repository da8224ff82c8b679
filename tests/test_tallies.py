"""A percentage of a count's progress is no vote share and no claim."""

from __future__ import annotations

import pytest

from crosscheck.tallies import count_progress


@pytest.mark.parametrize(
    ("sentence", "figure", "progress"),
    [
        ("With more than 94 % of the poll stations scrutinized, Milei won", "94 %", True),
        ("with almost 87% of the tables counted, and defeated Massa", "87%", True),
        ("With 13.9% of polling stations reporting, the ANC has 42.6%.", "13.9%", True),
        ("With 13.9% of polling stations reporting, the ANC has 42.6%.", "42.6%", False),
        ("Counting in over 91% of voting districts is complete", "91%", True),
        ("With results in from 11.3% of polling stations, the ANC stood at 42.8%", "11.3%", True),
        ("the ANC had 41% of the votes, with 85% of the ballots counted", "85%", True),
        ("with 90% of the votes in, she leads", "90%", True),
        # shares of the vote, of voters, of a year's vote: no count's progress
        ("The ANC won 57.5% of the vote in 2019.", "57.5%", False),
        ("Turnout was 58%, and 40% of voters backed the DA.", "40%", False),
        ("Milei secured 55.8% of the votes counted by Sunday night.", "55.8%", False),
    ],
)
def test_a_percentage_of_the_units_counted_is_the_counts_progress(
    sentence: str, figure: str, progress: bool
) -> None:
    at = sentence.index(figure)
    assert count_progress(sentence, at, at + len(figure)) is progress


def _figures(text: str) -> list[str]:
    """The figures of the claims made of ``text``, one sentence."""
    from crosscheck.claims import make_claims
    from crosscheck.models import Sentence
    from crosscheck.quantities import read_quantities

    sentence = Sentence(
        source="a.txt", index=0, start=0, end=len(text), line=1, column=1, text=text
    )
    return [c.quantity.text for c in make_claims(sentence, read_quantities(sentence, text), text)]


def test_a_counts_progress_makes_no_claim_beside_the_vote_share() -> None:
    text = "With 97.6% of the ballots counted, Milei secured 55.8% of the votes."
    assert _figures(text) == ["55.8%"]


def test_the_number_of_sources_cited_makes_no_claim() -> None:
    text = "Prabowo had about 59% of votes according to three pollsters, officials said."
    assert _figures(text) == ["about 59%"]
    # a count the story reports, after 'according to' a named source, stays
    assert _figures("Three people died, according to the police.") == ["Three"]
