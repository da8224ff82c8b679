"""Recall by perturbation on a documentation tree (issue 17).

In a copy of the tree, one occurrence of each of N figures that two or three pages state
alike is changed by +30% in the same format ("$10.75 billion" -> "$13.98 billion"), and
crosscheck is run on the copy. A figure counts as found when a conflict pairs the changed
occurrence with one of its partner pages.

"Stated alike" is decided without crosscheck's alignment: the same figure as written
(number, currency, scale word, unit), in prose of two or three pages, where the content
words around it (8 a side, numbers and function words left out) overlap by at least half
of the fewer and by at least three words. crosscheck's reading is used only to find the
prose (its `text` stage: frontmatter, code, components and tables are not prose).

A range is one figure, both ends raised ("$120-150M" -> "$156-195M"): the end of a range
is not a figure of its own, so '650M' of '$100-650M' and of '$600-650M' are not the same
claim. A figure whose raised form still overlaps it ("$100-650M" -> "$130-845M") is not
drawn: the two pages would still agree, and no checker could flag them.

    python benchmarks/docs_perturb.py TREE [--figures 40] [--seed 17] [--jobs 2] [--keep DIR]

TREE is a checkout of the tree (e.g. longterm-wiki's content/docs/knowledge-base), kept
outside the repository; nothing of it is committed. Prints the chosen figures, the
changes, and the recall.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from crosscheck.lexicon import stop_words
from crosscheck.texts import read_texts

CHANGE = 1.30
CONTEXT_WORDS = 8
MIN_OVERLAP = 0.5
MIN_SHARED = 3

_END = (
    r"(?:(?:US)?\$|€|£)?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:%|\s?(?:million|billion|trillion|thousand)\b|[KMBT]\b)?"
)
# a figure is one value or a range of two ('$100-650M', '$700M-1.25B'): the end of a
# range is not a figure of its own ('650M' of '$100-650M' is not '650M' of '$600-650M')
_FIGURE = re.compile(rf"(?<![\w.,]){_END}(?:\s?[-\u2013]\s?{_END})?(?![\w-]|[.,]\d)")
_PART = re.compile(
    r"(?P<pre>(?:US)?\$|€|£)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<post>%|\s?(?:million|billion|trillion|thousand)\b|[KMBT]\b)?"
)
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "b": 1e9, "billion": 1e9,
          "t": 1e12, "trillion": 1e12}  # fmt: skip
_WORD = re.compile(r"[^\W\d_][\w'-]*")


@dataclass(frozen=True)
class Occurrence:
    path: str  # as crosscheck shows it
    line: int  # file line
    figure: str  # as written
    context: frozenset[str]


def figures_of(tree: str) -> list[Occurrence]:
    """Figures of the prose of every page, with the content words around them."""
    stop = stop_words()
    texts = read_texts([tree])
    found: list[Occurrence] = []
    for source in texts.sources:
        for line in source.lines:
            if " | " in line.text:
                continue  # a table row
            for m in _FIGURE.finditer(line.text):
                if not _worth_changing(m):
                    continue
                before = _WORD.findall(line.text[: m.start()].lower())[-CONTEXT_WORDS:]
                after = _WORD.findall(line.text[m.end() :].lower())[:CONTEXT_WORDS]
                words = frozenset(w for w in (*before, *after) if w not in stop and len(w) > 1)
                found.append(Occurrence(source.path, line.line, m.group().strip(), words))
    return found


def _worth_changing(m: re.Match[str]) -> bool:
    ends = list(_PART.finditer(m.group()))
    number = _number(ends[0])
    if any(e.group("pre") or e.group("post") for e in ends):
        return number >= 1
    if re.fullmatch(r"(?:19|20)\d\d", ends[0].group("num")):
        return False  # a year, or a span of years
    return number >= 100 and "," in ends[0].group("num")  # a bare count: "1,500 researchers"


def _number(end: re.Match[str]) -> float:
    return float(end.group("num").replace(",", ""))


def interval(figure: str) -> tuple[float, float]:
    """The figure's low and high ends, each with its scale; a first end without a scale
    takes the last end's ('$100-650M' is $100M to $650M).

    >>> interval("$100-650M")
    (100000000.0, 650000000.0)
    >>> interval("$700M-1.25B")
    (700000000.0, 1250000000.0)
    >>> interval("14.4%")
    (14.4, 14.4)
    """
    ends = list(_PART.finditer(figure))
    scales = [_SCALE.get((e.group("post") or "").strip().lower(), 1.0) for e in ends]
    if not (ends[0].group("post") or "").strip():
        scales[0] = scales[-1]
    values = [_number(e) * scale for e, scale in zip(ends, scales, strict=True)]
    return min(values), max(values)


def alike_figures(occurrences: list[Occurrence]) -> list[list[Occurrence]]:
    """Figures stated alike on two or three pages: each with its occurrences."""
    by_figure: dict[str, list[Occurrence]] = defaultdict(list)
    for o in occurrences:
        by_figure[o.figure].append(o)
    chosen: list[list[Occurrence]] = []
    for _figure, items in sorted(by_figure.items()):
        pages = {o.path for o in items}
        if not 2 <= len(pages) <= 3:
            continue
        alike = [
            (a, b)
            for i, a in enumerate(items)
            for b in items[i + 1 :]
            if a.path != b.path and _alike(a.context, b.context)
        ]
        if alike:
            a, b = alike[0]
            group = [a, b]
            group += [
                o for o in items if o.path not in {a.path, b.path} and _alike(a.context, o.context)
            ]
            chosen.append(group)
    return chosen


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    shared = len(a & b)
    return shared >= MIN_SHARED and shared >= MIN_OVERLAP * min(len(a), len(b))


def changed(figure: str) -> str | None:
    """The figure raised by 30% in the same format, each end of a range alike; None when
    the change leaves it compatible with the figure as it was (the raised range still
    overlaps the range), which no checker could flag.

    >>> changed("$10.75 billion")
    '$13.97 billion'
    >>> changed("$120-150M")
    '$156-195M'
    >>> changed("$100-650M") is None  # $130-845M still overlaps $100-650M
    True
    >>> changed("$700M-1.25B") is None  # so does $910M-1.62B
    True
    """
    if _FIGURE.fullmatch(figure) is None:
        return None
    new = _NUMBER.sub(_raised, figure)
    if new == figure:
        return None
    if interval(new)[0] <= interval(figure)[1]:
        return None
    return new


_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _raised(m: re.Match[str]) -> str:
    raw = m.group()
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    value = float(raw.replace(",", "")) * CHANGE
    return f"{value:,.{decimals}f}" if "," in raw else f"{value:.{decimals}f}"


def _written(figure: str, line: str) -> list[re.Match[str]]:
    """Where the figure stands on the file's line, whose dollars may be escaped ('\\$')."""
    pattern = "".join(r"\\?\$" if ch == "$" else re.escape(ch) for ch in figure)
    return list(re.finditer(rf"(?<![\w.,]){pattern}(?![\w]|[.,]\d)", line))


