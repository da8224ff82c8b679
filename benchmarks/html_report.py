"""Size and speed of the HTML report in headless Chromium.

    .venv/bin/python benchmarks/html_report.py CORPUS [--repeat 5] [--out FILE] [--json]

Writes the report of CORPUS with ``crosscheck run CORPUS --format html`` (timed), then
opens it ``--repeat`` times, each in a new headless Chromium (Debian's package), and
reports the medians of:

* first contentful paint: when the top of the page is on screen;
* filters ready: when the page's script has run (``performance.mark``);
* DOMContentLoaded and load: when the whole file, source texts included, is read;
* each filter step, from the change (as a user's input or click makes it) to the end of
  the next frame: a search, a kind unticked, a story chosen, a source chosen, clearing;
* opening a source at a line (``#source-N-L<line>``), which builds its text.

``--screenshot PNG`` also saves the top of the page (the README's picture of the seeds
report is made so).

The browser is driven with tests/chromium.py (the DevTools protocol on a pipe).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from chromium import Browser, find_chromium

# Tall enough for the seeds report's header, filters and conflict card.
SCREENSHOT_HEIGHT = 1100

LOAD = """(async () => {
  const nav = performance.getEntriesByType("navigation")[0];
  const paint = await new Promise((done) => {
    new PerformanceObserver((list) => {
      done(list.getEntriesByName("first-contentful-paint")[0]);
    }).observe({type: "paint", buffered: true});
    setTimeout(() => done(null), 2000);
  });
  const ready = performance.getEntriesByName("crosscheck-filters-ready")[0];
  return {
    "first contentful paint": paint ? paint.startTime : null,
    "filters ready": ready ? ready.startTime : null,
    "DOMContentLoaded": nav.domContentLoadedEventEnd,
    "load": nav.loadEventEnd,
    "  findings": document.querySelectorAll("[data-finding]").length,
    "  sources": document.querySelectorAll("details.source").length,
  };
})()"""

# Each step changes the filters as a user would, then waits for the next frame to end.
STEPS = """(async () => {
  const form = document.getElementById("filters");
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const timed = async (change) => {
    const start = performance.now();
    change();
    await frame();
    return performance.now() - start;
  };
  const set = (name, value) => {
    const field = form.elements[name];
    field.value = value;
    field.dispatchEvent(new Event(name === "q" ? "input" : "change", {bubbles: true}));
  };
  const shown = () => document.querySelectorAll("[data-finding]:not([hidden])").length;
  const out = {};
  out["search 'QUERY'"] = await timed(() => set("q", "QUERY"));
  out["  findings shown"] = shown();
  out["clear the search"] = await timed(() => set("q", ""));
  out["untick agreement"] = await timed(() => form.querySelector("input[value=agreement]").click());
  out["tick agreement"] = await timed(() => form.querySelector("input[value=agreement]").click());
  const story = form.elements.story.options[1].value;
  out["choose a story"] = await timed(() => set("story", story));
  out["  findings shown "] = shown();
  out["all stories"] = await timed(() => set("story", ""));
  const options = form.elements.source.options;
  const source = options[Math.ceil(options.length / 2)].value;
  out["choose a source"] = await timed(() => set("source", source));
  out["all sources"] = await timed(() => set("source", ""));
  const number = Math.ceil(document.querySelectorAll("details.source").length / 2);
  const data = JSON.parse(document.getElementById("text-" + number).textContent);
  const id = `source-${number}-L${data.find(Array.isArray)[0]}`;
  out["open a source at a line"] = await timed(() => { location.hash = id; });
  out["  target found"] = document.getElementById(id) !== null;
  return out;
})()"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--out", default="/tmp/bench/report.html", help="where the page goes")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--query", default="flood", help="the search to time")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--screenshot", metavar="PNG", help="also save the top of the page (1280x1100) as PNG"
    )
    args = parser.parse_args()
    executable = find_chromium()
    if executable is None:
        sys.exit("html_report: Chromium is not installed (apt-get install chromium)")

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "crosscheck", "run", args.corpus, "--format", "html"]
    command += ["--output", str(out), "--exit-zero"]
    start = time.monotonic()
    subprocess.run(command, check=True)
    written = time.monotonic() - start

    loads: list[dict[str, Any]] = []
    steps: list[dict[str, Any]] = []
    for _ in range(args.repeat):
        with Browser(executable) as browser:
            begin = time.monotonic()
            browser.open(out)
            wall = (time.monotonic() - begin) * 1000
            loads.append({**browser.evaluate(LOAD), "open, wall clock": wall})
            steps.append(browser.evaluate(STEPS.replace("QUERY", args.query)))
            errors = browser.errors()
            if errors:
                sys.exit(f"html_report: the page reported errors: {errors[:3]}")
    if args.screenshot:
        with Browser(executable, height=SCREENSHOT_HEIGHT) as browser:
            browser.open(out)
            browser.screenshot(Path(args.screenshot))

    result: dict[str, Any] = {
        "corpus": args.corpus,
        "page bytes": out.stat().st_size,
        "crosscheck run --format html, s": round(written, 2),
        "repeats": args.repeat,
        "load, ms (median)": _medians(loads),
        "filters, ms (median)": _medians(steps),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{args.corpus}: {result['page bytes'] / 1e6:.1f} MB page, written in {written:.1f} s")
    for group in ("load, ms (median)", "filters, ms (median)"):
        print(group)
        for name, value in result[group].items():
            print(f"  {name:<32} {value}")


def _medians(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The median of each time over the runs; counts and flags (named with two leading
    spaces) as in the first run."""
    out: dict[str, Any] = {}
    for name, first in runs[0].items():
        if name.startswith("  ") or first is None:
            out[name] = first
        else:
            out[name] = round(statistics.median(r[name] for r in runs))
    return out


if __name__ == "__main__":
    main()
