"""Which incident, part or moment a figure belongs to: frame signals of scope.

Each signal is a named entry with the clause text it must fire on and must not fire on
(``tests/test_scope.py`` runs them all). A signal becomes a hard qualifier of the claim, so
a figure under it is compared only with figures under the same signal:

* ``tally``: a count over a period wider than the incident ("so far this year",
  "year-to-date", "worldwide since 1960"), not the incident's own;
* ``part``: a part of a whole the article counts ("two of the victims", "four others",
  "eight adults and two juveniles");
* ``with perpetrator``: a toll that counts the attacker too ("including the gunman",
  "killed three and himself"), against tolls of victims;
* ``earlier event``: a figure of an earlier event of the same kind ("in last year's local
  elections", "at the previous election");
* ``previous``: the figure a revision replaced ("revised the toll to 97, down from their
  previous toll of 115"): the source states an update, old to new (see :func:`revisions`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from crosscheck.lexicon import counted as counted_lexicon
from crosscheck.lexicon import entities, entity_index
from crosscheck.models import Claim, QuantityKind
from crosscheck.normalize import Gate, Window


@dataclass(frozen=True)
class Signal:
    """A named frame signal: where it looks, its pattern, and examples of both kinds."""

    name: str
    qualifier: str
    before: re.Pattern[str] | None  # searched in the figure's clause before it
    after: re.Pattern[str] | None  # matched at the start of the clause after it
    fires_on: tuple[str, ...]  # sentences with the figure in brackets: "killed [three] and"
    not_on: tuple[str, ...]
    # What every match of ``before`` and of ``after`` needs (see ``normalize.Gate``): a
    # clause without it is not searched. None: always searched.
    before_gate: Gate | None = None
    after_gate: Gate | None = None


_TALLY = (
    r"\b(?:so\s+far\s+(?:this|in\s+\d{4}|in\s+the)\s+(?:year|month)|this\s+year"
    r"|year[-\s]to[-\s]date|since\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the\s+)?year"
    r"|january\s+1)|(?:worldwide|nationwide|globally)\s+since"
    r"|\bin\s+(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+))?\s+(?:during|over|this|that|last)\s+"
    r"(?:\w+\s+){0,2}weekend)\b"
)

# Several incidents counted together, a round-up's total rather than one incident's:
# "in three separate shootings", "a series of shootings", "after weekend shootings" (a
# plural with no article: "the shootings" is often one spree, so it is not a signal).
_INCIDENTS = r"(?:shootings|incidents|attacks|shootouts|stabbings|robberies|crashes)"
_SEVERAL_INCIDENTS = (
    r"\b(?:in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|a\s+"
    r"couple\s+of)\s+(?:separate\s+|different\s+|unrelated\s+)?"
    + _INCIDENTS
    + r"|(?:series|string|spate|rash|wave|number|couple)\s+of\s+(?:[\w-]+\s+){0,2}"
    + _INCIDENTS
    + r"|(?:multiple|separate|unrelated)\s+"
    + _INCIDENTS
    + r"|(?:after|in|from)\s+(?:(?:weekend|overnight|holiday|night|nighttime)\s+)?"
    + r"(?:shootings|stabbings|shootouts))\b"
)
# Groups a count of people is broken down into, and the small figures that count them.
_GROUP = (
    r"(?:adults?|juveniles?|minors?|men|women|boys|girls|children|teens?|teenagers|officers|"
    r"civilians|males|females|students|passengers|crew|crew\s+members|crewmembers)"
)
_FEW = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

# Words every match of a tally, and of several incidents, holds (before and after alike).
_TALLY_GATE = Gate(holds=("far", "year", "since", "weekend"))
_SEVERAL_INCIDENTS_GATE = Gate(
    holds=("shootings", "incidents", "attacks", "shootouts", "stabbings", "robberies", "crashes")
)

SIGNALS: tuple[Signal, ...] = (
    Signal(
        "a tally over a period or an area",
        "tally",
        re.compile(_TALLY + r"[^;.]{0,30}$", re.IGNORECASE),
        re.compile(r"^[^.;]{0,60}?" + _TALLY, re.IGNORECASE),
        (
            "Chicago has had more than [600] homicides so far this year",
            "This year, [3,165] shooting incidents have been reported",
            "there have been [342] deaths worldwide since 1960",
            "police said [12] people were shot in the city year-to-date",
            "one of nine people killed and [46] wounded in Chicago during that June weekend",
        ),
        (
            "the shooting left two people dead and [eight] others injured last weekend",
            "A gunman killed [three] people on Monday",
            "About [700] cases have been reported across the country",
        ),
        _TALLY_GATE,
        _TALLY_GATE,
    ),
    Signal(
        "a count over several incidents",
        "tally",
        re.compile(_SEVERAL_INCIDENTS, re.IGNORECASE),
        re.compile(r"^[^.;]{0,70}?" + _SEVERAL_INCIDENTS, re.IGNORECASE),
        (
            "gunfire in three separate shootings left one man dead and [five] others hurt",
            "a series of back-and-forth shootings that have left [two] people dead",
            "[4] dead, 9 hurt after weekend shootings across the city",
            "[Two] men were killed in a string of shootings overnight",
            "[Six] people were wounded in multiple shootings on Saturday",
        ),
        (
            "the shooting left [two] people dead",
            "[Three] people died in the shootings at two churches",
            "He faces [six] counts in the shootings",
            "one of the [two] shooters fled",
        ),
        _SEVERAL_INCIDENTS_GATE,
        _SEVERAL_INCIDENTS_GATE,
    ),
    Signal(
        "another incident told beside this one",
        "separate",
        re.compile(
            r"\b(?:(?:hours?|minutes?|days?|weeks?)\s+(?:after|before)\s+that\s+"
            + r"(?:incident|shooting|attack|stabbing|crash)"
            + r"|in\s+(?:an|another)\s+(?:earlier|later|unrelated)\s+(?:incident|shooting|attack)"
            + r"|another\s+(?:stray\s+)?(?:bullet|round)\s+(?:struck|hit|killed|wounded))\b",
            re.IGNORECASE,
        ),
        None,
        (
            "About an hour after that incident, another bullet struck a [5]-year-old girl",
            "In an earlier incident, [two] men were wounded",
        ),
        (
            "An hour after the shooting, police arrested a [20]-year-old man",
            "The bullet struck a [5]-year-old girl",
        ),
        Gate(holds=("incident", "shooting", "attack", "stabbing", "crash", "bullet", "round")),
    ),
    Signal(
        "what something can hold, not what it held",
        "capacity",
        re.compile(
            r"\b(?:capacity\s+(?:of|for|to\s+(?:carry|hold|seat))|(?:licensed|designed|built|"
            r"certified|rated|permitted|allowed|authori[sz]ed|meant|able)\s+to\s+(?:carry|hold|"
            r"seat|accommodate|take)|(?:can|could)\s+(?:carry|hold|seat|accommodate|take)|"
            r"capacity\s+of\s+(?:[\w-]+\s+){1,6}?(?:was|is|stood\s+at))\s+"
            r"(?:only\s+|up\s+to\s+|about\s+|some\s+|around\s+|a\s+maximum\s+of\s+)?$",
            re.IGNORECASE,
        ),
        re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:capacity|seats?\s+capacity)\b", re.IGNORECASE),
        (
            "the ferry, which has a capacity of [100] passengers",
            "it was only licensed to carry [100] passengers",
            "a stadium that can hold up to [40,000] fans",
            "a [300]-passenger capacity",
            "the capacity of a double-decker launch like Pinak-6 was [120-150] passengers",
        ),
        (
            "the ferry was carrying [300] passengers",
            "[40,000] fans filled the stadium",
            "the capacity of the ferry was stretched when [300] boarded",
        ),
        Gate(holds=("capacity", "carry", "hold", "seat", "accommodate", "take")),
        Gate(holds=("capacity",)),
    ),
    Signal(
        "people who fired",
        "who fired",
        None,
        re.compile(
            r"^\s+(?:[\w-]+\s+){0,2}?(?:officers?|deputies|deputy|troopers?|agents?|people|men|"
            r"gunmen|shooters|suspects)\s+(?:who\s+|that\s+)?(?:had\s+)?(?:fired|returned\s+fire|"
            r"opened\s+fire|discharged)\b",
            re.IGNORECASE,
        ),
        (
            "As many as [seven] officers returned fire",
            "[Two] deputies fired their weapons",
            "[3] officers who opened fire were placed on leave",
        ),
        ("[Two] officers were injured", "[Seven] people were shot"),
        after_gate=Gate(holds=("fire", "discharged")),
    ),
    Signal(
        "people involved",
        "involved",
        None,
        re.compile(
            r"^\s+(?:[\w-]+\s+){0,2}?(?:officers?|deputies|deputy|troopers?|agents?|people|men|"
            r"suspects|persons)\s+(?:who\s+|that\s+)?(?:were|was)\s+(?:directly\s+)?involved\b",
            re.IGNORECASE,
        ),
        ("A total of [five] officers were involved in the shooting",),
        ("[Five] officers were hurt", "[Five] people involved in a fight were hurt"),
        after_gate=Gate(holds=("involved",)),
    ),
    Signal(
        "a part of the victims",
        "part",
        None,
        re.compile(
            r"^\s*(?:of\s+(?:them|those|(?:the\s+|(?=\d))(?:[\w-]+\s+){0,2}(?:victims|people|dead|wounded|"
            r"injured|passengers|patients|children|men|women|teens|students|miners|workers|"
            r"crew|crewmen|soldiers|hostages|survivors|shots|rounds|bullets))\b|others?\b"
            r"|other\s+(?:people|victims|men|women|children|teens|persons)\b)",
            re.IGNORECASE,
        ),
        (
            "[Two] of the victims died",
            "One man died and [four] others were hurt",
            "[12] of the 13 trapped miners were dead",
            "after reports that [12] of 13 miners trapped had survived",
            "[14] of the 18 shots came from one gun",
        ),
        ("[Two] victims died", "[Four] people were hurt", "It won [31] of the 81 seats"),
    ),
    Signal(
        "a breakdown by group",
        "part",
        re.compile(rf"\b{_FEW}\s+{_GROUP}\s*(?:,|and|plus)\s+$", re.IGNORECASE),
        re.compile(
            rf"^\s+{_GROUP}\b[^.;]{{0,25}}?(?:,|\band\b|\bplus\b)\s+{_FEW}\s+"
            rf"(?:other\s+)?{_GROUP}\b",
            re.IGNORECASE,
        ),
        (
            "[eight] adults and two juveniles were wounded",
            "eight adults and [two] juveniles",
            "carrying [175] passengers and six crew members",
        ),
        ("[eight] adults were wounded", "[ten] people, adults and children, were hurt"),
        Gate(ends=(",", "and", "plus")),
    ),
    Signal(
        "a figure a revision replaced",
        "previous",
        re.compile(
            r"(?:\b(?:down|up|revised|lowered|raised|cut|corrected|changed)\s+from\s+"
            r"(?:(?:their|the|its|an?|his|her)\s+)?(?:(?:previous|earlier|initial|original|"
            r"prior|first|preliminary)\s+)?(?:(?:death\s+)?(?:toll|figure|count|estimate|"
            r"tally|total|number)\s+)?(?:of\s+)?"
            r"|\b(?:revis\w*|correct\w*|updat\w*|lower\w*|rais\w*|adjust\w*)\b[^.;]{0,40}?"
            r"\bfrom\s+(?:an?\s+)?(?:(?:previous|earlier|initial|original)\s+)?"
            r"|\b(?:previous|earlier|initial|original|preliminary)\s+(?:death\s+)?(?:toll|figure"
            r"|count|estimate|tally|total)\s+(?:of\s+|was\s+)?"
            r"|\b(?:initially|originally|first)\s+(?:said|reported|put|gave|announced|counted)"
            r"\s+(?:that\s+|the\s+(?:death\s+)?toll\s+at\s+)?(?:at\s+least\s+|about\s+)?)$",
            re.IGNORECASE,
        ),
        None,
        (
            "revised the number of deaths to 97, down from their previous toll of [115]",
            "after revising the toll from [115]",
            "The earlier toll of [115] was wrong",
            "The interior ministry initially said [15] people had been killed",
        ),
        ("The toll rose to [97] on Monday", "They fled from [115] homes", "Police said [15] died"),
        Gate(holds=("from", "previous", "earlier", "initial", "original", "preliminary", "first")),
    ),
    Signal(
        "an earlier event of the same kind",
        "earlier event",
        re.compile(
            r"\b(?:(?:last|previous|prior)\s+(?:year|month|week|season)(?:'s|\u2019s)"
            r"|(?:in|at|during)\s+the\s+(?:previous|last|prior)\s+(?:elections?|votes?|polls?|"
            r"seasons?|tournaments?|games|census)"
            r"|(?:weeks|months|years)\s+(?:after|since)\s+(?:a|an|another)\s)\b[^.;]*$",
            re.IGNORECASE,
        ),
        None,
        (
            "In last year's local elections, the party took only [19] percent of the vote",
            "At the previous election it won [12] seats",
            "Less than five months after a factory fire killed [112] people",
        ),
        (
            "The party took [34.6] percent of the vote",
            "Last year, [12] people died",
            "Two days after the quake, [50] people were dead",
        ),
        Gate(holds=("last", "previous", "prior", "after", "since")),
    ),
    Signal(
        "a toll counting the attacker",
        "with perpetrator",
        None,
        re.compile(
            r"^[^.;]{0,50}?\b(?:including\s+the\s+(?:gunman|shooter|attacker|suspect|"
            r"assailant|perpetrator)|and\s+(?:then\s+)?(?:himself|herself))\b",
            re.IGNORECASE,
        ),
        ("[Six] people, including the gunman, died", "He killed [three] and himself"),
        ("[Six] people died, police said", "He killed [three] people"),
        after_gate=Gate(holds=("including", "himself", "herself")),
    ),
)


# Text shorter than this is searched without its gates: lowering it for them costs more
# than the searches do (a run of figures leaves clauses of a few characters between them).
GATED_FROM_CHARS = 24


def scope_qualifiers(clause_before: str, after: str) -> set[str]:
    """The scope qualifiers of a figure, from its clause before it and the text after it.

    >>> sorted(scope_qualifiers("Chicago has had more than ", " homicides so far this year"))
    ['tally']
    >>> scope_qualifiers("A gunman killed ", " people on Monday")
    set()
    """
    found: set[str] = set()
    near_before = Window(clause_before) if len(clause_before) >= GATED_FROM_CHARS else None
    near_after = Window(after) if len(after) >= GATED_FROM_CHARS else None
    for signal in SIGNALS:
        before, after_pattern = signal.before, signal.after
        if (
            before is not None
            and (
                near_before is None
                or signal.before_gate is None
                or near_before.may(signal.before_gate)
            )
            and before.search(clause_before)
        ) or (
            after_pattern is not None
            and (
                near_after is None or signal.after_gate is None or near_after.may(signal.after_gate)
            )
            and after_pattern.match(after)
        ):
            found.add(signal.qualifier)
    return found


# Where a sentence's clauses end, for the years that date them.
# (the commas of a date, "Nov. 5, 2009, Fort Hood", break nothing)
_CLAUSE_BREAK = re.compile(
    r"(?<![12]\d{3})[,;](?!\d)(?!\s+(?:1[89]|20)\d\d\b)|\s+(?:while|whereas|but)\s+"
)
# A clause that is only its date opens the next one: "in 1970, a 7.7 quake killed 15,000".
_DATE_OPENER = re.compile(
    r"^\s*(?:and\s+)?(?:in|on|during|by)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
    r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\s*$",
    re.IGNORECASE,
)


def same_dated_clause(text: str, a: int, b: int) -> bool:
    """Whether offsets ``a`` and ``b`` of ``text`` (a year and a figure) are in one clause,
    or the year's clause is an opening date that dates the next clause.

    >>> t = ("in 1970, a 7.7-magnitude quake killed 15,000 in Yunnan, and a magnitude-7.1 "
    ...      "quake killed more than 1,400 in 1974.")
    >>> same_dated_clause(t, 3, t.index("15,000")), same_dated_clause(t, 3, t.index("1,400"))
    (True, False)
    >>> same_dated_clause(t, t.index("1974"), t.index("7.1"))
    True
    >>> t = "the Nov. 5, 2009, Fort Hood shooting that killed 13 and injured more than 30"
    >>> same_dated_clause(t, t.index("2009"), t.index("more"))
    True
    >>> t = "It peaked at 11.4 metres, below the record 14.4 metres reached in 2022."
    >>> same_dated_clause(t, t.index("2022"), t.index("11.4"))
    False
    """
    low, high = min(a, b), max(a, b)
    breaks = [m for m in _CLAUSE_BREAK.finditer(text) if low < m.start() < high]
    if not breaks:
        return True
    if a < b and len(breaks) == 1:
        opening = text[: breaks[0].start()]
        previous = [m.end() for m in _CLAUSE_BREAK.finditer(opening)]
        return _DATE_OPENER.match(opening[previous[-1] if previous else 0 :]) is not None
    return False


# "the death toll for Sunday's earthquake had risen to", "bringing the overall toll to",
# "the toll stood at": the figure after is the toll, whatever noun follows it.
_TOLL_BEFORE = re.compile(
    r"\b(?:death|overall|official|confirmed|final)?\s*toll\b[^.;:]{0,50}?\b(?:to|at|reached|"
    r"hit|is|was|of)\s+(?:(?:about|around|nearly|almost|close\s+to|more\s+than|over|at\s+least|"
    r"some|roughly)\s+)?$",
    re.IGNORECASE,
)
# How far before a figure its toll is looked for, in characters.
TOLL_WINDOW_CHARS = 90


# "... the death toll resulting from the floods that ravaged the state, revealing that it
# has surged to 143": a toll named earlier in the sentence, then "it" rose to the figure.
_IT_ROSE = re.compile(
    r"\bit\s+(?:has\s+|had\s+|now\s+)?(?:risen|rose|surged|climbed|jumped|reached|hit|"
    r"stands|stood|increased|grown|grew)\s+(?:to\s+|at\s+)?(?:about\s+|nearly\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
_TOLL_NAMED = re.compile(r"\b(?:death|overall|official|confirmed)\s+toll\b", re.IGNORECASE)
TOLL_IT_CHARS = 250


def toll_before(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is a death toll the clause before it names.

    >>> t = "The death toll for Sunday's earthquake had risen to 381 people."
    >>> toll_before(t, t.index("381"))
    True
    >>> t = "bringing the overall toll to close to 600"
    >>> toll_before(t, t.index("close"))
    True
    >>> t = "the death toll from the floods that ravaged the state, revealing it has surged to 143"
    >>> toll_before(t, t.index("143"))
    True
    >>> t = "The toll road carries 40,000 cars a day."
    >>> toll_before(t, t.index("40,000"))
    False
    """
    window = text[max(0, start - TOLL_WINDOW_CHARS) : start]
    if _IT_ROSE.search(window) and _TOLL_NAMED.search(text[max(0, start - TOLL_IT_CHARS) : start]):
        return True  # "the death toll from the floods ... has surged to 143": "it" is the toll
    return _TOLL_BEFORE.search(window) is not None and not re.search(
        r"\btoll\s+(?:road|roads|booth|booths|free|plaza|bridge|fee|fees|charge|charges)\b",
        window,
        re.IGNORECASE,
    )


