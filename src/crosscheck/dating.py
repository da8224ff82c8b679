"""Which date a figure's clause gives it: the clause a year dates, the month a figure is
for, and the day a clause names relative to the source's publication.

Moved from ``scope.py`` (which keeps the frame signals of incident, part and moment); each
reader here returns a soft qualifier ("in month december", "on day 1987-03-02") or a test
of one clause, and none of them reads another incident or a part.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from crosscheck.models import Claim, QuantityKind

# Where a sentence's clauses end, for the years that date them.
# (the commas of a date, "Nov. 5, 2009, Fort Hood", break nothing)
_CLAUSE_BREAK = re.compile(
    r"(?<![12]\d{3})[,;](?!\d)(?!\s+(?:1[89]|20)\d\d\b)|\s+(?:while|whereas|but)\s+"
)
# A clause that is only its date opens the next one: "in 1970, a 7.7 quake killed 15,000".
_DATE_OPENER = re.compile(
    r"^\s*(?:and\s+)?(?:in|on|during|by)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
    r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\s*$",
    re.IGNORECASE,
)


def same_dated_clause(text: str, a: int, b: int) -> bool:
    """Whether offsets ``a`` and ``b`` of ``text`` (a year and a figure) are in one clause,
    or the year's clause is an opening date that dates the next clause.

    >>> t = ("in 1970, a 7.7-magnitude quake killed 15,000 in Yunnan, and a magnitude-7.1 "
    ...      "quake killed more than 1,400 in 1974.")
    >>> same_dated_clause(t, 3, t.index("15,000")), same_dated_clause(t, 3, t.index("1,400"))
    (True, False)
    >>> same_dated_clause(t, t.index("1974"), t.index("7.1"))
    True
    >>> t = "the Nov. 5, 2009, Fort Hood shooting that killed 13 and injured more than 30"
    >>> same_dated_clause(t, t.index("2009"), t.index("more"))
    True
    >>> t = "It peaked at 11.4 metres, below the record 14.4 metres reached in 2022."
    >>> same_dated_clause(t, t.index("2022"), t.index("11.4"))
    False
    """
    low, high = min(a, b), max(a, b)
    breaks = [m for m in _CLAUSE_BREAK.finditer(text) if low < m.start() < high]
    if not breaks:
        return True
    if a < b and len(breaks) == 1:
        opening = text[: breaks[0].start()]
        previous = [m.end() for m in _CLAUSE_BREAK.finditer(opening)]
        return _DATE_OPENER.match(opening[previous[-1] if previous else 0 :]) is not None
    return False


# A month a figure is for: "rose 2.1 pct in December", "for January", "a 2.3 pct December
# gain". Not a day of it ("December 5" dates an event) and not a span ("since January").
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
# (a month's possessive names what is reported too: "December's 260,000 jobs")
_MONTH = re.compile(
    rf"\b(?:(?P<prep>in|for|during|of)\s+(?:early\s+|late\s+|mid-?)?)?(?P<month>{_MONTHS})"
    r"(?:(?P<poss>['\u2019]s)(?=\s)|\.?(?!\s*,?\s*\d)(?=[\s,;.)]|$))",
    re.IGNORECASE,
)
# "since July, 1984, when", "since March 2020, when": the clause that follows is that month's.
_SINCE_WHEN = re.compile(
    rf"\bsince\s+(?P<month>{_MONTHS})\.?(?:\s+\d{{1,2}})?,?(?:\s+\d{{4}})?,?\s+when\b",
    re.IGNORECASE,
)
# A capitalised month right after a figure's unit names what the figure is for ("a 2.3 pct
# December gain"); elsewhere a month must follow "in", "for", "during" or "of" (May, March).
_UNIT_THEN = re.compile(r"^\s*(?:pct|percent|per\s+cent|%)?\s*$", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"[-\u2013/]\s*$|\b(?:to|through)\s+$")
# A capitalised month before the noun of what is reported: "February sales", "its March
# load factor", "the January index" (never the modal "May be").
_NAMES_MEASURE = re.compile(
    r"\s+(?!be\b|have\b|not\b|also\b|quarter|half|year|period|term|to\b|through\b)[a-z][a-z-]+\b"
)


# A month inside a "since" phrase starts the span a running count covers ("the death toll
# rose to 410 since the monsoon started in June"); it is not the month a figure is for.
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;.]*$", re.IGNORECASE)
SINCE_CHARS = 60


def month_of(text: str, start: int, end: int, others: Sequence[int]) -> str | None:
    """The month the figure at ``start``-``end`` of ``text`` is for, as a soft qualifier
    ("in month december"): the month named in its clause with no other figure (``others``:
    their offsets) between them, nearest first.

    >>> t = "The index rose 2.1 pct in December."
    >>> month_of(t, 15, 22, [])
    'in month december'
    >>> t = "It fell 1.0 pct in January after a revised 2.3 pct December gain."
    >>> a, b = t.index("1.0"), t.index("2.3")
    >>> month_of(t, a, a + 7, [b]), month_of(t, b, b + 7, [a])
    ('in month january', 'in month december')
    >>> month_of("Police said 3 people were shot on December 5.", 12, 13, []) is None
    True
    >>> month_of("Since January, 300 people have died.", 15, 18, []) is None
    True
    >>> t = "The toll rose to 410 since the monsoon started in June."
    >>> month_of(t, t.index("410"), t.index("410") + 3, []) is None
    True
    >>> t = "Job growth was twice December's 260,000 jobs."
    >>> month_of(t, t.index("260"), t.index("260") + 7, [])
    'in month december'
    >>> t = "Its February load factor declined 1.6 pct to 55.9 pct."
    >>> a, b = t.index("1.6"), t.index("55.9")
    >>> month_of(t, b, b + 8, [a])
    'in month february'
    >>> t = "The decline in January was the biggest since July, 1984, when the index fell 1.7 pct."
    >>> month_of(t, t.index("1.7"), t.index("1.7") + 7, [])
    'in month july'
    """
    for m in _SINCE_WHEN.finditer(text, 0, start):
        if same_dated_clause(text, m.end(), start):
            # "the biggest since July, 1984, when the index fell 1.7 pct": the figure of the
            # clause that "when" opens is that month's, the record the news is measured by
            return f"in month {_full_month(m.group('month'))}"
    best: tuple[int, str] | None = None
    for m in _MONTH.finditer(text):
        at = m.start()
        # "its February load factor declined 1.6 pct to 55.9 pct": a month naming what the
        # clause reports is for each of its figures, however many stand between
        named = (
            m.group("prep") is None
            and at < start
            and m.group("month")[:1].isupper()
            and not _RANGE_BEFORE.search(text, 0, at)  # "the July-September quarter"
            and (m.group("poss") is not None or _NAMES_MEASURE.match(text, m.end()) is not None)
        )
        if _SINCE_BEFORE.search(text, max(0, at - SINCE_CHARS), at):
            continue  # "since the monsoon started in June": where a running count starts
        if m.group("prep") is None and not named:
            glued = m.start() >= end and _UNIT_THEN.match(text[end : m.start()])
            if not (glued and m.group("month")[:1].isupper()):
                continue
        low, high = (at, start) if at < start else (end, at)
        if not same_dated_clause(text, at, start) or (
            not named and any(low < o < high for o in others)
        ):
            continue
        distance = start - at if at < start else at - end
        if best is None or distance < best[0]:
            best = (distance, _full_month(m.group("month")))
    return f"in month {best[1]}" if best is not None else None


def _full_month(word: str) -> str:
    low = word.lower().rstrip(".")
    for name in _MONTHS.split("|")[:12]:
        if name.startswith(low[:3]):
            return name
    return low


# A day named relative to when the source was written: "a shortage of 800 mln stg in the
# money market today", "this week". Weekdays are left to the dates: "on Friday" in two
# reports of one story is one Friday, whenever each was written.
_RELATIVE_DAY = re.compile(
    r"\b(?:(?P<rel>today|tonight|yesterday|tomorrow)|this\s+(?:morning|afternoon|evening)"
    r"|(?P<week>this\s+week))\b",
    re.IGNORECASE,
)
RELATIVE_DAY_WINDOW = 60  # characters of the figure's clause searched on each side
_BACK = {"today": 0, "tonight": 0, "yesterday": 1, "tomorrow": -1}


def relative_day(text: str, start: int, end: int, published: str | None, name: str) -> str | None:
    """The day a figure at ``start``-``end`` of ``text`` is on, when its clause names it
    relative to the source's publication day ``published`` (ISO, or None): "on day
    1987-03-02", "on week 1987-W10"; with no publication day, the day is the source's own
    (``name``): "on today of a.txt", which no other source's day matches.

    >>> t = "It forecast a shortage of 800 mln stg in the money market today."
    >>> relative_day(t, 26, 37, "1987-03-02", "a"), relative_day(t, 26, 37, None, "a.txt")
    ('on day 1987-03-02', 'on today of a.txt')
    >>> t = "Federal funds, which averaged 6.18 pct yesterday, opened at 6-3/16 pct."
    >>> relative_day(t, 30, 38, "1987-03-02", "a")
    'on day 1987-03-01'
    >>> relative_day("Six were shot on Friday, police said.", 0, 3, "2016-06-06", "a") is None
    True
    """
    before = re.split(r"[,;:()]", text[max(0, start - RELATIVE_DAY_WINDOW) : start])[-1]
    after = re.split(r"[,;:()]", text[end : end + RELATIVE_DAY_WINDOW], maxsplit=1)[0]
    m = _RELATIVE_DAY.search(after) or _last(_RELATIVE_DAY.finditer(before))
    if m is None:
        return None
    word = "this week" if m.group("week") else (m.group("rel") or "today").lower()
    try:
        day = date.fromisoformat((published or "")[:10])
    except ValueError:
        return f"on {word} of {name}"
    if word == "this week":
        year, week, _ = day.isocalendar()
        return f"on week {year}-W{week:02}"
    return f"on day {(day - timedelta(days=_BACK[word])).isoformat()}"


def _last(found: Iterable[re.Match[str]]) -> re.Match[str] | None:
    m = None
    for m in found:  # noqa: B007 - the last one is wanted
        pass
    return m


# How much of a source's opening says whether it is a day's report ("... in the money
# market today").
OPENING_DAY_CHARS = 300
_SPEECH = r"(?:said|says|told|announced|announces|reported|reports|declared|unveiled)"
_SAID_BEFORE = re.compile(rf"\b{_SPEECH}\s+$", re.IGNORECASE)
_SAID_AFTER = re.compile(rf"^\s+{_SPEECH}\b", re.IGNORECASE)


def own_day(opening: str, published: str | None, name: str) -> str | None:
    """The day an undated source's figures are on, when its opening says it reports a day
    ("a shortage of around 800 mln stg in the money market today"): its own day, "on today
    of a.txt", that no other source's day matches, since which day it was is not known.
    None for a dated source (its days are read clause by clause) or an opening that names
    no such day, or names it only as when something was said ("the company said today").

    >>> own_day("It forecast a shortage of 800 mln stg in the money market today.", None, "a")
    'on today of a'
    >>> own_day("The company said today it would cut 300 jobs.", None, "a") is None
    True
    >>> own_day("Lumera Health today announced the pricing of its offering.", None, "a") is None
    True
    >>> own_day("It forecast a shortage in the money market today.", "1987-03-02", "a") is None
    True
    """
    if published:
        return None
    for m in _RELATIVE_DAY.finditer(opening[:OPENING_DAY_CHARS]):
        said = _SAID_BEFORE.search(opening[max(0, m.start() - 20) : m.start()]) or (
            _SAID_AFTER.match(opening[m.end() : m.end() + 20])
        )
        if not said:
            return f"on today of {name}"
    return None


def anchor_days(
    claims: Sequence[Claim],
    text: str,
    published: str | None,
    name: str,
    default: str | None = None,
) -> list[Claim]:
    """A source's amount claims with the day their clause names relative to its publication
    (see :func:`relative_day`), else the source's own ``default`` day (see :func:`own_day`),
    as a soft qualifier: a money market's shortage "today" in two undated reports is two
    days' shortage, not one claim."""
    out: list[Claim] = []
    for claim in claims:
        q = claim.quantity
        if q.kind is not QuantityKind.AMOUNT:
            out.append(claim)
            continue
        s = claim.sentence
        day = (
            relative_day(text[s.start : s.end], q.start - s.start, q.end - s.start, published, name)
            or default
        )
        if day is None:
            out.append(claim)
        else:
            out.append(
                claim.model_copy(update={"qualifiers": tuple(sorted({*claim.qualifiers, day}))})
            )
    return out
