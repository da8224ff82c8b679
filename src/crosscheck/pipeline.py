"""Compose the stages: paths -> sources -> sentences -> claims -> groups -> findings -> Report.

Only ``ingest`` touches the file system; everything after it is pure.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
from array import array
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, replace
from functools import partial
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import BinaryIO, cast

from crosscheck.actors import known_names
from crosscheck.align import align, template_frames
from crosscheck.aspects import with_aspects
from crosscheck.background import earlier_months
from crosscheck.cache import Cache, Sharing, decode_entry, encode_entry
from crosscheck.claims import make_claims
from crosscheck.compare import claim_out, compare
from crosscheck.copies import find_copies_by_shingles, independent_count, shingles
from crosscheck.corroboration import agreeing_pairs, corroborating, unshown_pairs
from crosscheck.datelines import published_line
from crosscheck.dates import read_dates
from crosscheck.doc_entities import EntityIndex, page_entity
from crosscheck.docs import align_entities, assign_entities, corpus_mode, entity_of, stamp_times
from crosscheck.errors import InputError, NothingToCheckError
from crosscheck.fetch import Fetcher
from crosscheck.holders import as_members
from crosscheck.identities import named_across
from crosscheck.incidents import earlier_days
from crosscheck.ingest import read_sources
from crosscheck.markup import DOC_SUFFIXES
from crosscheck.mentions import REVISED, one_per_source, shared_surnames
from crosscheck.models import (
    Claim,
    ClaimList,
    Finding,
    Kind,
    Quantity,
    QuantityKind,
    Report,
    Sentence,
    Severity,
    SkippedFile,
    Source,
    SourceOut,
    Story,
    StoryList,
    Summary,
)
from crosscheck.moments import read_weekdays
from crosscheck.quantities import read_quantities
from crosscheck.referents import described_as_named
from crosscheck.scope import anchor_days, own_day, revisions
from crosscheck.segment import Locator, split_sentences
from crosscheck.series import issues_apart
from crosscheck.settings import FailOn, Settings
from crosscheck.stories import (
    Grouping,
    Profile,
    Space,
    build_space,
    find_stories,
    one_story,
    profile,
)
from crosscheck.tables import flattened_row, outside_tables, table_claims
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
_KIND_ORDER = {Kind.CONFLICT: 0, Kind.COMPATIBLE: 1, Kind.AGREEMENT: 2}
_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2, "none": 3}


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
    source: Source, names: frozenset[str], within: tuple[int, int] | None = None
) -> tuple[int, tuple[Claim, ...], Days]:
    """How many sentences, which claims and which dates ``source`` holds: all of them, or
    those of the paragraphs that begin ``within`` (start, end), numbered from 0 there.
    ``names`` are the source's own (``known_names`` of its whole text). A source with
    tables is read whole (see ``read_all``): its tables' rows are claims after its
    sentences."""
    sentences = split_sentences(source, within)
    if source.tables:
        sentences = outside_tables(sentences, source.tables)
    claims: list[Claim] = []
    year = int(source.published[:4]) if source.published else source.year
    days: Days = []
    markup = source.format in MARKUP_FORMATS
    opening = " ".join(source.text[a:b] for a, b in source.keep[:3])
    day = own_day(opening, source.published, source.path)
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
        made = with_aspects(made)  # seasons, limits, initial fees, sizes, lines of results
        claims.extend(stamp_times(made, source.text) if markup else made)
    if source.tables and within is None:
        entity = page_entity(source)
        first = sentences[-1].index + 1 if sentences else 0
        claims.extend(table_claims(source, first, default_year=year, entity=entity))
    return len(sentences), tuple(claims), days


def _settled(claims: Sequence[Claim], text: str) -> tuple[Claim, ...]:
    """A source's claims with the ages of people it shows to be more than one person (two
    hurt girls, a surname of two relatives) given to nobody (see ``one_per_source``)."""
    claims = described_as_named(claims)  # "a 9-year-old boy" who is Tyshawn Lee, 9
    ages = [
        (c.actor, c.quantity.value) if c.quantity.kind is QuantityKind.AGE else (None, None)
        for c in claims
    ]
    surnames = shared_surnames(text) if any(holder for holder, _ in ages) else frozenset()
    old = frozenset(
        c.quantity.value
        for c in claims
        if c.quantity.kind is QuantityKind.AGE and REVISED.search(c.sentence.text)
    )
    # a hurt man of several is a member of the hurt men (holders.py)
    holders = as_members([holder for holder, _ in ages], one_per_source(ages, surnames, old))
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


# In a worker: the large sources it reads pieces of, with their names, set once when the
# worker starts (inherited, not sent with every piece).
_large_sources: dict[str, tuple[Source, frozenset[str]]] = {}


def _start_worker(large: dict[str, tuple[Source, frozenset[str]]], stop: Event) -> None:
    start_worker(stop)
    _large_sources.update(large)


# A worker's job: a whole source (and its cache key), a piece of a large one, or a large
# one's shingles.
_Job = tuple[str, Source | str, str | tuple[int, int]]


def _work(job: _Job, shingle_words: int) -> object:
    """In a worker: do one job (see ``_Job``)."""
    kind, what, detail = job
    if kind == "whole":
        assert isinstance(what, Source) and isinstance(detail, str)
        return _read_encoded(what, detail, shingle_words)
    assert isinstance(what, str)
    source, names = _large_sources[what]
    if kind == "piece":
        assert isinstance(detail, tuple)
        return read_piece(source, names, detail)
    return shingles(_kept_text(source), shingle_words)


def _joined(
    source: Source,
    names: frozenset[str],
    pieces: Sequence[tuple[int, tuple[Claim, ...], Days]],
    kept_shingles: Collection[int],
) -> Read:
    """A large source's Read from its pieces, in order: the same as read whole."""
    count = 0
    claims: list[Claim] = []
    days: Days = []
    for sentences, piece_claims, piece_days in pieces:
        claims.extend(_renumbered(piece_claims, count))
        days.extend(piece_days)
        count += sentences
    return Read(
        source,
        count,
        _settled(claims, _kept_text(source)),
        packed(kept_shingles),
        profile(source, names, days),
    )


