"""The stories phase on a Dask cluster, as shuffles: no task holds every document's profile.

:func:`crosscheck.stories.build_space` and :func:`crosscheck.stories.find_stories` need
four corpus-wide facts; each is found by sending keyed pieces from every partition of
documents to the bucket of their key (a hash), worker to worker, and back:

1. **Template lines** (a line's hash -> the days of the documents holding it): buckets by
   line hash; the template lines found (a few hundred, the sites' own) go to every
   partition, which counts its documents' terms.
2. **Document frequencies** (a term -> how many documents hold it): buckets by term; each
   partition asks the buckets of its own terms for their IDF, and makes its vectors.
3. **Copies**: each sampled shingle's holders go to the bucket of the shingle, which
   counts the pairs that share it; the counts go to the bucket of the pair, and the pairs
   whose counts may reach ``copy_containment`` fetch both documents' shingles and vectors
   from their partitions to be confirmed; the confirmed pairs meet in one task, which
   clusters them.
4. **Candidate pairs**: the frequencies of the originals' terms give the rare ones; each
   partition sends its rare terms' postings (document, position in its vector, weight) to
   the term's bucket, which emits each pair's share of the cosine; the shares go to the
   bucket of the pair and are summed there in the order the local engine sums them (the
   later document's terms in its vector's order), so the sums are the same floats. The
   pairs that reach ``story_rare_floor`` fetch both documents' :class:`Side` and are
   weighed exactly as locally.

Only the sparse edge list reaches one task, for average linkage (global, and cheap: a
heap over the edges) and the round-ups that join a second story (from the same edges, as
:mod:`crosscheck.roundups` finds them locally); each story's label and links are then made
in the bucket of the story from its members' vectors. The result equals the local
engine's, byte for byte.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from crosscheck.copies import MAX_POSTINGS, SAMPLE_FROM_DOCUMENTS, SAMPLE_RATE, SAMPLE_SLACK
from crosscheck.models import Story
from crosscheck.pipeline import collector_paused, docs_story
from crosscheck.reads import Read
from crosscheck.roundups import shared_stories
from crosscheck.settings import Settings
from crosscheck.stories import (
    Edges,
    Side,
    Vector,
    _average_link,
    cosine,
    inverse_frequency,
    is_rare,
    memberships,
    merge_threshold,
    one_story,
    pair_discounts,
    side,
    story_members,
    template_lines,
    term_counts,
    unit_vector,
    weighed,
)
from crosscheck.story_labels import label, links

if TYPE_CHECKING:
    from distributed import Client, Future

T = TypeVar("T")


def bucket_of(key: str, buckets: int) -> int:
    """A key's bucket: a stable hash (Python's hash() of a str differs between processes)."""
    return zlib.crc32(key.encode()) % buckets


# =========================================================================================
# tasks: each pure, run on the workers
# =========================================================================================


def line_pieces(reads: Sequence[Read], buckets: int) -> list[dict[int, list[int | None]]]:
    """A partition's line holders (a line's hash -> each holder's publication day), by
    bucket of the hash."""
    pieces: list[dict[int, list[int | None]]] = [{} for _ in range(buckets)]
    for r in reads:
        p = r.profile
        for h in {h for h, _ in p.lines}:
            pieces[h % buckets].setdefault(h, []).append(p.published)
    return pieces


def bucket_templates(settings: Settings, *pieces: dict[int, list[int | None]]) -> frozenset[int]:
    """The template lines of one bucket of line hashes."""
    holders: dict[int, list[int | None]] = {}
    for piece in pieces:
        for h, days in piece.items():
            holders.setdefault(h, []).extend(days)
    return frozenset(template_lines(holders, settings))


def union(*sets: frozenset[T]) -> frozenset[T]:
    return frozenset().union(*sets)


def count_part(reads: Sequence[Read], templates: frozenset[int]) -> dict[str, Counter[str]]:
    """Each document's term counts (template lines left out), by path."""
    return {r.source.path: term_counts(r.profile, templates) for r in reads}


def df_pieces(
    counts: Mapping[str, Counter[str]], buckets: int, left_out: Collection[str] = ()
) -> list[Counter[str]]:
    """How many of a partition's documents (but those ``left_out``) hold each term, by
    bucket of the term."""
    pieces: list[Counter[str]] = [Counter() for _ in range(buckets)]
    bucket: dict[str, int] = {}
    for path, terms in counts.items():
        if path not in left_out:
            for t in terms:
                k = bucket.get(t)
                if k is None:
                    k = bucket[t] = bucket_of(t, buckets)
                pieces[k][t] += 1
    return pieces


