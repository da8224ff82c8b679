"""The pipeline on a Dask cluster: the same three phases as the local engine, as tasks.

1. **Reading** (a map over partitions of documents): workers read each document where it
   is (a local path, or an fsspec URL such as ``s3://`` or ``gs://`` the workers can
   see), each with the corpus's common year, to its claims, shingles and story profile:
   :func:`crosscheck.reads.read_cached`, through the same per-file cache.
2. **Stories** (shuffles, :mod:`crosscheck.story_shuffle`): the documents' profiles stay
   on the workers; template lines, document frequencies and rare terms' postings go to
   the bucket of their key, candidate pairs to the bucket of the pair, and only the
   sparse edge list to one task, for average linkage. Copies are found the same way:
   shingles to the bucket of the shingle, shared counts to the bucket of the pair.
3. **Comparing** (a map over stories): each partition sends each of its documents to
   the bucket of its story (a shuffle, worker to worker); each bucket aligns and compares
   its stories, :func:`crosscheck.pipeline.compare_story`. A documentation corpus is
   compared in one task, as its entities' names are the whole corpus's.

Only the findings, the report's line for each source and the stories come back to the
client, which assembles the report as the local engine does: for any input, the two
engines' JSON reports are byte-identical. Every task is pure, so a result lost with a
worker is computed again from its inputs (Dask's lineage). Standard input and web pages
are read by the client, as locally, and sent with the first tasks.

``dask[distributed]`` is an optional dependency (the ``dask`` extra), and ``fsspec`` too
for URLs other than http(s); importing this module without them raises
:class:`DaskMissing`.
"""

from __future__ import annotations

import logging
import operator
import os
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any, BinaryIO

from crosscheck import story_shuffle
from crosscheck.cache import Cache
from crosscheck.corroboration import corroborating
from crosscheck.doc_entities import EntityIndex
from crosscheck.docs import assign_entities, is_doc_like
from crosscheck.errors import CrosscheckError, InputError, NothingToCheckError
from crosscheck.fetch import Fetcher, is_url
from crosscheck.ingest import Entry, left_out, load_source, plan_sources, read_entry
from crosscheck.models import Claim, Finding, Report, SkippedFile, Source, SourceOut
from crosscheck.pipeline import (
    assemble_report,
    collector_paused,
    common_year,
    compare_story,
    nothing_message,
    source_row,
    with_year,
)
from crosscheck.reads import Progress, Read, read_cached
from crosscheck.settings import Settings
from crosscheck.story_shuffle import Copies, Linked, story_list

if TYPE_CHECKING:
    from distributed import Client, Future

INSTALL_HINT = "pip install 'crosscheck-claims[dask]'"


class DaskMissing(CrosscheckError):
    """``--engine dask`` without dask installed."""


