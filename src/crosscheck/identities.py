"""People across reports: one person named in one report and described in another.

A first report often gives a victim's age before the name is released ("the 54-year-old
man injured in the shooting was taken to a hospital"), a later one names him ("The
victim, Randy Frost, 47, was taken to a hospital"). Their ages are of one person when
nothing else could be meant: the described person is the one person of that fate given an
age in its report, the named one is the one person of that fate given an age in a report
that names him (in full: a first name and a surname), and no report of the story names
anyone else of that fate with an age.
The described person's ages then go to the name, and are compared with its ages.

A person's fate is read from the sentence that gives the age (:func:`fate`): killed, hurt
and alive, hurt with the outcome untold (a wound or care: "with a gunshot wound", "was
taken to a hospital"), or the suspect. A sentence whose words tell two fates ("Vance killed two and
wounded a man, 47") tells none: which person had which fate is not known.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from crosscheck.age_holders import is_members
from crosscheck.mentions import ADULT_AGE, HURT, acts_as_suspect
from crosscheck.models import Claim, QuantityKind

# The fates a person given an age may have, read from the sentence's words.
KILLED, WOUNDED, SUSPECT = "killed", "wounded", "suspect"
# Hurt, with the outcome untold: such a person may be the one another report says was
# killed, or the one it says was wounded.
HARMED = "harmed"
_CUES = {
    KILLED: re.compile(
        r"\b(?:kill(?:ed|ing)?|dead|died|dies|deaths?|slain|murder(?:ed)?|fatal(?:ly)?|"
        r"bod(?:y|ies)|homicide)\b",
        re.IGNORECASE,
    ),
    WOUNDED: re.compile(r"\b(?:wound(?:ed|ing)|injur(?:ed|ing))\b", re.IGNORECASE),
    SUSPECT: re.compile(
        r"\b(?:suspect(?:s|ed)?|gunman|shooter|charged|arrested|accused|booked|indicted|"
        r"custody|jail(?:ed)?)\b",
        re.IGNORECASE,
    ),
}
# Care and wounds tell a person was hurt, not that they lived: with a word of death ("died
# at the hospital", "dies of gunshot wound") the person was killed, alone ("was taken to a
# hospital", "found with a single gunshot wound") harmed.
_CARED = re.compile(
    r"\b(?:hospital(?:i[sz]ed)?|surgery|critical|stable|recovering|wounds?|injur(?:y|ies))\b",
    re.IGNORECASE,
)
# The age's person is called the one who did it, in apposition: "The shooter, 25-year-old
# Connor Sturgeon, was killed by police", "the gunman, identified as 19-year-old ...". The
# role is the person's; the sentence's other fates ("killed by police") are what befell
# the one who did it.
_CALLED_SUSPECT = re.compile(
    r"\b(?:suspect|gunman|shooter)\s*,\s*(?:(?:identified|named)\s+as\s+)?(?:an?\s+)?[^\s,]+$",
    re.IGNORECASE,
)
# Holders that describe a person without naming one, and the fates each may stand for.
_DESCRIBED = {"the victim": (KILLED, WOUNDED), "the suspect": (SUSPECT,)}
# Generic nouns of a hurt person that are a child's, and an adult's.
_CHILD = frozenset({"boy", "girl", "child", "toddler", "baby", "infant", "teen", "teenager"})
_ADULT = frozenset({"man", "woman"})


def fate(sentence: str, end: int | None = None) -> str | None:
    """The fate of the person given the age that ends at ``end`` in ``sentence``: the
    suspect when the words after it say the person did the deed or was held for it
    (:func:`crosscheck.mentions.acts_as_suspect`), else the one fate the sentence's words
    tell; None when they tell none, or more than one.

    >>> fate("The victim, Randy Frost, 47, was taken to a hospital.")
    'harmed'
    >>> fate("Nimishillen Township woman, 47, dies of gunshot wound")
    'killed'
    >>> fate("Ann Lee, 47, was wounded in the leg.")
    'wounded'
    >>> fate("Police identified the victims who were killed as Ann Lee, 55, and Bo Lee, 54.")
    'killed'
    >>> fate("Lee, 38, was arrested Monday.")
    'suspect'
    >>> fate("Lee, 38, shot and killed his neighbour and was arrested.") is None
    True
    >>> fate("Michael Vance, 38, wounded two officers.", 17)
    'suspect'
    >>> fate("The victim, a 16-year-old, died at the hospital.")
    'killed'
    >>> fate("The shooter, 25-year-old Connor Sturgeon, was killed by police.", 24)
    'suspect'
    """
    if end is not None and (
        acts_as_suspect(sentence[end:]) or _CALLED_SUSPECT.search(sentence[:end])
    ):
        return SUSPECT
    told = [name for name, cue in _CUES.items() if cue.search(sentence)]
    if not told and _CARED.search(sentence):
        return HARMED
    return told[0] if len(told) == 1 else None


def _described(actor: str) -> tuple[str, ...]:
    """The fates a describing holder may stand for: 'the man (hurt)' killed or wounded."""
    if is_members(actor):
        return ()  # a group's members ("the men (hurt)") are no one person
    if actor.endswith(HURT):
        return (KILLED, WOUNDED)
    return _DESCRIBED.get(actor, ())


def fits(actor: str, ages: set[float]) -> bool:
    """Whether a named person of ``ages`` may be the one ``actor`` describes: a boy is under
    ADULT_AGE, a man is not."""
    noun = actor.removeprefix("the ").removesuffix(HURT).strip()
    if noun in _CHILD:
        return all(a < ADULT_AGE for a in ages)
    if noun in _ADULT:
        return all(a >= ADULT_AGE for a in ages)
    return True


def one_person(names: Sequence[str]) -> str | None:
    """The one person ``names`` write in full or in part ("randy frost", "frost"), in full;
    None when they are two people or none.

    >>> one_person(["frost", "randy frost"]), one_person(["ronald wilkson", "kay wilkson"])
    ('randy frost', None)
    """
    if not names:
        return None
    full = max(names, key=lambda n: (len(n.split()), n))
    words = set(full.split())
    return full if all(set(n.split()) <= words for n in names) else None


def _stated_elsewhere(name: str, fates: dict[tuple[str, str], set[str | None]]) -> set[str]:
    """The one fate the story's reports state for the person ``name`` writes ("kay wilkson"
    for "valerie kay wilkson", killed in one report, found with wounds in another); empty
    when they state none, or several."""
    words = set(name.split())
    stated = {
        f
        for (_, actor), told in fates.items()
        if not actor.startswith("the ")
        and (set(actor.split()) <= words or words <= set(actor.split()))
        for f in told
        if f not in (None, HARMED)
    }
    return stated if len(stated) == 1 else set()


def _renamed(
    f: str,
    of_fate: dict[str, set[str]],
    fates: dict[tuple[str, str], set[str | None]],
    ages: dict[tuple[str, str], set[float]],
) -> dict[tuple[str, str], str]:
    """The described people of fate ``f`` (each report's ``of_fate`` people) given to the one
    person of that fate named with an age, when the story names only that one."""
    anyone = [a for actors in of_fate.values() for a in actors if not a.startswith("the ")]
    name = one_person(anyone)
    if (
        name is None
        or " " not in name
        or not any(
            len(actors) == 1 and not next(iter(actors)).startswith("the ")
            for actors in of_fate.values()
        )
    ):
        # no report names one person of that fate alone, several are named, or the one
        # name is a single word (a dateline's "Chicago 15-year-old" is no one's name)
        return {}
    words = set(name.split())
    name_ages = {a for (_, actor), x in ages.items() if actor in anyone for a in x}
    renamed: dict[tuple[str, str], str] = {}
    for source, actors in of_fate.items():
        if len(actors) != 1:
            continue
        (actor,) = actors
        if f not in _described(actor) or not fits(actor, name_ages):
            continue
        if any(s == source and set(a.split()) <= words for s, a in fates):
            continue  # the report gives the name an age itself: it may be another
        renamed[(source, actor)] = name
    return renamed


def named_across(claims: Sequence[Claim]) -> list[Claim]:
    """A story's claims with each described person's ages given to the one named person
    they can only be (see the module's docstring); other claims as they are.

    ``claims`` are the story's; copies count as the reports they copy only through their
    own claims, which say the same.
    """
    # (source, actor) -> the fates and ages of each person given an age
    fates: dict[tuple[str, str], set[str | None]] = defaultdict(set)
    ages: dict[tuple[str, str], set[float]] = defaultdict(set)
    for c in claims:
        if c.quantity.kind is not QuantityKind.AGE or c.actor is None:
            continue
        at = c.quantity.end - c.sentence.start
        fates[(c.source, c.actor)].add(fate(c.sentence.text, at))
        if c.quantity.value is not None:
            ages[(c.source, c.actor)].add(c.quantity.value)
    # each report's people of one fate: described or named; a person only harmed in one
    # report may be of either fate, and is told apart from the people of a stated fate
    people: dict[tuple[str, str], set[str]] = defaultdict(set)
    harmed: dict[str, set[str]] = defaultdict(set)
    for (source, actor), told in fates.items():
        known = told - {None}
        if len(known) > 1:
            known -= {HARMED}
        if known == {HARMED} and not actor.startswith("the "):
            known = _stated_elsewhere(actor, fates) or known
        if known == {HARMED}:
            harmed[source].add(actor)
        elif len(known) == 1:
            people[(source, str(next(iter(known))))].add(actor)
    chosen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for f in (KILLED, WOUNDED, SUSPECT):
        of_fate = {source: actors for (source, g), actors in people.items() if g == f}
        if f != SUSPECT:
            # the harmed join a fate's people; a harmed name only where no name has it
            stated = any(not a.startswith("the ") for x in of_fate.values() for a in x)
            for source, actors in harmed.items():
                join = {a for a in actors if a.startswith("the ")} if stated else actors
                if join:
                    of_fate[source] = of_fate.get(source, set()) | join
        for key, name in _renamed(f, of_fate, fates, ages).items():
            chosen[key].add(name)
    # a person harmed may have gone to two names, one of each fate: then to neither
    renamed = {key: next(iter(names)) for key, names in chosen.items() if len(names) == 1}
    if not renamed:
        return _no_one_of_two(list(claims))
    return _no_one_of_two(
        [
            c.model_copy(update={"actor": renamed[(c.source, c.actor)]})
            if c.actor is not None
            and c.quantity.kind is QuantityKind.AGE
            and (c.source, c.actor) in renamed
            else c
            for c in claims
        ]
    )


def _no_one_of_two(claims: list[Claim]) -> list[Claim]:
    """``claims`` with the ages of a described person ("the girl (hurt)") given to nobody
    when the story's reports give that description different ages and one report also
    names someone else it fits, of another age: the story tells of two such people ("One
    of two girls, 7 and 5": Iris, 7, named, and a girl of 5), and the description is
    neither of them for sure.
    """
    ages: dict[tuple[str, str], set[float]] = defaultdict(set)
    for c in claims:
        if c.quantity.kind is QuantityKind.AGE and c.actor and c.quantity.value is not None:
            ages[(c.source, c.actor)].add(c.quantity.value)
    described: dict[str, set[float]] = defaultdict(set)
    for (_, actor), told in ages.items():
        if actor.startswith("the ") and actor.endswith(HURT) and not is_members(actor):
            described[actor] |= told
    ambiguous = set()
    for actor, told in described.items():
        if len(told) < 2:
            continue
        for (source, holder), own in ages.items():
            if holder != actor:
                continue
            others = {
                a
                for (s, named), years in ages.items()
                if s == source and not named.startswith("the ")
                for a in years
                if fits(actor, {a})
            }
            if others - own:
                ambiguous.add(actor)
                break
    if not ambiguous:
        return claims
    return [
        c.model_copy(update={"actor": None})
        if c.quantity.kind is QuantityKind.AGE and c.actor in ambiguous
        else c
        for c in claims
    ]
