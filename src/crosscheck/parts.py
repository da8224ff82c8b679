"""Which part of a whole a figure counts, when the whole is counted elsewhere in the story:
rules that read a claim's clause after :mod:`crosscheck.scope`'s frame signals.

* people saved by some of the rescuers ("20 people were rescued by fishermen", "26
  villagers rescued ... by military helicopters") are a part of everyone rescued
  (:func:`rescued_by_some`);
* people moved on somewhere ("194 passengers were transferred by bus to Thessaloniki") are
  a part of those aboard;
* the counts of one charge beside another ("racketeering and eight counts of sex
  trafficking") are a part of all the counts ("nine counts");
* a figure of one line of a company's business ("460,211 units of the mid-range Model 3/Y
  series", "the data center solutions' revenue marked a 171% increase") is that line's,
  not the company's (:func:`line_of`), a hard qualifier ``segment <line>``.

Each rule is a named entry with the sentences it must and must not fire on
(``tests/test_parts.py`` runs them all). A rule that fires marks the claim ``part``, a hard
qualifier: it is compared only with other parts, never with the whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.grammar import ORDINAL_WORDS
from crosscheck.models import Claim, QuantityKind
from crosscheck.normalize import may_contain
from crosscheck.scope import names_vehicle


@dataclass(frozen=True)
class PartRule:
    """A named rule: its pattern on the text after and before the figure, and examples
    (the figure in brackets) it must and must not fire on."""

    name: str
    before: re.Pattern[str] | None  # searched in the text before the figure
    after: re.Pattern[str] | None  # matched at the start of the text after it
    fires_on: tuple[str, ...]
    not_on: tuple[str, ...]
    both: bool = False  # both patterns must fire, not either


_RESCUE_VERB = (
    r"(?:rescued|saved|pulled\s+(?:out\s+)?(?:alive|from)|plucked|airlifted|picked\s+up|"
    r"fished\s+out)"
)
# Rescuers who save some of the people, not all: whoever happens by, and the craft that
# carry some of them off. The official rescue ("by the coast guard", "by rescue teams") is
# left out: it is often everyone's rescue.
_SOME_RESCUERS = (
    r"(?:(?:local|nearby|passing|other|private)\s+)?(?:fishermen|fishers|fishing\s+(?:boats?|"
    r"vessels?|canoes?)|locals|residents|villagers|neighbou?rs|passers-?by|bystanders|"
    r"(?:military\s+|army\s+|navy\s+|police\s+|air\s+force\s+)?helicopters?|canoes|"
    r"(?:passing\s+)?(?:ships|vessels|boats)|divers|volunteers)"
)
# How far after the verb the rescuers may be named ("rescued from Siaolin village in
# southern Taiwan's Kaohsiung County by military helicopters"), in characters.
RESCUERS_WINDOW_CHARS = 90

# People moved on somewhere ("194 passengers were transferred by bus to Thessaloniki") are
# those of the people aboard or at the scene who were taken there, not all of them. Taken to
# hospital is left to the treated, which the lexicon counts.
_MOVED_ON = (
    r"(?:transferred|bused|bussed|ferried|transported|relocated|shuttled)\s+"
    r"(?:[\w-]+\s+){0,3}?to\s+(?!(?:the\s+|a\s+|local\s+|nearby\s+)?hospitals?\b)"
)

_FATE_WORDS = r"(?:killed|dead|died|wounded|injured|hurt|shot|missing|rescued|arrested)"

RULES: tuple[PartRule, ...] = (
    PartRule(
        # "four siblings and another young relative", "four children were siblings, while
        # the fifth was a relative": the count and one more are the whole
        "a count and one more",
        None,
        re.compile(
            rf"^\s+(?:(?!{_FATE_WORDS}\b)[a-z-]+\s+){{1,2}}?and\s+(?:another|one\s+other)\b"
            r"(?!\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred))"
            rf"|^\s+[^.;]{{0,40}}?(?:,\s*|\s)(?:while|and|but|whereas)\s+(?:the|a)\s+"
            rf"{ORDINAL_WORDS}\b",
            re.IGNORECASE,
        ),
        (
            "claiming the lives of [four] siblings and another young relative",
            "Police said [four] children were siblings, while the fifth was a relative",
        ),
        (
            "[Two] people were killed and another was wounded",
            "[Five] young children were killed in a house fire",
            "[four] siblings died in the fire",
            "Morakot had killed [12] people and another 52 were missing",
        ),
    ),
    PartRule(
        # "A man and two children have died": one person named beside the count is one
        # more of the whole, which other reports give ("Three family members died")
        "a count beside one more person",
        re.compile(
            r"\b(?:a|an|one)\s+(?:[a-z-]+\s+){0,2}?(?:man|woman|boy|girl|adult|father|mother|"
            r"dad|mom|person|teen|teenager|child|baby|infant|toddler|grandmother|grandfather|"
            r"officer|driver|passenger)\s+and\s+$",
            re.IGNORECASE,
        ),
        None,
        (
            "A man and [two] children have died as a result of a condo fire",
            "the gunman shot a woman and [three] men outside the bar",
        ),
        (
            "[Three] family members died",
            "a man was killed and [two] children were hurt",
            "killed a man and wounded [two] others",
        ),
    ),
    PartRule(
        # "convicted of racketeering and eight counts of sex trafficking": the counts of one
        # charge, beside another, are some of the counts ("nine counts of sex trafficking
        # and racketeering")
        "counts of one charge beside another",
        re.compile(
            r"\b(?:of|on|with)\s+(?:charges?\s+of\s+)?(?:[a-z-]+\s+){1,3}and\s+$",
            re.IGNORECASE,
        ),
        re.compile(r"^\s+(?:more\s+|additional\s+)?counts?\b", re.IGNORECASE),
        (
            "convicted on charges of racketeering and [eight] counts of sex trafficking",
            "charged with one count of murder and [two] counts of assault",
        ),
        (
            "sentenced on [nine] counts of sex trafficking and racketeering",
            "charged with murder and [two] others were hurt",
        ),
        both=True,
    ),
    PartRule(
        "people saved by some of the rescuers",
        re.compile(
            rf"\b{_SOME_RESCUERS}\s+(?:had\s+|have\s+|also\s+)?(?:[a-z]+ly\s+)?"
            rf"{_RESCUE_VERB}\s+(?:about\s+|some\s+|around\s+|at\s+least\s+|nearly\s+)?$",
            re.IGNORECASE,
        ),
        re.compile(
            rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:(?:were|was|had\s+been|have\s+been|being)\s+)?"
            rf"(?:[a-z]+ly\s+)?{_RESCUE_VERB}\b[^.;]{{0,{RESCUERS_WINDOW_CHARS}}}?"
            rf"\bby\s+(?:the\s+|some\s+|several\s+|two\s+|three\s+)?{_SOME_RESCUERS}\b",
            re.IGNORECASE,
        ),
        (
            "[20] people were rescued by fishermen immediately after the accident.",
            "[Twenty-six] villagers rescued from Siaolin village in southern Taiwan's "
            "Kaohsiung County by military helicopters today estimated",
            "Local fishermen rescued [15] passengers.",
        ),
        (
            "[37] others had been rescued, officials said.",
            "[About 40] survivors were saved from the water Thursday",
            "[50] people have been rescued by rescue teams so far",
            "[12] people were rescued by Monday evening",
        ),
    ),
    PartRule(
        "people moved on somewhere",
        None,
        re.compile(
            r"^\s+(?:[\w-]+\s+){0,2}?(?:(?:were|was|had\s+been|have\s+been|being)\s+)?"
            r"(?:later\s+|then\s+|safely\s+)?" + _MOVED_ON,
            re.IGNORECASE,
        ),
        (
            "[194] passengers were transferred by bus to Thessaloniki.",
            "[40] survivors were ferried to the mainland",
        ),
        (
            "[Thirty] people were transferred to hospital.",
            "the train carrying [350] people collided with a freight train",
        ),
    ),
)


def part_rules(before: str, after: str) -> list[str]:
    """The names of the rules that fire on a figure, from the text before and after it.

    >>> part_rules("", " people were rescued by fishermen.")
    ['people saved by some of the rescuers']
    >>> part_rules("", " people were rescued.")
    []
    """
    found = []
    for rule in RULES:
        fired = (
            rule.before is not None and rule.before.search(before) is not None,
            rule.after is not None and rule.after.match(after) is not None,
        )
        if all(fired) if rule.both else any(fired):
            found.append(rule.name)
    return found


# How much of the sentence before the figure the rules read, in characters.
PART_BEFORE_CHARS = 80


def vehicle_capacity(claim: Claim) -> Claim:
    """``claim`` counting passengers when it is a vehicle's capacity in people ("a maximum
    licensed capacity of 85 people" is the 85 passengers a ferry may carry, as "the
    capacity ... was 120-150 passengers" is); else unchanged.

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> t = "The ferry carried three times its licensed capacity of 85 people."
    >>> s = Sentence(source="-", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> at = t.index("85")
    >>> q = Quantity(text="85", start=at, end=at + 2, value=85.0, low=85.0, high=85.0,
    ...              bound=Bound.EXACT)
    >>> vehicle_capacity(Claim(source="-", sentence=s, quantity=q, counted="people",
    ...                        counted_text=None, actor=None, qualifiers=("capacity",),
    ...                        frame="")).counted
    'passengers'
    """
    if "capacity" not in claim.qualifiers or claim.counted not in {"people", "person"}:
        return claim
    if not names_vehicle(claim.sentence.text):
        return claim
    return claim.model_copy(update={"counted": "passengers"})


def rescued_by_some(claim: Claim) -> Claim:
    """``claim`` marked ``part`` when a part rule fires on its figure; else unchanged.

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> t = "20 people were rescued by fishermen immediately after the accident."
    >>> s = Sentence(source="-", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> q = Quantity(text="20", start=0, end=2, value=20.0, low=20.0, high=20.0,
    ...              bound=Bound.EXACT)
    >>> rescued_by_some(Claim(source="-", sentence=s, quantity=q, counted="rescued",
    ...                       counted_text=None, actor=None, frame="")).qualifiers
    ('part',)
    """
    q, s = claim.quantity, claim.sentence
    if q.kind is not QuantityKind.AMOUNT or q.unit or q.currency or "part" in claim.qualifiers:
        return claim
    start, end = q.start - s.start, q.end - s.start
    if not part_rules(s.text[max(0, start - PART_BEFORE_CHARS) : start], s.text[end:]):
        return claim
    return claim.model_copy(update={"qualifiers": tuple(sorted({*claim.qualifiers, "part"}))})


# A line of a company's business: a product line named by its model ("Model 3/Y", "Model S
# and Model X", "Galaxy S23") or a segment named before the measure it reports ("the data
# center solutions' revenue", "gaming sales"). Its figure is that line's, a part of the
# company's total: it is compared only with figures of the same line.
_LINE_HEADS = r"(?:Model|Galaxy|iPhone|iPad|Pixel)"
_CODE = r"[A-Z0-9]{1,3}\+?"
_PRODUCT_LINE = re.compile(
    rf"\b(?P<head>{_LINE_HEADS})\s+(?P<codes>{_CODE}(?:\s*/\s*{_CODE})*"
    rf"(?:\s+and\s+(?:{_LINE_HEADS}\s+)?{_CODE})?)(?![\w-])"
)
_SEGMENT = re.compile(
    r"\b(?P<segment>data[-\s]cent(?:er|re)|gaming|automotive|cloud|advertising|ads?|"
    r"professional\s+visuali[sz]ation|wearables|networking|semi-?custom)"
    r"(?:\s+(?:solutions|segment|division|unit|business|group|products))?(?:['\u2019]s?)?\s+"
    r"(?:revenues?|sales|income|profits?|earnings|deliveries|shipments|units)\b",
    re.IGNORECASE,
)
# A segment the company names, in capitals, before the word "segment" or "division" ("its
# Energy Generation and Storage segment, with revenue rising to $1.6 billion").
_NAMED_SEGMENT = re.compile(
    r"\b(?P<named>(?:[A-Z][\w&'-]*\s+(?:(?:and|&)\s+)?){0,3}[A-Z][\w&'-]*)\s+"
    r"(?:segment|division)\b"
)
# Capitalised words that open a sentence or a name without being the segment's name.
_NOT_SEGMENT_NAMES = frozenset({"the", "its", "our", "their", "his", "her", "this", "that", "a"})
# What a sentence must hold for any pattern to match in it: a head of a product line
# (case as written) or, in any case, a noun of what a segment sells or earns, or the word
# "segment" or "division".
_LINE_HEAD_WORDS = ("Model", "Galaxy", "iPhone", "iPad", "Pixel")
_SEGMENT_NOUNS = (
    *("revenue", "sales", "income", "profit", "earnings", "deliveries", "shipments", "units"),
    *("segment", "division"),
)


def _may_name_line(text: str) -> bool:
    """False only when no window of ``text`` holds a match of _PRODUCT_LINE or _SEGMENT,
    so that no figure of the sentence is for a line of business.

    >>> _may_name_line("Revenue rose 101% to $13.5 billion."), _may_name_line("He fled.")
    (True, False)
    """
    return any(head in text for head in _LINE_HEAD_WORDS) or may_contain(text, _SEGMENT_NOUNS)


# How far from a figure the line it is for may be named, in characters: the subject of its
# clause ("Tesla's flagship vehicles, Model S and Model X, also contributed to the numbers
# with a solid production of 19,489 units") or what it counts ("19,489 of the luxury class
# models Model S/X").
LINE_BEFORE_CHARS = 100
LINE_AFTER_CHARS = 45


def line_of(text: str, start: int, end: int, others: Sequence[tuple[int, int]]) -> str | None:
    """The line of business the figure at ``start``-``end`` of the sentence ``text`` is
    for, as a hard qualifier ("segment model 3 y"), or None: a product line or a segment
    named in its clause after it, else before it, with no other figure (``others``: their
    spans) between.

    >>> t = "Between April and June, 460,211 units of the mid-range Model 3/Y series were built."
    >>> at = t.index("460,211")
    >>> line_of(t, at, at + 7, [])
    'segment model 3 y'
    >>> t = "Model S and Model X contributed a production of 19,489 units and 19,225 delivered."
    >>> a, b = t.index("19,489"), t.index("19,225")
    >>> line_of(t, a, a + 6, [(b, b + 6)]), line_of(t, b, b + 6, [(a, a + 6)])
    ('segment model s x', None)
    >>> t = "Clocking in at $10.32 billion, the data center solutions' revenue marked a 171% rise."
    >>> at = t.index("171")
    >>> line_of(t, at, at + 4, [(t.index("$"), t.index("$") + 13)])
    'segment data center'
    >>> line_of("Revenue rose 101% to $13.5 billion.", 13, 17, []) is None
    True
    >>> t = "Its Energy Generation and Storage segment saw revenue rise to $1.6 billion."
    >>> line_of(t, t.index("$"), t.index("$") + 12, [])
    'segment energy generation and storage'
    """
    low = max(0, start - LINE_BEFORE_CHARS, *(text.rfind(c, 0, start) + 1 for c in ".;"))
    high = min(len(text), end + LINE_AFTER_CHARS)
    for stop in ".;":
        at = text.find(stop, end, high)
        high = at if at >= 0 else high
    found: list[tuple[int, str]] = []
    patterns = ((_PRODUCT_LINE, "codes"), (_SEGMENT, "segment"), (_NAMED_SEGMENT, "named"))
    for pattern, group in patterns:
        for m in pattern.finditer(text, low, high):
            if m.start() < end and m.end() > start:
                continue
            between = (m.end(), start) if m.end() <= start else (end, m.start())
            if any(between[0] <= o_start < between[1] for o_start, _ in others):
                continue
            if group == "codes":
                named = re.sub(_LINE_HEADS + "|and", " ", m.group("codes"))
                codes = sorted(set(re.findall(_CODE, named)))
                key = " ".join([m.group("head").lower(), *(c.lower() for c in codes)])
            elif group == "named":
                words = re.split(r"[-\s]+", m.group("named").lower())
                while words and words[0] in _NOT_SEGMENT_NAMES:
                    words = words[1:]
                if not words:
                    continue  # 'The segment', 'Its division'
                key = " ".join(words)
            else:
                key = " ".join(re.split(r"[-\s]+", m.group("segment").lower()))
                key = key.replace("centre", "center")
                key = "advertising" if key in ("ad", "ads") else key  # 'ad revenue'
            distance = start - m.end() if m.end() <= start else m.start() - end
            # a line named after the figure is what it counts: it comes first
            found.append((distance - (LINE_BEFORE_CHARS if m.start() >= end else 0), key))
    return f"segment {min(found)[1]}" if found else None


# A figure joined by "and" to one of a line, counting the same thing, is of that line too
# ("460,211 units of the Model 3/Y series were built ... and 446,915 units were handed
# over"), unless the text between names a whole.
_WHOLE = re.compile(r"\b(?:total|overall|combined|global|altogether|in\s+all)\b", re.IGNORECASE)
_AND = re.compile(r"\band\b", re.IGNORECASE)


def segmented(claims: Sequence[Claim]) -> list[Claim]:
    """The claims of one sentence, each amount marked with the line of business it is for
    (see :func:`line_of`), or the line of the figure it is joined to by "and".

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> t = "Model S and Model X made a production of 19,489 units and 19,225 units delivered."
    >>> s = Sentence(source="-", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> def c(figure):
    ...     at = t.index(figure)
    ...     q = Quantity(text=figure, start=at, end=at + len(figure), value=1.0, low=1.0,
    ...                  high=1.0, bound=Bound.EXACT)
    ...     return Claim(source="-", sentence=s, quantity=q, counted="unit",
    ...                  counted_text=None, actor=None, frame="")
    >>> [x.qualifiers for x in segmented([c("19,489"), c("19,225")])]
    [('segment model s x',), ('segment model s x',)]
    """
    if not any(map(_may_name_line, {c.sentence.text for c in claims})):
        return list(claims)  # decided once for the sentence: it names no line
    spans = [(c.quantity.start, c.quantity.end) for c in claims]
    out: list[Claim] = []
    lines: list[str | None] = []
    for claim in claims:
        q, s = claim.quantity, claim.sentence
        if q.kind is not QuantityKind.AMOUNT or q.value is None:
            out.append(claim)
            lines.append(None)
            continue
        others = [(a - s.start, b - s.start) for a, b in spans if (a, b) != (q.start, q.end)]
        line = line_of(s.text, q.start - s.start, q.end - s.start, others)
        if line is None:
            line = _joined_line(claim, out, lines)
        lines.append(line)
        if line is None:
            out.append(claim)
        else:
            qualifiers = tuple(sorted({*claim.qualifiers, line}))
            out.append(claim.model_copy(update={"qualifiers": qualifiers}))
    return out


def _joined_line(claim: Claim, before: Sequence[Claim], lines: Sequence[str | None]) -> str | None:
    """The line of the nearest figure before ``claim`` that counts the same thing, when
    "and" joins them and nothing between names a whole."""
    for other, line in zip(reversed(before), reversed(lines), strict=True):
        if other.counted != claim.counted or other.quantity.kind is not claim.quantity.kind:
            continue
        between = claim.sentence.text[
            other.quantity.end - claim.sentence.start : claim.quantity.start - claim.sentence.start
        ]
        if line is not None and _AND.search(between) and not _WHOLE.search(between):
            return line
        return None
    return None