def left_out_copies(copies: Copies) -> frozenset[str]:
    return frozenset(copies.copies)


def add(*counters: Counter[str]) -> Counter[str]:
    """The sum of ``counters``: a bucket's document frequencies."""
    total: Counter[str] = Counter()
    for c in counters:
        total.update(c)
    return total


def idf_lookup(df: Counter[str], wanted: Collection[str], documents: int) -> dict[str, float]:
    """The IDF of the ``wanted`` terms of one bucket."""
    return {t: inverse_frequency(df[t], documents) for t in wanted}


def vector_part(
    counts: Mapping[str, Counter[str]], *lookups: dict[str, float]
) -> dict[str, Vector]:
    """Each document's unit TF-IDF vector, by path, from its partition's IDF lookups."""
    idf: dict[str, float] = {}
    for lookup in lookups:
        idf.update(lookup)
    return {path: unit_vector(c, idf) for path, c in counts.items()}


def serve(items: Mapping[str, T], wanted: Collection[str]) -> dict[str, T]:
    """The ``wanted`` documents' items of one partition (a fetch for a join)."""
    return {path: items[path] for path in wanted if path in items}


def shingle_pieces(
    reads: Sequence[Read], part: int, documents: int, buckets: int
) -> list[dict[int, list[Holder]]]:
    """A partition's sampled shingles' holders (in path order), by bucket of the shingle:
    the postings of :func:`crosscheck.copies.find_copies_by_shingles`."""
    rate = _sample_rate(documents)
    pieces: list[dict[int, list[Holder]]] = [{} for _ in range(buckets)]
    for r in reads:
        holder = (r.source.path, part, len(r.shingles))
        for h in r.shingles:
            if h % rate == 0:
                pieces[(h // rate) % buckets].setdefault(h, []).append(holder)
    return pieces


# A shingle's holder: (document, its partition, how many shingles it has).
Holder = tuple[str, int, int]


def _sample_rate(documents: int) -> int:
    return SAMPLE_RATE if documents > SAMPLE_FROM_DOCUMENTS else 1


@dataclass(frozen=True)
class Counts:
    """Pairs of documents with the sampled shingles they share, and each document's
    partition and number of shingles."""

    counts: dict[Pair, int]
    part: dict[str, int]
    size: dict[str, int]


def shared_pieces(buckets: int, *pieces: dict[int, list[Holder]]) -> list[Counts]:
    """One bucket of shingles: the pairs that share each, counted as
    :func:`crosscheck.copies.find_copies_by_shingles` counts them (a shingle held by more
    than MAX_POSTINGS documents only between its first holder and each other), by bucket
    of the pair's earlier document."""
    postings: dict[int, list[Holder]] = {}
    for piece in pieces:  # in partition order, so each shingle's holders are in path order
        for h, held in piece.items():
            postings.setdefault(h, []).extend(held)
    out = [Counts({}, {}, {}) for _ in range(buckets)]
    for held in postings.values():
        if len(held) < 2:
            continue
        firsts = held[:1] if len(held) > MAX_POSTINGS else held[:-1]
        for k, (a, part_a, size_a) in enumerate(firsts):
            target = out[bucket_of(a, buckets)]
            target.part[a], target.size[a] = part_a, size_a
            for b, part_b, size_b in held[k + 1 :]:
                target.counts[(a, b)] = target.counts.get((a, b), 0) + 1
                target.part[b], target.size[b] = part_b, size_b
    return out


def smallest(reads: Sequence[Read]) -> int | None:
    """The fewest shingles a document of the partition has."""
    return min((len(r.shingles) for r in reads), default=None)


def copy_candidates(
    settings: Settings, documents: int, sizes: Sequence[int | None], *pieces: Counts
) -> Counts:
    """One bucket of pairs: those whose sampled count of shared shingles may reach
    ``copy_containment`` (the checks of :func:`crosscheck.copies.find_copies_by_shingles`
    before the exact one)."""
    rate = _sample_rate(documents)
    least = min((n for n in sizes if n is not None), default=0)
    floor = least * settings.copy_containment * SAMPLE_SLACK / rate
    counts: dict[Pair, int] = {}
    part: dict[str, int] = {}
    size: dict[str, int] = {}
    for piece in pieces:
        for pair, n in piece.counts.items():
            counts[pair] = counts.get(pair, 0) + n
        part.update(piece.part)
        size.update(piece.size)
    kept: dict[Pair, int] = {}
    for (a, b), count in counts.items():
        if count < floor:
            continue
        smaller = min(size[a], size[b])
        if not smaller or count * rate < smaller * settings.copy_containment * SAMPLE_SLACK:
            continue
        kept[(a, b)] = count
    return Counts(kept, {p: part[p] for pair in kept for p in pair}, {})


def copy_data(
    reads: Sequence[Read], vectors: Mapping[str, Vector], wanted: Collection[str]
) -> dict[str, tuple[Collection[int], Vector]]:
    """The shingles and vector of the ``wanted`` documents of one partition."""
    return {
        r.source.path: (r.shingles, vectors[r.source.path])
        for r in reads
        if r.source.path in wanted
    }


def confirm_copies(
    settings: Settings, candidates: Counts, *served: dict[str, tuple[Collection[int], Vector]]
) -> list[Pair]:
    """One bucket's pairs that are copies: most of the smaller one's shingles in the
    other, and their own words alike (cosine at least ``copy_min_similarity``), as
    :func:`crosscheck.pipeline.find_copies` confirms them."""
    data: dict[str, tuple[Collection[int], Vector]] = {}
    for s in served:
        data.update(s)
    confirmed: list[Pair] = []
    for a, b in candidates.counts:
        (sa, va), (sb, vb) = data[a], data[b]
        if len(frozenset(sa).intersection(sb)) / min(len(sa), len(sb)) >= settings.copy_containment:
            similarity = cosine(va, vb)
            if similarity is None or similarity >= settings.copy_min_similarity:
                confirmed.append((a, b))
    return confirmed


def paths_of(reads: Sequence[Read]) -> tuple[str, ...]:
    return tuple(r.source.path for r in reads)


def requests(
    pairs: Collection[tuple[str, str]], part: Mapping[str, int], parts: int
) -> list[frozenset[str]]:
    """The documents of ``pairs``, by the partition holding them."""
    wanted: list[set[str]] = [set() for _ in range(parts)]
    for a, b in pairs:
        wanted[part[a]].add(a)
        wanted[part[b]].add(b)
    return [frozenset(w) for w in wanted]


@dataclass(frozen=True)
class Copies:
    """The corpus's copies (a copy -> its original), every path, and the originals."""

    paths: tuple[str, ...]
    copies: dict[str, str]
    originals: int


def join_copies(paths: Sequence[tuple[str, ...]], *confirmed: Sequence[Pair]) -> Copies:
    """Clusters of the pairs of copies ``confirmed`` in every bucket, each standing under
    its first path (union-find, as :func:`crosscheck.copies.find_copies_by_shingles`)."""
    every = tuple(p for part in paths for p in part)
    index = {p: i for i, p in enumerate(every)}
    parent = list(range(len(every)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for pairs in confirmed:
        for a, b in pairs:
            ra, rb = root(index[a]), root(index[b])
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    copies = {every[i]: every[root(i)] for i in range(len(every)) if root(i) != i}
    return Copies(every, copies, len(every) - len(copies))


def rare_lookup(df: Counter[str], settings: Settings, *wanted: Collection[str]) -> frozenset[str]:
    """The rare terms among the ``wanted`` terms of one bucket."""
    return frozenset(t for w in wanted for t in w if is_rare(df[t], settings))


def name_pieces(reads: Sequence[Read], copies: Copies, buckets: int) -> list[frozenset[str]]:
    """The names of a partition's originals, by bucket: a name is weighed as rare even
    where its own document leaves it out (in a template line)."""
    pieces: list[set[str]] = [set() for _ in range(buckets)]
    for r in reads:
        if r.source.path not in copies.copies:
            for name in r.profile.names:
                pieces[bucket_of(name, buckets)].add(name)
    return [frozenset(p) for p in pieces]


def side_part(
    reads: Sequence[Read], vectors: Mapping[str, Vector], copies: Copies, *rare: frozenset[str]
) -> dict[str, Side]:
    """The :class:`Side` of each original of a partition, by path."""
    terms = union(*rare)
    return {
        r.source.path: side(
            vectors[r.source.path],
            r.profile.days,
            r.profile.months,
            r.profile.places,
            r.profile.names,
            terms,
            r.profile.lead,
        )
        for r in reads
        if r.source.path not in copies.copies
    }


# A rare term's posting: (document, its partition, weight).
Posting = tuple[str, int, float]


def posting_pieces(
    sides: Mapping[str, Side], part: int, buckets: int
) -> list[dict[str, list[Posting]]]:
    """A partition's rare terms' postings (in path order), by bucket of the term."""
    pieces: list[dict[str, list[Posting]]] = [{} for _ in range(buckets)]
    bucket: dict[str, int] = {}
    for path, s in sides.items():
        for t, w in s.vector.items():
            if t not in s.common:  # a rare term
                k = bucket.get(t)
                if k is None:
                    k = bucket[t] = bucket_of(t, buckets)
                pieces[k].setdefault(t, []).append((path, part, w))
    return pieces


Pair = tuple[str, str]
# Summed in any order, a pair's rare part of its cosine is within a few units in the last
# place of the local engine's sum (a few hundred terms at most): a pair this close under
# story_rare_floor is kept, and decided on the exact sum made beside both documents.
SUM_SLACK = 1e-9


@dataclass(frozen=True)
class Shares:
    """Pairs (earlier path, later path) with their rare terms' part of the cosine, summed
    in any order, and the partition of each document named."""

    shares: dict[Pair, float]
    part: dict[str, int]


def share_pieces(buckets: int, *pieces: dict[str, list[Posting]]) -> list[Shares]:
    """One bucket of terms: every pair of holders of a term and its share of their
    cosine, by bucket of the pair's later document."""
    postings: dict[str, list[Posting]] = {}
    for piece in pieces:  # in partition order, so each term's holders are in path order
        for t, held in piece.items():
            postings.setdefault(t, []).extend(held)
    out = [Shares({}, {}) for _ in range(buckets)]
    for held in postings.values():
        for j, (b, part_b, wb) in enumerate(held):
            target = out[bucket_of(b, buckets)]
            shares = target.shares
            target.part[b] = part_b
            for a, part_a, wa in held[:j]:
                shares[(a, b)] = shares.get((a, b), 0.0) + wa * wb
                target.part[a] = part_a
    return out


def pair_candidates(settings: Settings, *pieces: Shares) -> Shares:
    """One bucket of pairs: those whose rare terms' part of the cosine may reach
    ``story_rare_floor``."""
    shares: dict[Pair, float] = {}
    part: dict[str, int] = {}
    for piece in pieces:
        for pair, x in piece.shares.items():
            shares[pair] = shares.get(pair, 0.0) + x
        part.update(piece.part)
    floor = settings.story_rare_floor - SUM_SLACK
    kept = {pair: x for pair, x in shares.items() if x >= floor}
    return Shares(kept, {p: part[p] for pair in kept for p in pair})


def pair_requests(candidates: Shares, parts: int) -> list[frozenset[str]]:
    return requests(candidates.shares.keys(), candidates.part, parts)


def rare_part(a: Side, b: Side, places: Mapping[str, int]) -> float:
    """The rare terms' part of two documents' cosine, summed as the local engine sums it:
    term by term in the later document's vector order (``places``: its rare terms' places
    in it), from 0.0."""
    va, vb = a.vector, b.vector
    total = 0.0
    for t in sorted(places.keys() & va.keys(), key=places.__getitem__):
        total += va[t] * vb[t]
    return total


def rare_places(s: Side) -> dict[str, int]:
    """A document's rare terms (rare for one is rare for all) and their place in its
    vector."""
    return {t: i for i, t in enumerate(s.vector) if t not in s.common}


def weigh_pairs(
    settings: Settings, copies: Copies, candidates: Shares, *served: dict[str, Side]
) -> dict[Pair, float]:
    """One bucket of pairs weighed, as the local engine weighs them (by path pair)."""
    sides: dict[str, Side] = {}
    for s in served:
        sides.update(s)
    discounts = pair_discounts(copies.originals, settings)
    edges: dict[Pair, float] = {}
    places: dict[str, dict[str, int]] = {}
    for a, b in candidates.shares:
        sa, sb = sides[a], sides[b]
        if b not in places:
            places[b] = rare_places(sb)
        part = rare_part(sa, sb, places[b])
        if part < settings.story_rare_floor:
            continue
        similarity = weighed(part, sa, sb, discounts, settings)
        if similarity is not None:
            edges[(a, b)] = similarity
    return edges


@dataclass(frozen=True)
class Outline:
    """A story before its label and links: its id, its sources (in path order), its
    originals (in path order) and the edges between them (by their place in that list)."""

    id: str
    sources: tuple[str, ...]
    originals: tuple[str, ...]
    edges: Edges


@dataclass(frozen=True)
class Linked:
    """The stories' outlines (in id order), each source's story, and, for a corpus read as
    one story, the finished stories; ``also``: the other stories a source belongs to (a
    round-up's, see :class:`crosscheck.stories.Grouping`)."""

    outlines: tuple[Outline, ...]
    of: dict[str, str]
    done: tuple[Story, ...] = ()
    also: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def stories_of(self, path: str) -> tuple[str, ...]:
        """Every story the source at ``path`` belongs to, its own first."""
        return (self.of[path], *self.also.get(path, ()))


def link(settings: Settings, mode: str, copies: Copies, *parts: Mapping[Pair, float]) -> Linked:
    """Average linkage over the sparse edges of every bucket of pairs, as
    :func:`crosscheck.stories.find_stories` does it."""
    if mode == "docs" or settings.one_story:
        grouping = docs_story(copies.paths) if mode == "docs" else one_story(copies.paths)
        return Linked((), dict(grouping.of), grouping.stories)
    originals = [p for p in copies.paths if p not in copies.copies]
    index = {p: i for i, p in enumerate(originals)}
    edges: Edges = {}
    for part in parts:
        for (a, b), similarity in part.items():
            edges[(index[a], index[b])] = similarity
    edges = dict(sorted(edges.items()))
    threshold = merge_threshold(len(originals), settings)
    with collector_paused():
        members = _average_link(len(originals), edges, threshold)
    shared = shared_stories(members, edges, threshold, settings.story_roundup_link)
    stories, _ = story_members(members, originals, copies.copies, shared)
    outlines: list[Outline] = []
    for number, story in enumerate(stories, 1):
        group = story.group
        local = {i: k for k, i in enumerate(group)}
        inside = {
            (local[a], local[b]): s
            for a in group
            for b in group
            if a < b and (s := edges.get((a, b))) is not None
        }
        outlines.append(
            Outline(f"S{number}", tuple(story.paths), tuple(originals[i] for i in group), inside)
        )
    of, also = memberships(stories)
    return Linked(tuple(outlines), of, also=also)


def member_pieces(
    reads: Sequence[Read],
    vectors: Mapping[str, Vector],
    copies: Copies,
    linked: Linked,
    buckets: int,
) -> list[dict[str, tuple[Vector, tuple[int, ...]]]]:
    """A partition's originals' vectors and days, by bucket of each of their stories."""
    pieces: list[dict[str, tuple[Vector, tuple[int, ...]]]] = [{} for _ in range(buckets)]
    if linked.done:
        return pieces
    for r in reads:
        path = r.source.path
        if path in copies.copies:
            continue
        for story in linked.stories_of(path):
            pieces[bucket_of(story, buckets)][path] = (vectors[path], r.profile.days)
    return pieces


def names_part(reads: Sequence[Read]) -> frozenset[str]:
    """The names a partition's documents use (shown capitalised in labels)."""
    return frozenset(n for r in reads for n in r.profile.names)


def finish_stories(
    linked: Linked,
    copies: Copies,
    names: frozenset[str],
    bucket: int,
    buckets: int,
    *pieces: dict[str, tuple[Vector, tuple[int, ...]]],
) -> list[Story]:
    """The stories of one bucket, with their labels and links."""
    members: dict[str, tuple[Vector, tuple[int, ...]]] = {}
    for piece in pieces:
        members.update(piece)
    shown = {t: t.title() for t in sorted(names)}
    families: dict[str, list[str]] = {}
    for copy, original in copies.copies.items():
        families.setdefault(original, []).append(copy)
    out: list[Story] = []
    for o in linked.outlines:
        if bucket_of(o.id, buckets) != bucket:
            continue
        vectors = [members[p][0] for p in o.originals]
        days = [members[p][1] for p in o.originals]
        group = range(len(o.originals))
        out.append(
            Story(
                id=o.id,
                label=label(group, vectors, shown),
                sources=o.sources,
                links=links(
                    group, o.originals, vectors, days, shown, o.edges, copies.copies, families
                ),
            )
        )
    return out


# =========================================================================================
# the graph, built on the client
# =========================================================================================


@dataclass(frozen=True)
class Stories:
    """Futures of the stories phase: the copies, the stories' outline (each source's
    story), and each bucket's finished stories."""

    copies: Future[Copies]
    linked: Future[Linked]
    finished: list[Future[list[Story]]]


def submit(
    client: Client,
    reads: Sequence[Future[tuple[Read, ...]]],
    settings: Settings,
    mode: str,
    buckets: int,
    tasks: list[Future[Any]] | None = None,
) -> Stories:
    """Submit the stories phase over the read partitions ``reads`` (in path order); every
    task's future is added to ``tasks`` when given (to follow progress: whoever holds
    them keeps their results alive)."""

    def task(function: Callable[..., Any], *args: Any) -> Any:
        future = client.submit(function, *args)
        if tasks is not None:
            tasks.append(future)
        return future

    def shuffle(pieces: Sequence[Any], k: int) -> list[Any]:
        """Piece ``k`` of each of ``pieces``: what one bucket receives."""
        return [task(_item, piece, k) for piece in pieces]

    P, K = len(reads), buckets
    # 1. template lines
    lines = [task(line_pieces, r, K) for r in reads]
    templates = task(
        union, *[task(bucket_templates, settings, *shuffle(lines, k)) for k in range(K)]
    )
    counts = [task(count_part, r, templates) for r in reads]
    # 2. document frequencies and vectors
    held = [task(df_pieces, c, K) for c in counts]
    held_k = [[task(_item, h, k) for k in range(K)] for h in held]
    df = [task(add, *[held_k[p][k] for p in range(P)]) for k in range(K)]
    documents = task(_total, *counts)
    vectors = [
        task(
            vector_part, counts[p], *[task(_idf, df[k], held_k[p][k], documents) for k in range(K)]
        )
        for p in range(P)
    ]
    # 3. copies
    held_by = [task(shingle_pieces, reads[p], p, documents, K) for p in range(P)]
    shared = [task(shared_pieces, K, *shuffle(held_by, k)) for k in range(K)]
    sizes = task(_listed, *[task(smallest, r) for r in reads])
    confirmed = []
    for j in range(K):
        found = task(copy_candidates, settings, documents, sizes, *shuffle(shared, j))
        asked = task(_requests, found, P)
        served = [task(copy_data, reads[p], vectors[p], task(_item, asked, p)) for p in range(P)]
        confirmed.append(task(confirm_copies, settings, found, *served))
    paths = task(_listed, *[task(paths_of, r) for r in reads])
    copies = task(join_copies, paths, *confirmed)
    # 4. candidate pairs, weighed
    edges = []
    if mode != "docs" and not settings.one_story:  # else one story: no pairs to weigh
        left = task(left_out_copies, copies)
        own = [[task(_item, task(df_pieces, c, K, left), k) for k in range(K)] for c in counts]
        own_df = [task(add, *[own[p][k] for p in range(P)]) for k in range(K)]
        names_k = [task(name_pieces, r, copies, K) for r in reads]
        sides = [
            task(
                side_part,
                reads[p],
                vectors[p],
                copies,
                *[
                    task(rare_lookup, own_df[k], settings, own[p][k], task(_item, names_k[p], k))
                    for k in range(K)
                ],
            )
            for p in range(P)
        ]
        postings = [task(posting_pieces, sides[p], p, K) for p in range(P)]
        shares = [task(share_pieces, K, *shuffle(postings, k)) for k in range(K)]
        for j in range(K):
            found = task(pair_candidates, settings, *shuffle(shares, j))
            asked = task(pair_requests, found, P)
            edges.append(
                task(
                    weigh_pairs,
                    settings,
                    copies,
                    found,
                    *[task(serve, sides[p], task(_item, asked, p)) for p in range(P)],
                )
            )
    linked = task(link, settings, mode, copies, *edges)
    # 5. labels and links, by story
    names = task(union, *[task(names_part, r) for r in reads])
    members = [task(member_pieces, reads[p], vectors[p], copies, linked, K) for p in range(P)]
    finished = [
        task(finish_stories, linked, copies, names, k, K, *shuffle(members, k)) for k in range(K)
    ]
    return Stories(copies, linked, finished)


def _item(pieces: Sequence[T], k: int) -> T:
    return pieces[k]


def _total(*counts: Mapping[str, object]) -> int:
    return sum(len(c) for c in counts)


def _idf(df: Counter[str], wanted: Counter[str], documents: int) -> dict[str, float]:
    return idf_lookup(df, wanted.keys(), documents)


def _requests(candidates: Counts, parts: int) -> list[frozenset[str]]:
    return requests(candidates.counts.keys(), candidates.part, parts)


def _listed(*items: T) -> list[T]:
    return list(items)


def story_list(linked: Linked, *finished: Sequence[Story]) -> tuple[Story, ...]:
    """The corpus's stories, in id order, from each bucket's."""
    if linked.done:
        return linked.done
    by_id = {s.id: s for part in finished for s in part}
    return tuple(by_id[o.id] for o in linked.outlines)
