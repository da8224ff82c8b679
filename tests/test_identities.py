"""People across reports: a person described in one report and named in another."""

from __future__ import annotations

from pathlib import Path

from crosscheck.identities import fate
from crosscheck.pipeline import check

FIRST = (
    "Teen killed in Vista shooting\nPublished: 2016-06-06\n\n"
    "A shooting in Vista on Sunday night left a teenager dead, police said.\n\n"
    "The victim, a 16-year-old, died at the hospital, police said.\n"
)
NAMED = (
    "Vista teen named as shooting victim\nPublished: 2016-06-07\n\n"
    "Police on Monday named the teenager killed in Sunday night's Vista shooting.\n\n"
    "Edgar Sanchez, 15, was shot and killed outside a Vista home, police said.\n"
)
TWO_NAMED = NAMED.replace(
    "Edgar Sanchez, 15, was shot and killed",
    "Edgar Sanchez, 15, and Luis Ortega, 17, were shot and killed",
)


def _age_conflicts(tmp_path: Path, second: str) -> list[tuple[str, list[str]]]:
    (tmp_path / "a.txt").write_text(FIRST)
    (tmp_path / "b.txt").write_text(second)
    report = check([str(tmp_path)])
    return [
        (f.subject, [side.value for side in f.sides])
        for f in report.conflicts
        if any(c.quantity.kind.value == "age" for c in f.claims)
    ]


def test_the_one_victim_described_is_the_one_victim_named(tmp_path: Path) -> None:
    """Issue 14: "the victim, a 16-year-old" against "Edgar Sanchez, 15", one killed person
    given an age in each report."""
    assert _age_conflicts(tmp_path, NAMED) == [("age (Edgar Sanchez)", ["15 year", "16 year"])]


def test_a_described_victim_is_no_one_when_two_of_that_fate_are_named(tmp_path: Path) -> None:
    assert _age_conflicts(tmp_path, TWO_NAMED) == []


def test_a_fate_is_read_from_the_sentence_and_the_words_after_the_age() -> None:
    assert fate("The 54-year-old man injured in the shooting had surgery.") == "wounded"
    assert fate("Ann Lee, 38, was taken to a hospital.") == "wounded"
    assert fate("Ann Lee, 38, died at the hospital.") == "killed"
    assert fate("Ann Lee, 38, shot two people dead.", 11) == "suspect"
    assert fate("Lee, 38, shot and killed his neighbour and was arrested.") is None
    assert fate("Ann Lee, 38, spoke to reporters.") is None
