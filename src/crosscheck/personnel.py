"""What was done to the staff a count is of: resigned, fired, suspended, placed on leave;
or what they did to get away: jumped off, escaped, fled.

A story about a police shooting counts deputies several ways, all right at once: "seven
deputies were at the scene", "three deputies have resigned and seven deputies have been
placed on administrative leave". A count of staff whose predicate is an action taken on
them (or by them on their post) is a claim of that action only: a hard qualifier
``<action>`` (:func:`with_actions`), so three who resigned are never set against seven at
the scene, and seven on leave meet ten on leave.

Each action is a named pattern with the phrases (figure in brackets) it must and must not
fire on (``tests/test_personnel.py`` runs them all).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.frame_signal import add_qualifiers
from crosscheck.models import Claim

# Staff, as the claims stage names what they count (singular and plural forms).
STAFF = frozenset(
    {
        *("deputy", "deputies", "officer", "officers", "employee", "employees", "worker"),
        *("workers", "staff", "agent", "agents", "trooper", "troopers", "guard", "guards"),
        *("teacher", "teachers", "nurse", "nurses", "official", "officials", "firefighter"),
        *("firefighters", "executive", "executives", "member", "members", "jailer", "jailers"),
    }
)
# Between the figure and the action: the staff's noun phrase and an auxiliary.
_LEAD = (
    r"^\s*(?:[\w'-]+\s+){0,3}?"
    r"(?:(?:have|has|had|were|was|are|is|been|being|also|later|since|all)\s+)*"
)


@dataclass(frozen=True)
class Action:
    """A named action and its patterns (after the figure; before it), with phrases it must
    and must not fire on."""

    name: str
    after: re.Pattern[str]
    before: re.Pattern[str] | None
    fires_on: tuple[str, ...]
    not_on: tuple[str, ...]


ACTIONS = (
    Action(
        "resigned",
        re.compile(_LEAD + r"(?:resigned|quit|stepped\s+down|retired)\b", re.IGNORECASE),
        None,
        ("[three] deputies have resigned", "[Two] officers later resigned from the force"),
        ("[seven] deputies were at the scene", "[two] officers who fired"),
    ),
    Action(
        "on leave",
        re.compile(
            _LEAD + r"(?:placed|put)\s+on\s+(?:\w+\s+){0,2}leave\b|^\s*(?:[\w'-]+\s+){0,2}"
            r"(?:(?:are|were|is|was|remain|remained)\s+)?on\s+(?:\w+\s+){0,2}leave\b",
            re.IGNORECASE,
        ),
        re.compile(r"\b(?:placed|put)\s+(?:the\s+)?$", re.IGNORECASE),
        (
            "[seven] deputies have been placed on administrative leave",
            "[10] deputies are on leave",
            "the sheriff placed [seven] deputies on leave",
        ),
        ("[seven] deputies were at the scene",),
    ),
    Action(
        "fired",
        re.compile(
            _LEAD + r"(?:fired|dismissed|terminated|sacked|let\s+go)\b(?!\s+(?:their|his|her|"
            r"shots|at|on|weapons?|guns?|rounds?|into)\b)",
            re.IGNORECASE,
        ),
        re.compile(r"\b(?:fired|dismissed|terminated|sacked)\s+(?:the\s+)?$", re.IGNORECASE),
        ("[two] officers were fired", "the department fired [three] officers"),
        ("[three] of them fired their weapons", "[two] officers fired at the car"),
    ),
    Action(
        "suspended",
        re.compile(_LEAD + r"suspended\b", re.IGNORECASE),
        re.compile(r"\bsuspended\s+(?:the\s+)?$", re.IGNORECASE),
        ("[four] officers were suspended", "the chief suspended [two] officers"),
        ("[four] officers responded",),
    ),
    Action(
        "escaped",
        re.compile(
            _LEAD + r"(?:who\s+(?:(?:had|have|were|was)\s+)?)?(?:jumped|escaped|fled|swam|"
            r"survived|got\s+out|made\s+it\s+out|managed\s+to\s+(?:escape|get\s+out|flee))\b",
            re.IGNORECASE,
        ),
        None,
        (
            "including [five] crew members who jumped off soon after the fire",
            "[two] workers escaped the blaze",
            "[Four] employees managed to escape",
        ),
        ("[six] crew members were aboard", "[two] workers who died"),
    ),
)


def action_of(text: str, start: int, end: int) -> str | None:
    """The action taken on the staff counted at ``text[start:end]``, or None.

    >>> t = "three deputies have resigned and seven deputies have been placed on leave"
    >>> action_of(t, 0, 5), action_of(t, t.index("seven"), t.index("seven") + 5)
    ('resigned', 'on leave')
    """
    after, before = text[end : end + 100], text[max(0, start - 40) : start]
    for action in ACTIONS:
        if action.after.match(after) or (action.before and action.before.search(before)):
            return action.name
    return None


def with_actions(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each count of staff given the action taken on them (hard)."""
    return add_qualifiers(claims, _action_signal, only=STAFF)


def _action_signal(claim: Claim, text: str, start: int, end: int) -> set[str]:
    action = action_of(text, start, end)
    return {action} if action else set()


__all__ = ["ACTIONS", "STAFF", "action_of", "with_actions"]
