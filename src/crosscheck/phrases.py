"""What a figure counts: the counted noun phrase after it ("11,000 North Korean troops"),
the casualty or arrest word near it ("killed 30 people", "30 were injured") and the two
combined ("troops killed"); a "number of X" or "death toll" subject the figure completes;
the label of a fact-box line ("Confirmed deaths: 14"); and the group a figure follows ("a
town of 9,000", "a study of 4,812 people").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from crosscheck.actors import actor_in
from crosscheck.bounds import CHANGE_VERBS
from crosscheck.grammar import Token, plain_words, plural, singular, span_text
from crosscheck.lexicon import counted as counted_lexicon
from crosscheck.lexicon import things
from crosscheck.measure_words import measure_in
from crosscheck.mentions import words_before_fate
from crosscheck.normalize import Gate, Window

# A counted noun phrase is short: "North Korean special forces troops" is five words.
PHRASE_WORDS = 5
# Casualty words are read this many words before or after the figure ("killed 30 people",
# "30 people were killed"): past that, the word usually belongs to another clause.
EVENT_WINDOW_WORDS = 4
# ... not counting auxiliaries and adverbs: "42 people had already been confirmed dead".
_AUXILIARIES = frozenset({"had", "has", "have", "been", "already", "reportedly", "since", "now"})


def label_counted(label: Sequence[Token]) -> tuple[str | None, str | None]:
    """What the label of a fact-box line counts: 'Confirmed deaths' -> killed, 'Persons
    evacuated before landfall' -> displaced, 'Fishermen reported missing' -> missing."""
    words = [t for t in label if t.text not in {":", ",", "-"}]
    if not words:
        return None, None
    lex = counted_lexicon()
    lowered = plain_words(words)
    event = None
    for i in range(len(lowered)):
        for n in range(min(lex.longest_event, len(lowered) - i), 0, -1):
            form = " ".join(lowered[i : i + n])
            if form in lex.events:
                event = lex.events[form]
                break
        if event is not None:
            break
    head = next((lex.classes[w] for w in lowered if w in lex.classes), None)
    measure = measure_in(" ".join(lowered))
    counted = combine(head, event) or measure or head
    return counted, span_text(words) if counted else None


def class_of(word: str) -> str | None:
    return counted_lexicon().classes.get(word.lower())


def counted_phrase(after: Sequence[Token]) -> tuple[str | None, str | None, str | None]:
    """(canonical head, phrase as written, actor named inside the phrase)."""
    lex = counted_lexicon()
    words: list[Token] = []
    for tok in after[:PHRASE_WORDS]:
        low = tok.text.lower().rstrip(".")
        if (
            not tok.text[0].isalpha()
            or low in lex.stop
            or (low.endswith("ly") and low not in lex.classes)
        ):
            break
        if tok.text.endswith(".") and not tok.text[:-1].isupper():
            words.append(Token(tok.text[:-1], tok.start, tok.end - 1))
            break
        words.append(tok)
    if not words:
        return None, None, None
    lowered = plain_words(words)
    # The first lexicon noun ends the phrase: "troops", "artillery shells", "special forces".
    for i in range(len(words)):
        for n in range(min(lex.longest_class, len(words) - i), 0, -1):
            form = " ".join(lowered[i : i + n])
            if form in lex.classes:
                # A class starting later in a multiword form wins if longer: "special forces".
                phrase_tokens = words[: i + n]
                actor = actor_in(phrase_tokens[:i])
                return lex.classes[form], span_text(phrase_tokens), actor
    if lowered[0] in lex.events:
        return None, None, None  # "41 deaths": the event names what is counted
    # Unknown noun: take the first plural-looking word, else the first word if it is not an
    # adjective or verb form; keep its singular as the canonical head.
    for i, low in enumerate(lowered[:3]):
        if i and low in lex.events and lowered[0].endswith("ed"):
            return None, None, None  # "37 suffered injuries": the figure is the verb's subject
        # A capitalised plural is a people ("Ukrainians"), not a name ending in s ("Mars")
        if plural(low) and (not words[i].text[0].isupper() or low.endswith("ans")):
            return singular(low), span_text(words[: i + 1]), actor_in(words[:i])
    first = lowered[0]
    if words[0].text[0].islower() and not first.endswith(("ed", "ing", "ly")):
        return first, words[0].text, None
    return None, None, actor_in(words)


