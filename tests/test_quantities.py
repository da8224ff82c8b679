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


def kinds(text: str) -> list[tuple[str, float | None, float | None, str, str | None, bool]]:
    sentence = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
    return [
        (q.text, q.low, q.high, q.kind.value, q.unit, q.vague)
        for q in read_quantities(sentence, text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A 23-year-old man was held.",
            [("23-year-old", 23, 23, "age", "year", False)],
            id="hyphenated-age",
        ),
        pytest.param(
            "Jane Doe, 34, was charged.",
            [("34", 34, 34, "age", "year", False)],
            id="age-in-apposition",
        ),
        pytest.param(
            "The suspect, aged 41, fled.",
            [("41", 41, 41, "age", "year", False)],
            id="aged",
        ),
        pytest.param(
            "She died at the age of 41.",
            [("41", 41, 41, "age", "year", False)],
            id="at-the-age-of",
        ),
        pytest.param(
            "The children were between the ages of 6 and 15.",
            [("6", 6, 6, "age", "year", False), ("15", 15, 15, "age", "year", False)],
            id="between-the-ages-of",
        ),
        pytest.param(
            "The two children killed were aged eight and 10.",
            [("eight", 8, 8, "age", "year", False), ("10", 10, 10, "age", "year", False)],
            id="spelled-age-then-a-list",
        ),
        pytest.param(
            "A man in his late 20s and a woman in her mid-40s.",
            [("late 20s", 27, 29, "age", "year", False), ("mid-40s", 44, 46, "age", "year", False)],
            id="decade-ages",
        ),
        pytest.param(
            "It exploded at about 10:30 p.m., or 0930 GMT, then at 14:45.",
            [
                ("about 10:30 p.m.", 22.5, 22.5, "time", None, False),
                ("0930 GMT", 9.5, 9.5, "time", None, False),
                ("14:45", 14.75, 14.75, "time", None, False),
            ],
            id="clock-times",
        ),
        pytest.param(
            "Dozens were hurt and tens of thousands fled.",
            [
                ("Dozens", 24, 99, "amount", None, True),
                ("tens of thousands", 2e4, 99_999, "amount", None, True),
            ],
            id="vague-amounts",
        ),
        pytest.param(
            "Three people died; the two leaders met two years ago, one or two said.",
            [("Three", 3, 3, "amount", None, False), ("two years", 2, 2, "amount", "year", False)],
            id="small-spelled-counts-and-durations-only",
        ),
        pytest.param(
            "Net rose 1.5 mln dlrs, or 75 cts a share, to 10 mln stg.",
            [
                ("1.5 mln dlrs", 1.5e6, 1.5e6, "amount", None, False),
                ("75 cts", 0.75, 0.75, "amount", None, False),
                ("10 mln stg", 1e7, 1e7, "amount", None, False),
            ],
            id="newswire-shorthand",
        ),
        pytest.param(
            "It hit 41.2C; the 6.1-inch phone has a 5,000mAh cell.",
            [
                ("41.2C", 41.2, 41.2, "amount", "°C", False),
                ("6.1-inch", 6.1, 6.1, "amount", "in", False),
                ("5,000mAh", 5000, 5000, "amount", "mAh", False),
            ],
            id="glued-units",
        ),
    ],
)
def test_kinds(text: str, expected: list[tuple[object, ...]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Around one in three adults sleep badly.", [], id="ratio"),
        pytest.param(
            "The rate was 240 incidents per 100,000 residents.",
            [("240", None, None)],
            id="rate-base",
        ),
        pytest.param("He weighs 200 pounds.", [("200", None, None)], id="pounds-weight"),
        pytest.param(
            "The fee was 46.8 million pounds.",
            [("46.8 million pounds", "GBP", None)],
            id="pounds-money",
        ),
        pytest.param("It listed at $20 a share.", [("$20", "USD", "share")], id="per-share"),
        pytest.param(
            "They slept under six hours a night.",
            [("under six hours", None, "night")],
            id="per-night",
        ),
    ],
)
def test_currency_and_rate(text: str, expected: list[tuple[object, ...]]) -> None:
    sentence = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
    assert [(q.text, q.currency, q.rate) for q in read_quantities(sentence, text)] == expected


