"""Live counts: figures an event changes by the hour, and what the power cut counts.

During a storm or a fire some figures move all day: the customers without power, the
share of a fire contained. Two reports hours apart give different figures and both are
right ("3.3 million customers" out at landfall, "over 2.4 million" still out the next
day), so such figures are not reported as a conflict unless both are tied to one day
(:func:`read_apart`): the reason says they are live counts read at different moments
(:data:`LIVE_COUNTS`, used by the comparison).

The claims stage counts a power cut's customers as ``users``, ``homes`` or ``people``, with
the customers any other story counts. :func:`power_counted` reads the power cut's
clause, so a count of customers without power is ``customers without power`` and a count
of those whose power came back is ``customers restored``: neither is compared with the
other, nor with a company's customers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from crosscheck.models import Claim

# Counts that move by the hour while an event goes on: two reports of them disagree only
# because they were read at different moments.
LIVE_COUNTS = frozenset({"customers without power", "customers restored", "containment"})

# What the claims stage calls the people a power cut leaves in the dark.
# ("without": "almost 200,000 without electricity" has no noun to count)
_CUSTOMERS = frozenset(
    {"users", "homes", "people", "households", "customers", "without", "population", None}
)
# How far from a figure the words of the power cut are read, in characters.
POWER_WINDOW_CHARS = 70
# (the gap holds no other figure: "5,000 homes were destroyed and 2 million lost power"
# counts no homes without power)
_GAP = r"[^.;\d]"
_OUT_AFTER = re.compile(
    rf"^{_GAP}{{0,{POWER_WINDOW_CHARS}}}?\b(?:without|lost|lose|losing|lacked|lacking|no)\s+"
    rf"(?:(?:their|its|any)\s+)?(?:power|electricity)\b|^{_GAP}{{0,40}}?\bin\s+the\s+dark\b",
    re.IGNORECASE,
)
# A hedge the figure's text may leave before it.
_HEDGED = r"(?:(?:about|around|nearly|almost|more\s+than|over|some|at\s+least)\s+)?"
_OUT_BEFORE = re.compile(
    r"\b(?:power\s+(?:outages?|cuts?|failures?)|outages?|blackouts?|without\s+power)\s+"
    r"(?:\w+\s+){0,3}?(?:for|to|affecting|affected|impacting|impacted|hit|hitting|of|reached|"
    r"topped|at)\s+"
    rf"{_HEDGED}$",
    re.IGNORECASE,
)
_RESTORED_BEFORE = re.compile(
    rf"\brestor(?:e|ed|es|ing)\s+(?:power|electricity|service)?\s*(?:to\s+)?{_HEDGED}$",
    re.IGNORECASE,
)
_RESTORED_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:had|have|has|got|saw)\s+(?:their\s+)?(?:power|electricity)\s+"
    r"(?:restored|back)\b",
    re.IGNORECASE,
)


def power_counted(text: str, start: int, end: int) -> str | None:
    """``customers without power`` or ``customers restored`` when the figure at
    ``text[start:end]`` counts a power cut's customers; else None.

    >>> t = "Over 2.4 million customers in Florida and Georgia remain without power."
    >>> power_counted(t, 0, 16)
    'customers without power'
    >>> t = "power outages for 3.3 million customers"
    >>> power_counted(t, t.index("3.3"), t.index(" customers"))
    'customers without power'
    >>> t = "crews have helped restore more than a million customers"
    >>> power_counted(t, t.index("more"), t.index(" customers"))
    'customers restored'
    >>> t = "power outages are also impacting 36,000 residents in Georgia"
    >>> power_counted(t, t.index("36,000"), t.index(" residents"))
    'customers without power'
    >>> power_counted("The utility has 5 million customers.", 16, 25) is None
    True
    >>> t = "5,000 homes were destroyed and 2 million lost power"
    >>> power_counted(t, 0, 5) is None
    True
    """
    before = text[max(0, start - POWER_WINDOW_CHARS) : start]
    after = text[end : end + POWER_WINDOW_CHARS + 40]
    if _RESTORED_BEFORE.search(before) or _RESTORED_AFTER.match(after):
        return "customers restored"
    if _OUT_AFTER.match(after) or _OUT_BEFORE.search(before):
        return "customers without power"
    return None


def with_power_counts(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each count of a power cut's customers counting them as such."""
    out: list[Claim] = []
    for claim in claims:
        q, s = claim.quantity, claim.sentence
        start, end = q.start - s.start, q.end - s.start
        counted = None
        if claim.counted in _CUSTOMERS and not q.unit and not q.currency:
            counted = power_counted(s.text, start, end) if 0 <= start <= end else None
        out.append(claim if counted is None else claim.model_copy(update={"counted": counted}))
    return out


