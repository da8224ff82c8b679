"""How far a count has gone: a percentage of the ballots, polling stations or results
counted so far, which is no vote share and no count of anything the story reports.

Election stories date their figures by the count's progress ("with 94% of the ballots
counted, Milei had 55.8%", "Counting in over 91% of voting districts is complete", "With
13.9% of polling stations reporting, the ANC has 42.6%"). The progress figure differs
from outlet to outlet as the count goes on, and it sits in the same sentence as the vote
share, so it would be filed as one. :func:`count_progress` tells it apart: a percentage of
the units a count is made of (votes, ballots, polling stations, precincts, districts,
constituencies, results) said to be counted, reporting or declared, in an absolute clause
("with ...", "after ..."), or named after "counting in" or "results in from". "Milei
secured 55.8% of the votes counted" is a share, not the count's progress.
"""

from __future__ import annotations

import re

from crosscheck.models import Claim

# The units a count goes through; "the tables" is a literal rendering of Spanish "mesas".
_UNITS = (
    r"(?:(?:valid\s+)?(?:votes?|ballots?)(?:\s+cast)?"
    r"|(?:(?:polling|poll|voting)\s+)?(?:stations?|places|booths|centres|centers|districts)"
    r"|precincts|constituencies|tables|polls|results|returns)"
)
# "of the ballots counted", "of polling stations reporting", "of the votes had been counted"
_OF_UNITS_COUNTED = re.compile(
    rf"^\s*(?:per\s*cent|percent|%)?\s*of\s+(?:the\s+|all\s+)?{_UNITS}\s+"
    r"(?:(?:were|was|have|has|had)\s+(?:been\s+)?|being\s+)?"
    r"(?:(?:counted|scrutini[sz]ed|tallied|processed|reporting|reported|declared)\b"
    r"|in\b(?!\s+[\w(]))",  # "with 90% of the votes in," but not "of the vote in 2019"
    re.IGNORECASE,
)
# "of voting districts", after a cue before the figure that says it is a count's progress
_OF_UNITS = re.compile(
    rf"^\s*(?:per\s*cent|percent|%)?\s*of\s+(?:the\s+|all\s+)?{_UNITS}\b", re.IGNORECASE
)
# "with 94% of the ballots counted": an absolute clause, not what someone won ("Milei
# secured 55.8% of the votes counted" is his share)
# A hedge may sit between the cue and the figure when the figure's span leaves it out.
_HEDGE = r"(?:(?:more\s+than|just\s+over|over|nearly|almost|about|around|roughly|some)\s+)?"
_ABSOLUTE_BEFORE = re.compile(rf"(?:^|\b(?:with|after|once|when|as)\s+){_HEDGE}$", re.I)
_CUE_BEFORE = re.compile(
    r"\b(?:counting\s+(?:in|of)|results?\s+(?:(?:are|were|was)\s+)?in\s+from|counted\s+in"
    rf"|reporting\s+from)\s+{_HEDGE}$",
    re.IGNORECASE,
)

# "The number of votes tallied by the three pollsters ranged from 30% ...", "the share of
# ballots counted stood at 86%": a count's progress as the clause's subject.
_PROGRESS_SUBJECT = re.compile(
    rf"\b(?:number|share|proportion|percentage)\s+of\s+(?:the\s+)?{_UNITS}\s+"
    r"(?:(?:were|was|have|has|had)\s+(?:been\s+)?)?"
    r"(?:counted|tallied|processed|reported|declared)\b[^.;]{0,60}$",
    re.IGNORECASE,
)


def count_progress(text: str, start: int, end: int) -> bool:
    """Whether the percentage at ``text[start:end]`` says how far a count has gone.

    >>> t = "With 97.6% of the ballots counted, Milei secured 55.8% of the votes."
    >>> count_progress(t, 5, 10), count_progress(t, t.index("55.8%"), t.index(" of the v"))
    (True, False)
    >>> t = "Counting in over 91% of voting districts is complete"
    >>> count_progress(t, t.index("over"), t.index(" of"))
    True
    >>> t = "The number of votes tallied by the pollsters ranged from 30% to nearly 43%."
    >>> count_progress(t, t.index("30%"), t.index("30%") + 3)
    True
    >>> t = "The ANC won 57.5% of the vote in 2019; 40% of voters stayed at home"
    >>> count_progress(t, t.index("57.5%"), t.index("57.5%") + 5)
    False
    """
    after, before = text[end:], text[:start]
    if _OF_UNITS_COUNTED.match(after) and _ABSOLUTE_BEFORE.search(before):
        return True
    if _PROGRESS_SUBJECT.search(before, max(0, len(before) - 160)):
        return True
    return bool(_OF_UNITS.match(after) and _CUE_BEFORE.search(before))


def counting_progress(claim: Claim) -> bool:
    """Whether ``claim`` is a percentage of a count's progress (:func:`count_progress`),
    which is compared with nothing."""
    q, s = claim.quantity, claim.sentence
    if q.unit != "%":
        return False
    return count_progress(s.text, q.start - s.start, q.end - s.start)


# How many sources a figure is according to ("had about 58 per cent of the votes, according
# to four pollsters"; "according to two officials"): the number of informants, which
# outlets give as they find them, never a count of the story's own.
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+|at\s+least\s+|all\s+)?$", re.IGNORECASE)


def informant_count(claim: Claim) -> bool:
    """Whether ``claim`` counts the sources its sentence cites ("according to four
    pollsters"), which is compared with nothing."""
    q, s = claim.quantity, claim.sentence
    if q.unit is not None or q.currency is not None:
        return False
    start = q.start - s.start
    return _ACCORDING_TO.search(s.text, max(0, start - 30), start) is not None
