"""Every toll rule fires on its examples and on none of its counter-examples, and the
claims of a disaster's sentences count what the rules say."""

from __future__ import annotations

import pytest

from bracketed import located
from crosscheck.claims import make_claims
from crosscheck.models import Claim, Sentence
from crosscheck.quantities import read_quantities
from crosscheck.tolls import RULES, rule_fires


@pytest.mark.parametrize(
    ("name", "example", "fires"),
    [
        (r.name, e, fires)
        for r in RULES
        for fires, examples in ((True, r.fires_on), (False, r.not_on))
        for e in examples
    ],
)
def test_rule_examples(name: str, example: str, fires: bool) -> None:
    text, start, end = located(example)
    assert rule_fires(name, text[:start], text[end:], text) is fires


def claims_of(text: str) -> dict[str, Claim]:
    sentence = Sentence(
        source="a.txt", index=0, start=0, end=len(text), line=1, column=1, text=text
    )
    claims = make_claims(sentence, read_quantities(sentence, text), text)
    return {c.quantity.text: c for c in claims}


def test_a_fate_said_of_members_counts_the_fate() -> None:
    killed = claims_of("In all, 33 members of a wedding party were killed and 19 injured.")
    aboard = claims_of("A bus carrying 45-50 members of a marriage party fell into a gorge.")
    missing = claims_of("The toll held at nine, leaving 42 hotel workers en route still missing.")
    assert killed["33"].counted == "killed"
    assert aboard["45-50"].counted == "passengers"
    assert missing["42"].counted == "missing"


def test_people_in_the_bus_are_aboard_it() -> None:
    (c,) = claims_of("There were over 50 people in the bus.").values()
    assert c.counted == "passengers"


def test_gusts_are_not_winds_and_a_rating_is_no_storm() -> None:
    gusts = claims_of("Wind gusts of up to 80 mph and large hailstones were reported.")
    winds = claims_of("The tornado had estimated peak winds of 195 mph.")
    rating = claims_of("An EF-4 tornado has top wind gusts from 166 mph to 200 mph.")
    assert gusts["up to 80 mph"].counted == "gust speed"
    assert winds["195 mph"].counted == "speed"
    assert "class definition" in rating["from 166 mph to 200 mph"].qualifiers


def test_a_part_by_place_is_not_another_part() -> None:
    placed = claims_of("217 people died, with 213 of those deaths occurring in Valencia.")
    other = claims_of("Authorities said 54 of those who perished have yet to be identified.")
    assert "part in valencia" in placed["213"].qualifiers
    assert "part" in other["54"].qualifiers
    assert placed["213"].qualifiers != other["54"].qualifiers
