"""The dask engine against the local one: wall time, peak memory of each process, and
whether the two JSON reports are the same bytes.

    python benchmarks/dask_bench.py PATH... [--runs 2] [--jobs 2] [--json]

Runs ``crosscheck run PATH... --format json --no-cache`` with ``--jobs N`` (local worker
processes) and with ``--engine dask --jobs N`` (a LocalCluster of N worker processes),
interleaved (local, dask, local, dask, ...) so both meet the same load on a shared
machine. While each runs, the process tree is sampled every SAMPLE_SECONDS with psutil
(a dependency of distributed): the peak resident memory of the main process and of each
child (the workers), and the peak of their sum. Reports the median of each engine's
runs and the ratio dask / local.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

# How often the process tree's memory is read: often enough to catch a worker's peak
# (a partition takes about 0.4 s), cheap enough not to load the machine.
SAMPLE_SECONDS = 0.2
MB = 1024 * 1024


def measure(command: list[str]) -> dict[str, Any]:
    """Run ``command``; its wall time, exit code and peak memory (MB) by process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    root = psutil.Process(process.pid)
    peaks: dict[int, float] = {}
    helpers: set[int] = set()
    total_peak = 0.0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        total = 0.0
        for proc in tree:
            try:
                rss = proc.memory_info().rss / MB
                if proc.pid not in peaks and _helper(proc):
                    helpers.add(proc.pid)
            except psutil.NoSuchProcess:
                continue
            total += rss
            peaks[proc.pid] = max(peaks.get(proc.pid, 0.0), rss)
        total_peak = max(total_peak, total)
        time.sleep(SAMPLE_SECONDS)
    _, stderr = process.communicate()
    wall = time.perf_counter() - start
    main = peaks.pop(process.pid, 0.0)
    workers = sorted((rss for pid, rss in peaks.items() if pid not in helpers), reverse=True)
    return {
        "seconds": round(wall, 2),
        "returncode": process.returncode,
        "main_mb": round(main),
        "worker_mb": [round(w) for w in workers],
        "total_mb": round(total_peak),
        "stderr": stderr.decode(errors="replace")[-500:],
    }


def _helper(proc: psutil.Process) -> bool:
    """Multiprocessing's resource tracker or fork server: a helper, not a worker."""
    line = " ".join(proc.cmdline())
    return "resource_tracker" in line or "forkserver" in line


def _medians(runs: list[dict[str, Any]]) -> dict[str, float]:
    """Medians over runs: seconds, the main process's peak, the largest worker's peak,
    and the peak of the whole tree (MB)."""
    return {
        "seconds": statistics.median(r["seconds"] for r in runs),
        "main_mb": statistics.median(r["main_mb"] for r in runs),
        "worker_mb": statistics.median(max(r["worker_mb"] or [0]) for r in runs),
        "total_mb": statistics.median(r["total_mb"] for r in runs),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--runs", type=int, default=2, help="Runs of each engine.")
    parser.add_argument("--jobs", type=int, default=2, help="Worker processes.")
    parser.add_argument("--json", action="store_true", help="Print the results as JSON.")
    parser.add_argument("--keep", type=Path, help="Keep the reports in this folder.")
    args = parser.parse_args(argv)
    crosscheck = str(Path(sys.executable).parent / "crosscheck")
    out = args.keep or Path(tempfile.mkdtemp(prefix="dask-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    results: dict[str, list[dict[str, Any]]] = {"local": [], "dask": []}
    digests: dict[str, set[str]] = {"local": set(), "dask": set()}
    for run in range(args.runs):
        for engine in ("local", "dask"):
            report = out / f"{engine}-{run}.json"
            command = [crosscheck, "run", *args.paths, "--format", "json", "--no-cache"]
            command += ["--exit-zero", "--jobs", str(args.jobs), "-o", str(report)]
            if engine == "dask":
                command += ["--engine", "dask"]
            result = measure(command)
            result["sha256"] = hashlib.sha256(report.read_bytes()).hexdigest()[:16]
            digests[engine].add(result["sha256"])
            results[engine].append(result)
            print(f"{engine} run {run + 1}: {json.dumps(result)}", file=sys.stderr)
    if args.keep is None:
        shutil.rmtree(out)
    summary: dict[str, object] = {e: _medians(runs) for e, runs in results.items()}
    local, dask = _medians(results["local"]), _medians(results["dask"])
    summary["ratio_seconds"] = round(dask["seconds"] / local["seconds"], 2)
    summary["same_report"] = digests["local"] == digests["dask"] and len(digests["local"]) == 1
    summary["runs"] = results
    if args.json:
        print(json.dumps(summary, indent=2))
        return 0
    for engine, s in (("local", local), ("dask", dask)):
        print(
            f"{engine:6} {s['seconds']:7.1f} s  main {s['main_mb']:6.0f} MB  "
            f"worker {s['worker_mb']:6.0f} MB  all {s['total_mb']:6.0f} MB"
        )
    print(f"dask / local time: {summary['ratio_seconds']}; same report: {summary['same_report']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
