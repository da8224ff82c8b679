"""Holders of ages that name no one: the baby of an incident, and a group's members.

:mod:`crosscheck.mentions` gives an age to a named person or a role; a generic noun ("a
25-year-old man") is nobody in particular unless its fate makes it the one man the
incident hurt. Two more kinds of unnamed holder are someone:

* **The baby.** An age in days, weeks or months under a year, given to a child's noun ("a
  three-week-old boy", "a 3-week-old baby", "the one-month-old infant"), is the incident's
  baby, whatever noun an outlet calls it by and whatever befell it: an incident seldom has
  two, and a report that gives two babies different ages keeps neither (see
  :func:`crosscheck.mentions.one_per_source`).
* **A group's members.** An age range or list given to a plural group of hurt people ("six
  men aged 21 to 36", "two men, ages 20 and 21, were in stable condition") is about each
  member of the group: their holder is the group ("the men (hurt)"). So is a hurt man of a
  report that tells of several hurt men (:func:`as_members`). A member's age outside
  another report's range for the group is a conflict; inside it, compatible; two members'
  ages are two people's, never compared (:func:`is_members`).

Each rule's sentences, those it must and must not fire on, are in ``tests/test_age_holders.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.number_words import SMALL_NUMBERS

# A baby's age: its unit ("-day-old", "-week-old", "-month-old").
_INFANT_UNIT = re.compile(r"(?P<n>[\w-]+?)[-\s]+(?P<u>day|week|month)s?\b", re.IGNORECASE)
# Months below this are a baby's age; "an 18-month-old" is a toddler, whom outlets call a
# boy or girl, not a baby.
INFANT_MONTHS = 12
# Nouns an outlet may call a baby by.
INFANT_NOUNS = frozenset(
    {"baby", "infant", "newborn", "boy", "girl", "child", "son", "daughter", "toddler"}
)
# The baby's holder key.
BABY = "the baby"


def baby_holder(figure: str, noun: str | None) -> str | None:
    """``BABY`` when ``figure`` (an age's own words) is a baby's and ``noun`` (the word after
    it) one a baby is called by; None otherwise.

    >>> baby_holder("three-week-old", "boy"), baby_holder("1-month-old", "infant")
    ('the baby', 'the baby')
    >>> baby_holder("18-month-old", "boy"), baby_holder("2-week-old", "video")
    (None, None)
    >>> baby_holder("9-year-old", "boy") is None
    True
    """
    if noun not in INFANT_NOUNS:
        return None
    m = _INFANT_UNIT.match(figure.strip())
    if m is None:
        return None
    if m.group("u").lower() != "month":
        return BABY
    count = m.group("n").lower()
    months = int(count) if count.isdigit() else SMALL_NUMBERS.get(count)
    return BABY if months is not None and months < INFANT_MONTHS else None


# Plural nouns of a group of people, and their singular (a member's noun in
# :mod:`crosscheck.mentions`).
PLURALS = {
    "men": "man",
    "women": "woman",
    "boys": "boy",
    "girls": "girl",
    "teens": "teen",
    "teenagers": "teenager",
    "children": "child",
}
_SINGULARS = {single: plural for plural, single in PLURALS.items()}
# The mark of a holder made of a generic noun and its fate, as in mentions.py.
_HURT = "(hurt)"
# A plural noun, then the words that give its members' ages, then the figures of a list
# before this one: "six men aged 21 to 36", "Two men, ages 20 and ", "five men, who are in
# their 20s". Bounded repeats only: no backtracking on long lines.
_GROUP_BEFORE = re.compile(
    r"\b(?P<noun>" + "|".join(PLURALS) + r")\s*,?\s+(?:(?:who|which)\s+(?:are|were)\s+)?"
    r"(?:all\s+)?(?:aged|ages|age|in\s+their|between\s+the\s+ages\s+of|ranging\s+in\s+age\s+from)"
    r"\s+(?:\d{1,3}\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)){0,6}$",
    re.IGNORECASE,
)
# What befell a group, in its sentence: hurt people, not those who did it.
_GROUP_HURT = re.compile(
    r"\b(?:wound(?:s|ed)?|injur(?:ed|ies)|shot|killed|dead|died|hospitali[sz]ed|"
    r"(?:stable|critical|serious|fair|grave|good)\W{1,3}condition)\b",
    re.IGNORECASE,
)
_GROUP_DID = re.compile(
    r"\b(?:suspects?|gunm[ae]n|shooters?|charged|arrested|accused|custody|opened\s+fire)\b",
    re.IGNORECASE,
)


def group_holder(sentence: str, start: int) -> str | None:
    """The hurt group whose members the age at ``sentence[start:]`` is of ("the men
    (hurt)"), or None when the age is not given to a plural group, or the sentence does not
    say the group was hurt (or says it did the deed).

    >>> group_holder("The wounded included six men aged 21 to 36.", 34)
    'the men (hurt)'
    >>> t = "Two men, ages 20 and 21, were in stable condition."
    >>> group_holder(t, 14), group_holder(t, 21)
    ('the men (hurt)', 'the men (hurt)')
    >>> group_holder("Three men aged 18 to 20 were arrested after the shooting.", 15) is None
    True
    >>> group_holder("The band's men, aged 40 to 60, played on.", 22) is None
    True
    """
    m = _GROUP_BEFORE.search(sentence[:start])
    if m is None or not _GROUP_HURT.search(sentence) or _GROUP_DID.search(sentence):
        return None
    return f"the {m.group('noun').lower()} {_HURT}"


def is_named(holder: str | None) -> bool:
    """Whether an age's holder is a named person, not a role ("the suspect") nor a group:
    one person has one age, so a report that gives a named person two ages disputes itself
    (and each report that gives one of them), unless it says one was corrected.

    >>> is_named("jeremy contreras"), is_named("the suspect"), is_named(None)
    (True, False, False)
    """
    return holder is not None and not holder.startswith("the ")


def is_members(holder: str | None) -> bool:
    """Whether ``holder`` is a group's, whose ages are its members' (see the module's text).

    >>> is_members("the men (hurt)"), is_members("the man (hurt)"), is_members("ann lee")
    (True, False, False)
    """
    if holder is None or not holder.startswith("the ") or not holder.endswith(_HURT):
        return False
    return holder.removeprefix("the ").removesuffix(_HURT).strip() in PLURALS


def as_members(given: Sequence[str | None], kept: Sequence[str | None]) -> list[str | None]:
    """One report's age holders (``kept``: after :func:`crosscheck.mentions.one_per_source`;
    ``given``: before it), with each hurt generic person that is one of several given to the
    group's members: "the man (hurt)" dropped for being given two ages, or given one in a
    report that tells of a group of hurt men, is a member of "the men (hurt)".

    >>> as_members(["the man (hurt)", "the man (hurt)", "the girl (hurt)"],
    ...            [None, None, "the girl (hurt)"])
    ['the men (hurt)', 'the men (hurt)', 'the girl (hurt)']
    >>> as_members(["the man (hurt)", "the men (hurt)"], ["the man (hurt)", "the men (hurt)"])
    ['the men (hurt)', 'the men (hurt)']
    >>> as_members(["the man (hurt)", "the men (hurt)", "the men (hurt)"],
    ...            ["the man (hurt)", None, None])
    ['the men (hurt)', 'the men (hurt)', 'the men (hurt)']
    >>> as_members(["the men (hurt)", "the men (hurt)"], [None, None])
    ['the men (hurt)', 'the men (hurt)']
    >>> as_members(["the man (hurt)", "ann lee"], ["the man (hurt)", "ann lee"])
    ['the man (hurt)', 'ann lee']
    """
    groups = {holder for holder in given if is_members(holder)}
    out: list[str | None] = []
    for before, after in zip(given, kept, strict=True):
        group = _group_of(before)
        if group is not None and (after is None or group in groups):
            out.append(group)
        else:
            out.append(after)
    return out


def _group_of(holder: str | None) -> str | None:
    """The group "the man (hurt)" is a member of: "the men (hurt)" (as is the group
    itself); None for any other."""
    if is_members(holder):
        return holder
    if holder is None or not holder.startswith("the ") or not holder.endswith(_HURT):
        return None
    plural = _SINGULARS.get(holder.removeprefix("the ").removesuffix(_HURT).strip())
    return f"the {plural} {_HURT}" if plural else None