# Vehicles whose people are its passengers.
_VEHICLE = re.compile(
    r"\b(?:bus|buses|minibus|coach|ferry|ferries|boat|vessel|launch|ship|train|plane|"
    r"aircraft|airliner|jet|flight|helicopter|van|truck|lorry)\b",
    re.IGNORECASE,
)
_ABOARD_AFTER = re.compile(r"^[^,;.]{0,30}?\b(?:on[-\s]board|aboard)\b", re.IGNORECASE)
_ABOARD_BEFORE = re.compile(
    r"\b(?:carrying|carried|ferrying|transporting|(?:(?:packed|crammed|filled|overcrowded|"
    r"crowded|loaded)\s+)?with)\s+$",
    re.IGNORECASE,
)
# How far before a figure "carrying" or "with" is looked for, in characters.
ABOARD_WINDOW_CHARS = 30


def names_vehicle(text: str) -> bool:
    """Whether ``text`` names a vehicle whose people are its passengers."""
    return _VEHICLE.search(text) is not None


def aboard(text: str, start: int, end: int) -> bool:
    """Whether the people counted at ``text[start:end]`` are those aboard a vehicle the
    sentence names: "with 50 people on board", "the bus was carrying close to 60
    people", against "more than 60 passengers".

    >>> t = "The 42-seater bus was reportedly carrying close to 60 people."
    >>> aboard(t, t.index("close"), t.index(" people"))
    True
    >>> t = "With 50 people on-board, the bus was going to Gadagushani."
    >>> aboard(t, 5, 7)
    True
    >>> t = "Police met with 50 people on Monday."
    >>> aboard(t, 16, 18)
    False
    """
    if not _VEHICLE.search(text):
        return False
    return bool(
        _ABOARD_AFTER.match(text[end : end + ABOARD_WINDOW_CHARS + 10])
        or _ABOARD_BEFORE.search(text[max(0, start - ABOARD_WINDOW_CHARS) : start])
    )


