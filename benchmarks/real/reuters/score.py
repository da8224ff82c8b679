"""Score a Reuters-1000 run against the labelled conflicts (labels.jsonl, no texts).

    crosscheck run /tmp/real/reuters-1000 -f json --exit-zero --no-cache > run.json
    python benchmarks/real/reuters/score.py run.json

A conflict matches a label when its subject is the label's and its sources' file names are
among the label's files. Prints each conflict with its verdict (``new`` if unlabelled) and
a count by verdict.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

LABELS = Path(__file__).with_name("labels.jsonl")


def main(argv: list[str]) -> int:
    labels = [json.loads(line) for line in LABELS.read_text().splitlines() if line.strip()]
    report = json.loads(Path(argv[0]).read_text())
    counts: Counter[str] = Counter()
    for finding in report["findings"]:
        if finding["kind"] != "conflict":
            continue
        files = {Path(c["source"]).stem for c in finding["claims"]}
        verdict = next(
            (
                label["verdict"]
                for label in labels
                if label["subject"] == finding["subject"] and files <= set(label["files"])
            ),
            "new",
        )
        counts[verdict] += 1
        values = " / ".join(side["value"] for side in finding["sides"])
        print(f"{verdict:7} {finding['subject']} | {values} | {' '.join(sorted(files))}")
    total = sum(counts.values())
    print(f"{total} conflicts: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
