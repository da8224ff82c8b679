"""A street's name is a place, never the person who did what a time dates."""

from __future__ import annotations

from tests.texts import plain_source

from crosscheck.models import QuantityKind
from crosscheck.reads import read_claims


def _time_actor(sentence: str) -> str | None:
    source = plain_source(sentence)
    (time,) = [c for c in read_claims(source).claims if c.quantity.kind is QuantityKind.TIME]
    return time.actor


def test_a_street_abbreviation_is_not_a_person() -> None:
    text = "The shooting happened during a dispute just before 3 p.m. near 183 East 54th St."
    assert _time_actor(text) is None
