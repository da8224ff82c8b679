"""Time crosscheck on a corpus: each stage in one process, and whole CLI runs.

    python benchmarks/run.py /tmp/bench/c300 [--repeat 3] [--jobs N] [--json]
    python benchmarks/run.py /tmp/bench/c300 --skip stages --skip version --timeout 300

Whole runs are subprocesses of ``crosscheck run CORPUS --format json --exit-zero``:
without the cache (``--no-cache``), and with a fresh cache folder (CROSSCHECK_CACHE_DIR)
once cold and then warm on the same cache. Each reports the median wall time of
``--repeat`` runs and the child's peak RSS (GNU ``/usr/bin/time``'s maximum resident set
size when present, else ``getrusage(RUSAGE_CHILDREN)``). The peak RSS is that of the
largest single process: with ``--jobs`` above 1, worker processes add their own memory.

Stage timings import the library and chain the stages as ``crosscheck.pipeline`` does,
timing ingest, segment, quantities (amounts and dates), claims, shingles, copy
detection, alignment, comparison and JSON rendering separately, in one process, once.

Anything past ``--timeout`` seconds is stopped (the child's process group killed) and
reported as timed out, with the limit as a lower bound for its time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TypeVar

# Runs of `crosscheck --version` whose median is reported: start-up time is noisy.
VERSION_RUNS = 10
BYTES_PER_MB = 1_000_000
# ru_maxrss and GNU time's %M are in kibibytes on Linux.
BYTES_PER_KIB = 1024
GNU_TIME = "/usr/bin/time"
# Default limit (seconds) on one whole run and on all the in-process stages together:
# a benchmark of a pathological corpus must end, and report that it was stopped.
DEFAULT_TIMEOUT = 600.0
# Extensions crosscheck reads from a folder by default: the corpus size counts only these.
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")

T = TypeVar("T")


@dataclass
class Timing:
    """One measured row: a stage or a whole run."""

    name: str
    seconds: float
    mb_per_s: float | None = None
    peak_mb: float | None = None
    runs: list[float] = field(default_factory=list)
    timed_out: bool = False  # stopped at the time limit: ``seconds`` is that limit


def corpus_bytes(corpus: Path) -> int:
    """Bytes of the text files crosscheck will read under ``corpus``."""
    if corpus.is_file():
        return corpus.stat().st_size
    return sum(p.stat().st_size for p in corpus.rglob("*") if p.suffix in TEXT_SUFFIXES)


def crosscheck_command() -> list[str]:
    """The `crosscheck` executable next to this interpreter (the project's virtualenv)."""
    beside = Path(sys.executable).with_name("crosscheck")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("crosscheck")
    return [found] if found else [sys.executable, "-m", "crosscheck"]


class Timeout(Exception):
    """A stage or a whole run went past its time limit."""


def timed_child(
    command: Sequence[str], env: dict[str, str], timeout: float | None = None
) -> tuple[float, float]:
    """Run ``command``; return its wall time (seconds) and peak RSS (MB).

    Raises :class:`Timeout` after ``timeout`` seconds, having killed the child's whole
    process group (GNU time, crosscheck and its workers).
    """
    timing = os.path.exists(GNU_TIME)
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        wrapped = [GNU_TIME, "-o", report.name, "-f", "%M", *command] if timing else command
        start = time.perf_counter()
        child = subprocess.Popen(
            wrapped,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            _, stderr = child.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.communicate()
            raise Timeout from None
        wall = time.perf_counter() - start
        if timing:
            lines = [line for line in Path(report.name).read_text().splitlines() if line]
            peak_kib = int(lines[-1]) if lines and lines[-1].isdigit() else 0
        else:
            # The largest child so far, not only this one: an upper bound.
            peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if child.returncode != 0:
        message = stderr.decode(errors="replace").strip()
        raise SystemExit(f"{' '.join(command)} failed ({child.returncode}): {message}")
    return wall, peak_kib * BYTES_PER_KIB / BYTES_PER_MB


def summarise(name: str, runs: Sequence[tuple[float, float]], size: int) -> Timing:
    """A row from repeated runs: median wall time, MB/s at that median, highest peak RSS."""
    seconds = statistics.median(wall for wall, _ in runs)
    return Timing(
        name=name,
        seconds=seconds,
        mb_per_s=size / BYTES_PER_MB / seconds if seconds and size else None,
        peak_mb=max(peak for _, peak in runs),
        runs=[wall for wall, _ in runs],
    )


def repeated(
    name: str, commands: Sequence[tuple[list[str], dict[str, str]]], size: int, timeout: float
) -> Timing:
    """Run each command in turn; a row for them, or a timed-out row at the first timeout."""
    runs = []
    for command, env in commands:
        try:
            runs.append(timed_child(command, env, timeout))
        except Timeout:
            return Timing(name, timeout, timed_out=True)
    return summarise(name, runs, size)


def whole_runs(
    corpus: Path, repeat: int, jobs: int | None, size: int, timeout: float, cached: bool
) -> list[Timing]:
    """Cold runs without cache, then cold and warm runs on fresh cache folders."""
    base = [*crosscheck_command(), "run", str(corpus), "--format", "json", "--exit-zero"]
    if jobs is not None:
        base += ["--jobs", str(jobs)]
    env = dict(os.environ)
    rows = [
        repeated("run --no-cache (cold)", [([*base, "--no-cache"], env)] * repeat, size, timeout)
    ]
    if rows[0].timed_out or not cached:
        return rows  # (a run with the cache would time out as well)
    with tempfile.TemporaryDirectory(prefix="crosscheck-bench-cache-") as parent:
        # One fresh cache folder per repeat: each cold run starts empty and fills it, the
        # warm run after it reads it.
        folders = [env | {"CROSSCHECK_CACHE_DIR": f"{parent}/{i}"} for i in range(repeat)]
        cold: list[tuple[float, float]] = []
        warm: list[tuple[float, float]] = []
        try:
            for cached_env in folders:
                cold.append(timed_child(base, cached_env, timeout))
                warm.append(timed_child(base, cached_env, timeout))
        except Timeout:
            return [*rows, Timing("run with cache", timeout, timed_out=True)]
    return [
        *rows,
        summarise("run, empty cache (cold, fills it)", cold, size),
        summarise("run, warm cache", warm, size),
    ]


def version_timing() -> Timing:
    """Median of VERSION_RUNS runs of `crosscheck --version`."""
    command = [*crosscheck_command(), "--version"]
    runs = [timed_child(command, dict(os.environ)) for _ in range(VERSION_RUNS)]
    return summarise("crosscheck --version", runs, 0)


def _raise_timeout(signum: int, frame: object) -> None:
    raise Timeout


def stage_timings(corpus: Path, size: int, timeout: float) -> list[Timing]:
    """Each stage of the pipeline, timed in this process (single worker, no cache).

    All stages together get ``timeout`` seconds; the stage running when it expires is
    reported as timed out and the stages after it are not run.
    """
    totals: dict[str, float] = {}
    current: list[str] = []
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        _run_stages(corpus, totals, current)
    except Timeout:
        stage = current[-1] if current else "import"
        print(f"stages: stopped in or after {stage} at {timeout:.0f} s", file=sys.stderr)
        totals[f"all stages: TIMED OUT in {stage}"] = timeout
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    rows = [
        Timing(
            name,
            seconds,
            None if name in _NO_RATE or "TIMED OUT" in name else size / BYTES_PER_MB / seconds,
            timed_out="TIMED OUT" in name,
        )
        for name, seconds in totals.items()
    ]
    per_file = sum(totals.get(k, 0.0) for k in _PER_FILE)
    if per_file:
        rows.append(Timing("= per-file stages", per_file, size / BYTES_PER_MB / per_file))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * BYTES_PER_KIB / BYTES_PER_MB
    rows.append(Timing("in-process peak RSS", 0.0, None, peak))
    return rows


_INGEST = "ingest (read, decode, chrome)"
_PER_FILE = (_INGEST, "segment", "quantities + dates", "claims", "shingles")
_NO_RATE = frozenset({"import"})


def _run_stages(corpus: Path, totals: dict[str, float], current: list[str]) -> None:
    """Chain the stages as ``crosscheck.pipeline`` does (cycle collector paused), adding
    each one's time to ``totals``; ``current`` names the last stage started (for a
    timeout)."""
    started = time.perf_counter()
    from crosscheck import pipeline
    from crosscheck.actors import known_names
    from crosscheck.align import align
    from crosscheck.claims import make_claims
    from crosscheck.compare import compare
    from crosscheck.copies import shingles
    from crosscheck.datelines import published_line
    from crosscheck.ingest import read_sources
    from crosscheck.models import Claim
    from crosscheck.reads import Read, _kept_text, read_sentence
    from crosscheck.segment import Locator, split_sentences
    from crosscheck.settings import Settings
    from crosscheck.stories import build_space, find_stories, profile

    totals["import"] = time.perf_counter() - started

    def clock(stage: str, work: Callable[[], T]) -> T:
        current[:] = [stage]
        start = time.perf_counter()
        try:
            return work()
        finally:
            totals[stage] = totals.get(stage, 0.0) + time.perf_counter() - start

    # As crosscheck.pipeline.check runs them: with the cycle collector paused.
    with pipeline.collector_paused():
        settings = Settings()
        sources, skipped = clock(
            "ingest (read, decode, chrome)", lambda: read_sources([str(corpus)], settings)
        )
        reads = []
        for source in sources:
            sentences = clock("segment", lambda s=source: split_sentences(s))
            year = int(source.published[:4]) if source.published else None
            names = clock("claims", lambda s=source: known_names(s.text))
            claims = []
            days: list[tuple[str, str, str]] = []
            for sentence in sentences:
                if published_line(sentence.text) is not None:
                    continue
                quantities = clock(
                    "quantities + dates",
                    lambda s=sentence, src=source, y=year: read_sentence(
                        s, src.text, default_year=y
                    ),
                )
                days += [(q.text, q.date.earliest, q.date.latest) for q in quantities if q.date]
                claims.extend(
                    clock(
                        "claims",
                        lambda s=sentence, q=quantities, src=source, y=year, n=names: make_claims(
                            s, q, src.text, reference_year=y, names=n
                        ),
                    )
                )
            kept = clock(
                "shingles",
                lambda s=source: shingles(_kept_text(s), settings.shingle_words),
            )
            story = clock("story profile", lambda s=source, n=names, d=days: profile(s, n, d))
            reads.append(Read(source, len(sentences), tuple(claims), kept, story))
        space = clock(
            "story space (TF-IDF)",
            lambda: build_space({r.source.path: r.profile for r in reads}, settings),
        )
        copies = clock(
            "copy detection",
            lambda: pipeline.find_corpus_copies(reads, settings, space=space),
        )
        grouping = clock("stories", lambda: find_stories(space, copies, settings))
        by_story: dict[str, list[Claim]] = {}
        for r in reads:
            by_story.setdefault(grouping.of[r.source.path], []).extend(r.claims)
        all_claims = [c for r in reads for c in r.claims]
        # As build_report does: a story with fewer than two independent sources has
        # nothing to compare, and is not aligned.
        groups = clock(
            "alignment",
            lambda: [
                g
                for cs in by_story.values()
                if len({copies.get(c.source, c.source) for c in cs}) > 1
                for g in align(cs, settings)
            ],
        )
        largest = max((len(g) for g in groups), default=0)
        print(
            f"stages: {len(sources)} sources, {len(all_claims)} claims, {len(groups)} groups "
            f"(largest {largest} claims)",
            file=sys.stderr,
        )
        locators = {r.source.path: Locator(r.source) for r in reads}
        published = {r.source.path: r.source.published for r in reads}

        def locate(path: str, offset: int) -> tuple[int, int]:
            return locators[path](offset)

        clock(
            "comparison",
            lambda: [compare(g, copies, locate, settings, published) for g in groups],
        )
        report = clock(
            "build_report (copies+align+compare)",
            lambda: pipeline.build_report(reads, skipped, settings),
        )
        clock("render JSON", report.model_dump_json)


def table(rows: Sequence[Timing]) -> str:
    """A plain fixed-width table of the rows."""
    lines = [f"{'stage':<40} {'seconds':>9} {'MB/s':>8} {'peak MB':>9}"]
    for row in rows:
        rate = f"{row.mb_per_s:8.2f}" if row.mb_per_s is not None else f"{'':8}"
        peak = f"{row.peak_mb:9.0f}" if row.peak_mb is not None else f"{'':9}"
        seconds = f"{'>':>3}{row.seconds:6.1f}" if row.timed_out else f"{row.seconds:9.3f}"
        lines.append(f"{row.name:<40} {seconds} {rate} {peak}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="Folder (or file) to check.")
    parser.add_argument("--repeat", type=int, default=3, help="Whole runs per mode (median).")
    parser.add_argument("--jobs", type=int, default=None, help="Passed to crosscheck --jobs.")
    parser.add_argument("--json", action="store_true", help="Print JSON instead of a table.")
    parser.add_argument(
        "--skip",
        action="append",
        choices=("stages", "whole", "cache", "version"),
        default=[],
        help="Leave out a part (repeatable): in-process stages, whole runs, the whole runs "
        "with a cache, or --version.",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        help="Seconds allowed for each whole run, and for all the stages together.",
    )
    args = parser.parse_args()
    size = corpus_bytes(args.corpus)
    rows: list[Timing] = []
    if "stages" not in args.skip:
        rows += stage_timings(args.corpus, size, args.timeout)
    if "whole" not in args.skip:
        rows += whole_runs(
            args.corpus, args.repeat, args.jobs, size, args.timeout, "cache" not in args.skip
        )
    if "version" not in args.skip:
        rows.append(version_timing())
    if args.json:
        body = {"corpus": str(args.corpus), "bytes": size, "rows": [asdict(r) for r in rows]}
        print(json.dumps(body, indent=2))
    else:
        print(f"corpus {args.corpus}: {size / BYTES_PER_MB:.2f} MB")
        print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
