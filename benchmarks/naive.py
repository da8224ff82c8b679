"""The naive baseline: all-pairs fuzzy matching of number-bearing sentences.

    python benchmarks/naive.py /tmp/bench/c300 [--max-seconds 300] [--json]

What one would write in an afternoon: split every file into sentences with a simple
regex, keep the sentences holding a digit, mask their numbers, and compare every such
sentence with every such sentence of every other file using rapidfuzz's
``fuzz.token_set_ratio``. A pair scoring at least THRESHOLD whose numbers differ counts
as a "conflict". The comparison is quadratic in the number of sentences, so it stops
after ``--max-seconds`` and reports the time the whole run would take, extrapolated from
the pairs it managed (clearly marked as extrapolated).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from rapidfuzz import fuzz

# token_set_ratio (0-100) from which two masked sentences are taken to be the same claim.
THRESHOLD = 80
# Check the clock every this many outer sentences: cheap, and often enough to stop on time.
CLOCK_EVERY = 16
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
NUMBER = re.compile(r"\d[\d,.]*\d|\d")
BYTES_PER_MB = 1_000_000


def number_sentences(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The sentences of ``text`` holding a digit: (masked sentence, its numbers)."""
    found = []
    for sentence in SENTENCE_END.split(text):
        numbers = tuple(n.replace(",", "") for n in NUMBER.findall(sentence))
        if numbers:
            found.append((NUMBER.sub("#", sentence), numbers))
    return found


@dataclass(frozen=True)
class Result:
    """What the naive run did and how long it took."""

    corpus: str
    files: int
    bytes: int
    number_sentences: int
    pairs_total: int
    pairs_compared: int
    conflicting_pairs: int
    read_seconds: float
    compare_seconds: float
    capped: bool
    total_seconds: float  # measured, or extrapolated when capped


def run(corpus: Path, max_seconds: float) -> Result:
    """Read, split, and compare all pairs until done or out of time."""
    start = time.perf_counter()
    files = sorted(p for p in corpus.rglob("*.txt") if p.is_file())
    size = 0
    items: list[tuple[int, str, tuple[str, ...]]] = []
    for index, path in enumerate(files):
        text = path.read_text(encoding="utf-8", errors="replace")
        size += len(text.encode("utf-8"))
        items.extend((index, masked, numbers) for masked, numbers in number_sentences(text))
    read_seconds = time.perf_counter() - start
    per_file: dict[int, int] = {}
    for index, _, _ in items:
        per_file[index] = per_file.get(index, 0) + 1
    same_file_pairs = sum(n * (n - 1) // 2 for n in per_file.values())
    total_pairs = len(items) * (len(items) - 1) // 2 - same_file_pairs

    compared = 0
    conflicts = 0
    capped = False
    compare_start = time.perf_counter()
    for i, (file_a, masked_a, numbers_a) in enumerate(items):
        if i and i % CLOCK_EVERY == 0 and time.perf_counter() - compare_start > max_seconds:
            capped = True
            break
        for file_b, masked_b, numbers_b in items[i + 1 :]:
            if file_a == file_b:
                continue
            compared += 1
            if fuzz.token_set_ratio(masked_a, masked_b) >= THRESHOLD and numbers_a != numbers_b:
                conflicts += 1
    compare_seconds = time.perf_counter() - compare_start
    estimate = compare_seconds * total_pairs / compared if compared else 0.0
    return Result(
        corpus=str(corpus),
        files=len(files),
        bytes=size,
        number_sentences=len(items),
        pairs_total=total_pairs,
        pairs_compared=compared,
        conflicting_pairs=conflicts,
        read_seconds=round(read_seconds, 3),
        compare_seconds=round(compare_seconds, 3),
        capped=capped,
        total_seconds=round(read_seconds + (estimate if capped else compare_seconds), 3),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="Folder of .txt files.")
    parser.add_argument(
        "--max-seconds", type=float, default=300.0, help="Stop comparing after this long."
    )
    parser.add_argument("--json", action="store_true", help="Print the result as JSON.")
    args = parser.parse_args()
    r = run(args.corpus, args.max_seconds)
    if args.json:
        print(json.dumps(asdict(r), indent=2))
        return 0
    print(f"corpus {r.corpus}: {r.files} files, {r.bytes / BYTES_PER_MB:.2f} MB")
    print(f"number-bearing sentences: {r.number_sentences:,}")
    print(f"pairs compared: {r.pairs_compared:,} of {r.pairs_total:,}")
    print(f"pairs >= {THRESHOLD} with different numbers: {r.conflicting_pairs:,}")
    if r.capped:
        print(
            f"CAPPED after {r.compare_seconds} s of comparing: the full run would take "
            f"about {r.total_seconds} s (extrapolated, not measured)"
        )
    else:
        print(f"total: {r.total_seconds} s (measured)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
