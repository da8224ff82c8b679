"""Which vehicle a count of people on board is of: a bus, a plane, a helicopter.

Reports of a crash between two vehicles count the people of each and of both: "a passenger
jet carrying 64 people", "a Black Hawk helicopter carrying three", "all 67 people aboard an
American Airlines flight and an Army helicopter". Each count is its vehicle's (or both
vehicles'), a soft qualifier ``for aboard:<vehicle>`` (:func:`with_vehicles`), so the jet's
64 is never set against the helicopter's three or against both vehicles' 67 ("plane" and
"helicopter+plane" are one word each, neither holding the other). A count that names no
vehicle joins the one vehicle named, as a figure that names no period does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.frame_signal import add_qualifiers
from crosscheck.models import Claim

# Vehicles by kind: the words reports name them with (a flight is a plane's).
_KINDS = {
    "plane": (
        "plane",
        "planes",
        "jet",
        "jets",
        "airliner",
        "jetliner",
        "aircraft",
        "airplane",
        "flight",
        "passenger jet",
    ),
    "helicopter": ("helicopter", "helicopters", "chopper", "black hawk"),
    "bus": ("bus", "buses", "coach", "minibus"),
    "train": ("train", "trains"),
    "boat": ("ferry", "boat", "ship", "vessel", "dinghy"),
    "truck": ("truck", "lorry"),
}
_KIND_OF = {word: kind for kind, words in _KINDS.items() for word in words}
_VEHICLE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _KIND_OF), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# People on board, counted: what the claims stage reads a vehicle's people as.
_ON_BOARD = frozenset({"passengers", "people"})
# The vehicle is named before "carrying N" ("a jet carrying 64 people") ...
_CARRYING_BEFORE = re.compile(
    r"(?:carrying|carried|with)\s+(?:(?:at\s+least|about|around|some|nearly|more\s+than|"
    r"only|just)\s+)?$",
    re.IGNORECASE,
)
# ... or after "N people aboard/on board/on" ("67 people aboard a flight and a helicopter").
_ABOARD_AFTER = re.compile(
    r"^\s*(?:people|passengers|persons|others)?\s*(?:were\s+|who\s+were\s+)?"
    r"(?:aboard|on\s+board|onboard|on)\s+(?P<what>[^.;:]{0,80})",
    re.IGNORECASE,
)
# How far before "carrying" the vehicle may be named, in characters.
VEHICLE_BEFORE_CHARS = 60


def vehicle_of(text: str, start: int, end: int) -> str | None:
    """The vehicle (or vehicles, joined by "+") the people counted at ``start``:``end``
    of ``text`` are on board of, as kinds; None when no vehicle is named that way.

    >>> t = "an American Airlines passenger jet carrying 64 people collided"
    >>> vehicle_of(t, t.index("64"), t.index("64") + 2)
    'plane'
    >>> t = "all 67 people aboard an American Airlines flight and an Army helicopter died"
    >>> vehicle_of(t, t.index("67"), t.index("67") + 2)
    'helicopter+plane'
    >>> t = "Black Hawk Army helicopter, believed to be carrying three people at the time."
    >>> vehicle_of(t, t.index("three"), t.index("three") + 5)
    'helicopter'
    >>> vehicle_of("Police said 12 people were hurt.", 12, 14) is None
    True
    """
    before = text[max(0, start - VEHICLE_BEFORE_CHARS) : start]
    if _CARRYING_BEFORE.search(before):
        named = _VEHICLE.findall(before)
        return _KIND_OF[named[-1].lower()] if named else None
    after = _ABOARD_AFTER.match(text[end:])
    if after is None:
        return None
    kinds = {_KIND_OF[w.lower()] for w in _VEHICLE.findall(after.group("what"))}
    return "+".join(sorted(kinds)) if kinds else None


def with_vehicles(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each count of people on board given its vehicle (soft)."""
    return add_qualifiers(claims, _vehicle_signal, only=_ON_BOARD)


def _vehicle_signal(claim: Claim, text: str, start: int, end: int) -> set[str]:
    vehicle = vehicle_of(text, start, end)
    return {f"for aboard:{vehicle}"} if vehicle else set()
