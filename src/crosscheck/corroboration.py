"""Corroboration: in a large undated corpus, two sources are compared only where they agree.

Stories group documents by the names and words they share. Where documents carry no dates,
a large corpus holds many look-alike events of one company, commodity or place (a
retailer's monthly sales and its recall, two weekly postings of one crude price, two
offerings of one issuer), and words alone cannot tell them apart: their figures then look
like conflicts. Reports of one event by several outlets agree on most of what they state;
reports of two look-alike events rarely share a figure. So in such a corpus, two undated
sources that agree on no figure are not shown to report one event, and their figures are
not compared with each other. Dated sources, copies and small corpora are compared as
before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations

from crosscheck.models import Claim, Finding, QuantityKind
from crosscheck.settings import Settings

Pair = tuple[str, str]


def corroborating(documents: int, settings: Settings) -> bool:
    """Whether a corpus of ``documents`` originals is large enough that its undated
    sources must corroborate each other to be compared."""
    return documents >= settings.corroborate_documents


def agreeing_pairs(findings: Iterable[Finding], copies: Mapping[str, str]) -> frozenset[Pair]:
    """Pairs of independent sources (originals, sorted) that agree on some figure: both
    stand on one side of a finding, or on the sides of a compatible one."""
    out: set[Pair] = set()
    for finding in findings:
        together = [s.sources for s in finding.sides]
        if finding.kind == "compatible":
            together = [tuple(p for s in finding.sides for p in s.sources)]
        for sources in together:
            originals = sorted({copies.get(s, s) for s in sources})
            out.update(combinations(originals, 2))
    return frozenset(out)


def unshown_pairs(
    group: Sequence[Claim],
    agreeing: frozenset[Pair],
    copies: Mapping[str, str],
    published: Mapping[str, str | None],
) -> frozenset[Pair]:
    """Pairs of ``group``'s sources (paths, sorted) not shown to report one event: both
    undated, independent of each other, and agreeing on no figure. A person's age is
    shown by the person: the claims are aligned by who they describe (a name, or a role
    and fate), which look-alike events do not share."""
    if all(c.quantity.kind is QuantityKind.AGE and c.actor for c in group):
        return frozenset()
    sources = sorted({c.source for c in group})
    out: set[Pair] = set()
    for a, b in combinations(sources, 2):
        if published.get(a) or published.get(b):
            continue
        oa, ob = copies.get(a, a), copies.get(b, b)
        if oa == ob or (min(oa, ob), max(oa, ob)) in agreeing:
            continue
        out.add((a, b))
    return frozenset(out)
