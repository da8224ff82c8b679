"""Which part of a whole a figure counts, when the whole is counted elsewhere in the story:
rules that read a claim's clause after :mod:`crosscheck.scope`'s frame signals.

* people saved by some of the rescuers ("20 people were rescued by fishermen", "26
  villagers rescued ... by military helicopters") are a part of everyone rescued
  (:func:`rescued_by_some`).

Each rule is a named entry with the sentences it must and must not fire on
(``tests/test_parts.py`` runs them all). A rule that fires marks the claim ``part``, a hard
qualifier: it is compared only with other parts, never with the whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.models import Claim, QuantityKind


@dataclass(frozen=True)
class PartRule:
    """A named rule: its pattern on the text after and before the figure, and examples
    (the figure in brackets) it must and must not fire on."""

    name: str
    before: re.Pattern[str] | None  # searched in the text before the figure
    after: re.Pattern[str] | None  # matched at the start of the text after it
    fires_on: tuple[str, ...]
    not_on: tuple[str, ...]


_RESCUE_VERB = (
    r"(?:rescued|saved|pulled\s+(?:out\s+)?(?:alive|from)|plucked|airlifted|picked\s+up|"
    r"fished\s+out)"
)
# Rescuers who save some of the people, not all: whoever happens by, and the craft that
# carry some of them off. The official rescue ("by the coast guard", "by rescue teams") is
# left out: it is often everyone's rescue.
_SOME_RESCUERS = (
    r"(?:(?:local|nearby|passing|other|private)\s+)?(?:fishermen|fishers|fishing\s+(?:boats?|"
    r"vessels?|canoes?)|locals|residents|villagers|neighbou?rs|passers-?by|bystanders|"
    r"(?:military\s+|army\s+|navy\s+|police\s+|air\s+force\s+)?helicopters?|canoes|"
    r"(?:passing\s+)?(?:ships|vessels|boats)|divers|volunteers)"
)
# How far after the verb the rescuers may be named ("rescued from Siaolin village in
# southern Taiwan's Kaohsiung County by military helicopters"), in characters.
RESCUERS_WINDOW_CHARS = 90

RULES: tuple[PartRule, ...] = (
    PartRule(
        "people saved by some of the rescuers",
        re.compile(
            rf"\b{_SOME_RESCUERS}\s+(?:had\s+|have\s+|also\s+)?(?:[a-z]+ly\s+)?"
            rf"{_RESCUE_VERB}\s+(?:about\s+|some\s+|around\s+|at\s+least\s+|nearly\s+)?$",
            re.IGNORECASE,
        ),
        re.compile(
            rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:(?:were|was|had\s+been|have\s+been|being)\s+)?"
            rf"(?:[a-z]+ly\s+)?{_RESCUE_VERB}\b[^.;]{{0,{RESCUERS_WINDOW_CHARS}}}?"
            rf"\bby\s+(?:the\s+|some\s+|several\s+|two\s+|three\s+)?{_SOME_RESCUERS}\b",
            re.IGNORECASE,
        ),
        (
            "[20] people were rescued by fishermen immediately after the accident.",
            "[Twenty-six] villagers rescued from Siaolin village in southern Taiwan's "
            "Kaohsiung County by military helicopters today estimated",
            "Local fishermen rescued [15] passengers.",
        ),
        (
            "[37] others had been rescued, officials said.",
            "[About 40] survivors were saved from the water Thursday",
            "[50] people have been rescued by rescue teams so far",
            "[12] people were rescued by Monday evening",
        ),
    ),
)


def part_rules(before: str, after: str) -> list[str]:
    """The names of the rules that fire on a figure, from the text before and after it.

    >>> part_rules("", " people were rescued by fishermen.")
    ['people saved by some of the rescuers']
    >>> part_rules("", " people were rescued.")
    []
    """
    return [
        rule.name
        for rule in RULES
        if (rule.before is not None and rule.before.search(before))
        or (rule.after is not None and rule.after.match(after))
    ]


# How much of the sentence before the figure the rules read, in characters.
PART_BEFORE_CHARS = 80


def rescued_by_some(claim: Claim) -> Claim:
    """``claim`` marked ``part`` when a part rule fires on its figure; else unchanged.

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> t = "20 people were rescued by fishermen immediately after the accident."
    >>> s = Sentence(source="-", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> q = Quantity(text="20", start=0, end=2, value=20.0, low=20.0, high=20.0,
    ...              bound=Bound.EXACT)
    >>> rescued_by_some(Claim(source="-", sentence=s, quantity=q, counted="rescued",
    ...                       counted_text=None, actor=None, frame="")).qualifiers
    ('part',)
    """
    q, s = claim.quantity, claim.sentence
    if q.kind is not QuantityKind.AMOUNT or q.unit or q.currency or "part" in claim.qualifiers:
        return claim
    start, end = q.start - s.start, q.end - s.start
    if not part_rules(s.text[max(0, start - PART_BEFORE_CHARS) : start], s.text[end:]):
        return claim
    return claim.model_copy(update={"qualifiers": tuple(sorted({*claim.qualifiers, "part"}))})
