"""Whose figure a share of the vote or a traded volume is, and which opinion poll measured it.

A by-election story gives several parties' shares in one sentence ("the Conservatives with
41 pct of the vote, Labour with 35 pct"): every figure is a vote share, so without its
holder they would all be one claim. The holder is the party named nearest before the
figure in its clause, read as seats' holders are (``elections.seat_holder``).

Contracts traded are a market's volume, as shares held are a holder's: a count of
contracts that names no holder is not compared (:data:`MARKET_COUNTS`).

A share from an opinion poll is that poll's measure: two polls taken by other pollsters on
other days give other shares of one party ("The MORI poll ... showed the Conservatives with
41 pct", "The Sunday Express said its poll ... found the Conservatives ahead with 35.6
pct"), and neither report contradicts the other. A figure whose sentence cites a poll gets
the hard qualifier ``poll <pollster>`` when the pollster is named (:func:`pollster`), else
``poll``: an unnamed poll ("In that survey, ...") is no claim to compare (``align``).
Only lower-case "poll" and "survey" count: "the U.S. Geological Survey" is an agency.
"""

from __future__ import annotations

import re

from crosscheck.elections import seat_holder
from crosscheck.models import Claim, QuantityKind

# Counts whose holder is a party or candidate: its share of the vote, its votes.
VOTE_WORDS = frozenset({"vote share", "votes"})

# Counts that are a market's volume: contracts traded are an exchange's or one contract's
# ("Treasury bond futures ... to 4,307,645 contracts", "Oats volume tripled to 27,662
# contracts"), and two reports of trading give many of them; a count of contracts whose
# holder is not named is not compared (``align``), as shares held are not.
MARKET_COUNTS = frozenset({"contract"})

# The qualifier of a figure an opinion poll measured, whose pollster is not named.
UNNAMED_POLL = "poll"

_NAME = r"[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|of|and|&))*"
_POLL_WORD = r"(?:opinion\s+|exit\s+|latest\s+|new\s+|own\s+)*(?:poll|survey)\b"
# "The MORI poll", "a Gallup survey", "an Ipsos MORI exit poll".
_NAMED_BEFORE = re.compile(rf"(?P<name>{_NAME})\s+{_POLL_WORD}")
# "The Sunday Express said its poll", "Gallup said in its latest survey".
_SAID_ITS = re.compile(
    rf"(?P<name>{_NAME})\s+(?:said|says|reported|published)\s+(?:(?:that\s+)?in\s+)?"
    rf"(?:its|their)\s+{_POLL_WORD}"
)
# "a poll by Gallup", "a survey for the Sunday Times", "a poll conducted by MORI".
_NAMED_AFTER = re.compile(
    rf"\b(?:poll|survey)\s+(?:conducted\s+|carried\s+out\s+|published\s+)?"
    rf"(?:by|for|from)\s+(?:the\s+)?(?P<name>{_NAME})"
)
# One poll or survey, or opinion polls: "went to the polls" and "polling stations" are
# the vote itself.
_ANY_POLL = re.compile(r"\b(?:poll|survey|opinion\s+polls)\b")
# Words that open a sentence, not a pollster's name: "The poll", "A new survey".
_NOT_NAMES = frozenset({"the", "a", "an", "in", "that", "this", "its", "their"})


def pollster(text: str) -> str | None:
    """The qualifier of the opinion poll the sentence ``text`` cites: ``poll <pollster>``
    when the pollster is named, ``poll`` when not, None when it cites no poll.

    >>> pollster("The MORI poll showed the Conservatives with 41 pct of the vote.")
    'poll mori'
    >>> pollster("The Sunday Express said its poll found the Tories with 35.6 pct.")
    'poll sunday express'
    >>> pollster("In that survey, the Conservatives had 39 pct of the voters.")
    'poll'
    >>> pollster("The U.S. Geological Survey said the quake measured 7.8.") is None
    True
    """
    if not _ANY_POLL.search(text):
        return None
    for pattern in (_SAID_ITS, _NAMED_AFTER, _NAMED_BEFORE):
        for m in pattern.finditer(text):
            words = m.group("name").split()
            while words and words[0].lower() in _NOT_NAMES:
                words = words[1:]
            if words:
                return f"{UNNAMED_POLL} {' '.join(words).lower()}"
    return UNNAMED_POLL


def party_key(holder: str) -> str:
    """One key for a party written with or without its party word: "the Labour Party" and
    "Labour" hold one share.

    >>> party_key("labour party"), party_key("labour"), party_key("party")
    ('labour', 'labour', 'party')
    """
    words = holder.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] == "party" else holder


def _is_share(claim: Claim) -> bool:
    q = claim.quantity
    return q.kind is QuantityKind.AMOUNT and (q.unit == "%" or claim.counted in VOTE_WORDS)


def votes_rescoped(claim: Claim) -> Claim:
    """``claim`` with its holder as its actor if it counts a party's votes or share of the
    vote (the party named nearest before it when no actor was bound, keyed by
    :func:`party_key`), and with the poll that measured it if it is a share or a count
    of votes from an opinion poll (:func:`pollster`); else unchanged."""
    if not _is_share(claim):
        return claim
    q, s = claim.quantity, claim.sentence
    update: dict[str, object] = {}
    if claim.counted in VOTE_WORDS:
        holder = claim.actor or seat_holder(s.text, q.start - s.start)
        if holder is not None and party_key(holder) != claim.actor:
            update["actor"] = party_key(holder)
    poll = pollster(s.text)
    if poll is not None:
        update["qualifiers"] = tuple(sorted({*claim.qualifiers, poll}))
    return claim.model_copy(update=update) if update else claim
