"""What corroboration costs real conflicts: labelled cases, undated, inside a large corpus.

Corroboration (``crosscheck.corroboration``) compares two undated sources of a corpus of
``corroborate-documents`` or more only where they agree on some figure. It is meant for
large undated wire archives; this measures what it loses on real multi-outlet reporting
put in such an archive. Every labelled case under CASES is copied with its
``Published:`` lines removed (undated, as a wire archive is), next to BACKGROUND documents
(unrelated undated stories, e.g. Reuters-21578's first 1,000, as one unlabelled case), and
all are checked in one run (``crosscheck eval --mixed``), with corroboration and without.
Only the labelled cases are scored: the background's own findings are reported apart.

    python benchmarks/corroboration.py CASES BACKGROUND [--json]

The texts are re-created outside the repository (benchmarks/real/README.md); this script
writes its copies under a temporary folder and deletes them.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

from crosscheck.evaluate import ACROSS, evaluate
from crosscheck.settings import Settings

_PUBLISHED = re.compile(r"(?m)^Published:.*\n?")
BACKGROUND_CASE = "zz-background"


def build(cases: Path, background: Path, out: Path) -> None:
    for expected in sorted(cases.rglob("expected.toml")):
        folder = expected.parent
        target = out / folder.relative_to(cases)
        target.mkdir(parents=True)
        shutil.copy(expected, target / "expected.toml")
        for text in sorted(folder.glob("*.txt")):
            body = text.read_text(encoding="utf-8")
            (target / text.name).write_text(_PUBLISHED.sub("", body), encoding="utf-8")
    target = out / BACKGROUND_CASE
    target.mkdir()
    (target / "expected.toml").write_text(
        'about = "unrelated undated stories: every conflict among them is scored apart"\n',
        encoding="utf-8",
    )
    for text in sorted(background.glob("*.txt")):
        shutil.copy(text, target / text.name)


def score(root: Path, settings: Settings) -> dict[str, object]:
    result = evaluate(root, settings, mixed=True)
    labelled = [
        c for c in result.cases if c.case not in (ACROSS,) and BACKGROUND_CASE not in c.case
    ]
    expected = sum(c.expected for c in labelled)
    hits = sum(c.hits for c in labelled)
    found = sum(c.conflicts_found for c in labelled)
    alarms = sum(len(c.false_alarms) for c in labelled)
    rest = [c for c in result.cases if c not in labelled]
    return {
        "precision": round((found - alarms) / found, 4) if found else 1.0,
        "recall": round(hits / expected, 4) if expected else 1.0,
        "expected": expected,
        "hits": hits,
        "conflicts_found": found,
        "false_alarms": alarms,
        "background_and_across_conflicts": sum(c.conflicts_found for c in rest),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("background", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        build(args.cases, args.background, root)
        out = {
            "corroboration": score(root, Settings()),
            "without": score(root, Settings(corroborate_documents=10**9)),
        }
    if args.json:
        sys.stdout.write(json.dumps(out, indent=2) + "\n")
    else:
        for name, row in out.items():
            sys.stdout.write(f"{name}: {json.dumps(row)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
