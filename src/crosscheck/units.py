"""Units of one dimension, converted for comparison.

"Dragged about 100 yards" and "dragged about 100 feet" state two lengths of one thing:
aligned apart by their units, they would never meet, and the disagreement (a factor of
three) would go unseen; "5 km" and "3 miles" are one distance written twice. Claims whose
units measure the same dimension are aligned together (:func:`dimension`), and each pair
is related in one unit (:func:`same_unit`), while reports show every figure as written.

Only units whose factor is fixed are converted. "Tons" is not: US reporting means short
tons, the rest of the world metric tonnes, and the figures read do not say which.
Temperatures are affine, not proportional, and stay apart.
"""

from __future__ import annotations

from crosscheck.models import Quantity

# unit -> (dimension, size in the dimension's base unit)
_SIZES: dict[str, tuple[str, float]] = {
    "mm": ("length", 0.001),
    "cm": ("length", 0.01),
    "m": ("length", 1.0),
    "km": ("length", 1000.0),
    "ft": ("length", 0.3048),
    "yd": ("length", 0.9144),
    "mi": ("length", 1609.344),
    "ha": ("area", 10_000.0),
    "acre": ("area", 4046.8564224),
    "km2": ("area", 1_000_000.0),
    "mi2": ("area", 2_589_988.110336),
    "km/h": ("speed", 1.0),
    "mph": ("speed", 1.609344),
    "l": ("volume", 1.0),
    "gal": ("volume", 3.785411784),
}


def dimension(unit: str | None) -> str | None:
    """The dimension ``unit`` measures when it converts to others, else None.

    >>> dimension("yd"), dimension("mi"), dimension("t"), dimension(None)
    ('length', 'length', None, None)
    """
    return _SIZES[unit][0] if unit in _SIZES else None


def base_factor(unit: str | None) -> float:
    """How many of its dimension's base unit one ``unit`` is (1 for a unit that does not
    convert), so that figures of one dimension sort and side together.

    >>> base_factor("km"), base_factor("t"), base_factor(None)
    (1000.0, 1.0, 1.0)
    """
    return _SIZES[unit][1] if unit in _SIZES else 1.0


def same_unit(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """``a`` and ``b`` in one unit (``a``'s) when both units measure one dimension;
    otherwise as they are.

    >>> from crosscheck.models import Bound
    >>> def q(v, unit):
    ...     return Quantity(text="x", start=0, end=1, value=v, low=v, high=v,
    ...                     bound=Bound.APPROXIMATE, unit=unit, precision=100.0)
    >>> _, b = same_unit(q(100, "yd"), q(100, "ft"))
    >>> round(b.value, 2), b.unit, round(b.precision, 2)
    (33.33, 'yd', 33.33)
    """
    if a.unit == b.unit or dimension(a.unit) is None or dimension(a.unit) != dimension(b.unit):
        return a, b
    return a, in_unit(b, a.unit)


def in_unit(q: Quantity, unit: str | None) -> Quantity:
    """``q`` converted to ``unit`` (of the same dimension): its figure, bounds and the
    place of its last digit scaled, its text as written."""
    assert q.unit is not None and unit is not None
    factor = _SIZES[q.unit][1] / _SIZES[unit][1]

    def scaled(x: float | None) -> float | None:
        return None if x is None else x * factor

    return q.model_copy(
        update={
            "value": scaled(q.value),
            "low": scaled(q.low),
            "high": scaled(q.high),
            "precision": scaled(q.precision),
            "unit": unit,
        }
    )
