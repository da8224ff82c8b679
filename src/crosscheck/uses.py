"""What was done with counted munitions (fired, held, or struck someone), and over a
distance (dragged, chased).

"He fired at least 70 rounds", "he was carrying 1,300 rounds of ammunition" and "two
bullets struck the boy" count three different things, though all three count bullets: a
report that gives the rounds fired and another that gives the rounds the gunman carried
do not disagree. The claims stage counts them all as ``munitions``; :func:`munitions_use`
reads the verb that governs the figure and names the use:

* **fired** ("fired 70 rounds", "the 18 bullets that were fired"): the same thing as
  ``shots fired`` ("more than 20 shots were fired");
* **held** ("carrying", "armed with", "a bag filled with", "found with", "recovered"):
  ammunition someone had, not shots;
* **struck** ("hit by five bullets", "one of the bullets struck her"): what hit people or
  things, a part of what was fired.

A figure with no such verb stays ``munitions``.

Years that count nothing beside "veteran", "on the force", "of service" or "career" are a
person's years of service (:func:`years_of_service`), compared only for a named person.

A length that counts nothing ("dragged the deputy about 100 yards") measures the motion
that covered it: :func:`distance_moved` names it by its verb ("distance drag"), so that
"dragged 100 feet" in another report is the same claim, and "100 yards from the school"
is another.
"""

from __future__ import annotations

import re

from crosscheck.mentions import last_person
from crosscheck.units import dimension

# How far before the figure its verb may be: "fired a total of at least 70".
USE_BEFORE_CHARS = 60

_FIRED = (
    r"fired|firing|fires|fire|discharged|discharging|sprayed|spraying|unloaded|emptied|"
    r"let\s+off|squeezed\s+off|pumped"
)
_HELD = (
    r"carrying|carried|carries|armed\s+with|found\s+with|loaded\s+with|filled\s+with|"
    r"stuffed\s+with|packed\s+with|along\s+with|stockpiled|stockpile\s+of|cache\s+of|"
    r"arsenal\s+of|bought|purchased|owned|possessed|recovered|seized|confiscated|holding|"
    r"had|has|have"
)
_STRUCK_BY = r"hit\s+by|struck\s+by|wounded\s+by|pierced\s+by"
_VERB = re.compile(
    rf"\b(?:(?P<fired>{_FIRED})|(?P<held>{_HELD})|(?P<struck>{_STRUCK_BY}))\b", re.IGNORECASE
)
# Between the verb and the figure, at most this many words (a hedge, an article: "fired
# about", "had an estimated").
USE_GAP_WORDS = 4
# After the counted noun (at most four words: "rounds of ammunition", "9-mm bullets"):
# "that were fired", "struck Garza".
_AFTER = re.compile(
    r"^(?:\s+[\w.'-]+){0,4}?\s+(?:(?:that|which)\s+)?(?:(?:were|was|had\s+been|have\s+been)\s+)?"
    r"(?:(?P<fired>fired|discharged)|(?P<struck>struck|hit|pierced|lodged|grazed))\b",
    re.IGNORECASE,
)
# A clause break before the figure: a verb past it governs another clause.
_CLAUSE_BREAK = re.compile(r"[;:()]|,\s|\b(?:and|but|while|after|before|when)\s", re.IGNORECASE)

USES = {"fired": "shots fired", "held": "munitions held", "struck": "munitions struck"}


