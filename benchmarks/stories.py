"""Score crosscheck's stories against labelled events: B-cubed precision, recall and F1.

    python benchmarks/stories.py FOLDER MANIFEST [--jobs N] [--json] [--set key=value ...]

FOLDER holds one document per file; MANIFEST (JSON) maps each file name to its event
(written by benchmarks/real/gva.py or ecb.py). The stories come from the library as
`crosscheck stories FOLDER` finds them (no cache), with any setting overridden by --set
(e.g. --set story_similarity=0.2). Also prints how many events were split across stories
and how many stories mix events, and the time the stories stage took. B-cubed scores each
document's own story (the one linkage put it in); a document that also belongs to other
stories (a round-up, crosscheck.roundups) is counted apart: how many are, and how many of
their second stories hold mostly their own labelled event.

ECB+ pairs two events of one kind in each topic (<topic>/ecb and <topic>/ecbplus): for
it, the share of topics whose two events share no story is printed too.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold labels (each item
    scored by the share of its cluster that shares its label, and the reverse)."""
    clusters: dict[str, set[str]] = defaultdict(set)
    events: dict[str, set[str]] = defaultdict(set)
    for item, c in predicted.items():
        clusters[c].add(item)
    for item, e in gold.items():
        events[e].add(item)
    p = r = 0.0
    for item in gold:
        mine, theirs = clusters[predicted[item]], events[gold[item]]
        both = len(mine & theirs)
        p += both / len(mine)
        r += both / len(theirs)
    n = len(gold)
    p, r = p / n, r / n
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def _round_ups(grouping: object, gold: dict[str, str]) -> dict[str, int]:
    """Documents in a second story (round-ups), and how many of those second stories hold
    mostly the document's own labelled event."""
    members: dict[str, list[str]] = defaultdict(list)
    for path, story in grouping.of.items():  # type: ignore[attr-defined]
        if Path(path).name in gold:
            members[story].append(gold[Path(path).name])
    shared = own_event = 0
    for path, others in grouping.also.items():  # type: ignore[attr-defined]
        name = Path(path).name
        if name not in gold:
            continue
        for story in others:
            shared += 1
            events = Counter(members[story]).most_common(1)
            own_event += bool(events) and events[0][0] == gold[name]
    return {"in_a_second_story": shared, "second_story_of_own_event": own_event}


def in_half(event: str, half: str) -> bool:
    """Whether ``event`` is in ``half``: events split by the parity of sha256's first byte,
    a fixed split that no tuning can move."""
    if half == "all":
        return True
    even = hashlib.sha256(event.encode()).digest()[0] % 2 == 0
    return even == (half == "dev")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("manifest", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument(
        "--halves",
        action="store_true",
        help="also score the documents of each half of the events apart (by sha256 of the "
        "event id: even first byte = dev, odd = held out); the clustering always runs on "
        "the whole folder",
    )
    args = parser.parse_args(argv)

    from crosscheck.ingest import read_sources
    from crosscheck.pipeline import (
        collector_paused,
        find_corpus_copies,
        group_stories,
        with_years,
    )
    from crosscheck.reads import read_all
    from crosscheck.settings import Settings
    from crosscheck.stories import build_space

    overrides = dict(item.split("=", 1) for item in args.set)
    settings = Settings.model_validate(overrides)
    gold_by_name = json.loads(args.manifest.read_text())
    with collector_paused():
        sources, _ = read_sources([str(args.folder)], settings)
        sources = with_years(sources)
        start = time.perf_counter()
        reads = read_all(sources, shingle_words=settings.shingle_words, jobs=args.jobs)
        read_time = time.perf_counter() - start
        start = time.perf_counter()
        space = build_space({r.source.path: r.profile for r in reads}, settings)
        copies = find_corpus_copies(reads, settings, space=space)
        copy_time = time.perf_counter() - start
        start = time.perf_counter()
        grouping = group_stories(space, copies, settings)
        story_time = time.perf_counter() - start
    predicted = {Path(p).name: s for p, s in grouping.of.items()}
    gold = {name: gold_by_name[name] for name in predicted if name in gold_by_name}
    p, r, f = bcubed(predicted, gold)
    per_event: dict[str, set[str]] = defaultdict(set)
    per_story: dict[str, set[str]] = defaultdict(set)
    for name, event in gold.items():
        per_event[event].add(predicted[name])
        per_story[predicted[name]].add(event)
    result = {
        "documents": len(gold),
        "events": len(per_event),
        "stories": len(per_story),
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "events_split": sum(len(s) > 1 for s in per_event.values()),
        "stories_mixed": sum(len(e) > 1 for e in per_story.values()),
        "largest_story": max(Counter(predicted.values()).values()),
        **_round_ups(grouping, gold),
        "seconds": {
            "read": round(read_time, 2),
            "space and copies": round(copy_time, 2),
            "stories": round(story_time, 2),
        },
        "settings": overrides,
    }
    if args.halves:
        for half in ("dev", "heldout"):
            part = {name: event for name, event in gold.items() if in_half(event, half)}
            hp, hr, hf = bcubed(predicted, part)
            result[half] = {"precision": round(hp, 4), "recall": round(hr, 4), "f1": round(hf, 4)}
    topics = {e.split("/")[0] for e in per_event if "/" in e}
    if topics and all(e.endswith(("/ecb", "/ecbplus")) for e in per_event):
        apart = sum(
            not (per_event.get(f"{t}/ecb", set()) & per_event.get(f"{t}/ecbplus", set()))
            for t in topics
        )
        result["topics_with_events_apart"] = f"{apart}/{len(topics)}"
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
