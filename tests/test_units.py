"""Units of one dimension, converted for comparison (units.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crosscheck.models import Bound, Kind, Quantity
from crosscheck.relations import relate
from crosscheck.settings import Settings
from crosscheck.units import dimension, in_unit, same_unit


def length(value: float, unit: str, bound: Bound = Bound.EXACT, precision: float = 1.0) -> Quantity:
    return Quantity(
        text=f"{value} {unit}",
        start=0,
        end=1,
        value=value,
        low=value,
        high=value,
        bound=bound,
        unit=unit,
        precision=precision,
    )


def test_lengths_areas_speeds_convert_tons_and_degrees_do_not() -> None:
    assert {dimension(u) for u in ("mm", "m", "km", "ft", "yd", "mi")} == {"length"}
    assert dimension("mph") == dimension("km/h") == "speed"
    assert dimension("t") is None  # short tons or tonnes: the text does not say
    assert dimension("°C") is None  # affine, not proportional


def test_yards_against_feet_differ_and_kilometres_against_metres_agree() -> None:
    yards, feet = same_unit(
        length(100, "yd", Bound.APPROXIMATE, 100), length(100, "ft", Bound.APPROXIMATE, 100)
    )
    assert relate(yards, feet, Settings()).kind is Kind.CONFLICT
    km, metres = same_unit(length(5, "km"), length(5000, "m", precision=1000))
    assert relate(km, metres, Settings()).kind is Kind.AGREEMENT


def test_other_dimensions_are_left_as_they_are() -> None:
    a, b = length(100, "yd"), length(100, "t")
    assert same_unit(a, b) == (a, b)


@given(st.floats(min_value=0.001, max_value=1e6), st.sampled_from(["m", "km", "ft", "yd", "mi"]))
def test_a_length_converted_there_and_back_is_itself(value: float, unit: str) -> None:
    q = length(value, unit)
    back = in_unit(in_unit(q, "m"), unit)
    assert back.unit == unit
    assert abs((back.value or 0) - value) <= 1e-9 * value
