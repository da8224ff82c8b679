"""Ages that name no one but are someone's: the incident's baby, and a hurt group's members
(holders.py). Each row is a sentence as real reports write it, the age as written, and its
holder (None: nobody in particular, not compared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.mentions import age_holder
from crosscheck.pipeline import check

CASES = [
    # the baby: an age under a year, whatever noun the outlet calls the baby by
    ("Police identify 3-week-old baby killed in shooting", "3-week-old", "the baby"),
    ("The one-month-old boy in the car was stuck by a bullet.", "one-month-old", "the baby"),
    (
        "The occupants were a man and three children ranging from a four-year-old boy to a "
        "three-week-old boy, police said.",
        "three-week-old",
        "the baby",
    ),
    ("Twenty-five-day-old Marcus Thomas Jr. died.", "Twenty-five-day-old", "marcus thomas"),
    ("He posted a two-week-old video of the fight.", "two-week-old", None),
    ("An 18-month-old boy was found unhurt in the car.", "18-month-old", None),
    # a hurt group's members
    ("The wounded included a 19-year-old woman and six men aged 21 to 36.", "21 to 36",
     "the men (hurt)"),
    ("Two men, ages 20 and 21, were in stable condition, police said.", "21",
     "the men (hurt)"),
    ("Three men aged 18 to 20 were arrested after the shooting.", "18 to 20", None),
    # taken to a named hospital: the man the incident hurt (mentions.py)
    ("A 20-year-old man was taken by ambulance to Holy Cross Hospital.", "20-year-old",
     "the man (hurt)"),
    ("A 20-year-old man was taken into custody near the hospital.", "20-year-old",
     "the suspect"),
    ("Police said all five men, who are in their 20s, were inside the car.", "20s", None),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "figure", "holder"), CASES)
def test_age_holder(sentence: str, figure: str, holder: str | None) -> None:
    start = sentence.index(figure)
    assert age_holder(sentence, start, start + len(figure)) == holder


def _age_conflicts(tmp_path: Path, *texts: str) -> list[list[str]]:
    for i, text in enumerate(texts):
        (tmp_path / f"{'abc'[i]}.txt").write_text(text)
    return [
        [side.value for side in f.sides]
        for f in check([str(tmp_path)]).conflicts
        if any(c.quantity.kind.value == "age" for c in f.claims)
    ]


WIRE = (
    "Seven shot at Chicago club\nPublished: 2013-03-17\n\n"
    "Seven people were shot at a South Side club early Sunday, police said.\n\n"
    "The wounded included a 19-year-old woman and six men aged 21 to 36.\n"
)
LOCAL = (
    "Club shooting leaves seven hurt\nPublished: 2013-03-17\n\n"
    "Seven people were shot at a club on the South Side early Sunday.\n\n"
    "Two men, ages {a} and 21, were in stable condition, police said.\n\n"
    "Two other men, ages 26 and 36, were also in stable condition.\n"
)


def test_a_member_outside_the_groups_range_is_a_conflict(tmp_path: Path) -> None:
    """Issue 14: "six men aged 21 to 36" in one report, "two men, ages 20 and 21" hurt in
    another: the 20-year-old is one of the men, and outside their range."""
    (found,) = _age_conflicts(tmp_path, WIRE, LOCAL.format(a=20))
    assert {"20 year", "21-36 year"} <= set(found)


def test_members_inside_the_groups_range_agree_with_it(tmp_path: Path) -> None:
    assert _age_conflicts(tmp_path, WIRE, LOCAL.format(a=22)) == []


def test_two_reports_members_are_different_people(tmp_path: Path) -> None:
    """One report's hurt men of 20 and 21 and another's of 23 and 21 are four men, or three:
    never one age told two ways."""
    other = (
        "Gunfire outside supper club\nPublished: 2013-03-18\n\n"
        "Seven people were shot at a South Side club early Sunday, police said.\n\n"
        "A man, 23, and another man, 37, were hospitalized with gunshot wounds.\n\n"
        "Two men, ages 23 and 37, were listed in good condition on Monday.\n"
    )
    assert _age_conflicts(tmp_path, LOCAL.format(a=20), other) == []


FIRST = (
    "Baby killed in North Las Vegas shooting\nPublished: 2015-10-05\n\n"
    "A 3-week-old baby was killed when someone fired at a car, police said.\n"
)
SECOND = (
    "Infant dies after shooting\nPublished: 2015-10-05\n\n"
    "The one-month-old boy in the car was struck by a bullet, said police.\n"
)


def test_the_baby_is_one_person_whatever_it_is_called(tmp_path: Path) -> None:
    """Issue 14: "a 3-week-old baby" and "the one-month-old boy" are the incident's baby."""
    assert _age_conflicts(tmp_path, FIRST, SECOND) == [["1 month", "3 week"]]


TRUCK = (
    "Father and two children found shot in truck\nPublished: 2016-07-15\n\n"
    "Officials say Jeremy Contreras, 36, and Garett Contreras, 5, were found shot in a "
    "truck near Tahoka.\n\n"
    "{line}\n"
)
TRUCK_LATER = (
    "Tahoka deaths: what we know\nPublished: 2016-07-16\n\n"
    "Deputies found 36-year-old Jeremy Contreras dead inside a crew cab truck on July 14, "
    "with his son Garett Contreras, 5.\n"
)


def test_a_report_giving_a_named_person_two_ages_disputes_itself(tmp_path: Path) -> None:
    """Issue 14: "26-year-old Jeremy Contreras" in one story's opening and "Jeremy
    Contreras, 36" in its body, against another story's 36: one man has one age."""
    line = "The 26-year-old Jeremy Contreras worked on a farm outside town, a friend said."
    (found,) = _age_conflicts(tmp_path, TRUCK.format(line=line), TRUCK_LATER)
    assert set(found) == {"26 year", "36 year"}


def test_an_age_a_report_says_was_corrected_is_not_a_dispute(tmp_path: Path) -> None:
    line = "Officials initially said Jeremy Contreras was 37 but later corrected his age."
    assert _age_conflicts(tmp_path, TRUCK.format(line=line), TRUCK_LATER) == []
