"""The figures around a figure that identify what its sentence is about.

"a 2024 field experiment with 1,256 participants" or "of 3,567 respondents, 1,012
agreed": a thing no name is given for is known by the precise figures it is described
with. Two sentences are about one thing when they share a precise figure (PRECISE_DIGITS
significant digits) or two figures (within SAME_FIGURE of each other); small whole
numbers, years and the levels of intervals ('95% CI') identify nothing.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence

from crosscheck.doc_entities import WORD
from crosscheck.lexicon import docs_words
from crosscheck.models import Bound, Claim, Quantity, QuantityKind

# A figure around a claim's figure identifies what the sentence is about when it is this
# precise (significant digits: '3,567 respondents', '98% of creditors', '56 papers'), or
# when two are shared: '$8.7 billion in restitution and $4 billion in disgorgement'. Two
# digits, not three: the words around the figures must still agree (MIN_SHARED_WORDS and
# the context overlap), and with the level of an interval ('95% CI') identifying nothing,
# the wiki's report was unchanged by the step (issue 17, docs20).
PRECISE_DIGITS = 2
SHARED_FIGURES = 2
# Whole numbers below this say nothing of what a sentence is about: '5 of 6 models', '7
# co-founders' are in many sentences about many things.
SMALL_FIGURE = 10
# Two figures within this share of each other are the same figure written two ways
# ('$109B' and '$109.1 billion', '$5K' and '$5,000').
SAME_FIGURE = 0.01

# A page's lower bound written to this many significant digits or more ('33,000+', 'over
# $336M') is the count it knew, rounded down, not an open floor: one digit ('over 700',
# '30 million+') is a round floor, which any higher count satisfies.
ROUNDED_FLOOR_DIGITS = 2

# A figure as a sentence's companion: its value, how precisely it is written, and what it
# measures (its unit or currency; '' for a count).
Figure = tuple[float, int, str]


def figures_of(claims: Sequence[Claim]) -> dict[tuple[str, int], list[tuple[Claim, Figure]]]:
    """The figures of each sentence (by source and start) that may identify what it is
    about: amounts that are sums, shares or counts of 10 or more, not years."""
    found: dict[tuple[str, int], list[tuple[Claim, Figure]]] = defaultdict(list)
    for claim in claims:
        q = claim.quantity
        value = q.value if q.value is not None else q.low
        if q.kind is not QuantityKind.AMOUNT or value is None:
            continue
        bare = not (q.unit or q.currency)
        if bare and (value < SMALL_FIGURE or (value.is_integer() and 1900 <= value < 2100)):
            continue  # '5 of 6', a year
        if bare and is_identifier(claim):
            continue  # 'port 8080' names a port
        if is_interval_level(claim) or is_option(claim):
            continue  # '95% CI' is a level, in many studies' sentences; one of a list of
            # choices ('1 hour, 24 hours, 7 days, or a custom range') identifies nothing
        measure = q.unit or q.currency or ""
        found[(claim.source, claim.sentence.start)].append(
            (claim, (value, _significant(q.text), measure))
        )
    return found


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _significant(text: str) -> int:
    """The significant digits of the first number written in ``text``.

    >>> _significant("3,567"), _significant("$8.7 billion"), _significant("100")
    (4, 2, 1)
    >>> _significant("62.10%")
    4
    """
    match = _NUMBER.search(text)
    if match is None:
        return 0
    number = match.group().rstrip(",").replace(",", "")
    digits = number.replace(".", "").lstrip("0")
    if "." not in number:
        digits = digits.rstrip("0")
    return len(digits)


def _near(x: float, y: float) -> bool:
    return abs(x - y) <= SAME_FIGURE * max(abs(x), abs(y))


def same_figures(a: Sequence[Figure], b: Sequence[Figure]) -> bool:
    """Whether two sentences share figures enough to be about one thing."""
    shared = [(x, digits) for x, digits, _ in a if any(_near(x, y) for y, _, _ in b)]
    return len(shared) >= SHARED_FIGURES or any(d >= PRECISE_DIGITS for _, d in shared)


def figure_words(figures: Sequence[Figure]) -> frozenset[str]:
    """The figures around a claim's figure as words, for the words pass: two sentences
    that share '100-point' and '2 points' besides their words are said more alike. A
    figure is written to 3 significant digits with its measure, so that '$109B' and
    '$109.1 billion' are one word.

    >>> sorted(figure_words([(100.0, 1, ""), (109.1e9, 4, "USD")]))
    ['# 1.09e+11 USD', '# 100']
    """
    return frozenset(f"# {x:.3g} {measure}".rstrip() for x, _, measure in figures)


def states_figure(figures: Sequence[Figure], claim: Claim) -> bool:
    """Whether a sentence's other figures include this claim's figure, of the same measure
    (its own is met there, not this one; '56 papers' is not '55.54%')."""
    q = claim.quantity
    own = [v for v in (q.value, q.low, q.high) if v is not None]
    measure = q.unit or q.currency or ""
    return any(_near(x, v) for x, _, m in figures if m == measure for v in own)


def is_labelled(claim: Claim) -> bool:
    """Whether a bare number names something: 'Executive Order 14110', '10^25', 'GPT-4'."""
    sentence = claim.sentence
    at = claim.quantity.start - sentence.start
    before = sentence.text[max(0, at - 24) : at]
    if before.endswith(("^", "-", "#")):
        return True
    words = WORD.findall(before)
    return bool(words) and before.endswith(" ") and words[-1][0].isupper()


# After a name and its number, a word saying the number is a version's: 'Core 1 version',
# 'Node 18 release' (singular: '3 versions' counts them).
_VERSION_AFTER = re.compile(r"\s+(?:version|release|edition)\b(?!s)", re.IGNORECASE)
_LISTENS = re.compile(r"\blisten(?:s|ing)?\s+on\s*$|localhost:$", re.IGNORECASE)


def is_identifier(claim: Claim) -> bool:
    """Whether a bare number names a thing rather than counting one: a port, a process or
    status code (the lexicon's ``identifier_words`` right before it: 'port 8080', 'exit
    code 137'), or what a server listens on ('listens on 3000', 'localhost:5432').

    >>> from crosscheck.models import Bound, Claim, Quantity, Sentence
    >>> t = "Your app listens on 3000, not port 8080, and serves 3000 users."
    >>> s = Sentence(source="a", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> def at(x, n=0):
    ...     i = t.index(x, n)
    ...     q = Quantity(text=x, start=i, end=i + len(x), value=float(x), low=float(x),
    ...                  high=float(x), bound=Bound.EXACT)
    ...     return Claim(source="a", sentence=s, quantity=q, counted=None, counted_text=None,
    ...                  actor=None, frame="")
    >>> is_identifier(at("3000")), is_identifier(at("8080")), is_identifier(at("3000", 30))
    (True, True, False)
    >>> t = "Update to the latest Core 1 version, which keeps 2 versions."
    >>> s = Sentence(source="a", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> is_identifier(at("1")), is_identifier(at("2"))
    (True, False)
    >>> t = "| Defined in | recipe/passwordless/types.ts:316 and 12 more |"
    >>> s = Sentence(source="a", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> is_identifier(at("316")), is_identifier(at("12"))
    (True, False)
    """
    q = claim.quantity
    if q.unit or q.currency:
        return False
    at = q.start - claim.sentence.start
    if is_labelled(claim) and _VERSION_AFTER.match(claim.sentence.text, at + len(q.text)):
        return True  # 'the latest Core 1 version': a name's number, then 'version'
    before = claim.sentence.text[max(0, at - 24) : at].rstrip(" :#")
    if _LISTENS.search(claim.sentence.text[max(0, at - 24) : at].rstrip(" ")):
        return True
    if _SOURCE_LINE.search(claim.sentence.text, max(0, at - 64), at):
        return True  # 'types.ts:91': a line of a source file
    lowered = before.lower()
    return any(
        lowered.endswith(word)
        and (len(lowered) == len(word) or not lowered[-len(word) - 1].isalnum())
        for word in docs_words()["identifier_words"]
    )


# A file's name and a colon right before a number: the number is a line of that file
# ('recipe/passwordless/types.ts:316', 'app.py:12'), as generated API references cite.
_SOURCE_LINE = re.compile(r"[\w-]\.[A-Za-z][A-Za-z0-9]{0,4}:$")

_INTERVAL_AFTER = re.compile(r"[\s\u00a0]*([A-Za-z][A-Za-z.]*(?:\s+[a-z]+)?)")


def is_interval_level(claim: Claim) -> bool:
    """Whether a share names an interval's level rather than measuring anything: '95% CI',
    'a 90% confidence interval', '80% credible interval' (the lexicon's ``interval_words``
    right after it). Studies report them beside their figures, so they say nothing of what
    a sentence is about and are not compared.

    >>> from crosscheck.models import Bound, Claim, Quantity, Sentence
    >>> t = "detect deepfakes at 55.5% accuracy (95% CI: 48.87-62.10%), a 90% confidence interval"
    >>> s = Sentence(source="a", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> def at(x):
    ...     i = t.index(x)
    ...     v = float(x.rstrip("%"))
    ...     q = Quantity(text=x, start=i, end=i + len(x), value=v, low=v, high=v,
    ...                  bound=Bound.EXACT, unit="%")
    ...     return Claim(source="a", sentence=s, quantity=q, counted=None, counted_text=None,
    ...                  actor=None, frame="")
    >>> is_interval_level(at("55.5%")), is_interval_level(at("95%")), is_interval_level(at("90%"))
    (False, True, True)
    """
    q = claim.quantity
    if q.unit != "%":
        return False
    match = _INTERVAL_AFTER.match(claim.sentence.text, q.end - claim.sentence.start)
    if match is None:
        return False
    words = match.group(1).lower().split()
    wanted = docs_words()["interval_words"]
    return " ".join(words) in wanted or words[0] in wanted


# A run of this many figures or more, joined by commas (and 'or'), lists choices or steps
# of a scale ('last 10 minutes, 1 hour, 24 hours, 7 days, or a custom range'), not facts.
OPTION_FIGURES = 3
# ... or this many joined by commas alone ('15 minutes, 30 minutes, 1 hour, 2 hours').
OPTION_FIGURES_BARE = 4

# One figure of such a run: a number with its currency sign and one unit word after it
# (not a conjunction); numbers written with commas ('1,000') have no space after them.
_OPTION_ITEM = re.compile(
    r"(?<![\w.,$\u20ac\u00a3])[$\u20ac\u00a3]?\d+(?:[.,]\d+)*"
    r"(?:\s?(?:%|(?!(?:or|and|to|of|per|in)\b)[A-Za-z]+\b))?"
)
_OPTION_SEP = re.compile(r"\s*,\s*(?:or\s+)?|\s+or\s+")
_OR_AFTER = re.compile(r"\s*,?\s*or\b")


def is_option(claim: Claim) -> bool:
    """Whether a figure is one of a run of figures that lists choices or the steps of a
    scale: OPTION_FIGURES or more joined by commas where an 'or' joins or ends the run
    ('a time period (last 10 minutes, 1 hour, 24 hours, 7 days, 2 weeks, or a custom
    date range)'), or OPTION_FIGURES_BARE or more joined by commas alone ('Select one of
    the following: 15 minutes, 30 minutes, 1 hour, 2 hours'). Each is a value a reader
    may pick, so two pages' runs are not one claim. Runs joined by 'and' are facts
    ('grew 10%, 20%, and 35%') and are kept.

    >>> from crosscheck.models import Bound, Claim, Quantity, Sentence
    >>> def at(t, x):
    ...     s = Sentence(source="a", index=0, start=0, end=len(t), line=1, column=1, text=t)
    ...     i = t.index(x)
    ...     q = Quantity(text=x, start=i, end=i + len(x), value=1.0, low=1.0, high=1.0,
    ...                  bound=Bound.EXACT)
    ...     return Claim(source="a", sentence=s, quantity=q, counted=None, counted_text=None,
    ...                  actor=None, frame="")
    >>> t = "Pick a period (last 10 minutes, 1 hour, 7 days, or a custom range) to see data."
    >>> is_option(at(t, "7 days")), is_option(at(t, "10 minutes"))
    (True, True)
    >>> is_option(at("Sync every 15 min, 30 min, 1 hour, 2 hours.", "1 hour"))
    True
    >>> is_option(at("Revenue grew 10%, 20%, and 35% in three years.", "20%"))
    False
    >>> is_option(at("It keeps logs for 7 days, 30 days on the Pro plan.", "7 days"))
    False
    >>> is_option(at("Plans cost $10, $20, or $50 a month.", "$20"))
    True
    """
    text = claim.sentence.text
    at = claim.quantity.start - claim.sentence.start
    if not 0 <= at < len(text):
        return False
    run: list[tuple[int, int]] = []
    joined_by_or = False
    for match in _OPTION_ITEM.finditer(text):
        if run and _OPTION_SEP.fullmatch(text, run[-1][1], match.start()):
            joined_by_or = joined_by_or or "or" in text[run[-1][1] : match.start()]
            run.append(match.span())
            continue
        if run and run[0][0] <= at < run[-1][1]:
            break
        run, joined_by_or = [match.span()], False
    if not run or not run[0][0] <= at < run[-1][1]:
        return False
    joined_by_or = joined_by_or or bool(_OR_AFTER.match(text, run[-1][1]))
    return len(run) >= (OPTION_FIGURES if joined_by_or else OPTION_FIGURES_BARE)


def sharing_figures(
    claims: Sequence[Claim], around: Sequence[Sequence[Figure]]
) -> list[dict[str, list[int]]]:
    """For each claim, the other claims whose sentences share one of its figures (within
    SAME_FIGURE), by source in order: the only ones it may meet by figures."""
    buckets: dict[int, set[int]] = defaultdict(set)
    for i, figures in enumerate(around):
        for x, _, _ in figures:
            buckets[_bucket(x)].add(i)
    out: list[dict[str, list[int]]] = []
    for i, figures in enumerate(around):
        near: set[int] = set()
        for x, _, _ in figures:
            b = _bucket(x)
            near.update(buckets.get(b - 1, ()), buckets.get(b, ()), buckets.get(b + 1, ()))
        near.discard(i)
        by_source: dict[str, list[int]] = defaultdict(list)
        for j in sorted(near):
            by_source[claims[j].source].append(j)
        out.append(dict(sorted(by_source.items())))
    return out


def is_small(claim: Claim) -> bool:
    """A bare count under SMALL_FIGURE ('Top 5 labs', '3-5x'), which many things share."""
    q = claim.quantity
    value = q.value if q.value is not None else q.low
    return not (q.unit or q.currency) and (value is None or value < SMALL_FIGURE)


def _bucket(x: float) -> int:
    """A figure's place on a scale of steps of SAME_FIGURE: near figures are in the same
    or the next step."""
    if x <= 0:
        return 0
    return math.floor(math.log(x) / math.log1p(SAME_FIGURE))


def floors_apart(a: Quantity, b: Quantity) -> bool:
    """Whether two pages' lower bounds cannot be one count: each written to
    ROUNDED_FLOOR_DIGITS significant digits or more, so each is its count rounded down to
    its last stated digit ('over 33,000' is 33,000 to 34,000), and those spans do not meet.
    A reference page states what was known when it was written, not a toll still rising:
    '42,900+ signatures' against 'over 33,000 signatures' is one page left stale. A round
    floor ('over 30,000', 'more than $700M') says only that much, as in news.

    >>> from crosscheck.models import Bound, Quantity
    >>> def floor(x, p):
    ...     return Quantity(text=f"{x:,}+", start=0, end=1, value=x, low=x, high=None,
    ...                     bound=Bound.LOWER, precision=p)
    >>> floors_apart(floor(33000.0, 1000.0), floor(42900.0, 100.0))
    True
    >>> floors_apart(floor(30000.0, 10000.0), floor(42900.0, 100.0))
    False
    >>> floors_apart(floor(33000.0, 1000.0), floor(33500.0, 100.0))
    False
    >>> floors_apart(floor(700.0, 100.0), floor(750.0, 10.0))
    False
    """
    if not (a.bound is b.bound is Bound.LOWER) or a.low is None or b.low is None:
        return False
    if a.vague or b.vague or not (a.precision and b.precision):
        return False
    if min(a.low / a.precision, b.low / b.precision) < 10 ** (ROUNDED_FLOOR_DIGITS - 1):
        return False  # a round floor: any higher count satisfies it
    low, high = sorted((a, b), key=lambda q: q.low or 0.0)
    assert low.low is not None and high.low is not None and low.precision is not None
    return high.low >= low.low + low.precision
