"""Whether an attack's perpetrator died, and which tolls may count him.

Reports of one shooting count its dead two ways when the gunman died: "three people are
dead" (the gunman among them) and "two children were killed" (his victims). Both are
right. A story whose sources say the attacker died (:func:`attacker_died`) makes a toll
one larger than another ambiguous, unless a source says the larger one is his victims
("the gunman killed four"): then it is no count of him (:func:`counts_victims_only`).
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


def may_count_attacker(
    counted: str | None,
    a: float | None,
    claims_a: Iterable[Claim],
    b: float | None,
    claims_b: Iterable[Claim],
) -> str | None:
    """Why two tolls one apart agree, when the attacker died: the larger may count him. None
    when they are no tolls, differ otherwise, or a source says the larger is his victims.

    >>> may_count_attacker("killed", 2.0, [], 3.0, [])
    '3 may count the attacker, who died (a source says so), and 2 his victims'
    >>> may_count_attacker("injured", 2.0, [], 3.0, []) is None
    True
    """
    if counted not in _TOLLS or a is None or b is None or abs(a - b) != 1:
        return None
    larger, fewer = (claims_a, b) if a > b else (claims_b, a)
    if any(counts_victims_only(c) for c in larger):
        return None  # a source gives the larger figure as his victims: no count of him
    return (
        f"{max(a, b):g} may count the attacker, who died (a source says so), "
        f"and {fewer:g} his victims"
    )
