"""Whether an attack's perpetrator died or was hurt, and which tolls may count him.

Reports of one shooting count its dead two ways when the gunman died: "three people are
dead" (the gunman among them) and "two children were killed" (his victims). Both are
right. A story whose sources say the attacker died (:func:`attacker_died`) makes a toll
one larger than another ambiguous, unless a source says the larger one is his victims
("the gunman killed four"): then it is no count of him (:func:`counts_victims_only`).
Likewise a count of the hurt, when he shot himself or was wounded (:func:`attacker_hurt`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from crosscheck.models import Claim

_ATTACKER = r"(?:gunm[ae]n|shooters?|attackers?|assailants?|suspects?|perpetrators?|killers?)"
# Said of the attacker: he killed himself, or was killed.
_DIED = re.compile(
    r"\b(?:(?:killed|shot|killing|shooting)\s+(?:him|her|them)sel(?:f|ves)"
    r"|turn(?:ed|ing)\s+(?:the|a|his|her)\s+(?:gun|weapon|rifle|pistol)\s+on\s+"
    r"(?:him|her|them)sel(?:f|ves)"
    r"|took\s+(?:his|her|their)\s+own\s+li(?:fe|ves)|died\s+by\s+suicide"
    r"|self[-\s]inflicted\s+(?:gunshot|gun\s+shot|wound)"
    rf"|{_ATTACKER}(?:,\s+[^,.;]{{1,60}},)?\s+(?:was|is|were|are)\s+(?:also\s+|later\s+)?"
    r"(?:found\s+)?(?:dead|killed|shot\s+dead|fatally\s+shot|shot\s+and\s+killed)"
    rf"|{_ATTACKER}\s+(?:also\s+|later\s+)?died"
    rf"|(?:killed|shot\s+and\s+killed|fatally\s+shot|shot\s+dead)\s+(?:the|a)\s+{_ATTACKER})\b",
    re.IGNORECASE,
)
# Said of the attacker: he shot himself, or was hurt ("left a fifth victim and the gunman
# critically wounded"). Then a count of the hurt may hold him too: "wounded three others"
# and "four wounded" (he shot himself and died the next day).
_HURT = re.compile(
    r"\b(?:shot\s+(?:him|her|them)sel(?:f|ves)"
    rf"|(?:the|a)\s+{_ATTACKER}(?:,\s+[^,.;]{{1,60}},)?\s+(?:(?:was|is|were|are)\s+)?"
    r"(?:also\s+|later\s+|critically\s+|seriously\s+)?(?:wounded|injured|hospitali[sz]ed"
    r"|in\s+(?:critical|serious|grave)\s+condition)"
    rf"|(?:wounded|injured|shot\s+and\s+wounded)\s+(?:the|a)\s+{_ATTACKER})\b",
    re.IGNORECASE,
)
# ... unless he was dead when found: no count of the hurt holds him then ("found the
# shooter ... dead from a self-inflicted gunshot wound").
_DEAD_WHEN_FOUND = re.compile(
    rf"\b{_ATTACKER}\b[^.;]{{0,80}}?\b(?:(?:was|were)\s+)?(?:found\s+(?:dead|deceased)"
    r"|dead\s+(?:at\s+the\s+scene|from\s+a\s+self|of\s+a\s+self)"
    r"|(?:died|pronounced\s+dead)\s+at\s+the\s+scene)"
    r"|\b(?:killed\s+(?:him|her|them)sel(?:f|ves)|took\s+(?:his|her|their)\s+own\s+li(?:fe|ves)"
    r"|fatally\s+shot\s+(?:him|her|them)sel(?:f|ves))\b",
    re.IGNORECASE,
)
# The toll is the attacker's victims when its verb is his act: "the gunman killed four",
# "opened fire, killing three", "fatally shot two" (not "four were killed").
_HIS_ACT_BEFORE = re.compile(
    r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bare\s)(?<!\bis\s)"
    r"\b(?:killed|killing|kills|kill|murdered|murdering|fatally\s+(?:shot|shooting|stabbed)|"
    r"shot\s+and\s+killed|shooting\s+and\s+killing|gunned\s+down|slew|slaying)\s+"
    r"(?:(?:at\s+least|about|around|nearly|some|all)\s+)?$",
    re.IGNORECASE,
)
# How far before a toll its verb is looked for, in characters.
ACT_WINDOW_CHARS = 60
# Also his victims: "N victims", "N of his victims", "N people he killed".
_VICTIMS_AFTER = re.compile(r"^\s+(?:of\s+(?:his|her|the)\s+)?victims\b", re.IGNORECASE)


def attacker_died(texts: Iterable[str]) -> bool:
    """Whether any of ``texts`` says the attacker died.

    >>> attacker_died(["The gunman then turned the gun on himself.", "Two were hurt."])
    True
    >>> attacker_died(["The shooter, a 17-year-old student, was found dead."])
    True
    >>> attacker_died(["Police shot and killed the suspect after a standoff."])
    True
    >>> attacker_died(["The suspect was arrested.", "A victim killed in the attack."])
    False
    """
    return any(_DIED.search(text) for text in texts)


def attacker_hurt(texts: Iterable[str]) -> bool:
    """Whether any of ``texts`` says the attacker shot himself or was hurt.

    >>> attacker_hurt(["A student killed two classmates, wounded three others and then "
    ...                "shot himself in the head."])
    True
    >>> attacker_hurt(["It left a fifth victim and the gunman critically wounded."])
    True
    >>> attacker_hurt(["Police wounded the suspect in a shootout."])
    True
    >>> attacker_hurt(["The suspect was arrested.", "A victim was wounded."])
    False
    >>> attacker_hurt(["She shot herself.", "Officers found the shooter dead from a "
    ...                "self-inflicted gunshot wound."])
    False
    """
    texts = list(texts)
    return any(_HURT.search(t) for t in texts) and not any(
        _DEAD_WHEN_FOUND.search(t) for t in texts
    )


def counts_victims_only(claim: Claim) -> bool:
    """Whether a toll is said to count the attacker's victims only.

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> def toll(text, figure):
    ...     s = Sentence(source="a", index=0, start=0, end=len(text), line=1, column=1,
    ...                  text=text)
    ...     at = text.index(figure)
    ...     q = Quantity(text=figure, start=at, end=at + len(figure), value=4, low=4, high=4,
    ...                  bound=Bound.EXACT)
    ...     return Claim(source="a", sentence=s, quantity=q, counted="killed",
    ...                  counted_text=None, actor=None, frame="")
    >>> counts_victims_only(toll("The gunman killed four people.", "four"))
    True
    >>> counts_victims_only(toll("He opened fire, killing at least four.", "four"))
    True
    >>> counts_victims_only(toll("Four people were killed, police said.", "Four"))
    False
    >>> counts_victims_only(toll("The toll: four were killed and 12 hurt.", "four"))
    False
    """
    text = claim.sentence.text
    start = claim.quantity.start - claim.sentence.start  # offsets in the sentence
    end = claim.quantity.end - claim.sentence.start
    before = text[max(0, start - ACT_WINDOW_CHARS) : start]
    return bool(_HIS_ACT_BEFORE.search(before) or _VICTIMS_AFTER.match(text[end:]))


# What a toll of the dead is counted as (canonical counted things).
_TOLLS = frozenset({"killed", "dead", "died", "deaths", "fatalities"})
# ... and a count of the hurt.
_HURT_COUNTS = frozenset({"injured", "shot"})


def may_count_attacker(
    counted: str | None,
    a: float | None,
    claims_a: Iterable[Claim],
    b: float | None,
    claims_b: Iterable[Claim],
    *,
    dead: bool = True,
    hurt: bool = False,
) -> str | None:
    """Why two tolls one apart agree: the larger may count the attacker, when a source says
    he died (a toll of the dead) or was hurt (a count of the hurt). None when they are no
    such counts, differ otherwise, or a source says the larger is his victims.

    >>> may_count_attacker("killed", 2.0, [], 3.0, [])
    '3 may count the attacker, who died (a source says so), and 2 his victims'
    >>> may_count_attacker("injured", 2.0, [], 3.0, []) is None
    True
    >>> may_count_attacker("injured", 4.0, [], 3.0, [], dead=False, hurt=True)
    '4 may count the attacker, who was hurt (a source says so), and 3 his victims'
    """
    if a is None or b is None or abs(a - b) != 1:
        return None
    if counted in _TOLLS and dead:
        fate = "died"
    elif counted in _HURT_COUNTS and hurt:
        fate = "was hurt"
    else:
        return None
    larger, fewer = (claims_a, b) if a > b else (claims_b, a)
    if any(counts_victims_only(c) for c in larger):
        return None  # a source gives the larger figure as his victims: no count of him
    return (
        f"{max(a, b):g} may count the attacker, who {fate} (a source says so), "
        f"and {fewer:g} his victims"
    )