def perturb(tree: Path, copy: Path, groups: list[list[Occurrence]], root: str) -> list[dict]:
    """Change the first occurrence of each group in the copy; the changes made."""
    made: list[dict] = []
    for group in groups:
        target = group[0]
        new = changed(target.figure)
        if new is None:
            continue
        relative = Path(target.path).relative_to(root)
        path = copy / relative
        lines = path.read_text(encoding="utf-8").split("\n")
        raw = lines[target.line - 1]
        spots = _written(target.figure, raw)
        if len(spots) != 1:
            continue  # the figure appears twice on the line, or not as read: which is unclear
        at = spots[0]
        lines[target.line - 1] = (
            raw[: at.start()] + _NUMBER.sub(_raised, at.group()) + raw[at.end() :]
        )
        path.write_text("\n".join(lines), encoding="utf-8")
        made.append(
            {
                "path": target.path,
                "line": target.line,
                "old": target.figure,
                "new": new,
                "partners": sorted({o.path for o in group[1:]}),
            }
        )
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tree")
    parser.add_argument("--figures", type=int, default=40)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", help="keep the perturbed copy here")
    args = parser.parse_args()
    tree = Path(args.tree).resolve()
    candidates = alike_figures(figures_of(str(tree)))
    random.Random(args.seed).shuffle(candidates)
    # no change may touch a line another figure's partner states it on
    picked: list[list[Occurrence]] = []
    lines: set[tuple[str, int]] = set()
    for group in candidates:
        mine = {(o.path, o.line) for o in group}
        if mine & lines or changed(group[0].figure) is None:
            continue
        picked.append(group)
        lines |= mine
        if len(picked) == args.figures:
            break
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="perturbed-"))
    copy = work / tree.name
    if copy.exists():
        shutil.rmtree(copy)
    shutil.copytree(tree, copy)
    made = perturb(tree, copy, picked, str(tree))
    print(f"figures stated alike on two or three pages: {len(candidates)}")
    # findings name files by the copy's paths
    for change in made:
        change["path"] = change["path"].replace(str(tree), str(copy), 1)
        change["partners"] = [p.replace(str(tree), str(copy), 1) for p in change["partners"]]
    if args.keep:
        (work / "changes.json").write_text(json.dumps(made, indent=1), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "crosscheck", "run", str(copy), "--no-cache", "--format", "json",
         "--jobs", str(args.jobs), "--fail-on", "never"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if run.returncode != 0:
        print(run.stderr, file=sys.stderr)
        return 2
    report = json.loads(run.stdout)
    score(report, made, str(copy))
    if not args.keep:
        shutil.rmtree(work)
    return 0


def score(report: dict, made: list[dict], copy: str) -> float:
    """Print each change as found or missed, and the recall."""
    conflicts = [f for f in report["findings"] if f["kind"] == "conflict"]
    found = 0
    for change in made:
        hit = any(
            any(c["source"] == change["path"] and c["line"] == change["line"] for c in f["claims"])
            and any(c["source"] in change["partners"] for c in f["claims"])
            for f in conflicts
        )
        found += hit
        mark = "found" if hit else "MISSED"
        short = change["path"].replace(copy + "/", "")
        print(f"{mark:6}  {short}:{change['line']}  {change['old']} -> {change['new']}")
    recall = found / max(1, len(made))
    print(
        f"changed {len(made)}, found {found}: recall {recall:.3f}; "
        f"conflicts in the copy: {len(conflicts)} (corpus: {report.get('corpus')})"
    )
    return recall


if __name__ == "__main__":
    raise SystemExit(main())