def head_noun(tokens: Sequence[Token]) -> str | None:
    """The last word of the noun phrase that opens ``tokens`` (English heads come last):
    'local video playback' -> 'playback', 'clashes' -> 'clash'."""
    stop = counted_lexicon().stop
    words: list[str] = []
    for tok in tokens[:PHRASE_WORDS]:
        low = tok.text.lower().rstrip(".")
        if not tok.text[0].isalpha() or low in stop:
            break
        words.append(low)
        if tok.text.endswith("."):
            break
    return singular(words[-1]) if words else None


# Words that open a new clause: an event word after them is not about the figure before
# ("cases top 1,400 as deaths rise").
_CLAUSE_WORDS = frozenset(
    {"as", "while", "when", "whereas", "although", "but", "after", "before", "until", "because"}
)

# ... and before a figure: "six were wounded when two men in a car fired" ("as" is left
# out: "killing as many as 30").
_CLAUSE_OPENERS = _CLAUSE_WORDS - {"as"}

# "The number of people killed ... has risen to 19": the figure is the value of a
# "number of X" subject earlier in its clause.
_NUMBER_OF = frozenset({"number", "total", "tally", "count", "toll"})
PREDICATE_WINDOW_WORDS = 16
# A counted noun may be the subject a few words before its figure, across a verb and a
# place: "cases in Blantyre district have risen to 1,430".
SUBJECT_WINDOW_WORDS = 8


def predicate_of(tokens: Sequence[Token], before: Sequence[Token]) -> tuple[str | None, str | None]:
    """(counted, phrase) of a 'number of X' or 'death toll' subject the figure completes."""
    window = list(before[-PREDICATE_WINDOW_WORDS:])
    for i in range(len(window) - 1, -1, -1):
        word = window[i].text.lower()
        if word in {";", ":", "(", ")"}:
            break
        if word == "toll" and (i == 0 or window[i - 1].text.lower() in {"death", "the", "a"}):
            return "killed", "death toll"  # a bare "toll" in the news is a death toll
        if word in _NUMBER_OF and i + 1 < len(window) and window[i + 1].text.lower() == "of":
            rest = window[i + 2 :]
            head, phrase, _actor = counted_phrase(rest)
            return combine(head, event_near([], rest, phrase)), phrase
    # "Cholera cases in Blantyre have risen to 1,430": a counted noun as the subject.
    classes = counted_lexicon().classes
    for i in range(len(window) - 1, max(-1, len(window) - 1 - SUBJECT_WINDOW_WORDS), -1):
        word = window[i].text.lower()
        if word in {",", ";", ":", "(", ")"}:
            break
        if word in classes and word not in counted_lexicon().generic:
            return classes[word], window[i].text
    return None, None


# "this town of 9,000 people", "a city of some 2 million": how many live there.
_POPULATION_BEFORE = re.compile(
    r"\b(?:town|city|village|country|nation|island|community|province|region|district|"
    r"state|capital|port|municipality)\s+of\s+(?:about|around|some|nearly|almost|over|"
    r"roughly|more\s+than|just\s+(?:over|under))?\s*$",
    re.IGNORECASE,
)
_POPULATION_GATE = Gate(
    holds=(
        *("town", "city", "village", "country", "nation", "island", "community", "province"),
        *("region", "district", "state", "capital", "port", "municipality"),
    )
)
# Whoever a study, survey or trial is "of" are its participants, whatever the outlet calls
# them (people, adults, volunteers, nurses): "a study of 4,812 people", "a survey of more
# than 2,000 adults", "a trial involving 300 patients".
STUDY_WINDOW_CHARS = 50
_STUDY_BEFORE = re.compile(
    r"\b(?:study|studies|survey|trial|poll|cohort|sample|analysis|experiment)\s+"
    r"(?:of|tracking|involving|including|with|among|covering|that\s+followed|following)\s+"
    r"(?:(?:more|fewer|less)\s+than|about|around|some|nearly|almost|over|roughly|"
    r"an\s+estimated|just\s+(?:over|under))?\s*$",
    re.IGNORECASE,
)
_STUDY_GATE = Gate(
    holds=("stud", "survey", "trial", "poll", "cohort", "sample", "analysis", "experiment")
)


