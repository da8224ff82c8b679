"""What a money, percentage or unit figure measures when no counted noun follows it: a
measure word near it ("turnout was 61.3%", "a 46.8 million pound fine", "55% of the
popular vote"), checked against the figure's unit (a percentage is never a height); the
model a price is for ("EUR 999 for the 256GB model"); and the measures of a level, held
rather than counted over a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from crosscheck.grammar import Clauses, Token, plain_words, without_relative_clauses
from crosscheck.lexicon import counted as counted_lexicon
from crosscheck.models import Quantity

# Measures of a level or a holding, not of a flow over time.
LEVELS = frozenset(
    {"stake", "price", "valuation", "population", "interest rate", "market share", "debt"}
)


# A measure word sits a few words before its figure ("turnout was 61.3%", "the fire has
# scorched 14,500 acres") or right after it ("25 percent contained").
MEASURE_BEFORE_WORDS = 8
MEASURE_AFTER_WORDS = 2
# ... or, after "of", this many: "of the popular vote", "of all votes cast".
MEASURE_OF_WORDS = 4
_ARTICLES = frozenset({"the", "a", "an", "all"})


# Units that name a model of a product: its price is that model's ("EUR 999 for the 256GB
# model"). The nearest such figure in the sentence is the model priced.
_VARIANT_UNITS = frozenset({"GB", "TB", "in"})


def priced_variant(price: Quantity, quantities: Sequence[Quantity]) -> str | None:
    """The model a price is for: the nearest storage or screen size in its sentence."""
    sizes = [q for q in quantities if q.unit in _VARIANT_UNITS and q.value is not None]
    if not sizes:
        return None
    near = min(sizes, key=lambda q: min(abs(q.start - price.end), abs(price.start - q.end)))
    return f"{near.value:g}{near.unit}".lower()


# Measures of a length, which a percentage or a sum never is: "inflation stayed high at
# 6.8%" is inflation, not a height.
_LENGTH_MEASURES = frozenset({"height", "depth", "distance"})
_LENGTH_UNITS = frozenset({"m", "km", "cm", "mm", "mi", "in", "ft"})


def measure_in(phrase: str | None) -> str | None:
    """The longest measure named inside a counted phrase ('first-half operating profit')."""
    if not phrase:
        return None
    lex = counted_lexicon()
    words = phrase.lower().split()
    for n in range(min(lex.longest_measure, len(words)), 0, -1):
        for i in range(len(words) - n, -1, -1):
            name = lex.measures.get(" ".join(words[i : i + n]))
            if name is not None:
                return name
    return None


@cache
def _measure_edges() -> tuple[frozenset[str], frozenset[str]]:
    """The first and the last word of every measure name: a run of words that starts or
    ends with no such word names no measure, and is not looked up."""
    names = counted_lexicon().measures
    return frozenset(n.split(" ")[0] for n in names), frozenset(n.split(" ")[-1] for n in names)


def _fits(name: str, unit: str | None, currency: str | None) -> bool:
    if name in _LENGTH_MEASURES:
        return currency is None and (unit is None or unit in _LENGTH_UNITS)
    return True


def measure_of(
    before: Sequence[Token],
    after: Sequence[Token],
    unit: str | None = None,
    currency: str | None = None,
    clauses: Clauses | None = None,
) -> str | None:
    """What a money, percentage or unit figure with no counted noun measures: the nearest
    measure word before it in its clause (the longest form ending there, so "core
    inflation" is not "inflation"), else one right after it. ``clauses``: the sentence's,
    when ``before`` is a prefix of its tokens."""
    lex = counted_lexicon()
    kept = (
        clauses.tail(len(before), MEASURE_BEFORE_WORDS)
        if clauses is not None
        else without_relative_clauses(before)[-MEASURE_BEFORE_WORDS:]
    )
    window = plain_words(kept)
    firsts, lasts = _measure_edges()
    for end in range(len(window), 0, -1):
        if window[end - 1] in {";", ":", "(", ")"}:
            break
        if window[end - 1] not in lasts:
            continue  # no measure ends with this word
        for n in range(min(lex.longest_measure, end), 0, -1):
            name = lex.measures.get(" ".join(window[end - n : end]))
            if name is not None and _fits(name, unit, currency):
                return name
    ahead = plain_words(after[:MEASURE_AFTER_WORDS])
    if ahead[:1] == ["of"]:  # "55% of the popular vote": what it is a share of
        ahead = [w for w in plain_words(after[1 : 1 + MEASURE_OF_WORDS]) if w not in _ARTICLES]
    elif ahead[:1] == [","] and plain_words(after[1:2]) in (["a"], ["an"], ["the"]):
        ahead = plain_words(after[2 : 2 + MEASURE_AFTER_WORDS])  # "£58m, a fee that ..."
    for i in range(len(ahead)):
        if ahead[i] not in firsts:
            continue  # no measure starts with this word
        for n in range(len(ahead) - i, 0, -1):
            name = lex.measures.get(" ".join(ahead[i : i + n]))
            if name is not None and _fits(name, unit, currency):
                return name
    return None
