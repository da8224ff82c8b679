"""People shot in a report that tells of no death are the people hurt.

News tells a death whenever there is one: a report that says "three people were shot
overnight" and has no word of anyone killed, dead or dying says that three were hurt, the
count another outlet writes "four people were injured". The claims stage counts the first
``shot`` and the second ``injured``, two things that are not compared (people shot are
the killed and the hurt together). :func:`shot_as_hurt` counts a figure of people shot as
people hurt when its report has no word of death anywhere in its text, so the two are
compared. A report that counts people hurt as well keeps its count of people shot.

A report that tells of any death, even another incident's ("a fatal shooting on Friday"
in a round-up of the week), keeps its count of people shot: who died is then not known.

Each rule is a named entry with the texts it must and must not fire on
(``tests/test_survivors.py`` runs them).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from crosscheck.models import Claim, QuantityKind

SHOT, HURT = "shot", "injured"

# Words that tell someone died, in any inflection a report uses.
_DEATH = re.compile(
    r"\b(?:kill(?:s|ed|ing|er|ers)?|dead|deadly|die[sd]?|dying|deaths?|fatal(?:ly|ity|ities)?|"
    r"slain|murder(?:s|ed|ing)?|homicides?|manslaughter|bod(?:y|ies)|lifeless|"
    r"passed\s+away|succumbed|perished|mortally|life\s+support)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SurvivorRule:
    """A named rule: whether a report's text tells of no death, with the texts it must
    and must not fire on."""

    name: str
    fires_on: tuple[str, ...]
    not_on: tuple[str, ...]


RULES: tuple[SurvivorRule, ...] = (
    SurvivorRule(
        "no word of death in the report",
        (
            "Three people were shot overnight. All three suffered non-life threatening "
            "injuries and were taken to hospitals.",
            "Two men were shot Sunday night; both are expected to recover.",
        ),
        (
            "Three people were shot overnight. One of them died at the hospital.",
            "Four people were shot, one fatally.",
            "Three were shot in the week's second deadly shooting.",
            "Two were shot; a man was killed in a stabbing nearby on Friday.",
            "Police found the body of a third man.",
        ),
    ),
)


def tells_no_death(text: str) -> bool:
    """Whether ``text`` has no word that tells someone died.

    >>> tells_no_death("Three people were shot; all are expected to survive.")
    True
    >>> tells_no_death("Three people were shot, one fatally.")
    False
    """
    return _DEATH.search(text) is None


# "left one person dead at the scene and four others struck by gunfire", "killing one and
# shooting two others": the others shot, beside the dead of their own sentence, lived.
_OTHERS_AFTER = re.compile(r"\s+(?:other\s+people|others)\b", re.IGNORECASE)
# A count of the dead before them: "left one person dead", "killing two", "one man was
# killed" (not a "Homicide Bureau" or "a fatal shooting" elsewhere in the sentence).
_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|a|an)"
_DEAD_COUNT = re.compile(
    rf"\b{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?(?:(?:was|were)\s+(?:fatally\s+)?killed|dead)\b"
    rf"|\bkill(?:ed|ing)\s+{_NUMBER}\b",
    re.IGNORECASE,
)


def others_shot_beside_the_dead(claim: Claim) -> bool:
    """Whether ``claim`` counts the others shot after its sentence has counted the dead.

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> t = "The shooting left one person dead and four others struck by gunfire."
    >>> s = Sentence(source="-", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> at = t.index("four")
    >>> q = Quantity(text="four", start=at, end=at + 4, value=4.0, low=4.0, high=4.0,
    ...              bound=Bound.EXACT)
    >>> others_shot_beside_the_dead(Claim(source="-", sentence=s, quantity=q,
    ...     counted="shot", counted_text=None, actor=None, frame=""))
    True
    """
    s, q = claim.sentence, claim.quantity
    start, end = q.start - s.start, q.end - s.start
    return (
        claim.counted == SHOT
        and q.kind is QuantityKind.AMOUNT
        and _OTHERS_AFTER.match(s.text, end) is not None
        and _DEAD_COUNT.search(s.text[:start]) is not None
    )


def shot_as_hurt(claims: Sequence[Claim], texts: Mapping[str, str]) -> list[Claim]:
    """``claims`` with each count of people shot counted as people hurt (``injured``) when
    the text of its source (``texts``, by source path) tells of no death. A source that
    counts people hurt too keeps its count of people shot apart ("Three people were shot
    ... Cook was one of four people to be shot ... Three people were injured": what it
    counts each way is its own), and so does a source whose text is not given. Whatever
    its source, "N others" shot after its sentence's dead are hurt
    (:func:`others_shot_beside_the_dead`)."""
    counts_hurt = {c.source for c in claims if c.counted == HURT}
    quiet = {p for p, text in texts.items() if p not in counts_hurt and tells_no_death(text)}
    return [
        c.model_copy(update={"counted": HURT})
        if (c.counted == SHOT and c.quantity.kind is QuantityKind.AMOUNT and c.source in quiet)
        or others_shot_beside_the_dead(c)
        else c
        for c in claims
    ]


__all__ = ["RULES", "SurvivorRule", "others_shot_beside_the_dead", "shot_as_hurt", "tells_no_death"]
