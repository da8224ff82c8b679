"""In a large undated corpus, two sources are compared only where they agree on a figure."""

from __future__ import annotations

from pathlib import Path

from crosscheck.pipeline import check
from crosscheck.settings import Settings

# corroboration from a corpus of two documents, so a test needs no thousand files
SMALL = Settings(one_story=True, corroborate_documents=2)


def _conflicts(tmp_path: Path, settings: Settings, *texts: str) -> list[str]:
    for n, text in enumerate(texts):
        (tmp_path / f"{n}.txt").write_text(text, encoding="utf-8")
    paths = sorted(str(p) for p in tmp_path.iterdir())
    return [f.subject for f in check(paths, settings).conflicts]


SALES = "Porter Cars said it sold 1,815 cars in February, the company said.\n"
RECALL = "Porter Cars said it will recall 892 cars to replace fuel hoses, the company said.\n"
PLANT = "The plant employs 2,300 workers, the company said.\n"


def test_undated_sources_that_agree_on_nothing_are_not_compared(tmp_path: Path) -> None:
    assert _conflicts(tmp_path, SMALL, SALES, RECALL) == []


def test_the_same_pair_is_compared_below_the_corpus_size(tmp_path: Path) -> None:
    settings = Settings(one_story=True)  # two documents: far below corroborate-documents
    assert _conflicts(tmp_path, settings, SALES, RECALL) == ["vehicles"]


def test_sources_that_agree_on_another_figure_are_compared(tmp_path: Path) -> None:
    assert _conflicts(tmp_path, SMALL, SALES + PLANT, RECALL + PLANT) == ["vehicles"]


def test_dated_sources_are_compared(tmp_path: Path) -> None:
    one = "Published: 2024-03-02\n\n" + SALES
    two = "Published: 2024-03-03\n\n" + RECALL
    assert _conflicts(tmp_path, SMALL, one, two) == ["vehicles"]


def test_a_persons_age_is_shown_by_the_person(tmp_path: Path) -> None:
    one = "Police said Javon Wilson, 19, was taken to a hospital.\n"
    two = "Javon Wilson, 20, was later released, police said.\n"
    assert _conflicts(tmp_path, SMALL, one, two) == ["age (Javon Wilson)"]
