"""What counted munitions were used for: fired, held, or struck (uses.py)."""

from __future__ import annotations

import pytest

from crosscheck.uses import distance_moved, munitions_use, times_use, years_of_service


def _use(sentence: str, figure: str) -> str | None:
    start = sentence.index(figure)
    return munitions_use(sentence, start, start + len(figure))


@pytest.mark.parametrize(
    ("sentence", "figure", "use"),
    [
        ("While on the campus, he fired at least 70 rounds.", "at least 70", "shots fired"),
        ("Though he fired about 100 rounds during the rampage", "about 100", "shots fired"),
        ("the directions of the 18 bullets that were fired", "18", "shots fired"),
        ("He was heavily armed with 1,300 rounds of ammunition.", "1,300", "munitions held"),
        ("police said he was carrying 1,300 rounds of ammunition", "1,300", "munitions held"),
        ("a duffel bag filled with an estimated 1,300 rounds", "1,300", "munitions held"),
        ("He was found with 1,300 rounds of ammunition after", "1,300", "munitions held"),
        ("Jeremy was hit by five bullets in the head and chest", "five", "munitions struck"),
        ("Two of the bullets struck the boy in the head", "Two", "munitions struck"),
        # the verb nearest the figure governs it
        ("he had fired 70 rounds", "70", "shots fired"),
        # no verb of use: still plain munitions
        ("Two bullets went through and through.", "Two", None),
        ("Russia needs 500,000 shells", "500,000", None),
        # a verb of another clause does not reach past the clause break
        ("He fired, and 30 bullets were found in the car", "30", None),
    ],
)
def test_munitions_use(sentence: str, figure: str, use: str | None) -> None:
    assert _use(sentence, figure) == use


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "measure"),
    [
        (
            "Hudspeth drove off and dragged the deputy about 100 yards",
            "about 100",
            "yd",
            "distance drag",
        ),
        ("Deputy Dragged 100 Feet in Deadly Traffic Stop Struggle", "100", "ft", "distance drag"),
        (
            "dragging the deputy nearly 100 yards and injuring him",
            "nearly 100",
            "yd",
            "distance drag",
        ),
        ("the car travelled 5 km before it stopped", "5", "km", "distance travel"),
        # a position, not a motion; and a length is needed
        ("a house 100 yards from the school", "100", "yd", None),
        ("he dragged 100 bags", "100", None, None),
    ],
)
def test_a_distance_is_measured_by_the_motion_that_covered_it(
    sentence: str, figure: str, unit: str | None, measure: str | None
) -> None:
    assert distance_moved(sentence, sentence.index(figure), unit) == measure


@pytest.mark.parametrize(
    ("sentence", "figure", "person"),
    [
        ("Dhaliwal was a 10-year veteran on the force.", "10-year", "dhaliwal"),
        (
            "Detective Joseph Seals had served with the police for 13 years.",
            "13 years",
            "joseph seals",
        ),
        ("Seals was a police officer for 15 years, the union said.", "15 years", "seals"),
        (
            "In his 10-year career as an officer, Travis Wallace risked his life.",
            "10-year",
            "travis wallace",
        ),
        # no person named: not compared; and years that are no service
        ("One officer, a veteran with 19 years of service, fired.", "19 years", None),
        ("Seals was sentenced to 15 years in prison.", "15 years", None),
    ],
)
def test_years_of_service_are_a_named_persons(
    sentence: str, figure: str, person: str | None
) -> None:
    start = sentence.index(figure)
    assert years_of_service(sentence, start, start + len(figure), "year") == person


@pytest.mark.parametrize(
    ("sentence", "figure", "use"),
    [
        ("police officers fired at him more than 90 times", "more than 90", "shots fired"),
        ("Two gunmen fired at least 70 times", "at least 70", "shots fired"),
        (
            "The shooter fired a .380-caliber pistol at least four times",
            "at least four",
            "shots fired",
        ),
        (
            "DiCello said Walker had been struck at least 60 times.",
            "at least 60",
            "munitions struck",
        ),
        ("he spun around and was struck 46 times by eight officers", "46", "munitions struck"),
        ("He was shot seven times in the back", "seven", "munitions struck"),
        # occasions, not shots
        ("Suspects fired at officers three different times", "three", None),
        ("He was interviewed by police at least four times", "at least four", None),
        ("I heard 'boom boom boom' three or four times", "four", None),
    ],
)
def test_times_fired_and_times_struck_are_two_counts(
    sentence: str, figure: str, use: str | None
) -> None:
    start = sentence.index(figure)
    assert times_use(sentence, start, start + len(figure)) == use