def _renumbered(claims: Sequence[Claim], offset: int) -> Sequence[Claim]:
    """``claims`` with their sentences' indexes moved by ``offset`` (claims of a sentence
    still share one record)."""
    if not offset:
        return claims
    moved: dict[int, Sentence] = {}
    out = []
    for claim in claims:
        sentence = moved.get(claim.sentence.index)
        if sentence is None:
            sentence = claim.sentence.model_copy(update={"index": claim.sentence.index + offset})
            moved[claim.sentence.index] = sentence
        out.append(claim.model_copy(update={"sentence": sentence}))
    return out


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


def check(
    paths: Sequence[str],
    settings: Settings | None = None,
    *,
    stdin: BinaryIO | None = None,
    stdin_name: str = "-",
    progress: Progress | None = None,
    jobs: int = 1,
    cache: Cache | None = None,
    fetcher: Fetcher | None = None,
) -> Report:
    """Read ``paths`` and cross-check every numeric claim they make.

    ``jobs`` worker processes read the sources (segment, quantities, claims); ``cache``
    keeps per-file results between runs; ``progress(done, total)`` is called as sources
    are read, for a progress bar; ``fetcher`` fetches URL sources.
    """
    with collector_paused():
        settings = settings or Settings()
        sources, skipped = _corpus(paths, settings, stdin, stdin_name, fetcher, jobs=jobs)
        cached = cache.get_report(sources, skipped) if cache is not None else None
        if cached is not None:
            return cached  # the same sources and skipped files, read by the same code
        # The Reads go to build_report only, which drops what it no longer needs of them.
        report = build_report(
            read_all(
                sources,
                shingle_words=settings.shingle_words,
                jobs=jobs,
                cache=cache,
                progress=progress,
            ),
            skipped,
            settings,
            cache=cache,
        )
        if cache is not None:
            cache.put_report(sources, skipped, report)
        return report


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused for the length of a run, then restored as it was.

    A run builds hundreds of thousands of records that live until it ends, and every
    full collection walks all of them: at 3,000 docs the main process spent 2.2-2.9 s of
    its 4.0-4.2 s of CPU in 1,222 collections. The records hold no reference cycles (a
    run on 3,000 docs leaves none to collect), so reference counting frees all garbage.
    Worker processes, forked during the run, inherit the pause.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _corpus(
    paths: Sequence[str],
    settings: Settings,
    stdin: BinaryIO | None,
    stdin_name: str,
    fetcher: Fetcher | None = None,
    *,
    jobs: int = 1,
) -> tuple[tuple[Source, ...], tuple[SkippedFile, ...]]:
    """The sources to read (each with its year for year-less dates) and the files skipped;
    an error when nothing is left to check."""
    sources, skipped = read_sources(
        paths, settings, stdin=stdin, stdin_name=stdin_name, fetcher=fetcher, jobs=jobs
    )
    if not sources:
        raise NothingToCheckError(nothing_message(skipped))
    return with_years(sources), tuple(skipped)


