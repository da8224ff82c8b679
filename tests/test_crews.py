"""A count of passengers and crew together is everyone aboard."""

from __future__ import annotations

from crosscheck.claims import make_claims
from crosscheck.crews import PEOPLE_ABOARD
from crosscheck.models import Claim, Sentence
from crosscheck.quantities import read_quantities


def claims_of(text: str) -> list[Claim]:
    sentence = Sentence(
        source="a.txt", index=0, start=0, end=len(text), line=1, column=1, text=text
    )
    return make_claims(sentence, read_quantities(sentence, text), text)


def test_passengers_and_crew_together_count_everyone_aboard() -> None:
    (both,) = claims_of("All 379 passengers and crew escaped before the airliner caught fire.")
    (crew_first,) = claims_of("Officials said 150 crew and passengers were aboard.")
    (passengers,) = claims_of("The plane landed with 367 passengers on board.")
    assert both.counted == crew_first.counted == PEOPLE_ABOARD
    assert passengers.counted == "passengers"
