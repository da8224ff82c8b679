"""Bases: what a takeover premium is measured against."""

from __future__ import annotations

import pytest
from tests.test_claims import claims_of

from crosscheck.bases import BASES, base_of, with_bases


@pytest.mark.parametrize(
    ("name", "phrase", "fires"),
    [(b.name, p, True) for b in BASES for p in b.fires_on]
    + [(b.name, p, False) for b in BASES for p in b.not_on],
)
def test_base_examples(name: str, phrase: str, fires: bool) -> None:
    assert (base_of(phrase) == name) is fires


@pytest.mark.parametrize(
    ("text", "figure", "base"),
    [
        (
            "Chevron is offering $171 for every Hess share, implying a premium of about 4.9% "
            "to the share's last close.",
            "about 4.9%",
            "against close",
        ),
        (
            "Based on a 20-day average, the agreed price represents a premium of just over 10%.",
            "just over 10%",
            "against average",
        ),
        (
            "The deal price of $55 per share represents a whopping 142% premium to Aug. 11, the "
            "last trading day before Cleveland-Cliffs unveiled a $35-per-share bid.",
            "142%",
            "against undisturbed",
        ),
        (
            "The offer represents a premium of about 40% to US Steel's Friday close and 142% "
            "compared to the stock's closing price before the company announced a review.",
            "about 40%",
            "against close",
        ),
    ],
)
def test_a_premium_is_measured_against_its_base(text: str, figure: str, base: str) -> None:
    claims = with_bases(claims_of(text))
    assert base in next(c.qualifiers for c in claims if c.quantity.text == figure)


def test_other_counts_get_no_base() -> None:
    claims = with_bases(claims_of("Shares closed down 3% at the close on Friday."))
    assert not any(q.startswith("against ") for c in claims for q in c.qualifiers)
