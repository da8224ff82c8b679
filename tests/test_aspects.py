"""Aspects: each signal fires on its examples and not on its counter-examples, and the
claims of a sentence get the qualifiers it gives."""

from __future__ import annotations

import pytest

from bracketed import located
from crosscheck.aspects import ASPECTS, aspects_of, with_aspects
from crosscheck.claims import make_claims
from crosscheck.models import Claim, QuantityKind, Sentence
from crosscheck.quantities import read_quantities

_KIND_OF = {"as of": QuantityKind.TIME}


@pytest.mark.parametrize(
    ("qualifier", "example", "fires"),
    [
        *[(a.qualifier, e, True) for a in ASPECTS for e in a.fires_on],
        *[(a.qualifier, e, False) for a in ASPECTS for e in a.not_on],
    ],
)
def test_aspect_examples(qualifier: str, example: str, fires: bool) -> None:
    text, start, end = located(example)
    kind = _KIND_OF.get(qualifier, QuantityKind.AMOUNT)
    assert (qualifier in aspects_of(text, start, end, kind)) is fires


def test_gates_look_at_the_window_not_at_its_spacing() -> None:
    """The gates test the window beside the figure, so a line break or a double space
    inside the signal's words does not hide it (whole-sentence word tests did)."""
    for text, figure, kind, qualifier in (
        (
            "As\nof 2 a.m. Thursday, 179 aboard the ferry had been rescued",
            "2 a.m.",
            QuantityKind.TIME,
            "as of",
        ),
        (
            "Rovers paid Brugstad up  front \u00a352m for Veld",
            "\u00a352m",
            QuantityKind.AMOUNT,
            "initial",
        ),
    ):
        start = text.index(figure)
        assert aspects_of(text, start, start + len(figure), kind) == {qualifier}


def claims_of(text: str) -> list[Claim]:
    sentence = Sentence(
        source="a.txt", index=0, start=0, end=len(text), line=1, column=1, text=text
    )
    return with_aspects(make_claims(sentence, read_quantities(sentence, text), text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In the 2022-2023 season, Bellingham made 42 appearances, scoring 14 goals.",
            [("42", ("season",)), ("14", ("season",))],
            id="one-season",
        ),
        pytest.param(
            "The train was travelling at twice the posted speed limit of 80 km/h.",
            [("80 km/h", ("limit",))],
            id="speed-limit",
        ),
        pytest.param(
            "For the full year, income from operations was $28.9 billion, a 38% decrease.",
            [
                ("$28.9 billion", ("during fy",)),
                ("38%", ("during fy", "line operating income")),
            ],
            id="line-of-a-change",
        ),
        pytest.param(
            "Diluted earnings per share were $8.59, compared to $13.77, a 38% decrease.",
            [
                ("$8.59", ("line eps",)),
                ("$13.77", ("line eps", "previous")),
                ("38%", ("line eps",)),
            ],
            id="line-of-a-result",
        ),
        pytest.param(
            "Growth came from a 20% increase in ad impressions and a 14% increase in tax rate.",
            [("20%", ("line ad impressions",)), ("14%", ("line tax rate",))],
            id="a-change-names-its-own-measure",
        ),
        pytest.param(
            "The international segment saw revenues decrease by 5%.",
            [("5%", ("line revenue", "market international"))],
            id="market-of-a-percentage-of-a-result",
        ),
        pytest.param(
            "Starbucks reports 3% U.S. sales decline.",
            [("3%", ("line revenue", "market us"))],
            id="market-after-a-percentage-of-a-result",
        ),
        pytest.param(
            "Net sales were $148 billion, up 10% year over year. "
            "Unit sales rose 11% year over year.",
            [
                ("$148 billion", ("line revenue",)),
                ("10%", ("line revenue",)),
                ("11%", ("line units",)),
            ],
            id="a-change-year-over-year-is-of-the-line-before-it",
        ),
        pytest.param(
            "Damage: Eight carriages, one dining car, two generator cars, two locomotives",
            [("Eight", ("listed",)), ("two", ("listed",)), ("two", ("listed",))],
            id="an-inventory-line",
        ),
    ],
)
def test_claims_get_their_aspects(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(c.quantity.text, c.qualifiers) for c in claims_of(text)] == expected
