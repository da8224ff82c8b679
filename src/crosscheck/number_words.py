"""Numbers written in words: spelled, vague, dozens and fractions.

"eleven thousand", "twenty-seven", "three people were killed" (spelled counts under ten
only when they count something), "dozens" and "tens of thousands" (wide intervals, marked
vague), "two dozen", "half a per cent", and the gates that let a sentence without any
number word skip these patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType

from crosscheck.atoms import CONTEXT_CHARS, Atom, alternation
from crosscheck.designations import RATIO_BEFORE
from crosscheck.measures import UNITS, read_suffix
from crosscheck.normalize import may_contain, may_match

FRACTIONS = {
    "half": 0.5,
    "a half": 0.5,
    "one half": 0.5,
    "a quarter": 0.25,
    "quarter": 0.25,
    "one quarter": 0.25,
    "three quarters": 0.75,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "two thirds": 2 / 3,
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
}

WORD_SCALE = re.compile(
    r"\b(?P<frac>three quarters|two thirds|one quarter|one third|one half|a quarter|a third"
    r"|a half|quarter|half|an|a|one)\s+(?:of\s+(?:a|an)\s+|a\s+|an\s+)?"
    r"(?P<scale>thousand|million|billion|trillion)\b(?!\s+(?:of|or)\b)",
    re.IGNORECASE,
)

# The start of any number word: a sentence with neither a digit nor one is skipped
# (quantities.read_quantities).
NUMBER_WORD_START = re.compile(
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|score)"
)  # searched in lower-cased text: faster than a case-blind search
SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
_NUMBER_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion)"
)
# Spelled numbers of ten or more ("eleven thousand", "twenty-seven"): smaller ones
# ("two countries") describe rather than report, and are left to later work.
SPELLED = re.compile(
    rf"\b{_NUMBER_WORD}(?:(?:\s+and\s+|[\s-]){_NUMBER_WORD}){{0,8}}\b",
    re.IGNORECASE,
)

# --- vague amounts -------------------------------------------------------------------------
# Each vague word and the interval a reader allows it: "dozens" is at least two dozen and
# fewer than a hundred, "thousands" at least two thousand and fewer than ten thousand.
_VAGUE_RANGES = {
    "dozens": (24.0, 99.0),
    "scores": (40.0, 99.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2e3, 9999.0),
    "millions": (2e6, 999_999_999.0),
    "billions": (2e9, 999_999_999_999.0),
    "tens of thousands": (2e4, 99_999.0),
    "hundreds of thousands": (2e5, 999_999.0),
    "tens of millions": (2e7, 99_999_999.0),
    "hundreds of millions": (2e8, 999_999_999.0),
    "several dozen": (24.0, 99.0),
    "a few dozen": (24.0, 99.0),
    "several hundred": (200.0, 999.0),
    "a few hundred": (200.0, 999.0),
    "several thousand": (2e3, 9999.0),
    "a few thousand": (2e3, 9999.0),
    "several million": (2e6, 9_999_999.0),
    "a few million": (2e6, 9_999_999.0),
    "several billion": (2e9, 9_999_999_999.0),
    "a few billion": (2e9, 9_999_999_999.0),
}
_VAGUE = re.compile(
    r"\b(?P<v>" + alternation(k for k in _VAGUE_RANGES if k != "scores") + r"|scores(?= of\b))\b",
    re.IGNORECASE,
)
# Small counts spelled in words, by value: "two dozen", "the four weeks ended" (periods).
SMALL_NUMBERS: Mapping[str, int] = MappingProxyType(
    {
        w: n
        for n, w in enumerate(
            ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], 1
        )
    }
)
# "a dozen", "two dozen", "half a dozen"
_DOZEN_COUNTS = {"a": 1, "half a": 0.5, **SMALL_NUMBERS}
_DOZEN = re.compile(r"\b(?P<n>" + alternation(_DOZEN_COUNTS) + r")\s+dozen\b(?!s)", re.IGNORECASE)

# --- small spelled counts ------------------------------------------------------------------
# "three people were killed", "nine other club-goers": spelled numbers two to nine are read
# when they count a plural noun; "one", "the two leaders", "two of them", "two years ago"
# and "two or three" are not.
_SMALL_COUNT_AFTER = re.compile(
    r"^\s+(?:other\s+)?(?:(?!(?:of|or|to|and|more|fewer|times|other|others)\b)[a-z-]+\s+){0,2}?"
    r"(?:people|men|women|children|police|personnel|staff|crew|[a-z-]*[a-rt-z]s)\b"
)
_SMALL_COUNT_DURATION = re.compile(
    r"^[-\s](?:years?|months?|weeks?|days?|hours?|minutes?)\b(?!-old)", re.IGNORECASE
)
# "Two were pronounced dead", "six were wounded", a headline's "Four shot, two dead": a
# small count standing alone as the subject of what befell people counts them.
_SMALL_COUNT_SUBJECT = re.compile(
    r"^\s+(?:(?:were|are|was|have\s+been|had\s+been|remain|remained)\s+"
    r"(?:(?:fatally|critically|seriously|severely|also|later|all)\s+)?)?"
    r"(?:killed|dead|died|wounded|injured|hurt|shot|stabbed|pronounced\s+dead|hospitali[sz]ed|"
    r"taken\s+to|transported\s+to|rushed\s+to)\b",
    re.IGNORECASE,
)
# "a majority of just four", "cut to three": a count that ends its clause.
_SMALL_COUNT_ENDING = re.compile(r"\b(?:of|to|by)\s+(?:just\s+|only\s+)?$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"^\s*(?:[.,;:)]|$)")
_SMALL_COUNT_BEFORE = re.compile(
    r"\b(?:the|these|those|all|both|its|their|his|her|our|my|your|every|each|or|first|"
    r"last|next|other)\s+$",
    re.IGNORECASE,
)

# "a quarter of a percentage point", "half a per cent"
_FRACTION_UNIT = re.compile(
    r"\b(?P<frac>three quarters|a quarter|one quarter|a third|a half|half)\s+(?:of\s+)?(?:a|an)\s+"
    r"(?P<u>percentage point|per cent|percent)\b",
    re.IGNORECASE,
)

# Words every match of a pattern holds, so a sentence without them skips that pattern
# (normalize.may_contain): "dozens", "hundreds of", "two dozen", "half a per cent",
# "a half million". Most sentences with a figure hold none of them. _VAGUE's hold a plural
# ("dozens", "billions") or the word before a singular ("several", "a few"): "US$1.7
# billion" holds none.
VAGUE_WORDS = (
    *("dozens", "scores", "hundreds", "thousands", "millions", "billions"),
    *("several", "few"),
)
DOZEN_WORDS = ("dozen",)
FRACTION_UNIT_WORDS = ("per",)
WORD_SCALE_WORDS = ("thousand", "million", "billion", "trillion")
# What every match of WORD_SCALE holds, lowered: a word, space, then the scale word ("half a
# billion", "a million"); a figure's scale ("1.7 billion") has a digit before its space.
_WORD_SCALE_NEEDS = re.compile(r"[a-z]\s+(?:thousand|million|billion|trillion)")


def may_scale(text: str) -> bool:
    """False only when ``text`` holds no match of WORD_SCALE.

    >>> may_scale("half a Billion"), may_scale("US$1.7 billion")
    (True, False)
    """
    return may_match(text, WORD_SCALE_WORDS, _WORD_SCALE_NEEDS)


def spelled(text: str) -> Iterator[re.Match[str]]:
    """The matches of SPELLED in ``text``, as its ``finditer`` gives them: tried only where
    a number word starts (found in the lowered text, which is faster than a case-blind
    scan; every match starts at one, and none starts inside another's word). Text that is
    not all ASCII is scanned whole (lowering may move offsets or miss what
    re.IGNORECASE reads as ASCII letters)."""
    if not text.isascii():
        yield from SPELLED.finditer(text)
        return
    end = 0
    for start in NUMBER_WORD_START.finditer(text.lower()):
        if start.start() < end:
            continue
        m = SPELLED.match(text, start.start())
        if m is not None:
            yield m
            end = m.end()


def may_spell(text: str) -> bool:
    """False only when ``text`` holds no match of SPELLED: no number word after a word
    boundary, in any case (text holding a letter re.IGNORECASE reads as ASCII always may)."""
    return NUMBER_WORD_START.search(text.lower()) is not None or may_contain(text, ())


def read_fraction_units(text: str) -> Iterator[Atom]:
    """'a quarter of a percentage point' (0.25 pp), 'half a per cent'."""
    for m in _FRACTION_UNIT.finditer(text):
        value = FRACTIONS[m.group("frac").lower()]
        yield Atom(m.start(), m.end(), value, value, unit=UNITS[m.group("u").lower()], words=True)


def read_vague(text: str) -> Iterator[Atom]:
    """'dozens', 'hundreds of', 'tens of thousands': wide intervals, marked vague."""
    for m in _VAGUE.finditer(text):
        low, high = _VAGUE_RANGES[m.group("v").lower()]
        atom = Atom(m.start(), m.end(), low, low, words=True, high=high, vague=True)
        read_suffix(text, atom)
        yield atom


# "shot twice", "stabbed him once", "was hit three times": how many times a person was
# hurt, after a verb of hurting (up to two words between); "once upon", "twice as many" are
# no count.
TIMES_WORDS = ("once", "twice", "thrice")
_TIMES_HURT = re.compile(
    r"\b(?:shot|stabbed|struck|hit|wounded|slashed|punched|kicked)\s+(?:[a-z]+\s+){0,2}?"
    r"(?P<n>once|twice|thrice)\b(?!\s+(?:as|more|before|again|over|upon)\b)",
    re.IGNORECASE,
)
_TIMES_VALUES = {"once": 1, "twice": 2, "thrice": 3}


def may_read_times_hurt(text: str) -> bool:
    """Whether ``text`` holds a match of ``read_times_hurt`` ("once" alone is common prose,
    which the gate of a sentence with no digit should not let through)."""
    return may_contain(text, TIMES_WORDS) and _TIMES_HURT.search(text) is not None


def read_times_hurt(text: str) -> Iterator[Atom]:
    """'shot twice' (2), 'stabbed him once' (1): the times a person was hurt.

    >>> [(a.value, a.start) for a in read_times_hurt("He was shot twice; twice as many fled.")]
    [(2, 12)]
    """
    for m in _TIMES_HURT.finditer(text):
        atom = Atom(m.start("n"), m.end("n"), _TIMES_VALUES[m.group("n").lower()], 1.0)
        atom.words = True
        yield atom


def read_dozens(text: str) -> Iterator[Atom]:
    """'a dozen' (about twelve), 'two dozen' (24), 'half a dozen' (about six)."""
    for m in _DOZEN.finditer(text):
        count = m.group("n").lower()
        atom = Atom(m.start(), m.end(), _DOZEN_COUNTS[count] * 12, 1.0, words=True)
        atom.approximate = count in {"a", "half a"}  # "a dozen" is a round figure
        yield atom


# "two or three people": the first of two alternatives counts what the second counts, and
# the second is read as the first would be ("all" or "the" before the pair included).
_ALTERNATIVE_AFTER = re.compile(
    r"^\s+or\s+(?:" + "|".join(list(SMALL_NUMBERS)[1:]) + r")\b", re.IGNORECASE
)
_ALTERNATIVE_BEFORE = re.compile(
    r"\b(?:" + "|".join(list(SMALL_NUMBERS)[1:]) + r")\s+or\s+$", re.IGNORECASE
)
# "all five shooting victims", "all four of the victims": every one of a count of people,
# which is the count itself.
_ALL_BEFORE = re.compile(r"\ball\s+$", re.IGNORECASE)
_ALL_OF = re.compile(
    r"^\s+(?:of\s+the\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:victims|people|men|women|children|teens|students|officers|patients|wounded|dead|"
    r"injured)\b",
    re.IGNORECASE,
)


def is_small_count(text: str, start: int, end: int, value: float) -> bool:
    """Whether a spelled number under ten counts something: 'three people were killed',
    'two or three men', 'all five shooting victims'.

    >>> t = "Two or three men fired; all five victims and all four of the wounded lived."
    >>> [is_small_count(t, m.start(), m.end(), SMALL_NUMBERS[m.group().lower()])
    ...  for m in re.finditer(r"Two|three|five|four", t)]
    [True, True, True, True]
    >>> is_small_count("the two leaders met", 4, 7, 2)
    False
    """
    after = text[end : end + CONTEXT_CHARS]
    before = text[max(0, start - CONTEXT_CHARS) : start]
    alternative = _ALTERNATIVE_AFTER.match(after)
    if alternative is not None:  # "two or three men": read as "three men" would be
        return value >= 2 and is_small_count(text, start, end + alternative.end(), value)
    first = _ALTERNATIVE_BEFORE.search(before)
    if first is not None:
        before = before[: first.start()]
    if (
        value >= 2
        and _ALL_BEFORE.search(before)
        and (_ALL_OF.match(after) or _SMALL_COUNT_SUBJECT.match(after))
    ):
        return True  # "all five victims", "All six were taken to Stanford Hospital"
    if value < 2 or _SMALL_COUNT_BEFORE.search(before) or RATIO_BEFORE.search(before):
        return False
    if _SMALL_COUNT_DURATION.match(after):
        return True  # "six weeks", "a five-year contract": read with the unit
    if _SMALL_COUNT_ENDING.search(before) and _CLAUSE_END.match(after):
        return True
    if _SMALL_COUNT_SUBJECT.match(after):
        return True
    return not after.startswith("-") and _SMALL_COUNT_AFTER.match(after) is not None
