"""Dates: each stated date as an interval of days with its granularity."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import dates
from crosscheck.dates import read_dates, relate_dates
from crosscheck.models import DateSpan, Sentence
from crosscheck.normalize import fold


def dates_of(text: str, **kwargs: object) -> list[tuple[str, str, str, str]]:
    sentence = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
    out = []
    for q in read_dates(sentence, text, **kwargs):  # type: ignore[arg-type]
        assert q.date is not None
        out.append((q.text, q.date.earliest, q.date.latest, q.date.granularity.value))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In July 2023, Shoigu was received in Pyongyang.",
            [("July 2023", "2023-07-01", "2023-07-31", "month")],
        ),
        (
            "Kim travelled to Russia in September 2023.",
            [("September 2023", "2023-09-01", "2023-09-30", "month")],
        ),
        (
            "In mid-2024, Putin made his first visit.",
            [("mid-2024", "2024-05-01", "2024-08-31", "part of year")],
        ),
        (
            "The conflict dragged on in late 2022.",
            [("late 2022", "2022-09-01", "2022-12-31", "part of year")],
        ),
        (
            "Prices rose in early 2023.",
            [("early 2023", "2023-01-01", "2023-04-30", "part of year")],
        ),
        (
            "Work ends at the end of 2025.",
            [("the end of 2025", "2025-10-01", "2025-12-31", "part of year")],
        ),
        (
            "Floods hit in the summer of 2021.",
            [("summer of 2021", "2021-06-01", "2021-08-31", "part of year")],
        ),
        ("Sales fell in Q3 2024.", [("Q3 2024", "2024-07-01", "2024-09-30", "part of year")]),
        (
            "Profit rose in the third quarter of 2024.",
            [("the third quarter of 2024", "2024-07-01", "2024-09-30", "part of year")],
        ),
        (
            "Output grew in the first half of 2023.",
            [("the first half of 2023", "2023-01-01", "2023-06-30", "part of year")],
        ),
        (
            "Polls close on 10/23/24, officials said.",
            [("10/23/24", "2024-10-23", "2024-10-23", "day")],
        ),
        (
            "The vote was held on 23 October 2024.",
            [("23 October 2024", "2024-10-23", "2024-10-23", "day")],
        ),
        (
            "The vote was held on October 23, 2024.",
            [("October 23, 2024", "2024-10-23", "2024-10-23", "day")],
        ),
        ("The report is dated 2024-10-23.", [("2024-10-23", "2024-10-23", "2024-10-23", "day")]),
        (
            "Talks on September 8-9, 2023 ended.",
            [("September 8-9, 2023", "2023-09-08", "2023-09-09", "day")],
        ),
        (
            "Talks on 8-9 September 2023 ended.",
            [("8-9 September 2023", "2023-09-08", "2023-09-09", "day")],
        ),
        (
            "The quake struck in 2011, killing thousands.",
            [("2011", "2011-01-01", "2011-12-31", "year")],
        ),
        (
            "Pre-tax profits for 1986 rose to 1.14 billion stg.",
            [("1986", "1986-01-01", "1986-12-31", "year")],
        ),
        ("The plant was sold for 1990 dlrs a share.", []),
        (
            "On Sept. 9, 2024 the storm made landfall.",
            [("Sept. 9, 2024", "2024-09-09", "2024-09-09", "day")],
        ),
        (
            "Two dates: June 2024 and mid-2024.",
            [
                ("June 2024", "2024-06-01", "2024-06-30", "month"),
                ("mid-2024", "2024-05-01", "2024-08-31", "part of year"),
            ],
        ),
        # a year elsewhere in the sentence completes a month-day date
        (
            "In 2024, talks on Oct. 23 failed.",
            [
                ("2024", "2024-01-01", "2024-12-31", "year"),
                ("Oct. 23", "2024-10-23", "2024-10-23", "day"),
            ],
        ),
        # not dates of events
        ("Exports have grown since 2023.", []),
        ("Weapons were used as early as 2023.", []),
        ("The ban lasts until June 2025.", []),
        ("May I ask what happened?", []),
        ("The March on Washington drew crowds.", []),
        ("Officials counted 2,023 people.", []),
        ("The Su-34 and F-16 jets flew at 10:30 p.m.", []),
        ("It costs $2024 a month.", []),
        ("The meeting on 03/04/2024 was short.", []),  # March 4 or 3 April: unknown
        ("Talks on Oct. 23 failed.", []),  # no year anywhere
    ],
)
def test_read_dates(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert dates_of(text) == expected


def test_default_year_and_day_first() -> None:
    assert dates_of("Talks on Oct. 23 failed.", default_year=2024) == [
        ("Oct. 23", "2024-10-23", "2024-10-23", "day")
    ]
    assert dates_of("Held on 03/04/2024.", day_first=True) == [
        ("03/04/2024", "2024-04-03", "2024-04-03", "day")
    ]


def test_a_hedged_date_is_approximate() -> None:
    text = "It happened around June 2024."
    sentence = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
    (q,) = read_dates(sentence, text)
    assert q.bound.value == "approximate"


def span(first: str, last: str) -> DateSpan:
    return DateSpan(earliest=first, latest=last, granularity="month")


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (span("2024-06-01", "2024-06-30"), span("2024-06-01", "2024-06-30"), "same"),
        (span("2024-06-01", "2024-06-30"), span("2024-05-01", "2024-08-31"), "within"),
        (span("2024-05-01", "2024-08-31"), span("2024-06-01", "2024-06-30"), "within"),
        (span("2024-05-01", "2024-08-31"), span("2024-08-01", "2024-12-31"), "overlap"),
        (span("2023-09-01", "2023-09-30"), span("2023-10-01", "2023-10-31"), "disjoint"),
    ],
)
def test_relate_dates(a: DateSpan, b: DateSpan, relation: str) -> None:
    assert relate_dates(a, b) == relation


_TOKENS = [*"0123456789/-., ", "June ", "mid-", "Q3 ", "of ", "in ", "Oct. ", "late "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=60).map("".join))
def test_any_text_reads_safely(text: str) -> None:
    sentence = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
    for q in read_dates(sentence, text):
        assert text[q.start : q.end] == q.text
        assert q.date is not None and q.date.earliest <= q.date.latest


# A guard against catastrophic (super-linear) reading, not a speed target: each size is
# timed in CPU seconds of this process (not the time a busy machine's other processes
# take) as the fastest of a few runs, and times under TIMER_FLOOR count as it, so that a
# busy machine's pauses do not look like quadratic work (a quadratic reader is 100x slower
# at 10x the text, far past the 30x allowed).
TIMER_FLOOR = 5e-3
TIMER_RUNS = 3


def _seconds(text: str) -> float:
    sentence = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
    best = float("inf")
    for _ in range(TIMER_RUNS):
        started = time.process_time()
        read_dates(sentence, text)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("unit", ["June ", "1/1/", "mid-", "in 2024 "])
def test_reading_time_is_linear(unit: str) -> None:
    small = _seconds(unit * (100_000 // len(unit)))
    large = _seconds(unit * (1_000_000 // len(unit)))
    assert large < 30 * max(small, TIMER_FLOOR), (small, large)


@pytest.mark.parametrize(
    "text",
    ["PODGORICA, June 12 (Wire) - The party won.", "Oct 16, 2024 - Tessellate has released it."],
)
def test_a_dateline_is_not_a_dated_claim(text: str) -> None:
    from crosscheck.reads import read_sentence

    sentence = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
    assert [q for q in read_sentence(sentence, text, default_year=2024) if q.date] == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a day ahead of the report in a sentence about the past is last year's
        (
            "A boy was wounded when shots were fired at a car on Dec. 24.",
            "2016-01-15",
            "2015-12-24",
        ),
        ("The feud began after an Oct. 13 shooting.", "2016-09-30", "2015-10-13"),
        # a day behind the report stays in its year; a future one just after New Year moves on
        ("He was released on bond Aug. 22.", "2016-09-20", "2016-08-22"),
        ("A hearing is scheduled for Jan. 5.", "2015-12-28", "2016-01-05"),
        ("A hearing is scheduled for Oct. 5.", "2016-08-20", "2016-10-05"),
        # a day or two ahead is the report's own day, filed late
        ("The shooting happened on March 3.", "2016-03-02", "2016-03-03"),
        # a year stated in the sentence wins
        ("It happened on Dec. 24, 2016.", "2016-01-15", "2016-12-24"),
    ],
)
def test_a_day_without_a_year_takes_the_year_the_report_implies(
    text: str, published: str, expected: str
) -> None:
    found = dates_of(text, default_year=int(published[:4]), reference_day=published)
    assert [earliest for _, earliest, _, _ in found] == [expected]


@pytest.mark.parametrize(
    "text",
    ["In the 2014 and 2019 elections, the party won a majority.", "The Lok Sabha 2024 elections"],
)
def test_a_year_before_an_event_noun_is_a_date_not_a_count(text: str) -> None:
    found = dates_of(text)
    assert ("2019" if "2019" in text else "2024") in [t for t, _, _, _ in found]


# Each date pattern is searched only in a sentence that holds what it needs (issue 19):
# every match of a pattern holds its needs itself, on generated text and on every
# sentence of the fixtures and seeds.
_DATE_WORDS = [
    *("January", "Sept.", "Sep", "May", "Dec", "Q3", "first", "quarter", "of", "the", "mid"),
    *("in", "during", "for", "by the end of", "'s", "election", "Chile", "early", "late"),
    *("2024", "1987", "12", "3", "31st", "2nd", "/", "-", "\u2013", " ", ", ", "."),
]


def _assert_needs_met(text: str) -> None:
    for (name, pattern), needs in zip(dates._PATTERNS, dates._PATTERN_NEEDS, strict=True):
        for m in pattern.finditer(text):
            assert needs <= dates._holds(m.group()), (name, m.group())


@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=12).map("".join))
@settings(max_examples=500, deadline=None)
def test_every_date_match_holds_what_its_pattern_needs(text: str) -> None:
    _assert_needs_met(text)


def test_date_pattern_needs_on_the_fixtures() -> None:
    root = Path(__file__).resolve().parent.parent
    paths = sorted((root / "fixtures").rglob("*.txt")) + sorted((root / "seeds").rglob("*"))
    for path in paths:
        if path.is_file():
            _assert_needs_met(fold(path.read_text(encoding="utf-8", errors="replace")))
