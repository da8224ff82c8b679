"""Whose own figure it is: the statistics a player or a team put up, and the prison term a
defendant was given.

One report of a game gives every player's line, and one report of a trial each defendant's
term: "Chiefs quarterback Patrick Mahomes completed 34 of his 46 passes for 333 yards, while
Brock Purdy completed 23 of his 38 passes"; "Miller was sentenced to 12 years in prison. His
co-defendant, Mark Lee, was sentenced to 8 years". Each figure is its holder's, and two
holders' figures are not one claim: Purdy's 38 passes do not dispute Mahomes' 46. The holder
of a statistic is a soft qualifier ``of <name>`` (as a company's is, see
:mod:`crosscheck.firm_holders`): a figure that names no holder joins the one holder named,
and two holders stay apart; 'of mahomes' and 'of patrick mahomes' are one holder. The holder
of a term is a hard qualifier ``term of <name>``: a term that names no defendant may be
another kind of term ("30 months probation" beside "five months at the Cook County Jail"),
so it never joins a defendant's; and a term followed by what it is not a prison term of
(probation, supervised release, community service, house arrest) is not read.

Read only for what one player or one defendant has (:data:`STATISTICS` of play; a term in
years or months), and only with a capitalised name that opens the clause of a verb of play
(:data:`_PLAY_VERBS`) or of sentencing, with at most a role before it and an apposition
after it, or a possessive name ("Mahomes' performance of completing 34 of 46 passes"). Each
rule is shown with the sentences it must and must not fire on in ``tests/test_performers.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.frame_signal import add_qualifiers
from crosscheck.models import Claim, QuantityKind

# What a player or a team puts up in a game or a season (the counted thing as the claims
# stage names it: the head noun, singular). Shots are not here: in news they are gunfire.
STATISTICS = frozenset(
    {
        "point",
        "rebound",
        "assist",
        "steal",
        "block",
        "goal",
        "pass",
        "completion",
        "touchdown",
        "interception",
        "carry",
        "reception",
        "catch",
        "tackle",
        "sack",
        "save",
        "strikeout",
        "homer",
        "home run",
        "birdie",
        "ace",
        "appearance",
        "three-pointer",
        "free throw",
    }
)
# Units of play: yards gained ("for 333 yards"). A length in yards with no verb of play
# before it is not read (the name and the verb must open its clause).
_PLAY_UNITS = frozenset({"yd"})
# The units of a prison term.
_TERM_UNITS = frozenset({"year", "month"})

# How far before a figure its holder is looked for, in characters.
HOLDER_CHARS = 200
# How far a verb of play may be from the figure it governs: "LeBron James finished with 30
# points, 10 rebounds and eight assists" (the assists are 46 characters on).
PREDICATE_CHARS = 90

# A name: capitalised words ("Patrick Mahomes", "Inter Miami", "49ers"), the last one
# possibly possessive.
_NAME = r"(?:[A-Z]|\d+[a-z])[\w.\u2019'-]*(?:\s+(?:[A-Z]|\d+[a-z])[\w.\u2019'-]*){0,3}"
# Where a holder's clause opens: the sentence, a clause after a comma or a semicolon, a
# clause after "while", "as", "and", "but", "that" (the other player's line).
_OPENS = r"(?:^|[,;:]\s+|\b(?:while|as|and|but|that|after|when|with)\s+)"
# A role before the name: "Chiefs quarterback Patrick Mahomes", "running back Christian
# McCaffrey", "co-defendant Mark Lee".
_ROLE = r"(?:(?:the\s+)?(?:[A-Z][\w.\u2019'-]*\s+){0,2}(?:[a-z][\w-]*\s+){1,2}(?=[A-Z]))?"
# An apposition between commas: ", 28,", ", who drove the car,".
_APPOSITION = r"(?:\s*\([^()]{1,30}\))?(?:,[^,;]{1,60},)?"
_PLAY_VERBS = (
    r"(?:scored|scores|score|had|has|added|adds|grabbed|completed|completes|completing|threw"
    r"|throws|ran|runs|rushed|rushes|caught|catches|made|makes|recorded|records|posted|posts"
    r"|netted|nets|tallied|collected|finished|finishes|pulled\s+down|dished\s+out|blocked"
    r"|kicked|converted|saved|logged|racked\s+up|piled\s+up|amassed|totaled|totalled"
    r"|notched|hit|went|struck\s+out|carried)"
)
_ADVERBS = r"(?:(?:also|only|just|then|again|still|has|have|had|was|already)\s+){0,3}"
_PLAYER = re.compile(
    rf"{_OPENS}{_ROLE}(?P<name>{_NAME}){_APPOSITION},?\s+{_ADVERBS}{_PLAY_VERBS}\b"
    rf"[^;.]{{0,{PREDICATE_CHARS}}}$"
)
# "Mahomes' outstanding performance of completing 34", "Purdy's 255 yards": a possessive
# name a few words before the figure.
_POSSESSOR = re.compile(
    rf"{_OPENS}{_ROLE}(?P<name>{_NAME})(?:'s|\u2019s|'|\u2019)\s+(?:[\w-]+\s+){{0,6}}$"
)
# The defendant of a term: "Miller was sentenced to", "sentenced Miller, 34, to", "Lee
# received a six-year sentence", "Lee, 29, will serve".
_SENTENCED = r"(?:was|were|has\s+been|had\s+been|is|will\s+be|to\s+be)\s+(?:also\s+)?sentenced"
_GIVEN = (
    r"(?:received|receives|got|gets|faces|faced|was\s+given|was\s+handed|will\s+serve"
    r"|must\s+serve|serves|served|is\s+serving|was\s+ordered\s+to\s+serve)"
)
_HEDGE = r"(?:up\s+to\s+|more\s+than\s+|about\s+|nearly\s+|at\s+least\s+)?"
_DEFENDANT = re.compile(
    rf"{_OPENS}{_ROLE}(?P<name>{_NAME}){_APPOSITION},?\s+(?:{_SENTENCED}\b[^;.]{{0,40}}\bto"
    rf"|{_GIVEN})\s+{_HEDGE}(?:an?\s+)?$"
)
# "sentenced John Miller, 34, to 12 years": the defendant is the object.
_SENTENCED_OBJECT = re.compile(
    rf"\bsentenced\s+{_ROLE}(?P<name>{_NAME}){_APPOSITION}\s+(?:[^;.]{{0,30}}\s)?to\s+{_HEDGE}$"
)

# Capitalised words that open a clause but name no holder: pronouns, articles, openers,
# days and months, and the authorities of news.
_NOT_NAMES_TEXT = (
    "the a an it its this that these those they he she we i you there here his her their "
    "our as in on at for from of by with after before while when if but and or so yet "
    "also however meanwhile overall still now then today police prosecutors judge court "
    "jury officials authorities monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november "
    "december"
)
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())


def _name(found: re.Match[str], group: str) -> str | None:
    name = found.group(group)
    name = re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", name).strip(" .")
    words = name.lower().split()
    if not words or words[0] in _NOT_NAMES:
        return None
    return " ".join(words)


_OPENING = re.compile(_OPENS)


def _last(pattern: re.Pattern[str], before: str) -> re.Match[str] | None:
    """The match of ``pattern`` that opens last in ``before``: the clause nearest the figure
    is the figure's ("Mahomes threw ..., while Kelce caught [nine]" is Kelce's)."""
    for opening in reversed([m.start() for m in _OPENING.finditer(before)]):
        found = pattern.match(before, opening)
        if found:
            return found
    return None


def player_of(text: str, start: int) -> str | None:
    """The player or team whose statistic the figure at ``start`` of ``text`` is, lowered.

    >>> t = "Chiefs quarterback Patrick Mahomes, 28, completed 34 of his 46 passes"
    >>> player_of(t, t.index("34")), player_of(t, t.index("46"))
    ('patrick mahomes', 'patrick mahomes')
    >>> t = "Mahomes threw for 333 yards, while Travis Kelce caught nine passes"
    >>> player_of(t, t.index("nine"))
    'travis kelce'
    >>> t = "The Chiefs won 25-22 after 34 passes" ; player_of(t, t.index("34")) is None
    True
    """
    before = text[max(0, start - HOLDER_CHARS) : start]
    found = _last(_PLAYER, before) or _last(_POSSESSOR, before)
    return _name(found, "name") if found else None


# What a term that is not served in prison is of: "30 months of probation", "three years
# of supervised release".
_NOT_PRISON = re.compile(
    r"\s*(?:of\s+)?(?:felony\s+|federal\s+)?(?:probation|supervised\s+release|community\s+"
    r"service|house\s+arrest|home\s+confinement|parole)\b",
    re.IGNORECASE,
)


def defendant_of(text: str, start: int) -> str | None:
    """The defendant whose prison term the figure at ``start`` of ``text`` is, lowered.

    >>> t = "Judge Ann Boyd sentenced John Miller, 34, to 12 years in prison."
    >>> defendant_of(t, t.index("12"))
    'john miller'
    >>> t = "His co-defendant, Mark Lee, was sentenced to 8 years."
    >>> defendant_of(t, t.index("8"))
    'mark lee'
    """
    before = text[max(0, start - HOLDER_CHARS) : start]
    found = _last(_DEFENDANT, before) or _SENTENCED_OBJECT.search(before)
    return _name(found, "name") if found else None


def with_performers(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with the holder of each statistic of play as a soft qualifier ``of
    <name>``, and the defendant of each prison term as a hard one, ``term of <name>``."""
    if not any(_reads(c) for c in claims):
        return list(claims)
    return add_qualifiers(claims, _signals)


def _reads(claim: Claim) -> str | None:
    q = claim.quantity
    if q.kind is not QuantityKind.AMOUNT or claim.actor is not None:
        return None
    if claim.counted in STATISTICS or q.unit in _PLAY_UNITS:
        return "play"
    if claim.counted is None and q.unit in _TERM_UNITS:
        return "term"
    return None


def _signals(claim: Claim, text: str, start: int, end: int) -> set[str]:
    kind = _reads(claim)
    if kind is None or any(x.startswith("of ") for x in claim.qualifiers):
        return set()
    if kind == "play":
        holder = player_of(text, start)
        return {f"of {holder}"} if holder else set()
    if _NOT_PRISON.match(text, end):
        return set()
    holder = defendant_of(text, start)
    return {f"term of {holder}"} if holder else set()
