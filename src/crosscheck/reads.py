"""Sources read to their claims, the stage between ingest and the stories: one source
segmented and its quantities, claims, shingles and story profile read (``read_claims``);
a large source read in pieces by all the workers and joined; a corpus read through the
per-file cache and in worker processes (``read_all``).
"""

from __future__ import annotations

import multiprocessing
from array import array
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from functools import partial
from multiprocessing.synchronize import Event
from typing import cast

from crosscheck.actors import known_names
from crosscheck.age_holders import as_members
from crosscheck.agencies import with_agencies
from crosscheck.aspects import with_aspects
from crosscheck.awards import with_awards
from crosscheck.bases import with_bases
from crosscheck.cache import Cache, Sharing, decode_entry, encode_entry
from crosscheck.captions import with_captions
from crosscheck.claims import make_claims
from crosscheck.copies import shingles
from crosscheck.datelines import published_line
from crosscheck.dates import read_dates
from crosscheck.dating import anchor_days, own_day
from crosscheck.deal_values import with_deal_values
from crosscheck.doc_entities import page_entity
from crosscheck.docs import lead_in_times, stamp_times
from crosscheck.fates import with_fates
from crosscheck.firm_holders import with_firm_holders
from crosscheck.gazetteer import source_places
from crosscheck.hospitals import taken_to_hospital, with_hospitals
from crosscheck.lengths import with_lengths
from crosscheck.live import with_power_counts
from crosscheck.markup import DOC_SUFFIXES
from crosscheck.mentions import REVISED, one_per_source, shared_surnames
from crosscheck.models import Claim, Quantity, QuantityKind, Sentence, Source
from crosscheck.moments import read_weekdays
from crosscheck.named_measures import with_named_measures
from crosscheck.performers import with_performers
from crosscheck.periods import LEAD_CHARS
from crosscheck.personnel import with_actions
from crosscheck.quantities import read_quantities
from crosscheck.referents import described_as_named
from crosscheck.repeats import with_objects
from crosscheck.report_periods import with_report_periods, with_story_quarter
from crosscheck.results import with_results
from crosscheck.sectors import with_sectors
from crosscheck.segment import split_sentences, text_blocks
from crosscheck.settings import Settings
from crosscheck.stories import Profile, dated, profile
from crosscheck.tables import flattened_row, outside_tables, table_claims
from crosscheck.vehicles import with_vehicles
from crosscheck.workers import (
    SENTENCES_PER_LOOK,
    interrupts_held,
    start_worker,
    stop_if_stopped,
    stopped_at_the_end,
    unless_stopped,
)

# Sources read from documentation markup: their claims get a time and qualifier.
MARKUP_FORMATS = frozenset(DOC_SUFFIXES.values())


@dataclass(frozen=True)
class Read:
    """One source read through to its claims."""

    source: Source
    sentences: int  # how many: only the claims are kept, to hold big corpora in memory
    claims: tuple[Claim, ...]
    shingles: Collection[int]  # packed (see ``packed``), for copy detection
    profile: Profile  # what the stories stage groups it by


# The dates a source states: text, earliest and latest ISO day (for its story profile).
Days = list[tuple[str, str, str]]


def read_claims(source: Source, shingle_words: int = Settings().shingle_words) -> Read:
    """Segment a source, read the claims of every sentence, and shingle its own text (for
    copy detection): everything done per file, so it can run in a worker or be cached."""
    names = known_names(source.text)
    sentences, claims, days = read_piece(source, names)
    return Read(
        source,
        sentences,
        _settled(claims, _kept_text(source)),
        packed(shingles(_kept_text(source), shingle_words)),
        profile(source, names, days),
    )


def packed(hashes: Collection[int]) -> array[int]:
    """Shingle hashes as a sorted array of 64-bit ints, as the main process keeps them
    for copy detection: 8 bytes each, where a set takes about 60 (issue 19's memory).
    Sorted, so that one source's array is the same whichever process made it."""
    return array("q", sorted(hashes))


