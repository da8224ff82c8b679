#!/usr/bin/env python3
"""Measure a change where no rule was written yet: on the dev halves of judged probes, at
the commit each was judged (before any rule was written from it), with and without the
change.

    python benchmarks/real/first_sight.py PATCH [--probes 20-26] [--texts /work]

PATCH is a diff of `src/` (`git diff main -- src > change.patch`, or `git show COMMIT --
src`). For each probe, its JUDGED.md names the commit it was judged at; that commit's
`src/` is taken twice with `git archive` (as judged, and with PATCH applied), and every dev
topic (`<texts>/real-probeNN/<topic>/`, the probe's README split; all topics of a probe
without a split) is run with each (`python -m crosscheck run TOPIC -f json --exit-zero
--no-cache`). The conflicts are counted against JUDGED.md as `probe_count.py` does.

Rules written from a probe's dev half fix its false alarms at later commits, so a change
measured there at HEAD shows only its cost. At the judge commits the false alarms are
still there, as they are on unseen reporting: a general mechanism removes some of them
and loses no real conflict; a rule fitting one sentence removes none elsewhere. Held-out
halves are never run. Prints one line per probe and the totals; `--show` also prints the
conflicts that changed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))

from probe_count import read_judged, values_key  # noqa: E402

_COMMIT = re.compile(r"Commit:\s*`([0-9a-f]{7,40})`")
_DEV_ROW = re.compile(r"^\|\s*\d+\s*\|\s*dev\s*\|\s*([^|\s]+)\s*\|", re.MULTILINE)


def probe_range(text: str) -> list[int]:
    first, _, last = text.partition("-")
    return list(range(int(first), int(last or first) + 1))


def dev_topics(probe: Path, texts: Path) -> list[Path]:
    readme = (probe / "README.md").read_text(encoding="utf-8")
    names = _DEV_ROW.findall(readme)
    if not names and "No split" in readme:
        names = [p.name for p in texts.iterdir() if p.is_dir() and not p.name.startswith("_")]
    return [texts / n for n in sorted(names) if (texts / n).is_dir()]


def source_tree(commit: str, into: Path, patch: Path | None) -> Path:
    into.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", commit, "src"], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    if patch is not None:
        subprocess.run(
            ["git", "apply", "--include=src/*", str(patch.resolve())], cwd=into, check=True
        )
    return into / "src"


def conflicts(src: Path, topic: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    env = dict(os.environ, PYTHONPATH=str(src))
    command = [sys.executable, "-m", "crosscheck", "run", str(topic), "-f", "json"]
    out = subprocess.run(
        [*command, "--exit-zero", "--no-cache"],
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    report = json.loads(out) if out.strip() else {"findings": []}
    return [
        (topic.name, f.get("subject") or "", values_key(s["value"] for s in f["sides"]))
        for f in report["findings"]
        if f.get("kind") == "conflict"
    ]


def count(keys: list, judged: dict) -> Counter:
    return Counter(judged.get(k, "UNJUDGED") for k in keys)


def line(c: Counter) -> str:
    flagged = sum(c.values())
    return f"{flagged} flagged, {c['REAL']} real, {c['FALSE']} false, {c['UNJUDGED']} unjudged"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("patch", type=Path, help="a diff of src/")
    ap.add_argument("--probes", default="20-26", help="probe numbers, e.g. 20-26")
    ap.add_argument("--texts", type=Path, default=Path("/work"), help="holds real-probeNN/")
    ap.add_argument("--show", action="store_true", help="print the conflicts that changed")
    args = ap.parse_args(argv)
    totals = {"judged": Counter(), "changed": Counter()}
    with tempfile.TemporaryDirectory(prefix="first-sight-") as tmp:
        for n in probe_range(args.probes):
            probe = HERE / f"probe{n}"
            judged_md = probe / "JUDGED.md"
            found = _COMMIT.search(judged_md.read_text(encoding="utf-8"))
            texts = args.texts / f"real-probe{n}"
            if found is None or not texts.is_dir():
                print(f"probe{n}: skipped (no judge commit in JUDGED.md, or no {texts})")
                continue
            commit = found.group(1)
            try:
                base = source_tree(commit, Path(tmp) / f"{n}-base", None)
                changed = source_tree(commit, Path(tmp) / f"{n}-changed", args.patch)
            except subprocess.CalledProcessError:
                print(f"probe{n}: skipped (commit {commit} not here, or the patch does not apply)")
                continue
            judged = read_judged(judged_md)
            before: list = []
            after: list = []
            for topic in dev_topics(probe, texts):
                before += conflicts(base, topic)
                after += conflicts(changed, topic)
            b, a = count(before, judged), count(after, judged)
            totals["judged"] += b
            totals["changed"] += a
            print(f"probe{n} at {commit}: as judged {line(b)}; with the change {line(a)}")
            if args.show:
                for k in sorted(set(before) ^ set(after)):
                    sign = "-" if k in before else "+"
                    label = judged.get(k, "UNJUDGED")
                    print(f"  {sign} {label:8} {k[0]} | {k[1]} | {' / '.join(k[2])}")
    print(f"total: as judged {line(totals['judged'])}; with the change {line(totals['changed'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
