"""Other years a sentence names, and which of its figures they belong to: a bare year
("the floods of 2022"), a season ("the 2022-23 outbreak"), a year naming an event ("the
2017 Milli fire"), a dated event ("the quake of March 2011"), or the full date a sentence
opens with; not the publication year, and not a year in a wire story's dateline or after
"since". A figure of another year is another event's figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.dates import EVENT_NOUNS
from crosscheck.dating import same_dated_clause
from crosscheck.models import Granularity, Quantity, QuantityKind, Sentence

# A season or fiscal year ("the 2022-23 outbreak") names another period too.
_YEAR_RANGE = re.compile(r"(?<![\d,.])((?:19|20)\d\d)[-\u2013/]\d\d(?!\d)")


# A year naming an event: "the 2017 Milli fire", "Malawi's 2022 election".
_YEAR_NAMING = re.compile(
    rf"(?:\b[Tt]he|\b[Aa]n?|'s)\s+((?:19|20)\d\d)(?=\s+(?:[A-Z]|(?:{EVENT_NOUNS})\b))"
)


# A dateline opens a wire story with where (and when) it was filed: "BRESK, Dalmora, March 4
# (Northgate News Service) - ", "KESHEN - ".
DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+(?:,\s*[A-Z][\w .'-]{0,40}){0,2}(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([^()]{0,40}\))?\s*[-\u2013\u2014]+\s"
)
# How far before a date to look for the "of" that makes it the name of an event.
OF_WINDOW = 8
_OF_BEFORE = re.compile(r"\bof\s+$")


def other_years(
    sentence: Sentence, quantities: Sequence[Quantity], reference_year: int | None
) -> list[tuple[int, str]]:
    """(position, year) of each year the sentence names that is not the publication year:
    bare years ("in 2022"), seasons ("2022-23") and years naming an event."""
    base = sentence.start
    found = {
        (q.start - base, q.date.earliest[:4])
        for q in quantities
        if q.date is not None
        and (
            q.date.granularity is Granularity.YEAR
            or _OPENS_WITH_DATE.match(sentence.text)
            or (  # "On Nov. 5, 2009, ...": the year is written, and not in a dateline
                reference_year is not None
                and _STATED_YEAR.search(q.text)
                and not _dateline_holds(sentence.text, q.start - base)
            )
        )
        and not _SINCE_BEFORE.search(
            sentence.text[max(0, q.start - base - SINCE_WINDOW_CHARS) : q.start - base]
        )
    }
    # A dated event named by its date: "the quake and tsunami of March 2011".
    found |= {
        (q.start - base, q.date.earliest[:4])
        for q in quantities
        if q.date is not None
        and _OF_BEFORE.search(sentence.text[max(0, q.start - base - OF_WINDOW) : q.start - base])
    }
    if "19" in sentence.text or "20" in sentence.text:  # what both patterns' years start with
        found |= {(m.start(), m.group(1)) for m in _YEAR_RANGE.finditer(sentence.text)}
        found |= {(m.start(1), m.group(1)) for m in _YEAR_NAMING.finditer(sentence.text)}
    return sorted((at, year) for at, year in found if year != str(reference_year))


_STATED_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A sentence opening with a full date: "On Nov. 5, 2009, ...", "In March 2011, ...".
_OPENING_DATE = re.compile(
    r"^(?:In|On|During|By)\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:1[89]|20)\d\d\b"
)


def _dateline_holds(text: str, at: int) -> bool:
    dateline = DATELINE.match(text)
    return dateline is not None and at < dateline.end()


# A sentence that opens with its date is about that time: "In March 2023, the Valen 40 lost
# 4.6% in a single session".
_OPENS_WITH_DATE = re.compile(
    r"^(?:In|On|During|By)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?"
    r"(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
)
# "its most ambitious deployment since the bloc was founded in 1994": a bare year after
# "since" bounds a comparison; it is not another year's event for the figures around it
# (a year naming an event stays one: "since the 2018 Lindell Fire, which burned 96,000").
SINCE_WINDOW_CHARS = 30
_SINCE_BEFORE = re.compile(r"\bsince\b[^.;,]*$", re.IGNORECASE)


def years_of(
    q: Quantity,
    years: Sequence[tuple[int, str]],
    quantities: Sequence[Quantity],
    base: int,
    text: str,
) -> set[str]:
    """The other years that belong to ``q``: no other figure stands between them ("peaked
    at 11.4 metres, below the record 14.4 metres reached in 2022": 2022 is 14.4's), or
    they are in one clause of ``text`` (the sentence), or the year opens q's clause."""
    here = q.start - base
    own: set[str] = set()
    for at, year in years:
        low, high = min(at, here), max(at, here)
        opener = _OPENING_DATE.match(text)
        if (
            (opener is not None and at < opener.end())  # "On Nov. 5, 2009, ...": all of it
            or same_dated_clause(text, at, here)
            or not any(
                other is not q
                and other.kind is not QuantityKind.DATE
                and low < other.start - base < high
                for other in quantities
            )
        ):
            own.add(year)
    return own
