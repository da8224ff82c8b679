"""Emergency calls: the number is no count, and the call's time is the call's."""

from __future__ import annotations

import pytest
from tests.texts import plain_source

from crosscheck.models import QuantityKind
from crosscheck.reads import read_claims


def _claims(text: str) -> list[tuple[str, str | None]]:
    source = plain_source(text)
    return [(c.quantity.text, c.counted) for c in read_claims(source).claims]


def test_an_emergency_number_is_not_a_count_of_calls() -> None:
    found = _claims("Authorities received a 911 call about 12:25 p.m. Thursday.")
    assert ("911", "call") not in found
    assert ("about 12:25 p.m.", "time of call") in found


@pytest.mark.parametrize(
    "text",
    [
        # a passive "was reported" dates what was reported, not a statement
        "The initial call was reported just after 9:30 a.m. Thursday at the high school.",
        "Deputies were called to the scene for reports of an active shooter around 9 a.m.",
    ],
)
def test_the_time_of_the_call_is_read(text: str) -> None:
    source = plain_source(text)
    (time,) = [c for c in read_claims(source).claims if c.quantity.kind is QuantityKind.TIME]
    assert time.counted == "time of call"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # a fire brought under control, and the hour a count was read, are moments of their
        # own: not the time of the fire or of the crash
        ("The fire was contained by about 10:30 a.m.", "time of containment"),
        ("Crews had the blaze under control at 3:15 a.m. Sunday.", "time of containment"),
        ("The hospital was caring for 16 patients as of 9 p.m. Monday.", "time of count"),
        ("The fire broke out around 12:30 a.m. Friday.", "time of disaster"),
    ],
)
def test_other_moments_of_an_incident_are_their_own(text: str, counted: str) -> None:
    source = plain_source(text)
    (time,) = [c for c in read_claims(source).claims if c.quantity.kind is QuantityKind.TIME]
    assert time.counted == counted
