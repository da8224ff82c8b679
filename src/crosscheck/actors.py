"""Who a figure is about: the known entities a sentence names (countries, forces,
organisations in the entity lexicon), the people it names, and which of them is the
actor of a figure or of a dated event (the subject, the agent after "by", the owner of a
possessive). Also the names a source writes (``known_names``), which tell a name that
opens a sentence from an ordinary word, and a number that is part of a name ("the Valen
40") from a count.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from crosscheck.gazetteer import never_a_name
from crosscheck.grammar import (
    DETERMINERS,
    PLACE_NOUNS,
    PREPOSITIONS,
    VEHICLE_MAKES,
    Token,
    is_month,
    strip_possessive,
)
from crosscheck.lexicon import dated as dated_lexicon
from crosscheck.lexicon import entity_index
from crosscheck.models import Quantity, QuantityKind
from crosscheck.normalize import fold, lower_words

# A name that goes with a number, written so more than once: "the Valen 40 index", "Valen 40
# sinks 4.2%". The number is part of the name, not a count.
NAMED_NUMBER_REPEATS = 2
_NAME_BEFORE = re.compile(r"([A-Z][^\W\d_]+)\s$")


def named_number(q: Quantity, source_text: str, names: frozenset[str]) -> bool:
    if q.kind is not QuantityKind.AMOUNT or q.unit or q.currency or not q.text.isdigit():
        return False
    m = _NAME_BEFORE.search(source_text, max(0, q.start - 40), q.start)
    return m is not None and f"{m.group(1)} {q.text}" in names


_CAPITALISED_INSIDE = re.compile(r"(?<=[a-z,;] )[A-Z][^\W\d_]+(?:'s)?")


_NAME_NUMBER = re.compile(r"\b([A-Z][^\W\d_]+) (\d+)\b")


def known_names(source_text: str) -> frozenset[str]:
    """Words a source writes capitalised inside sentences and never in lower case: its
    names ('Cordell', 'Valen'), told apart from common words that open a sentence; and
    each such name written with the same number more than once ('Valen 40'). One pass
    over the text each, so that checking a figure against them costs a lookup.

    >>> sorted(known_names("Cordell tumbled. Shares of Cordell fell; shares rose."))
    ['Cordell']
    >>> sorted(known_names("The Valen 40 fell. Traders sold the Valen 40."))
    ['Valen', 'Valen 40']
    """
    text = fold(source_text)
    lower = set(lower_words(text))
    names = {
        word
        for word in {strip_possessive(w) for w in _CAPITALISED_INSIDE.findall(text)}
        if word.lower() not in lower
    }
    pairs = Counter(m.group(0) for m in _NAME_NUMBER.finditer(text) if m.group(1) in names)
    return frozenset(names | {pair for pair, n in pairs.items() if n >= NAMED_NUMBER_REPEATS})


def person_names(
    tokens: Sequence[Token],
    mentions: Sequence[tuple[int, int, str]],
    names: frozenset[str] = frozenset(),
) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, name) of each personal name: a run of capitalised words
    that are not a known place or organisation, an acronym, a month or a title ('President').

    A lone capitalised word opening the sentence is not taken for a name: it is far more
    often an ordinary word ("Soon after, ...").
    """
    titles = dated_lexicon().titles
    in_entity = {k for first, last, _ in mentions for k in range(first, last)}

    def part_of_name(k: int) -> bool:
        word = tokens[k].text
        return (
            word[0].isupper()
            and not word.isupper()
            and k not in in_entity
            and word.lower() not in titles
            and word.lower() not in DETERMINERS
            and word.lower() not in PREPOSITIONS
            and not is_month(word)
        )

    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        if not part_of_name(i):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and part_of_name(j) and tokens[j].start - tokens[j - 1].end <= 1:
            j += 1
        if not (i == 0 and j == 1) or strip_possessive(tokens[0].text) in names:
            words = [strip_possessive(tokens[k].text) for k in range(i, j)]
            if len(words[-1]) > 2:  # "Veld." ends a sentence; "J." is an initial
                words[-1] = words[-1].rstrip(".")
            name = " ".join(words)
            if (
                words[-1].rstrip(".").lower() not in PLACE_NOUNS  # "East 54th St." is a place
                and words[0].lower() not in VEHICLE_MAKES  # "Honda Accord" is a car
                and not (len(words) == 1 and never_a_name(words[0]))  # "Va.", "Two males"
            ):
                found.append((i, j, name.replace("-", " ").lower()))
        i = j
    return found


# "a visit by X": the agent follows the event word within a few words ("visit to the
# capital by X" is rarer and not read).
EVENT_AGENT_GAP = 3


