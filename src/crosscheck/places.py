"""Parts of a toll by place: the dead of one county, one building, the parking lot.

Reports of one incident break a toll down by where it fell: "five bodies were found in the
parking lot" of a shooting that killed ten, "14 bodies have been recovered" in one county of
a flood that killed 25, "two people were killed at Berkey Hall and another at the Union".
Such a figure is its place's part, not another count of the toll.

:func:`place_of` reads the place a casualty figure's clause names, when it is one of a
site's parts or a region's subdivisions (a county or parish, a named hall or building, a
room or lot of a site, or the hospital). :func:`parts_by_place` makes the figure a part
(hard qualifier ``part in <place>``) when its own report counts the same fate larger
without that place: a county's dead are compared only with the same county's dead, never
with the state's toll. A report that gives no larger count keeps the figure as it is: "two
were killed in Harris County" may be the whole of a shooting, and "two were pronounced dead
at the scene" is the whole toll of a first report that counts no more; beside a larger
count of its own ("Three victims were declared dead on the spot, while another succumbed"
in a report of four dead) the scene's dead are a part.

Each pattern is a named entry with the sentences it must and must not fire on
(``tests/test_places.py`` runs them all).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.grammar import ORDINALS
from crosscheck.lexicon import counted as counted_lexicon
from crosscheck.models import Claim

# A proper name's word, with the initials and apostrophes of place names ("St. Lucie").
_NAME_WORD = r"(?-i:(?!The\b)[A-Z][\w'\u2019.-]*)"
# A region's subdivision or a named part of a site: "Knott County", "Berkey Hall".
_NAMED_PART = (
    rf"(?P<named>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}\s+"
    r"(?-i:County|Parish|Borough|Hall|Building|Tower|Dormitory|Farms?|Ranch|Library|Union"
    r"|Spa|Parlou?r|Salon|Store|Restaurant|Bar|Club|Church|Mall|Market|Plaza|Warehouse))"
)
# A part of a site, or where the hurt died: "the parking lot", "the hospital".
_SITE_PART = (
    r"(?P<site>parking\s+(?:lot|garage|deck)|car\s+park|lobby|hallway|corridor|stairwell|"
    r"classroom|cafeteria|gym(?:nasium)?|basement|kitchen|bedroom|living\s+room|backyard|"
    r"front\s+yard|driveway|break\s?room|hospitals?|scene|spot|(?:massage\s+)?parlou?r|spa"
    r"|salon|store|restaurant|bar|nightclub|church|warehouse)"
)
# ("three died after being taken to nearby hospitals": where they died)
_AT = (
    r"\b(?:in|at|on|inside|outside|near|after\s+being\s+(?:taken|rushed|transported)\s+to)"
    r"\s+(?:(?:nearby|local|area)\s+)?"
)
_BARE_SITE = _SITE_PART.replace("P<site>", "P<bare>")  # "died in hospital"
_PLACE = rf"(?:(?:the\s+)?{_NAMED_PART}|(?:the|a|one|an)\s+{_SITE_PART}|{_BARE_SITE})"


@dataclass(frozen=True)
class PlaceRule:
    """A named pattern of the place a casualty figure is of, with examples (the figure in
    brackets) it must and must not fire on. ``after`` is matched at the start of the text
    after the figure, ``before`` searched in the text before it."""

    name: str
    after: re.Pattern[str] | None
    before: re.Pattern[str] | None
    fires_on: tuple[str, ...]
    not_on: tuple[str, ...]


# How far past the figure its place may be named, within its clause, in characters.
PLACE_AFTER_CHARS = 80
# How far before the figure a place opening its clause may be named, in characters.
PLACE_BEFORE_CHARS = 80

RULES = (
    PlaceRule(
        "the place after the figure, in its clause",
        re.compile(rf"^[^.;:()]{{0,{PLACE_AFTER_CHARS}}}?{_AT}{_PLACE}", re.IGNORECASE),
        None,
        (
            "As many as [five] bodies were found in the parking lot",
            "[Six] people were killed by tornadoes in St. Lucie County",
            "at least [15] of the deaths are reported in Knott County",
            "[two] people were killed at Berkey Hall and another at the MSU Union",
            "[Two] of the victims died at the hospital",
            "[Three] victims were declared dead on the spot",
            "[Four] people were killed at a massage parlor in Acworth",
            "Atlanta Police said [three] people were killed at the Gold Spa",
        ),
        (
            "[Ten] people were killed in a mass shooting at a supermarket",
            "[Three] were killed; police searched the parking lot",
            "[three] people were killed at Michigan State University",
            "[Two] victims were taken to the hospital",
        ),
    ),
    PlaceRule(
        "the place opening the figure's clause, or its reporting agency",
        None,
        re.compile(
            rf"(?:^|[.;]\s+|\b(?:In|At)\s+)(?:[Tt]he\s+)?{_NAMED_PART}"
            r"(?:,|\s+(?:coroner|reported|reports|has\s+reported|recorded|confirmed|had|has)\b)"
            rf"[^.;]{{0,{PLACE_BEFORE_CHARS}}}$",
        ),
        (
            "In Breathitt County, Coroner Hargis Epperson said [three] bodies were found",
            "The Knott County coroner said [14] bodies have been recovered",
            "St. Lucie County reported [five] deaths from tornadoes",
        ),
        (
            "Police in Harris County said [two] people were killed",
            "The Harris County Sheriff's Office said [two] people were killed",
        ),
    ),
    PlaceRule(
        "a named site, then 'where' opening the figure's clause",
        None,
        re.compile(
            rf"\b(?P<named>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})(?:,[^.;,]{{0,60}})?,\s+where"
            rf"\s+[^.;,]{{0,{PLACE_BEFORE_CHARS}}}$"
        ),
        (
            "Zhao worked at Mountain Mushroom Farm, where [four] people were shot dead",
            "He had worked at Concord Farms, the second shooting location, where authorities "
            "said he killed [three] people",
        ),
        ("They went home, where [two] were found dead", "Police said [two] people died"),
    ),
)


@cache
def _fates() -> frozenset[str]:
    """What the counts of an incident's people count: killed, injured, missing, ..."""
    return frozenset(counted_lexicon().events.values())