def group_counted(text: str, start: int) -> str | None:
    """What a figure counts by the group it follows: 'population' after a place ("a town
    of 9,000"), 'participants' after a study ("a study of 4,812 people", "a trial
    involving more than 4,800 adults").

    >>> group_counted("a town of 9,000", 10), group_counted("a study of 4,812 people", 11)
    ('population', 'participants')
    """
    study = text[max(0, start - STUDY_WINDOW_CHARS) : start]
    near = Window(study)
    if near.may(_POPULATION_GATE) and _POPULATION_BEFORE.search(study):
        return "population"
    if near.may(_STUDY_GATE) and _STUDY_BEFORE.search(study):
        return "participants"
    return None


def event_near(before: Sequence[Token], after: Sequence[Token], phrase: str | None) -> str | None:
    """A casualty or arrest word near the figure: 'were killed', 'killed 30', 'death toll'."""
    lex = counted_lexicon()
    skip = words_before_fate(phrase)  # "12 missing miners" reads 'missing'
    window_after = _without_inclusion(
        plain_words(_without_place(after[skip : skip + 3 * EVENT_WINDOW_WORDS]))
    )
    window_after = [w for w in window_after if w not in _AUXILIARIES][:EVENT_WINDOW_WORDS]
    window_before = plain_words(before[-EVENT_WINDOW_WORDS:])
    # The event nearest the figure wins ("killing 30 people and injuring more than 200");
    # after the figure, reading stops at a clause break; on a tie, the word after wins.
    best: tuple[int, int, str] | None = None
    for window, forwards in ((window_after, True), (window_before, False)):
        starts = range(len(window)) if forwards else range(len(window) - 1, -1, -1)
        for i in starts:
            if window[i] in {",", ";", ":", "(", ")"} or (forwards and window[i] in _CLAUSE_WORDS):
                break
            if forwards and window[i] == "and" and _verb_of_next_figure(window, i + 1, lex.events):
                break  # "claimed the lives of 14 people and injured 78": 'injured' is 78's
            if not forwards and (
                (_is_own_verb(window[i]) and not _ends_event(window, i, lex.events))
                or window[i] in _CLAUSE_OPENERS
            ):
                break  # "killed 68 people and forced more than 100,000": 'forced' governs it
            for n in range(min(lex.longest_event, len(window) - i), 0, -1):
                form = " ".join(window[i : i + n])
                if form in lex.events and not (
                    i + n < len(window) and window[i + n] in lex.event_exceptions.get(form, ())
                ):
                    distance = i if forwards else len(window) - (i + n)
                    candidate = (distance, 0 if forwards else 1, lex.events[form])
                    best = candidate if best is None else min(best, candidate)
                    break
    if best is not None:
        return best[2]
    return None


def _ends_event(words: Sequence[str], at: int, events: Mapping[str, str]) -> bool:
    """Whether an event of several words ends at ``words[at]``: "fatally shooting seven"
    is the dead's, though "shooting" alone would be a verb of its own.

    >>> _ends_event(["of", "fatally", "shooting"], 2, {"fatally shooting": "killed"})
    True
    >>> _ends_event(["of", "shooting"], 1, {"fatally shooting": "killed"})
    False
    """
    return any(" ".join(words[j : at + 1]) in events for j in range(max(0, at - 3), at))


