"""Score the text crosscheck reads from real web pages on the ScrapingHub
article-extraction benchmark (181 news pages with their gold article bodies).

    python benchmarks/webpages.py BENCH [--work /tmp/bench/aeb] [--compare-with main]
        [--repeat 3] [--n-bootstrap 1000] [--json]

BENCH is a checkout of scrapinghub/article-extraction-benchmark kept outside this
repository (its pages are others' texts: never commit them). From it this script uses
``html/*.html.gz`` and ``ground-truth.json``. Downloaded code is never run: the
benchmark's measure (its ``evaluate.py``) is computed here as that script documents it.

1. **Quality.** The pages are unpacked into WORK/pages, ``crosscheck text WORK/pages
   --format json --no-cache`` reads them in one run, and each page's kept text is scored
   against its gold ``articleBody`` by the benchmark's measure (F1, precision and recall
   of 4-word shingles, averaged over pages; see :func:`score`).
2. **Provenance.** Each kept line that has a word is checked against the line of the
   HTML that ``crosscheck text`` names for it: that line's visible text (script, style
   and comments blanked, tags removed, entities decoded) must hold the kept line's
   first three words, or end with the first one or two of them (a paragraph wrapped in
   the HTML). Word characters only are compared, so drop caps and spacing do not count.
3. **Robustness and time.** In this process, ``load_source`` reads every page
   ``--repeat`` times; pages raising are counted. With ``--compare-with REV``, the
   ``src/crosscheck`` of that git revision is imported beside the current one (as the
   package ``crosscheck_baseline``) and each page is read by both in turn, so that both
   share the machine's noise: medians per page, then their median and their sum.
"""

from __future__ import annotations

import argparse
import gzip
import html
import importlib
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from collections import Counter
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_WORK = Path("/tmp/bench/aeb")
# How many of a kept line's first words must be on the HTML line named for it.
PROBE_WORDS = 3
_HIDDEN = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>", re.DOTALL)
_WORD = re.compile(r"\w+")

Reader = Callable[[str, bytes], object]


def unpack(bench: Path, work: Path) -> Path:
    """The benchmark's pages, unpacked as WORK/pages/<id>.html."""
    pages = work / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    for packed in sorted((bench / "html").glob("*.html.gz")):
        target = pages / packed.name.removesuffix(".gz")
        if not target.exists():
            target.write_bytes(gzip.decompress(packed.read_bytes()))
    return pages


def read_with_cli(pages: Path) -> dict[str, Any]:
    """What ``crosscheck text`` reads from every page, as its JSON."""
    command = [*crosscheck_command(), "text", str(pages), "--format", "json", "--no-cache"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"crosscheck text failed ({done.returncode}): {done.stderr[-2000:]}")
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def crosscheck_command() -> list[str]:
    beside = Path(sys.executable).with_name("crosscheck")
    if beside.exists():
        return [str(beside)]
    return [sys.executable, "-m", "crosscheck"]


def score(bench: Path, work: Path, texts: dict[str, Any], n_bootstrap: int) -> dict[str, Any]:
    """The benchmark's measure of crosscheck's kept texts, computed here: downloaded code is
    never run, so its evaluate.py is followed as documented, not executed. Per page, the
    4-word shingles of the text (word characters, as a multiset) against the gold body's
    give true and false positives and negatives, normalised to sum to one; precision and
    recall are their means over the pages where each is defined, F1 is their harmonic mean,
    and the spread is the standard deviation over ``n_bootstrap`` resamples of the pages
    (seeded: the same every run)."""
    del work  # nothing is written: the measure needs no files
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    kept = {Path(source["path"]).stem.split(".")[0]: source["text"] for source in texts["sources"]}
    counts = [
        _shingle_counts(truth[key].get("articleBody", ""), kept.get(key, "")) for key in truth
    ]
    result: dict[str, Any] = _measure(counts)
    rng = random.Random(0)
    samples = [_measure([rng.choice(counts) for _ in counts]) for _ in range(n_bootstrap)]
    for name in ("f1", "precision", "recall"):
        values = [sample[name] for sample in samples]
        result[f"{name}_std"] = statistics.stdev(values) if len(values) > 1 else 0.0
    result["missing"] = sorted(set(truth) - set(kept))
    return result


