"""What befell a group counted in the predicate of a fate: "The dead were identified as two
students and two teachers", "Among the injured were eight students", and a school's roll.

The claims stage reads a figure's fate from event words beside it. A report that names the
fate first and the group after it ("The dead were ... two students") leaves the group's
count with no fate, and so the same claim as every other count of students: the eight
hurt, the two killed and the 1,900 the school serves. :func:`with_fates` gives a count of
a group of people in such a predicate its fate ("students killed"), and a count a school or
a college serves or enrolls is its roll ("students enrolled").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.models import Claim

# Groups of people whose count may take a fate told before them.
_GROUPS = frozenset(
    {
        "students",
        "children",
        "workers",
        "civilians",
        "passengers",
        "migrants",
        "tourists",
        "patients",
        "hostages",
        "prisoners",
        "troops",
    }
)
# "The dead were (identified as) ...", "Among the injured were ...", "Those killed
# included ...": the fate opens the clause, the figure is in its predicate.
_FATE_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|,\s+)(?:among\s+)?(?:the|those)\s+(?P<fate>dead|killed|slain|injured|wounded"
    r"|hurt)\b(?:\s+(?:were|are|was|is|included|include|includes|were\s+identified\s+as"
    r"|have\s+been\s+identified\s+as))\s+[^.;:]*$",
    re.IGNORECASE,
)
_FATE_NAMES = {
    "dead": "killed",
    "killed": "killed",
    "slain": "killed",
    "injured": "injured",
    "wounded": "injured",
    "hurt": "injured",
}
# "serves about 1,900 students", "enrolls 2,000", "an enrollment of 1,100 students"
_ROLL = re.compile(
    r"\b(?:serves|served|serving|enrolls|enrolled|enrolling|enrols|educates|teaches"
    r"|enrollment\s+of|enrolment\s+of|student\s+body\s+of)\s+"
    r"(?:(?:about|around|nearly|some|roughly|more\s+than|over|approximately)\s+)?$",
    re.IGNORECASE,
)


def fate_told_before(text: str, start: int) -> str | None:
    """The fate a clause opened with, for a count in its predicate at ``start``, or None.

    >>> t = "The dead were identified as two students and two teachers."
    >>> fate_told_before(t, t.index("two"))
    'killed'
    >>> t = "Among the injured were eight students."
    >>> fate_told_before(t, t.index("eight"))
    'injured'
    >>> fate_told_before("Two students were hurt.", 0) is None
    True
    """
    m = _FATE_SUBJECT.search(text[:start])
    return _FATE_NAMES[m.group("fate").lower()] if m else None


def with_fates(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each count of a group given the fate its clause opened with, or its
    roll at a school."""
    out: list[Claim] = []
    for claim in claims:
        if claim.counted in _GROUPS:
            s, q = claim.sentence, claim.quantity
            start = q.start - s.start
            if 0 <= start <= len(s.text):
                fate = fate_told_before(s.text, start)
                if fate is not None:
                    claim = claim.model_copy(update={"counted": f"{claim.counted} {fate}"})
                elif claim.counted == "students" and _ROLL.search(s.text[:start]):
                    claim = claim.model_copy(update={"counted": "students enrolled"})
        out.append(claim)
    return out