_DAY_NAME = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight)\b",
    re.IGNORECASE,
)


# The hour a live count was read at, as its sentence states it: "As of 6:30 a.m.", "as of
# noon Thursday", "at 11 p.m.".
_READ_AT = re.compile(
    r"\b(?:as\s+of|at|by)\s+(?:about\s+|around\s+)?(?:(?P<hour>\d{1,2})(?::(?P<minute>\d\d))?"
    r"\s*(?P<half>[ap])\.?m\b\.?|(?P<word>noon|midday|midnight))",
    re.IGNORECASE,
)


def _clock(m: re.Match[str]) -> str:
    """The hour a :data:`_READ_AT` match names, as 'HH:MM'."""
    if m.group("word"):
        return "00:00" if m.group("word").lower() == "midnight" else "12:00"
    hour = int(m.group("hour")) % 12 + (12 if m.group("half").lower() == "p" else 0)
    return f"{hour:02d}:{m.group('minute') or '00'}"


def read_apart(
    claims_a: Sequence[Claim], claims_b: Sequence[Claim], published: Mapping[str, str | None]
) -> bool:
    """Whether two sides of a live count may have been read at different moments: not
    both tied to one day, by their sources' publication days or a day their sentences name
    ("10 percent contained by Monday evening" and "on Monday was 25 percent contained"
    were read the same day, and disagree).

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> def c(source, text):
    ...     s = Sentence(source=source, index=0, start=0, end=len(text), line=1, column=1,
    ...                  text=text)
    ...     q = Quantity(text="1", start=0, end=1, value=1, low=1, high=1, bound=Bound.EXACT)
    ...     return Claim(source=source, sentence=s, quantity=q, counted="containment",
    ...                  counted_text=None, actor=None, frame="")
    >>> read_apart([c("a", "10% by Monday")], [c("b", "on Monday, 25%")], {})
    False
    >>> read_apart([c("a", "10%")], [c("b", "25%")], {"a": "2025-01-09", "b": "2025-01-13"})
    True
    >>> read_apart([c("a", "10%")], [c("b", "25%")], {"a": "2025-01-09", "b": "2025-01-09"})
    False
    >>> read_apart([c("a", "As of 6:30 a.m., 10%")], [c("b", "As of noon, 25%")], {})
    True
    """
    clock_a = {_clock(m) for c in claims_a for m in _READ_AT.finditer(c.sentence.text)}
    clock_b = {_clock(m) for c in claims_b for m in _READ_AT.finditer(c.sentence.text)}
    if clock_a and clock_b and not clock_a & clock_b:
        return True  # "As of 6:30 a.m., 403,397 are without power" and "As of noon, 457,000"
    days_a = {(published.get(c.source) or "")[:10] for c in claims_a} - {""}
    days_b = {(published.get(c.source) or "")[:10] for c in claims_b} - {""}
    if days_a & days_b:
        return False
    named_a = {m.group().lower() for c in claims_a for m in _DAY_NAME.finditer(c.sentence.text)}
    named_b = {m.group().lower() for c in claims_b for m in _DAY_NAME.finditer(c.sentence.text)}
    return not (named_a & named_b) or bool(days_a and days_b)
