"""A count of passengers and crew together is everyone aboard, not the passengers.

"All 379 passengers and crew escaped" counts the 367 passengers and the 12 crew: read by
its first noun it would be a passenger count and conflict with "367 passengers on board".
:func:`everyone_aboard` gives such a figure the count of all aboard, ``people aboard``.
"""

from __future__ import annotations

import re

from crosscheck.models import Claim

PEOPLE_ABOARD = "people aboard"

# "379 passengers and crew", "150 crew and passengers", "240 passengers and crew members"
_BOTH = re.compile(
    r"\s*(?:passengers?|crew(?:\s+members)?)\s+(?:and|&|plus)\s+(?:the\s+)?"
    r"(?:passengers?|crew(?:\s+members)?)\b",
    re.IGNORECASE,
)


def passengers_and_crew(text: str, end: int) -> bool:
    """Whether the figure ending at ``text[end]`` counts passengers and crew together.

    >>> t = "All 379 passengers and crew escaped"
    >>> passengers_and_crew(t, t.index(" passengers")), passengers_and_crew("367 passengers", 3)
    (True, False)
    """
    return bool(_BOTH.match(text, end))


def everyone_aboard(claim: Claim) -> Claim:
    """``claim`` counting ``people aboard`` when it counts passengers and crew together
    (:func:`passengers_and_crew`); else unchanged."""
    if claim.counted not in {"passengers", "crew"}:
        return claim
    q, s = claim.quantity, claim.sentence
    if not passengers_and_crew(s.text, q.end - s.start):
        return claim
    return claim.model_copy(update={"counted": PEOPLE_ABOARD})