def _verb_of_next_figure(words: Sequence[str], at: int, events: object) -> bool:
    """Whether ``words[at]`` is an event word followed by a figure of its own ("and injured
    78"): the event of the next figure, not of the one before "and". The words after a
    figure stop at the next figure, so an event word that ends them is followed by one.

    >>> _verb_of_next_figure(["and", "injured", "two"], 1, {"injured": "injured"})
    True
    >>> _verb_of_next_figure(["and", "injured"], 1, {"injured": "injured"})
    True
    >>> _verb_of_next_figure(["and", "injured", "in", "the"], 1, {"injured": "injured"})
    False
    >>> _verb_of_next_figure(["people", "and"], 2, {"injured": "injured"})
    False
    """
    if at >= len(words) or words[at] not in events:  # type: ignore[operator]
        return False  # "... and": the words end at "and"
    return at + 1 == len(words) or words[at + 1][:1].isdigit() or words[at + 1] in _FIGURE_WORDS


# Spelled figures that open a count: "and injured two", "and wounded a dozen".
_FIGURE_WORDS = frozenset(
    {
        *("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"),
        *("twelve", "dozens", "dozen", "hundreds", "scores", "at", "more", "nearly", "about"),
        *("around", "some"),
    }
)


_PLACE_WORDS = frozenset({"in", "from", "near", "outside"})
_REGION_WORDS = frozenset({"central", "northern", "southern", "eastern", "western", "rural"})


def _without_place(tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens after a counted phrase without a place right after it: "two police
    officers in central Louisiana have been indicted" reads "... have been indicted"."""
    if not tokens or tokens[0].text.lower() not in _PLACE_WORDS:
        return tokens
    i = 1
    while i < len(tokens) and tokens[i].text.lower() in _REGION_WORDS:
        i += 1
    start = i
    while i < len(tokens) and tokens[i].text[:1].isupper():
        i += 1
    return tokens[i:] if i > start else tokens


def _without_inclusion(words: list[str]) -> list[str]:
    """The words after a figure without an inclusion set off from them: "three others,
    including one police officer, were injured" reads "three others were injured".

    >>> _without_inclusion(["others", ",", "including", "one", "officer", ",", "were", "hurt"])
    ['others', 'were', 'hurt']
    >>> _without_inclusion(["others", "including", "a", "police", "officer", "were", "hurt"])
    ['others', 'were', 'hurt']
    """
    for i, word in enumerate(words):
        if word != "including":
            continue
        start = i - 1 if i and words[i - 1] == "," else i
        for j in range(i + 1, min(len(words), i + 1 + INCLUSION_WORDS)):
            if words[j] == ",":
                return words[:start] + words[j + 1 :]
            if words[j] in {"were", "was", "are", "is", "had", "have", "has"}:
                return words[:start] + words[j:]
        return words
    return words


# An inclusion ("including a police officer") is at most this many words long.
INCLUSION_WORDS = 6


# Participles that describe a figure rather than govern it: "an estimated 30", "a reported 12".
_DESCRIBING_PARTICIPLES = frozenset(
    {"estimated", "reported", "confirmed", "registered", "recorded", "combined", "expected"}
)
_CHANGE_WORDS = frozenset(CHANGE_VERBS.split("|"))


def _is_own_verb(word: str) -> bool:
    """A verb form between an earlier event word and the figure, which the figure belongs to
    instead: 'forced', 'sending', but not 'estimated' or a change verb ('deaths climbed to')."""
    return (
        len(word) > 4
        and word.endswith(("ed", "ing"))
        and word not in counted_lexicon().events
        and word not in _DESCRIBING_PARTICIPLES
        and word not in _CHANGE_WORDS
    )


# Counted things no event befalls: "died from three gunshot wounds" counts wounds, not
# the dead.
_NO_EVENT = frozenset({"wounds"})


def combine(head: str | None, event: str | None) -> str | None:
    """What is counted: the head with what happened to it ('troops killed'); a head the
    lexicon does not know ('pilgrims', 'passengers' aside) says no more than 'people'
    does, so '29 pilgrims were killed' and '29 people died' count one thing."""
    if event is None or head in _NO_EVENT:
        return head
    lex = counted_lexicon()
    if head is None or head in lex.generic or head in {"people", event}:
        return event
    if head not in lex.class_names:
        # ... but a thing is no one: "a killing spree at two mushroom farms" counts farms
        return head if head in things() else event
    return f"{head} {event}"
