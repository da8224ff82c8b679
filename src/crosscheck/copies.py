"""Find documents that are copies of one article (syndicated, republished, lightly edited).

Each document becomes a set of hashed word n-grams ("shingles") of its matching form,
so spelling variants, curly quotes and case do not hide a copy. Candidate pairs meet only
through shared shingles in an inverted index; a pair is a copy when the smaller document's
shingles are mostly found in the larger one (containment, robust to trimmed intros and
appended page furniture). Copies are clustered (union-find); each cluster's first path in
sorted order stands for it.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from crosscheck.normalize import matching_form
from crosscheck.settings import Settings

# A shingle held by more documents than this is boilerplate shared by a whole site or a wire
# template; it cannot tell copies apart and would make the candidate step quadratic.
MAX_POSTINGS = 200


def shingles(text: str, size: int) -> frozenset[int]:
    """Hashed word n-grams of ``text`` in matching form.

    >>> len(shingles("one two three four five six", 5))
    2
    """
    words = [w.strip(".,;:!?\"'()[]") for w in matching_form(text).split()]
    words = [w for w in words if w]
    if len(words) < size:
        return frozenset({_hash(" ".join(words))}) if words else frozenset()
    return frozenset(_hash(" ".join(words[i : i + size])) for i in range(len(words) - size + 1))


def _hash(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big")


def find_copies(documents: Mapping[str, str], settings: Settings) -> dict[str, str]:
    """Map each document that copies another to the path standing for its cluster.

    ``documents`` maps path -> the document's own (kept) text. Paths absent from the result
    are independent.
    """
    paths = sorted(documents)
    sets = [shingles(documents[p], settings.shingle_words) for p in paths]
    postings: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for h in s:
            postings[h].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for ids in postings.values():
        if len(ids) < 2 or len(ids) > MAX_POSTINGS:
            continue
        for a_pos, a in enumerate(ids):
            for b in ids[a_pos + 1 :]:
                shared[(a, b)] += 1
    parent = list(range(len(paths)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (a, b), count in shared.items():
        smaller = min(len(sets[a]), len(sets[b]))
        if smaller and count / smaller >= settings.copy_containment:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {paths[i]: paths[root(i)] for i in range(len(paths)) if root(i) != i}


def independent_count(paths: Sequence[str], copies: Mapping[str, str]) -> int:
    """How many independent documents stand behind ``paths`` (copies count once)."""
    return len({copies.get(p, p) for p in paths})
