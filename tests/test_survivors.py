"""People shot in a report that tells of no death are the people hurt (survivors.py):
the rule fires on its examples and on none of its counter-examples, and a count of people
shot in such a report is set against another outlet's count of people hurt."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.pipeline import check
from crosscheck.settings import Settings
from crosscheck.survivors import RULES, tells_no_death


@pytest.mark.parametrize(
    ("example", "fires"),
    [
        (e, fires)
        for r in RULES
        for fires, examples in ((True, r.fires_on), (False, r.not_on))
        for e in examples
    ],
)
def test_rule_examples(example: str, fires: bool) -> None:
    assert tells_no_death(example) is fires


def _conflicts(tmp_path: Path, a: str, b: str) -> list[str]:
    (tmp_path / "a.txt").write_text(a)
    (tmp_path / "b.txt").write_text(b)
    report = check([str(tmp_path)], Settings(one_story=True))
    return [f.subject for f in report.conflicts]


SHOT_ALIVE = (
    "Three people were shot overnight on Westview Street in Dorchester, police said. "
    "All three suffered non-life threatening injuries and were taken to hospitals.\n"
)
HURT = (
    "A barbecue on Westview Street in Dorchester ended in gunfire overnight, police said. "
    "Four people were injured in the shooting.\n"
)


def test_people_shot_with_no_death_told_are_the_people_hurt(tmp_path: Path) -> None:
    assert "injured" in _conflicts(tmp_path, SHOT_ALIVE, HURT)


def test_a_report_that_tells_a_death_keeps_its_count_of_people_shot(tmp_path: Path) -> None:
    shot_one_dead = SHOT_ALIVE.replace("All three suffered", "One of them died; two suffered")
    assert "injured" not in _conflicts(tmp_path, shot_one_dead, HURT)


def test_a_report_that_counts_people_hurt_too_keeps_its_count_of_people_shot(
    tmp_path: Path,
) -> None:
    both = SHOT_ALIVE + "Four people were injured, one of them a passer-by.\n"
    assert "injured" not in _conflicts(tmp_path, both, HURT)


def test_others_shot_after_the_dead_of_their_sentence_are_hurt() -> None:
    """Issue 15: "left one person dead at the scene and four others struck by gunfire" counts
    the hurt, whom another outlet writes "five others were wounded"; a death word that
    counts no one ("the Homicide Bureau") says nothing of the others shot."""
    from tests.test_claims import claims_of

    from crosscheck.survivors import others_shot_beside_the_dead

    (four,) = claims_of("The shooting left one person dead and four others struck by gunfire.")
    assert four.counted == "shot" and others_shot_beside_the_dead(four)
    (five,) = claims_of(
        "Homicide Bureau detectives said video showed him shooting five other people."
    )
    assert not others_shot_beside_the_dead(five)