def require() -> None:
    """Raise :class:`DaskMissing` unless dask.distributed can be imported."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise DaskMissing(f"--engine dask needs dask.distributed: {INSTALL_HINT}") from None


# Documents per reading task. A task costs the scheduler about a millisecond and a round
# trip, and reading one news article about 4 ms: at 100 a task is ~0.4 s of work, small
# enough to spread a few thousand documents over many workers and to lose little when a
# worker dies, large enough that scheduling stays a few percent of the run. Set
# CROSSCHECK_DASK_PARTITION for very large corpora (1,000 keeps a million documents at
# 1,000 reading tasks).
PARTITION_SOURCES = 100
# Comparison buckets per worker: each story goes to one bucket (by a hash of its id).
# Every reading partition sends one piece to every bucket, so buckets cost partitions x
# buckets small tasks; two per worker keeps every worker busy with that cost low.
BUCKETS_PER_WORKER = 2


def partition_size() -> int:
    """Documents per reading task: $CROSSCHECK_DASK_PARTITION, else PARTITION_SOURCES."""
    value = os.environ.get("CROSSCHECK_DASK_PARTITION", "")
    if not value:
        return PARTITION_SOURCES
    try:
        size = int(value)
    except ValueError:
        size = 0
    if size < 1:
        raise InputError(f"CROSSCHECK_DASK_PARTITION={value}: not a whole number above 0")
    return size


@contextmanager
def connect(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a new local cluster of ``workers``
    processes (one thread each: the stages are pure Python and hold the GIL)."""
    require()
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError, ValueError) as error:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
        with client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            # Any free port: the scheduler serves HTTP even without bokeh (which the
            # dashboard's pages need), and warns on stderr when 8787 is taken.
            dashboard_address=":0",
            # Task errors reach the client; the workers' own logs would only add noise
            # (a heartbeat that races the cluster's shutdown logs a traceback as ERROR).
            silence_logs=logging.CRITICAL,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def check(
    paths: Sequence[str],
    settings: Settings | None = None,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    stdin: BinaryIO | None = None,
    stdin_name: str = "-",
    progress: Progress | None = None,
    cache: Cache | None = None,
    fetcher: Fetcher | None = None,
    dashboard: Callable[[str], None] | None = None,
    partition: int | None = None,
    stages: Stages | None = None,
) -> Report:
    """:func:`crosscheck.pipeline.check` on a Dask cluster (``scheduler``'s, else a local
    one of ``workers`` processes); ``dashboard(link)`` is told where its dashboard is,
    ``progress(done, total)`` how many sources are read, and ``stages(done, total,
    stage)`` how far the later stages are (tasks of the stories phase, stories
    compared)."""
    require()
    settings = settings or Settings()
    jobs, skipped = plan(paths, settings, stdin, stdin_name, fetcher)
    if not jobs:
        raise NothingToCheckError(nothing_message(skipped))
    with connect(scheduler, workers) as client:
        if dashboard is not None and client.dashboard_link and _serves_dashboard(client):
            dashboard(client.dashboard_link)
        return run(
            client,
            jobs,
            skipped,
            settings,
            cache,
            progress,
            partition or partition_size(),
            stages,
        )


def _serves_dashboard(client: Client) -> bool:
    """Whether the scheduler's dashboard shows anything: it needs bokeh there (a local
    cluster's scheduler runs here; a remote one is taken to have it)."""
    if client.cluster is not None and find_spec("bokeh") is None:
        return False
    info = client.scheduler_info()
    return bool(info.get("services", {}).get("dashboard"))


@dataclass(frozen=True)
class Job:
    """One document to read: a planned local file, an fsspec URL, or a document already
    read by the client (standard input, a web page)."""

    path: str
    entry: Entry | None = None
    url: str | None = None
    done: Source | SkippedFile | None = None


def is_fsspec_url(path: str) -> bool:
    """A URL of a file system other than the web (s3://, gs://, file://, ...).

    >>> is_fsspec_url("s3://bucket/news"), is_fsspec_url("https://a.org/x"), is_fsspec_url("a")
    (True, False, False)
    """
    return "://" in path and not is_url(path)


def plan(
    paths: Sequence[str],
    settings: Settings,
    stdin: BinaryIO | None,
    stdin_name: str,
    fetcher: Fetcher | None,
) -> tuple[list[Job], list[SkippedFile]]:
    """The documents to read, in path order (each path once), and the files skipped
    already: local folders and fsspec folders listed, not read."""
    local = [p for p in paths if not is_fsspec_url(p)]
    entries, skipped = plan_sources(local, settings, stdin_name=stdin_name) if local else ([], [])
    jobs: list[Job] = []
    for entry in entries:
        if entry.fs_path is not None:
            jobs.append(Job(entry.display, entry=entry))
        else:  # standard input or a web page: read here, as the local engine does
            jobs.append(Job(entry.display, done=read_entry(entry, settings, stdin, fetcher)))
    for url in (p for p in paths if is_fsspec_url(p)):
        found, left = _list_fsspec(url, settings)
        jobs.extend(found)
        skipped.extend(left)
    unique: dict[str, Job] = {}
    for job in jobs:
        unique.setdefault(job.path, job)
    return [unique[p] for p in sorted(unique)], skipped


