"""Vehicles: which vehicle a count of people on board is of."""

from __future__ import annotations

from tests.test_claims import claims_of

from crosscheck.vehicles import with_vehicles


def _aboard(text: str, figure: str) -> tuple[str, ...]:
    claims = with_vehicles(claims_of(text))
    return tuple(q for c in claims if c.quantity.text == figure for q in c.qualifiers)


def test_each_vehicle_and_both_are_their_own_counts() -> None:
    jet = "An American Airlines passenger jet carrying 64 people collided with a helicopter."
    both = "All 67 people aboard an American Airlines flight and an Army helicopter died."
    assert "for aboard:plane" in _aboard(jet, "64")
    assert "for aboard:helicopter+plane" in _aboard(both, "67")


def test_a_count_that_names_no_vehicle_gets_none() -> None:
    assert not any(
        q.startswith("for aboard:") for q in _aboard("Police said 12 people died.", "12")
    )
