"""Where and when a figure was taken: the place and the part of the day of a reading (a
temperature, a wind speed, a river level: "38.6C in Valmore", "17C by early afternoon",
"winds at 230 km/h on Thursday"), and the area a count covers (one town, "In Niigata
city, about 6,800 homes", or the whole of it, "across the prefecture").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crosscheck.grammar import is_month, strip_possessive
from crosscheck.lexicon import counted as counted_lexicon

# A reading (a temperature, a wind speed, a river level) is taken somewhere at some time:
# "38.6C in Valmore", "17C by early afternoon". The place is a name after "in", "at" or
# "near" in the figure's clause, else the name the clause opens with ("The capital,
# Valmore, reached 38.6C"); the time, a part of the day or a clock time next to it.
_READING_PLACE_AFTER = re.compile(
    r"^[^.;:]{0,40}?\b(?:in|at|near|on)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:(?:town|city|village|station|port|airport|district|county|province|region)\s+of\s+)?"
    r"(?P<place>(?:[SMF]t\.\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)"
)
_READING_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:(?:town|city|village|station|port|airport|district|county|province|region)\s+of\s+)?"
    r"(?P<place>(?:[SMF]t\.\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)[^.;:]*$"
)
_READING_SUBJECT = re.compile(
    r"^(?:(?:[Tt]he|[Aa]n?)\s+[a-z]+(?:\s+[a-z]+)?,\s+)?(?:[Nn]eighbou?ring\s+)?"
    r"(?P<place>(?:[SMF]t\.\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)(?:,\s+[^,]{0,40})?,?\s+(?:[a-z]+\s+){0,2}?"
    r"(?:reached|recorded|registered|hit|saw|measured|logged|topped|peaked)\b",
)
_DAYPART = re.compile(
    r"\b(?:at|by|in|during|on)\s+(?:the\s+)?(?:[\w.:]+\s+){0,2}?(?P<part>(?:early|late|mid-?)?\s?"
    r"(?:morning|afternoon|evening|night|midday|noon|dawn|dusk|start|finish|daybreak|landfall|"
    r"peak))\b"
    r"|\b(?P<where>over\s+(?:open\s+)?(?:water|sea|the\s+ocean)|offshore|at\s+sea)\b"
    r"|\bat\s+(?P<clock>\d{1,2}(?:[.:]\d\d)?\s?[ap]\.?m\.?)",
    re.IGNORECASE,
)
READING_WINDOW_CHARS = 60
_NOT_PLACES = frozenset(
    {"friday", "monday", "tuesday", "wednesday", "thursday", "saturday", "sunday", "the"}
)


# Where a count was made: one town ("In Niigata city, about 6,800 homes"), or the whole
# area ("More than 12,000 households across the prefecture"). A soft qualifier: a count
# that names neither joins the one named.
_LOCAL_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Aa]t)\s+(?:the\s+(?:city|town|village|district|county)\s+of\s+)?"
    r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)\s+(?:city|town|village|district|county|"
    r"municipality|borough|neighbou?rhood)\b(?:\s+alone)?[^.;:]{0,40}$"
)
_WHOLE_AREA = re.compile(
    r"\b(?:across|throughout)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:country|nation|"
    r"prefecture|province|region|state|island|delta|county|territory)\b|\bnationwide\b|"
    r"\bcountrywide\b",
    re.IGNORECASE,
)


def count_area(text: str, start: int, end: int) -> str | None:
    """The area a count covers: 'at all of it', or 'at <town>' for one town."""
    clause = re.split(r"[;:()]", text[max(0, start - READING_WINDOW_CHARS) : start])[-1]
    after = re.split(r"[,;:()]", text[end : end + READING_WINDOW_CHARS], maxsplit=1)[0]
    if _WHOLE_AREA.search(clause) or _WHOLE_AREA.search(after):
        return "at all of it"
    m = _LOCAL_BEFORE.search(clause)
    if m is None:
        return None
    name = m.group("name").split("'s ")[-1]  # "Malawi's Blantyre district" is Blantyre's
    return f"at {name.lower()}"


def reading_context(text: str, start: int, end: int) -> list[str]:
    """Qualifiers naming the place and the part of the day of a reading."""
    found: list[str] = []
    after = re.split(r"[;:()]", text[end : end + READING_WINDOW_CHARS], maxsplit=1)[0]
    clause = re.split(r"[;:()]", text[max(0, start - READING_WINDOW_CHARS) : start])[-1]
    place = None
    for m in (_READING_PLACE_AFTER.match(after), _READING_PLACE_BEFORE.search(clause)):
        if m and m.group("place").lower() not in _NOT_PLACES and not is_month(m.group("place")):
            place = m.group("place")
            break
    if place is None:
        m = _READING_SUBJECT.search(clause.lstrip())
        lex = counted_lexicon()
        first = m.group("place").split()[0].lower() if m else ""
        # two intersections, not one with a union: frozenset | dict keys is a set at run
        # time, typed frozenset, which code compiled by mypyc rejects (benchmarks/compiled.sh)
        words = {first, m.group("place").lower()} if m else set()
        if m and not (words & _NOT_PLACES or words & lex.measures.keys()):
            place = m.group("place")  # a name, not a sentence-opening word ('Gusts reached')
    if place is not None:
        found.append(f"at {strip_possessive(place).lower()}")
    for window in (after, clause):
        m = _DAYPART.search(window)
        if m:
            part = m.group("part") or m.group("clock") or "sea"
            found.append(f"at {' '.join(part.lower().split())}")
            break
    # The day it was read on: "On Thursday afternoon, ... winds at 230 km/h" against
    # "coming ashore at 185 km/h late on Friday".
    sentence_before = re.split(r"[;:]", text[:start])[-1]
    day = _READING_DAY.search(after) or _last(_READING_DAY.finditer(sentence_before))
    if day is not None:
        found.append(f"on {day.group(1).lower()}")
    return found


_READING_DAY = re.compile(
    r"\b(?:[Oo]n|[Bb]y|[Ll]ate\s+on|[Ee]arly\s+on)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b"
)


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = list(matches)
    return found[-1] if found else None