def _list_fsspec(url: str, settings: Settings) -> tuple[list[Job], list[SkippedFile]]:
    """The files at an fsspec URL (a file, or every non-hidden file under a folder)."""
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise DaskMissing(f"{url}: reading URLs needs fsspec: {INSTALL_HINT}") from None
    scheme = url.split("://", 1)[0]
    try:
        fs, root = url_to_fs(url)
        if not fs.exists(root):
            raise InputError(f"{url}: no such file or directory")
        if not fs.isdir(root):
            return [Job(url, url=url)], []
        found = sorted(fs.find(root))
    except (OSError, ValueError, ImportError) as error:
        raise InputError(f"{url}: cannot list: {error}") from None
    jobs, skipped = [], []
    for name in found:
        shown = f"{scheme}://{name}"
        relative = name[len(root.rstrip("/")) + 1 :]
        if any(part.startswith(".") for part in relative.split("/")):
            continue  # hidden, as in a local folder
        reason = left_out(shown, settings, explicit=False)
        if reason is None:
            jobs.append(Job(shown, url=shown))
        else:
            skipped.append(SkippedFile(path=shown, reason=reason))
    return jobs, skipped


# =========================================================================================
# tasks: each pure, run on the workers
# =========================================================================================


@dataclass(frozen=True)
class Ingested:
    """A partition's documents read: the sources, and the files that could not be."""

    sources: tuple[Source, ...]
    skipped: tuple[SkippedFile, ...]


def ingest_part(jobs: Sequence[Job], settings: Settings) -> Ingested:
    """Read a partition's documents where they are."""
    sources: list[Source] = []
    skipped: list[SkippedFile] = []
    with collector_paused():
        for job in jobs:
            result = _read_job(job, settings)
            if isinstance(result, SkippedFile):
                skipped.append(result)
            else:
                sources.append(result)
    return Ingested(tuple(sources), tuple(skipped))


def _read_job(job: Job, settings: Settings) -> Source | SkippedFile:
    if job.done is not None:
        return job.done
    if job.entry is not None:
        return read_entry(job.entry, settings, None, None)
    assert job.url is not None
    return _read_fsspec(job.url, settings)


