"""What a figure in a report of a disaster or an accident counts: rules that re-read a claim
of a toll's story after :mod:`crosscheck.claims` framed it (hooked in ``incidents.rescoped``).

Reports of one disaster mix the dead, the missing, those aboard, a storm's gusts and the
scale a storm is rated on. Each rule is a named entry with the sentences it must and must
not fire on (``tests/test_tolls.py`` runs them all):

* **a fate stated of the people counted** ("33 members of a wedding party were killed",
  "leaving 42 hotel workers ... still missing"): the figure counts that fate, not members
  or workers (:func:`fate_of`);
* **people aboard under another noun** ("a bus carrying 45-50 members of a marriage
  party"): those aboard, as "a bus carrying 60 people" is (:func:`aboard_as`);
* **gusts** ("wind gusts of up to 80 mph") are not a storm's winds ("winds of up to 149
  kph", "highest winds 195 mph"): a gust's speed is its own measure (:func:`gust`);
* **a rating's definition** ("An EF-4 tornado has top wind gusts from 166 mph to 200 mph")
  says what a class of storm means, not what this storm did: its figures get the hard
  qualifier ``class definition`` (:func:`class_definition`);
* **a part by place** ("217 dead, with 213 of those deaths occurring in the region of
  Valencia") is that place's part: another part of the toll ("54 of those who perished have
  yet to be identified") is no other count of it (:func:`part_place`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.lexicon import counted as counted_lexicon
from crosscheck.models import Claim, QuantityKind
from crosscheck.scope import aboard


@dataclass(frozen=True)
class TollRule:
    """A named rule: its pattern, and examples (the figure in brackets) it must and must
    not fire on. ``after`` is matched at the start of the text after the figure, ``before``
    searched in the text before it, ``sentence`` searched in the whole sentence."""

    name: str
    after: re.Pattern[str] | None
    before: re.Pattern[str] | None
    sentence: re.Pattern[str] | None
    fires_on: tuple[str, ...]
    not_on: tuple[str, ...]


# How many words may stand between the people counted and the fate said of them ("42 hotel
# workers en route to a national park hotel still missing"): a noun phrase with its
# modifiers, never past a clause break.
FATE_GAP_WORDS = 10
_GAP_WORD = (
    r"(?!(?:and|but|when|while|after|as|who|which|that|where|before|because)\b)[\w'\u2019-]+"
)
_FATES = r"(?P<fate>killed|dead|died|missing|unaccounted\s+for|injured|wounded|hurt|trapped)"
_FATE_AFTER = re.compile(
    rf"^\s+(?:{_GAP_WORD}\s+){{0,{FATE_GAP_WORDS}}}?"
    r"(?:(?:were|was|are|is|have\s+been|had\s+been|has\s+been|remain|remained|remains)\s+)?"
    r"(?:still\s+|now\s+|reported\s+|confirmed\s+|feared\s+|believed\s+)?"
    rf"{_FATES}\b",
    re.IGNORECASE,
)
# A verb or an auxiliary must say the fate ("were killed", "still missing", "died"): a bare
# adjective after the noun ("37 dead bodies") is the noun's.
_FATE_SAID = re.compile(
    r"\b(?:were|was|are|is|been|remain|remained|remains|still)\s+(?:[a-z]+\s+)?"
    r"(?:killed|dead|missing|unaccounted\s+for|injured|wounded|hurt|trapped)\b|\bdied\b",
    re.IGNORECASE,
)
# The figure is the whole a fate befell some of: "3 of the 42 workers were killed".
_OF_WHOLE_BEFORE = re.compile(r"\bof\s+(?:the\s+|its\s+|their\s+|all\s+)?$", re.IGNORECASE)

# Nouns for people that a report counts aboard a vehicle under another name.
_PEOPLE_NOUNS = frozenset(
    {
        *("member", "members", "guests", "pilgrims", "devotees", "students", "workers"),
        *("worker", "tourists", "migrants", "villagers", "persons", "person"),
    }
)

# How far from a speed a gust is named, in characters: "wind gusts of up to 80 mph",
# "with gusts exceeding 150 km/h".
GUST_WINDOW_CHARS = 30
# Any character but a clause break, or the point of a place's abbreviation ("St. Petersburg").
_IN_CLAUSE = r"(?:[^,;.]|(?<=\b[SMF]t)\.)"
_SPEED = r"\d[\d.,]*\s?(?:mph|km/h|kph|kmh|knots)\b"
# ... or the next of a list of gusts: "gusts hit 101 mph in St. Petersburg and [98 mph]".
_GUST_BEFORE = re.compile(
    rf"\bgust(?:s|ing)?\b{_IN_CLAUSE}{{0,{GUST_WINDOW_CHARS}}}"
    rf"(?:{_SPEED}(?:(?!\bwinds?\b){_IN_CLAUSE}){{0,{GUST_WINDOW_CHARS}}}(?:,|\band)\s*)?$",
    re.IGNORECASE,
)
_GUST_AFTER = re.compile(r"^[^,;.]{0,12}\bgusts?\b", re.IGNORECASE)

# A sentence about a class of storm or quake, not about one: "An EF-4 tornado has top wind
# gusts from 166 mph to 200 mph", "A Category 5 hurricane brings winds of 157 mph or more".
_CLASS = r"(?:E?F-?[0-5]|category[-\s]?[1-5]|cat\.?[-\s]?[1-5])"
_STORM = (
    r"(?:tornado|tornadoes|hurricane|hurricanes|typhoon|typhoons|cyclone|cyclones|storm|storms)"
)
_CLASS_DEFINITION = re.compile(
    rf"(?:^|[.;:]\s+)\W*(?:an?\s+|every\s+|any\s+)?{_CLASS}\s+(?:rated\s+)?{_STORM}\s+"
    r"(?:has|have|is|are|means|mean|brings|bring|packs|pack|produces|produce|can|typically)\b",
    re.IGNORECASE,
)

# A place a part of the toll is of, named after a partitive figure in its clause: "213 of
# those deaths occurring in the region of Valencia", "68 of them in Kerr County". A plain
# breakdown ("four in Kashiwazaki and two in Nagaoka") stays a part like any other.
PART_PLACE_CHARS = 80
_PART_PLACE = re.compile(
    r"^\s+of\s+(?:those|them|these|the)\b[^,;:.()]*?\b(?:in|at)\s+(?:the\s+)?(?:(?:region|province|state|county|district|city|"
    r"town|village|prefecture|municipality)\s+of\s+)?"
    r"(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
)

RULES: tuple[TollRule, ...] = (
    TollRule(
        "a fate stated of the people counted",
        _FATE_AFTER,
        None,
        None,
        (
            "In all, [33] members of a wedding party were killed and 19 injured.",
            "leaving [42] hotel workers en route to a national park hotel still missing.",
            "[12] crew members remain unaccounted for.",
        ),
        (
            "There were [110] miners working in the shaft when the explosion occurred.",
            "a bus carrying [45-50] members of a marriage party fell into a gorge.",
            "[750] girls were at the camp when the river rose, and 27 are missing.",
            "[37] dead bodies were recovered.",
        ),
    ),
    TollRule(
        "gusts",
        _GUST_AFTER,
        _GUST_BEFORE,
        None,
        (
            "Wind gusts of up to [80 mph] and large hailstones were reported.",
            "Yagi hit with gusts exceeding [150 km/h] and destructive flooding.",
            "winds of 120 km/h gusting to [150 km/h]",
            "Wind gusts hit 101 mph in St. Petersburg and [98 mph] in Tampa.",
        ),
        (
            "winds of [120 km/h] gusting to 150 km/h",
            "Yagi made landfall packing winds of up to [149 kph].",
            "| Highest winds | [195 mph] (314 km/h) |",
            "gusts of 50 mph, with winds of [120 mph]",
        ),
    ),
    TollRule(
        "a rating's definition",
        None,
        None,
        _CLASS_DEFINITION,
        (
            "An EF-4 tornado has top wind gusts from [166 mph] to 200 mph.",
            "A Category 5 hurricane brings winds of [157 mph] or higher.",
            "It was rated EF-4. EF-4 tornadoes have winds of [166 mph] to 200 mph.",
        ),
        (
            "The EF-4 tornado had estimated peak winds of [195 mph].",
            "The Category 4 hurricane made landfall with winds of [150 mph].",
        ),
    ),
    TollRule(
        "a part by place",
        _PART_PLACE,
        None,
        None,
        (
            "217 people died, with [213] of those deaths occurring in the region of Valencia",
            "[68] of them in Kerr County, the sheriff said.",
        ),
        (
            "[54] of those who perished in the disaster have yet to be identified.",
            "[54] of those who perished, in all, have not been identified.",
            "The quake killed [four] people in the city of Kashiwazaki and two in Nagaoka.",
        ),
    ),
)
_RULE = {r.name: r for r in RULES}


def rule_fires(name: str, before: str, after: str, sentence: str) -> bool:
    """Whether the rule ``name`` fires on a figure with ``before`` and ``after`` it in
    ``sentence``.

    >>> rule_fires("gusts", "Wind gusts of up to ", " and hail.", "")
    True
    >>> rule_fires("gusts", "winds of up to ", ".", "")
    False
    """
    rule = _RULE[name]
    if rule.after is _FATE_AFTER:
        return _fate(before, after) is not None
    if rule.sentence is not None:
        return rule.sentence.search(sentence) is not None
    return bool(
        (rule.before is not None and rule.before.search(before))
        or (rule.after is not None and rule.after.match(after))
    )


def _fate(before: str, after: str) -> str | None:
    """The fate a verb or an auxiliary says of the people counted by the figure between
    ``before`` and ``after`` ("were killed", "still missing"), as written; None when none
    is said, or when the figure is the whole a fate befell some of."""
    m = _FATE_AFTER.match(after)
    if m is None or not _FATE_SAID.search(m.group()) or _OF_WHOLE_BEFORE.search(before):
        return None
    return " ".join(m.group("fate").lower().split())


def _fates() -> frozenset[str]:
    return frozenset(counted_lexicon().events.values())


def fate_of(claim: Claim) -> Claim:
    """``claim`` counting the fate its clause says befell the people it counts ("33 members
    of a wedding party were killed" counts the killed); else unchanged.

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> t = "In all, 33 members of a wedding party were killed and 19 injured."
    >>> s = Sentence(source="-", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> at = t.index("33")
    >>> q = Quantity(text="33", start=at, end=at + 2, value=33.0, low=33.0, high=33.0,
    ...              bound=Bound.EXACT)
    >>> fate_of(Claim(source="-", sentence=s, quantity=q, counted="member",
    ...               counted_text=None, actor=None, frame="")).counted
    'killed'
    """
    q, s = claim.quantity, claim.sentence
    if q.kind is not QuantityKind.AMOUNT or q.unit or q.currency or claim.counted in _fates():
        return claim
    start, end = q.start - s.start, q.end - s.start
    said = _fate(s.text[:start], s.text[end:])
    fate = counted_lexicon().events.get(said) if said else None
    if fate is None:
        return claim
    return claim.model_copy(update={"counted": fate})


def aboard_as(claim: Claim) -> Claim:
    """``claim`` counting passengers when it counts people under another noun ("members",
    "pilgrims") aboard a vehicle the sentence names; else unchanged.

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> t = "A bus carrying 45-50 members of a marriage party fell into a gorge."
    >>> s = Sentence(source="-", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> at = t.index("45-50")
    >>> q = Quantity(text="45-50", start=at, end=at + 5, value=None, low=45.0, high=50.0,
    ...              bound=Bound.RANGE)
    >>> aboard_as(Claim(source="-", sentence=s, quantity=q, counted="member",
    ...                 counted_text=None, actor=None, frame="")).counted
    'passengers'
    """
    q, s = claim.quantity, claim.sentence
    if q.kind is not QuantityKind.AMOUNT or claim.counted not in _PEOPLE_NOUNS:
        return claim
    if not aboard(s.text, q.start - s.start, q.end - s.start):
        return claim
    return claim.model_copy(update={"counted": "passengers"})


def gust(claim: Claim) -> Claim:
    """``claim`` counting a ``gust speed`` when its speed is named a gust's; else unchanged.

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> t = "Wind gusts of up to 80 mph and large hailstones were reported."
    >>> s = Sentence(source="-", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> at = t.index("up to")
    >>> q = Quantity(text="up to 80 mph", start=at, end=at + 12, value=None, low=None,
    ...              high=80.0, bound=Bound.UPPER, unit="mph")
    >>> gust(Claim(source="-", sentence=s, quantity=q, counted="speed",
    ...            counted_text=None, actor=None, frame="")).counted
    'gust speed'
    """
    q, s = claim.quantity, claim.sentence
    if claim.counted != "speed":
        return claim
    start, end = q.start - s.start, q.end - s.start
    if not rule_fires("gusts", s.text[:start], s.text[end:], s.text):
        return claim
    return claim.model_copy(update={"counted": "gust speed"})


def class_definition(claim: Claim) -> Claim:
    """``claim`` with the hard qualifier ``class definition`` when its sentence says what a
    rating means ("An EF-4 tornado has top wind gusts from 166 mph to 200 mph"); else
    unchanged."""
    if claim.quantity.kind is not QuantityKind.AMOUNT:
        return claim
    if not _CLASS_DEFINITION.search(claim.sentence.text):
        return claim
    return claim.model_copy(
        update={"qualifiers": tuple(sorted({*claim.qualifiers, "class definition"}))}
    )


def part_place(claim: Claim) -> Claim:
    """``claim`` with the hard qualifier ``part in <place>`` when it is a part (qualifier
    ``part``) of a casualty count whose clause names the place it is of; else unchanged.

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> t = "217 died, with 213 of those deaths occurring in the region of Valencia."
    >>> s = Sentence(source="-", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> at = t.index("213")
    >>> q = Quantity(text="213", start=at, end=at + 3, value=213.0, low=213.0, high=213.0,
    ...              bound=Bound.EXACT)
    >>> part_place(Claim(source="-", sentence=s, quantity=q, counted="killed",
    ...                  counted_text=None, actor=None, qualifiers=("part",),
    ...                  frame="")).qualifiers
    ('part', 'part in valencia')
    """
    q, s = claim.quantity, claim.sentence
    if "part" not in claim.qualifiers or claim.counted not in _fates():
        return claim
    end = q.end - s.start
    m = _PART_PLACE.match(s.text[end : end + PART_PLACE_CHARS])
    if m is None:
        return claim
    place = " ".join(m.group("place").lower().split())
    return claim.model_copy(
        update={"qualifiers": tuple(sorted({*claim.qualifiers, f"part in {place}"}))}
    )


def toll_rescoped(claim: Claim) -> Claim:
    """``claim`` read by every rule of this module, in order: what is counted first
    (a fate, those aboard, a gust), then the qualifiers (a rating's definition, a part's
    place)."""
    return part_place(class_definition(gust(aboard_as(fate_of(claim)))))