# "killed in the Philippines", "the number of known dead in Taiwan was 15", "In Japan on
# Monday, at least 12 people were killed": where the casualties were.
_IN_PLACE = re.compile(
    r"\b(?:[Ii]n|on)\s+(?:the\s+)?(?:mainland\s+)?(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})"
)
_CLAUSE_END = re.compile(r"[,;:.()]|\band\b|\bincluding\b|\bwhile\b|\bwhere\b")
# How far from a casualty figure its place may be named, in characters.
PLACE_WINDOW_CHARS = 60


def casualty_place(text: str, start: int, end: int, counted: str | None) -> str | None:
    """The country a casualty count is for, named with "in" in the figure's clause: the
    nearest after the figure, else the nearest before it; None for other counts, or when
    the clause names no country the lexicon knows.

    >>> t = "At least 25 people were killed in the Philippines and six in China."
    >>> casualty_place(t, 0, 11, "killed")
    'philippines'
    >>> t = "The number of known dead in Taiwan was 15, with 32 injured."
    >>> casualty_place(t, 39, 41, "killed")
    'taiwan'
    >>> casualty_place("Exports to Japan rose to 15 in May.", 25, 27, "exports") is None
    True
    """
    if counted is None or counted not in set(counted_lexicon().events.values()):
        return None
    index, _ = entity_index()
    after = _CLAUSE_END.split(text[end : end + PLACE_WINDOW_CHARS])[0]
    before = re.split(
        r"[;:]|\band\b|\bincluding\b", text[max(0, start - PLACE_WINDOW_CHARS) : start]
    )[-1]
    for m in _IN_PLACE.finditer(after):
        place = _known(m.group("place"), index)
        if place is not None:
            return place
    for m in reversed(list(_IN_PLACE.finditer(before))):
        place = _known(m.group("place"), index)
        if place is not None:
            return place
    return None


