"""Whose business figure: the company, product or payer a sentence names as the subject of
the figure's verb, and the sentences that name none."""

from __future__ import annotations

import pytest

from bracketed import located
from crosscheck.firm_holders import holder_of


@pytest.mark.parametrize(
    ("example", "holder"),
    [
        ("Hulu reported [48.5 million] paid subscribers.", "hulu"),
        ("ESPN+ closed the fiscal fourth quarter with [26 million] paid subscribers.", "espn+"),
        ("As of now, core Disney+ subscribers are at [112 million].", "disney+"),
        (
            "Albertsons is the country's second-largest supermarket company, with 290,000 "
            "employees and almost [2,300] stores.",
            "albertsons",
        ),
        ("As part of the settlement, Zhao will personally pay [$50 million].", "zhao"),
        ("Furthermore, Binance has also agreed to pay [$4.3 billion] fine.", "binance"),
        (
            "The Treasury announced Tuesday that Binance, the world's largest exchange, has "
            "agreed to pay [more than $4 billion] in fines.",
            "binance",
        ),
        ("Elon Musk's Tesla reported revenue of [$25.17 billion].", "tesla"),
        ("Torchmark Corporation had [$250 million] in revenue.", "torchmark"),
        # a holder that earned or contributed it; the nearer of two clauses
        ("Google Cloud earned revenues of [$10.34bn] for the reported quarter.", "google cloud"),
        (
            "Google Search, the company's flagship product, contributed significantly to this "
            "growth, with revenue rising 14.8% to [$48.5 billion].",
            "google search",
        ),
        (
            "Hulu reported 48.5 million subscribers, while ESPN+ closed the quarter with "
            "[26 million] paid subscribers.",
            "espn+",
        ),
        ("The company's revenue rose to [$5 billion].", None),
        # no holder: the auxiliary of another verb ("is raising")
        ("Torchmark Corp is raising [200 mln dlrs] through an offering.", None),
        # no holder: a common noun, an auxiliary of another verb, a speaker, a far verb
        ("The company reported [48.5 million] subscribers.", None),
        (
            "Changpeng Zhao, the CEO of Binance, has resigned as part of a landmark "
            "[$4.3 billion] settlement.",
            None,
        ),
        ("Police said [3] people were killed.", None),
        (
            "The resulting organization will have 5000 stores throughout the US, with [800k] "
            "employees.",
            None,
        ),
        (
            "Kroger announced it's merging with Albertsons in a $24.6 billion deal, creating "
            "one of the largest chains in the United States with [nearly 5,000] stores.",
            None,
        ),
    ],
)
def test_holder_of(example: str, holder: str | None) -> None:
    text, start, _ = located(example)
    assert holder_of(text, start) == holder