def with_years(sources: Sequence[Source]) -> tuple[Source, ...]:
    """Each source with the year its year-less dates belong to: its own publication year,
    else the one most sources of the corpus were published in (the latest on a tie), so
    that a wire story's 'the levee burst on October 11' meets another outlet's 'October 12,
    2026'. With no publication date anywhere, such dates stay unread."""
    common = common_year(Counter(int(s.published[:4]) for s in sources if s.published))
    return tuple(with_year(s, common) for s in sources)


def common_year(years: Counter[int]) -> int | None:
    """The year most sources were published in (the latest on a tie), from a count of
    publication years; None when no source states one."""
    return max(years, key=lambda y: (years[y], y)) if years else None


def with_year(source: Source, year: int | None) -> Source:
    """``source`` with ``year`` for its year-less dates, unless it has a publication date."""
    if source.published or year is None:
        return source
    return source.model_copy(update={"year": year})


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
    to skip what they have not begun); the ``large`` ones in pieces across all of them."""
    names = {i: known_names(sources[i].text) for i in large}
    shared = {sources[i].path: (sources[i], names[i]) for i in large}
    keys = {i: cache.key(sources[i]) if cache is not None else "" for i in todo}
    work: list[_Job] = []
    owners: list[int] = []
    for i in todo:
        if i in names:
            path = sources[i].path
            size = max(PIECE_CHARS, -(-len(sources[i].text) // (workers * PIECES_PER_WORKER)))
            pieces = piece_bounds(sources[i].text, size)
            work += [("piece", path, bounds) for bounds in pieces]
            work.append(("shingles", path, ""))  # its last job: the source is complete
            owners += [i] * (len(pieces) + 1)
        else:
            work.append(("whole", sources[i], keys[i]))
            owners.append(i)
    sharing = cache.sharing if cache is not None else Sharing()
    pool = ProcessPoolExecutor(
        max_workers=workers, initializer=_start_worker, initargs=(shared, stop)
    )
    chunk = max(1, len(work) // (workers * CHUNKS_PER_WORKER))
    job = partial(unless_stopped, partial(_work, shingle_words=shingle_words))
    with interrupts_held():  # the workers start here, and ignore Ctrl-C from the start
        results = pool.map(job, work, chunksize=chunk)

    def reads() -> Iterator[Read]:
        pieces: list[tuple[int, tuple[Claim, ...], Days]] = []
        for i, (kind, _, _), result in zip(owners, work, results, strict=True):
            source = sources[i]
            if kind == "whole":
                # Workers send back what they read, not the source they were sent.
                assert isinstance(result, bytes)
                yield _from_worker(source, keys[i], result, shingle_words, cache, sharing)
            elif kind == "piece":
                pieces.append(cast(tuple[int, tuple[Claim, ...], Days], result))
            else:
                read = _joined(source, names[i], pieces, cast(frozenset[int], result))
                pieces = []
                if cache is not None:
                    cache.put(source, read.sentences, read.claims, read.shingles, read.profile)
                yield read

    return reads(), pool


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


_SEVERITY_RANK = {Severity.NONE: 0, Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3}


def exit_status(report: Report, settings: Settings) -> int:
    """1 when a finding fails the run under ``fail_on`` and ``fail_severity``, else 0."""
    if settings.fail_on is FailOn.NEVER:
        return 0
    kinds = (
        {Kind.CONFLICT}
        if settings.fail_on is FailOn.CONFLICT
        else {
            Kind.CONFLICT,
            Kind.COMPATIBLE,
        }
    )
    floor = _SEVERITY_RANK[settings.fail_severity]
    failing = (
        f for f in report.findings if f.kind in kinds and _SEVERITY_RANK[f.severity] >= floor
    )
    return 1 if any(failing) else 0


def focus(report: Report, paths: Collection[str]) -> Report:
    """Only the findings that involve one of ``paths`` (a source stating a figure in them).

    Paths match when they name the same file, however they are spelled.
    """
    wanted = {_same_file_key(p) for p in paths}
    kept = tuple(
        f for f in report.findings if any(_same_file_key(c.source) in wanted for c in f.claims)
    )
    return _with_findings(report, kept, unfocused=len(report.findings) - len(kept))


def _same_file_key(path: str) -> str:
    return path if path == "-" else os.path.realpath(path)


BASELINE_VERSION = 1


def read_baseline(path: Path) -> frozenset[str]:
    """The fingerprints of findings already accepted, from a baseline file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        ids = frozenset(str(entry["id"]) for entry in data["findings"])
    except FileNotFoundError:
        raise InputError(
            f"{path}: no such baseline; create it with --baseline {path} --update-baseline"
        ) from None
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise InputError(f"{path}: not a crosscheck baseline ({error})") from None
    return ids


