"""The time, plan and unit a figure on a documentation page is stated for.

A date near a figure in its sentence dates it ("raised $50 million in April 2025" ->
2025-04, "50% by 2031" -> by 2031), as does one opening the sentence ("In August 2024,
..."); a span of years ("2024-25") is the time of each year inside it (:func:`same_time`).
The time of an event a figure is placed before or after ("before the collapse in November
2022") is not the figure's.
A plan or tier the sentence names ("on the Pro plan", "7 days on Hobby") and the unit a
price is per ("$20/vCPU-month") qualify it. ``docs.stamp_times`` writes these into each
claim's ``when``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.lexicon import docs_words, stop_words
from crosscheck.models import Granularity, Quantity, Source

# A date this many characters or fewer from a figure, in its sentence, dates it: "raised
# $50 million in April 2025", "$1.25B (as of Series B, Feb 2026)".
TIME_WINDOW_CHARS = 60
# A time this many characters or fewer from the start of a sentence ("In August 2024,",
# "As of early 2025,") dates every figure of the sentence.
OPENING_CHARS = 12

_PLAN = re.compile(
    r"\b(?P<name>[A-Za-z][\w-]*)\s+(?:plan|tier|edition|subscription|account)s?\b"
    r"|\b(?:plan|tier|edition)\s*[:=]?\s*(?P<after>[A-Z][\w-]*)"
    r"|\b(?:on|for|with|in)\s+(?:the\s+)?(?P<bare>[A-Z][\w-]*)\b"
)

# A rate schedule a price is billed at: 'bill at VM rates', 'spot pricing' (its name one of
# the lexicon's ``rate_schedule_words``).
_SCHEDULE = re.compile(r"\b(?P<name>[A-Za-z][\w-]*)\s+(?:rates|pricing|prices)\b")

# "$20/vCPU-month", "$10 per GB-month", "$20 / month": what a price is for.
_PER = re.compile(r"\s*(?:/|per\s+|a\s+|an\s+)\s*([A-Za-z][\w-]*)")
_PER_ALIASES = {"mo": "month", "monthly": "month", "yr": "year", "annually": "year", "hr": "hour"}


def price_unit(text: str, end: int) -> str | None:
    """The unit a figure is per, written right after it ('/vCPU-month', 'per seat').

    >>> price_unit("$20/vCPU-month and", 3), price_unit("$20 per seat", 3), price_unit("$2 a", 2)
    ('vcpu-month', 'seat', None)
    """
    match = _PER.match(text, end)
    if match is None:
        return None
    word = match.group(1).lower()
    if word in stop_words() and word not in _PER_ALIASES:
        return None
    return _PER_ALIASES.get(word, word)


MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
TIME = re.compile(
    r"(?:\b(?P<by>by|before|until|through)\s+)?"
    r"(?:(?:early|mid|late|(?:the\s+)?end\s+of|(?:the\s+)?start\s+of|spring|summer|fall|"
    r"autumn|winter)[\s-]+)?"
    r"(?:\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
    r"(?:\d{1,2},?\s+)?)?"
    r"(?:\b(?P<quarter>q[1-4])\s+)?(?:\bfy\s?)?"
    r"\b(?P<year>(?:19|20)\d\d)(?:-(?P<iso_month>[01]\d)(?:-[0-3]\d)?)?\b(?![-\u2013]\d)",
    re.IGNORECASE,
)


# A span of years: '2023-2024' (or with an en dash), '2024-25' (the second year after
# the first, within SPAN_YEARS: '1990-2020' is a span, '2024-12' is a month).
SPAN = re.compile(
    r"\b(?P<first>(?:19|20)\d\d)\s?[-\u2013]\s?(?P<last>(?:19|20)\d\d|\d\d)\b(?![-\u2013]\d)"
)
# A span of more years than this is not read as one ('2000-2100' is a forecast's horizon,
# not a period a figure is stated for).
SPAN_YEARS = 10


def span_label(match: re.Match[str]) -> str | None:
    """A span of years as a label ('2024-25' -> '2024-2025'); None when the second year
    is not after the first, or is more than SPAN_YEARS after it.

    >>> [span_label(SPAN.search(t)) for t in ("in 2024-25", "(2023\u20132024)", "2024-12")]
    ['2024-2025', '2023-2024', None]
    """
    first, last = match.group("first"), match.group("last")
    if len(last) == 2:
        last = first[:2] + last
    if not 0 < int(last) - int(first) <= SPAN_YEARS:
        return None
    return f"{first}-{last}"


def times_in(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, label) of every time a stretch of text states: spans of years first
    ('2024-25'), then the times not inside one; a year inside a name is not a time.

    >>> times_in("Key 2024-25 grants; in April 2025", 0, 33)
    [(4, 11, '2024-2025'), (23, 33, '2025-04')]
    """
    found: list[tuple[int, int, str]] = []
    for m in SPAN.finditer(text, start, end):
        label = span_label(m)
        if label is not None:
            found.append((m.start(), m.end(), label))
    for m in TIME.finditer(text, start, end):
        inside = any(s <= m.start() < e for s, e, _ in found)
        if not inside and not names_year(text, m) and not dates_event(text, m):
            # 'the Stanford HAI 2025 AI Index', 'before the collapse in November 2022'
            found.append((m.start(), m.end(), time_of(m)))
    return sorted(found)