def _known(name: str, index: Mapping[str, str]) -> str | None:
    """The country the longest leading words of ``name`` name: a place, not the adjective
    ("in Taiwan", not "emerald in Thai")."""
    words = name.split()
    adjectives = _adjectives()
    for n in range(len(words), 0, -1):
        surface = " ".join(words[:n])
        canonical = index.get(surface)
        if canonical:
            return None if surface in adjectives else canonical
    return None


@cache
def _adjectives() -> frozenset[str]:
    """Every entity's adjective as written ("Thai", "Philippine", "North Korean")."""
    return frozenset(label for _, _, label in entities())


# A revision: what was counted, the old figure and the new one (as stated figures).
Revision = tuple[str | None, float, float]


def revisions(claims: Sequence[Claim]) -> frozenset[Revision]:
    """Updates the sources state themselves: in one sentence, a figure a revision replaced
    (qualifier ``previous``) and the current one of the same kind and unit.

    >>> from crosscheck.models import Bound, Sentence, Quantity
    >>> s = Sentence(source="a", index=0, start=0, end=9, line=1, column=1, text="x")
    >>> def c(v, counted, qualifiers=()):
    ...     q = Quantity(text=str(v), start=int(v), end=int(v) + 1, value=v, low=v, high=v,
    ...                  bound=Bound.EXACT)
    ...     return Claim(source="a", sentence=s, quantity=q, counted=counted, counted_text=None,
    ...                  actor=None, qualifiers=qualifiers, frame="")
    >>> sorted(revisions([c(97, "killed"), c(115, None, ("previous",))]))
    [('killed', 115.0, 97.0)]
    """
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault((claim.source, claim.sentence.index), []).append(claim)
    found: set[Revision] = set()
    for group in by_sentence.values():
        old = [c for c in group if "previous" in c.qualifiers and c.quantity.value is not None]
        new = [c for c in group if "previous" not in c.qualifiers and c.quantity.value is not None]
        for o in old:
            for n in new:
                qo, qn = o.quantity, n.quantity
                if (qo.kind, qo.unit, qo.currency) == (qn.kind, qn.unit, qn.currency) and (
                    o.counted in (None, n.counted)
                ):
                    assert qo.value is not None and qn.value is not None
                    found.add((n.counted, qo.value, qn.value))
    return frozenset(found)


