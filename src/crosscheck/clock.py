"""Figures that say when, not how many: clock times and calendar dates.

Clock times are read as hours after midnight ("10:30 p.m." -> 22.5, "0930 GMT" -> 9.5);
the day of a date ("June 15", "15 June", "10/23/24") is no amount and is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crosscheck.atoms import Atom
from crosscheck.models import QuantityKind
from crosscheck.normalize import may_contain

# Month names as written, full names first (shared: moments, scope).
MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_MONTHS = MONTH_NAMES

# Month names are matched as written (capitalised), so "300 may have died" stays a count.
DATE_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*(?:\d{{1,2}}\s*-\s*)?$")
_DATE_AFTER = re.compile(rf"^(?:\s*-\s*\d{{1,2}})?\s+(?:of\s+)?(?:{_MONTHS})\b")

# --- clock times ---------------------------------------------------------------------------
_TIME_12 = re.compile(
    r"(?<![\w.:,])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?"
    r"(?P<ap>[ap]\.m\.?|[ap]m\b)",
    re.IGNORECASE,
)
_TIME_24 = re.compile(r"(?<![\w.:,])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:])")
_TIME_ZONE = re.compile(
    r"(?<![\w.:,])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s?(?:GMT|UTC|hrs|local time)\b"
)
# A time opening its sentence, right before a capitalised word, is the length of a video
# in a playlist ("0:43 Homeless man found dead in Parkland") or a live blog's stamp
# ("14:30 Police confirm two dead"): neither is when something happened.
_HEADLINE_AFTER = re.compile(r"\s+[A-Z'\u2018\u201c\"]")
# "noon", "12 noon": 12:00. Not read: "midday" (as often a session: "midday trading"), and
# midnight (a time on either side of it, "11:55 p.m." and "12:05 a.m.", would be a day
# apart on the clock).
_NOON = re.compile(r"(?<![\w.:,])(?:12\s+)?noon\b(?!-)(?P<m>)", re.IGNORECASE)
NOON_WORDS = ("noon",)
# What a match of each holds (_TIME_ZONE's as written: it is case-sensitive).
_TIME_12_WORDS = ("am", "pm", "a.m", "p.m")
_TIME_ZONE_WORDS = ("GMT", "UTC", "hrs", "local time")


def read_times(text: str) -> Iterator[Atom]:
    """Clock times as hours after midnight: '10:30 p.m.' -> 22.5, '0930 GMT' -> 9.5,
    'shortly after noon' -> 12."""
    if may_contain(text, _TIME_12_WORDS):
        for m in _TIME_12.finditer(text):
            hour = int(m.group("h")) % 12 + (12 if m.group("ap")[0].lower() == "p" else 0)
            yield _time_atom(m, hour)
    if ":" in text:
        for m in _TIME_24.finditer(text):
            if not text[: m.start()].strip() and _HEADLINE_AFTER.match(text, m.end()):
                continue  # "1:47 Family of victim speaks": a video's length, a blog's stamp
            yield _time_atom(m, int(m.group("h")))
    if may_contain(text, NOON_WORDS):
        for m in _NOON.finditer(text):
            yield _time_atom(m, 12)
    if any(zone in text for zone in _TIME_ZONE_WORDS):
        for m in _TIME_ZONE.finditer(text):
            yield _time_atom(m, int(m.group("h")))


def _time_atom(m: re.Match[str], hour: int) -> Atom:
    minutes = int(m.group("m") or 0)
    precision = 1 / 60 if m.group("m") else 1.0
    atom = Atom(m.start(), m.end(), hour + minutes / 60, precision)
    atom.kind = QuantityKind.TIME
    return atom


def is_date_or_time(text: str, start: int, end: int, before: str, after: str) -> bool:
    if start and text[start - 1] in "/:" and start >= 2 and text[start - 2].isdigit():
        return True  # 10/23/24, 10:30
    if after[:1] in {"/", ":"} and after[1:2].isdigit():
        return True
    # "June 15", "15 June", "September 8-9"
    return bool(DATE_BEFORE.search(before) or _DATE_AFTER.match(after))


_MERIDIEM = re.compile(r"[ap]\.?m\b", re.IGNORECASE)


def fit_meridiem(text: str, first: Atom, last: Atom) -> None:
    """A range of clock times whose first end names no half of the day takes the last
    end's: "between 9 and 10 p.m." is 21:00-22:00, "between 12:30-1 a.m." 0:30-1:00. The
    first end moves by 12 hours when that puts it before the last, and nearer.

    >>> a, b = Atom(0, 1, 9.0, 1.0), Atom(6, 13, 22.0, 1.0)
    >>> fit_meridiem("9 and 10 p.m.", a, b); a.value
    21.0
    >>> a, b = Atom(0, 5, 12.5, 1 / 60), Atom(6, 12, 1.0, 1.0)
    >>> fit_meridiem("12:30-1 a.m.", a, b); a.value
    0.5
    """
    if _MERIDIEM.search(text[first.start : first.end]) or not _MERIDIEM.search(
        text[last.start : last.end]
    ):
        return
    options = [v for v in (first.value, first.value - 12, first.value + 12) if 0 <= v < 24]
    before = [v for v in options if v <= last.value]
    if before:
        first.value = max(before)
