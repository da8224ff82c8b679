"""A sum whose measure is named right before it: "revenue of $86.1Bn", "Revenue: $86.31
billion".

The claims stage names what a figure counts mostly from the words after it, and a results
story often goes on with a verb or another measure: "Overall top line revenue of $86.1Bn
grew 13%" gave "grew", "ad revenue of $65.52 billion trailed analyst estimates" gave
"estimate", and a line's label "Revenue: $86.31 billion vs. $85.33 billion expected" gave
"price". A sum right after "<measure> of" (a measure of the counted lexicon: revenue, sales,
profit, net income, ...) or after a label "<Measure>:" opening its sentence is that
measure's (:func:`with_named_measures`).

Not when the measure is the object of a change ("an increase in revenue of $5 billion" is
the increase), nor, after "of", when the claim already counts a measure (a fine, a loss, a
price named after the figure stays what it is); a line's label names its figures whatever
follows them.

Each reading is a named pattern with the phrases it must and must not fire on
(``tests/test_named_measures.py`` runs them all).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.lexicon import counted as counted_lexicon
from crosscheck.models import Claim

# The measures a sum right after them is of: a results story's lines.
_MEASURE_WORDS = (
    "revenue",
    "revenues",
    "sales",
    "profit",
    "profits",
    "net income",
    "net profit",
    "operating profit",
    "operating income",
    "earnings",
)
_MEASURE = "|".join(sorted((w.replace(" ", r"\s+") for w in _MEASURE_WORDS), key=len, reverse=True))
# A change whose object the measure is: the sum is the change's, not the measure's ("an
# increase in quarterly revenue of $5 billion").
_CHANGED = re.compile(
    r"\b(?:increase|rise|growth|jump|gain|drop|decline|fall|dip|change)s?\s+in\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Words a hedge puts between "of" and the sum.
_HEDGE = r"(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|just\s+over|an?)\s+)?"


@dataclass(frozen=True)
class MeasureRule:
    """A named pattern of a measure named before its sum (searched in the sentence up to
    the figure), with the phrases (figure as ``$X``) it must and must not fire on."""

    name: str
    pattern: re.Pattern[str]
    fires_on: tuple[str, ...]
    not_on: tuple[str, ...]
    # whether the measure it names overrides a measure read from the words after the sum
    strong: bool = False


RULES = (
    MeasureRule(
        "<measure> of",
        re.compile(
            rf"(?<!\w)(?P<measure>{_MEASURE})\s+of\s+{_HEDGE}$",
            re.IGNORECASE,
        ),
        (
            "Overall top line revenue of $X grew 13%",
            "However, ad revenue of $X trailed analysts' estimates",
            "It reported net income of about $X for the quarter",
        ),
        (
            "It posted an increase in revenue of $X",
            "a fine of $X",
            "revenue rose 13% to $X",
        ),
    ),
    MeasureRule(
        "a label '<Measure>:' opening the sentence",
        re.compile(rf"^\W*(?P<measure>{_MEASURE})\s*:\s*{_HEDGE}$", re.IGNORECASE),
        ("Revenue: $X vs. $Y expected by LSEG", "- Net income: $X"),
        ("Revenue for the quarter: up 13% to $X", "Shares: $X"),
        strong=True,
    ),
)


@cache
def _measures() -> frozenset[str]:
    """The measures claims count (what the counted lexicon's measure words stand for)."""
    return frozenset(counted_lexicon().measures.values())


def named_measure(before: str) -> tuple[str, bool] | None:
    """The measure (as written, lower case, one space) named right before a sum, given the
    sentence's text up to the figure, and whether its rule is strong; None when none is.

    >>> named_measure("Overall top line revenue of "), named_measure("Revenue: ")
    (('revenue', False), ('revenue', True))
    >>> named_measure("an increase in revenue of ") is None
    True
    """
    for rule in RULES:
        m = rule.pattern.search(before)
        if m is not None and _CHANGED.search(before, 0, m.start("measure")) is None:
            return " ".join(m.group("measure").lower().split()), rule.strong
    return None


def with_named_measures(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each sum that counts no measure given the one named right before it
    (see :func:`named_measure`)."""
    measures = _measures()
    lexicon = counted_lexicon().measures
    out: list[Claim] = []
    for claim in claims:
        q, s = claim.quantity, claim.sentence
        at = q.start - s.start
        found = named_measure(s.text[:at]) if q.currency and at >= 0 else None
        counted = lexicon.get(found[0]) if found else None
        if found is None or counted is None or (claim.counted in measures and not found[1]):
            out.append(claim)
            continue
        out.append(claim.model_copy(update={"counted": counted, "counted_text": found[0]}))
    return out


__all__ = ["RULES", "named_measure", "with_named_measures"]