def read_piece(
    source: Source,
    names: frozenset[str],
    within: tuple[int, int] | None = None,
    blocks: Sequence[tuple[int, int]] | None = None,
) -> tuple[int, tuple[Claim, ...], Days]:
    """How many sentences, which claims and which dates ``source`` holds: all of them, or
    those of the paragraphs that begin ``within`` (start, end), numbered from 0 there.
    ``names`` are the source's own (``known_names`` of its whole text). A source with
    tables is read whole (see ``read_all``): its tables' rows are claims after its
    sentences. ``blocks``: the source's ``text_blocks``, found once for all its pieces."""
    sentences = split_sentences(source, within, blocks)
    if source.tables:
        sentences = outside_tables(sentences, source.tables)
    claims: list[Claim] = []
    year = int(source.published[:4]) if source.published else source.year
    days: Days = []
    markup = source.format in MARKUP_FORMATS
    opening = " ".join(source.text[a:b] for a, b in source.keep[:3])
    day = own_day(opening, source.published, source.path)
    lead_ins: dict[int, str] | None = None  # the times of lists' lead-ins, read once
    for n, sentence in enumerate(sentences):
        if n % SENTENCES_PER_LOOK == 0:
            stop_if_stopped()  # Ctrl-C: a worker leaves a large source's piece
        if published_line(sentence.text) is not None:
            continue  # the date line of the source itself, not a claim
        quantities = read_sentence(
            sentence, source.text, default_year=year, reference_day=source.published
        )
        days.extend(
            (q.text, q.date.earliest, q.date.latest) for q in quantities if q.date is not None
        )
        if flattened_row(source.text[sentence.start : sentence.end], quantities, sentence.start):
            continue  # a table row as a line: which column each figure is in is lost
        made = make_claims(sentence, quantities, source.text, reference_year=year, names=names)
        made = anchor_days(made, source.text, source.published, source.path, day)
        made = with_named_measures(made)  # "revenue of $86.1Bn grew 13%", "Revenue: $86.31 billion"
        made = with_aspects(made)  # seasons, limits, initial fees, sizes, lines of results
        made = with_results(made)  # analysts' expectations beside reported results
        made = with_report_periods(made)  # 'its Q4 2023 earnings report': no date of a launch
        made = with_story_quarter(made, source.text[:LEAD_CHARS])  # 'for the quarter': the story's
        made = with_awards(made)  # damages by kind, sums sought, legal caps
        made = with_power_counts(made)  # customers without power, customers restored
        made = with_bases(made)  # a premium over the last close, an average, the undisturbed
        made = with_deal_values(made)  # a market value, an equity value, a value with debt
        made = with_firm_holders(made)  # 'Hulu reported 48.5 million subscribers': Hulu's
        made = with_performers(made)  # a player's points, a defendant's prison term
        made = with_vehicles(made)  # the people aboard a jet, a helicopter, or both
        made = with_lengths(made)  # "a 79-foot boat": the boat's length, not its people
        made = with_agencies(made)  # a quake's depth by the USGS, by Japan's agency
        made = with_actions(made)  # staff who resigned, were fired, were placed on leave
        made = with_objects(made)  # "won the Ballon d'Or five times": times of what
        made = with_sectors(made)  # an industry's jobs, a part of the economy's
        made = with_captions(made)  # the day a picture was taken, no date of the event
        made = with_hospitals(made)  # each hospital's own patients
        made = taken_to_hospital(made)  # "All six were taken to Stanford Hospital"
        made = with_fates(made)  # "The dead were identified as two students"; a school's roll
        if markup and lead_ins is None:
            lead_ins = lead_in_times(source)
        claims.extend(stamp_times(made, source.text, lead_ins) if markup else made)
    if source.tables and within is None:
        entity = page_entity(source)
        first = sentences[-1].index + 1 if sentences else 0
        claims.extend(table_claims(source, first, default_year=year, entity=entity))
    return len(sentences), tuple(claims), days


