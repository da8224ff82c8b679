"""Read the moments of an event that are not calendar dates: Sentence -> Quantity(kind=date).

A weekday ("on Saturday", "about 4 p.m. Sunday", "Friday night's shooting") is the day of
the week of what the sentence reports. Reports of one incident name its day by weekday far
more often than by date, and "on Friday" in two reports of one story is one Friday,
whenever each was written, so a weekday is kept as written: a date quantity with no
interval of days (``date`` is None), ``unit`` "weekday" and the ISO weekday as its value
(Monday 1 ... Sunday 7). The comparison stage tells two weekdays apart by name
(:func:`relate_weekdays`).

A weekday that only names a calendar date beside it ("Friday, June 7", "June 7 (Friday)")
is left to that date; one that dates a statement or a page stamp is left to the claims
stage, which reads the sentence around it.

The event a date or a clock time dates is the event word nearest it (:func:`dated_event`);
a weekday dates only the incident (an attack, or a named person's death: see
:func:`weekday_event`), and how long the incident lasted is a claim of its own
(:func:`incident_duration`).

Every pattern is a fixed alternation of words: linear on any input.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal, Protocol

from crosscheck.clock import MONTH_NAMES
from crosscheck.grammar import VEHICLE_MAKES
from crosscheck.lexicon import dated as dated_lexicon
from crosscheck.models import Bound, Claim, Quantity, QuantityKind, Sentence

WEEKDAY_UNIT = "weekday"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# A weekday right before or after a calendar date names that date's day: the date says it.
_DATE_AFTER = re.compile(
    r"^,?\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?"
    r"\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d{1,2}/\d)"
)
_DATE_BEFORE = re.compile(
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?\s+\d{4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\s*,?\s*\(?$"
)
# Names and titles that hold a weekday and date nothing: "Good Friday", "Black Friday",
# "Super Bowl Sunday", "the Sunday Times", "Monday Night Football".
_NOT_A_DAY_BEFORE = re.compile(r"\b(?:Good|Black|Cyber|Palm|Easter|Ash|Bowl|Holy)\s+$")
_NOT_A_DAY_AFTER = re.compile(
    r"^['\u2019]?s?\s+(?:Times|Telegraph|Mail|Express|Night\s+Football)\b"
)
DATE_NEAR_CHARS = 20  # how far a weekday's calendar date may stand from it
_SMALL_HOURS_BEFORE = re.compile(r"\bearly\s+(?:on\s+)?$", re.IGNORECASE)
_SMALL_HOURS_AFTER = re.compile(r"^\s+(?:early\s+morning|before\s+dawn)\b", re.IGNORECASE)
# The parts of a day, in their order: "Friday afternoon" and "Friday night" are one day's
# two moments, hours apart; "afternoon" and "evening" may be one moment told two ways.
_DAYPARTS = ("morning", "afternoon", "evening", "night")
_DAYPART_AFTER = re.compile(r"^\s+(?:morning|afternoon|evening|night)\b", re.IGNORECASE)


def read_weekdays(sentence: Sentence, source_text: str) -> tuple[Quantity, ...]:
    """Every weekday ``sentence`` names as the day of something, with spans into
    ``source_text``.

    >>> from crosscheck.models import Sentence
    >>> t = "The baby was shot about 4 p.m. Saturday; on Friday, June 7, he was arrested."
    >>> s = Sentence(source="-", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> [(q.text, q.value, q.unit) for q in read_weekdays(s, t)]
    [('Saturday', 6.0, 'weekday')]
    """
    text = source_text[sentence.start : sentence.end]
    if "day" not in text:
        return ()  # every weekday _WEEKDAY finds ends so (it is case-sensitive)
    out = []
    for m in _WEEKDAY.finditer(text):
        start, end = m.span()
        before = text[max(0, start - DATE_NEAR_CHARS) : start]
        after = text[end : end + DATE_NEAR_CHARS]
        if _DATE_AFTER.match(after) or _DATE_BEFORE.search(before):
            continue  # "Friday, June 7": the date is read as a date
        if _NOT_A_DAY_BEFORE.search(before) or _NOT_A_DAY_AFTER.match(after):
            continue
        day = float(_WEEKDAYS.index(m.group().lower()) + 1)
        # "early Monday" may be the small hours of the night some call Sunday night's
        small_hours = _SMALL_HOURS_BEFORE.search(before) or _SMALL_HOURS_AFTER.match(after)
        part = _DAYPART_AFTER.match(after)
        if part is not None and not small_hours:
            end += part.end()  # "Friday afternoon": the part of the day is part of the figure
        out.append(
            Quantity(
                text=text[start:end],
                start=sentence.start + start,
                end=sentence.start + end,
                value=day,
                low=day - 1 if small_hours else day,
                high=day,
                bound=Bound.EXACT,
                unit=WEEKDAY_UNIT,
                precision=1.0,
                kind=QuantityKind.DATE,
            )
        )
    return tuple(out)


# The incident a weekday can date, by the word that tells it happened: the day someone was
# shot or killed is the attack's; the day a victim died of the wounds is the death's. A
# weekday dates nothing else reliably: a story's follow-ups name the days of its news
# conferences, vigils, arraignments and trials too ("the trial ... is to begin Tuesday"),
# and each victim who died later died on a day of their own: a death's day is the named
# person's (the claims stage gives it to the subject, and drops it when none is named).
_INCIDENT_WORDS = {
    "attack": (
        r"shot|shooting|shootings|wounded|injured|hurt|stabbed|stabbing|killed|gunfire|"
        r"gunned\s+down|opened\s+fire|slain|discharged|attacked|happened|occurred|took\s+place|"
        # "struck", "hit" and "fired" only with what a shooting does: a deal is "struck
        # Friday", a share price "hit" a high, an executive is "fired"
        r"(?:struck|hit)\s+by\s+(?:a\s+)?(?:bullets?|gunfire|stray|shots?|gunshots?)|"
        r"(?:struck|striking|hit|hitting)\s+(?:(?:a|an|the|his|her|their|two|three)\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|child|teen|baby|infant|daughter|son|officer|"
        r"victim|bystander|people|person|men|women|children|teens|\w+-year-old)\b|"
        r"fired\s+(?:shots|at|on|into|upon|several|multiple|\d+|a\s+(?:gun|shot|round))"
    ),
    "death": r"died|dies|passed\s+away|succumbed|pronounced\s+dead",
}
# The incident word comes before the weekday in its clause, within this many words
# ("shot and severely wounded on Sunday", "was shot about 4 p.m. Saturday"), or the weekday
# names it ("Sunday's shooting", "a deadly Sunday night shooting").
WEEKDAY_EVENT_WORDS = 8
_INCIDENT_BEFORE = {
    event: re.compile(
        rf"\b(?P<word>{words})\b(?:\s+[\w.'\u2019-]+){{0,{WEEKDAY_EVENT_WORDS}}}\s+$",
        re.IGNORECASE,
    )
    for event, words in _INCIDENT_WORDS.items()
}
_INCIDENT_AFTER = {
    event: re.compile(
        rf"^(?:['\u2019]s)?(?:\s+(?:morning|afternoon|evening|night|early))?"
        rf"(?:\s+(?:deadly|fatal|double|triple|mass))?\s+(?:{words})\b"
        rf"|^\s+when(?:\s+[\w.'\u2019-]+){{0,3}}\s+(?:{words})\b",
        re.IGNORECASE,
    )
    for event, words in _INCIDENT_WORDS.items()
}
# What a clause says happened to the incident later: the weekday dates that, not the incident.
_LATER_BEFORE = re.compile(
    r"\b(?:trial|hearing|arraign\w*|court|vigil|memorial|funeral|conference|investigat\w*|"
    r"said|says|told|charged|arrested|identified|released|remained|continu\w*|began|begin|"
    r"reported|died|dies|described|condition|listed|recovering|"
    # what came of it: "officers involved in the shooting resigned Friday"
    r"resign\w*|suspend\w*|sentenc\w*|indict\w*|plead\w*|protest\w*|marched|rallied|"
    r"gathered|buried|mourn\w*|sued|announc\w*|appeared)\b",
    re.IGNORECASE,
)
# "two unrelated shootings on Tuesday", "a separate shooting Monday": another incident's
# day; "an investigation into the fatal shooting ... Tuesday": the investigation's day.
_OTHER_BEFORE = re.compile(
    r"\b(?:unrelated|separate|another|other|earlier|previous)\s+\S*\s*$"
    r"|\binto\s+(?:the|a|an|this|last)\s+(?:\S+\s+)?$",
    re.I,
)
_POSSESSIVE = re.compile(r"^['\u2019]s\b")
# "a Saturday night incident", "a deadly Sunday night shooting": a weekday between a
# determiner and a noun modifies the noun.
_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:a|an|the|that|this|last|its|their|his|her)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE
)
_NOUN_AFTER = re.compile(
    r"^(?:\s+(?:morning|afternoon|evening|night))?\s+(?!(?:at|in|on|of|near|when|after|"
    r"before|by|around|about|as|and|or|to|from|with|while|outside|inside|into)\b)[a-z]"
)
# A weekday that opens its sentence and is set off by a comma dates the clause after it:
# "Friday afternoon, police received a call about a shooting".
_OPENING_BEFORE = re.compile(r"\s*(?:(?:on|late|early)\s+)?", re.IGNORECASE)
_OPENING_AFTER = re.compile(r"^(?:\s+(?:morning|afternoon|evening|night))?\s*,", re.IGNORECASE)
_INCIDENT_LATER = {
    event: re.compile(
        rf"^(?:\s+(?:morning|afternoon|evening|night))?\s*,(?:\s+[\w.'\u2019-]+){{0,8}}?\s+"
        rf"(?P<word>{words})\b",
        re.IGNORECASE,
    )
    for event, words in _INCIDENT_WORDS.items()
}
WEEKDAY_BEFORE_CHARS = 60  # the words before a weekday searched for its incident
# Verbs anything can do ("struck", "took place"): with a disaster or a storm before them in
# the clause, the weekday dates that, not a shooting.
_ANY_EVENT_VERB = re.compile(r"struck|striking|hit|happened|occurred|took\s+place", re.IGNORECASE)
_NATURE = re.compile(
    r"\b(?:quake|earthquake|typhoon|hurricane|cyclone|storm|tornado|floods?|flooding|"
    r"mudslides?|landslides?|tsunami|avalanche|eruption|blaze|wildfire|explosion|blast|"
    r"crash|collision|derailment|[A-Z][a-z]+\s+(?=struck|hit))\b"
)


def weekday_event(text: str, start: int, end: int) -> str | None:
    """The incident the weekday at ``start``-``end`` of ``text`` dates ("attack", "death"),
    or None when it dates something else or nothing said.

    >>> t = "A baby was shot and severely wounded on Sunday by her father."
    >>> weekday_event(t, t.index("Sunday"), t.index("Sunday") + 6)
    'attack'
    >>> t = "They are among the injured following a deadly Sunday night shooting."
    >>> weekday_event(t, t.index("Sunday"), t.index("Sunday") + 6)
    'attack'
    >>> t = "The trial of a man charged in the 2014 fatal shooting is to begin Tuesday."
    >>> weekday_event(t, t.index("Tuesday"), t.index("Tuesday") + 7) is None
    True
    >>> t = "Two unrelated shootings on Tuesday kept the city on edge."
    >>> weekday_event(t, t.index("Tuesday"), t.index("Tuesday") + 7) is None
    True
    >>> t = "Three officers involved in the shooting resigned Friday."
    >>> weekday_event(t, t.index("Friday"), t.index("Friday") + 6) is None
    True
    """
    before = re.split(
        r"[;:()\n]|,\s+(?:and|but|while|as|after|when)\b",
        text[max(0, start - WEEKDAY_BEFORE_CHARS) : start],
    )[-1]
    after = text[end : end + WEEKDAY_BEFORE_CHARS]
    attributive = _ATTRIBUTIVE_BEFORE.search(before) and _NOUN_AFTER.match(after)
    if _POSSESSIVE.match(after) or attributive:
        # "died Sunday of wounds from Friday's shooting", "follow a Saturday night
        # incident": the weekday dates the noun after it, never a verb before it
        before = ""
    opening = _OPENING_BEFORE.fullmatch(before) and _OPENING_AFTER.match(after)
    for event in _INCIDENT_WORDS:
        if opening:  # "Friday afternoon, police received a call about a shooting"
            m = _INCIDENT_LATER[event].match(after)
            if m is not None and not _LATER_BEFORE.search(after[: m.start("word")]):
                return event
            continue
        m = _INCIDENT_BEFORE[event].search(before)
        if m is not None and not _LATER_BEFORE.search(before[m.end("word") :]):
            if _ANY_EVENT_VERB.fullmatch(m.group("word")) and _NATURE.search(before):
                return None  # "mudslides took place ... Monday", "Morakot struck Sunday"
            return None if _OTHER_BEFORE.search(before[: m.start()]) else event
        if _INCIDENT_AFTER[event].match(after):
            return event
    return None


# How long the incident lasted: "a 15-minute rampage", "the thirteen-minute-long shooting
# spree", "the spree lasted 10 minutes". The event nouns are those a shooting is told by;
# a standoff or a chase is a moment of its own, with its own length.
_SPANNED_EVENTS = {
    "rampage": "attack",
    "spree": "attack",
    "shooting": "attack",
    "attack": "attack",
    "siege": "attack",
    "gunfight": "attack",
    "shootout": "attack",
    "standoff": "standoff",
    "chase": "chase",
    "pursuit": "chase",
}
_SPANNED = "|".join(_SPANNED_EVENTS)
_SPAN_UNIT = r"(?P<unit>second|minute|hour)"
# "a 15-minute rampage", "13-minute shooting spree", "thirteen-minute-long shooting spree"
_GLUED_DURATION_AFTER = re.compile(
    rf"^-{_SPAN_UNIT}(?:-long)?\s+(?:[a-z]+\s+)?(?P<event>{_SPANNED})\b", re.IGNORECASE
)
# "the spree lasted 10 minutes", "the standoff went on for about three hours"
_LASTED_BEFORE = re.compile(
    rf"\b(?P<event>{_SPANNED})\s+(?:lasted|went\s+on\s+for|spanned|took)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+|only\s+|more\s+than\s+|"
    r"less\s+than\s+)?$",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(rf"^\s+{_SPAN_UNIT}s?\b", re.IGNORECASE)


def incident_duration(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(what lasted, the unit) when the figure at ``start``-``end`` of ``text`` is how long
    the incident (or its standoff, its chase) lasted; else None.

    >>> t = "He went on a 15-minute rampage; the spree lasted 10 minutes."
    >>> incident_duration(t, 13, 15), incident_duration(t, 49, 51)
    (('attack', 'minute'), ('attack', 'minute'))
    >>> t = "The thirteen-minute-long shooting spree ended in the library."
    >>> incident_duration(t, 4, 12)
    ('attack', 'minute')
    >>> incident_duration("He was sentenced to 15 years.", 20, 22) is None
    True
    """
    glued = _GLUED_DURATION_AFTER.match(text[end : end + 60])
    if glued is not None:
        return _SPANNED_EVENTS[glued.group("event").lower()], glued.group("unit").lower()
    lasted = _LASTED_BEFORE.search(text[max(0, start - 40) : start])
    unit = _UNIT_AFTER.match(text[end : end + 20])
    if lasted is not None and unit is not None:
        return _SPANNED_EVENTS[lasted.group("event").lower()], unit.group("unit").lower()
    return None


def timed(claim: Claim) -> Claim:
    """``claim`` counting how long the incident lasted, when its figure says so (see
    :func:`incident_duration`): "duration of attack", in the unit written."""
    q, s = claim.quantity, claim.sentence
    if q.kind is not QuantityKind.AMOUNT or q.currency:
        return claim
    # the span of a figure with its unit ("10 minutes") ends after the unit
    number_end = q.start - s.start + len(q.text.split()[0]) if q.unit else q.end - s.start
    found = incident_duration(s.text, q.start - s.start, number_end)
    if found is None:
        return claim
    event, unit = found
    counted = f"duration of {event}"
    return claim.model_copy(
        update={
            "quantity": q.model_copy(update={"unit": unit}),
            "counted": counted,
            "counted_text": counted,
        }
    )


class Word(Protocol):
    """A word of a sentence with its offsets (the claims stage's tokens)."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


# Verbs any event can do ("struck", "hit"; water "arrived"), and the attribution that closes
# a news sentence ("..., state railway operator Dalmoran Rail said"): they name the event
# only when no other event word does.
_WEAK_EVENT_VERBS = frozenset(
    {"struck", "hit", "hits", "arrived", "arrival", "arrives", "said", "says", "told", "statement"}
)


# The words that open a noun phrase in which a time is the event's own: "a 6:30 p.m. news
# conference", "the 9 a.m. briefing", "Friday's 2 p.m. hearing".
_ATTRIBUTIVE_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "this", "that"})
# At most this many words between such a time and its event noun ("news" of "news
# conference"): more, and the time may date a clause of its own.
ATTRIBUTIVE_GAP_WORDS = 2


def _attributed(
    tokens: Sequence[Word], words: Sequence[str], others: Sequence[tuple[int, int]]
) -> set[int]:
    """Indexes of the tokens that may be an event word dated by another time of the
    sentence as its attribute: the words after "a 6:30 p.m." up to ``ATTRIBUTIVE_GAP_WORDS``
    + 1 of them, with no punctuation between."""
    taken: set[int] = set()
    for o_start, o_end in others:
        before = [i for i, t in enumerate(tokens) if t.end <= o_start]
        if not before or words[before[-1]] not in _ATTRIBUTIVE_OPENERS:
            continue
        after = [i for i, t in enumerate(tokens) if t.start >= o_end]
        for i in after[: ATTRIBUTIVE_GAP_WORDS + 1]:
            if not tokens[i].text[:1].isalpha():
                break
            taken.add(i)
    return taken


# Words after "fired" that make it gunfire, not a dismissal ("fired from his job", "fired
# the coach"): right after it, "fired at officers", "fired into the crowd"; within three
# words, "fired multiple rounds", "fired his weapon", "fired two shots".
_FIRED_AT = frozenset({"at", "into", "on", "upon", "off", "through", "toward", "towards"})
_GUNFIRE = frozenset(
    {
        *("shots", "shot", "rounds", "round", "bullets", "bullet", "gunshots", "multiple"),
        *("weapon", "weapons", "gun", "guns", "handgun", "rifle", "pistol", "shotgun"),
        *("again", "repeatedly", "several", "times", "barrage", "volley", "gunfire"),
    }
)

# How many words after "fired" its gunfire object may come ("fired a barrage of bullets")
# and how many before it its subject ("shots were being fired", "rounds fired").
FIRED_OBJECT_WORDS = 5
FIRED_SUBJECT_WORDS = 3
# What a release makes public, within this many words of "released": a statement, footage
# or names, never a product or a person.
RELEASED_WORDS = 3
# (Not "results" or "report": a company's results released on a day keep the date of the
# release that other reports of them give, as `report_periods` reads it.)
_INFORMATION = frozenset(
    {
        *("statement", "statements", "information", "footage", "video", "videos"),
        *("details", "names", "name", "photos", "photo", "images", "records"),
        *("document", "documents", "audio", "recording", "update"),
    }
)

# The attribution that closes a news sentence, with where it was said: "..., the chief
# said during a Saturday, July 15 press conference", "police told reporters at a briefing".
# Its event noun is when the words were said; a figure of the reported clause before the
# speech verb is not its time ("shot just after 3 p.m. Friday, July 14, the chief said
# during a ... press conference" dates no press conference).
_SPEECH_VERBS = frozenset(
    {"said", "says", "told", "stated", "added", "explained", "noted", "confirmed"}
)
_SAID_WHERE = frozenset({"at", "during", "in", "on"})
# At most this many words from the speech verb to the event noun of its attribution:
# "said during a Saturday, July 15 press conference" has six between them.
ATTRIBUTION_WORDS = 8


def _said_where(words: Sequence[str], at: int) -> int | None:
    """The index of the speech verb whose attribution holds the event word at ``at``
    ("said" of "said during a ... press conference"), or None."""
    for i in range(at - 1, max(-1, at - 1 - ATTRIBUTION_WORDS), -1):
        if words[i] in _SPEECH_VERBS:
            return i if _SAID_WHERE.intersection(words[i + 1 : at]) else None
    return None


# How far from a bare year its event word may be, in characters: "announced a cut ... as
# it looks to cut costs following losses in 2022" dates the losses, not the announcement.
YEAR_EVENT_CHARS = 50
# A month and its year with no day ("in Jan. 2019", "January 2019") is loose too: it dates
# only an event word this near ("a visit by Russian President Vladimir Putin to Pyongyang
# in June 2024" is 55 characters; "sentenced ... in connection to his conviction of lying
# about a staged hate crime in Jan. 2019" is no date of the sentencing, 150 away).
MONTH_EVENT_CHARS = 80
_MONTH_YEAR = re.compile(rf"(?:early|mid|late)?[-\s]*(?:{MONTH_NAMES})\.?,?\s+\d{{4}}")


def event_reach(figure: str) -> int | None:
    """How far, in characters, the event word a date dates may be: a bare year's
    ``YEAR_EVENT_CHARS``, a month-and-year's ``MONTH_EVENT_CHARS``; None (any distance) for
    other dates and times.

    >>> event_reach("2022"), event_reach("Jan. 2019"), event_reach("March 8, 2019")
    (50, 80, None)
    """
    if figure.isdigit():
        return YEAR_EVENT_CHARS
    return MONTH_EVENT_CHARS if _MONTH_YEAR.fullmatch(figure) else None


def dated_event(
    tokens: Sequence[Word],
    start: int,
    end: int,
    others: Sequence[tuple[int, int]] = (),
    reach: int | None = None,
) -> tuple[str, int] | None:
    """The event word nearest a date or time ('visited', 'summit', 'earthquake'), with the
    index of its first token (the claims stage's words of the sentence).

    ``others`` are the spans of the sentence's other dates and times: an event noun that
    one of them dates as its attribute ("at a 6:30 p.m. news conference") is that time's
    event, never this one's. An event word more than ``reach`` characters away is none.

    >>> from crosscheck.grammar import WORD, Token
    >>> t = "He walked in at 1:30, an hour before a 6:30 p.m. news conference."
    >>> toks = [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(t)]
    >>> dated_event(toks, 16, 20), dated_event(toks, 16, 20, others=[(39, 48)])
    (('meeting', 13), None)
    >>> dated_event(toks, 39, 48, others=[(16, 20)])
    ('meeting', 13)
    >>> t = "Alphabet announced job cuts as it looks to cut costs after a weak year in 2022."
    >>> toks = [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(t)]
    >>> at = t.index("2022")
    >>> dated_event(toks, at, at + 4), dated_event(toks, at, at + 4, reach=YEAR_EVENT_CHARS)
    (('announcement', 1), None)
    """
    lex = dated_lexicon()
    words = [t.text.lower().rstrip(".") for t in tokens]
    taken = _attributed(tokens, words, others)
    best: tuple[int, str, int] | None = None
    # A verb that any event can do ("struck", "hit") names the event only when no event
    # noun does: "The explosion, which struck shortly after 11 p.m." dates the explosion.
    # a car's model is no event: "a gold Honda Accord"
    models = {
        i
        for i in range(1, len(words))
        if words[i - 1] in VEHICLE_MAKES and tokens[i].text[:1].isupper()
    }
    has_noun = any(
        " ".join(words[i : i + n]) in lex.events
        and " ".join(words[i : i + n]) not in _WEAK_EVENT_VERBS
        for i in range(len(words))
        if i not in models
        for n in range(1, min(lex.longest_event, len(words) - i) + 1)
    )
    for i in range(len(tokens)):
        for n in range(min(lex.longest_event, len(tokens) - i), 0, -1):
            form = " ".join(words[i : i + n])
            name = lex.events.get(form)
            if form in _MEASURE_VERBS and _governs_figure(tokens, words, i):
                continue  # "revenue fell 13% to $17.38 billion": a figure's fall
            if name is None or (has_noun and form in _WEAK_EVENT_VERBS):
                continue
            if i in models:
                continue
            if form == "fired" and (
                (words[i + 1 : i + 2] and words[i + 1] in _FIRED_AT)
                or _GUNFIRE.intersection(words[i + 1 : i + 1 + FIRED_OBJECT_WORDS])
                or _GUNFIRE.intersection(words[max(0, i - FIRED_SUBJECT_WORDS) : i])
            ):
                # "fired multiple rounds", "fired at officers", "shots were fired", "a
                # call about shots fired", "fired a barrage of bullets": gunfire
                name = "attack"
            if form == "released" and _INFORMATION.intersection(
                words[max(0, i - RELEASED_WORDS) : i + 1 + RELEASED_WORDS]
            ):
                # "released cruiser camera footage", "a statement released": information
                # made public, not a product launched ("a video release party" is a party)
                name = "announcement"
            if taken.intersection(range(i, i + n)):
                break  # another time's own event: "a 6:30 p.m. news conference"
            said = _said_where(words, i)
            if said is not None and end <= tokens[said].start:
                break  # where the reported clause was said, not when it happened
            if tokens[i].start < start:
                gap = start - tokens[i + n - 1].end
            else:
                gap = tokens[i].start - end
                purpose = any(
                    words[k] in _PURPOSE and tokens[k].start >= end for k in range(max(0, i - 2), i)
                )
                if best is not None and purpose:
                    break  # "called to a house at 2:30 a.m. for a fire": what the call was for
            if best is None or max(gap, 0) < best[0]:
                best = (max(gap, 0), name, i)
            break
    if best is None or (reach is not None and best[0] > reach):
        return None
    return best[1], best[2]


# Words that make an event after a time the purpose of an event before it ("were called ...
# just before 2:30 a.m. for a fire", "arrested at 3 p.m. for the shooting").
_PURPOSE = frozenset({"for", "over"})


# Event verbs that are also what a figure does ("the city fell", "revenue fell 13%"; "the
# bus plunged into a gorge", "shares plunged 20%"): the event only when no figure follows.
_MEASURE_VERBS = frozenset({"fell", "plunged"})


def _governs_figure(tokens: Sequence[Word], words: list[str], i: int) -> bool:
    """Whether a figure follows the verb at ``i``, right after it or after "to", "by" or
    "from": the tokens are words, so a number shows as a gap of more than a space."""
    k = i + 1 if words[i + 1 : i + 2] in (["to"], ["by"], ["from"]) else i
    if k + 1 >= len(tokens):
        return False
    return tokens[k + 1].start - tokens[k].end > 1


def is_weekday(q: Quantity) -> bool:
    """Whether ``q`` is a weekday read by :func:`read_weekdays`."""
    return q.kind is QuantityKind.DATE and q.unit == WEEKDAY_UNIT


def weekday_key(q: Quantity) -> tuple[float, float]:
    """How a weekday sorts and sides in a finding: by day, then part of the day (none
    first), so "Friday afternoon" and "Friday night" are two figures."""
    part = _daypart(q.text)
    return (q.value or 0.0, -1.0 if part is None else float(part))


def _daypart(text: str) -> int | None:
    """The place in the day's order of the part of the day a weekday's text names."""
    words = text.lower().split()
    return _DAYPARTS.index(words[-1]) if words[-1] in _DAYPARTS else None


def relate_weekdays(a: Quantity, b: Quantity) -> Literal["same", "night", "different"]:
    """How two weekdays relate: the same day, one night told as the evening of one day and
    the small hours of the next ("Sunday night" and "early Monday"), or different days.
    A weekday read as "early" has the day before as its ``low``.

    >>> def wd(v, low=None):
    ...     return Quantity(text="x", start=0, end=1, value=v, high=v, bound=Bound.EXACT,
    ...                     low=v if low is None else low, unit=WEEKDAY_UNIT,
    ...                     kind=QuantityKind.DATE)
    >>> relate_weekdays(wd(6.0), wd(6.0)), relate_weekdays(wd(6.0), wd(7.0))
    ('same', 'different')
    >>> relate_weekdays(wd(7.0), wd(1.0, low=0.0)), relate_weekdays(wd(1.0, low=0.0), wd(6.0))
    ('night', 'different')
    """
    if a.value == b.value:
        parts = [_daypart(q.text) for q in (a, b)]
        if parts[0] is not None and parts[1] is not None and abs(parts[0] - parts[1]) > 1:
            return "different"  # "Friday afternoon" and "Friday night"
        return "same"
    for early, other in ((a, b), (b, a)):
        told_early = early.low is not None and early.value is not None and early.low < early.value
        # the day before Monday (1) is Sunday (7)
        if told_early and ((early.value or 0) - 2) % 7 + 1 == other.value:
            return "night"
    return "different"


__all__ = [
    "WEEKDAY_UNIT",
    "YEAR_EVENT_CHARS",
    "Word",
    "dated_event",
    "incident_duration",
    "is_weekday",
    "read_weekdays",
    "relate_weekdays",
    "timed",
    "weekday_event",
    "weekday_key",
]