def baseline_text(report: Report) -> str:
    """A baseline accepting every finding of ``report`` that is not an agreement: its
    content fingerprint, with the subject and values for a human reader."""
    entries = sorted(
        (
            {"id": f.id, "kind": f.kind.value, "subject": f.subject}
            | {"values": [side.value for side in f.sides]}
            for f in report.findings
            if f.kind is not Kind.AGREEMENT
        ),
        key=lambda e: (str(e["subject"]), str(e["id"])),
    )
    body = {"version": BASELINE_VERSION, "findings": entries}
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def suppress(report: Report, accepted: Collection[str]) -> Report:
    """The report without the findings a baseline accepts (matched by fingerprint)."""
    kept = tuple(f for f in report.findings if f.id not in accepted)
    return _with_findings(report, kept, suppressed=len(report.findings) - len(kept))


def _with_findings(
    report: Report, findings: tuple[Finding, ...], *, suppressed: int = 0, unfocused: int = 0
) -> Report:
    s = report.summary
    summary = s.model_copy(
        update={
            "conflicts": sum(f.kind is Kind.CONFLICT for f in findings),
            "compatible": sum(f.kind is Kind.COMPATIBLE for f in findings),
            "agreements": sum(f.kind is Kind.AGREEMENT for f in findings),
            "suppressed": s.suppressed + suppressed,
            "unfocused": s.unfocused + unfocused,
        }
    )
    return report.model_copy(update={"findings": findings, "summary": summary})


def list_claims(
    paths: Sequence[str],
    settings: Settings | None = None,
    *,
    stdin: BinaryIO | None = None,
    stdin_name: str = "-",
) -> ClaimList:
    """Every claim ``paths`` make, in source and reading order, without comparing them."""
    with collector_paused():
        settings = settings or Settings()
        sources, skipped = _corpus(paths, settings, stdin, stdin_name)
        reads = read_all(sources, shingle_words=settings.shingle_words)
        space = build_space({r.source.path: r.profile for r in reads}, settings)
        copies = find_corpus_copies(reads, settings, space=space)
        locators = {r.source.path: Locator(r.source) for r in reads}

        def locate(path: str, offset: int) -> tuple[int, int]:
            return locators[path](offset)

        claims = tuple(claim_out(c, copies, locate) for r in reads for c in r.claims)
        return ClaimList(claims=claims, skipped_files=tuple(skipped))