_WORDS = re.compile(r"\w+")
SHINGLE_WORDS = 4  # the benchmark's shingle size


def _shingle_counts(gold: str, text: str) -> tuple[float, float, float]:
    """(true positives, false positives, false negatives) of ``text``'s shingles against
    ``gold``'s, as shares of their sum."""

    def shingles(value: str) -> Counter[tuple[str, ...]]:
        words = _WORDS.findall(value or "")
        count = max(1, len(words) - SHINGLE_WORDS + 1)
        return Counter(t for i in range(count) if (t := tuple(words[i : i + SHINGLE_WORDS])))

    want, got = shingles(gold), shingles(text)
    tp = float(sum((want & got).values()))
    fp = float(sum((got - want).values()))
    fn = float(sum((want - got).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _measure(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    def share(tp: float, wrong: float, other: float) -> float:
        if wrong == other == 0:
            return 1.0
        return tp / (tp + wrong) if tp + wrong else 0.0

    precision = statistics.mean(share(tp, fp, fn) for tp, fp, fn in counts if tp + fp > 0)
    recall = statistics.mean(share(tp, fn, fp) for tp, fp, fn in counts if tp + fn > 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


def visible_lines(markup: str) -> list[str]:
    """The word characters shown on each line of a page (markup without script, style,
    comments and tags; entities decoded), line for line."""

    def blank(match: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    shown = _TAG.sub(blank, _HIDDEN.sub(blank, markup))
    return ["".join(_WORD.findall(html.unescape(line))) for line in shown.split("\n")]


def provenance(pages: Path, texts: dict[str, Any]) -> tuple[int, int, list[str]]:
    """(kept lines on their HTML line, kept lines with words, a few that are not)."""
    good = total = 0
    misses: list[str] = []
    for source in texts["sources"]:
        markup = Path(source["path"]).read_bytes().decode("utf-8", errors="replace")
        shown = visible_lines(markup.replace("\r\n", "\n").replace("\r", "\n"))
        for kept in source["lines"]:
            words = _WORD.findall(kept["text"])
            if not words:
                continue
            total += 1
            line = kept["line"]
            on_line = shown[line - 1] if 0 < line <= len(shown) else ""
            probe = words[:PROBE_WORDS]
            if "".join(probe) in on_line or any(
                on_line.endswith("".join(probe[:n])) for n in range(1, len(probe))
            ):
                good += 1
            elif len(misses) < 10:
                misses.append(f"{Path(source['path']).name[:12]} line {line}: {kept['text'][:60]}")
    return good, total, misses


def baseline_reader(revision: str, work: Path) -> Reader:
    """``load_source`` of ``revision``, imported as the package crosscheck_baseline."""
    folder = work / "baseline"
    shutil.rmtree(folder, ignore_errors=True)
    archive = subprocess.run(
        ["git", "archive", revision, "src/crosscheck"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    package = folder / "crosscheck_baseline"
    (folder / "src" / "crosscheck").rename(package)
    for module in package.rglob("*.py"):
        code = module.read_text(encoding="utf-8")
        code = re.sub(r"\bcrosscheck\.", "crosscheck_baseline.", code)
        code = code.replace("from crosscheck import", "from crosscheck_baseline import")
        module.write_text(code, encoding="utf-8")
    sys.path.insert(0, str(folder))
    ingest = importlib.import_module("crosscheck_baseline.ingest")
    settings = importlib.import_module("crosscheck_baseline.settings").Settings()
    return lambda name, data: ingest.load_source(name, data, settings)


def current_reader() -> Reader:
    from crosscheck.ingest import load_source
    from crosscheck.settings import Settings

    settings = Settings()
    return lambda name, data: load_source(name, data, settings)


def timing(pages: Path, readers: dict[str, Reader], repeat: int) -> dict[str, Any]:
    """Per-page medians of each reader (pages read by all readers in turn), and the
    pages each reader raised on."""
    files = sorted(pages.glob("*.html"))
    data = [(path.name, path.read_bytes()) for path in files]
    times: dict[str, list[list[float]]] = {name: [[] for _ in data] for name in readers}
    raised: dict[str, set[str]] = {name: set() for name in readers}
    for reader in readers.values():  # imports and first-call set-up are not timed
        reader(*data[0])
    for _ in range(repeat):
        for index, (name, content) in enumerate(data):
            for label, reader in readers.items():
                start = time.perf_counter()
                try:
                    reader(name, content)
                except Exception:
                    raised[label].add(name)
                times[label][index].append(time.perf_counter() - start)
    result: dict[str, Any] = {}
    for label, per_page in times.items():
        medians = [statistics.median(runs) for runs in per_page]
        result[label] = {
            "median_ms": statistics.median(medians) * 1000,
            "total_s": sum(medians),
            "pages_raising": sorted(raised[label]),
            "per_page": medians,
        }
    if "baseline" in result:
        pairs = zip(result["current"]["per_page"], result["baseline"]["per_page"], strict=True)
        ratios = [new / old for new, old in pairs if old > 0]
        result["ratio"] = {
            "of_medians": result["current"]["median_ms"] / result["baseline"]["median_ms"],
            "of_totals": result["current"]["total_s"] / result["baseline"]["total_s"],
            "median_per_page": statistics.median(ratios),
        }
    for label in readers:
        del result[label]["per_page"]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench", type=Path, help="checkout of article-extraction-benchmark")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="scratch folder")
    parser.add_argument("--compare-with", metavar="REV", help="git revision to time against")
    parser.add_argument("--repeat", type=int, default=3, help="timed reads of each page")
    parser.add_argument(
        "--n-bootstrap", type=int, default=1000, help="bootstrap resamples for the spread"
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)

    pages = unpack(args.bench, args.work)
    texts = read_with_cli(pages)
    quality = score(args.bench, args.work, texts, args.n_bootstrap)
    good, total, misses = provenance(pages, texts)
    readers = {"current": current_reader()}
    if args.compare_with:
        readers["baseline"] = baseline_reader(args.compare_with, args.work)
    times = timing(pages, readers, args.repeat)
    results = {
        "pages": len(list(pages.glob("*.html"))),
        "read": len(texts["sources"]),
        "skipped": texts["skipped_files"],
        "quality": quality,
        "provenance": {"on_their_line": good, "lines": total, "share": good / max(total, 1)},
        "provenance_misses": misses,
        "time": times,
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    skipped = len(texts["skipped_files"])
    print(f"pages: {results['pages']}, read: {results['read']}, skipped: {skipped}")
    print(
        f"F1 {quality['f1']:.3f} ± {quality['f1_std']:.3f}  "
        f"precision {quality['precision']:.3f} ± {quality['precision_std']:.3f}  "
        f"recall {quality['recall']:.3f} ± {quality['recall_std']:.3f}  "
        f"(the benchmark's measure, {args.n_bootstrap} bootstrap samples)"
    )
    print(f"kept lines on their HTML line: {good}/{total} = {good / max(total, 1):.2%}")
    for miss in misses:
        print(f"  not on its line: {miss}")
    for label in readers:
        row = times[label]
        print(
            f"{label}: median {row['median_ms']:.2f} ms/page, total {row['total_s']:.2f} s, "
            f"pages raising: {len(row['pages_raising'])}"
        )
    if "ratio" in times:
        ratio = times["ratio"]
        print(
            f"current / baseline: {ratio['of_medians']:.2f} (medians), "
            f"{ratio['of_totals']:.2f} (totals), {ratio['median_per_page']:.2f} (median per page)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
