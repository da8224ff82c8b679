"""Hospitals: each hospital's own patients."""

from __future__ import annotations

from tests.test_claims import claims_of

from crosscheck.hospitals import TAKEN_TO_HOSPITAL, taken_to_hospital, with_hospitals


def test_two_hospitals_counts_are_their_own() -> None:
    one = with_hospitals(claims_of("Uvalde Memorial Hospital had received 14 patients."))
    two = with_hospitals(claims_of("University Hospital said it received two patients."))
    assert "at uvalde memorial hospital" in next(c.qualifiers for c in one if c.counted)
    assert "at university hospital" in next(c.qualifiers for c in two if c.counted)


def test_people_taken_to_a_hospital_are_a_count_of_their_own() -> None:
    """Issue 14: "Five people were taken to Stanford Medical Center" and "All six were
    taken to Stanford Hospital" count one thing; "seven others were treated" another."""
    for text in (
        "Five people were taken to Stanford Medical Center for treatment.",
        "All six were taken to Stanford Hospital for treatment.",
        "Two people were taken to the hospital in Memphis.",
        "Three victims were rushed by ambulance to a trauma center.",
    ):
        (claim,) = taken_to_hospital(claims_of(text))
        assert claim.counted == TAKEN_TO_HOSPITAL, text
    for text in (
        "Seven others were treated for their injuries and released.",
        "Four people were killed and taken to the morgue.",
        "Two officers were taken to the hospital.",
    ):
        assert all(c.counted != TAKEN_TO_HOSPITAL for c in taken_to_hospital(claims_of(text)))
