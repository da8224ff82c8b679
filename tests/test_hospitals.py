"""Hospitals: each hospital's own patients."""

from __future__ import annotations

from tests.test_claims import claims_of

from crosscheck.hospitals import with_hospitals


def test_two_hospitals_counts_are_their_own() -> None:
    one = with_hospitals(claims_of("Uvalde Memorial Hospital had received 14 patients."))
    two = with_hospitals(claims_of("University Hospital said it received two patients."))
    assert "at uvalde memorial hospital" in next(c.qualifiers for c in one if c.counted)
    assert "at university hospital" in next(c.qualifiers for c in two if c.counted)
