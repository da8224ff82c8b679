"""How a figure is bounded: hedges, ranges, and scores that look like ranges.

Hedges before or after a figure ("about", "at least", "up to", "or more", "10,000+")
give its bound; two figures joined by "-", "to" or "between ... and" are a range unless a
verb of change makes them two figures ("rose from 5 to 15"); "beat Everton 2-0" is a
score, no amount.
"""

from __future__ import annotations

import re

from crosscheck.atoms import CONTEXT_CHARS, Atom, Reading, alternation
from crosscheck.models import Bound, QuantityKind
from crosscheck.normalize import Gate, Window

# Hedge phrases just before a figure, and the bound they give it.
_HEDGES = {
    "about": Bound.APPROXIMATE,
    "around": Bound.APPROXIMATE,
    "roughly": Bound.APPROXIMATE,
    "approximately": Bound.APPROXIMATE,
    "approx.": Bound.APPROXIMATE,
    "some": Bound.APPROXIMATE,
    "nearly": Bound.APPROXIMATE,
    "almost": Bound.APPROXIMATE,
    "close to": Bound.APPROXIMATE,
    "circa": Bound.APPROXIMATE,
    "an estimated": Bound.APPROXIMATE,
    "estimated": Bound.APPROXIMATE,
    "an average of": Bound.APPROXIMATE,
    "on average": Bound.APPROXIMATE,
    "just under": Bound.APPROXIMATE,
    "just over": Bound.APPROXIMATE,
    "just after": Bound.APPROXIMATE,
    "just before": Bound.APPROXIMATE,
    "shortly after": Bound.APPROXIMATE,
    "shortly before": Bound.APPROXIMATE,
    "~": Bound.APPROXIMATE,
    "up to": Bound.UPPER,
    "as many as": Bound.UPPER,
    "as much as": Bound.UPPER,
    "fewer than": Bound.UPPER,
    "less than": Bound.UPPER,
    "no more than": Bound.UPPER,
    "not more than": Bound.UPPER,
    "at most": Bound.UPPER,
    "under": Bound.UPPER,
    "below": Bound.UPPER,
    "a maximum of": Bound.UPPER,
    "more than": Bound.LOWER,
    "over": Bound.LOWER,
    "above": Bound.LOWER,
    "at least": Bound.LOWER,
    "in excess of": Bound.LOWER,
    "upwards of": Bound.LOWER,
    "no fewer than": Bound.LOWER,
    "no less than": Bound.LOWER,
    "a minimum of": Bound.LOWER,
    "exceeding": Bound.LOWER,
    # Verbs that state a threshold passed: "the toll topped 1,400" says at least 1,400.
    "topped": Bound.LOWER,
    "topping": Bound.LOWER,
    "tops": Bound.LOWER,
    "top": Bound.LOWER,
    "exceeded": Bound.LOWER,
    "exceeds": Bound.LOWER,
    "surpassed": Bound.LOWER,
    "surpassing": Bound.LOWER,
    "surpasses": Bound.LOWER,
}

_RANKING_TOP = re.compile(r"\b(?:the|a|its|their|his|her|our|in|of)\s+$", re.IGNORECASE)
# Hedges written after the figure.
_HEDGES_AFTER = {
    "or less": Bound.UPPER,
    "or fewer": Bound.UPPER,
    "or under": Bound.UPPER,
    "or younger": Bound.UPPER,
    "or more": Bound.LOWER,
    "or over": Bound.LOWER,
    "or older": Bound.LOWER,
    "or above": Bound.LOWER,
    "and over": Bound.LOWER,
    "and above": Bound.LOWER,
    "and up": Bound.LOWER,
    "or so": Bound.APPROXIMATE,
    "odd": Bound.APPROXIMATE,
}
_HEDGE_AFTER = re.compile(r"[ -](?P<h>" + alternation(_HEDGES_AFTER) + r")\b", re.IGNORECASE)
_HEDGE = re.compile(r"(?:^|(?<=\W))(?P<h>" + alternation(_HEDGES) + r")\s*$", re.IGNORECASE)
# Gates (normalize.Gate): what a window needs for the pattern before to match in it.
_HEDGE_GATE = Gate(ends=tuple(_HEDGES))
_RANGE_JOIN = re.compile(r"^\s*(?P<j>-|to|and|through|-?\s*or)\s*$", re.IGNORECASE)
# "10 or 11 years old", "5'7 or 5'8", "a 10- or 11-year-old": two close values offered as
# alternatives are a range; "3 or 30" (far apart) and "11 or 10" are not read as one.
ALTERNATIVE_MAX_RATIO = 2.0
_RANGE_OPEN = re.compile(r"\b(?P<o>anywhere from|anywhere between|between|from)\s+$", re.IGNORECASE)
_RANGE_OPEN_GATE = Gate(ends=("between", "from"))
# Verbs that make "from X to Y" a change between two figures, not a range (shared with claims).
CHANGE_VERBS = (
    r"rose|rising|rises|risen|increased|increasing|grew|grown|jumped|climbed|fell|fallen|"
    r"dropped|declined|decreased|surged|soared|plunged|slipped|slid|went up|went down|"
    r"cut|raised|lowered|up|down|revised"
)
_CHANGE_VERB = re.compile(rf"\b(?:{CHANGE_VERBS})\b[^.;]{{0,30}}$", re.IGNORECASE)
_CHANGE_VERB_GATE = Gate(holds=tuple(CHANGE_VERBS.split("|")))

