"""Reporting periods: which span of time a result is for.

"first-half profit", "for the July-September quarter", "in the six months to September",
"full-year revenue", "sales for the four weeks ended February 28", "the trade surplus in the
first 10 days of March". Results for other periods are other claims; one that names no
period joins the one period named (the claims stage reads the period of each figure; the
alignment stage treats it as a soft qualifier).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from crosscheck.normalize import may_contain, may_match
from crosscheck.number_words import SMALL_NUMBERS

# Spelled lengths of a span: "the four weeks ended", "the first eight weeks of the year".
_SPAN_COUNTS = {
    **SMALL_NUMBERS,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fifteen": 15,
    "twenty": 20,
    "twenty-six": 26,
    "fifty-two": 52,
}
_MONTHS = (
    "january|february|march|april|may(?=\\s+\\d)|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
# A span of weeks, days or months anchored to a reporting calendar: "the four weeks ended
# February 28", "the 13 weeks to March 1", "the first 10 days of March", "its four-week
# March 1 sales", "the first eight weeks of the year". A bare duration ("exports stopped for
# four months") is not a reporting period: an anchor (an end, "first", or a month) must be
# stated.
_SPAN = (
    r"(?P<span_first>first\s+)?"
    r"(?P<span_n>\d{1,2}|" + "|".join(sorted(_SPAN_COUNTS, key=len, reverse=True)) + r")"
    r"[-\s]+(?P<span_u>week|day|month)s?(?:\s+period)?"
    r"(?:\s+(?P<span_end>ended|ending|to|through|thru|of)\b)?"
    r"(?:\s+(?:the\s+)?(?P<span_m>" + _MONTHS + r")\b\.?)?"
)
# "the third quarter of revenue growth", "the second quarter in a row": how many quarters
# something has gone on, not the third quarter of the year.
_IN_A_ROW = (
    r"(?!\s+(?:in\s+a\s+row|running|of\s+(?:[\w-]+\s+){0,2}?(?:growth|declines?|gains?|"
    r"losses|increases?|decreases?|contraction|expansion)\b))"
)
_PERIODS = (
    (
        "h1",
        r"first[- ]half|\bh1\b|six\s+months\s+(?:to|through|ended|ending)|half-year|interim"
        r"|april\s*[-\u2013]\s*september",
    ),
    ("h2", r"second[- ]half|\bh2\b|october\s*[-\u2013]\s*march"),
    ("q1", r"first[- ]quarter" + _IN_A_ROW + r"|\bq1\b|january\s*[-\u2013]\s*march"),
    ("q2", r"second[- ]quarter" + _IN_A_ROW + r"|\bq2\b|april\s*[-\u2013]\s*june"),
    ("q3", r"third[- ]quarter" + _IN_A_ROW + r"|\bq3\b|july\s*[-\u2013]\s*september"),
    ("q4", r"fourth[- ]quarter" + _IN_A_ROW + r"|\bq4\b|october\s*[-\u2013]\s*december"),
    ("9m", r"nine\s+months|\b9m\b"),
    # a quarter the sentence does not name: "revenue for the quarter", "quarterly profit"
    (
        "quarter",
        r"\b(?:for|in|during|over|of)\s+the\s+(?:latest\s+|last\s+|recent\s+)?quarter\b"
        r"|\bquarterly\b",
    ),
    # a running total since the year began: "year-to-date sales", "so far this year"
    ("ytd", r"year[-\s]+to[-\s]+date|so\s+far\s+this\s+year|\bytd\b|cumulative"),
    (
        "fy",
        r"full[- ]year|fiscal\s+year|financial\s+year|whole\s+year"
        r"|for\s+the\s+year\b(?![-\s]+to[-\s]+date)|\byear\s+as\s+a\s+whole"
        # "during the year", "over the course of the year" (not "the year to date", "the
        # year since", "the year before"; "rose 6% over the year" is a change over twelve
        # months, told of prices as often as of results)
        r"|\b(?:during\s+the|over\s+the\s+course\s+of\s+the)\s+(?:full\s+)?year\b"
        r"(?![-\s]+(?:to|since|before|after|ago|earlier)\b)",
    ),
    ("span", r"\b" + _SPAN),
)
_PERIOD = re.compile(
    "|".join(
        f"(?P<{name if name[0].isalpha() else 'm' + name}>{pattern})" for name, pattern in _PERIODS
    ),
    re.IGNORECASE,
)
# The same, case-sensitive, for ASCII text lowered: there it matches where _PERIOD does (its
# letters are all lowercase, its classes hold none), about twice as fast as a case-blind
# search. Every group read of a match is lowered, so the groups' case does not matter.
_PERIOD_LOWERED = re.compile(_PERIOD.pattern)
# Spans that are the named periods: "the first six months" is the first half.
_SPAN_NAMES = {(6, "m"): "h1", (9, "m"): "9m", (12, "m"): "fy", (52, "w"): "fy"}


# Words every match of _PERIOD holds ("first-half", "six months to", "fiscal year",
# "april-june", "h1", "9m", "four weeks ended"): text without any of them is not searched.
_PERIOD_WORDS = (
    "half",
    "h1",
    "h2",
    "month",
    "week",
    "day",
    "interim",
    "april",
    "october",
    "quarter",
    "q1",
    "q2",
    "q3",
    "q4",
    "january",
    "july",
    "9m",
    "year",
    "ytd",
    "cumulative",
)
# What every match of _PERIOD holds, lowered, in order: the words above with the words
# they must follow or precede ("day", "month" and "year" are in most news sentences; a
# period needs "the four weeks", "fiscal year", "year to date"). Looser than _PERIOD (no
# word boundaries; a spelled count by its last letters: "twenty-six weeks" by "six weeks"),
# so searching it first skips no period; tried only on text holding one of _PERIOD_WORDS.
_PERIOD_NEEDS = re.compile(
    r"half|h[12]|interim|april|october|quarter|q[1-4]|january|july|9m|ytd|cumulative"
    r"|(?:full[- ]|fiscal\s+|financial\s+|whole\s+|for\s+the\s+|so\s+far\s+this\s+)year"
    r"|(?:during\s+the|over\s+the\s+course\s+of\s+the)\s+(?:full\s+)?year"
    r"|year[-\s]+to[-\s]+date|year\s+as\s+a\s+whole"
    r"|(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen"
    r"|twenty)[-\s]+(?:week|day|month)"
)


def periods_in(text: str) -> list[tuple[int, str]]:
    """Where ``text`` names a reporting period, and which, in order.

    >>> periods_in("Sales for the four weeks ended February 28 rose 10.8 pct.")
    [(14, '4w feb')]
    >>> periods_in("The surplus in the first 10 days of March fell.")
    [(19, '10d mar')]
    >>> periods_in("Exports were suspended for four months.")
    []
    """
    if not may_match(text, _PERIOD_WORDS, _PERIOD_NEEDS):
        return []
    return _search_periods(text)


def _search_periods(text: str) -> list[tuple[int, str]]:
    """:func:`periods_in` without its gate."""
    found = []
    matches = _PERIOD_LOWERED.finditer(text.lower()) if text.isascii() else _PERIOD.finditer(text)
    for m in matches:
        name = _period_name(m)
        if name is not None:
            found.append((m.start(), name))
    return found


# Periods that hold others: a quarter the sentence does not name is one of the four.
_HOLDS = {"quarter": ("q1", "q2", "q3", "q4")}


def period_words(qualifier: str) -> set[str]:
    """The words of a qualifier, a named period's with the name of what holds it, so that
    a period the sentence leaves unnamed ("for the quarter") fits the one named ("during
    q4") and no other kind of period.

    >>> sorted(period_words("during q4"))
    ['during', 'q4', 'quarter']
    >>> sorted(period_words("during fy"))
    ['during', 'fy']
    """
    words = set(qualifier.split())
    if qualifier.startswith("during "):
        words |= {held for held, names in _HOLDS.items() if words & set(names)}
    return words


def period_at(found: Sequence[tuple[int, str]], start: int) -> str | None:
    """The reporting period of the figure at ``start``: the one its sentence names
    (``found`` by :func:`periods_in`), or, if it names several, the nearest before the
    figure, else the first after it."""
    if not found:
        return None
    if len({name for _, name in found}) == 1:
        return found[0][1]
    before = [name for at, name in found if at < start]
    return before[-1] if before else found[0][1]


def _period_name(m: re.Match[str]) -> str | None:
    name = m.lastgroup or ""
    if name.startswith("span"):
        return _span_name(m)
    return name[1:] if name.startswith("m") else name


def _span_name(m: re.Match[str]) -> str | None:
    """'4w feb' for "the four weeks ended February 28"; None for a bare duration."""
    end = (m.group("span_end") or "").lower()
    if not (m.group("span_first") or m.group("span_m") or end in ("ended", "ending")):
        return None  # "two weeks of talks", "ten days to decide": a duration
    count = m.group("span_n").lower()
    n = int(count) if count.isdigit() else _SPAN_COUNTS[count]
    unit = m.group("span_u")[0].lower()
    named = _SPAN_NAMES.get((n, unit))
    if named is not None:
        return named
    month = m.group("span_m")
    return f"{n}{unit} {month[:3].lower()}" if month else f"{n}{unit}"


# How much of a story's opening names the period its results are for ("Hayase Motor
# first-half profit falls 18%"): later figures that name none are for that period.
LEAD_CHARS = 400
# Openings whose period is remembered: a worker reads one source at a time, so a few
# suffice (a pure function of the opening: nothing else is kept).
LEADS_KEPT = 16


@lru_cache(maxsize=LEADS_KEPT)
def lead_period(lead: str) -> str | None:
    """The period the story's opening (its first LEAD_CHARS) names; its headline, before
    it, shares it. Read once per source, not once per figure."""
    if not may_contain(lead, _PERIOD_WORDS):
        return None
    return next(iter(periods_in(lead)), (0, None))[1]