def place_of(text: str, start: int, end: int) -> str | None:
    """The place a casualty figure at ``text[start:end]`` is of, lowercased; None when its
    clause names none of a site's parts or a region's subdivisions.

    >>> t = "Ten people were killed; as many as five bodies were found in the parking lot."
    >>> place_of(t, t.index("five"), t.index("five") + 4)
    'parking lot'
    >>> t = "The Knott County coroner said 14 bodies have been recovered."
    >>> place_of(t, t.index("14"), t.index("14") + 2)
    'knott county'
    >>> place_of("Ten people were killed in a shooting.", 0, 3) is None
    True
    """
    after = text[end : end + PLACE_AFTER_CHARS + 40]
    before = text[max(0, start - PLACE_BEFORE_CHARS - 40) : start]
    for rule in RULES:
        m = (rule.after.match(after) if rule.after else None) or (
            rule.before.search(before) if rule.before else None
        )
        if m is None:
            continue
        found = m.groupdict()
        place = found.get("named") or found.get("site") or found.get("bare")
        if place:
            return " ".join(place.lower().replace("\u2019", "'").split())
    return None


def _low(claim: Claim) -> float | None:
    q = claim.quantity
    return q.low if q.low is not None else q.value


# "shot a third person", "A fourth victim was killed": an ordinal person of a fate says the
# report counts at least that many of it, though it writes no count.
_ORDINAL = r"(?:a|the|another)\s+(?P<{}>" + "|".join(ORDINALS) + r")\s+"
_ORDINAL_NOUN = r"(?:person|victim|man|woman|student|boy|girl|teen|teenager|child|officer)"
_FATE_VERB = r"(?:shot|killed|wounded|injured|stabbed)"
_ORDINAL_FATE = re.compile(
    rf"\b(?P<before>{_FATE_VERB})\s+{_ORDINAL.format('n')}{_ORDINAL_NOUN}\b"
    rf"|\b{_ORDINAL.format('n2')}{_ORDINAL_NOUN}\s+(?:was\s+)?(?:also\s+)?"
    rf"(?P<after>{_FATE_VERB})\b",
    re.IGNORECASE,
)