def munitions_use(text: str, start: int, end: int) -> str | None:
    """What the munitions counted by the figure at ``text[start:end]`` were used for:
    ``shots fired``, ``munitions held`` or ``munitions struck``; None when no verb says.

    >>> munitions_use("he fired at least 70 rounds", 9, 20)
    'shots fired'
    >>> munitions_use("a duffel bag filled with an estimated 1,300 rounds", 25, 43)
    'munitions held'
    >>> munitions_use("the directions of the 18 bullets that were fired", 22, 24)
    'shots fired'
    >>> munitions_use("Jeremy was hit by five bullets in the head", 18, 22)
    'munitions struck'
    >>> munitions_use("he had fired 70 rounds", 13, 15)
    'shots fired'
    >>> munitions_use("Two bullets went through and through", 0, 3) is None
    True
    """
    before = text[max(0, start - USE_BEFORE_CHARS) : start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    verbs = [v for v in _VERB.finditer(before) if len(before[v.end() :].split()) <= USE_GAP_WORDS]
    m = verbs[-1] if verbs else None  # the verb nearest the figure governs it
    if m is None:
        m = _AFTER.match(text[end : end + USE_BEFORE_CHARS])
    if m is None:
        return None
    use = next(name for name, value in m.groupdict().items() if value)
    return USES[use]


# "fired at him more than 90 times" counts shots; "was struck at least 60 times", "shot 46
# times" counts the hits, a part of the shots: under the bare noun "times" the two were
# one claim. The verb before the figure (at most ``USE_GAP_WORDS`` words, in its clause)
# says which; "three different times" and "interviewed four times" are occasions, left as
# they are.
_TIMES_FIRED = re.compile(
    rf"\b(?:{_FIRED}|shot\s+at|shooting\s+at|shoot\s+at)\b(?:\s+(?:at\s+)?[\w.'-]+){{0,4}}?\s+$",
    re.IGNORECASE,
)
_TIMES_STRUCK = re.compile(
    r"\b(?:struck|hit|shot|wounded|striking|hitting|shooting)\b(?!\s+at\b)"
    r"(?:\s+(?!at\b)[\w'-]+){0,2}?\s+$",
    re.IGNORECASE,
)
_TIMES_HEDGE = re.compile(
    r"(?:\b(?:at\s+least|more\s+than|over|about|around|nearly|roughly|some|as\s+many\s+as|"
    r"up\s+to|an\s+estimated|approximately|almost)\s+)+$",
    re.IGNORECASE,
)
_OCCASIONS = re.compile(r"^\s*(?:different|separate|other|more)\b", re.IGNORECASE)


def times_use(text: str, start: int, end: int) -> str | None:
    """What "N times" at ``text[start:end]`` counts when a verb of shooting governs it:
    ``shots fired`` ("fired at him more than 90 times") or ``munitions struck`` ("was
    struck at least 60 times", "shot him 46 times"); None otherwise.

    >>> t = "officers fired at him more than 90 times"
    >>> times_use(t, t.index("more"), t.index(" times"))
    'shots fired'
    >>> t = "Walker had been struck at least 60 times"
    >>> times_use(t, t.index("at least"), t.index(" times"))
    'munitions struck'
    >>> t = "He was interviewed at least four times"
    >>> times_use(t, t.index("at least"), t.index(" times")) is None
    True
    """
    before = text[max(0, start - USE_BEFORE_CHARS) : start]
    hedge = _TIMES_HEDGE.search(before)
    if hedge is not None:
        before = before[: hedge.start()]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    if _OCCASIONS.match(text[end:]) or _OCCASIONS.match(text[start:end].split()[-1]):
        return None
    if _TIMES_FIRED.search(before):
        return "shots fired"
    if _TIMES_STRUCK.search(before):
        return "munitions struck"
    return None


# A motion verb governs a distance at most this many words before it: "dragged the
# deputy nearly 100 yards".
DISTANCE_VERB_WORDS = 4
_VERB_FORM = re.compile(r"^[a-z]{3,}(?:ed|ing)$")
# Participles that describe a figure, not a motion: "an estimated 100 yards".
_NOT_MOTIONS = frozenset({"estimated", "reported", "approximately", "nearly", "according"})
_CLAUSE_WORDS = frozenset({"and", "but", "while", "after", "before", "when", "where", "which"})


def distance_moved(text: str, start: int, unit: str | None) -> str | None:
    """What a length that counts nothing measures: "distance <verb>" for the motion verb
    right before it in its clause; None when no such verb, or when ``unit`` is no length.

    >>> distance_moved("drove off and dragged the deputy about 100 yards", 34, "yd")
    'distance drag'
    >>> distance_moved("Deputy Dragged 100 Feet in Deadly Traffic Stop", 15, "ft")
    'distance drag'
    >>> distance_moved("dragging the deputy nearly 100 yards", 20, "yd")
    'distance drag'
    >>> distance_moved("the house, 100 yards from the school", 11, "yd") is None
    True
    """
    if dimension(unit) != "length":
        return None
    words = re.findall(r"[A-Za-z]+|[,;:()]", text[:start])[-DISTANCE_VERB_WORDS:]
    for word in reversed(words):
        low = word.lower()
        if low in _CLAUSE_WORDS or not low.isalpha():
            return None
        if _VERB_FORM.match(low) and low not in _NOT_MOTIONS:
            return f"distance {_stem(low)}"
    return None


def _stem(verb: str) -> str:
    """A verb's form without -ed or -ing, a doubled last consonant made single:
    'dragged', 'dragging' -> 'drag'; 'travelled', 'traveled' -> 'travel'."""
    stem = verb[:-3] if verb.endswith("ing") else verb[:-2]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        stem = stem[:-1]
    return stem


# "a 15-year veteran of the force", "13 years on the force", "19 years of service with the
# department", "his 10-year career as an officer", "served 10 years with the department".
_SERVICE_AFTER = re.compile(
    r"^[-\s]*(?:years?[-\s]+)?(?:veteran\b|on\s+the\s+(?:force|job|department)\b|"
    r"of\s+service\b|with\s+the\s+(?:department|force|agency|sheriff|police|office)|"
    r"(?:law\s+enforcement\s+)?career\b|in\s+law\s+enforcement\b)",
    re.IGNORECASE,
)
_SERVED_BEFORE = re.compile(
    r"(?:\b(?:served|serving|worked|working)\b[^,.;]{0,60}?\s|"
    r"\b(?:on\s+the\s+(?:force|job)|with\s+the\s+(?:department|force|agency|police))\s+|"
    r"\b(?:was|been|as)\s+an?\s+(?:police\s+)?(?:officer|deputy|detective|trooper|"
    r"firefighter|agent|sergeant|lieutenant)\s+)for\s+$|\b(?:served|serving)\s+$",
    re.IGNORECASE,
)
# Years spent in a post: "who spent six years as Theranos's chief operating officer".
_SPENT_BEFORE = re.compile(
    r"\b(?:spent|spending|spends)\s+(?:nearly\s+|almost\s+|about\s+)?$", re.I
)
_AS_AFTER = re.compile(r"^\s+as\s+", re.IGNORECASE)
# How far after the figure the person served may be named: "In his 10-year career as an
# officer, Travis risked his life".
SERVICE_NAME_CHARS = 60


def years_of_service(text: str, start: int, end: int, unit: str | None) -> str | None:
    """The person whose years of service the figure at ``text[start:end]`` counts (the last
    person named before it, else the first right after its phrase), or None when the figure
    is no service or no person is named.

    >>> t = "Dhaliwal was a 10-year veteran on the force."
    >>> years_of_service(t, t.index("10"), t.index("10") + 7, "year")
    'dhaliwal'
    >>> t = "In his 10-year career as an officer, Travis Wallace risked his life."
    >>> years_of_service(t, t.index("10"), t.index("10") + 7, "year")
    'travis wallace'
    >>> t = "Detective Joseph Seals had served with the police for 13 years."
    >>> years_of_service(t, t.index("13"), t.index("13") + 8, "year")
    'joseph seals'
    >>> t = "Seals was a police officer for 15 years, the union said."
    >>> years_of_service(t, t.index("15"), t.index("15") + 8, "year")
    'seals'
    >>> t = "Balwani, who spent six years as Theranos's chief operating officer, was convicted."
    >>> years_of_service(t, t.index("six"), t.index("six") + 9, "year")
    'balwani'
    >>> t = "Balwani, who served as Theranos's chief operating officer for six years, quit."
    >>> years_of_service(t, t.index("six"), t.index("six") + 9, "year")
    'balwani'
    >>> t = "One officer, a veteran with 19 years of service, fired."
    >>> years_of_service(t, t.index("19"), t.index("19") + 8, "year") is None
    True
    """
    if unit != "year":
        return None
    after = text[end:]
    spent = _SPENT_BEFORE.search(text[:start]) and _AS_AFTER.match(after)
    served = _SERVED_BEFORE.search(text[:start])
    if not (_SERVICE_AFTER.match(after) or served or spent):
        return None
    # the one who served, named before the verb ("Balwani, who served as Theranos's chief
    # operating officer for six years": not the employer named after it)
    head = text[: served.start()] if served else text[:start]
    return last_person(head) or last_person(after[:SERVICE_NAME_CHARS])
