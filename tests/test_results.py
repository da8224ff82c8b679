"""Results signals: each fires on its examples and not on its counter-examples, and the
claims of a sentence get the qualifiers it gives."""

from __future__ import annotations

import pytest

from bracketed import located
from crosscheck.aspects import with_aspects
from crosscheck.claims import make_claims
from crosscheck.models import Claim, QuantityKind, Sentence
from crosscheck.quantities import read_quantities
from crosscheck.results import SIGNALS, basis_of, part_of, results_of, with_results


@pytest.mark.parametrize(
    ("qualifier", "example", "fires"),
    [
        *[(s.qualifier, e, True) for s in SIGNALS for e in s.fires_on],
        *[(s.qualifier, e, False) for s in SIGNALS for e in s.not_on],
    ],
)
def test_result_signal_examples(qualifier: str, example: str, fires: bool) -> None:
    text, start, end = located(example)
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


@pytest.mark.parametrize(
    ("sentence", "figure", "part"),
    [
        (
            "China revenue in the fourth quarter was $15.08 billion, down from $15.47 billion",
            "$15.08 billion",
            "china",
        ),
        (
            "iPad revenue is $6.43 billion, down from $7.17 billion in the year-ago quarter",
            "$7.17 billion",
            "ipad",
        ),
        (
            "Revenue in Productivity and Business Processes was $19.2 billion",
            "$19.2 billion",
            "productivity business processes",
        ),
        (
            "The advertising segment reported $59.7 billion in revenue",
            "$59.7 billion",
            "advertising",
        ),
        (
            "Electricity prices rose 13.7%, and natural gas prices increased 38.4%",
            "13.7%",
            "electricity",
        ),
        ("Electricity prices rose 13.7%, and natural gas prices increased 38.4%", "38.4%", "gas"),
        ("The CPI report found that the food index increased 1% in June", "1%", "food"),
        ("For the fourth quarter, Apple managed revenue of $89.5 billion", "$89.5 billion", None),
        ("Tesla reported total revenue of $25.17 billion in Q4", "$25.17 billion", None),
        (
            "Alphabet's net sales increased 11% year over year to $76.7 billion",
            "$76.7 billion",
            None,
        ),
        ("Consumer prices soared 9.1% compared with a year earlier", "9.1%", None),
        ("On a monthly basis, prices rose 1.3% from May to June", "1.3%", None),
    ],
)
def test_the_part_a_figure_is_for(sentence: str, figure: str, part: str | None) -> None:
    assert part_of(sentence, sentence.index(figure)) == part


def test_a_part_is_never_the_whole() -> None:
    """A segment's figure is a hard other claim than the company's, and two segments stay
    apart by the part named."""
    (china,) = [c for c in claims_of("China revenue in the quarter was $15.08 billion.")]
    (total,) = [c for c in claims_of("Apple managed revenue of $89.5 billion in the quarter.")]
    assert "segment" in china.qualifiers and "of china" in china.qualifiers
    assert "segment" not in total.qualifiers


@pytest.mark.parametrize(
    ("sentence", "figure", "basis"),
    [
        (
            "it missed with earnings of $0.71 per share (non-GAAP) and revenue of $25.2 billion",
            "$0.71",
            "adjusted",
        ),
        ("The actual GAAP earnings are actually much higher at $2.27 per share.", "$2.27", "gaap"),
        (
            "Excluding certain items, diluted EPS for the quarter increased to $0.82 from $0.30",
            "$0.82",
            "adjusted",
        ),
        (
            "Non-GAAP earnings per share for full year 2023 was listed at $3.12,"
            " while GAAP EPS for FY 2023 was listed at $4.30.",
            "$4.30",
            "gaap",
        ),
        ("The company posted quarterly earnings per diluted share of $1.46", "$1.46", None),
    ],
)
def test_the_basis_of_a_result(sentence: str, figure: str, basis: str | None) -> None:
    start = sentence.index(figure)
    assert basis_of(sentence, start, start + len(figure)) == basis


