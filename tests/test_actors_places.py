"""A street's name is a place, never the person who did what a time dates."""

from __future__ import annotations

from tests.texts import plain_source

from crosscheck.models import Claim, QuantityKind
from crosscheck.reads import read_claims


def _time_actor(sentence: str) -> str | None:
    source = plain_source(sentence)
    (time,) = [c for c in read_claims(source).claims if c.quantity.kind is QuantityKind.TIME]
    return time.actor


def test_a_street_abbreviation_is_not_a_person() -> None:
    text = "The shooting happened during a dispute just before 3 p.m. near 183 East 54th St."
    assert _time_actor(text) is None


def _time_claim(sentence: str) -> Claim:
    source = plain_source(sentence)
    (time,) = [c for c in read_claims(source).claims if c.quantity.kind is QuantityKind.TIME]
    return time


def test_a_car_is_neither_a_person_nor_an_event() -> None:
    """ "a gold Honda Accord" is a car: no one did what the time dates, and "Accord" dates
    no agreement."""
    text = "A gunman in a gold Honda Accord got out and fired at them about 2:30 p.m. Monday."
    time = _time_claim(text)
    assert time.actor is None
    assert time.counted != "time of agreement"
    signed = _time_claim("The two sides signed the accord at 2:30 p.m. Monday.")
    assert signed.counted == "time of agreement"
