"""The stories phase as shuffles (the dask engine's), run in this process: the same stories
as the local engine's for any split into partitions and buckets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from crosscheck import story_shuffle
from crosscheck.evaluate import _sources, load_cases
from crosscheck.pipeline import _corpus, join_stories
from crosscheck.reads import Read, read_all
from crosscheck.settings import Settings
from crosscheck.stories import Grouping

ROOT = Path(__file__).resolve().parent.parent


class Inline:
    """A stand-in for a Dask client that runs each task as it is submitted."""

    def submit(self, function: Callable[..., Any], *args: Any) -> Any:
        return function(*args)


@pytest.fixture(scope="module")
def reads() -> list[Read]:
    """Every fixture case's sources, the seeds and a police blotter of two stories (a
    round-up that belongs to both, tests/data/roundups), read once."""
    settings = Settings()
    paths = [p for case in load_cases(ROOT / "fixtures") for p in _sources(case, settings)]
    blotter = str(ROOT / "tests" / "data" / "roundups" / "a-police-blotter-two-stories")
    sources, _ = _corpus([*paths, str(ROOT / "seeds"), blotter], settings, None, "-", None, jobs=1)
    found = read_all(sources, shingle_words=settings.shingle_words)
    return sorted(found, key=lambda r: r.source.path)


def _shuffled(reads: list[Read], parts: int, buckets: int, settings: Settings) -> Grouping:
    size = -(-len(reads) // parts)
    chunks = [tuple(reads[i : i + size]) for i in range(0, len(reads), size)]
    phase = story_shuffle.submit(Inline(), chunks, settings, "news", buckets)  # type: ignore[arg-type]
    stories = story_shuffle.story_list(phase.linked, *phase.finished)  # type: ignore[arg-type]
    linked = phase.linked
    return Grouping(stories, linked.of, linked.also)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("parts", "buckets"), [(1, 1), (3, 2), (7, 5)])
def test_stories_are_the_local_engines(reads: list[Read], parts: int, buckets: int) -> None:
    settings = Settings()
    copies, local = join_stories(
        {r.source.path: r.profile for r in reads},
        {r.source.path: r.shingles for r in reads},
        settings,
    )
    assert copies  # the fixtures hold copies: the shuffle must leave them out of the pairs
    assert local.also  # the blotter is in two stories: in both engines, the same two
    shuffled = _shuffled(reads, parts, buckets, settings)
    assert shuffled.stories == local.stories
    assert dict(shuffled.of) == dict(local.of)
    assert dict(shuffled.also) == dict(local.also)


def test_one_story_is_one_story(reads: list[Read]) -> None:
    settings = Settings(one_story=True)
    _, local = join_stories(
        {r.source.path: r.profile for r in reads},
        {r.source.path: r.shingles for r in reads},
        settings,
    )
    assert _shuffled(reads, 3, 2, settings).stories == local.stories
