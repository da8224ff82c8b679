"""Which incident a figure is of, and whose it is: rules that read a claim's whole sentence,
after the frame signals of :mod:`crosscheck.scope` have read its clause.

* "N others" who met another fate than the one named before count everyone of theirs
  (:func:`others_of_another_fate`); "injuring an officer and two others" counts both
  (:func:`named_and_others`); a one-item including-list closes at its comma
  (:func:`closed_list`);
* a reward is its giver's (:func:`reward_giver`); a figure beside two places named together
  is theirs together (:func:`combined_actor`); "... three years ago" is an earlier event;
* in a story, what befalls people in a clause dated before the story's first report is an
  earlier incident's (:func:`earlier_days`).

:func:`rescoped` applies the per-claim rules; the claims stage calls it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from crosscheck.background import at_another_place
from crosscheck.crews import everyone_aboard
from crosscheck.dating import same_dated_clause
from crosscheck.elections import seats_rescoped, shares_rescoped
from crosscheck.holders import votes_rescoped
from crosscheck.lexicon import counted as counted_lexicon
from crosscheck.lexicon import entity_index, entity_lengths
from crosscheck.models import Claim, QuantityKind
from crosscheck.moments import timed
from crosscheck.parts import rescued_by_some, segmented, vehicle_capacity
from crosscheck.scope import aboard
from crosscheck.tallies import counting_progress, informant_count
from crosscheck.tolls import toll_rescoped
from crosscheck.uses import distance_moved, munitions_use, times_use, years_of_service
from crosscheck.wounds import injuries_suffered, responders_hit, rest_of_group, times_hurt

# "N others" right after the figure: others than someone the sentence named before.
_OTHERS_AFTER = re.compile(r"^\s*(?:others?\b|other\s+(?:people|victims|persons)\b)", re.I)
_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)?")


# "also" in the others' clause adds them to the ones told before, of the same fate.
_ALSO = re.compile(r"\b(?:also|too|as\s+well)\b", re.IGNORECASE)
OTHERS_ALSO_CHARS = 80


# "an officer and N others": the one named before shares the others' fate, told after both.
_AND_BEFORE = re.compile(r"\band\s+$", re.IGNORECASE)


def others_of_another_fate(before: str, after: str, event: str | None) -> bool:
    """Whether "N others" counts everyone the event befell, not a part of them: the one
    named before it met another fate ("One woman died and [three] others were injured":
    the three are all the injured), where "injuring an officer and [two] others" gives a
    part of the injured.

    >>> others_of_another_fate("One woman died and ", " others were injured.", "injured")
    True
    >>> others_of_another_fate("injuring an officer and ", " others.", "injured")
    False
    >>> others_of_another_fate("", " others were injured.", "injured")
    True
    >>> others_of_another_fate("killing two children and wounding ", " others.", "injured")
    True
    >>> others_of_another_fate("said ", " other people were with the boy", "people")
    False
    >>> others_of_another_fate("", " other victims with gunshot wounds also came", "injured")
    False
    >>> others_of_another_fate("A police officer and ", " other people were killed", "killed")
    False
    """
    events = counted_lexicon().events
    if event not in events.values() or not _OTHERS_AFTER.match(after):
        return False  # "two other people were with the boy": others of no fate are a part
    if _ALSO.search(after[:OTHERS_ALSO_CHARS]):
        return False  # "Three other victims ... also showed up": more of the ones told before
    words = _WORDS.findall(before.lower())
    for i in range(len(words) - 1, -1, -1):
        for n in (2, 1):
            form = " ".join(words[max(0, i - n + 1) : i + 1])
            if form in events:
                if i == len(words) - 1 and events[form] == event:
                    break  # "killing two and wounding [20] others": its own verb; read on
                return events[form] != event
    # "Ten others were injured.": the others than the dead named before; but "A police
    # officer and [nine] other people were killed" is one fate, told after both
    return not _AND_BEFORE.search(before)


# How many days before a story's first report a day may be and still be its event's:
# a report may come out a few days after a shooting it tells of (a weekly, a follow-up).
EARLIER_DAY_SLACK = 7
# What befalls people in an incident: a count of these, or a person's age, in a clause
# dated to another day is that day's incident. (Other figures beside a day are often of a
# different event than the day's: "the force that will monitor the ceasefire signed on 27
# June", "arrivals since the offensive launched on May 2".)
_INCIDENT_EVENTS = frozenset({"killed", "injured", "shot", "missing", "trapped", "rescued"})


def earlier_days(claims: Sequence[Claim], published: Mapping[str, str | None]) -> list[Claim]:
    """``claims`` of one story, what befalls people (see ``_INCIDENT_EVENTS``; a person's
    age too) marked ``earlier event of <date>`` where its clause names a date before the
    story's first report (by more than ``EARLIER_DAY_SLACK`` days): "A 2-year-old boy was
    wounded when shots were fired at a car Dec. 24" in a report of a January shooting, "a bus
    and a lorry crashed in October 2020, killing at least 16" tell of other incidents. A
    date that two sources of the story name is the story's own (follow-ups recall "the Nov.
    3 shooting" months later); undated sources have no first report.
    """
    days = sorted(d[:10] for d in (published.get(c.source) for c in claims) if d)
    earlier: set[tuple[str, str]] = set()
    try:
        first = date.fromisoformat(days[0]) if days else None
    except ValueError:
        first = None
    if first is not None:
        limit = (first - timedelta(days=EARLIER_DAY_SLACK)).isoformat()
        named: dict[tuple[str, str], set[str]] = {}
        for c in claims:
            span = c.quantity.date
            if span is not None:
                named.setdefault((span.earliest, span.latest), set()).add(c.source)
        earlier = {key for key, sources in named.items() if key[1] < limit and len(sources) == 1}
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault((c.source, c.sentence.start), []).append(c)
    out: list[Claim] = []
    for c in claims:
        s = c.sentence
        q = c.quantity
        befell = q.kind is QuantityKind.AGE or (
            c.counted is not None and c.counted.rsplit(" ", 1)[-1] in _INCIDENT_EVENTS
        )
        at = q.start - s.start
        dated = [
            span
            for o in by_sentence[(c.source, s.start)]
            if (span := o.quantity.date) is not None
            and (span.earliest, span.latest) in earlier
            and same_dated_clause(s.text, o.quantity.start - s.start, at)
        ]
        if befell and dated:
            # the other incident's date, so that two other incidents stay apart
            label = f"earlier event of {dated[0].earliest}"
            c = c.model_copy(update={"qualifiers": tuple(sorted({*c.qualifiers, label}))})
        out.append(c)
    return out


# "injuring a police officer and [two] others": the one named and the others met one fate,
# so the figure's whole is both: three injured, as "four others including an officer" is
# four. The verb must say the fate (a casualty word of the lexicon), and the one named is a
# single person ("a police officer", "one woman"), not a count.
_NAMED_AND_OTHERS_BEFORE = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?P<named>(?:a|an|one)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+and\s+$",
    re.IGNORECASE,
)
NAMED_WINDOW_CHARS = 60


def named_and_others(claim: Claim) -> Claim:
    """``claim`` counting the one named and the others, when its figure is "N others"
    after "<verb> a <person> and" (see above); else ``claim`` unchanged.

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> t = "He killed a woman and injured a police officer and two others."
    >>> s = Sentence(source="-", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> at = t.index("two")
    >>> q = Quantity(text="two", start=at, end=at + 3, value=2.0, low=2.0, high=2.0,
    ...              bound=Bound.EXACT)
    >>> c = named_and_others(Claim(source="-", sentence=s, quantity=q, counted="other",
    ...                            counted_text=None, actor=None, frame=""))
    >>> c.quantity.text, c.quantity.value, c.counted
    ('a police officer and two', 3.0, 'injured')
    """
    q, s = claim.quantity, claim.sentence
    start, end = q.start - s.start, q.end - s.start
    if q.kind is not QuantityKind.AMOUNT or q.unit or q.currency or q.value is None:
        return claim
    if not _OTHERS_AFTER.match(s.text[end:]):
        return claim
    m = _NAMED_AND_OTHERS_BEFORE.search(s.text[max(0, start - NAMED_WINDOW_CHARS) : start])
    event = counted_lexicon().events.get(m.group("verb").lower()) if m else None
    if m is None or event is None:
        return claim
    first = start - len(s.text[max(0, start - NAMED_WINDOW_CHARS) : start]) + m.start("named")
    whole = q.model_copy(
        update={
            "text": s.text[first:end],
            "start": s.start + first,
            "value": q.value + 1,
            "low": None if q.low is None else q.low + 1,
            "high": None if q.high is None else q.high + 1,
        }
    )
    qualifiers = tuple(x for x in claim.qualifiers if x != "part")
    return claim.model_copy(update={"quantity": whole, "counted": event, "qualifiers": qualifiers})


# "Six people were killed, including the suspect, and [four] people were injured": the
# including-list ("the suspect") ends at its comma, and "and four" opens a clause of its
# own, no part of the six. A list of several items set off by commas ("including Ann,
# Bo, and [3] others") still runs on: only a one-item list closed by ", and" is closed.
_CLOSED_LIST = re.compile(
    r"\b(?:including|includes|included|among\s+them)\s+[^,;.]+,\s+and\s+$", re.IGNORECASE
)


def closed_list(between: str) -> bool:
    """Whether the text between two figures ends an including-list before the second.

    >>> closed_list(" people were killed, including the suspect, and ")
    True
    >>> closed_list(" people were hurt, including ")
    False
    >>> closed_list(" people, including Ann Lee, Bo Day, and ")
    False
    """
    return _CLOSED_LIST.search(between) is not None


# "Eight died in a hair salon shooting in Seal Beach, CA, three years ago": a figure whose
# clause goes years back from the story is another incident's (a follow-up dates the
# story's own incident by days, weeks or months). The clause may run past the window the
# frame signals read, so the rest of the sentence up to a clause break is searched.
# ... or opening the clause before it: "Six years ago, 144 people died when a ferry sank".
_YEARS_BACK = r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+years\s+ago\b"
_YEARS_AGO_BEFORE = re.compile(_YEARS_BACK + r"[^.;:]{0,60}$", re.IGNORECASE)
_YEARS_AGO = re.compile(r"^[^.;:]{0,120}?" + _YEARS_BACK, re.IGNORECASE)


# Who offers a reward: the capitalised name that is the subject of the offer ("Crime
# Stoppers is offering a $5,000 reward", "Texas Governor Greg Abbott's office offered a
# reward of up to $10,000"). Two bodies offer two rewards; one body's reward is one claim.
_REWARD_GIVER = re.compile(
    r"(?P<giver>(?:[A-Z][\w'\u2019.&-]*\s+){0,4}[A-Z][\w.&-]*?)(?:['\u2019]s?\s+office)?\s+"
    r"(?:is\s+|are\s+|has\s+|have\s+|will\s+|had\s+)?(?:also\s+)?(?:be\s+)?"
    r"(?:offering|offered|offers|offer|put\s+up|posted|announced|raised)\b[^.;]{0,40}$"
)
GIVER_WINDOW_CHARS = 120


def reward_giver(text: str, start: int) -> str | None:
    """Who offers the reward whose figure is at ``start`` of ``text``, or None.

    >>> t = "Crime Stoppers is offering a $5,000 reward for information."
    >>> reward_giver(t, t.index("$"))
    'crime stoppers'
    >>> t = "Texas Governor Greg Abbott's office offered a reward of up to $10,000."
    >>> reward_giver(t, t.index("up to"))
    'texas governor greg abbott'
    >>> reward_giver("A reward of $5,000 is offered.", 12) is None
    True
    """
    m = _REWARD_GIVER.search(text[max(0, start - GIVER_WINDOW_CHARS) : start])
    return " ".join(m.group("giver").lower().split()) if m else None


# Two places or bodies named together ("in Turkey and Syria", "Turkey, Syria quake",
# "the Turkey-Syria earthquake") make a figure beside them theirs together: a combined
# toll is not one country's.
_JOINED = re.compile(r"\s*(?:and|&|/|,|-|\u2013)\s*", re.IGNORECASE)
_NAME_WORDS = re.compile(r"[A-Za-z][\w'.]*")
COMBINED_WINDOW_CHARS = 100


def combined_actor(text: str, start: int, end: int, actor: str | None) -> str | None:
    """The places ``actor`` is named together with in the clause of the figure at
    ``start``-``end`` of the sentence ``text``, as one actor ("syria and turkey"), or None.

    >>> t = "The death toll in the earthquakes in Turkey and Syria has risen to over 11,200."
    >>> combined_actor(t, t.index("over"), len(t) - 1, "turkey")
    'syria and turkey'
    >>> t = "Officials said 12,391 people had died in Turkey and 2,992 in Syria."
    >>> combined_actor(t, t.index("12,391"), t.index("12,391") + 6, "turkey") is None
    True
    """
    if actor is None:
        return None
    index, _ = entity_index()
    lengths = entity_lengths()
    low = max(text.rfind(";", 0, start), text.rfind(":", 0, start), start - COMBINED_WINDOW_CHARS)
    high_marks = [i for i in (text.find(";", end), text.find(":", end)) if i >= 0]
    high = min([*high_marks, end + COMBINED_WINDOW_CHARS, len(text)])
    words = list(_NAME_WORDS.finditer(text, max(low, 0), high))
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        first = words[i].group()
        for n in lengths.get(first, lengths.get(first.rstrip("."), ())):
            if i + n > len(words):
                continue
            form = " ".join(w.group() for w in words[i : i + n])
            form = form.rstrip(".") if form not in index else form
            if form in index:
                found.append((words[i].start(), words[i + n - 1].end(), index[form]))
                i += n - 1
                break
        i += 1
    for (_, a_end, a), (b_start, _, b) in itertools.pairwise(found):
        if a != b and actor in (a, b) and _JOINED.fullmatch(text[a_end:b_start]):
            if a_end <= start < b_start:
                continue  # the figure stands between them: "Turkey and 2,992 in Syria"
            return " and ".join(sorted((a, b)))
    return None


# People present when the incident struck: "about 2,000 people were inside when the upper
# floors jolted down", "more than 3,000 garment workers were on shift when it collapsed".
# Whatever noun counts them (people, workers, staff), they are one count, as the people
# aboard a vehicle are its passengers.
_PRESENT_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:were|was|had\s+been)\s+(?:still\s+|believed\s+to\s+be\s+)?"
    r"(?:inside|in\s+the\s+(?:building|factory|factories|mine|complex|tower|block)|on\s+shift|"
    r"at\s+work|working\s+(?:inside|in\s+the\s+building)|present)\b",
    re.IGNORECASE,
)
_PRESENT_COUNTED = frozenset({"people", "workers", "worker", "staff", "employees", "person"})


def present(claim: Claim) -> Claim:
    """``claim`` counting the ``people present`` when its figure is of people who were
    inside or on shift when the incident struck; else unchanged.

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> t = "More than 3,000 garment workers were on shift when the complex collapsed."
    >>> s = Sentence(source="-", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> q = Quantity(text="More than 3,000", start=0, end=15, value=None, low=3000.0,
    ...              high=None, bound=Bound.LOWER)
    >>> present(Claim(source="-", sentence=s, quantity=q, counted="workers",
    ...               counted_text=None, actor=None, frame="")).counted
    'people present'
    """
    q, s = claim.quantity, claim.sentence
    if claim.counted not in _PRESENT_COUNTED or q.kind is not QuantityKind.AMOUNT:
        return claim
    if not _PRESENT_AFTER.match(s.text[q.end - s.start :]):
        return claim
    return claim.model_copy(update={"counted": "people present"})


def aboard_at_once(claim: Claim) -> Claim:
    """``claim`` without the ``window`` qualifier when it counts the people aboard a vehicle
    ("the ferry that sank with around 350 passengers has not been found in 36 hours"): the
    span is the search's, and the people aboard are counted at one moment, not over it.

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> t = "The ferry that sank with around 350 passengers has not been found in 36 hours."
    >>> s = Sentence(source="-", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> a, b = t.index("around"), t.index(" passengers")
    >>> q = Quantity(text=t[a:b], start=a, end=b, value=350.0, low=350.0, high=350.0,
    ...              bound=Bound.APPROXIMATE)
    >>> aboard_at_once(Claim(source="-", sentence=s, quantity=q, counted="passengers",
    ...                      counted_text=None, actor=None, qualifiers=("window",),
    ...                      frame="")).qualifiers
    ()
    """
    q, s = claim.quantity, claim.sentence
    if "window" not in claim.qualifiers or claim.counted != "passengers":
        return claim
    if not aboard(s.text, q.start - s.start, q.end - s.start):
        return claim
    qualifiers = tuple(x for x in claim.qualifiers if x != "window")
    return claim.model_copy(update={"qualifiers": qualifiers})


# The moments of a call for help, which nobody named in the sentence made.
CALL_MOMENTS = frozenset({"time of call", "date of call"})


def rescoped(claim: Claim) -> Claim:
    """``claim`` with the scope its whole sentence shows: the one named and the others
    (:func:`named_and_others`), how long the incident lasted (``moments.timed``), what
    munitions were used for (``uses.munitions_use``; shots or hits counted as "times",
    ``uses.times_use``), who offers a reward
    (:func:`reward_giver`), an earlier incident's figure ("... three years ago") as an
    ``earlier event``, a part of a whole counted elsewhere (``parts``; responders among the
    casualties, ``wounds``), and whose seats a
    figure counts (``elections``), whose votes or share of the vote and which poll's
    (``holders``).

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> t = "Eight died in a hair salon shooting in Seal Beach, CA, three years ago."
    >>> s = Sentence(source="-", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> q = Quantity(text="Eight", start=0, end=5, value=8.0, low=8.0, high=8.0,
    ...              bound=Bound.EXACT)
    >>> rescoped(Claim(source="-", sentence=s, quantity=q, counted="killed",
    ...                counted_text=None, actor=None, frame="")).qualifiers
    ('earlier event',)
    """
    claim = toll_rescoped(claim)  # what a disaster's figure counts (tolls.py)
    claim = seats_rescoped(rescued_by_some(timed(named_and_others(claim))))
    claim = votes_rescoped(shares_rescoped(claim))  # a share's party, then its party's key
    claim = everyone_aboard(aboard_at_once(present(vehicle_capacity(claim))))
    claim = at_another_place(rest_of_group(responders_hit(injuries_suffered(claim))))
    claim = times_hurt(claim)  # "shot twice": two times shot
    q, s = claim.quantity, claim.sentence
    combined = combined_actor(s.text, q.start - s.start, q.end - s.start, claim.actor)
    if combined is not None:
        claim = claim.model_copy(update={"actor": combined})
    if claim.counted == "munitions":  # rounds fired, held, or that struck someone
        use = munitions_use(s.text, q.start - s.start, q.end - s.start)
        if use is not None:
            claim = claim.model_copy(update={"counted": use})
    elif claim.counted == "times":  # "fired at him 90 times", "struck 46 times"
        use = times_use(s.text, q.start - s.start, q.end - s.start)
        if use is not None:
            claim = claim.model_copy(update={"counted": use})
    elif claim.counted is None and q.unit is not None:  # "dragged him 100 yards"
        moved = distance_moved(s.text, q.start - s.start, q.unit)
        served = years_of_service(s.text, q.start - s.start, q.end - s.start, q.unit)
        if moved is not None:
            claim = claim.model_copy(update={"counted": moved})
        elif served is not None:  # "a 15-year veteran of the force": his years of service
            claim = claim.model_copy(update={"counted": "years of service", "actor": served})
    if claim.counted == "reward" and claim.actor is None:
        claim = claim.model_copy(update={"actor": reward_giver(s.text, q.start - s.start)})
    if claim.counted in CALL_MOMENTS and claim.actor is not None:
        # the caller is rarely named: a name near a call's time is the speaker's ("Officers
        # were dispatched ... at 4:36 p.m., interim chief Michael Woods said") or the place's
        claim = claim.model_copy(update={"actor": None})
    if q.kind is QuantityKind.AMOUNT and (
        _YEARS_AGO.match(s.text[q.end - s.start :])
        or _YEARS_AGO_BEFORE.search(s.text[: q.start - s.start])
    ):
        qualifiers = tuple(sorted({*claim.qualifiers, "earlier event"}))
        claim = claim.model_copy(update={"qualifiers": qualifiers})
    return claim


def rescoped_sentence(claims: Sequence[Claim]) -> list[Claim]:
    """The claims of one sentence, each :func:`rescoped`, then marked with the line of
    business it is for (``parts.segmented``); a count's progress is no claim
    (``tallies.counting_progress``), nor the number of sources a figure is according to
    (``tallies.informant_count``)."""
    kept = [c for c in claims if not counting_progress(c) and not informant_count(c)]
    return segmented([rescoped(c) for c in kept])
