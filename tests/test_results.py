"""Results signals: each fires on its examples and not on its counter-examples, and the
claims of a sentence get the qualifiers it gives."""

from __future__ import annotations

import pytest

from crosscheck.aspects import with_aspects
from crosscheck.claims import make_claims
from crosscheck.models import Claim, QuantityKind, Sentence
from crosscheck.quantities import read_quantities
from crosscheck.results import SIGNALS, results_of, with_results


def _located(example: str) -> tuple[str, int, int]:
    before, rest = example.split("[", 1)
    figure, after = rest.split("]", 1)
    return before + figure + after, len(before), len(before) + len(figure)


@pytest.mark.parametrize(
    ("qualifier", "example", "fires"),
    [
        *[(s.qualifier, e, True) for s in SIGNALS for e in s.fires_on],
        *[(s.qualifier, e, False) for s in SIGNALS for e in s.not_on],
    ],
)
def test_result_signal_examples(qualifier: str, example: str, fires: bool) -> None:
    text, start, end = _located(example)
    assert (qualifier in results_of(text, start, end, QuantityKind.AMOUNT)) is fires


def claims_of(text: str) -> list[Claim]:
    sentence = Sentence(
        source="a.txt", index=0, start=0, end=len(text), line=1, column=1, text=text
    )
    return with_results(with_aspects(make_claims(sentence, read_quantities(sentence, text), text)))


def test_the_expectation_and_the_result_of_one_sentence_are_two_claims() -> None:
    claims = claims_of(
        "Microsoft's revenue grew to $62 billion, exceeding analysts' expectations of $61 billion."
    )
    by_text = {c.quantity.text: c.qualifiers for c in claims}
    assert "expected" not in by_text["$62 billion"]
    assert "expected" in by_text["$61 billion"]


def test_dates_are_not_expectations() -> None:
    claims = claims_of("Analysts expected the results on January 24, 2024.")
    assert all("expected" not in c.qualifiers for c in claims)
