"""Ages given at a later stage of a case: a trial's or a sentencing's."""

from __future__ import annotations

from tests.test_claims import claims_of

from crosscheck.court_stages import aged_by_stage
from crosscheck.relations import Kind


def _age(text: str):
    claim = next(c for c in claims_of(text) if c.counted == "age")
    return claim.quantity, [claim]


def test_an_age_given_at_the_trial_may_be_older() -> None:
    early = _age("Police said the driver is Rogel Mederos, 23.")
    trial = _age("During opening statements, prosecutors argued that Mederos, 25, was reckless.")
    verdict = aged_by_stage(early[0], early[1], trial[0], trial[1])
    assert verdict is not None and verdict.kind is Kind.COMPATIBLE
    # the other way round (the trial's age younger), or too many years: no verdict
    assert aged_by_stage(trial[0], trial[1], _age("Police said Mederos, 26, fled.")[0], []) is None
    far = _age("Police said the driver is Rogel Mederos, 21.")
    assert aged_by_stage(far[0], far[1], trial[0], trial[1]) is None


def test_two_ages_given_at_the_same_stage_are_not_aged() -> None:
    one = _age("Police said the driver is Rogel Mederos, 23.")
    two = _age("Police said the driver, Rogel Mederos, 24, was arrested.")
    assert aged_by_stage(one[0], one[1], two[0], two[1]) is None
