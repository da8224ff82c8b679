"""Issues of one recurring report: two sources that fill one template with other figures.

A wire's weekly refinery report, a retailer's monthly sales, a central bank's weekly rates:
each issue repeats the last one's sentences word for word with the new period's figures.
When such issues carry no dates, nothing else tells them apart, and every figure of one
issue seems to contradict the same figure of the other. Outlets reporting one event word
their reports differently; a copy of one report keeps its figures, or changes one of them.
So two sources whose near-verbatim claims (frames alike once figures are masked) mostly
disagree, several times over, are two issues of a series: their figures are of different
periods, and they are not compared with each other. A copy that changed one figure, or a
rewrite with one figure of its own, still is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz

from crosscheck.lexicon import counted as counted_lexicon
from crosscheck.models import Claim

# How alike two claims' frames (sentences with figures masked, 0-100) must be to be one
# template's sentence: a weekly report's "refinery runs in the week rose to # mln bpd from
# a revised # mln" and "... fell to # mln bpd from # mln" score 90 or more, a weekly rig
# count's "the number of active rotary rigs fell by # to a total of #" and "... rose with
# the number of working rotary rigs up by # to #" about 75-85; two outlets' reports of one
# event rarely score over 70. Measured: 85 -> 75 took all Reuters-21578 from 318 to 298
# conflicts with no labelled hit lost; 70 gave 286, also with none lost, but 65 split one
# real bus crash's outlets (6 hits lost on pages-dev), so 75 keeps a margin.
SERIES_FRAME_SIMILARITY = 75.0
# Least number of near-verbatim claims that must differ for two sources to be two issues
# of a series, and they must outnumber those that agree: one changed figure in a copy is a
# conflict, a template whose every figure changed is another period.
SERIES_MIN_DIFFERENT = 2

Pair = tuple[str, str]


def series_pairs(groups: Sequence[Sequence[Claim]]) -> frozenset[Pair]:
    """The pairs of sources (sorted paths) that are two issues of one recurring report,
    judged on the near-verbatim claims that ``groups`` (aligned claims) put together."""
    same: Counter[Pair] = Counter()
    different: Counter[Pair] = Counter()
    for group in groups:
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.source == b.source or _of_an_incident(a):
                    continue
                if fuzz.ratio(a.frame, b.frame) < SERIES_FRAME_SIMILARITY:
                    continue
                pair = (min(a.source, b.source), max(a.source, b.source))
                if _value(a) == _value(b):
                    same[pair] += 1
                else:
                    different[pair] += 1
    return frozenset(
        pair for pair, n in different.items() if n >= SERIES_MIN_DIFFERENT and n > same[pair]
    )


def _of_an_incident(claim: Claim) -> bool:
    """Whether ``claim`` counts what happened to people in an incident ("killed", "workers
    missing"): a toll's update ("Death toll rises to 11, 150 still missing" after "... to
    Four, 159 Missing") is one event's figure told again, not a recurring report's issue,
    so it is no evidence of a series."""
    counted = claim.counted
    return counted is not None and counted.rsplit(" ", 1)[-1] in counted_lexicon().events


def issues_apart(group: list[Claim], pairs: frozenset[Pair]) -> list[list[Claim]]:
    """``group`` in parts that hold no two issues of one series (see :func:`series_pairs`):
    each claim, in order, joins the first part none of whose sources is of its series."""
    if not pairs:
        return [group]
    parts: list[tuple[set[str], list[Claim]]] = []
    for claim in group:
        for sources, members in parts:
            if not any(_pair(claim.source, s) in pairs for s in sources):
                sources.add(claim.source)
                members.append(claim)
                break
        else:
            parts.append(({claim.source}, [claim]))
    return [members for _, members in parts]


def _pair(a: str, b: str) -> Pair:
    return (min(a, b), max(a, b))


def _value(claim: Claim) -> tuple[float | None, float | None]:
    return (claim.quantity.low, claim.quantity.high)