# An event a figure is placed before or after, then the time of that event: 'committed
# $160M in grants before the collapse in November 2022', 'following the Paris summit in
# February 2025'. A word of a moment ('before the end of 2025') is a deadline, not an event.
_EVENT_BEFORE = re.compile(
    r"\b(?:before|after|following|prior\s+to)\s+(?:the|its|their|his|her)\s+"
    r"(?P<event>(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+)\s+(?:in|of)\s+$",
    re.IGNORECASE,
)
_MOMENT_WORDS = frozenset({"end", "start", "beginning", "middle", "close", "turn", "rest"})
# Characters before a time that are looked at for an event.
EVENT_CHARS = 48


def dates_event(text: str, match: re.Match[str]) -> bool:
    """Whether a time is the time of an event a figure is placed before or after, not of
    the figure.

    >>> t = "committed $208M in grants before the collapse in November 2022"
    >>> dates_event(t, TIME.search(t))
    True
    >>> t = "deploy $10M before the end of 2025; following the FTX collapse in late 2022"
    >>> [dates_event(t, m) for m in TIME.finditer(t)]
    [False, True]
    """
    if match.group("by"):
        return False
    event = _EVENT_BEFORE.search(text, max(0, match.start() - EVENT_CHARS), match.start())
    if event is None:
        return False
    return event.group("event").split()[-1].lower() not in _MOMENT_WORDS


_SPAN_LABEL = re.compile(r"(\d{4})-(\d{4})")


def same_time(a: str | None, b: str | None) -> bool:
    """Whether two figures' times (their ``when``) may be one: the same, or a span of
    years and a year inside it ('2024-2025' and '2024'), with the same plan and unit.

    >>> same_time("2024-2025", "2024"), same_time("2024-2025 per month", "2025 per month")
    (True, True)
    >>> same_time("2023-2024", "2025"), same_time("2024-2025", "2024-03"), same_time(None, "2024")
    (False, False, False)
    """
    if a == b:
        return True
    if a is None or b is None:
        return False
    a_time, _, a_rest = a.partition(" ")
    b_time, _, b_rest = b.partition(" ")
    return a_rest == b_rest and (_covers(a_time, b_time) or _covers(b_time, a_time))


def _covers(span: str, year: str) -> bool:
    m = _SPAN_LABEL.fullmatch(span)
    if m is None or not re.fullmatch(r"\d{4}", year):
        return False
    return int(m.group(1)) <= int(year) <= int(m.group(2))


_NAME_WORD = re.compile(r"[A-Z][\w&.-]*")


def names_year(text: str, match: re.Match[str]) -> bool:
    """Whether a bare year is part of a name, not a time: written between two capitalised
    words ('the Stanford HAI 2025 AI Index'), not after a possessive or a month
    ('Anthropic's 2024 Claude release'). A year after a name that qualifies the thing
    after it ('the AI Impacts 2023 survey') stays a time.

    >>> t = "12 times China's $12.1 billion, says the Stanford HAI 2025 AI Index."
    >>> names_year(t, TIME.search(t))
    True
    >>> t = "The AI Impacts 2023 survey; Anthropic's 2024 Claude release; Notable 2024 Cases"
    >>> [names_year(t, m) for m in TIME.finditer(t)]
    [False, False, True]
    """
    if match.group("month") or match.group("quarter") or match.group("by"):
        return False
    before = text[max(0, match.start() - 40) : match.start()]
    words = before.split(" ")
    if len(words) < 2 or words[-1] != "":
        return False  # the year is not after a word and a space
    previous = words[-2]
    if not _NAME_WORD.fullmatch(previous) or previous.lower() in stop_words():
        return False
    if previous.lower()[:3] in MONTHS or previous.endswith(("'s", "\u2019s")):
        return False
    following = _NAME_WORD.match(text, match.end() + 1)
    return text[match.end() : match.end() + 1] == " " and following is not None


def time_of(match: re.Match[str]) -> str:
    """A time expression as a label: '2025-04', 'by 2027', '2024-q3', '2025'.

    >>> time_of(TIME.search("raised in April 2025"))
    '2025-04'
    >>> time_of(TIME.search("50% by 2031"))
    'by 2031'
    """
    label = match.group("year")
    month = match.group("month") or None
    if match.group("iso_month"):
        label += "-" + match.group("iso_month")
    elif month:
        label += f"-{MONTHS.index(month.lower()[:3]) + 1:02d}"
    elif match.group("quarter"):
        label += "-" + match.group("quarter").lower()
    return f"by {label}" if match.group("by") else label