def test_threshold_verbs_are_lower_bounds() -> None:
    assert read("The toll topped 1,400 on Friday.") == [("topped 1,400", 1400, 1400, None, "lower")]
    assert read("Cholera cases top 1,400.") == [("top 1,400", 1400, 1400, None, "lower")]
    assert read("Shares of the top 10 firms fell.") == [("10", 10, 10, 10, "exact")]


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six hours or less: the cost of short sleep.", ("Six hours or less", None, 6, "upper")),
        ("Police counted 50 or more cars.", ("50 or more", 50, None, "lower")),
        ("A 40-odd strong crew.", ("40-odd", 40, 40, "approximate")),
    ],
)
def test_hedges_after_the_figure(text: str, expected: tuple[object, ...]) -> None:
    ((q_text, _, low, high, bound),) = read(text)
    assert (q_text, low, high, bound) == expected


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("Ardania and Vostrel exchanged 103 prisoners of war each on Saturday.", "each"),
        ("The last swap freed 75 prisoners from each side.", "each"),
        ("Shareholders will receive EUR 31.50 in cash for each share.", "share"),
    ],
)
def test_figures_for_each_party_or_share(text: str, rate: str) -> None:
    sentence = Sentence(source="a", index=0, start=0, end=len(text), line=1, column=1, text=text)
    [q] = read_quantities(sentence, text)
    assert q.rate == rate


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("The 46.5 billion rupee IPO was the year's biggest.", 46.5e9, "INR"),
        ("It raised Rs 54.6bn in the offering.", 54.6e9, "INR"),
        ("Damages were set at 45 crore rupees.", 450e6, "INR"),
        ("The fund lost 12.4 billion francs last year.", 12.4e9, "CHF"),
        # wire spellings: the singular before what the money is for, and named dollars
        ("Norstar is an 11.1 billion dlr multibank company.", 11.1e9, "USD"),
        ("The posting now stands at 21.95 Canadian dlrs a barrel.", 21.95, "CAD"),
        ("It issued bonds for 450 mln Danish crowns.", 450e6, "DKK"),
        ("Net holdings fell 6.7 billion marks in the week.", 6.7e9, "DEM"),
    ],
)
def test_south_asian_scales_and_more_currencies(text: str, value: float, currency: str) -> None:
    sentence = Sentence(source="a", index=0, start=0, end=len(text), line=1, column=1, text=text)
    [q] = read_quantities(sentence, text)
    assert (q.value, q.currency) == (value, currency)


def test_an_age_in_brackets_after_a_full_name() -> None:
    text = "Among those released is Mara Ilves (67), whose husband remains in custody."
    sentence = Sentence(source="a", index=0, start=0, end=len(text), line=1, column=1, text=text)
    [q] = read_quantities(sentence, text)
    assert (q.text, q.kind.value) == ("67", "age")


@settings(max_examples=80, deadline=None)
@given(
    st.integers(0, 300),
    st.sampled_from([2, 4, 8, 16, 32, 64]).flatmap(
        lambda d: st.tuples(st.integers(1, d - 1), st.just(d))
    ),
    st.sampled_from(["-", " "]),
)
def test_a_mixed_number_is_its_whole_and_fraction(
    whole: int, fraction: tuple[int, int], joint: str
) -> None:
    """Wire copy writes coupons and prices as mixed numbers: "a 7-1/4 pct coupon" is 7.25%,
    never a 7 followed by stray figures."""
    n, d = fraction
    text = f"The notes carry a {whole}{joint}{n}/{d} pct coupon and were priced at par."
    sentence = Sentence(source="a", index=0, start=0, end=len(text), line=1, column=1, text=text)
    (q,) = read_quantities(sentence, text)
    assert q.value == pytest.approx(whole + n / d) and q.unit == "%"
    assert q.text == f"{whole}{joint}{n}/{d} pct"


