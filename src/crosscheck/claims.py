"""Give each quantity its frame: Quantity + sentence -> Claim.

A claim is a figure plus what it is about: the thing counted ("troops", "munitions",
"people killed"), the actor ("north korea"), frame signals that make it a different claim
from a similar-looking one ("additional", "part", "change", "previous"), and the sentence
with every number masked, for fuzzy matching.

This module is the stage's entry point and the glue that decides, figure by figure, which
rules read it. The rules live by what they are about: ``grammar`` (a sentence's words),
``actors`` (who a figure is about), ``phrases`` (what it counts), ``measure_words`` (what a sum
or a percentage measures), ``readings`` (where and when a reading was taken), ``years``
(other years a sentence names), ``signals`` (frame signals) and ``markets`` (market moves).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence

from crosscheck.actors import (
    agent_actor,
    entity_mentions,
    event_actor,
    named_number,
    person_subject,
    subject_actor,
)
from crosscheck.dates import FIRST_SINCE
from crosscheck.grammar import WORD, Clauses, Token
from crosscheck.incidents import others_of_another_fate, rescoped_sentence
from crosscheck.lexicon import counted as counted_lexicon
from crosscheck.markets import market_moves
from crosscheck.measure_words import LEVELS, measure_in, measure_of, priced_variant
from crosscheck.mentions import age_holder, last_person
from crosscheck.models import Claim, Quantity, QuantityKind, Sentence
from crosscheck.moments import dated_event, event_reach, is_weekday, weekday_event
from crosscheck.normalize import fold, matching_form
from crosscheck.organisations import organisation_subject, share_deal, shares_issuer
from crosscheck.periods import LEAD_CHARS, lead_period
from crosscheck.phrases import (
    class_of,
    combine,
    counted_phrase,
    event_near,
    group_counted,
    head_noun,
    label_counted,
    predicate_of,
)
from crosscheck.quantities import iter_numbers
from crosscheck.readings import count_area, reading_context
from crosscheck.scope import (
    aboard,
    casualty_place,
    not_when_it_happened,
    time_frame,
    toll_before,
)
from crosscheck.signals import frame_signals, including_before, sentence_signals
from crosscheck.years import DATELINE, other_years, years_of

# A word glued to a figure by a hyphen names what it measures: "a 500-metre-deep gorge".
# The figures whose event a sentence's other figures of these kinds may own (moments.py)
_TIMED = (QuantityKind.DATE, QuantityKind.TIME)
_GLUED_WORD = re.compile(r"-([^\W\d_]+)\b")


# How far before a date "the first (time) since" is looked for.
FIRST_SINCE_WINDOW = 40
_DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})


# Units of an amount of stuff: "4.2 million tonnes of grain", "500 barrels of oil".
_MASS_UNITS = frozenset({"t", "kg", "bbl", "l", "gal"})
# A sum for each item is a price: "€32.50 a share", "$80 a barrel".
_PER_ITEM = frozenset({"share", "barrel", "unit", "ton", "tonne", "ounce"})
# A sum standing alone after a label and a dash or colon is that thing's price: the lines
# of a price list ("Nimbus X5 256GB - EUR 999", "Annual plan: $99").
_LIST_ENTRY = re.compile(r"^[^.;!?]{1,60}?\s*[-\u2013\u2014:]\s*[*_]{0,3}$")  # also "**14**"


# The minute of a match a player did something in: "an 88th-minute winner".
_MATCH_MINUTE = re.compile(r"\d+(?:st|nd|rd|th)[-\s]minute\b", re.IGNORECASE)


# Events that happen to people rather than being done by someone: their date or time is
# the incident's, whoever the sentence's subject is ("she was on her way home around 2 a.m.
# when a car crashed into her").
_HAPPENINGS = frozenset({"disaster", "traffic stop"})
# Events that befall one person: their dates are compared only for a named person (two
# suspects are released on bond on two days).
_PERSONAL = frozenset({"release from custody", "discharge from hospital"})

# How far back "the 24-year-old" looks for the person it refers to: the sentence before.
ANAPHORA_CHARS = 300


# Longest run framed as one sentence. Real sentences run to a few hundred characters; a
# longer run (a flattened table, text with no full stops) is framed in pieces of about this
# size, so that framing many figures costs time linear in the run's length.
LONG_SENTENCE_CHARS = 1500


def make_claims(
    sentence: Sentence,
    quantities: Sequence[Quantity],
    source_text: str,
    *,
    reference_year: int | None = None,
    names: frozenset[str] = frozenset(),
) -> list[Claim]:
    """One claim per quantity of ``sentence`` (alternates stay inside their quantity).

    ``reference_year`` is the year the source was published: a sentence that names a
    bare other year ("the floods of 2022, when more than 100 people died") is about
    another event, and its figures get that year as a qualifier. ``names`` are the words
    the source only ever writes capitalised (``actors.known_names``): one that opens a sentence
    ("Cordell tumbled 22%") is still a name.
    """
    quantities = [q for q in quantities if not named_number(q, source_text, names)]
    if len(sentence.text) <= LONG_SENTENCE_CHARS:
        return _frame_claims(sentence, quantities, source_text, reference_year, names)
    claims: list[Claim] = []
    for piece, inside in _pieces(sentence, quantities, source_text):
        claims.extend(_frame_claims(piece, inside, source_text, reference_year, names))
    return claims


def _pieces(
    sentence: Sentence, quantities: Sequence[Quantity], source_text: str
) -> Iterator[tuple[Sentence, list[Quantity]]]:
    """An over-long sentence cut between figures into runs of about LONG_SENTENCE_CHARS."""
    ordered = sorted(quantities, key=lambda q: q.start)
    start, group = sentence.start, list[Quantity]()
    for q in ordered:
        if group and q.start - start > LONG_SENTENCE_CHARS:
            cut = (_outer_span(group[-1], 0)[1] + q.start) // 2
            yield _piece(sentence, start, cut, source_text), group
            start, group = cut, []
        group.append(q)
    if group:
        yield _piece(sentence, start, sentence.end, source_text), group


def _piece(sentence: Sentence, start: int, end: int, source_text: str) -> Sentence:
    offset = start - sentence.start
    newline = source_text.rfind("\n", sentence.start, start)
    return sentence.model_copy(
        update={
            "start": start,
            "end": end,
            "text": sentence.text[offset : end - sentence.start],
            "line": sentence.line + source_text.count("\n", sentence.start, start),
            "column": start - newline if newline >= 0 else sentence.column + offset,
        }
    )


def _frame_claims(
    sentence: Sentence,
    quantities: Sequence[Quantity],
    source_text: str,
    reference_year: int | None,
    names: frozenset[str] = frozenset(),
) -> list[Claim]:
    if not quantities:
        return []
    years = other_years(sentence, quantities, reference_year)
    text = fold(source_text[sentence.start : sentence.end])
    base = sentence.start
    dateline = DATELINE.match(text)
    skip = dateline.end() if dateline else 0  # "BRESK, Dalmora, March 4 (Wire) -" names no actor
    tokens = [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(text, skip)]
    mentions = entity_mentions(tokens)
    frame = mask_frame(sentence.text)
    # What depends on the sentence alone is read once, not once per figure.
    signals = sentence_signals(text)
    # Token offsets, to find the tokens before and after a figure by bisection.
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    lead: str | bool | None = False  # the story's lead period, read when first needed
    clauses: Clauses | None = None  # the tokens indexed for ``measure_of``, when first needed
    claims = []
    for i, q in enumerate(quantities):
        start, end = _outer_span(q, base)
        after = tokens[bisect_left(starts, end) :]
        if q.vague and after and after[0].text.lower() == "of":
            after = after[1:]  # "dozens of modern missiles" counts the missiles
        before = tokens[: bisect_right(ends, start)]
        qualifiers = frame_signals(text, quantities, i, base, signals)
        if q.kind is not QuantityKind.DATE:
            own = years_of(q, years, quantities, sentence.start, sentence.text)
            if own:
                qualifiers = tuple(sorted({*qualifiers, *(f"in {y}" for y in own)}))
        if (
            (q.currency or q.unit == "%")
            and not any(x.startswith("during ") or x.startswith("in ") for x in qualifiers)
            and not {"previous", "forecast"} & set(qualifiers)
        ):
            if lead is False:
                lead = lead_period(source_text[:LEAD_CHARS])
            if lead is not None:
                qualifiers = tuple(sorted({*qualifiers, f"during {lead}"}))
        counted: str | None
        phrase: str | None
        if q.kind is QuantityKind.AMOUNT and _MATCH_MINUTE.match(q.text):
            # "Okonjo headed in an 88th-minute winner": the minute of what the player did
            counted = phrase = "match minute"
            actor = person_subject(tokens, mentions, start)
        elif q.kind is QuantityKind.AMOUNT and q.unit in _DURATION_UNITS:
            # "three days of clashes", "six hours of sleep": a span of time counts what it is
            # a span of, never the casualties around it; with nothing named, only a
            # near-verbatim frame is the same claim.
            counted = phrase = None
            if after and after[0].text.lower() == "of":
                counted = phrase = head_noun(after[1:])
            if counted is None:
                clauses = clauses or Clauses(tokens)
                counted = phrase = measure_of(before, after, clauses=clauses)
            actor = subject_actor(mentions, tokens, start)
        elif q.kind is QuantityKind.AMOUNT:
            if after and after[0].text.lower() == "strong" and text[end : end + 1] == "-":
                after = after[1:]  # "a 4,500-strong force": the force is what is counted
            if q.unit in _MASS_UNITS and len(after) > 1 and after[0].text.lower() == "of":
                after = after[1:]  # "5 million tonnes of grain" counts the grain
            head, phrase, phrase_actor = counted_phrase(after)
            glued = _GLUED_WORD.match(text, end)  # "a 500-metre-deep gorge" measures depth
            if glued and counted_lexicon().measures.get(glued.group(1).lower()):
                head = phrase = glued.group(1).lower()
            if head is not None:
                # "a 46.8 million pound fine", "¥1.21 trillion first-half operating profit":
                # a measure named after the figure
                head = measure_in(phrase) or counted_lexicon().measures.get(head, head)
            # A measured size ("a 6.4-magnitude quake", "5,000mAh") is no casualty count:
            # "killed by Wednesday's 6.4-magnitude earthquake" counts no one.
            event = None if q.unit not in (None, "%") else event_near(before, after, phrase)
            counted = combine(head, event)
            if counted is None:
                counted, phrase = predicate_of(tokens, before)
            if counted is None and (q.unit or q.currency):
                clauses = clauses or Clauses(tokens)
                counted = phrase = measure_of(
                    before, after, q.unit, q.currency, clauses
                ) or counted_lexicon().units.get(q.unit or "")
            if counted is None and q.currency and q.rate in _PER_ITEM:
                counted = phrase = "price"  # "€32.50 a share", "$80 a barrel"
            group = group_counted(text, start)
            if group is not None:  # "a town of 9,000", "a study of 4,812 people"
                counted, phrase = group, phrase or group
            if counted == "people" and aboard(text, start, end):
                counted, phrase = "passengers", phrase  # "a bus carrying 60 people"
            elif counted in {None, "people"} and not q.unit and toll_before(text, start):
                counted, phrase = "killed", phrase  # "the death toll had risen to 381"
            label = _LIST_ENTRY.match(text[:start])
            if counted is None and label and not q.currency:
                # a fact box: "Confirmed deaths: 14", "Retrieved dead: 12", "Battery: 5,000mAh"
                counted, phrase = label_counted([t for t in tokens if t.end <= start])
            if counted is None and q.currency and label:
                counted = phrase = "price"  # "Nimbus X5 256GB - EUR 999": a price list
            issuer = shares_issuer(text, start, end) if counted in {"shares", "stake"} else None
            if issuer is not None:  # "593,000 shares of Midway Airlines": Midway's shares
                qualifiers = tuple(sorted({*qualifiers, f"of {issuer}"}))
            deal = share_deal(text, start, end) if counted == "shares" else None
            if deal is not None:  # "a stake of 412,000 shares" is no offering of 1.2 mln
                counted = f"shares {deal}"
            if counted in {"price", "cost"}:
                variant = priced_variant(q, quantities)
                if variant is not None:
                    qualifiers = tuple(sorted({*qualifiers, f"for {variant}"}))
            if counted in counted_lexicon().readings:
                qualifiers = tuple(sorted({*qualifiers, *reading_context(text, start, end)}))
            elif counted is not None:
                scope = count_area(text, start, end)
                if scope is not None:
                    qualifiers = tuple(sorted({*qualifiers, scope}))
            place = None if phrase_actor else casualty_place(text, start, end, counted)
            if place is not None:  # "a toll of 50, including 22 killed in the Philippines":
                qualifiers = tuple(x for x in qualifiers if x != "part")  # all of its place's
            actor = (
                phrase_actor
                or place
                or subject_actor(mentions, tokens, start)
                or organisation_subject(text, start, end)
                or agent_actor(mentions, tokens, end)
            )
        elif q.kind is QuantityKind.AGE:
            # whom the grammar gives the age to (mentions.py); nobody in particular: None
            counted, phrase = "age", None
            earlier = source_text[max(0, base - ANAPHORA_CHARS) : base]
            # a long sentence's piece may stop short of what befell the person
            rest = source_text[base + len(text) : base + len(text) + ANAPHORA_CHARS]
            through = text + rest[: rest.find("\n")] if "\n" in rest else text + rest
            actor = age_holder(through, start, end, earlier)
        elif FIRST_SINCE.search(text[max(0, start - FIRST_SINCE_WINDOW) : start]):
            # "was the first since one in March 2024": the date of the previous one of the
            # events the sentence is about, whoever reports it
            first = text.rfind("first", 0, start)
            happening = dated_event([t for t in tokens if t.end <= first], first, first)
            counted = phrase = f"date of previous {happening[0]}" if happening else None
            actor = None
        elif is_weekday(q):  # the incident a weekday dates, or whose death (moments.py)
            e = weekday_event(text, start, end)
            actor = last_person(text[:start]) if e == "death" else None
            counted = phrase = f"date of {e}" if e and (actor or e != "death") else None
        else:  # a date or a clock time: what happened then, and who did it
            others = [_outer_span(x, base) for x in quantities if x is not q and x.kind in _TIMED]
            reach = event_reach(q.text)  # a bare year or a month's dates only a near event
            happening = dated_event(tokens, start, end, others, reach)
            counted = phrase = actor = None
            if happening is not None:
                phrase, at = happening
                counted = f"{q.kind.value} of {phrase}"
                actor = event_actor(tokens, mentions, at) or subject_actor(
                    mentions, tokens, tokens[at].start
                )
                if phrase in _HAPPENINGS:
                    actor = None  # a crash or a quake has no doer, a stop one per story
                elif phrase in _PERSONAL and actor is None:
                    counted = None  # "He was released on bond Jan. 19": who is unknown
            if not_when_it_happened(text, start):
                # "police said Monday", "Posted: August 2, 2015 11:49 AM", "the school day
                # begins around 7:35": when it was said, posted or due, not when it happened
                counted = phrase = actor = None
            if q.kind is QuantityKind.TIME:
                # a time is on its day; a time a statement was made dates nothing reported
                day, statement = time_frame(text, start, end)
                if statement:
                    counted = phrase = actor = None
                elif day is not None:
                    qualifiers = tuple(sorted({*qualifiers, f"on {day}"}))
        whole = including_before(text, start)
        if whole and counted and counted in map(class_of, whole.group("whole").split()):
            qualifiers = tuple(sorted({*qualifiers, "part"}))
        elif "part" in qualifiers and others_of_another_fate(text[:start], text[end:], counted):
            qualifiers = tuple(x for x in qualifiers if x != "part")  # all the injured
        if counted in LEVELS:
            # a level is held, not counted over a window: "a 14.2% stake built up over the
            # past 18 months" is the stake now
            qualifiers = tuple(x for x in qualifiers if x != "window")
        claims.append(
            Claim(
                source=sentence.source,
                sentence=sentence,
                quantity=q,
                counted=counted,
                counted_text=phrase,
                actor=actor,
                qualifiers=qualifiers,
                frame=frame,
            )
        )
    claims = market_moves(claims, text, base, tokens, mentions, names)
    return _share_whole(_share_coordinated(rescoped_sentence(claims), text, base))


# "a premium of 34% to Friday's close and of 41 per cent to the three-month average": the
# figure after "and of" is a second value of the first figure's measure.
_COORDINATED = re.compile(r"\b(?:and|or)\s+(?P<p>of|at|to|by)\s+$", re.IGNORECASE)


def _share_coordinated(claims: list[Claim], text: str, base: int) -> list[Claim]:
    latest: dict[QuantityKind, Claim] = {}  # the last claim of each kind so far
    for i, second in enumerate(claims):
        first = latest.get(second.quantity.kind)  # the figure before, past any date between
        latest[second.quantity.kind] = second
        if first is None:
            continue
        start = second.quantity.start - base
        m = _COORDINATED.search(text, max(0, start - 12), start)
        if m is None or first.counted is None or second.quantity.unit != first.quantity.unit:
            continue
        lead = text[max(0, first.quantity.start - base - 4) : first.quantity.start - base]
        if lead.rstrip().lower().endswith(m.group("p").lower()):
            claims[i] = second.model_copy(
                update={"counted": first.counted, "counted_text": first.counted_text}
            )
            latest[second.quantity.kind] = claims[i]
    return claims


def _share_whole(claims: list[Claim]) -> list[Claim]:
    """'31 of the 81 seats': the part counts what its whole counts."""
    for i in range(len(claims) - 1):
        part, whole = claims[i], claims[i + 1]
        if "whole" in whole.qualifiers and part.counted is None and whole.counted is not None:
            claims[i] = part.model_copy(
                update={"counted": whole.counted, "counted_text": whole.counted_text}
            )
    return claims


# A scale word after a masked figure belongs to it: "US$1.7 billion" masks to "us$#".
_SCALE_AFTER_MASK = re.compile(
    r"#(?:\s*(?:#|(?:thousand|million|billion|trillion|bn|mn|tn|k|m)\b))+"
)


def mask_frame(sentence_text: str) -> str:
    """The sentence in matching form with every figure replaced by '#'.

    >>> mask_frame("A deployment of 11,000 North Korean troops headed to the front.")
    'a deployment of # north korean troops headed to the front.'
    """
    out, last = [], 0
    for start, end in iter_numbers(sentence_text):
        out.append(sentence_text[last:start])
        out.append("#")
        last = end
    out.append(sentence_text[last:])
    return _SCALE_AFTER_MASK.sub("#", matching_form("".join(out)))


def _outer_span(q: Quantity, base: int) -> tuple[int, int]:
    end = max([q.end, *(a.end for a in q.alternates)]) - base
    return q.start - base, end