# The day a clock time is on, named right beside it: "10:30 a.m. Thursday", "on Sunday at 9".
_DAY_NAME = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY_AFTER = re.compile(rf"^[\s,]*(?:(?:on|this|last)\s+)?(?P<day>{_DAY_NAME})\b", re.IGNORECASE)
_DAY_BEFORE = re.compile(
    rf"\b(?P<day>{_DAY_NAME})(?:\s+(?:morning|afternoon|evening|night))?[\s,]+(?:at\s+)?"
    r"(?:about\s+|around\s+|shortly\s+(?:before|after)\s+|just\s+(?:before|after)\s+)?$",
    re.IGNORECASE,
)
# A clock time that dates a statement, not the event: "tweeted just before 9 a.m.",
# "said at 10:30", "posted about 4 p.m.".
_STATEMENT_BEFORE = re.compile(
    r"\b(?:tweeted|posted|said|says|announced|wrote|told|reported|released|issued|"
    r"updated|confirmed|stated)\s+(?:(?:at|on|by|about|around|shortly|just|before|after)\s+)*$",
    re.IGNORECASE,
)


def time_frame(text: str, start: int, end: int) -> tuple[str | None, bool]:
    """(the day a clock time names, whether it dates a statement rather than the event).

    >>> time_frame("a news conference at 10:30 a.m. Thursday", 21, 31)
    ('thursday', False)
    >>> time_frame("The police tweeted just before 9 a.m. Sunday that", 31, 37)
    ('sunday', True)
    >>> time_frame("The shooting happened at about 11 p.m.", 31, 38)
    (None, False)
    """
    after = _DAY_AFTER.match(text[end : end + 30])
    before = _DAY_BEFORE.search(text[max(0, start - 40) : start])
    found = after or before
    day = found.group("day").lower() if found is not None else None
    return day, dates_a_statement(text, start)


