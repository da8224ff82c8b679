"""A large source read in pieces by several workers gives what it gives read whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck import reads
from crosscheck.actors import known_names
from crosscheck.ingest import read_sources
from crosscheck.models import Source
from crosscheck.segment import split_sentences, text_blocks
from crosscheck.settings import Settings
from crosscheck.stories import dated, profile

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def long_source(tmp_path: Path) -> Source:
    """The seed articles as one file, one after another."""
    texts = [p.read_text(encoding="utf-8").strip() for p in sorted(SEEDS.glob("*.txt"))]
    path = tmp_path / "all.txt"
    path.write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    sources, skipped = read_sources([str(path)], Settings())
    assert not skipped
    return sources[0]


def test_pieces_hold_the_sentences_of_the_whole(long_source: Source) -> None:
    whole = split_sentences(long_source)
    for size in (1, 500, 2_000, 10**9):
        bounds = reads.piece_bounds(long_source.text, size)
        assert bounds[0][0] == 0 and bounds[-1][1] == len(long_source.text)
        pieces = [split_sentences(long_source, b) for b in bounds]
        starts = [s.start for piece in pieces for s in piece]
        assert starts == [s.start for s in whole]
        assert all([s.index for s in piece] == list(range(len(piece))) for piece in pieces)


def test_pieces_given_the_blocks_hold_the_sentences_found_without(long_source: Source) -> None:
    blocks = text_blocks(long_source)
    for bounds in reads.piece_bounds(long_source.text, 2_000):
        assert split_sentences(long_source, bounds, blocks) == split_sentences(long_source, bounds)


def test_a_profile_dated_after_is_the_profile_of_the_dates(long_source: Source) -> None:
    names = known_names(long_source.text)
    _, _, days = reads.read_piece(long_source, names)
    assert days
    undated = profile(long_source, names, ())
    assert dated(undated, long_source, days) == profile(long_source, names, days)
    assert dated(undated, long_source, days) != undated


def test_a_large_source_read_in_pieces_reads_as_whole(
    long_source: Source, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = reads.read_all([long_source], jobs=1)
    monkeypatch.setattr(reads, "LARGE_SOURCE_CHARS", 1_000)
    monkeypatch.setattr(reads, "PIECE_CHARS", 2_000)
    assert len(reads.piece_bounds(long_source.text, reads.PIECE_CHARS)) > 3
    in_pieces = reads.read_all([long_source], jobs=2)
    assert in_pieces == whole
    assert [c.sentence.index for c in in_pieces[0].claims] == [
        c.sentence.index for c in whole[0].claims
    ]


def test_a_large_source_among_small_ones_reads_as_whole(
    long_source: Source, monkeypatch: pytest.MonkeyPatch
) -> None:
    small, _ = read_sources([str(SEEDS)], Settings())
    corpus = [*small[:3], long_source, *small[3:6]]
    whole = reads.read_all(corpus, jobs=1)
    monkeypatch.setattr(reads, "LARGE_SOURCE_CHARS", 1_000)
    monkeypatch.setattr(reads, "PIECE_CHARS", 2_000)
    monkeypatch.setattr(reads, "MIN_SOURCES_PER_WORKER", 1)
    in_pieces = reads.read_all(corpus, jobs=2)
    assert in_pieces == whole
