"""Re-create labelled cases of real reporting as runnable folders, outside the repository.

The repository keeps only labels (``benchmarks/real/<source>/<set>/<case>/expected.toml``),
never the articles. This script writes, for every labelled case, its articles and a copy
of its labels into ``OUT/<source>-<set>/<case>/``, ready for ``crosscheck eval``::

    python benchmarks/real/cases.py gva MIRROR OUT [--check] [--incidents FILE]
    crosscheck eval OUT/gva-dev -f json
    crosscheck eval OUT/gva-heldout -f json

``gva``: Gun Violence Archive incidents, read from the git directory MIRROR of the public
repository cltl/LongTailQATask through ``gva.py`` (its restricted unpickler only: the news
item class and datetime). Each article is ``<doc id>.txt``, as ``gva.py --layout cases``
writes it.

``--check`` then verifies the labels against the texts written: every file a label names
exists in its case, every figure string occurs verbatim in the file it is given for, a
conflict names at least two files, and no ``about``/``why`` text repeats eight or more
consecutive words of an article (labels are in the labeller's words). With
``--incidents FILE`` (the list of incidents the set may use, one id a line) it also
checks that every labelled incident is on that list and in the half of the split it is
filed under: ids ordered by sha256 of the id, the first half *dev*, the second *heldout*.
Exit status 1 if any check fails.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gva  # noqa: E402  (benchmarks/real/gva.py, next to this file)

EXPECTED = "expected.toml"
SETS = ("dev", "heldout")
SHINGLE = 8


def labelled(source: str) -> dict[str, list[Path]]:
    """Set name -> the case folders holding labels, sorted."""
    root = HERE / source
    return {s: sorted(p.parent for p in (root / s).glob(f"*/{EXPECTED}")) for s in SETS}


def write_gva(mirror: Path, out: Path, cases: dict[str, list[Path]]) -> int:
    """Write every labelled incident's articles and labels; the number of articles."""
    where = {folder.name: (s, folder) for s, folders in cases.items() for folder in folders}
    blobs = [b for b in gva._blobs(mirror) if b[0] in where]
    contents = gva._read_blobs(mirror, [b[2] for b in blobs])
    for s in SETS:
        target = out / f"gva-{s}"
        if target.exists():
            shutil.rmtree(target)
    written = 0
    for (incident, doc, _), data in zip(blobs, contents, strict=True):
        s, folder = where[incident]
        target = out / f"gva-{s}" / incident
        target.mkdir(parents=True, exist_ok=True)
        (target / f"{doc}.txt").write_text(gva.article_text(gva.load_item(data)), encoding="utf-8")
        written += 1
    for incident, (s, folder) in where.items():
        target = out / f"gva-{s}" / incident
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(folder / EXPECTED, target / EXPECTED)
    return written


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def check_case(case: Path) -> list[str]:
    """Problems with one written case's labels (empty when it is sound)."""
    problems: list[str] = []
    try:
        data = tomllib.loads((case / EXPECTED).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        return [f"{case}: cannot read {EXPECTED}: {e}"]
    texts = {p.name: p.read_text(encoding="utf-8") for p in case.glob("*.txt")}
    article_shingles: set[tuple[str, ...]] = set()
    for text in texts.values():
        article_shingles |= _shingles(_words(text))
    if not str(data.get("about", "")).strip():
        problems.append(f"{case.name}: no 'about'")
    prose = [("about", str(data.get("about", "")))]
    for kind in ("conflict", "no_conflict", "agreement"):
        for n, label in enumerate(data.get(kind, []), 1):
            where = f"{case.name}: {kind} {n}"
            claims = label.get("claims")
            if not isinstance(claims, dict) or not claims:
                problems.append(f"{where}: no claims")
                continue
            if kind == "conflict" and len(claims) < 2:
                problems.append(f"{where}: a conflict names fewer than two files")
            if not str(label.get("why", "")).strip():
                problems.append(f"{where}: no 'why'")
            prose.append((f"{kind} {n} why", str(label.get("why", ""))))
            for name, figure in claims.items():
                if name not in texts:
                    problems.append(f"{where}: names {name!r}, not a file of the case")
                elif not isinstance(figure, str) or not figure:
                    problems.append(f"{where}: empty figure for {name}")
                elif figure not in texts[name]:
                    problems.append(f"{where}: {figure!r} does not occur in {name}")
    for what, text in prose:
        copied = _shingles(_words(text)) & article_shingles
        if copied:
            problems.append(f"{case.name}: {what} repeats article words: {' '.join(min(copied))!r}")
    return problems


def check_split(cases: dict[str, list[Path]], incidents: Path) -> list[str]:
    """Labelled incidents must be on the list and filed in their half of the sha256 split."""
    ids = [x.strip() for x in incidents.read_text().split() if x.strip()]
    order = sorted(ids, key=lambda i: hashlib.sha256(i.encode()).hexdigest())
    half = {i: ("dev" if n < len(order) // 2 else "heldout") for n, i in enumerate(order)}
    problems = []
    for s, folders in cases.items():
        for folder in folders:
            if folder.name not in half:
                problems.append(f"{s}/{folder.name}: not on {incidents}")
            elif half[folder.name] != s:
                problems.append(f"{s}/{folder.name}: belongs to {half[folder.name]}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", choices=("gva",))
    parser.add_argument("mirror", type=Path, help="git directory of cltl/LongTailQATask")
    parser.add_argument("out", type=Path, help="folder to write OUT/gva-dev, OUT/gva-heldout")
    parser.add_argument("--check", action="store_true", help="verify labels against the texts")
    parser.add_argument("--incidents", type=Path, help="ids the set may use (checks the split)")
    args = parser.parse_args(argv)
    cases = labelled(args.source)
    n = write_gva(args.mirror, args.out, cases)
    counts = {s: len(f) for s, f in cases.items()}
    print(f"{n} articles of {counts} labelled incidents written to {args.out}", file=sys.stderr)
    if not args.check:
        return 0
    problems: list[str] = []
    for s in SETS:
        for case in sorted((args.out / f"{args.source}-{s}").glob(f"*/{EXPECTED}")):
            problems += [f"{s}/{p}" for p in check_case(case.parent)]
    if args.incidents:
        problems += check_split(cases, args.incidents)
    for p in problems:
        print(p, file=sys.stderr)
    labels = 0
    for s in SETS:
        for folder in cases[s]:
            data = tomllib.loads((folder / EXPECTED).read_text(encoding="utf-8"))
            labels += len(data.get("conflict", []))
    print(
        f"check: {'FAILED, ' + str(len(problems)) + ' problems' if problems else 'ok'}"
        f" ({labels} conflict labels)",
        file=sys.stderr,
    )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
