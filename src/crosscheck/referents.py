"""Whom a report's descriptions refer to: its one named hurt person.

A report that names one person the incident hurt ("Tyshawn Lee, 9, was shot and killed")
often describes that person generically too ("A 9-year-old boy was killed", and in a
caption "police said an 8-year-old boy was shot to death"). When the report gives the
generic person two ages, :func:`crosscheck.mentions.one_per_source` takes them for two
people and drops both. They are the named person when nothing else could be meant:

* the report names one hurt person given an age, and no other (names written in full or in
  part are one person);
* one of the generic person's ages is the named person's, and the noun fits the named
  person's age (a boy is a child, a man an adult);
* every sentence of the generic person tells the named person's fate or none, and none
  speaks of another ("also", "another", "second", "both", "two").

The named person then has the report's two ages, and the report disputes itself (see
:func:`crosscheck.holders.is_named`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from crosscheck.age_holders import is_members
from crosscheck.identities import HARMED, KILLED, WOUNDED, fate, fits, one_person
from crosscheck.mentions import HURT
from crosscheck.models import Claim, QuantityKind

# Words that bring in someone besides the person already spoken of.
_ANOTHER = re.compile(r"\b(?:also|another|other|second|both|two)\b", re.IGNORECASE)


def _fate_of(claim: Claim) -> str | None:
    return fate(claim.sentence.text, claim.quantity.end - claim.sentence.start)


def described_as_named(claims: Sequence[Claim]) -> list[Claim]:
    """One report's claims with a hurt generic person given two ages renamed to the one
    hurt person the report names, when it can only be that person (see the module's text).
    """
    ages = [c for c in claims if c.quantity.kind is QuantityKind.AGE and c.actor is not None]
    named: dict[str, set[str | None]] = defaultdict(set)
    described: dict[str, list[Claim]] = defaultdict(list)
    for c in ages:
        actor = str(c.actor)
        if actor.endswith(HURT) and not is_members(actor):
            described[actor].append(c)
        elif not actor.startswith("the "):
            named[actor].add(_fate_of(c))
    hurt = {actor: told for actor, told in named.items() if told & {KILLED, WOUNDED, HARMED}}
    name = one_person(list(hurt))
    if name is None or not described:
        return list(claims)
    fates = set().union(*hurt.values()) - {None}
    if len(fates) > 1:
        fates -= {HARMED}  # hurt, and elsewhere told killed (or wounded)
    if len(fates) != 1:
        return list(claims)
    words = set(name.split())
    years = {
        c.quantity.value
        for c in ages
        if c.quantity.value is not None and set(str(c.actor).split()) <= words
    }
    renamed = {
        actor
        for actor, said in described.items()
        if len({c.quantity.value for c in said}) > 1
        and years & {c.quantity.value for c in said}
        and fits(actor, {y for y in years if y is not None})
        and all(_fate_of(c) in fates | {None, HARMED} for c in said)
        and not any(_ANOTHER.search(c.sentence.text) for c in said)
    }
    if not renamed:
        return list(claims)
    return [
        c.model_copy(update={"actor": name})
        if c.quantity.kind is QuantityKind.AGE and c.actor in renamed
        else c
        for c in claims
    ]
