"""The quantity reader's working records: a figure while it is read.

An :class:`Atom` is one figure with what is written around it (currency, scale word,
unit, kind); a :class:`Reading` is one or two atoms joined into a quantity (a range),
with its bound, rate and alternates. Both are mutable scratch: they never leave the
reader (``quantities``), which turns each reading into a frozen ``models.Quantity``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from crosscheck.models import Bound, QuantityKind

# How far around a figure the reader looks for its currency, hedge or calibre noun.
# Hedges are at most four words ("no more than", "an estimated"), so 40 characters suffice.
CONTEXT_CHARS = 40


def alternation(words: object) -> str:
    """A regex alternation of ``words``, longest first, so a longer word wins over its
    prefix: ``alternation(["per", "per cent"])`` -> ``per\\ cent|per``."""
    items = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(w) for w in items)


@dataclass
class Atom:
    """One figure while it is being read (mutable scratch, never leaves the reader)."""

    start: int
    end: int
    value: float
    precision: float
    currency: str | None = None
    currency_explicit: bool = False
    scale: float = 1.0
    scaled: bool = False
    unit: str | None = None
    words: bool = False
    drop: bool = False
    kind: QuantityKind = QuantityKind.AMOUNT
    high: float | None = None  # set when the atom alone states an interval ("in his 20s")
    vague: bool = False
    approximate: bool = False  # a round figure by its wording: "a dozen"


@dataclass
class Reading:
    """One or two atoms joined into a quantity while it is being read (mutable scratch)."""

    atoms: list[Atom]
    start: int
    end: int
    bound: Bound = Bound.EXACT
    rate: str | None = None
    alternates: list[Reading] = field(default_factory=list)
