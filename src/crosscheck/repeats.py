"""What a count of times counts: the title won, the trophy lifted, the place visited.

"He won the Ballon d'Or five times" and "has seen him lift the Champions League four times"
both count "times", of two things. A count of times is of the thing named (a capitalised
name) in its clause right before it: a soft qualifier ``of <name>`` (:func:`with_objects`),
so five Ballon d'Or wins never meet four Champions League titles, and a count that names
nothing joins the one thing named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.frame_signal import add_qualifiers
from crosscheck.models import Claim

# What the claims stage names a count of times.
_TIMES = frozenset({"times", "time"})
# A name of one or more capitalised words ("Champions League", "Ballon d'Or").
_NAME = re.compile(r"(?<![\w'\u2019])[A-Z][\w'\u2019-]*(?:\s+(?:d['\u2019])?[A-Z][\w'\u2019-]*)*")
# Capitalised words that name nothing counted: pronouns and a clause's opening words.
_NOT_NAMES = frozenset({"He", "She", "It", "They", "We", "I", "The", "His", "Her", "Their"})
# How far before the figure, in its clause, the thing counted may be named.
OBJECT_BEFORE_CHARS = 70


def object_of(text: str, start: int) -> str | None:
    """The thing (lower case) a count of times at ``start`` of ``text`` is of, or None.

    >>> t = "He won the Ballon d'Or for best footballer of the year five times."
    >>> object_of(t, t.index("five"))
    "ballon d'or"
    >>> t = "The winger has seen him lift the Champions League four times with Real Madrid."
    >>> object_of(t, t.index("four"))
    'champions league'
    >>> object_of("He has done it four times.", 15) is None
    True
    """
    clause = re.split(r"[.;:,]", text[max(0, start - OBJECT_BEFORE_CHARS) : start])[-1]
    names = [m.group() for m in _NAME.finditer(clause) if m.group() not in _NOT_NAMES]
    return " ".join(names[-1].lower().replace("\u2019", "'").split()) if names else None


def with_objects(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each count of times given the thing it is of (soft)."""
    return add_qualifiers(claims, _object_signal, only=_TIMES)


def _object_signal(claim: Claim, text: str, start: int, end: int) -> set[str]:
    found = object_of(text, start)
    return {f"of {found}"} if found else set()


__all__ = ["object_of", "with_objects"]
