"""What a story shows: its label (its top shared terms, names first) and, for each
document, what joined it to the story (its closest member, the terms and days they share,
or the original it copies). Both story engines present their stories through these."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from crosscheck.lexicon import entity_index
from crosscheck.models import StoryLink

if TYPE_CHECKING:
    from crosscheck.stories import Edges, Vector

# Terms shown as a story's label, and as what joined two documents.
LABEL_TERMS = 3
SHARED_TERMS = 6


def label(group: Sequence[int], vectors: Sequence[Vector], shown: Mapping[str, str]) -> str:
    """A story's top terms (names first), from the sum of its members' vectors."""
    total: Counter[str] = Counter()
    for i in group:
        total.update(vectors[i])
    shared = [t for t, _ in total.most_common() if len(group) == 1 or _in_two(t, group, vectors)]
    top = sorted(shared[: LABEL_TERMS * 3], key=lambda t: (t not in shown, -total[t], t))
    words = [shown.get(t, t) for t in top]
    return " / ".join(_joined_names(words)[:LABEL_TERMS]) or "(no words)"


def _joined_names(words: list[str]) -> list[str]:
    """Label words with the two words of a known name joined, in its order: "North",
    "Korea" -> "North Korea".

    >>> _joined_names(["Korea", "North", "Russia"])
    ['North Korea', 'Russia']
    """
    index, _ = entity_index()
    out: list[str] = []
    used: set[int] = set()
    for i, word in enumerate(words):
        if i in used:
            continue
        for j in range(i + 1, len(words)):
            if j in used:
                continue
            pair = next(
                (p for p in (f"{word} {words[j]}", f"{words[j]} {word}") if p in index), None
            )
            if pair is not None:
                out.append(pair)
                used.add(j)
                break
        else:
            out.append(word)
    return out


def _in_two(term: str, group: Sequence[int], vectors: Sequence[Vector]) -> bool:
    return sum(term in vectors[i] for i in group) >= 2


def links(
    group: Sequence[int],
    originals: Sequence[str],
    vectors: Sequence[Vector],
    days: Sequence[tuple[int, ...]],
    shown: Mapping[str, str],
    edges: Edges,
    copies: Mapping[str, str],
    families: Mapping[str, Sequence[str]],
) -> tuple[StoryLink, ...]:
    """What joined each document of a story: its closest other member, with the terms
    and days they share; a copy is joined by being a copy."""
    out: list[StoryLink] = []
    for i in group:
        best = max(
            (j for j in group if j != i and (min(i, j), max(i, j)) in edges),
            key=lambda j: (edges[(min(i, j), max(i, j))], -j),
            default=None,
        )
        if best is not None:
            a, b = vectors[i], vectors[best]
            terms = sorted(a.keys() & b.keys(), key=lambda t: (-(a[t] * b[t]), t))
            out.append(
                StoryLink(
                    source=originals[i],
                    joined=originals[best],
                    similarity=round(edges[(min(i, best), max(i, best))], 3),
                    shared=tuple(shown.get(t, t) for t in terms[:SHARED_TERMS]),
                    days=tuple(
                        date.fromordinal(d).isoformat()
                        for d in sorted(set(days[i]) & set(days[best]))[:3]
                    ),
                )
            )
        for copy in families.get(originals[i], ()):
            out.append(StoryLink(source=copy, joined=copies[copy], similarity=1.0, kind="copy"))
    return tuple(sorted(out, key=lambda link: link.source))
