"""Speed on a documentation tree (issue 17): cold runs (``--no-cache``) of
``crosscheck run TREE --jobs N``, their median, and what the report found.

    python benchmarks/docs_speed.py TREE [--runs 3] [--jobs 2]

TREE is a checkout kept outside the repository (see benchmarks/README.md). The machine is
shared: quote the median of runs made one after another, next to the load it had, and
the CPU time (steadier than the wall time on a loaded machine).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tree")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    times: list[float] = []
    cpus: list[float] = []
    summary: dict[str, object] = {}
    for run in range(args.runs):
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            load = os.getloadavg()[0]
            used = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "crosscheck", "run", args.tree, "--no-cache",
                 "--jobs", str(args.jobs), "--format", "json", "--fail-on", "never",
                 "--output", out.name],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            elapsed = time.perf_counter() - start
            now = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = now.ru_utime - used.ru_utime + now.ru_stime - used.ru_stime
            if done.returncode != 0:
                print(done.stderr, file=sys.stderr)
                return 2
            report = json.loads(Path(out.name).read_text(encoding="utf-8"))
        summary = dict(report["summary"])
        times.append(elapsed)
        cpus.append(cpu)
        print(
            f"run {run + 1}: {elapsed:.1f} s, {cpu:.1f} s of CPU (crosscheck and its "
            f"workers; load average before: {load:.1f})"
        )
    print(
        f"median {statistics.median(times):.1f} s ({statistics.median(cpus):.1f} s of CPU) of "
        f"{args.runs} cold runs, {args.jobs} jobs; "
        f"{summary.get('sources')} sources, {summary.get('conflicts')} conflicts"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