def _settled(
    claims: Sequence[Claim], text: str, surnames: frozenset[str] | None = None
) -> tuple[Claim, ...]:
    """A source's claims with the ages of people it shows to be more than one person (two
    hurt girls, a surname of two relatives) given to nobody (see ``one_per_source``).
    ``surnames``: the ``shared_surnames`` of ``text``, when already found (a worker finds
    a large source's beside its pieces)."""
    claims = described_as_named(claims)  # "a 9-year-old boy" who is Tyshawn Lee, 9
    ages = [
        (c.actor, c.quantity.value) if c.quantity.kind is QuantityKind.AGE else (None, None)
        for c in claims
    ]
    if not any(holder for holder, _ in ages):
        surnames = frozenset()
    elif surnames is None:
        surnames = shared_surnames(text)
    old = frozenset(
        c.quantity.value
        for c in claims
        if c.quantity.kind is QuantityKind.AGE and REVISED.search(c.sentence.text)
    )
    # a hurt man of several is a member of the hurt men (age_holders.py)
    holders = as_members([holder for holder, _ in ages], one_per_source(ages, surnames, old))
    if any(h is not None and " " not in h for h in holders):
        # "the 17-year-old" after "... in Auburn": a town the source places things in
        places = source_places(text)
        holders = [None if h is not None and h in places else h for h in holders]
    values: dict[str, set[float | None]] = {}
    for holder, (_, value) in zip(holders, ages, strict=True):
        if holder is not None:
            values.setdefault(holder, set()).add(value)
    settled: list[Claim] = []
    for c, holder in zip(claims, holders, strict=True):
        if c.quantity.kind is not QuantityKind.AGE:
            settled.append(c)
            continue
        update: dict[str, object] = {}
        if holder != c.actor:
            update["actor"] = holder
        if holder is not None and c.quantity.value in old and len(values[holder]) > 1:
            # the corrected age: the source's own earlier figure, not its current one
            update["qualifiers"] = tuple(sorted({*c.qualifiers, "previous"}))
        settled.append(c.model_copy(update=update) if update else c)
    return tuple(settled)


def _read_encoded(source: Source, key: str, shingle_words: int) -> bytes:
    """In a worker: read one source and send back its cache entry (under ``key``).
    The entry's JSON is several times faster to build and to read back than a pickle of
    the same records, and the main process writes it to the cache as it is."""
    read = read_claims(source, shingle_words)
    return encode_entry(key, source.path, read.sentences, read.claims, read.shingles, read.profile)


# A source this long is read in pieces by all the workers, not whole by one: one 2 MB
# file of short news items took 35 s on one core of two (issue 19).
LARGE_SOURCE_CHARS = 1_000_000
# Pieces are at least this long, cut at paragraph boundaries: each far costlier than its
# round trip (about 1 s of reading) ...
PIECE_CHARS = 250_000
# ... and a source is cut into at most this many pieces per worker: enough for the workers
# to finish together, few enough that each piece's pass over the whole text (for its wrap
# width and paragraphs) stays small. With 250 KB pieces a 15 MB file had 60, and those
# passes cost more CPU than reading it.
PIECES_PER_WORKER = 4