# A page's own stamp: "Posted: Sunday, August 2, 2015 11:49 AM EDT Updated: ...".
_STAMP_BEFORE = re.compile(
    r"\b(?:posted|updated|published|last\s+updated|modified|first\s+published)\s*"
    r"(?:on|at)?\s*:?[^.|:;]{0,45}(?::\d\d[^.|:;]{0,12})?$",
    re.IGNORECASE,
)


def is_stamp(text: str, start: int) -> bool:
    """Whether the date or time at ``start`` is the page's own stamp (when it was posted or
    updated), never a date the article reports.

    >>> t = "Man guilty Posted: Thursday, August 6, 2015 8:36 AM EDT Updated: Thursday"
    >>> is_stamp(t, t.index("August")), is_stamp(t, t.index("8:36"))
    (True, True)
    >>> t = "He was shot on August 2, 2015 and died."
    >>> is_stamp(t, t.index("August"))
    False
    """
    return _STAMP_BEFORE.search(text[max(0, start - 80) : start]) is not None


def dates_a_statement(text: str, start: int) -> bool:
    """Whether the date or time at ``start`` is when something was said ("police said
    Monday", "tweeted just before 9 a.m."), not when what is reported happened.

    >>> t = "The shooting happened Saturday, police said Monday."
    >>> dates_a_statement(t, t.index("Saturday")), dates_a_statement(t, t.index("Monday"))
    (False, True)
    """
    return _STATEMENT_BEFORE.search(text[max(0, start - 40) : start]) is not None


