"""What a takeover premium is measured against: the last close, an average, or the price
before the news.

Reports of one deal give its premium over several bases, all right at once: "a premium of
about 4.9% to the share's last close" and "about 10% to the 20-day average price"; "40% to
Friday's close" and "142% to Aug. 11, the last trading day before Cleveland-Cliffs unveiled
a bid". A premium's base is a soft qualifier ``against <base>`` (:func:`with_bases`): two
premiums over other bases are other claims, and one that names no base joins the base
named.

Each base is a named pattern with the phrases it must and must not fire on
(``tests/test_bases.py`` runs them all). They are tried in order, on the figure's own
stretch of the sentence: from the figure to the next percentage (or the end), else from
the percentage before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.frame_signal import add_qualifiers
from crosscheck.models import Claim

# What is measured against a base.
_MEASURED = frozenset({"premium", "discount"})


@dataclass(frozen=True)
class Base:
    """A named base and its pattern, with phrases it must and must not fire on."""

    name: str
    pattern: re.Pattern[str]
    fires_on: tuple[str, ...]
    not_on: tuple[str, ...]


BASES = (
    Base(
        "average",
        re.compile(
            r"\b(?:average|vwap|volume[-\s]weighted)\b|\b\d+[-\s](?:day|week|month)\s+"
            r"(?:average|mean)\b",
            re.IGNORECASE,
        ),
        (
            "to the 20-day average price",
            "to Pioneer's average price for the 30 days prior to Oct. 5",
            "Based on a 20-day average",
        ),
        ("to the share's last close", "to Friday's close"),
    ),
    Base(
        "undisturbed",
        re.compile(
            r"\b(?:undisturbed|unaffected)\b|\b(?:before|prior\s+to)\s+(?:[\w.'-]+\s+){0,5}?"
            r"(?:announc\w*|unveil\w*|disclos\w*|reports?|news|speculation|rumou?rs?|review"
            r"|surfaced|approach\w*|bid)\b",
            re.IGNORECASE,
        ),
        (
            "to Aug. 11, the last trading day before Cleveland-Cliffs unveiled a bid",
            "compared to the stock's closing price before the company announced a review",
            "to the undisturbed share price",
        ),
        ("to Friday's close", "before the market opened"),
    ),
    Base(
        "close",
        re.compile(
            r"\b(?:close|closing|closed|ended\s+trading|last\s+trad\w+|last\s+price"
            r"|(?:share|stock)\s+price)\b",
            re.IGNORECASE,
        ),
        (
            "to the share's last close",
            "to where U.S. Steel shares ended trading on Friday",
            "above its closing price on December 15",
        ),
        ("on the deal's terms", "of the company's value"),
    ),
)


def base_of(stretch: str) -> str | None:
    """The first base named in ``stretch`` (the figure's part of the sentence), or None.

    >>> base_of(" to the 20-day average price, according to a statement")
    'average'
    >>> base_of(" to the share's last close.")
    'close'
    >>> base_of(" for shareholders.") is None
    True
    """
    for base in BASES:
        if base.pattern.search(stretch):
            return base.name
    return None


def with_bases(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` (of one sentence or more) with each premium's base as a soft qualifier
    ``against <base>``."""
    if not any(c.counted in _MEASURED for c in claims):
        return list(claims)
    starts: dict[tuple[str, int], list[int]] = {}
    for c in claims:
        if c.quantity.unit == "%" or c.counted in _MEASURED:  # not dates: "to Aug. 11, ..."
            starts.setdefault((c.source, c.sentence.index), []).append(c.quantity.start)

    def signal(claim: Claim, text: str, start: int, end: int) -> set[str]:
        if claim.counted not in _MEASURED:
            return set()
        offset = claim.sentence.start
        others = sorted(
            {s - offset for s in starts[(claim.source, claim.sentence.index)]} - {start}
        )
        later = [f for f in others if f > start]
        earlier = [f for f in others if f < start]
        after = text[end : later[0] if later else len(text)]
        before = text[earlier[-1] if earlier else 0 : start]
        base = base_of(after) or base_of(before)
        return {f"against {base}"} if base else set()

    return add_qualifiers(claims, signal)
