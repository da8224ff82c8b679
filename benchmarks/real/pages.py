"""Re-create the labelled cases of real multi-outlet news pages, outside the repository.

The texts are excerpts of public web pages, saved from the ``pages`` corpus of the
project's search tool (each page's text from its beginning, about 2,000 characters). They
are not in the repository; it holds only the labels and, for every text, its address, the
query that found it and the sha256 of the saved file:

    benchmarks/real/pages/{dev,heldout}/<topic>/expected.toml
    benchmarks/real/pages/{dev,heldout}/<topic>/sources.json

    python benchmarks/real/pages.py [TEXTS] OUT

TEXTS (default /work/real-pages) holds one folder per topic with the saved texts
(``<topic>/<outlet>.txt``). The script checks every text against the sha256 in
sources.json, every label's file and figure (the figure must occur verbatim in the text),
and the split (topics ordered by sha256 of their name: first half dev, second half
held out), then writes runnable cases, texts and expected.toml:

    OUT/pages-dev/<topic>/        OUT/pages-heldout/<topic>/

and ``crosscheck eval OUT/pages-dev`` scores them. Nothing is written when a check fails.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

LABELS = Path(__file__).resolve().parent / "pages"
SPLITS = ("dev", "heldout")
DEFAULT_TEXTS = Path("/work/real-pages")
TABLES = ("conflict", "no_conflict", "agreement")


@dataclass
class Case:
    split: str
    topic: str
    folder: Path
    files: dict[str, dict[str, str]]
    labels: dict[str, list[dict]]
    problems: list[str] = field(default_factory=list)


def load_cases(labels: Path = LABELS) -> list[Case]:
    cases = []
    for split in SPLITS:
        for folder in sorted(p for p in (labels / split).iterdir() if p.is_dir()):
            sources = json.loads((folder / "sources.json").read_text(encoding="utf-8"))
            expected = tomllib.loads((folder / "expected.toml").read_text(encoding="utf-8"))
            tables = {t: list(expected.get(t, [])) for t in TABLES}
            cases.append(Case(split, folder.name, folder, sources["files"], tables))
            if not str(expected.get("about", "")).strip():
                cases[-1].problems.append(f"{split}/{folder.name}: expected.toml has no 'about'")
    return cases


def expected_split(topics: list[str]) -> dict[str, str]:
    """Topics ordered by sha256 of their name: the first half is dev, the rest held out."""
    order = sorted(topics, key=lambda t: hashlib.sha256(t.encode()).hexdigest())
    half = len(order) // 2
    return {t: ("dev" if i < half else "heldout") for i, t in enumerate(order)}


def check(case: Case, texts: Path, changed_ok: bool = False) -> dict[str, str]:
    """The case's texts by file name, after checking them and its labels (problems noted).

    ``changed_ok``: a text whose sha256 differs from the saved one (the stored excerpt has
    drifted since) is used all the same, with a warning on stderr; its labels' figures must
    still occur in it verbatim."""
    out: dict[str, str] = {}
    where = f"{case.split}/{case.topic}"
    for name, meta in sorted(case.files.items()):
        path = texts / case.topic / name
        resave = (
            f"re-save it from the search tool's 'pages' corpus (url {meta.get('url')!r}, "
            f"query {meta.get('query')!r}; the excerpt as it came, headline first) "
            f"as {path}"
        )
        if not path.is_file():
            case.problems.append(f"{where}: {name} is missing: {resave}")
            continue
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if digest != meta.get("sha256"):
            changed = (
                f"{where}: {name} has changed (sha256 {digest[:12]}…, expected "
                f"{str(meta.get('sha256'))[:12]}…)"
            )
            if not changed_ok:
                case.problems.append(f"{changed}: {resave}")
                continue
            print(f"warning: {changed}; used as it is (--changed-ok)", file=sys.stderr)
        out[name] = data.decode("utf-8")
    for table, entries in case.labels.items():
        for i, entry in enumerate(entries, 1):
            claims = entry.get("claims", {})
            if len(claims) < 2 and table != "agreement":
                case.problems.append(f"{where}: [[{table}]] #{i} names fewer than two files")
            for name, figure in claims.items():
                if name not in case.files:
                    case.problems.append(
                        f"{where}: [[{table}]] #{i} names {name!r}, not listed in sources.json"
                    )
                elif name in out and figure not in out[name]:
                    case.problems.append(
                        f"{where}: [[{table}]] #{i}: figure {figure!r} does not occur in {name}"
                    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        usage="%(prog)s [TEXTS] OUT",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="[TEXTS] OUT")
    parser.add_argument("--labels", type=Path, default=LABELS, help=argparse.SUPPRESS)
    parser.add_argument(
        "--changed-ok",
        action="store_true",
        help="use a text whose sha256 differs from the saved one (the stored excerpt has "
        "drifted), with a warning, when every label's figure still occurs in it",
    )
    args = parser.parse_args(argv)
    if len(args.paths) > 2:
        parser.error("give at most TEXTS and OUT")
    texts, out = (DEFAULT_TEXTS, args.paths[0]) if len(args.paths) == 1 else args.paths
    if not texts.is_dir():
        print(
            f"{texts}: no such folder of saved texts; save each page listed in "
            f"{args.labels}/*/*/sources.json from the search tool's 'pages' corpus as "
            f"{texts}/<topic>/<file>",
            file=sys.stderr,
        )
        return 2
    cases = load_cases(args.labels)
    split = expected_split([c.topic for c in cases])
    problems: list[str] = []
    contents = []
    for case in cases:
        if split[case.topic] != case.split:
            case.problems.append(
                f"{case.split}/{case.topic}: belongs in {split[case.topic]} by the sha256 order"
            )
        contents.append(check(case, texts, args.changed_ok))
        problems += case.problems
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    for case, files in zip(cases, contents, strict=True):
        target = out / f"pages-{case.split}" / case.topic
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        for name, text in files.items():
            (target / name).write_bytes(text.encode("utf-8"))
        shutil.copyfile(case.folder / "expected.toml", target / "expected.toml")
    for s in SPLITS:
        mine = [c for c in cases if c.split == s]
        n = {t: sum(len(c.labels[t]) for c in mine) for t in TABLES}
        print(
            f"pages-{s}: {len(mine)} topics, {sum(len(c.files) for c in mine)} texts, "
            f"{n['conflict']} conflicts, {n['no_conflict']} not conflicts, "
            f"{n['agreement']} agreements -> {out / f'pages-{s}'}",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