def ordinal_counts(text: str) -> dict[str, int]:
    """The least count of each fate the ordinals of ``text`` tell ("shot a third person":
    three shot), by the lexicon's event names.

    >>> ordinal_counts("Two were shot in the hallway. She went outside and shot a third person.")
    {'shot': 3}
    >>> ordinal_counts("A second victim was killed.") == {'killed': 2}
    True
    """
    events = counted_lexicon().events
    found: dict[str, int] = {}
    for m in _ORDINAL_FATE.finditer(text):
        verb = (m.group("before") or m.group("after")).lower()
        fate = events.get(verb)
        n = ORDINALS[(m.group("n") or m.group("n2")).lower()]
        if fate is not None:
            found[fate] = max(found.get(fate, 0), n)
    return found


def parts_by_place(claims: Sequence[Claim], texts: Mapping[str, str] | None = None) -> list[Claim]:
    """``claims`` with each casualty figure of a place made that place's part (hard
    qualifier ``part in <place>``) when its source counts the same fate larger without
    naming that place (another source's larger toll may be a later one; ``texts``, the
    sources' texts, add the counts their ordinals tell: "shot a third person"), or counts
    it at another place too.

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> def c(text, figure, v):
    ...     s = Sentence(source="a", index=0, start=0, end=len(text), line=1, column=1,
    ...                  text=text)
    ...     at = text.index(figure)
    ...     q = Quantity(text=figure, start=at, end=at + len(figure), value=v, low=v, high=v,
    ...                  bound=Bound.EXACT)
    ...     return Claim(source="a", sentence=s, quantity=q, counted="killed",
    ...                  counted_text=None, actor=None, frame="")
    >>> lot = c("Five bodies were found in the parking lot.", "Five", 5.0)
    >>> [x.qualifiers for x in parts_by_place([lot, c("Ten were killed.", "Ten", 10.0)])]
    [('part in parking lot',), ()]
    >>> parts_by_place([lot])[0].qualifiers
    ()
    """
    fates = _fates()
    places: dict[int, str] = {}
    for i, claim in enumerate(claims):
        if claim.counted in fates and "part" not in claim.qualifiers:
            s = claim.sentence
            place = place_of(s.text, claim.quantity.start - s.start, claim.quantity.end - s.start)
            if place is not None:
                places[i] = place
    if not places:
        return list(claims)
    largest: dict[tuple[str, str, str | None], float] = {}
    for i, claim in enumerate(claims):
        low = _low(claim)
        if claim.counted in fates and low is not None:
            key = (claim.source, claim.counted, places.get(i))
            largest[key] = max(largest.get(key, low), low)
    for source in {claims[i].source for i in places} if texts else ():
        for fate, n in ordinal_counts(texts.get(source, "")).items():  # type: ignore[union-attr]
            # the shot who lived are counted as the hurt (survivors.shot_as_hurt)
            for counted in (fate, "injured") if fate == "shot" else (fate,):
                key = (source, counted, None)
                largest[key] = max(largest.get(key, n), n)
    out = list(claims)
    for i, place in places.items():
        claim = claims[i]
        low = _low(claim)
        elsewhere = [
            (p, v)
            for (source, fate, p), v in largest.items()
            if source == claim.source and fate == claim.counted and p != place
        ]
        # a larger count without this place, or the same fate counted at another place (a
        # breakdown: "four killed at one farm ... three at the other")
        if low is not None and any(v > low or p is not None for p, v in elsewhere):
            qualifiers = tuple(sorted({*claim.qualifiers, f"part in {place}"}))
            out[i] = claim.model_copy(update={"qualifiers": qualifiers})
    return out