# A month a figure is for: "rose 2.1 pct in December", "for January", "a 2.3 pct December
# gain". Not a day of it ("December 5" dates an event) and not a span ("since January").
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
_MONTH = re.compile(
    rf"\b(?:(?P<prep>in|for|during|of)\s+(?:early\s+|late\s+|mid-?)?)?(?P<month>{_MONTHS})\.?"
    r"(?!\s*,?\s*\d)(?=[\s,;.)]|$)",
    re.IGNORECASE,
)
# "since July, 1984, when", "since March 2020, when": the clause that follows is that month's.
_SINCE_WHEN = re.compile(
    rf"\bsince\s+(?P<month>{_MONTHS})\.?(?:\s+\d{{1,2}})?,?(?:\s+\d{{4}})?,?\s+when\b",
    re.IGNORECASE,
)
# A capitalised month right after a figure's unit names what the figure is for ("a 2.3 pct
# December gain"); elsewhere a month must follow "in", "for", "during" or "of" (May, March).
_UNIT_THEN = re.compile(r"^\s*(?:pct|percent|per\s+cent|%)?\s*$", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"[-\u2013/]\s*$|\b(?:to|through)\s+$")
# A capitalised month before the noun of what is reported: "February sales", "its March
# load factor", "the January index" (never the modal "May be").
_NAMES_MEASURE = re.compile(
    r"\s+(?!be\b|have\b|not\b|also\b|quarter|half|year|period|term|to\b|through\b)[a-z][a-z-]+\b"
)


# A month inside a "since" phrase starts the span a running count covers ("the death toll
# rose to 410 since the monsoon started in June"); it is not the month a figure is for.
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;.]*$", re.IGNORECASE)
SINCE_CHARS = 60


def month_of(text: str, start: int, end: int, others: Sequence[int]) -> str | None:
    """The month the figure at ``start``-``end`` of ``text`` is for, as a soft qualifier
    ("in month december"): the month named in its clause with no other figure (``others``:
    their offsets) between them, nearest first.

    >>> t = "The index rose 2.1 pct in December."
    >>> month_of(t, 15, 22, [])
    'in month december'
    >>> t = "It fell 1.0 pct in January after a revised 2.3 pct December gain."
    >>> a, b = t.index("1.0"), t.index("2.3")
    >>> month_of(t, a, a + 7, [b]), month_of(t, b, b + 7, [a])
    ('in month january', 'in month december')
    >>> month_of("Police said 3 people were shot on December 5.", 12, 13, []) is None
    True
    >>> month_of("Since January, 300 people have died.", 15, 18, []) is None
    True
    >>> t = "The toll rose to 410 since the monsoon started in June."
    >>> month_of(t, t.index("410"), t.index("410") + 3, []) is None
    True
    >>> t = "Its February load factor declined 1.6 pct to 55.9 pct."
    >>> a, b = t.index("1.6"), t.index("55.9")
    >>> month_of(t, b, b + 8, [a])
    'in month february'
    >>> t = "The decline in January was the biggest since July, 1984, when the index fell 1.7 pct."
    >>> month_of(t, t.index("1.7"), t.index("1.7") + 7, [])
    'in month july'
    """
    for m in _SINCE_WHEN.finditer(text, 0, start):
        if same_dated_clause(text, m.end(), start):
            # "the biggest since July, 1984, when the index fell 1.7 pct": the figure of the
            # clause that "when" opens is that month's, the record the news is measured by
            return f"in month {_full_month(m.group('month'))}"
    best: tuple[int, str] | None = None
    for m in _MONTH.finditer(text):
        at = m.start()
        # "its February load factor declined 1.6 pct to 55.9 pct": a month naming what the
        # clause reports is for each of its figures, however many stand between
        named = (
            m.group("prep") is None
            and at < start
            and m.group("month")[:1].isupper()
            and not _RANGE_BEFORE.search(text, 0, at)  # "the July-September quarter"
            and _NAMES_MEASURE.match(text, m.end()) is not None
        )
        if _SINCE_BEFORE.search(text, max(0, at - SINCE_CHARS), at):
            continue  # "since the monsoon started in June": where a running count starts
        if m.group("prep") is None and not named:
            glued = m.start() >= end and _UNIT_THEN.match(text[end : m.start()])
            if not (glued and m.group("month")[:1].isupper()):
                continue
        low, high = (at, start) if at < start else (end, at)
        if not same_dated_clause(text, at, start) or (
            not named and any(low < o < high for o in others)
        ):
            continue
        distance = start - at if at < start else at - end
        if best is None or distance < best[0]:
            best = (distance, _full_month(m.group("month")))
    return f"in month {best[1]}" if best is not None else None


def _full_month(word: str) -> str:
    low = word.lower().rstrip(".")
    for name in _MONTHS.split("|")[:12]:
        if name.startswith(low[:3]):
            return name
    return low


