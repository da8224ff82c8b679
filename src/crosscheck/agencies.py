"""Which agency measured a reading: a quake's depth or magnitude by the USGS or by Japan's
Meteorological Agency.

Agencies measure one quake apart, and reports say whose figure they give: "Depth 10 km (6
mi) (USGS) 16 km (10 mi) (JMA)", "According to the Japan Meteorological Agency, the quake
occurred at a depth of 16 kilometers". Each agency's figure is its own claim: a soft
qualifier ``by <agency>`` (:func:`with_agencies`), keyed by the agency's initials so that
"JMA" and "the Japan Meteorological Agency" are one agency. A reading that names no agency
joins the one agency named, as a figure that names no place does.

Each way of naming the agency is a named pattern with the phrases (figure as ``[x]``) it
must and must not fire on (``tests/test_agencies.py`` runs them all).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.frame_signal import add_qualifiers
from crosscheck.lexicon import counted as counted_lexicon
from crosscheck.models import Claim

# The last word of a measuring body's name.
_BODY = r"(?:Agency|Survey|Institute|Service|Centre|Center|Bureau|Administration|Observatory)"
# A body's full name ("the Japan Meteorological Agency", "the U.S. Geological Survey") or
# an acronym of two to six capitals ("USGS", "JMA").
_AGENCY = rf"(?P<agency>(?:[A-Z][\w.'-]*\s+){{1,4}}{_BODY}\b|(?-i:[A-Z]{{2,6}})(?![\w-]))"
# How far before the figure, in its sentence, "according to" may name the agency.
AGENCY_BEFORE_CHARS = 120


@dataclass(frozen=True)
class AgencyRule:
    """A named pattern of a reading's agency: ``after`` matched at the start of the text
    after the figure, ``before`` searched in the sentence before it."""

    name: str
    after: re.Pattern[str] | None
    before: re.Pattern[str] | None
    fires_on: tuple[str, ...]
    not_on: tuple[str, ...]


RULES = (
    AgencyRule(
        "the agency in brackets after the figure (past its conversion)",
        re.compile(rf"^\)?\s*(?:\([^()]{{1,20}}\)\s*)?\({_AGENCY}\)"),
        None,
        ("Depth [10 km] (6 mi) (USGS)", "Magnitude [7.5] (JMA)"),
        ("Depth [10 km] (6 mi)", "a depth of [10 km] (about six miles)"),
    ),
    AgencyRule(
        "'according to' the agency, earlier in the sentence",
        None,
        re.compile(rf"\b[Aa]ccording\s+to\s+(?:the\s+)?{_AGENCY}[^.;]{{0,{AGENCY_BEFORE_CHARS}}}$"),
        (
            "According to the Japan Meteorological Agency, the quake occurred at a depth of "
            "[16 kilometers]",
            "The quake had a magnitude of [6.2], according to the USGS, and",
        ),
        ("According to police, the quake was [16 kilometers] deep",),
    ),
    AgencyRule(
        "the agency said or measured, earlier in the sentence",
        None,
        re.compile(
            rf"(?:^|[^\w.])(?:[Tt]he\s+)?{_AGENCY}\s+(?:said|says|reported|measured|put|"
            rf"recorded|estimated|registered)\b[^.;]{{0,{AGENCY_BEFORE_CHARS}}}$"
        ),
        ("The U.S. Geological Survey said the quake struck at a depth of [10 km]",),
        ("Officials said the quake struck at a depth of [10 km]",),
    ),
)
# ... "according to the USGS" after the figure, in its clause.
_ACCORDING_AFTER = re.compile(rf"^[^.;]{{0,60}}?\baccording\s+to\s+(?:the\s+)?{_AGENCY}")


def agency_key(name: str) -> str:
    """An agency's name as its key: an acronym lowered, a full name's initials ("U.S."
    gives "us").

    >>> agency_key("JMA"), agency_key("Japan Meteorological Agency")
    ('jma', 'jma')
    >>> agency_key("U.S. Geological Survey"), agency_key("United States Geological Survey")
    ('usgs', 'usgs')
    """
    words = name.split()
    if len(words) == 1 and words[0].isupper():
        return words[0].lower()
    initials = []
    for word in words:
        if re.fullmatch(r"(?:[A-Z]\.)+", word):
            initials.append(word.replace(".", "").lower())  # "U.S." is two initials
        elif word[:1].isupper():
            initials.append(word[0].lower())
    return "".join(initials)


def agency_of(text: str, start: int, end: int) -> str | None:
    """The agency (its key) a reading at ``text[start:end]`` is attributed to, or None.

    >>> t = "Depth | 10 km (6 mi) (USGS) 16 km (10 mi) (JMA) |"
    >>> agency_of(t, 8, 13), agency_of(t, 28, 33)
    ('usgs', 'jma')
    """
    after, before = text[end:], text[max(0, start - AGENCY_BEFORE_CHARS - 60) : start]
    for rule in RULES:
        m = (rule.after.match(after) if rule.after else None) or (
            rule.before.search(before) if rule.before else None
        )
        if m is not None:
            return agency_key(m.group("agency"))
    m = _ACCORDING_AFTER.match(after)
    return agency_key(m.group("agency")) if m is not None else None


def with_agencies(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each reading (a depth, a height, a speed, a magnitude) given the
    agency it is attributed to (soft)."""
    readings = counted_lexicon().readings
    return [
        add_qualifiers([c], _agency_signal)[0]
        if c.counted in readings or c.quantity.unit == "magnitude"
        else c
        for c in claims
    ]


def _agency_signal(claim: Claim, text: str, start: int, end: int) -> set[str]:
    agency = agency_of(text, start, end)
    return {f"by {agency}"} if agency else set()


__all__ = ["RULES", "agency_key", "agency_of", "with_agencies"]
