"""Read the calendar dates a sentence states: Sentence -> Quantity(kind=date).

A date is an interval of days at a granularity: "June 2024" is 2024-06-01..2024-06-30
(month), "mid-2024" is 2024-05-01..2024-08-31 (part of year), "10/23/24" one day. The
comparison stage relates two dates by their intervals (:func:`relate_dates`), so "June
2024" lies within "mid-2024" while "September 2023" and "October 2023" are disjoint.

Open-ended phrases ("since 2023", "until June", "before 2020", "as early as 2023") state
a bound, not the date of an event, and are not returned. A date with no year is completed
from a year stated elsewhere in the sentence, else from ``default_year`` (the source's
publication year), else not returned. Numeric dates whose day and month cannot be told
apart ("03/04/2024") are not returned unless ``day_first`` says which comes first.

Every pattern is linear: alternations of fixed words and bounded digit runs, no nested
quantifiers.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Literal

from crosscheck.models import Bound, DateSpan, Granularity, Quantity, QuantityKind, Sentence
from crosscheck.normalize import fold

_MONTHS: dict[str, int] = {}
for _number in range(1, 13):
    _MONTHS[calendar.month_name[_number].lower()] = _number
    _MONTHS[calendar.month_abbr[_number].lower()] = _number
_MONTHS["sept"] = 9

# Parts of a year, as months (first, last). "Mid" is the middle third of the year, "early"
# and "late" the first and last third: the readings that make "June 2024" mid-2024 and
# "November 2022" late 2022, as news style uses them. Seasons are northern-hemisphere
# meteorological seasons (winter is left out: it straddles two years).
_PARTS = {
    "early": (1, 4),
    "mid": (5, 8),
    "middle of": (5, 8),
    "late": (9, 12),
    "end of": (10, 12),
    "the end of": (10, 12),
    "beginning of": (1, 3),
    "the beginning of": (1, 3),
    "start of": (1, 3),
    "the start of": (1, 3),
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "first half of": (1, 6),
    "the first half of": (1, 6),
    "second half of": (7, 12),
    "the second half of": (7, 12),
}
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1": 1, "2": 2, "3": 3, "4": 4}

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?:\s*[-\u2013]\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?"
# Nouns of events a bare year may name ("the 2016 election"): a year before them is a date.
EVENT_NOUNS = (
    "election|elections|vote|referendum|quake|earthquake|floods?|flooding|tsunami|storm|"
    "hurricane|typhoon|cyclone|war|invasion|attack|attacks|outbreak|pandemic|crisis|crash|"
    "rescue|summit|games|olympics|season|census|budget|disaster|fire|wildfire|eruption"
)
# Words after a number that make it an amount, not a year ("for 1990 dlrs").
_AMOUNT_NOUNS = (
    "dlrs|dollars|yen|marks|francs|stg|pounds|euros|shares|pct|percent|people|persons|"
    "units|tons|tonnes|barrels|acres|feet|miles|men|women|workers|jobs|employees|votes"
)
_PART = "|".join(sorted((re.escape(p) for p in _PARTS), key=len, reverse=True))

# Each pattern names its groups; the first that matches at a position wins (longest first).
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("iso", r"\b(?P<year>(?:1[89]|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b"),
        ("numeric", r"(?<![\d/.])(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d\d(?:\d\d)?)(?![\d/])"),
        ("day-month", rf"\b{_DAY}{_DAY2}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"),
        ("month-day", rf"\b{_MONTH}\s+{_DAY}{_DAY2}(?:,?\s+{_YEAR})?\b(?!\s*(?:%|per\b))"),
        ("month-year", rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b"),
        (
            "quarter",
            r"\b(?:Q(?P<q>[1-4])\s+|(?:the\s+)?(?P<qw>first|second|third|fourth)"
            r"\s+quarter\s+of\s+)" + _YEAR + r"\b",
        ),
        ("part", rf"(?i:\b(?P<part>{_PART})(?:\s+|-)(?:of\s+)?){_YEAR}\b"),
        # "in 2022", "for 1986" (a result's year), never "for 1990 dlrs" (an amount)
        (
            "year",
            rf"\b(?i:in|during|of|for|by\s+the\s+end\s+of)\s+{_YEAR}\b(?![-\u2013/]\d)"
            rf"(?!\s+(?:{_AMOUNT_NOUNS})\b)",
        ),
        # a year naming an event: "the 2010 Chile rescue", "Malawi's 2004 election"
        ("year", rf"(?:\b(?i:the)|'s)\s+{_YEAR}(?=\s+(?:[A-Z]|(?:{EVENT_NOUNS})\b))"),
        # ... after any word: "the 2014 and 2019 elections", "Lok Sabha 2024 elections"
        ("year", rf"\b{_YEAR}(?=\s+(?i:{EVENT_NOUNS})\b)"),
    )
)
# What each of _PATTERNS needs the sentence to hold, in order: a year's digits, a month's
# name as written (every name of _MONTH starts with one of these), a "-" or a "/".
# A pattern whose needs the sentence lacks is not searched (it could match nothing).
_PATTERN_NEEDS: tuple[frozenset[str], ...] = tuple(
    frozenset(needs)
    for needs in (
        ("year", "-"),  # iso
        ("/",),  # numeric
        ("month",),  # day-month
        ("month",),  # month-day
        ("month", "year"),  # month-year
        ("year",),  # quarter
        ("year",),  # part
        ("year",),  # year
        ("year",),  # a year naming an event
        ("year",),  # a year before an event noun
    )
)
_ANY_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_ANY_MONTH = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


def _holds(text: str) -> frozenset[str]:
    """Which of the needs of _PATTERN_NEEDS ``text`` meets."""
    found = {mark for mark in ("-", "/") if mark in text}
    if _ANY_YEAR.search(text):
        found.add("year")
    if _ANY_MONTH.search(text):
        found.add("month")
    return frozenset(found)


# A date that only bounds a period is not the date of an event.
_OPEN_BEFORE = re.compile(
    r"\b(?:since|until|till|before|after|by|from|as\s+early\s+as|as\s+late\s+as|through|"
    r"prior\s+to|no\s+later\s+than|starting|beginning)\s+(?:the\s+)?(?:early\s+|mid-?|late\s+)?$",
    re.IGNORECASE,
)
# What every date pattern below holds: a year, a numeric d/m/y, or a month name (as
# written, capitalised). A sentence with none of them is skipped.
# The lookahead only lets the search skip fast to the characters a match can start with
# (a digit or a month's capital): the same matches, in half the time.
_MAYBE_DATE = re.compile(
    r"(?=[\dJFMASOND])"
    r"(?:(?:1[89]|20)\d\d|\d/\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)
# A dateline opens a story with where and when it was filed: "PODGORICA, June 12 (Wire) -",
# "Oct 16, 2024 - ". Its date is the story's, not an event's.
_DATELINE_BEFORE = re.compile(r"\s*(?:[A-Z][\w .'-]{0,40},\s*){0,2}")  # "PORT MERRAN, Lusarre,"
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?[-\u2013\u2014]\s")
_HEDGE_BEFORE = re.compile(r"\b(?:around|about|approximately|circa|roughly)\s+$", re.IGNORECASE)
# "the first since one in March 2024", "for the first time since April 2024": the date of
# the previous occurrence, a claim of its own (shared with claims).
FIRST_SINCE = re.compile(
    r"\bfirst(?:\s+(?:time|such\s+\w+|\w+))?\s+since\s+(?:(?:the\s+)?one\s+in\s+)?$",
    re.IGNORECASE,
)
_YEAR_ANYWHERE = re.compile(r"(?<![\d,.$])(?:1[89]|20)\d\d(?!\d|,\d)")

Relation = Literal["same", "within", "overlap", "disjoint"]


def read_dates(
    sentence: Sentence,
    source_text: str,
    *,
    default_year: int | None = None,
    day_first: bool | None = None,
    reference_day: str | None = None,
) -> tuple[Quantity, ...]:
    """Every date ``sentence`` states, with spans into ``source_text``. A day with no year
    in a sentence that states none takes, when ``reference_day`` (the source's publication
    day, ISO) is known, the year :func:`_nearest_year` gives: "Dec. 24" in a report of
    2016-01-15 is 2015-12-24, not eleven months ahead.

    >>> from crosscheck.models import Sentence
    >>> t = "In mid-2024, Putin visited Pyongyang; in June 2024 he signed a treaty."
    >>> s = Sentence(source="-", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> [(q.text, q.date.earliest, q.date.latest) for q in read_dates(s, t)]
    [('mid-2024', '2024-05-01', '2024-08-31'), ('June 2024', '2024-06-01', '2024-06-30')]
    """
    original = source_text[sentence.start : sentence.end]
    if _MAYBE_DATE.search(original) is None:
        return ()  # no year, month name or d/m: most sentences need no more work
    text = fold(original)
    years = [int(m.group()) for m in _YEAR_ANYWHERE.finditer(text)]
    year_hint = years[0] if len(set(years)) == 1 else default_year
    reference = _day(reference_day) if len(set(years)) != 1 else None
    future = reference is not None and _FUTURE.search(text) is not None
    found: list[tuple[int, int, DateSpan]] = []
    taken = bytearray(len(text))  # 1 where an earlier, longer pattern already read a date
    holds = _holds(text)
    for (name, pattern), needs in zip(_PATTERNS, _PATTERN_NEEDS, strict=True):
        if not needs <= holds:
            continue  # it cannot match: no year, no month or no "/" for it
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(taken[start:end]):
                continue
            span = _span(name, m, year_hint, day_first)
            if span is not None and reference is not None and not m.groupdict().get("year"):
                span = _nearest_year(span, reference, future)
            if span is None:
                continue
            if name == "year":
                start, end = m.span("year")
            before = text[max(0, start - 30) : start]
            taken[m.start() : end] = b"\x01" * (end - m.start())
            if _OPEN_BEFORE.search(before) and not FIRST_SINCE.search(before):
                continue
            if _DATELINE_BEFORE.fullmatch(text, 0, start) and _DATELINE_AFTER.match(text, end):
                continue  # "PODGORICA, June 12 (Wire) -": when the story was filed
            found.append((start, end, span))
    out = []
    for start, end, span in sorted(found, key=lambda f: f[0]):
        hedged = _HEDGE_BEFORE.search(text[max(0, start - 20) : start]) is not None
        out.append(
            Quantity(
                text=original[start:end],
                start=sentence.start + start,
                end=sentence.start + end,
                value=None,
                low=None,
                high=None,
                bound=Bound.APPROXIMATE if hedged else Bound.EXACT,
                kind=QuantityKind.DATE,
                date=span,
            )
        )
    return tuple(out)


def _span(
    name: str, m: re.Match[str], year_hint: int | None, day_first: bool | None
) -> DateSpan | None:
    g = m.groupdict()
    try:
        if name == "iso":
            day = date(int(g["year"]), int(g["m"]), int(g["day"]))
            return _days(day, day)
        if name == "numeric":
            return _numeric(int(g["a"]), int(g["b"]), g["y"], day_first)
        if name in {"day-month", "month-day"}:
            year = int(g["year"]) if g["year"] else year_hint
            if year is None:
                return None
            month = _MONTHS[g["month"].lower()]
            first = date(year, month, int(g["day"]))
            last = date(year, month, int(g["day2"])) if g["day2"] else first
            return _days(first, last) if first <= last else None
        if name == "month-year":
            return _months(int(g["year"]), _MONTHS[g["month"].lower()], None, Granularity.MONTH)
        if name == "quarter":
            quarter = int(g["q"]) if g["q"] else _QUARTERS[g["qw"].lower()]
            first_month = 3 * quarter - 2
            return _months(int(g["year"]), first_month, first_month + 2, Granularity.PART_OF_YEAR)
        if name == "part":
            first_month, last_month = _PARTS[g["part"].lower()]
            return _months(int(g["year"]), first_month, last_month, Granularity.PART_OF_YEAR)
        year = int(g["year"])
        return DateSpan(
            earliest=date(year, 1, 1).isoformat(),
            latest=date(year, 12, 31).isoformat(),
            granularity=Granularity.YEAR,
        )
    except (ValueError, KeyError):
        return None  # "February 30", "13/13/13": not a date


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat((iso or "")[:10])
    except ValueError:
        return None


# A day with no year in a report is in the report's year, unless that puts it ahead of the
# report in a sentence that speaks of no future (then it is past: "after an Oct. 13
# shooting" in a report of September 2016 is 2015's), or the next year puts it at most
# NEXT_YEAR_DAYS ahead in a sentence that does ("a hearing set for Jan. 2" in a report of
# December 30). A report's date may be a day or two after the event it tells of
# (time zones, a late edition): PUBLICATION_SLACK_DAYS ahead is still the same day.
PUBLICATION_SLACK_DAYS = 2
NEXT_YEAR_DAYS = 62
_FUTURE = re.compile(
    r"\b(?:will|shall|scheduled|slated|set\s+(?:for|to)|due|upcoming|next|expected|expects?|"
    r"plans?|planned|planning|deadline|until|is\s+to|are\s+to|would|payable|of\s+record)\b",
    re.IGNORECASE,
)


def _nearest_year(span: DateSpan, reference: date, future: bool) -> DateSpan:
    """``span`` (a day or days with no year stated) moved a year back when the report's
    year puts it ahead of ``reference`` and its sentence speaks of no ``future``, or a year
    ahead when it speaks of one and that puts it just ahead.

    >>> def year(m, d, ref, future=False):
    ...     day = date(ref.year, m, d)
    ...     return _nearest_year(_days(day, day), ref, future).earliest
    >>> year(12, 24, date(2016, 1, 15)), year(10, 13, date(2016, 9, 30))
    ('2015-12-24', '2015-10-13')
    >>> year(2, 7, date(2016, 9, 20)), year(10, 5, date(2016, 8, 20), future=True)
    ('2016-02-07', '2016-10-05')
    >>> year(1, 2, date(2015, 12, 30), future=True), year(1, 2, date(2015, 12, 30))
    ('2016-01-02', '2015-01-02')
    """
    if span.granularity is not Granularity.DAY:
        return span
    first, last = date.fromisoformat(span.earliest), date.fromisoformat(span.latest)
    ahead = (first - reference).days
    shift = 0
    try:
        if ahead > PUBLICATION_SLACK_DAYS and not future:
            shift = -1
        elif (
            ahead < 0
            and future
            and (first.replace(year=first.year + 1) - reference).days <= NEXT_YEAR_DAYS
        ):
            shift = 1
        if shift == 0:
            return span
        return _days(first.replace(year=first.year + shift), last.replace(year=last.year + shift))
    except ValueError:
        return span  # February 29


def _numeric(a: int, b: int, y: str, day_first: bool | None) -> DateSpan | None:
    year = int(y) + (2000 if len(y) == 2 else 0)
    if a > 12 and b <= 12:
        month, day = b, a
    elif b > 12 and a <= 12:
        month, day = a, b
    elif a == b:
        month = day = a
    elif day_first is None:
        return None  # 03/04/2024: March 4 or 3 April
    else:
        month, day = (b, a) if day_first else (a, b)
    when = date(year, month, day)
    return _days(when, when)


def _days(first: date, last: date) -> DateSpan:
    return DateSpan(
        earliest=first.isoformat(), latest=last.isoformat(), granularity=Granularity.DAY
    )


def _months(year: int, first: int, last: int | None, granularity: Granularity) -> DateSpan:
    last = last or first
    end = date(year + (last == 12), last % 12 + 1, 1) - timedelta(days=1)
    return DateSpan(
        earliest=date(year, first, 1).isoformat(), latest=end.isoformat(), granularity=granularity
    )


def relate_dates(a: DateSpan, b: DateSpan) -> Relation:
    """How two dates relate as intervals of days.

    >>> june = DateSpan(earliest="2024-06-01", latest="2024-06-30", granularity="month")
    >>> mid = DateSpan(earliest="2024-05-01", latest="2024-08-31", granularity="part of year")
    >>> sept = DateSpan(earliest="2023-09-01", latest="2023-09-30", granularity="month")
    >>> relate_dates(june, june), relate_dates(june, mid), relate_dates(june, sept)
    ('same', 'within', 'disjoint')
    """
    if a.earliest == b.earliest and a.latest == b.latest:
        return "same"
    if (a.earliest >= b.earliest and a.latest <= b.latest) or (
        b.earliest >= a.earliest and b.latest <= a.latest
    ):
        return "within"
    if a.earliest <= b.latest and b.earliest <= a.latest:
        return "overlap"
    return "disjoint"


__all__ = ["read_dates", "relate_dates"]
