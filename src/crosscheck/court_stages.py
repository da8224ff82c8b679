"""Ages given at a later stage of a case: a trial or a sentencing comes months or years
after the crime, and a report of it gives the defendant's age then.

"the driver of the semi is Rogel Aguilera-Mederos, 23" the day after a crash and "Aguilera-
Mederos, 25, faces decades in prison when he's sentenced" at the trial two years later are
one person, aged. When the pages carry no publication date the comparison cannot tell the
years between them (``compare._aged``); the sentence that gives the age can: an age one or
two years older, given only in sentences about a trial, a verdict or a sentencing, against
ages given only in sentences about none, is compatible (:func:`aged_by_stage`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.models import Claim, Quantity, QuantityKind
from crosscheck.relations import Kind, Severity, Verdict

# A sentence about a stage of a case that comes long after the crime.
_LATER_STAGE = re.compile(
    r"\b(?:trial|sentenc(?:e|ed|es|ing)|convicted|conviction|verdict|jur(?:y|ors)|"
    r"found\s+guilty|pleaded\s+guilty|pled\s+guilty|opening\s+statements|testified|"
    r"faces?\s+(?:up\s+to\s+|decades|years|life)|parole)\b",
    re.IGNORECASE,
)
# How many years older an age given at a later stage may be.
STAGE_AGEING_YEARS = 2


def _later_stage(claims: Sequence[Claim]) -> bool | None:
    """True when every claim's sentence is about a later stage of a case, False when none
    is, None when some are."""
    marks = {_LATER_STAGE.search(c.sentence.text) is not None for c in claims}
    return marks.pop() if len(marks) == 1 else None


def aged_by_stage(
    a: Quantity, claims_a: Sequence[Claim], b: Quantity, claims_b: Sequence[Claim]
) -> Verdict | None:
    """Compatible when the older of two ages of one person is given only at a later stage
    of the case (a trial, a sentencing) and the younger only before it; else None."""
    if a.kind is not QuantityKind.AGE or b.kind is not QuantityKind.AGE:
        return None
    if a.value is None or b.value is None or a.value == b.value:
        return None
    (young, young_claims), (old, old_claims) = sorted(
        [(a.value, claims_a), (b.value, claims_b)], key=lambda side: side[0]
    )
    if old - young > STAGE_AGEING_YEARS:
        return None
    if _later_stage(old_claims) is not True or _later_stage(young_claims) is not False:
        return None
    return Verdict(
        Kind.COMPATIBLE,
        Severity.NONE,
        f"{young:g} then {old:g}: the older age is given at a trial or a sentencing, "
        "the person aged between the reports",
    )
