"""Compose the stages: paths -> sources -> sentences -> claims -> groups -> findings -> Report.

Only ``ingest`` touches the file system; everything after it is pure.

The stages that read claims and compare them are imported by the functions that run them,
not with this module: a warm re-run (its report in the cache) needs only ingest and the
cache, and importing the reading stages (some 600 regular expressions compiled) was about
a third of its time (issue 19: a warm re-run at most 0.1x of a cold one).
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, BinaryIO

from crosscheck.cache import Cache
from crosscheck.copies import find_copies_by_shingles, independent_count
from crosscheck.corroboration import agreeing_pairs, corroborating, unshown_pairs
from crosscheck.doc_entities import EntityIndex
from crosscheck.docs import align_entities, assign_entities, corpus_mode, entity_of
from crosscheck.errors import NothingToCheckError
from crosscheck.fetch import Fetcher
from crosscheck.ingest import read_sources
from crosscheck.models import (
    Claim,
    ClaimList,
    Finding,
    Kind,
    Report,
    SkippedFile,
    Source,
    SourceOut,
    Story,
    StoryList,
    Summary,
)
from crosscheck.segment import Locator
from crosscheck.settings import Settings
from crosscheck.stories import Grouping, Profile, Space, build_space, find_stories, one_story

if TYPE_CHECKING:
    from crosscheck.reads import Progress, Read

_KIND_ORDER = {Kind.CONFLICT: 0, Kind.COMPATIBLE: 1, Kind.AGREEMENT: 2}
_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2, "none": 3}


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
        from crosscheck.reads import read_all

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


def list_claims(
    paths: Sequence[str],
    settings: Settings | None = None,
    *,
    stdin: BinaryIO | None = None,
    stdin_name: str = "-",
) -> ClaimList:
    """Every claim ``paths`` make, in source and reading order, without comparing them."""
    from crosscheck.compare import claim_out
    from crosscheck.reads import read_all

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
    from crosscheck.reads import read_all

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
    from crosscheck.align import template_frames

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
            for story_id in grouping.stories_of(r.source.path):
                by_story[story_id].append(r)
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
        [source_row(r, copies, grouping.of, grouping.also) for r in reads],
        grouping.stories,
        skipped,
        findings,
        independent_count([r.source.path for r in reads], copies),
        corpus=mode,
    )


# What a Read holds for its profile once the profile has served (see ``build_report``).
_NO_PROFILE = Profile((), ())


def _without_profile(read: Read) -> Read:
    from crosscheck.reads import Read

    return Read(read.source, read.sentences, read.claims, read.shingles, _NO_PROFILE)


def in_story_year(reads: Sequence[Read]) -> list[Read]:
    """``reads`` with each undated source read again in its story's year, when the story's
    dated sources were mostly published in another year than the corpus's: an undated page
    of a 2023 story in a folder of mostly 2019 stories dates "July 2" to 2023, as it does when
    its story is read alone. Both engines compare stories through :func:`compare_story`, so
    both do this; only the few undated sources of such stories are read twice."""
    from crosscheck.reads import read_claims

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
    from crosscheck.attackers import attacker_died, attacker_hurt
    from crosscheck.background import earlier_months
    from crosscheck.compare import compare, figures_told
    from crosscheck.identities import named_across
    from crosscheck.incidents import earlier_days
    from crosscheck.places import parts_by_place
    from crosscheck.scope import revisions
    from crosscheck.series import issues_apart
    from crosscheck.survivors import shot_as_hurt

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
        claims = shot_as_hurt(claims, {r.source.path: r.source.text for r in reads})
        # "five bodies in the parking lot" of ten killed; "two shot in the hallway" of a
        # report that has her shoot "a third person"
        claims = parts_by_place(claims, {r.source.path: r.source.text for r in reads})
    revised = revisions(claims)
    dead = mode != "docs" and attacker_died(r.source.text for r in reads)
    hurt = mode != "docs" and attacker_hurt(r.source.text for r in reads)

    # a report giving the smaller of two amounts that states the larger too: a part
    told = figures_told(claims, copies) if mode != "docs" else None

    def judge(group: list[Claim]) -> Finding | None:
        return compare(
            group,
            copies,
            locate,
            settings,
            published,
            story,
            revised,
            pages=mode == "docs",
            attacker_dead=dead,
            attacker_hurt=hurt,
            told=told,
        )

    found: list[tuple[list[Claim], Finding]] = []
    for group in _aligned(claims, settings, templates, mode):
        finding = judge(group)
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
                again = judge(part)
                if again is not None:
                    shown.append((part, again))
        found = shown
    findings: list[Finding] = []
    for group, finding in found:
        if mode == "docs":
            finding = finding.model_copy(update={"entity": entity_of(group)})
        findings.append(finding)
    return findings


def source_row(
    read: Read,
    copies: Mapping[str, str],
    story_of: Mapping[str, str],
    also: Mapping[str, tuple[str, ...]] | None = None,
) -> SourceOut:
    """The report's line for one source read (``also``: the other stories sources belong
    to, a round-up's)."""
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
        also_in=also.get(r.source.path, ()) if also else (),
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
        _once(findings),
        key=lambda f: (_KIND_ORDER[f.kind], _SEVERITY_ORDER[f.severity], f.subject, f.id),
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


def _once(findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` (in story order) with each found again in a later story left out: two
    round-ups that both belong to two stories are compared in each (the same claims, the
    same finding); it is reported in the first."""
    seen: set[tuple[str, tuple[tuple[str, int, int], ...]]] = set()
    out: list[Finding] = []
    for f in findings:
        key = (f.id, tuple((c.source, c.start, c.end) for c in f.claims))
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _aligned(
    claims: Sequence[Claim], settings: Settings, templates: frozenset[str], mode: str
) -> list[list[Claim]]:
    from crosscheck.align import align

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
            for story_id in grouping.stories_of(r.source.path):
                by_story[story_id].extend(r.claims)
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


def nothing_message(skipped: Sequence[SkippedFile]) -> str:
    if not skipped:
        return "no sources to check: give files or folders of .txt, .md or .html"
    first = skipped[0]
    more = f" (and {len(skipped) - 1} more skipped)" if len(skipped) > 1 else ""
    return f"nothing could be read: {first.path}: {first.reason}{more}"