# A day named relative to when the source was written: "a shortage of 800 mln stg in the
# money market today", "this week". Weekdays are left to the dates: "on Friday" in two
# reports of one story is one Friday, whenever each was written.
_RELATIVE_DAY = re.compile(
    r"\b(?:(?P<rel>today|tonight|yesterday|tomorrow)|this\s+(?:morning|afternoon|evening)"
    r"|(?P<week>this\s+week))\b",
    re.IGNORECASE,
)
RELATIVE_DAY_WINDOW = 60  # characters of the figure's clause searched on each side
_BACK = {"today": 0, "tonight": 0, "yesterday": 1, "tomorrow": -1}


def relative_day(text: str, start: int, end: int, published: str | None, name: str) -> str | None:
    """The day a figure at ``start``-``end`` of ``text`` is on, when its clause names it
    relative to the source's publication day ``published`` (ISO, or None): "on day
    1987-03-02", "on week 1987-W10"; with no publication day, the day is the source's own
    (``name``): "on today of a.txt", which no other source's day matches.

    >>> t = "It forecast a shortage of 800 mln stg in the money market today."
    >>> relative_day(t, 26, 37, "1987-03-02", "a"), relative_day(t, 26, 37, None, "a.txt")
    ('on day 1987-03-02', 'on today of a.txt')
    >>> t = "Federal funds, which averaged 6.18 pct yesterday, opened at 6-3/16 pct."
    >>> relative_day(t, 30, 38, "1987-03-02", "a")
    'on day 1987-03-01'
    >>> relative_day("Six were shot on Friday, police said.", 0, 3, "2016-06-06", "a") is None
    True
    """
    before = re.split(r"[,;:()]", text[max(0, start - RELATIVE_DAY_WINDOW) : start])[-1]
    after = re.split(r"[,;:()]", text[end : end + RELATIVE_DAY_WINDOW], maxsplit=1)[0]
    m = _RELATIVE_DAY.search(after) or _last(_RELATIVE_DAY.finditer(before))
    if m is None:
        return None
    word = "this week" if m.group("week") else (m.group("rel") or "today").lower()
    try:
        day = date.fromisoformat((published or "")[:10])
    except ValueError:
        return f"on {word} of {name}"
    if word == "this week":
        year, week, _ = day.isocalendar()
        return f"on week {year}-W{week:02}"
    return f"on day {(day - timedelta(days=_BACK[word])).isoformat()}"


def _last(found: Iterable[re.Match[str]]) -> re.Match[str] | None:
    m = None
    for m in found:  # noqa: B007 - the last one is wanted
        pass
    return m


# How much of a source's opening says whether it is a day's report ("... in the money
# market today").
OPENING_DAY_CHARS = 300
_SPEECH = r"(?:said|says|told|announced|announces|reported|reports|declared|unveiled)"
_SAID_BEFORE = re.compile(rf"\b{_SPEECH}\s+$", re.IGNORECASE)
_SAID_AFTER = re.compile(rf"^\s+{_SPEECH}\b", re.IGNORECASE)


def own_day(opening: str, published: str | None, name: str) -> str | None:
    """The day an undated source's figures are on, when its opening says it reports a day
    ("a shortage of around 800 mln stg in the money market today"): its own day, "on today
    of a.txt", that no other source's day matches, since which day it was is not known.
    None for a dated source (its days are read clause by clause) or an opening that names
    no such day, or names it only as when something was said ("the company said today").

    >>> own_day("It forecast a shortage of 800 mln stg in the money market today.", None, "a")
    'on today of a'
    >>> own_day("The company said today it would cut 300 jobs.", None, "a") is None
    True
    >>> own_day("Lumera Health today announced the pricing of its offering.", None, "a") is None
    True
    >>> own_day("It forecast a shortage in the money market today.", "1987-03-02", "a") is None
    True
    """
    if published:
        return None
    for m in _RELATIVE_DAY.finditer(opening[:OPENING_DAY_CHARS]):
        said = _SAID_BEFORE.search(opening[max(0, m.start() - 20) : m.start()]) or (
            _SAID_AFTER.match(opening[m.end() : m.end() + 20])
        )
        if not said:
            return f"on today of {name}"
    return None


def anchor_days(
    claims: Sequence[Claim],
    text: str,
    published: str | None,
    name: str,
    default: str | None = None,
) -> list[Claim]:
    """A source's amount claims with the day their clause names relative to its publication
    (see :func:`relative_day`), else the source's own ``default`` day (see :func:`own_day`),
    as a soft qualifier: a money market's shortage "today" in two undated reports is two
    days' shortage, not one claim."""
    out: list[Claim] = []
    for claim in claims:
        q = claim.quantity
        if q.kind is not QuantityKind.AMOUNT:
            out.append(claim)
            continue
        s = claim.sentence
        day = (
            relative_day(text[s.start : s.end], q.start - s.start, q.end - s.start, published, name)
            or default
        )
        if day is None:
            out.append(claim)
        else:
            out.append(
                claim.model_copy(update={"qualifiers": tuple(sorted({*claim.qualifiers, day}))})
            )
    return out
