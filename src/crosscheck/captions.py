"""Photo and video captions: the day a picture was taken is no date of the event.

News pages keep their pictures' captions in the text, in the wire's formula: a present-tense
description, the place, then the day the picture was taken ("Residents look at a damaged
building being demolished following the earthquake in Hualien, Taiwan, April 4, 2024.",
"Watch a clip of Hurricane Ian's damage on Captiva Island on Oct. 1, 2022."). Such a date,
read beside "earthquake" or "hurricane", became a date of the disaster against the day it
struck; two pictures' days are not one claim either. :func:`with_captions` leaves a date
that ends a caption dating nothing: it is listed, never compared.

A caption is told by its verbs (present-tense verbs of what a picture shows, a class
below, or an imperative to watch) or by the wire's place line before its date; and its date
ends the sentence with its year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.models import Claim, QuantityKind

# What pictures show people doing, in the present tense, and the words that open a video's
# caption: a sentence told this way describes a picture.
_CAPTION_VERBS = re.compile(
    r"\b(?:looks?|sits|stands?|walks?|evacuates?|gathers?|carr(?:y|ies)|searches|surveys?"
    r"|cleans?|waits?|holds?|reacts?|mourns?|embraces?|hugs?|prays?|inspects?|removes?"
    r"|works?\s+(?:to|at|on)|is\s+seen|are\s+seen|pictured|shown|watch\s+a|watch:|video:"
    r"|photo:)\b",
    re.IGNORECASE,
)
# The date ends the sentence (before a credit in brackets) ...
_ENDS = re.compile(r"^\s*(?:\((?:AP|Reuters|AFP|Getty|Photo)[^)]*\))?\s*[.)]?\s*$", re.IGNORECASE)
# ... and states its year.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# ... or the wire's place line stands right before it: "in Hualien, Taiwan, April 4, 2024."
_PLACE_LINE = re.compile(r",\s+(?-i:[A-Z][\w.'-]*)(?:\s+(?-i:[A-Z][\w.'-]*)){0,3},\s+$")


def is_caption_date(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start``:``end`` of ``text`` ends a picture's caption.

    >>> t = "Residents look at a damaged building in Hualien, Taiwan, April 4, 2024."
    >>> is_caption_date(t, t.index("April"), len(t) - 1)
    True
    >>> t = "A collapsed building after the earthquake in Hualien, Taiwan, April 4, 2024."
    >>> is_caption_date(t, t.index("April"), len(t) - 1)
    True
    >>> t = "The earthquake struck Hualien on April 3, 2024."
    >>> is_caption_date(t, t.index("April"), len(t) - 1)
    False
    >>> t = "Residents look at the damage the quake did on April 3."
    >>> is_caption_date(t, t.index("April"), len(t) - 1)
    False
    """
    return bool(
        _YEAR.search(text[start:end])
        and _ENDS.match(text[end:])
        and (_CAPTION_VERBS.search(text[:start]) or _PLACE_LINE.search(text[:start]))
    )


def with_captions(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each date that ends a caption dating nothing compared."""
    out: list[Claim] = []
    for claim in claims:
        q, s = claim.quantity, claim.sentence
        if (
            q.kind is QuantityKind.DATE
            and claim.counted is not None
            and 0 <= q.start - s.start <= q.end - s.start <= len(s.text)
            and is_caption_date(s.text, q.start - s.start, q.end - s.start)
        ):
            claim = claim.model_copy(update={"counted": None, "counted_text": None, "actor": None})
        out.append(claim)
    return out