def time_in(text: str) -> str | None:
    """The first time a text states, as a label ('Feb 2026' -> '2026-02').

    >>> time_in("≈$39B (2024)")
    '2024'
    """
    match = TIME.search(text)
    return time_of(match) if match else None


def without_times(text: str) -> str:
    """The text with its time expressions left out.

    >>> without_times("$380B (Series G, Feb 2026)")
    '$380B (Series G, )'
    """
    return TIME.sub("", text)


def lead_in_times(source: Source) -> dict[int, str]:
    """The time a list's lead-in line states, for each item of the list: where each item
    starts in the text. 'Current scale (as of November 2025):' dates the items written on
    the lines right below it ('60 billion read pairs sequenced weekly'). A lead-in ends
    with a colon and states one time; the list is the paragraphs on the file's next lines,
    up to a blank line, a heading or another lead-in.

    >>> from crosscheck.models import Source
    >>> t = "Scale (as of November 2025):\\n\\n31 sites\\n\\n60 pairs\\n\\nLater."
    >>> s = Source(path="a.md", sha256="", text=t, format="markdown", encoding="utf-8",
    ...            keep=((0, len(t)),), line_map=(1, 1, 2, 2, 3, 3, 5))
    >>> sorted((t[k:].split()[1], v) for k, v in lead_in_times(s).items())
    [('pairs', '2025-11'), ('sites', '2025-11')]
    """
    text = source.text
    if ":\n" not in text:
        return {}
    lines = source.line_map
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    heads = {h.start for h in source.headings}
    found: dict[int, str] = {}
    label: str | None = None
    last = -1
    line, counted = 1, 0
    for start, end in paragraphs:
        line += text.count("\n", counted, start)  # the text's line, counted on from the last
        counted = start
        at = lines[line - 1] if lines is not None and line <= len(lines) else line
        if label is not None and at == last + 1 and start not in heads:
            found[start] = label
        else:
            label = None
        if text[start:end].rstrip().endswith(":"):
            labels = {x for _s, _e, x in times_in(text, start, end)}
            label = labels.pop() if len(labels) == 1 else None
        last = at
    return found


_PARAGRAPH = re.compile(r"[^\n]+")


def opening_time(start: int, times: Sequence[tuple[int, int, str]]) -> str | None:
    """A time that opens the sentence ('In August 2024, the court ordered ...') dates all
    of its figures."""
    for time_start, _, label in times:
        if time_start - start <= OPENING_CHARS:
            return label
    return None


def nearest_label(q: Quantity, times: Sequence[tuple[int, int, str]]) -> str | None:
    best: tuple[int, str] | None = None
    for start, end, label in times:
        if start < q.end and q.start < end:
            continue  # the figure is the year itself
        # a time after the figure is nearer than one as far before it
        gap = start - q.end if start >= q.end else (q.start - end) * 2
        if gap <= TIME_WINDOW_CHARS and (best is None or gap < best[0]):
            best = (gap, label)
    return None if best is None else best[1]


def time_label(q: Quantity) -> str | None:
    """A date as the time a figure is stated for: its month ('2025-04'), or its year when
    it names no month; None for a span of years."""
    span = q.date
    if span is None:
        return None
    if span.granularity is Granularity.DAY or span.granularity is Granularity.MONTH:
        return span.earliest[:7]
    label = span.earliest[:4]
    return label if span.latest[:4] == label else None


def plans_in(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, name) of every plan or tier a sentence names: 'the Free plan', 'a paid
    plan', 'Pro tier', 'plan: Hobby', or a plan's name after 'on', 'for', 'with' ('7 days
    on Hobby, 30 on Pro'); and the rate schedule it bills at ('bill at VM rates: $50 per
    vCPU' is not the $20 per vCPU a service bills at; 'spot pricing').

    >>> t = "Agents bill at VM rates: $50 per vCPU. Services use usage-based pricing."
    >>> plans_in(t, 0, len(t))
    [(15, 23, 'vm')]
    """
    words = docs_words()["qualifier_words"]
    found: list[tuple[int, int, str]] = []
    for match in _PLAN.finditer(text, start, end):
        name = (match.group("name") or match.group("after") or match.group("bare") or "").lower()
        last = name.split()[-1] if name else ""
        if last in words:
            found.append((match.start(), match.end(), last))
    schedules = docs_words()["rate_schedule_words"]
    for match in _SCHEDULE.finditer(text, start, end):
        name = match.group("name").lower()
        if name in schedules:
            found.append((match.start(), match.end(), name))
    return sorted(found)
