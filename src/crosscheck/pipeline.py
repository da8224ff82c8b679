"""Compose the stages: paths -> sources -> sentences -> claims -> groups -> findings -> Report.

Only ``ingest`` touches the file system; everything after it is pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from crosscheck.align import align
from crosscheck.claims import make_claims
from crosscheck.compare import claim_out, compare
from crosscheck.copies import find_copies, independent_count
from crosscheck.errors import NothingToCheckError
from crosscheck.ingest import read_sources
from crosscheck.models import (
    Claim,
    ClaimList,
    Finding,
    Kind,
    Report,
    Sentence,
    SkippedFile,
    Source,
    SourceOut,
    Summary,
)
from crosscheck.quantities import read_quantities
from crosscheck.segment import Locator, split_sentences
from crosscheck.settings import Settings

_KIND_ORDER = {Kind.CONFLICT: 0, Kind.COMPATIBLE: 1, Kind.AGREEMENT: 2}
_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2, "none": 3}


@dataclass(frozen=True)
class Read:
    """One source read through to its claims."""

    source: Source
    sentences: tuple[Sentence, ...]
    claims: tuple[Claim, ...]


def read_claims(source: Source) -> Read:
    """Segment a source and read the claims of every sentence."""
    sentences = split_sentences(source)
    claims: list[Claim] = []
    for sentence in sentences:
        quantities = read_quantities(sentence, source.text)
        claims.extend(make_claims(sentence, quantities, source.text))
    return Read(source, sentences, tuple(claims))


def check(
    paths: Sequence[str],
    settings: Settings | None = None,
    *,
    stdin: BinaryIO | None = None,
    stdin_name: str = "-",
) -> Report:
    """Read ``paths`` and cross-check every numeric claim they make."""
    settings = settings or Settings()
    sources, skipped = read_sources(paths, settings, stdin=stdin, stdin_name=stdin_name)
    if not sources:
        raise NothingToCheckError(_nothing_message(skipped))
    reads = [read_claims(source) for source in sources]
    return build_report(reads, skipped, settings)


def list_claims(
    paths: Sequence[str],
    settings: Settings | None = None,
    *,
    stdin: BinaryIO | None = None,
    stdin_name: str = "-",
) -> ClaimList:
    """Every claim ``paths`` make, in source and reading order, without comparing them."""
    settings = settings or Settings()
    sources, skipped = read_sources(paths, settings, stdin=stdin, stdin_name=stdin_name)
    if not sources:
        raise NothingToCheckError(_nothing_message(skipped))
    reads = [read_claims(source) for source in sources]
    copies = find_copies({r.source.path: _kept_text(r.source) for r in reads}, settings)
    locators = {r.source.path: Locator(r.source) for r in reads}

    def locate(path: str, offset: int) -> tuple[int, int]:
        return locators[path](offset)

    claims = tuple(claim_out(c, copies, locate) for r in reads for c in r.claims)
    return ClaimList(claims=claims, skipped_files=tuple(skipped))


def build_report(
    reads: Sequence[Read], skipped: Sequence[SkippedFile], settings: Settings
) -> Report:
    """Align and compare the claims of already-read sources."""
    copies = find_copies({r.source.path: _kept_text(r.source) for r in reads}, settings)
    locators = {r.source.path: Locator(r.source) for r in reads}

    def locate(path: str, offset: int) -> tuple[int, int]:
        return locators[path](offset)

    claims = [c for r in reads for c in r.claims]
    published = {r.source.path: r.source.published for r in reads}
    findings: list[Finding] = []
    for group in align(claims, settings):
        finding = compare(group, copies, locate, settings, published)
        if finding is not None:
            findings.append(finding)
    findings.sort(key=lambda f: (_KIND_ORDER[f.kind], _SEVERITY_ORDER[f.severity], f.subject, f.id))
    paths = [r.source.path for r in reads]
    return Report(
        sources=tuple(
            SourceOut(
                path=r.source.path,
                sha256=r.source.sha256,
                format=r.source.format,
                encoding=r.source.encoding,
                sentences=len(r.sentences),
                claims=len(r.claims),
                duplicate_of=copies.get(r.source.path),
                skipped=r.source.skipped,
                warnings=r.source.warnings,
            )
            for r in reads
        ),
        skipped_files=tuple(skipped),
        findings=tuple(findings),
        summary=Summary(
            sources=len(reads),
            independent_sources=independent_count(paths, copies),
            sentences=sum(len(r.sentences) for r in reads),
            claims=len(claims),
            conflicts=sum(f.kind is Kind.CONFLICT for f in findings),
            compatible=sum(f.kind is Kind.COMPATIBLE for f in findings),
            agreements=sum(f.kind is Kind.AGREEMENT for f in findings),
            skipped_files=len(skipped),
        ),
    )


def _kept_text(source: Source) -> str:
    return "\n".join(source.text[start:end] for start, end in source.keep)


def _nothing_message(skipped: Sequence[SkippedFile]) -> str:
    if not skipped:
        return "no sources to check: give files or folders of .txt, .md or .html"
    first = skipped[0]
    more = f" (and {len(skipped) - 1} more skipped)" if len(skipped) > 1 else ""
    return f"nothing could be read: {first.path}: {first.reason}{more}"
