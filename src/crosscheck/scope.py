"""Which incident, part or moment a figure belongs to: frame signals of scope.

Each signal is a named entry with the clause text it must fire on and must not fire on
(``tests/test_scope.py`` runs them all). A signal becomes a hard qualifier of the claim, so
a figure under it is compared only with figures under the same signal:

* ``tally``: a count over a period wider than the incident ("so far this year",
  "year-to-date", "worldwide since 1960"), not the incident's own;
* ``part``: a part of a whole the article counts ("two of the victims", "four others");
* ``with perpetrator``: a toll that counts the attacker too ("including the gunman",
  "killed three and himself"), against tolls of victims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Signal:
    """A named frame signal: where it looks, its pattern, and examples of both kinds."""

    name: str
    qualifier: str
    before: re.Pattern[str] | None  # searched in the figure's clause before it
    after: re.Pattern[str] | None  # matched at the start of the clause after it
    fires_on: tuple[str, ...]  # sentences with the figure in brackets: "killed [three] and"
    not_on: tuple[str, ...]


_TALLY = (
    r"\b(?:so\s+far\s+(?:this|in\s+\d{4}|in\s+the)\s+(?:year|month)|this\s+year"
    r"|year[-\s]to[-\s]date|since\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the\s+)?year"
    r"|january\s+1)|(?:worldwide|nationwide|globally)\s+since)\b"
)

SIGNALS: tuple[Signal, ...] = (
    Signal(
        "a tally over a period or an area",
        "tally",
        re.compile(_TALLY + r"[^;.]{0,30}$", re.IGNORECASE),
        re.compile(r"^[^.;]{0,60}?" + _TALLY, re.IGNORECASE),
        (
            "Chicago has had more than [600] homicides so far this year",
            "This year, [3,165] shooting incidents have been reported",
            "there have been [342] deaths worldwide since 1960",
            "police said [12] people were shot in the city year-to-date",
        ),
        (
            "A gunman killed [three] people on Monday",
            "About [700] cases have been reported across the country",
        ),
    ),
    Signal(
        "a part of the victims",
        "part",
        None,
        re.compile(
            r"^\s*(?:of\s+(?:them|those|the\s+(?:\w+\s+)?(?:victims|people|dead|wounded|"
            r"injured|passengers|patients|children|men|women|teens|students))\b|others?\b"
            r"|other\s+(?:people|victims|men|women|children|teens|persons)\b)",
            re.IGNORECASE,
        ),
        ("[Two] of the victims died", "One man died and [four] others were hurt"),
        ("[Two] victims died", "[Four] people were hurt", "It won [31] of the 81 seats"),
    ),
    Signal(
        "a toll counting the attacker",
        "with perpetrator",
        None,
        re.compile(
            r"^[^.;]{0,50}?\b(?:including\s+the\s+(?:gunman|shooter|attacker|suspect|"
            r"assailant|perpetrator)|and\s+(?:then\s+)?(?:himself|herself))\b",
            re.IGNORECASE,
        ),
        ("[Six] people, including the gunman, died", "He killed [three] and himself"),
        ("[Six] people died, police said", "He killed [three] people"),
    ),
)


def scope_qualifiers(clause_before: str, after: str) -> set[str]:
    """The scope qualifiers of a figure, from its clause before it and the text after it.

    >>> sorted(scope_qualifiers("Chicago has had more than ", " homicides so far this year"))
    ['tally']
    >>> scope_qualifiers("A gunman killed ", " people on Monday")
    set()
    """
    found: set[str] = set()
    for signal in SIGNALS:
        if (signal.before is not None and signal.before.search(clause_before)) or (
            signal.after is not None and signal.after.match(after)
        ):
            found.add(signal.qualifier)
    return found
