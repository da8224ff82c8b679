"""The period a report covers is no date of an event.

A company's results and an agency's release are named by the period they cover: "Tesla
has released its Q4 2023 and full year earnings report", "the release of its Q4 2023
earnings report", "results for the fourth quarter of 2023". The quarter, half or year is
what the report is about, not the day it was released ("released after the closing bell
on Wednesday, January 24, 2024"), so the event word near it ("released", "release") dates
nothing here: such a period is counted as nothing and never compared
(:func:`with_report_periods`). Only a period (a quarter, half, season or year) is read so;
a day beside the same words is the release's own date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.models import Claim, Granularity, QuantityKind
from crosscheck.periods import lead_period

# What a report is called after the period it covers: "Q4 2023 earnings report", "Q4 and
# FY 2023 Update Letter", "fiscal 2023 results", "third-quarter numbers"; with another
# period between ("Q4 2023 and full year earnings").
_REPORT_AFTER = re.compile(
    r"^(?:\s*(?:and|&)\s+(?:full[-\s]year|fy|fiscal(?:\s+year)?|annual)(?:\s+\d{2,4})?)?"
    r"\s+(?:financial\s+|quarterly\s+|annual\s+|fiscal\s+|full[-\s]year\s+)?"
    # what the report counts ('Q2 2024 delivery and production results', 'sales figures')
    r"(?:(?:delivery|deliveries|production|sales|vehicle|earnings|trading|operating)\s+"
    r"(?:(?:and|&)\s+(?:delivery|deliveries|production|sales)\s+)?)?"
    r"(?:earnings|results|report|update\s+letter|shareholder\s+letter|numbers|figures"
    r"|financials)\b",
    re.IGNORECASE,
)
# The same named before the period: "results for the fourth quarter of 2023", "earnings
# for Q4 2023".
_REPORT_BEFORE = re.compile(
    r"\b(?:earnings|results|report|numbers|figures|financials)\s+(?:for|of)\s+(?:the\s+)?"
    r"(?:(?:first|second|third|fourth|fiscal)[-\s]?(?:quarter|half|year)?\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
# How far before a period the words of its report are looked for, in characters.
BEFORE_CHARS = 40
# Dates that name a period, not a day or a month: what a report covers.
_PERIODS = frozenset({Granularity.PART_OF_YEAR, Granularity.YEAR})


def covers_report(text: str, start: int, end: int) -> bool:
    """Whether the period at ``start``:``end`` of ``text`` is what a report covers.

    >>> t = "Tesla has released its Q4 2023 and full year earnings report this afternoon"
    >>> covers_report(t, t.index("Q4"), t.index("Q4") + 7)
    True
    >>> t = "Apple posted results for the fourth quarter of 2023 on Thursday"
    >>> covers_report(t, t.index("2023"), t.index("2023") + 4)
    True
    >>> t = "Tesla has officially released its Q2 2024 delivery and production results."
    >>> covers_report(t, t.index("Q2"), t.index("Q2") + 7)
    True
    >>> t = "The iPhone 15 was released in Q3 2023 in most markets"
    >>> covers_report(t, t.index("Q3"), t.index("Q3") + 7)
    False
    """
    return bool(
        _REPORT_AFTER.match(text[end:])
        or _REPORT_BEFORE.search(text[max(0, start - BEFORE_CHARS) : start])
    )


def with_report_periods(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with the periods reports cover counted as nothing: never compared."""
    out: list[Claim] = []
    for claim in claims:
        q = claim.quantity
        if (
            q.kind is QuantityKind.DATE
            and claim.counted is not None
            and q.date is not None
            and q.date.granularity in _PERIODS
        ):
            text = claim.sentence.text
            start, end = q.start - claim.sentence.start, q.end - claim.sentence.start
            if 0 <= start <= end <= len(text) and covers_report(text, start, end):
                claim = claim.model_copy(
                    update={"counted": None, "counted_text": None, "actor": None}
                )
        out.append(claim)
    return out


# The quarters a story's opening may name: "results for the second quarter", "Q2 2024".
_QUARTERS = frozenset({"q1", "q2", "q3", "q4"})
# What a figure of "the quarter" is read with ("Net sales for the quarter were $148
# billion"): a quarter the sentence does not name (see periods.py).
_BARE_QUARTER = "during quarter"


def with_story_quarter(claims: Sequence[Claim], opening: str) -> list[Claim]:
    """``claims`` with "the quarter" of a results story read as the quarter its opening
    names: "Amazon released its results for the second quarter ... Net sales for the quarter
    were $148 billion, ... at the upper end of management's guidance range of $144 billion
    to $149 billion" is the second quarter's guidance, not the third quarter's outlook the
    story gives later. Untouched when the opening names no quarter or another period.
    ``opening``: the source's first ``periods.LEAD_CHARS`` characters.
    """
    if not any(_BARE_QUARTER in c.qualifiers for c in claims):
        return list(claims)
    lead = lead_period(opening)
    if lead not in _QUARTERS:
        return list(claims)
    named = f"during {lead}"
    return [
        c.model_copy(
            update={"qualifiers": tuple(sorted({*c.qualifiers} - {_BARE_QUARTER} | {named}))}
        )
        if _BARE_QUARTER in c.qualifiers
        else c
        for c in claims
    ]
