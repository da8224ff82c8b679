#!/usr/bin/env python3
"""Re-count a judged probe's conflicts at any commit (probe11, probe12, ...).

    python benchmarks/real/probe_count.py PROBE RUNS_DIR

PROBE is the probe's folder under benchmarks/real (its JUDGED.md is read) or a path to a
JUDGED.md.

RUNS_DIR holds one `crosscheck run <topic> -f json` output per topic (`<topic>.json`).
Every flagged conflict is keyed by topic + subject + the sorted set of its side values, and
looked up in the judgements table of JUDGED.md (columns: topic | subject | values | REAL/FALSE
| why; values separated by " / ", in any order). Prints each conflict's key and label
(REAL, FALSE or UNJUDGED), then per-topic counts and the totals.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def values_key(values) -> tuple[str, ...]:
    return tuple(sorted({v.strip() for v in values if v.strip()}))


def read_judged(path: Path) -> dict[tuple, str]:
    """(topic, subject, values) -> REAL/FALSE, from the markdown table rows."""
    judged: dict[tuple, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) < 5:
            continue
        label = cells[3].upper()
        if label not in ("REAL", "FALSE"):
            continue
        key = (cells[0], cells[1], values_key(cells[2].split(" / ")))
        if key in judged and judged[key] != label:
            print(f"warning: {key} judged both {judged[key]} and {label}", file=sys.stderr)
        judged[key] = label
    return judged


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("probe", help="probe11, probe12, ... or a path to a JUDGED.md")
    ap.add_argument("runs", type=Path, help="folder of <topic>.json crosscheck outputs")
    args = ap.parse_args(argv)
    probe = Path(args.probe)
    args.judged = probe if probe.suffix == ".md" else HERE / probe / "JUDGED.md"

    judged = read_judged(args.judged)
    per_topic: dict[str, Counter] = defaultdict(Counter)
    total: Counter = Counter()
    seen = set()
    for run_file in sorted(args.runs.glob("*.json")):
        data = json.loads(run_file.read_text(encoding="utf-8"))
        topic = run_file.stem
        per_topic[topic]  # topics with nothing flagged are listed too
        for f in data.get("findings", []):
            if f.get("kind") != "conflict":
                continue
            key = (topic, f.get("subject") or "", values_key(s["value"] for s in f["sides"]))
            label = judged.get(key, "UNJUDGED")
            seen.add(key)
            per_topic[topic][label] += 1
            total[label] += 1
            print(f"{label:8} {topic} | {key[1]} | {' / '.join(key[2])}")

    print()
    print("| topic | flagged | REAL | FALSE | UNJUDGED |")
    print("|---|---|---|---|---|")
    for topic, c in sorted(per_topic.items()):
        n = sum(c.values())
        print(f"| {topic} | {n} | {c['REAL']} | {c['FALSE']} | {c['UNJUDGED']} |")
    flagged = sum(total.values())
    judged_n = total["REAL"] + total["FALSE"]
    prec = f"{total['REAL'] / judged_n:.2f}" if judged_n else "n/a"
    print()
    print(
        f"flagged {flagged}, REAL {total['REAL']}, FALSE {total['FALSE']}, "
        f"UNJUDGED {total['UNJUDGED']}; precision over judged {prec}"
    )
    gone = sorted(k for k in judged if k not in seen and k[0] in per_topic)
    if gone:
        print(f"judged findings no longer flagged: {len(gone)}")
        for k in gone:
            print(f"  {judged[k]:5} {k[0]} | {k[1]} | {' / '.join(k[2])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
