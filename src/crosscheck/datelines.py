"""The publication date a text states on a line of its own near its top.

"Published: 2024-03-04 08:10 UTC", "Updated March 4, 2024, 3:15 p.m.", "4 March 2024",
or a byline holding the date among its parts ("By Hana Obi | 14 October 2026"), read as
ISO 8601 (:func:`published_line`).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

# A date line sits in the first few lines of a text, alone or with a short label.
DATE_LINE_SCAN_LINES = 6
DATE_LINE_MAX_CHARS = 80
_MONTH_NUMBER = (
    {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
    | {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
    | {"sept": 9}
)
_MONTH_WORD = r"(?P<month>[A-Z][a-z]{2,8})\.?"
_CLOCK = r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?)?"
_DATE_LINE = re.compile(
    r"^\W*(?:(?:first\s+)?(?:published|updated|posted|last\s+updated|date|dated|issued|"
    r"released)\b\s*(?:on)?\s*:?\s*)?"
    r"(?:[A-Z][a-z]+day,?\s+)?"
    r"(?:(?P<iso>\d{4}-\d{2}-\d{2})(?:[T ](?P<ihour>\d{2}):(?P<iminute>\d{2}))?"
    rf"|{_MONTH_WORD}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}}){_CLOCK}"
    r"|(?P<day2>\d{1,2})\s+(?P<month2>[A-Z][a-z]{2,8})\.?,?\s+(?P<year2>\d{4})"
    + _CLOCK.replace("?P<", "?P<x")
    + ")"
    r"\s*(?:UTC|GMT|Z|[A-Z]{2,4}T|local\s+time|hrs)?\W*$",
    re.IGNORECASE,
)


def published_line(text: str) -> str | None:
    r"""The publication date a text states on a line of its own near the top, as ISO 8601
    ("2024-03-04" or "2024-03-04T08:10"): "Published: 2024-03-04 08:10 UTC",
    "Updated March 4, 2024, 3:15 p.m.", "4 March 2024".

    >>> published_line("Quake kills 30\nPublished: 2024-03-04 08:10 UTC\n\nText.")
    '2024-03-04T08:10'
    >>> published_line("Updated March 4, 2024, 3:15 p.m.\nText.")
    '2024-03-04T15:15'
    >>> published_line("In March 4, 2024 terms, the deal was big.") is None
    True
    >>> published_line("# Floods\n\n*By Hana Obi in Port Merran | 14 October 2026*\n")
    '2026-10-14'
    >>> published_line("Bresk hospitals stretched\n\nBy Anna Kovac, Wednesday 4 March 2026\n")
    '2026-03-04'
    >>> published_line("# Situation Report No. 6\n\n**Issued: 17 May 2026, 10:00 local time**\n")
    '2026-05-17T10:00'
    >>> published_line("November 23, 2024\nCrash kills 12\n\nDecember 28, 2019\nA jet crashed.")
    '2019-12-28'
    """
    lines = [line.strip() for line in text.split("\n", DATE_LINE_SCAN_LINES + 1)]
    stamps: list[str] = []
    for line in lines[:DATE_LINE_SCAN_LINES]:
        if not line or len(line) > DATE_LINE_MAX_CHARS or _FOUR_DIGITS.search(line) is None:
            continue  # every date line holds a year (or an ISO date): most lines have none
        # A byline holds the date among its parts: "By Hana Obi | 14 October 2026",
        # "Posted by J. Lind | Macro Notes | November 5, 2026 | 9 comments".
        byline = _BYLINE_NAME.sub("", line, count=1)  # "By Anna Kovac, Wednesday 4 March 2026"
        for part in (line, byline, *_BYLINE_PARTS.split(line)):
            match = _DATE_LINE.match(part.strip(" *_"))
            stamp = _stamp(match) if match is not None else None
            if stamp is not None:
                stamps.append(stamp)
                break
    # Two date lines: the earlier is the article's; the later is when it was updated, or a
    # site's header giving the day the page was saved ("November 23, 2024" above a story
    # of "December 28, 2019").
    return min(stamps, key=lambda s: s[:10]) if stamps else None


# What every match of _DATE_LINE holds (its year, or an ISO date's).
_FOUR_DIGITS = re.compile(r"\d{4}")
_BYLINE_PARTS = re.compile(r"\s+[|\u00b7\u2022]\s+")
_BYLINE_NAME = re.compile(r"^\W*by\s+[^,|]{1,40},\s*", re.IGNORECASE)


def _stamp(match: re.Match[str]) -> str | None:
    g = match.groupdict()
    try:
        if g["iso"]:
            day = date.fromisoformat(g["iso"])
            hour, minute, ampm = g["ihour"], g["iminute"], None
        else:
            month_word = (g["month"] or g["month2"] or "").lower()
            month = _MONTH_NUMBER.get(month_word)
            if month is None:
                return None
            day = date(int(g["year"] or g["year2"]), month, int(g["day"] or g["day2"]))
            hour = g["hour"] or g["xhour"]
            minute = g["minute"] or g["xminute"]
            ampm = g["ampm"] or g["xampm"]
    except ValueError:
        return None
    if hour is None or minute is None:
        return day.isoformat()
    h = int(hour) % 12 + (12 if ampm and ampm.lower().startswith("p") else 0) if ampm else int(hour)
    if h > 23 or int(minute) > 59:
        return day.isoformat()
    return f"{day.isoformat()}T{h:02d}:{int(minute):02d}"