def event_actor(
    tokens: Sequence[Token], mentions: Sequence[tuple[int, int, str]], event: int
) -> str | None:
    """Who did the dated event: the agent after "by" ("a visit by Russian President
    Vladimir Putin"), else a possessive right before it ("Kim Jong-Un's visit"), else the
    first person the sentence names (news sentences open with their subject: "In July
    2023, Shoigu was received by Kim in a visit" is Shoigu's visit)."""
    people = person_names(tokens, mentions)
    if not people:
        return None
    in_entity = {k for first, last, _ in mentions for k in range(first, last)}
    titles = dated_lexicon().titles
    for first, _last, name in people:
        if first <= event:
            continue
        j = first - 1
        while j > event and (tokens[j].text.lower() in titles or j in in_entity):
            j -= 1
        if j > event and tokens[j].text.lower() == "by" and j - event <= EVENT_AGENT_GAP:
            return name
        break
    for _first, last, name in people:
        if last == event and tokens[last - 1].text.endswith(("'s", "s'", "'")):
            return name
    # Else the first person named who is not a place or a target ("signed on June 28 in
    # Port Saline"): not after a preposition, not in brackets.
    return person_subject(tokens, mentions, tokens[-1].end + 1)


def person_subject(
    tokens: Sequence[Token], mentions: Sequence[tuple[int, int, str]], start: int
) -> str | None:
    """The first person named before ``start`` who is not the object of a preposition and
    not inside brackets (a dateline's '(Meridian Sport)'): the one who did it."""
    depth = 0
    inside: set[int] = set()
    for k, tok in enumerate(tokens):
        depth += (tok.text == "(") - (tok.text == ")")
        if depth > 0:
            inside.add(k)
    for first, _last, name in person_names(tokens, mentions):
        if tokens[first].start >= start:
            break
        j = first - 1
        while j >= 0 and tokens[j].text.lower() in DETERMINERS:
            j -= 1
        if first in inside or (j >= 0 and tokens[j].text.lower() in PREPOSITIONS):
            continue
        return name
    return None


def entity_mentions(tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
    """(first token index, last token index + 1, canonical actor) of each entity name."""
    index, longest = entity_index()
    openers = _name_openers()
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        text = tokens[i].text
        if not text[0].isupper():
            i += 1
            continue
        # a name of several words starts with one of the openers; any other word is tried
        # alone
        if text not in openers:
            name = strip_possessive(text)
            canonical = index.get(name) or index.get(name.rstrip("."))
            if canonical:
                found.append((i, i + 1, canonical))
            i += 1
            continue
        widest = min(longest, len(tokens) - i)
        for n in range(widest, 0, -1):
            words = [t.text for t in tokens[i : i + n]]
            words[-1] = strip_possessive(words[-1])
            name = " ".join(words)
            canonical = index.get(name) or index.get(name.rstrip("."))
            if canonical:
                found.append((i, i + n, canonical))
                i += n
                break
        else:
            i += 1
    return found


@cache
def _name_openers() -> frozenset[str]:
    """The first word of every entity name of two or more words."""
    index, _ = entity_index()
    return frozenset(name.split(" ")[0] for name in index if " " in name)


def actor_in(tokens: Sequence[Token]) -> str | None:
    mentions = entity_mentions(tokens)
    return mentions[-1][2] if mentions else None


def subject_actor(
    mentions: Sequence[tuple[int, int, str]], tokens: Sequence[Token], start: int
) -> str | None:
    """The first entity before the figure that is not the object of a preposition.

    News sentences name their actor first ("North Korea has deployed ...", "Pyongyang
    bolstered Russia's war by sending ..."); names after "to", "from", "against" are
    destinations and targets.
    """
    for first, _last, canonical in mentions:
        if tokens[first].start >= start:
            break
        j = first - 1
        while j >= 0 and tokens[j].text.lower() in DETERMINERS:
            j -= 1
        if j >= 0 and tokens[j].text.lower() in PREPOSITIONS:
            continue
        return canonical
    return None


def agent_actor(
    mentions: Sequence[tuple[int, int, str]], tokens: Sequence[Token], end: int
) -> str | None:
    """The agent of a passive clause after the figure: '3,000 troops were sent by Russia'."""
    for first, _last, canonical in mentions:
        if tokens[first].start < end:
            continue
        j = first - 1
        while j >= 0 and tokens[j].text.lower() in DETERMINERS:
            j -= 1
        if j >= 0 and tokens[j].text.lower() == "by":
            return canonical
        if j >= 0 and tokens[j].text in {",", ";", ":"}:
            return None  # past the clause
    return None
