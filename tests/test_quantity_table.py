"""The quantity reader against a table of real news phrasing (tests/quantity_cases.py):
every quantity a careful reader takes from each sentence, and nothing else."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from crosscheck.models import Quantity, Sentence
from crosscheck.quantities import read_quantities
from quantity_cases import CASES, Case, Q

# The table must stay large and broad: it is the specification of the reader.
MIN_CASES = 150
MIN_NEGATIVES = 30  # sentences whose numbers are names, dates, scores: no claims
TOPICS = {"disaster", "finance", "election", "sport", "science", "conflict"}


def as_row(q: Quantity) -> Q:
    return Q(
        q.text,
        q.low,
        q.high,
        q.bound.value,
        q.unit,
        q.currency,
        q.rate,
        q.kind.value,
        q.vague,
    )


def same(expected: Q, got: Q) -> bool:
    for want, have in zip(expected, got, strict=True):
        if isinstance(want, float | int) and not isinstance(want, bool):
            if not isinstance(have, float | int) or not math.isclose(want, have, rel_tol=1e-9):
                return False
        elif want != have:
            return False
    return True


@pytest.mark.parametrize("case", CASES, ids=[f"{c.topic}-{i}" for i, c in enumerate(CASES)])
def test_sentence(case: Case) -> None:
    text = case.sentence
    sentence = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
    got = [as_row(q) for q in read_quantities(sentence, text)]
    assert len(got) == len(case.quantities) and all(
        same(want, have) for want, have in zip(case.quantities, got, strict=True)
    ), f"\n{text}\nexpected {case.quantities}\n     got {got}"


def test_the_table_is_large_and_broad() -> None:
    topics = Counter(c.topic for c in CASES)
    assert len(CASES) >= MIN_CASES
    assert set(topics) >= TOPICS
    assert sum(1 for c in CASES if not c.quantities) >= MIN_NEGATIVES