def list_stories(
    paths: Sequence[str],
    settings: Settings | None = None,
    *,
    stdin: BinaryIO | None = None,
    stdin_name: str = "-",
    progress: Progress | None = None,
    jobs: int = 1,
    cache: Cache | None = None,
) -> StoryList:
    """The stories ``paths`` are grouped into, with what joined each source, without
    comparing claims."""
    with collector_paused():
        settings = settings or Settings()
        sources, skipped = _corpus(paths, settings, stdin, stdin_name)
        reads = read_all(
            sources, shingle_words=settings.shingle_words, jobs=jobs, cache=cache, progress=progress
        )
        space = build_space({r.source.path: r.profile for r in reads}, settings)
        copies = find_corpus_copies(reads, settings, cache, space)
        grouping = group_stories(space, copies, settings)
        return StoryList(stories=grouping.stories, skipped_files=tuple(skipped))


def find_corpus_copies(
    reads: Sequence[Read],
    settings: Settings,
    cache: Cache | None = None,
    space: Space | None = None,
) -> dict[str, str]:
    """Which sources copy which, from the cache when the same sources were seen before.
    With the corpus's ``space``, two sources that share most n-grams are copies only if
    their own words (template lines left out) are alike too."""
    sources = [r.source for r in reads]
    cached = cache.get_copies(sources) if cache is not None else None
    if cached is not None:
        return cached
    copies = find_copies({r.source.path: r.shingles for r in reads}, settings, space)
    if cache is not None:
        cache.put_copies(sources, copies)
    return copies


def find_copies(
    shingles: Mapping[str, Collection[int]], settings: Settings, space: Space | None = None
) -> dict[str, str]:
    """Which sources copy which (path -> original), from each one's shingles (in path
    order) and, when given, the corpus's ``space`` to confirm them on their own words."""
    confirm = None
    if space is not None:
        floor = settings.copy_min_similarity

        def confirm(a: str, b: str) -> bool:
            similarity = space.similarity(a, b)
            return similarity is None or similarity >= floor

    return find_copies_by_shingles(shingles, settings, confirm)


def join_stories(
    profiles: Mapping[str, Profile], shingles: Mapping[str, Collection[int]], settings: Settings
) -> tuple[dict[str, str], Grouping]:
    """The corpus-wide phase between reading and comparing: the copies and the stories of
    every source, from what each one's reading left for it (``profiles`` and
    ``shingles``, both in path order). No claims and no texts are needed."""
    space = build_space(profiles, settings)
    copies = find_copies(shingles, settings, space)
    return copies, group_stories(space, copies, settings)


def build_report(
    reads: Sequence[Read],
    skipped: Sequence[SkippedFile],
    settings: Settings,
    *,
    cache: Cache | None = None,
) -> Report:
    """Group already-read sources into stories, then align and compare the claims of each
    story.

    The story profiles are dropped once the corpus's space is built from them, and the
    space once the stories are found: when the caller keeps no other reference to
    ``reads``, neither is held while claims are compared (issue 19's memory)."""
    space = build_space({r.source.path: r.profile for r in reads}, settings)
    reads = [_without_profile(r) for r in reads]
    copies = find_corpus_copies(reads, settings, cache, space)
    mode = corpus_mode([r.source for r in reads], settings.corpus)
    grouping = (
        docs_story([r.source.path for r in reads])
        if mode == "docs"
        else group_stories(space, copies, settings)
    )
    del space
    templates = template_frames([c for r in reads for c in r.claims], copies, settings)
    findings: list[Finding] = []
    if mode == "docs":
        for story_id, claims_of in _units(reads, grouping, mode):
            findings.extend(
                compare_story(story_id, reads, copies, templates, settings, mode, claims_of)
            )
    else:
        by_story: dict[str, list[Read]] = {story.id: [] for story in grouping.stories}
        for r in reads:
            by_story[grouping.of[r.source.path]].append(r)
        for story in grouping.stories:
            findings.extend(
                compare_story(
                    story.id,
                    by_story[story.id],
                    copies,
                    templates,
                    settings,
                    corroborate=corroborating(len(reads) - len(copies), settings),
                )
            )
    return assemble_report(
        [source_row(r, copies, grouping.of) for r in reads],
        grouping.stories,
        skipped,
        findings,
        independent_count([r.source.path for r in reads], copies),
        corpus=mode,
    )


