"""The floor for reading: read, split into sentences, find numbers, and crosscheck's own
per-file reading of the same files, in one process.

    python benchmarks/floor.py CORPUS [--repeat 3] [--json]

The floor pass is the least any reader of figures must do: read each file (UTF-8), split
it into sentences with one regular expression and find the numbers of each sentence with
another. crosscheck's per-file reading is what a worker does for each file
(``reads.read_claims``: segment, quantities and dates, claims, shingles, story profile)
after ``ingest`` has read it; ingest is timed apart. Issue 19 asks for per-file reading
within 5x of the floor. Both run ``--repeat`` times, interleaved, and the medians are
reported, with their ratio and the claims read per second. Times are CPU time of this
process (``time.process_time``): on a shared machine, wall time counts other work too.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from pathlib import Path

BYTES_PER_MB = 1_000_000
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
NUMBER = re.compile(r"\d[\d,.]*\d|\d")


def files_of(corpus: Path) -> list[Path]:
    if corpus.is_file():
        return [corpus]
    return sorted(p for p in corpus.rglob("*") if p.suffix in TEXT_SUFFIXES and p.is_file())


def floor_pass(paths: list[Path]) -> tuple[float, int]:
    """Seconds to read, split and find numbers in every file; how many numbers."""
    start = time.process_time()
    numbers = 0
    for path in paths:
        text = path.read_bytes().decode("utf-8", errors="replace")
        for sentence in SENTENCE_END.split(text):
            numbers += len(NUMBER.findall(sentence))
    return time.process_time() - start, numbers


def crosscheck_pass(corpus: Path) -> tuple[float, float, int]:
    """Seconds to ingest the corpus, seconds to read every source to its claims (one
    process, cycle collector paused as in a run), and how many claims."""
    from crosscheck import pipeline
    from crosscheck.ingest import read_sources
    from crosscheck.reads import read_claims
    from crosscheck.settings import Settings

    with pipeline.collector_paused():
        start = time.process_time()
        sources, _ = read_sources([str(corpus)], Settings())
        sources = pipeline.with_years(sources)
        ingested = time.process_time()
        claims = sum(len(read_claims(s).claims) for s in sources)
        return ingested - start, time.process_time() - ingested, claims


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    paths = files_of(args.corpus)
    size = sum(p.stat().st_size for p in paths)
    floors, ingests, reads = [], [], []
    numbers = claims = 0
    for _ in range(args.repeat):
        seconds, numbers = floor_pass(paths)
        floors.append(seconds)
        ingest, read, claims = crosscheck_pass(args.corpus)
        ingests.append(ingest)
        reads.append(read)
    floor, ingest, read = (statistics.median(x) for x in (floors, ingests, reads))
    result = {
        "corpus": str(args.corpus),
        "files": len(paths),
        "bytes": size,
        "numbers": numbers,
        "claims": claims,
        "floor_seconds": floor,
        "ingest_seconds": ingest,
        "read_seconds": read,
        "read_over_floor": read / floor,
        "floor_mb_per_s": size / BYTES_PER_MB / floor,
        "read_mb_per_s": size / BYTES_PER_MB / read,
        "claims_per_s": claims / read,
        "runs": {"floor": floors, "ingest": ingests, "read": reads},
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"corpus {args.corpus}: {len(paths)} files, {size / BYTES_PER_MB:.2f} MB")
        print(f"floor (read, split, numbers): {floor:.2f} s, {result['floor_mb_per_s']:.1f} MB/s")
        print(f"crosscheck ingest: {ingest:.2f} s")
        print(
            f"crosscheck per-file reading: {read:.2f} s, {result['read_mb_per_s']:.2f} MB/s, "
            f"{read / floor:.1f}x the floor, {claims} claims ({claims / read:,.0f} a second)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
