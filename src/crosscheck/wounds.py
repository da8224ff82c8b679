"""Who among the casualties a figure counts, when its noun names a group the story's whole
toll is not about.

"Two officers were injured in the shooting", "Among those injured were two troopers",
"injured two law enforcement officers who responded" count the responders hit, a part of
everyone hurt: set against "eight others were wounded" they do not disagree. The claims
stage counts them all as ``injured`` (or ``killed``, ``shot``, ``treated``);
:func:`responders_hit` marks such a figure ``officers``, a hard qualifier, so it is
compared only with other counts of officers hit ("three Louisville police officers"
against "two officers were injured" still is).

Each rule is a named entry with the sentences it must and must not fire on
(``tests/test_wounds.py`` runs them all).

"The student sustained two injuries: one to an upper extremity" counts one person's
wounds, not two people hurt (:func:`injuries_suffered`), as "suffered three gunshot
wounds" does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.lexicon import counted as counted_lexicon
from crosscheck.models import Claim, QuantityKind

# What befalls the people a casualty count counts (the lexicon's events).
CASUALTY_EVENTS = frozenset({"killed", "injured", "shot", "treated"})

# People who respond to an incident as their job: a count of them hit is a part of the
# casualties, not their whole.
_RESPONDERS = (
    r"(?:law\s+enforcement\s+officers?|police\s+officers?|peace\s+officers?|officers?|"
    r"policemen|policewomen|cops|deputies|deputy|sheriff'?s\s+deputies|troopers?|"
    r"(?:federal\s+)?agents?|firefighters?|paramedics?|first\s+responders?)"
)


@dataclass(frozen=True)
class WoundRule:
    """A named rule: its pattern on the text right after the figure, the qualifier it
    gives, and examples (the figure in brackets) it must and must not fire on."""

    name: str
    qualifier: str
    after: re.Pattern[str]
    fires_on: tuple[str, ...]
    not_on: tuple[str, ...]


RULES: tuple[WoundRule, ...] = (
    WoundRule(
        "responders among the casualties",
        "officers",
        # the counted noun phrase: up to two words before the responders' noun ("three
        # Louisville police officers", "two state troopers"), and no comma between
        re.compile(rf"^\s+(?:[\w'-]+\s+){{0,2}}?{_RESPONDERS}\b", re.IGNORECASE),
        (
            "[Two] officers were injured in the shooting.",
            "Among those injured were [two] troopers with non-life-threatening injuries",
            "also injured [two] law enforcement officers who responded",
            "Eight others were injured, including [three] Louisville police officers.",
            "[Two] sheriff's deputies were wounded",
        ),
        (
            "[Eight] others, including two officers, were wounded",
            "[Two] people were wounded in a shooting at a mall",
            "[five] people were killed and eight others injured",
            "[Six] people were shot, police officers said",
        ),
    ),
)


# Groups people are counted in by who they are; "two other adults" are the adults besides
# some told before, not all of them.
_GROUPS = (
    r"(?:adults?|men|women|males|females|children|kids|boys|girls|teens|teenagers|"
    r"juveniles|minors|students|civilians)"
)
# "two other adults and a 10-year-old child were wounded" (besides the two women killed)
# counts the rest of the adults: set against "4 adults and one child" (all the adults
# shot) the two do not disagree. Marked ``rest``, compared only with other rests.
REST_RULE = WoundRule(
    "the rest of a group",
    "rest",
    re.compile(rf"^\s+other\s+(?:[\w'-]+\s+)?{_GROUPS}\b", re.IGNORECASE),
    (
        "police say [two] other adults and a 10-year-old child were wounded",
        "[three] other young men were hurt",
    ),
    (
        "a total of five victims, [4] adults and one child",
        "[Two] other people were wounded",
        "[three] others were hurt",
    ),
)


def wound_qualifiers(after: str) -> set[str]:
    """The qualifiers the rules give a casualty figure, from the text right after it.

    >>> wound_qualifiers(" officers were injured")
    {'officers'}
    >>> wound_qualifiers(" people were injured")
    set()
    """
    return {rule.qualifier for rule in RULES if rule.after.match(after)}


# "eight others were injured, including [three] police officers": the responders listed
# in a casualty count share its fate. How far before "including" the fate may be named.
INCLUDED_FATE_CHARS = 60
_INCLUDING = re.compile(r"(?:,\s*|\s)(?:including|among\s+them)\s+$", re.IGNORECASE)


def _included_fate(before: str) -> str | None:
    """The casualty event named just before an including-list that ends ``before``.

    >>> _included_fate("Eight others were injured, including ")
    'injured'
    >>> _included_fate("The bank has 40 staff, including ") is None
    True
    """
    m = _INCLUDING.search(before)
    if m is None:
        return None
    events = counted_lexicon().events
    for word in reversed(
        re.findall(r"[a-z]+", before[max(0, m.start() - INCLUDED_FATE_CHARS) : m.start()].lower())
    ):
        event = events.get(word)
        if event is not None:
            return event if event in CASUALTY_EVENTS else None
    return None


def responders_hit(claim: Claim) -> Claim:
    """``claim`` marked with :func:`wound_qualifiers` when it counts casualties (see
    ``CASUALTY_EVENTS``), or lists responders in a casualty count ("eight others were
    injured, including three police officers": three officers injured, a part); else
    ``claim`` unchanged."""
    q, s = claim.quantity, claim.sentence
    if q.kind is not QuantityKind.AMOUNT or q.unit or q.currency:
        return claim
    after = s.text[q.end - s.start :]
    if claim.counted is None or claim.counted.rsplit(" ", 1)[-1] not in CASUALTY_EVENTS:
        fate = _included_fate(s.text[: q.start - s.start])
        if fate is None or not wound_qualifiers(after):
            return claim
        qualifiers = {*claim.qualifiers, *wound_qualifiers(after)}
        return claim.model_copy(update={"counted": fate, "qualifiers": tuple(sorted(qualifiers))})
    found = wound_qualifiers(after)
    if not found:
        return claim
    return claim.model_copy(update={"qualifiers": tuple(sorted({*claim.qualifiers, *found}))})


def rest_of_group(claim: Claim) -> Claim:
    """``claim`` marked ``rest`` when it counts "N other <group>" (see ``REST_RULE``);
    else ``claim`` unchanged."""
    q, s = claim.quantity, claim.sentence
    if q.kind is not QuantityKind.AMOUNT or q.unit or q.currency:
        return claim
    if not REST_RULE.after.match(s.text[q.end - s.start :]):
        return claim
    return claim.model_copy(update={"qualifiers": tuple(sorted({*claim.qualifiers, "rest"}))})


# "sustained two injuries", "suffered three injuries": the injuries a person had, after a
# verb of suffering, right before the figure.
_SUFFERED_BEFORE = re.compile(
    r"\b(?:sustained|suffered|received|sustaining|suffering|receiving)\s+$", re.IGNORECASE
)
_INJURIES_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?injur(?:y|ies)\b", re.IGNORECASE)


def injuries_suffered(claim: Claim) -> Claim:
    """``claim`` counting ``wounds`` when its figure is the injuries someone suffered
    ("sustained two injuries"), not people injured; else ``claim`` unchanged.

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> t = "The student sustained two injuries: one to an upper extremity."
    >>> s = Sentence(source="-", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> q = Quantity(text="two", start=22, end=25, value=2.0, low=2.0, high=2.0,
    ...              bound=Bound.EXACT)
    >>> injuries_suffered(Claim(source="-", sentence=s, quantity=q, counted="injured",
    ...                         counted_text=None, actor=None, frame="")).counted
    'wounds'
    """
    q, s = claim.quantity, claim.sentence
    if claim.counted != "injured" or q.kind is not QuantityKind.AMOUNT or q.unit:
        return claim
    start, end = q.start - s.start, q.end - s.start
    if not _SUFFERED_BEFORE.search(s.text[:start]) or not _INJURIES_AFTER.match(s.text, end):
        return claim
    return claim.model_copy(update={"counted": "wounds"})


_TIMES_FIGURES = frozenset({"once", "twice", "thrice"})


def times_hurt(claim: Claim) -> Claim:
    """``claim`` counting the times a person was hurt when its figure is "once", "twice" or
    "thrice" ("shot twice" is two times shot, as "shot two times" is); else unchanged.

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> t = "He was shot twice in the back."
    >>> s = Sentence(source="-", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> q = Quantity(text="twice", start=12, end=17, value=2.0, low=2.0, high=2.0,
    ...              bound=Bound.EXACT)
    >>> times_hurt(Claim(source="-", sentence=s, quantity=q, counted="shot",
    ...                  counted_text=None, actor=None, frame="")).counted
    'times shot'
    """
    if claim.quantity.text.lower() not in _TIMES_FIGURES:
        return claim
    return claim.model_copy(
        update={"counted": "times shot" if claim.counted == "shot" else "times"}
    )
