"""A report's generic hurt person given two ages is its one named hurt person when nothing
else could be meant (referents.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.models import QuantityKind, Source
from crosscheck.pipeline import check
from crosscheck.reads import read_claims

NAMED = (
    "Boy, 9, lured into alley and killed\nPublished: 2015-11-03\n\n"
    "Tyshawn Lee, 9, was shot and killed in a South Side alley Monday afternoon.\n\n"
    "A 9-year-old boy was killed in a daytime shooting in an alley, authorities said.\n\n"
    "Police investigate an alley where police said an 8-year-old boy was shot to death.\n"
)
OTHER = (
    "Police hunt killers of Tyshawn Lee\nPublished: 2015-11-04\n\n"
    "Police are hunting the killers of 9-year-old Tyshawn Lee, who was lured from a "
    "park to a nearby alley where he was shot, police said.\n"
)


def _holders(text: str) -> set[tuple[float | None, str | None]]:
    source = Source(
        path="a.txt", sha256="", text=text, format="text", encoding="utf-8",
        keep=((0, len(text)),),
    )  # fmt: skip
    return {
        (c.quantity.value, c.actor)
        for c in read_claims(source).claims
        if c.quantity.kind is QuantityKind.AGE
    }


def test_the_described_boy_of_two_ages_is_the_one_named_boy() -> None:
    assert {(9.0, "tyshawn lee"), (8.0, "tyshawn lee")} <= _holders(NAMED)


@pytest.mark.parametrize(
    "change",
    [
        # a second boy, spoken of as another
        ("an 8-year-old boy was shot to death", "an 8-year-old boy was also shot to death"),
        # a second named hurt person: which of them the boy is, is not known
        ("Tyshawn Lee, 9, was shot", "Tyshawn Lee, 9, and Ann Cole, 30, were shot"),
        # neither of the boy's ages is the named boy's
        ("A 9-year-old boy was killed", "A 7-year-old boy was killed"),
        # the named person is no boy
        ("Tyshawn Lee, 9,", "Tyshawn Lee, 29,"),
    ],
)
def test_the_described_boy_stays_nobody_when_he_may_be_another(change: tuple[str, str]) -> None:
    text = NAMED.replace(*change)
    assert text != NAMED
    assert not any(actor == "tyshawn lee" and value == 8.0 for value, actor in _holders(text))


def test_a_caption_that_gives_the_named_boy_another_age_is_a_conflict(tmp_path: Path) -> None:
    """Issue 14: a caption's "8-year-old boy" in the story that names Tyshawn Lee, 9,
    against another story's 9."""
    (tmp_path / "a.txt").write_text(NAMED)
    (tmp_path / "b.txt").write_text(OTHER)
    found = [
        sorted(side.value for side in f.sides)
        for f in check([str(tmp_path)]).conflicts
        if any(c.quantity.kind is QuantityKind.AGE for c in f.claims)
    ]
    assert found == [["8 year", "9 year"]]