def _read_fsspec(url: str, settings: Settings) -> Source | SkippedFile:
    """A file at an fsspec URL, read like a local file (a failure skips it, with why)."""
    import fsspec

    limit = settings.max_file_bytes
    try:
        with fsspec.open(url, "rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        return SkippedFile(path=url, reason="file vanished before it could be read")
    except (OSError, ValueError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        return SkippedFile(path=url, reason=f"cannot read: {reason}")
    return load_source(url, data, settings)


def years_of(part: Ingested) -> tuple[Counter[int], tuple[SkippedFile, ...], int, int]:
    """What the client needs of a partition read: its publication years, the files it
    skipped, how many sources it holds, and how many of them read as documentation."""
    years = Counter(int(s.published[:4]) for s in part.sources if s.published)
    docs = sum(is_doc_like(s) for s in part.sources)
    return years, part.skipped, len(part.sources), docs


def read_part(
    part: Ingested, year: int | None, shingle_words: int, cache: Cache | None
) -> tuple[Read, ...]:
    """A partition's sources read to their claims (through the cache)."""
    with collector_paused():
        return tuple(read_cached(with_year(s, year), shingle_words, cache) for s in part.sources)


def count(reads: Sequence[Read]) -> int:
    return len(reads)


@dataclass(frozen=True)
class Joined:
    """What comparing needs of the stories phase: the copies, each source's story, and the
    other stories a source belongs to (a round-up's)."""

    copies: dict[str, str]
    of: dict[str, str]
    also: dict[str, tuple[str, ...]] = field(default_factory=dict)


def join(copies: Copies, linked: Linked) -> Joined:
    return Joined(copies.copies, linked.of, linked.also)


def frames_part(reads: Sequence[Read], joined: Joined) -> dict[str, set[str]]:
    """Template frames' holders in one partition: a frame -> the originals stating it."""
    holders: dict[str, set[str]] = {}
    for r in reads:
        for claim in r.claims:
            if claim.counted is None:
                holders.setdefault(claim.frame, set()).add(
                    joined.copies.get(claim.source, claim.source)
                )
    return holders


def templates(settings: Settings, *parts: dict[str, set[str]]) -> frozenset[str]:
    """The corpus's template frames (:func:`crosscheck.align.template_frames`), from
    every partition's holders."""
    holders: dict[str, set[str]] = {}
    for part in parts:
        for frame, docs in part.items():
            holders.setdefault(frame, set()).update(docs)
    limit = settings.story_boilerplate_documents
    return frozenset(frame for frame, docs in holders.items() if len(docs) > limit)


def bucket_of(story: str, buckets: int) -> int:
    """The comparison bucket of a story: a stable hash of its id (not Python's hash(),
    which differs between processes)."""
    return zlib.crc32(story.encode()) % buckets


def split_part(reads: Sequence[Read], joined: Joined, buckets: int) -> list[dict[str, list[Read]]]:
    """A partition's reads by bucket, and within each by story (in path order)."""
    pieces: list[dict[str, list[Read]]] = [{} for _ in range(buckets)]
    for r in reads:
        path = r.source.path
        for story in (joined.of[path], *joined.also.get(path, ())):
            pieces[bucket_of(story, buckets)].setdefault(story, []).append(r)
    return pieces


def compare_bucket(
    joined: Joined,
    frames: frozenset[str],
    settings: Settings,
    *pieces: dict[str, list[Read]],
) -> dict[str, list[Finding]]:
    """The findings of each story of one bucket, from every partition's piece of it."""
    by_story: dict[str, list[Read]] = {}
    for piece in pieces:  # in partition order, so each story's reads stay in path order
        for story, reads in piece.items():
            by_story.setdefault(story, []).extend(reads)
    with collector_paused():
        return {
            story: compare_story(
                story,
                reads,
                joined.copies,
                frames,
                settings,
                corroborate=corroborating(len(joined.of) - len(joined.copies), settings),
            )
            for story, reads in by_story.items()
        }


def compare_docs(
    story: str,
    joined: Joined,
    frames: frozenset[str],
    settings: Settings,
    *parts: Sequence[Read],
) -> dict[str, list[Finding]]:
    """The findings of a documentation corpus, compared as one story by entity: the
    entities' names are the whole corpus's (page titles, link words), so this is one task
    that holds every source read (the docs engine's one global pass)."""
    reads = [r for part in parts for r in part]
    with collector_paused():
        index = EntityIndex.build(r.source for r in reads)
        claims: list[Claim] = []
        for r in reads:
            claims.extend(
                c for c in assign_entities(r.claims, r.source, index) if c.entity is not None
            )
        found = compare_story(story, reads, joined.copies, frames, settings, "docs", claims)
    return {story: found}


def rows_part(reads: Sequence[Read], joined: Joined) -> list[SourceOut]:
    """The report's line for each source of a partition."""
    return [source_row(r, joined.copies, joined.of, joined.also) for r in reads]


# =========================================================================================
# the run, on the client
# =========================================================================================


def run(
    client: Client,
    jobs: Sequence[Job],
    skipped: Sequence[SkippedFile],
    settings: Settings,
    cache: Cache | None,
    progress: Progress | None,
    partition: int,
    stages: Stages | None = None,
) -> Report:
    """The report of ``jobs`` (and of the files ``skipped`` while listing), computed on
    ``client``'s cluster."""
    chunks = [jobs[i : i + partition] for i in range(0, len(jobs), partition)]
    ingested = [client.submit(ingest_part, chunk, settings, pure=False) for chunk in chunks]
    found = client.gather([client.submit(years_of, part) for part in ingested])
    years: Counter[int] = Counter()
    all_skipped = list(skipped)
    total = 0
    doc_like = 0
    for part_years, part_skipped, part_sources, part_docs in found:
        years.update(part_years)
        all_skipped.extend(part_skipped)
        total += part_sources
        doc_like += part_docs
    skipped_files = _sorted_skipped(all_skipped)
    if total == 0:
        raise NothingToCheckError(nothing_message(skipped_files))
    year = common_year(years)
    mode = _mode(settings.corpus, total, doc_like)
    # The client drops each future once what needs it is submitted: Dask then frees the
    # result as soon as its last dependent is done (and still knows how to compute it
    # again if a worker holding a dependent's input dies).
    reads = [
        client.submit(read_part, part, year, settings.shingle_words, cache) for part in ingested
    ]
    del ingested
    sizes = [client.submit(count, part) for part in reads] if progress is not None else []
    buckets = max(1, min(len(reads), BUCKETS_PER_WORKER * _workers(client)))
    tasks: list[Future[Any]] | None = [] if stages is not None else None
    phase = story_shuffle.submit(client, reads, settings, mode, buckets, tasks)
    joined = client.submit(join, phase.copies, phase.linked)
    frames = client.submit(
        templates, settings, *[client.submit(frames_part, part, joined) for part in reads]
    )
    rows = [client.submit(rows_part, part, joined) for part in reads]
    if mode == "docs":
        compared = [client.submit(compare_docs, DOCS_STORY, joined, frames, settings, *reads)]
    else:
        pieces = [client.submit(split_part, part, joined, buckets) for part in reads]
        compared = [
            client.submit(
                compare_bucket,
                joined,
                frames,
                settings,
                *[client.submit(operator.getitem, piece, k) for piece in pieces],
            )
            for k in range(buckets)
        ]
        del pieces
    del reads, frames
    if progress is not None:
        _track(sizes, total, progress)
    if stages is not None and tasks is not None:
        counts = [client.submit(len, bucket) for bucket in compared]
        stories_in = client.submit(_story_count, phase.linked)
        _track(tasks, len(tasks), partial(_told, stages, STORIES_STAGE), counted=False)
        _track(counts, stories_in.result(), partial(_told, stages, COMPARE_STAGE))
    stories = client.submit(story_list, phase.linked, *phase.finished).result()
    independent = client.submit(_originals, phase.copies).result()
    del joined, phase
    by_story: dict[str, list[Finding]] = {}
    for found_in_bucket in client.gather(compared):
        by_story.update(found_in_bucket)
    findings = [f for story in stories for f in by_story.get(story.id, [])]
    all_rows = [row for part in client.gather(rows) for row in part]
    return assemble_report(all_rows, stories, skipped_files, findings, independent, mode)


# A documentation corpus is one story (see crosscheck.pipeline.docs_story).
DOCS_STORY = "S1"


def _mode(setting: str, sources: int, doc_like: int) -> str:
    """'news' or 'docs', as :func:`crosscheck.docs.corpus_mode` decides it, from counts."""
    if setting in ("news", "docs"):
        return setting
    return "docs" if sources and doc_like * 2 > sources else "news"


def _originals(copies: Copies) -> int:
    return copies.originals


# What the later stages are called on the progress bar.
STORIES_STAGE = "grouping stories"
COMPARE_STAGE = "comparing stories"
Stages = Callable[[int, int, str], None]


def _track(
    futures: list[Future[Any]], total: int, progress: Progress, counted: bool = True
) -> None:
    """Tell ``progress`` how much of ``total`` is done as ``futures`` finish: each adds its
    result (a count), or 1 when not ``counted``. The list is emptied as it is handed
    over, so that each finished result is freed once nothing else needs it."""
    from distributed import as_completed

    done = 0
    progress(done, total)
    pending = as_completed(futures)
    futures.clear()
    for future in pending:
        done += future.result() if counted else 1
        progress(done, total)
        del future


def _told(stages: Stages, stage: str, done: int, total: int) -> None:
    stages(done, total, stage)


def _story_count(linked: Linked) -> int:
    return len(linked.done or linked.outlines)


def _workers(client: Client) -> int:
    info: Mapping[str, Any] = client.scheduler_info()
    return max(1, len(info.get("workers", {})))


def _sorted_skipped(skipped: Sequence[SkippedFile]) -> tuple[SkippedFile, ...]:
    """Each skipped path once (its first reason), in path order, as the local engine."""
    unique = {item.path: item for item in reversed(skipped)}
    return tuple(unique[key] for key in sorted(unique))


__all__ = ["INSTALL_HINT", "DaskMissing", "check", "connect", "is_fsspec_url", "plan"]