def test_marks_without_a_scale_are_not_money() -> None:
    text = "She scored 50 marks in the test."
    sentence = Sentence(source="a", index=0, start=0, end=len(text), line=1, column=1, text=text)
    [q] = read_quantities(sentence, text)
    assert q.currency is None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Two were pronounced dead at the scene.", ["Two"]),
        ("Four people shot, two dead, in west Jackson.", ["Four", "two"]),
        ("FDNY officials said six were wounded in the mayhem.", ["six"]),
        ("The two were arrested.", []),  # the two named before: no count
        ("Nine other club-goers were injured.", ["Nine"]),
        ("Two said they saw the car.", []),
    ],
)
def test_a_small_count_as_the_subject_of_a_casualty_word(text: str, figures: list[str]) -> None:
    assert [figure for figure, *_ in read(text)] == figures


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("a three-week-old boy was hit", "three-week-old", 3.0, "week"),
        ("The one-month-old boy was shot.", "one-month-old", 1.0, "month"),
        ("a four-year-old girl", "four-year-old", 4.0, "year"),
    ],
)
def test_a_spelled_age(text: str, figure: str, value: float, unit: str) -> None:
    sentence = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
    ages = [q for q in read_quantities(sentence, text) if q.kind.value == "age"]
    assert [(q.text, q.value, q.unit) for q in ages] == [(figure, value, unit)]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a playlist's video length and a live blog's stamp open their line: no event time
        ("0:43 Homeless man found dead in Parkland; suspect arrested", []),
        ("14:30 Police confirm two dead.", []),
        # a time inside the sentence, or opening it before a lower-case word, is a time
        ("The shooting happened at 14:30 on Friday.", ["14:30"]),
        ("9:15 was when police arrived.", ["9:15"]),
    ],
)
def test_a_time_opening_a_headline_is_no_event_time(text: str, times: list[str]) -> None:
    sentence = Sentence(source="a", index=0, start=0, end=len(text), line=1, column=1, text=text)
    found = read_quantities(sentence, text)
    assert [q.text for q in found if q.kind.value == "time"] == times


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=10, max_value=999), st.sampled_from("¼½¾⅓⅔⅛⅜⅝⅞"))
def test_a_whole_and_its_vulgar_fraction_are_one_figure(whole: int, fraction: str) -> None:
    import unicodedata

    (text, value, _, _, _), *rest = read(f"The road runs {whole}{fraction} miles north.")
    assert not rest
    assert text == f"{whole}{fraction} miles"
    assert value == pytest.approx(whole + unicodedata.numeric(fraction))


_SCALE_LETTERS = {"K": 1e3, "M": 1e6, "B": 1e9}


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=99),
    st.sampled_from(sorted(_SCALE_LETTERS)),
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=99),
    st.sampled_from(sorted(_SCALE_LETTERS)),
    st.sampled_from(["-", "\u2013"]),
)
def test_a_range_of_mixed_scales_is_one_interval_with_each_end_s_scale(
    a: int, a_cents: int, a_scale: str, b: int, b_cents: int, b_scale: str, dash: str
) -> None:
    # '$700M-1.25B', '$1.5M–2B': each end keeps its own scale letter
    low = (a + a_cents / 100) * _SCALE_LETTERS[a_scale]
    high = (b + b_cents / 100) * _SCALE_LETTERS[b_scale]
    if a_scale == b_scale or low >= high:
        return  # not a range of mixed scales
    first, second = f"{a}.{a_cents:02d}{a_scale}", f"{b}.{b_cents:02d}{b_scale}"
    text = f"Spending was ${first}{dash}{second} that quarter."
    sentence = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
    (q,) = read_quantities(sentence, text)
    assert q.text == f"${first}{dash}{second}"
    assert q.low == pytest.approx(low) and q.high == pytest.approx(high)


@pytest.mark.parametrize("text", ["an MiG-31 jet", "the B-52 bomber", "a Tu-160 flew"])
def test_a_model_designation_is_still_no_range(text: str) -> None:
    assert read(text) == []


def _indian(n: int) -> str:
    """``n`` grouped the Indian way: the last three digits, then pairs (lakhs, crores)."""
    digits = str(n)
    head, tail = digits[:-3], digits[-3:]
    pairs = []
    while len(head) > 2:
        head, pairs = head[:-2], [head[-2:], *pairs]
    return ",".join([head, *pairs, tail]) if head else tail


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=100_000, max_value=10**12))
def test_indian_digit_grouping_parses_back(n: int) -> None:
    text = f"She was fined Rs {_indian(n)} by the court."
    assert [v for _, v, _, _, _ in read(text)] == [n]


def test_indian_grouping_beside_thousands() -> None:
    assert read("She was fined $7,50,000, and paid 1,500, officials said.") == [
        ("$7,50,000", 750000, 750000, 750000, "exact"),
        ("1,500", 1500, 1500, 1500, "exact"),
    ]