# A score, not a range: "beat Everton 2-0", "won 6-4, 6-3", "a 1-1 draw".
_SCORE_CONTEXT = re.compile(
    r"\b(?:beat|beats|beaten|won|win|wins|winning|lost|lose|loses|losing|drew|draw|drawn|"
    r"defeated|defeat|victory|score|scored|scoreline|trail|trailed|trailing|led|leads|lead)\b"
    r"[^.;]{0,30}$",
    re.IGNORECASE,
)
# Largest figure a score holds (runs, points): beyond it "120-180" is a range.
MAX_SCORE = 200

# "over 68 weeks" is a span of time, not "more than 68 weeks".
TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})


def is_score(text: str, a: Atom, b: Atom) -> bool:
    """'2-0', '6-4', 'a 1-1 draw': a result written winner first, or after a word of play."""
    if text[a.end : b.start] != "-" or a.words or b.words:
        return False
    plain = all(
        x.kind is QuantityKind.AMOUNT
        and x.unit is None
        and x.currency is None
        and not x.scaled
        and x.value == int(x.value)
        and 0 <= x.value <= MAX_SCORE
        and text[x.start : x.end].isdigit()
        for x in (a, b)
    )
    before = text[max(0, a.start - CONTEXT_CHARS) : a.start]
    return plain and (a.value >= b.value or _SCORE_CONTEXT.search(before) is not None)


def is_range(text: str, a: Atom, b: Atom) -> bool:
    if a.vague or b.vague or a.high is not None or b.high is not None:
        return False
    if a.kind is not b.kind and QuantityKind.AMOUNT not in (a.kind, b.kind):
        return False
    join = _RANGE_JOIN.match(text[a.end : b.start])
    if not join or ((a.unit or b.unit) and a.unit != b.unit and a.unit and b.unit):
        return False
    word = join.group("j").lower()
    if word.endswith("or"):
        return 0 < a.value < b.value <= a.value * ALTERNATIVE_MAX_RATIO + 1
    before = text[max(0, a.start - CONTEXT_CHARS) : a.start]
    opener = range_opener(before)
    if word == "and":
        return bool(opener and opener.group("o").lower().endswith("between"))
    if word == "-" and text[a.end : b.start].strip() == "-" and b.start - a.end > 1:
        return False  # "12 - 3" spaced dash: a score or aside, not a range
    if word == "to" and opener and opener.group("o").lower() == "from":
        return not _changes(before[: opener.start()])  # "rose from 5 to 15"
    if word == "to" and not opener:
        return not _changes(before) and a.value <= b.value
    return True


def range_opener(before: str) -> re.Match[str] | None:
    """'from', 'between' or 'anywhere from' right before a range's first figure."""
    return _RANGE_OPEN.search(before) if Window(before).may(_RANGE_OPEN_GATE) else None


def _changes(before: str) -> bool:
    """Whether a verb of change ('rose', 'cut') comes shortly before."""
    return Window(before).may(_CHANGE_VERB_GATE) and _CHANGE_VERB.search(before) is not None


def share(a: Atom, b: Atom) -> None:
    """Let the two ends of a range share scale, unit, currency and kind: '10-12 million',
    'ages 18 to 25'."""
    if a.kind is not b.kind:
        a.kind = b.kind = a.kind if a.kind is not QuantityKind.AMOUNT else b.kind
    if b.scaled and not a.scaled and a.value * b.scale <= b.value:
        a.value *= b.scale
        a.precision *= b.scale
        a.scale, a.scaled = b.scale, True
    if a.unit is None:
        a.unit = b.unit
    if b.unit is None:
        b.unit = a.unit
    if b.currency is None or (a.currency_explicit and not b.currency_explicit):
        b.currency = a.currency
    if a.currency is None:
        a.currency = b.currency


# A clock time right after "after" or "before" is a bound on when: "after 4:00 am".
_TIME_SIDE = re.compile(r"\b(?P<side>after|before)\s+$", re.IGNORECASE)


def apply_hedge(text: str, q: Reading) -> None:
    before = text[max(0, q.start - CONTEXT_CHARS) : q.start]
    m = _HEDGE.search(before) if Window(before).may(_HEDGE_GATE) else None
    first = q.atoms[0]
    if (
        m
        and m.group("h").lower() == "over"
        and first.unit in TIME_UNITS
        and first.kind is not QuantityKind.AGE
    ):
        return  # "lost 15% over 68 weeks": a span of time
    if m and m.group("h").lower() == "top" and _RANKING_TOP.search(before[: m.start("h")]):
        return  # "the top 10 firms" is a ranking, not a threshold passed
    if m:
        q.bound = _HEDGES[m.group("h").lower()]
        q.start -= len(before) - m.start("h")
    elif first.kind is QuantityKind.TIME and (when := _TIME_SIDE.search(before)):
        # "called LAPD after 4:00 am", "a call before midnight": some time after, or before
        q.bound = Bound.LOWER if when.group("side").lower() == "after" else Bound.UPPER
        q.start -= len(before) - when.start("side")
    elif text[q.end : q.end + 1] == "+" and not text[q.end + 1 : q.end + 2].isdigit():
        q.bound = Bound.LOWER  # "10,000+"
        q.end += 1
    else:
        after = _HEDGE_AFTER.match(text, q.end)
        if after:  # "six hours or less", "50 or more", "200 or so"
            q.bound = _HEDGES_AFTER[after.group("h").lower()]
            q.end = after.end()
