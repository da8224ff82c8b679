"""A document in two stories (crosscheck.roundups): the membership rule against a plain
reading of it, and the report of a labelled case (tests/data/roundups: a police blotter of
one night, and two reports each of two of its calls). The two story engines agree on it in
tests/test_story_shuffle.py (the stories) and tests/test_dask.py (the report, byte for byte).

The case lives under tests/data, not fixtures/: the fixtures' mixed run is a guard of story
grouping whose corpus size each new case moves (see benchmarks/README.md)."""

from __future__ import annotations

import json
import random
from io import StringIO
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.graphs import similarity_graphs

from crosscheck.evaluate import evaluate
from crosscheck.pipeline import check, list_stories
from crosscheck.render.json import render_json
from crosscheck.render.terminal import make_console, render_stories, render_terminal
from crosscheck.roundups import ROUNDUP_CONTRAST, ROUNDUP_CORE, shared_stories
from crosscheck.settings import Settings
from crosscheck.stories import _average_link

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).parent / "data" / "roundups"
CASE = CASES / "a-police-blotter-two-stories"
BLOTTER = str(CASE / "roundup.txt")


def _plainly(
    members: list[list[int]], edges: dict[tuple[int, int], float], threshold: float, link: float
) -> list[list[int]]:
    """The rule as the module's docstring states it, pair by pair and story by story."""

    def similarity(a: int, b: int) -> float:
        return edges.get((min(a, b), max(a, b)), 0.0)

    out: list[list[int]] = [[] for _ in members]
    for own, group in enumerate(members):
        for d in group:
            core = [a for a in group if a != d]
            if len(core) < ROUNDUP_CORE or any(similarity(d, a) < threshold * link for a in core):
                continue
            for other, story in enumerate(members):
                if other == own or len(story) < ROUNDUP_CORE:
                    continue
                if any(similarity(d, b) < threshold * link for b in story):
                    continue
                mean = sum(similarity(a, b) for a in core for b in story) / (len(core) * len(story))
                to_own = sum(similarity(d, a) for a in core) / len(core)
                to_other = sum(similarity(d, b) for b in story) / len(story)
                if mean < threshold and min(to_own, to_other) >= ROUNDUP_CONTRAST * mean:
                    out[other].append(d)
    return [sorted(found) for found in out]


# Similarities in 64ths: sums of them are exact, so the rule and its plain reading cannot
# differ by rounding at the threshold.
SIXTY_FOURTHS = st.integers(0, 64).map(lambda k: k / 64)


@settings(max_examples=200, deadline=None)
@given(
    similarity_graphs(2, 10, SIXTY_FOURTHS),
    st.sampled_from([0.125, 0.25, 0.375]),
    st.sampled_from([0.5, 1.0, 1.5]),
)
def test_shared_stories_is_the_rule_whatever_the_order_of_the_edges(
    graph: tuple[int, dict[tuple[int, int], float]], threshold: float, link: float
) -> None:
    """The two engines hand the rule the same edges in different orders (the local one as
    found, the distributed one sorted): the result is the rule's, either way."""
    n, edges = graph
    members = _average_link(n, edges, threshold)
    shared = shared_stories(members, edges, threshold, link)
    assert shared == _plainly(members, edges, threshold, link)
    assert shared_stories(members, dict(reversed(edges.items())), threshold, link) == shared
    for k, found in enumerate(shared):
        assert not set(found) & set(members[k])  # a story never takes in its own
    if link > 1.0 / threshold:  # no pair of similarities reaches more than 1
        assert not any(shared)


def test_the_rule_on_many_graphs_where_some_documents_bridge() -> None:
    """The property above on 2,000 fixed random graphs, some 3% of which hold a bridge
    (hypothesis, shrinking towards small graphs, seldom makes one)."""
    rng = random.Random(15)
    bridged = 0
    for _ in range(2000):
        n = rng.randint(2, 10)
        edges = {}
        for _ in range(rng.randint(0, 30)):
            a, b = sorted(rng.sample(range(n), 2))
            edges[(a, b)] = rng.randint(0, 64) / 64
        threshold, link = rng.choice([0.125, 0.25, 0.375]), rng.choice([0.5, 1.0, 1.5])
        members = _average_link(n, edges, threshold)
        shared = shared_stories(members, edges, threshold, link)
        assert shared == _plainly(members, edges, threshold, link)
        bridged += any(shared)
    assert bridged > 20