def test_a_pay_deals_total_and_its_old_rate_are_other_claims() -> None:
    """'$7.50 over the length of the contract' is the deal's total, not the first year's
    $2.75; 'from $16.20 per hour to $21 per hour' gives the old rate and the new."""
    total = claims_of("Over the length of the contract, wage increases will total $7.50 per hour.")
    first = claims_of("Existing workers will get $2.75 more per hour in 2023.")
    assert [("contract total" in c.qualifiers) for c in total + first] == [True, False]
    rates = claims_of(
        "The deal raises starting pay for part-time workers from $16.20 per hour to $21 per hour."
    )
    by_text = {c.quantity.text: c.qualifiers for c in rates}
    old = next(q for t, q in by_text.items() if "16.20" in t)
    new = next(q for t, q in by_text.items() if "21" in t and "16" not in t)
    assert "previous" in old and "previous" not in new


@pytest.mark.parametrize(
    ("text", "figure", "constant"),
    [
        (
            "Excluding the $1.3 billion favorable impact from year-over-year changes in foreign "
            "exchange rates throughout the quarter, net sales increased 13% compared with "
            "fourth quarter 2022.",
            "13%",
            True,
        ),
        ("Revenue rose 9% in constant currency, the company said.", "9%", True),
        ("Revenue grew 14% to $170 billion.", "14%", False),
        ("Revenue grew 14%, or 13% excluding currency effects.", "14%", False),
    ],
)
def test_a_change_without_exchange_rates_is_its_own_claim(
    text: str, figure: str, constant: bool
) -> None:
    qualifiers = next(c.qualifiers for c in claims_of(text) if c.quantity.text == figure)
    assert ("constant currency" in qualifiers) is constant


@pytest.mark.parametrize(
    ("sentence", "figure", "segment"),
    [
        # a part named by its noun alone, or with words of the whole
        (
            "The segment increased 17% year over year to account for $40.2 billion in sales.",
            "$40.2 billion",
            True,
        ),
        (
            "The direct to consumer division's revenue grew 12% year over year to $5.03 billion.",
            "$5.03 billion",
            True,
        ),
        # a part named after a change
        (
            "Microsoft reported a 30% year-on-year revenue growth in Azure and other cloud "
            "services during Q2 FY24.",
            "30%",
            True,
        ),
        # a sentence whose subject gives a share of the whole
        (
            "Parks, Experiences, and Products contributing 38.4% of revenues, reported a 12.5% "
            "year-over-year increase to $8.16 billion.",
            "$8.16 billion",
            True,
        ),
        # a rung of a pay scale
        (
            "The starting wage will rise about 68% while the top wage rate will rise about 33%.",
            "about 68%",
            True,
        ),
        (
            "The starting wage will rise about 68% while the top wage rate will rise about 33%.",
            "about 33%",
            True,
        ),
        ("Ford workers will receive an immediate 11% wage increase.", "11%", False),
        ("The Bank of England raised its base rate to 5.25%.", "5.25%", False),
        # a region named after a result, or opening the sentence
        ("The operating income in North America reached $14.9 billion.", "$14.9 billion", True),
        ("In North America, operating income was $6.5 billion.", "$6.5 billion", True),
        ("In January, operating income was $6.5 billion.", "$6.5 billion", False),
        # the whole
        ("Microsoft's revenue grew to $62bn, up 18 percent year-on-year.", "18 percent", False),
        ("Revenue rose 14% in Q4 2023 to $170 billion.", "14%", False),
        ("Its business grew 10% to $5 per unit.", "$5", False),
        (
            "Revenue was $62 billion, of which 31% came from Productivity and Business Processes.",
            "$62 billion",
            False,
        ),
    ],
)
def test_a_figure_of_a_part_is_a_segments(sentence: str, figure: str, segment: bool) -> None:
    (claim,) = [c for c in claims_of(sentence) if c.quantity.text == figure]
    assert ("segment" in claim.qualifiers) is segment


def test_a_companys_outlook_is_a_forecast() -> None:
    (claim,) = claims_of(
        "Operating income is projected to be between $8.0 billion and $12.0 billion."
    )
    assert "forecast" in claim.qualifiers


def test_a_deals_expected_proceeds_are_no_outlook() -> None:
    (claim,) = claims_of(
        "Gross proceeds are expected to be approximately $620 million, before deducting "
        "underwriting discounts."
    )
    assert "forecast" not in claim.qualifiers


def test_the_top_line_is_the_whole_not_a_part() -> None:
    """'Overall top line revenue of $86.1Bn': the company's revenue, no line of business."""
    from crosscheck.results import part_of

    text = "Overall top line revenue of $86.1Bn grew 13%."
    assert part_of(text, text.index("$")) is None
    text = "Cloud revenue of $9.19 billion grew 26%."
    assert part_of(text, text.index("$")) is not None
