"""Which hospital a count of patients is of.

After a mass-casualty event each hospital tells its own patients: "Uvalde Memorial Hospital
had received 14 patients", "University Hospital ... 'We have received two patients'". Each
count is its hospital's, a soft qualifier ``at <hospital>`` (:func:`with_hospitals`): two
hospitals' counts stay apart, and a count that names no hospital joins the one named (or,
beside several, stays apart), as a reading at a place does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.frame_signal import add_qualifiers
from crosscheck.models import Claim

# Counts a hospital tells.
_HOSPITAL_COUNTS = frozenset({"patients", "patient"})
# A hospital's name: capitalised words ending in a word for a hospital.
_HOSPITAL = re.compile(
    r"\b(?P<name>(?:(?-i:[A-Z][\w.'\u2019-]*)\s+){1,5}"
    r"(?-i:Hospital|Medical\s+Center|Medical\s+Centre|Health\s+Center|Infirmary|Clinic))\b"
)
# How far from the figure the hospital may be named, in characters (the sentence's own).
HOSPITAL_CHARS = 160


def hospital_of(text: str, start: int, end: int) -> str | None:
    """The hospital (lowercase) named nearest the patients counted at ``start``:``end``.

    >>> t = "On Tuesday evening, Uvalde Memorial Hospital had received 14 patients."
    >>> hospital_of(t, t.index("14"), t.index("14") + 2)
    'uvalde memorial hospital'
    >>> t = 'A second hospital, University Hospital, tweeted: "We have received two patients."'
    >>> hospital_of(t, t.index("two"), t.index("two") + 3)
    'university hospital'
    >>> hospital_of("Their post also said two patients were deceased.", 21, 24) is None
    True
    """
    window_start = max(0, start - HOSPITAL_CHARS)
    best: tuple[int, str] | None = None
    for m in _HOSPITAL.finditer(text, window_start, min(len(text), end + HOSPITAL_CHARS)):
        distance = start - m.end() if m.end() <= start else m.start() - end
        name = " ".join(m.group("name").lower().split())
        if name.split()[0] in _ARTICLES:
            name = " ".join(name.split()[1:])
        if best is None or distance < best[0]:
            best = (distance, name)
    return best[1] if best else None


_ARTICLES = frozenset({"the", "a", "an"})


def with_hospitals(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each count of patients given its hospital (soft ``at <hospital>``)."""
    return add_qualifiers(claims, _hospital_signal, only=_HOSPITAL_COUNTS)


def _hospital_signal(claim: Claim, text: str, start: int, end: int) -> set[str]:
    hospital = hospital_of(text, start, end)
    return {f"at {hospital}"} if hospital else set()
