"""Find documents that are copies of one article (syndicated, republished, lightly edited).

Each document becomes a set of hashed word n-grams ("shingles") of its matching form,
so spelling variants, curly quotes and case do not hide a copy. Candidate pairs meet only
through shared shingles in an inverted index; a pair is a copy when the smaller document's
shingles are mostly found in the larger one (containment, robust to trimmed intros and
appended page furniture). Copies are clustered (union-find); each cluster's first path in
sorted order stands for it.
"""

from __future__ import annotations

import itertools
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from itertools import repeat

from crosscheck.normalize import matching_form
from crosscheck.settings import Settings

# A shingle held by more documents than this is counted only against its first holder:
# pairing every holder would make the candidate step quadratic.
MAX_POSTINGS = 200
# Past this many documents, candidate pairs are found through one shingle in SAMPLE_RATE
# (pairing work falls by about SAMPLE_RATE squared on boilerplate-heavy corpora). Every
# candidate is checked on its full shingle sets; SAMPLE_SLACK lets one through when its
# counted overlap is up to half short of the threshold, as sampled counts are noisy.
SAMPLE_FROM_DOCUMENTS = 500
SAMPLE_RATE = 8
SAMPLE_SLACK = 0.5


def shingles(text: str, size: int) -> frozenset[int]:
    """Hashed word n-grams of ``text`` in matching form.

    Words become CRC-32 numbers and an n-gram the hash of its tuple of numbers: both are
    the same in every process (unlike ``hash`` of a string), so shingles computed by
    worker processes or read from the cache agree.

    >>> len(shingles("one two three four five six", 5))
    2
    >>> shingles("One two, three four five", 5) == shingles("one two three four five", 5)
    True
    """
    # Each word stripped of its edge punctuation, and dropped if nothing is left: map and
    # filter run in C (a regular expression over the whole text took twice as long).
    words = filter(None, map(bytes.strip, matching_form(text).encode().split(), repeat(_EDGES)))
    ids = list(map(zlib.crc32, words))
    if len(ids) < size:
        return frozenset({hash(tuple(ids))}) if ids else frozenset()
    # zip of the shifted lists (stopping at the shortest) yields each n-gram as a tuple,
    # all in C: the same hashes as hash(tuple(ids[i : i + size])) for every i.
    return frozenset(map(hash, zip(*(ids[k:] for k in range(size)), strict=False)))


# Punctuation at the edges of words is not part of them: "Russia," is "russia".
_EDGES = b".,;:!?\"'()[]"


def find_copies(documents: Mapping[str, str], settings: Settings) -> dict[str, str]:
    """Map each document that copies another to the path standing for its cluster.

    ``documents`` maps path -> the document's own (kept) text. Paths absent from the result
    are independent.
    """
    return find_copies_by_shingles(
        {path: shingles(text, settings.shingle_words) for path, text in documents.items()},
        settings,
    )


