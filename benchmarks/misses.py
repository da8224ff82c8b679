"""Why each labelled conflict was missed: a breakdown of the misses of `crosscheck eval`.

For every case under CASES (folders of sources and an ``expected.toml``, as `crosscheck
eval` reads them), each missed conflict is put in the first bucket that explains it:

* ``not read``: a labelled figure is read as no quantity of its file;
* ``nothing said of it``: it is read, but as a claim that says nothing of what it counts
  (no counted thing; an age with no holder), so it is never aligned;
* ``stories apart``: the labelled files were put in different stories;
* ``not aligned``: both are claims, but no finding holds the two (other counted things,
  holders, qualifiers or sentences; or a group whose figures no two articles dispute, as
  when one article states both figures);
* ``not a conflict``: a finding holds both, but judged them agreeing or compatible.

    python benchmarks/misses.py CASES [--json]

Reads the texts under CASES; writes nothing. The real cases' texts are re-created outside
the repository (benchmarks/real/README.md); never point it at a held-out set while
developing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from crosscheck.evaluate import Label, load_cases, score_case
from crosscheck.ingest import read_sources
from crosscheck.models import Claim, Finding, QuantityKind, Report
from crosscheck.pipeline import check
from crosscheck.reads import read_claims
from crosscheck.settings import Settings

BUCKETS = ("not read", "nothing said of it", "stories apart", "not aligned", "not a conflict")


def _said(claim: Claim) -> bool:
    if claim.quantity.kind is QuantityKind.AGE:
        return claim.actor is not None
    return claim.counted is not None


def _holds(finding: Finding, folder: Path, name: str, figure: str) -> bool:
    return any(Path(c.source).name == name and figure in c.quantity.text for c in finding.claims)


def bucket(label: Label, folder: Path, report: Report, claims: dict[str, list[Claim]]) -> str:
    """The first bucket (see the module's text) that explains a missed ``label``."""
    for name, figure in label.claims.items():
        read = [c for c in claims.get(name, []) if figure in c.quantity.text]
        if not read:
            return "not read"
        if not any(_said(c) for c in read):
            return "nothing said of it"
    story_of = {Path(s).name: story.id for story in report.stories for s in story.sources}
    if len({story_of.get(name) for name in label.claims}) > 1:
        return "stories apart"
    both = [
        f
        for f in report.findings
        if all(_holds(f, folder, name, figure) for name, figure in label.claims.items())
    ]
    return "not a conflict" if both else "not aligned"


def breakdown(root: Path, settings: Settings) -> dict[str, object]:
    counts: Counter[str] = Counter()
    rows = []
    for case in load_cases(root):
        paths = [str(p) for p in sorted(case.path.rglob("*")) if p.suffix in settings.extensions]
        report = check(paths, settings)
        result = score_case(case, report.conflicts)
        if not result.misses:
            continue
        sources, _ = read_sources(paths, settings)
        claims = {Path(s.path).name: list(read_claims(s).claims) for s in sources}
        for label in result.misses:
            found = bucket(label, case.path, report, claims)
            counts[found] += 1
            rows.append({"case": case.path.name, "bucket": found, "why": label.why})
    return {"buckets": {b: counts[b] for b in BUCKETS}, "misses": rows}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("--json", action="store_true", help="print the breakdown as JSON")
    args = parser.parse_args()
    out = breakdown(args.cases, Settings())
    if args.json:
        sys.stdout.write(json.dumps(out, indent=2) + "\n")
        return 0
    buckets = out["buckets"]
    assert isinstance(buckets, dict)
    for name, n in buckets.items():
        sys.stdout.write(f"{n:4d}  {name}\n")
    for row in out["misses"]:  # type: ignore[attr-defined]
        sys.stdout.write(f"  {row['case']}  {row['bucket']}: {row['why']}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
