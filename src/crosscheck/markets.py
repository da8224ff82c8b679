"""Market moves: a percentage after a verb of rising or falling ("Cordell tumbled 22%",
"the index closed down 3.8%") is a change of what moved (the name before the verb, else
the noun: 'Cordell', 'the index', 'the halvar'), measured during the session or at the
close, maybe against another currency; the figure after it ("at 7,894.2") is the level
the move ended at.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.actors import person_names
from crosscheck.grammar import DETERMINERS, Token, singular
from crosscheck.lexicon import counted as counted_lexicon
from crosscheck.models import Claim
from crosscheck.periods import periods_in
from crosscheck.signals import QUALIFIER_AFTER_CHARS, QUALIFIER_BEFORE_CHARS

# A market move: a percentage right after a verb of rising or falling ("Cordell tumbled
# 22%", "the index closed down 3.8%") or before "lower"/"higher" ("closed 24.5% lower").
_MOVE_VERBS = (
    r"fell|falls?|falling|rose|rises?|rising|plunged|plunges?|tumbled|tumbles?|slid|slides?|"
    r"plummeted|plummets?|skyrocketed|skyrockets?|tanked|tanks?|"
    r"slipped|slips?|jumped|jumps?|gained|gains?|lost|loses?|climbed|climbs?|dropped|drops?|"
    r"sank|sinks?|soared|soars?|surged|surges?|slumped|slumps?|rallied|rally|dipped|dips?|"
    r"declined|declines?|advanced|advances?|added|adds?|shed|sheds?|down|up|lower|higher"
)
_MOVE_BEFORE = re.compile(
    rf"\b(?:{_MOVE_VERBS})\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|"
    r"some\s+|roughly\s+|more\s+than\s+|as\s+much\s+as\s+)?$",
    re.IGNORECASE,
)
_MOVE_AFTER = re.compile(r"^\s+(?:lower|higher)\b", re.IGNORECASE)
# What a moving percentage may have been read as counting before it is known to be a move.
_MOVING = frozenset({None, "shares", "lower", "higher", "loss"})
# What is traded: a percentage right after such a noun and a verb of moving is its move,
# whatever an earlier word of the sentence made it count ('Q2 Earnings Crash - Stock
# Plummets 12%'); a headline writes the noun capitalised.
_TRADED = frozenset({"stock", "stocks", "share", "shares"})
_AUXILIARIES = frozenset({"is", "was", "are", "were", "has", "have", "had", "been", "also"})
_OWNS = re.compile(r"(?:['\u2019]s)?\s")  # 'Corvane shares', "Corvane's stock"
_TRADED_MOVE = re.compile(
    rf"\b(?:{'|'.join(sorted(_TRADED))})\s+(?:(?:{'|'.join(sorted(_AUXILIARIES))})\s+){{0,2}}"
    rf"(?:{_MOVE_VERBS})\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|roughly|"
    r"more\s+than|as\s+much\s+as)\s+)?$",
    re.IGNORECASE,
)
# When in the trading day a move was measured: during the session, or at the close.
_INTRADAY = re.compile(
    r"\b(?:in\s+(?:early|morning|afternoon|late)\s+(?:trade|trading|deals|dealings)|intraday|"
    r"at\s+one\s+(?:point|stage)|at\s+the\s+open|opened|at\s+(?:its|the)\s+(?:low|high|"
    r"lowest|highest|worst|best|peak)|in\s+midday\s+(?:trade|trading)|"
    # 'were up 46.9% ... as of about noon Eastern', 'as of 11:30 a.m.'
    r"as\s+of\s+(?:about\s+|around\s+)?(?:noon|midday|\d{1,2}(?::\d\d)?\s*[ap]\.?m))\b",
    re.IGNORECASE,
)
# Trading outside the session: after the close or before the open ('up by as much as 8% in
# aftermarket trading'), a move of its own beside the day's.
_EXTENDED = re.compile(
    r"\b(?:after[-\s]?hours|after-?market|pre-?market|pre-?open)\b|\bextended\s+"
    r"(?:trade|trading|session|hours)\b|\b(?:after|before)\s+the\s+(?:bell|close|open)\b",
    re.IGNORECASE,
)
_AT_CLOSE = re.compile(
    r"\b(?:closed|closing|at\s+the\s+close|ended|ending|finished|settled)\b", re.IGNORECASE
)


# A price per share after a move is the level the share ended at ('closed up 47%, hitting
# $317.85 a share'), not the price of an offer.
_PER_SHARE = re.compile(r"\s*(?:a|per|each)\s+share\b", re.IGNORECASE)

# The moment of a move that names none.
UNSTATED_SESSION = "some point of the session"


def _session(window: str) -> str | None:
    if _EXTENDED.search(window):
        return "extended hours"
    if _INTRADAY.search(window):
        return "intraday"
    if _AT_CLOSE.search(window):
        return "close"
    return None


# The other side of an exchange rate: "the halvar rose 1.2% against the euro".
_AGAINST_AFTER = re.compile(r"\s+(?:against|versus|vs\.?)\s+(?:the\s+)?([A-Za-z]+)")
_OR_BETWEEN = re.compile(r"^\s*,?\s*or\s+$")  # "down 3.8%, or 312 points, at 7,894.2"
_MOVE_WORD = re.compile(rf"^(?:{_MOVE_VERBS}|closed|closing|ended|ending|finished|opened)$", re.I)
# The level a move ended at: "closing down 3.8%, or 312 points, at 7,894.2".
_LEVEL_BETWEEN = re.compile(r"^[^.;:]{0,30}?\b(?:at|to)\s+$", re.IGNORECASE)


def market_moves(
    claims: list[Claim],
    text: str,
    base: int,
    tokens: Sequence[Token],
    mentions: Sequence[tuple[int, int, str]],
    names: frozenset[str],
) -> list[Claim]:
    """Moves of a price or an index, and the levels they ended at, with what moved (the
    name before the verb, else the noun: 'Cordell', 'the index', 'the halvar') as a soft
    qualifier: moves of other things are other claims."""
    out = list(claims)
    for i, claim in enumerate(out):
        q = claim.quantity
        if q.unit != "%" or claim.actor is not None:
            continue
        start, end = q.start - base, q.end - base
        if claim.counted not in _MOVING and not _TRADED_MOVE.search(
            text, max(0, start - 40), start
        ):
            continue
        before = text[max(0, start - QUALIFIER_BEFORE_CHARS) : start]
        if not (_MOVE_BEFORE.search(before) or _MOVE_AFTER.match(text[end : end + 12])):
            continue
        mover = _mover(text, tokens, mentions, start, names)
        if mover is None:
            continue  # a move of nothing named: only a near-verbatim sentence is the same claim
        extra = {"change", f"of {mover}"}
        clause = re.split(r"[,;:()]", text[max(0, start - QUALIFIER_BEFORE_CHARS) : start])[-1]
        rest = re.split(r"[,;:()]", text[end : end + QUALIFIER_AFTER_CHARS], maxsplit=1)[0]
        # 'up 29% in early trade' vs 'closed 27% higher': other moments of the day; a move
        # that names no moment ('advanced by 2.8%') may be either, and is compared with
        # neither (a price moves all day: only the same moment can disagree)
        session = _session(f"{clause} {rest}") or UNSTATED_SESSION
        extra.add(f"at {session}")
        # a day's move is not for the story's reporting period, only for one its own
        # sentence names ('imports rose 9.7 pct in the first 10 days of March')
        stated = {f"during {name}" for _, name in periods_in(text)}
        kept = tuple(x for x in claim.qualifiers if not x.startswith("during ") or x in stated)
        pair = _AGAINST_AFTER.match(text, end, min(len(text), end + QUALIFIER_AFTER_CHARS))
        if pair:
            extra.add(f"against {pair.group(1).lower()}")  # 'rose 1.2% against the euro'
        out[i] = claim.model_copy(
            update={
                "counted": "change",
                "counted_text": "change",
                "qualifiers": tuple(sorted({*kept, *extra})),
            }
        )
        for j in range(i + 1, len(out)):
            level = out[j]
            if _OR_BETWEEN.match(text[end : level.quantity.start - base]):
                end = level.quantity.end - base  # the same move in points
                continue
            per_share = _PER_SHARE.match(text, level.quantity.end - base)
            if level.quantity.unit is not None or (
                level.quantity.currency is not None and not per_share
            ):
                break  # 'revenue rose 5% to $3.2 billion' is a sum, not a price's level
            between = text[end : level.quantity.start - base]
            if _LEVEL_BETWEEN.match(between) and not re.search(r"%", between):
                quals = {f"of {mover}"}
                out[j] = level.model_copy(
                    update={
                        "counted": "level",
                        "counted_text": "level",
                        "qualifiers": tuple(sorted({*level.qualifiers, *quals})),
                    }
                )
            break
    return out


def _mover(
    text: str,
    tokens: Sequence[Token],
    mentions: Sequence[tuple[int, int, str]],
    start: int,
    names: frozenset[str],
) -> str | None:
    """What moved: the nearest name before the figure in its clause, else the noun before
    the verb of moving."""
    clause = [t for t in tokens if t.end <= start]
    for k in range(len(clause) - 1, -1, -1):
        if clause[k].text in {",", ";", ":", "(", ")"}:
            clause = clause[k + 1 :]
            break
    people = person_names(clause, [m for m in mentions if m[1] <= len(clause)], names)
    # a headline's capitalised verb of moving is no name's ('Stock Plummets 12%')
    people = [p for p in people if not any(_MOVE_WORD.match(w) for w in p[2].split())]
    verb = next((k for k in range(len(clause) - 1, 0, -1) if _MOVE_WORD.match(clause[k].text)), 0)
    at = verb - 1
    while at > 0 and clause[at].text.lower() in _AUXILIARIES:
        at -= 1  # 'Tesla's stock is up by as much as 8%'
    if verb and clause[at].text.lower() in _TRADED:
        # 'Corvane shares jumped': the name right before the traded noun; else the noun
        # itself ('Q2 Earnings Crash - Stock Plummets 12%' names no one's stock)
        noun = clause[at]
        owner = [
            p
            for p in people
            if p[1] == at and _OWNS.fullmatch(text, clause[p[1] - 1].end, noun.start)
        ]
        return owner[-1][2] if owner else singular(noun.text.lower())
    if people:
        return people[-1][2]
    for k in range(len(clause) - 1, 0, -1):
        if _MOVE_WORD.match(clause[k].text):
            noun = clause[k - 1].text
            plain = noun.isalpha() and noun.islower() and not noun.endswith("ly")
            plain = plain or noun.lower() in _TRADED  # 'Stock Plummets 12%'
            if plain and noun not in DETERMINERS and noun not in counted_lexicon().stop:
                return singular(noun.lower())
            return None  # the verb that governs the figure has no plain noun before it
    return None