def find_copies_by_shingles(
    documents: Mapping[str, Collection[int]],
    settings: Settings,
    confirm: Callable[[str, str], bool] | None = None,
) -> dict[str, str]:
    """:func:`find_copies` for documents already turned into shingles (a set, or the packed
    array the main process keeps: 8 bytes a shingle, not about 60). A pair that passes on
    shingles is a copy only if ``confirm(path, path)`` agrees, when given."""
    paths = sorted(documents)
    if len(paths) < 2:
        return {}  # no pair: a single large file's millions of shingles are not indexed
    sets = [documents[p] for p in paths]
    # In a large corpus, candidate pairs meet through a fixed sample of shingles (the same
    # for every document), then each candidate is checked on its full sets below.
    rate = SAMPLE_RATE if len(paths) > SAMPLE_FROM_DOCUMENTS else 1
    later, big = _shared_postings(sets, rate)
    parent = list(range(len(paths)))
    sizes = [len(s) for s in sets]
    # No pair can pass with fewer shared shingles than the smallest document would need.
    floor = min(sizes, default=0) * settings.copy_containment * SAMPLE_SLACK / rate

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, holders in enumerate(later):
        shared = _counted(holders)
        if not shared or max(shared.values()) < floor:
            continue  # most documents: no candidate at all, found without a Python loop
        mine: frozenset[int] | None = None  # a's shingles as a set, once it has a candidate
        for b, count in shared.items():
            if count < floor:
                continue
            smaller = min(sizes[a], sizes[b])
            if not smaller or count * rate < smaller * settings.copy_containment * SAMPLE_SLACK:
                continue
            if rate == 1:
                # Every shingle was counted: the exact overlap is the count, and the shingles
                # too common to pair everyone that a and b share, counted only when a held
                # one first (below).
                overlap = count + _uncounted(big, a, b)
            else:
                # A sampled count is an estimate: the exact overlap of the full sets.
                if mine is None:
                    mine = frozenset(sets[a])
                overlap = len(mine.intersection(sets[b]))
            if overlap / smaller >= settings.copy_containment and (
                confirm is None or confirm(paths[a], paths[b])
            ):
                ra, rb = root(a), root(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    return {paths[i]: paths[root(i)] for i in range(len(paths)) if root(i) != i}


# For each document, the later holders of each group of its shingles held by the same
# documents, with how many shingles the group has.
_Later = list[list[tuple[list[int], int]]]
# For each document, the groups of shingles too common to pair everyone that it holds:
# a group's number -> (its first holder, how many shingles it has).
_Big = list[dict[int, tuple[int, int]]]


def _shared_postings(sets: Sequence[Collection[int]], rate: int) -> tuple[_Later, _Big]:
    """Who shares which (sampled) shingles with whom. Shingles held by the same documents
    are counted as one group of their number: an article's sentence repeated in other
    documents gives some twenty shingles with one list of holders, so pairing the
    holders once per group instead of once per shingle cut copy detection on the
    number-dense corpus (300 documents, 1,400 shingles each, most sentences shared) from
    4.4 s to about 0.4 s."""
    postings: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for h in s if rate == 1 else [h for h in s if not h % rate]:
            postings[h].append(i)
    groups = Counter(tuple(ids) for ids in postings.values() if len(ids) > 1)
    del postings
    # later[a]: for each group of document a's shingles, the documents after it that hold
    # it (a posting list is in document order). Each pair is then counted once, from its
    # first document.
    later: _Later = [[] for _ in sets]
    big: _Big = [{} for _ in sets]
    for n, (ids, many) in enumerate(groups.items()):
        if len(ids) > MAX_POSTINGS:
            # Too common to pair everyone: count it only between each holder and the first
            # one, so an article syndicated to thousands of outlets still forms one family
            # (a star around its first copy) at linear cost.
            later[ids[0]].append((list(ids[1:]), many))
            for i in ids:
                big[i][n] = (ids[0], many)
            continue
        for k in range(len(ids) - 1):
            later[ids[k]].append((list(ids[k + 1 :]), many))
    return later, big


def _counted(holders: Sequence[tuple[list[int], int]]) -> Counter[int]:
    """How many shingles a document shares with each later one, from its groups: groups
    of one shingle counted in C (``Counter`` of a chain), larger ones added by weight."""
    shared = Counter(itertools.chain.from_iterable(ids for ids, many in holders if many == 1))
    for ids, many in holders:
        if many > 1:
            for b in ids:
                shared[b] += many
    return shared


def _uncounted(big: _Big, a: int, b: int) -> int:
    """How many shingles too common to pair everyone a and b (a < b) share that were not
    counted between them: those a did not hold first."""
    mine, theirs = big[a], big[b]
    if not mine or not theirs:
        return 0
    return sum(many for n, (first, many) in mine.items() if n in theirs and first != a)


def independent_count(paths: Sequence[str], copies: Mapping[str, str]) -> int:
    """How many independent documents stand behind ``paths`` (copies count once)."""
    return len({copies.get(p, p) for p in paths})