# What a Read holds for its profile once the profile has served (see ``build_report``).
_NO_PROFILE = Profile((), ())


def _without_profile(read: Read) -> Read:
    return Read(read.source, read.sentences, read.claims, read.shingles, _NO_PROFILE)


def in_story_year(reads: Sequence[Read]) -> list[Read]:
    """``reads`` with each undated source read again in its story's year, when the story's
    dated sources were mostly published in another year than the corpus's: an undated page
    of a 2023 story in a folder of mostly 2019 stories dates "July 2" to 2023, as it does when
    its story is read alone. Both engines compare stories through :func:`compare_story`, so
    both do this; only the few undated sources of such stories are read twice."""
    year = common_year(Counter(int(r.source.published[:4]) for r in reads if r.source.published))
    if year is None:
        return list(reads)
    return [
        r
        if r.source.published or r.source.year in (None, year)
        else replace(r, claims=read_claims(with_year(r.source, year)).claims)
        for r in reads
    ]


def compare_story(
    story: str,
    reads: Sequence[Read],
    copies: Mapping[str, str],
    templates: frozenset[str],
    settings: Settings,
    mode: str = "news",
    claims_of: Sequence[Claim] | None = None,
    corroborate: bool = False,
) -> list[Finding]:
    """The findings of one story: its sources' claims aligned and compared. ``reads`` are
    the story's sources in path order; ``copies`` needs only theirs. In a docs corpus
    (``mode``), ``claims_of`` are the claims given an entity, aligned by it. With
    ``corroborate`` (a large undated corpus, see :mod:`crosscheck.corroboration`), two
    undated sources are compared only where they agree on some figure."""
    if claims_of is None and mode != "docs":
        reads = in_story_year(reads)
    claims = [c for r in reads for c in r.claims] if claims_of is None else list(claims_of)
    if len({copies.get(c.source, c.source) for c in claims}) < 2:
        return []  # a finding needs two independent sources: nothing to align (compare)
    locators = {r.source.path: Locator(r.source) for r in reads}

    def locate(path: str, offset: int) -> tuple[int, int]:
        return locators[path](offset)

    published = {r.source.path: r.source.published for r in reads}
    if mode != "docs":
        claims = named_across(earlier_months(earlier_days(claims, published), published))
    revised = revisions(claims)
    found: list[tuple[list[Claim], Finding]] = []
    for group in _aligned(claims, settings, templates, mode):
        finding = compare(
            group, copies, locate, settings, published, story, revised, pages=mode == "docs"
        )
        if finding is not None:
            found.append((group, finding))
    if corroborate and mode != "docs":
        agreeing = agreeing_pairs((f for _, f in found), copies)
        shown: list[tuple[list[Claim], Finding]] = []
        for group, finding in found:
            unshown = unshown_pairs(group, agreeing, copies, published)
            if finding.kind != "conflict" or not unshown:
                shown.append((group, finding))
                continue
            for part in issues_apart(group, unshown):
                again = compare(part, copies, locate, settings, published, story, revised)
                if again is not None:
                    shown.append((part, again))
        found = shown
    findings: list[Finding] = []
    for group, finding in found:
        if mode == "docs":
            finding = finding.model_copy(update={"entity": entity_of(group)})
        findings.append(finding)
    return findings


