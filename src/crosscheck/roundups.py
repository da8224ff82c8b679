"""Round-ups: documents that report several stories, and the other stories each one joins.

Average linkage puts each document in one story. A round-up ("two girls, 7 and 5, shot an
hour apart on the East and West Sides") or a digest reports several events; in a corpus that
holds other reports of each, linkage puts it in one event's story, and its figures about
the other event never meet that event's reports (the mixed-folder eval lost a suspect's age,
20 in the round-up and 19 in the arrest story, this way).

A document is a bridge between two stories, and belongs to both, when:

* it is **linked to every other member of its own story and to every member of the other**:
  each pair's similarity (time-weighed, as linkage weighs it) reaches the corpus's merge
  threshold times ``story_roundup_link`` (each report of each event would take it in on
  its own);
* **the two stories' cores are not linked**: the mean similarity of its own story's other
  members to the other story's members is under the merge threshold (the two stories stay
  apart without it; one event split in two is not a round-up's doing), and under
  ``1 / ROUNDUP_CONTRAST`` of the document's mean similarity to each of them (it is far
  closer to each story than the stories are to each other);
* **each story has at least** ``ROUNDUP_CORE`` **members besides it** (a second story is an
  event that several reports tell: one report alike is not evidence that a document tells
  two events).

A story's core is its members by linkage, never a bridge that joined it, so the rule needs
one pass. Both engines call :func:`shared_stories` on the same edges (the sums exact,
whatever their order), so they agree. A bridge's claims are then compared within each
story it joins; the claims stage's incident scope keeps a round-up's other events'
figures apart inside each.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

# Least number of members a story has besides a bridge, for it to be taken in (see above).
# At 1, Reuters' first 1,000 bodies got 33 bridges, mostly into one-report stories of a
# company's or a ministry's next step, and 12 -> 20 conflicts.
ROUNDUP_CORE = 2
# How many times closer a bridge is to each story (its mean similarity to the story's other
# members) than the two stories' cores are to each other. The round-ups found are 2.7
# (GVA's two San Antonio shootings) to 5.6 times closer; in a corpus of one-liners that
# all read alike ("said 30 people were killed", "said 40 people died"), 1.25 times.
ROUNDUP_CONTRAST = 2.0


def shared_stories(
    members: Sequence[Sequence[int]],
    edges: Mapping[tuple[int, int], float],
    threshold: float,
    link: float,
) -> list[list[int]]:
    """For each story of ``members`` (documents by index, as linkage left them), the
    documents of other stories that also belong to it, in index order. ``edges`` are the
    pairs' similarities, ``threshold`` the merge threshold, ``link`` the share of it each of
    a bridge's pairs must reach (``story_roundup_link``).

    Document 2 is linked to every member of {0, 1} and of {3, 4}, whose cores share no
    link; document 5 is linked to one member of {3, 4} only:

    >>> e = {(0, 1): .5, (0, 2): .3, (1, 2): .3, (2, 3): .3, (2, 4): .3, (3, 4): .5,
    ...      (3, 5): .4, (5, 6): .5, (5, 7): .5, (6, 7): .5}
    >>> shared_stories([[0, 1, 2], [3, 4], [5, 6, 7]], e, 0.2, 1.0)
    [[], [2], []]
    """
    bar = threshold * link
    story_of = {i: k for k, group in enumerate(members) for i in group}
    size = [len(group) for group in members]
    # how many members of each story each document is linked to at the bar (a pair's edge
    # is found once, so a count equal to a story's size is a link to every member)
    linked: Counter[tuple[int, int]] = Counter()
    for (a, b), s in edges.items():
        if s >= bar:
            linked[(a, story_of[b])] += 1
            linked[(b, story_of[a])] += 1
    bridges = sorted(
        (d, story_of[d], other)
        for (d, other), n in linked.items()
        if other != story_of[d]
        and n == size[other] >= ROUNDUP_CORE
        and linked[(d, story_of[d])] == size[story_of[d]] - 1 >= ROUNDUP_CORE
    )
    shared: list[list[int]] = [[] for _ in members]
    if not bridges:
        return shared
    # the two stories' pairs (for the cores' mean), and the bridge's to each story
    pairs = {(min(own, other), max(own, other)) for _, own, other in bridges}
    wanted = {(d, k) for d, own, other in bridges for k in (own, other)}
    between: dict[tuple[int, int], list[float]] = defaultdict(list)
    towards: dict[tuple[int, int], list[float]] = defaultdict(list)
    for (a, b), s in edges.items():
        ka, kb = story_of[a], story_of[b]
        if (min(ka, kb), max(ka, kb)) in pairs:
            between[(min(ka, kb), max(ka, kb))].append(s)
        if (a, kb) in wanted:
            towards[(a, kb)].append(s)
        if (b, ka) in wanted:
            towards[(b, ka)].append(s)
    for d, own, other in bridges:
        to_other = math.fsum(towards[(d, other)])
        pair = (min(own, other), max(own, other))
        cores = (math.fsum(between[pair]) - to_other) / ((size[own] - 1) * size[other])
        nearest = min(to_other / size[other], math.fsum(towards[(d, own)]) / (size[own] - 1))
        if cores < threshold and nearest >= ROUNDUP_CONTRAST * cores:
            shared[other].append(d)
    return shared