def test_a_bridge_between_stories_that_stay_apart_belongs_to_both() -> None:
    # 2 is linked to every member of {0, 1} and of {3, 4}; the two cores share no link
    edges = {(0, 1): 0.5, (0, 2): 0.3, (1, 2): 0.3, (2, 3): 0.3, (2, 4): 0.3, (3, 4): 0.5}
    assert shared_stories([[0, 1, 2], [3, 4]], edges, 0.2, 1.0) == [[], [2]]
    # one link short of every member of the other story: no bridge
    assert shared_stories([[0, 1, 2], [3, 4]], {**edges, (2, 4): 0.1}, 0.2, 1.0) == [[], []]
    # the cores linked (one event split in two): not a round-up's doing
    closer = {**edges, (0, 3): 0.4, (0, 4): 0.4, (1, 3): 0.4, (1, 4): 0.4}
    assert shared_stories([[0, 1, 2], [3, 4]], closer, 0.2, 1.0) == [[], []]
    # ... nor when they are nearly as close to each other as to it (one-liners alike)
    alike = {**edges, (0, 3): 0.16, (0, 4): 0.16, (1, 3): 0.16, (1, 4): 0.16}
    assert shared_stories([[0, 1, 2], [3, 4]], alike, 0.2, 1.0) == [[], []]
    nearly = {**edges, (0, 3): 0.14, (0, 4): 0.14, (1, 3): 0.14, (1, 4): 0.14}
    assert shared_stories([[0, 1, 2], [3, 4]], nearly, 0.2, 1.0) == [[], [2]]
    # a second "story" of one report is no story that several reports tell
    assert shared_stories([[0, 1, 2], [3], [4]], edges, 0.2, 1.0) == [[], [], []]


def test_the_blotter_belongs_to_both_stories_and_finds_both_conflicts() -> None:
    result = evaluate(CASES)
    assert (result.hits, result.conflicts_found, result.false_alarms) == (2, 2, 0)
    # kept in one story, its suspect's or its driver's age meets no other report
    alone = evaluate(CASES, Settings(story_roundup_link=99.0))
    assert (alone.hits, alone.conflicts_found, alone.false_alarms) == (1, 1, 0)


def test_the_report_lists_the_blotter_in_both_stories() -> None:
    report = check([str(CASE)], Settings())
    assert len(report.stories) == 2
    row = next(s for s in report.sources if s.path == BLOTTER)
    assert len(row.also_in) == 1 and row.also_in[0] != row.story
    for story in report.stories:  # each story lists it, with what joined it there
        assert BLOTTER in story.sources
        assert any(link.source == BLOTTER for link in story.links)
    # one conflict in each story, each quoting the blotter's own sentence
    conflicts = {f.subject: f for f in report.conflicts}
    assert set(conflicts) == {"age (Dale Ortega)", "age (Lena Marsh)"}
    assert conflicts["age (Dale Ortega)"].story != conflicts["age (Lena Marsh)"].story
    text = Path(BLOTTER).read_text()
    for finding in conflicts.values():
        (claim,) = [c for c in finding.claims if c.source == BLOTTER]
        assert text[claim.start : claim.end] == claim.quantity.text
        assert claim.sentence in text.replace("\n", " ") or claim.sentence in text
    document = json.loads(render_json(report))
    (out,) = [s for s in document["sources"] if s["path"] == BLOTTER]
    assert out["also_in"] == list(row.also_in)
    assert all("also_in" not in s for s in document["sources"] if s["path"] != BLOTTER)


def test_a_report_without_round_ups_says_nothing_of_them() -> None:
    """The JSON of a corpus where no document bridges stories is as it was before
    documents could join two stories: no also_in key at all."""
    assert '"also_in"' not in render_json(check([str(ROOT / "seeds")], Settings()))


def test_the_text_reports_say_which_stories_a_round_up_is_in() -> None:
    console = make_console(StringIO(), width=200, color=False)
    render_terminal(check([str(CASE)], Settings()), console)
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    assert f"{BLOTTER} reports several stories (S2, S1)" in shown
    console = make_console(StringIO(), width=200, color=False)
    render_stories(list_stories([str(CASE)]), console)
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    assert f"{BLOTTER} also in S1; with" in shown and f"{BLOTTER} also in S2; with" in shown
    assert shown.rstrip().endswith("2 stories of 5 sources")