def source_row(read: Read, copies: Mapping[str, str], story_of: Mapping[str, str]) -> SourceOut:
    """The report's line for one source read."""
    r = read
    return SourceOut(
        path=r.source.path,
        sha256=r.source.sha256,
        format=r.source.format,
        encoding=r.source.encoding,
        sentences=r.sentences,
        claims=len(r.claims),
        duplicate_of=copies.get(r.source.path),
        story=story_of[r.source.path],
        skipped=r.source.skipped,
        warnings=r.source.warnings,
    )


def assemble_report(
    rows: Sequence[SourceOut],
    stories: tuple[Story, ...],
    skipped: Sequence[SkippedFile],
    findings: Sequence[Finding],
    independent_sources: int,
    corpus: str = "news",
) -> Report:
    """The report from its parts: a row for each source (in path order), the stories,
    the files skipped, and the findings of every story (sorted here)."""
    ordered = sorted(
        findings, key=lambda f: (_KIND_ORDER[f.kind], _SEVERITY_ORDER[f.severity], f.subject, f.id)
    )
    return Report(
        sources=tuple(rows),
        stories=stories,
        skipped_files=tuple(skipped),
        findings=tuple(ordered),
        summary=Summary(
            sources=len(rows),
            independent_sources=independent_sources,
            stories=len(stories),
            sentences=sum(r.sentences for r in rows),
            claims=sum(r.claims for r in rows),
            conflicts=sum(f.kind is Kind.CONFLICT for f in ordered),
            compatible=sum(f.kind is Kind.COMPATIBLE for f in ordered),
            agreements=sum(f.kind is Kind.AGREEMENT for f in ordered),
            skipped_files=len(skipped),
        ),
        corpus=corpus,
    )


def _aligned(
    claims: Sequence[Claim], settings: Settings, templates: frozenset[str], mode: str
) -> list[list[Claim]]:
    if mode != "docs":
        return align(claims, settings, templates)
    return align_entities(claims, settings.docs_context_overlap)


def docs_story(paths: Sequence[str]) -> Grouping:
    """A documentation tree is one story: its pages are compared by entity instead."""
    grouping = one_story(paths)
    story = grouping.stories[0].model_copy(update={"label": "documentation tree"})
    return Grouping((story,), grouping.of)


def _units(
    reads: Sequence[Read], grouping: Grouping, mode: str
) -> Iterator[tuple[str, list[Claim]]]:
    """What claims are aligned within, with its story's id: each story of a news corpus;
    for docs, the claims of each entity, found with the names of the whole corpus (claims
    about no one entity are not compared)."""
    if mode != "docs":
        by_story: dict[str, list[Claim]] = {story.id: [] for story in grouping.stories}
        for r in reads:
            by_story[grouping.of[r.source.path]].extend(r.claims)
        for story in grouping.stories:
            yield story.id, by_story[story.id]
        return
    index = EntityIndex.build(r.source for r in reads)
    claims: list[Claim] = []
    for r in reads:
        claims.extend(c for c in assign_entities(r.claims, r.source, index) if c.entity is not None)
    yield grouping.stories[0].id, claims


def group_stories(space: Space, copies: Mapping[str, str], settings: Settings) -> Grouping:
    """The sources' stories: one for all with ``settings.one_story``, else found."""
    if settings.one_story:
        return one_story(space.paths)
    return find_stories(space, copies, settings)


def _kept_text(source: Source) -> str:
    return "\n".join(source.text[start:end] for start, end in source.keep)


def nothing_message(skipped: Sequence[SkippedFile]) -> str:
    if not skipped:
        return "no sources to check: give files or folders of .txt, .md or .html"
    first = skipped[0]
    more = f" (and {len(skipped) - 1} more skipped)" if len(skipped) > 1 else ""
    return f"nothing could be read: {first.path}: {first.reason}{more}"
