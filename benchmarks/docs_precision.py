"""Precision on a documentation tree (issue 17): a seeded random sample of the conflicts
crosscheck flags, labelled by hand.

    python benchmarks/docs_precision.py show TREE --labels FILE [--sample 100] [--seed 17]
    python benchmarks/docs_precision.py score TREE --labels FILE [--sample 100] [--seed 17]

TREE is a checkout of the tree, kept outside the repository (see benchmarks/README.md for
how each tree is re-created under /tmp); nothing of it is committed. Both commands run
``crosscheck run TREE --no-cache --format json`` (or read ``--report FILE``, a saved
report of that command), take the conflicts in order of their id, and draw ``--sample`` of
them with ``random.Random(seed)``.

``show`` prints each drawn conflict with its sentences, for labelling, and says which have
no label yet. ``score`` prints the precision over the labelled ones of the sample and the
drawn conflicts without a label.

FILE is JSON Lines, one conflict a line, with no text of the tree: the finding's ``id``,
its ``sides`` as ``[path relative to TREE, line, value]``, the ``verdict`` (``real`` or
``false``) and a short ``why`` (a code, e.g. ``other-entity``, ``other-time``,
``other-attribute``, ``other-qualifier``, ``rounding``, ``same-value``, ``not-a-claim``).
A label is matched to a finding by its id, else by its sides (ids change when the masked
frame changes). A conflict is real only when two pages give different values for the same
entity, attribute, time and qualifier.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

Side = tuple[str, int, str]


def report_of(tree: Path, jobs: int, saved: str | None) -> dict[str, Any]:
    if saved:
        return dict(json.loads(Path(saved).read_text(encoding="utf-8")))
    run = subprocess.run(
        [sys.executable, "-m", "crosscheck", "run", str(tree), "--no-cache", "--format", "json",
         "--jobs", str(jobs), "--fail-on", "never"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if run.returncode != 0:
        raise SystemExit(run.stderr.strip() or f"crosscheck exited {run.returncode}")
    return dict(json.loads(run.stdout))


def drawn(report: dict[str, Any], size: int, seed: int) -> list[dict[str, Any]]:
    conflicts = sorted(
        (f for f in report["findings"] if f["kind"] == "conflict"), key=lambda f: f["id"]
    )
    if len(conflicts) <= size:
        return conflicts
    return random.Random(seed).sample(conflicts, size)


def sides_of(finding: dict[str, Any], tree: Path) -> tuple[Side, ...]:
    root = str(tree).rstrip("/") + "/"
    sides = []
    for claim in finding["claims"]:
        path = claim["source"]
        path = path[len(root) :] if path.startswith(root) else path
        sides.append((path, int(claim["line"]), str(claim["quantity"]["text"])))
    return tuple(sorted(sides))


def load_labels(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def label_of(
    finding: dict[str, Any], tree: Path, labels: list[dict[str, Any]]
) -> dict[str, Any] | None:
    sides = sides_of(finding, tree)
    for label in labels:
        if label["id"] == finding["id"]:
            return label
    for label in labels:
        if tuple(tuple(s) for s in label["sides"]) == sides:
            return label
    return None


def show(finding: dict[str, Any], tree: Path, number: int) -> None:
    root = str(tree).rstrip("/") + "/"
    print(
        f"#{number} {finding['id']}  entity={finding.get('entity')}  subject={finding['subject']}"
    )
    for claim in finding["claims"]:
        path = claim["source"].removeprefix(root)
        sentence = " ".join(claim["sentence"].split())
        wrapped = textwrap.shorten(sentence, 400)
        print(f"   {path}:{claim['line']}  [{claim['quantity']['text']}]  {wrapped}")
        header = _table_header(Path(claim["source"]), int(claim["line"]))
        if header:
            print(f"      header: {textwrap.shorten(header, 300)}")


def _table_header(path: Path, line: int) -> str | None:
    """The header row of the Markdown table a line sits in, for the labeller."""
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except OSError:
        return None
    i = line - 1
    if not 0 <= i < len(lines) or not lines[i].lstrip().startswith("|"):
        return None
    while i > 0 and lines[i - 1].lstrip().startswith("|"):
        i -= 1
    return lines[i].strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["show", "score"])
    parser.add_argument("tree")
    parser.add_argument("--labels", required=True)
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--report", help="a saved `crosscheck run TREE --format json` report")
    parser.add_argument("--unlabelled", action="store_true", help="show only those unlabelled")
    args = parser.parse_args()
    tree = Path(args.tree).resolve()
    report = report_of(tree, args.jobs, args.report)
    sample = drawn(report, args.sample, args.seed)
    labels = load_labels(Path(args.labels))
    conflicts = sum(f["kind"] == "conflict" for f in report["findings"])
    missing = 0
    real = 0
    labelled = 0
    for number, finding in enumerate(sample, 1):
        label = label_of(finding, tree, labels)
        if label is None:
            missing += 1
        else:
            labelled += 1
            real += label["verdict"] == "real"
        if args.command == "show" and (label is None or not args.unlabelled):
            show(finding, tree, number)
            if label is not None:
                print(f"   label: {label['verdict']} ({label.get('why', '')})")
            else:
                sides = [list(s) for s in sides_of(finding, tree)]
                print("   new: " + json.dumps({"id": finding["id"], "sides": sides}))
    precision = real / labelled if labelled else 0.0
    print(
        f"conflicts {conflicts} (corpus: {report.get('corpus')}); sample {len(sample)} "
        f"(seed {args.seed}); labelled {labelled}, real {real}: precision {precision:.3f}; "
        f"without a label: {missing}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
