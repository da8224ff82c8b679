"""How long a vessel or vehicle is, written as a compound adjective: "a 79-foot boat", "the
75-foot commercial diving vessel".

The claims stage names what a figure counts from the words after it, and "a 79-foot boat
carrying 39 people" gave "people". A length glued to its unit by a hyphen ("79-foot",
"24-metre") before a vessel's or a vehicle's noun, up to ``LENGTH_NOUN_WORDS`` words on, is
that vessel's length (:func:`with_lengths`): counted ``length``, so two reports' lengths of
one boat are compared, and never with the people aboard it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.models import Claim

# What a length before it measures: vessels and vehicles (a tower's feet are its height, a
# drop's its depth: not read here).
_LONG_THINGS = (
    "boat|boats|vessel|vessels|ship|ships|yacht|yachts|ferry|ferries|barge|barges|trawler|"
    "catamaran|bus|buses|truck|trucks|lorry|plane|planes|jet|jets|aircraft|airliner|train|"
    "trains|bridge|bridges"
)
# How many words (adjectives: "commercial diving") may stand between the length and its noun.
LENGTH_NOUN_WORDS = 3
_GLUED_LENGTH = re.compile(r"-(?:foot|feet|ft|metre|meter|m)$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    rf"^(?:-long)?\s+(?:[a-z][\w-]*\s+){{0,{LENGTH_NOUN_WORDS}}}?(?P<noun>{_LONG_THINGS})\b"
)


def length_noun(text: str, figure: str, end: int) -> str | None:
    """The vessel or vehicle whose length the glued figure ending at ``end`` of ``text``
    is, or None.

    >>> t = "aboard the 75-foot commercial diving vessel called the Conception"
    >>> length_noun(t, "75-foot", t.index("75") + 7)
    'vessel'
    >>> t = "A fire broke out on a 79-foot boat carrying 39 people"
    >>> length_noun(t, "79-foot", t.index("79") + 7)
    'boat'
    >>> length_noun("a 30-foot wall fell", "30-foot", 9) is None
    True
    """
    if not _GLUED_LENGTH.search(figure):
        return None
    m = _NOUN_AFTER.match(text[end : end + 80])
    return m.group("noun") if m else None


def with_lengths(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each glued length of a vessel or vehicle counted as its length."""
    out: list[Claim] = []
    for claim in claims:
        q, s = claim.quantity, claim.sentence
        end = q.end - s.start
        noun = length_noun(s.text, q.text, end) if q.unit and 0 <= end <= len(s.text) else None
        if noun is None:
            out.append(claim)
            continue
        out.append(
            claim.model_copy(update={"counted": "length", "counted_text": f"length of {noun}"})
        )
    return out


__all__ = ["length_noun", "with_lengths"]
