"""Count the conflicts crosscheck flags on the GVA dev-half incidents no label was written
for, one run per incident: a probe of false alarms on real reporting that no rule was
written against (until it is used, see benchmarks/real/README.md).

    python benchmarks/real/gva.py MIRROR /tmp/real/devx --layout cases \
        --incidents benchmarks/real/gva/dev-unlabelled.txt
    python benchmarks/real/gva_probe.py /tmp/real/devx
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path, help="folder of incident folders")
    args = parser.parse_args(argv)
    total = 0
    cases = sorted(p for p in args.cases.iterdir() if p.is_dir())
    for case in cases:
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "crosscheck",
                "run",
                str(case),
                "-f",
                "json",
                "--exit-zero",
                "--no-cache",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        report = json.loads(out.stdout)
        for finding in report["findings"]:
            if finding["kind"] != "conflict":
                continue
            total += 1
            values = " vs ".join(side["value"] for side in finding["sides"])
            print(f"{case.name}\t{finding['subject']}\t{values}")
    print(f"{total} conflicts flagged on {len(cases)} incidents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
