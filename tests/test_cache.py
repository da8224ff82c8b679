"""The on-disk cache: a warm run gives the same report, and no entry is ever trusted."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from crosscheck.cache import CACHE_FORMAT, Cache, Sharing, decode_entry, encode_entry
from crosscheck.ingest import read_sources
from crosscheck.pipeline import check
from crosscheck.reads import Read, read_claims
from crosscheck.render.json import render_json
from crosscheck.settings import Settings

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in sorted(SEEDS.iterdir()):
        (folder / seed.name).write_bytes(seed.read_bytes())
    return folder


def run(corpus: Path, cache: Cache) -> str:
    return render_json(check([str(corpus)], Settings(), cache=cache))


def entries(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.json"))


def test_a_warm_run_reads_every_file_from_the_cache_and_reports_the_same(
    corpus: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    cold = run(corpus, Cache(folder, Settings()))
    warm_cache = Cache(folder, Settings())
    assert run(corpus, warm_cache) == cold
    assert warm_cache.report_hits == 1  # an unchanged corpus: the whole report is reused
    for report in folder.rglob("*.json"):
        if b'"report"' in report.read_bytes()[:200]:
            report.unlink()
    per_file = Cache(folder, Settings())
    assert run(corpus, per_file) == cold
    assert (per_file.report_hits, per_file.hits, per_file.misses) == (0, 5, 0)


def test_a_changed_file_is_read_again_and_only_it(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    run(corpus, Cache(folder, Settings()))
    changed = sorted(corpus.iterdir())[2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more line.\n", "utf-8")
    cache = Cache(folder, Settings())
    fresh = render_json(check([str(corpus)], Settings()))
    assert run(corpus, cache) == fresh
    assert (cache.hits, cache.misses) == (4, 1)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda path, other: path.write_bytes(b"\x00garbage{"), id="corrupt"),
        pytest.param(lambda path, other: path.write_text("{}"), id="empty-object"),
        pytest.param(lambda path, other: path.write_bytes(other.read_bytes()), id="foreign"),
    ],
)
def test_damaged_or_foreign_entries_are_ignored_and_rebuilt(
    corpus: Path, tmp_path: Path, damage: Callable[[Path, Path], object]
) -> None:
    folder = tmp_path / "cache"
    cold = run(corpus, Cache(folder, Settings()))
    files = entries(folder)
    assert len(files) == 7  # five sources, the corpus's copy map and its report
    for path, other in zip(files, [*files[1:], files[0]], strict=True):
        damage(path, other)
    cache = Cache(folder, Settings())
    assert run(corpus, cache) == cold
    assert (cache.hits, cache.report_hits) == (0, 0)
    assert run(corpus, Cache(folder, Settings())) == cold  # and the rebuilt entries serve


def test_other_settings_do_not_meet_these_entries(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    run(corpus, Cache(folder, Settings()))
    other = Cache(folder, Settings(approximate_tolerance=0.2))
    check([str(corpus)], Settings(approximate_tolerance=0.2), cache=other)
    assert other.hits == 0


def test_no_cache_neither_reads_nor_writes(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    env = {"CROSSCHECK_CACHE_DIR": str(folder), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-m", "crosscheck", "run", str(corpus), "--no-cache", "-f", "json"],
        capture_output=True,
        check=False,
        env=env,
    )
    assert result.returncode == 1, result.stderr
    assert not folder.exists()


def test_a_new_skipped_file_is_not_hidden_by_a_cached_report(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    run(corpus, Cache(folder, Settings()))
    (corpus / "scan.txt").write_bytes(b"%PDF-1.7 binary")
    report = check([str(corpus)], Settings(), cache=Cache(folder, Settings()))
    assert [f.path.endswith("scan.txt") for f in report.skipped_files] == [True]


def test_a_tampered_shingle_field_is_not_trusted(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    cold = run(corpus, Cache(folder, Settings()))
    for path in entries(folder):
        text = path.read_text()
        if '"shingles":"' in text:
            start = text.index('"shingles":"') + len('"shingles":"')
            path.write_text(text[:start] + "AAA" + text[start:])  # no longer whole ints
    cache = Cache(folder, Settings())
    cache.get_report = lambda *_: None  # type: ignore[method-assign]  # per-file entries only
    assert run(corpus, cache) == cold
    assert (cache.hits, cache.misses) == (0, 5)


def _read_seed() -> Read:
    source = read_sources([str(sorted(SEEDS.iterdir())[0])], Settings())[0][0]
    read = read_claims(source)
    assert read.claims  # the seed states figures
    assert read.profile.lines and read.profile.names  # and has words and names of its own
    return read


def _encode(read: Read) -> bytes:
    return encode_entry(
        "k" * 64, read.source.path, read.sentences, read.claims, read.shingles, read.profile
    )


def test_an_encoded_entry_reads_back_as_the_same_records() -> None:
    read = _read_seed()
    path, sentences, claims, shingles = read.source.path, read.sentences, read.claims, read.shingles
    data = _encode(read)
    assert decode_entry(data, "k" * 64) == (sentences, claims, shingles, read.profile)
    stored = json.loads(data)
    assert stored["format"] == CACHE_FORMAT
    assert data.count(path.encode()) == 1  # the path once, not once per claim
    assert all("text" not in c["sentence"] and "source" not in c for c in stored["claims"])
    _, decoded, _, _ = decode_entry(data, "k" * 64) or (0, (), frozenset(), None)
    by_index = {}
    for claim in decoded:  # claims of one sentence share its record, as when read
        assert by_index.setdefault(claim.sentence.index, claim.sentence) is claim.sentence


def test_entries_decoded_in_one_run_share_their_equal_parts() -> None:
    """What keeps the main process small (issue 19): the claims of every entry decoded
    with one Sharing hold one set of given field names per kind of record, and equal
    strings once; the values are those read, and copying a record changes no other."""
    read = _read_seed()
    sharing = Sharing()
    first = decode_entry(_encode(read), "k" * 64, sharing)
    second = decode_entry(_encode(read), "k" * 64, sharing)
    assert first is not None and second is not None
    assert first[1] == second[1] == read.claims
    a, b = first[1][0], second[1][0]
    assert a is not b
    assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__
    assert a.quantity.__pydantic_fields_set__ is b.quantity.__pydantic_fields_set__
    assert a.frame is b.frame and a.source is b.source
    fields = set(a.__pydantic_fields_set__)
    moved = a.model_copy(update={"entity": "someone"})
    assert moved.entity == "someone" and b.entity is None
    assert b.__pydantic_fields_set__ == fields


def test_shingles_read_back_packed_in_any_order() -> None:
    read = _read_seed()
    data = _encode(read)
    decoded = decode_entry(data, "k" * 64)
    assert decoded is not None
    assert frozenset(decoded[2]) == frozenset(read.shingles)
    assert list(read.shingles) == sorted(read.shingles)  # the same whichever process read it


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda e: e | {"key": "x" * 64}, id="other-key"),
        pytest.param(lambda e: e | {"format": CACHE_FORMAT - 1}, id="old-format"),
        pytest.param(lambda e: e | {"texts": {}}, id="missing-text"),
        pytest.param(lambda e: e | {"claims": [{"sentence": 3}]}, id="bad-claim"),
        pytest.param(lambda e: [e], id="not-an-object"),
    ],
)
def test_an_entry_that_does_not_match_is_not_decoded(change: Callable[[Any], Any]) -> None:
    stored = json.loads(_encode(_read_seed()))
    assert decode_entry(json.dumps(change(stored)).encode(), "k" * 64) is None


def test_an_old_format_entry_is_ignored_and_rebuilt(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    cold = run(corpus, Cache(folder, Settings()))
    for path in entries(folder):
        entry = json.loads(path.read_bytes())
        path.write_text(json.dumps(entry | {"format": CACHE_FORMAT - 1}))
    cache = Cache(folder, Settings())
    assert run(corpus, cache) == cold
    assert (cache.hits, cache.misses, cache.report_hits) == (0, 5, 0)
    assert run(corpus, Cache(folder, Settings())) == cold


def test_pieces_of_one_long_sentence_keep_their_own_text(tmp_path: Path) -> None:
    """A sentence too long to frame whole is framed in pieces that share its index; the
    cache once kept one text per index, so a claim read back from a worker or the cache
    carried the first piece's text (and --jobs 1 and --jobs 2 reports differed)."""
    clause = "officials said 12 people were hurt in the blast near the old market square, "
    (tmp_path / "long.txt").write_text("Police said " + clause * 60 + "and 3 died.\n")
    sources, _ = read_sources([str(tmp_path / "long.txt")], Settings())
    read = read_claims(sources[0])
    assert len({c.sentence.start for c in read.claims}) > 1, "the sentence was not cut"
    data = encode_entry("k", sources[0].path, read.sentences, read.claims, read.shingles,
                        read.profile)  # fmt: skip
    decoded = decode_entry(data, "k")
    assert decoded is not None
    _, claims, _, _ = decoded
    assert [c.sentence.text for c in claims] == [c.sentence.text for c in read.claims]
