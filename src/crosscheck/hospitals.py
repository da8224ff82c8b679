"""Which hospital a count of patients is of.

After a mass-casualty event each hospital tells its own patients: "Uvalde Memorial Hospital
had received 14 patients", "University Hospital ... 'We have received two patients'". Each
count is its hospital's, a soft qualifier ``at <hospital>`` (:func:`with_hospitals`): two
hospitals' counts stay apart, and a count that names no hospital joins the one named (or,
beside several, stays apart), as a reading at a place does.

People "taken to Stanford Hospital" are counted as the people taken to hospital, whatever
noun counts them ("Five people were taken to Stanford Medical Center", "All six were taken
to Stanford Hospital"): :func:`taken_to_hospital`. They are a count of their own, not the
treated: "two taken to the hospital in Memphis" may be some of them ("seven others were
treated").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.frame_signal import add_qualifiers
from crosscheck.models import Claim, QuantityKind

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


TAKEN_TO_HOSPITAL = "taken to hospital"
# Counts a clause of care makes the people taken to hospital: a noun that names no fate,
# or none.
_CARED_NOUNS = frozenset(
    {"people", "person", "persons", "victim", "victims", "men", "women", "children", "teens"}
)
# "were taken to Stanford Hospital", "was rushed by ambulance to a trauma center": the
# clause right after the count, up to a hospital's name or word.
_TAKEN = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:were|was|have\s+been|had\s+been)\s+(?:all\s+|later\s+|also\s+)?"
    r"(?:taken|rushed|transported|driven|airlifted|flown)\b[^.;]{0,40}?\bto\s+"
    r"(?:(?:the|a|an|area|local|nearby)\s+)?"
    r"(?:(?:(?-i:[A-Z][\w.'\u2019-]*)\s+){0,5})?"
    r"(?:hospitals?|medical\s+cent(?:er|re)s?|trauma\s+cent(?:er|re)s?)\b",
    re.IGNORECASE,
)


def taken_to_hospital(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each count of people the clause after it takes to a hospital counted
    as the people taken to hospital.

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> t = "All six were taken to Stanford Hospital for treatment."
    >>> s = Sentence(source="-", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> q = Quantity(text="six", start=4, end=7, value=6.0, low=6.0, high=6.0,
    ...              bound=Bound.EXACT)
    >>> c = Claim(source="-", sentence=s, quantity=q, counted=None, counted_text=None,
    ...           actor=None, frame="")
    >>> taken_to_hospital([c])[0].counted
    'taken to hospital'
    """
    out = []
    for claim in claims:
        q = claim.quantity
        if (
            q.kind is QuantityKind.AMOUNT
            and not q.unit
            and not q.currency
            and (claim.counted is None or claim.counted in _CARED_NOUNS)
            and _TAKEN.match(claim.sentence.text, q.end - claim.sentence.start)
        ):
            claim = claim.model_copy(update={"counted": TAKEN_TO_HOSPITAL})
        out.append(claim)
    return out