def piece_bounds(text: str, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """``text`` cut into (start, end) pieces of about ``size`` characters, each cut just
    after a blank line (a paragraph boundary) when there is one.

    >>> piece_bounds("a b\\n\\nc d\\n\\ne f", 3)
    [(0, 5), (5, 10), (10, 13)]
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        blank = text.find("\n\n", start + size)
        end = len(text) if blank == -1 or start + size >= len(text) else blank + 2
        bounds.append((start, end))
        start = end
    return bounds


# In a worker: the large sources it reads pieces of, set once when the worker starts
# (inherited, not sent with every job).
_large_sources: dict[str, Source] = {}


def _start_worker(large: dict[str, Source], stop: Event) -> None:
    start_worker(stop)
    _large_sources.update(large)


# A worker's job: a whole source (and its cache key); or, for a large one (by its path),
# its shingles, its ``shared_surnames``, its profile before its dates (``stories.dated``,
# given its names) or a piece (its bounds, the source's names and the piece's blocks).
_Piece = tuple[tuple[int, int], frozenset[str], tuple[tuple[int, int], ...]]
_Job = tuple[str, Source | str, object]


def _work(job: _Job, shingle_words: int) -> object:
    """In a worker: do one job (see ``_Job``)."""
    kind, what, detail = job
    if kind == "whole":
        assert isinstance(what, Source) and isinstance(detail, str)
        return _read_encoded(what, detail, shingle_words)
    assert isinstance(what, str)
    source = _large_sources[what]
    if kind == "piece":
        bounds, names, blocks = cast(_Piece, detail)
        sentences, claims, days = read_piece(source, names, bounds, blocks)
        # sent as a cache entry: faster to send and to read back than a pickle
        return sentences, encode_entry("", what, sentences, claims, (), _NO_PROFILE), days
    if kind == "profile":
        return profile(source, cast(frozenset[str], detail), ())  # dated once read
    if kind == "surnames":
        return shared_surnames(_kept_text(source))
    return packed(shingles(_kept_text(source), shingle_words))  # sorted here, sent as bytes


# What a piece's cache entry holds for its profile (the source's is built apart).
_NO_PROFILE = Profile((), ())


def _joined(
    source: Source,
    pieces: Sequence[tuple[int, bytes, Days]],
    kept_shingles: array[int],
    undated: Profile,
    surnames: frozenset[str],
    sharing: Sharing,
) -> Read:
    """A large source's Read from its pieces (their claims encoded, their sentences
    numbered from 0), in order: the same as read whole."""
    count = 0
    claims: list[Claim] = []
    days: Days = []
    for sentences, data, piece_days in pieces:
        decoded = decode_entry(data, "", sharing, offset=count)
        assert decoded is not None  # this code's own entry
        claims.extend(decoded[1])
        days.extend(piece_days)
        count += sentences
    return Read(
        source,
        count,
        _settled(claims, _kept_text(source), surnames),
        kept_shingles,
        dated(undated, source, days),
    )


def read_sentence(
    sentence: Sentence,
    text: str,
    *,
    default_year: int | None = None,
    reference_day: str | None = None,
) -> tuple[Quantity, ...]:
    """Amounts, ages, times and dates of one sentence, in reading order. A figure inside a
    date ("2024-03-04", "10/23/24") belongs to the date, not to an amount."""
    dates = (
        *read_dates(sentence, text, default_year=default_year, reference_day=reference_day),
        *read_weekdays(sentence, text),
    )
    amounts = [
        q
        for q in read_quantities(sentence, text)
        if not any(q.start < d.end and d.start < q.end for d in dates)
    ]
    return tuple(sorted((*amounts, *dates), key=lambda q: (q.start, q.end)))


Progress = Callable[[int, int], None]


# Worker processes pay for themselves only past a few sources: starting one costs about
# as much as reading ten articles.
MIN_SOURCES_PER_WORKER = 8
# Sources go to the workers in this many batches each: a batch costs one round trip, and
# when the last batch is running the other workers may be idle, so batches should be
# small (at 3,000 sources and 2 workers, 46 sources or about 0.2 s each).
CHUNKS_PER_WORKER = 32


def read_all(
    sources: Sequence[Source],
    *,
    shingle_words: int = Settings().shingle_words,
    jobs: int = 1,
    cache: Cache | None = None,
    progress: Progress | None = None,
) -> list[Read]:
    """Every source read to its claims, in order: from the cache, else in ``jobs`` workers."""
    done: dict[int, Read] = {}
    todo: list[int] = []
    for i, source in enumerate(sources):
        hit = cache.get(source) if cache is not None else None
        if hit is None:
            todo.append(i)
        else:
            done[i] = Read(source, *hit)
    total = len(sources)
    if progress is not None and done:
        progress(len(done), total)
    large = (
        [i for i in todo if len(sources[i].text) >= LARGE_SOURCE_CHARS and not sources[i].tables]
        if jobs > 1
        else []
    )
    workers = jobs if large else min(jobs, len(todo) // MIN_SOURCES_PER_WORKER)
    fresh: Iterator[Read]
    end: AbstractContextManager[None]
    if workers > 1:
        stop = multiprocessing.Event()
        fresh, pool = _read_in_workers(sources, todo, large, workers, shingle_words, cache, stop)
        end = stopped_at_the_end(pool, stop)
    else:
        fresh = (_read_and_store(sources[i], shingle_words, cache) for i in todo)
        end = nullcontext()
    with end:
        for i, read in zip(todo, fresh, strict=True):
            done[i] = read
            if progress is not None:
                progress(len(done), total)
    return [done[i] for i in range(total)]


def read_cached(source: Source, shingle_words: int, cache: Cache | None) -> Read:
    """One source read to its claims: from ``cache`` when it holds it, else read and
    stored there. What each engine runs per document."""
    hit = cache.get(source) if cache is not None else None
    return Read(source, *hit) if hit is not None else _read_and_store(source, shingle_words, cache)


def _read_in_workers(
    sources: Sequence[Source],
    todo: Sequence[int],
    large: Collection[int],
    workers: int,
    shingle_words: int,
    cache: Cache | None,
    stop: Event,
) -> tuple[Iterator[Read], ProcessPoolExecutor]:
    """The Reads of ``sources[i]`` for each ``i`` of ``todo``, in order, read by
    ``workers`` processes (the pool returned, to be shut down; ``stop`` set when they are
    to skip what they have not begun); the ``large`` ones in pieces across all of them.

    A large source's shingles and shared surnames need nothing else: the workers start
    on them while this process finds its names and blocks (``known_names``,
    ``text_blocks``, a few seconds for 15 MB), which its profile and its pieces need."""
    keys = {i: cache.key(sources[i]) if cache is not None else "" for i in todo}
    sharing = cache.sharing if cache is not None else Sharing()
    pool = ProcessPoolExecutor(
        max_workers=workers,
        initializer=_start_worker,
        initargs=({sources[i].path: sources[i] for i in large}, stop),
    )
    job = partial(unless_stopped, partial(_work, shingle_words=shingle_words))
    first: dict[int, tuple[Future[object], Future[object]]] = {}
    whole: list[_Job] = [("whole", sources[i], keys[i]) for i in todo if i not in large]
    chunk = max(1, len(whole) // (workers * CHUNKS_PER_WORKER))
    with interrupts_held():  # the workers start here, and ignore Ctrl-C from the start
        for i in large:
            path = sources[i].path
            first[i] = (
                pool.submit(job, ("shingles", path, None)),
                pool.submit(job, ("surnames", path, None)),
            )
        results = pool.map(job, whole, chunksize=chunk)

    def reads() -> Iterator[Read]:
        # Here, not before: the caller reads this with the pool's stop in place (Ctrl-C).
        then = {i: _submit_pieces(pool, job, sources[i], workers) for i in large}
        for i in todo:
            source = sources[i]
            if i not in first:
                # Workers send back what they read, not the source they were sent.
                data = next(results)
                assert isinstance(data, bytes)
                yield _from_worker(source, keys[i], data, shingle_words, cache, sharing)
                continue
            kept_shingles, surnames = (f.result() for f in first[i])
            undated, *pieces = (f.result() for f in then[i])
            read = _joined(
                source,
                cast(list[tuple[int, bytes, Days]], pieces),
                cast("array[int]", kept_shingles),
                cast(Profile, undated),
                cast(frozenset[str], surnames),
                sharing,
            )
            if cache is not None:
                cache.put(source, read.sentences, read.claims, read.shingles, read.profile)
            yield read

    return reads(), pool


def _submit_pieces(
    pool: ProcessPoolExecutor, job: Callable[[_Job], object], source: Source, workers: int
) -> list[Future[object]]:
    """A large source's profile and pieces given to ``pool``, once its names and blocks
    are found here (once for all its pieces: each piece finding them again made 8 passes
    over a 15 MB text); each piece is sent only its own blocks."""
    names = known_names(source.text)
    blocks = text_blocks(source)
    starts = [start for start, _ in blocks]
    size = max(PIECE_CHARS, -(-len(source.text) // (workers * PIECES_PER_WORKER)))
    futures = [pool.submit(job, ("profile", source.path, names))]
    for bounds in piece_bounds(source.text, size):
        mine = tuple(blocks[bisect_left(starts, bounds[0]) : bisect_left(starts, bounds[1])])
        futures.append(pool.submit(job, ("piece", source.path, (bounds, names, mine))))
    return futures


def _read_and_store(source: Source, shingle_words: int, cache: Cache | None) -> Read:
    read = read_claims(source, shingle_words)
    if cache is not None:
        cache.put(source, read.sentences, read.claims, read.shingles, read.profile)
    return read


def _from_worker(
    source: Source,
    key: str,
    data: bytes,
    shingle_words: int,
    cache: Cache | None,
    sharing: Sharing,
) -> Read:
    """A worker's encoded result as a Read, stored in the cache as it came; its records
    share their equal parts with the others decoded with ``sharing``."""
    parts = decode_entry(data, key, sharing)
    if parts is None:  # cannot happen with entries this code wrote; read it here then
        return _read_and_store(source, shingle_words, cache)
    if cache is not None:
        cache.put_encoded(source, data)
    return Read(source, *parts)


def _kept_text(source: Source) -> str:
    return "\n".join(source.text[start:end] for start, end in source.keep)
